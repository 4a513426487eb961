"""Frames whose verb is no cue word: a clause that introduces the quote with a colon ("Lee
went even further: “…”"), and a short frame after the quote with a past tense the lexicon
lacks ("“…,” opined the Herald.", "“…,” Lee reacted."), and a chant no one owns ("walked
in to chants of “…”").
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.direct.common import NOT_SUBJECTS, quote_found
from kg.extract.direct.leading import ends_sentence
from kg.extract.direct.subjects import COORDINATORS
from kg.extract.direct.trailing import clause_end, frame_stop, short_subject
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.phrases import np_after, np_before, sentence_subject
from kg.extract.phrases.common import past_closing_marks
from kg.extract.quotes import Quote
from kg.extract.wordsets import (
    ARTICLES,
    IRREGULAR_PAST,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    past_tense,
    words,
)


def colon_frame(doc: Doc, index: int) -> Found | None:
    """ "Lee went even further: “…”", "I had to rethink my vote: “…”": a clause whose
    verb is no cue word still frames the quote its colon introduces; its subject is the
    speaker and the words up to the colon are the cue (as PolNeAR marks them). The colon
    may close the paragraph before the quote ("Lee echoed:¶“…”")."""
    quote = doc.quotes[index]
    colon = quote.first - 1
    if colon < 1 or doc.tokens[colon].text != ":" or not ends_sentence(doc, quote):
        return None
    start = _colon_clause_start(doc, colon)
    follows = _as_follows(doc, start, colon)
    if follows is not None:
        return quote_found(
            doc,
            index,
            cue=(follows, colon + 1),
            source=(start, follows),
            frame=(start, quote.first),
            confidence=0.6,
        )
    for k in range(start, colon):
        if doc.quote_of[k] != -1 or k in doc.used or _own_cue(doc, k):
            return None  # a quote or a cue of its own: the other frames read the clause
        if doc.tokens[k].lower == "that":
            start = k + 1  # "She got so upset that I had to rethink my vote:"
    source = sentence_subject(doc, start, colon)
    verb_at = source[1] if source is not None else start
    if source is None and _words_in(doc, quote) > _SHORT_QUOTE:
        source = _subject_before_comma(doc, start)
    if source is None or verb_at >= colon or doc.tokens[source[0]].lower in NOT_SUBJECTS:
        return None
    verb = doc.tokens[verb_at]
    if not verb.text.islower() or not (
        verb.text.endswith("ed")
        or verb.text in IRREGULAR_PAST
        or verb.text in BETWEEN_SOURCE_AND_CUE
    ):
        return None
    return quote_found(
        doc,
        index,
        cue=(verb_at, colon + 1),
        source=source,
        frame=(start, quote.first),
        confidence=0.6,
    )


#: Most words of a document named before "as follows:".
_FOLLOWS_NAME = 4


def _as_follows(doc: Doc, start: int, colon: int) -> int | None:
    """ "Transcript as follows:¶“…”", "The full statement as follows: “…”": a short noun
    phrase with no verb introduces the quote as its words; the phrase is the source and "as
    follows:" the cue (as PolNeAR marks them). Returns where "as" stands."""
    at = colon - 2
    if at <= start or doc.tokens[at].lower != "as" or doc.tokens[colon - 1].lower != "follows":
        return None
    if at - start > _FOLLOWS_NAME or not doc.tokens[start].is_cap:
        return None
    span = range(start, at)
    if any(not doc.tokens[k].is_word or doc.tokens[k].lower in LEXICON for k in span):
        return None
    return at


#: A quote this short after a colon is often named by the words before it ("emailed a
#: link with one sentence: “Not OK.”"), which PolNeAR then takes into the content.
_SHORT_QUOTE = 4


def _words_in(doc: Doc, quote: Quote) -> int:
    lo, hi = quote.inner()
    return sum(1 for k in range(lo, hi) if doc.tokens[k].is_word)


