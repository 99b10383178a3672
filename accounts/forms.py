from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from .models import Profile


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        help_text=_("Only used to reset your password if you forget it. Never shown to anyone."),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email"]
        help_texts = {
            "username": _(
                "Shown next to your comments and shared routines. Letters, digits and "
                "@ . + - _ only, up to 150 characters."
            ),
        }

    def clean_username(self):
        username = self.cleaned_data.get("username")
        # The handle is public anyway, so saying it is taken reveals nothing private.
        if username and self._meta.model.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("That username is taken; please choose another one."))
        return username


class LanguageSelect(forms.Select):
    """Each language is named in itself, so each option says which language it is in."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["conditions", "experience_level", "language"]
        widgets = {
            "conditions": forms.CheckboxSelectMultiple,
            "experience_level": forms.RadioSelect,
            "language": LanguageSelect,
        }
        labels = {
            "conditions": _("My conditions"),
            "experience_level": _("My experience"),
            "language": _("My language"),
        }
        help_texts = {
            "conditions": _(
                "Poses to avoid with these are hidden from “safe for me” and flagged "
                "in your routines; poses to modify show how. Only you can see this."
            ),
        }


class PasswordConfirmForm(forms.Form):
    """Re-enter the password before something that cannot be undone."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password to confirm."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                "That is not your password. Type it again, or reset it first if you forgot it."
            )
        return password
