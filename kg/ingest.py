"""``kg ingest``: read articles with the extractor and add each as its own named graph.

Each file becomes an :class:`~kg.annotations.Annotation` — the same model the curated seeds
use — so it goes into the graph through :func:`kg.graph.annotation_graph` like them:

- speakers, authors and the publisher are linked to known actors by label or alias
  ("Biegun" → Stephen Biegun), else minted from their name (so two articles quoting the
  same new person share one actor; another name with the same slug gets its own);
  unnamed sources stay actors with their descriptor, one per descriptor and article;
- events the text names are linked to known ones by a name or alias that is a proper
  name ("the Hanoi talks", not "the talks"), the longest first; capitalized names ending
  in an event word ("the Geneva Summit", "Paris Peace Talks") are minted;
- each statement carries the extractor's version and confidence.

Writes happen under the store's exclusive lock, in a staging generation: a checkpoint of
the current one (RocksDB hard-links its table files, so this costs no copy), into which each
batch of articles goes through Oxigraph's bulk loader. Only when every batch is in does the
store's ``current`` link swap to it, so a run that fails half-way leaves the graph as it was
(the bulk loader alone is not transactional). The inferred and helper triples of a batch
are derived by the SPARQL rules on a small store holding the batch, the ontology, the
structural links they depend on (parts of events, proposals, sub-organizations) and the
stored types and names of the known actors and events the batch cites, so they are what a
full build derives and their cost grows with the batch, not the archive; the compaction at
the end rewrites the staging copy's tables, so an ingest may need up to twice the store's
disk space for a while.
Ingesting the same file twice changes nothing, even with other details (``--title``,
``--author``, …): those the stored article does not have are reported in
:attr:`IngestReport.not_applied` (``kg ingest`` prints them on stderr). With ``replace``
(``kg ingest --replace``) a file's article is read again instead: it is taken out of the
staging generation (:func:`kg.articles.drop_article`) and written anew under its slug,
with the details given and, for those not given, the ones it had.

Names in other scripts (Hangul, Chinese, Cyrillic) have no letters a slug can keep: their
slugs, and those of files so named, are a short hash of the name (see :func:`name_slug`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.annotations import (
    Actor,
    ActorType,
    Annotation,
    ArticleMeta,
    Event,
    OfficeHolding,
    Span,
    SpeechAct,
    Statement,
    slugify,
)
from kg.article_input import ArticleInfo, date_spec, published_date, read_articles
from kg.articles import text_sha256
from kg.entities import Entity, EntityIndex, normalize
from kg.errors import InputError, StoreError
from kg.namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, article_graph, entity_iri

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Graph

    from kg.engine import LocalEngine
    from kg.extract import Attribution
    from kg.store import Manifest


@dataclass(frozen=True)
class Step:
    """How far an ingest is: ``done`` of ``total`` steps, and what it is doing now.

    Each file is two steps, read and then checked and written (the checks take most of the
    time, so a bar that counted reading alone sat at 100 % while the last batch was still
    being checked); the compaction and the swap at the end are the last step, reported
    done only once the new graph is in use.
    """

    done: int
    total: int
    doing: str


Progress = Callable[[Step], None]


class _Steps:
    """Counts an ingest's steps and tells ``progress`` about each change."""

    def __init__(self, files: int, progress: Progress | None):
        self.done = 0
        self.total = 2 * files + 1
        self.progress = progress

    def tell(self, doing: str, advance: int = 0) -> None:
        self.done = min(self.total, self.done + advance)
        if self.progress is not None:
            self.progress(Step(self.done, self.total, doing))


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
KIND_BY_CUE = {
    "predicted": "prediction",
    "predicts": "prediction",
    "expects": "prediction",
    "expected": "prediction",
    "anticipate": "prediction",
    "anticipates": "prediction",
    "forecast": "prediction",
    "warned": "warning",
    "warns": "warning",
    "believes": "belief",
    "believed": "belief",
    "thinks": "belief",
    "thought": "belief",
    "proposed": "proposal",
    "offered": "proposal",
    "urged": "demand",
    "demanded": "demand",
    "called for": "demand",
    "announced": "announcement",
    "criticized": "criticism",
    "criticised": "criticism",
    "concluded": "conclusion",
}
_EVENT_NAME = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){1,4}(?:" + "|".join(w.capitalize() for w in EVENT_WORDS) + r"))\b"
)


