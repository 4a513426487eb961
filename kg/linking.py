"""Linking the names an article's attributions give to the entities the store knows.

:class:`Linker` does it for one article (:func:`kg.machine_annotation.annotate` asks it):

- speakers, authors and the publisher are linked to known actors by label or alias
  ("Biegun" → Stephen Biegun), else minted from their name (so two articles quoting the
  same new person share one actor; another name with the same slug gets its own);
  unnamed sources stay actors with their descriptor, one per descriptor and article;
- events the text names are linked to known ones by a name or alias that is a proper
  name ("the Hanoi talks", not "the talks"), the longest first; capitalized names ending
  in an event word ("the Geneva Summit", "Paris Peace Talks") are minted;
- a statement's venue is such an event when its name ends in an event word, else a known
  or new organization (see :meth:`Linker.venue_for`).

Names in other scripts (Hangul, Chinese, Cyrillic) have no letters a slug can keep: their
slugs, and those of files so named, are a short hash of the name (see :func:`name_slug`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

from kg.annotations import Actor, ActorType, Event, OfficeHolding, slugify
from kg.entities import Entity, EntityIndex, normalize
from kg.namespaces import entity_iri

if TYPE_CHECKING:
    from kg.extract import Attribution


ORGANIZATION_WORDS = set(
    """institute institution ministry department agency council university college
    committee commission party news times post journal press network association society
    foundation center centre bureau office administration government corporation company
    group bank fund union league organization organisation army navy command service
    embassy court congress parliament senate house assembly""".split()
)
GROUP_WORDS = set(
    """officials analysts experts sources negotiators diplomats officers aides advisers
    advisors critics observers lawmakers leaders members residents people voters
    supporters opponents researchers scientists investigators authorities attorneys
    lawyers americans millennials hispanics latinos europeans muslims christians catholics
    evangelicals conservatives liberals progressives independents""".split()
)
EVENT_WORDS = {
    "summit": "summit",
    "conference": "meeting",
    "meeting": "meeting",
    "talks": "negotiation",
    "negotiations": "negotiation",
    "election": "election",
    "elections": "election",
    "war": "war",
    "forum": "meeting",
    "convention": "meeting",
    "debate": "meeting",
    "hearing": "testimony",
    "treaty": "political-process",
    "accord": "political-process",
    "agreement": "political-process",
    "crisis": "political-process",
    "primary": "election",
    "caucus": "election",
    "rally": "speech",
}
_EVENT_NAME = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){1,4}(?:" + "|".join(w.capitalize() for w in EVENT_WORDS) + r"))\b"
)


class Linker:
    """Links names in one article to the entities the store knows, or mints new ones."""

    def __init__(self, index: EntityIndex, slug: str, minted: dict[str, str] | None = None):
        self.index = index
        self.slug = slug
        # IRI → name of what earlier articles of this run minted: "Obama" and "OBAMA" are
        # one actor with one name (the first seen), as the shapes require.
        self.minted = minted if minted is not None else {}
        self.actors: dict[str, Actor] = {}
        self.events: dict[str, Event] = {}

    def actors_for(self, a: Attribution) -> tuple[str, ...]:
        """The statement's speakers: one, or each of those the extractor found saying it
        together ("Siegfried Hecker and Robert Carlin", with their own offices), unless the
        whole is a known actor or one name ("Procter and Gamble": parts of one word each
        that no known actor bears). A group around a person comes named after that person
        by the extractor ("Tim Roe's aides", "others with Tim Roe")."""
        if len(a.speakers) < 2 or self._known(a.speaker or "", "actor") is not None:
            return (self.actor_for(a),)
        named = [agent.name for agent in a.speakers if agent.named]
        if len(named) > 1 and all(
            len(n.split()) == 1 and self._known(n, "actor") is None for n in named
        ):
            return (self.actor_for(a),)
        people = []
        for agent in a.speakers:
            if not agent.named:
                people.append(self._unnamed(agent.name, agent.name))
                continue
            one = dataclasses.replace(
                a,
                speaker=agent.name,
                descriptor=None,
                office=agent.office,
                office_status=agent.office_status,
                speakers=(agent,),
            )
            people.append(self.actor_for(one))
        return tuple(dict.fromkeys(people))  # "Trump and Trump" is one speaker

    def actor_for(self, a: Attribution) -> str:
        """The id of the statement's one speaker: a known actor when :meth:`_known` finds
        the name, else one minted from it (with the office the extractor read), or an
        unnamed source of this article."""
        name = (a.speaker or "").strip()
        descriptor = (a.descriptor or "").strip() or None
        # The extractor says whether the speaker is named ("Attorneys for Ann Lee" is not).
        named = a.speakers[0].named if len(a.speakers) == 1 else _looks_named(name)
        if name and named:
            known = self._known(name, "actor")
            if known is not None:
                return self._add(Actor(known[0], "person", known[1], known=True))
            ident = self._mint("actor", name)
            offices: tuple[OfficeHolding, ...] = ()
            if a.office:
                offices = (
                    OfficeHolding(
                        # Per article: the tenure is as of its source ("former" in one,
                        # "current" in another), and a holding has one tenure.
                        key=f"{self.slug}--{name_slug(a.office)[:40]}",
                        title=a.office,
                        office=name_slug(a.office)[:60],
                        tenure=a.office_status or "current",
                    ),
                )
            body = len(a.speakers) == 1 and a.speakers[0].body
            kind: ActorType = "organization" if body else _actor_type(name)
            return self._add(Actor(ident, kind, name, offices=offices))
        printed = descriptor or name or "an unnamed source"
        return self._unnamed(name or printed, printed)

    def _unnamed(self, core: str, printed: str) -> str:
        """An unnamed source of this article: a group when its core is plural."""
        kind: ActorType = "group" if _is_plural(core) else "anonymous"
        ident = f"{self.slug}--{name_slug(core)[:50]}"
        return self._add(Actor(ident, kind, core, descriptor=printed))

    def _known(self, name: str, kind: str) -> tuple[str, str] | None:
        """The slug and label of the one known entity of ``kind`` with this name as label
        or alias, normalized ("Biegun", "Kim Jong-un"); failing that, of the one entity
        found by the name's last word whose label normalizes to the whole name. None when
        no entity or several fit: an ambiguous name is minted, not guessed."""
        # The index's kinds are broad (a speech act such as a memoir is also an "event"):
        # only entities minted under the kind's own IRIs are linked as that kind.
        found = [(i, e) for e in self.index.exact(name, [kind]) if (i := entity_slug(e.iri, kind))]
        if len(found) == 1:
            return found[0][0], found[0][1].label
        surname = name.split()[-1]
        if len(found) == 0 and len(name.split()) > 1:
            people = [
                (i, e)
                for e in self.index.exact(surname, [kind])
                if (i := entity_slug(e.iri, kind))
                and e.label.split()[-1].casefold() == surname.casefold()
            ]
            if len(people) == 1 and normalize(people[0][1].label) == normalize(name):
                return people[0][0], people[0][1].label
        return None

    def _mint(self, kind: str, name: str) -> str:
        """The slug of a new entity: its name's (see :func:`name_slug`). When the store or
        this run already has the slug for another name ("Zoë Park" and "Zo Park"), the
        name's hash tells them apart: merged, the entity would have two names, which the
        shapes forbid and the ingest's checks cannot see (they read only what the run
        writes)."""
        ident = name_slug(name)
        if any(f"{other}/{ident}" in self.minted for other in ("actor", "event") if other != kind):
            # Entities of all kinds share one slug space in the graph.
            return f"{ident}-{_name_hash(name)}"
        taken = self.minted.get(f"{kind}/{ident}")
        if taken is None and (stored := self.index.entities.get(entity_iri(kind, ident))):
            taken = stored.label
        if taken is not None and normalize(taken) != normalize(name):
            ident = f"{ident}-{_name_hash(name)}"
        return ident

    def _add(self, actor: Actor) -> str:
        if not actor.known:
            name = self.minted.setdefault(f"actor/{actor.id}", actor.name)
            actor = dataclasses.replace(actor, name=name)
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
        return actor.id

    def named(self, name: str, kind: ActorType) -> str:
        """The name under which an author or publisher goes into the graph: a known actor's
        label ("Sneider" → "Daniel Sneider", "KEI" → its institute), else the name of the
        actor minted for it. The graph finds the actor by that name among the article's."""
        known = self._known(name, "actor")
        if known is not None:
            ident = self._add(Actor(known[0], kind, known[1], known=True))
        else:
            ident = self._add(Actor(self._mint("actor", name), kind, name))
        return self.actors[ident].name

    def actor_slug(self, name: str) -> str:
        """The slug of the actor an author or publisher named ``name`` is (or would be)."""
        known = self._known(name, "actor")
        return known[0] if known is not None else self._mint("actor", name)

    def venue_for(self, name: str) -> str | None:
        """The entity a statement's venue names: a known or new event when its name ends in
        an event's word ("the Dunmore convention" is the Dunmore Convention the article
        names elsewhere), else a known or new organization ("Korea Society"). None for a
        kind of occasion that names no one ("news conference", "statement", "2021
        interview"): minted, every article's would be one shared node."""
        if not any(c.isupper() for c in name):
            return None
        event = self._event_named(name)
        if event is not None:
            return event
        known = self._known(name, "actor")
        if known is not None:
            return self._add(Actor(known[0], "organization", known[1], known=True))
        return self._add(Actor(self._mint("actor", name), "organization", name))

    def _event_named(self, name: str) -> str | None:
        """The known or new event ``name`` names, when it ends in an event's word."""
        if name.split()[-1].lower() not in EVENT_WORDS:
            return None
        known = self._known_by(name)
        if known:
            return self._known_event(*known[0])
        return self._new_event(name)

    def _new_event(self, name: str) -> str:
        """Mint (once per run) the event ``name``, which ends in an event's word."""
        ident = self._mint("event", name)
        kind = EVENT_WORDS[name.split()[-1].lower()]
        name = self.minted.setdefault(f"event/{ident}", name)
        self.events.setdefault(ident, Event(ident, kind, name))
        return ident

    def _known_event(self, ident: str, entity: Entity) -> str:
        self.events.setdefault(ident, Event(ident, "event", entity.label, known=True))
        return ident

    def events_in(self, text: str, start: int, end: int) -> list[str]:
        """Events named in ``text[start:end]``: known ones by a proper name, new ones minted
        from a capitalized name ending in an event word ("the Geneva Summit")."""
        window = text[start:end]
        minted: list[str] = []
        for match in _EVENT_NAME.finditer(window):
            name = match.group(1).strip()
            if normalize(name).split()[0] in ("the", "a", "an"):
                name = name.split(" ", 1)[1]
            words = name.split()
            if any(self._known_by(" ".join(words[k:])) for k in range(len(words))):
                # A known event, found by its name below; capitalized words before it are
                # a headline's ("Trump Meets Kim At The Hanoi Summit"), not a new event's.
                continue
            # A new event's words name no known one: "the Hanoi Peace Conference" is not
            # the Hanoi Summit, so they are blanked before the known names are looked up.
            blank = " " * (match.end(1) - match.start(1))
            window = window[: match.start(1)] + blank + window[match.end(1) :]
            ident = self._new_event(name)
            if ident not in minted:
                minted.append(ident)
        found = self._known_events(window)
        return found + [ident for ident in minted if ident not in found]

    def _known_events(self, window: str) -> list[str]:
        """Known events named in ``window``, the longest names first: words a longer name
        took are not read again ("the Hanoi talks" is the summit, not also "talks")."""
        found: list[str] = []
        tokens = normalize(window).split()
        taken: set[int] = set()
        for size in range(min(6, len(tokens)), 0, -1):
            for i in range(len(tokens) - size + 1):
                words = range(i, i + size)
                phrase = " ".join(tokens[i : i + size])
                if taken.intersection(words) or (size == 1 and len(phrase) < 5):
                    continue
                entities = self._known_by(phrase)
                if entities:
                    taken.update(words)
                for ident, entity in entities:
                    if ident not in found:
                        found.append(self._known_event(ident, entity))
        return found

    def _known_by(self, name: str) -> list[tuple[str, Entity]]:
        """(slug, entity) of the known events with ``name`` as a proper name."""
        phrase = normalize(name)
        return [
            (ident, entity)
            for entity in self.index.exact(phrase, ["event"])
            if (ident := entity_slug(entity.iri, "event")) and _proper_name(entity, phrase)
        ]


