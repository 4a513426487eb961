"""A relative clause without "that" whose subject speaks: "a deal she once supported", "the
things the mayor has said about voters", "the kind of judge many voters fear".

The phrase read as the cue's source runs over the head noun and the clause's subject
("an offer the leadership", "nine things the mayor"), or the head stands just before it.
The subject is the source; the head is what was said, which PolNeAR takes as content.
:func:`head_and_subject` tells where head and subject start, for a verb cue's reading,
which takes the head alone when the cue has no object after it (:func:`object_relative`),
and for the mend of a kept reading, which adds the head to what the cue took after it
(:func:`split_relative_source`).

A relative clause without "that" inside what was said, whose verb is not the cue ("honest
about some of the problems the city is facing"), is another thing: the content's end
reads it (``kg.extract.clauses._verb_of_relative_in_object``).
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.phrases import np_right_before
from kg.extract.wordsets import (
    ARTICLES,
    ATTACHING_PREPS,
    CONTACT_HEADS,
    DASHES,
    FINITE_VERBS,
    IRREGULAR_PAST,
    PHRASE_DETERMINERS,
    RELATIVE_SUBJECTS,
    SUBJECT_DETERMINERS,
    SUBJECT_PRONOUNS,
    words,
)

#: What may follow a verb whose object went before it: a mark or an adjunct's first word
#: ("a plan she once backed - makes sense", "an offer the board turned down at …").
_AFTER_NO_OBJECT = (
    DASHES
    | {".", ",", ";", ")", "?", "!"}
    | words("in on at during when last this because since before after")
)
_COMPARING = words("as than")
#: Longest source inside an object relative ("the Sanders campaign").
_MAX_RELATIVE_SOURCE = 4
#: Words that end a noun phrase without heading it.
_NOT_HEADS = (
    FINITE_VERBS
    | SUBJECT_PRONOUNS
    | ARTICLES
    | words(
        """and or but that which who whom than as of to for by with from about what if
    not also only even just still in on at into over under after before"""
    )
)
#: Heads that run into the subject of their relative clause in one noun phrase
#: ("something Republicans wanted"), and stand in a headline's case ("Everything Lee
#: says").
_INDEFINITE_HEADS = words("something everything anything nothing")
#: First words of a head noun phrase run together with its relative's subject.
_OPENING_HEADS = PHRASE_DETERMINERS | _INDEFINITE_HEADS
#: Most words of the head before an object relative's subject ("an offer | the
#: leadership", "a new offer | the leadership"): a longer run holds a verb the phrase
#: finder read as a noun ("The bill includes something | the mayor said").
_MAX_RELATIVE_HEAD = 3
#: Words that open the relative clause's subject after a head of a thing said.
_SUBJECT_OPENERS = words("the a an many some most his her their its we they he she i you")
#: Words that focus the head's phrase and belong to it ("just the things", "only the").
_FOCUS_WORDS = words("just only even precisely exactly")
#: How many words the noun after "kind of" may take ("the kind of liberal jurist").
_KIND_OF_WORDS = 3


def head_and_subject(doc: Doc, source: TokenRange, cue: TokenRange) -> TokenRange | None:
    """Where the head's phrase and the relative clause's subject start inside the phrase
    read as the source of ``cue``: after a noun opening the phrase when the cue has no
    object after it ("an offer | the leadership rebuffed"), or after a noun of a thing
    said ("nine things | the mayor said about"); None if the phrase holds no such head or
    the head is a measure ("as harsh as anything Lee said")."""
    inside = _after_opening_head(doc, source) if _without_object(doc, *cue) else None
    inside = inside or _after_contact_head(doc, source, cue[0])
    return None if inside is None or _compared(doc, inside[0]) else inside


def object_relative(
    doc: Doc, k: int, cue_end: int, source: TokenRange
) -> tuple[TokenRange, TokenRange] | None:
    """ "a deal she once supported", "an arrangement the campaign has criticized": a cue
    without an object after it, whose subject follows a noun (a relative clause without
    "that"), reports that noun, which PolNeAR takes as the content; head and subject
    come back ("the kind of story many voters had expected": on train 3 more right with
    a noun of a thing said as the head, none fewer)."""
    if not _without_object(doc, k, cue_end):
        return None
    inside = head_and_subject(doc, source, (k, cue_end))
    if inside is not None:
        return inside, (inside[1], source[1])
    return _head_before_source(doc, k, source)


def split_relative_source(doc: Doc, item: Found) -> None:
    """ "nine outrageous things the mayor has said about | voters", "the kind of judge
    many voters fear | Lee would choose", "something many critics had urged | to do": the
    source runs over a head noun and the relative clause's subject after it. The subject
    is the source; the head is what was said and joins the content (PolNeAR's reading)."""
    if item.source is None or item.cue is None:
        return
    inside = head_and_subject(doc, item.source, item.cue)
    if inside is not None:
        item.content = sorted([inside, *item.content])
        item.source = (inside[1], item.source[1])


def _head_before_source(
    doc: Doc, k: int, source: TokenRange
) -> tuple[TokenRange, TokenRange] | None:
    """ "a fact | he mentions": the phrase finder stopped at the subject; the head is the
    noun phrase just before it, when nothing there reads as a verb or a subject relative."""
    sent_start = doc.sentence_bounds(k)[0]
    lo, hi = source
    if (
        hi - lo > _MAX_RELATIVE_SOURCE
        or lo - 1 <= sent_start
        or doc.tokens[lo].lower in RELATIVE_SUBJECTS
    ):
        return None  # "someone who conceded": a subject relative
    last = doc.tokens[lo - 1]
    if not (last.is_word and last.text.islower()) or last.lower in _NOT_HEADS:
        return None
    if (
        last.lower.endswith(("ed", "ing", "ly"))
        or (last.lower in LEXICON and last.lower not in CONTACT_HEADS)
        or last.lower in IRREGULAR_PAST
    ):
        return None
    head = np_right_before(doc, lo, sent_start)
    if head is None or doc.any_used(*head):
        return None
    return None if _compared(doc, head[0]) else (head, source)


def _without_object(doc: Doc, k: int, cue_end: int) -> bool:
    """A verb cue with a mark or an adjunct after it: its object went before it. A
    title-case headline's adjunct may run on into the head's own relative clause, which
    PolNeAR's content keeps ("Things Voters Said In 2019 | That Made Us Laugh"): there
    the cue takes what follows it."""
    sent_end = doc.sentence_bounds(k)[1]
    if cue_end < sent_end and doc.tokens[cue_end].text not in _AFTER_NO_OBJECT:
        return False
    return _past_or_verb_cue(doc.tokens[k].lower)  # "took several swipes at": a noun's


def _after_opening_head(doc: Doc, source: TokenRange) -> TokenRange | None:
    """Head phrase and subject of an object relative inside the phrase read as the
    source: the subject starts at an article after a noun ("an arrangement | the
    campaign"), or after an indefinite head ("something | Republicans"). A verb before
    the split ends the search: the head is then the verb's object, with nothing said
    before it."""
    lo, hi = source
    if hi - lo > _MAX_RELATIVE_SOURCE + 2 or doc.tokens[lo].lower not in _OPENING_HEADS:
        return None
    if any(not doc.tokens[j].is_word for j in range(lo, hi)):
        return None  # "Lee, who ran in the state, tweeted": an aside, not a relative
    for m in range(lo + 1, min(hi, lo + _MAX_RELATIVE_HEAD + 1)):
        before, token = doc.tokens[m - 1], doc.tokens[m]
        if before.lower in FINITE_VERBS or _past_or_verb_cue(before.lower):
            return None
        if not (before.is_word and before.text.islower()) or before.lower in _NOT_HEADS:
            continue
        if token.lower in ARTICLES or before.lower in _INDEFINITE_HEADS:
            return lo, m
    return None


def _after_contact_head(doc: Doc, source: TokenRange, cue: int) -> TokenRange | None:
    """Head phrase and subject start after a noun of a thing said inside the source
    ("nine outrageous things | the mayor", "the kind of judge | many voters")."""
    lo, hi = source
    head = next((k for k in range(lo, hi - 1) if doc.tokens[k].lower in CONTACT_HEADS), None)
    if head is None or not _head_in_its_case(doc, head, cue):
        return None
    subject = _subject_after_head(doc, head, hi)
    return None if subject is None else (_head_phrase_start(doc, lo, head), subject)


def _past_or_verb_cue(word: str) -> bool:
    """A past form or a verb the lexicon knows ("rebuffed", "said", "mentions")."""
    cue = LEXICON.get(word)
    return (
        word.endswith("ed") or word in IRREGULAR_PAST or (cue is not None and cue.frame != "noun")
    )


def _compared(doc: Doc, head: int) -> bool:
    """ "as harsh as anything Lee said", "higher than analysts expected": a measure, not
    what was said."""
    return head > doc.sentence_bounds(head)[0] and doc.tokens[head - 1].lower in _COMPARING


def _head_in_its_case(doc: Doc, head: int, cue: int) -> bool:
    """A head noun in lowercase, or an indefinite one ("Everything Lee says"), or one in a
    headline whose cue is capitalised too ("Nine Things Lee Said"). A capitalised head
    in running text is part of a name ("Issue One president Nick Lee said")."""
    token = doc.tokens[head]
    return token.text.islower() or token.lower in _INDEFINITE_HEADS or doc.tokens[cue].is_cap


def _head_phrase_start(doc: Doc, lo: int, head: int) -> int:
    """Where the head's noun phrase starts inside the source: at its lowercase determiner
    with the focus adverbs before it ("The bill includes | the things the mayor
    supported", "is | exactly the kind of …"), else at the source's start ("nine
    outrageous things"). An indefinite head takes no determiner and is its phrase alone
    ("The bill includes | something the mayor said")."""
    if doc.tokens[head].lower in _INDEFINITE_HEADS:
        return head
    start = next(
        (k for k in range(head, lo - 1, -1) if doc.tokens[k].text in SUBJECT_DETERMINERS),
        lo,
    )
    while start > lo and _focus_adverb(doc.tokens[start - 1].text):
        start -= 1
    return start


def _focus_adverb(word: str) -> bool:
    return word in _FOCUS_WORDS or (word.islower() and word.endswith("ly"))


def _subject_after_head(doc: Doc, head: int, hi: int) -> int | None:
    """Where the relative clause's subject starts after the head noun: right after it
    ("things | the mayor said"), or after the noun of "kind of …" ("the kind of liberal
    jurist | many voters fear"); None if no subject opens there."""
    if doc.tokens[head].lower not in ("kind", "sort", "type"):
        return head + 1 if _opens_subject(doc, head + 1, hi) else None
    if head + 1 >= hi or doc.tokens[head + 1].lower != "of":
        return None
    for k in range(head + 3, min(hi, head + 2 + _KIND_OF_WORDS + 1)):
        if not doc.tokens[k].is_word or doc.tokens[k].lower in ATTACHING_PREPS:
            return None
        if _opens_subject(doc, k, hi):
            return k
    return None


def _opens_subject(doc: Doc, k: int, hi: int) -> bool:
    return k < hi and (doc.tokens[k].lower in _SUBJECT_OPENERS or doc.tokens[k].is_cap)


#: Most words of a head noun before a named or pronoun subject ("a new tax plan").
_MAX_NAMED_HEAD = 4
#: Words of degree that make the words after them a name's modifiers ("the most
#: optimistic Democrats"), not a head noun.
_DEGREE_WORDS = words("most least more less very")


def named_relative(
    doc: Doc, k: int, cue_end: int, source: TokenRange
) -> tuple[TokenRange, TokenRange] | None:
    """ "the plan Trump said would work", "It's a deal she says will pass": the phrase
    read as the source ends in a name or a subject pronoun after a lowercase head noun
    with its determiner, and the cue's own predicate follows it: an object relative
    without "that". Head and subject come back; the subject is the source, the head is
    what was said (PolNeAR puts it in the content)."""
    lo, hi = source
    sent_end = doc.sentence_bounds(k)[1]
    if hi != k or cue_end >= sent_end or doc.tokens[cue_end].lower not in FINITE_VERBS:
        return None
    subject = _named_or_pronoun_subject(doc, lo, hi)
    if subject is None:
        return None
    det = subject - 2
    while det >= lo and det > subject - 2 - _MAX_NAMED_HEAD:
        if doc.tokens[det].lower in PHRASE_DETERMINERS:
            break
        det -= 1
    if det < lo or doc.tokens[det].lower not in PHRASE_DETERMINERS or _compared(doc, det):
        return None
    head = doc.tokens[det + 1 : subject]
    if not all(t.is_word and t.text.islower() and t.lower not in _NOT_HEADS for t in head):
        return None
    if any(t.lower in _DEGREE_WORDS for t in head):
        return None  # "the most optimistic Democrats": a degree, not a head noun
    return (det, subject), (subject, hi)


def _named_or_pronoun_subject(doc: Doc, lo: int, hi: int) -> int | None:
    """Where a name (capitalised words to the end) or a lone subject pronoun at the end of
    ``[lo, hi)`` starts, with room for a determiner and a head before it."""
    if doc.tokens[hi - 1].lower in SUBJECT_PRONOUNS:
        start = hi - 1
    else:
        start = hi
        while start - 1 >= lo and doc.tokens[start - 1].is_cap and doc.tokens[start - 1].is_word:
            start -= 1
    return start if lo + 2 <= start < hi else None
