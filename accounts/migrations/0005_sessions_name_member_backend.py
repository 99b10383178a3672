"""Sessions signed in through Django's ModelBackend name accounts.backends.MemberBackend, which
replaced it: a session naming a backend no longer configured would be signed out."""

from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import migrations

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
MEMBER_BACKEND = "accounts.backends.MemberBackend"


def renamer(old, new):
    def rename(apps, schema_editor):
        Session = apps.get_model("sessions", "Session")
        # Its signing salt is the class's name, which every session store here shares.
        store = SessionStore()
        for session in Session.objects.filter(session_data__isnull=False).iterator():
            data = store.decode(session.session_data)
            if data.get(BACKEND_SESSION_KEY) == old:
                data[BACKEND_SESSION_KEY] = new
                session.session_data = store.encode(data)
                session.save(update_fields=["session_data"])

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_verbose_names_for_translation"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            renamer(MODEL_BACKEND, MEMBER_BACKEND), renamer(MEMBER_BACKEND, MODEL_BACKEND)
        ),
    ]
