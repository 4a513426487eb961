"""The speaker of a leading frame when no subject stands right before its cue: a
participle after a comma ("Trump returned the compliment, telling the crowd: “…”"), a
second verb after "and" ("Lee shrugged and said, “No.”"), a verb chained by "by" or
"to" ("He began by saying, “…”"), and words before the cue that are its object, not its
subject ("Sanders delivered a snappy retort: “…”").
"""

from __future__ import annotations

from kg.extract.direct.common import NOT_SUBJECTS, is_speech
from kg.extract.doc import Doc
from kg.extract.phrases import np_before, sentence_subject
from kg.extract.wordsets import IRREGULAR_PARTICIPLES, past_tense, words

#: The verb of saying that "by" or "to" chains to a clause's verb ("began by saying").
_SAY = words("say saying")

#: Words that open an object noun phrase ("delivered a snappy retort", "had one message").
_OBJECT_OPENERS = words("a an the his her their its one this")


def object_of_verb(doc: Doc, source: tuple[int, int], cue_at: int, lo: int) -> bool:
    """ "how to scold a neighbour without saying “…”", "fired off a sharp retort, saying": lowercase
    words after an article that follow a lowercase word (a verb or preposition, as a rule)
    are the cue word's own noun phrase or an object, not its subject; a past tense keeps its
    subject ("at one point the crowd chanted", "when the crowd quieted a spokesman said")."""
    first, end = source
    if past_tense(doc.tokens[cue_at].lower) or not all(
        doc.tokens[j].text.islower() for j in range(first, end)
    ):
        return False
    opener = next((j for j in range(first, end) if doc.tokens[j].lower in _OBJECT_OPENERS), -1)
    if opener <= lo:
        return False
    before = doc.tokens[opener - 1]  # "fired off a sharp retort": a particle may be in it
    return before.text.isalpha() and before.text.islower() and before.lower not in NOT_SUBJECTS


def participle_subject(doc: Doc, cue_at: int, lo: int) -> tuple[int, int] | None:
    """ "Trump returned the compliment, telling the crowd: “…”": a participle after a comma
    goes on with the sentence's subject; the words after it are the listener."""
    if not (doc.tokens[cue_at].lower.endswith("ing") and cue_at > lo):
        return None
    if doc.tokens[cue_at - 1].text != ",":
        return None
    spoken = _speaker_of_verb_before(doc, cue_at - 2, lo)
    if spoken is not None:
        return spoken
    sent_start = doc.sentence_bounds(cue_at)[0]
    subject = doc.sentence_source.get(doc.sentence_of[cue_at]) or sentence_subject(
        doc, sent_start, cue_at
    )
    if subject is not None and doc.tokens[subject[0]].lower in _OPENING_PREPOSITIONS:
        subject = _subject_after_opening_phrase(doc, subject[0], cue_at)
    if subject is not None and subject[0] == sent_start:
        subject = _subject_after_connectors(doc, subject, cue_at)
    if subject is None:
        return None
    head = doc.tokens[subject[0]].lower
    if head.endswith(("ing", "ed")) or head in NOT_SUBJECTS:
        return None  # "Speaking at the rally, …", "Later, …": an opening phrase, no subject
    return subject


#: Prepositions that open a sentence with a phrase of place or time before its subject.
_OPENING_PREPOSITIONS = words(
    "outside inside alongside near across beyond behind beside along around at in on "
    "during after before throughout among amid"
)


def _subject_after_opening_phrase(doc: Doc, start: int, cue_at: int) -> tuple[int, int] | None:
    """ "Outside the arena, about 200 protesters gathered, chanting “…”": the subject
    follows the comma that closes the opening phrase."""
    comma = next((j for j in range(start, cue_at - 1) if doc.tokens[j].text == ","), None)
    return None if comma is None else sentence_subject(doc, comma + 1, cue_at)


#: Connectors that open a sentence before its subject ("And then Lee turned on the council,
#: saying, “…”", "But Lee shrugged, telling …").
_OPENING_CONNECTORS = words("and but so yet then also")


def _subject_after_connectors(
    doc: Doc, subject: tuple[int, int], cue_at: int
) -> tuple[int, int] | None:
    """ "And then Lee turned on her rivals, saying, “…”": capitalised connectors that
    open the sentence are read as the head of its subject ("And", "But Trump"); the
    participle's speaker is the subject after them. Only for a participle that leads into a
    quote: skipping them for every sentence subject lost a dev attribution."""
    k = subject[0]
    if not doc.tokens[k].is_cap or doc.tokens[k].lower not in _OPENING_CONNECTORS:
        return subject
    while k < cue_at and doc.tokens[k].lower in _OPENING_CONNECTORS:
        k += 1
    if k >= cue_at or doc.tokens[k].text == ",":
        return subject
    return sentence_subject(doc, k, cue_at)


def _speaker_of_verb_before(doc: Doc, verb: int, lo: int) -> tuple[int, int] | None:
    """ "The two will meet next week, Spicer said, adding, “…”": a participle right after a
    verb of saying goes on with that verb's subject, not with the reported clause's subject
    before it (on train 2 sources became right, none wrong)."""
    if verb <= lo or not is_speech(doc, verb) or not doc.tokens[verb].text.islower():
        return None
    return np_before(doc, verb, clause_start(doc, verb))


