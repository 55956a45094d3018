"""Password validation with Dutch messages.

Django 5.2 changed the message of MinimumLengthValidator ("%d" instead of "%(min_length)d") and its Dutch
catalogue has not caught up, so "123" on the signup page was answered in English. Same rule, own wording.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}
