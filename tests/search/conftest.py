import pytest
from django.utils import timezone

from articles.models import Article, Status
from poses.models import PoseStep
from tests.factories import make_category, make_muscle, make_pose


@pytest.fixture
def catalogue(db):
    """A few poses named and tagged as the demo content names them."""
    hip_opener = make_category("Hip opener")
    backbend = make_category("Backbend")
    twist = make_category("Twist")
    psoas = make_muscle("Psoas major")
    quadriceps = make_muscle("Quadriceps")
    hamstrings = make_muscle("Hamstrings")
    poses = {
        "pigeon": make_pose(
            "Pigeon pose",
            slug="pigeon",
            sanskrit_name="Eka Pada Rājakapotāsana",
            aliases="Half pigeon\nSleeping pigeon",
            categories=[hip_opener],
            stretches=[psoas],
        ),
        "camel": make_pose(
            "Camel pose",
            slug="camel",
            sanskrit_name="Uṣṭrāsana",
            categories=[backbend],
            stretches=[psoas, quadriceps],
        ),
        # Alphabetically first, and "camel" only as an alias: must rank after Camel pose.
        "atlas": make_pose("Atlas arch", aliases="Camel\nKneeling arch"),
        "child": make_pose(
            "Child's pose", slug="childs-pose", sanskrit_name="Bālāsana", aliases="Child pose"
        ),
        "tree": make_pose("Tree pose", slug="tree", sanskrit_name="Vṛkṣāsana"),
        "lunge": make_pose(
            "Low lunge",
            sanskrit_name="Āñjaneyāsana",
            categories=[hip_opener],
            strengthens=[quadriceps],
        ),
        "twist": make_pose(
            "Supine twist", sanskrit_name="Supta Matsyendrāsana", categories=[twist]
        ),
        "fold": make_pose(
            "Standing forward fold", sanskrit_name="Uttānāsana", stretches=[hamstrings]
        ),
        "dog": make_pose(
            "Downward-facing dog",
            sanskrit_name="Adho Mukha Śvānāsana",
            aliases="Down dog\nDownward dog",
        ),
    }
    PoseStep.objects.create(
        pose=poses["dog"], position=3, instruction="Press the heels towards the mat."
    )
    return poses


@pytest.fixture
def article(db):
    return Article.objects.create(
        title="Why the psoas matters",
        slug="why-the-psoas-matters",
        summary="The deep hip flexor that links your spine and legs.",
        body="## Anatomy\n\nThe iliopsoas joins the lumbar spine to the thigh bone.",
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )


@pytest.fixture
def tiered(db):
    """A pose for "bridge" in each tier, the worst alphabetically first."""
    bridge = make_muscle("Bridge muscle")
    make_pose("A text match", steps=0, summary="Ends like a bridge.")
    make_pose("A muscle match", stretches=[bridge])
    make_pose("An alias match", aliases="Bridge")
    make_pose("Bridge with a block")
    make_pose("Bridge")
