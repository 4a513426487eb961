"""People described by role, resolved with the graph's own data.

An analyst names people by what they do: "the former national security adviser", "the
ex-Pentagon official", "the director of Los Alamos", "the intelligence analysts", "the
Hudson Institute speaker". The graph records who held which office (title, kind of office,
organization, administration, tenure), where each actor spoke, and names unnamed sources
by a description ("former intelligence officer"). :func:`resolve_roles` finds such a
description in a question and replaces it by the actors it fits, so the rules see a
speaker or topic as if named. A description in the place of a speaker that fits no one is
marked unknown, so the question is refused like one naming an unknown person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.entities import EntityIndex, normalize
from kg.lexicon import canonical, word_bag
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
    canonical(w)
    for w in (
        *OFFICE_NOUNS,
        *"specialist expert diplomat author speaker scholar researcher academic".split(),
    )
)
#: What the authors of a study are called.
_STUDY_ROLES = frozenset({"author", "researcher", "scholar", "academic", "expert"})
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
#: Words before a speaker ("what did X say", "by X"), not before an identity ("who was X").
_SPEAKER_CUES = frozenset({"did", "does", "do", "has", "have", "had", "by", "from", "according"})


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
    for actor, venue, cls in facts.get("appearances", []):
        # Who spoke at a venue is its speaker ("the Hudson Institute speaker"); who wrote a
        # study for one, its author or researcher ("the scholars from the CNS").
        role = _STUDY_ROLES if cls in ("Study", "Publication") else frozenset({"speaker"})
        found.append(Holder(actor, role | bag(names(venue)), role, None))
    for entity in index.entities.values():
        if "actor" in entity.kinds and entity.label[:1].islower():
            label = bag([entity.label])
            found.append(Holder(entity.iri, label, label, None))
    return found


@dataclass(frozen=True)
class Description:
    """Words of a question that describe people by role: "the former Pentagon official"."""

    start: int
    end: int  # exclusive
    noun: str  # the role noun, canonical: "official"
    words: frozenset[str]  # its canonical words, filler left out ("pentagon" is "defense")
    tenure: str | None  # former, current or designate, if it says
    owners: tuple[Mention, ...]  # names in it: whose or where ("Trump's", "Pentagon")
    office: bool  # it names an office exactly ("national security adviser")
    speaker: bool  # it stands as the one who speaks ("what did X say")
    collective: bool  # a class of people: "the intelligence community"
    plural: bool

    @property
    def vague(self) -> bool:
        """A bare role noun: "the negotiator", "the official"."""
        return not (self.words - {self.noun}) and not self.office


def resolve_roles(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """Replace the first description of people by role with the actors it fits.

    A description is a role noun ("adviser", "official", "director", "analyst" …) with the
    words before it back to a question word, verb or cue ("did the former Pentagon
    official"), and "of"/"for" + words after it ("director of Los Alamos"). It fits an actor
    when its role noun is a word of one of their offices, every other word one of that
    office's, organization's or administration's words (or of their label, for unnamed
    sources), and its tenure word (former, current, incoming) agrees. An office named
    exactly ("the national security advisor") is left to the office rules unless it stands
    as a speaker ("what did the national security advisor write").
    """
    people = holders(facts, index)
    for head in range(len(q.tokens)):
        description = _describe(q, head)
        if description is None:
            continue
        fits = _fitting(description, people, q)
        actors = _chosen(description, fits, q)
        entities = tuple(index.entities[a] for a in actors if a in index.entities)
        text = " ".join(q.tokens[description.start : description.end])
        if entities:
            q.put(Mention(text, description.start, description.end, entities, 0.95, True))
            return
        if _for_office_rules(description):
            continue  # "former Trump officials": organization and tenure, no role to match
        if description.speaker and q.question_word and not description.vague and not fits:
            # "What did the secretary of defense say?": a speaker the graph does not know,
            # refused like an unknown name rather than answered about the rest.
            q.unknown_names.append(text)
            return


#: Verbs of running an organization, and the titles of who runs one.
_RAN = frozenset("ran run runs led leads lead headed heads directed directs chaired".split())
_HEADS = frozenset({"director", "head", "chief", "chair", "chairman", "president", "leader"})


def resolve_heads(q: ParsedQuestion, facts: dict[str, Any], index: EntityIndex) -> None:
    """ "The physicist who once ran Los Alamos": someone who ran a named organization is
    whoever held its head office (director, chief, chair …) there; if the graph knows no
    one, the description is unknown (the question is not about the organization)."""
    for i, token in enumerate(q.tokens):
        if token != "who" or i < 2:
            continue
        j = i + 1 + (q.tokens[i + 1 : i + 2] in (["once"], ["formerly"], ["later"]))
        if j >= len(q.tokens) or q.tokens[j] not in _RAN:
            continue
        ran = [
            m
            for m in q.mentions
            if m.start == j + 1 or (m.start == j + 2 and q.tokens[j + 1] == "the")
        ]
        end = _phrase_end(q, j + 1)
        if ran and ran[0].end < end:
            # "ran the American nuclear weapons lab": the name is an adjective; the phrase's
            # last noun says what was run, the one organization of that kind if the graph
            # knows one.
            organizations = _organizations_of_kind(q.tokens[end - 1], facts, index)
            if not organizations:
                q.unknown_names.append(" ".join(q.tokens[i - 1 : end]))
                return
        elif not ran or not ran[0].of_kind("actor"):
            continue
        else:
            organizations = {e.iri for e in ran[0].entities}
            end = ran[0].end
        heads = [
            h["actor"]
            for h in facts.get("holdings", [])
            if h.get("organization") in organizations
            and _HEADS & word_bag(normalize(h["title"]).split())
        ]
        entities = tuple(index.entities[a] for a in dict.fromkeys(heads) if a in index.entities)
        start = i - 1  # the noun before "who": "the physicist"
        text = " ".join(q.tokens[start:end])
        if not entities:
            q.unknown_names.append(text)  # not "what the Pentagon said": refused
            return
        q.put(Mention(text, start, end, entities, 0.9, True))
        return


def _phrase_end(q: ParsedQuestion, start: int) -> int:
    """Where the noun phrase from ``start`` ends: at a verb, cue or preposition."""
    end = start
    while end < len(q.tokens) and not _ends_description(q.tokens[end]):
        end += 1
    return end


def _organizations_of_kind(noun: str, facts: dict[str, Any], index: EntityIndex) -> set[str]:
    """The one organization with office holders whose name has ``noun`` ("lab": the Los
    Alamos National Laboratory), or none if no or several ("institute")."""
    kind = word_bag([noun])
    found = {
        org
        for h in facts.get("holdings", [])
        if (org := h.get("organization"))
        and org in index.entities
        and kind <= word_bag(normalize(index.entities[org].label).split())
    }
    return found if len(found) == 1 else set()


def _describe(q: ParsedQuestion, head: int) -> Description | None:
    """The description whose role noun is at ``head``, if it is one to resolve."""
    token = q.tokens[head]
    noun = canonical(token)
    collective = token in _COLLECTIVES
    if noun not in ROLE_NOUNS and not collective:
        return None
    start, end = _description_span(q, head)
    inside = [m for m in q.mentions if start <= m.start and m.end <= end]
    if any(not m.of_kind("office") and not m.of_kind("actor") for m in inside):
        return None  # an event or a position is no part of a person's description
    if any(m.start == start and m.end == end and m.of_kind("actor") for m in inside):
        return None  # already the name of an actor: "the former intelligence officer"
    office = any(m.of_kind("office") for m in inside)
    speaker = _as_speaker(q, start, end)
    if office and q.question_word and not speaker:
        return None  # "Who is the South Korean president?": the office rules answer
    # An office named in it counts by its own words: "natinal security adviser" (misspelt,
    # linked by similarity) is the national security advisor.
    offices = [m for m in inside if m.of_kind("office")]
    typed = [
        t
        for i, t in enumerate(q.tokens[start:end], start)
        if t not in _FILLER and not any(m.start <= i < m.end for m in offices)
    ]
    named = [w for m in offices for w in normalize(m.of_kind("office")[0].label).split()]
    return Description(
        start=start,
        end=end,
        noun=noun,
        words=word_bag([*typed, *named]),
        tenure=next((_TENURES[t] for t in q.tokens[start:end] if t in _TENURES), None),
        # A name on the role noun itself ("the leader" is Kim) is a candidate, no owner.
        owners=tuple(m for m in inside if m.of_kind("actor") and not m.start <= head < m.end),
        office=office,
        speaker=speaker,
        collective=collective,
        plural=collective or (token != noun and token.endswith("s")),
    )


def _for_office_rules(d: Description) -> bool:
    """Whether a description names a class of officials only by whose they are ("former
    Trump officials"): not a role to resolve, nor an unknown speaker to refuse, but the
    office rules' question."""
    owner = word_bag(w for m in d.owners for w in m.text.split())
    return d.collective and not d.words - {d.noun} - owner


def _fitting(d: Description, people: list[Holder], q: ParsedQuestion) -> list[Holder]:
    """The holders a description fits (see :func:`resolve_roles`)."""
    others = {e.iri for m in d.owners for e in m.entities}
    owner = word_bag(w for m in d.owners for w in m.text.split())
    if d.collective:
        if not d.words - {d.noun} - owner:
            return []  # "former Trump administration officials": the office rules answer
        # The class noun need not be a title: the intelligence analysts and officers are
        # "the intelligence community".
        fits = _fits(people, None, d.words - {d.noun}, d.tenure, others)
    else:
        fits = _fits(people, d.noun, d.words, d.tenure, others)
        if not fits and d.owners:
            # "Trump's former lawyer": the graph may not say whose; the role alone decides.
            fits = _fits(people, d.noun, d.words - owner, d.tenure, others)
    if not q.question_word or not d.speaker:
        # Keywords, or a description that is not the speaker: those who speak, if any.
        fits = [p for p in fits if p.actor in q.speakers] or (fits if q.question_word else [])
    return fits


def _chosen(d: Description, fits: list[Holder], q: ParsedQuestion) -> list[str]:
    """Everyone a description fits ("the senior official" may be Schriver or Revere); for a
    bare role noun ("the negotiator(s)") the few who hold it and speak, or no one."""
    actors = list(dict.fromkeys(p.actor for p in fits))
    if not d.vague:
        return actors
    holding = {p.actor for p in fits if p.tenure is not None or d.plural}
    chosen = [a for a in actors if a in holding and a in q.speakers]
    return chosen if len(chosen) <= 4 else []


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
        or word in ("about", "on", "to", "with", "and", "or", "in", "at", "is", "was", "as")
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
