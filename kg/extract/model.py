"""The extractor's output record and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["direct", "indirect"]
OfficeStatus = Literal["former", "current", "designate"]
Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Agent:
    """One who made a statement. Most statements have one; "Ann Lee and Bo Chan said" has
    two, each with their own office, and "Tim Roe and his aides said" a person and a group
    around them ("Tim Roe's aides", not ``named``)."""

    name: str
    office: str | None = None
    office_status: OfficeStatus | None = None
    #: A named person or body, not the core of an unnamed source's description.
    named: bool = True
    #: A named body rather than a person ("FBI", "Grain Council", "NBC News").
    body: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "office": self.office,
            "office_status": self.office_status,
            "named": self.named,
            "body": self.body,
        }


#: Venues that are a news outlet by its kind alone ("told the newspaper"): the reader puts
#: the name of the paper the text named before in their place (see
#: :func:`kg.extract.occasion.read_occasion`); where it named none, ``kg ingest`` puts the
#: article's publisher.
OUTLET_VENUES = frozenset({"newspaper", "paper"})


@dataclass(frozen=True)
class Attribution:
    """One attributed statement found in a text.

    Offsets are code points into the text, end exclusive. ``content`` is sorted and its
    parts, ``cue`` and ``source`` never overlap one another. A quoted part includes its
    quotation marks and the comma inside them (“We will see,”), as PolNeAR's annotators
    mark it; :func:`quoted_words` gives the words alone.
    """

    content: tuple[Offsets, ...]
    cue: Offsets | None
    source: Offsets | None
    #: Full name where the text allows ("Schriver" → "Randall Schriver"), otherwise the core
    #: of an unnamed source's description ("former intelligence officer").
    speaker: str | None
    #: The description of the source as printed ("a former senior US intelligence analyst").
    descriptor: str | None
    kind: Kind
    venue: str | None = None
    #: ISO date of the saying as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD.
    date: str | None = None
    office: str | None = None
    office_status: OfficeStatus | None = None
    confidence: float = 0.5
    #: Who ``speaker`` names, one by one (empty when it is None): ``speaker`` stays the
    #: single string of the fixed output ("Ann Lee and Bo Chan"), this is the structure.
    #: A group around a person is named after that person ("Tim Roe and his aides" →
    #: "Tim Roe", "Tim Roe's aides"). Consumers (``kg ingest``, the seed check) read only
    #: this: an Attribution built by hand with a pair in ``speaker`` and no ``speakers``
    #: is one speaker to them.
    speakers: tuple[Agent, ...] = ()


#: Marks a quote may open or close with, mistyped ones included ("”Fear …”", "“…,“ said").
_OPENING_MARKS = ("``", "''", "“", "„", "”", "«", '"', "‘", "'")
_CLOSING_MARKS = ("''", "”", "“", "»", '"', "’", "'")
_DOUBLE_MARKS = ("“", "”", "„", "«", "»", '"', "''", "``")


def quoted_words(text: str, span: Offsets) -> Offsets:
    """A quoted content part without its quotation marks, the spaces inside them and a
    comma, colon or semicolon just inside the closing one: “We will see,” → We will see
    (the curated claims' convention). A quote left open runs to its part's end. A part that
    does not open with a mark, or that holds another double mark (“A” and “B”), comes back
    unchanged, so no mark is left unpaired."""
    start, end = span
    opening = next((m for m in _OPENING_MARKS if text.startswith(m, start)), None)
    if opening is None:
        return span
    closing = next((m for m in _CLOSING_MARKS if text.endswith(m, start + len(opening), end)), None)
    lo, hi = start + len(opening), end - (len(closing) if closing else 0)
    if any(mark in text[lo:hi] for mark in _DOUBLE_MARKS):
        return span
    while hi > lo and (text[hi - 1].isspace() or (closing and text[hi - 1] in ",:;")):
        hi -= 1
    while lo < hi and text[lo].isspace():
        lo += 1
    return (lo, hi) if lo < hi else span


def to_json(a: Attribution) -> dict[str, Any]:
    """The attribution as a JSON-ready dict, fixed keys first (see docs/extractor.md)."""
    return {
        "content": [[start, end] for start, end in a.content],
        "cue": list(a.cue) if a.cue else None,
        "source": list(a.source) if a.source else None,
        "speaker": a.speaker,
        "descriptor": a.descriptor,
        "kind": a.kind,
        "venue": a.venue,
        "date": a.date,
        "office": a.office,
        "office_status": a.office_status,
        "confidence": round(a.confidence, 3),
        "speakers": [agent.to_json() for agent in a.speakers],
    }
