from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

EDITORS = "Editors"


class Command(BaseCommand):
    help = "Make an existing user an editor: join the Editors group and let them log in to admin."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user's login name.")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(
                f'There is no user "{username}". Have them sign up on the site (or run '
                f"`python manage.py createsuperuser` for an admin), then run this again."
            ) from None
        try:
            editors = Group.objects.get(name=EDITORS)
        except Group.DoesNotExist:
            raise CommandError(
                "The Editors group does not exist yet. Run `python manage.py migrate` first."
            ) from None
        user.groups.add(editors)
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        self.stdout.write(
            self.style.SUCCESS(f'"{username}" is an editor and can log in at /admin/.')
        )
