"""Reported speech, beliefs and intentions: "X said (that) …", "X told the Y that …",
"according to X, …", "…, X said.", "X wants to …", "X anticipates that …".

A cue outside quotes with a subject before it takes the clause after it as content; a cue
at the end of a sentence takes the clause before it instead. Which words are cues and
where a content span ends come from a :class:`Judge`: the lexicon and plain rules by
default, the learned model (:mod:`kg.extract.learned`) when one is shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON, PARTICLES, CueWord
from kg.extract.doc import Doc
from kg.extract.features import cue_features, end_candidates, end_features, is_candidate
from kg.extract.found import Found, TokenRange
from kg.extract.learned import Model, probability
from kg.extract.phrases import np_after, np_before, sentence_subject
from kg.extract.wordsets import words

#: Longest content taken (tokens); keeps the per-cue cost bounded on run-on text.
MAX_CONTENT = 120
_END_PUNCT = frozenset({".", "?", "!", ";"})
_CLOSING = frozenset({"”", '"', "''"})
_CLAUSE_OPENERS = words(
    """that he she they we i it you there this these those his her their its our my a an the
    if whether why how what when where who some many most no any all one two both"""
)
#: Weight of the lexicon prior in a learned cue score (no effect on held-out train F1,
#: measured; it keeps well-known reporting verbs alive in text unlike the training data).
LEXICON_SHARE = 0.3
_ADJUNCT_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "to", "from", "via"})
_MAX_ADJUNCT = 10
#: A cue this likely needs no clause check on what follows it.
_SURE = 0.8
#: Verbs whose subject is part of what is attributed, not its source (PolNeAR gives these
#: no source in nine cases out of ten in train).
_RAISING = words("seem seems seemed appear appears appeared expected known")
_RAISING_GLUE = words("to be as like if")
_BE = words("is was are were be been being 's")
_IRREGULAR_PARTICIPLES = words("known shown seen told given held taken made thought said")
_PRONOUNS_OF_PERSONS = words("he she i we they you who")
_MAX_ACCORDING_SOURCE = 30
#: A comma before one of these ends the source of "according to" ("…, but his pathway …").
_NEW_CLAUSE = words("but and because while though although so yet whereas")
#: Words that open a frame tail after a sentence-final cue ("said Thursday", "said in …").
_TAIL_OPENERS = words(
    """in on at during after before via from through yesterday today tonight monday tuesday
    wednesday thursday friday saturday sunday last this earlier later recently late early
    a an , --"""
)
_MAX_TAIL = 16
#: A tail holding one of these is a clause of its own, not a frame.
_CLAUSE_MARKERS = words(
    """that he she they it we i there who which because but and if whether ; :"""
)
_GAP_WORDS = frozenset({"to", "for", "about", "against", "on", "of", "with", "out", "up", "as"})


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

    def cue_score(self, doc: Doc, k: int, cue: CueWord | None) -> float:
        if doc.tokens[k].lower not in self.vocabulary or not is_candidate(doc, k):
            return 0.0
        learned = probability(self.model.cue.score(cue_features(doc, k)))
        if cue is None:
            return learned
        # The lexicon keeps a say in it: the model has only seen 2016 US campaign news.
        return (1 - LEXICON_SHARE) * learned + LEXICON_SHARE * cue.weight

    def content_end(self, doc: Doc, cue: int, start: int, limit: int) -> int:
        ranker = self.model.end
        if ranker is None:
            return limit
        best, best_score = limit, float("-inf")
        for end in end_candidates(doc, start, limit):
            score = ranker.score(end_features(doc, cue, start, end, limit))
            if score > best_score:
                best, best_score = end, score
        return best


def find_indirect(doc: Doc, judge: Judge | None = None) -> list[Found]:
    judge = judge or Judge()
    found: list[Found] = []
    tokens = doc.tokens
    scores: dict[int, float] = {}

    def score(k: int) -> float:
        if k not in scores:
            scores[k] = judge.cue_score(doc, k, LEXICON.get(tokens[k].lower))
        return scores[k]

    for k, token in enumerate(tokens):
        if k in doc.used or doc.quote_of[k] != -1 or not token.is_word:
            continue
        if token.lower not in judge.vocabulary and token.lower != "according":
            continue
        if token.lower in BETWEEN_SOURCE_AND_CUE and token.lower not in LEXICON:
            continue  # "still", "also": words around a cue, never its head
        if token.lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
            item = _according_to(doc, k, judge)
        else:
            confidence = score(k)
            if confidence < judge.threshold:
                continue
            cue_end = _cue_end(doc, k, lambda j: score(j) >= judge.threshold)
            item = _verb_cue(doc, k, cue_end, LEXICON.get(token.lower), confidence, judge)
        if item is not None and not _takes_claimed_quote(doc, item):
            found.append(item)
            _claim(doc, item)
    return found


def _cue_end(doc: Doc, k: int, is_cue: Callable[[int], bool]) -> int:
    """Extend a cue over the words that belong to it: "pointed out", "tended to support",
    "has railed against" (particles the lexicon knows, or cue words the judge accepts)."""
    sent_end = doc.sentence_bounds(k)[1]
    end = k + 1
    particles = PARTICLES.get(doc.tokens[k].lower, ())
    if end < sent_end and doc.tokens[end].lower in particles:
        end += 1
    while end < sent_end and end - k < 5:
        word = doc.tokens[end].lower
        if doc.quote_of[end] != -1:
            break
        if word in _GAP_WORDS and end + 1 < sent_end and is_cue(end + 1):
            end += 2
        elif is_cue(end) and doc.tokens[end].is_word:
            end += 1
        else:
            break
    return end


def _takes_claimed_quote(doc: Doc, item: Found) -> bool:
    """A quote already given to a speaker is not also someone else's reported speech."""
    for lo, hi in item.content:
        for k in range(lo, hi):
            quote = doc.quote_of[k]
            if quote != -1 and quote in doc.claimed_quotes:
                return True
    return False


