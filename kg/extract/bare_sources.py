"""Sources that can be no one's: a hortative "let's", a bare lowercase noun.

Reported-speech rules take the words before a cue as its source; where those words are a
suggestion to the reader ("Let's hope …") or a single lowercase noun with no article
("driven speculation", "required shareholder approval", "put to rest questions about"),
what was read is a clause around some other word, not an attribution. The pipeline drops
such readings with :func:`names_no_one` once :func:`kg.extract.filters.mend_indirect` has
mended their spans.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.phrases import PRONOUNS
from kg.extract.polls import POLL_WORDS
from kg.extract.wordsets import PHRASE_DETERMINERS, SAY_FORMS, words

#: The writer's suggestion to the reader ("Let's hope …", "let's assume …").
_HORTATIVES = words("let's let’s")
#: Words that stand alone for people: pronouns, quantifiers and nouns of a group, whether
#: or not they end in "-s" ("police said", "many say", "people posted"), and bodies named
#: by their function ("counsel argued", "leadership insisted": no train case, but read
#: before this filter and plainly someone's).
_GROUP_WORDS = PRONOUNS | words(
    """him her his its their them me my us our your which that some many most few several
    both each all none neither either one another others someone anyone everyone nobody
    somebody anybody everybody police people staff media clergy men women children
    counsel leadership management"""
)
#: Words that make the noun after them part of a phrase that is named: the source should
#: have taken them too, and a rule that left them out did so knowingly ("whose husband
#: signed", "That person said").
_NOUN_OPENERS = PHRASE_DETERMINERS | words("whose my your these those every no any")


def names_no_one(doc: Doc, item: Found) -> bool:
    """Whether the source is a hortative "let's" or a bare lowercase noun (see the module's
    docstring)."""
    if item.source is None:
        return False
    lo, hi = item.source
    if doc.tokens[lo].lower in _HORTATIVES:
        return True  # on train 4 such readings, none right
    # Headlines drop the article before a source of "say" ("Win or not, candidate says, …")
    # and before a poll ("Voters sour on the plan, poll finds").
    return (
        hi - lo == 1
        and _bare_singular_noun(doc, lo)
        and not _says(doc, item)
        and doc.tokens[lo].lower not in POLL_WORDS
    )


def _says(doc: Doc, item: Found) -> bool:
    return item.cue is not None and doc.tokens[item.cue[0]].lower in SAY_FORMS


def _bare_singular_noun(doc: Doc, k: int) -> bool:
    """ "… and driven speculation that …", "which required shareholder approval": one
    lowercase word, not a pronoun, a quantifier or a plural ("officials said"), with no
    article or possessive before it, is no speaker: a singular noun needs one to be a
    subject."""
    word = doc.tokens[k].text
    if not (word.isalpha() and word.islower()) or word in _GROUP_WORDS:
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # a plural: "officials", "voters"
    return k == 0 or doc.tokens[k - 1].lower not in _NOUN_OPENERS
