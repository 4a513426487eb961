"""Leading frames: a clause before the quote that says whose it is ("Schriver told the
Hudson Institute: “…”", "… offered this conclusion:¶“…”"), and a short quote a verb hands
to its subject ("Kim provided his “lessons of Hanoi”"). When no subject stands right
before the cue, :mod:`~kg.extract.direct.subjects` finds the speaker.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.direct.common import (
    LEAD,
    SENTENCE_END,
    inner_range,
    is_speech,
    put_it,
    quote_found,
    quote_verb,
)
from kg.extract.direct.subjects import (
    chained_subject,
    clause_start,
    clause_subject,
    coordinator_before,
    first_verb_subject,
    object_of_verb,
    participle_subject,
    usable_subject,
)
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.phrases import addressed_object, np_after, np_before, sender, sentence_subject
from kg.extract.phrases.common import adverb
from kg.extract.quotes import Quote
from kg.extract.wordsets import words

#: A quote this short inside a sentence is a scare quote unless a cue is right before it.
_SHORT_QUOTE = 4


def _words_inside(doc: Doc, quote: Quote) -> int:
    lo, hi = quote.inner()
    return sum(1 for k in range(lo, hi) if doc.tokens[k].is_word)


def leading(doc: Doc, index: int) -> Found | None:
    quote = doc.quotes[index]
    first = quote.first
    para = doc.tokens[first].para
    lo = first - 1
    floor = max(0, first - LEAD)
    while lo >= floor and doc.tokens[lo].para == para:
        inside = doc.quote_of[lo]
        if inside != -1:
            if _words_inside(doc, doc.quotes[inside]) > _SHORT_QUOTE:
                break
            lo = doc.quotes[inside].first - 1
            continue
        if doc.tokens[lo].text in SENTENCE_END and (
            doc.sentence_of[lo] != doc.sentence_of[first] or doc.tokens[lo].text != "."
        ):
            break  # the dot of "Mr." or "U.S." is not a sentence end (the splitter agrees)
        lo -= 1
    lo += 1
    if lo == first and first > 0 and doc.tokens[first - 1].text == ":":
        # "…offered this conclusion:" closes the paragraph before the quote.
        lo = first - 1
        floor = max(0, first - LEAD)
        while lo > floor and doc.tokens[lo - 1].text not in SENTENCE_END:
            if doc.quote_of[lo - 1] != -1:
                break
            lo -= 1
    if lo >= first:
        return _bare_frame(doc, index)
    if not ends_sentence(doc, quote):
        return _named_quote(doc, index, lo)
    cue_at = None
    for c in range(first - 1, lo - 1, -1):
        if (put_it(doc, c) or quote_verb(doc, c)) and c not in doc.used:
            cue_at = c
            break
        cue = LEXICON.get(doc.tokens[c].lower)
        if cue is None or c in doc.used or doc.quote_of[c] != -1 or cue.frame == "noun":
            continue
        if cue.speech or _colon_after(doc, c):
            cue_at = c
        break
    if cue_at is None or not _only_marks_between(doc, cue_at, first):
        return None
    source = shared = participle_subject(doc, cue_at, lo)
    if source is None:
        source = np_before(doc, cue_at, lo)
        if source is not None and object_of_verb(doc, source, cue_at, lo):
            # "Sanders delivered a snappy retort: “…”": the verb's subject says it.
            start = clause_start(doc, source[0])
            source = usable_subject(doc, sentence_subject(doc, start, source[0]))
        if source is not None and doc.tokens[cue_at].lower.endswith("ing"):
            # "The county issued a statement Wednesday saying: “…”": the town says it.
            sent_start = doc.sentence_bounds(cue_at)[0]
            if addressed_object(doc, cue_at, source, sent_start):
                # "Lee replied on Facebook writing, “…”": the sentence's subject writes.
                source = sentence_subject(doc, max(sent_start, lo), source[0] - 1) or source
            else:
                source = sender(doc, source, sent_start) or source
    if source is None:
        source = shared = clause_subject(doc, cue_at, lo) or chained_subject(doc, cue_at)
    cue_end = cue_at + 2 if put_it(doc, cue_at) else cue_at + 1
    if source is None:
        source = np_after(doc, cue_end, first)
        if source is not None and coordinator_before(doc, cue_at, lo) is not None:
            # Shared: the subject stays free for its own first verb.
            source = shared = first_verb_subject(doc, cue_at)
    if source is None:
        return None
    return Found(
        content=[inner_range(doc, quote)],
        cue=(cue_at, cue_end),
        source=source,
        kind="direct",
        confidence=0.85,
        frame=(lo, first),
        quotes=[index],
        shared_source=shared is not None,
    )


#: Fewest tokens of a bare frame before its quote: a subject, a verb and the full stop.
_BARE_FRAME_TOKENS = 3


def _bare_frame(doc: Doc, index: int) -> Found | None:
    """ "Dover College's Ann Ulm agreed. “The town has one more year.”": a sentence
    that is only a subject and a verb of saying (an adverb may follow) frames the quote
    that fills the next sentence."""
    quote = doc.quotes[index]
    first = quote.first
    if first < _BARE_FRAME_TOKENS or doc.tokens[first - 1].text != "." or not quote.closed:
        return None
    if doc.tokens[first - 1].para != doc.tokens[first].para:
        return None
    start, end = doc.sentence_bounds(first - 1)
    if end != first or doc.sentence_bounds(first)[0] != first or not ends_sentence(doc, quote):
        return None
    cue_at = end - 2
    if cue_at > start and adverb(doc, cue_at):
        cue_at -= 1  # "Lee agreed wholeheartedly."
    token = doc.tokens[cue_at]
    if cue_at <= start or not token.text.islower() or not is_speech(doc, cue_at):
        return None
    if any(doc.quote_of[k] != -1 or k in doc.used for k in range(start, end)):
        return None
    source = np_before(doc, cue_at, start)
    if source is None or source[0] != start or source[1] != cue_at:
        return None
    return quote_found(
        doc, index, cue=(cue_at, cue_at + 1), source=source, frame=(start, first), confidence=0.8
    )


def ends_sentence(doc: Doc, quote: Quote) -> bool:
    """The quote closes its sentence (or runs to the end of the paragraph)."""
    if not quote.closed:
        return True
    k = quote.last + 1
    while k < len(doc.tokens) and doc.tokens[k].text in {".", ",", "?", "!", ";"}:
        k += 1
    return (
        k >= len(doc.tokens)
        or doc.tokens[k].para != doc.tokens[quote.last].para
        or (doc.sentence_of[k] != doc.sentence_of[quote.first])
    )


def _only_marks_between(doc: Doc, cue_at: int, first: int) -> bool:
    """ "said: “…”", "said, “…”", "offered this conclusion: “…”" — no clause in between."""
    between = [k for k in range(cue_at + 1, first) if doc.tokens[k].text not in {",", ":", "—"}]
    if len(between) <= 3 and (not between or doc.tokens[first - 1].text == ":"):
        return True
    # "as Kim wrote Trump in the last of his letters, sent on August 5, 2019, “…”": a
    # listener, time and place may stand between, but no other verb of saying; "added that
    # the vote is lost because, “…”" is a reported clause that holds the quote, and so is
    # "said in an interview that in her state, “…”" (PolNeAR's content starts at "that").
    if any(doc.tokens[k].lower == "that" for k in between):
        return False
    if _reported_clause_before(doc, between, first):
        return False
    return doc.tokens[first - 1].text in {",", ":"} and not any(
        (cue := LEXICON.get(doc.tokens[k].lower)) is not None and cue.speech for k in between
    )


#: Words of a reported clause between a cue and a quote: "that", a subordinator, a subject
#: pronoun or a finite verb ("said the turmoil was not the banks' fault, “not by a long
#: shot.”", "says no matter what the president does, “…”"): the clause holds the quote.
_CLAUSE_BETWEEN = words(
    """that because although though unless whether matter he she they we i is was are were
    has have had will would can could should may might must"""
)


def _reported_clause_before(doc: Doc, between: list[int], first: int) -> bool:
    """The words between cue and quote, set off by a comma, are a reported clause of their
    own, not a listener described by a relative clause ("asked by Lee, who is …, “…”").
    PolNeAR's content starts after the cue (train: 4 made right, 1 lost; before a colon the
    quote alone stays: "said she has one quality: “…”" would lose 2 dev quotes)."""
    words_between = {doc.tokens[k].lower for k in between}
    return (
        doc.tokens[first - 1].text == ","
        and not words_between & _RELATIVES
        and bool(words_between & _CLAUSE_BETWEEN)
    )


_RELATIVES = words("who whom which whose")


def _named_quote(doc: Doc, index: int, lo: int) -> Found | None:
    """ "Kim provided his “lessons of Hanoi”": a short quote a verb hands to its subject."""
    quote = doc.quotes[index]
    first = quote.first
    if _words_inside(doc, quote) > _SHORT_QUOTE or first - 2 < lo:
        return None
    if doc.tokens[first - 1].lower not in {"his", "her", "their"}:
        return None
    cue_at = first - 2
    cue = LEXICON.get(doc.tokens[cue_at].lower)
    if cue is None or cue.frame != "quote" or cue_at in doc.used:
        return None
    source = np_before(doc, cue_at, lo)
    if source is None:
        return None
    return Found(
        [inner_range(doc, quote)],
        (cue_at, cue_at + 1),
        source,
        "direct",
        0.6,
        frame=(lo, first),
        quotes=[index],
    )


def _colon_after(doc: Doc, c: int) -> bool:
    """A non-speech cue still frames a quote when a colon follows within a few words."""
    return any(doc.tokens[k].text == ":" for k in range(c + 1, min(len(doc.tokens), c + 5)))
