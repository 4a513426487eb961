"""One benchmark run, in its own process: load a corpus into one engine, run the workload.

A fresh process per (engine, size) keeps peak memory honest and keeps one engine's caches
from helping another. Prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.benchmark.corpus import Picks
from kg.benchmark.workload import Task, workload
from kg.bulk_load import bulk_load_nquads
from kg.engine import Engine, LocalEngine, RemoteEngine, inject_values
from kg.queries import QueryCatalog, bind

#: A query run longer than this is not repeated (repeating a 30-second query ten times
#: measures patience, not the engine); the report says how many runs each median has.
SLOW_S = 5.0
#: rdflib's engine can take minutes and gigabytes on some join shapes: such a query is
#: stopped and reported as a time-out rather than allowed to stall the benchmark.
RDFLIB_TIMEOUT_S = 60
RDFLIB_MEMORY_BYTES = 6 * 1024**3


class _Timeout(Exception):
    pass


def _peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory of a process (this one by default), from /proc's VmHWM.

    Not ``getrusage``: Linux carries ``ru_maxrss`` over ``fork`` and ``exec``, so a worker
    started by a bench process that had just generated a 10^7 corpus in memory reported
    that process's 3.9 GB as its own. VmHWM belongs to the process's own address space.
    """
    try:
        status = Path(f"/proc/{pid or 'self'}/status").read_text()
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    if pid is None:  # no /proc: getrusage is the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Rdflib:
    """rdflib's in-memory Dataset and SPARQL engine: the baseline."""

    def __init__(self, corpus: Path):
        from rdflib import Dataset

        self.dataset = Dataset(default_union=True)
        self.dataset.parse(str(corpus), format="nquads")

    def count(self, sparql: str) -> int:
        return len(list(self.dataset.query(sparql)))


def _oxigraph_binary() -> str:
    candidate = Path(sys.executable).parent / "oxigraph"
    found = str(candidate) if candidate.exists() else shutil.which("oxigraph")
    if not found:
        raise SystemExit("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def run(engine_name: str, corpus: Path, picks: Picks, repeat: int, queries: Path) -> dict[str, Any]:
    catalog = QueryCatalog.load(queries, cache=False)
    tasks = workload(picks)
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    server: subprocess.Popen[bytes] | None = None
    result: dict[str, Any] = {"engine": engine_name}
    try:
        started = time.perf_counter()
        runner: Callable[[Task], int]
        if engine_name in ("oxigraph-disk", "oxigraph-memory"):
            import pyoxigraph

            store = (
                pyoxigraph.Store(str(tmp / "db"))
                if engine_name == "oxigraph-disk"
                else pyoxigraph.Store()
            )
            bulk_load_nquads(store, corpus)
            if engine_name == "oxigraph-disk":
                loaded = time.perf_counter()
                store.optimize()  # what kg build and kg ingest do after writing
                result["optimize_s"] = round(time.perf_counter() - loaded, 3)
            triples = len(store)
            local: Engine = LocalEngine(store)
            runner = _engine_runner(local, catalog)
        elif engine_name == "rdflib-memory":
            resource.setrlimit(resource.RLIMIT_AS, (RDFLIB_MEMORY_BYTES, RDFLIB_MEMORY_BYTES))
            baseline = _Rdflib(corpus)
            triples = len(baseline.dataset)
            runner = _rdflib_runner(baseline, catalog)
        elif engine_name == "oxigraph-server":
            binary = _oxigraph_binary()
            subprocess.run(
                [binary, "load", "--location", str(tmp / "db"), "--file", str(corpus)],
                check=True,
                capture_output=True,
            )
            port = _free_port()
            server = subprocess.Popen(
                [
                    binary,
                    "serve-read-only",
                    "--location",
                    str(tmp / "db"),
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--union-default-graph",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            endpoint = f"http://127.0.0.1:{port}/query"
            _wait_for(endpoint)
            # Corpus-wide queries at 10^7 triples take longer than a user-facing time-out.
            remote = RemoteEngine(endpoint, timeout=600)
            triples = int(
                remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][
                    "n"
                ]
                or 0
            )
            runner = _engine_runner(remote, catalog)
        else:
            raise SystemExit(f"unknown engine {engine_name!r}")
        # Load time is the bulk loader's; compaction (oxigraph-disk) is reported apart.
        load_s = time.perf_counter() - started - float(result.get("optimize_s", 0.0))
        result.update(
            triples=triples, load_s=round(load_s, 3), triples_per_s=round(triples / load_s)
        )
        result["queries"] = {task.query: _time(runner, task, repeat, engine_name) for task in tasks}
        result["peak_rss_mb"] = round(
            max(_peak_rss_mb(), _peak_rss_mb(server.pid) if server else 0.0), 1
        )
        result["selective"] = [t.query for t in tasks if t.selective]
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    return result


def _wait_for(endpoint: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    url = f"{endpoint}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"oxigraph server did not answer at {endpoint}")


def _engine_runner(engine: Engine, catalog: QueryCatalog) -> Callable[[Task], int]:
    def run_task(task: Task) -> int:
        query = catalog.get(task.query)
        return len(engine.select(query.sparql, bind(query, task.params)).rows)

    return run_task


def _rdflib_runner(baseline: _Rdflib, catalog: QueryCatalog) -> Callable[[Task], int]:
    def run_task(task: Task) -> int:
        query = catalog.get(task.query)
        return baseline.count(inject_values(query.sparql, bind(query, task.params)))

    return run_task


def _time(runner: Callable[[Task], int], task: Task, repeat: int, engine: str) -> dict[str, Any]:
    limit = RDFLIB_TIMEOUT_S if engine == "rdflib-memory" else 0

    def on_alarm(_signum: int, _frame: object) -> None:
        raise _Timeout

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(limit)
    try:
        rows = runner(task)  # warm-up, and the row count to compare engines by
    except _Timeout:
        return {"error": f"timed out after {limit} s", "timeout_s": limit}
    except MemoryError:
        return {"error": f"ran out of its {RDFLIB_MEMORY_BYTES // 1024**3} GB"}
    except Exception as exc:  # rdflib fails on some valid SPARQL: note it, keep going
        return {"error": " ".join(f"{type(exc).__name__}: {exc}".split())[:200]}
    finally:
        signal.alarm(0)
    times: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            runner(task)
        except Exception as exc:  # one query failing must not lose the engine's other numbers
            return {"error": " ".join(f"{type(exc).__name__}: {exc}".split())[:200]}
        times.append((time.perf_counter() - started) * 1000)
        if times[-1] > SLOW_S * 1000:
            break
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(p95, 2),
        "rows": rows,
        "runs": len(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--picks", required=True, help="JSON of kg.benchmark.corpus.Picks")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--queries", type=Path, required=True)
    args = parser.parse_args()
    picks = Picks(**json.loads(args.picks))
    os.environ.setdefault("KG_BENCH", "1")
    print(json.dumps(run(args.engine, args.corpus, picks, args.repeat, args.queries)))


if __name__ == "__main__":
    main()
