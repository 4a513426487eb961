"""Checks on what the quote and reported-speech rules found, before speakers are read:
turns that are headline labels, reported speech that is no attribution (an opening
phrase, a time, a preposition or a filler word as content, a listener alone, …), and
repairs of an attribution's spans (a passive's adjunct, a subordinate clause, a title
read as a source).

:func:`keep_turn`, :func:`turn_stirred_feeling`, :func:`mend_frame_source`,
:func:`keep_indirect`, :func:`mend_indirect`, :func:`names_a_work` and
:func:`drop_title_source` are what the pipeline calls; each check says what it drops and
why.
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.impressions import is_feeling
from kg.extract.indirect.owned import REGARD, received_stance
from kg.extract.indirect.relative_without_that import split_relative_source
from kg.extract.indirect.sources import ends_in_verb
from kg.extract.names import POSSESSIVE_MARKS, is_contraction, is_possessive
from kg.extract.phrases import PRONOUNS, np_after, np_before, np_right_before, sentence_subject
from kg.extract.polls import POLL_WORDS
from kg.extract.quotes import Quote
from kg.extract.tokens import Token
from kg.extract.wordsets import (
    ARTICLES,
    ATTACHING_PREPS,
    BE_FINITE,
    BE_NONFINITE,
    DASHES,
    FINITE_VERBS,
    LY_NOUNS,
    MONTHS,
    OCCASIONS,
    PARTICLES,
    SAY_FORMS,
    SUBJECT_DETERMINERS,
    SUBJECT_PRONOUNS,
    TIME_GLUE,
    TIME_WORDS,
    UNAMBIGUOUS_RELATIVES,
    WEEKDAYS,
    fused_pronoun,
    words,
)


def keep_turn(doc: Doc, turn: Found) -> bool:
    """A turn ("Lee: …") unless its label is a headline's ("The Latest:", "WOW:")."""
    return not (
        _teaser_headline(doc, turn)
        or _exclamation_label(doc, turn)
        or _clause_label(doc, turn)
        or _subtitle(doc, turn)
    )


def keep_indirect(doc: Doc, item: Found) -> bool:
    """Reported speech unless one of the checks below finds it is no attribution."""
    return not (
        _inverted_without_speaker(doc, item)
        or _opening_phrase(doc, item)
        or _only_time(doc, item)
        or _time_as_source(doc, item)
        or _set_phrase(doc, item)
        or _place_as_source(doc, item)
        or _taken_or_continued(doc, item)
        or _only_a_document(doc, item)
        or _participle_as_source(doc, item)
        or _verb_and_object_as_source(doc, item)
        or _preposition_as_source(doc, item)
        or _stirred_feeling(doc, item)
        or _modifiers_as_source(doc, item)
        or _bare_that(doc, item)
        or _expletive_as_source(doc, item)
        or _participle_after_dummy_it(doc, item)
        or _modifier_alone_as_source(doc, item)
        or _sourceless_in_question(doc, item)
        or _against_after_a_noun(doc, item)
        or _unclosed_aside(doc, item)
        or _only_a_preposition(doc, item)
        or _only_a_filler_word(doc, item)
        or _agent_as_content(doc, item)
        or _whose_support(doc, item)
        or _listener_only(doc, item)
        or _poll_word_too_deep(doc, item)
        or _change_in_amount(doc, item)
        or (_reduced_passive_as(doc, item) and _clause_as_source(doc, item))
    )


def mend_frame_source(doc: Doc, item: Found) -> None:
    """ "Lee, the chairman, this past week announced …", "delegates inside the hall in
    Philadelphia have booed …", "Ann Lee filed a lawsuit in 2013 alleging …": a source
    that is only a time phrase or a place after "in"/"at"/"on" stands between the cue and
    its subject; the subject before that phrase is the source (the sentence's subject for
    a participle). Without one the reading is dropped by the checks below."""
    if item.source is None or item.cue is None or item.source[1] != item.cue[0]:
        return
    if not (_time_as_source(doc, item) or _place_as_source(doc, item)):
        return
    if doc.tokens[item.cue[0]].lower in TIME_WORDS | _TIME_NOUNS:
        return  # "met last | week to discuss": the time phrase is cut in two, no verb follows
    subject = _subject_before_frame(doc, item.cue[0], item.source[0])
    if subject is not None and not ends_in_verb(doc, subject):
        item.source = subject


#: Words after the backers of a noun cue that open what they back or blame: kept in the
#: content ("a rethinking among planners of the costs", "recognition among leaders that
#: …") or, for "over"/"about"/"on", left out ("a dispute among police groups over new
#: rules", "criticism from Lee about who can lead").
_TOPIC_KEPT = words("of that to")
_TOPIC_DROPPED = words("over about on")


def mend_backers_as_source(doc: Doc, item: Found) -> None:
    """ "A feud is erupting among farm groups over new rules", "stern opposition from
    homeowners to his plan": the "from"/"among" phrase after a noun cue names whose the
    stance is, and what follows it is what they hold (PolNeAR's source and content); without
    such a topic the reading names only backers and is dropped (``_whose_support``)."""
    if not _whose_support(doc, item):
        return
    lo, hi = item.content[0]
    backers = np_after(doc, lo + 1, hi)
    if backers is None or backers[1] >= hi or doc.any_used(*backers):
        return
    word = doc.tokens[backers[1]].lower
    if word in _TOPIC_KEPT:
        start = backers[1]
    elif word in _TOPIC_DROPPED:
        start = backers[1] + 1
    else:
        return
    if start >= hi:
        return
    item.source = backers
    item.content = [(start, hi)]


#: Prepositions that open a time or place phrase between a subject and its verb.
_FRAME_PREPOSITIONS = words("in at on inside since during until")
#: Most phrases of place walked back over ("the hall in Philadelphia"): two.
_MAX_FRAME_PHRASES = 2


def _subject_before_frame(doc: Doc, cue: int, lo: int) -> tuple[int, int] | None:
    sent_start = doc.sentence_bounds(cue)[0]
    start = lo
    while start - 1 > sent_start and (
        doc.tokens[start - 1].lower in _FRAME_PREPOSITIONS
        or doc.tokens[start - 1].lower in _TIME_DETERMINERS
    ):
        start -= 1
    for _ in range(_MAX_FRAME_PHRASES):
        before = np_right_before(doc, start, sent_start)
        if before is None or before[0] - 1 <= sent_start:
            break
        if doc.tokens[before[0] - 1].lower not in _FRAME_PREPOSITIONS:
            break
        start = before[0] - 1
    if start <= sent_start:
        return None
    if doc.tokens[cue].lower.endswith("ing"):
        return sentence_subject(doc, sent_start, start)
    return np_before(doc, start, sent_start)


def mend_indirect(doc: Doc, item: Found) -> None:
    """Repair the spans of kept reported speech in place."""
    _classed_noun_as_content(doc, item)
    _relative_pronoun_alone(doc, item)
    _light_verb_as_source(doc, item)
    _without_bracketed_occasion(doc, item)
    _drop_passive_adjunct(doc, item)
    _end_subordinate_clause(doc, item)
    _no_source_of_arising(doc, item)
    _dummy_it_source(doc, item)
    _worth_as_source(doc, item)
    split_relative_source(doc, item)
    _owner_of_modified_noun(doc, item)
    _contracted_pronoun_alone(doc, item)


#: Most adjectives between a possessive owner and its cue noun ("Lee's false claims").
_MAX_OWNED_MODIFIERS = 2


def _owner_of_modified_noun(doc: Doc, item: Found) -> None:
    """ "one of the targets for Lee's false claims about …", "go beyond the campaign's
    earlier pledge to …", "two decades of Senator Ortiz's talking about …": a source that
    ends in a possessive owner and up to two adjectives right before the cue is the
    owner's, with its mark (PolNeAR's source); the words before the owner (a preposition,
    a verb, a measure of the act) belong to the sentence around it."""
    if item.source is None or item.cue is None or item.source[1] != item.cue[0]:
        return
    lo, hi = item.source
    j = hi - 1
    while j > lo and hi - 1 - j < _MAX_OWNED_MODIFIERS and _owned_modifier(doc.tokens[j].text):
        j -= 1
    mark = doc.tokens[j]
    if j <= lo or not is_possessive(mark.text):
        return
    name = j - 1 if mark.text in POSSESSIVE_MARKS else j
    if is_contraction(doc.tokens[name].text):
        return  # "that's wanted", "no one's talking": "is" or "has", no owner
    start = name
    if doc.tokens[name].is_cap:
        while start - 1 >= lo and _name_part(doc.tokens[start - 1]):
            start -= 1
    if start - 1 >= lo and doc.tokens[start - 1].lower in ARTICLES:
        start -= 1  # "the campaign's", "the Lee campaign's"
    elif not doc.tokens[name].is_cap:
        return  # "budget hawks’": a lowercase owner's phrase is not read here
    if start == lo and j == hi - 1:
        return
    before = doc.tokens[start - 1] if start - 1 >= lo else None
    if before is not None and not (before.is_word and before.text.islower()):
        return
    item.source = (start, j + 1)


