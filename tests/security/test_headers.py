"""Every main page carries the security headers and a CSP without inline script."""

from html.parser import HTMLParser

import pytest

from tests.factories import PASSWORD
from tests.security.helpers import make_site

pytestmark = pytest.mark.django_db

ONE_YEAR = 31_536_000
# Keywords and schemes a directive may list; anything else would be another origin.
ALLOWED_SOURCES = {"'self'", "'none'", "data:"}


@pytest.fixture
def https_on(settings):
    """Production's HTTPS settings, without the redirect so requests can say secure=True."""
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = ONE_YEAR
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


@pytest.fixture
def site():
    return make_site()


def main_pages(site):
    article = site["article"]
    return [
        "/",
        "/poses/",
        f"/poses/{site['poses'][0].slug}/",
        "/articles/",
        f"/articles/{article.slug}/",
        "/routines/starters/",
        f"/routines/{site['starter'].pk}/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password_reset/",
        "/admin/login/",
    ]


def csp_directives(header):
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


class InlineCodeFinder(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, event handlers, style attributes."""

    def __init__(self):
        super().__init__()
        self.problems = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            self._in_inline_script = attributes.get("type") != "application/json"
        for name in attributes:
            if name.startswith("on") or name == "style":
                self.problems.append(f"<{tag} {name}=...>")

    def handle_endtag(self, tag):
        self._in_inline_script = False

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.problems.append(f"inline <script>: {data.strip()[:60]}")


def test_each_main_page_sends_the_security_headers(client, site, https_on):
    for url in main_pages(site):
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        csp = csp_directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in csp["script-src"], url
        assert "'unsafe-eval'" not in csp["script-src"], url
        assert csp["default-src"] == ["'self'"]
        assert csp["frame-ancestors"] == ["'none'"]
        assert csp["object-src"] == ["'none'"]
        for name, sources in csp.items():
            assert set(sources) <= ALLOWED_SOURCES, f"{url}: {name} allows {sources}"
        assert response["Strict-Transport-Security"] == (
            f"max-age={ONE_YEAR}; includeSubDomains; preload"
        )
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["X-Frame-Options"] == "DENY", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        assert "camera=()" in response["Permissions-Policy"], url
        assert "geolocation=()" in response["Permissions-Policy"], url


def test_pages_have_no_inline_script_handlers_or_styles(client, site):
    for url in main_pages(site):
        finder = InlineCodeFinder()
        finder.feed(client.get(url).content.decode())
        assert finder.problems == [], url


def test_member_pages_send_the_headers(client, site, https_on):
    client.force_login(site["member"])
    for url in ["/routines/", f"/routines/{site['private'].pk}/", "/accounts/profile/"]:
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"


def test_hsts_only_over_https(client, site, https_on):
    assert "Strict-Transport-Security" not in client.get("/poses/")


def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(client, site, https_on):
    csrf = client.get("/admin/login/", secure=True).cookies["csrftoken"]
    response = client.post(
        "/accounts/login/",
        {"username": site["member"].username, "password": PASSWORD},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    for cookie in (csrf, session):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"


def test_production_redirects_plain_http_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/poses/?q=pigeon")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/poses/?q=pigeon"
