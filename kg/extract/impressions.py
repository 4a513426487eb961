"""Cues whose subject is part of what is attributed, not its source.

PolNeAR reads "Washington appears weak", "The bill is expected to pass" and passives such
as "the veto is overridden" as attributions without a source (about nine in ten in train)
whose content is the subject and its complement; a passive with "by" names its source
("was first reported by Breitbart").
"""

from __future__ import annotations

from kg.extract.clauses import at_least, closes_sentence, content_after, trim
from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.judge import Judge
from kg.extract.phrases import np_after
from kg.extract.phrases.common import verb_like
from kg.extract.wordsets import (
    FINITE_VERBS,
    IRREGULAR_PARTICIPLES,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    TIME_WORDS,
    words,
)

_RAISING = words("seem seems seemed appear appears appeared expected known")
_RAISING_GLUE = words("to be as like if")
_PARTICIPLES_OF_RAISING = words("expected known")
_BE = words("is was are were be been being 's")
#: Verbs whose passive subject is the person spoken to ("Lee was asked", "the mayor was
#: briefed"): without a complement nothing is attributed.
_ADDRESSED = words("asked told briefed informed questioned pressed warned reminded urged")


def raising(doc: Doc, k: int, cue_end: int) -> bool:
    """ "Washington appears weak", "The bill is expected to pass", "Lee looks much weaker":
    the cue alone, perhaps with "to be", "as" or "like" (not "appeared to imply", a cue of
    its own)."""
    word = doc.tokens[k].lower
    if word in _PERCEIVED:
        return _perceived_as(doc, k, cue_end)
    if word not in _RAISING or _active_participle(doc, k, cue_end):
        return False
    return all(doc.tokens[j].lower in _RAISING_GLUE for j in range(k + 1, cue_end))


#: Verbs of how something looks or sounds: "Garland looks dead on arrival", "His speech
#: sounded more presidential" are impressions like "seems" (gold has no source for 12 of
#: 21 such cues in train, the others look "to" or "at" something, or sound "a note"; read
#: so, train gains 7 attributions and loses 1, "Others sounded far less welcoming").
_PERCEIVED = words("look looks looked sound sounds sounded")
#: Words right after such a verb that make it one of looking or sounding something out
#: ("looks to build", "looked at", "sounded a rare note", "look and talk").
_NO_COMPLEMENT = words(
    """to at for into past up out off back over around ahead forward on in upon through a an the
    this that these those his her their its our my your and or but"""
)
#: Prepositions of looking somewhere: near the verb they make it one of looking at
#: something ("looked more closely at", "looked way past November").
_LOOKING_AT = words("to at for into past upon toward towards")
#: How far into the complement such a preposition is looked for.
_COMPLEMENT_HEAD = 3


def _perceived_as(doc: Doc, k: int, cue_end: int) -> bool:
    """ "looks like a flake", "sounds reasonable", "looks dead on arrival": the verb with a
    complement, not with an object or a phrase of where it looks."""
    if any(doc.tokens[j].lower != "like" for j in range(k + 1, cue_end)):
        return False
    if cue_end >= len(doc.tokens) or not doc.tokens[cue_end].is_word:
        return False
    first = doc.tokens[cue_end].lower
    if first in _NO_COMPLEMENT and not (first == "a" and cue_end > k + 1):
        return False  # "looks like a flake": "like" takes the article
    head = range(cue_end, min(len(doc.tokens), cue_end + _COMPLEMENT_HEAD))
    return all(doc.tokens[j].lower not in _LOOKING_AT for j in head)


#: Words that open the object of an active "expected"/"known" ("expected a long debate",
#: "expected that …"); a time or place phrase after it ("immigrants expected this year",
#: "a ruling expected in coming weeks") leaves it a reduced passive.
_OBJECT_OPENERS = words("that a an the him her it them his their no nothing")


