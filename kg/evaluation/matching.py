"""Matching predicted attributions to gold ones and counting what agrees.

The rules (also in docs/extractor.md):

- Content: a prediction and a gold attribution match when the character sets of all their
  content spans have Jaccard similarity ≥ 0.5. Matching is one-to-one, greedy by best
  Jaccard (ties: earlier gold, then earlier prediction).
- Source: right when the two source spans (character sets) have Jaccard ≥ 0.5. A gold
  attribution without a source is right only if the prediction has no source either.
- Attribution: a matched pair whose source is also right.
- Source and cue on their own: one-to-one matching of the source spans (Jaccard ≥ 0.5)
  and of the cue spans (any shared character: "said" and "said in a statement" agree),
  among the attributions that have one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.evaluation.report import Counts

Offsets = tuple[int, int]
THRESHOLD = 0.5


@dataclass(frozen=True)
class Item:
    """The part of an attribution the scorer sees (gold or predicted)."""

    content: tuple[Offsets, ...]
    source: tuple[Offsets, ...]
    cue: tuple[Offsets, ...]
    kind: str


def char_set(spans: Sequence[Offsets]) -> frozenset[int]:
    chars: set[int] = set()
    for start, end in spans:
        chars.update(range(start, end))
    return frozenset(chars)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def greedy_match(
    gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], threshold: float = THRESHOLD
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, prediction index)`` with Jaccard ≥ threshold."""
    candidates: list[tuple[float, int, int]] = []
    for p_index, p_chars in enumerate(pred):
        if not p_chars:
            continue
        lo, hi = min(p_chars), max(p_chars)
        for g_index, g_chars in enumerate(gold):
            if not g_chars or max(g_chars) < lo or min(g_chars) > hi:
                continue
            score = jaccard(g_chars, p_chars)
            if score >= threshold:
                candidates.append((-score, g_index, p_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _score, g_index, p_index in candidates:
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append((g_index, p_index))
    return pairs


def _overlap_match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> int:
    pairs = greedy_match(gold, pred, threshold=1e-9)
    return len(pairs)


def score_document(gold: Sequence[Item], pred: Sequence[Item], counts: dict[str, Counts]) -> None:
    """Add one document's agreement to ``counts`` (keys: overall, direct, indirect)."""
    gold_content = [char_set(g.content) for g in gold]
    pred_content = [char_set(p.content) for p in pred]
    pairs = greedy_match(gold_content, pred_content)
    for key in counts:
        selected_gold = [g for g in gold if key in ("overall", g.kind)]
        selected_pred = [p for p in pred if key in ("overall", p.kind)]
        c = counts[key]
        c.content.add(predicted=len(selected_pred), gold=len(selected_gold))
        c.attribution.add(predicted=len(selected_pred), gold=len(selected_gold))
        g_src = [char_set(g.source) for g in selected_gold if g.source]
        p_src = [char_set(p.source) for p in selected_pred if p.source]
        c.source.add(predicted=len(p_src), gold=len(g_src))
        c.source.hit(len(greedy_match(g_src, p_src)), len(greedy_match(g_src, p_src)))
        g_cue = [char_set(g.cue) for g in selected_gold if g.cue]
        p_cue = [char_set(p.cue) for p in selected_pred if p.cue]
        c.cue.add(predicted=len(p_cue), gold=len(g_cue))
        matched_cues = _overlap_match(g_cue, p_cue)
        c.cue.hit(matched_cues, matched_cues)
    for g_index, p_index in pairs:
        g, p = gold[g_index], pred[p_index]
        right_source = source_right(g.source, p.source)
        for key in counts:
            by_pred = key in ("overall", p.kind)
            by_gold = key in ("overall", g.kind)
            counts[key].content.hit(int(by_pred), int(by_gold))
            if right_source:
                counts[key].attribution.hit(int(by_pred), int(by_gold))


def source_right(gold: tuple[Offsets, ...], pred: tuple[Offsets, ...]) -> bool:
    if not gold:
        return not pred
    return jaccard(char_set(gold), char_set(pred)) >= THRESHOLD
