"""Whom "I" and "you" mean outside quotes: the author of a column, the guest of an interview.

News names its speakers; a column speaks in its author's voice ("I have argued for years
that …") and an interview printed as questions and answers in its guest's ("Q: You've been
talking about … A: … I just saw that new Rubio ad"). The byline says who the author is (see
:mod:`kg.extract.byline`); the text before the first question says whom the interview is
with ("Q&A with Vice President Joe Biden"), the first person it names. Without either the
reader keeps "I" as the descriptor of an unnamed speaker.
"""

from __future__ import annotations

import re

from kg.extract.byline import byline_author, byline_name
from kg.extract.doc import Doc
from kg.extract.registry import Registry

#: The labels of an interview's lines, and the marks after them ("Q:", "A.").
_QA_LABELS = frozenset({"Q", "A"})
_QA_MARKS = frozenset({":", "."})
#: How many questions and answers make an interview.
_MIN_EACH = 2


class Voices:
    """Who speaks in the first person, paragraph by paragraph."""

    def __init__(self, doc: Doc, registry: Registry, author: str | None = None) -> None:
        """``author``: whom the caller knows wrote the text, where no byline says."""
        self._doc = doc
        #: Paragraph → "Q" or "A" for an interview's lines; an unlabelled paragraph goes on
        #: with the line before it (an answer of several paragraphs).
        self._roles = _interview_roles(doc)
        self._guest: str | None = None
        self._interviewer: str | None = None
        self._author: str | None = None
        if self._roles:
            first = min(self._roles)
            opening = next(t.start for t in doc.tokens if t.para == first)
            # The byline's name is the interviewer's.
            self._interviewer = byline_name(doc)
            self._guest = _guest(doc, registry, opening, self._interviewer)
        else:
            self._author = byline_author(doc, author)

    def first_person(self, k: int) -> str | None:
        """Whom an "I" or "my" at token ``k`` (outside quotes) means."""
        if self._doc.quote_of[k] != -1:
            return None  # a quote's "I" is whoever is quoted
        if not self._roles:
            return self._author
        return self._guest if self._roles.get(self._doc.tokens[k].para) == "A" else None

    def labelled(self, lo: int, hi: int) -> str | None:
        """Whom a source that is an interview's label ("A" of "A: “…”") means: the guest
        for an answer, the interviewer the byline names for a question."""
        tokens = self._doc.tokens
        if (
            hi - lo != 1
            or tokens[lo].text not in _QA_LABELS
            or self._roles.get(tokens[lo].para) is None
        ):
            return None
        if lo > 0 and tokens[lo - 1].para == tokens[lo].para:
            return None  # a label opens its line
        return self._guest if tokens[lo].text == "A" else self._interviewer

    def second_person(self, k: int) -> str | None:
        """Whom a "you" at token ``k`` means: the guest, asked in a question."""
        if self._doc.quote_of[k] != -1 or self._roles.get(self._doc.tokens[k].para) != "Q":
            return None
        return self._guest


#: Words that say whom an interview is with ("An Interview With Former Envoy Teodor
#: Halvik", "Q&A with …"): the first name after them is the guest's, even when a headline
#: before them holds words in capitals that read as a name ("“The Channel Matters More Than
#: the Summit”: An Interview With …").
_WITH_GUEST = re.compile(r"\b(?:interview|Q&A|conversation)s? with\b", re.IGNORECASE)


def _guest(doc: Doc, registry: Registry, opening: int, interviewer: str | None) -> str | None:
    """Whom the interview is with: the first person named after its "interview with" before
    the first question, else the first person the text names before it."""
    said = _WITH_GUEST.search(doc.text, 0, opening)
    if said is not None:
        guest = registry.first_person(opening, besides=interviewer, after=said.end())
        if guest is not None:
            return guest
    return registry.first_person(opening, besides=interviewer)


def _interview_roles(doc: Doc) -> dict[int, str]:
    """The paragraphs of questions and answers, when the text has at least two of each."""
    tokens = doc.tokens
    roles: dict[int, str] = {}
    role: str | None = None
    labels = {"Q": 0, "A": 0}
    for k, end in doc.paragraphs():
        if tokens[k].text in _QA_LABELS and k + 1 < end and tokens[k + 1].text in _QA_MARKS:
            role = tokens[k].text
            labels[role] += 1
        if role is not None:
            roles[tokens[k].para] = role
    # One of each may be a list ("A. …" to "Q. …") or initials opening lines ("A. Mitchell
    # Palmer said …"), and reading a column as an interview loses its author's "I".
    return roles if min(labels.values()) >= _MIN_EACH else {}
