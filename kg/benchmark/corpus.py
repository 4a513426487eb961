"""A synthetic claims corpus in kg's own ontology, of a requested size, for benchmarks.

The shape follows what ``kg build`` and ``kg ingest`` write: one named graph per article
holding its statements (direct quotes and paraphrases with text, cue, descriptor, kind,
1–3 topics, a speech act with venue and date for half of them, evidence selectors for the
words and the cue), plus one graph describing the shared entities: actors (persons,
organizations, groups, anonymous sources) with offices held, events of every type with
dates of uneven precision, places, participants and part-of links, and positions proposed
and rejected at events. Who speaks follows a Zipf law, as in real news (a few voices make
most statements); so do the events talked about.

Generation is deterministic for a given size and seed and streams N-Quads, so 10^7 triples
need no more memory than 10^3.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg.annotations import STATEMENT_KINDS as KINDS
from kg.namespaces import ID, KGC, PREFIXES, article_graph

RDF_TYPE = f"<{PREFIXES['rdf']}type>"
LABEL = f"<{PREFIXES['rdfs']}label>"
ALT = f"<{PREFIXES['skos']}altLabel>"
XSD = PREFIXES["xsd"]
SCHEMA = PREFIXES["schema"]
ORG = PREFIXES["org"]
TIME = PREFIXES["time"]
OA = PREFIXES["oa"]
PROV = PREFIXES["prov"]
ENTITY_GRAPH = f"<{article_graph('synthetic-entities')}>"

EVENT_CLASSES = (
    "Summit",
    "Meeting",
    "Negotiation",
    "Speech",
    "Interview",
    "Election",
    "Appointment",
    "TroopDeployment",
    "War",
    "Testimony",
    "PoliticalProcess",
)
CUES = (
    "said",
    "told",
    "argued",
    "warned",
    "predicted",
    "wrote",
    "observed",
    "says",
    "according to",
    "believes",
    "insisted",
    "added",
)
WORDS = """nuclear talks summit sanctions deal troops alliance missile negotiations peace
war border economy election policy security diplomacy treaty pressure leader regime
progress weapons program aid relief verification inspection enrichment reactor
commitment deadline framework concession demand threat deterrence partner ally
cooperation tension crisis strategy dialogue agreement proposal withdrawal""".split()
SURNAMES = """Park Kim Lee Choi Jung Kang Cho Yoon Jang Lim Smith Jones Brown Miller Davis
Wilson Moore Taylor Anderson Thomas Jackson White Harris Martin Thompson Garcia Martinez
Robinson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson
Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins
Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell""".split()
TITLES = (
    "deputy secretary of state",
    "national security advisor",
    "ambassador",
    "senior defense official",
    "special representative",
    "foreign minister",
    "intelligence analyst",
    "negotiator",
    "director",
    "spokesperson",
)


def iri(kind: str, slug: str) -> str:
    return f"<{ID}{kind}/{slug}>"


def lit(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


@dataclass
class Picks:
    """Parameters for the query workload, drawn from the data so that they hit."""

    actor: str = ""
    event: str = ""
    venue: str = ""
    topic: str = ""
    position: str = ""
    article: str = ""
    audience: str = ""
    office: str = ""
    word: str = "sanctions"
    year: int = 2020


@dataclass
class CorpusStats:
    triples: int = 0
    articles: int = 0
    statements: int = 0
    actors: int = 0
    events: int = 0
    picks: Picks = field(default_factory=Picks)


class _Writer:
    def __init__(self, out: TextIO):
        self.out = out
        self.count = 0

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.out.write(f"{s} {p} {o} {g} .\n")
        self.count += 1


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def _date_value(rng: random.Random) -> tuple[str, str, dt.date, dt.date, str]:
    """(lexical, slug, earliest, latest, precision) of a random date of uneven precision."""
    year = rng.randint(1990, 2024)
    precision = rng.choices(("day", "month", "year"), weights=(6, 3, 1))[0]
    if precision == "year":
        return str(year), str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    month = rng.randint(1, 12)
    if precision == "month":
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
        lexical = f"{year}-{month:02d}"
        return lexical, lexical, dt.date(year, month, 1), dt.date(year, month, last), "month"
    day = dt.date(year, month, rng.randint(1, 28))
    return day.isoformat(), day.isoformat(), day, day, "day"


def _time(w: _Writer, rng: random.Random, seen: set[str]) -> str:
    lexical, slug, earliest, latest, precision = _date_value(rng)
    node = iri("time", slug)
    if node not in seen:
        seen.add(node)
        g = ENTITY_GRAPH
        cls = "Instant" if precision == "day" else "ProperInterval"
        w.quad(node, RDF_TYPE, f"<{TIME}{cls}>", g)
        w.quad(node, LABEL, lit(lexical), g)
        unit = {"day": "unitDay", "month": "unitMonth", "year": "unitYear"}[precision]
        w.quad(node, f"<{TIME}unitType>", f"<{TIME}{unit}>", g)
        prop, dtype = {
            "day": ("inXSDDate", "date"),
            "month": ("inXSDgYearMonth", "gYearMonth"),
            "year": ("inXSDgYear", "gYear"),
        }[precision]
        w.quad(node, f"<{TIME}{prop}>", typed(lexical, dtype), g)
        w.quad(node, f"<{KGC}earliest>", typed(earliest.isoformat(), "date"), g)
        w.quad(node, f"<{KGC}latest>", typed(latest.isoformat(), "date"), g)
    return node


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate(target_triples: int, out: TextIO, *, seed: int = 7) -> CorpusStats:
    """Write about ``target_triples`` asserted triples as N-Quads to ``out``."""
    rng = random.Random(seed)
    w = _Writer(out)
    stats = CorpusStats()
    n_actors = max(40, target_triples // 400)
    n_events = max(30, target_triples // 600)
    n_venues = max(10, n_actors // 20)
    n_places = 50
    times: set[str] = set()
    g = ENTITY_GRAPH

    places = [iri("place", f"place-{i}") for i in range(n_places)]
    for i, place in enumerate(places):
        w.quad(place, RDF_TYPE, f"<{KGC}Place>", g)
        w.quad(place, LABEL, lit(f"City {i}"), g)

    # Actors: persons mostly, some organizations (venues among them), groups, anonymous.
    actors: list[str] = []
    venues: list[str] = []
    for i in range(n_actors + n_venues):
        node = iri("actor", f"actor-{i}")
        if i >= n_actors:
            cls, name = "Organization", f"Institute {i}"
            venues.append(node)
        else:
            cls = rng.choices(
                ("Person", "Organization", "Group", "AnonymousSource"), weights=(80, 8, 6, 6)
            )[0]
            name = f"{rng.choice(SURNAMES)} {i}" if cls == "Person" else f"{cls} {i}"
            actors.append(node)
        w.quad(node, RDF_TYPE, f"<{KGC}{cls}>", g)
        w.quad(node, LABEL, lit(name), g)
        if cls == "Person":
            w.quad(node, ALT, lit(name.split()[0]), g)
            for k in range(rng.choice((1, 1, 2))):
                holding = iri("membership", f"actor-{i}--{k}")
                title = rng.choice(TITLES)
                office = iri("office", title.replace(" ", "-"))
                w.quad(holding, RDF_TYPE, f"<{KGC}OfficeHolding>", g)
                w.quad(holding, f"<{ORG}member>", node, g)
                w.quad(holding, f"<{ORG}role>", office, g)
                w.quad(office, RDF_TYPE, f"<{KGC}Office>", g)
                w.quad(office, LABEL, lit(title), g)
                w.quad(holding, f"<{KGC}title>", lit(title), g)
                tenure = rng.choice(("former", "former", "current", "designate"))
                # Venues are the last n_venues actors (created after the persons).
                organization = iri("actor", f"actor-{n_actors + rng.randrange(n_venues)}")
                if k == 0 and i < 20:  # the most quoted hold a former office at venue 0
                    tenure, organization = "former", iri("actor", f"actor-{n_actors}")
                w.quad(holding, f"<{KGC}tenure>", f"<{KGC}{tenure}>", g)
                w.quad(holding, f"<{ORG}organization>", organization, g)
                w.quad(holding, LABEL, lit(f"{name}, {title}"), g)
        if cls == "AnonymousSource":
            w.quad(node, f"<{KGC}descriptor>", lit(f"a former {rng.choice(TITLES)}"), g)

    # Events, some part of others; positions proposed and rejected at them.
    events = [iri("event", f"event-{i}") for i in range(n_events)]
    for i, event in enumerate(events):
        cls = EVENT_CLASSES[i % len(EVENT_CLASSES)]
        w.quad(event, RDF_TYPE, f"<{KGC}{cls}>", g)
        w.quad(event, LABEL, lit(f"{cls} {i}"), g)
        w.quad(event, f"<{TIME}hasTime>", _time(w, rng, times), g)
        w.quad(event, f"<{KGC}place>", rng.choice(places), g)
        for actor in rng.sample(actors, 2):
            w.quad(event, f"<{KGC}participant>", actor, g)
        if i > 10 and rng.random() < 0.3:
            w.quad(event, f"<{KGC}partOf>", events[rng.randrange(0, 10)], g)
    positions = [iri("position", f"position-{i}") for i in range(max(10, n_events // 3))]
    # Selective queries name a typical entity, not the most talked-about one: the 20th
    # speaker and the 20th event by Zipf rank.
    picked_actor, picked_event = actors[min(19, len(actors) - 1)], events[min(19, len(events) - 1)]
    for i, position in enumerate(positions):
        # The first few are the picked actor's, at the picked event, so that queries hit.
        proposer = picked_actor if i < 3 else rng.choice(actors[:50])
        w.quad(position, RDF_TYPE, f"<{KGC}Proposal>", g)
        w.quad(position, LABEL, lit(f"Proposal {i}: {_sentence(rng, 4)}"), g)
        w.quad(position, f"<{KGC}proposedBy>", proposer, g)
        w.quad(position, f"<{KGC}rejectedBy>", rng.choice(actors[:50]), g)
        w.quad(position, f"<{KGC}proposedAt>", picked_event if i < 3 else rng.choice(events), g)

    actor_weights = _zipf_weights(len(actors))
    event_weights = _zipf_weights(len(events), 1.0)
    stats.actors, stats.events = len(actors), len(events)
    stats.picks = Picks(
        actor=picked_actor[1:-1],
        event=picked_event[1:-1],
        venue=venues[0][1:-1],
        topic=events[min(30, len(events) - 1)][1:-1],
        position=positions[0][1:-1],
        article=iri("article", "synthetic-0")[1:-1],
        audience=venues[1 % len(venues)][1:-1],
        office=iri("office", TITLES[0].replace(" ", "-"))[1:-1],
    )

    article = 0
    while w.count < target_triples:
        slug = f"synthetic-{article}"
        graph = f"<{article_graph(slug)}>"
        doc = iri("article", slug)
        text = " ".join(_sentence(rng, rng.randint(8, 20)) for _ in range(30))
        w.quad(doc, RDF_TYPE, f"<{KGC}Article>", graph)
        w.quad(doc, LABEL, lit(f"Article {article}"), graph)
        w.quad(doc, f"<{SCHEMA}text>", lit(text), graph)
        w.quad(doc, f"<{SCHEMA}author>", rng.choice(actors), graph)
        w.quad(doc, f"<{SCHEMA}publisher>", rng.choice(venues), graph)
        w.quad(doc, f"<{TIME}hasTime>", _time(w, rng, times), graph)
        w.quad(doc, f"<{KGC}sha256>", lit(f"{article:064x}"), graph)
        offset = 0
        for n in range(rng.randint(8, 30)):
            if w.count >= target_triples and n > 0:
                break
            _statement(
                w,
                rng,
                graph,
                doc,
                slug,
                n,
                offset,
                actors,
                actor_weights,
                events,
                event_weights,
                venues,
                positions,
                times,
                # Every 50th article opens with the picked actor on the picked event, at
                # the picked venue, to the picked audience: the selective queries must hit.
                forced=(picked_actor, picked_event, venues[0], venues[1 % len(venues)])
                if n == 0 and article % 50 == 0
                else None,
            )
            offset += rng.randint(100, 400)
            stats.statements += 1
        article += 1
    stats.articles = article
    stats.triples = w.count
    return stats


def _statement(
    w: _Writer,
    rng: random.Random,
    graph: str,
    doc: str,
    slug: str,
    n: int,
    offset: int,
    actors: list[str],
    actor_weights: list[float],
    events: list[str],
    event_weights: list[float],
    venues: list[str],
    positions: list[str],
    times: set[str],
    forced: tuple[str, str, str, str] | None = None,
) -> None:
    st = iri("statement", f"{slug}--s{n}")
    direct = rng.random() < 0.35
    words = _sentence(rng, rng.randint(6, 30))
    speaker = forced[0] if forced else rng.choices(actors, weights=actor_weights)[0]
    w.quad(st, RDF_TYPE, f"<{KGC}{'DirectQuote' if direct else 'Paraphrase'}>", graph)
    w.quad(st, f"<{SCHEMA}text>", lit(words), graph)
    w.quad(st, LABEL, lit(words[:60]), graph)
    w.quad(st, f"<{KGC}speaker>", speaker, graph)
    w.quad(st, f"<{KGC}speakerDescriptor>", lit(f"speaker {n}"), graph)
    w.quad(st, f"<{KGC}cue>", lit(rng.choice(CUES)), graph)
    w.quad(st, f"<{KGC}kind>", f"<{KGC}{rng.choice(KINDS)}>", graph)
    w.quad(st, f"<{KGC}sourceDocument>", doc, graph)
    topics = set(rng.choices(events, weights=event_weights, k=rng.randint(1, 3)))
    for event in topics | ({forced[1]} if forced else set()):
        w.quad(st, f"<{KGC}about>", event, graph)
    if rng.random() < 0.05:
        w.quad(st, f"<{KGC}about>", rng.choice(positions), graph)
    if forced or rng.random() < 0.5:
        act = iri("speech-act", f"{slug}--a{n}")
        w.quad(act, RDF_TYPE, f"<{KGC}SpeechAct>", graph)
        w.quad(act, LABEL, lit(f"Remarks {slug} {n}"), graph)
        w.quad(act, f"<{PROV}wasAssociatedWith>", speaker, graph)
        w.quad(act, f"<{KGC}venue>", forced[2] if forced else rng.choice(venues), graph)
        w.quad(act, f"<{TIME}hasTime>", _time(w, rng, times), graph)
        if forced or rng.random() < 0.2:
            audience = forced[3] if forced else venues[rng.randrange(min(3, len(venues)))]
            w.quad(act, f"<{KGC}audience>", audience, graph)
        w.quad(st, f"<{KGC}statedIn>", act, graph)
    for part, (start, end, exact) in enumerate(
        ((offset, offset + len(words), words), (offset - 5, offset - 1, "said"))
    ):
        resource = iri("evidence", f"{slug}--s{n}--{part if part == 0 else 'cue'}")
        w.quad(st, f"<{KGC}{'evidence' if part == 0 else 'cueEvidence'}>", resource, graph)
        w.quad(resource, RDF_TYPE, f"<{OA}SpecificResource>", graph)
        w.quad(resource, f"<{OA}hasSource>", doc, graph)
        position = iri("evidence", f"{slug}--s{n}--{part}--position")
        quote = iri("evidence", f"{slug}--s{n}--{part}--quote")
        w.quad(resource, f"<{OA}hasSelector>", position, graph)
        w.quad(resource, f"<{OA}hasSelector>", quote, graph)
        w.quad(position, RDF_TYPE, f"<{OA}TextPositionSelector>", graph)
        w.quad(position, f"<{OA}start>", typed(max(0, start), "integer"), graph)
        w.quad(position, f"<{OA}end>", typed(max(1, end), "integer"), graph)
        w.quad(quote, RDF_TYPE, f"<{OA}TextQuoteSelector>", graph)
        w.quad(quote, f"<{OA}exact>", lit(exact), graph)


def iter_sizes(spec: str) -> Iterator[int]:
    """``"10000,1e5,1M"`` → 10000, 100000, 1000000."""
    for part in spec.split(","):
        text = part.strip().lower().replace("_", "")
        if not text:
            continue
        factor = 1
        if text.endswith("k"):
            factor, text = 1_000, text[:-1]
        elif text.endswith("m"):
            factor, text = 1_000_000, text[:-1]
        yield int(float(text) * factor)


def write_corpus(path: Path, triples: int, *, seed: int = 7) -> CorpusStats:
    """Generate a corpus into ``path`` (N-Quads), through a temporary file."""
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        stats = generate(triples, out, seed=seed)
    tmp.replace(path)
    return stats
