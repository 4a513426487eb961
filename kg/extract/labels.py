"""Quoted labels: "Ulm described Ortiz as “a career politician”", "Lee called the
bank’s behavior “outrageous”", "Varga has been pounding Ortiz as a “con artist”".

A verb of naming, its object and a quote that closes the phrase make one attribution whose
content runs from the object to the end of the quote (PolNeAR's extent). The verbs are not
verbs of saying, so neither the quote frames of :mod:`kg.extract.direct` nor the cue model
(which rarely sees them with a quote) find these.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.phrases import np_before
from kg.extract.quotes import Quote
from kg.extract.wordsets import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, words

#: Forms of the verbs that hand a quoted label to their object.
_NAMING = words(
    """describe describes described describing call calls called calling label labels
    labeled labelled labeling brand brands branded branding dub dubs dubbed dubbing term
    terms termed characterize characterizes characterized characterizing portray portrays
    portrayed portraying paint paints painted painting cast casts casting deride derides
    derided deriding blast blasts blasted blasting slam slams slammed slamming praise
    praises praised praising hail hails hailed hailing mock mocks mocked mocking decry
    decries decried denounce denounces denounced denouncing dismiss dismisses dismissed
    dismissing pounding"""
)
#: Words that may not stand between the verb and the quote: a clause or another phrase.
_BREAKS = words(
    """that which who whom whose when where while because if and but or for to from by with
    about after before said says say told"""
)
#: Longest object (tokens) between the verb and the quote.
_MAX_OBJECT = 8


def labelled_quote(doc: Doc, index: int) -> Found | None:
    """The attribution of quote ``index`` when a naming verb and its object precede it."""
    return _naming_verb_label(doc, index) or _as_label(doc, index)


def _naming_verb_label(doc: Doc, index: int) -> Found | None:
    quote = doc.quotes[index]
    first = quote.first
    sent_start = doc.sentence_bounds(first)[0]
    verb = None
    for k in range(first - 1, max(sent_start, first - _MAX_OBJECT - 1) - 1, -1):
        token = doc.tokens[k]
        if token.lower in _NAMING and token.text.islower():
            verb = k
            break
        if doc.quote_of[k] != -1 or token.lower in _BREAKS or token.text in {".", ";", ":"}:
            return None
    last = _paired_label(doc, index)
    if verb is None or verb + 1 >= first or verb in doc.used or not _closes_sentence(doc, last):
        # A quote with words after it in its sentence: PolNeAR's content runs on ("a
        # “champion” for its constituency"); the reported-speech step reads the clause.
        return None
    if doc.tokens[verb].lower.endswith("ing") and doc.tokens[verb - 1].text == ",":
        return None  # ", calling him “a loser”": the subject is further back
    source = np_before(doc, verb, sent_start)
    if source is None or doc.any_used(*source):
        return None
    if source[0] > sent_start and doc.tokens[source[0] - 1].lower == "what":
        return None  # "what he called a “blatant breach” of …" is a phrase of the sentence
    return _label_found(doc, index, (verb, verb + 1), source)


def _paired_label(doc: Doc, index: int) -> Quote:
    """The last quote of "“weak” and “disappointing”" / "a “leech” and a “brat”" that
    starts with quote ``index``: a naming verb hands both labels to its object (PolNeAR's
    content runs to the second)."""
    quote = doc.quotes[index]
    if index + 1 >= len(doc.quotes) or not quote.closed:
        return quote
    following = doc.quotes[index + 1]
    between = [doc.tokens[k].lower for k in range(quote.last + 1, following.first)]
    if between in (["and"], ["and", "a"], ["and", "an"], ["and", "the"]):
        return following
    return quote


def _label_found(doc: Doc, index: int, cue: tuple[int, int], source: tuple[int, int]) -> Found:
    last = _paired_label(doc, index)
    lo, hi = last.inner()
    while hi > lo + 1 and doc.tokens[hi - 1].text in {",", ":", ";"}:
        hi -= 1
    quotes = [index] if last is doc.quotes[index] else [index, index + 1]
    return Found(
        content=[(cue[1], hi)],
        cue=cue,
        source=source,
        kind="direct",
        confidence=0.6,
        frame=(source[0], cue[1]),
        quotes=quotes,
    )


#: Objects a verb may cast "as" a quoted label besides a capitalised name.
_OBJECT_PRONOUNS = words("him her them it himself herself themselves")
#: Particles of a phrasal verb before its object ("has gone after Ortiz as a “…”"): unlike
#: :data:`~kg.extract.wordsets.PARTICLES`, without "back" and "away", with "after" and "on".
_PARTICLES_BEFORE_OBJECT = words("after on up down out off")
#: Irregular forms that the particles make phrasal verbs of ("has gone after").
_PHRASAL_VERBS = words("go gone come take taken")
#: Longest name (tokens) taken as the object of an "as" label.
_MAX_NAME = 4


def _as_label(doc: Doc, index: int) -> Found | None:
    """ "Varga has gone after Ortiz as a “con artist”", "openly admires Lee as a “strong
    leader,” comparing …": any verb that casts a named object "as" a quoted label gives
    the subject's label (PolNeAR's content: the object to the end of the quote, 9 times
    in train where no naming verb stands); a comma may go on after the quote."""
    quote = doc.quotes[index]
    k = quote.first - 1
    if k > 0 and doc.tokens[k].lower in {"a", "an", "the"}:
        k -= 1
    last = _paired_label(doc, index)
    if k < 2 or doc.tokens[k].lower != "as" or not _label_ends(doc, last):
        return None
    sent_start = doc.sentence_bounds(quote.first)[0]
    obj = _object_before(doc, k, sent_start)
    if obj is None or obj - 1 <= sent_start:
        return None
    verb = obj - 1
    if doc.tokens[verb].lower in _PARTICLES_BEFORE_OBJECT:
        verb -= 1
    word = doc.tokens[verb].text
    phrasal = verb < obj - 1 and word in _PHRASAL_VERBS
    if not (_verb_form(word) or phrasal) or doc.any_used(verb, k):
        return None
    source = np_before(doc, verb, sent_start)
    if source is None or doc.any_used(*source):
        return None
    return _label_found(doc, index, (verb, obj), source)


def _object_before(doc: Doc, as_at: int, floor: int) -> int | None:
    """First token of the name or object pronoun right before "as"."""
    k = as_at - 1
    if doc.tokens[k].lower in _OBJECT_PRONOUNS:
        return k
    start = as_at
    while k > floor and as_at - k <= _MAX_NAME and doc.tokens[k].text[:1].isupper():
        start = k
        k -= 1
    return start if start < as_at else None


def _verb_form(word: str) -> bool:
    """A lowercase word that can be a finite verb or participle ("admires", "gone")."""
    lower = word.lower()
    return word.islower() and (
        lower.endswith(("s", "ed", "ing"))
        or lower in IRREGULAR_PAST
        or lower in IRREGULAR_PARTICIPLES
    )


def _label_ends(doc: Doc, quote: Quote) -> bool:
    """The quote closes its sentence or a comma or dash follows it."""
    if _closes_sentence(doc, quote):
        return True
    after = quote.last + 1
    inner_last = doc.tokens[quote.last - 1].text if quote.last > quote.first else ""
    return inner_last == "," or (
        after < len(doc.tokens) and doc.tokens[after].text in {",", "—", "―", "–", "--"}
    )


def _closes_sentence(doc: Doc, quote: Quote) -> bool:
    """Only punctuation follows the quote in its sentence (and paragraph)."""
    end = min(doc.sentence_bounds(quote.last)[1], quote.last + 1 + _MAX_OBJECT)
    return all(
        not doc.tokens[k].is_word and doc.tokens[k].para == doc.tokens[quote.last].para
        for k in range(quote.last + 1, end)
    )
