from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Avg, Count, F, Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from poses.models import Pose, Source

from .rendering import reading_minutes


def display_name(user, default):
    if user is None:
        return default
    return user.get_full_name() or user.get_username()


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Published and due: a future publish date means scheduled, not yet visible."""
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def record_view(self):
        """Add one view to each article matched; returns how many were counted.

        One UPDATE done by the database, so concurrent views never overwrite each other.
        """
        return self.update(view_count=F("view_count") + 1)


class Article(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        verbose_name=_("author"),
    )
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for lists and feeds.")
    )
    body = models.TextField(
        _("body"),
        help_text=_(
            "Markdown. Embed a pose card with [[pose:slug]] on its own line, or the body "
            "map with muscles highlighted with [[muscles:psoas-major,iliacus]]."
        ),
    )
    hero_image = models.ImageField(_("hero image"), upload_to="articles/", blank=True)
    hero_alt = models.CharField(
        _("hero image alt text"),
        max_length=200,
        blank=True,
        help_text=_("Required with a hero image."),
    )
    hero_caption = models.CharField(_("hero caption"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publish date"), default=timezone.now, help_text=_("A future date schedules the article.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    is_featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
        help_text=_("The newest featured article is shown."),
    )
    view_count = models.PositiveIntegerField(_("view count"), default=0, editable=False)
    featured_poses = models.ManyToManyField(
        Pose,
        blank=True,
        related_name="articles",
        through="FeaturedPose",
        verbose_name=_("featured poses"),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_published")
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Only ArticleQuerySet.record_view() changes the counter: saving a copy loaded
        # before some views (an editor's admin form) must not write its old count back.
        if self.pk and not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "view_count"
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.slug])

    def is_live(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.published_at > timezone.now()

    def poses_in_order(self):
        """The featured poses in the order the article teaches them."""
        return Pose.objects.filter(featured_in__article=self).order_by(
            "featured_in__position", "featured_in__pk"
        )

    @property
    def reading_minutes(self):
        return reading_minutes(self.body)

    @property
    def author_name(self):
        return display_name(self.author, _("the Psoas team"))

    @property
    def was_updated(self):
        """Edited on a later day than it was published: worth telling the reader."""
        return self.updated_at.date() > self.published_at.date()


class FeaturedPose(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, verbose_name=_("article"))
    pose = models.ForeignKey(
        Pose, on_delete=models.CASCADE, related_name="featured_in", verbose_name=_("pose")
    )
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Cards show in this order, lowest first: the order the text teaches."),
    )

    class Meta:
        verbose_name = _("featured pose")
        verbose_name_plural = _("featured poses")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "pose"], name="unique_featured_pose")
        ]

    def __str__(self):
        return gettext("%(pose)s in %(article)s") % {"pose": self.pose, "article": self.article}


class ArticleSource(Source):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="sources", verbose_name=_("article")
    )

    class Meta(Source.Meta):
        verbose_name = _("article source")
        verbose_name_plural = _("article sources")


class CommentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Approved comments, plus the member's own comments still awaiting moderation."""
        if user.is_authenticated:
            return self.filter(Q(is_approved=True) | Q(author=user))
        return self.filter(is_approved=True)


class Comment(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="comments", verbose_name=_("article")
    )
    # SET_NULL: a deleted member's comments stay, anonymised.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        verbose_name=_("author"),
    )
    body = models.TextField(_("body"), max_length=2000)
    is_approved = models.BooleanField(_("approved"), default=False, db_index=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["article", "is_approved", "created_at"], name="comment_article_approved"
            )
        ]

    def __str__(self):
        return gettext("Comment by %(author)s on %(article)s") % {
            "author": self.author_name,
            "article": self.article,
        }

    @property
    def author_name(self):
        # SET_NULL above: the member deleted their account.
        return display_name(self.author, gettext("a former member"))


class RatingQuerySet(models.QuerySet):
    def summary(self, user):
        """Average, count and the member's own score, in one query; stars is the rounded average."""
        own = {"own": Max("score", filter=Q(user=user))} if user.is_authenticated else {}
        summary = {"own": None, **self.aggregate(average=Avg("score"), count=Count("pk"), **own)}
        summary["stars"] = round(summary["average"] or 0)
        return summary


class Rating(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="ratings", verbose_name=_("article")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ratings",
        verbose_name=_("user"),
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = RatingQuerySet.as_manager()

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="one_rating_per_member"),
            models.CheckConstraint(
                condition=Q(score__gte=1) & Q(score__lte=5), name="rating_1_to_5"
            ),
        ]

    def __str__(self):
        return gettext("%(score)s/5 by %(user)s on %(article)s") % {
            "score": self.score,
            "user": self.user,
            "article": self.article,
        }