def _name_part(token: Token) -> bool:
    return token.is_cap or token.text == "."  # "Mr. Lee's", "Sen. Ann Lee's"


def _owned_modifier(text: str) -> bool:
    """An adjective before a cue noun ("false", "earlier", "controversial", "by-now-familiar")."""
    return (
        text.islower()
        and not is_possessive(text)
        and (text in _OWNED_ADJECTIVES or text.endswith(_OWNED_ENDINGS) or "-" in text)
    )


_OWNED_ADJECTIVES = words(
    """false own latest earlier early new recent repeated frequent public private harsh blunt
    sharp strong fierce tough full first last previous renewed sweeping familiar"""
)
#: Endings of adjectives ("controversial", "effusive"); not "-ary" ("primary" is a noun).
_OWNED_ENDINGS = ("al", "ive", "ous", "ful", "ic", "ent", "ant", "less", "able", "ible")


def _contracted_pronoun_alone(doc: Doc, item: Found) -> None:
    """ "Now you’re talking about …", "perhaps she’s rethought her plan for …", "she’s become
    angry at …": a subject pronoun fused with its auxiliary ends the source, or opens it
    before one more lowercase word (the verb): the pronoun is the source, not the words
    around it. Not one inside the phrase ("people I've spoken with") nor before a noun
    ("He's a puppet")."""
    if item.source is None:
        return
    lo, hi = item.source
    if hi - lo < 2:
        return
    if fused_pronoun(doc.tokens[hi - 1].lower, _FUSED_PRONOUNS):
        item.source = (hi - 1, hi)
    elif hi - lo == 2 and fused_pronoun(doc.tokens[lo].lower, _FUSED_PRONOUNS):
        following = doc.tokens[lo + 1]
        if following.text.islower() and following.lower not in ARTICLES:
            item.source = (lo, lo + 1)


_FUSED_PRONOUNS = SUBJECT_PRONOUNS | {"you"}


#: Prepositions opening an adjunct between a relative pronoun and its verb ("who in 2010
#: said", "who through his office declined", "who in two prior rulings had made plain").
_ADJUNCT_PREPOSITIONS = words("in on at through during since after before via by with")


def _relative_pronoun_alone(doc: Doc, item: Found) -> None:
    """ "…, who in 2010 said …", "who through his office declined …": a relative
    pronoun followed by an adjunct before the cue is the source alone; the adjunct is
    when, where or how it was said (PolNeAR's reading)."""
    if item.source is None or item.source[1] - item.source[0] < 2:
        return
    lo = item.source[0]
    if doc.tokens[lo].lower not in UNAMBIGUOUS_RELATIVES:
        return
    if doc.tokens[lo + 1].lower in _ADJUNCT_PREPOSITIONS:
        item.source = (lo, lo + 1)


#: Verbs that with a cue noun make one act of saying ("took issue with", "left little
#: doubt", "renews accusations", "poke fun at", "made no comment").
_LIGHT_VERBS = words(
    """take takes took poke pokes poked leave leaves left renew renews renewed make makes
    made give gives gave voice voices voiced draw draws drew raise raises raised express
    expresses expressed lodge lodges lodged level levels leveled heap heaps heaped cast
    casts"""
)


#: Words between such a verb and its cue noun ("left little doubt", "made no comment").
_NOUN_OPENERS = words("a an the no little some any much new fresh further")


def _light_verb_as_source(doc: Doc, item: Found) -> None:
    """ "which left little doubt that …", "The ad also renews accusations …", "who took
    issue with …": the verb before a cue noun (with its article or adjective) was read
    as the source; the verb's subject is who speaks, or no one if there is none before it."""
    if item.source is None or item.cue is None or item.source[1] != item.cue[0]:
        return
    lo, hi = item.source
    verb = doc.tokens[lo]
    if not verb.text.islower() or verb.lower not in _LIGHT_VERBS:
        return
    if any(doc.tokens[j].lower not in _NOUN_OPENERS for j in range(lo + 1, hi)):
        return  # "left 58 percent of tenants saying …": the verb's object is the source
    subject = np_before(doc, lo, doc.sentence_bounds(lo)[0])
    item.source = subject if subject is not None and not ends_in_verb(doc, subject) else None


#: Prepositions that open an occasion or a time set off by commas after the speaker.
_OCCASION_PREPOSITIONS = words("at on in during")


def _without_bracketed_occasion(doc: Doc, item: Found) -> None:
    """ "Ortiz, at Monday's forum, cited …", "who, on a press call Friday, criticized
    …": a phrase of occasion or time between commas after the speaker says when or where,
    not who; the source ends before it ("Lee, at the Brookings Institution, said" names a
    workplace and stays)."""
    if item.source is None:
        return
    lo, hi = item.source
    if hi - lo < 4 or doc.tokens[hi - 1].text != ",":
        return
    opening = next((j for j in range(hi - 2, lo, -1) if doc.tokens[j].text == ","), None)
    if opening is None or doc.tokens[opening + 1].lower not in _OCCASION_PREPOSITIONS:
        return
    if any(_occasion_or_time(doc, j) for j in range(opening + 2, hi - 1)):
        item.source = (lo, opening)


def _occasion_or_time(doc: Doc, j: int) -> bool:
    token = doc.tokens[j]
    return token.lower in OCCASIONS or _a_date_or_time_word(token.text, token.lower)


#: Verbs that are cues ("added that …", "declined to comment") but also tell of an amount
#: that grows or shrinks ("adding to her lead", "sales declined to $5 million").
_AMOUNT_VERBS = words("add adds added adding decline declines declined declining")


def _change_in_amount(doc: Doc, item: Found) -> bool:
    """ "Lee won Ohio, adding to her lead", "Fees declined to $28 million": "to" and a noun
    phrase or a figure after an amount verb is the amount's new level, not a statement or
    a refusal ("declined to comment" has a verb after "to"; none of 2 such on train was
    right)."""
    if item.cue is None or item.cue[1] - item.cue[0] != 1:
        return False
    k = item.cue[0]
    if doc.tokens[k].lower not in _AMOUNT_VERBS or k + 2 >= len(doc.tokens):
        return False
    if doc.tokens[k + 1].lower != "to":
        return False
    if any(doc.tokens[lo].lower == "that" for lo, _ in item.content):
        return False  # "added to her list of complaints that the fee was unfair"
    after = doc.tokens[k + 2]
    return after.lower in SUBJECT_DETERMINERS or after.text[0] == "$" or after.text[0].isdigit()


def _teaser_headline(doc: Doc, item: Found) -> bool:
    """ "The Latest: Ortiz to give away …", "Revealed: Here Are …", "BUSTED: …": a headline
    label that names no one (an article or a participle) gives the headline no speaker
    (none of 16 such labels on train was a source; names, "Poll:" and "Report:" are)."""
    if item.source is None or item.cue is None or item.source[0] != 0:
        return False
    if doc.tokens[item.cue[0]].text != ":" or item.source[1] != item.cue[0]:
        return False
    label = doc.tokens[item.source[0] : item.source[1]]
    if all(token.text.isupper() or not token.is_word for token in label):
        return len(label) == 1 and label[0].lower in _TEASERS
    return label[0].lower == "the" or label[-1].lower in _TEASERS


#: Participles that label a headline; a list, not the suffix, since names end in "-ed"
#: too ("TED:", "Jared:").
_TEASERS = words(
    """revealed busted exposed confirmed updated explained leaked caught unmasked debunked
    uncovered destroyed slammed blasted owned"""
)