#: A statement's venue that is the outlet publishing the article, where the text names
#: no other ("told the newspaper").
_OUTLET_NOUNS = frozenset({"newspaper", "paper"})


@dataclass(frozen=True)
class DetailsNotApplied:
    """An unchanged file given details its stored article does not have: they were not
    applied, since ingesting the same file again changes nothing."""

    path: Path
    slug: str
    options: tuple[str, ...]  # "--title", "--author", … in the order of ``kg ingest --help``

    def notice(self) -> str:
        return (
            f"{self.path}: already ingested as article '{self.slug}'; "
            f"{', '.join(self.options)} not applied (kg ingest --replace applies them)"
        )


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_applied: list[DetailsNotApplied] = field(default_factory=list)
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0


def article_slug(path: Path, text: str, taken: set[str]) -> str:
    """A stable slug from the file name; the content hash tells apart equal names.

    A file with a name seen before but other text is another article (``report.txt`` in
    two folders), never a replacement: ingesting must not lose what is stored.
    """
    base = name_slug(path.stem)[:60]
    if base in taken:
        base = f"{base}-{text_sha256(text)[:8]}"
    return base


class _Linker:
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
        found = [(i, e) for e in self.index.exact(name, [kind]) if (i := _ident(e.iri, kind))]
        if len(found) == 1:
            return found[0][0], found[0][1].label
        surname = name.split()[-1]
        if len(found) == 0 and len(name.split()) > 1:
            people = [
                (i, e)
                for e in self.index.exact(surname, [kind])
                if (i := _ident(e.iri, kind))
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
            if (ident := _ident(entity.iri, "event")) and _proper_name(entity, phrase)
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


def _ident(found: str, kind: str) -> str | None:
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


def annotate(
    text: str,
    slug: str,
    attributions: Sequence[Attribution],
    index: EntityIndex,
    info: ArticleInfo,
    extractor: str,
    minted: dict[str, str] | None = None,
) -> Annotation:
    """The annotation of one machine-read article (``minted``: see :class:`_Linker`)."""
    from kg.extract.model import quoted_words

    linker = _Linker(index, slug, minted)
    published = date_spec(info.published)
    statements: list[Statement] = []
    acts: list[SpeechAct] = []
    # One speaker at one venue on one date is one occasion: Schriver's four quotes from his
    # Hudson Institute talk are statements of one speech act, as in the curated seed.
    occasions: dict[tuple[tuple[str, ...], str, str | None], str] = {}
    for n, a in enumerate(attributions):
        speakers = linker.actors_for(a)
        # The graph keeps a quote's words without its marks, like the curated claims.
        words = [quoted_words(text, part) for part in a.content]
        segments = tuple(Span(s, e, text[s:e]) for s, e in words if e > s)
        if not segments:
            continue
        lo = min(s for s, _ in a.content)
        hi = max(e for _, e in a.content)
        about = linker.events_in(text, lo, hi)
        stated_in = None
        if a.venue in _OUTLET_NOUNS and info.publisher:
            # "told the newspaper" where the text names no paper: the one publishing it.
            a = dataclasses.replace(a, venue=info.publisher)
        occasion = (speakers, a.venue.casefold(), a.date) if a.venue else None
        if occasion is not None and occasion in occasions:
            stated_in = occasions[occasion]
        elif a.venue or a.date:
            stated_in = f"{slug}--said-{n}"
            if occasion is not None:
                occasions[occasion] = stated_in
            venue = linker.venue_for(a.venue) if a.venue else None
            acts.append(
                SpeechAct(
                    stated_in,
                    name=" and ".join(linker.actors[s].name for s in speakers)
                    + ", "
                    + (a.venue or a.date or ""),
                    speakers=speakers,
                    venue=venue,
                    date=date_spec(a.date),
                )
            )
        cue_text = text[a.cue[0] : a.cue[1]] if a.cue else None
        statements.append(
            Statement(
                id=f"s{n}",
                mode=a.kind,
                speakers=speakers,
                segments=segments,
                descriptor=text[a.source[0] : a.source[1]] if a.source else a.descriptor,
                cue=cue_text,
                cue_span=Span(a.cue[0], a.cue[1], cue_text) if a.cue and cue_text else None,
                source_span=Span(a.source[0], a.source[1], text[a.source[0] : a.source[1]])
                if a.source
                else None,
                about=tuple(about),
                stated_in=stated_in,
                kind=KIND_BY_CUE.get((cue_text or "").lower()),
                confidence=max(0.0, min(1.0, a.confidence)),
                extractor=extractor,
            )
        )
    # Through the linker, like speakers: the graph would mint them from the name as given.
    authors = tuple(dict.fromkeys(linker.named(a.strip(), "person") for a in info.authors))
    publisher = linker.named(info.publisher.strip(), "organization") if info.publisher else None
    meta = ArticleMeta(
        slug=slug,
        title=info.title,
        authors=authors,
        publisher=publisher,
        published=published,
        url=info.url,
    )
    return Annotation(
        meta=meta,
        text=text,
        actors=tuple(linker.actors.values()),
        events=tuple(linker.events.values()),
        speech_acts=tuple(acts),
        statements=tuple(statements),
    )


# --------------------------------------------------------------------------------------
# Writing to the store
# --------------------------------------------------------------------------------------

_STRUCTURE = """
PREFIX kgc: <https://w3id.org/kgclaims/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
CONSTRUCT { ?a ?p ?b }
WHERE { VALUES ?p { kgc:partOf kgc:proposedAt org:subOrganizationOf } ?a ?p ?b }
"""


def derive_for_batch(
    store: pyoxigraph.Store,
    batch: Iterable[pyoxigraph.Quad],
    ontology: bytes,
    *,
    subjects: set[pyoxigraph.NamedNode] | None = None,
    stored: bool = True,
) -> list[pyoxigraph.Quad]:
    """Inferred and helper triples of a batch, from a scratch store (see the module doc):
    those about ``subjects``, by default whatever the batch names. With ``stored``, the
    scratch store also holds what ``store`` says of the entities the batch cites without
    describing them (see :func:`_stored_descriptions`); a caller whose batch already holds
    every triple naming them passes False."""
    import pyoxigraph

    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.reason import apply_rules

    batch = list(batch)
    scratch = pyoxigraph.Store()
    scratch.load(
        ontology, format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    )
    context = pyoxigraph.NamedNode(f"{ARTICLE_GRAPH_PREFIX}context")
    structure = store.query(_STRUCTURE, use_default_graph_as_union=True)
    assert isinstance(structure, pyoxigraph.QueryTriples)
    scratch.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, context) for t in structure)
    if stored:
        scratch.extend(_stored_descriptions(store, batch, context))
    scratch.extend(batch)
    apply_rules(scratch)
    inferred = pyoxigraph.NamedNode(INFERRED_GRAPH)
    # Only what concerns the batch: the context entities' inferences are in the store.
    touched: set[pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Triple]
    if subjects is not None:
        touched = set(subjects)
    else:
        touched = {q.subject for q in batch} | {
            q.object for q in batch if isinstance(q.object, pyoxigraph.NamedNode)
        }
    return [
        q for q in scratch.quads_for_pattern(None, None, None, inferred) if q.subject in touched
    ]


