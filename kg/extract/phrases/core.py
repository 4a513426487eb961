"""The bare noun phrase before a cue: the backward scan and where the phrase starts.

``core_before`` runs the backward scan (:mod:`kg.extract.phrases.scan`) from the token
before the cue (a parenthesis after a name belongs to it: "Rep. Zoe Lofgren
(D-Calif.)"), then moves the start past what opens the sentence without being the
subject: a dateline, an occasion or place with no comma after it ("In a Bloomberg
interview Trump declared", "At a rally in Dover Ann Lee said"), "more than", leading
prepositions and connectors, and a clause before "and". When the phrase is the object
inside a relative clause ("Voters in Dover who watched the debate said") the subject
is the noun before "who" with its clause. The appositive and dashed forms
(:mod:`kg.extract.phrases.appositive`) and ``np_before``
(:mod:`kg.extract.phrases.before`) build on it.
"""

from __future__ import annotations

from kg.extract.datelines import after_dateline
from kg.extract.doc import Doc
from kg.extract.names import TITLES
from kg.extract.phrases.common import (
    CONNECTORS,
    DETERMINERS,
    GLUE,
    GROUP_PREPS,
    INNER_PREP,
    MAX_PHRASE,
    QUANTIFIERS,
    STATES,
    is_number,
)
from kg.extract.phrases.scan import scan_back
from kg.extract.wordsets import OBJECT_PRONOUNS, OCCASIONS, PRONOUNS, WEEKDAYS, words


def with_quantifier(doc: Doc, start: int, floor: int) -> int:
    """ "Many of you", "None of those three", "89% of young Democrats": the quantifier
    before "of" heads the phrase, so the source starts there ("a majority of")."""
    if start - 2 < floor or doc.tokens[start - 1].lower != "of":
        return start
    head = start - 2
    if doc.tokens[head].lower not in QUANTIFIERS:
        return start
    if head - 1 >= floor and (
        doc.tokens[head - 1].lower in {"a", "the"} or is_number(doc.tokens[head - 1].lower)
    ):
        head -= 1  # "a majority of", "89 percent of"
    return head


def core_before(
    doc: Doc, last: int, floor: int, *, relative: bool = True
) -> tuple[int, int] | None:
    k = last
    limit = max(floor, last - MAX_PHRASE + 1)
    if doc.tokens[k].text == ")":
        # "Rep. Zoe Lofgren (D-Calif.)": a parenthesis after a name belongs to it.
        opening = next(
            (j for j in range(k - 1, max(floor, k - 10) - 1, -1) if doc.tokens[j].text == "("), None
        )
        if opening is not None and opening > floor:
            k = opening - 1
            limit = max(floor, k - MAX_PHRASE + 1)
    k, attached = scan_back(doc, k, limit, last, floor)
    start = _phrase_start(doc, k + 1, last, floor)
    if attached is not None and not _subject_start(doc, start, floor):
        # "At a rally in Iowa Lee said", "we watch the crowd at rallies chanting": the
        # longer phrase is itself an object; keep the one after the preposition.
        start = _phrase_start(doc, attached + 1, last, floor)
    start = _after_opening_place(doc, start, last)
    if start <= last and not _subject_start(doc, start, floor):
        start = _after_clause_and(doc, start, last)
    if relative and start <= last and _relative_object(doc, start, last, floor):
        head = relative_clause_head(doc, start, floor)
        start = start if head is None else head
    if start > last or doc.tokens[last].lower in DETERMINERS:
        # An article right before a cue word means the word is a noun ("the demand").
        return None
    return start, last + 1


def _after_clause_and(doc: Doc, start: int, last: int) -> int:
    """ "grow into any kind of crop and farmers hope", "will not attend the
    convention and others have said": a phrase that cannot be a subject (it follows a verb
    or a preposition) ends one clause at its last "and"; the next clause's subject follows."""
    for j in range(last - 1, start, -1):
        if doc.tokens[j].lower == "and":
            return j + 1 if _new_subject_after_and(doc, j) else start
    return start


def _new_subject_after_and(doc: Doc, j: int) -> bool:
    """A common noun before "and" and a name, a number, "others" or a determiner after it
    ("the convention and others"); "the businessman and reality star", "marchers and
    spectators" share one determiner and stay one phrase."""
    before, after = doc.tokens[j - 1], doc.tokens[j + 1]
    return (
        before.is_word
        and before.text.islower()
        and (after.is_cap or after.lower in DETERMINERS | {"others"} or is_number(after.lower))
    )


def _phrase_start(doc: Doc, start: int, last: int, floor: int) -> int:
    """Where a phrase whose scan stopped before ``start`` begins: after a dateline, an
    occasion, leading prepositions and a sentence's connector."""
    start = _restart(doc, after_dateline(doc, start, last + 1), last)
    start = _after_opener_object(doc, start, last)
    start = _more_than(doc, start, floor)
    while start <= last and doc.tokens[start].lower in INNER_PREP | {"and", "-", "’s", "'s"}:
        start += 1
    while start <= last and start == floor and doc.tokens[start].lower in CONNECTORS:
        start += 1  # "And Trump said", "Indeed experts say"
    return start


