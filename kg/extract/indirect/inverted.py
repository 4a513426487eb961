"""Inverted sources after a comma: "…, said Trump.", "…, said Dan Gerstein, an analyst."

A cue just after a comma may have its source after it and its content before the comma.
``inverted_source`` takes a short noun phrase that closes the sentence;
``inverted_after_comma`` also takes a named person with a relative clause ("…, said an
official who was briefed") or a long description after the name, as long as the phrase
after the cue is not an appositive before another cue.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING, MAX_CONTENT, closes_sentence, content_before
from kg.extract.cues import LEXICON, CueWord
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.indirect.content import OBJECT_DETERMINERS, tail_is_short
from kg.extract.phrases import NOT_DESCRIPTIONS, np_after
from kg.extract.wordsets import FINITE_VERBS, words


def after_comma(doc: Doc, k: int, sent_start: int) -> bool:
    """A comma just before ``k``, possibly inside a closing quote (“small deal,” arguing)."""
    before = doc.tokens[k - 1].text if k - 1 >= sent_start else ""
    if before in CLOSING and k - 2 >= sent_start:
        before = doc.tokens[k - 2].text
    return before == ","


def inverted_after_comma(
    doc: Doc, k: int, cue_end: int, cue: CueWord, confidence: float
) -> Found | None:
    """ "…, said Dan Gerstein, an analyst.": an inverted source that closes the sentence,
    not an appositive before the cue ("Heffley, a GOP operative, said …")."""
    sent_start, sent_end = doc.sentence_bounds(k)
    named = np_after(doc, cue_end, sent_end)
    if named is None or not _names_someone(doc, named):
        return None
    split = _split_subject(doc, k, named, sent_start, sent_end)
    if split is not None:
        return Found(split, (k, cue_end), named, "indirect", confidence * 0.9, frame=(k, named[1]))
    if closes_sentence(doc, named[1], sent_end):
        inverted = inverted_source(doc, k, cue_end, sent_start, sent_end, confidence)
        if inverted is not None:
            return inverted
    person = _person_with_relative(doc, named, sent_end) if cue.speech else None
    if person is None and doc.tokens[named[0]].is_cap and _described(doc, named, sent_end):
        # "…, said Dan Gerstein, director of … and an analyst in New York City.": a long
        # description after the name still makes it the inverted source.
        person = named[0], _sentence_stop(doc, sent_end)
    if person is None and doc.tokens[named[0]].is_cap and _goes_on(doc, named, sent_end):
        person = named  # "…, said Ms. Gil, with rounds of cards …": the name alone
    before = content_before(doc, sent_start, k - 1)
    if person is None or before is None:
        return None
    return Found([before], (k, cue_end), person, "indirect", confidence * 0.9, frame=(k, sent_end))


def _split_subject(
    doc: Doc, k: int, named: TokenRange, sent_start: int, sent_end: int
) -> list[TokenRange] | None:
    """ "The contrast, said Lee and others, would be clear.": an inverted frame that splits
    a reported clause after its subject (a phrase with no verb before the cue's comma, a
    finite verb right after the source's comma) attributes both parts."""
    end = named[1]
    if end + 2 >= sent_end or doc.tokens[end].text != ",":
        return None
    if doc.tokens[end + 1].lower not in FINITE_VERBS or doc.quote_of[end + 1] != -1:
        return None
    before = content_before(doc, sent_start, k - 1)
    if before is None or any(
        doc.tokens[j].lower in FINITE_VERBS or doc.quote_of[j] != -1 or doc.tokens[j].text == ","
        for j in range(*before)
    ):
        return None
    return [before, (end + 1, _sentence_stop(doc, sent_end))]


def _person_with_relative(doc: Doc, named: TokenRange, sent_end: int) -> TokenRange | None:
    """ "…, said an official who was briefed on the talks.": a relative clause about the
    person closes the sentence; PolNeAR takes it into the source, but not a statement of
    its own set off by a comma ("…, said Ann Lee, a nurse, who notes that …")."""
    end = named[1]
    if end >= sent_end:
        return None
    if doc.tokens[end].lower in {"who", "whose"}:
        return named[0], _sentence_stop(doc, sent_end)
    if (
        end + 1 < sent_end
        and doc.tokens[end].text == ","
        and doc.tokens[end + 1].lower in {"who", "whose"}
    ):
        described = _described(doc, named, sent_end)
        return (named[0], _sentence_stop(doc, sent_end)) if described else named
    return None


def _described(doc: Doc, named: TokenRange, sent_end: int) -> bool:
    """The name is followed by a comma and a description, with no verb of saying."""
    end = named[1]
    if end + 1 >= sent_end or doc.tokens[end].text != ",":
        return False
    if _goes_on(doc, named, sent_end):
        return False
    return not any(
        (cue := LEXICON.get(doc.tokens[j].lower)) is not None and cue.speech
        for j in range(end, min(sent_end, end + MAX_CONTENT))
    )


def _goes_on(doc: Doc, named: TokenRange, sent_end: int) -> bool:
    """ "…, said Ms. Gil, with rounds of cards …", "…, said Howard, but her politics …": after
    the name's comma the sentence goes on with a circumstance or a clause of its own, no
    description of the source (which PolNeAR ends at the name)."""
    end = named[1]
    return (
        end + 1 < sent_end
        and doc.tokens[end].text == ","
        and doc.tokens[end + 1].lower in NOT_DESCRIPTIONS
    )


def _sentence_stop(doc: Doc, sent_end: int) -> int:
    end = sent_end
    while end > 0 and doc.tokens[end - 1].text in {".", "?", "!", ";", ","}:
        end -= 1
    return end


def inverted_source(
    doc: Doc, k: int, cue_end: int, sent_start: int, sent_end: int, confidence: float
) -> Found | None:
    """ "…, said Trump." — the cue follows a comma and the source follows the cue."""
    if k - 1 <= sent_start or doc.tokens[k - 1].text != ",":
        return None
    source = np_after(doc, cue_end, sent_end)
    if source is None or not tail_is_short(doc, source[1], sent_end):
        return None
    content = content_before(doc, sent_start, k - 1)
    if content is None:
        return None
    return Found([content], (k, cue_end), source, "indirect", confidence * 0.9, frame=(k, sent_end))


def _names_someone(doc: Doc, phrase: TokenRange) -> bool:
    """An inverted source holds a name or opens with an article or possessive ("said
    lobbyist Charlie Black", "says a veteran analyst"); a bare lowercase phrase ("said
    parents still want …", "called for more school investment") is what follows a
    subject's cue instead."""
    lo, hi = phrase
    return doc.tokens[lo].lower in OBJECT_DETERMINERS | _GROUP_QUANTIFIERS or any(
        doc.tokens[j].is_cap for j in range(lo, hi)
    )


#: Words that open a group of people as an inverted source ("said several observers").
_GROUP_QUANTIFIERS = words("several some many most few other both all two three four")


#: Participles of reporting in "As reported by Lee, …" and "…, as first noted by Lee."
_AS_REPORTED = words("reported noted stated described detailed explained revealed disclosed")
#: Adverbs between "as" and the participle ("as first reported by").
_AS_ADVERBS = words("first previously earlier originally also")
_MAX_AGENT = 12


def as_reported_by(
    doc: Doc, k: int, cue_end: int, sent_start: int, sent_end: int, confidence: float
) -> Found | None:
    """ "As reported by the Ledger, the mayor resigned.", "The mayor resigned, as first
    reported by the Ledger.": the agent after "by" is the source and the clause on the
    other side of the comma the content, as for "according to" (on train 9 such phrases,
    none found a source before)."""
    as_at = k - 1
    if as_at > sent_start and doc.tokens[as_at].lower in _AS_ADVERBS:
        as_at -= 1
    if (
        doc.tokens[k].lower not in _AS_REPORTED
        or cue_end + 1 >= sent_end
        or doc.tokens[cue_end].lower != "by"
        or as_at < sent_start
        or doc.tokens[as_at].lower != "as"
    ):
        return None
    comma = _agent_end(doc, cue_end + 1, sent_end)
    source = np_after(doc, cue_end + 1, comma)
    if source is None:
        return None
    if as_at == sent_start and comma < sent_end and doc.tokens[comma].text == ",":
        content: TokenRange | None = (comma + 1, _sentence_stop(doc, sent_end))
    elif as_at - 1 > sent_start and doc.tokens[as_at - 1].text == ",":
        content = content_before(doc, sent_start, as_at - 1)
    else:
        return None
    if content is None or content[1] <= content[0]:
        return None
    return Found([content], (as_at, cue_end), source, "indirect", confidence, frame=(k, comma))


def _agent_end(doc: Doc, lo: int, sent_end: int) -> int:
    """Where the agent after "by" ends: at a comma, a quote or the sentence's end."""
    for j in range(lo, min(sent_end, lo + _MAX_AGENT)):
        if doc.tokens[j].text in {",", ";", ":"} or doc.quote_of[j] != -1:
            return j
    return _sentence_stop(doc, min(sent_end, lo + _MAX_AGENT))
