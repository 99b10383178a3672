from django.urls import path

from . import views

app_name = "routines"

urlpatterns = [
    path("", views.routine_list, name="list"),
    path("starters/", views.starter_list, name="starters"),
]
urlpatterns += [path("<int:pk>/", views.routine_detail, name="detail")]