def _stored_descriptions(
    store: pyoxigraph.Store, batch: list[pyoxigraph.Quad], context: pyoxigraph.NamedNode
) -> list[pyoxigraph.Quad]:
    """The types and names ``store`` gives (inferred ones included) the entities ``batch``
    names but does not type (the known actors and events an article cites: it only points
    at them), moved into the graph ``context``.

    A full build derives from every graph at once; a batch read alone would give a known
    person only the type its use implies (a speaker is an actor: "narrowest type Actor"
    next to the stored Person) and a statement about a known event no event name in its
    search text. Beside their stored types and names, the rules derive for the batch what
    a build would. Nothing more of them: those are all the rules read of an entity the
    batch does not describe (its stored types stand for whatever else was said of it), and
    the rest, such as an actor's link to every article that cites it, grows with the
    archive."""
    import pyoxigraph

    from kg.namespaces import ID, PREFIXES

    rdf_type = pyoxigraph.NamedNode(PREFIXES["rdf"] + "type")
    label = pyoxigraph.NamedNode(PREFIXES["rdfs"] + "label")
    typed = {q.subject for q in batch if q.predicate == rdf_type}
    cited = {
        node
        for q in batch
        for node in (q.subject, q.object)
        if isinstance(node, pyoxigraph.NamedNode) and node.value.startswith(ID)
    }
    return [
        pyoxigraph.Quad(q.subject, q.predicate, q.object, context)
        for node in cited - typed
        for predicate in (rdf_type, label)
        for q in store.quads_for_pattern(node, predicate, None)
    ]


