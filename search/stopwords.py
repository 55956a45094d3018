"""Stop words of the search analysis, in one place.

Used by the engine's index settings (the `dutch_stop`/`english_stop` filters of
`search.backends.analysis`) and by the Python query cleaning and highlighting (`search.text`), so a
word the engine ignores is never searched for or marked in Python either. Lower case, accents
folded (the engine folds before it removes stop words). Common prepositions, articles, pronouns,
conjunctions, adverbs and auxiliary verbs only: no word of the site's subject matter.
"""

DUTCH = frozenset(
    """
    aan al alle alles als alsof altijd andere ben bij binnen daar daarna daarom dan dat de deze die dit doch doen door dus een eens
    en er ge geen geweest had hadden haar hare heb hebben hebt heeft hem hen het hier hij hoe hun ik in is ja je jij jou jouw jullie
    kan kon konden kun kunnen kunt maar me meer men met mij mijn moet moeten mocht mag mogen na naar naast niet niets nog nu of om
    omdat ons onze ook op over per reeds sinds te tegen tijdens toch toen tot tussen u uit uw van vanaf veel via volgens voor
    waar waarom wanneer want waren was wat we welk welke werd werden wie wij wil willen word wordt worden zal zelf zich zij zijn
    zo zoals zonder zou zouden zullen
    """.split()  # noqa: SIM905 - a readable block of words
)

ENGLISH = frozenset(
    """
    a about after again all also am an and any are as at be because been before being both but by can could did do does doing
    during each few for from further had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not of off on once only or other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we were what when where which while who
    whom whose why will with would you your yours
    """.split()  # noqa: SIM905 - a readable block of words
)

BY_LANGUAGE = {"nl": DUTCH, "en": ENGLISH}
# For text whose language is not known.
ALL = DUTCH | ENGLISH


def for_language(language):
    """The stop words of a language code ('nl', 'en-gb'); both lists for an unknown or missing language."""
    return BY_LANGUAGE.get((language or "").split("-")[0].lower(), ALL)
