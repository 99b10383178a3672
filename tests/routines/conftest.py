import pytest

from core.fragments import fragment_key
from routines import plans


@pytest.fixture(autouse=True)
def _plans_kept():
    """Builder plans kept under the site's content version, as routines/urls.py wires it."""
    plans.use_keys(fragment_key)
    yield
    plans.use_keys(None)
