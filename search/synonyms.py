"""Synonyms editors manage (the 'Synoniemen' snippet, `SynonymGroup`), applied at query time.

A query word or phrase that is a term of a group of the search page's language also searches for the
group's other terms: on the database backend as OR alternatives (`database_query`), on our engine
backends as extra should-clauses at a lower weight (`SynonymQueryCompilerMixin`). Nothing is indexed,
so a change counts at once: the groups are cached per language and the cache is cleared when a
group is saved or deleted. Limits keep any group (or query) from blowing a query up.
"""

import copy
import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from modelsearch.query import Or, PlainText

from .text import STOPWORDS, fold, html_to_text, stem, words

CACHE_SECONDS = 60 * 60
MAX_GROUP_TERMS = 12  # terms in one group
MAX_TERM_WORDS = 5  # words in one term
MAX_TERM_LENGTH = 80  # characters in one term
MAX_EXPANSIONS = 8  # terms added to one query
# Weight of a synonym's clause next to the visitor's own words on the engine.
SYNONYM_WEIGHT = 0.6

SEPARATORS = re.compile(r"[,;\n]+")


def parse_terms(text):
    """The terms of a group as lower-case words joined by single spaces; anything but words is dropped
    (so markup and operators never reach a query), duplicates and over-long terms too."""
    terms, seen = [], set()
    for part in SEPARATORS.split(html_to_text(text)):
        term_words = words(part)
        term = " ".join(term_words).lower()
        if not term or len(term_words) > MAX_TERM_WORDS or len(term) > MAX_TERM_LENGTH or fold(term) in seen:
            continue
        seen.add(fold(term))
        terms.append(term)
    return terms[:MAX_GROUP_TERMS]


def validate_terms(text):
    """The editor's terms, normalised ('Toezicht ,inspectie' -> 'toezicht, inspectie'), or a ValidationError."""
    parts = [part for part in SEPARATORS.split(html_to_text(text)) if words(part)]
    for part in parts:
        if len(words(part)) > MAX_TERM_WORDS or len(" ".join(words(part))) > MAX_TERM_LENGTH:
            message = _("Een term is te lang (hoogstens %(words)d woorden en %(length)d tekens): '%(term)s'.")
            raise ValidationError({"terms": message % {"words": MAX_TERM_WORDS, "length": MAX_TERM_LENGTH, "term": part.strip()[:40]}})
    terms = parse_terms(text)
    if len(parts) > MAX_GROUP_TERMS:
        raise ValidationError({"terms": _("Een groep heeft hoogstens %(max)d termen.") % {"max": MAX_GROUP_TERMS}})
    if len(terms) < 2:
        raise ValidationError({"terms": _("Geef minstens twee verschillende termen, gescheiden door komma's.")})
    return ", ".join(terms)


def _key(term_words):
    """How a term is compared: folded words without stop words (unless it has nothing else)."""
    folded = [fold(word) for word in term_words]
    return tuple(word for word in folded if word not in STOPWORDS) or tuple(folded)


def _cache_key(language):
    return f"search:synonyms:{language}"


def clear_cache(**kwargs):
    """Signal receiver: a group was saved or deleted."""
    from wagtail.coreutils import get_content_languages

    cache.delete_many([_cache_key(code) for code in get_content_languages()])


def groups(language):
    """[[(match key, term)]] of the language's groups, cached."""
    key = _cache_key(language)
    cached = cache.get(key)
    if cached is not None:
        return cached
    from .models import SynonymGroup

    result = []
    for text in SynonymGroup.objects.filter(locale__language_code=language).values_list("terms", flat=True):
        terms = parse_terms(text)
        if len(terms) >= 2:
            result.append([(_key(term.split()), term) for term in terms])
    cache.set(key, result, CACHE_SECONDS)
    return result


def _same(a, b):
    """Folded words that are the same or forms of one word ('inspecteurs'/'inspecteur', 'inspecties'/'inspectie')."""
    if a == b:
        return True
    return stem(a[:-1] if a.endswith("ies") else a) == stem(b[:-1] if b.endswith("ies") else b)


def _occurs(key, query_words):
    """Whether the term's words occur one after another in the query (a word matches by its fold or light stem)."""
    size = len(key)
    for start in range(len(query_words) - size + 1):
        window = query_words[start : start + size]
        if all(_same(term_word, query_word) for term_word, query_word in zip(key, window, strict=True)):
            return True
    return False


def expansions(query, language):
    """The other terms of every group one of whose terms occurs in the query (at most MAX_EXPANSIONS)."""
    if not language or not query:
        return []
    query_words = list(_key(words(query)))
    if not query_words:
        return []
    added = []
    for group in groups(language):
        if not any(key and _occurs(key, query_words) for key, _term in group):
            continue
        for key, term in group:
            if key and not _occurs(key, query_words) and term not in added:
                added.append(term)
                if len(added) >= MAX_EXPANSIONS:
                    return added
    return added


def database_query(query, language, alternatives=()):
    """The database backend's query: the visitor's words, OR each synonym or alternative (all of its words)."""
    added = expansions(query, language) + [term for term in alternatives if term]
    if not added:
        return query
    return Or([PlainText(query, operator="or"), *(PlainText(term, operator="and") for term in added)])


def query_language():
    return (translation.get_language() or "").split("-")[0] or None


class SynonymQueryCompilerMixin:
    """Engine query compiler mixin: each synonym of the query as an extra should-clause at SYNONYM_WEIGHT,
    built by the compiler's own query builder (same fields, analysis and ranking as the visitor's words)."""

    def get_inner_query(self):
        inner = super().get_inner_query()
        if not isinstance(self.query, PlainText):
            return inner
        added = expansions(self.query.query_string, query_language())
        if not added:
            return inner
        should, counting = [inner], [getattr(self, "counting_inner", None)]
        for term in added:
            clone = copy.copy(self)
            clone.query = PlainText(term, operator="and")
            clone.proximity_in_rescore = False  # a synonym's clauses stay inside its own weighted clause
            clone.counting_inner = None
            should.append({"bool": {"must": [super(SynonymQueryCompilerMixin, clone).get_inner_query()], "boost": SYNONYM_WEIGHT}})
            counting.append(clone.counting_inner)
        # Counting (no scores): the same alternatives, each with its fewer-clause equivalent when all have one.
        self.counting_inner = {"bool": {"should": counting}} if None not in counting else None
        return {"bool": {"should": should}}