def _active_participle(doc: Doc, k: int, cue_end: int) -> bool:
    """ "No one expected a long debate", "Lee expected that …": "expected" or "known" as
    the subject's own verb, with no "be" before it, takes an object, not a complement."""
    if doc.tokens[k].lower not in _PARTICIPLES_OF_RAISING:
        return False
    if cue_end >= len(doc.tokens) or doc.tokens[cue_end].lower not in _OBJECT_OPENERS:
        return False
    j = k - 1
    while j >= 0 and _auxiliary(doc, j):
        if doc.tokens[j].lower in _BE:
            return False
        j -= 1
    return j >= 0 and doc.tokens[j].is_word and doc.tokens[j].text != ","


def impression(
    doc: Doc,
    k: int,
    cue_end: int,
    subject: TokenRange,
    sent_end: int,
    confidence: float,
    judge: Judge,
) -> Found | None:
    """PolNeAR reads "X seems Y" as an impression without a source whose content is the
    subject and what it seems ("Washington | weak"); an expletive "it" is left out."""
    complement = content_after(doc, k, cue_end, sent_end, judge)
    if complement is None:
        return None
    if _name_as(doc, k, cue_end, complement):
        cue_end += 1  # "known as | Super Tuesday"
        complement = (cue_end, complement[1])
    expletive = subject[1] - subject[0] == 1 and doc.tokens[subject[0]].lower == "it"
    content = [complement] if expletive else [subject, complement]
    return Found(content, (k, cue_end), None, "indirect", confidence, frame=(k, complement[0]))


#: Participles whose "as" introduces a name ("known as | Super Tuesday"): in train's gold
#: the cue runs over "as" after "known" 24 times of 25 (on train 3 more right, dev the same).
_NAMING = words("known")


def _name_as(doc: Doc, k: int, cue_end: int, complement: TokenRange) -> bool:
    """ "known | as Super Tuesday": the name's "as" right after the naming participle."""
    lo, hi = complement
    return (
        doc.tokens[k].lower in _NAMING
        and lo == cue_end
        and hi - lo >= 2
        and doc.tokens[lo].lower == "as"
        and doc.quote_of[lo] == -1
    )


#: Participles that tell how someone feels or stands ("Democrats are worried about …",
#: "Her advisers are not convinced"): the subject holds the view, so it is the source
#: (98 of 99 such gold cues in train have one; reading them as passives without a source
#: cost 24 attributions of train; "inclined": 3 of its 4 gold cues have the subject as
#: source, 2 more right on train). "impressed" to "disturbed" added later: every train gold
#: cue holding one of them has a source (5 more right on train); a feeling that closes a
#: longer cue ("are growing increasingly frustrated") counts too.
_FEELINGS = words(
    """concerned worried convinced shocked satisfied dismayed frustrated scared surprised
    pleased disappointed divided persuaded alarmed troubled delighted thrilled encouraged
    relieved outraged angered unified focused assured mystified intrigued startled inclined
    impressed unimpressed irritated annoyed pumped excited energized insulted offended
    horrified appalled disgusted embarrassed bothered disturbed"""
)


def is_feeling(word: str) -> bool:
    """ "worried", "outraged": a participle telling how its subject feels."""
    return word in _FEELINGS


def passive(doc: Doc, k: int, cue_end: int, subject_end: int) -> bool:
    """ "The veto was overridden", "It was widely criticized": a participle in the cue
    and a form of "be" between the subject and the cue."""
    participle = any(
        doc.tokens[j].lower.endswith("ed") or doc.tokens[j].lower in IRREGULAR_PARTICIPLES
        for j in range(k, cue_end)
    )
    if not participle or any(doc.tokens[j].lower in _FEELINGS for j in range(k, cue_end)):
        return False  # "are growing increasingly frustrated": the feeling may end the cue
    if quoted_as_saying(doc, k) is not None:
        return False  # "Vey was quoted as saying …": Vey said it (PolNeAR: Vey the source)
    # The "be" must sit in the run of auxiliaries and adverbs right before the cue. For a
    # second verb the subject is the sentence's ("Lee was quick to praise the mayor … and
    # said that …"), and a "was" in the first clause or in an appositive makes no passive:
    # looking anywhere between subject and cue gave such cues no source and the subject as
    # content (on train the narrower check fixes 34 gold attributions and breaks 6).
    j = k - 1
    while j >= subject_end and _auxiliary(doc, j):
        if doc.tokens[j].lower in _BE:
            return True
        j -= 1
    return False


