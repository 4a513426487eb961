"""Who is speaking: split a source phrase into name, description and office, pairs into
their members, and resolve short references ("Schriver", "President Trump") through the
text's :class:`~kg.extract.registry.Registry` of full names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.extract.genders import Gender, honorific_gender
from kg.extract.model import Agent, OfficeStatus
from kg.extract.names import (
    BODY_ENDS,
    NAME_PARTICLES,
    NOT_PRONOUN_TARGETS,
    OFFICE_HEADS,
    OFFICE_NOUNS,
    OFFICE_WORDS,
    PEOPLE_NOUNS,
    TITLES,
    acronym_of_body,
    is_body_name,
    name_like,
    particle_surname,
    shouted,
    strip_possessive,
)
from kg.extract.phrases import PRONOUNS
from kg.extract.registry import Registry, describes_name, holder_size, without_party_label
from kg.extract.transcripts import ROLE_LABELS
from kg.extract.wordsets import ATTACHING_PREPS, BODY_HEADS, PLACE_OPENERS, RELATIVES, words

__all__ = ["OfficeHolders", "Speaker", "describe", "is_party_epithet"]

_STATUS = {
    "former": "former",
    "ex": "former",
    "then": "former",
    "onetime": "former",
    "one-time": "former",
    "retired": "former",
    "incoming": "designate",
    "designate": "designate",
    "elect": "designate",
    "current": "current",
    "sitting": "current",
    "acting": "current",
}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "one"})
_OFFICE_OPENERS = _DETERMINERS | {"its", "his", "her", "their", "our"}
_PARENTHESES = re.compile(r"\([^()]{0,40}\)")
#: A reflexive that stresses who speaks ("Clinton herself said"), no part of the source.
_INTENSIFIER = re.compile(r"(?<=\w)\s+(himself|herself)$")
_REFLEXIVE_GENDERS: dict[str, Gender] = {"himself": "m", "herself": "f"}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    descriptor: str | None
    office: str | None
    office_status: OfficeStatus | None
    #: A named person or body (not an unnamed source, a pronoun left unresolved, or a
    #: pair: a pair is not named itself, its ``members`` are).
    named: bool
    #: Each of two sources ("Ann Lee and Bo Chan"), with their own offices; empty for one.
    #: A later "she" is neither of them for sure.
    members: tuple[Speaker, ...] = ()

    @property
    def joint(self) -> bool:
        return bool(self.members)

    @property
    def body(self) -> bool:
        """A named body, not a person ("the FBI", "Grain Council"): no "he" or "she" is it.
        Read from the name alone, so one name is one kind of actor in every article."""
        return self.named and self.name is not None and is_body_name(self.name)

    @property
    def pronoun_target(self) -> bool:
        """Whom a later "he" or "she" may mean: a named person, not a body (initials or a
        name ending in a body's word), a pair or a name in capitals ("POLITICO", or a
        transcript's "WALLACE:")."""
        if not self.named or self.body or self.name is None or self.name.isupper():
            return False
        return self.name.split()[-1].lower() not in NOT_PRONOUN_TARGETS

    def agents(self) -> tuple[Agent, ...]:
        """Who the speaker names, one by one (see :class:`kg.extract.model.Agent`)."""
        if self.members:
            return tuple(agent for member in self.members for agent in member.agents())
        if self.name is None:
            return ()
        return (Agent(self.name, self.office, self.office_status, self.named, self.body),)


_NO_REGISTRY = Registry.empty()


def describe(phrase: str, at: int, registry: Registry) -> Speaker:
    """Split a source phrase (as printed) into name, descriptor and office.

    >>> r = Registry.empty()
    >>> describe("former deputy secretary of state Stephen Biegun", 0, r).name
    'Stephen Biegun'
    """
    text = _PARENTHESES.sub("", phrase).strip().strip(",").strip()
    if text.startswith("(") and ")" not in text:
        # "(The CTU has not endorsed …)": the source opens an aside; the mark is no
        # part of its name.
        text = text[1:].lstrip()
        if " " not in text and re.split(r"[’']", text)[0].lower() in PRONOUNS:
            return Speaker(None, text, None, None, named=False)  # "(I’d …": no one named
    stressed = _INTENSIFIER.search(text)
    if stressed is not None:
        # "Clinton herself said": Clinton, a woman.
        text = text[: stressed.start()]
        return _describe_one(text, at, registry, _REFLEXIVE_GENDERS[stressed.group(1)])
    if not text:
        return Speaker(None, None, None, None, named=False)
    return (
        _describe_called(text, at, registry)
        or _describe_dashed(text, at, registry)
        or _describe_joint(text, at, registry)
        or _describe_one(text, at, registry)
    )


#: "a news site called “The Local”", "a hacker known as “Spider”": a quoted name after a
#: verb of naming ends the phrase, with no comma before it (after one the name comes
#: first: "Ann Lee, the host of the show “Big Money,”").
_CALLED = re.compile(
    r"^(?P<what>[^,]+?)\s+(?:called|named|dubbed|known as)\s+(?:“|\"|'')"
    r"(?P<name>[^“”\"']+?),?(?:”|\"|'')$"
)


def _describe_called(text: str, at: int, registry: Registry) -> Speaker | None:
    """ "A news site called “The Local”": the quoted name is the speaker's, what comes
    before the verb describes it (read whole, the last capitalised word with its closing
    mark was taken for the name). None unless the phrase ends so."""
    found = _CALLED.match(text)
    if found is None:
        return None
    named = _describe_one(found.group("name"), at, registry)
    if not named.named:
        return None
    return replace(named, descriptor=found.group("what"))


#: A dash that sets off an appositive as a comma does ("Ann Lee — a teacher from Elm
#: Park"): a long dash with or without spaces, a short one or a hyphen between spaces.
_DASH = re.compile(r"\s*(?:—|--)\s*|\s+[–-]\s+")


def _describe_dashed(text: str, at: int, registry: Registry) -> Speaker | None:
    """ "Ann Lee — a teacher from Elm Park", "Lee -- co-author of Meet The Press": a name
    before a dash is the speaker, and what follows it describes them (read as after a
    comma, so its capitals name no one). None when no dash follows a first part without a
    comma, that part names no one ("Two aides — one from Ohio — said"), or it holds a
    preposition or "and" (a body's member, a pair): the phrase is read whole. A name must
    end that part, so "Lee's running mate — Gov. Bo Chan" stays Bo Chan."""
    found = _DASH.search(text)
    if found is None or "," in text[: found.start()]:
        return None
    left, rest = text[: found.start()].strip(), text[found.end() :].strip(" ,")
    if not left or not rest:
        return None
    if {w.lower() for w in left.split()} & (_PREPOSITIONS | {"and"}):
        return None  # "members of the Grain Caucus —", "Ann Lee and Bo Chan —": read whole
    one = _describe_one(left, at, registry)
    if not one.named or one.name is None or not _ends_in_name(left, one.name):
        return None
    as_comma = _describe_one(f"{left}, {rest}", at, registry)
    if as_comma.named and as_comma.name == one.name:
        return as_comma
    descriptor = ", ".join(part for part in (one.descriptor, rest) if part)
    return replace(one, descriptor=descriptor)


#: The "and" that joins two sources: after an appositive's comma ("Hecker, former director
#: of the lab, and Robert Carlin, …") or plain ("Ann Lee and Bo Chan").
_AND = (", and ", " and ")
#: Words opening a second conjunct that is a group around the first ("Sanders and his
#: aides", "Bolton and others").
_COMPANY = words("his her their its other others")
_PREPOSITIONS = ATTACHING_PREPS | words("of for from with between among")
#: A second conjunct opening so goes on describing the first source.
_NOT_SECOND = RELATIVES | {"a", "an"}


def _ends_in_name(phrase: str, name: str) -> bool:
    """ "Gov. Ann Lee" ends in (a word of) the name Ann Lee; "Lee's running mate" does
    not: it names someone else."""
    return strip_possessive(phrase.split()[-1]) in name.split()


def _describe_joint(text: str, at: int, registry: Registry) -> Speaker | None:
    """ "Ann Lee and Bo Chan", "Clinton and Trump", "Sanders and his aides": two sources
    share the statement. The speaker names both (surnames resolved as for one source:
    "Ann Lee and Jo Ulm"), the descriptor is the phrase as printed when it
    says more than the names, and no pronoun later resolves to the pair or past it. None
    when the phrase is one source (see :func:`_one_source`)."""
    for joiner in _AND:
        left, found, right = text.partition(joiner)
        if found and left.strip() and right.strip():
            break
    else:
        return None
    left = left.strip().strip(",").strip()
    second_text = right.strip().strip(",").strip()
    if not left or not second_text:
        return None
    lone = " " not in left and registry.resolve(strip_possessive(left), at) is None
    if _one_source(left, second_text, joiner, lone=lone):
        return None
    first = _describe_one(left, at, registry)
    if not first.named or first.name is None:
        return None
    if second_text.split()[0].lower() in _COMPANY:
        # "Ann Lee and her husband, Bo Chan": the group's name if it has one.
        named = _describe_one(second_text, at, registry)
        if named.named and named.name is not None and named.name != first.name:
            return _pair(first, named, text, named.descriptor)
        group = _before_relative(second_text.partition(",")[0])
        members = (first, Speaker(_group_of(first.name, group), group, None, None, named=False))
        return Speaker(f"{first.name} and {group}", None, None, None, named=False, members=members)
    second = _describe_one(second_text, at, registry)
    if not second.named or second.name is None:
        return None
    if first.name == second.name:
        # "Trump and first lady Melania Trump": the surname resolved to the other one.
        first = replace(first, name=_describe_one(left, at, _NO_REGISTRY).name)
    if first.name is None or first.name == second.name:
        return None
    return _pair(first, second, text, first.descriptor or second.descriptor)


def _pair(first: Speaker, second: Speaker, text: str, described: str | None) -> Speaker:
    # The printed phrase describes the pair when either has a title or an appositive.
    printed = " ".join(text.split()) if described else None
    name = f"{first.name} and {second.name}"
    return Speaker(name, printed, None, None, named=False, members=(first, second))


def _group_of(person: str, group: str) -> str:
    """ "his aides" with Tim Roe → "Tim Roe's aides"; "others" → "others with Tim Roe" (so
    two people's aides in one article are two groups)."""
    head, _, rest = group.partition(" ")
    if head.lower() in {"his", "her", "their", "its"} and rest:
        return f"{person}'s {rest}"
    return f"{group} with {person}"


def _one_source(left: str, right: str, joiner: str, *, lone: bool) -> bool:
    """The "and" lies inside one source:

    - a list inside the first source's appositive ("Ann Lee, who served under Bush, Obama,
      and Trump"; "Ann Lee, Bo Chan, and Tim Roe" is a list this reader does not split);
    - without a comma before "and": an appositive ("Stephen Biegun, former deputy
      secretary of state and special representative"), a preposition ("The Grain
      Center at the Ulm Institute and Ortiz Foundation"), a possessive ("Lee's
      chief pollster and strategist Bo Chan"), a status word ("Current and former
      officials"), or no name at the first conjunct's end;
    - an office's or body's name with "and" before a name: a ``lone`` first word (one that
      resolves to no person) and a capitalised word opening the second before a title
      ("Health and Human Services Secretary Alex Azar", "Procter and Gamble CEO David
      Taylor");
    - a body's name that runs on to an office before a name ("House Oversight and
      Government Reform Committee Chairman Jason Chaffetz");
    - a second conjunct that goes on describing the first ("…, and a Republican who").
    """
    left_words = left.split()
    last_segment = left.rpartition(",")[2].split()
    if "," in left and last_segment and all(name_like(w) for w in last_segment):
        return True
    if _body_across_and(right.partition(",")[0].split()):
        return True
    if (
        joiner == " and "
        and not _two_titled_people(left_words, right.split())
        and (
            "," in left
            or _PREPOSITIONS & {w.lower() for w in left_words}
            or not name_like(strip_possessive(left_words[-1]))
            or left_words[-1].lower() in _STATUS
            or left_words[-1] != strip_possessive(left_words[-1])
        )
    ):
        return True
    right_words = right.split()
    before_comma = right.partition(",")[0].split() or right_words
    office_name = (
        lone
        and before_comma[0][:1].isupper()
        and before_comma[0].lower() not in TITLES
        and any(w.lower().rstrip(".") in OFFICE_WORDS for w in before_comma[1:])
    )
    return office_name or right_words[0].lower() in _NOT_SECOND


def _body_across_and(right: list[str]) -> bool:
    """The second conjunct goes on a body's name up to an office ("Government Reform
    Committee Chairman …"), so the "and" is inside that name ("House Speaker Bo Chan"
    opens with the body's word and is a person of its own)."""
    office = next((i for i, w in enumerate(right) if w.lower().rstrip(".") in OFFICE_WORDS), 0)
    named = right[:office]
    return all(w[:1].isupper() for w in named) and any(w.lower() in BODY_HEADS for w in named[1:])


def _two_titled_people(left: list[str], right: list[str]) -> bool:
    """ "former deputy secretary of state Ann Lee and Senator Bo Chan", "Secretary of
    Defense Ann Lee and Secretary of State Bo Chan": each conjunct ends in a full name, and
    the second has an office before its name, so the preposition in the first office does
    not make the whole one body's name."""
    k = len(right)
    while k > 0 and name_like(right[k - 1]):
        k -= 1
    return (
        len(left) >= 2
        and not any("," in w for w in left)
        and all(name_like(w) for w in left[-2:])
        and left[-1].lower() not in BODY_HEADS
        and 0 < k <= len(right) - 2
        and any(w.lower().rstrip(".") in OFFICE_WORDS | {"sen", "rep", "gov"} for w in right[:k])
    )


def _before_relative(phrase: str) -> str:
    """ "his aides who attended the meeting" → "his aides"."""
    words = phrase.split()
    return " ".join(words[: _relative_at(words)])


def _relative_at(words: list[str]) -> int | None:
    """Where a relative clause opens after the first word, if it does."""
    return next((i for i, w in enumerate(words) if i and w.lower() in RELATIVES), None)


def _describe_one(text: str, at: int, registry: Registry, gender: Gender | None = None) -> Speaker:
    """Name, descriptor and office of a single source phrase; ``gender``, when the phrase
    tells it ("Lee herself"), picks among people who share a surname."""
    text = _before_possessed(text)
    head, _, apposition = text.partition(",")
    raw_words = head.split()
    if len(raw_words) == 2 and (surname := _title_as_surname(raw_words)):
        gender = honorific_gender(raw_words[0])
        name = registry.resolve(surname, at, gender) or surname
        return Speaker(name, raw_words[0], None, None, named=True)
    head_words = [strip_possessive(w) for w in raw_words]
    # "officials who spoke with the Daily Planet": a relative clause names no one who spoke.
    relative = _relative_at(head_words)
    clause = ""
    if relative is not None:
        clause = " ".join(raw_words[relative:])
        head_words = head_words[:relative]
    apposition = apposition.strip().strip(",").strip()
    if (part := _partitive(head_words, raw_words)) is not None and _apposed_name(apposition)[
        0
    ] is None:
        # (unless a name follows: "one of his aides, Ann Lee")
        return Speaker(part, text, None, None, named=False)
    cut = _object_start(head_words)
    if cut is not None:
        inner = _before_object(" ".join(head.split()[:cut]), text, at, registry)
        if inner.named or not _all_name_like(apposition) or head_words[-1].lower() in _PLACES:
            return inner  # "diplomats in the capital, Veldra,": the apposition names the place
        # "The ambassador to Russia, John Huntsman": the name comes in the apposition.
        head_words = head_words[:cut]
    core = head_words
    # "people close to the Clintons": the name is whom the unnamed source is close to.
    related = any(w in _NEEDS_ITS_OBJECT for w in head_words[1:])
    if related or not (core and name_like(core[-1])):
        core = head_words[: _head_end(head_words)]
    named = False
    if core and name_like(core[-1]) and not related:
        k = len(core)
        while k > 0 and (
            name_like(core[k - 1]) or core[k - 1] in PLACE_OPENERS or core[k - 1] in NAME_PARTICLES
        ):
            if raw_words[k - 1] != core[k - 1] and k < len(core):
                break  # "the Dover Courier's Rosa Tam": the name ends at the possessor
            k -= 1
        if k > 0 and k < len(core) and acronym_of_body(core[k - 1], core[-1]):
            k -= 1
        k = _and_inside_body(core, k)
        k, named = _name_after_of(core, k, registry, at)
        # "Democrat Ann Lee": the party's label describes her; it is no part of her name.
        k = len(core) - len(without_party_label(core[k:], _person_known(registry, at)))
        if describes_name(core[k:], registry.in_lower_case):
            k += 1  # "Comedian Ann Lee": the word describes her, as "comedian" would
    if core and name_like(core[-1]) and named:
        name_words = core[k:]
        if len(name_words) == 1 and name_words[0].lower() in PEOPLE_NOUNS:
            return _people(name_words[0], text, at, registry)
        if is_party_epithet(" ".join(name_words)):
            # "the Wisconsin Republican": a place and a party describe someone unnamed.
            return Speaker(" ".join(name_words), text, None, None, named=False)
        title_words = [w for w in raw_words[:k] if w.lower() not in _DETERMINERS]
        short = " ".join(name_words)
        name = short
        if len(name_words) == 1 or particle_surname(name_words):
            # "Mrs. Clinton": the honorific picks among people who share the surname.
            # "de Blasio" is a surname too: Bill de Blasio is found by its last word.
            if title_words:
                gender = honorific_gender(title_words[-1]) or gender
            name = registry.resolve(name_words[-1], at, gender) or short
            if (
                len(core) == 2
                and core[0].lower() == "the"
                and not apposition
                and (name == short or (not is_body_name(name) and registry.names_with_the(short)))
            ):
                the = _the_one_word(raw_words[0], raw_words[1], registry, at)
                if the is not None:
                    return the
        descriptor_parts = [p for p in (" ".join(title_words), clause, apposition) if p]
        descriptor = ", ".join(descriptor_parts) or None
        office, status = _office(title_words, apposition, registry, at)
        return Speaker(name, descriptor, office, status, named=True)
    apposed, described = _apposed_name(apposition)
    if apposed is not None:
        # "one of the family's lawyers, Rosa Tam": the name comes second.
        office, status = _office(core, "", registry, at)
        if office is None:
            # "Your successor, Ambassador Nadia Sorensen": the title before the name.
            office, status = _office([], described, registry, at)
        descriptor = ", ".join(p for p in (head.strip(), described) if p)
        return Speaker(apposed, descriptor, office, status, named=True)
    # An unnamed source: keep the description; its core (no article, no trailing
    # prepositional phrase) stands in for a name.
    # Each word with its form as printed, so that a possessor keeps its mark in the
    # name: "Raul Menon’s lawyer" is no "Raul Menon lawyer".
    kept = [
        (w, raw)
        for w, raw in zip(core, raw_words, strict=False)
        if w.lower() not in _DETERMINERS or w is not core[0]
    ]
    if kept and kept[0][0].lower() in _DETERMINERS:
        kept = kept[1:]
    core_words = [word for word, _ in kept]
    if len(core_words) > 2 and core_words[-2] in ("of", "for") and name_like(core_words[-1]):
        # "a spokeswoman for Fiorina": whom they speak for, in full where printed before.
        core_words[-1] = registry.resolve(core_words[-1], at) or core_words[-1]
    if len(core_words) == 1 and shouted(core_words[0]) and not apposition:
        # "the FBI", "CNN": a body known by its initials; "PENCE:" in a transcript, a name
        # in capitals (in full if printed before: "Mike Pence").
        printed = core_words[0]
        full = registry.resolve(printed, at) or _label_person(printed, at, registry)
        return Speaker(full or printed, None, None, None, named=True)
    if 1 < len(core_words) <= 4 and not apposition and all(shouted(w) for w in core_words):
        # "JAKE TAPPER:" opening a transcript's turn: the full name, as a person.
        full = registry.in_capitals(" ".join(core_words))
        if full is not None:
            return Speaker(full, None, None, None, named=True)
    if len(core_words) == 1 and not apposition and text.lower() == f"the {core_words[0].lower()}":
        # "the agency said": the body of that kind named just before ("the Congressional
        # Budget Office").
        body = registry.body_before(core_words[0].lower(), at)
        if body is not None:
            return Speaker(body, text, None, None, named=True)
    core_name = " ".join([*(raw for _, raw in kept[:-1]), core_words[-1]]) if kept else None
    # "an official involved in the talks": the office is the noun, not what describes it.
    titled = next((i for i, w in enumerate(core_words) if w in _NEEDS_ITS_OBJECT), None)
    office, status = _office(core_words[:titled], apposition, registry, at)
    return Speaker(core_name, text, office, status, named=False)


def _the_one_word(article: str, word: str, registry: Registry, at: int) -> Speaker | None:
    """ "The Hill", "The Advocate": an outlet's name of one word after "The" that names no
    one the text prints in full, or that the text prints after a capital "The" inside a
    sentence ("according to The Hill", though Ann Hill is printed too: see
    :meth:`~kg.extract.registry.Registry.names_with_the`), is the outlet's, "The" and all
    (a body: see :func:`~kg.extract.names.is_body_name`), not a person "Hill". "The Lees"
    after "Ann Lee" is her family, an unnamed group. None for any other phrase."""
    if word != strip_possessive(word):
        return None
    if word.endswith("s") and registry.resolve(word[:-1], at) is not None:
        return Speaker(word, f"{article} {word}", None, None, named=False)
    if article != "The" or is_body_name(word) or word.lower() in PEOPLE_NOUNS:
        return None
    return Speaker(f"The {word}", None, None, None, named=True)


#: A party's member, the last word of an epithet ("the Ohio Democrat"), no name's.
_PARTY_MEMBERS = words("republican democrat")


#: Who comes from a state, as an epithet for a person ("the Texan said"): no one's name.
_DEMONYMS = words(
    """texan floridian californian ohioan iowan vermonter kentuckian arizonan coloradan
    minnesotan wisconsinite oklahoman nebraskan"""
)
_EPITHET_ENDS = _PARTY_MEMBERS | _DEMONYMS


def is_party_epithet(name: str) -> bool:
    """ "Ohio Democrat", "New Hampshire Republican": a place (or "One") and a party's
    member describe someone; no one is named so. "Texan", "Ohio Republican" or
    "Republican" alone, as "the Texan said" prints it, too."""
    found = name.split()
    return bool(found) and found[-1].lower() in _EPITHET_ENDS


def _title_as_surname(raw_words: list[str]) -> str | None:
    """ "Mr. King", "Ms. Judge": after an honorific, a title's word is a surname."""
    honorific, word = raw_words
    if honorific_gender(honorific) is None or word.lower() not in TITLES:
        return None
    return word if word[:1].isupper() and word[1:].islower() else None


def _person_known(registry: Registry, at: int) -> Callable[[list[str]], bool]:
    """Whether the text prints a name as a person's: a full name on its own, or a surname
    that resolves to one."""

    def known(rest: list[str]) -> bool:
        if len(rest) > 1:
            return registry.knows(" ".join(rest))
        return registry.resolve(rest[0], at) is not None

    return known


def _people(noun: str, text: str, at: int, registry: Registry) -> Speaker:
    """ "Many Americans", "the Republican": capitalised, but no one is named. In lower case
    where the text prints the noun so too ("Progressives said …" opening a sentence), as
    the sentence-case rule reads a named source's first word."""
    lowered = noun.lower()
    core = lowered if registry.in_lower_case(lowered) else noun
    return Speaker(core, text, None, None, named=False)


def _label_person(printed: str, at: int, registry: Registry) -> str | None:
    """ "LEE:" opening a transcript's turn names a person ("Lee"), though its capitals
    read as initials elsewhere: a body has no turns in a transcript. Title-cased, so the
    name is typed as the same name in running text is, in every article. Initials of two
    letters or with no vowel ("AP:", "CNN:") or known as a body's ("ABC:", "FBI:", see
    :func:`~kg.extract.names.is_body_name`) stay a body's, and a role ("ANNOUNCER:")
    stays as printed."""
    if not registry.labels_turn(at) or printed.lower() in ROLE_LABELS:
        return None
    if len(printed) < 3 or not set(printed) & set("AEIOUY"):
        return None
    name = printed.capitalize()
    return None if is_body_name(name) else name


#: Those who speak for someone else ("a spokesman for Ann Lee" is not Ann Lee).
_REPRESENTATIVES = words(
    """spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor
    advisors attorney attorneys lawyer lawyers counsel"""
)


def _and_inside_body(core: list[str], k: int) -> int:
    """Where the run of names before ``k`` starts when it crosses one "and" inside a
    body's name after "of" or "for" ("Centers for Disease Control and Prevention",
    "Department of Health and Human Services"), so that the name is the whole body's and
    not its last words ("Prevention"); ``k`` when the "and" joins nothing of the kind."""
    if k < 4 or core[k - 1] != "and" or not name_like(core[k - 2]):
        return k
    start = k - 2
    while start > 0 and name_like(core[start - 1]):
        start -= 1
    if start < 2 or core[start - 1] not in ("of", "for"):
        return k
    head = core[start - 2].lower()
    # "Centers", "Services": a body's head in the plural is a body's head too.
    return start if head in BODY_HEADS or head.removesuffix("s") in BODY_HEADS else k


def _name_after_of(core: list[str], k: int, registry: Registry, at: int) -> tuple[int, bool]:
    """Where the name that ends ``core`` starts when "of" or "for" (maybe with "the" or a
    title) comes before it, and whether it names the one who speaks:

    - a capitalised office of a department ("Secretary of State John Kerry", "Director of
      National Intelligence Ann B. Lee"): the holder is a full name printed elsewhere at
      the end ("Hillary Rodham Clinton"), else the last two words (three with an initial),
      a surname ("Secretary of State Kerry"), or no one ("the Secretary of State",
      "President of the United States");
    - a body's name that goes on before it ("Bureau of Labor Statistics", "Roper Center
      for Public Opinion Research"): the whole name;
    - a lower-case noun ("attorneys for Ann Lee"), one capitalised only to open the
      sentence, or one who speaks for someone ("Spokesman for Sen. Ann Lee"): the one who
      speaks has no name here, and the name is whom they speak for.
    """
    if _places_after_and(core, k):
        return k, False
    of = k - 1
    while of > 0 and (core[of].lower() == "the" or core[of].lower() in TITLES):
        of -= 1
    if of < 1 or core[of] not in ("of", "for"):
        return k, True
    before = core[of - 1]
    lowered = before.lower().rstrip(".")
    body = lowered in BODY_HEADS or (of >= 2 and core[of - 2][:1].isupper())
    if (
        not before[:1].isupper()
        or (of == 1 and not body and lowered not in TITLES)
        or lowered in _REPRESENTATIVES
    ):
        return k, False  # "Attorneys for Ann Lee" opening a sentence is lower case too
    if lowered in OFFICE_WORDS:
        size = _holder(core[k:], registry, the="the" in core[of + 1 : k])
        return (len(core) - size, True) if size else (k, False)
    start = of - 1
    while start > 0 and name_like(core[start - 1]) and core[start - 1].lower() not in _DETERMINERS:
        start -= 1
    return start, True


#: Prepositions that take two places joined by "and" after a group's noun ("the leaders
#: of Vell and Dunmore", "officials from Vell and Dunmore").
_PLACE_LINKS = words("of for from in")


def _places_after_and(core: list[str], k: int) -> bool:
    """ "The leaders of Vell and Dunmore": the name run at ``k`` follows "and" and another
    name after a preposition of a lower-case noun, so both names are what the noun is of;
    the group speaks, unnamed, and the last place is no one's name. The noun may open
    the phrase in capitals ("Officials from Vell and Dunmore")."""
    if k < 4 or core[k - 1] != "and":
        return False
    j = k - 2
    while j > 0 and name_like(core[j]):
        j -= 1
    return (
        j < k - 2
        and core[j] in _PLACE_LINKS
        and j >= 1
        and (not core[j - 1][:1].isupper() or (j == 1 and not _titled(core[0])))
    )


def _titled(word: str) -> bool:
    """A title or an office ("Secretary of State Ann Lee and …" names its holder)."""
    lowered = word.lower().rstrip(".")
    return lowered in TITLES or lowered in OFFICE_WORDS


def _holder(run: list[str], registry: Registry, *, the: bool) -> int:
    """How many of the last words of ``run`` (the words after "Secretary of") name the
    office's holder; 0 when they all name the department."""
    for size in range(min(len(run) - 1, 4), 1, -1):
        if registry.knows(" ".join(run[-size:])):
            return size
    if len(run) >= 3:
        return holder_size(run)
    return 1 if len(run) == 2 and not the else 0


def _apposed_name(apposition: str) -> tuple[str | None, str]:
    """The name an apposition prints and what it says besides: "Bo Chan" whole, or "Bo
    Chan, who ran the campaign" (the relative clause describes him); (None, "") when it
    names no one."""
    first, _, rest = apposition.partition(",")
    rest = rest.strip()
    if rest and rest.split()[0].lower() not in RELATIVES:
        return None, ""
    found = first.split()
    # "a careful man named Ostrin Vell": the name after a verb of naming, what comes before
    # it describes him.
    naming = next((i + 1 for i in range(1, len(found) - 1) if found[i] in _NAMING), None)
    if naming is not None and _all_name_like(" ".join(found[naming:])):
        return " ".join(found[naming:]), ", ".join(
            p for p in (" ".join(found[: naming - 1]), rest) if p
        )
    titled = 0
    while titled < len(found) - 1 and found[titled].lower() in _TITLED:
        titled += 1  # "the Rev. Bo Chan": the title describes him
    # "Ohio Sen. Bo Chan", "Grain Council chairwoman Ann Lee": a place or a body before
    # the title describes the one named too.
    titled = max(
        [titled]
        + [
            i + 1
            for i in range(titled, len(found) - 1)
            if found[i].lower() in TITLES and all(name_like(w) for w in found[titled:i])
        ]
    )
    owner = _owner_end(found, titled)
    if owner < len(found) - 1:
        titled = owner + 1  # "the Grain Post's Bo Chan": the paper describes him
    found, employer = _without_employer(found, titled)
    name = " ".join(found[titled:])
    if not _all_name_like(name):
        return None, ""
    return name, ", ".join(p for p in (" ".join(found[:titled]), employer, rest) if p)


#: Verbs of naming after which an apposition prints a name ("a lawyer named Bo Chan").
_NAMING = words("named called")

#: Words between a person's name and where they work ("Bo Chan of Dunmore Bank").
_EMPLOYER_LINKS = words("of at")


def _without_employer(found: list[str], start: int) -> tuple[list[str], str]:
    """ "Bo Chan of Dunmore Securities": the name before "of" or "at", and where they work
    as a description, when two words or more before it are a person's name (not "Bank of
    Vell", a body's name)."""
    link = next((i for i in range(start + 2, len(found) - 1) if found[i] in _EMPLOYER_LINKS), None)
    if link is None or is_body_name(" ".join(found[start:link])):
        return found, ""
    if found[link - 1].lower() in BODY_ENDS:
        return found, ""  # "Reserve Bank of Vell", "Opera House of Dunmore"
    if not _all_name_like(" ".join(found[link + 1 :])):
        return found, ""
    return found[:link], " ".join(found[link:])


#: Words before a name in an apposition that describe the one named.
_TITLED = _DETERMINERS | TITLES


def _owner_end(found: list[str], start: int) -> int:
    """Index of the possessive that ends a name run from ``start`` ("Grain Post's"), or
    ``start - 1`` when no such run opens there."""
    for index in range(start, len(found)):
        if not name_like(found[index]):
            break
        if strip_possessive(found[index]) != found[index]:
            return index
    return start - 1


def _all_name_like(text: str) -> bool:
    """ "Rosa Tam", "Ann B. Lee": every word a name's (or an initial)."""
    found = text.split()
    return bool(found) and all(name_like(w) or w.endswith(".") for w in found)


def _object_start(words: list[str]) -> int | None:
    """Index of the first such preposition after the head's first word, if any; "of" or
    "from" after a person's full name too ("Sen. Ted Cruz of Texas")."""
    for index, word in enumerate(words):
        if index > 0 and word in ATTACHING_PREPS and words[index - 1] not in _NEEDS_ITS_OBJECT:
            return index
        if index > 1 and word in {"of", "from"} and _full_name_before(words, index):
            return index
    return None


def _full_name_before(words: list[str], index: int) -> bool:
    """Two name-like words before ``index`` (or a title and a surname: "Mr. Morgan of the
    Sierra Club"), the last not the head of a body's name ("American Federation of
    Teachers", "Communications Workers of America" are one name)."""
    last = words[index - 1]
    return (
        name_like(last)
        and (name_like(words[index - 2]) or words[index - 2].lower() in TITLES)
        and last.lower() not in BODY_HEADS | _MEMBERS
        and not is_body_name(last)
    )


#: Plural nouns that end the first part of a body's name before "of" ("Communications
#: Workers of America", "National Academies of Sciences"), no surnames.
_MEMBERS = words("workers academies employees teachers nurses physicians engineers")


def _before_object(head: str, text: str, at: int, registry: Registry) -> Speaker:
    """The speaker of the head before the preposition; an unnamed one keeps the whole
    phrase as its description ("The government in Riyadh")."""
    inner = describe(head, at, registry)
    if inner.named:
        return inner
    if inner.joint:
        # "Ann Lee and Senator Bo Chan of Texas": the pair stands, described in full.
        return replace(inner, descriptor=" ".join(text.split()))
    return Speaker(inner.name, text, inner.office, inner.office_status, named=False)


def _before_possessed(text: str) -> str:
    """ "John Bolton’s scathing memoir" speaks for John Bolton: keep the possessor. A person
    named after the possessive speaks for themself: the whole phrase stays."""
    head, _, apposition = text.partition(",")
    words = head.split()
    for index, word in enumerate(words[:-1]):
        if word.endswith(("’s", "'s")) and word[:1].isupper():
            rest = words[index + 1 :]
            rest = rest[: _relative_at(rest)]  # "Ohio's Sheriff Ann Lee, who …"
            if (
                _person_after_possessor(rest)
                or _named_after_office(rest, apposition)
                or _holder_of_office(rest)
            ):
                return text
            return " ".join(words[: index + 1])
    return text


def _holder_of_office(rest: list[str]) -> bool:
    """ "Ohio's tax commissioner", "Lee's campaign manager", "the Grain Council's aides",
    "Lee's wife": the holder of an office, kin or those around someone speak, not the
    place, body or person before the possessive; the phrase is read whole, an unnamed
    source. The office is the noun that ends the phrase, before a preposition or a
    relative clause ("the Pentagon's top adviser on Syria")."""
    end = next((i for i, w in enumerate(rest) if w.lower() in _PHRASE_ENDS), len(rest))
    if end == 0:
        return False
    last = rest[end - 1].rstrip(".")
    if _one_of(last.lower(), OFFICE_HEADS):
        return True
    # Kin in capitals are a headline's ("Lee's Son Says …"): the possessor, as before.
    return _one_of(last, _CIRCLES)


def _one_of(noun: str, nouns: frozenset[str]) -> bool:
    """ "aide" or "aides" among ``nouns`` (given in the singular)."""
    return noun in nouns or (noun[-1:] == "s" and noun[:-1] in nouns)


def _named_after_office(rest: list[str], apposition: str) -> bool:
    """ "Ulm Bank's chief executive, Rosa Tam," "Ohio's secretary of state, Ann Lee": an office
    after the possessive and the name of its holder between the commas after it."""
    offices = [w.lower().rstrip(".") for w in rest]
    return (
        any(w in OFFICE_WORDS | _CIRCLES for w in offices)
        and _apposed_name(apposition.strip(" ,"))[0] is not None
    )


#: Kin and roles that name a person after a possessive ("Clinton's daughter Chelsea",
#: "Trump's running mate Mike Pence", "Obama's chief of staff Denis McDonough").
_KIN_AND_ROLES = words(
    """wife husband daughter son mother father sister brother niece nephew cousin spouse
    partner mate staff colleague friend ally opponent rival challenger successor
    predecessor"""
)


#: Those around a person who speak for themselves ("Lee's wife", "Lee's allies").
_CIRCLES = _KIN_AND_ROLES | words("family parent supporter allies")
#: Words that end the noun phrase after a possessive.
_PHRASE_ENDS = _PREPOSITIONS | RELATIVES


def _person_after_possessor(rest: list[str]) -> bool:
    """ "NBC's Dante Chinni" (a name of two or more words that is no body's: not "Trump's
    Justice Department"), "Lee's chief pollster Bo Chan" (an office or kin word before the
    name: not "Woodward's book Fear")."""
    k = len(rest)
    while k > 0 and name_like(rest[k - 1]):
        k -= 1
    if k == len(rest) or rest[-1].lower() in BODY_HEADS:
        return False
    if k == 0:
        return len(rest) >= 2
    before = rest[k - 1].lower()
    if before == "of" and k >= 2 and len(rest) - k >= 3:
        # "Ohio's Secretary of State Ann Lee": a department and its holder's full name.
        return rest[k - 2].lower().rstrip(".") in OFFICE_WORDS
    return before in OFFICE_WORDS or before in _KIN_AND_ROLES


#: Adjectives and participles whose phrase is what describes an unnamed source, so its
#: preposition is no trailing phrase to cut ("two people familiar | with the talks").
_NEEDS_ITS_OBJECT = frozenset({"familiar", "close", "knowledgeable", "briefed", "involved"})


#: Words that take a share of the group after "of" ("one of the officials", "Some of
#: my neighbours").
_PARTITIVES = words(
    "one two three four five six seven eight nine ten some most many several few all both each"
)


#: Nouns of a place that an apposition after them names ("in the Ostmark capital, Veldra").
_PLACES = words("capital city town village county province state region district country")


def _partitive(head_words: list[str], raw_words: list[str]) -> str | None:
    """ "one of the people", "Some of my neighbours": a share of an unnamed group speaks,
    named by the share and the group as printed (the quantifier in lower case: it opens
    the sentence, it is no name); None for any other phrase (and for "one of Lee's aides"
    or "one of the Lees", whose group has a name: read as before)."""
    if len(head_words) < 3 or head_words[0].lower() not in _PARTITIVES or head_words[1] != "of":
        return None
    rest = head_words[2:]
    group = rest[: _head_end(rest)]
    if (
        not group
        or any(name_like(w) for w in group)
        or any(w != r for w, r in zip(rest, raw_words[2:], strict=False))
    ):
        return None
    return " ".join([head_words[0].lower(), "of", *raw_words[2 : 2 + len(group)]])


def _head_end(words: list[str]) -> int:
    """Index after the head noun: the phrase is cut before a trailing prepositional phrase."""
    for index, word in enumerate(words):
        if index > 0 and words[index - 1].lower() in _NEEDS_ITS_OBJECT and word.lower() != "who":
            continue  # "people familiar with the talks", "a source close to the mayor"
        if index > 0 and word.lower() in {"with", "from", "at", "who", "whose", "in", "on"}:
            return index
        if index > 0 and word.lower() in {"of", "for"} and not name_like(words[index - 1]):
            # "analyst with …", "spokesman for …": the head is the word before.
            # "President of …" style titles stay whole through the name check above.
            return index
    return len(words)


def _office(
    title_words: list[str], apposition: str, registry: Registry, at: int
) -> tuple[str | None, OfficeStatus | None]:
    """An office from the words around a name: "former deputy secretary of state"."""
    for candidate in (title_words, apposition.split()):
        words = [_spelled_out(word) for word in candidate]
        status: OfficeStatus | None = None
        if words and words[0].lower() in {"who", "whom", "whose", "which"}:
            words, status = _office_of_relative(words)
        while words and words[0].lower() in _OFFICE_OPENERS:
            words.pop(0)  # "its president": the office is "president"
        kept: list[str] = []
        for word in words:
            lowered = word.lower().rstrip(",")
            parts = lowered.split("-")
            found = _STATUS.get(lowered) or next((_STATUS[p] for p in parts if p in _STATUS), None)
            if found and status is None:
                status = found  # type: ignore[assignment]
                rest = [p for p in word.split("-") if p.lower() not in _STATUS]
                if rest:
                    kept.append("-".join(rest))
                continue
            kept.append(word)
        # Leading names of people or places modify the office ("Trump senior defense
        # official"): drop known people so the office reads as a post.
        while (
            len(kept) > 1
            and name_like(kept[0])
            and not kept[1][:1].isupper()
            and registry.resolve(kept[0], at) is not None
        ):
            kept.pop(0)
        office_words = " ".join(kept).split(" and ")[0].split()
        if any(_office_noun(office_words, i) for i in range(len(office_words))):
            return " ".join(office_words).rstrip(","), status or "current"
    return None, None


#: The verbs of a set-off relative clause that say what someone is or was ("who was
#: Castrovia's deputy negotiator at the time", "who served as envoy until 2021"), by the
#: tenure they give; any other verb ("who met the president") names no office of theirs.
_RELATIVE_COPULAS: dict[tuple[str, ...], OfficeStatus] = {
    ("is",): "current",
    ("serves", "as"): "current",
    ("has", "been"): "current",
    ("is", "now"): "current",
    ("was",): "former",
    ("served", "as"): "former",
    ("had", "been"): "former",
    ("was", "then"): "former",
}
#: Words that end an office inside such a clause: its time or place ("until last year",
#: "at the time", "from 2018 to 2021", "in Hanoi").
_OFFICE_TAIL = words("until at from in since during between before after when under")


def _office_of_relative(words: list[str]) -> tuple[list[str], OfficeStatus | None]:
    """The office a set-off relative clause gives, with its tenure, or no words."""
    lowered = [word.lower().rstrip(",") for word in words[1:]]
    for verb, status in sorted(_RELATIVE_COPULAS.items(), key=lambda item: -len(item[0])):
        if tuple(lowered[: len(verb)]) == verb:
            rest = words[1 + len(verb) :]
            if rest and _verb_after_copula(rest[0]):
                return [], None  # "who is vying to be …", "who was named …", "who is not …"
            end = next(
                (i for i, w in enumerate(rest) if i > 0 and w.lower() in _OFFICE_TAIL), len(rest)
            )
            return rest[:end], status
    return [], None


def _verb_after_copula(word: str) -> bool:
    """A participle or "not" after "is"/"was": the clause tells what someone does or had
    done to them, not what office they hold."""
    lowered = word.lower()
    return lowered in {"not", "also", "still"} or (
        word.islower() and lowered.endswith(("ing", "ed")) and len(lowered) > 4
    )


def _spelled_out(word: str) -> str:
    """ "Gov." → "Governor", "Sen." → "Senator", "Lt." → "Lieutenant": an office's
    abbreviation spelled out, in the case printed."""
    full = _ABBREVIATED_OFFICES.get(word.lower())
    if full is None:
        return word
    return full.capitalize() if word[:1].isupper() else full


_ABBREVIATED_OFFICES = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "lt.": "lieutenant",
    "gen.": "general",
    "adm.": "admiral",
    "col.": "colonel",
    "sgt.": "sergeant",
    "atty.": "attorney",
    "supt.": "superintendent",
    "sec.": "secretary",
    "del.": "delegate",
    "amb.": "ambassador",
}


