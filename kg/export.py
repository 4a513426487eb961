"""Linked data out: Turtle, N-Triples, N-Quads, TriG, JSON-LD (with context) and RDF/XML.

Quad formats (N-Quads, TriG, JSON-LD) keep every named graph; triple formats write the
union of the graphs (or one graph with ``graph=``). The data is read through the engine, so
an export works the same from the embedded store and from an endpoint.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kg.engine import Engine
from kg.errors import InputError
from kg.namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES
from kg.paths import Project

if TYPE_CHECKING:
    import pyoxigraph

TRIPLE_FORMATS = ("turtle", "ntriples", "rdfxml")
QUAD_FORMATS = ("nquads", "trig", "jsonld")
FORMATS = TRIPLE_FORMATS + QUAD_FORMATS
#: The file extension conventionally used for each format.
EXTENSIONS = {
    "turtle": "ttl",
    "ntriples": "nt",
    "rdfxml": "rdf",
    "nquads": "nq",
    "trig": "trig",
    "jsonld": "jsonld",
}


def graph_names(engine: Engine) -> list[str]:
    table = engine.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    return [str(v) for v in table.column("g")]


def _graph_iri(name: str, known: list[str]) -> str:
    candidates = {
        "ontology": ONTOLOGY_GRAPH,
        "inferred": INFERRED_GRAPH,
    }
    iri = candidates.get(name) or (name if name in known else ARTICLE_GRAPH_PREFIX + name)
    if iri not in known:
        short = [
            g.removeprefix(ARTICLE_GRAPH_PREFIX)
            for g in known
            if g.startswith(ARTICLE_GRAPH_PREFIX)
        ]
        raise InputError(
            f"no graph {name!r}; choose ontology, inferred or an article: {', '.join(short)}"
        )
    return iri


def export_graph(engine: Engine, fmt: str, *, graph: str | None = None) -> bytes:
    """The graph (or one named graph) serialized in ``fmt``."""
    import pyoxigraph

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    names = graph_names(engine)
    selected = [_graph_iri(graph, names)] if graph else names
    quads: list[pyoxigraph.Quad] = []
    for name in selected:
        data = engine.graph(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        target = pyoxigraph.NamedNode(name)
        quads.extend(
            pyoxigraph.Quad(t.subject, t.predicate, t.object, target)
            for t in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
        )
    if fmt == "jsonld":
        return _jsonld(quads)
    if fmt in QUAD_FORMATS:
        rdf_format = pyoxigraph.RdfFormat.N_QUADS if fmt == "nquads" else pyoxigraph.RdfFormat.TRIG
        return pyoxigraph.serialize(quads, format=rdf_format, prefixes=PREFIXES) or b""
    triples = list(
        dict.fromkeys(pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads)
    )
    rdf_format = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
        "rdfxml": pyoxigraph.RdfFormat.RDF_XML,
    }[fmt]
    return pyoxigraph.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""


def jsonld_context() -> dict[str, object]:
    """The JSON-LD context shipped in ``ontology/context.jsonld``."""
    path = Project.locate().ontology_dir / "context.jsonld"
    data = json.loads(path.read_text(encoding="utf-8"))
    context: dict[str, object] = data["@context"]
    return context


def _jsonld(quads: list[pyoxigraph.Quad]) -> bytes:
    import pyoxigraph
    from rdflib import Dataset

    nquads = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS) or b""
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return text.encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no half file."""
    directory = path.parent if str(path.parent) else Path()
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
