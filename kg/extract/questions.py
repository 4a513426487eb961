"""Questions put to someone: "Asked whether he would run, Reid said …", "… when asked
about his daughter's work".

PolNeAR annotates the question as an attribution of its own, with "asked" as cue, the
question as content and (nearly always: 36 of 38 in train) no source: the one who asked is
not named; when they are ("Asked by Matt Lauer whether …") they are the source. The content
is the "if/whether/wh-" clause, or the object of "about", up to the next comma or the end of
the sentence; in a fronted or passive question, past an aside set off by commas after which
the question goes on.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING, trim
from kg.extract.cues import is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.phrases import np_after
from kg.extract.phrases.common import closing_comma
from kg.extract.wordsets import ARTICLES, QUESTION_WORDS, SUBJECT_PRONOUNS, WEEKDAYS, words

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
    if asker is None and tokens[k - 1].text == ",":
        asker = _named_before_aside(doc, sent_start, k - 1)
    start = opener + 1 if tokens[opener].lower == "about" else opener
    end = start
    limit = min(sent_end, start + _MAX_QUESTION)
    fronted = k == sent_start or tokens[k - 1].lower in _PASSIVE
    spans: list[TokenRange] = []
    while end < limit and not _ends_question(doc, end):
        end += 1
        if end < limit and fronted:
            after = _past_aside(doc, end, limit)
            if after != end and tokens[end + 1].lower in _RELATIVE_ASIDES:
                # "whether the plan, which critics called a giveaway, would pass": the
                # relative clause is a reading of its own, left out of the question.
                spans.append((start, end))
                start = after
            end = after
    spans.append((start, end))
    question = [span for lo, hi in spans if (span := trim(doc, lo, hi)) is not None]
    if not question:
        return None
    return Found(question, (k, k + 1), asker, "indirect", 0.8, frame=(k, question[0][0]))


def _named_before_aside(doc: Doc, sent_start: int, comma: int) -> TokenRange | None:
    """ "Ann Lee, who covers the port, asked whether …": a name opens the sentence and an
    aside set off by commas (a relative clause or an apposition) ends right before
    "asked", so she asked. The source is the name with its aside, as other sources are
    drawn. The aside holds no other comma, so a list is never read so."""
    tokens = doc.tokens
    first = next((j for j in range(sent_start, comma) if tokens[j].text == ","), None)
    if first is None or first == sent_start or first + 1 >= comma:
        return None
    if not all(tokens[j].is_cap and doc.quote_of[j] == -1 for j in range(sent_start, first)):
        return None
    return sent_start, comma + 1


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
            return j  # "Asked on Ulm Radio who leads …": no relative "who" after a name
    return k


#: Openers that may also start a relative clause after the adjunct's noun ("Asked at a
#: rally where …", "in a debate which …").
_RELATIVE_OPENERS = words("who whom which when where")
#: "who" after a capitalised word (a network, a day) opens the question (train 2 of 2).
_PERSON_QUESTIONS = words("who whom")


#: Words before "asked" that make the sentence's own clause come before the question
#: ("Lee was asked whether …"), so no verb of its own follows an aside in the question.
_PASSIVE = words("was were been being is are")
#: Words after a comma that open an aside inside the question: a relative clause or a
#: phrase of time or place ("whether the plan, which critics called a giveaway, …").
_ASIDE_OPENERS = words("which who whose in on at during")
_MAX_ASIDE = 16
_RELATIVE_ASIDES = words("which who whose")


def _past_aside(doc: Doc, k: int, limit: int) -> int:
    """ "Asked whether the plan, which critics called a giveaway, would pass, Lee said …":
    an aside set off by commas inside a fronted or passive question, after which the
    question goes on with a lowercase word (its verb, "that"), is skipped; the question
    ends at a comma only where the sentence's own clause starts."""
    if doc.tokens[k].text != "," or doc.quote_of[k] != -1 or k + 1 >= limit:
        return k
    if doc.tokens[k + 1].lower not in _ASIDE_OPENERS:
        return k
    m = closing_comma(doc, k + 2, min(limit - 1, k + _MAX_ASIDE), _END - {","})
    if m is None:
        return k
    after = doc.tokens[m + 1]
    goes_on = (
        after.is_word
        and after.text.islower()
        and after.lower not in _MAIN_CLAUSE_OPENERS
        and not is_speech_word(after.lower)
    )
    return m + 1 if goes_on else k


#: Words after an aside that open the sentence's own clause, not more of the question.
_MAIN_CLAUSE_OPENERS = SUBJECT_PRONOUNS | ARTICLES | words("but and so yet this")


def _ends_question(doc: Doc, k: int) -> bool:
    """A comma, colon or dash outside quotes ends the question ("when asked how she would
    define it - the term Lee used - Ann …"), and so does a quote closing on a comma
    ("Asked why he left during an appearance on “This Week,” Lee said …"). A full stop
    inside the sentence is an abbreviation's ("whether Mr. Lee would run")."""
    if doc.quote_of[k] == -1:
        return doc.tokens[k].text in _END
    return doc.tokens[k].text in CLOSING and doc.tokens[k - 1].text == ","
