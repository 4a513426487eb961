"""Events described by date, participants and type rather than named: "the June 2019 summit
between Trump and Kim" (the DMZ meeting), "Where did Trump and Kim meet in 2018?" (the
Singapore Summit), "When did Trump meet Kim at the DMZ?".

A question with a word of an event type ("summit", "meeting", or the verb "meet") that names
no event is read as describing one when it also gives a period or participants: of the
graph's dated events of that type, those whose first day lies in the period, which had
every actor named among their participants (if some had) and were held at the place named
(if some were). Exactly one fits: it is linked at the type word. None fits a period: the
question describes an event the graph does not know ("the 2015 summit between Trump and
Kim"), and is refused like an unknown name. Several fit: nothing is linked, and the rules
answer with the list ("When did Trump and Kim meet?"), unless an ordinal picks one by date
("for the third time").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.entities import EntityIndex
from kg.event_references import ORDINALS as _ORDINALS
from kg.lexicon import singular
from kg.question import Mention, ParsedQuestion
from kg.vocabulary import EVENT_TYPES

#: Verbs that describe an event by its type: "where did Trump meet Kim".
_TYPE_VERBS = {"meet": "Meeting", "met": "Meeting"}


def _type_word(q: ParsedQuestion) -> tuple[int, str] | None:
    """The first word of an event type outside the names, in the singular: "summits" lists."""
    inside = {i for m in q.mentions for i in range(m.start, m.end)}
    for i, token in enumerate(q.tokens):
        cls = EVENT_TYPES.get(token) or _TYPE_VERBS.get(token)
        if cls and i not in inside and singular(token) == token:
            return i, cls
    return None


def resolve_described_events(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """Link the one event of the graph a question describes by type, period and participants."""
    if q.entities("event"):
        return
    found = _type_word(q)
    actors = {a.iri for a in q.entities("actor")}
    if found is None or (q.period is None and not actors and not q.entities("place")):
        return
    position, cls = found
    participants: dict[str, set[str]] = {}
    for event, actor, _cls in facts.get("participations", []):
        participants.setdefault(event, set()).add(actor)
    days: dict[str, str] = {}
    for event, event_cls, day in facts.get("event_dates", []):
        if event_cls.rsplit("#", 1)[-1] != cls or event in days:
            continue
        first = dt.date.fromisoformat(str(day)[:10])
        if q.period is not None and not q.period.start <= first <= q.period.end:
            continue
        days[event] = str(day)
    fits = list(days)
    # Named actors narrow the events down only if some took part with all of them: in "the
    # failed 2019 summit" Seoul's government is blamed, it did not attend.
    attended = [e for e in fits if actors <= participants.get(e, set())]
    if actors and attended:
        fits = attended
    # A place named narrows them too: "When did Trump meet Kim at the DMZ?".
    places = {p.iri for p in q.entities("place")}
    held = [
        e
        for e in fits
        if any(ev == e and pl in places for ev, pl, _ in facts.get("event_places", []))
    ]
    if held:
        fits = held
    # "Where did Trump and Kim meet for the third time?": the third of them by date.
    ordinal = next((t for t in q.tokens if t in _ORDINALS), None)
    if len(fits) > 1 and ordinal is not None and _ORDINALS[ordinal] < len(fits):
        fits = [sorted(fits, key=lambda e: days[e])[_ORDINALS[ordinal]]]
    if len(fits) == 1 and fits[0] in index.entities:
        token = q.tokens[position]
        q.put(Mention(token, position, position + 1, (index.entities[fits[0]],), 0.9))
    elif not fits and q.period is not None:
        q.unknown_names.append(f"{q.tokens[position]} of {q.period.text}")
