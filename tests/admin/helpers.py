"""Admin test helpers: editors made the way the README says, and admin forms posted back."""

import io

from django.core.management import call_command
from django.db.models.fields.files import FieldFile
from django.forms import MultiWidget
from django.urls import reverse

from tests.factories import make_user


def make_editor(username="editor"):
    user = make_user(username)
    call_command("make_editor", username, stdout=io.StringIO())
    user.refresh_from_db()
    assert user.groups.filter(name="Editors").exists()
    return user


def make_superuser(username="admin"):
    return make_user(username, is_staff=True, is_superuser=True)


def admin_url(model, view="changelist", *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def _field_data(form, name, field):
    """The POST data a browser would send for one field left as it is."""
    value = form[name].value()
    key = form.add_prefix(name)
    if isinstance(field.widget, MultiWidget):
        values = field.widget.decompress(value)
        return {f"{key}_{index}": "" if v is None else v for index, v in enumerate(values)}
    # Files are never posted back: a browser leaves the file input empty.
    if value is None or value is False or isinstance(value, FieldFile) or hasattr(value, "read"):
        return {}
    if value is True:
        return {key: "on"}
    if isinstance(value, list | tuple):
        return {key: [str(v) for v in value]}
    return {key: value}


def _form_data(form):
    data = {}
    for name, field in form.fields.items():
        data.update(_field_data(form, name, field))
    return data


def form_data(response):
    """Everything the admin add/change page would post back unchanged, inlines included."""
    data = _form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update({management.add_prefix(k): v for k, v in management.initial.items()})
        for form in formset.initial_forms:
            data.update(_form_data(form))
        # Extra forms are left blank, as an editor who ignores them would.
        data[management.add_prefix("TOTAL_FORMS")] = len(formset.initial_forms)
    return data


def run_action(client, model, action, objects, **extra):
    return client.post(
        admin_url(model),
        {"action": action, "_selected_action": [obj.pk for obj in objects], **extra},
        follow=True,
    )


def messages_of(response):
    return [str(message) for message in response.context["messages"]]
