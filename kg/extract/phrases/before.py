"""The subject before a cue: ``np_before`` and the words it skips to reach it.

Between a subject and its cue may stand auxiliaries, negations and adverbs ("wouldn’t
directly"), floating quantifiers ("they all said"), time adjuncts ("Sanders on Tuesday
said", "in the past") and dated participles ("New polls released Sunday showed");
``np_before`` skips them, then takes the bare phrase (:mod:`kg.extract.phrases.core`)
or an appositive or dashed one (:mod:`kg.extract.phrases.appositive`). ``sender`` finds
who issued a medium before a participle cue ("Trump issued a statement saying …").
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.doc import Doc
from kg.extract.phrases.appositive import appositive_before, dashed_before, title_start
from kg.extract.phrases.common import (
    NUMBER_WORDS,
    adverb,
    verb_like,
    without_anonymity_clause,
)
from kg.extract.phrases.core import core_before, relative_clause_head, with_quantifier
from kg.extract.phrases.scan import present_participle
from kg.extract.wordsets import (
    ADVERB_GRADES,
    ARTICLES,
    BE_FINITE,
    CONTRACTED_S,
    DASHES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
    words,
)

#: Verbs that sit between a subject and the verb of saying ("he keeps talking about"), and
#: degree words before an adjective cue ("she was far less concerned with": the source is
#: "she", not "less"; on train such sources were wrong 8 times, right none), and modals
#: the cue lexicon leaves out ("women should be able to expect": on train 3 fixed, 1 lost).
_MORE_AUXILIARIES = words(
    "am 'm ’m keeps kept starts continues begins began just more less far can should must shall"
)
#: Linking adverbs between a subject and its verb ("Carter however said", "Lee too
#: said"): they tie the sentence to the one before and are no part of the subject.
_LINKING_ADVERBS = words("however though too meanwhile nonetheless nevertheless therefore thus")
#: A time noun after one of these words makes a time phrase ("on Tuesday", "this month").
_TIME_NOUNS = WEEKDAYS | words("week month year weekend morning afternoon evening night")
_TIME_OPENERS = words("on this last early late just earlier later")
_MONTHS = words(
    """january february march april june july august september october november december"""
)
_MONTH_OPENERS = words("in mid")


def np_before(doc: Doc, end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending just before token ``end`` (a cue), as a token range.

    Auxiliaries and adverbs between subject and cue are skipped; an appositive between
    commas ("Stephen Biegun, former deputy secretary of state, told") is taken in whole.
    ``floor`` is the first token the phrase may use (its sentence start). A floating
    quantifier ("have all said") is the source only when no phrase stands before it
    ("Ann and Bob, who both said": PolNeAR takes "both").
    """
    found = _np_before(doc, end, floor, floating=True) or _np_before(
        doc, end, floor, floating=False
    )
    return None if found is None else _pronoun_alone(doc, without_anonymity_clause(doc, found))


#: Words a subject pronoun shares its phrase with ("she and her aides", "they all").
_WITH_PRONOUN = words("and or nor all both")


def _pronoun_alone(doc: Doc, found: tuple[int, int]) -> tuple[int, int]:
    """ "he took credit for", "he went on the record endorsing": a subject pronoun takes no
    lowercase words after it but "and …" or a quantifier; what follows is its verb, so the
    pronoun alone is the source (train gold: 20 sources open with a pronoun and more
    words, all but 2 with "and", "or" or "all"; cut, 9 wrong train sources become right)."""
    lo, hi = found
    if hi - lo < 2 or doc.tokens[lo].lower not in SUBJECT_PRONOUNS | {"you"}:
        return found
    after = doc.tokens[lo + 1]
    if not (after.is_word and after.text.islower()) or after.lower in _WITH_PRONOUN:
        return found
    return lo, lo + 1


