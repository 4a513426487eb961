"""kg ask round 5: informal question words, unknown people named in lower case, tenure words,
"according to" naming the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ask import answer
from kg.engine import LocalEngine
from kg.entities import EntityIndex
from kg.errors import QuestionNotUnderstood
from kg.informal import expand_contractions
from kg.queries import QueryCatalog
from kg.question import parse

from .conftest import ROOT

ASSETS = ROOT / "tests" / "assets"


@pytest.fixture(scope="module")
def catalog() -> QueryCatalog:
    return QueryCatalog.load(ROOT / "queries")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who's siegfried hecker", "who is siegfried hecker"),
        ("Whats the Hanoi Summit", "What is the Hanoi Summit"),
        ("where’s the talk", "where is the talk"),
        ("HOW'D they read it", "How did they read it"),
        ("what is Kim's job", "what is Kim's job"),  # a possessive stays
        ("whose letter", "whose letter"),
    ],
)
def test_contractions_are_written_out(text: str, expected: str) -> None:
    assert expand_contractions(text) == expected


@pytest.mark.parametrize(
    ("contracted", "full"),
    [
        ("who's siegfried hecker", "who is siegfried hecker"),
        ("whos john bolton", "who is john bolton"),
        ("what's the hanoi summit", "what is the hanoi summit"),
    ],
)
def test_a_contracted_question_is_answered_like_its_full_form(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, contracted: str, full: str
) -> None:
    short = answer(engine, contracted, catalog, index)
    long = answer(engine, full, catalog, index)
    assert (short.query.name, short.params) == (long.query.name, long.params)
    assert short.query.name == "who-is"


@pytest.mark.parametrize(
    "question",
    [
        "what does kamala harris think of kim jong un",
        "what did xi jinping tell kim",
        "what did antony blinken say about sanctions",
        "did hillary clinton comment on the hanoi summit",
        "who is mike pompeo",
        "ron desantis views on kim",
    ],
)
def test_an_unknown_person_in_lower_case_is_refused(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str
) -> None:
    with pytest.raises(QuestionNotUnderstood, match="knows nothing about"):
        answer(engine, question, catalog, index)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did veteran officials anticipate", "veteran officials"),
        ("what do some analysts think about the wong appointment", "some analysts"),
        ("what did evans revre say", "Evans Revere"),
    ],
)
def test_descriptions_and_misspelt_names_are_not_unknown_people(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str, speaker: str
) -> None:
    result = answer(engine, question, catalog, index)
    assert speaker in {str(row.get("speaker")) for row in result.table.rows}


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("Which people hold an office they have not yet taken up?", "Alex Wong", "Bolton"),
        ("Who is yet to take office?", "Alex Wong", "Biegun"),
        ("Who no longer holds office?", "Bolton", "Yoon"),
        # "appointed" is no tenure: Bolton was appointed, and is a former holder.
        ("Who was appointed national security advisor?", "Bolton", "Alex Wong"),
        ("Which people currently hold office?", "Yoon", "Bolton"),
    ],
)
def test_tenure_words_pick_the_tenure(
    engine: LocalEngine,
    catalog: QueryCatalog,
    index: EntityIndex,
    question: str,
    wanted: str,
    unwanted: str,
) -> None:
    result = answer(engine, question, catalog, index)
    blob = " ".join(str(v) for row in result.table.rows for v in row.values())
    assert wanted in blob and unwanted not in blob


def test_according_to_names_the_speaker(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    result = answer(
        engine, "how did the north koreans read trump at hanoi according to biegun", catalog, index
    )
    assert any("desperate for a deal" in str(row.get("text")) for row in result.table.rows)


@pytest.mark.parametrize(
    "question",
    [
        "statements containing the word surrender",
        "which statements mention surrender",
        "surrender analyst",
        "What did the veteran intelligence analyst say about surrender?",
    ],
)
def test_a_word_naming_nothing_finds_the_statement_that_has_it(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str
) -> None:
    result = answer(engine, question, catalog, index)
    assert any("accept surrender" in str(row.get("text")) for row in result.table.rows)


@pytest.mark.parametrize(
    "question",
    [
        "What did Trump say about taiwan?",
        "statements containing the word taiwan",
        "zebra giraffe",
    ],
)
def test_a_word_no_statement_has_is_refused(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str
) -> None:
    with pytest.raises(QuestionNotUnderstood):
        answer(engine, question, catalog, index)


def test_an_event_held_somewhere_is_not_an_office_held(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex
) -> None:
    question = "where was the june 2019 meeting between trump and kim held"
    result = answer(engine, question, catalog, index)
    assert result.query.name == "who-is"
    assert "dmz-meeting" in result.params["entity"]


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("How does the article describe the former senior US intelligence analyst?", "who-is"),
        ("What did Biegun describe?", "statements-by-actor"),
    ],
)
def test_what_the_article_describes_is_who_someone_is(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str, query: str
) -> None:
    assert answer(engine, question, catalog, index).query.name == query


def test_a_quoted_phrase_keeps_its_contractions() -> None:
    # The phrase is matched verbatim against the article, so it is read before
    # contractions are written out.
    parsed = parse('Who said "that\'s the deal"?', EntityIndex([]), reference=dt.date(2024, 11, 30))
    assert parsed.phrase == "that's the deal"
