"""Sources of gerund and infinitive cues: "after determining that …", "trying to tell …".

A gerund cue after a subordinator ("after", "while", "having") has no noun before it;
its source is the sentence's speaker, or the subject after the opening phrase's comma
(``gerund_subject``), and what the opening phrase reports ends before that subject. An
infinitive cue after a verb or adjective of control ("Lee is trying to tell voters that
…") takes that verb's subject (``infinitive_subject``). Either subject stays free for its
own verb.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.indirect.sources import (
    EXPLETIVES,
    capitalised_participle,
    ends_in_verb,
    has_word,
)
from kg.extract.phrases import joined_clause_subject, np_before, sentence_subject
from kg.extract.wordsets import WEEKDAYS, words

#: Subordinators before a gerund cue whose subject is the sentence's ("after determining
#: that …", "While saying that he respects her, he …", "won votes by promising …"; "by",
#: a loss in round 0.5.0, gained 38 train attributions in 0.8.x, when the nesting and
#: "began by saying" rules were in place; "Besides attacking …, Lee asserted": 1 more).
_GERUND_SUBORDINATORS = words("after while in before when since upon without by despite besides")


def subordinate_gerund(doc: Doc, k: int, sent_start: int) -> bool:
    """A gerund cue right after a subordinator ("… after determining that …"), or a
    perfect participle ("Having announced that …, the judge said …")."""
    return _gerund_opener(doc, k, sent_start) is not None


def _gerund_opener(doc: Doc, k: int, sent_start: int) -> int | None:
    """Where the subordinator before a gerund cue starts ("after", "having", "in
    addition to"), or None."""
    if _bare_opening_participle(doc, k, sent_start):
        return k  # "Conceding that …, he warned …": the participle opens the phrase itself
    if k - 1 < sent_start:
        return None
    before = doc.tokens[k - 1].lower
    if before == "having" and doc.tokens[k].text.islower():
        return k - 1
    if not doc.tokens[k].lower.endswith("ing"):
        return None
    if before in _GERUND_SUBORDINATORS:
        return k - 1
    if (
        k - 2 >= sent_start
        and before.endswith("ly")
        and doc.tokens[k - 1].text.islower()
        and doc.tokens[k - 2].lower in _GERUND_SUBORDINATORS
    ):
        return k - 2  # "…, without specifically naming her": the adverb is the gerund's
    # "In addition to stating that …, Lee has vowed …"
    addition = [t.lower for t in doc.tokens[max(sent_start, k - 3) : k]]
    return k - 3 if addition == ["in", "addition", "to"] else None


def _bare_opening_participle(doc: Doc, k: int, sent_start: int) -> bool:
    """An "-ing" word that opens its sentence ("Conceding that …, he warned"); not after a
    connector ("But touting the budget, the mayor spoke …": PolNeAR gives such a phrase
    no source, see ``find._CONNECTIVES``)."""
    return k == sent_start and doc.tokens[k].lower.endswith("ing")


#: Words before "to" whose subject is the infinitive's ("is trying to tell", "are more
#: likely to say", "refused to endorse", "has yet to explain", "was careful not to name").
_CONTROL = words(
    """likely unlikely able unable going set poised ready willing eager want wants wanted
    try tries tried continue continues continued begin begins began begun use used refuse
    refuses refused fail fails failed decline declines declined decide decides decided
    hope hopes hoped plan plans planned seek seeks sought move moves moved need needs
    needed has have had yet quick careful"""
)


def infinitive_subject(doc: Doc, to: int, sent_start: int) -> TokenRange | None:
    """The subject of an infinitive cue after a verb or adjective of control ("Lee is
    trying to tell voters that …", "Voters are slightly more likely to say …"): the subject
    of that verb."""
    verb = to - 1
    if verb - 1 > sent_start and doc.tokens[verb].lower == "not":
        verb -= 1  # "decided not to endorse"
    before = doc.tokens[verb]
    if verb == sent_start and capitalised_participle(before.text):
        return _subject_after_opening(doc, to)
    if not (
        before.lower in _CONTROL or (before.text.islower() and before.lower.endswith(("ing", "ed")))
    ):
        return _infinitive_agent(doc, to, sent_start)
    while verb - 1 > sent_start and (
        doc.tokens[verb - 1].lower in _DEGREE
        or (doc.tokens[verb - 1].text.islower() and doc.tokens[verb - 1].lower.endswith("ly"))
    ):
        verb -= 1  # "are slightly more likely to say"
    subject = np_before(doc, verb, sent_start)
    if (
        subject is None
        or doc.any_used(*subject)
        or ends_in_verb(doc, subject)
        or not has_word(doc, subject)
        or doc.tokens[subject[0]].lower in EXPLETIVES | _NOT_SUBJECTS
    ):
        return None
    return subject


def _subject_after_opening(doc: Doc, to: int) -> TokenRange | None:
    """ "Trying to explain his view, Lee said …": an infinitive cue inside a participle
    phrase that opens the sentence is the act of the subject after the phrase's comma."""
    sent_end = doc.sentence_bounds(to)[1]
    comma = next((j for j in range(to + 1, sent_end) if doc.tokens[j].text == ","), None)
    if comma is None or doc.any_used(to + 1, comma):
        return None
    subject = sentence_subject(doc, comma + 1, sent_end)
    if subject is None or subject[0] != comma + 1 or not has_word(doc, subject):
        return None
    return subject


_DEGREE = words("more less most much far even enough")

#: Verbs whose object does what the infinitive says ("led Lee to declare", "leaving many
#: to wonder whether …"), and "for" before the infinitive's own subject ("enough for Lee to
#: claim", "common for press reports to portray"); "pressure on Lee to say" too.
_CAUSING = words(
    """lead leads led leading leave leaves left leaving cause causes caused causing prompt
    prompts prompted prompting drive drives drove driving force forces forced forcing allow
    allows allowed allowing for on"""
)


def _infinitive_agent(doc: Doc, to: int, sent_start: int) -> TokenRange | None:
    """Who does an infinitive cue that follows a noun phrase: the object of a verb of
    causing ("The vote led Lee to declare …"), the subject after "for" ("enough for Lee to
    claim …"), or a headline's subject ("Union to endorse Lee.")."""
    agent = _caused(doc, to, sent_start) or _headline_subject(doc, to, sent_start)
    if agent is None or not has_word(doc, agent) or ends_in_verb(doc, agent):
        return None
    if any(j in doc.used or doc.quote_of[j] != -1 for j in range(*agent)):
        return None
    if doc.tokens[agent[0]].lower in EXPLETIVES | _NOT_SUBJECTS:
        return None
    return agent


_MAX_AGENT = 8
#: Words no agent between a verb of causing and "to" holds.
_NOT_IN_AGENT = words("to that who which whom whose is are was were be been")


def _caused(doc: Doc, to: int, sent_start: int) -> TokenRange | None:
    """ "led Mayor Ann Lee to", "pressure on her to": the words between the verb of causing
    and "to"."""
    for j in range(to - 1, max(sent_start, to - 1 - _MAX_AGENT) - 1, -1):
        token = doc.tokens[j]
        if token.lower in _CAUSING and j < to - 1:
            return (j + 1, to) if token.lower != "on" or _pressure_on(doc, j, sent_start) else None
        if not token.is_word or token.lower in _NOT_IN_AGENT:
            return None
    return None


def _pressure_on(doc: Doc, on: int, sent_start: int) -> bool:
    return on - 1 >= sent_start and doc.tokens[on - 1].lower == "pressure"


def _headline_subject(doc: Doc, to: int, sent_start: int) -> TokenRange | None:
    """ "Union to endorse Lee.", "Rep. Welch to back Kim": capitalised words from the
    sentence's start right up to "to" make a headline's subject."""
    if to - sent_start > _MAX_AGENT or to == sent_start:
        return None
    if all(doc.tokens[j].is_cap or doc.tokens[j].text == "." for j in range(sent_start, to)):
        return sent_start, to
    return None


_LEADING = words("but and yet so still also")
_RELATIVE_PRONOUNS = words("who whom which that")
#: Capitalised words at a sentence's head that name no one ("One day after announcing …").
_NOT_SUBJECTS = WEEKDAYS | words("one jan feb aug sept oct nov dec")


def gerund_subject(doc: Doc, k: int, sent_start: int, sent_end: int) -> TokenRange | None:
    """The subject of a gerund after a subordinator: the sentence's speaker ("Police
    charged him after determining that …"), or, when the gerund's phrase opens the
    sentence, the subject after its comma ("But while saying that …, he …")."""
    start = sent_start
    while start < k and doc.tokens[start].lower in _LEADING:
        start += 1
    if start == _gerund_opener(doc, k, sent_start) or _after_time_span(doc, start, k, sent_start):
        comma = next((j for j in range(k + 1, sent_end) if doc.tokens[j].text == ","), None)
        if comma is None:
            return None
        after = comma + 1
        while after < sent_end and doc.tokens[after].text in CLOSING:
            after += 1  # "After saying it was “so bad,” she …": the comma closes a quote.
        subject = sentence_subject(doc, after, sent_end)
    elif any(doc.tokens[j].lower in _RELATIVE_PRONOUNS for j in range(start, k)):
        return None  # "Mrs. Lee, who was distracted while saying …": the relative's
    else:
        subject = doc.sentence_source.get(doc.sentence_of[k]) or sentence_subject(doc, start, k)
        joined = joined_clause_subject(doc, start, k)
        if joined is not None and (subject is None or subject[1] <= joined[0]):
            subject = joined  # "…, and the governor tripped him up by calling …"
    if (
        subject is None
        or subject[0] <= k < subject[1]  # an earlier reading's source that holds this cue
        or not has_word(doc, subject)
        or doc.tokens[subject[0]].lower in EXPLETIVES | _NOT_SUBJECTS
    ):
        return None
    return subject


#: Words of a span of time before "after" or "before" ("One month after …", "Hours
#: before …", "Shortly after …").
_TIME_SPAN = words(
    """one two three four five six seven eight nine ten a an several few just only shortly
    soon long minutes minute moments moment hours hour days day weeks week months month years
    year"""
)
_MAX_TIME_SPAN = 3
_TIME_ORDER = words("after before")


def _after_time_span(doc: Doc, start: int, k: int, sent_start: int) -> bool:
    """ "Two weeks after announcing his support, Lee still …": the gerund's phrase opens
    the sentence behind a span of time (whose "One" is no subject), so the subject comes
    after its comma."""
    opener = _gerund_opener(doc, k, sent_start)
    if opener is None or opener == start or opener - start > _MAX_TIME_SPAN:
        return False
    if doc.tokens[opener].lower not in _TIME_ORDER:
        return False
    return all(doc.tokens[j].lower in _TIME_SPAN for j in range(start, opener))


def end_before_subject(doc: Doc, item: Found, subject_start: int) -> None:
    """ "Before telling reporters that the deal was dead, Lee met …": what the opening
    phrase reports ends at the comma before the main clause's subject."""
    stop = subject_start
    while stop > 0 and doc.tokens[stop - 1].text in CLOSING | {","}:
        stop -= 1
    clipped = [(lo, min(hi, stop)) for lo, hi in item.content if lo < stop]
    if clipped:
        item.content = clipped
