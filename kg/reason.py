"""Inference: SPARQL rules on the store, and HermiT through owlready2 as the check.

The ontology keeps to subclass, subproperty, domain, range and transitivity, so five SPARQL
CONSTRUCT rules (:data:`RULES`) derive every type and property value it entails, and more
CONSTRUCTs (:data:`DERIVED`) the helper triples the stored queries rely on. They run on the
store itself, which scales to corpora where a DL reasoner would not. HermiT runs at build
time on the curated graph to prove consistency (disjointness) and to cross-check the rules:
``tests/test_build.py`` holds the two results equal on the seed graph
(``test_sparql_rules_derive_exactly_what_hermit_derives``).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ValidationError
from kg.namespaces import INFERRED_GRAPH, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Graph

_PREFIXES = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())

#: The rules, CONSTRUCT queries over the union of all graphs, in an order where one pass
#: reaches the fixpoint for this ontology's shape: sub-properties first, then the transitive
#: closures, then domains and ranges (over the closed properties), then superclasses (over
#: every type, asserted or derived). No rule is keyed on a type, so nothing after the last
#: rule can enable an earlier one. Where the ontology makes a transitive property a
#: sub-property of another, that argument fails and the rules loop to the fixpoint instead.
RULES: tuple[tuple[str, str], ...] = (
    (
        "subproperty",
        """CONSTRUCT { ?s ?q ?o }
        WHERE { ?p rdfs:subPropertyOf+ ?q . ?s ?p ?o . FILTER NOT EXISTS { ?s ?q ?o } }""",
    ),
    ("transitive", ""),  # one closure query per transitive property, see _transitive_rules
    (
        "domain",
        """CONSTRUCT { ?s a ?c }
        WHERE { ?p rdfs:domain ?c . ?s ?p ?o . FILTER NOT EXISTS { ?s a ?c } }""",
    ),
    (
        "range",
        """CONSTRUCT { ?o a ?c }
        WHERE { ?p rdfs:range ?c . ?s ?p ?o . FILTER(!isLiteral(?o))
                FILTER NOT EXISTS { ?o a ?c } }""",
    ),
    (
        "subclass",
        """CONSTRUCT { ?x a ?d }
        WHERE { ?c rdfs:subClassOf+ ?d . ?x a ?c . FILTER NOT EXISTS { ?x a ?d } }""",
    ),
)

#: Helper triples materialized for the stored queries (not OWL inferences): they turn the
#: paths every statement listing would walk — topic through parts and proposals, the bounds
#: of its evidence, its date from its speech act — into single lookups. ``kg bench`` showed
#: the walks cost 4–10x on the on-disk store.
DERIVED: tuple[tuple[str, str], ...] = (
    (
        "topic",
        """CONSTRUCT { ?statement kgc:topic ?topic }
        WHERE { ?statement kgc:about ?about .
                ?about (kgc:partOf|kgc:proposedAt|org:subOrganizationOf)* ?topic }""",
    ),
    (
        "mode",
        """CONSTRUCT { ?statement kgc:mode ?mode }
        WHERE { ?statement a ?class .
                VALUES (?class ?mode) {
                  (kgc:DirectQuote "direct") (kgc:Paraphrase "indirect") } }""",
    ),
    (
        "evidence-bounds",
        """CONSTRUCT { ?statement kgc:evidenceStart ?start ; kgc:evidenceEnd ?end }
        WHERE { { SELECT ?statement (MIN(?s) AS ?start) (MAX(?e) AS ?end) WHERE {
                    ?statement kgc:evidence ?resource .
                    ?resource oa:hasSelector ?selector .
                    ?selector oa:start ?s ; oa:end ?e .
                } GROUP BY ?statement } }""",
    ),
    (
        "held-in",
        """CONSTRUCT { ?holding kgc:heldIn ?organization }
        WHERE { { ?holding org:organization ?direct } UNION { ?holding kgc:administration ?direct }
                ?direct org:subOrganizationOf* ?organization }""",
    ),
    (
        "narrowest-type",
        """CONSTRUCT { ?x kgc:narrowestType ?type }
        WHERE { ?x a ?type . FILTER(isIRI(?x) && STRSTARTS(STR(?type), STR(kgc:)))
                FILTER NOT EXISTS { ?x a ?narrower . ?narrower rdfs:subClassOf+ ?type .
                                    FILTER(?narrower != ?type) } }""",
    ),
    (
        "said-on",
        """CONSTRUCT { ?statement kgc:saidOn ?time }
        WHERE { { ?statement a kgc:Statement ; time:hasTime ?time }
                UNION { ?statement kgc:statedIn ?act . ?act time:hasTime ?time .
                        FILTER NOT EXISTS { ?statement time:hasTime ?own } } }""",
    ),
    (
        # After said-on, which it reads. Both bounds always, an open end as the first or
        # last day there is: a period query is then two range filters, which Oxigraph
        # answers in 0.1 s at 10^6 triples where the UNION for open ends took 3 s.
        "said-bounds",
        """CONSTRUCT { ?statement kgc:saidFrom ?from ; kgc:saidUntil ?until }
        WHERE { ?statement kgc:saidOn ?time .
                OPTIONAL { ?time kgc:earliest ?earliest }
                OPTIONAL { ?time kgc:latest ?latest }
                FILTER(BOUND(?earliest) || BOUND(?latest))
                BIND(COALESCE(?earliest, "0001-01-01"^^xsd:date) AS ?from)
                BIND(COALESCE(?latest, "9999-12-31"^^xsd:date) AS ?until) }""",
    ),
    (
        "search-text",
        """CONSTRUCT { ?statement kgc:searchText ?search }
        WHERE { ?statement a kgc:Statement ; schema:text ?text .
                BIND(LCASE(REPLACE(?text, "[’‘]", "'")) AS ?search) }""",
    ),
    (
        # What the article says around a statement, for a word search by paraphrase: "Who
        # warned …" finds the kind, "eager for a deal" the topic's name where the text says
        # "he". Words only, each after a space, so that a search finds word beginnings
        # (not "out" in "south", which every Korean topic has). One value per statement (a
        # space when it has none of these), so the search reads it without an OPTIONAL.
        "search-context",
        """CONSTRUCT { ?statement kgc:searchContext ?context }
        WHERE { { SELECT ?statement
                    (CONCAT(" ", REPLACE(LCASE(GROUP_CONCAT(DISTINCT ?word; separator=" ")),
                                         "[^a-z0-9]+", " ")) AS ?context)
                  WHERE {
                    # The type inside each branch: joined from outside, Oxigraph 0.5 ran the
                    # BIND branch as a product with every statement (305 s at 10^6 triples).
                    { ?statement a kgc:Statement . BIND(" " AS ?word) }
                    UNION { ?statement a kgc:Statement ; kgc:cue ?word }
                    UNION { ?statement a kgc:Statement ; kgc:speakerDescriptor ?word }
                    UNION { ?statement a kgc:Statement ; kgc:kind/skos:prefLabel ?word }
                    UNION { ?statement a kgc:Statement ; kgc:about/rdfs:label ?word }
                    UNION { ?statement a kgc:Statement ; kgc:statedIn/rdfs:label ?word }
                  } GROUP BY ?statement } }""",
    ),
)


def _transitive_rules(store: pyoxigraph.Store) -> list[str]:
    properties = store.query(
        f"{_PREFIXES}\nSELECT DISTINCT ?p WHERE {{ ?p a owl:TransitiveProperty }}",
        use_default_graph_as_union=True,
    )
    rules = []
    for solution in properties:  # type: ignore[union-attr]
        p = str(solution["p"])  # an IRI from the ontology, serialized by pyoxigraph
        rules.append(
            f"CONSTRUCT {{ ?x {p} ?z }} WHERE {{ ?x {p}+ ?z . FILTER NOT EXISTS {{ ?x {p} ?z }} }}"
        )
    return rules


def _one_pass_suffices(store: pyoxigraph.Store) -> bool:
    nested = store.query(
        f"{_PREFIXES}\nASK {{ ?p a owl:TransitiveProperty ; rdfs:subPropertyOf ?q }}",
        use_default_graph_as_union=True,
    )
    return not bool(nested)


def apply_rules(
    store: pyoxigraph.Store, *, graph: str = INFERRED_GRAPH, max_rounds: int = 5
) -> int:
    """Derive the inferred and helper triples into ``graph``; returns the triples added."""
    import pyoxigraph

    target = pyoxigraph.NamedNode(graph)
    before = _count(store, target)
    rounds = 1 if _one_pass_suffices(store) else max_rounds
    transitive = _transitive_rules(store)
    for _ in range(rounds):
        added = 0
        for name, rule in RULES:
            for query in transitive if name == "transitive" else [rule]:
                added += _construct_into(store, query, target)
        if added == 0:
            break
    for _name, rule in DERIVED:
        _construct_into(store, rule, target)
    return _count(store, target) - before


def _construct_into(store: pyoxigraph.Store, query: str, target: pyoxigraph.NamedNode) -> int:
    """CONSTRUCT over the union of all graphs, written into ``target`` (SPARQL UPDATE cannot
    read Oxigraph's union default graph)."""
    import pyoxigraph

    triples = store.query(f"{_PREFIXES}\n{query}", use_default_graph_as_union=True)
    assert isinstance(triples, pyoxigraph.QueryTriples)
    quads = {pyoxigraph.Quad(t.subject, t.predicate, t.object, target) for t in triples}
    store.extend(quads)
    return len(quads)


def _count(store: pyoxigraph.Store, graph: pyoxigraph.NamedNode) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


# --------------------------------------------------------------------------------------
# HermiT
# --------------------------------------------------------------------------------------

#: Datatypes outside the OWL 2 datatype map; HermiT rejects literals typed with them.
_NOT_OWL2 = {
    f"{PREFIXES['xsd']}{name}"
    for name in ("date", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay", "time", "duration")
}


@dataclass(frozen=True)
class HermitResult:
    """What HermiT concluded: consistency holds (else an error was raised) and the types."""

    types: frozenset[tuple[str, str]]  # (individual IRI, class IRI), all named classes
    seconds: float


#: Namespaces of the OWL/RDF(S) vocabulary: their classes type declarations, not individuals.
_BUILTIN = (
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
)


def java_available() -> bool:
    return shutil.which("java") is not None


#: Characters XML 1.0 (and so OWL's literals) does not allow: C0 controls but tab and
#: newlines, lone surrogates and the two non-characters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _java_reason(message: str) -> str:
    """The line of a Java error that says what went wrong, not where (the stack frames)."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    told = [line for line in lines if "Exception" in line or "Error:" in line]
    return (told or lines or ["no message"])[0][:300]


def hermit_types(graph: Graph) -> HermitResult:
    """Check ``graph`` (ontology + data) with HermiT and return every inferred type.

    Raises :class:`ValidationError` if the graph is inconsistent.
    """
    import time as clock

    import owlready2
    from rdflib import OWL, RDF, Literal, URIRef
    from rdflib import Graph as RdfGraph

    view = RdfGraph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) in _NOT_OWL2:
            continue
        if isinstance(o, Literal) and _XML_ILLEGAL.search(o):
            # An article may hold control characters (an ESC in a scraped page); HermiT
            # rejects such literals, and their text plays no part in the types it checks.
            o = Literal(_XML_ILLEGAL.sub(" ", o), lang=o.language, datatype=o.datatype)
        view.add((s, p, o))
    # owlready2 only treats declared named individuals as individuals: declare every resource
    # typed with a class of the ontology, or HermiT would never see the data.
    for s, o in list(view.subject_objects(RDF.type)):
        if isinstance(s, URIRef) and not str(o).startswith(_BUILTIN):
            view.add((s, RDF.type, OWL.NamedIndividual))
    started = clock.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-hermit-") as tmp:
        path = Path(tmp) / "graph.nt"
        view.serialize(destination=str(path), format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            raise ValidationError(
                "the graph is inconsistent under OWL reasoning (HermiT)"
            ) from None
        except (owlready2.OwlReadyJavaError, OSError) as exc:
            raise ValidationError(f"HermiT failed: {_java_reason(str(exc))}") from None
        types = set()
        for individual in world.individuals():
            for cls in individual.INDIRECT_is_a:
                iri = getattr(cls, "iri", None)
                if iri and iri != "http://www.w3.org/2002/07/owl#Thing":
                    types.add((individual.iri, iri))
        world.close()
    return HermitResult(frozenset(types), clock.perf_counter() - started)


def type_pairs(triples: Iterable[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """(individual, class) pairs from ``rdf:type`` triples given as strings."""
    rdf_type = f"{PREFIXES['rdf']}type"
    return {(s, o) for s, p, o in triples if p == rdf_type}