#: The verbs of "quoted as saying / telling / writing …".
_QUOTED_AS = frozenset({"saying", "telling", "writing", "adding", "calling", "describing"})


#: How many words may name who quoted, or where, before "as saying" ("quoted by the state
#: news agency KCNA as saying", "quoted in the Dunmore Gazette as saying").
_QUOTED_BY_WORDS = 8


def quoted_as_saying(doc: Doc, k: int) -> int | None:
    """Where the cue ends when token ``k`` opens "quoted as saying" (after "saying"), also
    with who quoted or where between ("quoted by KCNA as saying"): the subject said it."""
    tokens = doc.tokens
    if tokens[k].lower != "quoted" or k + 2 >= len(tokens):
        return None
    at = k + 1
    if tokens[at].lower in {"by", "in"}:
        stop = min(len(tokens) - 1, at + 1 + _QUOTED_BY_WORDS)
        at = next(
            (j for j in range(at + 1, stop) if not tokens[j].is_word or tokens[j].lower == "as"), at
        )
        if tokens[at].text != "as" or at + 1 >= len(tokens):
            return None  # a comma or the sentence's end first: "quoted by Lee, who …"
    if tokens[at].lower == "as" and tokens[at + 1].lower in _QUOTED_AS:
        return at + 2
    return None


def _auxiliary(doc: Doc, j: int) -> bool:
    word = doc.tokens[j].lower
    return (
        word in _BE
        or word in BETWEEN_SOURCE_AND_CUE
        or word.endswith(("n't", "n’t"))
        or (word.endswith("ly") and doc.tokens[j].text.islower())
    )


def passive_cue(
    doc: Doc,
    k: int,
    cue_end: int,
    subject: TokenRange,
    sent_end: int,
    confidence: float,
    judge: Judge,
) -> Found | None:
    """A passive cue: the subject is what is attributed; the agent after "by", if any, is
    the source ("was first reported by Breitbart"), else there is none (PolNeAR's reading:
    "the veto is overridden", "it was labeled | “Mostly True.”")."""
    if doc.tokens[k].lower == "asked" and (
        asked := _what_was_asked(doc, cue_end, subject, sent_end)
    ):
        return Found([asked], (k, cue_end), None, "indirect", confidence, frame=(k, asked[0]))
    person = doc.tokens[subject[0]].lower in PERSON_PRONOUNS
    if person and not _person_attributed(doc, k, cue_end, subject):
        return None
    by = _agent_by(doc, cue_end, sent_end)
    if by is not None:
        if person:
            return None  # "He was backed by nearly 7 in 10 …": see _person_attributed
        agent = _before_relative(doc, np_after(doc, by + 1, sent_end))
        if agent is None:
            return None
        agent = _with_more_agents(doc, agent, sent_end)
        reason = _reason(doc, k, agent)
        if reason is not None:
            complement = content_after(doc, k, reason, sent_end, judge)
            if complement is not None:
                agent = (agent[0], reason)
                content = [subject, complement]
                return Found(
                    content, (k, cue_end), agent, "indirect", confidence, frame=(k, reason)
                )
        complement = _complement_before_agent(doc, k, cue_end, by)
        if complement is None:
            complement = _as_complement_after_agent(doc, k, agent, sent_end, judge)
        content = [subject] if complement is None else [subject, complement]
        return Found(content, (k, cue_end), agent, "indirect", confidence, frame=(k, agent[1]))
    if (
        closes_sentence(doc, cue_end, sent_end)
        or _clause_follows(doc, cue_end, subject)
        or _ends_fronted_clause(doc, k, cue_end)
    ):
        if doc.tokens[k].lower in _ADDRESSED:
            return None  # "Lee was asked.": the one asked, not what was asked
        return Found([subject], (k, cue_end), None, "indirect", confidence, frame=(k, sent_end))
    if _frame_follows(doc, k, cue_end, subject, sent_end):
        return Found([subject], (k, cue_end), None, "indirect", confidence, frame=(k, cue_end))
    return impression(doc, k, cue_end, subject, sent_end, confidence, judge)


