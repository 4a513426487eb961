"""The backward scan: how far a noun phrase before a cue reaches.

``scan_back`` walks left from the cue token by token and stops at the first word that
cannot sit inside the phrase. Most of this module is the tests it asks at each step:
whether a comma is a list's or a town-and-state's ("Austin, Texas"), whether a
preposition joins a group to its members ("voters in Ohio") or attaches a description,
whether an "and" joins two names or two clauses, whether a participle opens a reduced
relative clause. Each test looks at a few tokens only, so the scan stays bounded by
``MAX_PHRASE``.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.doc import Doc
from kg.extract.phrases.common import (
    CONNECTORS,
    DETERMINERS,
    GROUP_PREPS,
    INNER_PREP,
    NUMBER_WORDS,
    QUANTIFIERS,
    STATES,
    STOP,
    adverb,
    is_number,
    np_word,
    verb_like,
)
from kg.extract.wordsets import ATTACHING_PREPS, BODY_HEADS, IRREGULAR_PAST, PRONOUNS, words


def scan_back(doc: Doc, k: int, limit: int, last: int, floor: int) -> tuple[int, int | None]:
    """Walk back from ``k`` over the words of a phrase; the token before it, and the first
    preposition crossed by ``_attached_prep`` (None if none), whose object the phrase
    would be without it."""
    attached: int | None = None
    while k >= limit:
        if not (
            np_word(doc, k)
            or _cue_noun_head(doc, k, last)
            or _possessive_its(doc, k, last)
            or _demonstrative(doc, k, last)
            or _reduced_relative(doc, k, limit)  # "People briefed on the talks say"
            or _number_in_number(doc, k, limit)
            or _limited_group(doc, k, limit, last)
            or _group_prep(doc, k, limit, last)
            or _list_comma(doc, k, limit, last)
            or _headline_pair(doc, k, limit, last)
            or _town_state_comma(doc, k, limit, last)
            or _parallel_prep(doc, k, limit, last)
        ):
            if attached is not None or not _attached_prep(doc, k, limit, last):
                break
            attached = k
        word = doc.tokens[k].lower
        # "and" or a preposition only between two words of a phrase ("Bolton and others").
        if (word == "and" or word in INNER_PREP) and (
            k == last
            or k - 1 < limit
            or not (
                np_word(doc, k - 1)
                or _reduced_relative(doc, k - 1, limit)
                or _cue_noun_head(doc, k - 1, last)
                or _list_comma(doc, k - 1, limit, last)
            )
        ):
            break
        if word == "and" and _clause_before_and(doc, k, limit):
            break  # "Lee won and the council said": a clause ends before "and"
        # A sentence's first word is capitalised whatever it is ("Companies and individuals").
        left = k - 2 if doc.tokens[k - 1].text == "," else k - 1  # "Lee, Kim, and Dunn"
        if (
            word == "and"
            and left > floor
            and not _same_case(doc, left, k + 1, last)
            and not _parallel_prep(doc, k + 1, limit, last)
        ):
            break  # "… Democrats opposed and Obama said": two clauses, not one phrase
        if (
            k < last
            and verb_like(doc, k)
            and not _phrase_opening(doc, k - 1, floor)
            and not _reduced_relative(doc, k, limit)
            and not _before_plural(doc, k, last)
        ):
            break  # "opposed", "strongly opposed": a verb, unless it opens the phrase
        k -= 1
    return k, attached


#: Groups a limit after "but", "over" or "under" narrows ("all but two", "those over 60").
_LIMITED_GROUPS = words("all everyone everybody none nobody those men women adults voters people")
_LIMITS = words("but over under")


def _cue_noun_head(doc: Doc, k: int, last: int) -> bool:
    """ "The reports show", "new fundraising reports show": a plural speech word right
    before the cue is a noun (two verbs do not meet), the head of the subject."""
    token = doc.tokens[k]
    cue = LEXICON.get(token.lower)
    # "media reports and party sources described": the first half of a joined subject.
    before_and = k + 2 <= last and doc.tokens[k + 1].lower == "and"
    return (
        (k == last or before_and)
        and k > 0
        and cue is not None
        and cue.speech
        and token.text.islower()
        and (token.text.endswith("s") or _determined(doc, k))
        and token.lower not in STOP
        and doc.quote_of[k] == -1
        and doc.tokens[k - 1].is_word
        and doc.tokens[k - 1].lower not in PRONOUNS | STOP
    )


#: Words that make the speech word after them a noun ("One tweet said", "His warning was").
_NOUN_DETERMINERS = DETERMINERS | words("one another every each")


def _determined(doc: Doc, k: int) -> bool:
    """ "The tweet said", "One tweet read": a singular speech word after a determiner is
    a noun, the head of the subject (else the attribution had no source and was lost)."""
    return doc.tokens[k - 1].lower in _NOUN_DETERMINERS


def _limited_group(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "Those over 60 say", "Men under 35 support", "Everyone but Hewlett said": the group
    and its limit are one phrase; ``k`` is the limit word or the group word before it."""
    at = k if doc.tokens[k].lower in _LIMITS else k + 1
    if not (limit < at < last) or doc.tokens[at].lower not in _LIMITS:
        return False
    after = doc.tokens[at + 1]
    return doc.tokens[at - 1].lower in _LIMITED_GROUPS and (
        after.text[:1].isdigit() or after.is_cap or after.lower in NUMBER_WORDS
    )