def _proper_name(entity: Entity, phrase: str) -> bool:
    """Whether one of the names of ``entity`` that read as ``phrase`` is a proper name
    (a capital or a digit: "the Hanoi talks", "2024 election"). Lower-case aliases ("the
    talks", "the election", "renewed talks") name an event inside the article they were
    curated from; in another one they are as likely other talks or another election."""
    return any(
        normalize(name) == phrase and any(c.isupper() or c.isdigit() for c in name)
        for name in entity.names
    )


def entity_slug(found: str, kind: str) -> str | None:
    """The slug of ``<BASE>/id/<kind>/<slug>``, or None for an IRI of another kind."""
    prefix = entity_iri(kind, "")
    return found[len(prefix) :] if found.startswith(prefix) else None


def name_slug(name: str) -> str:
    """The slug of a name, accents folded ("José Díaz" → jose-diaz). A name with no Latin
    letter or digit to keep (Hangul, Chinese, Cyrillic) would slug to 'x' like every other
    such name, and two speakers or files so named would be one: it gets a short hash of
    the name instead, the same for the same name.

    >>> name_slug("José Díaz"), name_slug("Сергей Лавров") != name_slug("Владимир Путин")
    ('jose-diaz', True)
    """
    folded = _fold(name)
    if not re.search(r"[A-Za-z0-9]", folded):
        return _name_hash(name)
    return slugify(folded)


def _name_hash(name: str) -> str:
    """Eight hex digits of the normalized name: "OBAMA" and "Obama" hash alike."""
    return hashlib.sha256(normalize(name).encode()).hexdigest()[:8]


def _fold(name: str) -> str:
    """The name without its accents: "Díaz" → "Diaz"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _looks_named(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in ("a", "an", "the")


def _actor_type(name: str) -> ActorType:
    words = {w.lower().strip(".,") for w in name.split()}
    return "organization" if words & ORGANIZATION_WORDS else "person"


def _is_plural(phrase: str) -> bool:
    """ "senior officials", "others with Tim Roe", "attorneys for Ann Lee": the head noun
    (before "of" or "for") names a group."""
    words = phrase.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "with")), len(words))
    head = words[:cut]
    return bool(head) and (head[-1] in GROUP_WORDS or head[0] in {"others", "other"})
