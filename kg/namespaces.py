"""The IRIs kg mints and the vocabularies it reuses, in one place.

Data IRIs have the form ``<BASE>/id/<kind>/<slug>``; named graphs ``<BASE>/graph/...``.
The base is fixed so that IRIs stay stable across builds, machines and merged graphs.
"""

from __future__ import annotations

BASE = "https://w3id.org/kgclaims"
KGC = f"{BASE}/ontology#"
ID = f"{BASE}/id/"
GRAPH = f"{BASE}/graph/"

ONTOLOGY_GRAPH = f"{GRAPH}ontology"
INFERRED_GRAPH = f"{GRAPH}inferred"
ARTICLE_GRAPH_PREFIX = f"{GRAPH}article/"

PREFIXES: dict[str, str] = {
    "kgc": KGC,
    "kgid": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}


def entity_iri(kind: str, slug: str) -> str:
    """The IRI of an entity of ``kind`` (``actor``, ``event``, ...) named ``slug``.

    >>> entity_iri("actor", "stephen-biegun")
    'https://w3id.org/kgclaims/id/actor/stephen-biegun'
    """
    return f"{ID}{kind}/{slug}"


def article_graph(slug: str) -> str:
    """The named graph that holds one article's statements."""
    return f"{ARTICLE_GRAPH_PREFIX}{slug}"


def kgc(term: str) -> str:
    """A term of the kg core ontology."""
    return f"{KGC}{term}"