#: One-word labels before a colon that exclaim or file a line rather than name a speaker
#: ("WOW: Glenn Beck Just Responded …", "BYLINE: Ann Lee").
_EXCLAMATIONS = words("wow boom look bombshell byline whoa yikes ouch")


def _exclamation_label(doc: Doc, item: Found) -> bool:
    """ "BOOM: Trump Just Fired …", "Look: Man Spotted …": a headline's one-word label
    that exclaims is no source, and without one the line is no attribution (none of 7 such
    on train was right)."""
    if item.source is None or item.cue is None or doc.tokens[item.cue[0]].text != ":":
        return False
    lo, hi = item.source
    return hi - lo == 1 and hi == item.cue[0] and doc.tokens[lo].lower in _EXCLAMATIONS


def _clause_label(doc: Doc, item: Found) -> bool:
    """ "Mayor Is Back: Lee Returns to City Hall", "THE FIX IS IN: …": a headline label with
    a verb of its own (a form of "be") is a clause, not a speaker naming who says the rest
    (none of 2 such labels on train was a source; no label of a right headline turn has
    one)."""
    if item.source is None or item.cue is None or doc.tokens[item.cue[0]].text != ":":
        return False
    lo, hi = item.source
    return hi == item.cue[0] and any(doc.tokens[k].lower in BE_FINITE for k in range(lo, hi))


def _subtitle(doc: Doc, item: Found) -> bool:
    """ "Dover Daily: A Town at War", "The Mayor and the Council: A Long Feud": a headline
    whose words after the colon are a noun phrase opening with an article, with no verb, is
    a title and its subtitle, not a speaker and a statement ("Lee: The Plan Is Dead" has a
    verb; neither of the 2 such headlines on train was an attribution)."""
    if item.source is None or item.cue is None or item.source[0] != 0 or not item.content:
        return False
    if doc.tokens[item.cue[0]].text != ":":
        return False
    lo, hi = item.content[0][0], item.content[-1][1]
    if doc.tokens[lo].lower not in ARTICLES:
        return False
    return not any(_maybe_verb(doc.tokens[k]) for k in range(lo + 1, hi))


def _maybe_verb(token: Token) -> bool:
    """A word that may be a headline's verb: a finite auxiliary, or a word ending like a
    present or past tense ("tightens", "dropped")."""
    word = token.lower
    return word in FINITE_VERBS or (token.is_word and word.endswith(("s", "ed")))


#: Cue words of the rules whose source follows the cue besides "…, said Lee.": "according
#: to", and "in" of a poll ("…, in a CNN poll.").
_SOURCE_AFTER_CUE = frozenset(("according", "in"))


def _inverted_without_speaker(doc: Doc, item: Found) -> bool:
    """ "…, said Lee." read where the comma closes an appositive: "Ann Lee, a nurse,
    criticized the state’s gun laws" makes "the state’s gun laws" the source of "Ann Lee,
    a nurse". Such a reading (content before the cue, source after it) stands with a form
    of "say", or with another verb of saying and a name after it ("…, noted NBC’s Ann
    Lee"); on train it was right 3 times in 50 otherwise."""
    if item.cue is None or item.source is None:
        return False
    lo, hi = item.cue
    if item.source[0] < hi or any(end > lo for _, end in item.content):
        return False
    word = doc.tokens[lo].lower
    if (
        word in SAY_FORMS
        or word in _SOURCE_AFTER_CUE
        or doc.tokens[item.source[0] - 1].lower == "by"
    ):
        return False  # "by": a passive's agent ("was first reported by Breitbart")
    if doc.tokens[hi - 1].lower in REGARD and doc.tokens[item.source[0] - 1].lower == "among":
        return False  # "Lee is revered among activists": those who hold the feeling
    if hi - 2 > lo and received_stance(doc, hi - 2) is not None:
        return False  # "Lee won the endorsement of the union": the backer is the source
    if item.source[0] == hi and doc.tokens[hi - 1].lower in _STIRRING:
        return False  # "The remark angered | some voters": those who feel it (turned above)
    cue = LEXICON.get(word)
    named = any(doc.tokens[j].is_cap for j in range(*item.source))
    return not (cue is not None and cue.speech and named)


#: Words that open a sentence's introductory phrase or clause ("On Sunday, …", "As the
#: results came in, …").
_INTRODUCERS = words(
    """as while after before when since until with in on at during for from by under
    despite without once if although though because"""
)
#: Longest introductory phrase (words) taken for one.
_MAX_INTRODUCTION = 10


def _opening_phrase(doc: Doc, item: Found) -> bool:
    """ "On Sunday, Ortiz went on the offensive", "As the results came in, Lee delivered
    …": when what follows the cue is not taken, the clause before the source is read as
    content, but a short introductory phrase with no clause of its own is the sentence's
    frame (on train none of 23 such readings was right). Forms of "say" are left alone."""
    if item.source is None or item.cue is None or doc.tokens[item.cue[0]].lower in SAY_FORMS:
        return False
    lo, hi = item.content[0][0], item.content[-1][1]
    if not hi <= item.source[0] < item.cue[0] or doc.tokens[lo].lower not in _INTRODUCERS:
        return False
    if any(doc.tokens[k].text == "," for k in range(lo, hi - 1)):
        return False  # "In all, the committee raised $57 million, records show."
    return sum(1 for k in range(lo, hi) if doc.tokens[k].is_word) <= _MAX_INTRODUCTION


#: Words of a time or frequency phrase ("Friday", "last week", "for decades", "again").


def _only_time(doc: Doc, item: Found) -> bool:
    """ "The campaign responded Friday", "has been repeating it for decades", "spoke for
    about 30 minutes": a content of nothing but a time phrase or a length of time is the
    cue's frame, not what was said (none of 16 on train was right, nor 4 more lengths)."""
    found_time = False
    for lo, hi in item.content:
        for k in range(lo, hi):
            word = doc.tokens[k].lower
            if word in TIME_WORDS or word in _TIME_UNITS:
                found_time = True
            elif doc.tokens[k].is_word and not _in_a_length_of_time(word):
                return False
    return found_time


#: Verbs of doing that the cue model reads as cues: "took a moment", "continued his push".
_DOING = frozenset(("took", "continued"))
#: Words that open such a verb's object ("took some shots", "continued a fierce contest").
_OBJECT_DETERMINERS = words("a an the his her their its our my your these those some another")


def _taken_or_continued(doc: Doc, item: Found) -> bool:
    """ "Lee took a lighter tone", "took some shots at …", "Cruz continued his romp …": the
    object of "took" or "continued" is something done, not said ("continued that …" and
    "continued to …" stay; on train 8 such readings, none right, though for "took some
    shots at" the nested reading of "shots" with "some" as its source comes through)."""
    if item.cue is None or item.cue[1] - item.cue[0] != 1 or item.quotes:
        return False  # "continued his remarks: “…”": the quote is what was said
    if doc.tokens[item.cue[0]].lower not in _DOING:
        return False
    return doc.tokens[item.content[0][0]].lower in _OBJECT_DETERMINERS


#: Prepositions of place or medium before a name ("the hall in Philadelphia", "was on CNN").
_PLACE_PREPOSITIONS = frozenset(("in", "at", "on", "inside"))
#: Words that open a noun phrase of its own rather than a name ("in his criticism of").
_ANY_DETERMINERS = SUBJECT_DETERMINERS | words("my our your")


def _place_as_source(doc: Doc, item: Found) -> bool:
    """ "Sanders delegates inside the hall in Philadelphia have booed …", "Sanders was on
    CNN talking about …", "complaints being weighed in Port Ulm have accused …": a name
    right after "in", "at" or "on", before the cue, is where something happened or was
    aired, not who spoke; the speaker stands before it (on train 10 such readings, none
    right), where :func:`mend_frame_source` first looks for it."""
    if item.source is None or item.cue is None:
        return False
    lo, hi = item.source
    if lo == 0 or hi > item.cue[0] or doc.tokens[lo - 1].text not in _PLACE_PREPOSITIONS:
        return False
    first = doc.tokens[lo]
    if not first.is_cap or first.lower in _ANY_DETERMINERS:
        return False
    return not any(
        doc.tokens[k].text == "," or doc.tokens[k].lower.endswith(("'s", "’s"))
        for k in range(lo, hi)
    )