#: Words that open the question someone "was asked" ("was asked a simple question").
_QUESTION_OPENERS = words(
    "a an the this that these those another several many some no his her their its"
)
_QUESTION_NOUNS = words("question questions")


def _what_was_asked(
    doc: Doc, cue_end: int, subject: TokenRange, sent_end: int
) -> TokenRange | None:
    """ "Lee was asked a simple question about the bridge", "the mayor has been asked this
    question", "the same question was asked twice": what was asked is the object after the cue
    (up to a comma), or the subject when it is the question; the one asked is no source
    (PolNeAR's reading: on train "asked" after a form of "be" is a gold cue 33 times of
    the 36 the cue model takes)."""
    if cue_end < sent_end and doc.tokens[cue_end].lower in _QUESTION_OPENERS:
        end = cue_end
        while end < sent_end and doc.tokens[end].text not in {",", ";", ":"}:
            if doc.quote_of[end] != -1:
                return None
            end += 1
        while end > cue_end and doc.tokens[end - 1].text in {".", "?", "!"}:
            end -= 1
        return (cue_end, end) if end - cue_end >= 2 else None
    if any(doc.tokens[j].lower in _QUESTION_NOUNS for j in range(*subject)):
        return subject
    return None


#: Subordinators whose clause about a person sets the scene ("When he was introduced, …").
_SCENE_OPENERS = words("when after before once since until if while though although")


def _person_attributed(doc: Doc, k: int, cue_end: int, subject: TokenRange) -> bool:
    """ "He was charged with assault", "she was described as …": PolNeAR attributes a
    passive whose subject is a personal pronoun, without a source, as it does one of a name
    (train: 6 made right, 3 more found wrong, 1 lost; an agent after "by" is left out: 2 of
    6 right). Not "who" (as often wrong as right), the one spoken to ("he was asked"), nor a
    pronoun in a scene-setting clause ("When they were introduced, …", "When the vote came
    and they were announced, …": on train 31 such passives have no attribution, 6 have one;
    not "as": "cheered as she was named the winner" is attributed)."""
    pronoun = doc.tokens[subject[0]].lower
    if pronoun == "who" or doc.tokens[k].lower in _ADDRESSED:
        return False
    sent_start, _ = doc.sentence_bounds(k)
    before = doc.tokens[subject[0] - 1].lower if subject[0] > sent_start else ""
    return before not in _SCENE_OPENERS and not _ends_fronted_clause(doc, k, cue_end)


#: Most words between a passive participle and "by" ("was appointed to the court by").
_MAX_BEFORE_AGENT = 6
#: Words that end the search for "by": a clause or a list starts before it (so do marks
#: and quotes).
_NOT_BEFORE_AGENT = words(
    """that which who whom whose and or but because after before when while if as is was
    are were has have had will would"""
)


def _agent_by(doc: Doc, cue_end: int, sent_end: int) -> int | None:
    """Where "by" naming a passive's agent is: right after the participle ("was first
    reported by Breitbart") or after a short phrase of place, listener or manner ("was
    appointed to the court by Lee", "was recommended to Kim most forcefully by Lee",
    "were explained to him by a clerk"), within the same clause (PolNeAR's cue runs to
    "by": "was supported Friday by"). On train 3 sources made right, none lost."""
    for j in range(cue_end, min(sent_end, cue_end + _MAX_BEFORE_AGENT + 1)):
        token = doc.tokens[j]
        if token.lower == "by":
            return j
        if not token.is_word or token.lower in _NOT_BEFORE_AGENT or doc.quote_of[j] != -1:
            return None
    return None


