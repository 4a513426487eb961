"""Find the noun phrase that names a source, next to its cue, without a parser.

A source is the subject before the cue ("former Trump senior defense official Randall
Schriver said") or, after a quote, the inverted subject after it ("says a veteran North
Korea intelligence analyst"). The scans below walk token by token and stop at words that
cannot sit inside a name or description (verbs, conjunctions that start a clause, most
punctuation), so their cost is bounded by ``MAX_PHRASE`` tokens.

The finders live in submodules: :mod:`~kg.extract.phrases.before` (the subject before a
cue, ``np_before``, with :mod:`~kg.extract.phrases.core` for the bare phrase,
:mod:`~kg.extract.phrases.scan` for the backward scan and
:mod:`~kg.extract.phrases.appositive` for a source set off by commas or dashes),
:mod:`~kg.extract.phrases.after` (the inverted source after a cue, ``np_after``),
:mod:`~kg.extract.phrases.subject` (a sentence's subject) and
:mod:`~kg.extract.phrases.common` (word sets and tests they share).
"""

from __future__ import annotations

from kg.extract.phrases.after import name_in_quotes, np_after, title_after_of
from kg.extract.phrases.before import addressed_object, np_before, np_right_before, sender
from kg.extract.phrases.common import (
    NOT_DESCRIPTIONS,
    is_pronoun,
    without_anonymity_clause,
)
from kg.extract.phrases.subject import joined_clause_subject, sentence_subject
from kg.extract.wordsets import PRONOUNS

__all__ = [
    "NOT_DESCRIPTIONS",
    "PRONOUNS",
    "addressed_object",
    "is_pronoun",
    "joined_clause_subject",
    "name_in_quotes",
    "np_after",
    "np_before",
    "np_right_before",
    "sender",
    "sentence_subject",
    "title_after_of",
    "without_anonymity_clause",
]
