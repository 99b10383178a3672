"""Random, Unicode, numeric and oversize input at every public form and query string.

Whatever arrives: never a server error, and nothing changes that the sender had no right to
change. Rate limits and lockouts are reset between examples so each one reaches the form.
"""

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Comment, Rating
from poses.models import Difficulty
from routines.models import Routine, Side, Visibility
from tests.factories import PASSWORD, make_category, make_condition, make_muscle, make_user
from tests.security.helpers import make_routine, make_site

pytestmark = pytest.mark.django_db

fuzz = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1e9",
    "NaN",
    "99999999999999999999999999",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "../../etc/passwd",
    "%00",
    "\x00",
    "\u202e\u0000\ufeff",
    "Bālāsana",
    "🧘" * 50,
    "a" * 5_000,
    "ä" * 100_000,
]
junk = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


def among(*values):
    """Sometimes a valid value, so the fuzzing also reaches past the form's first check."""
    valid = st.sampled_from([str(value) for value in values])
    return st.booleans().flatmap(lambda pick_valid: valid if pick_valid else junk)


def fresh_limits():
    cache.clear()
    AccessAttempt.objects.all().delete()


def assert_no_server_error(response):
    assert response.status_code < 500, response.content[:500]


# -- the catalogue ---------------------------------------------------------------------------


@pytest.fixture
def catalogue():
    make_site()
    make_category("Hip opener"), make_muscle("Psoas major"), make_condition("Knee injury")


@fuzz
@given(
    q=junk,
    difficulty=among(*Difficulty.values),
    category=st.lists(among("hip-opener"), max_size=3),
    muscle=st.lists(among("psoas-major"), max_size=3),
    conditions=st.lists(among("knee-injury"), max_size=3),
    page=among(1, 2, "last"),
    safe=among(1),
)
def test_catalogue_query_string(
    client, catalogue, q, difficulty, category, muscle, conditions, page, safe
):
    query = {
        "q": q,
        "difficulty": difficulty,
        "category": category,
        "muscle": muscle,
        "conditions": conditions,
        "page": page,
        "safe": safe,
    }
    response = client.get(reverse("poses:list"), query)
    assert response.status_code == 200


# -- accounts ---------------------------------------------------------------------------------


@pytest.fixture
def existing():
    user = make_user("existing")
    return user, user.password


@fuzz
@given(
    username=among("newcomer", "existing"),
    email=among("a@example.com", "existing@example.com"),
    password=among(PASSWORD),
)
def test_signup_form(client, existing, username, email, password):
    fresh_limits()
    client.logout()
    user, password_hash = existing
    response = client.post(
        reverse("accounts:signup"),
        {"username": username, "email": email, "password1": password, "password2": password},
    )
    assert_no_server_error(response)
    user.refresh_from_db()
    assert (user.username, user.password) == ("existing", password_hash)


@fuzz
@given(username=among("existing"), password=junk)
def test_login_form(client, existing, username, password):
    fresh_limits()
    response = client.post(reverse("login"), {"username": username, "password": password})
    assert_no_server_error(response)
    assert "_auth_user_id" not in client.session


@fuzz
@given(email=among("existing@example.com"))
def test_password_reset_form(client, existing, email):
    fresh_limits()
    mail.outbox.clear()
    response = client.post(reverse("password_reset"), {"email": email})
    assert_no_server_error(response)
    user, password_hash = existing
    user.refresh_from_db()
    assert user.password == password_hash
    assert all(message.to == [user.email] for message in mail.outbox)


# -- the routine builder ----------------------------------------------------------------------


def routine_state(routine):
    routine.refresh_from_db()
    steps = list(routine.steps.values_list("position", "pose_id", "hold_seconds", "side", "note"))
    return (routine.title, routine.description, routine.visibility, routine.revision, steps)


@pytest.fixture
def builder(client):
    site = make_site()
    owner = make_user("builder")
    mine = make_routine(owner, site["poses"], title="Mine")
    client.force_login(owner)
    return {**site, "mine": mine, "theirs": site["private"]}


ROUTINE_ACTIONS = ["update", "step-add", "step-update", "step-move", "step-remove", "reorder"]


def real_values(routine, step_index, poses):
    """What a genuine form would send for this routine, by the names the fuzzer draws."""
    step_pks = list(routine.steps.values_list("pk", flat=True)) or [0]
    return {
        "REVISION": str(routine.revision),
        "STEP": step_pks[step_index % len(step_pks)],
        "ORDER": ",".join(map(str, reversed(step_pks))),
        "ROUTINE": f"{routine.pk}@{routine.revision}",
        **{f"POSE{i}": str(pose.pk) for i, pose in enumerate(poses)},
    }