def _claim(doc: Doc, item: Found) -> None:
    if item.source is not None and item.cue is not None:
        doc.sentence_source[doc.sentence_of[item.cue[0]]] = item.source
    for lo, hi in [r for r in (item.cue, item.source) if r]:
        doc.used.update(range(lo, hi))


def _trim(doc: Doc, lo: int, hi: int) -> TokenRange | None:
    """Drop closing punctuation (but not a closing quote mark) and require a word."""
    while hi > lo and doc.tokens[hi - 1].text in _END_PUNCT | {",", ":"} | _CLOSING:
        if doc.tokens[hi - 1].text in _CLOSING and doc.quote_of[hi - 1] != -1:
            break
        hi -= 1
    return (lo, hi) if hi > lo and any(doc.tokens[j].is_word for j in range(lo, hi)) else None


def _content_after(doc: Doc, cue: int, lo: int, sent_end: int, judge: Judge) -> TokenRange | None:
    limit = min(sent_end, lo + MAX_CONTENT)
    for k in range(lo, limit):
        if doc.tokens[k].text == ";" and doc.quote_of[k] == -1:
            limit = k
            break
    while limit > lo and doc.tokens[limit - 1].text in _END_PUNCT:
        limit -= 1
    if limit <= lo:
        return None
    return _trim(doc, lo, judge.content_end(doc, cue, lo, limit))


def _content_before(doc: Doc, sent_start: int, comma: int) -> TokenRange | None:
    lo = sent_start
    while lo < comma and doc.tokens[lo].lower in {"but", "and", "so", "yet"}:
        lo += 1
    if comma - lo < 2:
        return None
    return lo, comma