def _reason(doc: Doc, k: int, agent: TokenRange) -> int | None:
    """ "was criticized by his rivals for failing to …", "has been accused by the
    government of plotting …": the reason after the agent is attributed with the subject
    (PolNeAR: "Trump | for failing to …"); the phrase finder runs the agent over it. Not
    "for" in a name ("the Center for American Progress"). On train 4 made right, none
    lost."""
    lo, hi = agent
    reasons = {"for", "of"} if doc.tokens[k].lower.startswith("accus") else {"for"}
    for j in range(lo + 1, hi - 1):
        if doc.tokens[j].lower in reasons and not doc.tokens[j + 1].is_cap:
            return j
    return None


#: Words after "as" that open a clause of its own, not the role the subject is seen in
#: ("was praised by Lee as he left", "as well as …", "as long as …").
_NOT_AS_COMPLEMENT = PERSON_PRONOUNS | words("well long much soon far if though it")


def _as_complement_after_agent(
    doc: Doc, k: int, agent: TokenRange, sent_end: int, judge: Judge
) -> TokenRange | None:
    """ "was dismissed by the voters as a bumbler", "is seen by many as a lifeboat": the
    role after the agent is attributed with the subject (PolNeAR: "Lee | as a bumbler"),
    as a complement before the agent is."""
    j = agent[1]
    if j + 1 >= sent_end or doc.tokens[j].lower != "as" or doc.quote_of[j] != -1:
        return None
    if doc.tokens[j + 1].lower in _NOT_AS_COMPLEMENT or not doc.tokens[j + 1].is_word:
        return None
    return content_after(doc, k, j, sent_end, judge)


def _before_relative(doc: Doc, agent: TokenRange | None) -> TokenRange | None:
    """ "attacked by Lee, who cites them as …": a relative clause after the agent is a
    frame of its own (its cue would be swallowed), not part of the agent's name."""
    if agent is None:
        return None
    lo, hi = agent
    for j in range(lo + 1, hi - 1):
        if doc.tokens[j].text == "," and doc.tokens[j + 1].lower in {"who", "which"}:
            return lo, j
    return agent


#: Words that add more agents after the first, to the end of the sentence ("was applauded
#: by critics, including Paul Krugman", "was criticized by economists and by Democrats
#: like Lee").
_MORE_AGENTS = words("and including")
#: Words that make what follows an agent a clause or a frame of its own, not more agents.
_NOT_IN_AGENTS = words(
    """who whom whose which that when while because as after before since if for said says
    saying"""
)
#: Words that open a frame after a comma ("…, in a column on Tuesday").
_FRAME_OPENERS = words("in on at during after before over last this")


def _with_more_agents(doc: Doc, agent: TokenRange, sent_end: int) -> TokenRange:
    """ "was supported by most men, and huge majorities of women.", "was applauded by
    critics, including Paul Krugman.": an agent followed by ", and …", "and by …" or ",
    including …" running to the sentence's end with no verb of its own names all the agents
    (PolNeAR's source runs to the end; on train 3 sources made right, none lost). A time word,
    or a comma before a preposition of time or place, opens a frame, not another agent ("by
    economists, including Paul Krugman, in a column on Tuesday")."""
    lo, hi = agent
    j = hi + 1 if hi < sent_end and doc.tokens[hi].text == "," else hi
    if j >= sent_end or doc.tokens[j].lower not in _MORE_AGENTS:
        return agent
    end = sent_end
    while end > j and not doc.tokens[end - 1].is_word and doc.tokens[end - 1].text != ")":
        end -= 1
    if end <= j + 1:
        return agent
    for m in range(j + 1, end):
        token = doc.tokens[m]
        if (
            doc.quote_of[m] != -1
            or token.text in {";", ":", "(", "—", "–"}
            or (token.text == "," and doc.tokens[m + 1].lower in _FRAME_OPENERS)
            or token.lower in TIME_WORDS
            or token.lower in _NOT_IN_AGENTS
            or token.lower in FINITE_VERBS
            or (verb_like(doc, m) and m > j + 1)
        ):
            return agent
    return lo, end


#: Words after a passive participle that open the time or place of the act, not its
#: complement ("was disclosed after a memo was found", "was first noted when …", "is
#: revered among activists"): in train's gold passives whose content opens with the
#: subject, the content stops at such a word 44 times and runs on over it 7 times ("in"
#: 17 / 4, "on" 7 / 1; not "from": "a road closure was announced | from noon to 8 p.m.").
_FRAME_AFTER_PASSIVE = words(
    """in on at after among since amid during before until following throughout last when
    while"""
)