#: How far back a "who" may open the clause that ends in a phrase before the cue.
_MAX_RELATIVE = 10


def _relative_object(doc: Doc, start: int, last: int, floor: int) -> bool:
    """Whether the phrase from ``start`` may be an object inside a relative clause: it
    is no subject, nor a pronoun ("sources who reviewed them told"), nor the noun that a
    participle cue describes ("an investor who gave money to groups backing Cruz")."""
    cue = doc.tokens[last + 1].lower if last + 1 < len(doc.tokens) else ""
    return (
        not _subject_start(doc, start, floor)
        and doc.tokens[start].lower not in _OBJECT_PRONOUNS
        and not cue.endswith("ing")
    )


_OBJECT_PRONOUNS = OBJECT_PRONOUNS | {"it"}


def relative_clause_head(doc: Doc, start: int, floor: int) -> int | None:
    """ "Voters in Dover who watched the debate said", "those who have run the numbers
    argue", "clubs that have praised him say": a phrase that is the object inside a
    relative clause without commas; the subject is the noun before "who" with its clause
    (PolNeAR keeps the clause). Where that subject starts, or None."""
    for j in range(start, max(floor, start - _MAX_RELATIVE) - 1, -1):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or (not token.is_word and token.text not in GLUE):
            return None
        if token.lower not in _RELATIVE_WORDS:
            continue
        if j - 1 < floor or (token.lower != "who" and _verb_or_function(doc, j - 1)):
            return None  # "Lee argued that the plan of …": "that" opens no relative there
        if doc.tokens[j - 1].lower in _THOSE:
            head: int | None = j - 1
        else:
            core = core_before(doc, j - 1, floor, relative=False)
            head = core[0] if core is not None and core[1] == j else None
        if head is None or doc.tokens[head].lower in PRONOUNS:
            return None
        head = with_quantifier(doc, head, floor)
        return head if _subject_start(doc, head, floor) else None
    return None


_THOSE = words("those anyone everyone someone")
#: Relative words that open a clause on the subject ("The polling that was done in the
#: state before the primary showed", "people whose talks with Lee have been friendly are
#: wary": train 4 sources fixed, dev 1, none lost).
_RELATIVE_WORDS = words("who whose that")


def _verb_or_function(doc: Doc, k: int) -> bool:
    """A word before "that" or "whose" that makes it a conjunction or a clause of its own
    ("Lee argued that …", "so that", "he said that"), not a relative pronoun on a noun."""
    token = doc.tokens[k]
    word = token.lower
    return (
        not token.is_word or word in PRONOUNS or word.endswith("ed") or word in _CONJUNCTION_VERBS
    )


_CONJUNCTION_VERBS = words("so such now said says say think thinks believe believes is was")


#: Words after which a subject may start (a clause opens there).
_CLAUSE_OPENERS = words("and but or that because when while if although though whether so")


def _subject_start(doc: Doc, start: int, floor: int) -> bool:
    """Whether a phrase starting at ``start`` may be a subject: it opens the sentence or
    follows punctuation or a word that opens a clause, not a preposition or a verb."""
    first = doc.tokens[start]
    if first.text.islower() and first.lower.endswith("ing"):
        return False  # "giving cover to lawmakers": a participle's object
    start = with_quantifier(doc, start, floor)  # "Most of the people in Ohio"
    if start <= floor:
        return True
    before = doc.tokens[start - 1]
    return not before.is_word or before.lower in _CLAUSE_OPENERS | CONNECTORS


def _restart(doc: Doc, start: int, last: int) -> int:
    """Where a phrase that ran over a missing comma really starts: at a capitalised article
    in mid-sentence ("oversight of the clinics The F.D.A. said") or after an opening
    bracket that is not closed within it ("last weekend (her campaign disclosed")."""
    for j in range(last, start, -1):
        token = doc.tokens[j]
        if (
            token.lower in {"the", "a", "an"}
            and token.is_cap
            and j < last
            and _plain_word(doc, j - 1)
        ):
            return j
        if token.text == "(" and j < last:
            return j + 1
        if token.text == ")":
            break
    return start


def _after_opener_object(doc: Doc, start: int, last: int) -> int:
    """ "In a Courier interview Ortiz declared": an opening phrase about an occasion,
    without its comma; the subject is the name after the occasion."""
    start = _past_opening_day(doc, start, last)
    if start == 0 or doc.tokens[start - 1].lower not in _OCCASION_PREPS:
        return start
    if _opening_word(doc, start - 1) is None:
        return start
    for j in range(start + 1, last + 1):
        if doc.tokens[j - 1].lower in _OCCASION_NOUNS and doc.tokens[j].is_cap:
            return j
    return start


