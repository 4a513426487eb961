"""Quoted labels: "Ham described Clinton as “a lifetime politician”", "Warren called Wells
Fargo’s behavior “outrageous”", "Reid has been pounding Trump as a “con artist”".

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
from kg.extract.wordsets import words

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
    if verb is None or verb + 1 >= first or verb in doc.used or not _closes_sentence(doc, quote):
        # A quote with words after it in its sentence: PolNeAR's content runs on ("a
        # “champion” for its constituency"); the reported-speech step reads the clause.
        return None
    if doc.tokens[verb].lower.endswith("ing") and doc.tokens[verb - 1].text == ",":
        return None  # ", calling him “a loser”": the subject is further back
    source = np_before(doc, verb, sent_start)
    if source is None or any(k in doc.used for k in range(*source)):
        return None
    if source[0] > sent_start and doc.tokens[source[0] - 1].lower == "what":
        return None  # "what he called a “brazen breach” of …" is a phrase of the sentence
    lo, hi = quote.inner()
    while hi > lo + 1 and doc.tokens[hi - 1].text in {",", ":", ";"}:
        hi -= 1
    return Found(
        content=[(verb + 1, hi)],
        cue=(verb, verb + 1),
        source=source,
        kind="direct",
        confidence=0.6,
        frame=(source[0], verb + 1),
        quotes=[index],
    )


def _closes_sentence(doc: Doc, quote: Quote) -> bool:
    """Only punctuation follows the quote in its sentence (and paragraph)."""
    end = min(doc.sentence_bounds(quote.last)[1], quote.last + 1 + _MAX_OBJECT)
    return all(
        not doc.tokens[k].is_word and doc.tokens[k].para == doc.tokens[quote.last].para
        for k in range(quote.last + 1, end)
    )
