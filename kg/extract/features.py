"""Features of a candidate cue token for the learned cue model.

Shared by training (:mod:`kg.extract.train`) and extraction so both see exactly the same
strings. A feature is a short string; the model maps it to a weight.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.doc import Doc
from kg.extract.tokens import Token
from kg.extract.wordsets import (
    FINITE_VERBS,
    PHRASE_DETERMINERS,
    PRONOUNS,
    past_tense,
    words,
)

#: Tokens never scored: articles, prepositions and the like are not cue anchors (the
#: few PolNeAR cues such as "in" or ":" are left to the rules).
SKIP = words(
    """the a an of and or in on at to for with by from as is was are were be been being has
    have had do does did will would can could should may might must this that these those
    it its he she they we i you his her their our my your him them us me who which what
    when where while if but so not no than then there here all some any more most many much
    one two three also just only even very about after before into over under up out new
    first last year years percent mr mrs ms dr"""
)


def is_candidate(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return token.is_word and doc.quote_of[k] == -1 and token.lower not in SKIP


def shape(word: str) -> str:
    if word[:1].isupper():
        return "C"
    if word[:1].isdigit():
        return "D"
    return "l"


#: Words after a cue that pair with it as a feature of their own ("said that", "told:").
NEXT_WORDS_OF_NOTE = frozenset({"that", "to", ":", ","})


#: How far back a reporting verb makes a candidate part of a reported clause.
REPORTED_REACH = 15


def _reporting_verb(token: Token) -> bool:
    """ "said", "told", "argues", "believed": a lowercase verb of the lexicon in a finite or
    past form, which may take a clause (a cue noun such as "plan" or "belief" does not make
    what follows it reported)."""
    cue = LEXICON.get(token.text)
    return (
        cue is not None
        and cue.frame != "noun"
        and (token.text.endswith("s") or past_tense(token.text))
    )


def _last_reporting(doc: Doc) -> list[int]:
    """For each token, the index of the last reporting verb outside quotes up to it, or -1
    (one pass per text instead of a walk back from every candidate)."""
    last, latest = [], -1
    for m, token in enumerate(doc.tokens):
        if doc.quote_of[m] == -1 and _reporting_verb(token):
            latest = m
        last.append(latest)
    doc.last_reporting = last
    return last


class CueWindow(NamedTuple):
    """What the cue features read around a token ``k``: shared by :func:`cue_features`
    and the fast scorer (:mod:`kg.extract.scoring`), so both read the same context."""

    sent_start: int
    sent_end: int
    #: Two words each side, "<s>" / "</s>" past the sentence's ends.
    prev1: str
    prev2: str
    next1: str
    next2: str
    #: The first word before the cue that is not an auxiliary or adverb (the subject's
    #: end), None at the sentence start; ``skipped`` when words were passed over to it.
    subject: Token | None
    skipped: bool
    #: A quote opens within five words after the cue; one ends right before it.
    quote_after: bool
    quote_before: bool
    #: A "that" within five words after the cue ("told reporters on Monday that").
    that_ahead: bool
    #: The word classes (:func:`word_class`) of the two words before and the one after.
    prev_class: str
    prev2_class: str
    next_class: str
    #: A reporting verb stands earlier in the sentence, outside quotes, within
    #: ``REPORTED_REACH`` words ("Lee said he thinks …"): PolNeAR does not nest
    #: attributions, so its cue words inside a reported clause are marked as no cues, and
    #: without this the model learns "he thinks" itself as no cue.
    reported: bool


def cue_window(doc: Doc, k: int) -> CueWindow:
    tokens, quote_of = doc.tokens, doc.quote_of
    sent_start, sent_end = doc.sentence_bounds(k)
    j = k - 1
    while j >= sent_start and tokens[j].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    # Plain loops, not any(): this runs for every word the cue model scores.
    quote_after = that_ahead = False
    for m in range(k + 1, min(sent_end, k + 6)):
        quote_after = quote_after or quote_of[m] != -1
        that_ahead = that_ahead or tokens[m].lower == "that"
    last = doc.last_reporting if doc.last_reporting is not None else _last_reporting(doc)
    reported = k > 0 and last[k - 1] >= max(sent_start, k - REPORTED_REACH)
    before = tokens[k - 1] if k - 1 >= sent_start else None
    before2 = tokens[k - 2] if k - 2 >= sent_start else None
    after = tokens[k + 1] if k + 1 < sent_end else None
    return CueWindow(
        sent_start,
        sent_end,
        before.lower if before else "<s>",
        before2.lower if before2 else "<s>",
        after.lower if after else "</s>",
        tokens[k + 2].lower if k + 2 < sent_end else "</s>",
        tokens[j] if j >= sent_start else None,
        j < k - 1,
        quote_after,
        k - 1 >= 0 and quote_of[k - 1] != -1,
        that_ahead,
        word_class(before),
        word_class(before2),
        word_class(after),
        reported,
    )


def cue_features(doc: Doc, k: int) -> list[str]:
    """Features for token ``k`` as the anchor of a cue."""
    token = doc.tokens[k]
    word = token.lower
    w = cue_window(doc, k)
    lexicon = LEXICON.get(word)
    features = [
        "b",
        "w=" + word,
        "s3=" + word[-3:],
        "s2=" + word[-2:],
        "sh=" + shape(token.text) + ("0" if k == w.sent_start else ""),
        "p1=" + w.prev1,
        "p2=" + w.prev2,
        "n1=" + w.next1,
        "n2=" + w.next2,
        "p1w=" + w.prev1 + "|" + word,
        "wn1=" + word + "|" + w.next1,
        "lex=" + (lexicon.frame + str(lexicon.speech) if lexicon else "-"),
        "qa=" + str(w.quote_after),
        "qb=" + str(w.quote_before),
        "pos=" + str(min(k - w.sent_start, 12) // 3),
    ]
    if w.subject is not None:
        kind = subject_kind(w.subject)
        features.append("subj=" + kind)
        features.append("subjw=" + kind + "|" + word)
        features.append("skip=" + str(w.skipped))
    else:
        features.append("subj=none")
    if w.next1 in NEXT_WORDS_OF_NOTE:
        features.append("nx=" + w.next1 + "|" + word)
    # A "that" clause a few words on, the word's inflection class, and the classes of its
    # neighbours generalise to rare cue words.
    suffix = suffix_class(word)
    features += [
        "tha=" + str(w.that_ahead),
        "suf=" + suffix,
        "sufn1=" + suffix + "|" + w.next_class,
        "p1c=" + w.prev_class + "|" + suffix,
        "wqa=" + word + "|" + str(w.quote_after),
        "p2p1c=" + w.prev2_class + "|" + w.prev_class,
        "rep=" + str(w.reported),
        "repc=" + str(w.reported) + "|" + w.prev_class,
    ]
    return features


_AUXILIARIES = words(
    """is are was were be been has have had will would could should can may might must do
    does did not never also"""
)


def subject_kind(token: Token) -> str:
    """What the word before a cue (past its auxiliaries and adverbs) is: its subject's end."""
    word = token.lower
    if word in PRONOUNS:
        return "pron"
    if word in PHRASE_DETERMINERS:
        return "det"
    if token.is_cap:
        return "cap"
    return "low" if token.is_word else "punct"


