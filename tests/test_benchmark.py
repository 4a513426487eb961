"""The benchmark's corpus and workload: deterministic, well-formed, and every query runs."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph
import pytest

from kg.benchmark.corpus import Picks, generate, iter_sizes
from kg.benchmark.run import geometric_speedup
from kg.benchmark.workload import workload
from kg.bulk_load import bulk_load_nquads, line_aligned_pieces
from kg.engine import LocalEngine
from kg.namespaces import ONTOLOGY_GRAPH
from kg.queries import QueryCatalog, run_stored
from kg.reason import apply_rules

from .conftest import ROOT


def _corpus(size: int, seed: int = 7) -> tuple[str, Picks]:
    out = io.StringIO()
    stats = generate(size, out, seed=seed)
    assert stats.triples >= size
    return out.getvalue(), stats.picks


def test_generation_is_deterministic_and_sized() -> None:
    first, picks = _corpus(3000)
    second, _ = _corpus(3000)
    assert first == second
    assert 3000 <= first.count("\n") < 3300
    assert picks.actor.startswith("https://w3id.org/kgclaims/id/actor/")


def test_every_workload_query_runs_and_the_selective_ones_hit(tmp_path: Path) -> None:
    data, picks = _corpus(20000)
    store = pyoxigraph.Store()
    store.load(
        (ROOT / "ontology" / "claims.ttl").read_bytes(),
        format=pyoxigraph.RdfFormat.TURTLE,
        to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH),
    )
    store.load(data.encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    apply_rules(store)
    engine = LocalEngine(store)
    catalog = QueryCatalog.load(ROOT / "queries", cache=False)
    empty = []
    for task in workload(picks):
        table = run_stored(engine, catalog.get(task.query), task.params)
        if not table.rows:
            empty.append(task.query)
    assert empty == [], f"the workload asks about nothing in the data: {empty}"


def test_sizes_and_speedup() -> None:
    assert list(iter_sizes("10000,1e5, 1M,2k")) == [10000, 100000, 1000000, 2000]
    baseline = {
        "queries": {"a": {"median_ms": 100.0}, "b": {"median_ms": 10.0}, "c": {"error": "x"}}
    }
    run = {"queries": {"a": {"median_ms": 1.0}, "b": {"median_ms": 1.0}, "c": {"median_ms": 1.0}}}
    assert geometric_speedup(run, baseline) == pytest.approx(((100 * 10) ** 0.5, False))
    # A baseline time-out counts at its limit, and makes the mean a lower bound.
    baseline["queries"]["c"] = {"error": "timed out after 60 s", "timeout_s": 60}
    assert geometric_speedup(run, baseline) == pytest.approx(((100 * 10 * 60_000) ** (1 / 3), True))


def test_targets_are_checked_against_the_runs() -> None:
    from kg.benchmark.report import target_rows

    def run(engine: str, size: int, **extra: object) -> dict[str, object]:
        queries = {"one-actor": {"median_ms": 40.0}, "all": {"median_ms": 2500.0}}
        facts = {"triples": size, "triples_per_s": 250_000, "peak_rss_mb": 2000.0}
        return {"engine": engine, "size": size, **facts, "queries": queries,
                "selective": ["one-actor"], **extra}  # fmt: skip

    report = {
        "runs": [
            run("oxigraph-disk", 100_000, speedup_vs_rdflib=60.0, speedup_is_lower_bound=True),
            run("oxigraph-disk", 1_000_000),
            {"engine": "oxigraph-disk", "size": 10_000_000, "error": "timed out"},
        ]
    }
    met = {target: verdict for target, _, verdict in target_rows(report)[1]}
    assert met == {
        "oxigraph-disk ≥ 50× rdflib at 10^5 (geometric mean)": "yes",
        "selective queries p50 ≤ 50 ms at 10^6": "yes",
        "corpus-wide queries p50 ≤ 2 s at 10^6": "**no**",
        "oxigraph-disk bulk load ≥ 200,000 triples/s": "yes",
        "oxigraph-disk peak RSS ≤ 1.5 GB": "**no**",
        "a 10^7-triple run completes": "**no**",
    }


def test_bulk_load_in_pieces_loads_what_one_piece_does(tmp_path: Path) -> None:
    text, _ = _corpus(3000)
    corpus = tmp_path / "corpus.nq"
    corpus.write_text(text, encoding="utf-8")
    whole, pieces = pyoxigraph.Store(), pyoxigraph.Store()
    whole.bulk_load(path=str(corpus), format=pyoxigraph.RdfFormat.N_QUADS)
    bulk_load_nquads(pieces, corpus, chunk_bytes=4096, threads=2)  # about a hundred pieces
    assert len(pieces) == len(whole) > 2500
    assert set(pieces) == set(whole)


def test_pieces_end_at_newlines_and_keep_every_byte() -> None:
    text = b"".join(b"line %d %s\n" % (i, b"x" * (i % 37)) for i in range(500)) + b"no newline"
    pieces = list(line_aligned_pieces(io.BytesIO(text), 100))
    assert b"".join(pieces) == text
    assert all(piece.endswith(b"\n") for piece in pieces[:-1])
    # A line longer than a piece stays whole.
    long_line = b"a" * 300 + b"\n"
    pieces = list(line_aligned_pieces(io.BytesIO(long_line + b"b" * 150 + b"\n"), 100))
    assert pieces == [long_line, b"b" * 150 + b"\n"]


def test_a_malformed_piece_raises_after_the_others_finish(tmp_path: Path) -> None:
    text, _ = _corpus(3000)
    lines = text.splitlines(keepends=True)
    lines[len(lines) // 2] = "<http://example.org/broken\n"
    corpus = tmp_path / "broken.nq"
    corpus.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SyntaxError):
        bulk_load_nquads(pyoxigraph.Store(), corpus, chunk_bytes=4096, threads=2)


def test_bulk_load_keeps_a_file_with_blank_nodes_in_one_piece(tmp_path: Path) -> None:
    # A blank node label is scoped to one load: split, "_:b" would become two nodes.
    corpus = tmp_path / "blank.nq"
    lines = [
        f"_:b <http://example.org/p> <http://example.org/o{i}> <http://example.org/g> ."
        for i in range(200)
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = pyoxigraph.Store()
    bulk_load_nquads(store, corpus, chunk_bytes=256)
    assert len(store) == 200
    assert len({quad.subject for quad in store}) == 1


def test_peak_memory_is_the_workers_own_not_its_parents() -> None:
    # Linux carries ru_maxrss over fork and exec: a worker must not report its parent's peak.
    import subprocess
    import sys

    ballast = bytearray(400 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.benchmark.worker import _peak_rss_mb; print(_peak_rss_mb())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    del ballast
    assert 0 < float(child.stdout) < 300
