"""Owned cue nouns and event phrases: "his attacks on Mr. Lee", "Lee has taken a swipe at …".

The owner of a cue noun ("Lee's criticism of the plan", "his insistence that …") is its
source and the preposition's object or the "that"/"to" clause its content
(``owned_noun``). A cue word inside an event phrase the model is sure of takes the
subject of the phrase's verb (``phrase_subject``). A cue noun with no owner that opens
its clause or follows a preposition ("Opposition to the deal", "amid fears of …") has no
source (``unowned_noun``); one in an "in …" phrase after a verb ("voted in favor of")
is the verb's subject's (``stance_phrase``). A backing received ("Lee won the endorsement
of the union") is the backer's stance, with the one backed as content, and a judgement met
("The bill drew criticism from both parties", "She drew support among women") the judges'
(``backing_phrase``); a feeling held about the subject ("Lee is distrusted by voters", "is
revered among activists") is its holders' (``held_regard``).
"""

from __future__ import annotations

from kg.extract.clauses import content_after
from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON, is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.indirect.sources import EXPLETIVES, ends_in_verb, has_word
from kg.extract.judge import Judge
from kg.extract.names import POSSESSIVE_MARKS, is_possessive, possessive_name
from kg.extract.phrases import np_after, np_before, np_right_before, sentence_subject
from kg.extract.phrases.common import CONNECTORS, INTRO, initial_dot
from kg.extract.tokens import Token
from kg.extract.wordsets import (
    ARTICLES,
    ATTACHING_PREPS,
    BE_FINITE,
    CONTRACTED_S,
    FINITE_VERBS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    QUESTION_WORDS,
    RELATIVE_SUBJECTS,
    words,
)

OWNERS = words("his her their its")
_OWNED_PREPOSITIONS = words("of on for against with about")


def owned_noun(doc: Doc, k: int, cue_end: int, confidence: float, judge: Judge) -> Found | None:
    """ "his attacks on Mr. Lee", "Lee's criticism of the plan": the owner of a cue noun is
    its source and the preposition's object its content."""
    sent_start, sent_end = doc.sentence_bounds(k)
    word = doc.tokens[k]
    if k - 1 < sent_start or not word.text.islower() or cue_end >= sent_end:
        return None
    clause = _owned_clause(doc, cue_end, sent_end)
    if doc.tokens[cue_end].lower not in _OWNED_PREPOSITIONS and not clause:
        return None
    at = _owner_before(doc, k, sent_start)
    owner = doc.tokens[at]
    source: TokenRange
    start = k
    if owner.lower in OWNERS and not clause and _after_verb(doc, at, sent_start):
        # "he continued his assault on …", "has stepped up his attacks on …": PolNeAR
        # gives the phrase to the verb's subject.
        if confidence < PHRASE_SURE or (phrase := phrase_subject(doc, k, sent_start)) is None:
            return None
        start, source = phrase
    elif owner.lower in OWNERS:
        source = (at, at + 1)
    elif owner.text in POSSESSIVE_MARKS:
        named = np_before(doc, at, sent_start)
        if named is None or not doc.tokens[named[1] - 1].is_cap:
            return None
        source = (named[0], at + 1)
    elif clause and possessive_name(owner):
        source = (_name_start(doc, at, sent_start), at + 1)  # "Ann Lee's belief that …"
    else:
        return None
    if doc.any_used(*source):
        return None
    after = cue_end if clause else cue_end + 1
    content = content_after(doc, k, after, sent_end, judge)
    if content is None or content[0] != after:
        return None
    if not clause:
        content = _before_main_verb(doc, content)
    front = source[0] - 1 if start == k else start - 2
    if clause and front >= sent_start and doc.tokens[front].lower in FRONTING:
        # "Despite his claim that taxes fall, the plan …": the phrase's comma ends it.
        comma = next((j for j in range(*content) if doc.tokens[j].text == ","), content[1])
        content = (content[0], comma)
    return Found(
        [content], (start, after), source, "indirect", confidence, frame=(start, content[1])
    )


#: Most modifiers between an owner and its cue noun ("his harsh attacks on", "Lee's
#: long-awaited endorsement of").
_MAX_MODIFIERS = 2


def _name_start(doc: Doc, at: int, sent_start: int) -> int:
    """Where the name ending in the possessive at ``at`` starts ("Mr. Ann Lee's", "FBI
    Director Jo Ulm's")."""
    start = at
    while start - 1 >= sent_start and (
        (doc.tokens[start - 1].is_cap and doc.tokens[start - 1].lower not in _NO_NAME)
        or initial_dot(doc, start - 1)
    ):
        start -= 1
    return start


def _owner_before(doc: Doc, k: int, sent_start: int) -> int:
    """Where the owner of the cue noun at ``k`` would be: right before it, or before a
    modifier or two ("Lee's disparaging remarks about", "her nuanced views on")."""
    if doc.tokens[k].lower.endswith(("ed", "ing")):
        return k - 1  # "his team believed", "his aides saying": a verb after its subject
    lowest = max(sent_start, k - 1 - _MAX_MODIFIERS)
    for at in range(k - 1, lowest - 1, -1):
        token = doc.tokens[at]
        if token.lower in OWNERS or token.text in POSSESSIVE_MARKS or possessive_name(token):
            return at
        if not _modifier(token.text):
            break
    return k - 1


