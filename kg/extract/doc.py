"""One analysed text: tokens, sentences and quotes, with per-token lookups.

Built once per :func:`kg.extract.extract` call so every rule reads the same segmentation.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kg.extract.quotes import Quote, find_quotes
from kg.extract.tokens import Token, sentence_starts, tokenize
from kg.extract.wordsets import DASHES


class QuotedRanges:
    """Sorted, disjoint character ranges; counts how much of a span they cover."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in ranges]
        self._ranges = ranges

    def count(self, start: int, end: int) -> int:
        index = max(0, bisect.bisect_right(self._starts, start) - 1)
        covered = 0
        while index < len(self._ranges) and self._ranges[index][0] < end:
            lo, hi = self._ranges[index]
            covered += max(0, min(hi, end) - max(lo, start))
            index += 1
        return covered


@dataclass
class Doc:
    text: str
    tokens: list[Token]
    #: Sentence bounds as token ranges ``[start, end)``.
    sentences: list[tuple[int, int]]
    #: Sentence index of every token.
    sentence_of: list[int]
    quotes: list[Quote]
    #: Index into ``quotes`` of the quote holding each token (marks included), or -1.
    quote_of: list[int]
    #: Character ranges inside quotes (marks included), sorted, for share-of-quote checks.
    quoted_chars: QuotedRanges
    #: Tokens already used by an attribution (cue or source), so no rule reuses them.
    used: set[int] = field(default_factory=set)
    #: The source of the latest attribution found in each sentence (by sentence index).
    sentence_source: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: Quotes (indexes into ``quotes``) already given to a direct attribution.
    claimed_quotes: set[int] = field(default_factory=set)
    #: Of the attribution that claimed each quote, where it has a cue: the cue's first token
    #: and where its frame starts (the source when it stands before the cue).
    quote_cues: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: Sentences (by index) holding a question mark outside quotes; read on first use.
    _asking: set[int] | None = field(default=None, repr=False)
    #: The token ranges of the paragraphs; read on first use (see :meth:`paragraphs`).
    _paragraphs: list[tuple[int, int]] | None = field(default=None, repr=False)
    #: For each token, the last reporting verb outside quotes up to it (or -1): built on
    #: first use by :func:`kg.extract.features.cue_window`, which reads it per candidate.
    last_reporting: list[int] | None = field(default=None, repr=False)

    @classmethod
    def analyse(cls, text: str) -> Doc:
        tokens = tokenize(text)
        quotes = find_quotes(tokens)
        starts = sentence_starts(tokens, frozenset(q.first for q in quotes))
        bounds = [(s, e) for s, e in zip(starts, [*starts[1:], len(tokens)], strict=True)]
        sentence_of = [0] * len(tokens)
        for index, (s, e) in enumerate(bounds):
            sentence_of[s:e] = [index] * (e - s)
        quote_of = [-1] * len(tokens)
        for index, quote in enumerate(quotes):
            quote_of[quote.first : quote.last + 1] = [index] * (quote.last + 1 - quote.first)
        ranges = [(tokens[q.first].start, tokens[q.last].end) for q in quotes]
        return cls(text, tokens, bounds, sentence_of, quotes, quote_of, QuotedRanges(ranges))

    def paragraphs(self) -> list[tuple[int, int]]:
        """The token ranges of the paragraphs (lines), read on first use."""
        if self._paragraphs is None:
            # Every paragraph opens a sentence, and sentences are far fewer than tokens.
            tokens = self.tokens
            starts = [
                k for k, _ in self.sentences if k == 0 or tokens[k - 1].para != tokens[k].para
            ]
            self._paragraphs = list(zip(starts, [*starts[1:], len(tokens)], strict=True))
        return self._paragraphs

    def sentence_bounds(self, k: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[k]]

    def asks(self, k: int) -> bool:
        """Whether the sentence of token ``k`` asks something: it holds a "?" of its own, not
        only one inside a quote ("Lee asked “Why now?” and …" asks nothing). One pass over
        the text on first use, so a rule may ask it for every reading."""
        if self._asking is None:
            # Most texts ask nothing: they need no pass over their tokens.
            self._asking = (
                {
                    self.sentence_of[j]
                    for j, token in enumerate(self.tokens)
                    if token.text == "?" and self.quote_of[j] == -1
                }
                if "?" in self.text
                else set()
            )
        return self.sentence_of[k] in self._asking

    def any_used(self, lo: int, hi: int) -> bool:
        """Whether an attribution already took any of tokens ``[lo, hi)``."""
        return any(j in self.used for j in range(lo, hi))

    def spaced_dash(self, k: int) -> bool:
        """Whether token ``k`` is a dash set off by a space ("the plan - a provision"), not
        a hyphen inside a word ("U.S.-Mexico", "A.F.L.-C.I.O")."""
        return (
            k > 0
            and self.tokens[k].text in DASHES
            and self.tokens[k].start > self.tokens[k - 1].end
        )

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """Character offsets of tokens ``[lo, hi)``."""
        return self.tokens[lo].start, self.tokens[hi - 1].end

    def words(self, lo: int, hi: int) -> str:
        if lo >= hi:
            return ""
        return self.text[self.tokens[lo].start : self.tokens[hi - 1].end]
