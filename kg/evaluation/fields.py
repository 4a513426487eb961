"""Who, where and when: the extractor's speaker, venue and date against a curated seed.

For every curated statement that the extractor found (content matched), each field the
curation knows is *right*, *wrong* or *not given*:

- speaker: the predicted name equals, ignoring case and a leading "the", a name or alias
  of one of the statement's speakers, or names two of them ("Siegfried Hecker and Robert
  Carlin"); *vague* when only one of such a pair is curated ("John Bolton and others");
- venue: the speech act's venue (an actor, place or event) by name or alias, ignoring case,
  a leading "the" and a possessive; the words of one may run inside the other's
  ("Middlebury Institute's Center for Non-Proliferation Studies" names the "Center for
  Non-Proliferation Studies");
- date: the predicted date (YYYY, YYYY-MM or YYYY-MM-DD) lies within the curated date or
  range; one that holds the curated date but is coarser ("2024" for 2024-11-21) is
  *vague*; a curated date without a value ("recently") is not counted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kg.annotations import Annotation
from kg.dates import DateFormatError, DateValue
from kg.extract import Attribution

FIELDS = ("speaker", "venue", "date")
Outcome = Literal["right", "vague", "wrong", "not given"]
OUTCOMES: tuple[Outcome, ...] = ("right", "vague", "wrong", "not given")


@dataclass(frozen=True)
class FieldCheck:
    """One field of one found curated statement."""

    statement: str
    field: str
    outcome: Outcome
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
        if speakers:
            each = tuple(agent.name for agent in found.speakers)
            outcome = functools.partial(speaker_outcome, each=each)
            checks.append(_check(statement.id, "speaker", found.speaker, speakers, outcome))
        act = acts.get(statement.stated_in) if statement.stated_in else None
        if act is not None and act.venue is not None:
            venues = names.get(act.venue, (act.venue,))
            checks.append(_check(statement.id, "venue", found.venue, venues, _best(_same_venue)))
        date = act.date if act is not None and act.date is not None else statement.date
        if date is not None and date.value is not None:
            expected = (date.value.lexical,)
            checks.append(_check(statement.id, "date", found.date, expected, _best(_date_outcome)))
    return checks


def summarize(checks: Sequence[FieldCheck]) -> dict[str, dict[str, int]]:
    """Per field: how many right, vague, wrong and not given, of how many curated."""
    result = {name: dict.fromkeys((*_KEYS.values(), "curated"), 0) for name in FIELDS}
    for check in checks:
        counts = result[check.field]
        counts["curated"] += 1
        counts[_KEYS[check.outcome]] += 1
    return result


_KEYS: dict[Outcome, str] = {outcome: outcome.replace(" ", "_") for outcome in OUTCOMES}


def _check(
    statement: str,
    field: str,
    predicted: str | None,
    expected: tuple[str, ...],
    judge: Callable[[str, tuple[str, ...]], Outcome],
) -> FieldCheck:
    outcome: Outcome = "not given"
    if predicted is not None:
        outcome = judge(predicted, expected)
    return FieldCheck(statement, field, outcome, predicted, expected)


def _best(judge: Callable[[str, str], Outcome]) -> Callable[[str, tuple[str, ...]], Outcome]:
    """The best outcome of ``judge`` over the curated names or dates."""

    def best(predicted: str, expected: tuple[str, ...]) -> Outcome:
        found = {judge(predicted, e) for e in expected}
        return next((o for o in OUTCOMES if o in found), "wrong")

    return best


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


def speaker_outcome(predicted: str, expected: tuple[str, ...], each: Sequence[str] = ()) -> Outcome:
    """Right when the predicted speaker, or each of those it names (``each``: "Siegfried
    Hecker", "Robert Carlin"), is a curated speaker; vague when only some of them are."""
    names = {_name_key(name) for name in expected}
    if _name_key(predicted) in names:
        return "right"
    known = sum(_name_key(part) in names for part in each)
    if len(each) > 1 and known == len(each):
        return "right"
    return "vague" if len(each) > 1 and known else "wrong"


def _same_venue(predicted: str, expected: str) -> Outcome:
    a, b = _name_key(predicted).split(), _name_key(expected).split()
    return "right" if a and b and (_runs_inside(a, b) or _runs_inside(b, a)) else "wrong"


def _runs_inside(short: list[str], long: list[str]) -> bool:
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _name_key(name: str) -> str:
    key = name.lower().replace("’", "'").strip()
    key = key.removeprefix("the ")
    return key.removesuffix("'s")


def _date_outcome(predicted: str, expected: str) -> Outcome:
    """Right when every day of the predicted date lies in the curated one, vague when the
    predicted date holds all of a curated single date, wrong otherwise."""
    try:
        found, curated = DateValue.parse(predicted), DateValue.parse(expected)
    except DateFormatError:
        return "wrong"
    if found.earliest is None or found.latest is None:
        return "wrong"
    after_start = curated.earliest is None or found.earliest >= curated.earliest
    before_end = curated.latest is None or found.latest <= curated.latest
    if after_start and before_end:
        return "right"
    holds = (
        curated.earliest is not None
        and curated.latest is not None
        and found.earliest <= curated.earliest
        and curated.latest <= found.latest
    )
    return "vague" if holds else "wrong"


__all__ = [
    "FIELDS",
    "OUTCOMES",
    "FieldCheck",
    "Outcome",
    "check_fields",
    "speaker_outcome",
    "summarize",
]