def ingest(
    paths: Sequence[Path],
    *,
    store_dir: Path,
    info: ArticleInfo,
    validate: bool = True,
    batch_size: int = 50,
    progress: Progress | None = None,
    replace: bool = False,
) -> IngestReport:
    """Read, extract and add every file; with ``replace``, read the articles of files
    ingested before again (see the module docstring)."""
    import time

    from kg.store import StoreDir

    started = time.perf_counter()
    info.check()
    texts = read_articles(paths)  # fail fast, before any write
    report = IngestReport()
    steps = _Steps(len(texts), progress)
    store = StoreDir(store_dir)
    with store.lock(exclusive=True):
        manifest, current = store.built()
        known = {sha: slug for slug, sha in manifest.ingested.items()}
        targets = _replacements(texts, manifest) if replace else {}
        again = [(p, known[sha]) for p, t in texts if (sha := text_sha256(t)) in known]
        if not replace:
            report.not_applied = _details_not_applied(current, again, info.for_one_of(len(texts)))
        if not targets and all(text_sha256(text) in known for _path, text in texts):
            for path, text in texts:  # nothing new: no staging generation at all
                report.unchanged.append(known[text_sha256(text)])
                steps.tell(f"unchanged {path.name}", 2)
        else:
            with store.writing():
                staging = store.new_generation()
                try:
                    _ingest_into(
                        staging,
                        current,
                        texts,
                        manifest,
                        info,
                        report,
                        validate,
                        batch_size,
                        steps,
                        targets,
                    )
                    store.write_manifest(staging, manifest)
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise
                # Outside the try: once the link points at staging, it is the graph in use.
                store.activate(staging)
        steps.tell("done", 1)
    report.replaced = [slug for slug in report.added if slug in targets.values()]
    report.added = [slug for slug in report.added if slug not in targets.values()]
    report.seconds = time.perf_counter() - started
    return report


def _details_not_applied(
    current: Path, again: list[tuple[Path, str]], info: ArticleInfo
) -> list[DetailsNotApplied]:
    """The files ingested before (``again``: path and article slug) whose stored article
    differs from ``info`` in a detail ``info`` gives. Names are compared as the ingest
    would link them: "Sneider" is Daniel Sneider, stored for "daniel sneider" too."""
    if not again or info == ArticleInfo():
        return []  # the common case opens nothing
    import pyoxigraph

    from kg.engine import LocalEngine

    try:
        store = pyoxigraph.Store.read_only(str(current / "oxigraph"))
    except OSError as exc:
        raise StoreError(f"cannot open the store in {current}: {exc}") from None
    index = EntityIndex.load(LocalEngine(store))
    found = []
    for path, slug in again:
        stored = _stored_details(store, slug)
        linker = _Linker(index, slug)
        given = {
            "--title": {info.title} if info.title is not None else None,
            "--published": {s.value.lexical}
            if (s := date_spec(info.published)) and s.value
            else None,
            "--url": {info.url} if info.url is not None else None,
            "--publisher": {linker.actor_slug(info.publisher.strip())}
            if info.publisher is not None
            else None,
            "--author": {linker.actor_slug(a.strip()) for a in info.authors}
            if info.authors
            else None,
        }
        options = tuple(o for o, value in given.items() if value is not None and value != stored[o])
        if options:
            found.append(DetailsNotApplied(path, slug, options))
    return found


def _stored_details(store: pyoxigraph.Store, slug: str) -> dict[str, set[str]]:
    """What the article graph ``slug`` says of its article, by the option that sets it:
    the values as strings, the publisher and authors as actor slugs."""

    def objects(subject: str, prop: str) -> set[str]:
        return _objects(store, slug, subject, prop)

    article = entity_iri("article", slug)
    return {
        "--title": objects(article, "dcterms:title"),
        "--published": {
            label for t in objects(article, "time:hasTime") for label in objects(t, "rdfs:label")
        },
        "--url": objects(article, "schema:url"),
        "--publisher": {
            i for v in objects(article, "schema:publisher") if (i := _ident(v, "actor"))
        },
        "--author": {i for v in objects(article, "schema:author") if (i := _ident(v, "actor"))},
    }


