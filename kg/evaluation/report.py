"""Evaluation reports: plain dataclasses with a ``to_dict()`` for JSON and tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.evaluation.fields import FieldCheck, summarize


@dataclass
class PRF:
    """Precision and recall counted separately (their numerators may differ: a prediction
    of one kind can match gold of the other)."""

    predicted: int = 0
    gold: int = 0
    correct_predicted: int = 0
    correct_gold: int = 0

    def add(self, *, predicted: int, gold: int) -> None:
        self.predicted += predicted
        self.gold += gold

    def hit(self, by_prediction: int, by_gold: int) -> None:
        self.correct_predicted += by_prediction
        self.correct_gold += by_gold

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "predicted": self.predicted,
            "gold": self.gold,
            "correct_predicted": self.correct_predicted,
            "correct_gold": self.correct_gold,
        }


@dataclass
class Counts:
    """Scores for one slice (overall, direct or indirect)."""

    content: PRF = field(default_factory=PRF)
    source: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    #: Content and source both right.
    attribution: PRF = field(default_factory=PRF)

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": self.content.to_dict(),
            "source": self.source.to_dict(),
            "cue": self.cue.to_dict(),
            "attribution": self.attribution.to_dict(),
        }


SLICES = ("overall", "direct", "indirect")


@dataclass
class SpeakerCheck:
    """One curated direct quote: was it found, and with the curated speaker?"""

    statement: str
    found: bool
    speaker_right: bool
    predicted_speaker: str | None
    expected: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement,
            "found": self.found,
            "speaker_right": self.speaker_right,
            "predicted_speaker": self.predicted_speaker,
            "expected": list(self.expected),
        }


@dataclass
class EvalReport:
    """The result of one evaluation run."""

    name: str
    extractor: str
    documents: int
    characters: int
    seconds: float
    slices: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in SLICES})
    #: Seed only: every curated direct quote with whether its speaker was found.
    speaker_checks: list[SpeakerCheck] = field(default_factory=list)
    #: Seed only: speaker, venue and date of every found curated statement.
    field_checks: list[FieldCheck] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def direct_quotes_with_right_speaker(self) -> tuple[int, int]:
        right = sum(1 for check in self.speaker_checks if check.speaker_right)
        return right, len(self.speaker_checks)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "name": self.name,
            "extractor": self.extractor,
            "documents": self.documents,
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
            "scores": {key: counts.to_dict() for key, counts in self.slices.items()},
        }
        if self.speaker_checks:
            right, total = self.direct_quotes_with_right_speaker
            result["direct_quotes_with_right_speaker"] = {"right": right, "total": total}
            result["speaker_checks"] = [check.to_dict() for check in self.speaker_checks]
        if self.field_checks:
            result["fields"] = summarize(self.field_checks)
            result["field_checks"] = [check.to_dict() for check in self.field_checks]
        return result