def _according_to(doc: Doc, k: int, judge: Judge) -> Found | None:
    """ "…, according to X." takes X to the end of the sentence (PolNeAR does in four cases
    of five: "a fact sheet lawmakers released Monday", "Andy Smith, director of …");
    "According to X, …" takes X up to the comma."""
    sent_start, sent_end = doc.sentence_bounds(k)
    cue = (k, k + 2)
    if k > sent_start and doc.tokens[k - 1].text == ",":
        source = _source_to_clause_end(doc, k + 2, sent_end)
        content = _content_before(doc, sent_start, k - 1)
    else:
        source = _source_to_comma(doc, k + 2, sent_end) or np_after(doc, k + 2, sent_end)
        if source is None:
            return None
        after = source[1]
        if after < sent_end and doc.tokens[after].text == ",":
            after += 1
        content = _content_after(doc, k, after, sent_end, judge)
    if source is None:
        return None
    if content is None:
        return None
    return Found([content], cue, source, "indirect", 0.85, frame=(k, source[1]))


def _source_to_clause_end(doc: Doc, lo: int, sent_end: int) -> TokenRange | None:
    """The rest of the sentence, up to a comma that opens a new clause (", but …")."""
    hi = min(sent_end, lo + _MAX_ACCORDING_SOURCE)
    for j in range(lo, hi):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in {";", ":"}:
            hi = j
            break
        if token.text == "," and j + 1 < hi and doc.tokens[j + 1].lower in _NEW_CLAUSE:
            hi = j
            break
    while hi > lo and doc.tokens[hi - 1].text in _END_PUNCT | {",", ")"} | _CLOSING:
        if doc.tokens[hi - 1].text == ")" and any(doc.tokens[j].text == "(" for j in range(lo, hi)):
            break
        hi -= 1
    if hi <= lo or not any(doc.tokens[j].is_word for j in range(lo, hi)):
        return None
    return lo, hi


def _source_to_comma(doc: Doc, lo: int, sent_end: int) -> TokenRange | None:
    """ "According to the initial schedule published Thursday, …": up to the comma."""
    for j in range(lo + 1, min(sent_end, lo + _MAX_ACCORDING_SOURCE)):
        if doc.quote_of[j] != -1 or doc.tokens[j].text in {";", ":"}:
            return None
        if doc.tokens[j].text == ",":
            return lo, j
    return None


