"""Which words are cues and where a content span ends.

:class:`Judge` answers from the lexicon and plain rules; :class:`LearnedJudge` from the
shipped model (:mod:`kg.extract.learned`) mixed with the lexicon's prior.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON, CueWord
from kg.extract.doc import Doc
from kg.extract.features import SKIP, cue_window, is_candidate
from kg.extract.learned import Model, probability
from kg.extract.names import is_possessive
from kg.extract.scoring import CueScorer, EndScorer
from kg.extract.tokens import Token
from kg.extract.wordsets import (
    ARTICLES,
    BE_FINITE,
    FINITE_VERBS,
    PERSONAL_PRONOUNS,
    SUBJECT_PRONOUNS,
    past_tense,
    words,
)

#: Weight of the lexicon prior in a learned cue score: a small say keeps well-known
#: reporting verbs alive in text unlike the training data. More lets a verb of saying in
#: another sense through ("claims the vote as a test") and holds back wanting verbs the
#: model is sure of ("called on people to …"). Chosen on the held-out fifth of train with
#: the model and threshold (0.7) of 0.6.0: 0.0 → 0.6117, 0.05 → 0.6120, 0.1 → 0.6118, 0.2 →
#: 0.6112, 0.3 → 0.6110; the model retrained in 0.7.0 chose threshold 0.4 with this share.
LEXICON_SHARE = 0.05


class Judge:
    """Decides which tokens are cues and where content ends (lexicon and rules)."""

    threshold = 0.5
    #: Only these words are ever scored as cues.
    vocabulary: frozenset[str] = frozenset(LEXICON)

    def cue_score(self, doc: Doc, k: int, cue: CueWord | None) -> float:
        return cue.weight if cue else 0.0

    def content_end(self, doc: Doc, cue: int, start: int, limit: int) -> int:
        return limit


class LearnedJudge(Judge):
    """The shipped model's view: a perceptron per token for cues, a ranker for ends."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.threshold = model.cue.threshold
        self.vocabulary = model.vocabulary or frozenset(LEXICON)
        self._cue_scorer, self._end_scorer = scorers_for(model)

    def cue_score(self, doc: Doc, k: int, cue: CueWord | None) -> float:
        if doc.tokens[k].lower not in self.vocabulary or not is_candidate(doc, k):
            return 0.0
        learned = probability(self._cue_scorer.score(doc, k))
        if cue is None:
            return learned
        if learned < self.threshold and (own_belief(doc, k) or hearsay_passive(doc, k)):
            # PolNeAR marks such verbs as cues a quarter to a third of the times they
            # occur, so the model says no to "He thinks the economy is weak."
            learned = BELIEF_FLOOR
        # The lexicon keeps a say in it: the model has only seen 2016 US campaign news.
        return (1 - LEXICON_SHARE) * learned + LEXICON_SHARE * cue.weight

    def content_end(self, doc: Doc, cue: int, start: int, limit: int) -> int:
        if self._end_scorer is None:
            return limit
        best, best_score = limit, float("-inf")
        for end, score in self._end_scorer.scores(doc, cue, start, limit):
            if score > best_score:
                best, best_score = end, score
        return best


#: Scorers already built: a judge is made per text, and a scorer costs a pass over the
#: model's weights. Each entry keeps its perceptrons, so their ids are not reused.
_SCORERS: dict[tuple[int, ...], tuple[object, CueScorer, EndScorer | None]] = {}


def scorers_for(model: Model) -> tuple[CueScorer, EndScorer | None]:
    """The scorers of ``model``'s cue and end perceptrons, built once per pair of them.

    A perceptron whose weights change in place after this (``Perceptron.update``, only in
    training, before any judge is made) would need new scorers; a new set of weights or a
    new perceptron is a new entry."""
    cue, end = model.cue, model.end
    key: tuple[int, ...] = (id(cue), id(cue.weights), len(cue.weights), id(end))
    if end is not None:
        key += (id(end.weights), len(end.weights))
    entry = _SCORERS.get(key)
    if entry is None:
        if len(_SCORERS) >= 8:
            _SCORERS.clear()
        entry = _SCORERS[key] = (
            (cue, cue.weights, end),
            CueScorer(cue),
            EndScorer(end) if end is not None else None,
        )
    return entry[1], entry[2]


