"""Word sets and word tests shared by the phrase finders of :mod:`kg.extract.phrases`.

Which words may sit inside a name or description (``np_word``), which end a phrase
(``STOP``), adverbs, numbers and verb-like words, pronouns and articles, and the trim of
an anonymity clause ("an official who spoke on condition of anonymity") that both the
source before a cue and the source after one need. They live here so each finder reads
them from one place and no finder imports another for a word list.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.doc import Doc
from kg.extract.tokens import ABBREVIATIONS
from kg.extract.wordsets import IRREGULAR_PAST, LY_NOUNS, PRONOUNS, words

#: Longest source phrase scanned: lists of names with their institute ("water experts A and
#: B of Dover's Institute for River Science and Coastal Research Policy") run past 14
#: tokens (18: train +3, dev and held-out unchanged; 22 and 30 gain nothing more).
MAX_PHRASE = 18
MAX_APPOSITIVE = 24

#: Words that end a noun phrase when met (they open a clause or are finite verbs).
STOP = words(
    """whatever whoever however that which when where while because but if as after before
    since although though so than then is was are were be been being has have had do does
    did will would can could should may might must said says say told tells according also
    not nor yet
    during until unless whether whom whose why how what there here it its this these those
    to by in on at into onto upon over under about against between through via per"""
)
#: Prepositions allowed inside a description ("president of the NAACP", "a spokesman for
#: the campaign", "an analyst with deep experience").
#: Stop words that are also first names when capitalised ("Will Doyle", "May Chen").
_NAME_LIKE_STOPS = words("will may")
INNER_PREP = frozenset({"of", "for", "with", "from", "at", "on"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
GLUE = frozenset({"’s", "'s", "’", "'", "-", "&", "(", ")", "$", "%", "#", "/"})

NUMBER_WORDS = words("one two three four five six seven eight nine ten")


#: What stands before an adjective "then" ("the then president", "Castrovia's then
#: president", "his then boss").
_BEFORE_THEN = DETERMINERS


def _then_before_office(doc: Doc, k: int) -> bool:
    """ "the then president": "then" after an article or a possessive and before a noun
    means "at that time", part of the phrase (elsewhere it opens a clause: "then said")."""
    tokens = doc.tokens
    return (
        0 < k < len(tokens) - 1
        and (tokens[k - 1].lower in _BEFORE_THEN or tokens[k - 1].lower.endswith(("'s", "’s")))
        and tokens[k + 1].is_word
        and tokens[k + 1].lower not in STOP
        and tokens[k + 1].lower not in LEXICON
    )


def np_word(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    if doc.quote_of[k] != -1:
        return False
    if token.lower in STOP and not (token.is_cap and token.lower in _NAME_LIKE_STOPS):
        return token.lower == "then" and _then_before_office(doc, k)
    if token.text == ".":
        return initial_dot(doc, k)
    if token.is_word:
        cue = LEXICON.get(token.lower)
        # A speech verb is never part of the subject ("Trump said" stops at "said"),
        # unless it is a noun before the group it names ("Some protest leaders said").
        return cue is None or not cue.speech or token.is_cap or _speech_modifier(doc, k)
    if token.text == "-":
        return _attached(doc, k)  # a spaced hyphen is a dash ("history -- a reader asks")
    if token.text == ",":
        return _thousands_comma(doc, k)
    return token.text in GLUE


#: Speech words that name an event before the people who run it, and those people.
_EVENT_WORDS = words("protest")
_EVENT_PEOPLE = words("leaders leader organizers organizer groups group marchers")


def _speech_modifier(doc: Doc, k: int) -> bool:
    """ "Some protest leaders said", "One protest organizer says": the speech word is a
    noun before its group's head, part of the source (on train 2 made right)."""
    return (
        doc.tokens[k].lower in _EVENT_WORDS
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].text in _EVENT_PEOPLE
    )


def _thousands_comma(doc: Doc, k: int) -> bool:
    """ "21,000 people said": a comma between digits, with no space, is inside a number."""
    if k == 0 or k + 1 >= len(doc.tokens):
        return False
    before, comma, after = doc.tokens[k - 1], doc.tokens[k], doc.tokens[k + 1]
    return (
        before.end == comma.start
        and comma.end == after.start
        and before.text[-1:].isdigit()
        and after.text[:1].isdigit()
    )


def _attached(doc: Doc, k: int) -> bool:
    tokens = doc.tokens
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def initial_dot(doc: Doc, k: int) -> bool:
    """A full stop that does not end the sentence: after an initial, a title or a dotted
    abbreviation ("Robert P. Casey Jr.", "a former U.S. official", "Ms. Brainard").
    It agrees with the sentence splitter, which does not split there either."""
    tokens = doc.tokens
    if k == 0 or k + 1 >= len(tokens) or tokens[k - 1].end != tokens[k].start:
        return False
    if tokens[k + 1].para != tokens[k].para or doc.sentence_of[k + 1] != doc.sentence_of[k]:
        return False
    if tokens[k + 1].text in {",", ")", ";", ":"}:
        return True  # "R-Ky., said": a full stop before a comma ends an abbreviation
    before = tokens[k - 1].text
    return (
        (len(before) == 1 and before.isupper())
        or before.lower() in ABBREVIATIONS
        or ("." in before)
    )


def adverb(doc: Doc, k: int) -> bool:
    """A lowercase -ly word ("likely", "quietly") between subject and verb."""
    word = doc.tokens[k].text
    return word.endswith("ly") and word.islower() and word not in LY_NOUNS


