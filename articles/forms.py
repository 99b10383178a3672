from django import forms

import idempotency

from .models import Comment

SCORES = [(score, f"{score} star{'s' if score > 1 else ''}") for score in range(1, 6)]


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
                "required": "Write your comment before posting it.",
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
            "required": "Choose from 1 to 5 stars, then save your rating.",
            "invalid_choice": "Choose from 1 to 5 stars, then save your rating.",
        },
    )