def _verb_cue(
    doc: Doc, k: int, cue_end: int, cue: CueWord | None, confidence: float, judge: Judge
) -> Found | None:
    if cue is None:
        # A cue the model knows and the lexicon does not: take what follows as content.
        cue = CueWord("open", False, confidence)
    if cue.frame in ("noun", "quote") and cue_end == k + 1:
        return None
    sent_start, sent_end = doc.sentence_bounds(k)
    participle = doc.tokens[k].lower.endswith("ing") and _after_comma(doc, k, sent_start)
    if not participle and _after_comma(doc, k, sent_start):
        # "…, said Dan Gerstein, an analyst.": an inverted source that closes the sentence,
        # not an appositive before the cue ("Heffley, a GOP operative, said …").
        named = np_after(doc, cue_end, sent_end)
        if named is not None and _closes_sentence(doc, named[1], sent_end):
            inverted = _inverted(doc, k, cue_end, sent_start, sent_end, confidence)
            if inverted is not None:
                return inverted
    source = None if participle else np_before(doc, k, sent_start)
    if source is not None and (
        any(j in doc.used for j in range(*source)) or _ends_in_verb(doc, source)
    ):
        source = None
    if source is None and (participle or _coordinated(doc, k, sent_start)):
        # "Buchanan said, noting that …", "Graham said …, but lamented that …": the
        # sentence's speaker goes on.
        source = doc.sentence_source.get(doc.sentence_of[k]) or sentence_subject(doc, sent_start, k)
    if source is None:
        return _inverted(doc, k, cue_end, sent_start, sent_end, confidence)
    if _raising(doc, k, cue_end):
        return _impression(doc, k, cue_end, source, sent_end, confidence, judge)
    if _passive(doc, k, cue_end, source[1]):
        return _passive_cue(doc, k, cue_end, source, sent_end, confidence, judge)
    after = cue_end
    if cue.frame == "tell" and after < sent_end and doc.tokens[after].lower != "that":
        listener = np_after(doc, after, sent_end)
        if listener is not None and listener[1] - listener[0] <= 6:
            after = listener[1]
    if after < sent_end and doc.tokens[after].text in {",", ":"}:
        after += 1
    if _closes_sentence(doc, after, sent_end):
        # "Flight 804 crashed at sea, officials said Thursday.": what follows the cue is
        # time, place or listener, so the content is the clause before the source.
        before = _clause_before_source(doc, source[0], sent_start)
        if before is not None:
            return Found(
                [before], (k, cue_end), source, "indirect", confidence, frame=(source[0], sent_end)
            )
    after = _skip_adjunct(doc, after, sent_end)
    content = _content_after(doc, k, after, sent_end, judge)
    if content is None or not (confidence >= _SURE or _clause_ok(doc, content[0], cue)):
        comma = source[0] - 1
        if (
            comma > sent_start
            and doc.tokens[comma].text == ","
            and _tail_is_short(doc, after, sent_end)
        ):
            before = _content_before(doc, sent_start, comma)
            if before is not None:
                return Found(
                    [before],
                    (k, cue_end),
                    source,
                    "indirect",
                    confidence,
                    frame=(source[0], sent_end),
                )
        return None
    return Found(
        [content], (k, cue_end), source, "indirect", confidence, frame=(source[0], content[0])
    )


def _raising(doc: Doc, k: int, cue_end: int) -> bool:
    """ "Washington appears weak", "The bill is expected to pass": the cue alone, perhaps
    with "to be", "as" or "like" (not "appeared to imply", a cue of its own)."""
    if doc.tokens[k].lower not in _RAISING:
        return False
    return all(doc.tokens[j].lower in _RAISING_GLUE for j in range(k + 1, cue_end))