def _subject_before_comma(doc: Doc, start: int) -> tuple[int, int] | None:
    """ "One early backer, Rep. Tom Ulm, Republican of Ohio, gave the idea a whirl: “…”":
    a clause that opens with its verb right after a comma has its subject before the
    comma, with a description set off by commas (the source ends at the verb)."""
    if start < 2 or doc.tokens[start - 1].text != "," or not doc.tokens[start].text.islower():
        return None
    found = np_before(doc, start, doc.sentence_bounds(start)[0])
    if found is None:
        return None
    # "His criticism, according to …, was": words between the commas that open neither a
    # description nor an aside of time or place leave the subject unsure.
    for k in range(found[0] + 1, start - 1):
        if doc.tokens[k].text == "," and not _opens_description(doc, k + 1):
            if doc.tokens[k + 1].lower not in _ASIDE_PREPOSITIONS:
                return None
            # "The Lee campaign, in a letter on the dam, worded it: “…”": the subject stands
            # before the aside.
            before = np_before(doc, k, doc.sentence_bounds(start)[0])
            return None if before is None or before[1] != k else before
    return found[0], start


#: Prepositions that open an aside of time or place between a subject and its verb ("The
#: campaign, in a letter on the dam, worded it …").
_ASIDE_PREPOSITIONS = words("in on at during")


def _opens_description(doc: Doc, k: int) -> bool:
    """A description of a person opens with a capital ("Republican of Ohio") or an article
    ("a former aide")."""
    token = doc.tokens[k]
    return token.is_cap or token.lower in ARTICLES


#: Verbs that hand over words ("gave", "delivered", "provided"): before a colon they frame
#: the quote like any verb the lexicon lacks.
_HANDING_VERBS = words("gave delivered provided")


def _own_cue(doc: Doc, k: int) -> bool:
    """Token ``k`` is a cue word that frames a quote on its own. "Lee gave the crowd a
    back-handed compliment: “…”": a verb that hands over words has no frame of its own
    before a colon; the clause up to the colon is the cue. Nor has a cue word after a
    possessive, which makes it a noun or an adjective ("Lee played up his believed
    edge: “…”")."""
    word = doc.tokens[k].lower
    if word not in LEXICON or word in _HANDING_VERBS:
        return False
    return not (k > 0 and doc.tokens[k - 1].lower in POSSESSIVES)


#: Marks and words that close a fronted phrase or a first clause before the colon's clause
#: ("Asked about it, he demurred:", "…, but he gave Lee a back-handed compliment:").
_CLAUSE_MARKS = frozenset({",", "—", "–", ";"})


def _colon_clause_start(doc: Doc, colon: int) -> int:
    """First token of the clause that ends at ``colon``: after the last comma or dash of its
    sentence, and past a coordinator ("And Lee gloated:"). A "that" clause is no new
    start: "Lee said that she has one rule: “…”" reports the quote inside Lee's words."""
    start = doc.sentence_bounds(colon)[0]
    for k in range(colon - 1, start - 1, -1):
        if doc.tokens[k].lower == "that":
            return start
        if doc.tokens[k].text in _CLAUSE_MARKS:
            start = past_closing_marks(doc, k + 1, colon)
            break
    while start < colon and doc.tokens[start].lower in COORDINATORS:
        start += 1
    return start