#: Adjectives that modify a cue noun ("his own criticism", "her earlier attacks on").
_MODIFIERS = words(
    """own latest earlier early new recent repeated frequent public private harsh blunt
    sharp strong fierce tough full first last previous renewed sweeping"""
)
#: Endings of adjectives and participles before a noun ("disparaging remarks", "nuanced
#: views", "energetic endorsement"); a noun there ("his team says") would be the subject.
_MODIFIER_ENDINGS = (
    "al", "ive", "ous", "ful", "ic", "ed", "ing", "ent", "ant", "less", "able", "ible", "ary",
)  # fmt: skip


def _modifier(text: str) -> bool:
    return text.islower() and (text in _MODIFIERS or text.endswith(_MODIFIER_ENDINGS))


#: Prepositions that put an owned cue noun in a phrase before the main clause.
FRONTING = words("despite after before with given amid for on in against over about to of")
#: Capitalised words before a possessive name that are not part of it ("Despite Lee's",
#: "But Lee's", "In Lee's").
_NO_NAME = CONNECTORS | FRONTING | INTRO | ARTICLES


def _owned_clause(doc: Doc, cue_end: int, sent_end: int) -> bool:
    """ "his insistence that …", "her vow to go after …": an owned cue noun takes a
    "that" clause or an infinitive as content, which keeps its "that" or "to"."""
    if cue_end + 1 >= sent_end:
        return False
    word, following = doc.tokens[cue_end].lower, doc.tokens[cue_end + 1]
    if word == "that":
        return following.is_word
    return word == "to" and _verb_after_to(following)


#: Words after "to" that make it a preposition, not an infinitive's ("threw their support
#: to the governor", "lent his support to them").
_PREPOSITION_OBJECTS = ARTICLES | words(
    "him her them me us his their its my our your this these those"
)


