"""Linked data round trips: every export format parses back to the same graph."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.engine import LocalEngine
from kg.export import FORMATS, QUAD_FORMATS, export_graph

RDFLIB_FORMAT = {
    "turtle": "turtle",
    "ntriples": "nt",
    "rdfxml": "xml",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
}


def _store_dataset(engine: LocalEngine) -> Dataset:
    data = engine.store.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    return dataset


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_parses_back_isomorphic(engine: LocalEngine, fmt: str) -> None:
    data = export_graph(engine, fmt)
    original = _store_dataset(engine)
    if fmt in QUAD_FORMATS:
        parsed = Dataset()
        parsed.parse(data=data, format=RDFLIB_FORMAT[fmt])
        graphs = {str(g.identifier) for g in original.graphs() if len(g)}
        assert graphs == {str(g.identifier) for g in parsed.graphs() if len(g)}
        for name in graphs:
            assert isomorphic(original.graph(name), parsed.graph(name)), name
    else:
        parsed_graph = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
        union = Graph()
        for s, p, o, _graph in original.quads((None, None, None, None)):
            union.add((s, p, o))
        assert len(union) > 4000
        assert isomorphic(union, parsed_graph)


def test_export_one_graph(engine: LocalEngine) -> None:
    data = export_graph(engine, "ntriples", graph="ontology")
    graph = Graph().parse(data=data, format="nt")
    assert 300 < len(graph) < 2000


def test_jsonld_uses_the_context(engine: LocalEngine) -> None:
    text = export_graph(engine, "jsonld", graph="kei-trump-kim-2024").decode()
    assert '"@context"' in text and '"speaker"' in text and '"kgc"' in text
