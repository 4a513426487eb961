"""Read the PolNeAR attribution corpus (brat standoff) into plain gold records.

Only the parts the evaluation and the trainer need are kept: for every attribution relation
its content spans, cue span and source span, as code-point offsets into the article text.
Discontinuous spans (``256 377;463 616``) stay split into their pieces because a quote split
around its cue is exactly such a span.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

Offsets = tuple[int, int]

#: Span labels that carry a role in an attribution (Discuss/Discard are annotator notes).
_ROLE_LABELS = frozenset({"Source", "Cue", "Content", "Attribution", "Attribution-no-source"})


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution relation."""

    content: tuple[Offsets, ...]
    cue: tuple[Offsets, ...]
    source: tuple[Offsets, ...]


@dataclass(frozen=True)
class GoldArticle:
    """An article's text with the attributions of its first annotator (sorted by name)."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def default_root() -> Path:
    """Where the corpus lives: ``$KG_POLNEAR`` or ``<repo>/../shared/polnear``."""
    env = os.environ.get("KG_POLNEAR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "polnear"


def iter_split(root: Path, split: str) -> Iterator[GoldArticle]:
    """Yield every annotated article of ``split`` in name order.

    Articles with several annotators' files use the first file in sorted order, so every
    run sees the same gold.
    """
    for article, text, files in _articles(root, split):
        yield GoldArticle(article, text, _read_gold(files[0], text))


def iter_doubly_annotated(root: Path, split: str) -> Iterator[tuple[GoldArticle, GoldArticle]]:
    """Articles of ``split`` that two annotators marked up: (first, second) in sorted order."""
    for article, text, files in _articles(root, split):
        if len(files) >= 2:
            yield (
                GoldArticle(article, text, _read_gold(files[0], text)),
                GoldArticle(article, text, _read_gold(files[1], text)),
            )


def _articles(root: Path, split: str) -> Iterator[tuple[str, str, list[Path]]]:
    """(name, text, annotation files in sorted order) for every article with a text."""
    if split not in ("train", "dev"):
        raise InputError(
            f"PolNeAR split {split!r}: only train and dev (the test split is held out)"
        )
    text_dir = root / split / "text"
    ann_dir = root / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{root / split}: not a PolNeAR split (no text/ and attributions/)")
    by_article: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        article, _, _annotator = ann.stem.rpartition("_")
        by_article.setdefault(article, []).append(ann)
    for article in sorted(by_article):
        text_path = text_dir / f"{article}.txt"
        if text_path.is_file():
            yield article, _read_utf8(text_path), by_article[article]


def _read_gold(ann: Path, text: str) -> tuple[GoldAttribution, ...]:
    return parse_brat(_read_utf8(ann), len(text))


def _read_utf8(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def parse_brat(ann: str, text_length: int) -> tuple[GoldAttribution, ...]:
    """Parse brat standoff lines into attribution relations; malformed lines are skipped.

    Spans are clipped to the text so a stray offset cannot break the scorer.
    """
    spans: dict[str, tuple[str, tuple[Offsets, ...]]] = {}
    relations: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        ident, body = fields[0], fields[1]
        if ident.startswith("T"):
            label, _, where = body.partition(" ")
            if label in _ROLE_LABELS:
                pieces = _parse_offsets(where, text_length)
                if pieces:
                    spans[ident] = (label, pieces)
        elif ident.startswith("E"):
            relations.append([_role(arg) for arg in body.split() if ":" in arg])
    result = []
    for args in relations:
        content: list[Offsets] = []
        cue: list[Offsets] = []
        source: list[Offsets] = []
        for role, ref in args:
            if ref not in spans:
                continue
            pieces = spans[ref][1]
            if role.startswith("Content"):
                content.extend(pieces)
            elif role.startswith("Cue"):
                cue.extend(pieces)
            elif role.startswith("Source"):
                source.extend(pieces)
        if content:
            result.append(
                GoldAttribution(tuple(sorted(content)), tuple(sorted(cue)), tuple(sorted(source)))
            )
    return tuple(result)


def _role(arg: str) -> tuple[str, str]:
    role, _, ref = arg.partition(":")
    return role, ref


def _parse_offsets(where: str, text_length: int) -> tuple[Offsets, ...]:
    pieces = []
    for piece in where.split(";"):
        parts = piece.split()
        if len(parts) != 2 or not (parts[0].isdigit() and parts[1].isdigit()):
            return ()
        start, end = min(int(parts[0]), text_length), min(int(parts[1]), text_length)
        if start < end:
            pieces.append((start, end))
    return tuple(pieces)


_QUOTE_MARKS = re.compile(r"“|”|„|\"|''|``")


def quoted_characters(text: str) -> bytearray:
    """1 for every character inside a pair of double quotation marks (marks included).

    Pairing is per paragraph: “ „ `` open, ” closes, straight marks alternate; a quote left
    open at the end of a paragraph runs to its end (news style for quotes that continue).
    This is the scorer's own simple rule, independent of the extractor's quote finder.
    """
    mask = bytearray(len(text))
    for para in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        for mark in _QUOTE_MARKS.finditer(text, para.start(), para.end()):
            token, at = mark.group(), mark.start()
            if token in ("“", "„", "``") or (token in ('"', "''") and open_at is None):
                if open_at is None:
                    open_at = at
            elif open_at is not None:
                mask[open_at : mark.end()] = b"\x01" * (mark.end() - open_at)
                open_at = None
        if open_at is not None:
            mask[open_at : para.end()] = b"\x01" * (para.end() - open_at)
    return mask


def gold_kind(text: str, mask: bytearray, attribution: GoldAttribution) -> str:
    """ "direct" when at least half the content's non-space characters are inside quotes."""
    total = inside = 0
    for start, end in attribution.content:
        for index in range(start, end):
            if not text[index].isspace():
                total += 1
                inside += mask[index]
    return "direct" if total and inside * 2 >= total else "indirect"