def _possessive_its(doc: Doc, k: int, last: int) -> bool:
    """ "RT and its allies say": "its" before a noun of the phrase is its determiner (it
    is a stop word elsewhere, where it would pull in "denounced by Trump for its bias")."""
    return doc.tokens[k].lower == "its" and k < last


#: Demonstratives that may open a subject ("those hardliners", "This document").
_DEMONSTRATIVES = words("this these those")


def _demonstrative(doc: Doc, k: int, last: int) -> bool:
    """ "some of those hardliners say", "None of those three", "This document exposed": a
    demonstrative before a word of the phrase is its determiner (it is a stop word
    elsewhere, where it stands for a clause: "this is why"); without it the phrase lost
    its quantifier ("those three" is no "None of those three")."""
    return (
        doc.tokens[k].lower in _DEMONSTRATIVES
        and k < last
        and doc.quote_of[k] == -1
        and not _time_noun(doc, k + 1)  # "This year Lee said": a time, no subject
    )


_TIMES = words("year week month morning afternoon evening night weekend")


def _time_noun(doc: Doc, k: int) -> bool:
    """ "this year", "this week", but not a name ("CBS This Morning co-anchor")."""
    return doc.tokens[k].text.islower() and doc.tokens[k].lower in _TIMES


def _clause_before_and(doc: Doc, conjunction: int, limit: int) -> bool:
    """ "Lee won and the council said", "Lee won the vote and the council said": a past
    verb before "and" makes what precedes it a clause, not the first half of the subject."""
    for j in range(conjunction - 1, limit - 1, -1):
        if doc.tokens[j].lower in IRREGULAR_PAST:
            return True
        if not np_word(doc, j):
            return False
    return False


#: Heads that such a preposition may follow besides plurals and numbers.
_GROUP_HEADS = words(
    """many most some few one poll study survey report analysis review memo letter ad
    close"""
)


