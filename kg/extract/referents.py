"""Whom a statement's pronoun or bare office means: people the text introduced before it.

"Lina Park is a nurse. “…,” she said.", "Mayor Ana Ruiz opened the bridge. … the mayor
said", "A naturalist … said …. “…,” she said.": news introduces a speaker in a sentence
of their own, or with an office, and goes on with "she" or "the mayor". The pipeline
(:mod:`kg.extract.pipeline`) asks these before it falls back on the last named speaker.
"""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.genders import honorific_gender, noun_gender
from kg.extract.names import OFFICE_HEADS, OFFICE_WORDS, name_like, strip_possessive
from kg.extract.phrases.subject import sentence_subject
from kg.extract.registry import Registry
from kg.extract.speakers import Speaker, describe
from kg.extract.wordsets import ARTICLES, words

#: A possessive that is a whole source ("Her view is that …", "his claim that …") is no
#: name ("Her"); opening a sentence, it means whom its pronoun would.
POSSESSIVE_PRONOUNS = {
    "his": "he",
    "her": "she",
    "my": "i",
    "our": "we",
    "their": "they",
    "its": "it",
}


def office_mentions(doc: Doc, registry: Registry) -> list[tuple[int, Speaker]]:
    """Named people each sentence's subject introduces with an office ("Mayor Ana Ruiz
    opened the bridge", "Ana Ruiz, the mayor of Dunmore, opened …", "Ana Ruiz is the
    mayor of Dunmore."), and those named anywhere with a past office (see
    :func:`_former_holders`), with the mention's first token, last first (for popping)."""
    found: list[tuple[int, Speaker]] = []
    for lo, hi in doc.sentences:
        found.extend(_former_holders(doc, lo, hi, registry))
        if not _office_or_copula(doc, lo, hi):
            continue  # most sentences: no office's word to read (describe is costly)
        subject = sentence_subject(doc, lo, hi)
        if subject is None:
            continue
        start, end = doc.span(*subject)
        if doc.quoted_chars.count(start, end):
            continue
        speaker = describe(doc.text[start:end], start, registry)
        if not speaker.pronoun_target:
            continue
        if speaker.office is None:
            speaker = _office_after_copula(doc, subject[1], hi, registry, speaker)
        if speaker.office is not None and _ends_in_office(speaker.office):
            found.append((subject[0], speaker))
    found.sort(key=lambda mention: mention[0], reverse=True)
    return found