def _stored_info(store: pyoxigraph.Store, slug: str) -> ArticleInfo:
    """The details of the stored article ``slug``, as ``kg ingest`` takes them: the
    publisher and authors by their names (the label of the actor each is)."""

    def objects(subject: str, prop: str) -> list[str]:
        return sorted(_objects(store, slug, subject, prop))

    def one(values: list[str]) -> str | None:
        return values[0] if values else None

    def names(actors: list[str]) -> list[str]:
        # The label as any graph has it: a known actor is described elsewhere.
        return [
            name for actor in actors for name in sorted(_objects(store, None, actor, "rdfs:label"))
        ]

    article = entity_iri("article", slug)
    return ArticleInfo(
        title=one(objects(article, "dcterms:title")),
        published=one(
            [d for t in objects(article, "time:hasTime") for d in objects(t, "rdfs:label")]
        ),
        url=one(objects(article, "schema:url")),
        publisher=one(names(objects(article, "schema:publisher"))),
        authors=tuple(names(objects(article, "schema:author"))),
    )


def _objects(store: pyoxigraph.Store, slug: str | None, subject: str, prop: str) -> set[str]:
    """The values (IRIs and literals alike) of ``prop`` (``prefix:name``) of ``subject`` in
    the article graph ``slug`` (None: in any graph)."""
    import pyoxigraph

    from kg.namespaces import PREFIXES

    graph = pyoxigraph.NamedNode(article_graph(slug)) if slug is not None else None
    prefix, local = prop.split(":")
    p = pyoxigraph.NamedNode(PREFIXES[prefix] + local)
    found = store.quads_for_pattern(pyoxigraph.NamedNode(subject), p, None, graph)
    return {q.object.value for q in found if not isinstance(q.object, pyoxigraph.Triple)}


def _ingest_into(
    staging: Path,
    current: Path,
    texts: list[tuple[Path, str]],
    manifest: Manifest,
    info: ArticleInfo,
    report: IngestReport,
    validate: bool,
    batch_size: int,
    steps: _Steps,
    targets: dict[int, str],
) -> None:
    """Checkpoint ``current`` into ``staging`` and bulk-load the new articles there; the
    articles ``targets`` names (by the index of their text) are taken out first and read
    again under their slugs."""
    from kg.engine import LocalEngine
    from kg.extract import EXTRACTOR_VERSION, extract
    from kg.store import seal, stage_copy

    engine = LocalEngine(stage_copy(current, staging), writable=True)
    try:
        writer = _BatchWriter(engine, manifest, report, validate=validate)
        given = info.for_one_of(len(texts))
        infos = _take_out(engine.store, targets, given, manifest, writer.ontology_bytes)
        index = EntityIndex.load(engine)  # after: what only the old articles had is gone
        taken = set(manifest.seeds) | set(manifest.ingested) | set(targets.values())
        known = {sha: slug for slug, sha in manifest.ingested.items()}
        minted: dict[str, str] = {}  # see _Linker
        pending: list[tuple[str, str, Annotation]] = []
        for done, (path, text) in enumerate(texts, 1):
            sha = text_sha256(text)
            if sha in known:
                report.unchanged.append(known[sha])
                steps.tell(f"unchanged {path.name}", 2)
            else:
                slug = targets.get(done - 1) or article_slug(path, text, taken)
                taken.add(slug)
                own = infos.get(slug, given)
                # One author: the "I" of a column (several: whose "I"?).
                one_author = own.authors[0] if len(own.authors) == 1 else None
                attributions = extract(text, published=published_date(own), author=one_author)
                annotation = annotate(
                    text, slug, attributions, index, own, EXTRACTOR_VERSION, minted
                )
                pending.append((slug, sha, annotation))
                known[sha] = slug
                steps.tell(f"read {path.name}", 1)
            if pending and (len(pending) >= batch_size or done == len(texts)):
                articles = f"{len(pending)} article{'s' if len(pending) > 1 else ''}"
                steps.tell(f"checking and writing {articles}")
                writer.write(pending)
                steps.tell(f"wrote {articles}", len(pending))
                pending = []
        steps.tell("compacting the store")
        engine.store.optimize()  # compact after writing: lookups stay fast (kg bench)
        manifest.triples = len(engine.store)
    finally:
        engine.close()
    seal(staging / "oxigraph")


def _replacements(texts: list[tuple[Path, str]], manifest: Manifest) -> dict[int, str]:
    """The ingested article each file given to ``--replace`` replaces, by the index of the
    file's text (see :func:`kg.articles.article_read_from`); a file none holds is added."""
    from kg.articles import article_read_from

    targets: dict[int, str] = {}
    texts_of: dict[str, str] = {}
    for n, (path, text) in enumerate(texts):
        slug = article_read_from(manifest, path, text)
        if slug is None:
            continue
        if slug in texts_of:
            if texts_of[slug] != text:
                raise InputError(
                    f"{path}: two files given replace article '{slug}'; give one of them"
                )
            continue  # the same file twice: the second finds it done
        texts_of[slug] = text
        targets[n] = slug
    return targets


