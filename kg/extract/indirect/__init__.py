"""Reported speech, beliefs and intentions: "X said (that) …", "X told the Y that …",
"according to X, …", "…, X said.", "X wants to …", "X anticipates that …".

A cue outside quotes with a subject before it takes the clause after it as content; a cue
at the end of a sentence takes the clause before it instead (:mod:`kg.extract.clauses`).
Which words are cues and where a content span ends come from a :class:`Judge`
(:mod:`kg.extract.judge`). "according to" (:mod:`kg.extract.according`) and cues whose
subject is content ("X seems …", passives; :mod:`kg.extract.impressions`) have modules of
their own.

The rules live in submodules: :mod:`~kg.extract.indirect.find` (the ``find_indirect``
loop and its small filters), :mod:`~kg.extract.indirect.verb` (a verb cue's source),
:mod:`~kg.extract.indirect.content` (its content once the source is known),
:mod:`~kg.extract.indirect.owned` (owned cue nouns and cue phrases),
:mod:`~kg.extract.indirect.openers` (gerund and infinitive openers),
:mod:`~kg.extract.indirect.inverted` (inverted sources after a comma),
:mod:`~kg.extract.indirect.relative_without_that` ("the things Lee said about …") and
:mod:`~kg.extract.indirect.sources` (checks of a source, and cues without one).
"""

from __future__ import annotations

from kg.extract.clauses import MAX_CONTENT
from kg.extract.indirect.find import find_indirect
from kg.extract.judge import Judge, LearnedJudge

__all__ = ["MAX_CONTENT", "Judge", "LearnedJudge", "find_indirect"]
