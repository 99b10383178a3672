from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Article


def article_list(request):
    articles = Article.objects.published().select_related("author")
    page = Paginator(articles, 10).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page_obj": page})
