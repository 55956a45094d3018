"""Result snippets with the query words marked.

The text is escaped piece by piece and only our own <mark> elements are added around matched
words, so markup in page content can never reach the page unescaped.
"""

from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import stopwords
from .text import WORD_RE, fold, stem

ELLIPSIS = "…"


def term_matcher(terms):
    """A predicate telling whether a word of the text matches one of the query terms.

    Stop words (search/stopwords.py, as in the engine's analysis) are never marked, unless the query has nothing else.
    """
    terms = [term for term in terms if term]
    stop = stopwords.for_language(translation.get_language())
    terms = [term for term in terms if fold(term) not in stop] or terms
    stems = {stem(term) for term in terms}
    stems = {s for s in stems if len(s) >= 2}

    known = {}

    def matches(word):
        if word not in known:
            known[word] = _matches(word)
        return known[word]

    def _matches(word):
        folded = fold(word)
        for s in stems:
            if folded == s or (len(s) >= 3 and folded.startswith(s)):
                return True
            # Compounds: 'werk' inside 'inspectiewerk', 'verandering' inside 'gedragsverandering'
            if len(s) >= 4 and s in folded:
                return True
        return False

    return matches


def _matched_spans(text, matches):
    return [(m.start(), m.end(), fold(m.group())) for m in WORD_RE.finditer(text) if matches(m.group())]


def _best_window(text, spans, length):
    """Start offset of the window of `length` characters holding the most distinct matches."""
    if not spans or len(text) <= length:
        return 0
    best_start, best_score = 0, (-1, -1)
    for start, _end, _word in spans:
        window_start = max(0, start - 40)
        window_end = window_start + length
        inside = [word for s, e, word in spans if s >= window_start and e <= window_end]
        score = (len({stem(w) for w in inside}), len(inside))
        if score > best_score:
            best_start, best_score = window_start, score
    return best_start


def _snap(text, start, end):
    """Move the window edges to word boundaries."""
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def highlight(text, terms, length=240):
    """An HTML-safe snippet of `text` of about `length` characters with matched words in <mark>.

    Returns (snippet, matched): matched is False when no query word occurs in the text.
    """
    text = text or ""
    spans = _matched_spans(text, term_matcher(terms)) if any(terms) else []
    start = _best_window(text, spans, length)
    start, end = _snap(text, start, min(len(text), start + length))
    pieces = [ELLIPSIS] if start > 0 else []
    cursor = start
    for s, e, _word in spans:
        if s < start or e > end:
            continue
        pieces.append(escape(text[cursor:s]))
        pieces.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append(ELLIPSIS)
    return mark_safe("".join(pieces)), bool(spans)  # noqa: S308 - every piece of page text is escaped above


def highlight_title(title, terms):
    """The whole title, escaped, with matched words marked."""
    matches = term_matcher(terms)
    out, cursor = [], 0
    for m in WORD_RE.finditer(title):
        if matches(m.group()):
            out.append(escape(title[cursor : m.start()]))
            out.append(f"<mark>{escape(m.group())}</mark>")
            cursor = m.end()
    out.append(escape(title[cursor:]))
    return mark_safe("".join(out))  # noqa: S308 - escaped piece by piece