#: Verbs of belief and intention in a finite form ("thinks", "planned"): a base form
#: ("plan", "want") is as often a noun or an infinitive.
BELIEF_VERBS = words(
    """believes believed thinks thought fears feared hopes hoped wants wanted plans planned
    intends intended expects expected doubts doubted suspects suspected"""
)
#: The score :func:`own_belief` gives such a verb: a cue, but not a sure one (rules that
#: need a sure cue, 0.7 and more, still say no).
BELIEF_FLOOR = 0.5
#: Finite verbs that show a clause ("thinks the deal will hold", "maintains that she did
#: nothing wrong").
_FINITE = FINITE_VERBS | words("do does did")
#: Words that open a clause's subject after the verb ("thinks the economy is weak").
_CLAUSE_SUBJECTS = ARTICLES | SUBJECT_PRONOUNS | words("it his her their its")
#: Words before the subject that make the verb's clause a relative one.
_OBJECT_GAPS = words("what which whom whatever")
#: How far into the clause its finite verb may stand ("believes the new bridge is …").
_CLAUSE_REACH = 6


def own_belief(doc: Doc, k: int) -> bool:
    """ "He thinks the economy is weak.", "Nguyen plans to run for governor.": a verb of
    belief or intention right after its subject (a name, a subject pronoun or a noun; a
    plural one for a base form: "Voters believe …"; also past an aside: "Voters, however,
    believe …"), in a sentence no reporting verb has opened, followed by "that", an
    infinitive, or a clause with a finite verb or an infinitive of its own ("expects the
    deal to collapse"), states what someone believes or means to do; so does a verb of
    wanting or expecting with a plain noun object ("The union wants a higher minimum
    wage."). Not after a possessive or a participle ("Trump's plans to", "heralded plans
    to": nouns). A verb of saying right after its subject and followed by a "that" clause
    counts too ("The senator maintained that the vote was rigged."): the model learned
    "maintained" as keeping something, and only a name before it changes its mind."""
    tokens = doc.tokens
    word = tokens[k].text
    base = word in _BASE_BELIEF_VERBS
    said = _said_that(doc, k)
    if word not in BELIEF_VERBS and not base and not said:
        return False
    w = cue_window(doc, k)
    subject = w.subject
    if subject is not None and subject.text == "," and not w.skipped:
        subject = _own_subject(doc, k, w.sent_start)
    if w.reported or subject is None or w.skipped or k + 2 >= w.sent_end:
        return False
    if is_possessive(subject.text) or not _subject_word(subject):
        return False
    if base and not _plural_subject(subject):
        return False  # "plan", "want" after a singular are nouns or infinitives
    if k >= 2 and tokens[k - 2].lower in _OBJECT_GAPS:
        return False  # "what they wanted to hear": the clause's object is "what"
    after = tokens[k + 1]
    if said:
        return _finite_clause(doc, k + 2, w.sent_end)
    if after.lower == "to":
        return _infinitive_verb(doc, k + 2)
    if after.lower == "that":
        # "plans that your state offers": a verb of intention takes no "that" clause
        return tokens[k].lower not in _INTENTIONS
    if not (after.lower in _CLAUSE_SUBJECTS or after.is_cap):
        return False
    # After a pronoun its verb comes at once ("believes it will pass"; not "want it so
    # badly that they will …").
    reach = 2 if after.lower in PERSONAL_PRONOUNS else _CLAUSE_REACH
    for m in range(k + 2, min(w.sent_end, k + 2 + reach)):
        if doc.quote_of[m] != -1:
            return False
        if tokens[m].lower in _FINITE:
            return True  # "thinks the economy is weak"
        if tokens[m].lower == "to" and m + 1 < w.sent_end:
            return _infinitive_verb(doc, m + 1)  # "expects the deal to collapse"
    return tokens[k].lower in _NOUN_OBJECT_VERBS and _plain_object(doc, k + 1, w.sent_end)


def hearsay_passive(doc: Doc, k: int) -> bool:
    """ "Lee is believed to have left the country": what unnamed others believe or say,
    like "is said to" (which the model knows; train has two of "believed to", neither
    marked)."""
    tokens = doc.tokens
    if tokens[k].lower not in _HEARSAY_PARTICIPLES or k < 1 or k + 2 >= len(tokens):
        return False
    return (
        tokens[k - 1].lower in BE_FINITE
        and tokens[k + 1].lower == "to"
        and _infinitive_verb(doc, k + 2)
    )


_HEARSAY_PARTICIPLES = words("believed thought understood reported")