#: Words that take a group after "of" and are the head of the phrase ("Many of you").
QUANTIFIERS = words(
    """none many some most all each one two three four five six several few both either
    neither any half majority plurality % percent dozens hundreds thousands millions"""
)


#: Prepositions that may join a group to where it is ("voters in Iowa", "advisers to Mr.
#: Obama", "a study by Harvard"); elsewhere they end the subject.
GROUP_PREPS = frozenset({"in", "to", "by", "on", "at", "among"})


#: Sentence openers that join it to the one before and are never part of a subject.
CONNECTORS = words(
    """and but or so yet still indeed therefore however meanwhile moreover instead perhaps
    maybe thus hence also now then"""
)


def closing_comma(doc: Doc, start: int, stop: int, breaks: frozenset[str]) -> int | None:
    """The comma that closes an aside whose words start at ``start`` (before ``stop``):
    None when a quote or one of ``breaks`` comes first, or no comma does."""
    for j in range(start, stop):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in breaks:
            return None
        if token.text == ",":
            return j
    return None


def comma_in_closing_mark(doc: Doc, k: int) -> bool:
    """Token ``k`` closes a quote whose last word is a comma ("“tax relief,”"): news style
    puts the comma of the sentence around the quote inside its closing mark."""
    index = doc.quote_of[k]
    return index != -1 and doc.quotes[index].last == k and doc.tokens[k - 1].text == ","


def past_closing_marks(doc: Doc, k: int, end: int) -> int:
    """The first token at or after ``k`` (before ``end``) that does not close a quote.

    A clause's comma stands inside the closing mark in news style ("When Chan said it was
    “tax relief,” Lee …", "Lee called Ulm “a drag,” but he …"), so the clause after the
    comma starts past the mark, or past both marks of a nested quote (``,’”``)."""
    quotes, quote_of = doc.quotes, doc.quote_of
    while k < end and quote_of[k] != -1:
        quote = quotes[quote_of[k]]
        if quote.last != k or not quote.closed:
            break
        k += 1
    return k


def is_number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


def verb_like(doc: Doc, k: int) -> bool:
    """A lowercase past form: "opposed", "elected", "wore", "spent" (a verb unless it opens
    the phrase). Irregular forms too: "Lee met with Kim and declared …", "… wore a hat
    reading …" (train 6 fixed, 3 lost where the object then became the source)."""
    word = doc.tokens[k].text
    if word in IRREGULAR_PAST or word in _MORE_PAST:
        return True
    return word.islower() and len(word) > 4 and word.endswith("ed")


#: Irregular past forms besides ``IRREGULAR_PAST`` that end a subject before its object
#: ("Lee wore a hat reading …", "he spent the speech praising …"), and verbs of
#: perception whose object is the speaker ("to see a governor defending …": train 1
#: fixed, none lost), and "-ed" forms too short for the test above ("The clerk later
#: sued, claiming …": train 1 fixed, none lost).
_MORE_PAST = words("wore spent kept see saw hear heard watch sued lied died vied")


def without_anonymity_clause(doc: Doc, source: tuple[int, int]) -> tuple[int, int]:
    """The source without a relative clause about its anonymity ("said a White House
    official who spoke anonymously to discuss strategy", "A Lee adviser, who spoke on
    the condition of anonymity, said": the clause tells how the reporter got the words,
    not who the source is; PolNeAR leaves it out, 12 of 15 such clauses on train)."""
    lo, hi = source
    who = next((k for k in range(lo + 1, hi) if doc.tokens[k].lower == "who"), None)
    if who is None or not anonymity_clause(doc, who + 1, hi):
        return source
    return lo, who - 1 if doc.tokens[who - 1].text == "," else who


def anonymity_clause(doc: Doc, start: int, end: int, *, named: bool = False) -> bool:
    """Tokens ``[start, end)`` ask for anonymity: "spoke on condition of anonymity", "who
    declined to be identified"; with ``named``, "asked not to be named" too (a source
    keeps that clause in PolNeAR, a frame's cue is still after it)."""
    return any(
        doc.tokens[k].lower.startswith("anonym")
        or doc.tokens[k].lower == "identified"
        or (named and doc.tokens[k].lower == "named" and doc.tokens[k - 1].lower == "be")
        for k in range(start, end)
    )


def is_pronoun(doc: Doc, lo: int, hi: int) -> bool:
    return hi - lo == 1 and doc.tokens[lo].lower in PRONOUNS


#: Words that open a sentence with an adverbial phrase before its subject.
INTRO = words(
    """in on at after before during with for as while when since despite although though
    if because following amid under over"""
)
#: Participles that open a title, not a circumstance ("Lee, managing director at Acme,",
#: "Kim, acting chairwoman of the board,", "the ranking member").
TITLE_PARTICIPLES = words("managing acting ranking founding presiding visiting outgoing incoming")


#: How far an opener's comma may come ("Later in the day," / "Once he was president,").
MAX_OPENER = 7
STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming""".split()
) | {
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "south carolina", "south dakota", "west virginia", "rhode island",
}  # fmt: skip


#: Prepositions and conjunctions after an inverted source's comma: a circumstance or a
#: clause of its own follows ("…, said Ms. Gil, with rounds of cards …", "…, said Howard,
#: but her politics …"), not a description of the source.
NOT_DESCRIPTIONS = words(
    "with on after about during in at while before from amid since despite but and or so yet"
)