#: Words that bring a passive's complement after its frame ("is described on Amazon as
#: “a riveting book”").
_LATE_COMPLEMENT = words("as")


def _frame_follows(doc: Doc, k: int, cue_end: int, subject: TokenRange, sent_end: int) -> bool:
    """ "Lee's part was revealed after an audit": what follows the participle is the
    act's frame, so the subject alone is attributed. Not after an expletive "it" ("it was
    reported on Monday that …") nor for the one spoken to ("Lee was asked on Monday
    whether …"); "at least" opens a number; an "as" or a quote later on is the complement.
    On train 2 attributions made right and 2 more found with a wrong source, none lost."""
    if cue_end >= len(doc.tokens) or doc.tokens[cue_end].lower not in _FRAME_AFTER_PASSIVE:
        return False
    if doc.tokens[subject[0]].lower == "it" or doc.tokens[k].lower in _ADDRESSED:
        return False
    if at_least(doc, cue_end):
        return False
    return not any(
        doc.tokens[j].lower in _LATE_COMPLEMENT or doc.quote_of[j] != -1
        for j in range(cue_end, sent_end)
    )


#: Prepositions that open a passive's complement before its agent ("was appointed to the
#: court by", "was proposed for the post by", "has been attacked on the fees by").
_COMPLEMENT_PREPOSITIONS = words("to for on as of with against over about")
#: Object pronouns after "to": the one spoken to ("were described to him by"), not a
#: complement.
_LISTENERS = OBJECT_PRONOUNS


def _complement_before_agent(doc: Doc, k: int, cue_end: int, by: int) -> TokenRange | None:
    """The phrase between a passive participle and "by" when it is the complement, which
    PolNeAR attributes with the subject ("He | to the bench"; on train 3 attributions made
    right, none lost); not a time ("supported Friday by", "on Monday"), a place or manner
    ("in an affidavit", "somewhat more positively") or the listener of a verb of saying."""
    if by - cue_end < 2 or doc.tokens[cue_end].lower not in _COMPLEMENT_PREPOSITIONS:
        return None
    after = doc.tokens[cue_end + 1].lower
    if after in TIME_WORDS or after in _LISTENERS:
        return None
    if doc.tokens[cue_end].lower == "to" and doc.tokens[k].lower in LEXICON:
        return None  # "was described to the council by": a verb of saying's listener
    return trim(doc, cue_end, by)


#: Words that open a clause put before the sentence's own ("When they were announced, …").
_FRONTED_OPENERS = words("when after before once as since until if because while though although")


def _ends_fronted_clause(doc: Doc, k: int, cue_end: int) -> bool:
    """ "When they were announced, Mr. Lee said …": a passive right before the comma that
    closes a fronted clause ends there; what follows the comma is the sentence's own clause
    (read as the complement, it ran over the next clause's cue: train 1 and dev 2 made right,
    none lost)."""
    if cue_end >= len(doc.tokens) or doc.tokens[cue_end].text != ",":
        return False
    sent_start, _ = doc.sentence_bounds(k)
    return doc.tokens[sent_start].lower in _FRONTED_OPENERS


#: Words after a comma that open a clause of its own, not a passive's complement.
_CLAUSE_OPENERS = words("though although because but while whereas and")


def _clause_follows(doc: Doc, cue_end: int, subject: TokenRange) -> bool:
    """ "The price was not disclosed, though …", "Lee was booed and left": after a passive
    without an agent a new clause is no complement; the subject alone is attributed (an
    expletive "it" keeps its complement: "it was reported, though, that …")."""
    if cue_end >= len(doc.tokens) or doc.tokens[subject[0]].lower == "it":
        return False
    j = cue_end + 1 if doc.tokens[cue_end].text == "," else cue_end
    return j < len(doc.tokens) and doc.tokens[j].lower in _CLAUSE_OPENERS
