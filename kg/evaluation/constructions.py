"""The extractor on plain made-up sentences, one reporting construction each.

PolNeAR measures the extractor on 2016 campaign news, marked the way its annotators drew
spans; a model fitted there can learn the corpus's habits ("he thinks" is mostly inside
someone else's reported clause there, so it is rarely a cue of its own). A construction
file checks what any reader of any article expects: "He thinks the economy is weak." is
his belief. An item is right when one attribution has the expected cue (its text contains
the expected words), source and content, character for character.

File format (YAML list)::

    - text: "The economy is weak, Smith said."
      cue: said
      source: Smith            # null for none
      content: [The economy is weak]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.extract import EXTRACTOR_VERSION, Attribution, extract


@dataclass(frozen=True)
class Construction:
    """One sentence and the attribution a reader expects in it."""

    text: str
    cue: str
    source: str | None
    content: tuple[str, ...]


@dataclass
class ConstructionResult:
    text: str
    right: bool
    #: What the extractor found, as "cue | source | content / content" lines.
    found: list[str]


@dataclass
class ConstructionReport:
    path: str
    results: list[ConstructionResult] = field(default_factory=list)

    @property
    def right(self) -> int:
        return sum(r.right for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {
            "constructions": self.path,
            "extractor": EXTRACTOR_VERSION,
            "total": len(self.results),
            "right": self.right,
            "misses": [r.__dict__ for r in self.results if not r.right],
        }


def load_constructions(path: Path) -> list[Construction]:
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read constructions from {path}: {exc}") from None
    if not isinstance(items, list) or not items:
        raise InputError(f"{path}: expected a non-empty list of constructions")
    return [_construction(path, number, item) for number, item in enumerate(items, 1)]


def _construction(path: Path, number: int, item: object) -> Construction:
    if not isinstance(item, dict):
        raise InputError(f"{path}: item {number} is not a mapping")
    text, cue, source, content = (item.get(k) for k in ("text", "cue", "source", "content"))
    if not isinstance(text, str) or not isinstance(cue, str):
        raise InputError(f"{path}: item {number} needs a text and a cue")
    if source is not None and not isinstance(source, str):
        raise InputError(f"{path}: item {number}: source must be a string or null")
    if not isinstance(content, list) or not all(isinstance(c, str) for c in content):
        raise InputError(f"{path}: item {number}: content must be a list of strings")
    for part in (cue, source or "", *content):
        if part not in text:
            raise InputError(f"{path}: item {number}: {part!r} is not in its text")
    return Construction(text, cue, source, tuple(content))


def _parts(text: str, a: Attribution) -> tuple[str | None, str | None, tuple[str, ...]]:
    cue = text[a.cue[0] : a.cue[1]] if a.cue else None
    source = text[a.source[0] : a.source[1]] if a.source else None
    return cue, source, tuple(text[s:e] for s, e in a.content)


def judge(item: Construction) -> ConstructionResult:
    found = [_parts(item.text, a) for a in extract(item.text)]
    right = any(
        cue is not None and item.cue in cue and source == item.source and content == item.content
        for cue, source, content in found
    )
    return ConstructionResult(
        item.text,
        right,
        [f"{cue} | {source} | {' / '.join(content)}" for cue, source, content in found],
    )


def evaluate_constructions(path: Path) -> ConstructionReport:
    report = ConstructionReport(str(path))
    report.results = [judge(item) for item in load_constructions(path)]
    return report
