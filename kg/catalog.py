"""Lists and cards: the actors and events of the graph, and everything known about one name."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.claims import PROLOGUE, ClaimFilter, list_claims
from kg.engine import Engine, Term
from kg.entities import Entity, EntityIndex
from kg.namespaces import PREFIXES

KGC = PREFIXES["kgc"]

#: The most specific type of an entity among its (asserted and inferred) types.
_MOST_SPECIFIC = """
  ?entity a ?type . ?type rdfs:subClassOf* ?top .
  FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?type .
                      ?narrower rdfs:subClassOf* ?top . FILTER(?narrower != ?type) }
  OPTIONAL { ?type rdfs:label ?typeLabel }
"""


def actors(engine: Engine) -> list[dict[str, Any]]:
    """Every actor: name, most specific type, offices as printed, statements made."""
    rows = engine.select(
        f"""{PROLOGUE}
SELECT ?entity ?label ?typeLabel (COUNT(DISTINCT ?statement) AS ?statements) WHERE {{
  BIND(kgc:Actor AS ?top)
  ?entity a kgc:Actor ; rdfs:label ?label .
  {_MOST_SPECIFIC}
  OPTIONAL {{ ?statement kgc:speaker ?entity }}
}} GROUP BY ?entity ?label ?typeLabel ORDER BY DESC(?statements) ?label"""
    ).rows
    offices = _offices(engine)
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        iri = str(row["entity"])
        record = merged.setdefault(
            iri,
            {
                "id": iri,
                "label": row["label"],
                "type": row["typeLabel"],
                "statements": row["statements"],
                "offices": [o["text"] for o in offices.get(iri, [])],
            },
        )
        if record["type"] != row["typeLabel"] and row["typeLabel"]:
            record["type"] = f"{record['type']}, {row['typeLabel']}"
    return list(merged.values())


def _offices(engine: Engine, actor: str | None = None) -> dict[str, list[dict[str, Any]]]:
    bindings = {"_actor": Term.iri(actor)} if actor else {}
    select_actor = "BIND(?_actor AS ?actor)" if actor else ""
    table = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?actor ?holding ?title ?tenure ?organization ?organizationLabel
                ?administration ?administrationLabel ?office ?officeLabel WHERE {{
  {select_actor}
  ?holding a kgc:OfficeHolding ; org:member ?actor ; kgc:title ?title ;
           kgc:tenure/skos:prefLabel ?tenure ; org:role ?office .
  OPTIONAL {{ ?office rdfs:label ?officeLabel }}
  OPTIONAL {{ ?holding org:organization ?organization .
             OPTIONAL {{ ?organization rdfs:label ?organizationLabel }} }}
  OPTIONAL {{ ?holding kgc:administration ?administration .
             OPTIONAL {{ ?administration rdfs:label ?administrationLabel }} }}
}} ORDER BY ?actor ?title""",
        bindings,
    )
    result: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in table.rows:
        where = row["organizationLabel"] or row["administrationLabel"]
        text = f"{row['title']} ({row['tenure']})" + (f", {where}" if where else "")
        result[str(row["actor"])].append(
            {
                "id": row["holding"],
                "title": row["title"],
                "office": row["officeLabel"],
                "tenure": row["tenure"],
                "organization": row["organizationLabel"],
                "administration": row["administrationLabel"],
                "text": text,
            }
        )
    return result


def events(engine: Engine) -> list[dict[str, Any]]:
    """Every event in time order: type, date (as resolved and as written), place, mentions."""
    table = engine.select(
        f"""{PROLOGUE}
SELECT ?entity ?label ?typeLabel ?date ?dateWritten ?earliest ?placeLabel
       (COUNT(DISTINCT ?statement) AS ?statements) WHERE {{
  BIND(kgc:Event AS ?top)
  ?entity a kgc:Event ; rdfs:label ?label .
  {_MOST_SPECIFIC}
  OPTIONAL {{ ?entity time:hasTime ?time . ?time rdfs:label ?date .
             OPTIONAL {{ ?time kgc:earliest ?earliest }} }}
  OPTIONAL {{ ?entity kgc:dateWritten ?dateWritten }}
  OPTIONAL {{ ?entity kgc:place/rdfs:label ?placeLabel }}
  OPTIONAL {{ ?statement kgc:about ?entity }}
}} GROUP BY ?entity ?label ?typeLabel ?date ?dateWritten ?earliest ?placeLabel
ORDER BY (!BOUND(?earliest)) ?earliest ?label"""
    )
    merged: dict[str, dict[str, Any]] = {}
    for row in table.rows:
        iri = str(row["entity"])
        if iri in merged:
            continue
        merged[iri] = {
            "id": iri,
            "label": row["label"],
            "type": row["typeLabel"],
            "date": row["date"],
            "date_written": row["dateWritten"],
            "place": row["placeLabel"],
            "statements": row["statements"],
        }
    return list(merged.values())


