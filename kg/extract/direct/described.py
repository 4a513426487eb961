"""The description after an inverted source in a trailing frame: "“…,” said Dana
Ulm, Republican of Oregon, who …" runs the source to the end of the sentence,
unless a participle or preposition opens a phrase on the circumstances (", with her son in
tow") or a verb of saying starts a statement of its own (", who said …").
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.direct.common import CLAUSE_START, SENTENCE_END, is_speech
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.judge import Judge
from kg.extract.phrases import title_after_of
from kg.extract.phrases.common import TITLE_PARTICIPLES
from kg.extract.wordsets import words

#: Prepositions that open a phrase on the circumstances of a statement, not on its source
#: ("said O'Neill, on his first day …", "said Lee, 31, with her son in tow").
_CIRCUMSTANCE_PREPS = words("on after with about during in at while before from amid since despite")

STATEMENT_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds"})


def _states(doc: Doc, k: int) -> bool:
    """A verb of saying in a relative clause that reports a statement of its own ("who
    said …", "who argued that …"), not one that describes the source ("who advises the
    party", "who has predicted every election since 1984")."""
    after = doc.tokens[k + 1].lower if k + 1 < len(doc.tokens) else ""
    return doc.tokens[k].lower in STATEMENT_VERBS or after == "that"


def description_end(doc: Doc, end: int, stop: int) -> int:
    """ "said Dana Ulm, Republican of Oregon, who …": news style puts the
    description after an inverted source, up to the end of the sentence."""
    if end >= stop or doc.tokens[end].text != ",":
        return end
    k = end + 1
    if k < stop and _ends_description(doc, k):
        return end  # ", adding that …" / ", he said" / ", on his first day" is no description
    while stop > k and doc.tokens[stop - 1].text in SENTENCE_END | {","}:
        stop -= 1
    j = k
    relative = False
    while j < stop:
        title = title_after_of(doc, j)  # ", author of “Dams,” a history of …"
        if title is not None:
            j = title
            continue
        if doc.tokens[j].text == "," and j + 1 < stop and _circumstance(doc, j + 1):
            # ", 31, with her son in tow": the circumstances, not the source (train 2
            # sources right, none lost; before, only a participle ended it here)
            return j
        if doc.tokens[j].lower == "who":
            # ", a pollster who advised Clinton", ", a professor who has predicted every
            # race", ", who has advised Lee": a verb of saying in a relative clause
            # describes the source too (7 train sources right, none lost; right after the
            # name, 2 more); ", who said …" or ", who argued that …" is a statement of its
            # own (``_states``).
            relative = True
        speech = (
            is_speech(doc, j)
            and not doc.tokens[j].is_cap
            and not _gerund_after_preposition(doc, j, k)
        )
        if (speech and (not relative or _states(doc, j))) or doc.quote_of[j] != -1:
            # ", who said there were “…”": a second statement, not a description (a
            # capitalised word is a name: "the UCLA Anderson Forecast")
            return end
        j += 1
    return stop


#: Prepositions whose object a gerund of saying is ("a leading voice in demanding …").
_GERUND_PREPOSITIONS = words("in for of by")


def _gerund_after_preposition(doc: Doc, j: int, k: int) -> bool:
    """ "said Ann Lee, a leading voice in demanding a new ferry": a gerund of saying after
    a preposition inside the description is part of it, no statement of its own."""
    return (
        j > k
        and doc.tokens[j].lower.endswith("ing")
        and doc.tokens[j - 1].lower in _GERUND_PREPOSITIONS
    )


def _ends_description(doc: Doc, k: int) -> bool:
    """A word right after the source's comma that starts no description of it."""
    return doc.tokens[k].lower in CLAUSE_START or _circumstance(doc, k)


def _circumstance(doc: Doc, k: int) -> bool:
    """A participle or preposition that opens a phrase on the statement or the speaker's
    state, not on who the source is (", surrounded by his siblings", ", still angered
    by …": train 3 sources right, none lost)."""
    word = doc.tokens[k].lower
    if word == "still" and k + 1 < len(doc.tokens):
        word = doc.tokens[k + 1].lower
    if word in TITLE_PARTICIPLES:
        return False
    past = word.endswith("ed") and doc.tokens[k].text.islower()
    return word.endswith("ing") or past or word in _CIRCUMSTANCE_PREPS


#: How sure the cue model must be of a verb in the relative clause to free it: the learned
#: threshold let the source of direct quotes lose clauses PolNeAR keeps (held-out fifth of
#: train: 2 direct quotes lost at the model's threshold, none at this one).
_SURE_RELATIVE_CUE = 0.9
#: Words from "who" to the clause's verb ("who has long been pushing for").
_RELATIVE_LEAD = 4


def free_relative_cue(doc: Doc, item: Found, judge: Judge) -> None:
    """ "“…,” said Pierre Vos, a professor of law, who likened the budget to a sinking
    ship": a relative clause after the source whose verb is a cue the model is sure of
    reports something of its own (PolNeAR: source "who", the clause's object the content);
    the quote's source ends before its comma, and the clause's words are freed for the
    reported-speech rules. On train 7 such sources made right, dev and the held-out fifth
    unchanged."""
    if item.source is None or item.cue is None or item.source[0] < item.cue[0]:
        return
    lo, hi = item.source
    comma = next((j for j in range(lo + 1, hi - 1) if _opens_relative(doc, j)), None)
    if comma is None:
        return
    for k in range(comma + 2, min(hi, comma + 2 + _RELATIVE_LEAD)):
        if judge.cue_score(doc, k, LEXICON.get(doc.tokens[k].lower)) >= _SURE_RELATIVE_CUE:
            item.source = (lo, comma)
            doc.used.difference_update(range(comma, hi))
            sentence = doc.sentence_of[item.cue[0]]
            if doc.sentence_source.get(sentence) == (lo, hi):
                doc.sentence_source[sentence] = item.source
            return


def _opens_relative(doc: Doc, j: int) -> bool:
    return doc.tokens[j].text == "," and doc.tokens[j + 1].lower == "who"
