"""Direct quotes: a quote plus the clause that says whose it is.

Three shapes cover nearly all of news style:

- trailing frame: “…,” Trump said about Kim in July. / “…,” says a veteran analyst.
- leading frame: Schriver told the Hudson Institute: “…” / … offered this conclusion:¶“…”
- continuation: a further quote right after the frame (“…,” Kim said, “and …”), or a
  paragraph that opens with a quote and has no cue of its own, belongs to the same speaker.

The rules live in submodules: :mod:`~kg.extract.direct.find` (the ``find_direct`` loop),
:mod:`~kg.extract.direct.trailing` (trailing frames, their tails, "according to" after a
quote and the words that lead into it), :mod:`~kg.extract.direct.described` (the
description after an inverted source), :mod:`~kg.extract.direct.leading` (leading frames),
:mod:`~kg.extract.direct.subjects` (a leading frame's speaker when no subject stands
before its cue), :mod:`~kg.extract.direct.uncued` (colon frames and verbs the lexicon
lacks), :mod:`~kg.extract.direct.continued` (continuations and a second cue's quote) and
:mod:`~kg.extract.direct.common` (word sets and checks they share).
"""

from __future__ import annotations

from kg.extract.direct.find import find_direct

__all__ = ["find_direct"]