def _said_that(doc: Doc, k: int) -> bool:
    """A verb of saying in a finite or past form with "that" right after it (cheap: asked
    of every word the model doubts)."""
    cue = LEXICON.get(doc.tokens[k].text)
    if cue is None or not cue.speech or cue.frame == "noun" or k + 1 >= len(doc.tokens):
        return False
    word = doc.tokens[k].text
    return doc.tokens[k + 1].lower == "that" and (word.endswith("s") or past_tense(word))


def _own_subject(doc: Doc, k: int, sent_start: int) -> Token | None:
    """The subject before a short aside between commas ("Voters, however, believe",
    "Farmers, for their part, want"), or None when the word before ``k`` is no comma
    closing such an aside."""
    tokens = doc.tokens
    for m in range(k - 2, max(sent_start, k - 2 - _ASIDE_WORDS) - 1, -1):
        token = tokens[m]
        if token.text == ",":
            return tokens[m - 1] if m - 1 >= sent_start and m < k - 2 else None
        if not (token.is_word and token.text.islower()) or token.lower in _NOT_ASIDE:
            return None
        if token.lower in FINITE_VERBS or past_tense(token.text):
            return None  # "women, who didn't know him, wanted …": a clause, no aside
    return None


def _infinitive_verb(doc: Doc, m: int) -> bool:
    """The word after "to" is a lowercase word, not a conjunction ("wants it to but …")."""
    verb = doc.tokens[m]
    return (
        verb.is_word
        and verb.text.islower()
        and verb.lower not in _CONJUNCTIONS
        and doc.quote_of[m] == -1
    )


def _finite_clause(doc: Doc, start: int, sent_end: int) -> bool:
    """A clause opens at ``start``: a finite verb within reach, before any comma or quote
    ("that the vote was rigged", not "that position, which is …")."""
    tokens = doc.tokens
    for m in range(start, min(sent_end, start + _CLAUSE_REACH)):
        if doc.quote_of[m] != -1 or tokens[m].text in {",", ";", ":"}:
            return False
        if tokens[m].lower in _FINITE or past_tense(tokens[m].text):
            return m > start
    return False


def _plain_object(doc: Doc, start: int, sent_end: int) -> bool:
    """ "a higher minimum wage.": a noun phrase opened by a determiner that runs to the
    sentence's end, with no verb, quote or further clause in it."""
    tokens = doc.tokens
    if tokens[start].lower not in _OBJECT_DETERMINERS or sent_end - start > _OBJECT_WORDS:
        return False
    for m in range(start + 1, sent_end):
        token = tokens[m]
        if doc.quote_of[m] != -1 or token.lower in FINITE_VERBS or token.lower in {"to", "that"}:
            return False
        if not token.is_word and m < sent_end - 1:
            return False
    return True


#: Verbs whose plain noun object is what someone wants, expects or fears.
_NOUN_OBJECT_VERBS = words(
    """wants wanted want expects expected expect fears feared fear plans planned plan doubts
    doubted doubt"""
)
#: Determiners that open such an object ("wants a higher minimum wage", "more money").
_OBJECT_DETERMINERS = ARTICLES | words("more no some his her their its our any fewer less")
#: Verbs of intention: "that" after them opens a relative clause, not what is intended.
_INTENTIONS = words("wants wanted want plans planned plan intends intended")
_CONJUNCTIONS = words("and but or nor because so yet")
#: Words an aside between commas does not hold: it would be a clause ("Lee, who …,").
_NOT_ASIDE = words("who whom whose which that did does do n't not")
#: Prepositions and conjunctions outside the feature's closed classes (:data:`SKIP`):
#: never a subject ("amid reports that …").
_NOT_SUBJECTS = words(
    """amid among despite against without within between toward towards through during
    since until unless because although though whereas while like per via upon onto"""
)
#: Longest object and aside taken (in tokens).
_OBJECT_WORDS = 10
_ASIDE_WORDS = 4


#: The same verbs' base forms, a belief only after a plural subject ("Voters believe …").
_BASE_BELIEF_VERBS = words("believe think fear hope want plan intend expect doubt suspect")


#: Pronouns a base form agrees with ("They plan to …", "I think …").
_BASE_FORM_PRONOUNS = words("they we i you")


def _plural_subject(token: Token) -> bool:
    word = token.lower
    return word in _BASE_FORM_PRONOUNS or (
        len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    )


def _subject_word(token: Token) -> bool:
    word = token.lower
    if word in SUBJECT_PRONOUNS or token.is_cap:
        return True
    return (
        token.is_word
        and word not in SKIP
        and word not in _NOT_SUBJECTS
        and not word.endswith(("ed", "ing"))
    )