def _office_or_copula(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``–``hi`` hold an office's word ("mayor", "Gov") or "is the" /
    "was a", without which no subject there comes with an office."""
    tokens = doc.tokens
    for k in range(lo, hi):
        word = tokens[k].lower
        if word in OFFICE_WORDS or ("-" in word and word.rpartition("-")[2] in OFFICE_WORDS):
            return True  # also "Ex-mayor", "Then-Mayor"
        if word in _COPULAS and k + 1 < hi and tokens[k + 1].lower in ARTICLES:
            return True
    return False


#: Words that make the office after them a past one ("former mayor Ana Ruiz").
_FORMER = words("former onetime one-time")
#: How many words may stand between "former" and the office's noun ("former Dunmore
#: county mayor").
_MAX_FORMER_WORDS = 3


def _former_holders(doc: Doc, lo: int, hi: int, registry: Registry) -> list[tuple[int, Speaker]]:
    """People the rest of a sentence names with a past office ("A library built by former
    mayor Ana Ruiz opened."): "the former mayor" later means her whether or not she was
    the subject, as a past office is rarely an unnamed source's."""
    tokens = doc.tokens
    found: list[tuple[int, Speaker]] = []
    for k in range(lo, hi):
        if tokens[k].lower not in _FORMER or doc.quote_of[k] != -1:
            continue
        noun = k + 1
        while noun < min(hi, k + 1 + _MAX_FORMER_WORDS) and tokens[noun].lower not in OFFICE_HEADS:
            noun += 1
        end = noun + 1
        while end < hi and (name_like(tokens[end].text) or tokens[end].text == "."):
            end += 1
        if noun >= hi or end - noun < 3:
            continue  # no office's noun, or no full name after it
        start = tokens[k].start
        speaker = describe(doc.text[start : tokens[end - 1].end], start, registry)
        if speaker.named and speaker.pronoun_target and speaker.office_status == "former":
            found.append((k, speaker))
    return found


def _ends_in_office(office: str) -> bool:
    """Whether an office read from a subject ends in an office's noun before any
    preposition ("mayor of Dunmore", "Deputy Mayor"): a headline's subject runs on into its
    verb ("British diplomat praises Obama", office "British diplomat praises")."""
    head = office.lower().split()
    for k, word in enumerate(head):
        if word in _OFFICE_PREPOSITIONS:
            head = head[:k]
            break
    return bool(head) and head[-1] in OFFICE_HEADS


_OFFICE_PREPOSITIONS = words("of for from to at in on with")


#: "Ana Ruiz is the mayor of Dunmore": the verb before the article and the office that
#: the sentence gives its subject.
_COPULAS = words("is was")


def _office_after_copula(
    doc: Doc, after: int, end: int, registry: Registry, subject: Speaker
) -> Speaker:
    """``subject`` with the office the rest of its sentence gives it ("Ana Ruiz is the
    mayor of Dunmore."), read as the apposition "Ana Ruiz, the mayor of Dunmore" would be;
    ``subject`` itself when the sentence goes on otherwise."""
    tokens = doc.tokens
    if after + 2 >= end or tokens[after].lower not in _COPULAS:
        return subject
    if tokens[after + 1].lower not in ARTICLES:
        return subject
    stop = after + 1
    while stop < end and (tokens[stop].is_word or tokens[stop].text == "-"):
        stop += 1
    if stop - after > _MAX_COPULA_WORDS:
        return subject
    start = tokens[after + 1].start
    predicate = doc.text[start : tokens[stop - 1].end]
    described = describe(f"{subject.name}, {predicate}", start, registry)
    if described.name != subject.name:
        return subject
    return described


#: An office after "is the" longer than this is more than an office ("… is the man who …").
_MAX_COPULA_WORDS = 8


def subject_before(doc: Doc, item: Found, registry: Registry, spoken: set[int]) -> Speaker | None:
    """The person the sentence before a statement is about, when it says nothing itself:
    "Lina Park is a nurse. “We work double shifts,” she said." — news introduces a
    speaker so, and "she" means her, not whoever spoke last. Only a named person who is
    the subject of that sentence (no possessive: "Ann Lee's plan failed" is about the
    plan), outside quotes, in a sentence holding no cue (where someone spoke, the last
    speaker is the one the pronoun goes on with)."""
    if item.source is None or item.source[1] - item.source[0] != 1:
        return None
    pronoun = doc.tokens[item.source[0]].lower
    pronoun = POSSESSIVE_PRONOUNS.get(pronoun, pronoun)  # "Her view is that …" as "she"
    if pronoun not in {"he", "she"}:
        return None
    first = min(item.content[0][0], item.source[0], *(item.cue or ()))
    before = doc.sentence_of[first] - 1
    if (
        before > 0
        and before not in spoken
        and doc.tokens[doc.sentences[before][0]].lower == _POSSESSIVES[pronoun]
    ):
        # "Ann Lee has studied it. Her verdict is blunt. “…,” she said.": a sentence about
        # her, opening with her possessive, goes on about the one before it.
        before -= 1
    if before < 0 or before in spoken:
        return None
    lo, hi = doc.sentences[before]
    found = sentence_subject(doc, lo, hi)
    if found is None or (found[0] != lo and not _after_participle_opening(doc, lo, found[0])):
        return None  # "Along with her husband, Bo Chan, she …": not after an opening
    start, end = doc.span(*_with_apposed_name(doc, found, hi))
    printed = doc.text[start:end]
    if doc.quoted_chars.count(start, end) or "’s" in printed or "'s" in printed:
        return None
    speaker = describe(printed, start, registry)
    if _unnamed_person(speaker):
        if found[1] < hi and doc.tokens[found[1]].text == ",":
            return None  # "A potential running mate, Haley is …": the name comes after
        return speaker  # "A former envoy was blunt. “…,” she said."
    if not speaker.pronoun_target or speaker.name is None or not registry.knows(speaker.name):
        return None  # "Harsh? He doesn't think so.": a capital alone is no one's name
    if not may_mean(registry, speaker, pronoun):
        return None
    if _other_name_before(doc, registry, first, speaker.name):
        return None  # "Roe let Lund speak first, and then he …": a name nearer still
    return speaker


#: The possessive of "he" and "she".
_POSSESSIVES = {"he": "his", "she": "her"}


def _after_participle_opening(doc: Doc, lo: int, subject: int) -> bool:
    """ "Asked about the talks, the envoy was blunt.": a participle opens the sentence and
    a comma closes its phrase right before the subject."""
    first = doc.tokens[lo].lower
    return (
        subject - lo <= _MAX_OPENING
        and first.endswith(("ed", "ing"))
        and doc.tokens[subject - 1].text == ","
        and not any(doc.tokens[k].text == "," for k in range(lo, subject - 1))
    )


#: Most tokens of an opening participle's phrase ("Asked about the talks ,").
_MAX_OPENING = 8


def _unnamed_person(speaker: Speaker) -> bool:
    """One unnamed person the sentence introduces by an office ("A senior official was
    blunt."), not a group ("officials") nor a body; "the former governor" is more often
    someone named before (Gary Johnson), so only "a" and "an"."""
    return (
        not speaker.named
        and speaker.office is not None
        and not speaker.body
        and not speaker.joint
        and speaker.descriptor is not None
        and speaker.descriptor.split()[0].lower() in {"a", "an"}
    )


#: Longest name set off by commas after a subject ("The head of the board, Ann Lee, …").
_MAX_APPOSED_NAME = 5


def _with_apposed_name(doc: Doc, subject: tuple[int, int], end: int) -> tuple[int, int]:
    """ "The leader of the council, Simon Treadwell, was not at the meeting.": the name
    set off by commas after a described subject names it, and a "he" in the next sentence
    means that person (the subject scan stops at the description's comma)."""
    lo, hi = subject
    tokens = doc.tokens
    if hi >= end or tokens[hi].text != ",":
        return subject
    j = hi + 1
    while j < min(end, hi + 1 + _MAX_APPOSED_NAME) and tokens[j].is_cap:
        j += 1
    if j > hi + 1 and j + 1 < end and tokens[j].lower in _NAME_LINKS and tokens[j + 1].is_cap:
        # "Another analyst, Bo Lee of Dunmore Securities, was blunter": where the named
        # person works is part of the apposition.
        j += 1
        while j < min(end, hi + 1 + _MAX_APPOSED_NAME * 2) and tokens[j].is_cap:
            j += 1
    if j == hi + 1 or j >= end or tokens[j].text != "," or doc.quote_of[hi + 1] != -1:
        return subject
    return lo, j


#: Words between a name and its employer in an apposition ("Bo Lee of Dunmore Bank").
_NAME_LINKS = words("of at")


#: Words that open an unnamed source of one person ("A naturalist who …", "Another analyst").
_ONE = words("a an another one")
#: Cues of a question: the one who asks is seldom the "he" of the answer after it.
_QUESTION_CUES = words("ask asks asked asking question questioned wonder wondered")


def one_unnamed_person(doc: Doc, item: Found, speaker: Speaker) -> bool:
    """ "A naturalist who has surveyed the reserve said …. “…,” she said.": an unnamed
    source of one person is whom a "he" or "she" right after means, more likely than the
    person named before; not a group ("Two diplomats"), a thing ("A poll released Sunday")
    or one who asks ("A reporter asked Lee …. He replied")."""
    if speaker.named or speaker.joint or speaker.name is None or item.source is None:
        return False
    if item.cue is None or doc.tokens[item.cue[0]].lower in _QUESTION_CUES:
        return False
    head = _head_noun(speaker.name.lower().split())
    first = doc.tokens[item.source[0]].lower
    if first == "the" and head.startswith("spokes"):
        # "The minister's spokesman said …. “…,” he said.": one unnamed person too; a
        # spokesperson is never someone named before, as "the former governor" may be.
        return True
    if first not in _ONE:
        return False
    return head in _PERSON_NOUNS or head.endswith(("ist", "man", "woman", "person", "ian"))


def next_to(doc: Doc, registry: Registry, item: Found, unnamed: tuple[Speaker, int]) -> bool:
    """The statement ``item`` has a pronoun source in the unnamed source's sentence or the
    next, and no name before it in its sentence ("Clinton, an aide said, “is confident”,
    and she …": she is Clinton)."""
    if item.source is None or item.source[1] - item.source[0] != 1:
        return False
    if doc.sentence_of[item.source[0]] - unnamed[1] not in {0, 1}:
        return False
    first = min(item.content[0][0], item.source[0], *(item.cue or ()))
    return not _other_name_before(doc, registry, first, unnamed[0].name or "")


#: Words after a source's head noun that end it ("diplomat familiar with the talks").
_AFTER_HEAD = words("for with of at in from on who that familiar close")
#: Heads of an unnamed source that name one person, besides words in "-ist", "-man",
#: "-woman", "-person" and "-ian" ("naturalist", "spokeswoman", "politician").
_PERSON_NOUNS = words(
    """aide official officer diplomat delegate source expert lawyer attorney worker member
    resident director manager adviser advisor executive pollster pastor voter nurse doctor
    teacher trader banker engineer farmer owner leader organizer researcher scientist
    representative consultant volunteer witness insider"""
)


def _head_noun(words_: list[str]) -> str:
    """The head noun of a source's words: the last before a preposition or a clause."""
    stop = next((k for k, word in enumerate(words_) if word in _AFTER_HEAD), len(words_))
    return words_[stop - 1] if stop else ""


def _other_name_before(doc: Doc, registry: Registry, first: int, name: str) -> bool:
    """Whether the sentence of token ``first`` prints, before it, a name resolving to
    someone other than ``name`` (days, months and places resolve to no one)."""
    for k in range(doc.sentence_bounds(first)[0], first):
        token = doc.tokens[k]
        if token.is_cap:
            other = registry.resolve(strip_possessive(token.text), token.start)
            if other is not None and other != name:
                return True
    return False


def may_mean(registry: Registry, person: Speaker, pronoun: str) -> bool:
    """Whether "he" or "she" may mean the last person named: not when the text tells that
    person's gender (the given name, "Mrs. Lee", see :meth:`Registry.gender_of`) and it is
    the other one ("Ann Lee said …. Tim Roe said …. She added" is not Tim Roe). The
    pronoun then stays unresolved: the one it means is often no speaker at all (a person
    only mentioned), so the last speaker of its gender is no safe guess."""
    gender = registry.gender_of(person.name) if person.name else None
    if gender is None and person.descriptor:
        gender = honorific_gender(person.descriptor.split()[0])
    if gender is None and not person.named and person.name:
        gender = noun_gender(_head_noun(person.name.lower().split()))
    return gender is None or gender == ("f" if pronoun == "she" else "m")
