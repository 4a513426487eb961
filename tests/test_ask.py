"""kg ask: questions to stored queries, measured on question files with expected answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.ask import answer
from kg.ask_eval import evaluate_questions
from kg.cli import app
from kg.engine import LocalEngine
from kg.entities import EntityIndex
from kg.errors import QuestionNotUnderstood
from kg.queries import QueryCatalog

from .conftest import ROOT

ASSETS = ROOT / "tests" / "assets"


@pytest.fixture(scope="module")
def catalog() -> QueryCatalog:
    return QueryCatalog.load(ROOT / "queries")


def test_every_example_question_of_the_design_is_answered(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    report = evaluate_questions(ASSETS / "ask_questions.yaml", engine, catalog, index)
    assert [r for r in report.results if not r.passed] == []


def test_development_questions_stay_above_nine_in_ten(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    report = evaluate_questions(ASSETS / "ask_dev.yaml", engine, catalog, index)
    assert report.accuracy >= 0.9, report.to_dict()["failures"]


@pytest.mark.parametrize(
    ("question", "query", "param"),
    [
        ("Who claims what about the Hanoi Summit?", "statements-about-event", "Hanoi Summit"),
        ("what did beigun say?", "statements-by-actor", "Stephen Biegun"),
        ("Shriver predictions", "statements-by-actor-of-kind", "Randall Schriver"),
        ("the hanoi summit", "statements-about-event", "Hanoi Summit"),
        ("What did Kim say about the Hanoi Summit?", "statements-by-actor-about", "Kim Jong Un"),
        ("Which events happened last year?", "events-in-period", "2023-01-01"),
        ("What happened between 2018 and 2019?", "events-in-period", "2018-01-01"),
    ],
)
def test_question_forms_map_to_queries(
    engine: LocalEngine,
    catalog: QueryCatalog,
    index: EntityIndex,
    question: str,
    query: str,
    param: str,
) -> None:
    result = answer(engine, question, catalog, index)
    assert result.query.name == query
    assert any(param in value for value in result.params.values()), result.params
    assert result.table.rows


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("What did Obama say about Iran?", "knows nothing about 'Obama', 'Iran'"),
        ("Who won the 2016 election?", "not one in 2016"),
        ("How many warheads does North Korea have?", "counts statements and sources"),
        ("", "empty"),
        ("Tell me a joke", "no stored query fits"),
    ],
)
def test_questions_it_cannot_map_are_refused_with_suggestions(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str, message: str
) -> None:
    with pytest.raises(QuestionNotUnderstood) as caught:
        answer(engine, question, catalog, index)
    assert message in str(caught.value)
    if question:
        assert "questions I answer" in str(caught.value)


def test_ask_json_and_explain(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "Who is Evans Revere?", "--format", "json", "--explain"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "who-is"
    assert data["columns"][0] == "name" and data["rows"][0]["name"] == "Evans Revere"
    assert "Evans Revere" in data["params"]["entity"]
    assert "VALUES (?_entity_iri)" in data["sparql"]
    table = runner.invoke(app, ["ask", "Where did Stephen Biegun speak?", "--explain"])
    assert "query: speech-acts-of-actor" in table.stdout and "Korea Society" in table.stdout


def test_ask_refusal_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What did Obama say about Iran?"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("error: the graph knows nothing about 'Obama', 'Iran'")
    assert result.stderr.count("\n") == 1


def test_ask_with_no_rows_exits_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What did Vladimir Putin say?", "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["rows"] == []
    assert result.stderr.startswith("no answer:")


def test_eval_ask_reports_accuracy(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["eval", "ask", "--questions", str(ASSETS / "ask_questions.yaml"), "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total"] == 15 and report["accuracy"] == 1.0


def test_eval_ask_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "q.yaml"
    bad.write_text("q: [", encoding="utf-8")
    result = runner.invoke(app, ["eval", "ask", "--questions", str(bad)])
    assert result.exit_code == 1 and result.stderr.startswith("error: cannot read questions")
