"""Descriptive references, resolved with the graph's own data.

An analyst names people by what they do ("the former national security adviser", "the
ex-Pentagon official", "the director of Los Alamos", "the intelligence analysts") and events
by where they were ("the Vietnam summit", "what Trump offered in Vietnam"). The graph knows
who held which office, in which organization and administration, and where each event took
place; this module turns those facts into the entities a question means:

- :func:`add_place_aliases` gives located events names of their place's country and type
  ("Hanoi Summit" is also the "Vietnam summit"), using :data:`kg.lexicon.COUNTRY_OF_PLACE`;
- :func:`resolve_roles` replaces a role description by the actors it fits, when it fits some;
- :func:`resolve_countries` reads "in Vietnam" as the one event held in that country.

A description that fits no one stays unresolved, so the question is refused as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.entities import Entity, EntityIndex, normalize
from kg.lexicon import COUNTRY_OF_PLACE, canonical, singular, word_bag
from kg.question import Mention, ParsedQuestion
from kg.vocabulary import (
    CONTENT_VERBS,
    KIND_VERBS,
    OFFICE_NOUNS,
    QUESTION_WORDS,
    SAY,
    SPEAKER_CUES,
)

#: Nouns that describe a person by role; the head of a description ("the former … official").
ROLE_NOUNS = frozenset(
    canonical(w) for w in (*OFFICE_NOUNS, "specialist", "expert", "diplomat", "author", "speaker")
)
#: Nouns for a class of people: a description only with a word of what they do ("the
#: intelligence community", "US intelligence officials"); "former Trump administration
#: officials" (organization and tenure alone) is left to the office rules.
_COLLECTIVES = frozenset({"officials", "leaders", "experts", "community", "agencies", "services"})
_TENURES = {
    "former": "former",
    "ex": "former",
    "previous": "former",
    "past": "former",
    "current": "current",
    "sitting": "current",
    "incoming": "designate",
    "designate": "designate",
    "next": "designate",
}
#: Words that make another office of one: a deputy secretary is not the secretary.
_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "acting"})
#: Words that may stand inside a description without being part of what it describes.
_FILLER = frozenset({"the", "a", "an", "s", "then", "top"}) | set(_TENURES)
#: Event classes too general to name an event ("the Vietnam event").
_GENERIC_CLASSES = frozenset({"Event", "SpeechAct", "Activity", "Thing"})


@dataclass(frozen=True)
class Holder:
    """An actor as one of their offices describes them (title, office, organization,
    administration), or as their own label does (unnamed sources are named by what they
    are: "former intelligence officer")."""

    actor: str
    words: frozenset[str]  # everything the description may mention
    role: frozenset[str]  # the words of the title and office alone
    tenure: str | None


def holders(facts: dict[str, Any], index: EntityIndex) -> list[Holder]:
    """One :class:`Holder` per office holding in ``facts["holdings"]`` and per descriptively
    named actor."""

    def names(iri: str | None) -> list[str]:
        entity = index.entities.get(iri or "")
        return list(entity.names) if entity else []

    def bag(texts: list[str]) -> frozenset[str]:
        return frozenset().union(*(word_bag(normalize(t).split()) for t in texts))

    found = []
    for holding in facts.get("holdings", []):
        role = bag([holding["title"], *names(holding["office"])])
        context = bag(names(holding.get("organization")) + names(holding.get("administration")))
        found.append(Holder(holding["actor"], role | context, role, holding["tenure"]))
    for actor, venue in facts.get("appearances", []):
        # Who spoke at a venue is its speaker: "the Hudson Institute speaker".
        found.append(Holder(actor, bag(["speaker", *names(venue)]), frozenset({"speaker"}), None))
    for entity in index.entities.values():
        if "actor" in entity.kinds and entity.label[:1].islower():
            label = bag([entity.label])
            found.append(Holder(entity.iri, label, label, None))
    return found


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


def _class_words(cls: str) -> str:
    """ "TroopDeployment" → "troop deployment"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls).lower()


#: Ordinal words and which of the events of a type, in order of date, they mean.
_ORDINALS = {"first": 0, "earliest": 0, "second": 1, "third": 2, "last": -1, "latest": -1}


