"""Content spans of reported speech: the clause after a cue, the clause before it, and
whether what follows a cue is only a frame tail (time, place, listener).
"""

from __future__ import annotations

from kg.extract.cues import LEXICON, is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import TokenRange
from kg.extract.judge import Judge
from kg.extract.phrases import np_after
from kg.extract.phrases.common import NUMBER_WORDS, comma_in_closing_mark
from kg.extract.wordsets import (
    ARTICLES,
    ATTACHING_PREPS,
    CALENDAR_WORDS,
    DASHES,
    IRREGULAR_PAST,
    MONTHS,
    PARTICLES,
    PERSONAL_PRONOUNS,
    SET_OFF_MARKS,
    SUBJECT_PRONOUNS,
    TIME_GLUE,
    TIME_WORDS,
    WEEKDAYS,
    fused_pronoun,
    words,
)

#: Longest content taken (tokens); keeps the per-cue cost bounded on run-on text.
MAX_CONTENT = 120
END_PUNCT = frozenset({".", "?", "!", ";"})
CLOSING = frozenset({"”", '"', "''"})
#: Words that open a frame tail after a sentence-final cue ("said Thursday", "said in …").
_TAIL_OPENERS = WEEKDAYS | words(
    """in on at during after before via from through yesterday today tonight last this earlier
    later recently late early a an , --"""
)
_MAX_TAIL = 16
#: A tail holding one of these is a clause of its own, not a frame.
_CLAUSE_MARKERS = words(
    """that he she they it we i there who which because but and if whether ; :"""
)


#: What :func:`trim` drops from a span's end (built once: trim runs for every content).
_TRIMMED_MARKS = END_PUNCT | {",", ":"} | CLOSING


def trim(doc: Doc, lo: int, hi: int) -> TokenRange | None:
    """Drop closing punctuation (but not a closing quote mark) and require a word."""
    while hi > lo and doc.tokens[hi - 1].text in _TRIMMED_MARKS:
        if doc.tokens[hi - 1].text in CLOSING and doc.quote_of[hi - 1] != -1:
            break
        hi -= 1
    return (lo, hi) if hi > lo and any(doc.tokens[j].is_word for j in range(lo, hi)) else None


#: Particles of a phrasal verb of saying ("weighed in on", "lashed out at", "opened up
#: about", "doubled down on"), and the prepositions after them that end the cue: in train
#: the content starts after such a pair 22 times of 23 (not "out of", "up to", "back in").
_PARTICLES = PARTICLES | {"in"}
_PARTICLE_PREPS = words("about on at against behind for from over with")


def particle_preposition(doc: Doc, lo: int, hi: int) -> bool:
    """ "out at | the council", "in on | the plan": a particle and its preposition open
    the span, and a word follows them."""
    return (
        hi - lo >= 3
        and doc.tokens[lo].lower in _PARTICLES
        and doc.tokens[lo + 1].lower in _PARTICLE_PREPS
        and doc.tokens[lo + 2].is_word
    )


def particle_object(doc: Doc, lo: int, hi: int) -> bool:
    """ "out at | the council", not "up on | Twitter" or "out on | Monday": the pair is
    followed by the phrasal verb's object, not by the medium or time of the saying."""
    if not particle_preposition(doc, lo, hi):
        return False
    head = lo + 3 if doc.tokens[lo + 2].lower in _FRAME_DETERMINERS else lo + 2
    return head >= hi or doc.tokens[head].lower not in _FRAME_HEADS


def _object_start(doc: Doc, cue: int, lo: int, limit: int) -> int:
    """Where what was said starts for finding its end: past a particle and its preposition
    right after the cue ("lashed out at | the council on Monday"). From the particle, the
    end ranker (trained on contents that start after the pair) and the frame-tail check
    end the content at the preposition or at the particle ("out"), losing it. Not when
    the pair only frames the saying ("opened up on Twitter", "lashed out on Monday")."""
    return lo + 2 if lo == cue + 1 and particle_object(doc, lo, limit) else lo


#: Adverbs of degree between a cue and its preposition ("talked more about", "said almost
#: nothing about", "spoke highly of").
_DEGREE = words("more less so little nothing almost too very")
_TOPIC_PREPS = words("about of on against")
_MAX_ADVERBS = 3


def _past_adverb_preposition(doc: Doc, cue: int, lo: int, sent_end: int) -> int:
    """ "talked more about | policy", "spoke highly of | the mayor", "bragged prematurely
    about | his win": adverbs and a preposition right after the cue belong to the cue;
    what was said starts after them (PolNeAR's cue runs over them). Not before a frame
    ("spoke publicly on | Monday"). On train 5 attributions made right, none lost."""
    if lo != cue + 1:
        return lo
    j = lo
    while j < min(sent_end, lo + _MAX_ADVERBS) and _degree_adverb(doc.tokens[j].text, j > lo):
        j += 1
    if j == lo or j + 1 >= sent_end or doc.tokens[j].lower not in _TOPIC_PREPS:
        return lo
    head = j + 2 if doc.tokens[j + 1].lower in _FRAME_DETERMINERS else j + 1
    if head < sent_end and doc.tokens[head].lower in _FRAME_HEADS:
        return lo
    return j + 1


#: Words of a date or time phrase between a cue and "that" ("said earlier this month
#: that", "said two days ago that", "said three weeks ago that", "replied the next day
#: that", "said on March 3, 2022, that"). TIME_WORDS has the singular units only.
_TIME_PHRASE = (
    TIME_WORDS
    | TIME_GLUE
    | CALENDAR_WORDS
    | NUMBER_WORDS
    | words("ago day days weeks months hours time some , early late")
)
_MAX_TIME_PHRASE = 6


def _past_time_phrase(doc: Doc, lo: int, sent_end: int) -> int:
    """ "said earlier this month | that …": a time phrase right after the cue and before
    "that" tells when it was said; what was said starts at "that" (the date reader finds
    the phrase in the frame)."""
    j = lo
    limit = min(sent_end, lo + _MAX_TIME_PHRASE)
    while j < limit and (doc.tokens[j].lower in _TIME_PHRASE or doc.tokens[j].text.isdigit()):
        j += 1
    if j < sent_end and doc.tokens[j].lower != "that":
        comma = next((k for k in range(lo + 1, j) if doc.tokens[k].text == ","), None)
        if comma is not None:
            j = _past_set_off_phrase(doc, comma + 1, sent_end)
    if j >= sent_end or doc.tokens[j].lower != "that":
        return lo
    timed = any(
        doc.tokens[k].lower in _WHEN_WORDS or doc.tokens[k].text.isdigit() for k in range(lo, j)
    )
    return j if timed else lo


#: How many words a phrase set off by commas after the time may hold ("said on Monday,
#: after the vote, that").
_MAX_SET_OFF = 6


def _past_set_off_phrase(doc: Doc, j: int, sent_end: int) -> int:
    """ "said on Monday, | after the vote, | that …": a short phrase after the time's comma,
    closed by a comma right before "that", frames the saying too; where "that" stands, else
    ``j``. A finite verb or a cue verb in it makes it a clause of its own."""
    for k in range(j, min(sent_end - 1, j + _MAX_SET_OFF + 1)):
        token = doc.tokens[k]
        if token.text == ",":
            return k + 1 if k > j and doc.tokens[k + 1].lower == "that" else j
        if not token.is_word or doc.quote_of[k] != -1 or token.lower in _MAIN_VERBS:
            return j
        cue = LEXICON.get(token.lower)
        if cue is not None and cue.frame != "noun":
            return j  # "…, as aides noted, …": a saying of its own; "in a letter" is a venue
    return j


#: Words that make a phrase a time ("in the end" or "at the" alone is none; "for months",
#: "for some time" are).
_WHEN_WORDS = TIME_WORDS | CALENDAR_WORDS | words("day days weeks months hours time")


