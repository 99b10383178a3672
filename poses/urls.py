from django.urls import path

from . import views

app_name = "poses"

urlpatterns = [
    path("", views.pose_list, name="list"),
    path("figure-preview.svg", views.figure_preview, name="figure-preview"),
    path("<slug:slug>/", views.pose_detail, name="detail"),
]
