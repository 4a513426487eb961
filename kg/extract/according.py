"""Attributions cued by "according to X", in both orders.

"…, according to X." takes X to the end of its clause (PolNeAR does in four cases of five:
"a fact sheet lawmakers released Monday", "Andy Smith, director of …") unless a comma opens
something that does not describe X; "According to X, …" takes X up to the comma.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING, END_PUNCT, content_after, content_before
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.judge import Judge
from kg.extract.phrases import np_after
from kg.extract.wordsets import words

_MAX_SOURCE = 30
#: A comma before one of these ends the source ("…, but his pathway …").
_NEW_CLAUSE = words("but and because while though although so yet whereas")
_AFTER_SOURCE = words("who which whose more less up down")


def according_to(doc: Doc, k: int, judge: Judge) -> Found | None:
    """The attribution cued by "according to" at token ``k``."""
    sent_start, sent_end = doc.sentence_bounds(k)
    cue = (k, k + 2)
    if k > sent_start and doc.tokens[k - 1].text == ",":
        source = _source_to_clause_end(doc, k + 2, sent_end)
        content = content_before(doc, sent_start, k - 1)
    else:
        source = _source_to_comma(doc, k + 2, sent_end) or np_after(doc, k + 2, sent_end)
        if source is None:
            return None
        after = source[1]
        if after < sent_end and doc.tokens[after].text == ",":
            after += 1
        content = content_after(doc, k, after, sent_end, judge)
    if source is None:
        return None
    if content is None:
        return None
    return Found([content], cue, source, "indirect", 0.85, frame=(k, source[1]))


def _source_to_clause_end(doc: Doc, lo: int, sent_end: int) -> TokenRange | None:
    """The rest of the sentence, up to a comma that opens a new clause (", but …")."""
    hi = min(sent_end, lo + _MAX_SOURCE)
    for j in range(lo, hi):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in {";", ":"}:
            hi = j
            break
        if token.text == "," and j + 1 < hi and _not_description(doc, j + 1):
            hi = j
            break
    while hi > lo and doc.tokens[hi - 1].text in END_PUNCT | {",", ")"} | CLOSING:
        if doc.tokens[hi - 1].text == ")" and any(doc.tokens[j].text == "(" for j in range(lo, hi)):
            break
        hi -= 1
    if hi <= lo or not any(doc.tokens[j].is_word for j in range(lo, hi)):
        return None
    return lo, hi


def _not_description(doc: Doc, k: int) -> bool:
    """What follows a comma after the source opens a new clause (", but …"), a participle
    (", taking a step toward …"), a relative clause (", who prosecuted …") or a figure
    (", $234 million in contracts"), not a description of the source."""
    token = doc.tokens[k]
    word = token.lower
    if word in _NEW_CLAUSE or word in _AFTER_SOURCE:
        return True
    return (
        (token.text.islower() and word.endswith("ing"))
        or token.text[:1] in {"$"}
        or (word[:1].isdigit())
    )


def _source_to_comma(doc: Doc, lo: int, sent_end: int) -> TokenRange | None:
    """ "According to the initial schedule published Thursday, …": up to the comma."""
    for j in range(lo + 1, min(sent_end, lo + _MAX_SOURCE)):
        if doc.quote_of[j] != -1 or doc.tokens[j].text in {";", ":"}:
            return None
        if doc.tokens[j].text == ",":
            return lo, j
    return None