_SHOWN = {
    f"{PREFIXES['rdfs']}comment": "note",
    f"{KGC}descriptor": "descriptor",
    f"{KGC}dateWritten": "date_written",
    f"{PREFIXES['time']}hasTime": "date",
    f"{KGC}place": "place",
    f"{KGC}participant": "participants",
    f"{KGC}partOf": "part_of",
    f"{KGC}venue": "venue",
    f"{KGC}audience": "audience",
    f"{PREFIXES['prov']}wasAssociatedWith": "speakers",
    f"{KGC}proposedBy": "proposed_by",
    f"{KGC}supportedBy": "supported_by",
    f"{KGC}rejectedBy": "rejected_by",
    f"{KGC}proposedAt": "proposed_at",
    f"{PREFIXES['org']}subOrganizationOf": "part_of",
    f"{KGC}mentionedIn": "mentioned_in",
}
_MANY = {
    "participants",
    "audience",
    "speakers",
    "proposed_by",
    "supported_by",
    "rejected_by",
    "mentioned_in",
}


def describe(engine: Engine, entity: Entity) -> dict[str, Any]:
    """A card for one entity: its types, names, properties, offices and statements."""
    me = {"_entity": Term.iri(entity.iri)}
    types = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?typeLabel WHERE {{
  BIND(?_entity AS ?entity) BIND(owl:Thing AS ?top)
  ?entity a ?type . ?type a owl:Class .
  FILTER NOT EXISTS {{ ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?type .
                      FILTER(?narrower != ?type) }}
  ?type rdfs:label ?typeLabel .
}} ORDER BY ?typeLabel""",
        me,
    )
    card: dict[str, Any] = {
        "id": entity.iri,
        "label": entity.label,
        "types": [str(r["typeLabel"]) for r in types.rows],
        "aliases": [n for n in entity.names if n != entity.label],
    }
    props = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?p ?o ?oLabel WHERE {{
  ?_entity ?p ?o .
  OPTIONAL {{ ?o rdfs:label ?oLabel }}
}}""",
        me,
    )
    for row in props.rows:
        key = _SHOWN.get(str(row["p"]))
        if key is None:
            continue
        value: Any = row["oLabel"] if row["oLabel"] is not None else row["o"]
        if key in _MANY:
            card.setdefault(key, [])
            if value not in card[key]:
                card[key].append(value)
        else:
            card[key] = value
    for key in _MANY & card.keys():
        card[key].sort()
    if "actor" in entity.kinds:
        card["offices"] = [
            {k: v for k, v in office.items() if k != "text"}
            for office in _offices(engine, entity.iri).get(entity.iri, [])
        ]
        card["statements_by"] = [
            c.to_dict() for c in list_claims(engine, ClaimFilter(speakers=[entity.iri]))
        ]
    card["statements_about"] = [
        c.to_dict() for c in list_claims(engine, ClaimFilter(topics=[entity.iri]))
    ]
    if "speech-act" in entity.kinds:
        made = engine.select(
            f"{PROLOGUE}\nSELECT DISTINCT ?statement WHERE {{ ?statement kgc:statedIn ?_entity }}",
            me,
        )
        wanted = {str(r["statement"]) for r in made.rows}
        card["statements_made"] = [c.to_dict() for c in list_claims(engine) if c.id in wanted]
    return card


def describe_name(engine: Engine, index: EntityIndex, name: str) -> list[dict[str, Any]]:
    """Cards for every entity named ``name`` (label or alias, case-insensitive)."""
    return [describe(engine, entity) for entity in index.resolve(name)]