def _impression(
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
    complement = _content_after(doc, k, cue_end, sent_end, judge)
    if complement is None:
        return None
    expletive = subject[1] - subject[0] == 1 and doc.tokens[subject[0]].lower == "it"
    content = [complement] if expletive else [subject, complement]
    return Found(content, (k, cue_end), None, "indirect", confidence, frame=(k, complement[0]))


def _passive(doc: Doc, k: int, cue_end: int, subject_end: int) -> bool:
    """ "The veto was overridden", "It was widely criticized": a participle in the cue
    and a form of "be" between the subject and the cue."""
    participle = any(
        doc.tokens[j].lower.endswith("ed") or doc.tokens[j].lower in _IRREGULAR_PARTICIPLES
        for j in range(k, cue_end)
    )
    return participle and any(doc.tokens[j].lower in _BE for j in range(subject_end, k))


def _passive_cue(
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
    if doc.tokens[subject[0]].lower in _PRONOUNS_OF_PERSONS:
        return None  # "he was asked": a person, not a claim, is the subject
    if cue_end < sent_end and doc.tokens[cue_end].lower == "by":
        agent = np_after(doc, cue_end + 1, sent_end)
        if agent is None:
            return None
        return Found([subject], (k, cue_end), agent, "indirect", confidence, frame=(k, agent[1]))
    if _closes_sentence(doc, cue_end, sent_end):
        return Found([subject], (k, cue_end), None, "indirect", confidence, frame=(k, sent_end))
    return _impression(doc, k, cue_end, subject, sent_end, confidence, judge)


def _ends_in_verb(doc: Doc, source: TokenRange) -> bool:
    """ "decided against", "tighten existing pledges": a phrase ending in a lowercase
    "-ed" or "-ing" word is a verb phrase, not a source (right 2 times in 31 on held-out
    train)."""
    last = doc.tokens[source[1] - 1].text
    return last.islower() and last.endswith(("ed", "ing"))


def _closes_sentence(doc: Doc, after: int, sent_end: int) -> bool:
    """Only a frame tail follows the cue: nothing, or a short time or place phrase
    ("Thursday", "on Facebook Friday", "in a wide-ranging interview with The Post")."""
    end = sent_end
    while end > after and doc.tokens[end - 1].text in _END_PUNCT | _CLOSING:
        end -= 1
    if end <= after:
        return True
    if doc.tokens[after].lower not in _TAIL_OPENERS or end - after > _MAX_TAIL:
        return False
    for j in range(after, end):
        token = doc.tokens[j]
        if token.lower in _CLAUSE_MARKERS or doc.quote_of[j] != -1:
            return False
        cue = LEXICON.get(token.lower)
        if cue is not None and cue.speech:
            return False
    return True


def _clause_before_source(doc: Doc, source_start: int, sent_start: int) -> TokenRange | None:
    """The clause before "…, SOURCE said" or "…, as SOURCE reported": needs the comma."""
    comma = source_start - 1
    if comma > sent_start and doc.tokens[comma].lower == "as":
        comma -= 1
    if comma <= sent_start or doc.tokens[comma].text != ",":
        return None
    return _content_before(doc, sent_start, comma)


def _skip_adjunct(doc: Doc, after: int, sent_end: int) -> int:
    """ "said in a statement that …", "told reporters on Monday that …": the clause starts
    at "that" when a short prepositional phrase comes first."""
    if after >= sent_end or doc.tokens[after].lower not in _ADJUNCT_PREPS:
        return after
    for j in range(after + 1, min(sent_end, after + _MAX_ADJUNCT)):
        word = doc.tokens[j].lower
        if word == "that":
            return j
        if word in {",", ";", ":"} or doc.quote_of[j] != -1:
            break
    return after


def _coordinated(doc: Doc, k: int, sent_start: int) -> bool:
    """The cue is a second verb: "…, denounced her record and said she …"."""
    j = k - 1
    while j >= sent_start and doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    return j >= sent_start and doc.tokens[j].lower in {"and", "but", ","}


def _after_comma(doc: Doc, k: int, sent_start: int) -> bool:
    """A comma just before ``k``, possibly inside a closing quote (“small deal,” arguing)."""
    before = doc.tokens[k - 1].text if k - 1 >= sent_start else ""
    if before in _CLOSING and k - 2 >= sent_start:
        before = doc.tokens[k - 2].text
    return before == ","


def _inverted(
    doc: Doc, k: int, cue_end: int, sent_start: int, sent_end: int, confidence: float
) -> Found | None:
    """ "…, said Trump." — the cue follows a comma and the source follows the cue."""
    if k - 1 <= sent_start or doc.tokens[k - 1].text != ",":
        return None
    source = np_after(doc, cue_end, sent_end)
    if source is None or not _tail_is_short(doc, source[1], sent_end):
        return None
    content = _content_before(doc, sent_start, k - 1)
    if content is None:
        return None
    return Found([content], (k, cue_end), source, "indirect", confidence * 0.9, frame=(k, sent_end))


def _tail_is_short(doc: Doc, lo: int, hi: int) -> bool:
    return sum(1 for j in range(lo, hi) if doc.tokens[j].is_word) <= 8


def _clause_ok(doc: Doc, lo: int, cue: CueWord) -> bool:
    """Thinking and wanting verbs need a clause or an infinitive after them."""
    word = doc.tokens[lo].lower
    if word in {"and", "or", "but", "nor"}:
        return False
    if cue.frame == "intend":
        return word == "to"
    if cue.speech or cue.frame == "open":
        return True
    return word in _CLAUSE_OPENERS or doc.tokens[lo].is_cap
