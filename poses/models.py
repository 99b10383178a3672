import unicodedata

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import images

# How long a pose may be held, for a pose's suggested hold and for every routine step.
HOLD_MIN_SECONDS = 5
HOLD_MAX_SECONDS = 600


# The breve of Russian й: a letter of its own, not an accent (Sanskrit transliteration has none).
BREVE = "\u0306"


def fold(text):
    """Lower-case and strip diacritics, so "Bālāsana" and "balasana" compare equal.

    In Russian, ё becomes е (most people type "ребенок" for "ребёнок") and й stays й.
    Done in Python and stored, because databases disagree on accent-insensitive matching.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(ch for ch in decomposed if ch == BREVE or not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept).casefold()


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Severity(models.TextChoices):
    AVOID = "avoid", _("Avoid")
    MODIFY = "modify", _("Modify")
    CAUTION = "caution", _("Caution")


class Trait(models.TextChoices):
    """What a pose asks of the body; poses/safety.py says which conditions each must address."""

    KNEELING = "kneeling", _("Kneeling")
    PRONE = "prone", _("Lying on the belly (prone)")
    DEEP_BACKBEND = "deep-backbend", _("Deep backbend")
    DEEP_KNEE_FLEXION = "deep-knee-flexion", _("Deep knee bend")
    INVERSION = "inversion", _("Inversion (head below the heart)")
    DEEP_TWIST = "deep-twist", _("Deep twist")
    WEIGHT_ON_WRISTS = "weight-on-wrists", _("Weight on the wrists")
    BALANCING = "balancing", _("Balancing")
    SUPINE_LONG = "supine-long", _("Lying on the back for long")


class CatalogueTerm(models.Model):
    """A named term of the catalogue: a category, a muscle or a condition."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(CatalogueTerm):
    # Slugs the routine builder's balance hints rely on.
    BACKBEND = "backbend"
    RESTING = "resting"

    class Meta(CatalogueTerm.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class Muscle(CatalogueTerm):
    class Meta(CatalogueTerm.Meta):
        verbose_name = _("muscle")
        verbose_name_plural = _("muscles")


class ContraindicationQuerySet(models.QuerySet):
    def of_member(self, user):
        """The conditions on a member's profile (one query), or none for a visitor."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(profiles__user=user)


class Contraindication(CatalogueTerm):
    objects = ContraindicationQuerySet.as_manager()

    class Meta(CatalogueTerm.Meta):
        verbose_name = _("contraindication")
        verbose_name_plural = _("contraindications")


class PoseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def search(self, query):
        """Poses matching every word of `query`, best first (see poses/search.py)."""
        from .search import ranked_matches

        return ranked_matches(self, query)

    def safe_for(self, conditions):
        """Drop poses marked *avoid* for any of the given contraindications."""
        if not conditions:
            return self
        # One sub-query, so severity and condition are matched on the same row.
        avoided = PoseContraindication.objects.filter(
            severity=Severity.AVOID, contraindication__in=conditions
        )
        return self.exclude(pk__in=avoided.values("pose_id"))

    def for_detail(self):
        """Everything the pose page shows, in one query per relation."""
        published = Pose.objects.published()
        return self.prefetch_related(
            "steps",
            "categories",
            "muscles_stretched",
            "muscles_strengthened",
            "images",
            "sources",
            Prefetch(
                "pose_contraindications",
                queryset=PoseContraindication.objects.select_related("contraindication"),
            ),
            Prefetch("counterposes", queryset=published),
            Prefetch("preparatory_poses", queryset=published),
        )

    def for_cards(self):
        return self.prefetch_related(
            "categories",
            Prefetch("images", queryset=PoseImage.objects.order_by("position", "pk")),
        )


class Pose(models.Model):
    # Translators: the pose's everyday name; its Russian column holds the Russian name.
    english_name = models.CharField(_("English name"), max_length=120)
    sanskrit_name = models.CharField(
        _("Sanskrit name"),
        max_length=120,
        blank=True,
        help_text=_("With diacritics, e.g. Bālāsana."),
    )
    aliases = models.TextField(
        _("aliases"), blank=True, help_text=_("Other names people search for, one per line.")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One sentence shown on pose cards.")
    )
    difficulty = models.CharField(
        _("difficulty"),
        max_length=12,
        choices=Difficulty.choices,
        default=Difficulty.BEGINNER,
        db_index=True,
    )
    categories = models.ManyToManyField(
        Category, related_name="poses", blank=True, verbose_name=_("categories")
    )
    muscles_stretched = models.ManyToManyField(
        Muscle, related_name="stretched_by", blank=True, verbose_name=_("muscles stretched")
    )
    muscles_strengthened = models.ManyToManyField(
        Muscle, related_name="strengthened_by", blank=True, verbose_name=_("muscles strengthened")
    )
    benefits = models.TextField(_("benefits"), blank=True)
    modifications = models.TextField(
        _("modifications"), blank=True, help_text=_("Easier or safer variations.")
    )
    props = models.CharField(
        _("props"), max_length=300, blank=True, help_text=_("Blocks, bolster, strap...")
    )
    default_hold_seconds = models.PositiveSmallIntegerField(
        _("default hold seconds"),
        default=30,
        help_text=format_lazy(
            _("Suggested hold in seconds ({} to {})."), HOLD_MIN_SECONDS, HOLD_MAX_SECONDS
        ),
    )
    per_side = models.BooleanField(
        _("per side"), default=False, help_text=_("Done once on each side (left and right).")
    )
    counterposes = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="counterpose_for",
        blank=True,
        verbose_name=_("counterposes"),
    )
    preparatory_poses = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="prepares_for",
        blank=True,
        verbose_name=_("preparatory poses"),
    )
    contraindications = models.ManyToManyField(
        Contraindication,
        through="PoseContraindication",
        related_name="poses",
        blank=True,
        verbose_name=_("contraindications"),
    )
    figure = models.JSONField(
        _("figure"),
        default=dict,
        blank=True,
        help_text=_(
            "The drawn figure: joint angles, floor and prop contacts, grips and camera, "
            "set with the figure editor in admin."
        ),
    )
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    # Safety review: traits drive the lint in poses/safety.py; the rest is what readers trust.
    traits = models.JSONField(
        _("traits"),
        default=list,
        blank=True,
        help_text=_("What the pose asks of the body; each trait needs notes for some conditions."),
    )
    safety_waiver = models.TextField(
        _("safety lint waiver"),
        blank=True,
        help_text=_(
            "Only if an editor decided the pose may be published with safety findings: "
            "say why. Leave empty otherwise."
        ),
    )
    safety_reviewed_on = models.DateField(
        _("safety notes last reviewed"),
        null=True,
        blank=True,
        help_text=_("Shown on the pose page."),
    )
    safety_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    search_text = models.TextField(_("search text"), editable=False, default="")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PoseQuerySet.as_manager()

    class Meta:
        verbose_name = _("pose")
        verbose_name_plural = _("poses")
        # The English name in every language: Russian names are few yet, and a Russian list
        # ordered by them would put every untranslated pose in no order at all.
        ordering = ["english_name_en_gb"]
        indexes = [
            # Lets the catalogue page through published poses in name order without sorting
            # the whole table. (Search itself goes through PoseSearchEntry; search_text serves
            # the admin's check for a duplicate Sanskrit name.)
            models.Index(
                fields=["english_name", "is_published", "search_text"], name="pose_name_search"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    default_hold_seconds__gte=HOLD_MIN_SECONDS,
                    default_hold_seconds__lte=HOLD_MAX_SECONDS,
                ),
                name="pose_default_hold_in_range",
            )
        ]

    def __str__(self):
        return self.english_name

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.english_name, self.sanskrit_name, self.aliases]))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("poses:detail", args=[self.slug])

    @property
    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    @property
    def main_image(self):
        images = list(self.images.all())
        return images[0] if images else None


class Source(models.Model):
    """Where safety notes or an article's facts come from."""

    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(
        _("URL"), max_length=500, validators=[URLValidator(schemes=["http", "https"])]
    )

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return self.title


class PoseSource(Source):
    pose = models.ForeignKey(
        Pose, on_delete=models.CASCADE, related_name="sources", verbose_name=_("pose")
    )

    class Meta(Source.Meta):
        verbose_name = _("pose source")
        verbose_name_plural = _("pose sources")


class PoseContraindication(models.Model):
    pose = models.ForeignKey(
        Pose,
        on_delete=models.CASCADE,
        related_name="pose_contraindications",
        verbose_name=_("pose"),
    )
    contraindication = models.ForeignKey(
        Contraindication,
        on_delete=models.CASCADE,
        related_name="pose_contraindications",
        verbose_name=_("contraindication"),
    )
    severity = models.CharField(
        _("severity"), max_length=8, choices=Severity.choices, default=Severity.CAUTION
    )
    guidance = models.TextField(
        _("guidance"), help_text=_("What to do instead, in one or two sentences.")
    )

    class Meta:
        verbose_name = _("pose contraindication")
        verbose_name_plural = _("pose contraindications")
        ordering = ["severity", "contraindication__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["pose", "contraindication"], name="unique_pose_contraindication"
            )
        ]

    def __str__(self):
        return gettext("%(pose)s: %(severity)s with %(condition)s") % {
            "pose": self.pose,
            "severity": self.get_severity_display(),
            "condition": self.contraindication,
        }


