from django.urls import path

from core.ratelimit import rate_limit

from . import views

app_name = "accounts"

urlpatterns = [
    path("signup/", rate_limit("signup", limit=5, window=3600)(views.signup), name="signup"),
    path("profile/", views.profile, name="profile"),
    path("export/", views.export, name="export"),
    path(
        "delete/",
        rate_limit("account-delete", limit=5, window=3600)(views.delete_account),
        name="delete",
    ),
]
