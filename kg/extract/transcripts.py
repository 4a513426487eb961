"""What a transcript's layout is made of: labels in capitals that open a paragraph and end
at a colon ("TAPPER:", "JAKE TAPPER:", '"PENCE:'). Shared by the turn finder
(:mod:`kg.extract.turns`), which makes them attributions, and the name registry
(:mod:`kg.extract.registry`), which indexes the names they print.
"""

from __future__ import annotations

from kg.extract.tokens import Token
from kg.extract.wordsets import words

#: Capitalised labels that head a paragraph without naming a speaker ("Fact check:").
NOT_SPEAKERS = words(
    """video watch update updated photos photo note editor editors read more related
    breaking correction click see also source sources via credit huffpollster exclusive
    live tweet map chart graphic poll q&a analysis opinion explainer factbox fact facts"""
)
#: A fact-check's headings in capitals ("THE CLAIM:", "THE RULING:"): no speakers either,
#: though in a headline's label such a noun may close a speaker's description ("Woman
#: Steps Forward With Bombshell Claim: …"), so the headline reader does not use them.
_HEADINGS = NOT_SPEAKERS | words("claim claims ruling verdict")
#: Marks that may open a paragraph before its label ('"PENCE: …').
OPENING_MARKS = frozenset({"“", '"', "``", "„"})
#: Longest label ("JAKE TAPPER").
MAX_LABEL = 3
#: Transcript labels in capitals that name a role, not a person ("UNIDENTIFIED MALE:",
#: "ANNOUNCER:", "QUESTION:").
ROLE_LABELS = words(
    """unidentified unknown announcer audience question answer crowd male female moderator
    narrator voice voices crosstalk protester protesters panelist participant"""
)


def _is_label_word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def label_colon(tokens: list[Token], first: int) -> int | None:
    """The colon that closes a transcript's label opening at ``first`` ("TAPPER:", "JAKE
    TAPPER:"): one to three words in capitals, none a heading's ("UPDATE:")."""
    k = first
    while k < len(tokens) and k - first < MAX_LABEL and _is_label_word(tokens[k].text):
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].text != ":":
        return None
    if any(tokens[j].lower in _HEADINGS for j in range(first, k)):
        return None
    return k


def heading_colon(tokens: list[Token], first: int) -> int | None:
    """The colon that closes a heading in capitals opening at ``first`` ("THE FACTS:",
    "UPDATE:"): a label of one to three words, one of them no speaker's."""
    k = first
    while k < len(tokens) and k - first < MAX_LABEL and _is_label_word(tokens[k].text):
        k += 1
    if k == first or k >= len(tokens) or tokens[k].text != ":":
        return None
    return k if any(tokens[j].lower in _HEADINGS for j in range(first, k)) else None


def opens_paragraph(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens its paragraph, or follows only an opening quotation mark
    ('"PENCE: …')."""
    para = tokens[k].para
    if k > 0 and tokens[k - 1].para == para:
        k -= 1
        if tokens[k].text not in OPENING_MARKS:
            return False
    return k == 0 or tokens[k - 1].para != para