class PoseStep(models.Model):
    pose = models.ForeignKey(
        Pose, on_delete=models.CASCADE, related_name="steps", verbose_name=_("pose")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    instruction = models.TextField(_("instruction"))

    class Meta:
        verbose_name = _("pose step")
        verbose_name_plural = _("pose steps")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["pose", "position"], name="unique_pose_step_position")
        ]

    def __str__(self):
        return gettext("%(pose)s step %(position)s") % {
            "pose": self.pose,
            "position": self.position,
        }


def pose_image_path(instance, filename):
    return f"poses/{instance.pose.slug}/{filename}"


class PoseImage(models.Model):
    pose = models.ForeignKey(
        Pose, on_delete=models.CASCADE, related_name="images", verbose_name=_("pose")
    )
    image = models.ImageField(
        _("image"), upload_to=pose_image_path, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    alt_text = models.CharField(
        _("alt text"),
        max_length=200,
        help_text=_("Describe what the picture shows, for screen readers."),
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    renditions = models.JSONField(
        _("renditions"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Web renditions, narrowest first: width, height and WebP and JPEG file names."),
    )

    class Meta:
        verbose_name = _("pose image")
        verbose_name_plural = _("pose images")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt_text

    def save(self, *args, **kwargs):
        # Not yet committed: a file just assigned, which FileField would store as it is.
        if self.image and not self.image._committed:
            self._save_with_new_file(*args, **kwargs)
        else:
            super().save(*args, **kwargs)

    def _save_with_new_file(self, *args, **kwargs):
        """Store the cleaned original and its renditions; the replaced renditions go on commit.

        django-cleanup removes the replaced original (and every file of a deleted picture).
        """
        upload = self.image.file
        clean = upload if isinstance(upload, images.CleanImage) else images.clean_upload(upload)
        replaced = PoseImage.objects.filter(pk=self.pk).first() if self.pk else None
        storage = self.image.storage
        self.image.save(clean.name, clean, save=False)
        self.renditions = images.save_renditions(self.image.name, clean.renditions, storage)
        try:
            super().save(*args, **kwargs)
        except Exception:
            for name in self.stored_file_names():
                storage.delete(name)
            raise
        if replaced:
            images.delete_files_on_commit(replaced.rendition_file_names(), storage)

    def rendition_file_names(self):
        return [
            name for rendition in self.renditions for name in (rendition["webp"], rendition["jpeg"])
        ]

    def stored_file_names(self):
        return [self.image.name, *self.rendition_file_names()]

    @property
    def picture(self):
        """What includes/responsive_image.html needs: srcsets, a fallback and its size."""
        url = self.image.storage.url
        if not self.renditions:
            return {"src": self.image.url, "width": self.width, "height": self.height}
        largest = self.renditions[-1]
        return {
            "src": url(largest["jpeg"]),
            "width": largest["width"],
            "height": largest["height"],
            "webp_srcset": ", ".join(f"{url(r['webp'])} {r['width']}w" for r in self.renditions),
            "jpeg_srcset": ", ".join(f"{url(r['jpeg'])} {r['width']}w" for r in self.renditions),
        }


class PoseSearchEntry(models.Model):
    """A pose's words as search compares them, rebuilt whenever the pose or its links change.

    Every text is already folded by poses/search.py, so both databases match the same plain
    words: SQLite through FTS5 tables of words, one per ranking tier (migration 0015), and, for
    the rare match inside a word, an FTS5 trigram table (0005); PostgreSQL through a pg_trgm GIN
    index (0005).
    """

    pose = models.OneToOneField(
        Pose,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
        verbose_name=_("pose"),
    )
    names = models.TextField(
        _("names"), help_text=_("English and Sanskrit names, each between bars.")
    )
    aliases = models.TextField(_("aliases"), help_text=_("Aliases, each between bars."))
    focus = models.TextField(
        _("focus"),
        default="",
        help_text=_("Muscles the pose stretches and its summary names: what it is for."),
    )
    terms = models.TextField(
        _("terms"), help_text=_("Categories and muscles stretched, with everyday words.")
    )
    worked = models.TextField(
        _("worked"), default="", help_text=_("Muscles it only strengthens, with everyday words.")
    )
    document = models.TextField(
        _("document"), help_text=_("All of the above and the pose's own text.")
    )

    class Meta:
        verbose_name = _("pose search entry")
        verbose_name_plural = _("pose search entries")

    def __str__(self):
        return gettext("Search entry of %(pose)s") % {"pose": self.pose_id}


class SearchWord(models.Model):
    """A word of the catalogue's names and terms, the vocabulary "Did you mean" picks from."""

    # The word itself is the key, so loading a backup over words the signals already added
    # updates them instead of colliding.
    key = models.CharField(
        _("key"), max_length=80, primary_key=True, help_text=_("The word as search compares it.")
    )
    text = models.CharField(_("text"), max_length=80, help_text=_("The word as people write it."))

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.text
