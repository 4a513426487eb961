"""When and where a statement was made: its own clause first, then what the text set before.

The cue's clause names the venue and date most often (:mod:`kg.extract.context` reads
them). News also sets an occasion once and reports several statements from it:

- an opening phrase of the sentence: ``In an interview with CNN on Sunday, Lee said …``;
- the same speaker's previous statement in the paragraph: ``Lee said on Monday at the
  Hudson Institute that … “…,” Lee added.``;
- the same speaker at the same venue earlier in the text: ``Lee told the Hudson
  Institute …`` after ``Lee said on November 21 at the Hudson Institute …``.

A frame that points to another time (``Lee had earlier said``, ``later told``) inherits
nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from kg.extract.context import find_date, find_venue
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.model import Attribution
from kg.extract.wordsets import words

#: First words of a sentence-opening phrase that sets the occasion of the statement after
#: its comma ("In a speech at …,", "Speaking to reporters on Monday,").
_SETTING_OPENERS = words("in at during on speaking writing addressing testifying")
#: Words of a frame that move the statement to another occasion than the one set before.
_OTHER_TIME = words(
    """earlier later previously once since again before after then now already
    formerly recently last"""
)


@dataclasses.dataclass(frozen=True)
class Occasion:
    """Venue and date as the statement's own words give them, and the words read."""

    venue: str | None
    date: str | None
    #: The frame names another time than the one set before (see ``_OTHER_TIME``).
    elsewhere: bool


def read_occasion(doc: Doc, item: Found, published: dt.date | None) -> Occasion:
    """The venue and date in the cue's clause, else in the sentence's opening phrase."""
    frame = _frame_words(doc, item)
    opening = _opening_phrase(doc, item)
    venue = find_venue(frame) if frame else None
    date = find_date(frame, published) if frame else None
    if opening:
        venue = venue or find_venue(opening)
        date = date or find_date(opening, published)
    said_words = {word.lower() for word in frame.split()}
    return Occasion(venue, date, bool(said_words & _OTHER_TIME))


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


def _opening_phrase(doc: Doc, item: Found) -> str:
    """ "In an interview with CNN on Sunday, Lee said": the phrase before the source's
    comma when the sentence opens with a setting word, first letter lowered so that the
    venue patterns (``at the …``) read it as they read a clause."""
    if item.source is None:
        return ""
    lo = item.source[0]
    sent_start = doc.sentence_bounds(lo)[0]
    if lo - sent_start < 2 or doc.tokens[lo - 1].text != ",":
        return ""
    if doc.tokens[sent_start].lower not in _SETTING_OPENERS:
        return ""
    phrase = doc.words(sent_start, lo - 1)
    return phrase[:1].lower() + phrase[1:]


def carry_occasions(
    found: Sequence[tuple[Attribution, Occasion, int]],
) -> list[Attribution]:
    """Fill a statement's missing venue and date from the occasion the text set before.

    ``found`` holds each attribution in text order with its own occasion and the index of
    its paragraph. A statement inherits from the previous one in its paragraph when both
    have the same speaker and no other venue, and a date from the same speaker's earliest
    dated statement at the same venue.
    """
    result: list[Attribution] = []
    dated: dict[tuple[str, str], str] = {}
    previous: tuple[Attribution, int] | None = None
    for attribution, occasion, para in found:
        venue, date = occasion.venue, occasion.date
        speaker = attribution.speaker
        if speaker is not None and not occasion.elsewhere:
            if previous is not None and previous[1] == para:
                before = previous[0]
                same_venue = venue is None or venue == before.venue
                if before.speaker == speaker and same_venue:
                    venue = venue or before.venue
                    date = date or before.date
            if venue is not None and date is None:
                date = dated.get((speaker, venue))
        if speaker is not None and venue is not None and date is not None:
            dated.setdefault((speaker, venue), date)
        attribution = dataclasses.replace(attribution, venue=venue, date=date)
        result.append(attribution)
        previous = (attribution, para)
    return result
