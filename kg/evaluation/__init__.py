"""Measure the extractor against gold attributions: PolNeAR splits and curated seeds.

>>> from kg.evaluation.matching import jaccard
>>> jaccard(frozenset(range(0, 10)), frozenset(range(5, 10)))
0.5
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from kg.annotations import Annotation, Statement
from kg.errors import InputError
from kg.evaluation.fields import check_fields, speaker_outcome
from kg.evaluation.matching import Item, char_set, greedy_match, score_document
from kg.evaluation.polnear import (
    GoldArticle,
    gold_kind,
    iter_doubly_annotated,
    iter_split,
    quoted_characters,
)
from kg.evaluation.report import SLICES, Counts, EvalReport, SpeakerCheck
from kg.extract import EXTRACTOR_VERSION, Attribution, extract
from kg.extract.pipeline import warm_up

__all__ = ["EvalReport", "evaluate_agreement", "evaluate_polnear", "evaluate_seed"]


def _predicted_items(attributions: list[Attribution]) -> list[Item]:
    return [
        Item(
            content=a.content,
            source=(a.source,) if a.source else (),
            cue=(a.cue,) if a.cue else (),
            kind=a.kind,
        )
        for a in attributions
    ]


def evaluate_polnear(root: Path, split: str) -> EvalReport:
    """Run the extractor over every article of a PolNeAR split and score it.

    ``seconds`` counts extraction only (not reading files or scoring).
    """
    warm_up()  # read the model and build its scorers before the clock starts
    report = EvalReport(f"polnear/{split}", EXTRACTOR_VERSION, 0, 0, 0.0)
    counts = {key: Counts() for key in SLICES}
    for article in iter_split(root, split):
        gold = _gold_items(article)
        started = time.perf_counter()
        predicted = extract(article.text)
        report.seconds += time.perf_counter() - started
        report.documents += 1
        report.characters += len(article.text)
        score_document(gold, _predicted_items(predicted), counts)
    report.slices = counts
    return report


def evaluate_agreement(root: Path, splits: tuple[str, ...] = ("train", "dev")) -> list[EvalReport]:
    """How far two PolNeAR annotators agree, by the rules the extractor is scored with.

    On every article of ``splits`` that two annotators marked up, the second annotator's
    attributions are scored as if predicted against the first's (the gold of
    :func:`evaluate_polnear`), and so is the extractor on the same articles: the first
    report is the human ceiling of the metric, the second what the extractor reaches there.
    """
    warm_up()
    human = EvalReport(
        "polnear/agreement: second annotator vs first", "second annotator", 0, 0, 0.0
    )
    machine = EvalReport("polnear/agreement: extractor vs first", EXTRACTOR_VERSION, 0, 0, 0.0)
    human_counts = {key: Counts() for key in SLICES}
    machine_counts = {key: Counts() for key in SLICES}
    for split in splits:
        for first, second in iter_doubly_annotated(root, split):
            gold = _gold_items(first)
            started = time.perf_counter()
            predicted = extract(first.text)
            machine.seconds += time.perf_counter() - started
            score_document(gold, _gold_items(second), human_counts)
            score_document(gold, _predicted_items(predicted), machine_counts)
            for report in (human, machine):
                report.documents += 1
                report.characters += len(first.text)
    if human.documents == 0:
        raise InputError(f"{root}: no article of {', '.join(splits)} has two annotators' files")
    human.slices = human_counts
    machine.slices = machine_counts
    return [human, machine]


def _gold_items(article: GoldArticle) -> list[Item]:
    mask = quoted_characters(article.text)
    return [
        Item(g.content, g.source, g.cue, gold_kind(article.text, mask, g))
        for g in article.attributions
    ]


def evaluate_seed(annotation: Annotation) -> EvalReport:
    """Score the extractor on a curated seed article (gold = its statements).

    Also checks every curated direct quote: found (content matched) with a speaker equal,
    ignoring case, to the name or an alias of one of the curated speakers (or naming two of
    them); and the speaker,
    venue and date of every found statement (:mod:`kg.evaluation.fields`).
    """
    published = _published(annotation)
    warm_up()
    started = time.perf_counter()
    predicted = extract(annotation.text, published=published)
    seconds = time.perf_counter() - started
    gold = [_statement_item(s) for s in annotation.statements]
    counts = {key: Counts() for key in SLICES}
    score_document(gold, _predicted_items(predicted), counts)
    report = EvalReport(
        f"seed/{annotation.meta.slug}", EXTRACTOR_VERSION, 1, len(annotation.text), seconds
    )
    report.slices = counts
    pairs = dict(
        greedy_match([char_set(g.content) for g in gold], [char_set(p.content) for p in predicted])
    )
    names = {
        actor.id: tuple(n.lower() for n in (actor.name, *actor.aliases))
        for actor in annotation.actors
    }
    for index, statement in enumerate(annotation.statements):
        if statement.mode != "direct":
            continue
        expected = tuple(n for speaker in statement.speakers for n in names.get(speaker, ()))
        match = pairs.get(index)
        found = predicted[match] if match is not None else None
        speaker = found.speaker if found is not None else None
        each = tuple(agent.name for agent in found.speakers) if found is not None else ()
        right = speaker is not None and speaker_outcome(speaker, expected, each) == "right"
        report.speaker_checks.append(
            SpeakerCheck(statement.id, match is not None, right, speaker, expected)
        )
    report.field_checks = check_fields(annotation, predicted, pairs)
    return report


def _statement_item(statement: Statement) -> Item:
    return Item(
        content=tuple((s.start, s.end) for s in statement.segments),
        source=((statement.source_span.start, statement.source_span.end),)
        if statement.source_span
        else (),
        cue=((statement.cue_span.start, statement.cue_span.end),) if statement.cue_span else (),
        kind=statement.mode,
    )


def _published(annotation: Annotation) -> dt.date | None:
    """The latest day the article may have appeared (dates resolve no later than that)."""
    spec = annotation.meta.published
    if spec is None or spec.value is None:
        return None
    return spec.value.latest or spec.value.earliest
