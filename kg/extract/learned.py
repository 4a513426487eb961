"""The learned cue model: an averaged perceptron over the features of
:mod:`kg.extract.features`, trained by :mod:`kg.extract.train` from PolNeAR train and
shipped as ``kg/extract/model.json``.

The rules decide *how* a cue takes its source and content; the model decides *which*
words are cues, which is where a fixed lexicon runs out (PolNeAR counts "rules against",
"declined", "has railed against" as cues).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("model.json")
FORMAT = "kg-extract-perceptron/1"
MODEL_FORMAT = "kg-extract-model/1"


@dataclass
class Perceptron:
    """A binary averaged perceptron; weights are averaged over every update step."""

    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.0
    _totals: dict[str, float] = field(default_factory=dict)
    _stamps: dict[str, int] = field(default_factory=dict)
    _step: int = 0

    def score(self, features: Iterable[str]) -> float:
        get = self.weights.get
        total = 0.0
        for feature in features:
            total += get(feature, 0.0)
        return total

    def update(self, features: list[str], label: bool) -> None:
        """One training example: move the weights only when the guess is wrong."""
        self._step += 1
        guess = self.score(features) > 0
        if guess == label:
            return
        delta = 1.0 if label else -1.0
        for feature in features:
            self._catch_up(feature)
            self.weights[feature] = self.weights.get(feature, 0.0) + delta

    def rank_update(self, gold: list[str], guess: list[str]) -> None:
        """A ranking step: reward the gold candidate's features, punish the guess's."""
        self._step += 1
        if gold == guess:
            return
        for feature, delta in [(f, 1.0) for f in gold] + [(f, -1.0) for f in guess]:
            self._catch_up(feature)
            self.weights[feature] = self.weights.get(feature, 0.0) + delta

    def tick(self) -> None:
        """Count a ranking example that needed no update (it still weighs in the average)."""
        self._step += 1

    def _catch_up(self, feature: str) -> None:
        last = self._stamps.get(feature, 0)
        self._totals[feature] = self._totals.get(feature, 0.0) + (self._step - last) * (
            self.weights.get(feature, 0.0)
        )
        self._stamps[feature] = self._step

    def averaged(self) -> Perceptron:
        """The averaged weights, pruned of near-zero ones, as a fresh model."""
        result: dict[str, float] = {}
        for feature in self.weights:
            self._catch_up(feature)
            value = self._totals[feature] / max(self._step, 1)
            if abs(value) >= 1e-3:
                result[feature] = round(value, 4)
        return Perceptron(result, self.threshold)

    @classmethod
    def mean(cls, models: list[Perceptron]) -> Perceptron:
        """The feature-wise mean of several models' weights (near-zero means pruned)."""
        totals: dict[str, float] = {}
        for model in models:
            for feature, weight in model.weights.items():
                totals[feature] = totals.get(feature, 0.0) + weight
        count = max(len(models), 1)
        weights = {
            f: round(total / count, 4)
            for f, total in sorted(totals.items())
            if abs(total) >= 1e-3 * count
        }
        return cls(weights, models[0].threshold if models else 0.0)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "threshold": self.threshold, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Perceptron:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data.get("threshold", 0.0)))


def probability(margin: float) -> float:
    """A confidence in 0..1 from a perceptron margin (logistic squashing, not calibrated)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))


@dataclass
class Model:
    """The two learned parts: which words are cues, and where a content span ends."""

    cue: Perceptron
    end: Perceptron | None = None
    #: Words seen inside a cue in training: only these are scored, which keeps the model
    #: cheap (most tokens of a text are never cues) at a small cost in recall.
    vocabulary: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "cue": self.cue.to_json(),
            "end": self.end.to_json() if self.end else None,
            "vocabulary": sorted(self.vocabulary),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model")
        end = data.get("end")
        return cls(
            Perceptron.from_json(data["cue"]),
            Perceptron.from_json(end) if end else None,
            frozenset(str(word) for word in data.get("vocabulary", ())),
        )


@lru_cache(maxsize=4)
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is missing or unreadable.

    Without a model the extractor falls back to the lexicon weights and rule-based span
    ends, so a broken model file degrades results instead of breaking extraction.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model.from_json(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