#: Set phrases built on a verb of saying that say nothing of anyone's words: the words
#: before the verb, the verb, and the words that must follow it ("All told, …", "Only time
#: will tell …", "It goes without saying …", "to, say, ten dollars", "Suffice it to say,
#: …", "The same cannot be said for the rest": what holds for something else too).
_SET_PHRASES: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = (
    (("all",), "told", (",",)),
    (("truth", "be"), "told", ()),
    (("time", "will"), "tell", ()),
    (("goes", "without"), "saying", ()),
    (("go", "without"), "saying", ()),
    (("went", "without"), "saying", ()),
    (("needless", "to"), "say", ()),
    (("suffice", "it", "to"), "say", ()),
    (("let's",), "say", ()),
    (("let’s",), "say", ()),
    (("let", "us"), "say", ()),
    ((",",), "say", (",",)),
    (("so", "to"), "speak", ()),
    ((",", "it", "is"), "said", (",",)),
    (("be",), "said", ("for",)),
    (("too", "soon", "to"), "say", ()),
    (("too", "early", "to"), "say", ()),
    (("too", "soon", "to"), "tell", ()),
    (("too", "early", "to"), "tell", ()),
)
#: The set phrases by their verb: most cues are none of these verbs, and ask no further.
_SET_PHRASES_BY_VERB: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {
    verb: [phrase for phrase in _SET_PHRASES if phrase[1] == verb]
    for verb in {phrase[1] for phrase in _SET_PHRASES}
}


def _set_phrase(doc: Doc, item: Found) -> bool:
    """ "All told, the club raised $5,000", "Only time will tell if …", "It goes without
    saying that …", "Let's say you …", "rises to, say, ten dollars", "where, it is said,
    …": a set phrase whose verb is a cue reports no one's words (on train 5 such readings,
    none right)."""
    if item.cue is None:
        return False
    verb = item.cue[1] - 1
    phrases = _SET_PHRASES_BY_VERB.get(doc.tokens[verb].lower)
    return phrases is not None and any(_phrase_at(doc, verb, phrase) for phrase in phrases)


def _phrase_at(doc: Doc, verb: int, phrase: tuple[tuple[str, ...], str, tuple[str, ...]]) -> bool:
    before, word, after = phrase
    lo, hi = verb - len(before), verb + 1 + len(after)
    if doc.tokens[verb].lower != word or lo < 0 or hi > len(doc.tokens):
        return False
    expected = (*before, word, *after)
    return all(doc.tokens[lo + i].lower == w for i, w in enumerate(expected))


#: Names of days and months that make a phrase a date ("Oct. 23", "June 1", "Wednesday");
#: "May" is left out, as it is a surname too.
_DATE_NAMES = WEEKDAYS | words(
    """january february march april june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec"""
)
#: Lower-case nouns of a time phrase besides :data:`TIME_WORDS` ("the day before", "at
#: any time").
_TIME_NOUNS = words("day days time weeks months")
#: Words that may come with a date or time noun in such a phrase ("this past week", "any
#: time Thursday", "One Sunday").
_TIME_DETERMINERS = words("the this that last past next any one every each a early late")


def _time_as_source(doc: Doc, item: Found) -> bool:
    """ "Lee, the chairman, this past week announced …", "Ortiz did not at any time
    Thursday mention …", "spent $4 million since May 3 attacking Lee", "On Oct. 23, …":
    a source of nothing but a date or a time phrase is the frame of the clause, not who
    spoke (on train 13 such readings, none right; "Day said …" and "Time announces …" are
    names, as is "May"). :func:`mend_frame_source` first moves the source to a subject
    before the phrase where there is one."""
    if item.source is None:
        return False
    lo, hi = item.source
    dated = False
    for k in range(lo, hi):
        token = doc.tokens[k]
        if not token.is_word:
            continue
        if token.lower in _MONTHS_AS_NAMES and not _beside_day_number(doc, k):
            return False  # "Jan said …": a given name; "June 1" is a date
        if _a_date_or_time_word(token.text, token.lower):
            dated = True
        elif token.lower not in _TIME_DETERMINERS and not _a_day_number(token.lower):
            return False
    return dated


#: Months (or their abbreviations) that are given names too: a date only with its day.
_MONTHS_AS_NAMES = words("jan june")


def _beside_day_number(doc: Doc, k: int) -> bool:
    """A day's number right after the month ("June 1", "Jan. 5") or before it ("1 June")."""
    after = k + 2 if k + 1 < len(doc.tokens) and doc.tokens[k + 1].text == "." else k + 1
    return (after < len(doc.tokens) and _a_day_number(doc.tokens[after].lower)) or (
        k > 0 and _a_day_number(doc.tokens[k - 1].lower)
    )


def _a_date_or_time_word(text: str, word: str) -> bool:
    """A weekday, a month, a year, or a lower-case time noun ("week", "day")."""
    if word in _DATE_NAMES or (
        len(word) == 4 and word.isdigit() and word[:2] in {"18", "19", "20"}
    ):
        return True
    return text.islower() and (word in TIME_WORDS or word in _TIME_NOUNS)


def _a_day_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


#: Units of a length of time ("for about 30 minutes", "for several weeks").
_TIME_UNITS = words("minute minutes hour hours day days weeks months decade")
#: Words that count or hedge a length of time ("about five", "a couple of", "several").
_TIME_AMOUNTS = words(
    """about nearly almost roughly some several few couple of more than less an one two three
    four five six seven eight nine ten twenty thirty forty fifty"""
)


def _in_a_length_of_time(word: str) -> bool:
    return word in TIME_GLUE or word in _TIME_AMOUNTS or word.isdigit()


#: Verbs that put out a document rather than say something ("issued a statement").
_ISSUING = words(
    """issue issues issued issuing release releases released releasing provide provides
    provided deliver delivers delivered post posts posted send sends sent start starts
    started answer answers answered fire fires fired"""
)
#: What such a verb puts out.
_DOCUMENTS = words(
    """statement statements memo memos letter letters message messages email emails e-mail
    tweet tweets video videos petition note speech question response comment comments"""
)
#: Words that may open the phrase after the document without saying what it says ("a
#: statement after the vote", "a memo to the board").
_DOCUMENT_ADJUNCTS = words("after before following at to during via")
#: Words that open the document's noun phrase ("a statement", "his memo").
_DOCUMENT_DETERMINERS = words("a an the his her their its this that my our")
#: Words before the document's noun: "a | statement", "a follow-up | statement".
_MAX_DOCUMENT_HEAD = 4


def _only_a_document(doc: Doc, item: Found) -> bool:
    """ "Lee issued a statement Thursday", "released a follow-up statement after the vote",
    "answered a question": a document named without what it says is no content; what it
    says, if anywhere, follows ("…, saying …") as an attribution of its own (on train 16
    such readings, none right; "a statement saying …", "a statement calling on …" stay)."""
    if item.cue is None or len(item.content) != 1:
        return False
    if doc.tokens[item.cue[0]].lower not in _ISSUING:
        return False
    lo, hi = item.content[0]
    head = range(lo, min(hi, lo + _MAX_DOCUMENT_HEAD))
    noun = next((k for k in head if doc.tokens[k].lower in _DOCUMENTS), None)
    if noun is None or noun == lo or doc.tokens[lo].lower not in _DOCUMENT_DETERMINERS:
        return False  # "fired back at his comments": the comments are what is answered
    return _only_time_or_adjunct(doc, noun + 1, hi)


def _only_time_or_adjunct(doc: Doc, lo: int, hi: int) -> bool:
    """Nothing from ``lo`` to ``hi`` but a time phrase or a place, time or listener phrase
    without a clause in it (no comma, quote or "-ing" word)."""
    if lo >= hi:
        return True
    first = doc.tokens[lo].lower
    if first not in TIME_WORDS and first not in _DOCUMENT_ADJUNCTS and first not in TIME_GLUE:
        return False
    for k in range(lo, hi):
        token = doc.tokens[k]
        if token.text == "," or doc.quote_of[k] != -1 or token.lower in {"that", "which", "who"}:
            return False
        if token.is_word and token.text.islower() and token.lower.endswith("ing"):
            return False
    return first not in TIME_GLUE or all(
        doc.tokens[k].lower in TIME_WORDS or doc.tokens[k].lower in TIME_GLUE
        for k in range(lo, hi)
        if doc.tokens[k].is_word
    )


