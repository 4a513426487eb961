"""Who "I" is in a column or an op-ed: the one author its byline names.

A column says "I have argued for years that …" and "My view is that …" in its author's own
voice, outside any quote; its byline ("By Marta Quill", a line of its own above the text)
names whom. Without it the reader can only keep "I" as the descriptor of an unnamed
speaker, which tells an analyst nothing. Bylines of several authors ("By A and B") name no
one "I" could mean, and neither does a transcript's turn ("A: I think …"), where "I" is the
one answering.
"""

from __future__ import annotations

import itertools

from kg.extract.doc import Doc
from kg.extract.names import name_like
from kg.extract.transcripts import NOT_SPEAKERS

#: How many lines may come before the byline: a headline, a standfirst, a kicker.
_BYLINE_LINES = 4
#: How many words a byline's name runs to ("By Ana María López Ruiz").
_MAX_NAME_WORDS = 5
#: What may follow the name on a byline's line: its role or desk ("By Marta Quill, Staff
#: Writer", "By Marta Quill | Opinion contributor").
_NAME_ENDS = frozenset({",", "|", "—", "–", "-", "(", "/"})
#: How many words a transcript's label runs to ("Sen. Tom Reyes:").
_MAX_LABEL = 4
#: Joined names: more than one author, so "I" is neither of them for sure.
_JOINERS = frozenset({"and", "&"})
#: How many lines must open with a label for the text to be a transcript: a column may have
#: one line such as "Lesson One: …" (the turn finder asks as many, see
#: :func:`kg.extract.turns.find_turns`).
_MIN_TURNS = 2


def byline_author(doc: Doc, known: str | None = None) -> str | None:
    """The name in a byline line near the top ("By Marta Quill"), else the ``known`` author
    (the one the caller was told of), or None; None too in an interview or a transcript,
    where lines open with whose turn it is ("Q:", "Lee:")."""
    turns = sum(_turn_label(doc, lo, hi) for lo, hi in doc.paragraphs())
    if turns >= _MIN_TURNS:
        return None
    return byline_name(doc) or known


def byline_name(doc: Doc) -> str | None:
    """The one name of a byline line near the top, or None."""
    tokens = doc.tokens
    # Lines counted as the reader sees them: a line of spaces alone is none.
    for lo, hi in doc.paragraphs()[:_BYLINE_LINES]:
        if tokens[lo].lower == "by" and (name := _name_after_by(doc, lo + 1, hi)) is not None:
            return name
    return None


def _turn_label(doc: Doc, lo: int, hi: int) -> bool:
    """The line opens with a speaker's label: "Q:", "A:", "Lee:", "Tom Reyes:" (not a
    heading's: "UPDATE:", "Photo:")."""
    tokens = doc.tokens
    colon = next(
        (j for j in range(lo, min(hi, lo + _MAX_LABEL + 1)) if tokens[j].text == ":"), None
    )
    return (
        colon is not None
        and colon > lo
        and all(tokens[j].is_cap and tokens[j].lower not in NOT_SPEAKERS for j in range(lo, colon))
    )


def _name_after_by(doc: Doc, lo: int, hi: int) -> str | None:
    tokens = doc.tokens
    stop = next((j for j in range(lo, hi) if tokens[j].text in _NAME_ENDS), hi)
    if _several_names(doc, lo, stop, hi):
        return None
    return _name(doc, lo, stop)


def _name(doc: Doc, lo: int, hi: int) -> str | None:
    """Tokens ``[lo, hi)`` as a person's name of two to five words ("Marta J. Quill")."""
    tokens = doc.tokens
    names = [j for j in range(lo, hi) if not _initial_dot(doc, j)]
    if not 2 <= len(names) <= _MAX_NAME_WORDS:
        return None  # "By then, …": no line of a name; a single word is too thin a name
    if not all(name_like(tokens[j].text) or _initial(tokens[j].text) for j in names):
        return None
    return doc.words(lo, hi)


def _several_names(doc: Doc, lo: int, stop: int, hi: int) -> bool:
    """Whether the byline joins names: "By Marta Quill and Tom Reyes", "By Marta Quill, Tom
    Reyes and Ann Lee"; not a role that joins words ("By Marta Quill, Science and Health
    Writer", where "Science" is no name)."""
    tokens = doc.tokens
    if any(tokens[j].lower in _JOINERS for j in range(lo, stop)):
        return True
    joiners = [j for j in range(stop, hi) if tokens[j].lower in _JOINERS]
    if not joiners or tokens[stop].text != ",":
        return False
    # The names after the first one, split at commas and joiners.
    commas = [j for j in range(stop + 1, hi) if tokens[j].text == ","]
    cuts = sorted([stop, *commas, *joiners, hi])
    parts = [(a + 1, b) for a, b in itertools.pairwise(cuts) if b > a + 1]
    return all(_name(doc, a, b) is not None for a, b in parts)


def _initial(word: str) -> bool:
    """ "J" of "By Ann J. Lee" (the tokenizer splits off its full stop)."""
    return len(word) == 1 and word.isupper()


def _initial_dot(doc: Doc, j: int) -> bool:
    return doc.tokens[j].text == "." and j > 0 and _initial(doc.tokens[j - 1].text)
