from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from poses.models import Contraindication


class ExperienceLevel(models.TextChoices):
    NEW = "new", _("New to yoga")
    SOME = "some", _("Some experience")
    REGULAR = "regular", _("Regular practice")


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    conditions = models.ManyToManyField(
        Contraindication,
        blank=True,
        related_name="profiles",
        help_text=_("Poses to avoid or modify for these are flagged for you."),
    )
    experience_level = models.CharField(
        max_length=10, choices=ExperienceLevel.choices, default=ExperienceLevel.NEW
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The site opens in this language when you log in. Empty: as the address says."),
    )

    def __str__(self):
        return f"Profile of {self.user}"
