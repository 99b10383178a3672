from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group

from .models import Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "experience_level")
    list_filter = ("experience_level", "conditions")
    search_fields = ("user__username", "user__email")
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    filter_horizontal = ("conditions",)


admin.site.unregister(Group)


@admin.register(Group)
class FilterableGroupAdmin(GroupAdmin):
    # Django's own has search but no filter; every changelist here has both.
    list_filter = ("permissions__content_type__app_label",)