#: Words after a participle that show it heads a clause of its own ("making a public
#: endorsement", "based on polls", "earning him"), not an adjective before a noun
#: ("leading Democrats", "trusted aides").
_AFTER_A_VERB = words(
    """a an the his her its their this that these those him them me us it for during in on
    with to about at into from"""
)
#: Words in "-ing" that open a frame or name a thing, not a clause of the source's own.
_NOT_PARTICIPLES = words(
    """following according including regarding concerning during nothing something anything
    everything morning evening building meeting hearing king thing spring string"""
)


def _participle_as_source(doc: Doc, item: Found) -> bool:
    """ "Making an endorsement of his own, Lee …", "a fundraising email delivered
    during an interview", "Using a rude word to describe …": a source that opens
    with a participle and its object or phrase is a clause around the speaker, not who
    spoke (on train 13 of 14 such readings were wrong; "by" may follow a noun in "-ing",
    "polling by Gallup", and forms of "say" are left alone). A capitalised word in "-ing" inside
    a sentence is a name ("Schilling")."""
    if item.source is None or item.cue is None or doc.tokens[item.cue[0]].lower in SAY_FORMS:
        return False  # "meddling the congressman said is …": the object of "said" comes first
    lo, hi = item.source
    if hi - lo < 2 or doc.tokens[lo + 1].lower not in _AFTER_A_VERB:
        return False
    first = doc.tokens[lo]
    word = first.lower
    if len(word) <= 4 or not word.endswith(("ing", "ed")) or word in _NOT_PARTICIPLES:
        return False
    return first.text.islower() or lo == doc.sentence_bounds(lo)[0]


#: Plain verbs that take an object, seen opening a clause read as a source ("to make a
#: formal | endorsement of", "provide a strong | argument against").
_PLAIN_VERBS = words(
    """make makes use uses provide provides send sends win wins avoid avoids launch launches
    implement implements design designs underscore underscores prevent prevents give gives
    take takes offer offers raise raises keep keeps bring brings"""
)
#: Words that open a verb's object ("make | a formal …", "use | the nominee's …").
_OBJECT_OPENERS = words("a an the his her their its this these those")


def _verb_and_object_as_source(doc: Doc, item: Found) -> bool:
    """ "to make a formal endorsement of", "sends a clear message", "use the nominee's
    words against him": a source that opens with a plain verb and its object is the rest of
    a clause, not who spoke (on train 10 such readings, none right)."""
    if item.source is None:
        return False
    lo, hi = item.source
    if hi - lo < 2 or doc.tokens[lo + 1].lower not in _OBJECT_OPENERS:
        return False
    first = doc.tokens[lo]
    return first.text.islower() and first.lower in _PLAIN_VERBS


#: Prepositions (and particles) that open a phrase, never a speaker ("like" can: "experts
#: like Ann Lee say").
_OPENING_PREPOSITIONS = words(
    """out off throughout below from about in on at amid during after before since into onto
    upon through over under with without by for to toward towards across around despite
    beyond within among between against"""
)


def _preposition_as_source(doc: Doc, item: Found) -> bool:
    """ "throughout his campaign | boasted", "amid reports that … | calls for", "From |
    hints of": a source that opens with a preposition is a phrase of the frame, not who
    spoke (on train 11 such readings, none right). "about 200 protesters" counts, and a
    title's or a classing participle's source is mended later ("among the few | regarded
    as")."""
    if item.source is None or item.cue is None:
        return False
    lo, hi = item.source
    if doc.tokens[lo].lower not in _OPENING_PREPOSITIONS:
        return False
    if lo + 1 < hi and doc.tokens[lo + 1].text[0].isdigit():
        return False  # "about 200 protesters"
    verb = doc.tokens[item.cue[1] - 1].lower
    return verb not in _TITLING_VERBS and verb not in _CLASSING


#: Verbs that stir a feeling in their object ("The remark angered some Democrats").
_STIRRING = words(
    """alarm alarms alarmed anger angers angered exasperate exasperates exasperated unsettle
    unsettles unsettled startle startles startled rattle rattles rattled worry worries worried
    horrify horrifies horrified surprise surprises surprised frighten frightens frightened
    scare scares scared upset upsets stun stuns stunned shock shocks shocked irritate
    irritates irritated infuriate infuriates infuriated outrage outrages outraged dismay
    dismays dismayed disappoint disappoints disappointed thrill thrills thrilled impress
    impresses impressed trouble troubles troubled bother bothers bothered offend offends
    offended annoy annoys annoyed frustrate frustrates frustrated embarrass embarrasses
    embarrassed enrage enrages enraged spook spooks spooked"""
)
#: Words that open what a feeling is about or a clause ("worried that …", "angered by …",
#: "upset he …"): the subject then has the feeling.
_FEELING_ABOUT = words(
    """that by about at with over to for of if whether after when because he she they we i
    you it"""
)
#: Particles of a phrasal verb ("rattled off a list").
_PARTICLES = PARTICLES | {"on"}


def turn_stirred_feeling(doc: Doc, item: Found) -> None:
    """ "The remark angered some Democrats", "Such talk exasperated the mayor": the people
    who feel it are the source and what stirred the feeling is the content (PolNeAR's
    reading), not the other way round as the verb's subject and object would have it."""
    if not _stirred_feeling(doc, item):
        return
    assert item.source is not None
    lo, hi = item.content[0]
    feeling = np_after(doc, lo, hi)
    if feeling is None or feeling[0] != lo:
        return
    item.content, item.source = [item.source], feeling


def _stirred_feeling(doc: Doc, item: Found) -> bool:
    """ "The remark angered some Democrats", "Such talk exasperated the mayor": a verb that
    stirs a feeling, with the people who feel it as its object, read with its subject as
    source (on train none of 16 such readings was right; the two right ones had a
    particle or a clause after the verb). :func:`turn_stirred_feeling` turns it round
    (train 12 of 13 then right); one it cannot turn is dropped. "Lee worried that …",
    "Lee was angered by …" and "Lee worried the plan would fail" stay."""
    if item.cue is None or item.source is None or len(item.content) != 1:
        return False
    lo, hi = item.content[0]
    if lo != item.cue[1] or item.source[1] > item.cue[0]:
        return False
    if doc.tokens[item.cue[1] - 1].lower not in _STIRRING:
        return False
    first = doc.tokens[lo].lower.replace("’", "'").split("'")[0]  # "that's", "he's"
    if first in _FEELING_ABOUT or first in _PARTICLES:
        return False  # "rattled off the same stock line"
    return not any(
        doc.tokens[k].lower in FINITE_VERBS or doc.tokens[k].text == "," for k in range(lo, hi)
    )


#: Articles that open a noun phrase, never a speaker alone.
_ARTICLES = words("a an the no every any each another")
#: Adjectives and degree words common before a noun cue ("The big | question", "a lengthy
#: | debate about"); a list, since "-al" or "-ive" words are nouns too ("official",
#: "initiative").
_MODIFIERS = words(
    """most more very least less simple big bigger biggest common lengthy collective
    different sharp intense passionate noticeable main central final previous tentative
    recent latest new strong harsh public private brief long short whole same other only
    general particular vocal fierce blistering scathing broad widespread growing repeated
    frequent constant initial formal personal early late full real true clear direct explicit
    open quiet loud angry bitter heated stern stark bold rare unusual similar key major minor
    chief top great greater greatest good better best bad worse worst fresh renewed ongoing
    lingering persistent mounting rising sudden surprising hourlong and or"""
)
#: Endings of adjectives that are no nouns ("a curious | note", "a careless | remark").
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible")


def _modifiers_as_source(doc: Doc, item: Found) -> bool:
    """ "The big question is whether …", "a lengthy debate about immigration", "the 1999
    admission that …": an article and adjectives (or a year) with a noun cue after them
    are one noun phrase; read as "source | cue" they name no one (on train 12 such
    readings, none right)."""
    if item.source is None:
        return False
    lo, hi = item.source
    if hi - lo < 2 or doc.tokens[lo].lower not in _ARTICLES:
        return False
    return all(_modifier(doc.tokens[k].lower) for k in range(lo + 1, hi) if doc.tokens[k].is_word)


def _modifier(word: str) -> bool:
    if word in _MODIFIERS or word.isdigit():
        return True
    return len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)


