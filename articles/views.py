import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

import idempotency

from .forms import CommentForm, RatingForm
from .models import Article, Comment, Rating
from .rendering import rendered_body, with_pose_cards

ARTICLES_PER_PAGE = 10
RECENT_COUNT = 3


def article_list(request):
    articles = Article.objects.published().select_related("author")
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page_obj": page})


def count_view(request, slug):
    """Count a view of a published article (urls.py makes it once per reader, cached or not)."""
    Article.objects.published().filter(slug=slug).record_view()


def article_detail(request, slug):
    articles = Article.objects.select_related("author")
    if not request.user.is_staff:
        articles = articles.published()
    article = get_object_or_404(articles, slug=slug)
    return render_article(request, article, comment_form=CommentForm())


def render_article(request, article, *, comment_form, status=200):
    rendered = rendered_body(article)
    context = {
        "article": article,
        # Called by the template only when the shared fragment cache does not have it yet.
        "body_html": functools.partial(with_pose_cards, rendered),
        "toc": rendered.toc,
        "featured_poses": article.poses_in_order().published().for_cards(),
        "rating": article.ratings.summary(request.user),
        "rating_form": RatingForm(),
        "comments": Comment.objects.filter(article=article)
        .visible_to(request.user)
        .select_related("author"),
        "comment_form": comment_form,
        "recent_articles": Article.objects.published()
        .exclude(pk=article.pk)
        .only("title", "slug", "published_at")[:RECENT_COUNT],
    }
    return render(request, "articles/article_detail.html", context, status=status)


def published_article_or_404(slug):
    return get_object_or_404(Article.objects.published().select_related("author"), slug=slug)


def members_post(action):
    """A member's POST about a published article; a GET goes back to it, a visitor to log in."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, slug):
            article = published_article_or_404(slug)
            if request.method != "POST":
                return redirect(article)
            if not request.user.is_authenticated:
                messages.info(
                    request, _("Log in to %(action)s. Signing up is free.") % {"action": action}
                )
                return redirect_to_login(article.get_absolute_url())
            return view(request, article)

        return wrapped

    return decorator


@members_post("rate articles")
def rate_article(request, article):
    form = RatingForm(request.POST)
    if form.is_valid():
        score = form.cleaned_data["score"]
        Rating.objects.update_or_create(
            article=article, user=request.user, defaults={"score": score}
        )
        messages.success(
            request, _("Thank you: you rated this article %(score)s out of 5.") % {"score": score}
        )
    else:
        messages.error(request, form.errors["score"][0])
    return redirect(f"{article.get_absolute_url()}#article-rating")


@members_post("comment")
def post_comment(request, article):
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Your comment was not posted: see the note under the comment box.")
        )
        return render_article(request, article, comment_form=form, status=400)

    def save_comment():
        comment = form.save(commit=False)
        comment.article = article
        comment.author = request.user
        comment.save()
        return f"{article.get_absolute_url()}#comment-{comment.pk}"

    # A double click or a resend posts the comment once and lands on it both times.
    token = form.cleaned_data["idempotency_token"]
    url, first = idempotency.once(request.user, token, save_comment)
    if first:
        messages.success(
            request,
            _(
                "Thank you: your comment is awaiting moderation and will appear once an editor "
                "approves it."
            ),
        )
    return redirect(url or f"{article.get_absolute_url()}#article-comments")
