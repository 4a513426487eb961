"""kg ask's entity linking on a small hand-made index: misspelt names of several words."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.entities import Entity, EntityIndex
from kg.question import parse

_ENTITIES = [
    Entity("urn:hudson", "Hudson Institute", frozenset({"actor"}), ("Hudson Institute", "Hudson")),
    Entity("urn:ks", "Korea Society", frozenset({"actor"}), ("Korea Society",)),
    Entity("urn:kim", "Kim Jong Un", frozenset({"actor"}), ("Kim Jong Un", "Kim")),
    Entity("urn:biegun", "Stephen Biegun", frozenset({"actor"}), ("Stephen Biegun", "Biegun")),
    Entity("urn:term", "first term", frozenset({"actor"}), ("first term",)),
]


@pytest.fixture(scope="module")
def small_index() -> EntityIndex:
    return EntityIndex(_ENTITIES)


def _linked(question: str, index: EntityIndex) -> tuple[list[str], list[str]]:
    parsed = parse(question, index, reference=dt.date(2024, 11, 30))
    labels = [e.label for m in parsed.mentions for e in m.entities]
    return labels, parsed.unknown_names


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("What was said at the Hudson Insitute?", "Hudson Institute"),  # "Hudson" alone first
        ("What did Biegun tell the Korea Socety?", "Korea Society"),
        ("What did Kim Jong Eun say?", "Kim Jong Un"),
        ("What did Stephan Beigun say?", "Stephen Biegun"),
    ],
)
def test_a_misspelt_word_of_a_longer_name_links_the_name(
    small_index: EntityIndex, question: str, label: str
) -> None:
    labels, unknown = _linked(question, small_index)
    assert label in labels
    assert unknown == []


@pytest.mark.parametrize(
    "question",
    [
        "What did Stephen Colbert say?",  # one word right, the other nothing like it
        "What did Kim Yo Jong say?",  # the words of a name, out of place
        "Who led the first team?",  # "team" is not "term"
    ],
)
def test_names_with_a_wrong_word_do_not_link_by_their_right_one(
    small_index: EntityIndex, question: str
) -> None:
    parsed = parse(question, small_index, reference=dt.date(2024, 11, 30))
    assert [m.text for m in parsed.mentions if len(m.text.split()) > 1] == []