def _bare_that(doc: Doc, item: Found) -> bool:
    """ "the standard that the court announced", "Lee argued that:" and a list: a content
    of "that" alone before its source is a relative pronoun whose noun PolNeAR marks, if
    anything; before a colon it opens what follows. Neither says anything (on train 6 such
    readings, none right; "he said that." stays)."""
    if item.source is None or len(item.content) != 1:
        return False
    lo, hi = item.content[0]
    if hi - lo != 1 or doc.tokens[lo].lower != "that":
        return False
    return hi <= item.source[0] or (hi < len(doc.tokens) and doc.tokens[hi].text == ":")


#: "it" or "that" with a form of "be" fused on: they open a clause, they name no one.
_EXPLETIVES = words("that's it's there's what's here's")


def _expletive_as_source(doc: Doc, item: Found) -> bool:
    """ "That's the consensus of experts, saying …", "It's Lee's endorsement he sought":
    a source of "that's" or "it's" alone is the start of a clause, not a speaker (on train
    7 such readings, none right), unless a verb in "-ing" follows at once."""
    if item.source is None or item.cue is None:
        return False
    lo, hi = item.source
    if hi != item.cue[0] or not doc.tokens[hi].lower.endswith("ing"):
        return hi - lo == 1 and doc.tokens[lo].lower.replace("’", "'") in _EXPLETIVES
    return False  # "It's denouncing …": "it" is a subject and "'s" a progressive "is"


#: Forms of "be" and "take" that make "it" a dummy subject ("It is important to note",
#: "It took him a day to …", "It doesn't take an expert to see").
_DUMMY_IT_VERBS = words("is was isn't wasn't isn’t wasn’t 's ’s been take takes took")
#: Words of a progressive "is" before its "-ing" cue ("it is also pointing …", "It isn't
#: claiming …", "It has been insisting …").
_PROGRESSIVE_GLUE = words(
    "is was isn't wasn't isn’t wasn’t 's ’s has had have been also now still already not"
)
#: How far after "it" the dummy verb may stand ("It should have been common sense …").
_DUMMY_VERB_REACH = 3
#: Words that open the clause a dummy "it" stands for ("It is hard to say", "It was
#: clear that …").
_EXTRAPOSED_OPENERS = words("to that")
#: Words that open the noun phrase after a dummy verb ("It was a tweet pushing …").
_DUMMY_NP_OPENERS = words("a an the this that these those his her their its also")


def _dummy_verb(doc: Doc, item: Found) -> int | None:
    """The form of "be" or "take" after a source of "it" alone, before the cue and not
    the cue's own progressive auxiliary; None if there is none."""
    if item.source is None or item.cue is None:
        return None
    lo, hi = item.source
    if hi - lo != 1 or doc.tokens[lo].lower != "it" or item.cue[0] <= hi:
        return None
    between = range(hi, item.cue[0])
    if doc.tokens[item.cue[0]].lower.endswith("ing") and all(
        doc.tokens[k].lower in _PROGRESSIVE_GLUE for k in between
    ):
        return None  # "it is also pointing to …": "it" is the subject of a progressive
    reach = range(hi, min(item.cue[0], hi + _DUMMY_VERB_REACH))
    return next((k for k in reach if doc.tokens[k].lower in _DUMMY_IT_VERBS), None)


def _no_mark_between(doc: Doc, lo: int, hi: int) -> bool:
    return all(doc.tokens[k].is_word for k in range(lo, hi))


def _dummy_it(doc: Doc, item: Found) -> bool:
    """The source is a dummy "it" standing for a clause after it, with the cue in that
    clause: "It is important to note …", "It doesn't take an expert to see …" (a "to" or
    "that" before the cue), "It was suggestions that …", "It was reported that …" (a
    "that" right after the cue). "It took issue with …", "It was critical of the plan,
    arguing …" name a speaker "it"."""
    verb = _dummy_verb(doc, item)
    if verb is None or item.cue is None:
        return False
    cue, cue_end = item.cue
    opener = next(
        (k for k in range(cue - 1, verb, -1) if doc.tokens[k].lower in _EXTRAPOSED_OPENERS), None
    )
    if opener is not None and _no_mark_between(doc, opener, cue):
        return True
    return (
        not doc.tokens[cue].lower.endswith("ing")
        and cue_end < len(doc.tokens)
        and doc.tokens[cue_end].lower == "that"
        and _no_mark_between(doc, verb, cue)
    )


def _participle_after_dummy_it(doc: Doc, item: Found) -> bool:
    """ "It took him a day to respond, delivering an apology …", "It was a post pushing a
    claim …": a participle after an extraposed clause or right after the noun a dummy
    "it" stands for belongs to someone the clause names (him, the tweet), whom the
    reading cannot tell (on train 6 such readings, none right). "It was critical of the
    plan, arguing …" goes on with a speaker "it"."""
    if item.cue is None or not doc.tokens[item.cue[0]].lower.endswith("ing"):
        return False
    verb = _dummy_verb(doc, item)
    if verb is None:
        return False
    cue = item.cue[0]
    if any(doc.tokens[k].lower in _EXTRAPOSED_OPENERS for k in range(verb + 1, cue)):
        return True
    return doc.tokens[verb + 1].lower in _DUMMY_NP_OPENERS and _no_mark_between(doc, verb, cue)


def _dummy_it_source(doc: Doc, item: Found) -> None:
    """ "It is important to note that …", "It doesn't take an expert to see why …", "it was
    suggestions that …": with a dummy "it" no one is named; PolNeAR leaves the source
    empty (on train 4 such readings, each right without "it" and none with it)."""
    if _dummy_it(doc, item):
        item.source = None


def _unclosed_aside(doc: Doc, item: Found) -> bool:
    """ "Supporters argue — and Lee presumably believes — that …", "Trump alleged - again
    falsely - …": a content that opens with a dash and has no closing dash is the aside
    alone, cut off before what was said (on train 13 such readings, none right). With the
    closing dash inside ("said — on Twitter — that …") the content follows the aside."""
    lo, hi = item.content[0]
    if doc.tokens[lo].text not in DASHES:
        return False
    return not any(doc.tokens[k].text in DASHES for k in range(lo + 1, hi))


#: Prepositions a frame may leave behind ("by saying", "as to say", "with a smile").
_LEFTOVER_PREPS = ATTACHING_PREPS | words("as with for from of")


def _only_a_preposition(doc: Doc, item: Found) -> bool:
    """ "Lee continued by saying, “…”": a content that is one preposition left over from a
    frame says nothing."""
    words_in = [doc.tokens[k] for lo, hi in item.content for k in range(lo, hi)]
    return len(words_in) == 1 and words_in[0].lower in _LEFTOVER_PREPS


#: One-word contents that say nothing: particles of a phrasal verb ("lashed out", "rails
#: against"), sentence adverbs ("went further", "aware, however") and stray determiners.
_FILLER_WORDS = words(
    """against up out off down over back away here there well even further however anyway
    also too still again a an the little enough long"""
)


def _only_a_filler_word(doc: Doc, item: Found) -> bool:
    """ "Lee lashed out", "Trump declined, even", "Mexico said enough", "According to MSNBC,
    basically": a content of one particle, determiner or "-ly" adverb is what is left of
    the clause around the cue, not what was said (none of 17 on train and dev was right;
    one noun, "yes" or "why" often is: "thanking supporters", "said yes")."""
    words_in = [doc.tokens[k] for lo, hi in item.content for k in range(lo, hi)]
    if len(words_in) != 1 or not words_in[0].text.islower():
        return False
    word = words_in[0].lower
    return word in _FILLER_WORDS or (word.endswith("ly") and word not in LY_NOUNS)


#: "stood by his remarks": "by" belongs to the cue.
_STAND = words("stand stands stood standing")


def _agent_as_content(doc: Doc, item: Found) -> bool:
    """ "The bill opposed by House Republicans", "a practice criticized by civil rights
    groups": a participle after a noun is a reduced passive, and its "by" phrase names who
    holds the view; read as "noun | cue | content" it gets source and content the wrong way
    round (on train 1 of 33 such readings was right). "by" with a gerund ("responded by
    saying …"), a margin ("by 55%-41%") or after a feeling ("angered by the raids") stays."""
    if item.cue is None or item.source is None:
        return False
    lo, hi = item.content[0]
    if doc.tokens[lo].lower != "by" or lo + 1 >= hi:
        return False
    after = doc.tokens[lo + 1]
    if not after.is_word or after.text[0].isdigit():
        return False
    if any(doc.tokens[k].lower.endswith("ing") for k in range(lo + 1, min(lo + 3, hi))):
        return False  # "by saying", "by first saying"
    head = doc.tokens[item.cue[0]].lower
    return head not in _STAND and not is_feeling(head)


