"""Query cleaning and the light word normalisation shared by highlighting and suggestions."""

import html
import re
import unicodedata

from django.utils.html import strip_tags

MAX_QUERY_LENGTH = 200
# The raw parameter is cut here before any processing, so a huge query costs nothing.
MAX_RAW_LENGTH = 2000

WORD_RE = re.compile(r"[^\W_]+")

# Words that carry no meaning on their own; dropped from the query unless nothing else is left.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "in",
        "op",
        "te",
        "aan",
        "met",
        "voor",
        "door",
        "bij",
        "uit",
        "als",
        "om",
        "over",
        "naar",
        "dan",
        "dat",
        "die",
        "dit",
        "deze",
        "is",
        "zijn",
        "was",
        "er",
        "ook",
        "nog",
        "niet",
        "wel",
        "maar",
        "hoe",
        "wat",
        "wie",
        "waar",
        "welke",
        "je",
        "u",
        "we",
        "wij",
        "ik",
        "hij",
        "zij",
        "ze",
        "mijn",
        "ons",
        "onze",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "to",
        "at",
        "with",
        "for",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "be",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "how",
        "what",
        "who",
    ]
)


def fold(text):
    """Lower case without accents: 'Oriëntatie' -> 'orientatie'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    return WORD_RE.findall(text)


def clean_query(raw):
    """(display query, search terms, truncated) for an untrusted query string.

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
    meaningful = [term for term in terms if fold(term) not in STOPWORDS]
    return text, meaningful or terms, truncated


SUFFIXES = ("heden", "iteit", "ingen", "ies", "ing", "en", "'s", "s", "e")


def stem(word):
    """A deliberately light Dutch/English stem, used only to decide what to highlight.

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
