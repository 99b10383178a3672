from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from poses.models import Contraindication


class ExperienceLevel(models.TextChoices):
    NEW = "new", _("New to yoga")
    SOME = "some", _("Some experience")
    REGULAR = "regular", _("Regular practice")


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    conditions = models.ManyToManyField(
        Contraindication,
        verbose_name=_("conditions"),
        blank=True,
        related_name="profiles",
        help_text=_("Poses to avoid or modify for these are flagged for you."),
    )
    experience_level = models.CharField(
        _("experience level"),
        max_length=10,
        choices=ExperienceLevel.choices,
        default=ExperienceLevel.NEW,
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The site opens in this language when you log in. Empty: as the address says."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return gettext("Profile of %(user)s") % {"user": self.user}