#: Prepositions that name whose backing or blame a noun cue is ("support from unions",
#: "criticism among allies").
_FROM_WHOM = words("from among")


def _whose_support(doc: Doc, item: Found) -> bool:
    """ "won broad support from governors", "drew criticism from Berlin": after a noun
    cue, a "from" or "among" phrase names who backs or blames, not what they said (on train
    3 of 29 such readings were right, those after "distanced himself")."""
    if item.cue is None or len(item.content) != 1:
        return False
    lo = item.content[0][0]
    if lo != item.cue[1] or doc.tokens[lo].lower not in _FROM_WHOM:
        return False
    head = doc.tokens[item.cue[1] - 1].lower
    return not head.endswith(("ed", "self", "selves"))


#: Words that open a subordinate clause before the main one ("After Lee said that …, the
#: council voted").
_SUBORDINATORS = words("after although though when while as because since before once if")


def _end_subordinate_clause(doc: Doc, item: Found) -> None:
    """ "After Lee argued that taxes were too high, the council cut them": the cue sits in a
    fronted subordinate clause, so its content ends at the comma where the main clause
    begins."""
    if item.source is None or item.cue is None or len(item.content) != 1:
        return
    lo, hi = item.content[0]
    opener = item.source[0] - 1
    if lo < item.cue[1] or opener < 0 or doc.tokens[opener].lower not in _SUBORDINATORS:
        return
    sent_start = doc.sentence_bounds(opener)[0]
    if opener != sent_start and doc.tokens[opener - 1].text not in {",", "and", "but"}:
        return
    # The list may run past the content's end when the content already ends at the main
    # clause ("that the plan, or the bill, was dead | , the mayor laughed").
    sent_end = doc.sentence_bounds(lo)[1]
    for k in range(lo + 1, hi):
        if (
            doc.tokens[k].text == ","
            and doc.quote_of[k] == -1
            and not _inside_list(doc, k, sent_end)
        ):
            item.content = [(lo, k)]
            return


#: Longest item of a list or appositive between two commas ("Rubio, Bush, Kasich and …",
#: "the Islamic State, or ISIS, has …").
_MAX_LIST_ITEM = 5


def _inside_list(doc: Doc, comma: int, hi: int) -> bool:
    """A comma that a short phrase and another comma or "and" follow is inside a list or
    an appositive, not the end of a clause."""
    for k in range(comma + 1, min(hi, comma + 1 + _MAX_LIST_ITEM)):
        if doc.tokens[k].text == ",":
            return True
        if doc.tokens[k].lower in {"and", "or"}:
            # "the council and the mayor cut them": a coordinated subject of the main
            # clause, not the last item of a list ("Rubio, Bush and Kasich").
            return doc.tokens[comma + 1].lower not in SUBJECT_DETERMINERS
    return False


#: Verbs of talking that name their listener with "to" ("wrote to investors").
_TALK = words(
    """write writes wrote writing speak speaks spoke speaking talk talks talked talking
    vent vents vented venting acknowledge acknowledges acknowledged boast boasts boasted"""
)
#: Words that open a listener's noun phrase.
_LISTENER_OPENERS = words("the a an his her their its my our your him them me us")
#: Words that bring in what was said after the listener ("talked to aides about …"); not
#: "of", which stays inside the listener's noun phrase ("spoke to a gathering of farmers").
_TOPIC = words("about that why how whether what if on")


#: Prepositions of whom or where one talked: "spoke to a union", "spoke at a memorial".
_TO_OR_AT = words("to at")


def _listener_only(doc: Doc, item: Found) -> bool:
    """ "Lee wrote to investors", "spoke to a union in June": a "to" phrase after a verb of
    talking names who was addressed, not what was said (none of 10 such readings on
    train was right; with "about …" or "that …" after it the topic follows); an "at"
    phrase ("spoke at a memorial service") names where."""
    if item.cue is None or len(item.content) != 1:
        return False
    lo, hi = item.content[0]
    if lo != item.cue[1] or doc.tokens[lo].lower not in _TO_OR_AT:
        return False
    if doc.tokens[item.cue[1] - 1].lower not in _TALK or lo + 1 >= hi:
        return False
    listener = doc.tokens[lo + 1]
    if not (listener.is_cap or listener.lower in _LISTENER_OPENERS or _bare_plural(doc, lo + 1)):
        return False  # "spoke to accept the nomination": an infinitive
    return not any(
        (doc.tokens[k].lower in _TOPIC and not _on_a_date(doc, k, hi)) or doc.quote_of[k] != -1
        for k in range(lo, hi)
    )


def _bare_plural(doc: Doc, k: int) -> bool:
    """ "wrote to investors", "spoke to students": a plural without an article is a
    listener too (an infinitive such as "to discuss" or "to address" has no plural "-s";
    "to focus" and "to press" end in a double or vowel-less "s" and are left out)."""
    word = doc.tokens[k].lower
    return (
        doc.tokens[k].is_word
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )


def _on_a_date(doc: Doc, k: int, hi: int) -> bool:
    """ "spoke to the Rotary Club on Nov. 14", "on Tuesday": "on" before a day tells when,
    not what the talk was about ("spoke to aides on trade" does)."""
    if doc.tokens[k].lower != "on" or k + 1 >= hi:
        return False
    day = doc.tokens[k + 1]
    return day.lower in WEEKDAYS or day.lower.rstrip(".") in _MONTH_WORDS


#: Month names and their abbreviations ("Nov.", "Sept.").
_MONTH_WORDS = MONTHS | words("jan feb mar apr jun jul aug sep sept oct nov dec")


#: Verbs that give a work its name ("an ad titled “Unifier?”") rather than report words.
_TITLING_VERBS = words("titled entitled")
#: Small words a title keeps in lowercase ("Guardians of the Galaxy").
_TITLE_GLUE = words("of the a an and to in for on with at")
_MAX_TITLE = 6


def names_a_work(doc: Doc, item: Found) -> bool:
    """ "told ABC's “Good Morning America.”", "on MSNBC's “Morning Joe.”": a short
    title-cased quote after a possessive is the name of a show, not words anyone said (on
    train no such reading was right)."""
    if item.cue is None or len(item.content) != 1:
        return False
    lo, hi = item.content[0]
    quote = _closing_quote(doc, lo, hi)
    if quote is None or quote.first == 0 or not _title_cased(doc, *quote.inner()):
        return False
    if not doc.tokens[quote.first - 1].lower.endswith(("'s", "’s")):
        return False
    # the content is the quote, maybe after the possessive or a preposition ("on MSNBC's")
    return quote.first <= lo + 1 or doc.tokens[lo].lower in _PREPOSITIONS


_PREPOSITIONS = words("on in to at for from with")


def _closing_quote(doc: Doc, lo: int, hi: int) -> Quote | None:
    """The quote that ends the content and opens at most two words into it."""
    index = doc.quote_of[hi - 1]
    if index == -1:
        return None
    quote = doc.quotes[index]
    return quote if lo - 1 <= quote.first <= lo + 2 else None


def _title_cased(doc: Doc, lo: int, hi: int) -> bool:
    words_in = [doc.tokens[k] for k in range(lo, hi) if doc.tokens[k].is_word]
    if not words_in or len(words_in) > _MAX_TITLE:
        return False
    return all(t.is_cap or t.lower in _TITLE_GLUE for t in words_in)


def drop_title_source(doc: Doc, item: Found) -> None:
    """ "an ad titled “Unifier?”": PolNeAR gives the title of a work no source (7 of 10
    "titled" attributions on train); the ad or book before the verb is not a speaker."""
    if item.cue is None or doc.tokens[item.cue[1] - 1].lower not in _TITLING_VERBS:
        return
    lo, hi = item.content[0]
    if len(item.content) == 1 and _closing_quote(doc, lo, hi) is not None:
        item.source = None


#: Words that put the poll word in a clause or phrase of its own ("in Florida to take
#: advantage of falling polls", "in the hours before the polls", "in three of nine states
#: where exit polls were taken"). Not "in": "mired in third in most surveys" is PolNeAR's.
_AWAY_FROM_POLL = words("to before after as at for with on into head heads went closed while where")


