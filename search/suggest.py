"""'Bedoelde je ...?': a small edit-distance speller over the words of a locale's pages (titles and intros; whole texts
on a site of up to BODY_WORDS_MAX_PAGES pages per language)."""

from collections import Counter

from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist

from wagtail.models import get_page_models

from .text import fold, html_to_text, words

CACHE_SECONDS = 60 * 60
MIN_WORD_LENGTH = 3


def _cache_key(locale):
    return f"search:vocabulary:{locale.language_code}"


def clear_vocabulary(**kwargs):
    """Signal receiver: what a visitor may find changed (publication, privacy, move, deletion); rebuild on next use.

    No database query here: it runs once per page when a whole subtree is deleted or unpublished.
    """
    from wagtail.coreutils import get_content_languages

    cache.delete_many([f"search:vocabulary:{code}" for code in get_content_languages()])


# Up to this many pages in a language, the words of their whole text (bodies too) are in the vocabulary; above it
# only titles, descriptions and introductions, so building it stays cheap on a large site.
BODY_WORDS_MAX_PAGES = 1000


def _page_texts(base_queryset):
    yield from base_queryset.values_list("title", flat=True)
    yield from base_queryset.values_list("search_description", flat=True)
    if base_queryset.count() <= BODY_WORDS_MAX_PAGES:
        from .engine import snippet_source  # the engine module imports this one

        for page in base_queryset.specific().iterator(chunk_size=200):
            yield snippet_source(page)
        return
    for model in get_page_models():
        try:
            model._meta.get_field("intro")
        except FieldDoesNotExist:
            continue
        if model._meta.get_field("intro").model is not model:
            continue
        yield from model.objects.filter(pk__in=base_queryset.values("pk")).values_list("intro", flat=True)


def vocabulary(locale, base_queryset):
    """{folded word: (count, display form)} for the locale, cached."""
    key = _cache_key(locale)
    cached = cache.get(key)
    if cached is not None:
        return cached
    counts, forms = Counter(), {}
    for text in _page_texts(base_queryset):
        for word in words(html_to_text(text)):
            if len(word) < MIN_WORD_LENGTH or word.isdigit():
                continue
            folded = fold(word)
            counts[folded] += 1
            forms.setdefault(folded, word.lower())
    vocab = {word: (count, forms[word]) for word, count in counts.items()}
    cache.set(key, vocab, CACHE_SECONDS)
    return vocab


def distance(a, b, limit):
    """Damerau-Levenshtein distance (adjacent swaps count once), or limit + 1 when above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def correct_word(word, vocab):
    """The most likely intended vocabulary word, or None when the word is known or nothing is close."""
    folded = fold(word)
    if folded in vocab or len(folded) < 4 or folded.isdigit():
        return None
    limit = 1 if len(folded) <= 5 else 2
    best, best_key = None, None
    for candidate, (count, form) in vocab.items():
        if abs(len(candidate) - len(folded)) > limit:
            continue
        d = distance(folded, candidate, limit)
        if d > limit:
            continue
        key = (d, -count, candidate)
        if best_key is None or key < best_key:
            best, best_key = form, key
    return best


def suggest(terms, locale, base_queryset):
    """A corrected query string, or None when every word is known or no correction is found."""
    vocab = vocabulary(locale, base_queryset)
    corrected, changed = [], False
    for term in terms:
        replacement = correct_word(term, vocab)
        if replacement and fold(replacement) != fold(term):
            corrected.append(replacement)
            changed = True
        else:
            corrected.append(term.lower())
    return " ".join(corrected) if changed else None


# Compounds on the database path (the engine has its own n-gram subfield): Dutch writes compounds as one word.
COMPOUND_PART_MIN = 4
LINKS = ("", "s", "e", "en")
MAX_COMPOUND_ALTERNATIVES = 6


def compound_alternatives(terms, vocab):
    """Vocabulary words and word pairs a query may have meant as one compound or its parts, most frequent first:
    a word inside longer words ('cookies' -> 'trackingcookies', 'vakmens' -> 'vakmensen'), a word that splits into
    two known words ('risicoanalyse' -> 'risico analyse') and two query words written as one ('systeem analyse' ->
    'systeemanalyse')."""
    folded = [fold(term) for term in terms]
    found = {}  # alternative -> frequency
    for word in folded:
        if len(word) < COMPOUND_PART_MIN or word.isdigit():
            continue
        for candidate, (count, form) in vocab.items():
            if candidate != word and len(candidate) > len(word) and (candidate.startswith(word) or candidate.endswith(word)):
                found[form] = max(found.get(form, 0), count)
        for cut in range(3, len(word) - 2):
            head, rest = word[:cut], word[cut:]
            if head not in vocab:
                continue
            for link in LINKS:
                tail = rest[len(link) :]
                if not rest.startswith(link) or len(tail) < 3:
                    continue
                if tail in vocab:
                    found[f"{vocab[head][1]} {vocab[tail][1]}"] = min(vocab[head][0], vocab[tail][0])
                elif len(tail) >= COMPOUND_PART_MIN + 1:
                    # The tail known only as the end of another compound ('analyse' of 'systeemanalyse').
                    for candidate, (count, form) in vocab.items():
                        if candidate.endswith(tail) and candidate != tail:
                            found[f"{vocab[head][1]} {form}"] = min(vocab[head][0], count)
    for first, second in zip(folded, folded[1:], strict=False):
        for link in LINKS:
            joined = first + link + second
            if joined in vocab:
                found[vocab[joined][1]] = vocab[joined][0]
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return [alternative for alternative, _count in ranked[:MAX_COMPOUND_ALTERNATIVES]]