def _take_out(
    store: pyoxigraph.Store,
    targets: dict[int, str],
    given: ArticleInfo,
    manifest: Manifest,
    ontology: bytes,
) -> dict[str, ArticleInfo]:
    """Take the articles to replace out of the staging store and the manifest; returns the
    details each is read again with: those given, else those it had."""
    from kg.articles import drop_article

    infos = {}
    for slug in targets.values():
        infos[slug] = _stored_info(store, slug).overridden_by(given)
        drop_article(store, slug, manifest.ingested, ontology)
        del manifest.ingested[slug]
    return infos


class _BatchWriter:
    """Turns annotated articles into quads, checks them and bulk-loads them into staging."""

    def __init__(
        self,
        engine: LocalEngine,
        manifest: Manifest,
        report: IngestReport,
        *,
        validate: bool,
    ):
        from kg.build import read_turtle
        from kg.paths import Project

        project = Project.locate()
        self.engine = engine
        self.manifest = manifest
        self.report = report
        self.ontology_bytes = project.ontology_file.read_bytes()
        self.shapes = read_turtle(project.shapes_file) if validate else None
        self.ontology = read_turtle(project.ontology_file) if validate else None

    def _known_descriptions(self, pending: list[tuple[str, str, Annotation]]) -> Graph:
        """What the store already says about the known actors and events the batch cites,
        with the types of what they point to: the shapes check a statement's speaker is an
        actor with one name, and a known event's date is a temporal entity."""
        from rdflib import Graph

        from kg.build import from_quads
        from kg.engine import Term
        from kg.graph import iri

        known = {
            Term.iri(str(iri(kind, e.id))).to_sparql()
            for _slug, _sha, annotation in pending
            for kind, entities in (("actor", annotation.actors), ("event", annotation.events))
            for e in entities
            if e.known
        }
        if not known:
            return Graph()
        import pyoxigraph

        triples = self.engine.store.query(
            "CONSTRUCT { ?e ?p ?o . ?o a ?type } WHERE { VALUES ?e { "
            + " ".join(sorted(known))
            + " } ?e ?p ?o OPTIONAL { ?o a ?type } }",
            use_default_graph_as_union=True,
        )
        assert isinstance(triples, pyoxigraph.QueryTriples)
        return from_quads([pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples])

    def write(self, pending: list[tuple[str, str, Annotation]]) -> None:
        from rdflib import Graph

        from kg.build import from_quads, to_quads
        from kg.graph import annotation_graph

        # No local name for the store: this frame can outlive the call. Importing pyshacl
        # below builds rdflib's SPARQL grammar, and pyparsing keeps parse errors from that
        # with their tracebacks, so every frame up the stack; a store such a frame holds
        # stays open and the staging database cannot be sealed ("lock hold by current
        # process").
        quads: list[pyoxigraph.Quad] = []
        data = Graph()
        for slug, _sha, annotation in pending:
            graph = annotation_graph(annotation)
            data += graph
            quads += to_quads(graph, article_graph(slug))
        derived = derive_for_batch(self.engine.store, quads, self.ontology_bytes)
        if self.shapes is not None and self.ontology is not None:
            from kg.errors import ValidationError
            from kg.validate import shacl_violations

            written = data + from_quads(derived)
            # The known entities' descriptions are context, checked when they were written;
            # only what this batch writes is checked now.
            violations = shacl_violations(
                written + self._known_descriptions(pending),
                self.shapes,
                self.ontology,
                focus=sorted({str(s) for s in written.subjects()}),
            )
            if violations:
                raise ValidationError(
                    f"{len(violations)} SHACL violation(s) in ingested articles; "
                    f"first: {violations[0]}"
                )
        self.report.added += [slug for slug, _sha, _annotation in pending]
        # The bulk loader: the staging generation is invisible until ingest() swaps it in.
        self.engine.store.bulk_extend(quads + derived)
        for slug, sha, annotation in pending:
            self.manifest.ingested[slug] = sha
            self.report.statements += len(annotation.statements)
        self.report.triples += len(quads)
