"""Tokens, sentences and paragraphs: the one pass over the text every later step shares.

Everything here is a single left-to-right regular-expression scan without nested
quantifiers, so the cost is linear in the length of the text whatever it contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

#: A word character, or a combining accent (decomposed text: "José" as "Jose" + U+0301),
#: which mis-decoded UTF-8 may follow with a stray Latin-1 byte ("PeA\u0303\xb1a Nieto").
#: The two alternatives start differently, so the scan stays linear.
_WORD_CHAR = r"(?:\w|[\u0300-\u036f][\u0080-\u00bf]?)"
#: Words keep inner apostrophes, hyphens and dots ("don't", "Jong-un", "U.S"), and the "§"
#: of mis-decoded UTF-8 ("FranÃ§ois"); anything else that is not a space is a token of its own.
#: A dot joins like the other marks, except in a run-on sentence end: after two lowercase
#: letters and before a capitalised word ("Trump said.Trump claimed", 359 times in PolNeAR
#: train), while "U.S", "a.m", "Amazon.com" and "St.Louis" stay one word.
_INNER_DOT = r"(?:(?<![a-z][a-z])\.|\.(?![A-Z][a-z]))"
#: Three apostrophes after a word close a single and a double quote ("go back,'''"): the
#: single one first, so the double mark that ends the quote is a token of its own.
_TOKEN = re.compile(
    rf"{_WORD_CHAR}+(?:(?:[’'\-&§]|{_INNER_DOT}){_WORD_CHAR}+)*|(?<=\S)'(?='')|''|``|\S"
)
_PARAGRAPH = re.compile(r"[^\n]+")

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
        "st", "jr", "sr", "prof", "rev", "hon", "pres", "u.s", "u.n", "u.k", "d.c", "inc",
        "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
        "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e", "ft", "mt", "ariz", "calif", "fla",
        "ill", "mass", "mich", "minn", "penn", "tenn", "tex", "va", "wash", "wis", "conn",
        "del",
    }
)  # fmt: skip
#: Dotted initials of a name ("J.M. Berger", "G.K. Butterfield"): a full stop after them
#: does not end a sentence; two-letter places ("N.J.", "D.C.") often do, so they are not
#: counted here (PolNeAR train: 11 name initials, no sentence ending in them).
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_PLACE_INITIALS = frozenset({"D.C", "N.J", "N.Y", "N.H", "N.C", "S.C", "N.D", "S.D", "N.M", "A.C"})
_CLOSERS = frozenset({"”", '"', "’", "'", "''", ")", "]"})


class Token(NamedTuple):
    """A word or punctuation mark with its place in the text (a named tuple: text gets
    hundreds of thousands of these, and tuples are the cheapest to build)."""

    start: int
    end: int
    text: str
    lower: str
    #: Index of the paragraph (a run of text between newlines) holding the token.
    para: int
    #: Starts with a letter, digit or underscore (not punctuation).
    is_word: bool
    #: Starts with a capital letter.
    is_cap: bool


#: ``Token`` from a tuple of its fields with no Python frame per call (the named tuple's own
#: constructor is a Python function, a third of the tokenizer's time).
_NEW_TOKEN: Callable[[tuple[int, int, str, str, int, bool, bool]], Token] = partial(
    tuple.__new__, Token
)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens that know their paragraph."""
    tokens: list[Token] = []
    append = tokens.append
    # The hot loop of the whole reader: one tuple per token, built without the named
    # tuple's Python-level constructor.
    make = _NEW_TOKEN
    for para_index, para in enumerate(_PARAGRAPH.finditer(text)):
        for match in _TOKEN.finditer(text, para.start(), para.end()):
            word = match.group()
            first = word[:1]
            start, end = match.span()
            append(
                make(
                    (
                        start,
                        end,
                        word,
                        word.lower(),
                        para_index,
                        first.isalnum() or first == "_",
                        first.isupper(),
                    )
                )
            )
    return tokens


def sentence_starts(tokens: list[Token], openers: frozenset[int] = frozenset()) -> list[int]:
    """Indexes of the tokens that open a sentence (always including 0 when there are tokens).

    A sentence ends at a paragraph break, or at ``. ? !`` (plus closing quotes/brackets)
    followed by a token that starts with a capital, a digit or an opening quote, unless the
    full stop follows a known abbreviation or a single capital (an initial). ``openers``
    are the token indexes of opening quotation marks: a straight ``"`` after a full stop
    opens the next sentence rather than closing this one.
    """
    starts = [0] if tokens else []
    count = len(tokens)
    for i in range(1, count):
        prev = tokens[i - 1]
        if tokens[i].para != prev.para:
            starts.append(i)
            continue
        if prev.text not in _CLOSERS and prev.text not in ".?!":
            continue
        j = i - 1
        while (
            j >= 0
            and tokens[j].text in _CLOSERS
            and j not in openers
            and tokens[j].para == tokens[i].para
        ):
            j -= 1
        if j < 0 or tokens[j].text not in ".?!":
            continue
        if (
            tokens[j].text == "."
            and j > 0
            and _is_abbreviation(tokens[j - 1], tokens[j])
            and not _state_after_town(tokens, j - 1)
        ):
            continue
        first = tokens[i].text[:1]
        if first.isupper() or first.isdigit() or first in "“\"‘'(`":
            starts.append(i)
    return starts


#: States abbreviated in news style, which may close a sentence after their town.
_STATES = frozenset("ariz calif fla ill mass mich minn penn tenn tex va wash wis conn del".split())


def _state_after_town(tokens: list[Token], k: int) -> bool:
    """ "He lives in Dover, Del. The vote …": a state after its town's comma may end the
    sentence, where "Del. Stacey Plaskett" (a delegate) does not."""
    return tokens[k].lower in _STATES and k > 0 and tokens[k - 1].text == ","


def _is_abbreviation(word: Token, stop: Token) -> bool:
    if word.end != stop.start:
        return False
    return (
        word.lower in ABBREVIATIONS
        or (len(word.text) == 1 and word.text.isupper())
        or is_initials(word.text)
    )


def is_initials(word: str) -> bool:
    """ "J.M", "G.K", "H.W": dotted initials of a name, not a place ("N.J", "D.C")."""
    return _INITIALS.fullmatch(word) is not None and word not in _PLACE_INITIALS
