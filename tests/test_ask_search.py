"""kg ask's word search by paraphrase: what the article says around a statement counts too."""

from __future__ import annotations

import pytest

from kg.ask import answer
from kg.engine import LocalEngine
from kg.entities import EntityIndex
from kg.errors import QuestionNotUnderstood
from kg.lexicon import cue_term, rewrite_phrases
from kg.queries import QueryCatalog, run_stored

from .conftest import ROOT


@pytest.fixture(scope="module")
def catalog() -> QueryCatalog:
    return QueryCatalog.load(ROOT / "queries")


def test_a_separated_phrasal_verb_is_rewritten() -> None:
    assert rewrite_phrases("kim will give anything up") == "kim will concede anything"
    assert rewrite_phrases("give up its nukes") == "concede its nukes"


@pytest.mark.parametrize(
    ("verb", "term"),
    [("warned", "warning"), ("expects", "predict"), ("believes", "belief"), ("said", None)],
)
def test_a_verb_searches_the_kind_it_names(verb: str, term: str | None) -> None:
    assert cue_term(verb) == term


def test_words_found_only_around_a_statement_are_marked(
    engine: LocalEngine, catalog: QueryCatalog
) -> None:
    # "warning" is the kind of the former intelligence officer's words, not in their text.
    table = run_stored(
        engine, catalog.get("statements-matching"), {"w1": "warning", "w2": "troops"}
    )
    officer = [r for r in table.rows if r["speaker"] == "former intelligence officer"]
    assert officer and officer[0]["found"] == "ct---"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # "agreement" is "deal", "eager" is "desperate"; the North Koreans and Trump are
        # what the statement is about, not in its words.
        (
            "Who said the North Koreans thought Trump was eager to reach an agreement?",
            "Stephen Biegun",
        ),
        ("Who doubts that Kim will give anything up?", "veteran North Korea intelligence analyst"),
        ("Who believes Kim is in no hurry to negotiate?", "Kim Jong Un"),
        ("Who is skeptical that North Korea will give up its nukes?", "Evans Revere"),
    ],
)
def test_paraphrases_find_their_speaker(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str, speaker: str
) -> None:
    result = answer(engine, question, catalog, index)
    assert result.query.name in ("statements-matching", "statements-containing")
    assert {row["speaker"] for row in result.table.rows} >= {speaker}


@pytest.mark.parametrize(
    "question", ["Who said the moon is made of cheese?", "Who said China will invade Taiwan?"]
)
def test_claims_nobody_made_are_still_refused(
    engine: LocalEngine, catalog: QueryCatalog, index: EntityIndex, question: str
) -> None:
    try:
        result = answer(engine, question, catalog, index)
    except QuestionNotUnderstood:
        return
    assert result.table.rows == []
