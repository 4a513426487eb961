"""Who "I" is in a column or an op-ed: the one author its byline names.

A column says "I have argued for years that …" and "My view is that …" in its author's own
voice, outside any quote; its byline ("By Marta Quill", a line of its own above the text)
names whom. Without it the reader can only keep "I" as the descriptor of an unnamed
speaker, which tells an analyst nothing. Bylines of several authors ("By A and B") name no
one "I" could mean, and neither does a transcript's turn ("A: I think …"), where "I" is the
one answering.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.names import name_like

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


def byline_author(doc: Doc, known: str | None = None) -> str | None:
    """The name in a byline line near the top ("By Marta Quill"), else the ``known`` author
    (the one the caller was told of), or None; None too in an interview or a transcript,
    where lines open with whose turn it is ("Q:", "Lee:")."""
    if any(_turn_label(doc, lo, hi) for lo, hi in doc.paragraphs()):
        return None
    return byline_name(doc) or known


def byline_name(doc: Doc) -> str | None:
    """The one name of a byline line near the top, or None."""
    tokens = doc.tokens
    for lo, hi in doc.paragraphs():
        if tokens[lo].para >= _BYLINE_LINES:
            break
        if tokens[lo].lower == "by" and (name := _name_after_by(doc, lo + 1, hi)) is not None:
            return name
    return None


def _turn_label(doc: Doc, lo: int, hi: int) -> bool:
    """The line opens with a speaker's label: "Q:", "A:", "Lee:", "Tom Reyes:"."""
    tokens = doc.tokens
    colon = next(
        (j for j in range(lo, min(hi, lo + _MAX_LABEL + 1)) if tokens[j].text == ":"), None
    )
    return colon is not None and colon > lo and all(tokens[j].is_cap for j in range(lo, colon))


def _name_after_by(doc: Doc, lo: int, hi: int) -> str | None:
    tokens = doc.tokens
    stop = next((j for j in range(lo, hi) if tokens[j].text in _NAME_ENDS), hi)
    if any(tokens[j].lower in _JOINERS for j in range(lo, hi)):
        return None
    names = [j for j in range(lo, stop) if not _initial_dot(doc, j)]
    if not 2 <= len(names) <= _MAX_NAME_WORDS:
        return None  # "By then, …": no line of a name; a single word is too thin a name
    if not all(name_like(tokens[j].text) or _initial(tokens[j].text) for j in names):
        return None
    return doc.words(lo, stop)


def _initial(word: str) -> bool:
    """ "J" of "By Ann J. Lee" (the tokenizer splits off its full stop)."""
    return len(word) == 1 and word.isupper()


def _initial_dot(doc: Doc, j: int) -> bool:
    return doc.tokens[j].text == "." and j > 0 and _initial(doc.tokens[j - 1].text)
