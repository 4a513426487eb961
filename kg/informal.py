"""Informal spellings of question words, rewritten to their full forms before parsing.

Analysts type "who's", "whats", "how'd" as often as "who is"; normalization would drop the
"'s" as a possessive and leave "who siegfried hecker", which no rule reads as asking who
someone is. Only question words and auxiliaries are expanded: "Kim's" stays a possessive.
"""

from __future__ import annotations

import re

#: Contracted or apostrophe-less question forms and what they stand for. "'d" after a
#: question word is "did" in a question about the past ("how'd", "where'd"), which is all the
#: article reports.
_FULL_FORMS = {
    "who's": "who is",
    "whos": "who is",
    "what's": "what is",
    "whats": "what is",
    "where's": "where is",
    "wheres": "where is",
    "when's": "when is",
    "how's": "how is",
    "why's": "why is",
    "that's": "that is",
    "who'd": "who did",
    "what'd": "what did",
    "where'd": "where did",
    "when'd": "when did",
    "how'd": "how did",
    "why'd": "why did",
    "who're": "who are",
    "what're": "what are",
    "who've": "who have",
    "who'll": "who will",
    "what'll": "what will",
}

_CONTRACTION = re.compile(
    r"(?<![\w'’])("
    + "|".join(re.escape(k).replace("'", "['’]") for k in sorted(_FULL_FORMS, key=len)[::-1])
    + r")(?![\w'’])",
    re.IGNORECASE,
)


def expand_contractions(text: str) -> str:
    """``text`` with contracted question words written out, keeping a leading capital.

    >>> expand_contractions("Who's Siegfried Hecker? whats Kim's job")
    "Who is Siegfried Hecker? what is Kim's job"
    """

    def full(match: re.Match[str]) -> str:
        word = match.group(1)
        expanded = _FULL_FORMS[word.lower().replace("’", "'")]
        return expanded[:1].upper() + expanded[1:] if word[:1].isupper() else expanded

    return _CONTRACTION.sub(full, text)
