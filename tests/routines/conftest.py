import pytest

from core.fragments import fetch, fragment_key, remembered, store_many
from routines import fragments


@pytest.fixture(autouse=True)
def _shared_content_kept():
    """Builder plans and picker listings kept under the site's content version, as the wiring
    (routines/urls.py) sets it up, also for a test that calls the code before any URL."""
    fragments.use_shared_content(fragment_key, remembered, fetch, store_many)