def _poll_word_too_deep(doc: Doc, item: Found) -> bool:
    """ "… in two of seven counties where exit polls …", "raised $2 million in the day after
    polls closed": for the poll rule's "in", the poll must head the phrase after it; a poll word
    behind a preposition or verb belongs to something else."""
    if item.cue is None or item.source is None or doc.tokens[item.cue[0]].lower != "in":
        return False
    lo, hi = item.source
    for k in range(lo, hi):
        token = doc.tokens[k]
        if token.lower in POLL_WORDS:
            return False
        if token.lower in _AWAY_FROM_POLL or (token.lower.endswith("ed") and token.text.islower()):
            return True
    return False


#: Participles of verbs that class something "as" something ("a state seen as critical",
#: "Kyle, referred to as …").
_CLASSING = words(
    """seen viewed regarded considered described referred billed denounced intended
    identified mentioned known labeled labelled branded touted hailed dubbed characterized
    portrayed dismissed perceived"""
)


def _classed_noun_as_content(doc: Doc, item: Found) -> None:
    """ "a state seen as critical", "His call, denounced as inhumane, …": a classing
    participle with "as" right after it and no object is a passive without its agent; the
    noun before it is what is classed, not who classes (none of 13 such readings on train
    had its source right), so it joins the content and the source goes, as PolNeAR marks
    a passive."""
    if not _reduced_passive_as(doc, item):
        return
    assert item.source is not None
    lo, hi = item.content[0]
    # The "as" phrase of a reduced relative ends at the next comma ("Kyle, referred to as
    # the best, has …"), a title's comma inside its quote marks included.
    end = next((k for k in range(lo, hi) if doc.tokens[k].text == ","), hi)
    item.content = [item.source, (lo, end)]
    item.source = None


def _clause_as_source(doc: Doc, item: Found) -> bool:
    """A source with a comma in it ("despite his profile, no one underestimates Manafort,")
    is a clause, not the noun a participle classes: the reading is dropped, not mended."""
    assert item.source is not None
    return any(doc.tokens[k].text == "," for k in range(*item.source))


def _reduced_passive_as(doc: Doc, item: Found) -> bool:
    """Source, then a classing participle right after it (or after its comma), then
    "as": a reduced relative ("a state seen as", "Kyle, often referred to as")."""
    if item.cue is None or item.source is None or len(item.content) != 1:
        return False
    lo, hi = item.cue
    if item.content[0][0] != hi or doc.tokens[hi].lower != "as" or item.source[1] > lo:
        return False
    if doc.tokens[hi - 1].lower not in _CLASSING:
        return False
    before = lo - 1
    while before > item.source[0] and doc.tokens[before].lower.endswith("ly"):
        before -= 1  # "often referred to as", "widely regarded as"
    return before == item.source[1] - 1 or doc.tokens[before].text == ","


#: Forms of "be" before a passive participle.
_BE = BE_FINITE | BE_NONFINITE
#: Words that open a time or place phrase after a passive cue ("was booed at the debate",
#: "was approved last year"): the sentence's frame, not part of what is attributed.
_ADJUNCT_OPENERS = WEEKDAYS | words(
    """at on in during last this after following before since yesterday today earlier among"""
)

#: Cues whose complement is what is attributed even after a time phrase ("A decision is
#: expected in mid-May").
_RAISING = words("expected known seen thought believed considered")
#: Words that carry the rest of a passive's content ("described on Amazon as …").
_COMPLEMENT = words("as to why whether how what that if")


#: Verbs by which news or questions come up ("questions arose about …", "news has emerged
#: that …"): their subject is what came up, not who said it.
_ARISING = words("emerge emerges emerged arise arises arose surface surfaces surfaced")
#: Words after such a verb in its cue ("arose about", "emerged over").
_ARISING_PREPOSITIONS = words("about over of that")


def _no_source_of_arising(doc: Doc, item: Found) -> None:
    """ "questions arose about Lee's record", "news has emerged that …": PolNeAR reads the
    noun ("questions about", "news that") as the cue of an attribution without a source
    (on train 5 such readings had the subject as source, each wrong; "Stories emerged
    describing …" has a verb of its own and keeps it)."""
    if item.cue is None or item.source is None:
        return
    lo, hi = item.cue
    if doc.tokens[lo].lower not in _ARISING:
        return
    if all(doc.tokens[j].lower in _ARISING_PREPOSITIONS for j in range(lo + 1, hi)):
        item.source = None


#: Adverbs and predicative adjectives that name no one, though a source finder may stop
#: on them ("Lee was eager to jab …", "a passion that almost suggested …").
_NO_ONE_WORDS = words("eager almost nonetheless please even also just still too")


def _modifier_alone_as_source(doc: Doc, item: Found) -> bool:
    """ "Lee was eager to jab …", "a passion that almost suggested …", "please ask
    yourself …": a source of one adverb or predicative adjective names no one, and the one
    who spoke, if anyone, is out of the reading's reach (on train and dev 7 such readings,
    none right)."""
    if item.source is None:
        return False
    lo, hi = item.source
    return hi - lo == 1 and doc.tokens[lo].lower in _NO_ONE_WORDS


def _sourceless_in_question(doc: Doc, item: Found) -> bool:
    """ "Would they prefer a chair who is expected to be cautious?", "Will he continue
    calling himself a Democrat?": a reading without a source in a sentence that asks
    something states nothing anyone holds (on train 7 such readings, none right; with a
    source, "Did Lee say that …?", PolNeAR marks them). A "?" inside someone else's quote
    does not make the sentence ask ("Lee asked “Why now?” and experts are expected to
    testify"); one inside the reading's own content does."""
    if item.source is not None or item.cue is None:
        return False
    if doc.asks(item.cue[0]):
        return True
    first, last = doc.sentence_bounds(item.cue[0])
    return any(
        doc.tokens[k].text == "?"
        for lo, hi in item.content
        for k in range(max(lo, first), min(hi, last))
    )


def _against_after_a_noun(doc: Doc, item: Found) -> bool:
    """ "a viral post against the mayor", "his tirade against …", "insults against
    immigrants", "came out against …": "against" alone as the cue, after a common noun or
    a particle, leaves the noun (or the verb) as the source, which names no one; the
    speaker is its owner or the clause's subject, out of the reading's reach (on train 8
    such readings, none right; "Lee against …" after a name and "they are against …" after
    a pronoun stay)."""
    if item.source is None or item.cue is None or item.cue[1] - item.cue[0] != 1:
        return False
    if doc.tokens[item.cue[0]].lower != "against":
        return False
    last = doc.tokens[item.source[1] - 1]
    return last.is_word and not last.is_cap and last.lower not in PRONOUNS


def _worth_as_source(doc: Doc, item: Found) -> None:
    """ "It is worth noting that …", "worth remembering that …": no one is named, and
    PolNeAR marks the reading without a source (on train 1 such reading, right without
    "worth")."""
    if item.source is None or item.source[1] - item.source[0] != 1:
        return
    if doc.tokens[item.source[0]].lower == "worth":
        item.source = None


def _drop_passive_adjunct(doc: Doc, item: Found) -> None:
    """ "Lee was booed at the debate", "The plan was approved last year": a passive
    without an agent attributes its subject alone; the time or place phrase after the cue
    is the frame."""
    if item.source is not None or item.cue is None or len(item.content) != 2:
        return
    (s_lo, s_hi), (a_lo, a_hi) = item.content
    lo, hi = item.cue
    if not s_hi <= lo or a_lo < hi or not _after_be(doc, lo, s_hi):
        return
    if doc.tokens[lo].lower in _RAISING or doc.tokens[a_lo].lower not in _ADJUNCT_OPENERS:
        return
    if any(doc.quote_of[k] != -1 or doc.tokens[k].lower in _COMPLEMENT for k in range(a_lo, a_hi)):
        return  # "is described on Amazon as “…”", "was pressed on why …"
    item.content = [(s_lo, s_hi)]


def _after_be(doc: Doc, cue: int, stop: int) -> bool:
    j = cue - 1
    while j >= stop:
        word = doc.tokens[j].lower
        if word in _BE:
            return True
        if word not in BETWEEN_SOURCE_AND_CUE and not word.endswith("ly"):
            return False
        j -= 1
    return False
