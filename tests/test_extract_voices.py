"""Whom "I" and "you" outside quotes mean: a column's byline, an interview's guest."""

from __future__ import annotations

import pytest

from kg.extract import extract

_ARGUED = "I have argued for years that the harbor plan is a mistake.\n"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.descriptor) for a in extract(text) if a.descriptor == "I"]


@pytest.mark.parametrize(
    "top",
    [
        # A role may join words; only names joined are several authors.
        "Why the harbor plan will fail\nBy Marta Quill, Science and Health Writer\n\n",
        # A heading's label is no speaker's turn, and one label is no transcript.
        "Why the harbor plan will fail\nBy Marta Quill\n\nUPDATE: This column was corrected.\n\n",
        "Why the harbor plan will fail\nBy Marta Quill\nPhoto: Ann Lee\n\n",
        "Why the harbor plan will fail\nBy Marta Quill\n\nLesson One: Polls lie.\n\n",
        # Lines of spaces alone do not push the byline out of the top.
        "Why the harbor plan will fail\n \n \n \nBy Marta Quill\n\n",
    ],
)
def test_a_columns_byline_is_found_past_roles_headings_and_blank_lines(top: str) -> None:
    assert _speakers(top + _ARGUED) == [("Marta Quill", "I")]


@pytest.mark.parametrize(
    "byline",
    ["By Marta Quill, Tom Reyes and Ann Lee", "By Marta Quill and Tom Reyes"],
)
def test_a_byline_of_several_names_names_no_i(byline: str) -> None:
    assert _speakers(f"Why the harbor plan will fail\n{byline}\n\n{_ARGUED}") == [(None, "I")]


@pytest.mark.parametrize(
    "lines",
    [
        # A list that runs from "A." to "Q.", and initials that open lines, are no interview.
        "".join(f"{c}. Item {c} of the plan.\n" for c in "ABCDEFGHIJKLMNOPQR"),
        "Q. Lee Ulm and Tom Reyes met on Monday.\n\nA. Mitchell Palmer said the war was over.\n",
    ],
)
def test_lines_opening_with_q_and_a_once_leave_a_column_its_author(lines: str) -> None:
    text = f"Why the harbor plan will fail\nBy Marta Quill\n\n{_ARGUED}\n{lines}"
    assert _speakers(text) == [("Marta Quill", "I")]
