from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

import idempotency

from .models import Comment

SCORES = [
    (score, format_lazy(ngettext_lazy("{} star", "{} stars", score), score))
    for score in range(1, 6)
]


class CommentForm(idempotency.IdempotentFormMixin, forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["body"]
        labels = {"body": "Your comment"}
        help_texts = {
            "body": "Plain text, up to 2,000 characters. An editor reads every comment "
            "before it appears."
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "body": {
                "required": _("Write your comment before posting it."),
                "max_length": "Shorten your comment to 2,000 characters or fewer "
                "(it has %(show_value)d).",
            }
        }


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose from 1 to 5 stars, then save your rating."),
            "invalid_choice": _("Choose from 1 to 5 stars, then save your rating."),
        },
    )
