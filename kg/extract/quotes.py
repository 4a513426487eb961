"""Pair quotation marks into quotes, paragraph by paragraph.

News style has rules a plain "find the closing mark" search gets wrong: a quote that runs
over several paragraphs leaves each paragraph open and reopens the next one with a fresh
opening mark; straight marks (``"``, ``''``) do not say whether they open or close; single
marks nest inside double ones and double as apostrophes; some writers nest double marks
in double marks (“… what he calls “hell” than …”). The pairing below is one pass over
the quote-mark tokens, so unbalanced or odd marks can only shorten a quote, never make the
scan slower or fail.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from kg.extract.tokens import Token

_OPENERS = frozenset({"“", "„", "«", "``"})
_CLOSERS = frozenset({"”", "»"})
_EITHER = frozenset({'"', "''"})
_DOUBLE = _OPENERS | _CLOSERS | _EITHER
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = frozenset({"’", "'"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: tokens ``first..last`` are the marks (or the paragraph's edge)."""

    #: Token index of the opening mark.
    first: int
    #: Token index of the closing mark, or of the paragraph's last token when left open.
    last: int
    #: Whether a closing mark was found (an open quote runs to the end of its paragraph).
    closed: bool
    #: The previous paragraph ended inside a quote and this one reopens it (same speaker).
    continues: bool

    def inner(self) -> tuple[int, int]:
        """Token range ``[lo, hi)`` between the marks."""
        return self.first + 1, self.last if self.closed else self.last + 1


_PARA = attrgetter("para")
_TEXT = attrgetter("text")


def find_quotes(tokens: list[Token]) -> list[Quote]:
    """Return the quotes of the text in order; a quote never spans a paragraph break."""
    quotes: list[Quote] = []
    i = 0
    count = len(tokens)
    previous_left_open = False
    while i < count:
        # Tokens come in the order of their paragraphs, so the paragraph's end is found
        # by bisection rather than by a step per token.
        j = bisect_right(tokens, tokens[i].para, lo=i, key=_PARA)
        para_quotes = _pair_paragraph(tokens, i, j)
        if para_quotes and previous_left_open and para_quotes[0].first == i:
            first = para_quotes[0]
            para_quotes[0] = Quote(first.first, first.last, first.closed, continues=True)
        previous_left_open = bool(para_quotes) and not para_quotes[-1].closed
        quotes.extend(para_quotes)
        i = j
    return quotes


def _pair_paragraph(tokens: list[Token], lo: int, hi: int) -> list[Quote]:
    texts = list(map(_TEXT, tokens[lo:hi]))
    marks = [lo + i for i, text in enumerate(texts) if text in _DOUBLE]
    if not marks:
        # Single quotes open with their own mark, which most paragraphs lack.
        return _pair_single(tokens, lo, hi) if _SINGLE_OPEN in texts else []
    quotes: list[Quote] = []
    open_at: int | None = None
    skip = 0
    for i, k in enumerate(marks):
        if skip:
            skip -= 1
            continue
        text = tokens[k].text
        if text in _OPENERS and open_at is not None and _nested(tokens, marks, i):
            skip = 1  # “… what he calls “hell” than …”: the inner pair stays inside
            continue
        # A closing mark that opens its paragraph is a mistyped opening one ("”Fear. …” ―").
        misplaced = text in _CLOSERS and k == lo and open_at is None
        if text in _OPENERS and open_at is not None and _placed_as_closer(tokens, k, hi):
            # “It's unusual,“ said Noble: an opening mark typed where the quote closes.
            quotes.append(Quote(open_at, k, closed=True, continues=False))
            open_at = None
        elif text in _OPENERS or (text in _EITHER and open_at is None) or misplaced:
            if open_at is not None and k > open_at + 1:
                # A second opening mark: the first quote lost its closing mark.
                quotes.append(Quote(open_at, k - 1, closed=False, continues=False))
            open_at = k
        elif open_at is not None:
            quotes.append(Quote(open_at, k, closed=True, continues=False))
            open_at = None
    if open_at is not None and open_at < hi - 1:
        quotes.append(Quote(open_at, hi - 1, closed=False, continues=False))
    return quotes


def _nested(tokens: list[Token], marks: list[int], i: int) -> bool:
    """The two double marks after an opening one inside an open quote both close: the
    writer nested a quote in the quote with double marks (“A “B” C”)."""
    return i + 2 < len(marks) and all(tokens[marks[j]].text in _CLOSERS for j in (i + 1, i + 2))


def _placed_as_closer(tokens: list[Token], k: int, hi: int) -> bool:
    """Glued to the word or comma before it and followed by a space or the paragraph end."""
    glued = tokens[k].start == tokens[k - 1].end
    spaced = k + 1 >= hi or tokens[k + 1].start > tokens[k].end
    return glued and spaced


def _pair_single(tokens: list[Token], lo: int, hi: int) -> list[Quote]:
    """British-style ‘single’ quotes, used only where a paragraph has no double marks."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for k in range(lo, hi):
        text = tokens[k].text
        if text == _SINGLE_OPEN and open_at is None:
            open_at = k
        elif text in _SINGLE_CLOSE and open_at is not None and k > open_at + 1:
            after = tokens[k + 1] if k + 1 < hi else None
            # An apostrophe inside a word ("voters’ rolls") is glued to the next word.
            if after is None or after.start > tokens[k].end or not after.is_word:
                quotes.append(Quote(open_at, k, closed=True, continues=False))
                open_at = None
    return quotes
