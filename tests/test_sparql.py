"""kg queries, kg query and kg sparql through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app

KGC = "PREFIX kgc: <https://w3id.org/kgclaims/ontology#> "


def test_queries_lists_names_summaries_params(runner: CliRunner) -> None:
    result = runner.invoke(app, ["queries", "--format", "json"])
    listing = json.loads(result.stdout)
    names = {q["name"] for q in listing}
    assert "statements-about-event" in names and len(listing) >= 15
    flagship = next(q for q in listing if q["name"] == "statements-about-event")
    assert flagship["summary"] and flagship["params"][0]["name"] == "event"
    assert "statements-about-event" in runner.invoke(app, ["queries"]).stdout


def test_query_with_params_and_formats(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["query", "statements-by-actor", "--param", "actor=Bolton", "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"columns", "rows"}
    assert {r["speaker"] for r in data["rows"]} == {"John Bolton"}
    assert all(isinstance(r["start"], int) for r in data["rows"])
    tsv = runner.invoke(
        app, ["query", "offices-of-actor", "-p", "actor=kgid:actor/stephen-biegun", "-f", "tsv"]
    )
    lines = tsv.stdout.splitlines()
    assert lines[0].split("\t")[:2] == ["actor", "title"] and len(lines) == 3


def test_query_errors_are_one_line(runner: CliRunner) -> None:
    for args, message in [
        (["query", "nope"], "error: no stored query 'nope'"),
        (
            ["query", "statements-by-actor", "-p", "who=Kim"],
            "has no parameter 'who' (parameters: actor)",
        ),
        (["query", "statements-by-actor", "-p", "actor"], "--param takes key=value"),
        (["query", "events-in-period", "-p", "from=yesterday"], "needs a date YYYY-MM-DD"),
    ]:
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_sparql_select_ask_construct_describe(runner: CliRunner, tmp_path: Path) -> None:
    select = runner.invoke(
        app,
        [
            "sparql",
            KGC + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kgc:DirectQuote }",
            "-f",
            "json",
        ],
    )
    assert json.loads(select.stdout)["rows"][0]["n"] >= 20
    ask = runner.invoke(app, ["sparql", KGC + "ASK { ?s a kgc:Summit }", "-f", "json"])
    assert json.loads(ask.stdout) == {"columns": ["result"], "rows": [{"result": True}]}
    construct = runner.invoke(
        app, ["sparql", KGC + "CONSTRUCT { ?s a kgc:Summit } WHERE { ?s a kgc:Summit }"]
    )
    assert len(Graph().parse(data=construct.stdout, format="turtle")) == 3
    query = tmp_path / "q.rq"
    query.write_text("DESCRIBE <https://w3id.org/kgclaims/id/actor/evans-revere>", encoding="utf-8")
    describe = runner.invoke(app, ["sparql", "--file", str(query), "-f", "ntriples"])
    assert "Evans Revere" in describe.stdout
    stdin = runner.invoke(
        app, ["sparql", "-", "-f", "csv"], input=KGC + "SELECT ?s WHERE { ?s a kgc:Letter }"
    )
    assert stdin.stdout.splitlines()[0] == "s" and len(stdin.stdout.splitlines()) == 2


def test_malformed_sparql_reports_line_and_column(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sparql", "SELECT ?x WHERE {\n  ?x kgc:speaker ?y }"])
    assert result.exit_code == 1
    assert result.stderr == "error: invalid SPARQL at line 2, column 17: undeclared prefix\n"
    other = runner.invoke(app, ["sparql", "SELECT ?x WHERE { ?x ?p }"])
    assert (
        other.stderr.startswith("error: invalid SPARQL at line 1, column ")
        and other.stderr.count("\n") == 1
    )


def test_a_request_that_is_neither_query_nor_update_is_a_syntax_error(
    runner: CliRunner,
) -> None:
    """A typo is not an update: "add --allow-update" would only lock the store to fail."""
    for text in ("SELEC ?x WHERE { ?x ?p ?o }", KGC + "hello", KGC):
        result = runner.invoke(app, ["sparql", text])
        assert result.exit_code == 1
        assert result.stderr.startswith("error: invalid SPARQL: "), text
        assert "allow-update" not in result.stderr
    typo = runner.invoke(app, ["sparql", "SELEC ?x WHERE { ?x ?p ?o }"])
    assert "not 'SELEC'" in typo.stderr
    lowercase = runner.invoke(app, ["sparql", "insert{ <urn:a> <urn:b> <urn:c> } where {}"])
    assert "refused and the store is unchanged" in lowercase.stderr


def test_updates_are_refused_without_allow_update(runner: CliRunner) -> None:
    count = KGC + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = json.loads(runner.invoke(app, ["sparql", count, "-f", "json"]).stdout)["rows"][0]["n"]
    result = runner.invoke(
        app, ["sparql", "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"]
    )
    assert result.exit_code == 1 and "refused and the store is unchanged" in result.stderr
    result = runner.invoke(app, ["sparql", "DROP ALL"])
    assert result.exit_code == 1
    after = json.loads(runner.invoke(app, ["sparql", count, "-f", "json"]).stdout)["rows"][0]["n"]
    assert after == before


def test_update_with_allow_update_changes_a_private_store(
    project_copy: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    env = {"KG_STORE": str(tmp_path / "store"), "KG_HOME": str(project_copy)}
    assert runner.invoke(app, ["build", "--no-reason", "-q"], env=env).exit_code == 0
    insert = "INSERT DATA { GRAPH <urn:note> { <urn:a> <urn:b> 'c' } }"
    result = runner.invoke(app, ["sparql", insert, "--allow-update"], env=env)
    assert result.exit_code == 0, result.stderr
    ask = runner.invoke(
        app, ["sparql", "ASK { GRAPH <urn:note> { <urn:a> <urn:b> 'c' } }", "-f", "json"], env=env
    )
    assert json.loads(ask.stdout)["rows"][0]["result"] is True
    bad = runner.invoke(
        app, ["sparql", "INSERT DATA { <urn:a> <urn:b> ", "--allow-update"], env=env
    )
    assert bad.exit_code == 1 and bad.stderr.startswith("error: invalid SPARQL update at line 1")


def test_rdf_format_for_a_table_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "turtle"])
    assert result.exit_code == 1 and "is a table" in result.stderr


def test_a_misspelt_query_form_is_invalid_sparql_not_an_update(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sparql", "SELEC * WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: invalid SPARQL: expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update, "
        "not 'SELEC'\n"
    )
    prologue = runner.invoke(app, ["sparql", KGC])
    assert prologue.exit_code == 1 and "no query" in prologue.stderr


def test_query_files_with_a_byte_order_mark_or_unreadable(
    runner: CliRunner, tmp_path: Path
) -> None:
    bom = tmp_path / "bom.rq"
    bom.write_bytes(b"\xef\xbb\xbfASK { ?s ?p ?o }")
    result = runner.invoke(app, ["sparql", "--file", str(bom), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["rows"][0]["result"] is True
    binary = tmp_path / "binary.rq"
    binary.write_bytes(b"\xff\xfe\x00")
    bad = runner.invoke(app, ["sparql", "--file", str(binary)])
    assert (
        bad.exit_code == 1
        and bad.stderr == f"error: {binary}: not UTF-8 text (byte 0: invalid start byte)\n"
    )
    missing = runner.invoke(app, ["sparql", "--file", str(tmp_path / "none.rq")])
    assert (
        missing.stderr == f"error: cannot read {tmp_path / 'none.rq'}: No such file or directory\n"
    )


def test_an_unknown_format_is_refused_before_the_query_runs(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "xml"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: unknown format 'xml'; choose one of: table, json")
    assert result.stderr.count("\n") == 1


def test_errors_raised_while_reading_solutions_are_query_errors(runner: CliRunner) -> None:
    # Oxigraph runs a SERVICE call lazily, when the solutions are read (port 1 fails at once).
    service = "{ SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    for query in (f"SELECT * WHERE {service}", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {service}"):
        result = runner.invoke(app, ["sparql", query])
        assert result.exit_code == 1, result.stderr
        assert result.stderr.startswith("error: query failed: ")
        assert result.stderr.count("\n") == 1
