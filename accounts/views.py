import json
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language, get_language
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from .forms import PasswordConfirmForm, ProfileForm, SignupForm
from .models import Profile
from .services import delete_account as delete_member_account
from .services import export_data, language_of, remember_language


def safe_next(request):
    """Where a visitor was going before sign-up, if it is on this site."""
    target = request.GET.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else None


def signup(request):
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        Profile.objects.create(user=user)
        # Several backends are configured (axes first), so name the one that checked the password.
        login(request, user, backend="accounts.backends.MemberBackend")
        messages.success(
            request,
            _(
                "Welcome, %(username)s! Tick any conditions you have in your profile, so we "
                "can flag poses to avoid or modify."
            )
            % {"username": user.username},
        )
        return redirect(safe_next(request) or "accounts:profile")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def profile(request):
    member_profile, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=member_profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved your profile."))
        language = form.cleaned_data["language"] or get_language()
        response = redirect(translate_url(reverse("accounts:profile"), language))
        if form.cleaned_data["language"]:
            set_language_cookie(response, language)
        return response
    return render(request, "accounts/profile.html", {"form": form})


def set_language_cookie(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@csrf_exempt
def set_language(request):
    """Django's language switcher. Visitors' pages are cached whole, so their switcher carries
    no CSRF token: a forged switch only chooses how pages read. A signed-in member's choice is
    also kept on their profile, and that write is checked like any other."""
    if request.user.is_authenticated:
        return _set_member_language(request)
    return i18n.set_language(request)


@csrf_protect
def _set_member_language(request):
    response = i18n.set_language(request)
    language = request.POST.get(i18n.LANGUAGE_QUERY_PARAMETER)
    if request.method == "POST" and check_for_language(language):
        remember_language(request.user, language)
    return response


class LoginView(auth_views.LoginView):
    """Django's log-in; a member who chose a language lands in it."""

    def form_valid(self, form):
        response = super().form_valid(form)
        language = language_of(self.request.user)
        if language:
            response["Location"] = translate_url(response["Location"], language)
            set_language_cookie(response, language)
        return response


@login_required
def export(request):
    data = export_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="psoas-my-data.json"'
    return response


@login_required
def delete_account(request):
    form = PasswordConfirmForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        member = request.user
        logout(request)
        delete_member_account(member)
        messages.success(request, _("Your account and your routines have been deleted. Take care."))
        return redirect("home")
    return render(request, "accounts/delete_account.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset, with the link in the email built from SITE_URL, never the Host header."""

    @property
    def extra_email_context(self):
        site = urlsplit(settings.SITE_URL)
        return {"protocol": site.scheme, "domain": site.netloc}
