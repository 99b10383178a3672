"""Safety in admin: publishing refused on lint findings unless waived, filters, history, revert."""

import datetime

import pytest
from reversion.models import Version

from articles.models import Article, FeaturedPose
from poses.models import Contraindication, Pose, PoseContraindication, Trait
from tests.admin.helpers import admin_url, form_data, messages_of, run_action
from tests.articles.helpers import make_article
from tests.factories import make_condition, make_pose, mark

pytestmark = pytest.mark.django_db


def change_pose(client, pose, **changes):
    data = form_data(client.get(admin_url(Pose, "change", pose.pk)))
    data.update(changes)
    return client.post(admin_url(Pose, "change", pose.pk), data, follow=True)


def inline_errors(response):
    return " ".join(
        str(error)
        for inline in response.context["inline_admin_formsets"]
        for error in inline.formset.non_form_errors()
    )


def test_publishing_a_pose_with_findings_is_refused_with_the_reason(editor_client):
    pose = make_pose("Camel pose", slug="camel", is_published=False)
    response = change_pose(editor_client, pose, traits=[Trait.DEEP_BACKBEND], is_published="on")
    errors = inline_errors(response)
    assert "cannot be published yet" in errors
    assert "pregnancy" in errors and "neck injury" in errors
    pose.refresh_from_db()
    assert not pose.is_published


def test_a_waiver_with_a_reason_allows_publishing_and_warns(editor_client):
    pose = make_pose("Camel pose", slug="camel", is_published=False)
    response = change_pose(
        editor_client,
        pose,
        traits=[Trait.KNEELING],
        is_published="on",
        safety_waiver="Knee note under review with our physiotherapist.",
    )
    pose.refresh_from_db()
    assert pose.is_published
    assert any("Safety lint (waived)" in message for message in messages_of(response))


def test_adding_the_note_in_the_same_save_allows_publishing(editor_client):
    knee = make_condition("Knee injury")
    pose = make_pose("Low lunge", slug="low-lunge", is_published=False)
    change_pose(
        editor_client,
        pose,
        traits=[Trait.KNEELING],
        is_published="on",
        **{
            "pose_contraindications-TOTAL_FORMS": 1,
            "pose_contraindications-0-contraindication": knee.pk,
            "pose_contraindications-0-severity": "modify",
            "pose_contraindications-0-guidance_en_gb": "Pad the back knee with a folded blanket.",
        },
    )
    pose.refresh_from_db()
    assert pose.is_published
    assert pose.pose_contraindications.get().contraindication == knee


def test_publish_action_skips_poses_with_findings(editor_client):
    flagged = make_pose("Bow", slug="bow", traits=[Trait.PRONE], is_published=False)
    fine = make_pose("Mountain", slug="mountain", is_published=False)
    response = run_action(editor_client, Pose, "publish", [flagged, fine])
    flagged.refresh_from_db()
    fine.refresh_from_db()
    assert fine.is_published and not flagged.is_published
    assert any("Not published" in m and "Bow" in m for m in messages_of(response))


def test_needs_review_and_review_age_filters(editor_client):
    make_pose("Flagged", slug="flagged", traits=[Trait.INVERSION])
    make_pose("Stale", slug="stale", safety_reviewed_on=datetime.date(2020, 1, 1))
    make_pose("Fresh", slug="fresh", safety_reviewed_on=datetime.date.today())

    def names(query):
        response = editor_client.get(admin_url(Pose) + query)
        return {pose.slug for pose in response.context["cl"].result_list}

    assert names("?needs_review=yes") == {"flagged"}
    assert names("?reviewed=stale") == {"flagged", "stale"}
    assert names("?reviewed=recent") == {"fresh"}


def first_version(pose):
    return Version.objects.get_for_object(pose).order_by("pk").first()


def test_history_records_each_save_and_revert_restores_notes_and_steps(editor_client):
    knee = make_condition("Knee injury")
    pose = make_pose("Low lunge", slug="low-lunge", steps=0)
    change_pose(
        editor_client,
        pose,
        **{
            "steps-TOTAL_FORMS": 1,
            "steps-0-position": 1,
            "steps-0-instruction_en_gb": "Kneel with one foot forward.",
            "pose_contraindications-TOTAL_FORMS": 1,
            "pose_contraindications-0-contraindication": knee.pk,
            "pose_contraindications-0-severity": "modify",
            "pose_contraindications-0-guidance_en_gb": "Pad the back knee.",
        },
    )
    # A later edit removes the note and rewrites the step.
    PoseContraindication.objects.filter(pose=pose).delete()
    data = form_data(editor_client.get(admin_url(Pose, "change", pose.pk)))
    data["steps-0-instruction_en_gb"] = "Something else entirely."
    editor_client.post(admin_url(Pose, "change", pose.pk), data)
    assert Version.objects.get_for_object(pose).count() == 2

    history = editor_client.get(admin_url(Pose, "history", pose.pk))
    assert history.status_code == 200

    revision_url = admin_url(Pose, "revision", pose.pk, first_version(pose).pk)
    editor_client.post(revision_url, form_data(editor_client.get(revision_url)))

    assert list(pose.steps.values_list("instruction", flat=True)) == [
        "Kneel with one foot forward."
    ]
    note = pose.pose_contraindications.get()
    assert (note.contraindication, note.guidance) == (knee, "Pad the back knee.")