def _degree_adverb(word: str, after_adverb: bool) -> bool:
    """An adverb of degree or manner; "much" only after one ("so much about", not "shows
    much of the state …", where "much" opens the content)."""
    if word == "much":
        return after_adverb
    return word in _DEGREE or (word.islower() and word.endswith("ly") and len(word) > 4)


def _before_semicolon(doc: Doc, lo: int, limit: int) -> int:
    """The first unquoted semicolon ends the span, unless the semicolons part a list whose
    last item opens with "and" ("along with the mayor; Rep. Ann Park; and the Dover
    choir", "had testified; marched to City Hall; and picketed …": on train 4 made right,
    none lost), not clauses with subjects of their own ("…; she called …; and …")."""
    marks = [k for k in range(lo, limit) if doc.tokens[k].text == ";" and doc.quote_of[k] == -1]
    if not marks:
        return limit
    last = marks[-1]
    if len(marks) < 2 or last + 1 >= limit or doc.tokens[last + 1].lower != "and":
        return marks[0]
    if any(k + 1 < limit and doc.tokens[k + 1].lower in SUBJECT_PRONOUNS for k in marks):
        return marks[0]  # "…; she called …; and …": clauses of their own, the writer's
    return limit


def content_after(doc: Doc, cue: int, lo: int, sent_end: int, judge: Judge) -> TokenRange | None:
    lo = _past_adverb_preposition(doc, cue, lo, sent_end)
    lo = _past_time_phrase(doc, lo, sent_end)
    limit = min(sent_end, lo + MAX_CONTENT)
    # A semicolon is a token of its own: when the characters of the span hold none, the
    # scan over up to MAX_CONTENT tokens is skipped.
    if limit > lo and ";" in doc.text[doc.tokens[lo].start : doc.tokens[limit - 1].end]:
        limit = _before_semicolon(doc, lo, limit)
    while limit > lo and doc.tokens[limit - 1].text in END_PUNCT:
        limit -= 1
    if limit <= lo:
        return None
    body = _object_start(doc, cue, lo, limit)
    end = _before_second_clause(doc, body, judge.content_end(doc, cue, body, limit))
    if doc.tokens[cue].lower in _FINDINGS:
        end = _over_contrast(doc, end, limit)
    end = _over_subject_relative(doc, cue, lo, end, limit, judge)
    end = _over_appositive(doc, cue, lo, end, limit, judge)
    end = _over_list(doc, cue, lo, end, limit, judge)
    end = _over_fronted_condition(doc, cue, lo, end, limit, judge)
    end = _over_number(doc, cue, lo, end, limit, judge)
    end = _over_second_that(doc, cue, lo, end, limit, judge)
    end = _before_clause_after_quoted_comma(doc, lo, end)
    end = _before_main_verb(doc, lo, end)
    end = _before_main_clause(doc, cue, lo, end)
    end = _before_verb_adjunct(doc, body, end)
    return trim(doc, lo, _before_time_tail(doc, body, _before_frame_tail(doc, body, end)))


#: Prepositions that end a cue whose object is a noun phrase ("endorsement of", "decides
#: about", "attack on").
_OBJECT_PREPS = words("of on about for against over at with")
#: Finite verbs that cannot go on a noun phrase or an infinitive phrase: they are the
#: verb of the sentence whose subject holds the cue.
_MAIN_VERBS = words(
    """is was are were has have had will would could can should may might must does did
    isn't wasn't aren't weren't hasn't haven't won't wouldn't couldn't can't doesn't
    didn't isn’t wasn’t aren’t weren’t hasn’t haven’t won’t wouldn’t couldn’t can’t
    doesn’t didn’t"""
)
#: Words that open a clause inside the phrase; a finite verb after them is that clause's.
_INNER_CLAUSE = words(
    """that which who whom whose where when what why how if whether because as than while
    he she they we i it you there this these those sure certain clear"""
)
#: Words before a name that leave it the object, not a relative clause's subject.
_NAME_OPENERS = _OBJECT_PREPS | words("to the a an and or by from in")
_NOT_NOUN_ENDS = _MAIN_VERBS | words("to not never also still just only")


def _before_main_verb(doc: Doc, lo: int, end: int) -> int:
    """ "The allegations of fraud against Lee were …", "voters who refused to back the
    plan were …": the object of a prepositional cue or an infinitive phrase ends before
    a finite verb that follows a noun with no clause opener between; that verb is the
    main verb of the sentence whose subject holds the cue (the end ranker never weighs a
    cut before "is" or "were"). Not after a verb that takes a clause ("to believe their
    hopes might …"). On train 6 attributions made right, 2 lost. The content may still
    open with the cue's preposition, which the cue takes only later ("Kim's endorsement |
    of Lee is bad news …"): on train 8 more made right, 2 lost. After a preposition a
    relative clause without "that" may hold the finite verb ("warned of the costs | a
    Trump presidency would have": train's gold runs over it)."""
    if lo < 1 or lo + 1 >= end:
        return end
    prepositional = _opens_with_object_preposition(doc, lo, end)
    if prepositional:
        lo += 1
    elif doc.tokens[lo - 1].lower in _OBJECT_PREPS:
        prepositional = True
    elif doc.tokens[lo].lower != "to":
        return end
    for j in range(lo, end):
        token = doc.tokens[j]
        if not token.is_word or doc.quote_of[j] != -1 or token.lower in _INNER_CLAUSE:
            return end
        if _takes_clause(token.lower):
            return end
        # As printed: a capitalised "May" or "Will" inside the phrase is a month or a name
        # ("to finish the bridge by May"), not a modal.
        if token.text in _MAIN_VERBS and j > lo and _ends_noun_phrase(doc, lo, j):
            if prepositional and _verb_of_relative_in_object(doc, lo, j):
                return end
            return j
    return end


#: Words after "about" that make it "roughly" ("said about 20 people have …"), not the
#: preposition of a cue.
_COUNTS = NUMBER_WORDS | words("dozen half hundreds thousands")


def _opens_with_object_preposition(doc: Doc, lo: int, end: int) -> bool:
    """ "endorsement | of Lee is …", "attacks | on him are …": the content still opens
    with the cue's preposition, its object after it. Not "about 20 people" nor "at least
    seven", which open a clause's subject."""
    if doc.tokens[lo].lower not in _OBJECT_PREPS or doc.quote_of[lo] != -1 or at_least(doc, lo):
        return False
    after = doc.tokens[lo + 1]
    if doc.tokens[lo].lower == "about" and (
        after.text[:1].isdigit() or after.lower.split("-")[0] in _COUNTS
    ):
        return False
    return after.is_word


#: Words before an article inside an object that leave the article the object's own ("the
#: head of the agency", "immigration across the border").
_ARTICLE_LINKS = _NAME_OPENERS | ATTACHING_PREPS | words("across between among under")
_RELATIVE_SUBJECT_OPENERS = ARTICLES | words("each")


def _verb_of_relative_in_object(doc: Doc, lo: int, j: int) -> bool:
    """ "honest about | some of the problems the city is facing": an article after a noun
    opens the subject of a relative clause without "that", whose verb the finite verb at
    ``j`` is, so it is no main verb that ends the content (checked only after a
    preposition, whose object may hold such a clause). The clause lies inside what was
    said; a relative clause whose verb is the cue itself, its subject the source ("a deal
    she once supported"), is read by :mod:`kg.extract.indirect.relative_without_that`."""
    return any(
        doc.tokens[m].lower in _RELATIVE_SUBJECT_OPENERS
        and doc.tokens[m - 1].lower not in _ARTICLE_LINKS
        for m in range(lo + 1, j)
    )


def _takes_clause(word: str) -> bool:
    """A verb that may take a clause of its own ("to believe their plans might be …")."""
    cue = LEXICON.get(word)
    return cue is not None and cue.frame in {"say", "tell"}


