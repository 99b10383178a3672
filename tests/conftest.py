import pytest
from django.utils import translation

from tests.admin.helpers import make_editor, make_superuser
from tests.factories import make_user


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    """Uploads go to a throwaway folder; caches start empty for every test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    from core.ratelimit import forget_counted
    from tests.caches import empty_caches

    empty_caches()
    forget_counted()


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request under /ru/ leaves Russian active in the thread, and then `Pose(summary=...)`
    would write the Russian field: every test starts and ends in the default language."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def member(db):
    return make_user("member")


@pytest.fixture
def other_member(db):
    return make_user("other")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def superuser_client(client, db):
    client.force_login(make_superuser())
    return client
