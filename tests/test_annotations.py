"""The curated seed: verbatim quotes located by code, and bad annotations caught precisely."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.annotations import Annotation, load_seed
from kg.dates import DateFormatError, DateValue
from kg.errors import AnnotationError

from .conftest import SEED


def test_article_is_the_shared_seed_byte_for_byte() -> None:
    shared = SEED.parent.parent.parent / "shared" / "seeds" / "000_28087638e999456c.txt"
    if not shared.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert (SEED / "article.txt").read_bytes() == shared.read_bytes()


def test_every_evidence_slice_equals_its_text(seed: Annotation) -> None:
    for statement in seed.statements:
        for span in statement.segments:
            assert seed.text[span.start : span.end] == span.text, statement.id
        assert statement.text == " … ".join(s.text for s in statement.segments)
        for span in (statement.cue_span, statement.source_span):
            if span is not None:
                assert seed.text[span.start : span.end] == span.text, statement.id


def test_cue_and_source_spans_lie_outside_the_quoted_words(seed: Annotation) -> None:
    for statement in seed.statements:
        for span in (statement.cue_span, statement.source_span):
            assert span is not None, statement.id
            for segment in statement.segments:
                assert span.end <= segment.start or span.start >= segment.end, statement.id


def test_every_quotation_in_the_article_is_curated(seed: Annotation) -> None:
    """Each double-quoted passage of speech is a direct quote or part of one.

    Quoted terms that are not speech (a scare-quoted “small deal” and “beautiful” letters)
    are covered by a paraphrase or are not attributions; they are listed here on purpose.
    """
    not_speech = {"small deal,", "beautiful"}
    curated = [(s.start, s.end) for st in seed.statements for s in st.segments]
    for match in re.finditer(r"“([^”]+)”", seed.text):
        inner = match.group(1)
        if inner in not_speech:
            continue
        start, end = match.span(1)
        assert any(a <= start + 1 and end - 1 <= b + 1 for a, b in curated), inner[:60]


def test_direct_quotes_outnumber_twenty_and_split_quotes_keep_their_parts(seed: Annotation) -> None:
    direct = [s for s in seed.statements if s.mode == "direct"]
    assert len(direct) >= 20
    assert sum(len(s.segments) for s in direct) > 30
    trump = next(s for s in seed.statements if s.id == "trump-nice-to-get-along")
    assert len(trump.segments) == 2
    assert trump.cue == "said" and trump.cue_span is not None
    assert trump.segments[0].end < trump.cue_span.start < trump.segments[1].start


def _break(folder: Path, old: str, new: str) -> None:
    path = folder / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def seed_copy(project_copy: Path) -> Path:
    return project_copy / "seeds" / "kei-trump-kim-2024"


def _line_of(folder: Path, needle: str) -> int:
    lines = (folder / "claims.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip() == needle)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "text: It will be a very different dynamic than in the first term",
            "text: It will be a very different dynamic than in the second term",
            "text: It will be a very different dynamic than in the second term",
            "statement 'schriver-different-dynamic': text not found in the article",
        ),
        (
            "text: preparation for conflict",
            "text: Kim",
            "text: Kim",
            "statement 'kim-urges-preparation-for-conflict': text found",
        ),
        (
            "stated_in: biegun-aca-interview-2021",
            "stated_in: biegun-aca-interview-2031",
            "stated_in: biegun-aca-interview-2031",
            "unknown id 'biegun-aca-interview-2031' (did you mean biegun-aca-interview-2021?)",
        ),
        (
            "date: {written: on November 18, value: 2024-11-18}",
            "date: {written: on November 18, value: 2024-13-18}",
            "date: {written: on November 18, value: 2024-13-18}",
            "invalid date '2024-13-18'",
        ),
        (
            "    cue: argues\n",
            "    cue: argues\n    speeker: evans-revere\n",
            "speeker: evans-revere",
            "unknown key 'speeker' (did you mean speaker?)",
        ),
        (
            "about: [hanoi-summit]\n",
            "about: [bolton-memoir]\n",
            "about: [bolton-memoir]",
            "",  # a speech act is a valid topic: no error
        ),
    ],
)
def test_bad_annotations_name_the_file_line_and_statement(
    seed_copy: Path, old: str, new: str, needle: str, message: str
) -> None:
    _break(seed_copy, old, new)
    if not message:
        load_seed(seed_copy)
        return
    with pytest.raises(AnnotationError) as caught:
        load_seed(seed_copy)
    error = str(caught.value)
    assert error.startswith(f"{seed_copy / 'claims.yaml'}:{_line_of(seed_copy, needle)}:"), error
    assert message in error


def test_broken_yaml_reports_line_and_column(seed_copy: Path) -> None:
    _break(seed_copy, "  - id: hanoi\n", "  - id: [hanoi\n")
    with pytest.raises(AnnotationError) as caught:
        load_seed(seed_copy)
    assert re.match(
        rf"{re.escape(str(seed_copy / 'claims.yaml'))}:\d+:\d+: invalid YAML", str(caught.value)
    )


def test_quotes_must_be_verbatim_including_curly_apostrophes(seed_copy: Path) -> None:
    _break(
        seed_copy,
        "He’s got more advanced capabilities now.",
        "He's got more advanced capabilities now.",
    )
    with pytest.raises(AnnotationError, match="schriver-kim-in-different-place': text not found"):
        load_seed(seed_copy)


@pytest.mark.parametrize(
    ("value", "precision", "earliest", "latest"),
    [
        ("2024-11-21", "day", "2024-11-21", "2024-11-21"),
        ("2024-02", "month", "2024-02-01", "2024-02-29"),
        ("2019", "year", "2019-01-01", "2019-12-31"),
        ("2019-02-27/2019-02-28", "range", "2019-02-27", "2019-02-28"),
        ("2022-02-24/", "range", "2022-02-24", None),
        ("/2019-02-27", "range", None, "2019-02-27"),
    ],
)
def test_dates_of_uneven_precision(
    value: str, precision: str, earliest: str | None, latest: str | None
) -> None:
    parsed = DateValue.parse(value)
    assert parsed.precision == precision
    assert (parsed.earliest.isoformat() if parsed.earliest else None) == earliest
    assert (parsed.latest.isoformat() if parsed.latest else None) == latest


@pytest.mark.parametrize(
    "value", ["2024-02-30", "24-11-21", "2019-03/2019-01", "/", "next week", 3.5]
)
def test_bad_dates_are_refused(value: object) -> None:
    with pytest.raises(DateFormatError):
        DateValue.parse(value)
