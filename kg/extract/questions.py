"""Questions put to someone: "Asked whether he would run, Reid said …", "… when asked
about his daughter's work".

PolNeAR annotates the question as an attribution of its own, with "asked" as cue, the
question as content and (nearly always: 36 of 38 in train) no source: the one who asked is
not named; when they are ("Asked by Matt Lauer whether …") they are the source. The content
is the "if/whether/wh-" clause, or the object of "about", up to the next comma or the end of
the sentence.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING, trim
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.phrases import np_after
from kg.extract.wordsets import QUESTION_WORDS, WEEKDAYS, words

#: Words that open the question after "asked"; "to" opens a request ("when asked to confirm
#: …", "are asked to rank their choices": PolNeAR's content is the infinitive).
_QUESTION_OPENERS = QUESTION_WORDS | words("about to")
#: Words before "asked" that make it a clause of its own ("when asked if …") or a passive
#: ("Rubio was asked whether …": the question is still unattributed in PolNeAR).
_LEAD_INS = words("when after if once , ; — was were been being is are")
_MAX_QUESTION = 40
_END = frozenset({",", "?", "!", ";", "—", "–", "-", "--", ":"})


def asked_question(doc: Doc, k: int) -> Found | None:
    """The question of "asked" at token ``k``, when it is put to the sentence's speaker."""
    tokens = doc.tokens
    sent_start, sent_end = doc.sentence_bounds(k)
    if tokens[k].lower != "asked" or not (k == sent_start or tokens[k - 1].lower in _LEAD_INS):
        return None
    opener = k + 1
    asker = None
    if opener < sent_end and tokens[opener].lower == "by":
        # "Asked by Matt Lauer whether …": the one who asks is named, and PolNeAR makes
        # them the source (all 12 times in train).
        asker = np_after(doc, opener + 1, sent_end)
        if asker is None:
            return None
        opener = asker[1]
    opener = _past_adjunct(doc, opener, sent_end)
    if opener >= sent_end or tokens[opener].lower not in _QUESTION_OPENERS:
        return None
    start = opener + 1 if tokens[opener].lower == "about" else opener
    end = start
    limit = min(sent_end, start + _MAX_QUESTION)
    while end < limit and not _ends_question(doc, end):
        end += 1
    question = trim(doc, start, end)
    if question is None:
        return None
    return Found([question], (k, k + 1), asker, "indirect", 0.8, frame=(k, start))


_MAX_ADJUNCT = 10
_ADJUNCT_STARTS = WEEKDAYS | words(
    """on at in during later again specifically repeatedly recently earlier last this"""
)


def _past_adjunct(doc: Doc, k: int, sent_end: int) -> int:
    """ "Asked on Monday whether …", "Asked during a debate in Iowa why …": the question
    opens after a short time or place phrase (not at "about", which opens it)."""
    tokens = doc.tokens
    if k >= sent_end or tokens[k].lower not in _ADJUNCT_STARTS:
        return k
    for j in range(k + 1, min(sent_end, k + _MAX_ADJUNCT)):
        if tokens[j].text in _END or doc.quote_of[j] != -1:
            break
        if tokens[j].lower in _QUESTION_OPENERS - _RELATIVE_OPENERS:
            return j
        if tokens[j].lower in _PERSON_QUESTIONS and tokens[j - 1].is_cap:
            return j  # "Asked on Fox News who leads …": no relative "who" after a name
    return k


#: Openers that may also start a relative clause after the adjunct's noun ("Asked at a
#: rally where …", "in a debate which …").
_RELATIVE_OPENERS = words("who whom which when where")
#: "who" after a capitalised word (a network, a day) opens the question (train 2 of 2).
_PERSON_QUESTIONS = words("who whom")


def _ends_question(doc: Doc, k: int) -> bool:
    """A comma, colon or dash outside quotes ends the question ("when asked how she would
    define it - the term Lee used - Ann …"), and so does a quote closing on a comma
    ("Asked why he left during an appearance on “This Week,” Lee said …"). A full stop
    inside the sentence is an abbreviation's ("whether Mr. Lee would run")."""
    if doc.quote_of[k] == -1:
        return doc.tokens[k].text in _END
    return doc.tokens[k].text in CLOSING and doc.tokens[k - 1].text == ","