def np_right_before(doc: Doc, end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending right at token ``end``: :func:`np_before`'s phrase when it
    skipped nothing (no auxiliary or adverb stands between it and ``end``)."""
    found = np_before(doc, end, floor)
    return found if found is not None and found[1] == end else None


def _np_before(doc: Doc, end: int, floor: int, *, floating: bool) -> tuple[int, int] | None:
    j = _skip_auxiliaries(doc, end - 1, floor, floating=floating)
    timed = _skip_time_adjunct(doc, j, floor)
    dated = _dated_participle(doc, timed, j)
    j = _skip_auxiliaries(doc, timed, floor, floating=floating)
    if j < floor:
        return None
    if doc.quote_of[j] != -1:
        return _titled_before(doc, j, floor)
    if doc.tokens[j].text == ",":
        return appositive_before(doc, j, floor)
    if doc.tokens[j].text in DASHES and (dashed := dashed_before(doc, j, floor)):
        return dashed
    if (head := _head_of_object_pronoun(doc, j, end, floor)) is not None:
        return head, j + 1
    if doc.tokens[j].lower in PRONOUNS or doc.tokens[j].lower == "which":
        # "Recently she said", "all she shouts": a pronoun right before the cue is the source;
        # so is a relative one ("the report, which found …").
        return with_quantifier(doc, j, floor), j + 1
    core = core_before(doc, j, floor)
    if core is None or _verb_after_auxiliary(doc, core[0], floor):
        return None
    if core[0] - 1 > floor and doc.tokens[core[0] - 1].lower in _SPENDING:
        # "he spent much of his speech praising …": the time is spent by the speaker
        # (train 3 fixed, none lost).
        return _np_before(doc, core[0] - 1, floor, floating=floating)
    last = dated if dated is not None and core[1] == timed + 1 else core[1]
    return with_quantifier(doc, core[0], floor), last


#: Pronouns that are only ever objects (not "her", also a possessive): before a finite verb
#: they end a relative clause.
_OBJECT_ONLY = OBJECT_PRONOUNS - {"her"}


#: Verbs whose object pronoun is the subject of the bare verb after it ("let him say").
_LETTING = words("let lets make makes made have has had hear heard hearing help helps see saw")


def _head_of_object_pronoun(doc: Doc, j: int, end: int, floor: int) -> int | None:
    """ "Clubs that have praised him say …": an object pronoun right before a finite cue
    ends the relative clause of the subject, which starts at the noun before "that" or
    "who" (its clause kept, as for "Voters in Dover who watched the debate said"); None
    when the cue is no finite verb ("hearing him say", "led her to declare") or no such
    clause opens before the pronoun."""
    if doc.tokens[j].lower not in _OBJECT_ONLY or j != end - 1 or end >= len(doc.tokens):
        return None
    cue = doc.tokens[end].lower
    if not cue.endswith(("s", "ed")) and cue not in IRREGULAR_PAST and cue != "say":
        return None
    before = doc.tokens[j - 1] if j > floor else None
    if before is None or not before.text.islower() or before.lower in _LETTING:
        return None
    return relative_clause_head(doc, j, floor)


def _titled_before(doc: Doc, j: int, floor: int) -> tuple[int, int] | None:
    """ "Ann Lee, a professor at Yale and author of “Rules of the Game,” put it": a source
    that ends in a short quoted title after "of" keeps the title (news style puts the
    appositive's closing comma inside the marks); the closing mark ``j`` stands for that
    comma, or the bare phrase before "of" carries the title ("the author of “Dams” said")."""
    start = title_start(doc, j)
    if start is None or doc.quotes[doc.quote_of[j]].last != j:
        return None
    described = appositive_before(doc, j, floor)
    if described is not None:
        return described
    core = core_before(doc, start - 2, floor)
    return None if core is None else (core[0], j + 1)


#: Verbs whose object is time the subject spends on the cue's act.
_SPENDING = words("spent spends spend spending")


#: Irregular participles besides ``IRREGULAR_PARTICIPLES`` ("have begun urging").
_MORE_PARTICIPLES = words("begun spent done gone become brought sought kept")


def _verb_after_auxiliary(doc: Doc, start: int, floor: int) -> bool:
    """ "Ortiz has taken a firm stance", "Lee is setting high expectations", "more
    Republicans have begun urging": a phrase that opens with a verb after an auxiliary is
    the predicate, not the subject. No source then: taking the subject before the auxiliary
    instead gave sources to noun cues PolNeAR leaves without one ("has faced criticism"),
    and scored lower on dev and held-out train."""
    first = doc.tokens[start]
    word = first.lower
    verb = (
        word in IRREGULAR_PAST | IRREGULAR_PARTICIPLES | _MORE_PARTICIPLES
        or present_participle(doc, start)
        or verb_like(doc, start)
    )
    if not verb or not first.text.islower():
        return False
    j = start - 1
    while j >= floor and adverb(doc, j):
        j -= 1
    return j >= floor and doc.tokens[j].lower in _AUXILIARIES


_AUXILIARIES = words("is was are were be been being has have had am")


def _dated_participle(doc: Doc, timed: int, last: int) -> int | None:
    """ "New polls released Sunday showed", "filings made on Sunday night revealed":
    a participle with its date describes the document; PolNeAR's source keeps both (the
    end of the source returned), while "Lee on Tuesday said" drops the date (None)."""
    if timed < last and verb_like(doc, timed + 1):
        return last + 1
    return None


def _skip_auxiliaries(doc: Doc, j: int, floor: int, *, floating: bool = False) -> int:
    """Step back over auxiliaries, negations and adverbs ("wouldn’t directly", "just
    starts", "am fully"), a floating quantifier ("have all attacked", "who both endorsed")
    and "in the past" / "at the time" to the subject's last word."""
    while j >= floor:
        word = doc.tokens[j].lower
        if (
            word in BETWEEN_SOURCE_AND_CUE
            or word in _MORE_AUXILIARIES
            or word in _LINKING_ADVERBS
            or word.endswith(("n't", "n’t"))
            or adverb(doc, j)
            or _progressive_passive(doc, j, floor)
            or _degree_before_adverb(doc, j)
            or (floating and word in _FLOATING and j > floor and _ends_phrase(doc, j - 1))
        ):
            j -= 1
        elif _fixed_time(doc, j, floor):
            j -= 3
        else:
            break
    return j


def _degree_before_adverb(doc: Doc, j: int) -> bool:
    """ "and most recently defended", "Lee most recently argued": "most" before an "-ly"
    adverb grades the adverb; it is no quantifier heading a subject ("Most say …")."""
    return doc.tokens[j].text in ADVERB_GRADES and j + 1 < len(doc.tokens) and adverb(doc, j + 1)


#: Forms of "be" that open a progressive passive ("was being reviewed").
_BE_BEFORE_BEING = BE_FINITE | CONTRACTED_S


def _progressive_passive(doc: Doc, j: int, floor: int) -> bool:
    """ "The deal was being criticized by Ruiz as …": "being" after a form of "be" is one more
    auxiliary of the passive; alone ("without being asked", "the suit being filed") it
    opens a phrase of its own."""
    return (
        doc.tokens[j].lower == "being" and j > floor and doc.tokens[j - 1].lower in _BE_BEFORE_BEING
    )


def _ends_phrase(doc: Doc, k: int) -> bool:
    """A word or a closing parenthesis ("Kim Park (D-N.J.) all said") may end the phrase
    a floating quantifier follows."""
    return doc.tokens[k].is_word or doc.tokens[k].text == ")"


#: Quantifiers that float after their subject ("They have all said", "who both voted").
_FLOATING = words("all both each")
#: Time phrases of three words between a subject and its verb ("who in the past said").
_FIXED_TIMES = {("in", "the", "past"), ("at", "the", "time")}


def _fixed_time(doc: Doc, j: int, floor: int) -> bool:
    if j - 3 < floor:
        return False  # the phrase must leave a subject before it
    return (doc.tokens[j - 2].lower, doc.tokens[j - 1].lower, doc.tokens[j].lower) in _FIXED_TIMES


def _skip_time_adjunct(doc: Doc, j: int, floor: int) -> int:
    """ "Sanders on Tuesday said", "Ulm Bank just this month announced", "A poll in late
    August found", "The poll released Friday shows": a short time phrase between subject
    and cue is not part of the subject (nor the subject itself). A participle with its
    date goes back into the subject later (``_dated_participle``: PolNeAR keeps it)."""
    if j - 1 >= floor and doc.tokens[j].lower == "ago":
        return _before_ago(doc, j, floor)
    if j - 1 < floor or doc.tokens[j].lower not in _TIME_NOUNS | _MONTHS:
        return j
    if doc.tokens[j - 1].lower in _TIME_NOUNS and j - 2 >= floor:
        j -= 1  # "on Thursday evening"
    if doc.tokens[j - 1].lower in _TIME_OPENERS | _MONTH_OPENERS:
        k = j - 2
        while k >= floor and doc.tokens[k].lower in _TIME_OPENERS | _MONTH_OPENERS:
            k -= 1  # "early on Friday", "just this month", "in late August"
        if k - 1 >= floor and verb_like(doc, k):
            return k - 1  # "A report released last year found": before the participle
        return k
    if verb_like(doc, j - 1) and j - 2 >= floor:
        return j - 2  # "released Friday": the subject ends before the participle
    return j


#: Time nouns that count a span back from now ("two weeks ago", "a few years ago").
_SPANS = words("day days week weeks month months year years decade decades hours")
#: Words that count or hedge a span before its noun ("less than two", "a few", "just").
_SPAN_COUNTS = NUMBER_WORDS | words(
    "a few several many less more than about nearly almost just only some couple of"
)


def _before_ago(doc: Doc, ago: int, floor: int) -> int:
    """ "The board less than three days ago said …": a span counted back with "ago" between
    subject and cue is a time phrase like "on Tuesday"; the subject ends before it (it
    was the source itself, or ran on into it). ``ago`` itself when it is no such span."""
    j = ago - 1
    if doc.tokens[j].lower not in _SPANS:
        return ago
    j -= 1
    while j >= floor and (doc.tokens[j].lower in _SPAN_COUNTS or doc.tokens[j].text.isdigit()):
        j -= 1
    if j == ago - 2 or j < floor:
        return ago  # no count ("weeks ago"), or nothing before the span to be the subject
    return j


_MEDIA = words(
    """statement statements release email emails letter letters memo ad ads signs sign
    message messages tweet tweets post posts video note column op-ed editorial petition
    report"""
)
_WHEN = WEEKDAYS | words("today yesterday tonight morning afternoon evening night")


def sender(doc: Doc, medium: tuple[int, int], sent_start: int) -> tuple[int, int] | None:
    """ "Trump issued a statement saying …", "Protesters carried signs saying …": the
    subject of the verb before the statement, not the statement, is the source."""
    last = medium[1] - 1
    while last > medium[0] and doc.tokens[last].lower in _WHEN:
        last -= 1  # "released a statement Wednesday saying"
    if doc.tokens[last].lower not in _MEDIA:
        return None
    # The phrase may have run over the verb ("The union put out a statement"): the
    # statement starts at its last article.
    article = next(
        (j for j in range(last - 1, medium[0] - 1, -1) if doc.tokens[j].lower in ARTICLES),
        medium[0],
    )
    verb = article - 1
    if verb > sent_start and doc.tokens[verb].lower in {"out", "up", "off"}:
        verb -= 1  # "sent out a press release saying"
    if verb <= sent_start or not doc.tokens[verb].text.islower():
        return None
    return np_before(doc, verb, sent_start)


#: Prepositions whose object a speaker addresses or speaks through ("a pitch to voters",
#: "heard on a microphone", "wrote on Facebook").
_ADDRESSED = words("to on at")


def addressed_object(doc: Doc, k: int, source: tuple[int, int], sent_start: int) -> bool:
    """ "Ortiz was heard on a microphone telling …", "Lee is making a pitch to voters saying
    …": a participle of saying right after the object of "to", "on" or "at" goes on with
    the sentence's subject, the object being the listener or the medium (indirect, train: 2
    sources made right, 1 wrong one dropped; direct: "wrote … to supporters saying, “…”",
    "on Facebook writing, “…”"). Participles of stance keep the object ("gave $3 million to
    a group backing …")."""
    prep = source[0] - 1
    cue = LEXICON.get(doc.tokens[k].lower)
    return (
        source[1] == k
        and prep > sent_start
        and doc.tokens[prep].text in _ADDRESSED
        and doc.tokens[k].lower.endswith("ing")
        and cue is not None
        and cue.speech
    )