def _ends_noun_phrase(doc: Doc, lo: int, j: int) -> bool:
    """The finite verb at ``j`` follows a noun ("the plan is"), not "to" ("to have"), no
    subject follows it ("should he win": an inverted condition) and no name before it
    makes it a relative clause without "that" ("the interview Lee did")."""
    before = doc.tokens[j - 1].lower
    after = doc.tokens[j + 1].lower if j + 1 < len(doc.tokens) else ""
    if before in _NOT_NOUN_ENDS or after in SUBJECT_PRONOUNS:
        return False
    name = j - 1
    while name > lo and doc.tokens[name].is_cap:
        name -= 1
    opener = doc.tokens[name]
    reduced_relative = name < j - 1 and opener.text.islower() and opener.lower not in _NAME_OPENERS
    return not reduced_relative


#: Subordinators that open a fronted clause before the sentence's main clause ("When Lee
#: said …, Kim …"). Not "as": "As Lee said, the plan …" reports the main clause itself.
_FRONTED = words(
    "when after while although though because since if once before until whereas unless"
)
_LEADING = words("but and so yet even however")
#: Spans of time that may stand before a fronted subordinator ("Years after Lee said …",
#: "Shortly before …").
_SPAN_BEFORE_FRONTED = words("years months weeks days hours minutes moments shortly just soon long")
_MAIN_MARKS = frozenset({",", "—", "–", "―", "--"})


def _before_main_clause(doc: Doc, cue: int, lo: int, end: int) -> int:
    """ "When Lee noted that taxes rose, Kim boasted …", "After Lee said he would run, the
    party …": a cue inside a fronted subordinate clause reports only that clause; a comma
    or dash followed by a subject and its verb opens the sentence's main clause, a frame
    of its own that the end ranker may run into (most often after a dashed aside: "When
    Lee noted that … ― as was true … ― Kim boasted"). The subordinator may follow
    "however" or a span of time ("Years after Lee claimed …, Kim …"). On train 2 made
    right, none lost; the span of time and "however" 2 more, none lost."""
    start, _ = doc.sentence_bounds(cue)
    while start < cue and doc.tokens[start].lower in _LEADING:
        start += 1
    if (
        start + 1 < cue
        and doc.tokens[start].lower in _SPAN_BEFORE_FRONTED
        and doc.tokens[start + 1].lower in _FRONTED
    ):
        start += 1
    if start >= cue or doc.tokens[start].lower not in _FRONTED:
        return end
    if _comma_between(doc, start + 1, cue):
        return end
    for j in range(lo + 1, end - 1):
        if (
            doc.tokens[j].text in _MAIN_MARKS
            and doc.quote_of[j] == -1
            and _opens_clause(doc, j + 1, end)
        ):
            return j
    return end


def _before_clause_after_quoted_comma(doc: Doc, lo: int, end: int) -> int:
    """ "When Lee said the plan was “a disaster,” the council voted …": a quote that closes
    on its own comma, followed by a subject and its verb, ends the content there, as the
    comma would outside the marks (the end ranker never weighs a cut inside a quote, so
    never this one). Not when a comma before the quote sets a fronted phrase apart ("that,
    thanks to his “method,” he was …": the clause after the quote is the content's own).
    On train 11 attributions made right, none lost. A cue's participle after the quote's
    comma ends it too ("that “taxes are theft,” refusing to apologize": 5 more)."""
    for j in range(lo + 1, end - 1):
        index = doc.quote_of[j]
        if index == -1 or doc.tokens[j - 1].text != ",":
            continue
        quote = doc.quotes[index]
        if (
            quote.closed
            and quote.last == j
            and (_opens_clause(doc, j + 1, end) or _participle(doc, j + 1))
            and not _comma_between(doc, lo, quote.first)
        ):
            return j + 1
    return end


def _participle(doc: Doc, k: int) -> bool:
    """ "…, noting that …", "…, refusing to …", "…, according to …": a participle of a cue
    after a quote's own comma opens a frame of its own (in train PolNeAR's content stops
    there 19 times of 26 after any "-ing"; the other participles also lost "…,” giving
    states more power", on the held-out fifth too)."""
    word = doc.tokens[k].text
    if not (word.islower() and word.endswith("ing")):
        return False
    cue = LEXICON.get(word)
    return word == "according" or (cue is not None and cue.frame != "quote")


def _comma_between(doc: Doc, lo: int, hi: int) -> bool:
    return any(doc.tokens[k].text == "," and doc.quote_of[k] == -1 for k in range(lo, hi))


#: Adverbs between a subject and its verb ("Lee also said", "the crowd immediately left").
_BEFORE_VERB = words("also still now just already never really not immediately quickly then")


def _opens_clause(doc: Doc, k: int, end: int) -> bool:
    """A subject (a noun phrase or a pronoun, perhaps after "and") and a verb start at ``k``.
    The phrase finder may run over a past verb ("the council voted"), so one inside it ends
    the subject too."""
    if k < end and doc.tokens[k].lower == "and":
        k += 1
    if k >= end or not doc.tokens[k].is_word:
        return False
    if doc.tokens[k].lower in SUBJECT_PRONOUNS:
        verb = k + 1
    else:
        subject = np_after(doc, k, end)
        if subject is None:
            return False
        if any(_past(doc.tokens[j].text) for j in range(k + 1, subject[1])):
            return True
        verb = subject[1]
    while verb < end and doc.tokens[verb].lower in _BEFORE_VERB:
        verb += 1
    return verb < end and (_past(doc.tokens[verb].text) or _verb(doc.tokens[verb].text))


def _past(word: str) -> bool:
    return word in IRREGULAR_PAST or word.lower() in _FINITE or _past_verb(word)


#: Prepositions that open a phrase telling where or when something was said.
_FRAME_PREPS = words("in on at during since via through over")
#: Heads of such a phrase: the medium or occasion of the saying, or its time.
_FRAME_HEADS = WEEKDAYS | words(
    """statement statements interview interviews remarks speech speeches tweet tweets post posts
    debate debates hearing hearings rally rallies conference call email emails letter op-ed
    column appearance broadcast video videos show podcast radio television tv twitter facebook
    instagram morning afternoon evening night weekend"""
)
_MAX_FRAME_TAIL = 8
_FRAME_DETERMINERS = words("a an the his her their its")


#: Marks trimmed off a content's end before looking at its last words.
_END_OR_COMMA = END_PUNCT | {","}


def _before_frame_tail(doc: Doc, lo: int, end: int) -> int:
    """ "called for more park funding in a statement on Thursday", "attacked Ortiz in
    early-morning tweets": a closing phrase naming the medium or time of the saying is its
    frame, which PolNeAR leaves out of the content. Not after an infinitive ("plans to run
    ads during the debates", "hoped to protest at the rally"): the phrase is the time or
    place of what is planned, as the time tail keeps it there too."""
    if _opens_infinitive(doc, lo, end):
        return end
    while True:
        hi = end
        while hi > lo and doc.tokens[hi - 1].text in _END_OR_COMMA:
            hi -= 1
        if hi - lo < 3 or doc.tokens[hi - 1].lower not in _FRAME_HEADS:
            return end
        prep = next(
            (
                j
                for j in range(hi - 2, max(lo + 1, hi - _MAX_FRAME_TAIL) - 1, -1)
                if doc.tokens[j].lower in _FRAME_PREPS
            ),
            None,
        )
        if prep is None or any(
            doc.quote_of[j] != -1 or not doc.tokens[j].is_word for j in range(prep, hi)
        ):
            return end
        end = prep


#: Words after "to" that make it a preposition, not an infinitive's marker.
_NOT_INFINITIVE = _FRAME_DETERMINERS | words("this that these those my our your every all some")


def _opens_infinitive(doc: Doc, lo: int, end: int) -> bool:
    """ "to run ads …", not "to a phone call" nor "to Lee": the span opens with an
    infinitive."""
    if lo + 1 >= end or doc.tokens[lo].lower != "to":
        return False
    verb = doc.tokens[lo + 1]
    return verb.is_word and verb.text.islower() and verb.lower not in _NOT_INFINITIVE


