import pytest

from tests.admin.helpers import make_editor, make_superuser


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
