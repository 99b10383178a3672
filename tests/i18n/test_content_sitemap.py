import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_each_page_in_both_languages_with_alternates(client, pigeon):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert re.search(r"<loc>https?://[^/]+/poses/pigeon/</loc>", sitemap)
    assert "/ru/poses/pigeon/</loc>" in sitemap
    assert 'hreflang="ru" href="' in sitemap
    assert 'hreflang="en-gb" href="' in sitemap
    assert 'hreflang="x-default"' in sitemap
    assert "/ru/articles/</loc>" in sitemap
