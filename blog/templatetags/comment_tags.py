import secrets

from django import template

register = template.Library()


@register.simple_tag
def submission_token():
    """A fresh random key for one rendered comment form (see CommentForm.submission_token)."""
    return secrets.token_urlsafe(24)
