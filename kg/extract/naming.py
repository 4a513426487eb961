"""Names given to a thing: "the string of contests known as Super Tuesday", "Burma, also
known as Myanmar". The reported-speech rules read "known" as a cue of knowing, but a name
that follows "known as" is what the thing is called, not what anyone said or thinks.
:func:`gives_a_name` is checked once the mends have left such a reading without a source.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.found import Found


def gives_a_name(doc: Doc, item: Found) -> bool:
    """Whether the reading is "known as" with a capitalised name after it and no source
    (on train 13 such readings wrong, 3 right: PolNeAR marks few). "He is best known as a
    fan of …" says what people know of him and stays."""
    if item.cue is None or item.source is not None:
        return False
    known = item.cue[1] - 1
    tokens = doc.tokens
    if tokens[known].lower != "known" or known + 2 >= len(tokens):
        return False
    if tokens[known + 1].lower != "as":
        return False
    k = known + 2
    while k < len(tokens) - 1 and (not tokens[k].is_word or tokens[k].lower == "the"):
        k += 1  # an opening quote mark, "the": "known as ''the Poorhouse …''"
    return tokens[k].is_cap
