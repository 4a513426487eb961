"""Events and speech acts named by description, resolved with the graph's own data.

Besides their names, analysts name events by where they were ("the Vietnam summit", "what
Trump offered in Vietnam"), by their order ("the second summit") and speech acts by their
speaker and type ("Kim letter", "his interview"). The graph knows where and when each event
took place and who made each speech act; this module turns those facts into names:

- :func:`add_place_aliases` names located events by their place or its country and their
  type, using :data:`kg.lexicon.COUNTRY_OF_PLACE`;
- :func:`add_speaker_aliases` names typed speech acts by their speaker and type;
- :func:`add_participant_aliases` names events by a participant and type, when unique;
- :func:`resolve_ordinals` reads "the first/second/last <type>" by date;
- :func:`resolve_own_acts` reads "his <type>" as the named actor's one act of that type;
- :func:`resolve_countries` reads "in Vietnam" as the one event held in that country.
"""

from __future__ import annotations

import re
from typing import Any

from kg.entities import Entity, EntityIndex, normalize
from kg.lexicon import COUNTRY_OF_PLACE, canonical, singular, word_bag
from kg.question import Mention, ParsedQuestion

#: Event classes too general to name an event ("the Vietnam event").
_GENERIC_CLASSES = frozenset({"Event", "SpeechAct", "Activity", "Thing"})
_NOBODY = Entity("", "", frozenset(), ())


def add_place_aliases(facts: dict[str, Any], index: EntityIndex) -> None:
    """Name each located event also by its place's names and country with its type:
    "Vietnam summit", "DMZ meeting", "Pyongyang speech"."""
    for event, place, cls in facts.get("event_places", []):
        if cls in _GENERIC_CLASSES or event not in index.entities:
            continue
        if "event" not in index.entities[event].kinds:
            continue
        kind = _class_words(cls)
        place_entity = index.entities.get(place)
        where = list(place_entity.names) if place_entity else []
        country = COUNTRY_OF_PLACE.get(normalize(where[0])) if where else None
        kinds = [kind, "talks"] if cls in ("Summit", "Meeting") else [kind]  # "Hanoi talks"
        for name in [*where, *([country] if country else [])]:
            for each in kinds:
                index.add_alias(event, f"{name} {each}")


def add_speaker_aliases(facts: dict[str, Any], index: EntityIndex) -> None:
    """Name each typed speech act also by its speaker and type: "Kim letter", "Biegun
    interview", "Hecker study" (a speaker's two speeches share the name)."""
    for act, actor, cls in facts.get("acts", []):
        if cls in _GENERIC_CLASSES or act not in index.entities or actor not in index.entities:
            continue
        kind = _class_words(cls)
        for name in index.entities[actor].names:
            index.add_alias(act, f"{name} {kind}")


def add_participant_aliases(facts: dict[str, Any], index: EntityIndex) -> None:
    """Name an event also by a participant and its type when it is that participant's only
    event of the type: "Trump election", "Cohen testimony" (not "Trump summit": three)."""
    events: dict[tuple[str, str], set[str]] = {}
    for event, actor, cls in facts.get("participations", []):
        if cls not in _GENERIC_CLASSES:
            events.setdefault((actor, _class_words(cls)), set()).add(event)
    for (actor, kind), found in events.items():
        if len(found) == 1 and actor in index.entities:
            event = next(iter(found))
            for name in index.entities[actor].names:
                index.add_alias(event, f"{name} {kind}")


def _class_words(cls: str) -> str:
    """ "TroopDeployment" → "troop deployment"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls).lower()


#: Ordinal words and which of the events of a type, in order of date, they mean.
ORDINALS = {"first": 0, "earliest": 0, "second": 1, "third": 2, "last": -1, "latest": -1}


def resolve_ordinals(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "The second summit", "the first Trump-Kim summit", "Kim's last letter": the events of
    that type in order of date. Names between the ordinal and the type ("Trump-Kim") must
    be among the event's participants or speakers, which the graph may not say, so they are
    only read as part of the description."""
    by_class: dict[str, list[tuple[str, str]]] = {}
    for event, cls, day in facts.get("event_dates", []):
        by_class.setdefault(_class_words(cls), []).append((day, event))
    for i, token in enumerate(q.tokens):
        if token not in ORDINALS:
            continue
        for j in range(i + 1, min(i + 4, len(q.tokens))):
            kind = singular(q.tokens[j])
            if kind not in by_class:
                continue
            between = q.mentions_between(i + 1, j)
            if any(not m.of_kind("actor") for m in between):
                break
            events = sorted(by_class[kind])
            position = ORDINALS[token]
            if position >= len(events):
                break
            entity = index.entities.get(events[position][1])
            if entity is None:
                break
            q.put(Mention(" ".join(q.tokens[i : j + 1]), i, j + 1, (entity,), 0.9))
            return


def resolve_own_acts(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "What did Kim write in his letter?": "his letter" is the one letter of the one actor
    the question names."""
    actors = q.entities("actor")
    if len(actors) != 1:
        return
    for i, token in enumerate(q.tokens[:-1]):
        if token not in ("his", "her", "their", "its"):
            continue
        # By the lexicon's words, so "his book" is his memoir and "her report" her study.
        kind = word_bag([singular(q.tokens[i + 1])])
        acts = {
            act
            for act, actor, cls in facts.get("acts", [])
            if actor == actors[0].iri
            and word_bag(_class_words(cls).split()) == kind
            and act in index.entities
        }
        if len(acts) != 1 or q.mentions_between(i, i + 2):
            continue
        entity = index.entities[acts.pop()]
        q.put(Mention(f"{token} {q.tokens[i + 1]}", i, i + 2, (entity,), 0.9))
        return


def resolve_countries(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "What did Trump offer in Vietnam?": a country the graph does not know, after "in" or
    "at" (or among keywords: "trump vietnam"), stands for the one event held there; anything
    else about it ("the Vietnamese government") stays unknown."""
    countries = set(COUNTRY_OF_PLACE.values())
    for i, token in enumerate(q.tokens):
        country = canonical(token)
        if country not in countries or q.mentions_between(i, i + 1) or index.exact(country):
            continue
        located = i > 0 and q.tokens[i - 1] in ("in", "at")
        # Among keywords, a country word alone or before another name ("vietnam",
        # "vietnam trump"), not before a noun of its own ("vietnamese government").
        alone = i + 1 == len(q.tokens) or bool(q.mentions_between(i + 1, i + 2))
        if not located and (q.question_word or not alone):
            continue
        places = {p for p, c in COUNTRY_OF_PLACE.items() if c == country}
        events = {
            event
            for event, place, _cls in facts.get("event_places", [])
            if place in index.entities
            and normalize(index.entities[place].label) in places
            and "event" in index.entities.get(event, _NOBODY).kinds
        }
        if len(events) != 1:
            continue
        q.put(Mention(token, i, i + 1, (index.entities[events.pop()],), 0.9))
        q.unknown_names = [n for n in q.unknown_names if normalize(n) != token]