def suffix_class(word: str) -> str:
    for suffix in ("ed", "ing", "es", "s", "ion", "ment", "ly"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return suffix
    return "-"


def word_class(token: Token | None) -> str:
    if token is None:
        return "none"
    fixed = WORD_CLASSES.get(token.lower)
    if fixed is not None:
        return fixed
    if not token.is_word:
        return "punct"
    return "cap" if token.is_cap else "low"


#: The class of a word that has one whatever its case; a later class wins ("that" is a
#: determiner, "who" a pronoun).
WORD_CLASSES: dict[str, str] = {word: word for word in ("that", "to", "whether", "if")}
WORD_CLASSES |= dict.fromkeys(_AUXILIARIES, "aux")
WORD_CLASSES |= dict.fromkeys(PHRASE_DETERMINERS, "det")
WORD_CLASSES |= dict.fromkeys(PRONOUNS, "pron")


#: Words before which a content span may end (besides commas and the sentence end).
END_WORDS = words(
    """, ; : — – - ( [ and but or in on at after by when as during to with for while that
    before from who which until than despite since because through amid adding saying
    telling noting arguing claiming referring citing according where whereas although
    though even if unless"""
)


def end_candidates(doc: Doc, start: int, limit: int) -> list[int]:
    """Token indexes (exclusive ends) where a content span starting at ``start`` may stop."""
    tokens = doc.tokens
    result = []
    for j in range(start + 1, limit):
        if doc.quote_of[j] != -1 and doc.quote_of[j] == doc.quote_of[j - 1]:
            continue  # never cut a quote in two
        if tokens[j].lower in END_WORDS:
            result.append(j)
    result.append(limit)
    return result


def end_features(doc: Doc, cue: int, start: int, end: int, limit: int) -> list[str]:
    """Features of ending the content of cue ``cue`` (started at ``start``) before ``end``."""
    tokens = doc.tokens
    last = tokens[end - 1].lower
    at = tokens[end].lower if end < limit else "</s>"
    after = tokens[end + 1].lower if end + 1 < limit else "</s>"
    cue_word = tokens[cue].lower
    length = end - start
    bucket = (
        "1"
        if length <= 1
        else "3"
        if length <= 3
        else "8"
        if length <= 8
        else ("20" if length <= 20 else "40" if length <= 40 else "more")
    )
    commas = sum(1 for j in range(start, end) if tokens[j].text == ",")
    features = [
        "e:b",
        "e:at=" + at,
        "e:last=" + last,
        "e:after=" + after,
        "e:at_after=" + at + "|" + after,
        "e:len=" + bucket,
        "e:cue_at=" + cue_word + "|" + at,
        "e:cue_len=" + cue_word + "|" + bucket,
        "e:first_at=" + tokens[start].lower + "|" + at,
        "e:commas=" + str(min(commas, 3)),
        "e:end=" + str(end == limit),
        "e:after_shape=" + (shape(tokens[end + 1].text) if end + 1 < limit else "-"),
    ]
    # What kind of content this is (a clause, an infinitive, a noun phrase) and how the
    # cue's family ends it: "attacked Ortiz in early-morning tweets" stops before "in",
    # "said he did not back Mr. Ortiz in 2012" need not.
    content_opener = opener(tokens[start].lower)
    lexicon = LEXICON.get(cue_word)
    frame = lexicon.frame if lexicon else "open"
    rest = limit - end
    rest_bucket = "0" if rest == 0 else "3" if rest <= 3 else "8" if rest <= 8 else "more"
    verb_after = verb_ahead(doc, end, limit)
    features += [
        "e:open_at=" + content_opener + "|" + at,
        "e:frame_at=" + frame + "|" + at,
        "e:open_len=" + content_opener + "|" + bucket,
        "e:rest=" + rest_bucket,
        "e:at_rest=" + at + "|" + rest_bucket,
        "e:verb_after=" + at + "|" + verb_after,
        "e:last_shape=" + shape(tokens[end - 1].text) + "|" + at,
        "e:at_len=" + at + "|" + bucket,
        "e:last_at=" + last + "|" + at,
        "e:cue_ahead=" + at + "|" + cue_ahead(doc, end, limit),
        "e:open_frame_at=" + content_opener + "|" + frame + "|" + at,
    ]
    return features


def cue_ahead(doc: Doc, end: int, limit: int) -> str:
    """Whether a verb of saying follows soon after ``end``: another statement starts there
    ("…, Clinton's campaign contended that …")."""
    for j in range(end + 1, min(limit, end + 7)):
        cue = LEXICON.get(doc.tokens[j].lower)
        if cue is not None and cue.speech and doc.quote_of[j] == -1:
            return "y"
    return "-"


def opener(word: str) -> str:
    if word in {"that", "to", "whether", "if"}:
        return word
    if word in {"what", "why", "how", "who", "when", "where", "which"}:
        return "wh"
    if word in PRONOUNS:
        return "pron"
    return "np"


def verb_ahead(doc: Doc, end: int, limit: int) -> str:
    """Whether a verb-like word follows ``end`` before the next comma: a clause of its own
    ahead ("…, and Democrats accused …") rather than an adjunct ("… in a statement")."""
    for j in range(end + 1, min(limit, end + 8)):
        token = doc.tokens[j]
        if token.text in {",", ";", ":"}:
            return "-"
        word = token.lower
        if word in FINITE_VERBS or (token.text.islower() and word.endswith("ed") and len(word) > 4):
            return "v"
    return "-"
