from django.urls import path

from core.fragments import fetch, fragment_key, remembered, store_many
from core.pagecache import cache_for_readers

from . import fragments, generator_views, views

app_name = "routines"

# Builder plans, steps and picker listings are kept as core.fragments keeps shared content.
fragments.use_shared_content(fragment_key, remembered, fetch, store_many)

urlpatterns = [
    path("", cache_for_readers(views.RoutineListView.as_view()), name="list"),
    path("new/", views.RoutineCreateView.as_view(), name="create"),
    path("starters/", cache_for_readers(views.starter_list), name="starters"),
    path("add-pose/", views.add_pose, name="add-pose"),
    path("<int:pk>/", cache_for_readers(views.routine_detail), name="detail"),
    path("<int:pk>/edit/", cache_for_readers(views.routine_builder), name="edit"),
    path("<int:pk>/details/", views.RoutineUpdateView.as_view(), name="update"),
    path("<int:pk>/delete/", views.RoutineDeleteView.as_view(), name="delete"),
    path("<int:pk>/copy/", views.routine_copy, name="copy"),
    path("<int:pk>/practice/", cache_for_readers(views.practice), name="practice"),
    path("<int:pk>/practice/log/", views.practice_log, name="practice-log"),
    path("history/", cache_for_readers(views.history), name="history"),
    path("<int:pk>/picker/", views.picker, name="picker"),
    path("<int:pk>/steps/add/", views.step_add, name="step-add"),
    path("<int:pk>/steps/reorder/", views.steps_reorder, name="steps-reorder"),
    path("<int:pk>/steps/<int:step_pk>/", views.step_update, name="step-update"),
    path("<int:pk>/steps/<int:step_pk>/move/", views.step_move, name="step-move"),
    path("<int:pk>/steps/<int:step_pk>/remove/", views.step_remove, name="step-remove"),
    path("shared/<str:token>/", views.routine_shared, name="shared"),
    path("shared/<str:token>/practice/", views.shared_practice, name="shared-practice"),
    path(
        "shared/<str:token>/practice/log/",
        views.shared_practice_log,
        name="shared-practice-log",
    ),
    path("shared/<str:token>/copy/", views.shared_copy, name="shared-copy"),
    path("generate/", cache_for_readers(generator_views.generate), name="generate"),
    path("generate/practice/", generator_views.generate_practice, name="generate-practice"),
    path("generate/save/", generator_views.generate_save, name="generate-save"),
]
