"""Measure ``kg ask`` on a question file: each question with what a right answer contains.

File format (YAML list)::

    - q: "What did Evans Revere argue?"
      expect_any: ["nukes are now part of the regime"]   # one must appear in some row
      expect_all: ["Evans Revere"]                       # each must appear in some row
      expect_none: ["Schriver"]                          # none may appear in any row
    - q: "What did Obama say about Iran?"
      refuse: true                                       # must be refused or have no rows

Matching is case-insensitive on the concatenated cell values of each result row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.ask import answer
from kg.engine import Engine
from kg.entities import EntityIndex
from kg.errors import InputError, KgError
from kg.queries import QueryCatalog


@dataclass
class QuestionResult:
    question: str
    passed: bool
    query: str | None
    reason: str


@dataclass
class AskReport:
    path: str
    results: list[QuestionResult] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(r.passed for r in self.results) / len(self.results) if self.results else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "questions": self.path,
            "total": len(self.results),
            "passed": sum(r.passed for r in self.results),
            "accuracy": round(self.accuracy, 3),
            "failures": [r.__dict__ for r in self.results if not r.passed],
        }


def _rows_text(rows: list[dict[str, Any]]) -> list[str]:
    return [" | ".join(str(v) for v in row.values() if v is not None).casefold() for row in rows]


def judge(
    item: dict[str, Any], engine: Engine, catalog: QueryCatalog, index: EntityIndex
) -> QuestionResult:
    question = str(item["q"])
    try:
        result = answer(engine, question, catalog, index)
    except KgError as exc:
        refused = bool(item.get("refuse"))
        return QuestionResult(question, refused, None, "refused" if refused else f"refused: {exc}")
    rows = _rows_text(result.table.rows)
    name = result.query.name
    if item.get("refuse"):
        return QuestionResult(
            question, not rows, name, "no rows" if not rows else f"answered {len(rows)} rows"
        )
    if not rows:
        return QuestionResult(question, False, name, "no rows")
    blob = "\n".join(rows)
    missing_all = [s for s in item.get("expect_all", []) if s.casefold() not in blob]
    any_list = item.get("expect_any", [])
    missing_any = any_list and not any(s.casefold() in blob for s in any_list)
    unwanted = [s for s in item.get("expect_none", []) if s.casefold() in blob]
    problems = []
    if missing_all:
        problems.append(f"missing {missing_all}")
    if missing_any:
        problems.append(f"none of {any_list}")
    if unwanted:
        problems.append(f"unwanted {unwanted}")
    return QuestionResult(question, not problems, name, "; ".join(problems) or "ok")


def evaluate_questions(
    path: Path, engine: Engine, catalog: QueryCatalog, index: EntityIndex
) -> AskReport:
    report = AskReport(str(path))
    for item in load_questions(path):
        report.results.append(judge(item, engine, catalog, index))
    return report


_LIST_KEYS = ("expect_any", "expect_all", "expect_none")


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The questions of a file, each checked for the form in the module docstring."""
    try:
        items = yaml.safe_load(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise InputError(f"cannot read questions from {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    except yaml.YAMLError as exc:
        raise InputError(f"cannot read questions from {path}: {exc}") from None
    if not isinstance(items, list):
        raise InputError(f"{path}: expected a list of questions")
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise InputError(f"{path}: question {number}: expected a mapping with 'q: question'")
        for key in _LIST_KEYS:
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(f"{path}: question {number}: {key} must be a list of strings")
    return items
