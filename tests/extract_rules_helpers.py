"""What the extractor rule tests share: reading an attribution's parts back as text
and picking the attribution a test is about."""

from __future__ import annotations

from kg.extract import Attribution, extract
from kg.extract.clauses import content_after
from kg.extract.doc import Doc
from kg.extract.judge import Judge


def span_texts(text: str, found: Attribution) -> list[str]:
    return [text[s:e] for s, e in found.content]


def source_text(text: str, found: Attribution) -> str | None:
    return text[found.source[0] : found.source[1]] if found.source else None


def cue_text(text: str, found: Attribution) -> str | None:
    return text[found.cue[0] : found.cue[1]] if found.cue else None


def with_cue(text: str, cue: str) -> list[Attribution]:
    """What the extractor finds in ``text`` with the cue ``cue``, in text order."""
    return [a for a in extract(text) if cue_text(text, a) == cue]


def by_cue(text: str, cue: str) -> Attribution:
    """The first attribution found in ``text`` whose cue is ``cue`` (the test's subject)."""
    found = with_cue(text, cue)
    assert found, f"no attribution with the cue {cue!r}"
    return found[0]


def indirect_cues_and_contents(text: str) -> list[tuple[str, str]]:
    """Each indirect attribution's cue and first content span, as printed."""
    return [
        (text[slice(*f.cue)], text[slice(*f.content[0])])
        for f in extract(text)
        if f.kind == "indirect" and f.cue is not None
    ]


def content_after_cue(text: str, cue_word: str) -> str:
    """The content after ``cue_word`` as the rules alone find it (no ranker)."""
    doc = Doc.analyse(text)
    cue = next(j for j, token in enumerate(doc.tokens) if token.text == cue_word)
    span = content_after(doc, cue, cue + 1, len(doc.tokens), Judge())
    assert span is not None
    return text[doc.tokens[span[0]].start : doc.tokens[span[1] - 1].end]


def token_range(doc: Doc, text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    first = next(k for k, token in enumerate(doc.tokens) if token.start == start)
    last = next(k for k, token in enumerate(doc.tokens) if token.end == start + len(words))
    return first, last + 1
