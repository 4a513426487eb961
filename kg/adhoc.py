"""``kg sparql``: run any SELECT, ASK, CONSTRUCT or DESCRIBE; updates only when allowed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.engine import Engine, Table, query_kind, strip_prologue
from kg.errors import QueryError, UpdateRefused

RDF_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
TABLE_FORMATS = ("table", "json", "csv", "tsv")

#: The first keyword of every SPARQL 1.1 update operation.
_UPDATE_START = re.compile(
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class SparqlResult:
    kind: str
    table: Table | None = None
    graph: bytes | None = None  # N-Triples for CONSTRUCT/DESCRIBE


def run_sparql(engine: Engine, text: str, *, allow_update: bool = False) -> SparqlResult:
    """Run ``text``; an update needs ``allow_update`` (and a writable engine)."""
    text = text.removeprefix("\ufeff")  # a byte order mark from an editor is not SPARQL
    if not text.strip():
        raise QueryError("empty query")
    kind = query_kind(text)
    if kind == "UPDATE":
        if not _UPDATE_START.match(strip_prologue(text)):
            # Anything that is no query form counts as an update; say what it is instead of
            # refusing a typo as if it were a request to change the store.
            first = strip_prologue(text).split(maxsplit=1)
            raise QueryError(
                "invalid SPARQL: expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update, "
                f"not {first[0][:40]!r}"
                if first
                else "invalid SPARQL: only a prologue (PREFIX/BASE), no query"
            )
        if not allow_update:
            raise UpdateRefused(
                "this is a SPARQL update; it was refused and the store is unchanged "
                "(add --allow-update to change the store)"
            )
        engine.update(text)
        return SparqlResult(kind)
    if kind == "SELECT":
        return SparqlResult(kind, table=engine.select(text))
    if kind == "ASK":
        return SparqlResult(kind, table=Table(["result"], [{"result": engine.ask(text)}]))
    return SparqlResult(kind, graph=engine.graph(text))


def short_syntax_error(message: str) -> str:
    """pyoxigraph's parse errors list every expected token; keep the place and the gist.

    >>> short_syntax_error("error at 2:10: expected one of OPTIONAL, Prefix not found, ['%']")
    'line 2, column 10: undeclared prefix'
    """
    match = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
    if not match:
        return message
    line, column, rest = match.groups()
    if "Prefix not found" in rest:
        gist = "undeclared prefix"
    else:
        gist = " ".join(rest.split())
        if len(gist) > 90:
            gist = gist[:87].rsplit(",", 1)[0] + ", …"
    return f"line {line}, column {column}: {gist}"


def serialize_graph(ntriples: bytes, fmt: str) -> bytes:
    """CONSTRUCT/DESCRIBE output in one of :data:`RDF_FORMATS` (triples in the default graph)."""
    import pyoxigraph

    from kg.namespaces import PREFIXES

    if fmt not in RDF_FORMATS:
        raise QueryError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(RDF_FORMATS)}")
    triples = list(pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES))
    if fmt == "jsonld":
        from rdflib import Graph

        from kg.export import jsonld_context

        graph = Graph().parse(data=ntriples, format="nt")
        return graph.serialize(
            format="json-ld", context=jsonld_context(), auto_compact=True
        ).encode()
    rdf_format = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
        "nquads": pyoxigraph.RdfFormat.N_QUADS,
        "trig": pyoxigraph.RdfFormat.TRIG,
        "rdfxml": pyoxigraph.RdfFormat.RDF_XML,
    }[fmt]
    if fmt in ("nquads", "trig"):
        quads = [pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples]
        return pyoxigraph.serialize(quads, format=rdf_format, prefixes=PREFIXES) or b""
    return pyoxigraph.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""