def _office_noun(office_words: list[str], i: int) -> bool:
    """An office's noun, not one that modifies a body ("executive council", "executive
    board")."""
    if office_words[i].lower().rstrip(",") not in OFFICE_NOUNS:
        return False
    after = office_words[i + 1].lower().rstrip(",") if i + 1 < len(office_words) else ""
    return after not in _BODIES_AFTER_OFFICE_WORDS


_BODIES_AFTER_OFFICE_WORDS = words("council board committee branch order session")


#: Offices "the … said" names too often an unnamed source by for it to mean a named
#: holder ("the official said", "the aide said").
_UNNAMED_OFFICES = words("official aide")


#: Words that make an office a lower one of the same noun ("vice president", "deputy
#: secretary"): "the president said" does not mean the vice president.
_LOWER_RANKS = words("vice deputy assistant associate lieutenant lt lt. under")


def _rank_before(office: list[str], at: int) -> str | None:
    """The lower rank before the office noun at ``at`` ("vice" in "vice president")."""
    return office[at - 1] if at > 0 and office[at - 1] in _LOWER_RANKS else None


class OfficeHolders:
    """Named people with an office, as read: whom "the president said" may mean. The last
    holder of each office noun, rank and status is kept, and whether someone else held it
    before, so that an unnamed source looks one up instead of walking back over every
    holder (quadratic on a long text)."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, str | None, str], Speaker] = {}
        #: Offices two different people held: "the mayor" could mean either.
        self._shared: set[tuple[str, str | None, str]] = set()

    def add(self, holder: Speaker) -> None:
        """Note ``holder`` as the last named person holding their office."""
        if holder.office is None:
            return
        office = holder.office.lower().split()
        status = holder.office_status or "current"
        for at, noun in enumerate(office):
            key = (noun, _rank_before(office, at), status)
            before = self._last.get(key)
            if before is not None and before.name != holder.name:
                self._shared.add(key)
            self._last[key] = holder

    def holder(self, speaker: Speaker) -> Speaker | None:
        """ "The president said" after "President Ann Lee said": the named person before
        whose office has that noun, of the same rank ("the president" is not "Vice
        President Bo Chan") and status ("the former governor" is no sitting governor), as
        "the Ohio Republican" means the person named last. None when two people held it
        ("Mayor Ana Ruiz and Mayor Bo Tran … the mayor said") and for any other source:
        one with words in capitals ("the Ohio governor" may be another state's), an
        indefinite one ("a senator") or an office too often an unnamed source's."""
        described = speaker.descriptor
        if speaker.named or speaker.joint or speaker.office is None or described is None:
            return None
        found = described.split()
        if (
            len(found) < 2
            or found[0] not in ("the", "The")
            or not all(w.islower() for w in found[1:])
        ):
            return None
        head = found[-1]
        if head not in OFFICE_NOUNS or head in _UNNAMED_OFFICES:
            return None
        rank = _rank_before(found, len(found) - 1)
        key = (head, rank, speaker.office_status or "current")
        return None if key in self._shared else self._last.get(key)
