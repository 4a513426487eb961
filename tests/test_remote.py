"""The same stored queries give the same answers on real SPARQL servers.

The seed graph is dumped as N-Quads and loaded into two private servers on loopback — an
in-memory ``oxigraph serve`` with the union default graph, and Virtuoso (whose default graph
is the union of its graphs) — and every stored query runs through :class:`RemoteEngine` on
each and through the embedded store. Answers must agree after normalizing what the SPARQL
JSON results leave to the server: numbers (plain or typed), the order of the items inside
GROUP_CONCAT cells, and the order of rows that the query's ORDER BY leaves tied.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.engine import LocalEngine, RemoteEngine, Table, Value
from kg.queries import QueryCatalog, StoredQuery, run_stored

from .conftest import ROOT, require_integration

pytestmark = pytest.mark.integration

CATALOG = QueryCatalog.load(ROOT / "queries")
SERVERS = ("oxigraph", "virtuoso")
KGID = "https://w3id.org/kgclaims/id/"
KGC = "https://w3id.org/kgclaims/ontology#"

#: Non-default parameters, chosen where engines tend to part ways: IRIs, strings with curly
#: apostrophes, integers and dates, empty lists, statements with several evidence segments.
WITH_PARAMETERS: list[tuple[str, dict[str, str]]] = [
    ("statements-by-actor", {"actor": f"{KGID}actor/stephen-biegun"}),
    ("statements-containing", {"word": "regime’s DNA"}),
    ("statements-matching", {"w1": "troops", "w2": "negotiat", "w3": "Kim", "min": "2"}),
    ("events-in-period", {"from": "2019-01-01", "to": "2019-12-31"}),
    ("statements-in-period", {"from": "2019-02-01", "to": "2019-02-28"}),
    ("events-of-type", {"type": f"{KGC}War"}),
    ("positions-of-actor", {"actor": f"{KGID}actor/kim-jong-un", "stance": "any"}),
    ("who-is", {"entity": f"{KGID}actor/fox-news"}),
    (
        "statements-by-actor-about",
        {
            "actor": f"{KGID}actor/former-senior-us-intelligence-analyst",
            "topic": f"{KGID}actor/donald-trump",
        },
    ),
]

STARTUP_SECONDS = 60.0


# --------------------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------------------


def _free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on (held together so they are distinct)."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


def _die_with_parent() -> None:
    """In the child: be killed when the test process dies, so no server outlives a crash."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _start(command: list[str], log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_answers(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll ``url`` (an ASK query) until it answers 200; fail early if the server died."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            pytest.fail(f"{process.args!r} exited with {process.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    pytest.fail(f"{process.args!r} did not answer {url} within {STARTUP_SECONDS:.0f} s")


def _ask_url(query_endpoint: str) -> str:
    return f"{query_endpoint}?{urllib.parse.urlencode({'query': 'ASK { }'})}"


@pytest.fixture(scope="module")
def seed_nquads(engine: LocalEngine) -> bytes:
    data = engine.store.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    assert data
    return data


@pytest.fixture(scope="module")
def oxigraph_endpoint(
    seed_nquads: bytes, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``oxigraph serve`` in memory, loaded through its Graph Store endpoint."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    program = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    if program is None:
        require_integration("the oxigraph server is not installed (pip install oxigraph)")
        return
    folder = tmp_path_factory.mktemp("oxigraph")
    (port,) = _free_ports(1)
    base = f"http://127.0.0.1:{port}"
    command = [program, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    process = _start(command, folder / "server.log", folder)
    try:
        _wait_until_answers(_ask_url(f"{base}/query"), process, folder / "server.log")
        request = urllib.request.Request(
            f"{base}/store",
            data=seed_nquads,
            headers={"Content-Type": "application/n-quads"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status in (200, 201, 204)
        yield f"{base}/query"
    finally:
        _stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {folder}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso_process(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    """A private Virtuoso in a temporary folder, starting (it takes a few seconds)."""
    program = shutil.which("virtuoso-t")
    if program is None:
        require_integration(
            "Virtuoso is not installed (apt-get install virtuoso-opensource: virtuoso-t)"
        )
        return
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_ports(2)
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port),
        encoding="utf-8",
    )
    process = _start([program, "+configfile", str(ini), "+foreground"], folder / "out.log", folder)
    try:
        yield process, f"http://127.0.0.1:{http_port}", folder
    finally:
        _stop(process)
        for database in (*folder.glob("*.db"), *folder.glob("*.trx")):  # ~50 MB; logs stay
            database.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def virtuoso_endpoint(
    virtuoso_process: tuple[subprocess.Popen[bytes], str, Path], seed_nquads: bytes
) -> str:
    """Virtuoso loaded with the seed graph, one named graph per graph of the N-Quads."""
    process, base, folder = virtuoso_process
    _wait_until_answers(_ask_url(f"{base}/sparql"), process, folder / "out.log")
    _insert_into_virtuoso(f"{base}/sparql-auth", seed_nquads)
    return f"{base}/sparql"


def _insert_into_virtuoso(update_endpoint: str, nquads: bytes, batch: int = 2000) -> None:
    """``INSERT DATA`` per graph in batches, with the fresh database's dba/dba account."""
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, update_endpoint, "dba", "dba")
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
    by_graph: dict[str, list[str]] = defaultdict(list)
    for quad in pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS):
        # Blank nodes would be renamed per request; kg mints IRIs for everything.
        assert not isinstance(quad.subject, pyoxigraph.BlankNode), quad
        assert not isinstance(quad.object, pyoxigraph.BlankNode), quad
        assert isinstance(quad.graph_name, pyoxigraph.NamedNode), quad
        by_graph[str(quad.graph_name)].append(f"{quad.subject} {quad.predicate} {quad.object} .")
    for graph, triples in by_graph.items():
        for start in range(0, len(triples), batch):
            lines = "\n".join(triples[start : start + batch])
            update = f"INSERT DATA {{ GRAPH {graph} {{\n{lines}\n}} }}"
            body = urllib.parse.urlencode({"query": update}).encode()
            with opener.open(urllib.request.Request(update_endpoint, data=body), timeout=60) as r:
                r.read()


@pytest.fixture(params=SERVERS)
def endpoint(request: pytest.FixtureRequest) -> str:
    """The SPARQL query endpoint of each server in turn."""
    url: str = request.getfixturevalue(f"{request.param}_endpoint")
    return url


# --------------------------------------------------------------------------------------
# Comparing answers
# --------------------------------------------------------------------------------------

_GROUP_CONCAT = re.compile(
    r'GROUP_CONCAT\s*\(\s*(?:DISTINCT\s+)?\?\w+\s*(?:;\s*separator\s*=\s*"([^"]*)"\s*)?\)'
    # also inside IF(COUNT(...) > 0, GROUP_CONCAT(...), SAMPLE(?x)), the empty-list guard
    r"(?:\s*,\s*SAMPLE\s*\(\s*\?\w+\s*\)\s*\))?"
    r"\s*AS\s+\?(\w+)",
    re.IGNORECASE,
)


def _lists(sparql: str) -> dict[str, str]:
    """The columns made by GROUP_CONCAT, with their separators (SPARQL's default is a space)."""
    return {column: separator or " " for separator, column in _GROUP_CONCAT.findall(sparql)}


def _order_keys(sparql: str, columns: list[str]) -> list[str]:
    """The leading ORDER BY variables that are output columns: rows must come in their order."""
    tail = sparql[sparql.rindex("}") + 1 :]  # solution modifiers follow the last brace
    match = re.search(r"ORDER\s+BY\s+(.*?)(?:\bLIMIT\b|\bOFFSET\b|$)", tail, re.I | re.S)
    keys: list[str] = []
    for variable in re.findall(r"\?(\w+)", match.group(1) if match else ""):
        if variable not in columns:
            break  # an unprojected key: ties of the earlier keys may come in any order
        keys.append(variable)
    return keys


def _normal(value: Value, separator: str | None) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and separator is not None:
        # GROUP_CONCAT of nothing: "" on Virtuoso 7 (the standard), unbound on Oxigraph.
        return tuple(sorted(value.split(separator))) if value else None
    return value


Run = tuple[tuple[object, ...], Counter[tuple[object, ...]]]


def _runs(table: Table, sparql: str) -> list[Run]:
    """Rows as runs of equal ORDER BY keys, each run a multiset of normalized rows."""
    lists = _lists(sparql)
    keys = _order_keys(sparql, table.columns)
    runs: list[Run] = []
    for row in table.rows:
        normal = {c: _normal(row.get(c), lists.get(c)) for c in table.columns}
        key = tuple(normal[k] for k in keys)
        if not runs or runs[-1][0] != key:
            runs.append((key, Counter()))
        runs[-1][1][tuple(normal[c] for c in table.columns)] += 1
    return runs


def _assert_same(local: Table, remote: Table, sparql: str, where: str) -> None:
    assert remote.columns == local.columns, where
    expected, got = _runs(local, sparql), _runs(remote, sparql)
    if got != expected:
        want = sum((counter for _, counter in expected), Counter[tuple[object, ...]]())
        have = sum((counter for _, counter in got), Counter[tuple[object, ...]]())
        missing = "\n".join(f"  - {row}" for row in (want - have).elements())
        extra = "\n".join(f"  + {row}" for row in (have - want).elements())
        detail = f"\n{missing}\n{extra}" if missing or extra else " (same rows, other order)"
        pytest.fail(f"{where}: the answers differ{detail}", pytrace=False)


def _compare(
    engine: LocalEngine, endpoint: str, query: StoredQuery, values: dict[str, str]
) -> Table:
    local = run_stored(engine, query, values)
    remote = run_stored(RemoteEngine(endpoint), query, values)
    _assert_same(local, remote, query.sparql, f"{query.name} {values or ''} on {endpoint}")
    return local


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------


def test_servers_hold_every_quad_of_the_seed_graph(endpoint: str, seed_nquads: bytes) -> None:
    quads = pyoxigraph.parse(seed_nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    expected = Counter(
        q.graph_name.value for q in quads if isinstance(q.graph_name, pyoxigraph.NamedNode)
    )
    table = RemoteEngine(endpoint).select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    counts = {row["g"]: row["n"] for row in table.rows if row["g"] in expected}
    assert counts == dict(expected)


@pytest.mark.parametrize("name", sorted(CATALOG.queries))
def test_stored_query_with_defaults_gives_the_same_answer(
    engine: LocalEngine, endpoint: str, name: str
) -> None:
    local = _compare(engine, endpoint, CATALOG.get(name), {})
    assert local.columns


@pytest.mark.parametrize(("name", "values"), WITH_PARAMETERS, ids=[n for n, _ in WITH_PARAMETERS])
def test_stored_query_with_parameters_gives_the_same_answer(
    engine: LocalEngine, endpoint: str, name: str, values: dict[str, str]
) -> None:
    local = _compare(engine, endpoint, CATALOG.get(name), values)
    assert local.rows, "choose parameters that find something"


def test_ask_and_construct_give_the_same_answer(engine: LocalEngine, endpoint: str) -> None:
    remote = RemoteEngine(endpoint)
    for question in (
        f"ASK WHERE {{ <{KGID}actor/evans-revere> a <{KGC}Person> }}",
        f"ASK WHERE {{ <{KGID}actor/evans-revere> a <{KGC}Event> }}",
    ):
        assert remote.ask(question) == engine.ask(question), question
    construct = f"""PREFIX kgc: <{KGC}> PREFIX schema: <http://schema.org/>
        CONSTRUCT {{ ?s schema:text ?text ; kgc:speaker ?who }}
        WHERE {{ ?s a kgc:DirectQuote ; schema:text ?text ; kgc:speaker ?who }}"""

    def triples(data: bytes) -> set[str]:
        return {str(t) for t in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)}

    expected = triples(engine.graph(construct))
    assert expected
    assert triples(remote.graph(construct)) == expected


def _cli(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "command",
    [
        ("claims", "--about", "Hanoi Summit", "--format", "json"),
        ("ask", "Who is Evans Revere?", "--format", "json"),
    ],
    ids=["claims-about", "ask-who-is"],
)
def test_cli_gives_the_same_answer_through_an_endpoint(
    runner: CliRunner, endpoint: str, command: tuple[str, ...]
) -> None:
    embedded = _cli(runner, *command)
    assert embedded
    assert _cli(runner, "--endpoint", endpoint, *command) == embedded


def test_answers_compare_up_to_ties_list_order_and_number_types() -> None:
    sparql = 'SELECT ?a (GROUP_CONCAT(?x; separator=", ") AS ?xs) ?n WHERE { } ORDER BY ?a ?n'
    columns = ["a", "xs", "n"]
    local = Table(
        columns,
        [
            {"a": "1", "xs": "p, q", "n": 2},
            {"a": "1", "xs": "r", "n": 2},
            {"a": "2", "xs": None, "n": 0},
        ],
    )
    tied_rows_swapped = Table(
        columns,
        [
            {"a": "1", "xs": "r", "n": 2.0},
            {"a": "1", "xs": "q, p", "n": 2},
            {"a": "2", "xs": None, "n": 0},
        ],
    )
    _assert_same(local, tied_rows_swapped, sparql, "same answer")
    empty_list = Table(columns, [*local.rows[:2], {"a": "2", "xs": "", "n": 0}])
    _assert_same(local, empty_list, sparql, "an empty list, as Virtuoso gives it")
    out_of_order = Table(columns, [local.rows[2], local.rows[0], local.rows[1]])
    other_list = Table(columns, [*local.rows[:2], {"a": "2", "xs": "s", "n": 0}])
    for other in (out_of_order, other_list):
        with pytest.raises(pytest.fail.Exception):
            _assert_same(local, other, sparql, "other answer")
