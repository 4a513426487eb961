"""When and where a statement was made: its own clause first, then what the text set before.

The cue's clause names the venue and date most often (:mod:`kg.extract.context` reads
them). News also sets an occasion once and reports several statements from it:

- an opening phrase of the sentence: ``In an interview with CNN on Sunday, Lee said …``;
- the same speaker's previous statement in the paragraph: ``Lee said on Monday at the
  Hudson Institute that … “…,” Lee added.``;
- the same speaker at the same event venue earlier in the text: ``Lee told the Hudson
  Institute …`` after ``Lee said on November 21 at the Hudson Institute …``.

Words that point to another time (``Lee had earlier said``, ``A day later,``) inherit
nothing, nor does a statement whose own venue or date differs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from kg.extract.context import find_date, find_venue
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.model import OUTLET_VENUES, Attribution
from kg.extract.registry import Registry
from kg.extract.wordsets import CALENDAR_WORDS, TIME_GLUE, TIME_WORDS, words

#: First words of a sentence-opening phrase that sets the occasion of the statement after
#: its comma ("In a speech at …,", "Speaking to reporters on Monday,").
_SETTING_OPENERS = words("in at during on speaking writing addressing testifying")
#: An opening phrase longer than this is more than a setting (a clause of its own).
_MAX_OPENING = 15
#: Words that move a statement to another occasion than the one set before ("had earlier
#: said", "has repeatedly told", "At the time,", "A day later,", "In the coming months,").
_OTHER_TIME = words(
    """earlier later previously once since again before after then now already
    formerly recently last has have repeatedly often time coming following
    subsequently eventually"""
)
#: Last words of venues where one speaks once (a talk at an institute, a conference): the
#: same speaker there later in the text is the same occasion. A broadcaster or a
#: legislature ("told CNN", "told the Senate") is spoken to again and again.
_EVENT_VENUES = words(
    """Institute Institution Society Council Center Centre University College School Club
    Forum Conference Convention Summit Foundation Academy Association Symposium"""
)


@dataclasses.dataclass(frozen=True)
class Occasion:
    """Venue and date as the statement's own words give them."""

    venue: str | None
    date: str | None
    #: Its words point to another time than the one set before (see ``_OTHER_TIME``).
    other_time: bool


def read_occasion(
    doc: Doc, item: Found, published: dt.date | None, registry: Registry | None = None
) -> Occasion:
    """The venue and date in the cue's clause, else in the sentence's opening phrase; "the
    newspaper" is the one the text named before (with the ``registry`` of its names)."""
    frame = _frame_words(doc, item)
    lead, setting = _lead(doc, item)
    venue = find_venue(frame) if frame else None
    date = find_date(frame, published) if frame else None
    if setting:
        venue = venue or find_venue(lead)
        date = date or find_date(lead, published)
    if venue in OUTLET_VENUES and registry is not None and item.cue is not None:
        venue = registry.body_before(venue, doc.tokens[item.cue[0]].start) or venue
    said_words = set(_WORD.findall(f"{lead} {frame}".lower()))
    return Occasion(venue, date, bool(said_words & _OTHER_TIME))


_WORD = re.compile(r"[a-z]+")


def _frame_words(doc: Doc, item: Found) -> str:
    """The frame's words without the source: in `said Ann Lee, a fellow at the Brookings
    Institution` the institution is where she works, not where she spoke."""
    if item.frame is None:
        return ""
    lo, hi = item.frame
    if item.source is None or item.source[1] <= lo or item.source[0] >= hi:
        return doc.words(lo, hi) if hi > lo else ""
    parts = [(lo, item.source[0]), (item.source[1], hi)]
    return " … ".join(doc.words(a, b) for a, b in parts if b > a)


def _lead(doc: Doc, item: Found) -> tuple[str, bool]:
    """The sentence's words before its source, when the content comes after the source
    and they are few (in "In January, the plant closed, Lee said" the phrase belongs to
    what is reported), and whether they are a setting: ``In an interview with CNN on
    Sunday, Lee said`` opens with a setting word and ends at the sentence's first comma,
    right before the source. First letter lowered so that the venue patterns (``at the
    …``) read it as they read a clause."""
    if item.source is None or not item.content:
        return "", False
    lo = item.source[0]
    sent_start = doc.sentence_bounds(lo)[0]
    if not 1 <= lo - sent_start <= _MAX_OPENING + 1 or item.content[0][0] < lo:
        return "", False
    phrase = doc.words(sent_start, lo)
    setting = doc.tokens[lo - 1].text == "," and _settings(doc, sent_start, lo - 1)
    return phrase[:1].lower() + phrase[1:], setting


#: Words of a bare time phrase that opens a sentence ("Last month,", "Two years later,").
_TIME_PHRASE = TIME_WORDS | TIME_GLUE | CALENDAR_WORDS | words("weeks months days")


def _settings(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are settings set off by commas, each opening
    with a setting word ("In an interview with CNN on Sunday") or a bare time phrase ("Last
    month, at a press conference in the capital")."""
    pieces: list[tuple[int, int]] = []
    start = lo
    for k in range(lo, hi + 1):
        if k == hi or doc.tokens[k].text == ",":
            pieces.append((start, k))
            start = k + 1
    return all(b > a and _setting_piece(doc, a, b) for a, b in pieces)


def _setting_piece(doc: Doc, lo: int, hi: int) -> bool:
    if doc.tokens[lo].lower in _SETTING_OPENERS:
        return True
    return all(
        doc.tokens[k].lower in _TIME_PHRASE or doc.tokens[k].text.isdigit() for k in range(lo, hi)
    )


def carry_occasions(
    found: Sequence[tuple[Attribution, Occasion, int]],
) -> list[Attribution]:
    """Fill a statement's missing venue and date from the occasion the text set before.

    ``found`` holds each attribution in text order with its own occasion and the index of
    its paragraph. A statement whose words point to no other time inherits from the
    previous statement of its paragraph when both have the same speaker and nothing of
    its own contradicts it (another venue or another date); and it takes the date of the
    same speaker's earliest dated statement at the same event venue (``_EVENT_VENUES``).
    """
    result: list[Attribution] = []
    dated: dict[tuple[str, str], str] = {}
    previous: Attribution | None = None
    previous_para = -1
    for attribution, occasion, para in found:
        venue, date = occasion.venue, occasion.date
        speaker = attribution.speaker
        if speaker is not None and not occasion.other_time:
            # The same speaker's previous statement in the paragraph, unless this one's
            # own venue or date differs from its occasion.
            before = previous if previous_para == para else None
            if (
                before is not None
                and before.speaker == speaker
                and venue in (None, before.venue)
                and date in (None, before.date)
            ):
                venue = venue or before.venue
                date = date or before.date
            if venue is not None and date is None and _is_event_venue(venue):
                date = dated.get((speaker, venue))
        if speaker is not None and venue is not None and date is not None:
            dated.setdefault((speaker, venue), date)
        attribution = dataclasses.replace(attribution, venue=venue, date=date)
        result.append(attribution)
        previous, previous_para = attribution, para
    return result


def _is_event_venue(venue: str) -> bool:
    return venue.split()[-1] in _EVENT_VENUES