_DAY_PARTS = words("morning afternoon evening night")
#: Months and seasons: "in May", "last fall".
_MONTHS_AND_SEASONS = MONTHS | words("fall spring summer winter")
_TIME_UNITS = words("week weekend month year") | _MONTHS_AND_SEASONS
#: Words that end a noun phrase object's tail of manner or repetition ("endorsed Cruz
#: again", "assailed him aggressively", "raised them too").
_MANNER_TAIL = words("again too directly aggressively constantly differently repeatedly")
_SPANS = words("years months weeks decades")
#: Words of a noun phrase object: none of them makes a clause.
_CLAUSE_WORDS = words(
    """that to is was are were has have had will would can could should may might must be
    been do does did who which whom whose when where why how what if whether"""
)
_CLAUSE_OR_PRONOUN = _CLAUSE_WORDS | SUBJECT_PRONOUNS
_MAX_OBJECT = 8


def _before_time_tail(doc: Doc, lo: int, end: int) -> int:
    """ "endorsed Cruz last week", "praised Lee Friday afternoon", "assailed him
    aggressively", "backed Lee in 2012": a time or manner phrase after a short noun phrase
    object is the frame of the saying, not what was said (PolNeAR leaves it out; "in" and
    a month or year: 22 times in train, 8 kept); after a clause it may be the clause's own
    time ("said Lee would resign last week" keeps it)."""
    hi = end
    while hi > lo and doc.tokens[hi - 1].text in _END_OR_COMMA:
        hi -= 1
    tail = _time_tail_start(doc, lo, hi)
    if tail is None or tail <= lo or tail - lo > _MAX_OBJECT:
        return end
    if any(_clause_word(doc, j) or doc.tokens[j].text in _CLAUSE_PAST for j in range(lo, tail)):
        return end
    return tail


#: Irregular past forms that make what precedes a closing time phrase a clause, whose time
#: it is ("said wages fell last year", "According to Lee, the firm lost money in 2019"):
#: the "-ed" test alone cut them to "wages fell".
_CLAUSE_PAST = IRREGULAR_PAST | words(
    """fell rose grew sank shrank drew threw knew saw fled kept held lost told said thought
    felt heard meant broke chose shut quit led"""
)


#: Words that cannot go on a noun phrase: after a short noun phrase object they open the
#: cue's own reason ("had called the meeting because they felt …") or stress its subject
#: ("doesn't believe it himself"), which PolNeAR leaves out of the content.
_REASON = words("because")
_INTENSIFIERS = words("himself herself themselves")
_ADJUNCT_HEADS = _REASON | _INTENSIFIERS
#: Prepositions of time or circumstance that rarely modify a noun ("the talks during the
#: summit" is rare; "criticized Lee during the debate" is common).
_CIRCUMSTANCE = words("during following throughout amid amidst")
_OBJECT_ADJUNCTS = _ADJUNCT_HEADS | _CIRCUMSTANCE
#: Adverbs that make "because" part of what follows ("just because …", "only because …").
_BECAUSE_ADVERBS = words("just only partly largely mainly simply precisely not")


def _before_verb_adjunct(doc: Doc, lo: int, end: int) -> int:
    """ "had called the meeting | because they felt …", "doesn't believe it | himself": a
    short noun phrase object ends before a reason clause or an intensifying reflexive,
    which belong to the cue's verb (the end ranker, which never weighs a cut before
    "himself", ran over them). Not "because of" ("voted against the package because of
    its provisions" keeps it), nor a reflexive object ("a photo of herself", "for calling
    himself …") or subject ("Lee himself is …"). On train 3 made right, none lost. A
    closing phrase of time or circumstance too ("backed the plan | during the debate")."""
    stop = min(end, lo + _MAX_OBJECT + 1)
    if not any(doc.tokens[j].lower in _OBJECT_ADJUNCTS for j in range(lo + 1, stop)):
        return end  # most objects are followed by neither word: the clause tests are spared
    for j in range(lo + 1, stop):
        before = doc.tokens[j - 1]
        if (
            _clause_word(doc, j - 1)
            or _verb(before.text)
            or fused_pronoun(before.lower, _CLITIC_HOSTS)
        ):
            return end
        if not before.is_word and before.text != ".":
            return end
        if doc.quote_of[j] == -1 and (
            _reason_at(doc, j, end) or _intensifier_at(doc, j, end) or _circumstance_at(doc, j, end)
        ):
            return j
    return end


#: Words after a phrase of circumstance that carry on the cue's complement.
_OBJECT_GOES_ON = words("as at to for")


def _circumstance_at(doc: Doc, j: int, end: int) -> bool:
    """ "criticized the plan | during the debate", "called for a ban | following the
    attack": a phrase of time or circumstance closing the content after a short noun
    phrase object tells when or why the cue's act happened, which PolNeAR leaves out of
    the content (on train 5 made right, 1 lost; "despite" lost 1 and made none). Not
    "the following" (an adjective) nor "his following" (a noun, with no object after it),
    nor when the object's complement comes after the phrase ("saw the loss during the war
    as a sign …")."""
    before = doc.tokens[j - 1]
    if doc.tokens[j].lower not in _CIRCUMSTANCE or before.lower in ARTICLES or j + 1 >= end:
        return False
    if before.text.endswith("ing"):
        return False
    return not any(
        _clause_word(doc, k) or doc.tokens[k].lower in _OBJECT_GOES_ON for k in range(j + 1, end)
    )


def _reason_at(doc: Doc, j: int, end: int) -> bool:
    return (
        doc.tokens[j].lower in _REASON
        and doc.tokens[j - 1].lower not in _BECAUSE_ADVERBS
        and (j + 1 >= end or doc.tokens[j + 1].lower != "of")
    )


def _intensifier_at(doc: Doc, j: int, end: int) -> bool:
    """A reflexive right after a noun phrase, with no verb after it: "believe it himself"."""
    if doc.tokens[j].lower not in _INTENSIFIERS:
        return False
    before = doc.tokens[j - 1]
    if before.lower in ATTACHING_PREPS | _OBJECT_PREPS or before.text.endswith("ing"):
        return False
    return j + 1 >= end or not (_verb(doc.tokens[j + 1].text) or _past(doc.tokens[j + 1].text))


#: Pronouns whose fused auxiliary ("he'll", "it’s", "that's") shows a clause has begun.
_CLITIC_HOSTS = SUBJECT_PRONOUNS | {"it", "there", "that"}


def _clause_word(doc: Doc, j: int) -> bool:
    token = doc.tokens[j]
    return (
        token.lower in _CLAUSE_OR_PRONOUN
        or doc.quote_of[j] != -1
        or _past_verb(token.text)
        or token.text in {":", ";", "(", "—", "–", "-", "--"}
    )


def _time_tail_start(doc: Doc, lo: int, hi: int) -> int | None:
    """Where a closing time or manner phrase starts in ``[lo, hi)``, if one closes it."""
    if hi - lo < 2:
        return None
    last = doc.tokens[hi - 1].lower
    before = doc.tokens[hi - 2].lower
    if last in _MANNER_TAIL:
        return hi - 1
    if (last, before) == ("well", "as") and hi - lo >= 3:
        return hi - 2
    if (last == "times" and before in {"several", "many", "multiple"}) or (
        last in _SPANS and before == "for"
    ):
        return hi - 2
    if before in {"in", "since"} and (
        last in _MONTHS_AND_SEASONS or (last.isdigit() and len(last) == 4)
    ):
        return hi - 2  # "endorsed Lee in May", "backed Lee in 2012"
    size = _time_size(last, before)
    if size == 0:
        return None
    k = hi - size
    if k - 1 >= lo and doc.tokens[k - 1].lower in {"early", "late", "earlier", "on"}:
        k -= 1  # "late Monday", "on Friday"
    return k


