"""Word sets and checks the direct-quote frames share: how far a frame may reach, which
words are verbs of saying (cue words, verbs that frame only quotes, "put it" and other
two-word idioms), past tenses, and a quote's content between its marks.
"""

from __future__ import annotations

from kg.extract.cues import QUOTE_VERBS, is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.quotes import Quote
from kg.extract.wordsets import PHRASE_DETERMINERS, words

#: How far (tokens) after a quote its frame may run, and how far before it.
TRAIL = 40
LEAD = 30
SENTENCE_END = frozenset({".", "?", "!"})
CLAUSE_START = frozenset({"that", "he", "she", "they", "it", "we", "i", "there", "you"})

#: Capitalised sentence openers that are no subject ("Later, he added, saying: “…”").
NOT_SUBJECTS = words("later and but so then also meanwhile still yet earlier now")


def inner_range(doc: Doc, quote: Quote) -> tuple[int, int]:
    """Tokens between the marks, without a final comma that belongs to the sentence."""
    lo, hi = quote.inner()
    while hi > lo and doc.tokens[hi - 1].text in {",", ":", ";"}:
        hi -= 1
    return lo, max(hi, lo + 1)


#: Two-word idioms that frame a quote like a verb of saying: "as Tom Ridge put it: “…”",
#: "“…,” he points out.", "“…,” Vale shot back.", "“…,” she went on.", "“No!” the crowd
#: cried out.".
_TWO_WORD_CUES = {
    **dict.fromkeys(("put", "puts"), "it"),
    **dict.fromkeys(("point", "points", "pointed"), "out"),
    **dict.fromkeys(("shot", "shoots", "fired", "fires"), "back"),
    **dict.fromkeys(("went", "goes"), "on"),
    **dict.fromkeys(("cried", "cries"), "out"),
}


def quote_found(
    doc: Doc,
    index: int,
    *,
    cue: TokenRange,
    source: TokenRange | None,
    frame: TokenRange,
    confidence: float,
) -> Found:
    """A direct attribution whose content is the one quote ``index`` (its words between
    the marks), as every frame around a single quote reports it."""
    return Found(
        content=[inner_range(doc, doc.quotes[index])],
        cue=cue,
        source=source,
        kind="direct",
        confidence=confidence,
        frame=frame,
        quotes=[index],
    )


def put_it(doc: Doc, k: int) -> bool:
    """ "as Tom Ridge put it: “…”": the idiom frames a quote like a verb of saying."""
    second = _TWO_WORD_CUES.get(doc.tokens[k].lower)
    return (
        second is not None
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].lower == second
        and doc.quote_of[k] == -1
        and not _goes_on_to(doc, k + 1)
    )


def _goes_on_to(doc: Doc, on: int) -> bool:
    """ "She went on to say: “…”", "who went on to work for him, said": the verb after "to"
    is the cue, or none; only "“…,” she went on." frames the quote with "went on"."""
    return (
        doc.tokens[on].lower == "on"
        and on + 1 < len(doc.tokens)
        and (doc.tokens[on + 1].lower == "to")
    )


def is_speech(doc: Doc, k: int) -> bool:
    return is_speech_word(doc.tokens[k].lower) or quote_verb(doc, k)


def quote_verb(doc: Doc, k: int) -> bool:
    """A verb that frames a quote though it is no cue word; capitalised inside a sentence,
    it is a name (“…,” Read said.), not the imperative of "Read the updates below: “…”"."""
    token = doc.tokens[k]
    if token.text == "states":
        return _document_states(doc, k)
    return token.lower in QUOTE_VERBS and (token.text.islower() or k == doc.sentence_bounds(k)[0])


#: What may follow "states" the verb; the noun runs on ("the early states are …").
_AFTER_STATES = frozenset({",", ".", ":", ";"})


def _document_states(doc: Doc, k: int) -> bool:
    """ "“…,” the document states.", "The ad states: “…”": "states" is the verb of a single
    thing named with a determiner just before it (or "it"), and the clause stops right after
    it; "states" the noun ("examines bellwether states", "the March 1 states to …") is no
    cue. Kept out of the lexicon so that the cue model's features stay as trained."""
    before = doc.tokens[k - 1] if k >= 1 else None
    if before is None or k + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[k + 1]
    if after.text not in _AFTER_STATES and doc.quote_of[k + 1] == -1:
        return False
    if before.lower == "it":
        return True
    if before.text.endswith("s"):
        return False
    # "the leaflet states", "the town charter states": a determiner, then one or two nouns,
    # opening the frame, so that a plural noun phrase ending a clause is no frame ("…,”
    # names the swing states.").
    j = _determiner_before(doc, k)
    while j is not None:
        if _opens_frame(doc, j):
            return True
        # "a voice-over in the spot states": the phrase may hang on a noun before it.
        j = _determiner_before(doc, j - 1) if doc.tokens[j - 1].lower in _LINKS else None
    return False


#: Prepositions that hang a noun phrase on the noun before it ("a voice-over in the spot").
_LINKS = words("in of on at from for with")


def _determiner_before(doc: Doc, k: int) -> int | None:
    """The determiner opening the one or two lower-case nouns before ``k``, if there is one."""
    for j in range(k - 1, max(-1, k - 4), -1):
        token = doc.tokens[j]
        if j < k - 1 and token.lower in PHRASE_DETERMINERS:
            return j
        if not (token.text.replace("-", "").isalpha() and token.text.islower()):
            return None
    return None


def _opens_frame(doc: Doc, j: int) -> bool:
    """Whether token ``j`` opens a frame: at the sentence start, after the quote, a comma,
    a colon or a dash."""
    return (
        j == doc.sentence_bounds(j)[0]
        or doc.quote_of[j - 1] != -1
        or doc.tokens[j - 1].text in {",", ":", "—", "–"}
    )
