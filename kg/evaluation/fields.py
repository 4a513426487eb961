"""Who, where and when: the extractor's speaker, venue and date against a curated seed.

For every curated statement that the extractor found (content matched), each field the
curation knows is *right*, *wrong* or *not given*:

- speaker: the predicted name equals, ignoring case and a leading "the", a name or alias
  of one of the statement's speakers;
- venue: the speech act's venue (an actor, place or event) by name or alias, ignoring case,
  a leading "the" and a possessive; one may contain the other ("Middlebury Institute's
  Center for Non-Proliferation Studies" names the "Center for Non-Proliferation Studies");
- date: the predicted date (YYYY, YYYY-MM or YYYY-MM-DD) lies within the curated date or
  range; a curated date without a value ("recently") is not counted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kg.annotations import Annotation
from kg.dates import DateFormatError, DateValue
from kg.extract import Attribution

FIELDS = ("speaker", "venue", "date")


@dataclass(frozen=True)
class FieldCheck:
    """One field of one found curated statement."""

    statement: str
    field: str
    outcome: str  # "right", "wrong" or "not given"
    predicted: str | None
    expected: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement,
            "field": self.field,
            "outcome": self.outcome,
            "predicted": self.predicted,
            "expected": list(self.expected),
        }


def check_fields(
    annotation: Annotation,
    predicted: Sequence[Attribution],
    pairs: Mapping[int, int],
) -> list[FieldCheck]:
    """Checks for every statement ``pairs`` maps (statement index → prediction index)."""
    names = _names(annotation)
    acts = {act.id: act for act in annotation.speech_acts}
    checks: list[FieldCheck] = []
    for index, statement in enumerate(annotation.statements):
        match = pairs.get(index)
        if match is None:
            continue
        found = predicted[match]
        speakers = tuple(n for speaker in statement.speakers for n in names.get(speaker, ()))
        checks.append(_check(statement.id, "speaker", found.speaker, speakers, _same_name))
        act = acts.get(statement.stated_in) if statement.stated_in else None
        if act is not None and act.venue is not None:
            venues = names.get(act.venue, (act.venue,))
            checks.append(_check(statement.id, "venue", found.venue, venues, _same_venue))
        date = act.date if act is not None and act.date is not None else statement.date
        if date is not None and date.value is not None:
            expected = (date.value.lexical,)
            checks.append(_check(statement.id, "date", found.date, expected, _within))
    return checks


def summarize(checks: Sequence[FieldCheck]) -> dict[str, dict[str, int]]:
    """Per field: how many right, wrong and not given, of how many curated."""
    result = {name: {"right": 0, "wrong": 0, "not_given": 0, "curated": 0} for name in FIELDS}
    for check in checks:
        counts = result[check.field]
        counts["curated"] += 1
        counts[check.outcome.replace(" ", "_")] += 1
    return result


def _check(
    statement: str,
    field: str,
    predicted: str | None,
    expected: tuple[str, ...],
    same: Callable[[str, str], bool],
) -> FieldCheck:
    if predicted is None:
        outcome = "not given"
    else:
        outcome = "right" if any(same(predicted, e) for e in expected) else "wrong"
    return FieldCheck(statement, field, outcome, predicted, expected)


def _names(annotation: Annotation) -> dict[str, tuple[str, ...]]:
    """Every actor, place and event id with its name and aliases."""
    result: dict[str, tuple[str, ...]] = {}
    for actor in annotation.actors:
        result[actor.id] = (actor.name, *actor.aliases)
    for place in annotation.places:
        result[place.id] = (place.name, *place.aliases)
    for event in annotation.events:
        result[event.id] = (event.name, *event.aliases)
    return result


def _same_name(predicted: str, expected: str) -> bool:
    return _name_key(predicted) == _name_key(expected)


def _same_venue(predicted: str, expected: str) -> bool:
    a, b = _name_key(predicted), _name_key(expected)
    return bool(a and b) and (a in b or b in a)


def _name_key(name: str) -> str:
    key = name.lower().replace("’", "'").strip()
    key = key.removeprefix("the ")
    return key.removesuffix("'s")


def _within(predicted: str, expected: str) -> bool:
    """The predicted date's days all lie inside the curated date or range."""
    try:
        found, curated = DateValue.parse(predicted), DateValue.parse(expected)
    except DateFormatError:
        return False
    if found.earliest is None or found.latest is None:
        return False
    if curated.earliest is not None and found.earliest < curated.earliest:
        return False
    return curated.latest is None or found.latest <= curated.latest


__all__ = ["FIELDS", "FieldCheck", "check_fields", "summarize"]
