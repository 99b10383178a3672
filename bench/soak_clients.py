"""HTTP clients for the soak: a cookie-keeping browser that reads forms, and a tally."""

import collections
import http.cookiejar
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class Tally:
    """Requests, 5xx answers and accepted writes, from every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.server_errors = 0
        self.failures = []
        self.accepted = collections.Counter()
        self.steps = collections.Counter()

    def request(self, status):
        with self.lock:
            self.requests += 1
            if status >= 500:
                self.server_errors += 1

    def accept(self, kind, routine=None):
        with self.lock:
            self.accepted[kind] += 1
            if kind == "step added":
                self.steps[routine] += 1
            elif kind == "step removed":
                self.steps[routine] -= 1

    def fail(self, what):
        with self.lock:
            self.failures.append(what)

    def count(self, kind):
        return self.accepted[kind]

    def net_steps(self, routine):
        return self.steps[routine]


class Page:
    def __init__(self, url, status, text):
        self.url, self.status, self.text = url, status, text

    def value_of(self, name):
        match = re.search(rf'name="{name}" value="([^"]*)"', self.text)
        return match.group(1) if match else ""

    def values_of(self, name):
        return re.findall(rf'name="{name}" value="([^"]*)"', self.text)

    def links_matching(self, pattern):
        return sorted({int(pk) for pk in re.findall(pattern, self.text)})

    def form_fields(self, form_id):
        parser = FormParser(form_id)
        parser.feed(self.text)
        return parser.fields


class FormParser(HTMLParser):
    """What a browser would post back from the form with this id, unchanged."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, {}
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or not attrs.get("name") and tag != "option":
            return
        name = attrs.get("name")
        kind = attrs.get("type", "text")
        if tag == "input" and kind not in ("submit", "file", "button", "image"):
            if kind not in ("checkbox", "radio") or "checked" in attrs:
                self.add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = name
            self.add(name, "")

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # Browsers drop the newline right after <textarea>.
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None

    def add(self, name, value):
        if name in self.fields:
            existing = self.fields[name]
            self.fields[name] = (
                [*existing, value] if isinstance(existing, list) else [existing, value]
            )
        else:
            self.fields[name] = value


class Browser:
    def __init__(self, base, tally):
        self.base, self.tally = base, tally
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def open(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        try:
            with self.opener.open(request, timeout=30) as response:
                page = Page(response.url, response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            page = Page(error.url, error.code, error.read().decode(errors="replace"))
        except OSError as error:
            self.tally.fail(f"{path}: {error}")
            self.tally.request(599)
            return Page(path, 599, "")
        self.tally.request(page.status)
        return page

    def get(self, path):
        return self.open(path)

    def csrf(self):
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")

    def post(self, path, data):
        return self.open(path, {**data, "csrfmiddlewaretoken": self.csrf()})

    def submit(self, path, data):
        """GET the form page first (for the CSRF cookie), then post it."""
        if not self.csrf():
            self.get(path)
        return self.post(path, data)

    def log_in(self, username, password):
        self.get("/accounts/login/")
        page = self.post("/accounts/login/", {"username": username, "password": password})
        if "/accounts/login/" in page.url:
            raise RuntimeError(f"{username} could not log in")
