"""What ``kg ask`` consults about the whole graph, read once per store generation.

The rules and the readers of descriptions need facts no single question names: which
actors speak and where, who held which office, where and when events took place, what
kinds of speech act each speaker made, how many statements there are, the article's date
and author. :func:`graph_facts` reads them with a few SPARQL queries and caches them as
JSON beside the store generation (:mod:`kg.cache`), so a question costs no extra query.
"""

from __future__ import annotations

from typing import Any

from kg.engine import Engine
from kg.namespaces import KGC, PREFIXES

#: The cache's name; a new name when the facts change shape, so old caches are not read.
CACHE_NAME = "ask-facts-8"


def _graph_facts(engine: Engine) -> dict[str, Any]:
    """What the rules consult about the whole graph: venues, speakers, the article date."""
    venues = engine.select(f"PREFIX kgc: <{KGC}> SELECT DISTINCT ?v WHERE {{ ?a kgc:venue ?v }}")
    speakers = engine.select(
        f"PREFIX kgc: <{KGC}> SELECT DISTINCT ?a WHERE {{ ?s kgc:speaker ?a }}"
    )
    authors = engine.select(
        f"""PREFIX kgc: <{KGC}> PREFIX schema: <{PREFIXES["schema"]}>
        SELECT DISTINCT ?author WHERE {{ ?article a kgc:Article ; schema:author ?author }}"""
    )
    # Articles and their publishers: questions about the article itself ("Who published
    # it?", "Who funds KEI?") are answered from its own record.
    articles = engine.select(
        f"""PREFIX kgc: <{KGC}> PREFIX schema: <{PREFIXES["schema"]}>
        SELECT DISTINCT ?article ?publisher WHERE {{
          ?article a kgc:Article . OPTIONAL {{ ?article schema:publisher ?publisher }} }}"""
    )
    latest = engine.select(
        f"""PREFIX kgc: <{KGC}> PREFIX time: <{PREFIXES["time"]}>
        SELECT (MAX(?day) AS ?latest) WHERE {{
          ?article a kgc:Article ; time:hasTime ?t .
          ?t kgc:earliest|kgc:latest ?day .
        }}"""
    )
    value = latest.rows[0].get("latest") if latest.rows else None
    return {
        "venues": sorted(str(v) for v in venues.column("v")),
        "speakers": sorted(str(v) for v in speakers.column("a")),
        "reference": str(value) if value else None,
        "statements": _count_statements(engine),
        "holdings": _holdings(engine),
        "appearances": _appearances(engine),
        "acts": _speech_acts(engine),
        "event_dates": _event_dates(engine),
        "event_places": _event_places(engine),
        "participations": _participations(engine),
        "authors": sorted(str(v) for v in authors.column("author")),
        "articles": sorted({str(v) for v in articles.column("article")}),
        "publishers": sorted({str(v) for v in articles.column("publisher") if v}),
    }


def _count_statements(engine: Engine) -> int:
    """How many statements the graph holds: the word search weighs words by rarity."""
    table = engine.select(
        f"PREFIX kgc: <{KGC}> SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a kgc:Statement }}"
    )
    value = table.rows[0].get("n") if table.rows else 0
    return int(str(value or 0))


def _holdings(engine: Engine) -> list[dict[str, str | None]]:
    """Who held which office, with title, tenure, organization and administration: what
    :mod:`kg.roles` matches descriptions of people against."""
    table = engine.select(
        f"""PREFIX kgc: <{KGC}> PREFIX org: <{PREFIXES["org"]}> PREFIX skos: <{PREFIXES["skos"]}>
        SELECT ?actor ?office ?title ?tenure ?organization ?administration WHERE {{
          ?holding a kgc:OfficeHolding ; org:member ?actor ; org:role ?office ;
                   kgc:title ?title ; kgc:tenure/skos:prefLabel ?tenure .
          OPTIONAL {{ ?holding org:organization ?organization }}
          OPTIONAL {{ ?holding kgc:administration ?administration }}
        }}"""
    )
    return [{k: (str(v) if v is not None else None) for k, v in row.items()} for row in table.rows]


def _typed_rows(engine: Engine, select: str, where: str) -> list[tuple[str, ...]]:
    """The rows of ``SELECT DISTINCT {select} WHERE {{ {where} }}`` as sorted tuples of
    strings, where a ``?class`` column holds classes of the core ontology by local name."""
    prefixes = "".join(f"PREFIX {p}: <{PREFIXES[p]}> " for p in ("prov", "time"))
    table = engine.select(
        f"PREFIX kgc: <{KGC}> {prefixes}SELECT DISTINCT {select} WHERE {{ {where} "
        "FILTER(STRSTARTS(STR(?class), STR(kgc:))) }"
    )
    return sorted(
        tuple(str(row[c])[len(KGC) :] if c == "class" else str(row[c]) for c in table.columns)
        for row in table.rows
    )


def _appearances(engine: Engine) -> list[tuple[str, ...]]:
    """(actor, venue, class name) of every speech act with a venue: "the Hudson Institute
    speaker", "the authors of the CNS study"."""
    return _typed_rows(
        engine,
        "?actor ?venue ?class",
        "?act a kgc:SpeechAct , ?class ; prov:wasAssociatedWith ?actor ; kgc:venue ?venue .",
    )


def _speech_acts(engine: Engine) -> list[tuple[str, ...]]:
    """(speech act, speaker, class name) of every typed speech act: "Kim's letter"."""
    return _typed_rows(
        engine,
        "?act ?actor ?class",
        "?act a kgc:SpeechAct , ?class ; prov:wasAssociatedWith ?actor .",
    )


def _event_dates(engine: Engine) -> list[tuple[str, ...]]:
    """(event, class name, earliest day) of every dated event: "the second summit"."""
    return _typed_rows(
        engine,
        "?event ?class ?day",
        "?event a kgc:Event , ?class ; time:hasTime/kgc:earliest ?day .",
    )


def _participations(engine: Engine) -> list[tuple[str, ...]]:
    """(event, participant, class name) of every event with participants: "Trump's
    election", "Cohen's testimony"."""
    return _typed_rows(
        engine, "?event ?actor ?class", "?event kgc:participant ?actor ; a kgc:Event , ?class ."
    )


def _event_places(engine: Engine) -> list[tuple[str, ...]]:
    """(event, place, class name) of every located event, for naming events by place."""
    return _typed_rows(engine, "?event ?place ?class", "?event kgc:place ?place ; a ?class .")


def graph_facts(engine: Engine) -> dict[str, Any]:
    """:func:`_graph_facts`, cached per store generation."""
    from kg.cache import cached_json

    facts: dict[str, Any] = cached_json(
        getattr(engine, "cache_dir", None), CACHE_NAME, lambda: _graph_facts(engine)
    )
    return facts
