from django import template

from articles.models import Article

register = template.Library()


@register.simple_tag
def articles_featuring(pose):
    """Published articles that feature the pose, for its "Read more" list."""
    return (
        Article.objects.published()
        .filter(featured_poses=pose)
        .only("title", "slug", "published_at")
    )