def routine_request(action, routine, values, real):
    """(url, data) for one builder form, filled with fuzzed values or real ones by name."""
    data = {name: real.get(value, value) for name, value in values.items()}
    step = real["STEP"]
    if action == "update":
        fields, url = ("title", "description", "visibility"), ("update", routine.pk)
    elif action == "step-add":
        fields, url = ("pose", "revision"), ("step-add", routine.pk)
    elif action == "step-update":
        prefix = f"step-{step}-"
        data = {prefix + k: data[k] for k in ("hold_seconds", "side", "note", "revision")}
        fields, url = tuple(data), ("step-update", routine.pk, step)
    elif action == "step-move":
        fields, url = ("position", "revision"), ("step-move", routine.pk, step)
    elif action == "step-remove":
        fields, url = ("revision",), ("step-remove", routine.pk, step)
    else:
        fields, url = ("order", "revision"), ("steps-reorder", routine.pk)
    name, *args = url
    return reverse(f"routines:{name}", args=args), {k: data[k] for k in fields}


builder_values = st.fixed_dictionaries(
    {
        "revision": among("REVISION", "REVISION"),
        "title": among("Morning hips"),
        "description": junk,
        "visibility": among(*Visibility.values),
        "pose": among("POSE0", "POSE1", "POSE2"),
        "hold_seconds": among(5, 30, 600, 601, 4),
        "side": among(*Side.values),
        "note": among("Use a block under the knee."),
        "position": among(1, 2, 3, 0, 4),
        "order": st.one_of(
            among("ORDER"), st.lists(st.integers(-5, 50)).map(lambda ids: ",".join(map(str, ids)))
        ),
    }
)


@pytest.mark.parametrize("action", ROUTINE_ACTIONS)
@settings(fuzz, max_examples=20)
@given(values=builder_values, step_index=st.integers(0, 5))
def test_routine_builder_forms(client, builder, action, values, step_index):
    fresh_limits()
    theirs_before = routine_state(builder["theirs"])
    for routine in (builder["mine"], builder["theirs"]):
        real = real_values(routine, step_index, builder["poses"])
        url, data = routine_request(action, routine, values, real)
        assert_no_server_error(client.post(url, data))

    positions = list(builder["mine"].steps.values_list("position", flat=True))
    assert positions == list(range(1, len(positions) + 1))
    assert routine_state(builder["theirs"]) == theirs_before


@fuzz
@given(pose=among("POSE0", "POSE1"), routine=among("ROUTINE", "new"))
def test_add_to_routine_form(client, builder, pose, routine):
    fresh_limits()
    theirs_before = routine_state(builder["theirs"])
    real = real_values(builder["mine"], 0, builder["poses"])
    data = {"pose": real.get(pose, pose), "routine": real.get(routine, routine)}
    assert_no_server_error(client.post(reverse("routines:add-pose"), data))
    assert routine_state(builder["theirs"]) == theirs_before
    # Sending another member's routine id never adds to it (checked above) nor moves it.
    assert Routine.objects.filter(owner=builder["member"]).count() == 1


# -- comments and ratings ---------------------------------------------------------------------


@pytest.fixture
def article_site(client):
    site = make_site()
    site["commenter"] = make_user("commenter")
    return site


def approved_and_ratings():
    return (
        Comment.objects.filter(is_approved=True).count(),
        sorted(Rating.objects.values_list("user__username", "score")),
    )


@fuzz
@given(body=junk, score=among(1, 5, 0, 6), signed_in=st.booleans())
def test_comment_and_rating_forms(client, article_site, body, score, signed_in):
    fresh_limits()
    client.logout()
    if signed_in:
        client.force_login(article_site["commenter"])
    approved, ratings = approved_and_ratings()
    slug = article_site["article"].slug
    comments_before = Comment.objects.count()

    assert_no_server_error(client.post(reverse("articles:comment", args=[slug]), {"body": body}))
    assert_no_server_error(client.post(reverse("articles:rate", args=[slug]), {"score": score}))

    approved_after, ratings_after = approved_and_ratings()
    assert approved_after == approved
    others = [r for r in ratings_after if r[0] != "commenter"]
    assert others == [r for r in ratings if r[0] != "commenter"]
    assert all(1 <= r[1] <= 5 for r in ratings_after)
    if not signed_in:
        assert Comment.objects.count() == comments_before
        assert ratings_after == ratings
