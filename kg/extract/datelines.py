"""Datelines: the place (and maybe date and agency) that opens a wire story's first
paragraph, "CLEVELAND —", "ORLANDO, Fla. (Reuters) -", "PARIS, Aug 31 (Reuters) -".

A dateline says where the story was filed, not who speaks: a source or a sentence's
subject starts after it. One reading serves the speaker, the subject and the phrase
finders, so they cannot disagree about what a dateline is.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.names import shouted
from kg.extract.transcripts import heading_colon
from kg.extract.wordsets import DASHES

#: Dashes after a dateline ("WASHINGTON ― …" in HuffPost's layout uses a horizontal bar).
DATELINE_DASHES = DASHES | {"―"}
#: Longest place, state, date and agency of a dateline before its dash ("ATLANTIC CITY,
#: N.J. (AP) —", "PARIS, Aug 31 (Reuters) -").
_MAX_DATELINE = 10


def after_dateline(doc: Doc, start: int, end: int) -> int:
    """The first token after a dateline opening at ``start`` (before ``end``), or
    ``start`` when there is none: a place in capitals ("CLEVELAND —", "LOS ANGELES (AP)
    —"), with its state or date ("BUENA PARK, Calif. -", "PARIS, Aug 31 (Reuters) -"), or a
    place in ordinary case before a news agency ("Washington (AFP) –"); not "FBI Director
    Ann Lee — a judge — said", where a name runs on from the capitals. Without it the
    place was the source of a participle later in the sentence (train: 6 such sources,
    all wrong)."""
    tokens = doc.tokens
    if start >= end or not tokens[start].is_cap:
        return start  # nearly every call: both kinds of dateline open with a capital
    stop = min(end, start + _MAX_DATELINE)
    # A dateline ends in its own paragraph.
    stop = next((j for j in range(start, stop) if tokens[j].para != tokens[start].para), stop)
    j = start
    while j < stop and shouted(tokens[j].text):
        j += 1
    if j == start:
        agency = _place_before_agency(doc, start, stop)
        if agency is None:
            return start  # a place in ordinary case only before an agency's parenthesis
        j = agency
    if j < stop and tokens[j].text == ",":
        j += 1  # the state or date: "Calif.", "N.J.", "Aug 31"
        while j < stop and tokens[j].text not in DATELINE_DASHES and tokens[j].text != "(":
            if not _in_state_or_date(tokens[j].text):
                return start  # "NASA, which ran the test - said": a clause, no dateline
            j += 1
    if j < stop and tokens[j].text == "(":
        close = next((c for c in range(j + 1, stop) if tokens[c].text == ")"), None)
        if close is None:
            return start
        j = close + 1
    if j < stop and tokens[j].text in DATELINE_DASHES:
        return j + 1
    return start


#: Most words of a place in ordinary case before an agency ("New York (AFP) –").
_MAX_PLACE_WORDS = 3


def _place_before_agency(doc: Doc, start: int, stop: int) -> int | None:
    """ "Washington (AFP) –", "New York (AFP) –", "Des Moines (AP) —": the index of the
    agency's opening parenthesis after a place of up to three capitalised words, else
    None."""
    for j in range(start + 1, min(stop, start + 1 + _MAX_PLACE_WORDS)):
        if doc.tokens[j].text == "(":
            return j if j == start + 1 or _agency(doc, j, stop) else None
        if not doc.tokens[j].is_cap:
            return None
    return None


def _agency(doc: Doc, opening: int, stop: int) -> bool:
    """One capitalised word in the parenthesis ("(AFP)", "(Reuters)"), not a party label:
    "Sen. Ann Lee (D-Ohio) — a critic — said" has no dateline."""
    word = doc.tokens[opening + 1].text if opening + 1 < stop else ""
    return (
        opening + 2 < stop
        and doc.tokens[opening + 2].text == ")"
        and len(word) > 1
        and word.isalpha()
        and word[0].isupper()
    )


def _in_state_or_date(text: str) -> bool:
    """A word of a dateline's state or date: capitalised, a number or a stop or comma."""
    return text[:1].isupper() or text.isdigit() or text in {".", ","}


#: The forms of "a.m." and "p.m." as the tokenizer leaves them (the stop is a token).
_CLOCK_HALVES = frozenset({"a.m", "p.m", "am", "pm", "a.m.", "p.m."})


def after_heading(doc: Doc, start: int, end: int) -> int:
    """The first token after a heading that opens the paragraph at ``start``, or
    ``start``: a live blog's time stamp ("10:42 a.m. —") or a fact-check's heading in
    capitals ("THE FACTS:"). Either files the paragraph, as a dateline does; neither is
    part of what someone said in it."""
    tokens = doc.tokens
    if start > 0 and tokens[start - 1].para == tokens[start].para:
        return start
    stamp = _after_time_stamp(doc, start, end)
    if stamp > start:
        return stamp
    heading = heading_colon(tokens, start)
    return heading + 1 if heading is not None and heading + 1 < end else start


def _after_time_stamp(doc: Doc, start: int, end: int) -> int:
    """The token after "10:42 a.m. —" or "14:05 –" at ``start``, else ``start``."""
    tokens = doc.tokens
    if start + 3 >= end or not (tokens[start].text.isdigit() and tokens[start + 1].text == ":"):
        return start
    k = start + 2
    if not tokens[k].text.isdigit():
        return start
    k += 1
    if k < end and tokens[k].lower in _CLOCK_HALVES:
        k += 1
        if k < end and tokens[k].text == ".":
            k += 1
    if k + 1 < end and tokens[k].text in DATELINE_DASHES:
        return k + 1
    return start
