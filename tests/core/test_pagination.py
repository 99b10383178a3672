"""Page links keep the reader's search and filters, mark the current page and elide far pages."""

import re

from django.core.paginator import Paginator
from django.template import Context, Template
from django.test import RequestFactory


def links(path, page_number, count=300, per_page=10):
    page = Paginator(range(count), per_page).get_page(page_number)
    template = Template("{% load site_tags %}{% pagination page_obj %}")
    return template.render(Context({"request": RequestFactory().get(path), "page_obj": page}))


def test_links_keep_the_query_and_mark_the_current_page():
    html = links("/poses/?q=pigeon&category=hip-opener&page=7", 7)
    assert 'href="?q=pigeon&amp;category=hip-opener&amp;page=6" rel="prev">Previous' in html
    assert 'href="?q=pigeon&amp;category=hip-opener&amp;page=8" rel="next">Next' in html
    assert '<span class="page-link" aria-current="page">7</span>' in html
    shown = re.findall(r'class="page-link"[^>]*>([^<]+)<', html)
    assert shown == ["Previous", "1", "2", "…", "5", "6", "7", "8", "9", "…", "29", "30", "Next"]


def test_the_first_page_has_no_previous_and_a_plain_query():
    html = links("/articles/", 1)
    assert "Previous" not in html
    assert 'href="?page=2" rel="next"' in html


def test_one_page_needs_no_links():
    assert links("/poses/?q=pigeon", 1, count=5).strip() == ""