def resolve_ordinals(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "The second summit", "the first Trump-Kim summit", "Kim's last letter": the events of
    that type in order of date. Names between the ordinal and the type ("Trump-Kim") must
    be among the event's participants or speakers, which the graph may not say, so they are
    only read as part of the description."""
    by_class: dict[str, list[tuple[str, str]]] = {}
    for event, cls, day in facts.get("event_dates", []):
        by_class.setdefault(_class_words(cls), []).append((day, event))
    for i, token in enumerate(q.tokens):
        if token not in _ORDINALS:
            continue
        for j in range(i + 1, min(i + 4, len(q.tokens))):
            kind = singular(q.tokens[j])
            if kind not in by_class:
                continue
            between = q.mentions_between(i + 1, j)
            if any(not m.of_kind("actor") for m in between):
                break
            events = sorted(by_class[kind])
            position = _ORDINALS[token]
            if position >= len(events):
                break
            entity = index.entities.get(events[position][1])
            if entity is None:
                break
            kept = [m for m in q.mentions if m.end <= i or m.start > j]
            text = " ".join(q.tokens[i : j + 1])
            q.mentions = sorted([*kept, Mention(text, i, j + 1, (entity,), 0.9)], key=_start)
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
        kind = singular(q.tokens[i + 1])
        acts = {
            act
            for act, actor, cls in facts.get("acts", [])
            if actor == actors[0].iri and _class_words(cls) == kind and act in index.entities
        }
        if len(acts) != 1 or q.mentions_between(i, i + 2):
            continue
        entity = index.entities[acts.pop()]
        mention = Mention(f"{token} {q.tokens[i + 1]}", i, i + 2, (entity,), 0.9)
        q.mentions = sorted([*q.mentions, mention], key=_start)
        return


def resolve_countries(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "What did Trump offer in Vietnam?": a country the graph does not know, after "in" or
    "at", stands for the one event held there; anything else about it stays unknown."""
    for name in list(q.unknown_names):
        country = normalize(name)
        country = " ".join(canonical(w) for w in country.split())
        places = {p for p, c in COUNTRY_OF_PLACE.items() if c == country}
        events = {
            event
            for event, place, _cls in facts.get("event_places", [])
            if place in index.entities
            and normalize(index.entities[place].label) in places
            and "event" in index.entities.get(event, _NOBODY).kinds
        }
        positions = [i for i, t in enumerate(q.tokens) if t == normalize(name)]
        if len(events) != 1 or not positions:
            continue
        i = positions[0]
        if i == 0 or q.tokens[i - 1] not in ("in", "at"):
            continue
        entity = index.entities[events.pop()]
        q.mentions = sorted(
            [*q.mentions, Mention(q.tokens[i], i, i + 1, (entity,), 0.9)], key=_start
        )
        q.unknown_names.remove(name)


#: Words before a speaker ("what did X say", "by X"), not before an identity ("who was X").
_SPEAKER_CUES = frozenset({"did", "does", "do", "has", "have", "had", "by", "from", "according"})
_NOBODY = Entity("", "", frozenset(), ())


def _start(mention: Mention) -> int:
    return mention.start


def resolve_roles(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """Replace each description of a person by role with the actors it fits.

    A description is a role noun ("adviser", "official", "director", "analyst" …) with the
    words before it back to a question word, verb or cue ("did the former Pentagon
    official"), and "of"/"for" + a name after it ("director of Los Alamos"). It fits an actor
    when every word of it is one of the actor's office, organization or label words, and its
    tenure word (former, current, incoming) agrees. An office named exactly ("the national
    security advisor") is left to the office rules unless it stands as a speaker ("what did
    the national security advisor write").
    """
    people = holders(facts, index)
    for head in range(len(q.tokens)):
        noun = canonical(q.tokens[head])
        collective = q.tokens[head] in _COLLECTIVES
        if noun not in ROLE_NOUNS and not collective:
            continue
        start, end = _description_span(q, head)
        inside = [m for m in q.mentions if start <= m.start and m.end <= end]
        office = any(m.of_kind("office") for m in inside)
        # Names inside the description are whose or where ("Trump's", "Pentagon"); a name
        # on the role noun itself ("the leader" is Kim) is a candidate, not an owner.
        named = [m for m in inside if m.of_kind("actor") and not m.start <= head < m.end]
        if any(not m.of_kind("office") and not m.of_kind("actor") for m in inside):
            continue
        speaker = _as_speaker(q, start, end)
        if office and q.question_word and not speaker:
            continue
        if any(m.start == start and m.end == end and m.of_kind("actor") for m in inside):
            continue  # already the name of an actor: "the former intelligence officer"
        words = word_bag(t for t in q.tokens[start:end] if t not in _FILLER)
        vague = not (words - {noun}) and not office  # "the negotiator", "the official"
        tenure = next((_TENURES[t] for t in q.tokens[start:end] if t in _TENURES), None)
        others = {e.iri for m in named for e in m.entities}
        owner = word_bag(w for m in named for w in m.text.split())
        if collective:
            what = words - {noun} - owner
            if not what:
                continue
            # The class noun need not be a title: the intelligence analysts and officers
            # are "the intelligence community".
            fits = _fits(people, None, words - {noun}, tenure, others)
        else:
            fits = _fits(people, noun, words, tenure, others)
        if not fits and named and not collective:
            # "Trump's former lawyer": the graph may not say whose; the role alone decides.
            fits = _fits(people, noun, words - owner, tenure, others)
        if not q.question_word or not speaker:
            fits = [p for p in fits if p.actor in q.speakers] or (fits if q.question_word else [])
        plural = collective or (q.tokens[head] != noun and q.tokens[head].endswith("s"))
        # Everyone the description fits: "the senior official" may be Schriver or Revere.
        actors = list(dict.fromkeys(p.actor for p in fits))
        entities = tuple(index.entities[a] for a in actors if a in index.entities)
        if vague:
            # "the negotiator(s)": a bare role noun stands for the few who hold it and speak
            # (an office or a title, not a group's label); more are no description.
            holding = {p.actor for p in fits if p.tenure is not None or plural}
            entities = tuple(e for e in entities if e.iri in holding and e.iri in q.speakers)
            if len(entities) > 4:
                continue
        text = " ".join(q.tokens[start:end])
        if not entities:
            if speaker and q.question_word and not vague and not fits:
                # "What did the secretary of defense say?": a speaker the graph does not
                # know, refused like an unknown name rather than answered about the rest.
                q.unknown_names.append(text)
                return
            continue
        kept = [m for m in q.mentions if not (start <= m.start and m.end <= end)]
        q.mentions = sorted([*kept, Mention(text, start, end, entities, 0.95)], key=_start)
        return


def _fits(
    people: list[Holder],
    noun: str | None,
    words: frozenset[str],
    tenure: str | None,
    others: set[str],
) -> list[Holder]:
    """The holders a description's words fit: its role noun among their office's words,
    every other word among their words, the same tenure if it says one."""
    return [
        p
        for p in people
        if (noun is None or noun in p.role)
        and not (p.role & _RANKS) - words  # "secretary of state" is not the deputy
        and words <= p.words
        and (tenure is None or p.tenure is None or tenure == p.tenure)
        and p.actor not in others
    ]


def _description_span(q: ParsedQuestion, head: int) -> tuple[int, int]:
    """The words of a description around its role noun at ``head``."""
    start = head
    while start > 0 and not _ends_description(q.tokens[start - 1]):
        if q.tokens[start - 1] in ("are", "were", "for", "of"):
            break
        start -= 1
    end = head + 1
    if end + 1 < len(q.tokens) and q.tokens[end] in ("of", "for", "at"):
        # "director of Los Alamos", "secretary of defense": the words up to the verb.
        stop = end + 1
        while stop < len(q.tokens) and stop - end <= 4 and not _ends_description(q.tokens[stop]):
            stop += 1
        if stop > end + 1:
            end = stop
    while start < head and q.tokens[start] in ("the", "a", "an"):
        start += 1
    for mention in q.mentions:  # names the description takes in: "deputy secretary of state"
        if mention.start < end and start < mention.end:
            start, end = min(start, mention.start), max(end, mention.end)
    return start, end


def _ends_description(word: str) -> bool:
    return (
        word in QUESTION_WORDS
        or word in SPEAKER_CUES
        or word in SAY
        or word in KIND_VERBS
        or word in CONTENT_VERBS
        or word in ("about", "on", "to", "with", "and", "or", "in", "at", "is", "was")
        or word in _QUANTIFIERS
    )


#: Words that count or pick people, not describe them: "each speaker", "which official".
_QUANTIFIERS = frozenset(
    "each every all any some other others this that these those many most few several".split()
)


def _as_speaker(q: ParsedQuestion, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand as the one who speaks ("what did X write",
    "X's predictions")."""
    before = q.tokens[max(0, start - 2) : start]
    after = q.tokens[end : end + 1]
    return any(w in _SPEAKER_CUES for w in before) or bool(
        after and (after[0] in SAY or after[0] in KIND_VERBS or after[0] in CONTENT_VERBS)
    )
