"""``kg bench``: load synthetic corpora of growing size into each engine and time the workload.

For each size the corpus is generated once (cached under ``bench/out/``), the SPARQL rules
derive its inferred graph on an on-disk store (timed: that is how inference scales), and the
full dataset is written as N-Quads. Each engine then loads that file and runs the workload
(:mod:`kg.benchmark.workload`) in its own process (:mod:`kg.benchmark.worker`). The report
holds load time and rate, median and p95 latency per query, peak memory, the speed-up over
rdflib (geometric mean over the workload), the start-up time of ``kg ask`` and machine facts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.benchmark.corpus import CorpusStats, write_corpus
from kg.errors import InputError, KgError
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg.paths import Project

ENGINES = ("oxigraph-disk", "oxigraph-memory", "rdflib-memory", "oxigraph-server")
DEFAULT_ENGINE = "oxigraph-disk"
#: Above this size the rdflib baseline takes minutes per query shape; it is skipped.
RDFLIB_LIMIT = 200_000
Log = Callable[[str], None]


def prepare(size: int, out_dir: Path, log: Log) -> dict[str, Any]:
    """The corpus of ``size`` asserted triples plus its inferred graph, as N-Quads (cached)."""
    import pyoxigraph

    from kg.reason import apply_rules

    out_dir.mkdir(parents=True, exist_ok=True)
    full = out_dir / f"corpus-{size}.nq"
    meta_path = out_dir / f"corpus-{size}.json"
    recipe = _recipe()
    if full.exists() and meta_path.exists():
        cached = json.loads(meta_path.read_text(encoding="utf-8"))
        if cached.get("recipe") == recipe:
            return dict(cached, path=str(full))
        log(f"the generator, rules or ontology changed: regenerating the {size:,} corpus")
    log(f"generating a corpus of {size:,} triples …")
    asserted = out_dir / f"corpus-{size}.asserted.nq"
    started = time.perf_counter()
    # The rules add about half as many triples again: aim the total at the requested size.
    stats: CorpusStats = write_corpus(asserted, round(size / 1.5))
    generate_s = time.perf_counter() - started
    project = Project.locate()
    # In memory: the rules are timed as they run on a loaded store, and the bench machine
    # has the memory even at 10^7 triples.
    store = pyoxigraph.Store()
    store.load(
        project.ontology_file.read_bytes(),
        format=pyoxigraph.RdfFormat.TURTLE,
        to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH),
    )
    store.bulk_load(path=str(asserted), format=pyoxigraph.RdfFormat.N_QUADS)
    log(f"deriving the inferred graph with the SPARQL rules ({size:,} triples) …")
    started = time.perf_counter()
    inferred = apply_rules(store, graph=INFERRED_GRAPH)
    infer_s = time.perf_counter() - started
    store.dump(str(full), format=pyoxigraph.RdfFormat.N_QUADS)
    total = len(store)
    del store
    asserted.unlink()
    meta = {
        "size": size,
        "asserted_triples": stats.triples,
        "inferred_triples": inferred,
        "total_quads": total,
        "articles": stats.articles,
        "statements": stats.statements,
        "actors": stats.actors,
        "events": stats.events,
        "generate_s": round(generate_s, 2),
        "infer_s": round(infer_s, 2),
        "picks": asdict(stats.picks),
        "recipe": recipe,
    }
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return dict(meta, path=str(full))


def _recipe() -> str:
    """A digest of what a cached corpus depends on: the generator, the rules, the ontology."""
    import hashlib

    from kg import reason
    from kg.benchmark import corpus

    digest = hashlib.sha256()
    for path in (Path(corpus.__file__), Path(reason.__file__), Project.locate().ontology_file):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_worker(engine: str, corpus: dict[str, Any], repeat: int, timeout: float) -> dict[str, Any]:
    project = Project.locate()
    command = [
        sys.executable, "-m", "kg.benchmark.worker",
        "--engine", engine,
        "--corpus", corpus["path"],
        "--picks", json.dumps(corpus["picks"]),
        "--repeat", str(repeat),
        "--queries", str(project.queries_dir),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"engine": engine, "error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return {"engine": engine, "error": last[:300]}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def geometric_speedup(run: dict[str, Any], baseline: dict[str, Any]) -> tuple[float, bool] | None:
    """Geometric mean over the workload of baseline median / engine median.

    A query the baseline gave up on (its time-out) counts with the time-out as its time, so
    the mean is then a lower bound: the flag says so. Queries the baseline fails on outright
    (rdflib rejects some valid SPARQL) are left out.
    """
    ratios = []
    bounded = False
    for name, timing in run.get("queries", {}).items():
        base = baseline.get("queries", {}).get(name)
        if not base or "error" in timing or timing["median_ms"] <= 0:
            continue
        if "error" not in base:
            ratios.append(base["median_ms"] / timing["median_ms"])
        elif base.get("timeout_s"):
            ratios.append(base["timeout_s"] * 1000 / timing["median_ms"])
            bounded = True
    if not ratios:
        return None
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios)), bounded


def cli_latency(runs: int = 15) -> dict[str, Any]:
    """``kg ask`` as a fresh process on the seed graph vs ``import pyoxigraph, typer``."""
    kg = str(Path(sys.executable).parent / "kg")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="kg-bench-cli-") as tmp:
        env["KG_STORE"] = str(Path(tmp) / "store")
        ask = [kg, "ask", "Who claims what about the Hanoi Summit?", "--format", "json"]
        subprocess.run([kg, "build", "-q"], env=env, check=True, capture_output=True)
        subprocess.run(ask, env=env, check=True, capture_output=True)  # warm caches, bytecode
        baseline = [sys.executable, "-c", "import pyoxigraph, typer"]
        subprocess.run(baseline, env=env, check=True, capture_output=True)
        times: dict[str, list[float]] = {"ask": [], "baseline": []}
        for _ in range(runs):
            for name, command in (("ask", ask), ("baseline", baseline)):
                started = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True)
                times[name].append((time.perf_counter() - started) * 1000)
    ask_ms = statistics.median(times["ask"])
    base_ms = statistics.median(times["baseline"])
    return {
        "command": " ".join(ask[1:]),
        "ask_median_ms": round(ask_ms, 1),
        "baseline_median_ms": round(base_ms, 1),
        "ratio": round(ask_ms / base_ms, 2),
        "runs": runs,
    }


def machine() -> dict[str, Any]:
    import pyoxigraph
    import rdflib

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyoxigraph": getattr(pyoxigraph, "__version__", "?"),
        "rdflib": rdflib.__version__,
    }


def bench(
    sizes: Sequence[int],
    engines: Sequence[str],
    *,
    repeat: int = 10,
    out_dir: Path,
    log: Log,
    cli: bool = True,
    rdflib_limit: int = RDFLIB_LIMIT,
    timeout: float = 3600,
) -> dict[str, Any]:
    """Run the benchmark; the default engine first at each size."""
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        raise InputError(
            f"unknown engine(s) {', '.join(unknown)}; choose from {', '.join(ENGINES)}"
        )
    if not sizes:
        raise InputError("give at least one size")
    ordered = sorted(engines, key=lambda e: (e != DEFAULT_ENGINE, ENGINES.index(e)))
    report: dict[str, Any] = {"runs": [], "skipped": [], "corpora": [], "machine": machine()}
    for size in sizes:
        corpus = prepare(size, out_dir, log)
        report["corpora"].append({k: v for k, v in corpus.items() if k != "path"})
        for engine in ordered:
            if engine == "rdflib-memory" and size > rdflib_limit:
                reason = f"rdflib skipped at {size:,} triples: its load and joins take minutes"
                report["skipped"].append({"engine": engine, "size": size, "reason": reason})
                log(reason)
                continue
            if engine == "oxigraph-server" and not _server_available():
                reason = "oxigraph server binary not installed (pip install oxigraph)"
                report["skipped"].append({"engine": engine, "size": size, "reason": reason})
                log(reason)
                continue
            log(f"{engine}: {size:,} triples …")
            run = run_worker(engine, corpus, repeat if engine != "rdflib-memory" else 3, timeout)
            run["size"] = size
            report["runs"].append(run)
            if "error" in run:
                log(f"{engine} failed: {run['error']}")
    for run in report["runs"]:
        baseline = next(
            (
                r
                for r in report["runs"]
                if r["engine"] == "rdflib-memory" and r["size"] == run["size"] and "error" not in r
            ),
            None,
        )
        if baseline is not None and run is not baseline and "error" not in run:
            found = geometric_speedup(run, baseline)
            if found is not None:
                run["speedup_vs_rdflib"] = round(found[0], 1)
                run["speedup_is_lower_bound"] = found[1]
    if cli:
        log("timing kg ask as a fresh process …")
        try:
            report["cli"] = cli_latency()
        except (subprocess.CalledProcessError, OSError, KgError) as exc:
            report["cli"] = {"error": str(exc)}
    return report


def _server_available() -> bool:
    return (Path(sys.executable).parent / "oxigraph").exists() or shutil.which(
        "oxigraph"
    ) is not None
