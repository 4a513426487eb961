"""Which of two people who share a surname an honorific means: "Hillary Clinton … Bill
Clinton … Mrs. Clinton said" is Hillary Clinton, though Bill Clinton was printed nearer.

The evidence is the text's own: the honorific printed with a full name ("Mrs. Ann Lee"),
the pronoun that follows a full name ("Ann Lee said she …"), and a short list of common
English given names. Where there is none, the nearest full name stands (see
:meth:`kg.extract.registry.Registry.resolve`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from kg.extract.doc import Doc
from kg.extract.wordsets import words

Gender = Literal["f", "m"]

#: Honorifics that say whether a person is a woman or a man.
_HONORIFICS: dict[str, Gender] = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
}

#: Subject pronouns that follow a person's name in news text ("Ann Lee said she …"). The
#: object and possessive forms are left out: "her" is as often someone else ("Bo Chan was
#: free, the president told her").
_PRONOUNS: dict[str, Gender] = {"he": "m", "she": "f"}

# Data written by hand for this module (not taken from any corpus): common English given
# names that are nearly always a woman's or a man's. Names given to both (Leslie, Kelly,
# Jordan, Chris, Pat, Terry, Robin, Lynn, Dana, Jean …) are left out on purpose.
_WOMEN = words(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy
    lisa margaret betty sandra ashley dorothy kimberly emily donna michelle michele carol
    amanda melissa deborah debbie debra stephanie rebecca laura sharon cynthia kathleen amy
    shirley angela helen anna ann anne brenda pamela nicole emma samantha katherine
    catherine kathryn christine christina rachel carolyn janet ruth maria heather diane
    dianne virginia julie joyce victoria olivia joan evelyn judith judy megan cheryl andrea
    hannah martha jacqueline frances gloria alice teresa theresa doris janice marie grace
    julia beverly denise marilyn amber danielle sophia diana brittany natalie charlotte
    rose lori tammy jane wendy hillary hilary chelsea elaine nina valerie claire eleanor
    ellen jill joanne kate katie lauren paula peggy phyllis sally sue sylvia tina vanessa
    yvonne loretta carly patty maxine kirsten kristen kristin erin gwen louise marsha nora
    irene lucy molly sheila stacy tara wanda susanna elise elena megyn melania ivanka
    kellyanne nikki huma condoleezza madeleine"""
)
_MEN = words(
    """james jim robert bob john michael mike william bill billy david dave richard dick
    joseph joe thomas tom charles chuck christopher daniel dan matthew anthony tony mark
    donald steven stephen steve paul andrew andy joshua kenneth ken kevin brian george
    timothy tim ronald ron edward ed jason jeffrey jeff ryan jacob gary nicholas nick eric
    jonathan jon larry justin scott brandon benjamin ben samuel gregory greg alexander
    frank patrick raymond ray jack dennis jerry tyler aaron henry adam douglas doug nathan
    peter zachary kyle walter harold jeremy ethan carl keith roger gerald sean arthur noah
    lawrence jesse bryan bruce albert gabriel alan wayne roy ralph randy eugene gene vincent
    russell louis bobby philip phil johnny mitch mitchell ted
    bernard hugh howard harry fred freddy rick rob martin neil kurt rudy jerome chad brad
    todd marc glenn bernie barack marco jeb mitt newt reince corey rex vladimir"""
)


def honorific_gender(word: str) -> Gender | None:
    """ "Mrs." → "f", "Mr" → "m"; None for any other word."""
    return _HONORIFICS.get(word.lower())


#: Kin words that tell the gender of the relative named after them ("her son, Bo Lee").
_KIN_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(("wife", "daughter", "mother", "sister", "widow"), "f"),
    **dict.fromkeys(("husband", "son", "father", "brother", "widower"), "m"),
}


def kin_gender(word: str) -> Gender | None:
    """ "son" → "m", "widow" → "f"; None for any other word."""
    return _KIN_GENDERS.get(word.lower())


def noun_gender(noun: str) -> Gender | None:
    """ "spokeswoman": f, "spokesman": m; most nouns for people tell no gender."""
    if noun.endswith("woman"):
        return "f"
    return "m" if noun.endswith("man") and noun not in _NOT_MEN else None


#: Nouns in "-man" that are no man ("human", "shaman" may be anyone).
_NOT_MEN = words("human shaman ombudsman")


def given_name_gender(names: Iterable[str]) -> Gender | None:
    """The gender of a full name's first given name (initials skipped: "J. Ann Lee")."""
    for name in names:
        if len(name.rstrip(".")) <= 1:
            continue
        lowered = name.lower()
        return "f" if lowered in _WOMEN else "m" if lowered in _MEN else None
    return None


def pronoun_after(doc: Doc, start: int, stop: int) -> Gender | None:
    """The gender of the first "he" or "she" after a full name that ends at token
    ``start``: up to the end of the next sentence and never past ``stop`` (where another
    name is printed, which a pronoun after it would more likely mean). Pronouns inside
    quotation marks are the speaker's words about someone else, so they do not count."""
    tokens = doc.tokens
    sentence = doc.sentence_of[start - 1]
    end = doc.sentences[min(sentence + 1, len(doc.sentences) - 1)][1]
    for k in range(start, min(stop, end)):
        if doc.quote_of[k] != -1:
            continue
        found = _PRONOUNS.get(tokens[k].lower)
        if found:
            return found
    return None
