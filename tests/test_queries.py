"""Stored queries: strict headers, every query runs with its defaults, parameters are bound."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg.engine import LocalEngine
from kg.entities import EntityIndex
from kg.errors import ParameterError, QueryNotFound
from kg.queries import HEADER_KEYS, QueryCatalog, QueryFileError, parse_query_file, run_stored

from .conftest import ROOT

CATALOG = QueryCatalog.load(ROOT / "queries")

#: What each stored query must return with its defaults on the seed graph: (column, value)
#: pairs that must appear in some row, and the number of rows (exact, or a minimum "n+").
EXPECTED: dict[str, tuple[list[tuple[str, object]], str]] = {
    "article-details": (
        [("author", "Daniel Sneider"), ("publisher", "Korea Economic Institute of America")],
        "1",
    ),
    "office-holders-of-tenure": (
        [("actor", "Yoon Suk-yeol"), ("actor", "Daniel Sneider"), ("tenure", "current")],
        "4",
    ),
    "statement-counts": ([("speaker", "Randall Schriver"), ("statements", 4)], "1"),
    "statements-by-actor-in-period": (
        [("said_on", "2024-11-18"), ("speaker", "Kim Jong Un")],
        "5+",
    ),
    "anonymous-sources": (
        [
            ("source", "former intelligence officer"),
            ("descriptor", "a veteran North Korea intelligence analyst"),
        ],
        "3",
    ),
    "co-speakers-on-event": ([("speaker", "John Bolton"), ("speaker", "Evans Revere")], "8"),
    "counts-per-venue": ([("venue", "Hudson Institute"), ("statements", 4)], "10+"),
    "counts-per-speaker": ([("speaker", "Kim Jong Un"), ("statements", 9)], "16"),
    "events-in-period": (
        [("event", "2024 US presidential election"), ("date", "2024-11-18")],
        "10+",
    ),
    "events-of-type": ([("event", "Hanoi Summit"), ("event", "DMZ meeting")], "3"),
    "events-of-actors": ([("event", "Hanoi Summit"), ("date", "2019-06-30")], "5"),
    "other-speakers-on-event": ([("speaker", "Evans Revere")], "10+"),
    "people-of-organization": ([("actor", "Stephen Biegun"), ("tenure", "designate")], "10+"),
    "statements-by-actor-of-kind": ([("speaker", "Randall Schriver"), ("kind", "prediction")], "3"),
    "offices-of-actor": ([("title", "National Security Advisor"), ("tenure", "former")], "1"),
    "office-holders-in-period": ([("actor", "Moon Jae-in"), ("tenure", "former")], "1"),
    "office-holders": ([("actor", "Stephen Biegun"), ("tenure", "former")], "1"),
    "positions-of-actor": (
        [("position", "Kim accepts a lesser reduction in sanctions"), ("at", "Hanoi Summit")],
        "2",
    ),
    "proposals-at-event": ([("proposed_by", "Kim Jong Un"), ("rejected_by", "Donald Trump")], "3"),
    "quoted-speakers": ([("speaker", "Randall Schriver"), ("direct_quotes", 5)], "11"),
    "sources-of-article": ([("source", "Kim Jong Un"), ("type", "anonymous source")], "16"),
    "speech-acts-of-actor": ([("venue", "Korea Society"), ("date", "2021")], "2"),
    "stances-on-position": (
        [("actor", "Kim Jong Un"), ("stance", "proposed"), ("actor", "Donald Trump")],
        "2",
    ),
    "participants-of-event": (
        [("participant", "Randall Schriver"), ("type", "group"), ("date", "2019-02-27/2019-02-28")],
        "5",
    ),
    "statements-about": ([("speaker", "Stephen Biegun")], "1"),
    "statements-about-event": (
        [("speaker", "John Bolton"), ("venue", "Arms Control Association")],
        "15+",
    ),
    "statements-at-venue": ([("speaker", "Randall Schriver"), ("said_on", "2024-11-21")], "4"),
    "statements-by-actor": ([("venue", "Hudson Institute"), ("kind", "prediction")], "5"),
    "statements-by-group": (
        [("speaker", "former intelligence officer"), ("kind", "warning")],
        "3",
    ),
    "statements-by-actor-about": ([("speaker", "Stephen Biegun"), ("venue", "Korea Society")], "1"),
    "statements-by-office-holders": (
        [("speaker", "John Bolton"), ("speaker", "Stephen Biegun")],
        "10+",
    ),
    "statements-by-actor-containing": (
        [("speaker", "veteran North Korea intelligence analyst")],
        "1",
    ),
    "statements-containing": ([("speaker", "Evans Revere")], "1"),
    "statements-in-period": ([("speaker", "Kim Jong Un"), ("said_on", "2024-11-18")], "10+"),
    "statements-matching": ([("speaker", "Stephen Biegun")], "5+"),
    # "deal|bargain": Schriver's "didn't get a deal" and Biegun's "desperate for a deal".
    "statements-matching-alternatives": (
        [("speaker", "Randall Schriver"), ("speaker", "Stephen Biegun")],
        "5+",
    ),
    "statements-of-kind-about": ([("speaker", "veteran officials"), ("kind", "prediction")], "5"),
    "statements-of-kind": ([("speaker", "Randall Schriver"), ("kind", "prediction")], "5+"),
    "statements-to-audience": ([("text", "preparation for conflict")], "3"),
    "timeline": ([("label", "Korean War"), ("what", "statement")], "30+"),
    "who-is": ([("name", "Evans Revere"), ("type", "person")], "1"),
}


def test_there_are_at_least_fifteen_stored_queries_and_each_is_expected() -> None:
    assert len(CATALOG.queries) >= 15
    assert set(CATALOG.queries) == set(EXPECTED), "add the new query to EXPECTED"


@pytest.mark.parametrize("name", sorted(CATALOG.queries))
def test_stored_query_runs_with_defaults(engine: LocalEngine, name: str) -> None:
    query = CATALOG.get(name)
    table = run_stored(engine, query)
    cells, count = EXPECTED[name]
    if count.endswith("+"):
        assert len(table.rows) >= int(count[:-1]), len(table.rows)
    else:
        assert len(table.rows) == int(count), table.rows[:3]
    for column, value in cells:
        assert any(row.get(column) == value for row in table.rows), (column, value)


@pytest.mark.parametrize("name", sorted(CATALOG.queries))
def test_header_is_strict_and_complete(name: str) -> None:
    query = CATALOG.get(name)
    assert query.summary and query.description and query.tags
    for param in query.params:
        assert param.default is not None
    # Every prefix is declared: the query parses with no predefined prefixes at all.
    store = pyoxigraph.Store()
    store.query(query.sparql)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("#+ summary: s\n#+ description: d\n#+ method: GET\n", "unknown header key 'method'"),
        ("#+ summary: s\n#+ description: d\n#+ tags: [a\n", "invalid YAML header"),
        ("#+ summary: s\n#+ description: d\n", "parameter ?_event_iri has no default"),
        (
            "#+ summary: s\n#+ description: d\n#+ defaults:\n"
            "#+   - event: http://e/x\n#+   - other: 1\n",
            "default for 'other'",
        ),
        ("#+ summary: s\n#+ defaults:\n#+   - event: http://e/x\n", "non-empty 'description'"),
        ("", "missing '#+' header"),
    ],
)
def test_malformed_headers_name_file_and_line(tmp_path: Path, header: str, message: str) -> None:
    path = tmp_path / "bad.rq"
    path.write_text(header + "SELECT * WHERE { ?s ?p ?_event_iri }\n", encoding="utf-8")
    with pytest.raises(QueryFileError) as caught:
        parse_query_file(path)
    assert str(caught.value).startswith(f"{path}:")
    assert message in str(caught.value)
    assert set(HEADER_KEYS) == {"summary", "description", "tags", "defaults", "enumerate"}


def test_undeclared_prefix_fails_to_parse(tmp_path: Path) -> None:
    path = tmp_path / "p.rq"
    path.write_text(
        "#+ summary: s\n#+ description: d\nSELECT * WHERE { ?s kgc:speaker ?o }\n", encoding="utf-8"
    )
    query = parse_query_file(path)
    with pytest.raises(SyntaxError, match="2:"):
        pyoxigraph.Store().query(query.sparql)


HOSTILE = [
    '"} ; DROP ALL ; #',
    "> } DELETE WHERE { ?s ?p ?o } #",
    "http://example.org/x> } ; CLEAR ALL ; <http://a",
    "' OR 1=1 --",
    "\\u0022) } INSERT DATA { <a> <b> <c> }",
]


def _count(engine: LocalEngine) -> int:
    return len(engine.store)


@pytest.mark.parametrize("name", sorted(CATALOG.queries))
def test_parameters_resist_injection(engine: LocalEngine, index: EntityIndex, name: str) -> None:
    query = CATALOG.get(name)
    before = _count(engine)
    for param in query.params:
        for hostile in HOSTILE:
            try:
                table = run_stored(engine, query, {param.name: hostile}, index=index)
            except ParameterError:
                continue  # refused: an IRI, number, date or choice cannot be this text
            # A string parameter is bound as a literal: the query runs and finds nothing odd.
            assert param.type == "string"
            assert all(hostile not in str(v) for row in table.rows for v in row.values())
    assert _count(engine) == before


def test_iri_parameters_take_names_and_prefixed_names(
    engine: LocalEngine, index: EntityIndex
) -> None:
    query = CATALOG.get("statements-by-actor")
    by_name = run_stored(engine, query, {"actor": "Revere"}, index=index)
    by_prefix = run_stored(engine, query, {"actor": "kgid:actor/evans-revere"}, index=index)
    assert by_name.rows == by_prefix.rows and len(by_name.rows) == 2


@pytest.mark.parametrize(
    ("name", "values", "message"),
    [
        ("statements-by-actor", {"speaker": "x"}, "has no parameter 'speaker' (parameters: actor)"),
        (
            "statements-by-actor",
            {"actor": "Beigun"},
            "no entity named 'Beigun'; did you mean: Stephen Biegun",
        ),
        ("events-in-period", {"from": "2024-13-01"}, "needs a date YYYY-MM-DD"),
        ("statements-matching", {"min": "two"}, "needs a whole number"),
        ("statements-of-kind", {"kind": "kgc:gossip"}, "is not one of"),
        ("statements-about-event", {"event": "Hanoi"}, "names several entities"),
    ],
)
def test_bad_parameters_are_one_line_with_choices(
    engine: LocalEngine, index: EntityIndex, name: str, values: dict[str, str], message: str
) -> None:
    with pytest.raises(ParameterError) as caught:
        run_stored(engine, CATALOG.get(name), values, index=index)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unknown_query_suggests_names() -> None:
    with pytest.raises(QueryNotFound, match="did you mean: statements-by-actor"):
        CATALOG.get("statements-by-actors")