def _time_size(last: str, before: str) -> int:
    """How many words close a phrase as a time: two ("last week", "Friday afternoon",
    "this morning"), one ("Friday", "today") or none."""
    if last in _TIME_UNITS and before in {"last", "this"}:
        return 2  # "next year" is never the saying's time: "predict a recession next year"
    if last in _DAY_PARTS and before in WEEKDAYS | {"this", "last"}:
        return 2
    if last in {"today", "yesterday", "tonight"}:
        return 1
    return 1 if last in WEEKDAYS and before != "super" else 0  # "Super Tuesday": a name


#: Verbs that report what a poll or study found.
_FINDINGS = words("found finds find show shows showed shown")


def _over_contrast(doc: Doc, end: int, limit: int) -> int:
    """ "A poll found that 28 percent supported Trump, while 23 percent favored Cruz": a
    finding goes on over its contrast (in train PolNeAR's content runs over ", while" after
    a finding verb all 10 times, and stops there 59 times of 78 after other cues)."""
    if end + 2 < limit and doc.tokens[end].text == "," and doc.tokens[end + 1].lower == "while":
        return _before_second_clause(doc, end, limit)
    return end


#: Words that make a finite clause: a content holding one is more than a subject.
_FINITE = words(
    """is was are were has have had will would could should can may might must did does do
    be been"""
)
_MAX_SUBJECT = 12
_CLAUSE_WORDS = _FINITE | SUBJECT_PRONOUNS


def _phrase_at_comma(doc: Doc, lo: int, end: int, limit: int) -> bool:
    """The content so far is a short noun phrase, with neither a finite verb nor a subject
    pronoun, ending at an unquoted comma that more of the sentence follows: perhaps only
    the start of the content ("argued the pipeline, which …", "urged Lee, the mayor, to
    …", "praised Lee, Bale and Lowe for …")."""
    return (
        end + 2 < limit
        and doc.tokens[end].text == ","
        and doc.quote_of[end] == -1
        and 0 < end - lo <= _MAX_SUBJECT
        and doc.tokens[lo].lower != "that"
        and not any(doc.tokens[j].lower in _CLAUSE_WORDS for j in range(lo, end))
    )