def _group_prep(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "Builders and supporters in the council say", "Many people involved in the talks
    assumed": a preposition after a plural, a number or a document noun stays inside the
    subject (PolNeAR's sources keep it)."""
    if doc.tokens[k].lower not in GROUP_PREPS or k >= last or k - 1 < limit:
        return False
    if not (np_word(doc, k + 1) or _demonstrative(doc, k + 1, last)):
        return False  # "the attendees at these conferences": a demonstrative opens the object
    before = doc.tokens[k - 1]
    word = before.lower
    if not before.is_word or doc.quote_of[k - 1] != -1:
        return False
    # A sentence's first word is capitalised whatever it is ("Aides to Clinton say").
    lower = before.text.islower() or (
        before.text[1:].islower() and doc.sentence_bounds(k)[0] == k - 1
    )
    plural = lower and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    # "a partner at Lenox", "an analyst at Evercore": where a person works.
    works_at = doc.tokens[k].lower == "at" and before.text.islower() and doc.tokens[k + 1].is_cap
    return (
        plural
        or is_number(word)
        or word in _GROUP_HEADS
        or works_at
        or _reduced_relative(doc, k - 1, limit)
    )


#: Prepositions that tie a place, an event or a topic to the noun before them ("the
#: government in Riyadh", "Democrats on the committee", "the debate over abortion").
def _attached_prep(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "The government in Riyadh denied", "many people at his rallies agreed": a
    preposition after a lowercase noun joins its object to the noun; the subject is the
    whole phrase, not the object (checked by ``_subject_start`` once the phrase is found)."""
    if doc.tokens[k].lower not in ATTACHING_PREPS or k >= last or k - 1 < limit:
        return False
    if not np_word(doc, k + 1):
        return False
    before = doc.tokens[k - 1]
    if (before.lower in BODY_HEADS or _plural_initials(before.text)) and doc.quote_of[k - 1] == -1:
        # "the House Committee on Taxation", "Republicans in Ohio", "MPs on both sides"
        return True
    return (
        before.is_word
        and before.text.islower()
        and doc.quote_of[k - 1] == -1
        and np_word(doc, k - 1)
        and before.lower not in DETERMINERS
        and not adverb(doc, k - 1)
    )


def _plural_initials(word: str) -> bool:
    """ "MPs", "CEOs": initials made plural name a kind of person, a common noun (a name
    in capitals has no plural: "Lee on Friday said" is no phrase "Lee on Friday")."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isalpha() and word[:-1].isupper()


def _before_plural(doc: Doc, k: int, last: int) -> bool:
    """ "registered voters", "elected officials": an "-ed" word before a plural noun of
    the phrase is an adjective, not the verb of a clause."""
    if k + 1 > last or k == 0:
        return False
    word = doc.tokens[k + 1].text
    if not (word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
        return False
    # After a subject it is a verb ("Many carried placards", "… upended decades"); after
    # "of", an article, a number, a quantifier, "own" or a name's adjective ("Democratic")
    # it is an adjective.
    before = doc.tokens[k - 1]
    mid_sentence = doc.sentence_bounds(k)[0] != k - 1
    return (
        before.lower in DETERMINERS | {"of", "own"}
        or is_number(before.lower)
        or not before.is_word
        or (mid_sentence and (before.is_cap or before.lower in QUANTIFIERS))
    )


def _reduced_relative(doc: Doc, k: int, limit: int) -> bool:
    """ "People briefed on the talks", "a report released by Brookings": a participle
    between a noun and a preposition describes the noun (PolNeAR's source keeps it); so
    does a present one ("voters in three counties heading to the polls")."""
    if k - 1 < limit or k + 1 >= len(doc.tokens):
        return False
    if not (verb_like(doc, k) or present_participle(doc, k)):
        return False
    noun = doc.tokens[k - 1]
    # A capitalised word before the verb may be its subject ("Politifact seized on").
    return (
        _relative_prep(doc, k + 1)
        and (noun.text.islower() or _opening_common_noun(doc, k - 1))
        and noun.is_word
        and (np_word(doc, k - 1) or noun.lower == "those")  # "those affected by the cuts"
        and not verb_like(doc, k - 1)
        and noun.lower not in DETERMINERS
    )


#: Prepositions besides ``GROUP_PREPS`` after a participle that describes a plural noun
#: ("officials involved with the talks", "activists placed throughout the hall"); after a
#: singular one the participle is as often its verb ("The talk ended with Lee asking").
_MORE_RELATIVE_PREPS = words("with from throughout across")


def _relative_prep(doc: Doc, k: int) -> bool:
    word = doc.tokens[k].lower
    if word in GROUP_PREPS or word == "for":
        return True
    noun = doc.tokens[k - 2].text
    return word in _MORE_RELATIVE_PREPS and noun.endswith("s") and not noun.endswith("ss")


def _opening_common_noun(doc: Doc, k: int) -> bool:
    """ "People briefed on the talks", "Officials involved in": a plural noun opening the
    sentence is capitalised (a name is not: "Politifact seized on", "Trump pulled in")."""
    text = doc.tokens[k].text
    plural = (text.endswith("s") and not text.endswith("ss")) or text == "People"
    return doc.sentence_bounds(k)[0] == k and text[1:].islower() and plural


def present_participle(doc: Doc, k: int) -> bool:
    word = doc.tokens[k].text
    return word.islower() and len(word) > 4 and word.endswith("ing") and word != "being"


def _list_comma(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "Alabama, Georgia and Virginia", "Leguizamo, Saldana and many more": a comma between
    two capitalised items of a list that ends in "and … " before the cue."""
    if doc.tokens[k].text != "," or k - 1 < limit or k + 1 > last:
        return False
    oxford = doc.tokens[k + 1].lower == "and"  # "Lee, Kim, and Dunn"
    after = k + 2 if oxford else k + 1
    if after > last or not _list_items(doc, k - 1, after):
        return False
    names = _name_end(doc, k - 1) and doc.tokens[after].is_cap
    if (oxford or not names) and not _other_list_comma(doc, k, limit, last):
        # "…, and Trump refused", "migrants, politicians and activists": one comma
        # before "and" more often closes a clause or an opening phrase than a list.
        return False
    return any(doc.tokens[j].lower == "and" for j in range(k + 1, last))


def _headline_pair(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "Lee, Chan clash over the budget", "Lee, others vow …": a headline (the text's
    first line) joins two names with a comma where a sentence would say "and"; the comma
    after its first word is the pair's, not the end of an opening phrase ("Trailing, Lee
    lobs …", "With Lee, …" open with no name)."""
    if doc.tokens[k].text != "," or k != 1 or k + 1 > last or doc.sentence_bounds(k)[0] != 0:
        return False
    first, second = doc.tokens[0], doc.tokens[k + 1]
    return (
        first.is_cap
        and first.text[1:].islower()
        and not first.lower.endswith(("ing", "ly", "ed"))
        and first.lower not in STOP | CONNECTORS
        and (second.is_cap or second.lower == "others")
        and doc.tokens[last].para == first.para
        and doc.tokens[-1].para > first.para  # a headline: a story follows its line
    )


def _town_state_comma(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "Ann Lee of Columbia, South Carolina says": the comma between a town and the state
    that ends the phrase belongs to the hometown, not before the source (else the state
    alone was taken; on train 1 fixed, none lost)."""
    if doc.tokens[k].text != "," or k - 1 < limit or not doc.tokens[k - 1].is_cap:
        return False
    state = " ".join(doc.tokens[j].lower for j in range(k + 1, last + 1))
    return state in STATES


def _other_list_comma(doc: Doc, k: int, limit: int, last: int) -> bool:
    """Another comma of the same list a few words before or after the comma at ``k``."""
    for j in range(max(limit + 1, k - 5), min(last, k + 6)):
        if j == k or doc.tokens[j].text != ",":
            continue
        after = j + 2 if doc.tokens[j + 1].lower == "and" else j + 1
        if _list_items(doc, j - 1, after):
            return True
    return False


_OPENING_PREPS = INNER_PREP | GROUP_PREPS | words("after before during since despite over")


def _list_items(doc: Doc, left: int, right: int) -> bool:
    """Two items of a list around its comma: names ("Alabama, Georgia"), or a plural and
    a lowercase phrase ("labor unions, church groups and many mayors")."""
    a, b = doc.tokens[left], doc.tokens[right]
    if _name_end(doc, left) and b.is_cap:
        return True
    plural = a.text.islower() and len(a.text) > 3 and a.text.endswith("s")
    if not (plural and b.text.islower() and np_word(doc, right)):
        return False
    # "In recent weeks, aides and advisers said": an opening phrase, not a list item.
    j = left
    while j > 0 and np_word(doc, j):
        j -= 1
    return doc.tokens[j].lower not in _OPENING_PREPS


#: Longest party and state label after a name ("(D-N.J.)", "(R-Calif.)").
_MAX_LABEL = 8


def _name_end(doc: Doc, k: int) -> bool:
    """The last token of a name in a list: a capital, or the parenthesis that closes a
    name's party and state ("Sens. Ann Lee (D-Ore.), Bo Chan (D-Ohio) and …")."""
    if doc.tokens[k].is_cap:
        return True
    if doc.tokens[k].text != ")":
        return False
    for j in range(k - 1, max(0, k - _MAX_LABEL) - 1, -1):
        if doc.tokens[j].text == "(":
            return j > 0 and doc.tokens[j - 1].is_cap
    return False


def _number_in_number(doc: Doc, k: int, limit: int) -> bool:
    """ "About 4 in 10", "three in 10": a ratio is one phrase."""
    if doc.tokens[k].lower != "in" or k - 1 < limit or k + 1 >= len(doc.tokens):
        return False
    return is_number(doc.tokens[k - 1].lower) and is_number(doc.tokens[k + 1].lower)


def _same_case(doc: Doc, left: int, right: int, last: int) -> bool:
    a, b = doc.tokens[left], doc.tokens[right]
    # "Water safety experts and U.S. officials": a plural noun may join a name.
    plural = a.text.islower() and a.text.endswith("s") and len(a.text) > 3
    # "Sanders and his aides", "Mrs. Clinton and her campaign": a name joins a group
    # its possessive points back to; "leaders in the Senate and the House": a name joins
    # another named thing (on train 4 sources fixed, none lost); "89% of Democrats and 83%
    # of Republicans": a count opens the second half (1 fixed, none lost).
    joined = a.is_cap and (b.lower in _JOINING_DETERMINERS or b.text[:1].isdigit())
    # "Kim Park (D-N.J.) and Al Roe": a name's party label closes the first half.
    labelled = a.text == ")" and b.is_cap and _name_end(doc, left)
    return (
        b.lower in {"others", "other"}
        or a.is_cap == b.is_cap
        or plural
        or joined
        or labelled
        or _named_then_group(doc, left, right, last)
    )


#: Prepositions that may open the second of two joined places of a group.
_PARALLEL_PREPS = GROUP_PREPS | INNER_PREP
#: Longest object of the first preposition ("in the FBI").
_MAX_PARALLEL = 5


def _parallel_prep(doc: Doc, k: int, limit: int, last: int) -> bool:
    """ "officials in the mayor's office and at the city council", "officials on and off the
    island": a preposition right after "and" joins a second place to the group's first
    one, a few words back; both belong to the subject (PolNeAR's source)."""
    if k >= last or k - 2 < limit or doc.tokens[k].lower not in _PARALLEL_PREPS:
        return False
    if doc.tokens[k - 1].lower != "and" or not np_word(doc, k + 1):
        return False
    if any(doc.tokens[j].lower in DETERMINERS for j in range(k + 2, last + 1)):
        return False  # "in the FBI and at noon the council said": a clause after the place
    for j in range(k - 2, max(limit, k - 2 - _MAX_PARALLEL) - 1, -1):
        if doc.tokens[j].lower in _PARALLEL_PREPS:
            return j - 1 >= limit and _plural_word(doc.tokens[j - 1].text)
        if not np_word(doc, j):
            return False
    return False


def _named_then_group(doc: Doc, left: int, right: int, last: int) -> bool:
    """ "the White House and congressional leaders", "Lee and national Democrats": a name
    joined to a group of lowercase words that ends in a plural right before the cue is one
    subject (PolNeAR's source), though the case changes at "and" (train: 1 source fixed,
    dev 1; a determiner or quantifier after "and" opens a clause: "in May and some
    lawmakers had")."""
    if not doc.tokens[left].is_cap or right > last or not _plural_word(doc.tokens[last].text):
        return False
    return all(_group_word(doc, j) for j in range(right, last))


def _plural_word(text: str) -> bool:
    return len(text) > 3 and text.endswith("s") and not text.endswith("ss") and text.isalpha()


def _group_word(doc: Doc, j: int) -> bool:
    token = doc.tokens[j]
    return (
        token.text.islower()
        and np_word(doc, j)
        and doc.quote_of[j] == -1
        and token.lower not in DETERMINERS
        and token.lower not in QUANTIFIERS  # "reported in May and some lawmakers had"
        and not verb_like(doc, j)
    )


_JOINING_DETERMINERS = words("his her their the")


def _phrase_opening(doc: Doc, before: int, floor: int) -> bool:
    """Whether a word after ``before`` may open a noun phrase ("the embattled governor")."""
    if before < floor:
        return True
    token = doc.tokens[before]
    return token.lower in DETERMINERS or not token.is_word
