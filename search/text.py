"""Query cleaning and the light word normalisation shared by highlighting and suggestions."""

import functools
import html
import re
import unicodedata

from django.utils import translation
from django.utils.html import strip_tags

from . import stopwords

MAX_QUERY_LENGTH = 200
# The raw parameter is cut here before any processing, so a huge query costs nothing.
MAX_RAW_LENGTH = 2000

WORD_RE = re.compile(r"[^\W_]+")

# Words that carry no meaning on their own (search/stopwords.py, shared with the engine's analysis);
# dropped from the query unless nothing else is left.
STOPWORDS = stopwords.ALL


def fold(text):
    """Lower case without accents: 'Oriëntatie' -> 'orientatie'."""
    return _fold_word(text) if len(text) <= 40 else _fold(text)


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_fold_word = functools.lru_cache(maxsize=65536)(_fold)  # words repeat: highlighting folds every word of every snippet


def words(text):
    return WORD_RE.findall(text)


def clean_query(raw, language=None):
    """(display query, search terms, truncated) for an untrusted query string.

    Stop words of `language` (default: the active language) are dropped from the search terms,
    unless nothing else is left.

    The display query is the visitor's text, trimmed and cut at MAX_QUERY_LENGTH characters on a
    word boundary. The search terms are its words only: no quotes, brackets, operators, emoji or
    backslashes ever reach an engine, so no query can be a syntax error.
    """
    text = unicodedata.normalize("NFC", (raw or "")[:MAX_RAW_LENGTH]).replace("\x00", "")
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        cut = text[:MAX_QUERY_LENGTH]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    terms = words(text)
    stop = stopwords.for_language(language or translation.get_language())
    meaningful = [term for term in terms if fold(term) not in stop]
    return text, meaningful or terms, truncated


SUFFIXES = ("heden", "iteit", "ingen", "ies", "ing", "en", "'s", "s", "e")


@functools.lru_cache(maxsize=8192)
def stem(word):
    """A deliberately light Dutch/English stem, used only to decide what to highlight (and which synonyms apply).

    organisaties/organisatie -> organisati, toezichthouders -> toezichthouder.
    """
    word = fold(word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def plain_text(value):
    """Text of a search field value (string or list of block texts) as the index sees it.

    Wagtail already turns rich text and StreamField values into plain text for indexing, so any
    '<' left here is literal text and is escaped later, never interpreted.
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(plain_text(item) for item in value)
    return " ".join(str(value).split())


def html_to_text(value):
    """Words of a raw database value that may hold rich text markup (for the suggestion vocabulary)."""
    text = str(value or "")
    if "<" in text:
        text = strip_tags(text.replace(">", "> "))
    return " ".join(html.unescape(text).split())