def _over_subject_relative(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "argued the bridge, which is widely backed by farmers, would not help": a
    content of a verb of saying that is only a noun phrase before ", which" is the subject
    of the reported clause, which goes on after the relative clause."""
    word = LEXICON.get(doc.tokens[cue].lower)
    if word is None or not word.speech or word.frame == "noun":
        return end
    # "warned that the night service, which …, could end": after "that" the same, when
    # a finite verb follows the relative clause.
    that = doc.tokens[lo].lower == "that"
    subject = lo + 1 if that else lo
    if not _phrase_at_comma(doc, subject, end, limit) or doc.tokens[lo].lower == "to":
        return end
    if doc.tokens[end + 1].lower != "which":
        return end
    comma = next((j for j in range(end + 2, limit) if doc.tokens[j].text == ","), None)
    if comma is None or comma + 1 >= limit:
        return end
    if that and not (
        doc.tokens[comma + 1].lower in _MAIN_VERBS or _past_verb(doc.tokens[comma + 1].text)
    ):
        return end
    if that and any(is_speech_word(doc.tokens[j].lower) for j in range(end + 2, comma)):
        return end  # "…, which contended that …, is": the relative clause reports its own
    # Second clauses are looked for after the relative clause, as for an appositive.
    return _before_second_clause(doc, comma - 1, judge.content_end(doc, cue, comma + 1, limit))


#: Words after an appositive's closing comma that go on with the phrase before it: the
#: cue's own complement ("urged Lee, the mayor, to resign", "accused Lee, who ran in 2012,
#: of lying") or the verb of a reported subject ("said Lee, the mayor, would resign").
_AFTER_APPOSITIVE = words(
    """to as for of into onto that would will could can should might may must is was
    has had"""
)
_MAX_APPOSITIVE = 20


def _over_appositive(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "urged Mr. Lee, whose term ends in June, to lay out his plan", "called the mayor, a
    former judge, a liar": a noun phrase ending at a comma that opens an appositive or a
    relative clause closed by a second comma is no whole content when the cue's complement
    goes on after it. An infinitive's object too ("vowed to form a task force, which
    would include the police, to crack down on …": on train 2 made right, 1 lost)."""
    if not _phrase_at_comma(doc, lo, end, limit):
        return end
    comma = next(
        (j for j in range(end + 2, min(limit, end + _MAX_APPOSITIVE)) if doc.tokens[j].text == ","),
        None,
    )
    if comma is None or comma + 1 >= limit or doc.tokens[comma + 1].lower not in _AFTER_APPOSITIVE:
        return end
    if not _appositive(doc, end + 1, comma):
        return end
    # Second clauses are looked for after the appositive: "who was born and raised in
    # Ohio" is one relative clause, not the end of the content at "and raised".
    return _before_second_clause(doc, comma - 1, judge.content_end(doc, cue, comma + 1, limit))


#: Words that open a clause of the sentence, not an appositive ("…, as she was making …").
_NOT_APPOSITIVE = SUBJECT_PRONOUNS | words(
    "as when while because if although though since after before until so but and or"
)


def _appositive(doc: Doc, lo: int, hi: int) -> bool:
    """Between the commas: a description or a relative clause, not a clause of the
    sentence ("…, Lee said …", "…, she is, …") nor a cue of its own."""
    if doc.tokens[lo].lower in _NOT_APPOSITIVE:
        return False
    return all(
        not is_speech_word(doc.tokens[j].lower) and doc.quote_of[j] == -1 for j in range(lo, hi)
    )


_MAX_LIST = 30
_RELATIVES = words("which who whom whose where that")
_MAX_ITEM = 8


def _over_list(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "criticized Lee, Bale and Lowe for …", "praised the schools, the roads, and the
    parks": a noun phrase ending at a comma after which more items follow up to an
    "and"/"or" is the first item of a list, not the whole content."""
    if not _phrase_at_comma(doc, lo, end, limit):
        return end
    item = 0
    items = 0  # items closed by a comma after the first one
    for j in range(end + 1, min(limit - 1, end + _MAX_LIST)):
        token = doc.tokens[j]
        # "Lee, Kim, and Park": a serial comma before the last item's "and" too.
        if token.lower in {"and", "or"} and (item > 0 or items > 0):
            if not _last_item(doc, j + 1, limit):
                return end
            return _before_second_clause(doc, lo, judge.content_end(doc, cue, j + 1, limit))
        if token.text == "," and item > 0:
            item = 0
            items += 1
            continue
        item += 1
        if item > _MAX_ITEM or not _list_word(doc, j):
            return end
    return end


def _last_item(doc: Doc, lo: int, limit: int) -> bool:
    """The item after "and" is a noun phrase, not the subject of a clause of its own
    ("…, Lee and Bale call them liars")."""
    k = lo
    while k < min(limit, lo + _MAX_ITEM) and _list_word(doc, k):
        k += 1
    if k == lo:
        return False
    if k == limit or doc.tokens[k].text == "," or not doc.tokens[k].is_word:
        return True
    following = doc.tokens[k]
    return following.lower not in _FINITE | LEXICON.keys() and not _past_verb(following.text)


def _list_word(doc: Doc, j: int) -> bool:
    """A word that can stand in a list item of nouns: no verb, pronoun, cue or clause
    opener ("rejected the appeal, ruled Lee eligible and …" lists cues of their own)."""
    token = doc.tokens[j]
    return (
        token.is_word
        and doc.quote_of[j] == -1
        and token.lower not in _FINITE | _NOT_APPOSITIVE | _RELATIVES | LEXICON.keys()
        and not _past_verb(token.text)
        and not (token.text.islower() and token.text.endswith("ing"))
    )


#: Subordinators that open a reported clause before its subject ("that if …, he would").
_CONDITIONS = words("if unless once when as")


def _over_fronted_condition(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "said that if tenants backed her, she would stand up for them": a "that" clause opening
    with a condition goes on after the condition's comma, to its main clause."""
    if end + 2 >= limit or doc.tokens[end].text != "," or doc.quote_of[end] != -1:
        return end
    if end - lo < 3 or doc.tokens[lo].lower != "that":
        return end
    if doc.tokens[lo + 1].lower not in _CONDITIONS:
        return end
    if any(doc.tokens[j].text == "," for j in range(lo, end)):
        return end  # the main clause is in already: "that if …, he would win, which …"
    if is_speech_word(doc.tokens[end + 1].lower) or doc.tokens[end + 1].lower == "according":
        return end
    # The main clause stops at a relative clause of its own ("…, which he called a
    # disaster"): it may hold a cue of its own.
    relative = next(
        (
            j
            for j in range(end + 2, limit - 1)
            if doc.tokens[j].text == "," and doc.tokens[j + 1].lower in {"which", "who"}
        ),
        limit,
    )
    return _before_second_clause(doc, lo, judge.content_end(doc, cue, end + 1, relative))


def _over_number(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "said about 12,000 voters were turned away": the comma inside a number (a token of
    its own) ends no content."""
    if not lo < end < limit - 1 or doc.tokens[end].text != ",":
        return end
    before, comma, after = doc.tokens[end - 1], doc.tokens[end], doc.tokens[end + 1]
    if not (before.text.isdigit() and after.text.isdigit()):
        return end
    if before.end != comma.start or comma.end != after.start:
        return end
    if end + 2 >= limit:
        return limit
    return _before_second_clause(doc, lo, judge.content_end(doc, cue, end + 2, limit))


def _over_second_that(doc: Doc, cue: int, lo: int, end: int, limit: int, judge: Judge) -> int:
    """ "said the plan would pass, and that he would sign it": a second "that" clause after
    "and" or "but" is more of what was said (in train PolNeAR's content runs over "and
    that" or "but that" over 110 times and stops there 10 times, mostly before a
    demonstrative: "and that's it", "but that doesn't …"). Only after a clause: "cited a
    report, but that report …"."""
    if not _has_verb(doc, lo, end):
        return end
    while True:
        j = end + 1 if end < limit and doc.tokens[end].text in SET_OFF_MARKS else end
        if j + 2 >= limit or doc.tokens[j].lower not in {"and", "but"}:
            return end
        if doc.tokens[j + 1].lower != "that" or doc.quote_of[j] != -1:
            return end
        if not _opens_subject(doc, j + 2):
            return end
        start = j + 1
        end = _before_second_clause(doc, start, judge.content_end(doc, cue, start, limit))


#: Words after "that" that make it a demonstrative or a pronoun, not a conjunction
#: ("but that is wrong", "and that of his rival").
_NOT_SUBJECT = _FINITE | words("of in on for about means seems remains") | ATTACHING_PREPS


def _opens_subject(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return token.is_word and token.lower not in _NOT_SUBJECT and not token.lower.endswith(_NOT)


_NOT = ("n't", "n’t")


_CLAUSE_OPENERS = SUBJECT_PRONOUNS | {"that"}


def _has_verb(doc: Doc, lo: int, hi: int) -> bool:
    """The span is a clause, not a noun phrase: it opens with "that" or a subject pronoun,
    or holds a finite verb, a past verb or a present one in "-s" ("needs", "understands")."""
    if lo < hi and doc.tokens[lo].lower in _CLAUSE_OPENERS:
        return True
    return any(_verb(doc.tokens[j].text) for j in range(lo + 1, hi))


#: Words in "-s" that are no verb.
_S_WORDS = words("his its this us is was has does as yes news politics")


def _verb(word: str) -> bool:
    lower = word.lower()
    return (
        lower in _FINITE
        or lower.endswith(_NOT)
        or _past_verb(word)
        or (word.isalpha() and word.islower() and lower.endswith("s") and lower not in _S_WORDS)
    )


def _before_second_clause(doc: Doc, lo: int, end: int) -> int:
    """ "… botched the audit and council members accused the mayor …", "… was not in a
    crisis, and urged that everyone relax": a coordinated clause with a verb of its own is
    a second statement (or none), not more of this one. In a reported clause with a
    subject of its own ("said she was tired of it and wanted a change", "says she hopes to
    win, but she knows …") a verb or pronoun after "and"/"but" is that clause's, so it goes
    on (not after "that": there the verb was as often the speaker's, "tweeted that … and
    encouraged …"), unless a past verb follows a clause in the present ("said she likes it
    and praised …": the speaker's)."""
    clause = doc.tokens[lo].lower in SUBJECT_PRONOUNS
    for j in range(lo + 2, end - 1):
        if doc.quote_of[j] != -1:
            continue
        if doc.tokens[j].text == "," and _new_statement(doc, j + 1):
            return j
        if doc.tokens[j].lower not in {"and", "but"}:
            continue
        nxt = doc.tokens[j + 1]
        if nxt.lower in SUBJECT_PRONOUNS and not clause and not _inner_and(doc, lo, j):
            return j
        if not clause and _adverb_and_past(doc, lo, j, end):
            return j
        if nxt.text in _PLAIN_IRREGULAR_PAST and _noun_phrase_only(doc, lo, j):
            return j
        if (
            _past_verb(nxt.text)
            and not _past_verb(doc.tokens[j - 1].text)
            and not clause
            and not _adjective_in_subject(doc, lo, j)
        ):
            return j  # but "unsubstantiated and fabricated" is one phrase
        if clause and _past_after_present(doc, lo, nxt.text):
            return j
        verb_after_name = nxt.is_cap and j + 2 < end and _past_verb(doc.tokens[j + 2].text)
        if verb_after_name and not _joins_subjects(doc, lo, j):
            return j
    return end


def _inner_and(doc: Doc, lo: int, j: int) -> bool:
    """ "said that the rule was new and we should all follow it", "said the fee is fair and
    we should pay it": in a "that" clause or one with a finite verb of its own, an "and"
    with no comma before it joins a second clause of what was said (on train 4 made
    right, none lost; after a comma the clause was as often the writer's: ", but he did
    not apologize"). Not when the pronoun's verb is one of saying, nor after a comma that
    news style puts inside a closing quote mark ("called it “a mess,” but he …")."""
    if doc.tokens[j - 1].text == "," or comma_in_closing_mark(doc, j - 1):
        return False
    if j + 2 < len(doc.tokens) and is_speech_word(doc.tokens[j + 2].lower):
        return False  # "… and he says …": a saying of its own
    return doc.tokens[lo].lower == "that" or any(
        doc.tokens[k].lower in _FINITE for k in range(lo + 1, j)
    )


def _joins_subjects(doc: Doc, lo: int, j: int) -> bool:
    """ "noted that both Lee and Kim fought the press", "argued that he and Kim shared …":
    an "and" before the reported clause has its verb joins two subjects, not two clauses
    (on train 3 made right, none lost)."""
    if doc.tokens[lo].lower != "that":
        return False
    return not any(_verb(doc.tokens[k].text) for k in range(lo + 1, j))


#: Irregular past forms that are no participle used as an adjective ("won", "went"; not
#: "paid leave", "lost jobs"): after "and" and a noun phrase object they are a second verb
#: of the speaker's ("praised the plan and went to the port": on train 1 made right, none
#: lost; with every irregular form, or after a clause, 2 were lost).
_PLAIN_IRREGULAR_PAST = words(
    "took gave went came spoke wrote ran met stood began sought won became"
)


def _noun_phrase_only(doc: Doc, lo: int, j: int) -> bool:
    """``[lo, j)`` is a noun phrase object: no clause word, finite or past verb in it."""
    return not any(
        _clause_word(doc, k) or doc.tokens[k].lower in _FINITE | IRREGULAR_PAST
        for k in range(lo, j)
    )


#: Adverbs of time or addition between "and"/"but" and a second verb ("and then
#: accused", "but also went").
_LINKING_ADVERBS = words("also then later quickly immediately soon eventually subsequently")


def _adverb_and_past(doc: Doc, lo: int, j: int, end: int) -> bool:
    """ "brushed off the findings but also went after Lee", "praised the plan and then
    accused …": an adverb of time or addition and a past verb after "and"/"but" (at
    ``j``) are a second verb of the speaker's, as a past verb right after the conjunction
    is. Not in a dashed aside ("the remarks he made — and later withdrew — about …") nor
    in a "that" clause, whose subject the verb may share ("says that it paid $3 million
    and also paid …")."""
    k = j + 1
    if k + 1 >= end or doc.tokens[k].lower not in _LINKING_ADVERBS:
        return False
    if doc.tokens[j - 1].text in DASHES or doc.tokens[lo].lower == "that":
        return False
    verb = doc.tokens[k + 1].text
    return _past_verb(verb) or verb in IRREGULAR_PAST


def _adjective_in_subject(doc: Doc, lo: int, j: int) -> bool:
    """ "suggests that inflation and related costs have driven …": while the reported
    clause's subject has no verb yet, a word in "-ed" after "and" qualifies a second
    noun of that subject; it is no verb of the speaker's. Not after a subject pronoun,
    which a verb the word lists miss may follow ("that he taught law and added …")."""
    if doc.tokens[lo].lower != "that":
        return False
    return not any(
        _verb(doc.tokens[k].text)
        or doc.tokens[k].lower in SUBJECT_PRONOUNS
        or doc.tokens[k].lower in IRREGULAR_PAST
        for k in range(lo + 1, j)
    )


#: Present forms of "be", "have", "do" and the modals that open a present clause.
_PRESENT = words(
    """is are has have does do can will 's ’s isn't aren't hasn't haven't doesn't don't
    can't won't isn’t aren’t hasn’t haven’t doesn’t don’t can’t won’t"""
)
_ADVERBS = words("also still now just already never really not")


def _past_after_present(doc: Doc, lo: int, word: str) -> bool:
    """ "said he earns $38,000 a year and asked how …": a past verb after "and" in a
    reported clause in the present is the speaker's, a second statement."""
    if not (_past_verb(word) or word in IRREGULAR_PAST):
        return False
    k = lo + 1
    while k < len(doc.tokens) and doc.tokens[k].lower in _ADVERBS:
        k += 1
    verb = doc.tokens[k].text if k < len(doc.tokens) else ""
    return verb.lower() in _PRESENT or (
        verb.isalpha() and verb.islower() and verb.endswith("s") and verb not in _S_WORDS
    )


def _new_statement(doc: Doc, k: int) -> bool:
    """ ", adding that …", ", whereas Petraeus acknowledged …": what follows the comma is a
    statement of its own (a participle of saying) or a contrast. Not ", while": the end
    ranker weighs it (where this rule cut at ", while" in train, the content went on 16
    times of 18: "said taxes would rise, while wages would fall"), unless a cue of its
    own follows (", while Lee said they would rise"). Nor ", although": the concession is
    said too ("said the changes help, although they are too narrow"; a parenthetical cue's
    clause ends before it: indirect.content._before_concession)."""
    word = doc.tokens[k].lower
    if word == "whereas":
        return True
    if word == "while":
        return _speech_follows(doc, k + 1)
    if word == "compared" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower in {"with", "to"}:
        return True  # ", compared with 38 percent for Mrs. Lee"
    if word in _ANSWERING:
        return True  # ", rejecting claims that …": the speaker's answer to others' words
    cue = LEXICON.get(word)
    return word.endswith("ing") and cue is not None and cue.speech


#: Participles after a comma by which the speaker answers what others said (no cues of
#: their own in the lexicon): what follows is the speaker's act, not more of the content.
_ANSWERING = words("rejecting dismissing disputing countering rebutting brushing")

_MAX_CONTRAST_SUBJECT = 8


def _speech_follows(doc: Doc, k: int) -> bool:
    """A verb of saying within the next few words, before any punctuation."""
    for j in range(k, min(len(doc.tokens), k + _MAX_CONTRAST_SUBJECT)):
        if not doc.tokens[j].is_word:
            return False
        if is_speech_word(doc.tokens[j].lower):
            return True
    return False


def _past_verb(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith("ed")


def content_before(doc: Doc, sent_start: int, comma: int) -> TokenRange | None:
    lo = sent_start
    while lo < comma and doc.tokens[lo].lower in {"but", "and", "so", "yet"}:
        lo += 1
    if comma - lo < 2:
        return None
    return lo, comma


def closes_sentence(doc: Doc, after: int, sent_end: int) -> bool:
    """Only a frame tail follows the cue: nothing, or a short time or place phrase
    ("Thursday", "on Facebook Friday", "in a wide-ranging interview with The Post")."""
    end = sent_end
    while end > after and doc.tokens[end - 1].text in END_PUNCT | CLOSING:
        end -= 1
    end = _before_circumstance(doc, after, end)
    if end <= after:
        return True
    if doc.tokens[after].lower not in _TAIL_OPENERS or end - after > _MAX_TAIL:
        return False
    if at_least(doc, after):
        return False  # "said at least six planes were diverted": a number, no frame
    for j in range(after, end):
        token = doc.tokens[j]
        if token.lower in _CLAUSE_MARKERS or doc.quote_of[j] != -1:
            return False
        cue = LEXICON.get(token.lower)
        if cue is not None and cue.speech:
            return False
    return True


def _before_circumstance(doc: Doc, after: int, end: int) -> int:
    """Where a circumstance after the frame's tail starts ("said Friday, as they
    bristled at …", "…, its chair said on Thursday, after a year in which costs rose",
    "…, amid reports that …"): at the comma before its subordinator, or ``end`` when there
    is none. What follows tells when or why they spoke, no part of what they said. Right
    after the frame only "as" does: "…, Lee said, while others …" and "…, even after …" go
    on with what was said (train's gold keeps them). Not when the adjunct goes on to a
    clause of its own ("said on Monday, after the vote, that he …": the content follows)."""
    tokens = doc.tokens
    if after >= end:
        return end
    if tokens[after].text == ",":
        return after if after + 1 < end and tokens[after + 1].lower == "as" else end
    if after > 0 and tokens[after - 1].text == "," and tokens[after].lower == "as":
        return after  # "…, lawmakers said, as they bristled at …"
    for j in range(after + 1, min(end, after + _MAX_TAIL)):
        if doc.quote_of[j] != -1:
            return end
        if tokens[j].text == "," and j + 1 < end and tokens[j + 1].lower in _CIRCUMSTANCES:
            return end if _clause_after_adjunct(doc, j + 1, end) else j
    return end


def _clause_after_adjunct(doc: Doc, start: int, end: int) -> bool:
    """A comma and a clause's opener after the adjunct starting at ``start`` (", after
    the vote, that he would resign")."""
    tokens = doc.tokens
    return any(
        tokens[j].text == "," and tokens[j + 1].lower in _CLAUSE_OPENERS
        for j in range(start, end - 1)
    )


#: Subordinators and prepositions that, after a comma, open a circumstance of the saying.
_CIRCUMSTANCES = words("as while when after before even amid following despite")
_BOUNDS = words("least most")


def at_least(doc: Doc, k: int) -> bool:
    """ "at least", "at most": a bound on a number that opens a clause, not a place."""
    return (
        doc.tokens[k].lower == "at"
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].lower in _BOUNDS
    )


def clause_before_source(doc: Doc, source_start: int, sent_start: int) -> TokenRange | None:
    """The clause before "…, SOURCE said" or "…, as SOURCE reported": needs the comma."""
    comma = source_start - 1
    if comma > sent_start and doc.tokens[comma].lower == "as":
        comma -= 1
    if comma <= sent_start or doc.tokens[comma].text != ",":
        return None
    return content_before(doc, sent_start, comma)


#: Relative pronouns that, after a comma, open a relative clause set off by commas.
_SET_OFF_RELATIVES = words("who which")


def before_main_verb_after_relative(doc: Doc, source: TokenRange, content: TokenRange) -> int:
    """ "Lee, who said the plan would fail, voted for it": a cue inside a relative clause
    set off by commas, its source the relative pronoun, reports only up to the clause's
    closing comma. The content's first comma followed by a finite verb (perhaps after an
    adverb: ", then voted") is where the sentence's main clause takes up again, no more of
    what was said. Returns where the content ends (its own end when no such comma is
    found). On train 3 attributions made right, none lost."""
    lo, hi = content
    first, last = source
    if (
        last - first != 1
        or doc.tokens[first].lower not in _SET_OFF_RELATIVES
        or first < 1
        or doc.tokens[first - 1].text != ","
    ):
        return hi
    comma = next(
        (j for j in range(lo + 1, hi - 1) if doc.tokens[j].text == "," and doc.quote_of[j] == -1),
        None,
    )
    if comma is None:
        return hi
    verb = comma + 1
    while verb < hi and (
        doc.tokens[verb].lower in _BEFORE_VERB or _manner_adverb(doc.tokens[verb].text)
    ):
        verb += 1
    return comma if verb < hi and _main_verb(doc, verb) else hi


def _manner_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


def _main_verb(doc: Doc, k: int) -> bool:
    """A finite verb that can go on a subject ("…, voted", "…, has", "…, will"), not a
    participle opening a reduced relative ("…, led by …"), an "-ing" form nor a word in
    "-s", which is as often an adjective or a noun ("…, magnanimous")."""
    word = doc.tokens[k].text
    if not word.islower() or word.endswith("ing"):
        return False
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower == "by":
        return False
    return _past(word) or word in _MAIN_VERBS or word.endswith(_NOT) or _said(word)


def _said(word: str) -> bool:
    """A verb of saying in the past ("…, told reporters", "…, warned"): the main clause's
    own statement, whatever the spelling of its past."""
    return is_speech_word(word) and not word.endswith("s")


#: Verbs after which a bare "say" is their complement, not a main verb ("who heard him say").
_BARE_INFINITIVE_TAKERS = words(
    """hear heard hears see saw sees seen watch watched let lets make made makes help helped
    helps have had"""
)
#: Modals and auxiliaries that may stand before the main clause's verb of saying.
_AUXILIARIES = words("will would could can should may might must do does did")


def before_main_cue_after_restrictive(
    doc: Doc, cue: int, source: TokenRange, content: TokenRange
) -> int:
    """ "People who know him say he is careful": a cue in a restrictive relative clause on
    the subject ("who" with no comma before it) reports nothing past the sentence's own
    verb of saying, whose subject the whole phrase is; the content ends before that verb
    (and an adverb or modal before it: "who backed Lee now say …"). Not after a verb that
    takes a bare infinitive ("who heard him say …"). Returns where the content ends. On
    train 2 attributions made right, none lost."""
    lo, hi = content
    first, last = source
    if (
        last - first != 1
        or doc.tokens[first].lower != "who"
        or first < 1
        or doc.tokens[first - 1].text in SET_OFF_MARKS | {","}
        or doc.tokens[cue].lower in _BARE_INFINITIVE_TAKERS
    ):
        return hi
    for j in range(lo + 1, hi):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or not token.is_word:
            return hi
        if token.lower in _INNER_CLAUSE and token.lower not in SUBJECT_PRONOUNS:
            return hi
        word = LEXICON.get(token.lower)
        if word is None or not word.speech or not token.text.islower():
            continue
        if token.lower.endswith("ing") or doc.tokens[j - 1].lower in _BARE_INFINITIVE_TAKERS:
            return hi
        cut = j
        while cut > lo + 1 and (
            doc.tokens[cut - 1].lower in _BEFORE_VERB | _AUXILIARIES
            or _manner_adverb(doc.tokens[cut - 1].text)
        ):
            cut -= 1
        return cut
    return hi


#: Words after a noun that keep a following past form a participle ("the plan was
#: dropped", "to have voted"): no main verb follows them.
_BEFORE_PARTICIPLE = (
    _NOT_NOUN_ENDS
    | ARTICLES
    | _ARTICLE_LINKS
    | words("be been being his her their its our my your this these those")
)
#: Words after a verb in "-s" that show it takes an object or a complement ("sets it
#: apart", "indicates she", "serves as"): a plural noun seldom stands before them.
_AFTER_PRESENT_VERB = ARTICLES | SUBJECT_PRONOUNS | words("it him her them us as his their")
#: Adverbs that stand before a main verb after its subject ("still care", "now regard").
_PREDICATE_ADVERBS = words("still now also never often already then")
#: Words after such an adverb that are no plain verb ("now in", "still the").
_NOT_PLAIN_VERBS = ARTICLES | _ARTICLE_LINKS | words("at from of with for more than")
#: Past forms too short for the "-ed" test ("Kim used a private server was …").
_SHORT_PAST = words("used owed died lied tied")
#: Words that open a clause inside a content, with a finite verb of its own ("the claim
#: that taxes fell", "the plan which Lee backed").
_INNER_OPENERS = words(
    "that which who whom whether if because when while although where why what how"
)
#: Marks that end the search: a semicolon, colon, bracket or dash sets off other text.
_SUBJECT_STOPS = frozenset({";", ":", "(", "—", "–"})


def before_main_verb_of_subject(doc: Doc, clause: bool, content: TokenRange) -> int:
    """ "Lee's criticism of the plan angered the board", "His insistence that taxes must
    fall angered the board": a cue inside the sentence's subject reports only up to the
    main clause's finite verb. Each clause the content opens ("that", "which", or the
    cue's own clause, ``clause``) keeps one finite verb of its own, and a verb after a
    subject pronoun is its clause's; the first finite verb after a noun beyond those
    ends the content. Returns where the content ends."""
    lo, hi = content
    own = 1 if clause and doc.tokens[lo].lower not in _INNER_OPENERS else 0
    for j in range(lo, hi):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in _SUBJECT_STOPS:
            return hi
        if token.lower in _INNER_OPENERS:
            own += 1
            continue
        if j == lo or not _subject_verb(doc, j, hi):
            continue
        before = doc.tokens[j - 1]
        if before.lower in _BEFORE_PARTICIPLE or _manner_adverb(before.text):
            continue  # "was dropped", "had sexually assaulted": a verb group's participle
        if not before.is_word and token.lower not in _MAIN_VERBS:
            continue  # "the plan, dropped in May, …"; but "X, who was …, would serve" is finite
        # "questions about what he might …": a pronoun's finite verb is its own clause's
        if own or before.lower in PERSONAL_PRONOUNS:
            own = max(own - 1, 0)
            continue
        return j
    return hi


def _subject_verb(doc: Doc, j: int, hi: int) -> bool:
    """Whether token ``j`` may be the finite verb of a subject: an auxiliary or modal, a
    past form not followed by "by", a verb in "-s" before an object, or an adverb that
    opens a predicate."""
    word = doc.tokens[j].text
    if not word.islower():
        return False
    after = doc.tokens[j + 1].lower if j + 1 < hi else ""
    if word in _MAIN_VERBS or word.endswith(_NOT) or word in {"do", "does", "did"}:
        return True
    if word in _PREDICATE_ADVERBS and after.isalpha() and after not in _NOT_PLAIN_VERBS:
        # "voters who prefer Kim still care …": an adverb after a noun opens the predicate.
        return True
    if (_past_verb(word) or word in _CLAUSE_PAST or word in _SHORT_PAST) and after != "by":
        # "to deport undocumented immigrants": a past form after an infinitive's verb
        # is an adjective.
        return j - 2 < 0 or doc.tokens[j - 2].lower != "to"
    return _verb(word) and word.endswith("s") and after in _AFTER_PRESENT_VERB
