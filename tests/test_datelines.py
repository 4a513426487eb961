"""The one reading of a wire story's dateline that speakers, subjects and phrases share."""

from __future__ import annotations

import pytest

from kg.extract.datelines import after_dateline
from kg.extract.doc import Doc


@pytest.mark.parametrize(
    ("text", "first_after"),
    [
        ("CLEVELAND — Lee said the plan failed.", "Lee"),
        ("LOS ANGELES (AP) — Lee said the plan failed.", "Lee"),
        ("BUENA PARK, Calif. - Lee said the plan failed.", "Lee"),
        ("PARIS, Aug 31 (Reuters) - Lee said the plan failed.", "Lee"),
        ("Washington (AFP) – Lee said the plan failed.", "Lee"),
        ("NEW YORK ― Lee said the plan failed.", "Lee"),
    ],
)
def test_a_dateline_ends_at_its_dash(text: str, first_after: str) -> None:
    doc = Doc.analyse(text)
    k = after_dateline(doc, 0, len(doc.tokens))
    assert doc.tokens[k].text == first_after


@pytest.mark.parametrize(
    "text",
    [
        "FBI Director Ann Lee — a former judge — said the plan failed.",
        "Lee — a former judge — said the plan failed.",
        "CLEVELAND is where Lee said the plan failed.",
        "LOS ANGELES (AP",
        # A clause or a new paragraph before the dash: no state or date.
        "NASA, which ran the test - said the plan failed.",
        "UNICEF, Save the Children - and Oxfam - said the plan failed.",
        "CLEVELAND, Ohio\n- Lee said the plan failed.",
    ],
)
def test_no_dateline_leaves_the_start(text: str) -> None:
    doc = Doc.analyse(text)
    assert after_dateline(doc, 0, len(doc.tokens)) == 0


def test_the_end_bounds_the_search() -> None:
    doc = Doc.analyse("CLEVELAND — Lee said the plan failed.")
    assert after_dateline(doc, 0, 1) == 0