def _verb_after_to(token: Token) -> bool:
    """ "her vow to go after …": a lowercase verb after "to"; not an object ("their support
    to the governor", "to them") or a plural noun ("his support to candidates"), after which
    "to" is a preposition and the owner's phrase an object of a verb before it (train: 4
    wrong owner sources no longer read, none lost)."""
    word = token.lower
    if not token.text.islower() or not token.is_word or word in _PREPOSITION_OBJECTS:
        return False
    return not (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _after_verb(doc: Doc, owner: int, sent_start: int) -> bool:
    """The owned phrase is an object: a lowercase word other than a preposition or a
    connector comes before its owner ("continued his assault on")."""
    before = owner - 1
    return (
        before >= sent_start
        and doc.tokens[before].text.islower()
        and doc.tokens[before].lower not in _PHRASE_PREPOSITIONS | _OWNED_BREAKS
    )


_OWNED_BREAKS = words("to and but or")


#: Longest run of words from an event phrase's verb to its scored word ("has taken a swipe
#: at", "took to Twitter to say").
_MAX_PHRASE_LEAD = 4
#: Only a cue word the model is this sure of is walked back from (0.8 lost 0.0004 on the
#: held-out fifth of train against 0.9; 0.95 scored as 0.9 there and 0.0004 less on dev).
PHRASE_SURE = 0.9
#: Words that end the walk back from a cue word to its phrase's verb.
_PHRASE_BREAKS = words(
    """that which who whom whose and or but nor if whether because while when where as
    than what how why"""
)


_PHRASE_PREPOSITIONS = words("by of in for with after about from into at against over")
_IRREGULAR_VERBS = words(
    """took takes take made makes make gave gives give went goes go came comes come got gets
    put puts sent sends spoke speaks wrote writes held holds hold kept keeps stood stands
    drew draws threw throws struck strikes ran runs sought seeks brought brings
    fell falls set sets"""
)
#: Verbs whose subject meets or causes the statement rather than makes it ("Lee faced
#: criticism for …", "stoked speculation that …", "led some allies to worry").
_UNDERGONE = words(
    """face faces faced facing spark sparks sparked stoke stokes stoked fuel fuels fueled
    fuelled beg begs begged lead leads led cause causes caused prompt prompts prompted
    draw draws drew drawn snag snags snagged supplied receive receives received"""
)
_PHRASE_AUXILIARIES = words(
    "has have had is was are were be been will would can could should may might must did do does"
)


def _phrase_verb(doc: Doc, j: int, sent_start: int) -> bool:
    """The verb that opens an event phrase: a past form, a frequent irregular verb, a
    participle after an auxiliary ("is keeping up", "has taken") or a word right after a
    modal ("should offer", "held", "doubled")."""
    token = doc.tokens[j]
    if not token.text.islower():
        return False
    if token.lower.endswith("ed") or token.lower in _IRREGULAR_VERBS:
        return True
    if _participle_after_auxiliary(doc, j, sent_start):
        return True
    before = j - 1
    while before > sent_start and doc.tokens[before].lower in BETWEEN_SOURCE_AND_CUE:
        before -= 1
    return before >= sent_start and doc.tokens[before].lower in _PHRASE_AUXILIARIES


#: Participles that are auxiliaries themselves ("being criticized", "having said"): the
#: verb of the phrase comes after them.
_AUXILIARY_PARTICIPLES = words("being having")


def _participle_after_auxiliary(doc: Doc, j: int, sent_start: int) -> bool:
    """ "is keeping up his criticism of", "has been making an impassioned case that", "has
    taken an interest in": a participle after an auxiliary, adverbs or further auxiliaries
    between ("has not been working on the belief that"). The walk back stops at the
    first auxiliary, which the lexicon's words around a cue include."""
    word = doc.tokens[j].lower
    if not word.endswith(("ing", "en")) or word in _AUXILIARY_PARTICIPLES:
        return False
    before = j - 1
    while before >= sent_start and doc.tokens[before].lower in BETWEEN_SOURCE_AND_CUE:
        if doc.tokens[before].lower in _PHRASE_AUXILIARIES:
            return True
        before -= 1
    return False


def phrase_subject(doc: Doc, k: int, sent_start: int) -> tuple[int, TokenRange] | None:
    """A cue word inside an event phrase ("Lee has taken a swipe at …", "Lee held forth
    on …"): walk back to the phrase's verb, whose subject is the source."""
    for verb in range(k - 1, max(sent_start, k - 1 - _MAX_PHRASE_LEAD), -1):
        token = doc.tokens[verb]
        if not token.is_word or token.lower in _PHRASE_BREAKS or doc.quote_of[verb] != -1:
            return None
        if verb in doc.used:
            return None
        if token.lower in _PHRASE_PREPOSITIONS:
            return None  # "… by saying", "… in her criticism of": an adjunct, not the verb
        if token.lower in _UNDERGONE:
            return None  # "faced criticism", "led voters to say": not the subject's words
        if not _phrase_verb(doc, verb, sent_start):
            continue
        subject = np_before(doc, verb, sent_start)
        if (
            subject is not None
            and not doc.any_used(*subject)
            and not ends_in_verb(doc, subject)
            and has_word(doc, subject)
            and doc.tokens[subject[0]].lower not in EXPLETIVES
        ):
            return verb, subject
    return None


#: Prepositions that open an adjunct whose gerund the clause's subject does ("Lee surprised
#: Kim by declaring …", "who was distracted while saying …", "walked off after arguing …";
#: "by" alone: held-out fifth +0.0003, dev +0.0003; with the others +0.0005 more there).
_MEANS = words("by while after before without in since through")
#: Longest walk back from the adjunct's preposition to its clause's verb.
_MAX_MEANS_LEAD = 12


def means_subject(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "who opened his campaign by declaring that …", "they have played to the crowd by
    criticizing …": a gerund cue after "by", "while", "after" … is done by the subject of
    the clause the adjunct belongs to (a relative "who" or the subject of its nearest verb), which
    PolNeAR takes as the source."""
    prep = k - 1
    if prep <= sent_start or doc.tokens[prep].lower not in _MEANS:
        return None
    if not (doc.tokens[k].text.islower() and doc.tokens[k].lower.endswith("ing")):
        return None
    for j in range(prep - 1, max(sent_start, prep - 1 - _MAX_MEANS_LEAD) - 1, -1):
        token = doc.tokens[j]
        if not token.is_word or doc.quote_of[j] != -1 or j in doc.used:
            return None
        if token.lower in RELATIVE_SUBJECTS:
            return j, j + 1
        if token.lower in _PHRASE_BREAKS:
            return None
        if not _phrase_verb(doc, j, sent_start):
            continue
        subject = np_before(doc, j, sent_start)
        if subject is None:
            continue  # "were able to talk …": the subject is before an earlier verb
        if (
            doc.any_used(*subject)
            or ends_in_verb(doc, subject)
            or not has_word(doc, subject)
            or doc.tokens[subject[0]].lower in EXPLETIVES
        ):
            return None
        if doc.tokens[subject[0]].lower in RELATIVE_SUBJECTS:
            return subject[0], subject[0] + 1  # "who only days ago surprised Kim by …"
        return subject
    return None


#: Prepositions after a cue noun that open what it is about ("calls for a recount",
#: "opposition to the deal", "questions about his health").
_NOUN_PREPOSITIONS = words("of about on for against over to")
#: Determiners and modifiers of an unowned cue noun ("the growing calls for …").
_UNOWNED_MODIFIERS = ARTICLES | words(
    """no new renewed growing mounting widespread fresh increasing repeated public such
    further similar recent sharp strong"""
)
#: Words an unowned cue noun phrase follows: a preposition ("amid fears of", "subject to
#: criticism from"), a conjunction or a mark; a verb before it would make it that verb's
#: object, which PolNeAR gives to the verb's subject ("is making the case for").
_BEFORE_UNOWNED = frozenset({":", "—", "–", "(", ";"}) | words(
    "of amid about from over despite after against"
)


def unowned_noun(doc: Doc, k: int, cue_end: int, confidence: float, judge: Judge) -> Found | None:
    """ "Opposition to trade deals has …", "amid fears of a slowdown", "The calls for more
    troops": a cue noun without an owner, opening its clause or after a preposition, takes
    its preposition's object as content and has no source (PolNeAR's reading; on train 11
    attributions found, 3 with a source PolNeAR gives and 7 not annotated)."""
    sent_start, sent_end = doc.sentence_bounds(k)
    word = doc.tokens[k]
    if cue_end != k + 1 or cue_end + 1 >= sent_end or word.lower.endswith(("ed", "ing", "ly")):
        return None
    if doc.tokens[cue_end].lower not in _NOUN_PREPOSITIONS or not doc.tokens[cue_end + 1].is_word:
        return None
    cue = LEXICON.get(word.lower)
    if cue is not None and (cue.speech or cue.frame == "quote"):
        return None  # "said on Saturday": a verb of saying, not a noun
    if not _opens_noun_phrase(doc, k, sent_start):
        return None
    if (
        doc.tokens[cue_end].lower == "to"
        and k - 1 >= sent_start
        and doc.tokens[k - 1].is_word
        and doc.tokens[k - 1].lower not in _UNOWNED_MODIFIERS
    ):
        return None  # "… and vow to expand": a bare word before "to" is rather a verb
    after = cue_end + 1
    content = content_after(doc, k, after, sent_end, judge)
    if content is None or content[0] != after:
        return None
    content = _before_main_verb(doc, content)
    return Found([content], (k, after), None, "indirect", confidence, frame=(k, content[1]))


def _before_main_verb(doc: Doc, content: TokenRange) -> TokenRange:
    """ "Opposition to trade deals has galvanized …": the noun phrase is the subject of
    the sentence's verb, which ends what the cue is about. Not in a question the content
    opens ("chatter about who might staff it", "consensus on whether that rise is …"):
    the verb is the question's own (on train 4 made right, 2 lost)."""
    lo, hi = content
    if doc.tokens[lo].lower in QUESTION_WORDS:
        return content
    for j in range(lo + 1, hi):
        if doc.tokens[j].lower in FINITE_VERBS and doc.quote_of[j] == -1:
            return lo, j
    return content


def _opens_noun_phrase(doc: Doc, k: int, sent_start: int) -> bool:
    """The cue word heads a noun phrase that opens the sentence or follows a preposition:
    only determiners and a few modifiers come between."""
    j = k - 1
    while j >= sent_start and doc.tokens[j].lower in _UNOWNED_MODIFIERS:
        j -= 1
    if j < sent_start:
        return doc.tokens[sent_start].is_cap
    if not doc.tokens[k].text.islower():
        return False
    return doc.tokens[j].lower in _BEFORE_UNOWNED or existential_there(doc, j, sent_start)


#: Forms of "be" after an existential "there" ("there are", "there have been", "there 's").
EXISTENTIAL_BE = BE_FINITE | words("be been") | CONTRACTED_S
#: What may stand between "there" and an unowned noun ("there have also been …").
_AFTER_THERE = EXISTENTIAL_BE | BETWEEN_SOURCE_AND_CUE


def existential_there(doc: Doc, j: int, sent_start: int) -> bool:
    """Whether token ``j`` ends an existential "there" and its verb ("There are questions
    about …", "there's talk of …", "there have also been"): a noun after it only exists;
    no one owns it."""
    if doc.tokens[j].lower in EXPLETIVES and doc.tokens[j].lower.startswith("there"):
        return True
    while j > sent_start and doc.tokens[j].lower in _AFTER_THERE:
        j -= 1
        if doc.tokens[j].lower == "there":
            return True
    return False


#: Cue nouns of a stance taken in an adverbial "in …" phrase ("voted in favor of", "in
#: the hope that", "polarized in support of"): PolNeAR gives them to the verb's subject.
_STANCES = words("favor support hope hopes praise protest defense")
_STANCE_OBJECTS = words("of that")
#: Words between a verb and its "in favor of" ("has spoken out in favor of", "all voted").
_VERB_TAIL = words("out up all always strongly largely overwhelmingly")
#: Relative pronouns of people ("those who …").
_RELATIVE_PERSONS = words("who whom")
#: Auxiliaries, adverbs and floating quantifiers between a subject and its verb ("have
#: all voted", "both voted").
_BEFORE_STANCE_VERB = BETWEEN_SOURCE_AND_CUE | words("all both")


_VERB_FORMS = IRREGULAR_PARTICIPLES | IRREGULAR_PAST | FINITE_VERBS


def _verb_form(text: str) -> bool:
    """A past form, a participle or a finite auxiliary ("voted", "spoken", "was")."""
    return text.islower() and (text.endswith("ed") or text in _VERB_FORMS)


def stance_phrase(doc: Doc, k: int, confidence: float, judge: Judge) -> Found | None:
    """ "Lee voted in favor of the bill", "who protested, in the hope that …": a stance
    noun in an "in …" phrase after a verb; its content is what follows "of" (or the
    "that" clause), its source the verb's subject (on train 6 found, 5 with the source
    right, none unannotated)."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if doc.tokens[k].lower not in _STANCES or k + 2 >= sent_end:
        return None
    opener = k - 2 if doc.tokens[k - 1].lower == "the" else k - 1
    if opener - 1 <= sent_start or doc.tokens[opener].lower != "in":
        return None
    follower = doc.tokens[k + 1].lower
    if follower not in _STANCE_OBJECTS or not doc.tokens[k + 2].is_word:
        return None
    source = _stance_subject(doc, opener, sent_start)
    if source is None or doc.any_used(*source):
        return None
    after = k + 2 if follower == "of" else k + 1
    content = content_after(doc, k, after, sent_end, judge)
    if content is None or content[0] != after:
        return None
    if follower == "of":
        content = _before_main_verb(doc, content)
    return Found(
        [content], (opener, after), source, "indirect", confidence, frame=(opener, content[1])
    )


def _stance_subject(doc: Doc, opener: int, sent_start: int) -> TokenRange | None:
    """The subject of the verb before an "in …" phrase: after a comma, the sentence's."""
    verb = opener - 1
    if doc.tokens[verb].text == ",":
        return sentence_subject(doc, sent_start, verb)
    while verb > sent_start and (
        doc.tokens[verb].lower in _VERB_TAIL or doc.tokens[verb].lower.endswith("ly")
    ):
        verb -= 1
    if not _verb_form(doc.tokens[verb].text):
        return None  # "raised $58 million in support of": the verb's object comes between
    return _subject_of(doc, verb, sent_start, _BEFORE_STANCE_VERB)


#: Nouns of backing received: "Lee won the endorsement of the union" reports the union's
#: stance on Lee (PolNeAR: the backer is the source and the one backed the content; on
#: train 18 of 26 such phrases are annotated so).
_BACKING = words("endorsement endorsements support backing")
_RECEIVING = words(
    """won wins win winning received receives receive has have had earned earn earns got
    gets secured secure secures snagged landed lands enjoys enjoyed up"""
)


def received_backing(doc: Doc, k: int) -> tuple[int, TokenRange, TokenRange] | None:
    """ "Lee has the backing of …", "who won the endorsement of …": where the phrase
    starts, the one backed (the verb's subject) and the backer after "of" or "from"."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if doc.tokens[k].lower not in _BACKING or k + 2 >= sent_end:
        return None
    if doc.tokens[k + 1].lower not in {"of", "from"}:
        return None
    the = k - 1 if doc.tokens[k - 1].lower == "the" else k - 2
    if the - 1 <= sent_start or doc.tokens[the].lower != "the":
        return None
    if the == k - 2 and not doc.tokens[k - 1].text.islower():
        return None
    verb = the - 1
    if doc.tokens[verb].lower not in _RECEIVING:
        return None
    if doc.tokens[verb].lower == "up":
        verb -= 1  # "picked up the endorsement of"
    backed = _receiver(doc, verb, sent_start)
    backer = np_after(doc, k + 2, sent_end)
    if backed is None or backer is None:
        return None
    return verb, backed, _before_second_predicate(doc, backer)


#: Words after an "-s" word that show it is a noun of the backer ("teachers in …").
_BACKER_GOES_ON = ATTACHING_PREPS | {"of", "for", "with", "from", "and"}


def _before_second_predicate(doc: Doc, backer: TokenRange) -> TokenRange:
    """ "has the backing of Putin and Russia and retains close ties to China": a verb after
    "and" starts the backed one's second predicate; the backer ends before it. A word in
    "-s" counts as a verb only before a word that is no preposition or mark ("parents and
    teachers in the district" stays whole)."""
    lo, hi = backer
    for j in range(lo + 1, hi - 1):
        if doc.tokens[j].lower not in {"and", "but"}:
            continue
        word, after = doc.tokens[j + 1], doc.tokens[j + 2] if j + 2 < len(doc.tokens) else None
        plain = word.text.isalpha() and word.text.islower()
        past = plain and (word.lower in IRREGULAR_PAST or word.lower.endswith("ed"))
        present = (
            plain
            and word.lower.endswith("s")
            and after is not None
            and after.is_word
            and after.lower not in _BACKER_GOES_ON
        )
        if word.lower in FINITE_VERBS or past or present:
            return lo, j
    return backer


def _receiver(doc: Doc, verb: int, sent_start: int) -> TokenRange | None:
    """The subject of the verb of receiving at ``verb`` ("who won", "The bill has drawn")."""
    return _subject_of(doc, verb, sent_start, BETWEEN_SOURCE_AND_CUE)


def _subject_of(doc: Doc, verb: int, sent_start: int, between: frozenset[str]) -> TokenRange | None:
    """The subject of the verb at ``verb`` past the ``between`` words before it
    (auxiliaries, adverbs): a relative pronoun ("who won") or the noun phrase that ends
    right there."""
    start = verb
    while start - 1 > sent_start and doc.tokens[start - 1].lower in between:
        start -= 1
    if doc.tokens[start - 1].lower in RELATIVE_SUBJECTS:
        return start - 1, start
    subject = np_right_before(doc, start, sent_start)
    if subject is None or not has_word(doc, subject):
        return None
    return subject


#: Nouns of a judgement met ("The bill has drawn criticism from …", "winning praise from
#: …"): PolNeAR makes the one after "from" the source and the one judged the content.
_REACTIONS = words(
    """criticism criticisms praise scorn condemnation condemnations rebuke rebukes opposition
    resistance concern concerns boos fire endorsement endorsements"""
)
#: Verbs by which a judgement is met.
_MEETING = words(
    """drew draw draws drawn drawing faced faces face facing sparked sparks sparking won
    wins win winning received receives receive receiving earned earns earn earning garnered
    garners garnering attracted attracts attracting provoked provokes provoking elicited
    elicits eliciting triggered triggers triggering met meets meeting came comes coming"""
)
#: Determiners and adjectives between such a verb and its noun ("drew sharp criticism").
_REACTION_MODIFIERS = ARTICLES | words(
    """some more much heavy harsh sharp strong fierce widespread bipartisan broad swift fresh
    stern stiff under any single"""
)


#: Nouns met "from" or "among" someone: judgements, and backing ("drew support from …",
#: "received even stronger support among …"); not an endorsement, read only as a backing
#: received after "the" (:func:`received_backing`: "won the endorsement of …").
_NOUNS_MET_FROM = _REACTIONS | words("support backing")
#: Prepositions before the judges ("criticism from", "support among").
_JUDGES_PREPOSITIONS = words("from among")
#: Verbs by which a judgement is met or a backing received.
_MET_VERBS = _MEETING | words(
    """received receives receive receiving earned earns earn earning secured secures secure
    enjoys enjoyed enjoy picked picks pick picking locked locks lock locking consolidated
    consolidates consolidate consolidating"""
)


def _reaction_modifier(doc: Doc, j: int) -> bool:
    """A determiner or adjective between the verb and the noun ("drew sharp criticism",
    "won overwhelming support", "received even stronger support", "stepped-up")."""
    word = doc.tokens[j].lower
    if word in _REACTION_MODIFIERS:
        return True
    plain = word.replace("-", "").isalpha() and doc.tokens[j].text.islower()
    return plain and word not in FINITE_VERBS and word not in _MET_VERBS


def met_reaction(doc: Doc, k: int) -> tuple[int, TokenRange, TokenRange] | None:
    """ "The bill has drawn sharp criticism from both parties", "winning praise from Lee",
    "She drew support among women": where the phrase starts, the one judged (the verb's
    subject) and the judges after "from" or "among" (support and backing included: on train
    6 more right, none lost)."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if doc.tokens[k].lower not in _NOUNS_MET_FROM or k + 2 >= sent_end:
        return None
    if doc.tokens[k + 1].lower not in _JUDGES_PREPOSITIONS:
        return None
    verb = _meeting_verb(doc, k, sent_start)
    if verb is None:
        return None
    judged = _receiver(doc, _verb_of_infinitive(doc, verb, sent_start), sent_start)
    judges = np_after(doc, k + 2, sent_end)
    if judged is None or judges is None or not doc.tokens[judged[0]].text[0].isalpha():
        return None  # "… in 2011 received support from …": a year is no subject
    judges = _before_finite_verb(doc, judges)
    judges = _with_focus(doc, _with_relative_clause(doc, judges, sent_end), sent_end)
    if judges[1] < sent_end and doc.tokens[judges[1]].lower == "that":
        return None  # "faced criticism from rivals that …": the clause is what is said
    return verb, judged, judges


def _meeting_verb(doc: Doc, k: int, sent_start: int) -> int | None:
    """The verb that meets the reaction noun ``k`` ("has drawn sharp criticism", "faced
    criticism"), over up to two modifiers, if one met it already and has a subject before
    it."""
    verb = k - 1
    while verb > max(sent_start, k - 3) and _reaction_modifier(doc, verb):
        verb -= 1
    if verb <= sent_start or doc.tokens[verb].lower not in _MET_VERBS:
        return None
    if doc.tokens[verb - 1].text == ",":
        return None  # "…, drawing boos from the crowd": the noun before is no subject
    if doc.tokens[verb - 1].lower in _NOT_YET:
        return None  # "he will face criticism from …": not met yet (train: 2, none annotated)
    return verb


#: Verbs whose subject does what the infinitive after them says ("continues to draw").
_GOING_ON = words("continues continue continued began begins begin started starts start")


def _verb_of_infinitive(doc: Doc, verb: int, sent_start: int) -> int:
    """ "Lee continues to draw support from …": the subject is the one before "continues"."""
    if verb - 2 <= sent_start or doc.tokens[verb - 1].lower != "to":
        return verb
    return verb - 2 if doc.tokens[verb - 2].lower in _GOING_ON else verb


#: Modals before a verb of meeting that put the judgement in the future.
_NOT_YET = words("will would could might may")


def _with_relative_clause(doc: Doc, judges: TokenRange, sent_end: int) -> TokenRange:
    """ "drew support from those who cared most about …": PolNeAR's source runs on with a
    relative clause on the judges to the sentence's end, which the noun phrase scan cuts
    short at its verb's object."""
    lo, hi = judges
    reach = min(hi + 1, sent_end)  # "from governors | who see him": the scan may stop at it
    if not any(doc.tokens[j].lower in _RELATIVE_PERSONS for j in range(lo + 1, reach)):
        return judges
    end = sent_end
    while end > hi and not doc.tokens[end - 1].is_word:
        end -= 1
    if any(is_speech_word(doc.tokens[j].lower) for j in range(lo, end)):
        return judges  # "… from 15 percent who say they might …": an attribution of its own
    return lo, end


#: Words that open a part of the judges set off by commas ("voters, especially women,").
_FOCUS = words("especially particularly notably mostly including")
#: Longest such part.
_MAX_FOCUS = 6


def _with_focus(doc: Doc, judges: TokenRange, sent_end: int) -> TokenRange:
    """ "support from black voters, especially older women, who …": the part named between
    commas belongs to the judges, as it does to a source before its cue."""
    lo, hi = judges
    if hi + 2 >= sent_end or doc.tokens[hi].text != "," or doc.tokens[hi + 1].lower not in _FOCUS:
        return judges
    for j in range(hi + 2, min(sent_end, hi + 2 + _MAX_FOCUS)):
        if doc.tokens[j].text == ",":
            return lo, j
    return judges


def _before_finite_verb(doc: Doc, phrase: TokenRange) -> TokenRange:
    """ "praise from Lee's team isn't likely to …": the phrase after "from" ends before
    the sentence's verb, which the noun phrase scan may run over."""
    lo, hi = phrase
    for j in range(lo + 1, hi):
        word = doc.tokens[j].lower
        if word in FINITE_VERBS or word.endswith(("n't", "n’t")):
            return lo, j
    return phrase


def reaction_for(doc: Doc, k: int, confidence: float, judge: Judge) -> Found | None:
    """ "Lee faced criticism for unreported loans", "is receiving criticism for …": a
    judgement met for a reason names no judges; PolNeAR takes the one judged and the
    reason as the content, without a source (on train 4 right, none lost)."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if doc.tokens[k].lower not in _REACTIONS or k + 2 >= sent_end:
        return None
    if doc.tokens[k + 1].lower != "for":
        return None
    verb = _meeting_verb(doc, k, sent_start)
    if verb is None:
        return None
    judged = _receiver(doc, _verb_of_infinitive(doc, verb, sent_start), sent_start)
    if judged is None or not doc.tokens[judged[0]].text[0].isalpha():
        return None
    reason = content_after(doc, k, k + 1, sent_end, judge)
    if reason is None or doc.any_used(*judged):
        return None
    return Found([judged, reason], (verb, k + 1), None, "indirect", confidence, frame=(verb, k + 1))


def received_stance(doc: Doc, k: int) -> tuple[int, TokenRange, TokenRange] | None:
    """A backing received or a judgement met at the cue noun ``k``."""
    return received_backing(doc, k) or met_reaction(doc, k)


#: Farthest a phrase's cue noun lies after its verb ("won the full support of").
_MAX_PHRASE_NOUN = 4


#: Built once: this is asked of every token outside quotes. All nouns of a backing
#: received or a judgement met: those met "from" someone and the endorsements.
_RECEIVED_NOUNS = _NOUNS_MET_FROM | _BACKING
_RECEIVING_VERBS = _RECEIVING | _MET_VERBS


def received_phrase_noun(doc: Doc, k: int) -> int | None:
    """The cue noun of a backing received or a judgement met whose phrase starts at ``k``
    ("has drawn sharp criticism from", "won the endorsement of"), or ``k`` itself if it
    is that noun: the phrase is read whole from its first word, before the verb is taken
    for a cue of its own."""
    word = doc.tokens[k].lower
    if word in _RECEIVED_NOUNS:
        return k if received_stance(doc, k) is not None else None
    if word not in _RECEIVING_VERBS:
        return None
    sent_end = doc.sentence_bounds(k)[1]
    for noun in range(k + 1, min(sent_end, k + 1 + _MAX_PHRASE_NOUN)):
        if doc.tokens[noun].lower in _RECEIVED_NOUNS:
            phrase = received_stance(doc, noun)
            return noun if phrase is not None and phrase[0] <= k else None
    return None


def backing_phrase(doc: Doc, k: int, confidence: float) -> Found | None:
    """The attribution of a backing received ("Lee won the endorsement of the union") or
    a judgement met ("The bill drew criticism from both parties") at the cue noun ``k``:
    on train 15 backings found, 8 right, 4 with a longer or shorter backer, 3 not
    annotated."""
    phrase = received_stance(doc, k)
    if phrase is None:
        return None
    verb, backed, backer = phrase
    if doc.any_used(*backed) or doc.any_used(*backer):
        return None
    return Found(
        [backed], (verb, k + 2), backer, "indirect", confidence, frame=(backed[0], backer[1])
    )


#: Participles and adjectives of a feeling held about someone ("is widely distrusted by
#: voters", "is revered among activists"): PolNeAR makes those who hold it the source and
#: the one it is about the content.
REGARD = words(
    """liked disliked loved hated despised revered admired respected distrusted mistrusted
    feared beloved popular unpopular detested loathed"""
)
#: Forms of "be" before such a word; "remains popular" and "may be liked" were not
#: annotated on train.
_BE = BE_FINITE | CONTRACTED_S
#: Degree words between "be" and the feeling ("is not always so loved", "most disliked").
_REGARD_DEGREE = words("not always so most more less very well also still even much")


def held_regard(doc: Doc, k: int, confidence: float) -> Found | None:
    """ "Lee is deeply distrusted by voters", "Lee is revered among activists who …": a
    feeling held about the subject by those after "by" or "among" (on train 7 annotated
    so; none of those with a relative pronoun as subject: "Kim, who is popular among …")."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if doc.tokens[k].lower not in REGARD or k + 2 >= sent_end:
        return None
    if doc.tokens[k + 1].lower not in {"by", "among"}:
        return None
    be = k - 1
    while be > sent_start and _degree_word(doc, be):
        be -= 1
    if be <= sent_start or doc.tokens[be].lower not in _BE:
        return None
    held_about = _subject_of(doc, be, sent_start, frozenset())
    holders = np_after(doc, k + 2, sent_end)
    if held_about is None or holders is None:
        return None
    if doc.tokens[held_about[0]].lower in RELATIVE_SUBJECTS:
        return None
    if doc.any_used(held_about[0], holders[1]):
        return None
    holders = _with_focus(
        doc, _with_relative_clause(doc, _before_finite_verb(doc, holders), sent_end), sent_end
    )
    return Found(
        [held_about],
        (be, k + 1),
        holders,
        "indirect",
        confidence,
        frame=(held_about[0], holders[1]),
    )


def _degree_word(doc: Doc, j: int) -> bool:
    token = doc.tokens[j]
    return token.lower in _REGARD_DEGREE or (token.text.islower() and token.lower.endswith("ly"))


#: Nouns of saying or thinking that an owner states as "X's NOUN is/was that …" ("Their
#: fear is that …", "Lee's answer was that …"); not "problem", "asset", "explanation",
#: which PolNeAR leaves unread in that frame (on train all 8 outside quotes are annotated
#: so; inside a quote, "My assumption was that …", the quote is the reading).
STATED_NOUNS = words(
    """fear answer response suggestion impression point argument claim contention
    assumption hope belief concern worry assertion expectation suspicion view position
    stance message conclusion prediction complaint warning explanation theory"""
)
_STATED_OWNERS = OWNERS | words("my our your")
#: Words between an owner and its stated noun ("his main", "Lee's most surprising").
_MAX_STATED_MODIFIERS = 3


def stated_noun(doc: Doc, k: int, confidence: float, judge: Judge) -> Found | None:
    """ "Their fear is that …", "The senator's answer was that …": the owner is the source,
    the noun with its "is"/"was" the cue and the "that" clause the content."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if k + 3 >= sent_end or doc.tokens[k + 1].lower not in {"is", "was"}:
        return None
    if doc.tokens[k + 2].lower != "that" or not doc.tokens[k + 3].is_word:
        return None
    at = k - 1
    while at > max(sent_start, k - 1 - _MAX_STATED_MODIFIERS) and doc.tokens[at].text.islower():
        if doc.tokens[at].lower in _STATED_OWNERS or is_possessive(doc.tokens[at].text):
            break
        at -= 1
    if at < sent_start:
        return None
    owner = doc.tokens[at]
    if owner.lower in _STATED_OWNERS:
        source = (at, at + 1)
    elif owner.text in POSSESSIVE_MARKS and (named := np_before(doc, at, sent_start)):
        source = (named[0], at + 1)
    elif is_possessive(owner.text) and (named := np_before(doc, at + 1, sent_start)):
        source = named
    else:
        return None
    if doc.any_used(source[0], k + 3):
        return None
    content = content_after(doc, k, k + 2, sent_end, judge)
    if content is None or content[0] != k + 2:
        return None
    # The clause runs to the sentence's end, over dashes and relatives the end ranker
    # stops at ("… the alt-right — which Kim denounced — and is building …").
    last = sent_end - 1 if not doc.tokens[sent_end - 1].is_word else sent_end
    content = (content[0], max(content[1], last))
    return Found(
        [content], (at + 1, k + 2), source, "indirect", confidence, frame=(source[0], content[1])
    )


def in_owned_view(doc: Doc, k: int, confidence: float) -> Found | None:
    """ "In their view, the plan will fail.", "In Lee's view, …": a sentence opened by an
    owner's view is the owner's, the clause after the comma its content (train 2 of 2 at a
    sentence start; "in his view" later in a sentence PolNeAR mostly leaves unread)."""
    sent_start, sent_end = doc.sentence_bounds(k)
    if k - 2 != sent_start or doc.tokens[sent_start].lower != "in" or k + 2 >= sent_end:
        return None
    if doc.tokens[k].lower != "view" or doc.tokens[k + 1].text != ",":
        return None
    owner = doc.tokens[k - 1]
    if owner.lower not in _STATED_OWNERS and not (is_possessive(owner.text) and owner.is_cap):
        return None
    source = (k - 1, k)
    if doc.any_used(sent_start, sent_end):
        return None
    last = sent_end - 1 if not doc.tokens[sent_end - 1].is_word else sent_end
    if last <= k + 2:
        return None
    return Found(
        [(k + 2, last)], (k, k + 1), source, "indirect", confidence, frame=(sent_start, last)
    )