def unknown_verb_after(doc: Doc, index: int) -> Found | None:
    """ "“…,” opined the Herald.", "“…,” Lee reacted.": a short frame closing the sentence
    after a quote whose own comma, "?" or "!" leaves it open, with a past-tense verb the
    lexicon lacks, still names the speaker; so does a present tense after a name or a
    pronoun alone ("“…,” Ortiz answers.", "“…,” he mocks."), which would otherwise leave
    the quote to the previous paragraph's speaker (train: 3 right, dev unchanged)."""
    quote = doc.quotes[index]
    start = quote.last + 1
    if not quote.closed or start >= len(doc.tokens) or quote.last < 1:
        return None
    if doc.tokens[quote.last - 1].text not in {",", "?", "!"}:
        return None
    if doc.tokens[start].para != doc.tokens[quote.last].para:
        return None
    stop = frame_stop(doc, start)
    end = clause_end(doc, stop)
    if end - start < 2 or end - start > _TRAIL_UNKNOWN:
        return None
    if _unknown_past_verb(doc, start) and doc.tokens[start + 1].lower != "by":
        source = np_after(doc, start + 1, end)
        cue_at = start
        if source is None or source[1] != end:
            return None
    elif _unknown_past_verb(doc, end - 1) or (
        end - start == 2 and _unknown_present_verb(doc, end - 1)
    ):
        source = _pronoun_subject(doc, start, end - 1) or short_subject(doc, start, end - 1)
        cue_at = end - 1
        if source is None:
            return None
    else:
        return None
    return quote_found(
        doc, index, cue=(cue_at, cue_at + 1), source=source, frame=(start, stop), confidence=0.6
    )


def _pronoun_subject(doc: Doc, start: int, verb: int) -> tuple[int, int] | None:
    """ "“…,” he surmised.": a personal pronoun alone before the verb is the speaker."""
    if verb - start == 1 and doc.tokens[start].lower in SUBJECT_PRONOUNS:
        return start, verb
    return None


#: Longest frame ("opined the editorial board of the Herald") after an unknown verb's quote.
_TRAIL_UNKNOWN = 8


def _unknown_present_verb(doc: Doc, k: int) -> bool:
    """ "“…,” Ortiz answers.": a lowercase word in -s the lexicon lacks after a name or a
    pronoun alone, closing the sentence, is a verb in the present tense (not a short one:
    "“…” she was")."""
    token = doc.tokens[k]
    return (
        token.text.islower()
        and len(token.text) > 4
        and token.text.endswith("s")
        and not token.text.endswith(("ss", "us", "is"))
        and token.lower not in LEXICON
        and k not in doc.used
        and doc.quote_of[k] == -1
    )


def _unknown_past_verb(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return (
        token.text.islower()
        and past_tense(token.text)
        and token.lower not in LEXICON
        and k not in doc.used
        and doc.quote_of[k] == -1
    )


#: Nouns of a crowd's cry whose words follow in quotes ("chants of “…”", "the chants to
#: ''build the wall''").
_CHANT_NOUNS = words("chant chants")
#: Words before the noun that leave it without an owner ("stepped onto the stage to chants
#: of", "as the chants to").
_UNOWNED_BEFORE = words("to the amid over of in by and")


def unowned_chant(doc: Doc, index: int) -> Found | None:
    """ "Stepping onto the stage to chants of “…”", "the chants to
    ''fix the dam''": a chant that no one owns is an attribution without a source
    (PolNeAR's cue is the noun, its content the quote; train: 2 right). An owned chant
    ("their chants of “…”") is left to the reported-speech rules, which read its owner; so
    is one after "with" ("responded with chants of" is the subject's; "was greeted with
    chants of" lost a dev attribution whose content holds it)."""
    quote = doc.quotes[index]
    of = quote.first - 1
    if of < 2 or doc.tokens[of].lower not in {"of", "to"}:
        return None
    noun = of - 1
    if doc.tokens[noun].text not in _CHANT_NOUNS or noun in doc.used:
        return None
    before = noun - 1
    while before >= 0 and _adjective_like(doc, before):
        before -= 1  # "thunderous chants of", "spontaneous chants of"
    if before < 0 or doc.tokens[before].lower not in _UNOWNED_BEFORE:
        return None
    return quote_found(
        doc, index, cue=(noun, noun + 1), source=None, frame=(noun, quote.first), confidence=0.6
    )


def _adjective_like(doc: Doc, k: int) -> bool:
    """A lowercase word in an adjective's ending before a noun ("thunderous", "spontaneous")."""
    word = doc.tokens[k].text
    return word.islower() and word.isalpha() and word.endswith(("ous", "ful", "ed", "ing"))
