"""kg ask round 4: positions named loosely, events described by date and participants,
office holders of the organization named, and the word search with all synonyms at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.ask import answer
from kg.engine import LocalEngine
from kg.entities import Entity, EntityIndex
from kg.errors import QuestionNotUnderstood
from kg.event_descriptions import resolve_described_events
from kg.lexicon import search_terms
from kg.position_links import resolve_loose_positions
from kg.queries import QueryCatalog
from kg.question import parse
from kg.word_search import alternatives

from .conftest import ROOT

ASSETS = ROOT / "tests" / "assets"

_ENTITIES = [
    Entity("urn:trump", "Donald Trump", frozenset({"actor"}), ("Donald Trump", "Trump")),
    Entity("urn:kim", "Kim Jong Un", frozenset({"actor"}), ("Kim Jong Un", "Kim")),
    Entity("urn:moon", "Moon administration", frozenset({"actor"}), ("Moon administration",)),
    Entity("urn:sk", "South Korea", frozenset({"actor"}), ("South Korea", "Korea")),
    Entity("urn:us", "United States", frozenset({"actor"}), ("United States", "US")),
    Entity(
        "urn:withdrawal",
        "Withdraw US troops from South Korea",
        frozenset({"position"}),
        ("Withdraw US troops from South Korea", "troop withdrawal"),
    ),
    Entity(
        "urn:missiles",
        "Eliminate North Korea's long-range missile program",
        frozenset({"position"}),
        ("Eliminate North Korea's long-range missile program",),
    ),
    Entity("urn:singapore", "Singapore Summit", frozenset({"event"}), ("Singapore Summit",)),
    Entity("urn:hanoi", "Hanoi Summit", frozenset({"event"}), ("Hanoi Summit",)),
    Entity("urn:dmz", "DMZ meeting", frozenset({"event"}), ("DMZ meeting",)),
    Entity("urn:zone", "Korean Demilitarized Zone", frozenset({"place"}), ("DMZ",)),
]

_FACTS: dict[str, Any] = {
    "event_dates": [
        ["urn:singapore", "Summit", "2018-06-12"],
        ["urn:hanoi", "Summit", "2019-02-27"],
        ["urn:dmz", "Summit", "2019-06-30"],
        ["urn:dmz", "Meeting", "2019-06-30"],
        ["urn:singapore", "Meeting", "2018-06-12"],
        ["urn:hanoi", "Meeting", "2019-02-27"],
    ],
    "participations": [
        [event, actor, "Summit"]
        for event in ("urn:singapore", "urn:hanoi", "urn:dmz")
        for actor in ("urn:trump", "urn:kim")
    ],
    "event_places": [["urn:dmz", "urn:zone", "Summit"]],
}


@pytest.fixture(scope="module")
def small_index() -> EntityIndex:
    return EntityIndex(_ENTITIES)


def _positions(question: str, index: EntityIndex) -> list[str]:
    parsed = parse(question, index, reference=dt.date(2024, 11, 30))
    resolve_loose_positions(parsed, index)
    return [e.label for e in parsed.entities("position")]


@pytest.mark.parametrize(
    "question",
    [
        "Who supported pulling US troops out of South Korea?",  # "pull out" is "withdraw"
        "Who wants American soldiers to leave Korea?",  # soldiers, American, leave
        "Who favors removing American forces from the peninsula?",
        "Who opposed bringing home the troops from Korea?",  # "bring home": "withdraw"
    ],
)
def test_a_position_paraphrased_in_a_question_of_stance_is_linked(
    small_index: EntityIndex, question: str
) -> None:
    assert _positions(question, small_index) == ["Withdraw US troops from South Korea"]


def test_a_loosely_named_position_leaves_the_subject_before_its_stance_word(
    small_index: EntityIndex,
) -> None:
    parsed = parse(
        "Does South Korea favor pulling American soldiers out of South Korea?",
        small_index,
        reference=dt.date(2024, 11, 30),
    )
    resolve_loose_positions(parsed, small_index)
    position = next(m for m in parsed.mentions if m.of_kind("position"))
    assert position.start > parsed.tokens.index("favor")


@pytest.mark.parametrize(
    "question",
    [
        # No word of stance: what was said, not who held a position.
        "Who warned about American soldiers being pulled out of Korea?",
        # Only names shared: every position mentions Korea.
        "Who supported South Korea?",
    ],
)
def test_no_position_is_linked_without_stance_or_telling_words(
    small_index: EntityIndex, question: str
) -> None:
    assert _positions(question, small_index) == []


def _events(question: str, index: EntityIndex) -> tuple[list[str], list[str]]:
    parsed = parse(question, index, reference=dt.date(2024, 11, 30))
    resolve_described_events(parsed, _FACTS, index)
    return [e.label for e in parsed.entities("event")], parsed.unknown_names


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("Where did the June 2019 summit between Trump and Kim take place?", "DMZ meeting"),
        ("Where did Trump meet Kim in 2018?", "Singapore Summit"),
        ("What happened at the February 2019 summit?", "Hanoi Summit"),
        ("When did Trump meet Kim at the DMZ?", "DMZ meeting"),  # by its place
    ],
)
def test_an_event_described_by_date_and_participants_is_linked(
    small_index: EntityIndex, question: str, event: str
) -> None:
    assert _events(question, small_index) == ([event], [])


def test_several_events_fitting_a_description_link_none(small_index: EntityIndex) -> None:
    assert _events("When did Trump and Kim meet in 2019?", small_index) == ([], [])
    assert _events("Which summits took place in 2019?", small_index) == ([], [])  # a list


def test_a_described_event_the_graph_lacks_is_unknown(small_index: EntityIndex) -> None:
    events, unknown = _events("Where was the 2015 summit between Trump and Kim?", small_index)
    assert events == [] and unknown


def test_every_word_of_a_paraphrase_takes_all_its_synonyms_at_once() -> None:
    slots = alternatives(["delight", "soldier", "left"])
    assert slots[0].split("|")[0] == "delight" and "happy" in slots[0].split("|")
    assert "troop" in slots[1].split("|") and "withdraw" in slots[2].split("|")
    assert all(ch.isalnum() or ch in " |'-" for slot in slots for ch in slot)


@pytest.mark.parametrize(
    ("word", "synonym"),
    [("capitulate", "surrender"), ("glad", "happy"), ("bloc", "allian"), ("ploy", "tactic")],
)
def test_political_news_synonym_groups_reach_each_other(word: str, synonym: str) -> None:
    assert synonym in search_terms(word)


@pytest.fixture(scope="module")
def catalog() -> QueryCatalog:
    return QueryCatalog.load(ROOT / "queries")


@pytest.mark.parametrize(
    ("question", "query", "wanted", "unwanted"),
    [
        (
            "What did State Department officials say?",
            "statements-by-office-holders",
            {"Stephen Biegun", "Evans Revere"},
            {"Randall Schriver", "John Bolton"},
        ),
        (
            "Who held posts in the first Trump administration?",
            "people-of-organization",
            {"Stephen Biegun", "John Bolton", "Randall Schriver"},
            {"Yoon Suk-yeol"},
        ),
        (
            "Who were members of the Moon administration?",
            "people-of-organization",
            {"Moon Jae-in"},
            {"Yoon Suk-yeol"},
        ),
        (
            "Which people currently hold office?",
            "office-holders-of-tenure",
            {"Yoon Suk-yeol", "Daniel Sneider"},
            {"John Bolton"},
        ),
    ],
)
def test_office_holders_are_those_of_the_organization_and_tenure_asked(
    engine: LocalEngine,
    catalog: QueryCatalog,
    index: EntityIndex,
    question: str,
    query: str,
    wanted: set[str],
    unwanted: set[str],
) -> None:
    result = answer(engine, question, catalog, index)
    people = {str(row.get("speaker") or row.get("actor")) for row in result.table.rows}
    assert result.query.name == query
    assert people >= wanted and not people & unwanted


def test_a_paraphrase_changing_several_words_finds_its_statement(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    # delighted ~ happy, soldiers ~ troops, left ~ out: no single swap finds it.
    result = answer(engine, "Who said Kim would be delighted if the soldiers left?", catalog, index)
    assert result.query.name == "statements-matching-alternatives"
    assert {row["speaker"] for row in result.table.rows} == {"former intelligence officer"}


def test_a_dated_event_the_graph_lacks_is_refused(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    with pytest.raises(QuestionNotUnderstood):
        answer(
            engine, "Where did the 2015 summit between Trump and Kim take place?", catalog, index
        )


def test_troops_leaving_is_the_troop_withdrawal(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    # Once searched for its words; "leaving" is now a word of withdrawal, so the question
    # links the position and asks for the warnings about it.
    result = answer(engine, "Who warned about American troops leaving Korea?", catalog, index)
    assert result.query.name == "statements-of-kind-about"
    assert "us-troop-withdrawal" in result.params["topic"]
    assert {row["speaker"] for row in result.table.rows} == {"former intelligence officer"}


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("kim speech november 18", "address to army commanders"),
        ("kim speech november 21", "arms expo"),
    ],
)
def test_a_name_of_several_acts_is_the_one_the_date_gives(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str, act: str
) -> None:
    result = answer(engine, question, catalog, index)
    assert result.table.rows
    assert all(act in str(row.get("speech_act")) for row in result.table.rows)


def test_an_ordinal_picks_one_of_the_events_described(small_index: EntityIndex) -> None:
    assert _events("Where did Trump and Kim meet for the third time?", small_index) == (
        ["DMZ meeting"],
        [],
    )


def test_a_stance_on_an_event_without_proposals_falls_back_to_what_was_said(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    result = answer(engine, "Who opposed the lifting of sanctions?", catalog, index)
    assert result.query.name == "statements-about-event" and result.table.rows


def test_what_a_speech_act_covered_is_what_was_said_in_it(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    result = answer(engine, "What did the 2021 interview cover?", catalog, index)
    assert result.query.name == "statements-at-venue"
    assert {row["speaker"] for row in result.table.rows} == {"Stephen Biegun"}