#: Occasions where one speaks, with the party meetings news copy opens with ("Saturday at
#: the state party convention Sen. Ann Lee said").
_OCCASION_NOUNS = OCCASIONS | words("convention conventions")
#: Days that open a sentence before its occasion ("Saturday at the convention …").
_OPENING_DAYS = WEEKDAYS | words("yesterday today")


def _opening_word(doc: Doc, prep: int) -> int | None:
    """The sentence's first token when the preposition ``prep`` opens it, or opens it after
    a day ("Saturday at …"); else None."""
    first = doc.sentence_bounds(prep)[0]
    if first == prep or (first == prep - 1 and doc.tokens[first].lower in _OPENING_DAYS):
        return first
    return None


def _past_opening_day(doc: Doc, start: int, last: int) -> int:
    """ "Saturday at the state party convention Sen. Ann Lee said": a phrase that ran back
    to a day opening the sentence before an occasion's preposition, with no comma after the
    occasion, starts after that preposition (the occasion is then skipped as above)."""
    if (
        start + 2 <= last
        and doc.sentence_bounds(start)[0] == start
        and doc.tokens[start].lower in _OPENING_DAYS
        and doc.tokens[start + 1].lower in _OCCASION_PREPS
    ):
        return start + 2
    return start


def _after_opening_place(doc: Doc, start: int, last: int) -> int:
    """ "At a rally in Dover Ann Lee said", "In Ohio Lee said": with no comma after a
    sentence's opening phrase, the place that ends it runs into the name; the name is
    its last two capitalised words (with an initial between them), or what follows a
    state ("Ohio")."""
    if start == 0 or doc.tokens[start - 1].lower not in _PLACE_PREPS:
        return start  # "When Hillary Rodham Clinton said": after a subordinator, a subject
    first = doc.sentence_bounds(start)[0]
    if doc.tokens[first].lower in _OPENING_DAYS and first + 1 < start:
        first += 1  # "Monday at a rally in Dover Ann Lee said"
    if doc.tokens[first].lower not in _PLACE_PREPS:
        return start  # not an opening phrase: "Lee met voters in Dover Ann said"
    capitals = [j for j in range(start, last + 1) if doc.tokens[j].is_cap]
    if len(capitals) + _count_dots(doc, start, last) != last + 1 - start:
        return start  # lowercase words: a description ("In Ohio the governor said")
    for size in (2, 1):
        place = " ".join(doc.tokens[j].lower for j in capitals[:size])
        if len(capitals) > size and place in STATES:
            after = capitals[size]
            if doc.tokens[after].lower in _PLACE_TAILS:
                return start  # "In Iowa City Ann Lee said": where the place ends is unclear
            return after
    if len(capitals) < 3 or any(
        doc.tokens[j].lower.rstrip(".") in TITLES or doc.tokens[j].lower.endswith(("’s", "'s"))
        for j in capitals
    ):
        return start  # "As House Speaker Paul Ryan", "As Breitbart’s Joel Pollak": unclear
    first = len(capitals) - 2
    if len(doc.tokens[capitals[first]].text) == 1 and first > 1:
        first -= 1  # "Ann B. Lee": an initial is no first name
    return capitals[first]


#: Prepositions that open a sentence's place or occasion ("At a rally in Dover", "In Ohio").
_PLACE_PREPS = words("in at on near from outside inside during after")
#: Words that go on a place's name ("Iowa City", "Orange County").
_PLACE_TAILS = words("city county")


def _count_dots(doc: Doc, start: int, last: int) -> int:
    return sum(doc.tokens[j].text == "." for j in range(start, last + 1))


_OCCASION_PREPS = words("in at during after")


def _more_than(doc: Doc, start: int, floor: int) -> int:
    """ "More than six in 10 say", "fewer than half of voters": the comparison belongs to
    the number or fraction ("Less than a third", "More than two-thirds of voters")."""
    word = doc.tokens[start].lower
    if word == "a" and start + 1 < len(doc.tokens) and doc.tokens[start + 1].lower in _PARTS:
        word = "half"  # "Less than a third", "fewer than a quarter of voters"
    if start - 2 < floor or not (is_number(word) or word == "half" or "-" in word):
        return start
    if doc.tokens[start - 1].lower == "than" and doc.tokens[start - 2].lower in _MORE_LESS:
        return start - 2
    return start


_MORE_LESS = words("more less fewer")
_PARTS = words("third quarter fifth half majority")


def _plain_word(doc: Doc, k: int) -> bool:
    """A lowercase word that is not a preposition ("centers", not "by" of "by The Times")."""
    token = doc.tokens[k]
    return token.text.islower() and token.lower not in INNER_PREP | GROUP_PREPS
