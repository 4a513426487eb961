"""``kg build``: seeds + ontology → validated, reasoned graph in a fresh store generation.

Steps: read the ontology and shapes; read every seed (quotes located, references checked);
turn each into its article graph; load everything into a new store generation beside the
current one, carrying over articles added by ``kg ingest``; derive the inferred graph with
the SPARQL rules; validate with SHACL; check consistency and inferred types with HermiT;
then swap the new generation in. Any failure removes the new generation and leaves the
store as it was.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.annotations import Annotation, load_seed, seed_dirs
from kg.errors import OntologyError, StoreError, ValidationError
from kg.namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, article_graph
from kg.paths import Project
from kg.store import Manifest, StoreDir, inputs_fingerprint, seal

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Graph

Log = Callable[[str], None]


@dataclass(frozen=True)
class BuildReport:
    store: Path
    articles: int
    statements: int
    triples: int
    inferred: int
    hermit: str
    seconds: float


def read_turtle(path: Path) -> Graph:
    """Parse a Turtle file with rdflib; syntax errors become ``path:line: message``."""
    import re

    from rdflib import Graph

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(path, None, "file not found") from None
    except Exception as exc:  # rdflib raises several unrelated classes for bad syntax
        message = " ".join(str(exc).split())
        match = re.search(r"line (\d+)", message)
        line = int(match.group(1)) if match else None
        raise OntologyError(path, line, f"invalid Turtle: {message[:200]}") from None
    return graph


def load_annotations(project: Project) -> list[Annotation]:
    """Every curated seed under ``seeds/``, checked."""
    return [load_seed(folder) for folder in seed_dirs(project.seeds_dir)]


def to_quads(graph: Graph, graph_iri: str) -> list[pyoxigraph.Quad]:
    """rdflib triples → pyoxigraph quads in the named graph ``graph_iri`` (via N-Triples)."""
    import pyoxigraph

    data = graph.serialize(format="nt", encoding="utf-8")
    target = pyoxigraph.NamedNode(graph_iri)
    return [
        pyoxigraph.Quad(t.subject, t.predicate, t.object, target)
        for t in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    ]


def from_quads(quads: list[pyoxigraph.Quad]) -> Graph:
    """pyoxigraph quads → one rdflib graph of their triples (via N-Triples)."""
    import pyoxigraph
    from rdflib import Graph

    triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads]
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=data, format="nt")


def from_store(store: pyoxigraph.Store, graph_iris: list[str]) -> Graph:
    """The union of some named graphs of ``store`` as one rdflib graph (via N-Quads)."""
    import pyoxigraph
    from rdflib import Graph

    out = Graph()
    for name in graph_iris:
        data = store.dump(
            format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.NamedNode(name)
        )
        if data:
            out.parse(data=data, format="nt")
    return out


def build(
    project: Project,
    store_dir: Path,
    *,
    reason: bool = True,
    log: Log | None = None,
) -> BuildReport:
    """Build the graph into a new generation of ``store_dir`` and make it current."""
    from kg.graph import annotation_graph
    from kg.reason import apply_rules, hermit_types, java_available
    from kg.validate import shacl_violations

    say = log or (lambda _message: None)
    started = time.perf_counter()
    fingerprint = inputs_fingerprint(project)
    ontology = read_turtle(project.ontology_file)
    shapes = read_turtle(project.shapes_file)
    annotations = load_annotations(project)
    graphs = {a.meta.slug: annotation_graph(a) for a in annotations}
    statements = sum(len(a.statements) for a in annotations)
    say(f"read {len(annotations)} seed article(s), {statements} statements")

    store_dir_obj = StoreDir(store_dir)
    with store_dir_obj.lock(exclusive=True):
        previous = store_dir_obj.manifest()
        _refuse_seeds_named_as_ingested(previous, set(graphs), project)
        with store_dir_obj.writing():
            gen = store_dir_obj.new_generation()
            store: pyoxigraph.Store | None = None
            try:
                store = _load_generation(gen, ontology, graphs)
                ingested = _carry_over_ingested(store_dir_obj, previous, store, set(graphs))
                inferred = apply_rules(store)
                say(f"inferred {inferred} triples with SPARQL rules")
                seed_graph_iris = [article_graph(slug) for slug in graphs]
                data = _seed_view(store, seed_graph_iris)
                violations = shacl_violations(data, shapes, ontology)
                if violations:
                    raise ValidationError(
                        f"{len(violations)} SHACL violation(s); first: {violations[0]} "
                        "(run 'kg validate' for all)"
                    )
                say("SHACL: the graph conforms to ontology/shapes.ttl")
                hermit = "skipped (--no-reason)"
                if reason and not java_available():
                    hermit = "skipped: Java not found (install a JRE to check OWL consistency)"
                elif reason:
                    result = hermit_types(ontology + from_store(store, seed_graph_iris))
                    extra = _add_missing_types(store, result.types)
                    hermit = f"consistent ({result.seconds:.1f} s, {extra} types beyond the rules)"
                say(f"HermiT: {hermit}")
                triples = len(store)
                # Compaction: a freshly loaded RocksDB answers lookups ~6x slower (kg bench).
                store.optimize()
                store = None  # close the database before the swap
                seal(gen / "oxigraph")
                manifest = Manifest(
                    fingerprint=fingerprint,
                    built_at=time.time(),
                    seeds={a.meta.slug: a.sha256 for a in annotations},
                    ingested=ingested,
                    triples=triples,
                    hermit=hermit,
                )
                store_dir_obj.write_manifest(gen, manifest)
            except BaseException:
                store = None  # close the database so that its files can go
                shutil.rmtree(gen, ignore_errors=True)
                raise
            # Outside the try: once the link points at gen, it is the graph in use.
            store_dir_obj.activate(gen)
    return BuildReport(
        store=store_dir,
        articles=len(annotations) + len(ingested),
        statements=statements,
        triples=triples,
        inferred=inferred,
        hermit=hermit,
        seconds=time.perf_counter() - started,
    )


def _seed_view(store: pyoxigraph.Store, seed_graph_iris: list[str]) -> Graph:
    """The seed graphs and what was inferred about their subjects (ingested articles were
    validated when they came in; re-validating an archive on every build would not scale)."""
    import pyoxigraph

    data = from_store(store, seed_graph_iris)
    subjects = {
        pyoxigraph.NamedNode(str(s)) for s in data.subjects() if not str(s).startswith("_:")
    }
    inferred = pyoxigraph.NamedNode(INFERRED_GRAPH)
    extra = [
        q for q in store.quads_for_pattern(None, None, None, inferred) if q.subject in subjects
    ]
    return data + from_quads(extra)


def _load_generation(gen: Path, ontology: Graph, graphs: dict[str, Graph]) -> pyoxigraph.Store:
    import pyoxigraph

    try:
        store = pyoxigraph.Store(str(gen / "oxigraph"))
    except OSError as exc:
        raise StoreError(f"cannot create a store in {gen}: {exc}") from None
    store.extend(to_quads(ontology, ONTOLOGY_GRAPH))
    for slug, graph in graphs.items():
        store.extend(to_quads(graph, article_graph(slug)))
    return store


def _refuse_seeds_named_as_ingested(
    previous: Manifest | None, seeds: set[str], project: Project
) -> None:
    """A seed folder with the slug of an ingested article would take that article's named
    graph, and the build would drop the ingested article without a word: refuse it."""
    clash = sorted(seeds & set(previous.ingested)) if previous is not None else []
    if clash:
        raise StoreError(
            f"{project.seeds_dir / clash[0]} has the slug of the ingested article "
            f"'{clash[0]}', which a build would drop: rename the folder, or 'kg remove "
            f"{clash[0]}' first"
        )


def _carry_over_ingested(
    store_dir: StoreDir, previous: Manifest | None, store: pyoxigraph.Store, seeds: set[str]
) -> dict[str, str]:
    """Copy the article graphs added by ``kg ingest`` from the current generation."""
    import pyoxigraph

    if previous is None and store_dir.current is not None:
        # A generation whose manifest was lost (a crash before it reached the disk): its
        # article graphs beyond the seeds are the ingested ones. Their text hashes are gone,
        # so ingesting one of those files again adds it as another article.
        old = store_dir.open_read_only()
        try:
            kept = {slug: "" for slug in article_graph_names(old) if slug not in seeds}
        finally:
            del old
    elif previous is None or not previous.ingested:
        return {}
    else:
        kept = {slug: sha for slug, sha in previous.ingested.items() if slug not in seeds}
    if not kept:
        return {}
    old = store_dir.open_read_only()
    try:
        for slug in kept:
            name = pyoxigraph.NamedNode(article_graph(slug))
            store.extend(old.quads_for_pattern(None, None, None, name))
    finally:
        del old
    return kept


def _add_missing_types(store: pyoxigraph.Store, types: frozenset[tuple[str, str]]) -> int:
    """Add HermiT's types that the rules did not derive (none expected; counted)."""
    import pyoxigraph

    rdf_type = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    inferred = pyoxigraph.NamedNode(INFERRED_GRAPH)
    missing = []
    for individual, cls in types:
        s, o = pyoxigraph.NamedNode(individual), pyoxigraph.NamedNode(cls)
        if not any(True for _ in store.quads_for_pattern(s, rdf_type, o)):
            missing.append(pyoxigraph.Quad(s, rdf_type, o, inferred))
    store.extend(missing)
    return len(missing)


def ensure_built(project: Project, store_dir: Path, *, log: Log | None = None) -> None:
    """Build when the store is missing or its inputs changed (a cheap fingerprint check)."""
    store = StoreDir(store_dir)
    manifest = store.manifest()
    if manifest is not None and manifest.fingerprint == inputs_fingerprint(project):
        return
    if manifest is None and store.current is not None:
        # Not "no graph yet": rebuilding silently here used to drop the ingested articles.
        raise StoreError(
            f"the store in {store_dir} is damaged ({store.current.name}/manifest.json is "
            "missing or unreadable); 'kg build' rebuilds it and keeps the ingested articles"
        )
    reason_why = "no graph yet" if manifest is None else "ontology or seeds changed"
    say = log or _stderr
    say(f"building the graph in {store_dir} ({reason_why}) …")
    build(project, store_dir, log=log)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def article_graph_names(store: pyoxigraph.Store) -> list[str]:
    """Names (slugs) of the article graphs in ``store``."""
    return sorted(
        g.value[len(ARTICLE_GRAPH_PREFIX) :]
        for g in store.named_graphs()
        if hasattr(g, "value") and g.value.startswith(ARTICLE_GRAPH_PREFIX)
    )
