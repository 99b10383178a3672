from django.shortcuts import render

from articles.models import Article
from poses.models import Pose
from routines.models import Routine

from .pagecache import cache_for_readers

HOME_POSE_COUNT = 6


@cache_for_readers
def home(request):
    featured_article = (
        Article.objects.published().filter(is_featured=True).select_related("author").first()
    )
    if featured_article:
        featured_poses = featured_article.poses_in_order().published().for_cards()
    else:
        featured_poses = Pose.objects.published().for_cards()
    starters = Routine.objects.starters().with_totals().order_by("title")
    return render(
        request,
        "home.html",
        {
            "featured_article": featured_article,
            "featured_poses": featured_poses[:HOME_POSE_COUNT],
            "starters": starters,
        },
    )
