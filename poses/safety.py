"""The safety lint: a pose with a trait must say something for the conditions the trait affects.

"Says something" means a note of any severity (avoid, modify or caution) with guidance text.
The rules are the ones a yoga teacher would expect; each pose lists its sources (PoseSource).
"""

from dataclasses import dataclass

from django.utils.translation import gettext

from .models import Contraindication, Pose, PoseContraindication, Trait

RULES = {
    Trait.DEEP_BACKBEND: ("pregnancy", "lower-back-injury", "neck-injury"),
    Trait.KNEELING: ("knee-injury",),
    Trait.DEEP_KNEE_FLEXION: ("knee-injury",),
    Trait.INVERSION: ("high-blood-pressure", "glaucoma", "pregnancy"),
    Trait.PRONE: ("pregnancy",),
    Trait.WEIGHT_ON_WRISTS: ("wrist-injury",),
    # Closed and deep twists compress the belly and load the lumbar discs and SI joints.
    Trait.DEEP_TWIST: ("pregnancy", "lower-back-injury"),
    Trait.BALANCING: ("balance-problems",),
    # From the second trimester the womb can press on the vena cava when lying flat.
    Trait.SUPINE_LONG: ("pregnancy",),
}


@dataclass(frozen=True)
class Finding:
    pose: object
    trait: str
    condition: str

    def __str__(self):
        return sentences([self])[0]


def missing_notes(traits, addressed):
    """(trait, condition slug) pairs the rules require and `addressed` does not cover."""
    return [
        (trait, condition)
        for trait in traits
        if trait in RULES
        for condition in RULES[trait]
        if condition not in addressed
    ]


def findings_for(pose, addressed):
    return [
        Finding(pose, trait, condition)
        for trait, condition in missing_notes(pose.traits, addressed)
    ]


def addressed_conditions(poses):
    """{pose pk: set of condition slugs with a note that has guidance}, in one query."""
    addressed = {pose.pk: set() for pose in poses}
    notes = (
        PoseContraindication.objects.filter(pose__in=addressed)
        .exclude(guidance="")
        .values_list("pose_id", "contraindication__slug")
    )
    for pose_id, slug in notes:
        addressed[pose_id].add(slug)
    return addressed


def lint(poses=None):
    """Every finding for the given poses (all poses by default), pose by pose."""
    poses = list(Pose.objects.all() if poses is None else poses)
    addressed = addressed_conditions(poses)
    return [finding for pose in poses for finding in findings_for(pose, addressed[pose.pk])]


def flagged_ids(queryset):
    """Primary keys of the poses in `queryset` that have findings."""
    return {finding.pose.pk for finding in lint(queryset.only("pk", "traits", "english_name"))}


def describe(findings):
    """The findings for an editor as one text: "Camel pose: deep backbend needs …; …"."""
    return "; ".join(sentences(findings))


def sentences(findings):
    """Each finding in the active language, each condition by its name (one query)."""
    slugs = {finding.condition for finding in findings}
    conditions = Contraindication.objects.filter(slug__in=slugs).only("slug", "name")
    names = {condition.slug: condition.name for condition in conditions}
    return [
        gettext("%(pose)s: %(trait)s needs a note for %(condition)s")
        % {
            "pose": finding.pose,
            "trait": Trait(finding.trait).label.lower(),
            "condition": names.get(finding.condition, finding.condition.replace("-", " ")).lower(),
        }
        for finding in findings
    ]


def blocks_publishing(pose, findings):
    """A published pose may not have findings unless an editor waived them with a reason."""
    return pose.is_published and bool(findings) and not pose.safety_waiver.strip()