def test_revert_to_a_revision_naming_a_deleted_condition_says_so_and_changes_nothing(
    editor_client,
):
    gone = make_condition("Glaucoma")
    pose = make_pose("Legs up the wall", slug="legs-up-the-wall")
    change_pose(
        editor_client,
        pose,
        **{
            "pose_contraindications-TOTAL_FORMS": 1,
            "pose_contraindications-0-contraindication": gone.pk,
            "pose_contraindications-0-severity": "caution",
            "pose_contraindications-0-guidance_en_gb": "Keep it short.",
        },
    )
    version = first_version(pose)
    Contraindication.objects.filter(pk=gone.pk).delete()
    change_pose(editor_client, pose, summary_en_gb="Changed after the condition went.")

    response = editor_client.get(admin_url(Pose, "revision", pose.pk, version.pk), follow=True)
    assert any("no longer exist" in message for message in messages_of(response))
    pose.refresh_from_db()
    assert pose.summary == "Changed after the condition went."
    assert not pose.pose_contraindications.exists()


def test_pose_page_is_still_fine_for_a_pose_marked_with_a_note(client):
    pose = make_pose("Cobra", slug="cobra", traits=[Trait.PRONE])
    mark(pose, make_condition("Pregnancy"), "avoid", "Practise it lying on your side.")
    assert client.get(pose.get_absolute_url()).status_code == 200


def test_article_revert_restores_body_and_featured_order_but_keeps_view_count(editor_client):
    lunge, pigeon = make_pose("Low lunge", slug="low-lunge"), make_pose("Pigeon", slug="pigeon")
    article = make_article(title="Psoas", body="First words.")
    url = admin_url(Article, "change", article.pk)
    data = form_data(editor_client.get(url))
    data.update(
        {
            "featuredpose_set-TOTAL_FORMS": 2,
            "featuredpose_set-0-position": 1,
            "featuredpose_set-0-pose": lunge.pk,
            "featuredpose_set-1-position": 2,
            "featuredpose_set-1-pose": pigeon.pk,
        }
    )
    editor_client.post(url, data)
    assert list(article.poses_in_order()) == [lunge, pigeon]
    first = Version.objects.get_for_object(article).get()

    data = form_data(editor_client.get(url))
    data["body_en_gb"] = "Rewritten words."
    data["featuredpose_set-0-position"], data["featuredpose_set-1-position"] = 2, 1
    editor_client.post(url, data)
    assert list(article.poses_in_order()) == [pigeon, lunge]
    Article.objects.filter(pk=article.pk).record_view()

    revision_url = admin_url(Article, "revision", article.pk, first.pk)
    editor_client.post(revision_url, form_data(editor_client.get(revision_url)))

    article.refresh_from_db()
    assert article.body == "First words."
    assert list(article.poses_in_order()) == [lunge, pigeon]
    assert FeaturedPose.objects.filter(article=article).count() == 2
    assert article.view_count == 1


def test_compare_two_versions_lists_what_changed(editor_client):
    knee = make_condition("Knee injury")
    pose = make_pose("Low lunge", slug="low-lunge", steps=1)
    change_pose(
        editor_client,
        pose,
        **{
            "pose_contraindications-TOTAL_FORMS": 1,
            "pose_contraindications-0-contraindication": knee.pk,
            "pose_contraindications-0-severity": "modify",
            "pose_contraindications-0-guidance_en_gb": "Pad the back knee.",
        },
    )
    data = form_data(editor_client.get(admin_url(Pose, "change", pose.pk)))
    data["pose_contraindications-0-severity"] = "avoid"
    data["summary_en_gb"] = "A kneeling lunge."
    editor_client.post(admin_url(Pose, "change", pose.pk), data)
    older, newer = (v.revision_id for v in Version.objects.get_for_object(pose).order_by("pk"))

    history = editor_client.get(admin_url(Pose, "history", pose.pk)).content.decode()
    assert "Compare the two versions" in history
    response = editor_client.get(
        admin_url(Pose, "compare", pose.pk), {"older": older, "newer": newer}
    )

    changes = {
        (c.row.split(":")[0], c.field, c.before, c.after) for c in response.context["changes"]
    }
    assert ("Pose", "summary", "A summary of Low lunge.", "A kneeling lunge.") in changes
    assert ("Pose contraindication", "severity", "Modify", "Avoid") in changes
    assert not any(c[0] == "Pose step" for c in changes)


def test_compare_needs_two_versions(editor_client):
    pose = make_pose("Low lunge", slug="low-lunge")
    response = editor_client.get(admin_url(Pose, "compare", pose.pk), {"older": "x"}, follow=True)
    assert any("Pick two different versions" in m for m in messages_of(response))
