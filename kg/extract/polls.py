"""Polls as sources: "In a Courier/Ulm poll released Monday, 34% of voters …", "Ortiz
was at 22 percent support in the latest Courier poll".

PolNeAR annotates a finding reported "in" a poll or survey as an attribution with "in" as
cue, the poll as source and the finding as content (67 times in train, nearly all about
polls). The finding is the rest of the sentence after a leading poll phrase, or the clause
before a poll phrase that closes the sentence.
"""

from __future__ import annotations

from kg.extract.clauses import END_PUNCT
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.wordsets import words

#: Words that name a poll.
POLL_WORDS = words("poll polls survey surveys polling")
#: Words that may not occur in a closing poll phrase: they start a clause of their own.
_CLAUSE_WORDS = words("that which who said says say , ; :")
#: Longest poll phrase (tokens).
_MAX_PHRASE = 16


def in_poll(doc: Doc, k: int) -> Found | None:
    """The attribution whose cue is "in" at token ``k``, when a poll phrase follows it."""
    if doc.tokens[k].lower != "in":
        return None
    sent_start, sent_end = doc.sentence_bounds(k)
    if k == sent_start:
        return _leading(doc, k, sent_end)
    return _closing(doc, k, sent_start, sent_end)


def _leading(doc: Doc, k: int, sent_end: int) -> Found | None:
    """ "In a statewide Courier/Ulm poll released Monday, 34% of voters said …" """
    limit = min(sent_end, k + 1 + _MAX_PHRASE)
    comma = next((j for j in range(k + 1, limit) if doc.tokens[j].text == ","), None)
    if comma is None or not _has_poll_word(doc, k + 1, comma):
        return None
    end = sent_end
    while end > comma + 1 and doc.tokens[end - 1].text in END_PUNCT:
        end -= 1
    if end <= comma + 1:
        return None
    return Found([(comma + 1, end)], (k, k + 1), (k + 1, comma), "indirect", 0.8, frame=(k, comma))


def _closing(doc: Doc, k: int, sent_start: int, sent_end: int) -> Found | None:
    """ "Lee led Ortiz more than 3-1 in a Dover Post/Ulm poll." """
    end = sent_end
    while end > k + 1 and doc.tokens[end - 1].text in END_PUNCT:
        end -= 1
    if end - (k + 1) > _MAX_PHRASE or not _has_poll_word(doc, k + 1, end):
        return None
    if any(doc.tokens[j].lower in _CLAUSE_WORDS or doc.quote_of[j] != -1 for j in range(k, end)):
        return None
    start = sent_start
    while start < k and doc.tokens[start].lower in {"but", "and", "so", "yet"}:
        start += 1
    content_end = k
    while content_end > start and doc.tokens[content_end - 1].text == ",":
        content_end -= 1
    if content_end - start < 2:
        return None
    if doc.any_used(start, content_end):
        # "“…,” Lee told the Herald, … Ruiz, who is ahead in polls of …": a quote and
        # frame another rule has read are no finding of the poll.
        return None
    source = _poll_phrase(doc, k + 1, end)
    if source is None:
        return None
    return Found([(start, content_end)], (k, k + 1), source, "indirect", 0.7, frame=(k, end))


#: Words that leave "polls" generic: "ahead in the polls", "leads in national polls" is
#: standing, not a finding of a poll (PolNeAR marks 1 such closing phrase of 13 in train).
_GENERIC = words("the polls poll surveys survey polling national some most recent state opinion")
#: Words after the poll word that still describe the poll ("a poll released Monday").
_DESCRIBING = words("released conducted taken published commissioned sponsored of by from")


def _poll_phrase(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The poll named in ``[lo, hi)``, or None for the polls in general (or none named); it
    ends at the poll word unless words describing the poll follow ("a poll released
    Monday")."""
    hits = [j for j in range(lo, hi) if doc.tokens[j].lower in POLL_WORDS]
    if not hits:
        return None
    first, last = hits[0], hits[-1]
    described = last + 1 < hi and doc.tokens[last + 1].lower in _DESCRIBING
    if not described and all(doc.tokens[j].lower in _GENERIC for j in range(lo, first + 1)):
        return None
    return (lo, hi) if described else (lo, last + 1)


def is_closing_poll(doc: Doc, item: Found) -> bool:
    """Whether ``item`` is a finding read from a poll phrase that closes its sentence
    ("… in the earlier poll."): its cue is "in" after the sentence's start, its source a
    poll."""
    if item.cue is None or item.source is None or doc.tokens[item.cue[0]].lower != "in":
        return False
    return item.cue[0] != doc.sentence_bounds(item.cue[0])[0] and _has_poll_word(doc, *item.source)


def _has_poll_word(doc: Doc, lo: int, hi: int) -> bool:
    return any(doc.tokens[j].lower in POLL_WORDS for j in range(lo, hi))