#: Words that join a second verb to the first ("stressed her record and said, “…”").
COORDINATORS = words("and but")
#: Adverbs between the joining word and the second verb ("and then says", "and later said").
_VERB_ADVERBS = words("then later also again finally repeatedly simply just quickly")


def coordinator_before(doc: Doc, cue_at: int, lo: int) -> int | None:
    """Index of the "and"/"but" that joins the cue to an earlier verb, adverbs skipped."""
    k = cue_at - 1
    while k > lo and _plain_adverb(doc.tokens[k].text):
        k -= 1
    return k if k >= lo and doc.tokens[k].lower in COORDINATORS else None


def _plain_adverb(word: str) -> bool:
    return word.islower() and (word.endswith("ly") or word in _VERB_ADVERBS)


def clause_subject(doc: Doc, cue_at: int, lo: int) -> tuple[int, int] | None:
    """ "She then urges voters to act and repeatedly says, “…”", "Lee shook her head and
    said, “No.”": a verb after "and" shares the subject of its clause (tried only when no
    subject stands right before the verb; on train 3 sources became right, none wrong)."""
    k = coordinator_before(doc, cue_at, lo)
    if k is None or k <= lo or doc.tokens[k].lower != "and":
        return None
    if not doc.tokens[cue_at].text.islower():
        return None
    start = clause_start(doc, k)
    if any(doc.quote_of[j] != -1 for j in range(start, k)):
        return None
    return usable_subject(doc, sentence_subject(doc, start, k))


#: Words that chain a verb of saying to the clause's own verb ("began by saying",
#: "went so far as to say", "was prompted to say").
_CHAIN_LINKS = words("by to")
#: Words that tie a participle of saying to the clause's own verb as its manner or time
#: ("marched while chanting, “…”", "laughed it off by interjecting, “…”").
_TIME_LINKS = words("while by upon after before without")


def chained_subject(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "He began by saying, “…”", "Lee went so far as to say: “…”": a verb of saying
    chained to the clause's verb by "by" or "to" speaks for that verb's subject; so does a
    participle after "while", "by", "upon" … ("circled the park while chanting, “…”"; on
    train 1 right and 1 wrong, on dev 1 right)."""
    if cue_at < 1:
        return None
    link = doc.tokens[cue_at - 1].lower
    word = doc.tokens[cue_at].lower
    chained = link in _CHAIN_LINKS and word in _SAY
    if not (chained or (link in _TIME_LINKS and word.endswith("ing"))):
        return None
    return _subject_after_that(doc, cue_at) or first_verb_subject(doc, cue_at)


def _subject_after_that(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "The debate was so calm that Lee was prompted to say, “…”": a verb chained to the
    verb of a "that" clause speaks for that clause's subject, not the sentence's."""
    sent_start = doc.sentence_bounds(cue_at)[0]
    that = next(
        (j for j in range(cue_at - 1, sent_start, -1) if doc.tokens[j].lower == "that"), None
    )
    if that is None or any(
        doc.quote_of[j] != -1 or doc.tokens[j].text == "," for j in range(that, cue_at)
    ):
        return None  # "joked that Ulm was his pick, but went on to say": the clause ended
    return usable_subject(doc, sentence_subject(doc, that + 1, cue_at))


def first_verb_subject(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "… and said, “…”", "… but told his supporters, “…”": the cue is a second verb of the
    sentence's subject, so the words after it are its listener or the reported clause's
    subject ("and said she has …"), never an inverted source (on train none of 3 such
    readings was right; the sentence's subject, as a rule before found it, fixes all 3)."""
    sent_start = doc.sentence_bounds(cue_at)[0]
    subject = doc.sentence_source.get(doc.sentence_of[cue_at]) or sentence_subject(
        doc, sent_start, cue_at
    )
    if subject is not None and _fronted_participle(doc, subject[0]):
        # "Asked about it, Lee began by saying": the subject follows the participle's phrase.
        comma = next((j for j in range(subject[0], cue_at) if doc.tokens[j].text == ","), None)
        subject = None if comma is None else sentence_subject(doc, comma + 1, cue_at)
    return usable_subject(doc, subject)


def _fronted_participle(doc: Doc, k: int) -> bool:
    """ "Asked about it", "Pressed on the point": a capitalised participle and a lowercase
    word after it open the sentence with a phrase, not its subject."""
    word = doc.tokens[k]
    return (
        word.is_cap
        and (word.lower.endswith(("ed", "ing")) or word.lower in IRREGULAR_PARTICIPLES)
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].text.islower()
    )


def usable_subject(doc: Doc, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    if subject is None or doc.tokens[subject[0]].lower in NOT_SUBJECTS:
        return None
    return subject


#: Words that open the clause whose subject a verb after "and" shares ("Lee drew cheers as
#: she thanked them and then boomed, “…”": she).
_CLAUSE_OPENERS = words("as when while because after before since if though although")


def clause_start(doc: Doc, k: int) -> int:
    """Start of the clause that holds token ``k``: after the last comma or subordinating
    word of its sentence."""
    sent_start = doc.sentence_bounds(k)[0]
    j = k - 1
    while j >= sent_start:
        if doc.tokens[j].text == "," or doc.tokens[j].lower in _CLAUSE_OPENERS:
            return j + 1
        j -= 1
    return sent_start
