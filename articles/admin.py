from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from modeltranslation.utils import get_translation_fields
from reversion.admin import VersionAdmin

from core.admin import (
    APPROVED,
    IMAGE_WIDGET,
    PUBLISHED,
    REJECTED,
    UNPUBLISHED,
    CompareVersionsMixin,
    report_changed,
    save_each,
)
from poses import images

from .models import Article, ArticleSource, Comment, FeaturedPose, Rating, Status
from .rendering import unknown_pose_slugs


class ArticleAdminForm(forms.ModelForm):
    hero_image = images.CleanImageField(label=_("Hero image"), required=False, widget=IMAGE_WIDGET)

    class Meta:
        model = Article
        fields = (
            "title",
            "slug",
            "summary",
            "body",
            "hero_image",
            "hero_alt",
            "hero_caption",
            "status",
            "published_at",
            "is_featured",
        )
        widgets = {
            name: forms.Textarea(attrs={"rows": 24, "cols": 100})
            for name in get_translation_fields("body")
        }

    def clean(self):
        cleaned = super().clean()
        # The body in each language (body_en_gb, body_ru) embeds poses by slug.
        for name in get_translation_fields("body"):
            unknown = unknown_pose_slugs(cleaned.get(name) or "")
            if unknown:
                embeds = ", ".join(f"[[pose:{slug}]]" for slug in unknown)
                self.add_error(
                    name,
                    gettext(
                        "No published pose has the slug in %(embeds)s. Copy the slug from the "
                        "pose's admin page (and make sure the pose is published), or remove the "
                        "line."
                    )
                    % {"embeds": embeds},
                )
        # A new upload, or the stored image when the field was left alone (False: cleared).
        if cleaned.get("hero_image") and not cleaned.get("hero_alt", "").strip():
            self.add_error(
                "hero_alt",
                gettext(
                    "Describe the hero image in a short sentence for people who cannot see it."
                ),
            )
        return cleaned


class FeaturedPoseInline(admin.TabularInline):
    model = FeaturedPose
    fields = ("position", "pose")
    autocomplete_fields = ("pose",)
    extra = 1
    verbose_name = _("featured pose")
    verbose_name_plural = _("featured poses, in the order the article teaches them")


class ArticleSourceInline(admin.TabularInline):
    model = ArticleSource
    fields = ("title", "url")
    extra = 1
    verbose_name_plural = _("sources (shown under the article)")


@admin.register(Article)
class ArticleAdmin(CompareVersionsMixin, VersionAdmin, TranslationAdmin):
    """History and revert of the text, featured poses and sources (reversion follows inlines)."""

    form = ArticleAdminForm
    list_display = ("title", "state", "published_at", "is_featured", "author", "view_count")
    list_filter = ("status", "is_featured", "published_at")
    search_fields = ("title", "summary", "body")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("author",)
    inlines = (FeaturedPoseInline, ArticleSourceInline)
    readonly_fields = ("preview", "view_count", "updated_at")
    list_select_related = ("author",)
    actions = ("publish", "unpublish")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publishing"), {"fields": ("status", "published_at", "is_featured", "preview")}),
        (_("Hero image"), {"fields": ("hero_image", "hero_alt", "hero_caption")}),
        (_("About"), {"fields": ("author", "view_count", "updated_at")}),
    )

    @admin.display(description=_("state"), ordering="status")
    def state(self, article):
        if article.is_live():
            return gettext("Live")
        return gettext("Scheduled") if article.is_scheduled() else gettext("Draft")

    @admin.display(description=_("see it on the site"))
    def preview(self, article):
        if not article.pk:
            return gettext("Save the article first; then preview it here.")
        label = (
            gettext("View the live article")
            if article.is_live()
            else gettext("Preview (only staff see it)")
        )
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', article.get_absolute_url(), label
        )

    def get_readonly_fields(self, request, obj=None):
        # Editors cannot list members, so only a superuser picks another author.
        if request.user.is_superuser:
            return self.readonly_fields
        return (*self.readonly_fields, "author")

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # A revert writes the stored row back, view count included; keep the live count.
        views = Article.objects.filter(pk=object_id).values_list("view_count", flat=True).first()
        response = super().revision_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302 and views is not None:
            Article.objects.filter(pk=object_id).update(view_count=views)
        return response

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        report_changed(self, request, save_each(queryset, status=Status.PUBLISHED), PUBLISHED)
        scheduled = sum(article.is_scheduled() for article in queryset)
        if scheduled:
            self.message_user(
                request,
                ngettext(
                    "%(count)d will appear on its publish date, which is in the future.",
                    "%(count)d will appear on their publish date, which is in the future.",
                    scheduled,
                )
                % {"count": scheduled},
            )

    @admin.action(
        description=_("Unpublish the selected articles (back to draft)"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        report_changed(self, request, save_each(queryset, status=Status.DRAFT), UNPUBLISHED)


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ("excerpt", "author", "article", "created_at", "is_approved")
    list_filter = ("is_approved", "created_at")
    search_fields = ("body", "author__username", "article__title")
    # Unapproved first: the moderation queue.
    ordering = ("is_approved", "-created_at")
    list_select_related = ("author", "article")
    autocomplete_fields = ("article",)
    actions = ("approve", "reject")
    fields = ("article", "author", "body", "is_approved", "created_at")
    readonly_fields = ("author", "created_at")

    @admin.display(description=_("comment"))
    def excerpt(self, comment):
        return Truncator(comment.body).words(12)

    def get_readonly_fields(self, request, obj=None):
        # Moderators approve or remove members' words; they do not rewrite them.
        if obj is not None:
            return ("article", "author", "body", "created_at")
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Approve the selected comments"), permissions=["change"])
    def approve(self, request, queryset):
        report_changed(self, request, save_each(queryset, is_approved=True), APPROVED)

    @admin.action(description=_("Reject (unapprove) the selected comments"), permissions=["change"])
    def reject(self, request, queryset):
        report_changed(self, request, save_each(queryset, is_approved=False), REJECTED)


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("article", "user", "score", "updated_at")
    list_filter = ("score", "updated_at")
    search_fields = ("article__title", "user__username")
    list_select_related = ("article", "user")
    autocomplete_fields = ("article", "user")
