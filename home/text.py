"""Fitting user-supplied text into bounded columns.

Normalisation can make text longer ('İ'.lower() is two characters, NFKC expands ligatures), so a value is
cut to the column's length only after it has been normalised, and never between a character and its
combining marks.
"""

import unicodedata


def fit(value, max_length):
    """`value` (already normalised) cut to at most `max_length` characters, on a character boundary."""
    if len(value) <= max_length:
        return value
    end = max_length
    # A cut just before a combining mark would separate it from its base character: drop that cluster too.
    while end > 0 and unicodedata.combining(value[end]):
        end -= 1
    return value[:end]


def fit_to_field(model, field_name, value):
    """`value` cut to the max_length of `model.field_name`."""
    return fit(value, model._meta.get_field(field_name).max_length)
