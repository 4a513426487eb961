"""Building the store: SHACL, HermiT, SPARQL rules, atomic swap and rebuild on change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.build import BuildReport, build, ensure_built, from_store, read_turtle
from kg.engine import LocalEngine
from kg.errors import AnnotationError, OntologyError, ValidationError
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES, article_graph
from kg.paths import Project
from kg.reason import apply_rules, hermit_types
from kg.store import StoreDir, inputs_fingerprint
from kg.validate import shacl_violations

from .conftest import require_integration

RDF_TYPE = f"{PREFIXES['rdf']}type"


def test_build_reports_what_it_built(built_store: tuple[Path, BuildReport]) -> None:
    _store, report = built_store
    assert report.articles == 1
    assert report.statements >= 35
    assert report.triples > 3000
    assert report.inferred > 0


def test_graph_conforms_to_the_shapes(engine: LocalEngine, project: Project) -> None:
    data = from_store(engine.store, [article_graph("kei-trump-kim-2024"), INFERRED_GRAPH])
    ontology = read_turtle(project.ontology_file)
    assert shacl_violations(data, read_turtle(project.shapes_file), ontology) == []


def test_shapes_catch_a_statement_without_speaker(engine: LocalEngine, project: Project) -> None:
    data = from_store(engine.store, [article_graph("kei-trump-kim-2024"), INFERRED_GRAPH])
    kgc = PREFIXES["kgc"]

    statement = URIRef(
        "https://w3id.org/kgclaims/id/statement/kei-trump-kim-2024--revere-nukes-part-of-dna"
    )
    data.remove((statement, URIRef(f"{kgc}speaker"), None))
    violations = shacl_violations(
        data, read_turtle(project.shapes_file), read_turtle(project.ontology_file)
    )
    assert any("needs at least one speaker" in v.message for v in violations)


def test_focused_validation_reports_what_pyshacl_itself_reports(
    engine: LocalEngine, project: Project
) -> None:
    # kg.validate keeps pyshacl's focus nodes in a set (speed); the report must not change.
    import pyshacl

    data = from_store(engine.store, [article_graph("kei-trump-kim-2024"), INFERRED_GRAPH])
    kgc = PREFIXES["kgc"]
    statements = sorted(str(s) for s in data.subjects(RDF.type, URIRef(f"{kgc}Statement")))
    for statement in statements[:6]:
        data.remove((URIRef(statement), URIRef(f"{kgc}speaker"), None))
    focus = statements[3:20]  # three broken statements in focus, three out of it
    shapes, ontology = read_turtle(project.shapes_file), read_turtle(project.ontology_file)
    ours = shacl_violations(data, shapes, ontology, focus=focus)
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, allow_warnings=True, focus_nodes=focus
    )
    sh = "http://www.w3.org/ns/shacl#"
    theirs = {
        str(report.value(r, URIRef(f"{sh}focusNode")))
        for r in report.subjects(RDF.type, URIRef(f"{sh}ValidationResult"))
        if report.value(r, URIRef(f"{sh}resultSeverity")) == URIRef(f"{sh}Violation")
    }
    assert {v.focus for v in ours} == theirs == set(statements[3:6])


def _types(store: pyoxigraph.Store, graphs: list[str]) -> set[tuple[str, str]]:
    pairs = set()
    for name in graphs:
        for quad in store.quads_for_pattern(
            None, pyoxigraph.NamedNode(RDF_TYPE), None, pyoxigraph.NamedNode(name)
        ):
            if isinstance(quad.subject, pyoxigraph.NamedNode) and isinstance(
                quad.object, pyoxigraph.NamedNode
            ):
                pairs.add((quad.subject.value, quad.object.value))
    return pairs


def test_sparql_rules_derive_exactly_what_hermit_derives(
    engine: LocalEngine, project: Project
) -> None:
    if shutil.which("java") is None:
        require_integration("Java is not installed; HermiT cannot run")
    ontology = read_turtle(project.ontology_file)
    data = from_store(engine.store, [article_graph("kei-trump-kim-2024")])
    hermit = hermit_types(ontology + data).types
    # The rules' view: asserted + inferred types of the same individuals, restricted to
    # named classes (HermiT reports no owl:Thing, and declarations are not types).
    rules = _types(
        engine.store, [article_graph("kei-trump-kim-2024"), INFERRED_GRAPH, ONTOLOGY_GRAPH]
    )
    individuals = {i for i, _ in hermit}
    owl = PREFIXES["owl"]
    rules = {(i, c) for i, c in rules if i in individuals and not c.startswith(owl)}
    hermit = {(i, c) for i, c in hermit if not c.startswith(owl)}
    assert hermit - rules == set()
    assert rules - hermit == set()
    assert len(hermit) > 500


def _ontology_and_a_person(project: Project) -> tuple[Graph, URIRef]:
    """The ontology plus one individual typed Person (HermiT needs Java)."""
    if shutil.which("java") is None:
        require_integration("Java is not installed; HermiT cannot run")
    graph = read_turtle(project.ontology_file) + Graph()
    someone = URIRef("https://w3id.org/kgclaims/id/actor/someone")
    graph.add((someone, RDF.type, URIRef(f"{PREFIXES['kgc']}Person")))
    return graph, someone


def test_hermit_finds_an_inconsistency(project: Project) -> None:
    graph, someone = _ontology_and_a_person(project)
    kgc = PREFIXES["kgc"]
    graph.add((someone, RDF.type, URIRef(f"{kgc}Organization")))  # disjoint classes
    with pytest.raises(ValidationError, match="inconsistent"):
        hermit_types(graph)


def test_hermit_reads_literals_with_control_characters(project: Project) -> None:
    """A scraped article may hold an ESC; HermiT rejected the whole graph for it."""
    graph, someone = _ontology_and_a_person(project)
    kgc = PREFIXES["kgc"]
    exact = URIRef("http://www.w3.org/ns/oa#exact")  # a data property: HermiT reads its values
    graph.add((someone, exact, Literal("being a father\x1b \u2014 then", datatype=XSD.string)))
    types = hermit_types(graph).types
    assert (str(someone), f"{kgc}Person") in types


def test_java_errors_are_reported_by_what_went_wrong() -> None:
    from kg.reason import _java_reason

    message = (
        "Java error message is:\nException in thread main: Literal is malformed\n\tat x.y(Z.java:1)"
    )
    assert _java_reason(message) == "Exception in thread main: Literal is malformed"


def test_rules_reach_a_fixpoint_and_are_idempotent(project: Project) -> None:
    store = pyoxigraph.Store()
    store.load(
        project.ontology_file.read_bytes(),
        format=pyoxigraph.RdfFormat.TURTLE,
        to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH),
    )
    kgid, kgc = "https://w3id.org/kgclaims/id/", PREFIXES["kgc"]
    data = f"""
    <{kgid}event/a> <{kgc}partOf> <{kgid}event/b> .
    <{kgid}event/b> <{kgc}partOf> <{kgid}event/c> .
    <{kgid}statement/s> <{kgc}speaker> <{kgid}actor/x> .
    """
    store.load(
        data.encode(),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
        to_graph=pyoxigraph.NamedNode(article_graph("t")),
    )
    added = apply_rules(store)
    assert added > 0
    assert apply_rules(store) == 0
    engine = LocalEngine(store)
    assert engine.ask(f"ASK {{ <{kgid}event/a> <{kgc}partOf> <{kgid}event/c> }}")
    assert engine.ask(
        f"ASK {{ <{kgid}event/a> a <{kgc}Event> . <{kgid}event/a> a <http://schema.org/Event> }}"
    )
    assert engine.ask(f"ASK {{ <{kgid}actor/x> a <{PREFIXES['prov']}Agent> }}")
    assert engine.ask(
        f"ASK {{ <{kgid}statement/s> <{PREFIXES['prov']}wasAttributedTo> <{kgid}actor/x> }}"
    )


def _statement_count(store_dir: Path) -> int:
    store = StoreDir(store_dir).open_read_only()
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <{PREFIXES['kgc']}Statement> }}"
    rows = list(store.query(query, use_default_graph_as_union=True))  # type: ignore[union-attr]
    return int(rows[0]["n"].value)


def test_failed_build_leaves_the_previous_store_untouched(
    project_copy: Path, tmp_path: Path
) -> None:
    project = Project(project_copy)
    store_dir = tmp_path / "store"
    build(project, store_dir, reason=False)
    before = StoreDir(store_dir).current
    count = _statement_count(store_dir)
    claims = project_copy / "seeds" / "kei-trump-kim-2024" / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(
            "text: lessons of Hanoi", "text: lessons of Hue"
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        AnnotationError, match=r"claims.yaml:\d+: statement 'kim-lessons-of-hanoi': text not found"
    ):
        build(project, store_dir, reason=False)
    assert StoreDir(store_dir).current == before
    assert _statement_count(store_dir) == count
    assert [p.name for p in store_dir.glob("gen-*")] == [before.name if before else ""]


def test_bad_ontology_reports_its_line(project_copy: Path, tmp_path: Path) -> None:
    ontology = project_copy / "ontology" / "claims.ttl"
    lines = ontology.read_text(encoding="utf-8").splitlines()
    lines[40] = "kgc:Broken a owl:Class ; rdfs:label ."
    ontology.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(OntologyError, match=r"claims.ttl:\d+: invalid Turtle"):
        build(Project(project_copy), tmp_path / "store", reason=False)


def test_rebuilds_only_when_inputs_change(project_copy: Path, tmp_path: Path) -> None:
    project = Project(project_copy)
    store_dir = tmp_path / "store"
    messages: list[str] = []
    ensure_built(project, store_dir, log=messages.append)
    first = StoreDir(store_dir).current
    assert any("no graph yet" in m for m in messages)
    messages.clear()
    ensure_built(project, store_dir, log=messages.append)
    assert messages == [] and StoreDir(store_dir).current == first
    meta = project_copy / "seeds" / "kei-trump-kim-2024" / "meta.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    assert StoreDir(store_dir).manifest().fingerprint != inputs_fingerprint(project)  # type: ignore[union-attr]
    ensure_built(project, store_dir, log=messages.append)
    assert any("changed" in m for m in messages)
    assert StoreDir(store_dir).current != first
