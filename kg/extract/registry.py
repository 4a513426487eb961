"""The full names a text prints, by position, so that a later surname, title form or name
in capitals resolves to the nearest full form ("Schriver" → "Randall Schriver").

News text introduces a person once in full ("former Trump senior defense official Randall
Schriver") and then uses the surname or a pronoun.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from operator import attrgetter

from kg.extract.cues import LEXICON
from kg.extract.doc import Doc
from kg.extract.genders import (
    Gender,
    given_name_gender,
    honorific_gender,
    kin_gender,
    pronoun_after,
)
from kg.extract.names import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEWSPAPER_ENDS,
    OFFICE_WORDS,
    TITLES,
    acronym,
    is_body_name,
    name_like,
    particle_surname,
    strip_possessive,
)
from kg.extract.tokens import Token
from kg.extract.transcripts import ROLE_LABELS, label_colon, opens_paragraph
from kg.extract.wordsets import BODY_HEADS, PLACE_OPENERS, past_tense, words


def _initial(tokens: list[Token], j: int) -> bool:
    """A middle initial, split by the tokenizer into a capital and its dot ("J", ".")."""
    return (
        len(tokens[j].text) == 1
        and j + 2 < len(tokens)
        and tokens[j + 1].text == "."
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 2].is_cap
        and tokens[j + 2].start == tokens[j + 1].end + 1
    )


def _particle(tokens: list[Token], k: int, j: int) -> bool:
    """ "Bill ⟨de⟩ Blasio": a particle in lower case after the one given name of a run
    opened at ``k``, the surname's capital right after it ("Los Hijos de Trump", a
    title, has two words before it)."""
    return (
        j == k + 1
        and tokens[j].text in NAME_PARTICLES
        and j + 1 < len(tokens)
        and tokens[j + 1].start == tokens[j].end + 1
        and name_like(tokens[j + 1].text)
    )


def _after_office_of(tokens: list[Token], k: int) -> bool:
    """ "Secretary of ⟨k⟩", "Director of ⟨k⟩": a department's name opens here."""
    return (
        k >= 2
        and tokens[k - 1].lower in ("of", "for")
        and tokens[k - 2].lower.rstrip(".") in OFFICE_WORDS
        and tokens[k - 2].is_cap
    )


#: What a hyphenated word before a name tells of where the person comes from.
_ORIGINS = words("born based bred raised area")

#: Capitalised words that open a sentence or a headline and run into a name, no name's
#: first word ("Despite Lee's …", "Given Lee's …", "Top Lee aides", "Had Republicans …",
#: "Neither Lee nor Chan …", "Only Lee …"). Only dropped where they open a run (see
#: :func:`_without_opener`).
_OPENING_WORDS = words(
    """despite given top classic amid against during unlike toward towards per via had
    has have are is was were do don't don’t can would should could neither either nor
    not only"""
)


def _place_opener(tokens: list[Token], k: int) -> bool:
    """ "New ⟨k⟩": the run of names goes on from the word before, one space away."""
    return (
        k >= 1 and tokens[k - 1].text in PLACE_OPENERS and tokens[k - 1].end + 1 == tokens[k].start
    )


#: Labels of a party or a creed printed before a person's name ("Democrat Ann Lee",
#: "Republicans Lee and Chan"): no part of the name.
_PARTY_LABELS = words(
    """democrat democrats republican republicans independent conservative liberal
    progressive libertarian"""
)


def without_party_label(names: list[str], known: Callable[[list[str]], bool]) -> list[str]:
    """A run of names without the party's label that opens it, when a person's name
    follows: one that opens with a given name ("Democrat Ann Lee"), or one the text knows
    (``known``: printed on its own, or a surname of a full name printed: "Republican Lee"
    after "Bo Lee"). A body's name stays whole ("Republican Party", "Democrats Abroad")."""
    if len(names) < 2 or names[0].lower() not in _PARTY_LABELS:
        return names
    rest = names[1:]
    if rest[-1].lower() in BODY_HEADS or is_body_name(rest[-1]):
        return names
    person = (len(rest) > 1 and given_name_gender(rest[:1]) is not None) or known(rest)
    return rest if person else names


#: Kin words that print a relative's name after them ("his wife, Ann Lee").
_KIN = words(
    """wife husband son daughter mother father brother sister sons daughters children
    spouse widow widower"""
)


def _after_kin(tokens: list[Token], k: int) -> bool:
    """Whether the run of names at token ``k`` follows a kin word, with or without a
    comma and titles between ("his wife, Ann Lee", "Lee's son Bo Lee", "her husband,
    former President Bo Lee")."""
    before = _kin_before(tokens, k)
    return before >= 0 and tokens[before].lower in _KIN


def _kin_before(tokens: list[Token], k: int) -> int:
    """Where a kin word before the run of names at token ``k`` would be: past titles and
    one comma (-1 at the text's start)."""
    before = k - 1
    while before >= 0 and (tokens[before].lower in TITLES or tokens[before].text == "."):
        before -= 1
    if before >= 0 and tokens[before].text == ",":
        before -= 1
    return before


#: Words that open a kin apposition after a name ("Bo Lee, his son,", "Bo Lee, the son
#: of …").
_KIN_OWNERS = words("his her their the")


def _kin_after(tokens: list[Token], j: int) -> bool:
    """Whether the run of names that ends before token ``j`` is followed by a kin
    apposition ("Bo Lee, his son, …", "Bo Lee, the son of Ann Lee"): a relative too."""
    return (
        j + 2 < len(tokens)
        and tokens[j].text == ","
        and tokens[j + 1].lower in _KIN_OWNERS
        and tokens[j + 2].lower in _KIN
    )


def _without_opener(names: list[str]) -> list[str]:
    """ "Despite Lee" → "Lee" (no run), "Top Ann Lee" → "Ann Lee" (see
    :data:`_OPENING_WORDS`): a later "Lee" resolves to no such run. Not in headlines,
    whose capitals run on ("Could Lee Be Next" is no "Lee Be Next")."""
    if names and names[0].lower() in _OPENING_WORDS and given_name_gender(names[:1]) is None:
        return names[1:]
    return names


def _participle(word: str) -> bool:
    """ "Following", "Joining", "Watching": a verb's "-ing" form, no given name."""
    return len(word) > 5 and word.endswith("ing") and given_name_gender([word]) is None


def _capitalised_inside(tokens: list[Token], opens: set[int], headlines: set[int]) -> set[str]:
    """The capitalised words the text prints inside a sentence of its body (not opening
    one, at ``opens``, nor in a title-case headline): a name's words, no opener's."""
    return {
        token.text
        for k, token in enumerate(tokens)
        if token.is_cap and k not in opens and token.para not in headlines
    }


def holder_size(run: list[str]) -> int:
    """How many last words of a run of names after an office's "of" name its holder when
    nothing else tells: two, three with a middle initial, one more for "Jr."."""
    suffix = 1 if len(run) > 2 and run[-1].lower() in NAME_SUFFIXES else 0
    run = run[: len(run) - suffix]
    return suffix + (3 if len(run) >= 4 and len(run[-2].rstrip(".")) == 1 else 2)


def _headline_verb(tokens: list[Token], j: int) -> bool:
    """A verb of the cue lexicon in a title-case headline: inflected ("Wants", "Recalls",
    "Vowed"), or a base form after a plural ("Officials Doubt"). A name stops before it."""
    word = tokens[j].text.lower()
    cue = LEXICON.get(word)
    if cue is None or cue.frame == "noun":
        return False
    if (word.endswith("s") and not word.endswith("ss")) or past_tense(word):
        return True
    before = tokens[j - 1].text.lower()
    return before.endswith("s") and not before.endswith("ss")


def _title_case_paragraphs(tokens: list[Token]) -> set[int]:
    """Paragraphs (headlines) where nearly every word of four or more letters is
    capitalised: their runs of capitals are no names."""
    # Counters fed by comprehensions: this runs over every token of every text.
    long_words = [
        token
        for token in tokens
        if token.is_word and len(token.text) >= 4 and token.text[0].isalpha()
    ]
    totals = Counter(map(attrgetter("para"), long_words))
    caps = Counter(token.para for token in long_words if token.is_cap)
    return {para for para, total in totals.items() if total >= 3 and caps[para] >= 0.8 * total}


def _honorific_before(tokens: list[Token], k: int) -> Gender | None:
    """ "Mrs. Ann Lee", "Mr Bo Chan": the honorific printed right before a full name; or
    the kin word that names a relative ("her son, Bo Lee"), which says as much. The kin
    word matters most where a pronoun after the name means someone else: "Her son, Bo
    Lee, said she had died" is no woman."""
    if k >= 2 and tokens[k - 1].text == ".":
        return honorific_gender(tokens[k - 2].text)
    if k >= 1 and (found := honorific_gender(tokens[k - 1].text)):
        return found
    before = _kin_before(tokens, k)
    return kin_gender(tokens[before].text) if before >= 0 else None


#: How far back "the agency" looks for the body it means (about two sentences).
_BODY_WINDOW = 400
#: Kinds of body named "the Ministry of …" (see :meth:`Registry._note_body_of`).
_OF_BODY_HEADS = words("ministry department commission committee council office bureau")
#: Last words of newspapers' names (each a body's name alone: see
#: :func:`kg.extract.names.is_body_name`).
_NEWSPAPERS = words("times post journal") | NEWSPAPER_ENDS
#: Kinds of body a text names once and then calls by its kind anywhere after ("told the
#: newspaper" pages after "The Dunmore Gazette first reported"): no window. "The paper"
#: may be a study's, so it keeps to the window.
_OUTLET_KINDS = frozenset({"newspaper"})
_GROUPS = words(
    """foundation center centre institute association council committee coalition fund
    network alliance federation union group organization society league caucus"""
)
#: Which bodies' names "the agency", "the group" … may mean, by their last word ("" for
#: initials: "the FBI … the agency"). Each is a body's name by its last word alone (see
#: :func:`kg.extract.names.is_body_name`), so the speaker is typed as it is elsewhere.
BODY_KINDS: dict[str, frozenset[str]] = {
    "agency": words("department agency office bureau administration service commission") | {""},
    "group": _GROUPS | {""},
    "organization": _GROUPS | {""},
    "company": words("company corporation corp inc holdings industries technologies motors"),
    # "The Ministry of Fisheries … The ministry said"
    "ministry": words("ministry"),
    "department": words("department"),
    "commission": words("commission"),
    "committee": words("committee"),
    "council": words("council"),
    # "The Dunmore Gazette … told the newspaper": see _OUTLET_KINDS.
    "newspaper": _NEWSPAPERS,
    "paper": _NEWSPAPERS,
}
BODY_KIND_HEADS = frozenset().union(*BODY_KINDS.values()) - {""}


def _other_use(noun: str, between: str) -> bool:
    """ "among the group of voters …, the high-earning group …. The group also views":
    the noun used in between other than as "the group" means something else."""
    for match in re.finditer(rf"(\w+)?\W+{noun}\b(\s+of\b)?", between, re.IGNORECASE):
        if match.group(1) is None or match.group(1).lower() != "the" or match.group(2):
            return True
    return False


def _append(index: _Index, key: str, start: int, full: str) -> None:
    starts, names = index.setdefault(key, ([], []))
    starts.append(start)
    names.append(full)


_Index = dict[str, tuple[list[int], list[str]]]
#: The tiers of :attr:`Registry._indexes` (each a pair: by surname, by first word).
_BODY, _CAPITALS, _HEADLINES = 0, 2, 4
#: A capital "The" after a lowercase word or a comma, colon or semicolon: inside a sentence.
_INSIDE_THE = r"[a-z,:;]\s+The "


def _label_name(label_words: list[str]) -> list[str] | None:
    """ "JAKE TAPPER" → ["Jake", "Tapper"]: a transcript's label of two or more words in
    capitals, title-cased, when each word is a name's ("UNIDENTIFIED MALE", "STAT OF THE
    WEEK" are none)."""
    names = [w.capitalize() for w in label_words]
    if len(names) < 2 or not all(name_like(n) and n.lower() not in ROLE_LABELS for n in names):
        return None
    return names


#: A run of names: its first token, the token after it, its words, whether a headline
#: prints it, and the capitalised word dropped before it, if any (see
#: :func:`_without_openers`).
_Run = tuple[int, int, list[str], bool, str | None]


def _surname_key(names: list[str]) -> str:
    """The key a run of names is indexed under: its surname, without "Jr."."""
    if len(names) > 2 and names[-1].lower() in NAME_SUFFIXES:
        return names[-2].lower()
    return names[-1].lower()


def _after_names(tokens: list[Token], k: int, count: int = 1) -> int:
    """The token after ``count`` names printed from ``k`` on (two tokens for an initial, "J"
    "."): where a run starts once its first words are dropped, so that its start is the
    name's own."""
    for _ in range(count):
        k += 2 if _initial(tokens, k) else 1
    return k


def _without_party_labels(tokens: list[Token], runs: list[_Run]) -> list[_Run]:
    """The runs of names without a party's label before a person's name (see
    :func:`without_party_label`); a run left with one word is none."""
    printed = {" ".join(names) for _, _, names, _, _ in runs}
    surnames = {names[-1] for _, _, names, _, _ in runs if names[0].lower() not in _PARTY_LABELS}

    def known(rest: list[str]) -> bool:
        return " ".join(rest) in printed if len(rest) > 1 else rest[0] in surnames

    kept: list[_Run] = []
    for k, j, names, headline, dropped in runs:
        rest = without_party_label(names, known)
        if len(rest) >= 2:
            start = k if rest is names else _after_names(tokens, k)
            kept.append((start, j, rest, headline, dropped))
    return kept


def _without_openers(
    tokens: list[Token], runs: list[_Run], in_lower_case: Callable[[str], bool]
) -> list[_Run]:
    """The runs of names without a capitalised word that only runs into a name: "Rival Ann
    Lee", "the Real Ann Lee", "Despite Lee", "See Lee's …". Where another full name shares
    the surname, so that the nearest full name before a later "Lee" is a person's, not
    such a run; a run left with one word is none. Elsewhere only a word that describes the
    person (see :func:`describes_name`). The word dropped stays a key of the name left
    ("Pastor Ann Lee … the Pastor said")."""
    by_key: dict[str, set[str]] = {}
    for _, _, names, _, _ in runs:
        by_key.setdefault(_surname_key(names), set()).add(" ".join(names))
    shared = {key for key, fulls in by_key.items() if len(fulls) > 1}
    kept: list[_Run] = []
    for k, j, names, headline, _ in runs:
        key = _surname_key(names)
        dropped = None
        trimmed = names
        if key in shared:
            trimmed = _trimmed(names, by_key[key], in_lower_case)
        elif not headline and describes_name(names, in_lower_case):
            trimmed = names[1:]
        if trimmed is not names:
            if len(trimmed) < 2:
                continue
            if trimmed != names:
                dropped, k = names[0], _after_names(tokens, k, len(names) - len(trimmed))
                names = trimmed
        kept.append((k, j, names, headline, dropped))
    return kept


def describes_name(names: list[str], in_lower_case: Callable[[str], bool]) -> bool:
    """ "Comedian Ann Lee", "Rival Bo Chan": the first of three or more capitalised words
    is no given name, the text prints it in lower case too, and a given name follows it:
    it describes the person named after it (a title capitalised), no part of the name."""
    return (
        len(names) >= 3
        and given_name_gender(names[:1]) is None
        and given_name_gender(names[1:2]) is not None
        and in_lower_case(names[0].lower())
    )


def _trimmed(
    names: list[str], printed: set[str], in_lower_case: Callable[[str], bool]
) -> list[str]:
    """The name without its first word when that word is no given name and either the
    rest is printed as a name of its own and opens with a given name ("Rival Ann Lee" →
    "Ann Lee"; "Kim Jong Un" stays whole though "Jong Un" is printed too), or the word is
    printed in lower case elsewhere ("Despite Lee" → "Lee": "despite")."""
    first = names[0]
    if given_name_gender([first]) is not None:
        return names
    common = in_lower_case(first.lower())
    for start in range(1, len(names) - 1):
        rest = names[start:]
        if " ".join(rest) in printed and (common or given_name_gender(rest[:1]) is not None):
            return rest
    return names[1:] if common else names


class Registry:
    """Full names (two to four name-like capitalised words) by position in the text, keyed
    by surname and by first word. A surname wins over a first word ("Trump" is Donald Trump,
    not the Trump Tower printed nearer); a name ends at a possessive ("Obama's Republican
    critics" names no "Obama Republican"); a headline's capitals are the last resort
    ("Trump Just Announced …" is a name only when the text has no other Trump)."""

    def __init__(self, doc: Doc | None = None) -> None:
        """The names ``doc`` prints; with no text, a registry that knows no names (a
        surname stays as printed)."""
        #: Keys (surname, then first word) → starts and full names, in order of the text:
        #: from the body of the text first, then from a transcript's labels in capitals
        #: ("JAKE TAPPER:" as Jake Tapper), then from title-case headlines.
        self._indexes: tuple[_Index, ...] = ({}, {}, {}, {}, {}, {})
        self._names: set[str] = set()
        #: Full names whose gender the text or the given name tells (see
        #: :mod:`kg.extract.genders`).
        self._genders: dict[str, Gender] = {}
        #: Where full names are printed as someone's kin ("his wife, Ann Lee").
        self._kin: set[int] = set()
        #: Bodies' names printed in the body of the text, by start: the name, its last
        #: word ("" for initials) and where it ends, for "the agency said" (see
        #: :meth:`body_before`).
        self._text = doc.text if doc is not None else ""
        self._body_starts: list[int] = []
        self._bodies: list[tuple[str, str, int]] = []
        #: A transcript's labels (when it has two or more): where each starts, and those
        #: of several words in capitals by their full name ("JAKE TAPPER" → Jake Tapper).
        self._label_starts: set[int] = set()
        self._capitals: dict[str, str] = {}
        self._tokens = doc.tokens if doc is not None else []
        #: The words the text prints in lower case, read when first asked for.
        self._lower_words: set[str] | None = None
        #: The words the text prints after a capital "The" inside a sentence, read when
        #: first asked for (see :meth:`names_with_the`).
        self._after_the: set[str] | None = None
        if doc is not None:
            self._read(doc)

    def _read(self, doc: Doc) -> None:
        """Index the runs of names, bodies, transcript labels and genders ``doc`` prints."""
        labels: list[tuple[int, int]] = []
        #: Each full name printed in the body: its first token, the token after it, itself.
        mentions: list[tuple[int, int, str]] = []
        #: Capitalised words that open a run (where a pronoun's search for its name stops).
        capitals: list[int] = []
        #: Each run of two to four names (see :data:`_Run`).
        runs: list[_Run] = []
        tokens = doc.tokens
        count = len(tokens)
        headlines = _title_case_paragraphs(tokens)
        after_run = 0  # the first token after the last run of names read
        opens = {start for start, _ in doc.sentences}
        #: Capitalised words printed inside a sentence, read when first needed.
        inside: set[str] | None = None
        # Only capitalised tokens open a run: picking them out first skips the rest fast.
        for k in [k for k, token in enumerate(tokens) if token.is_cap]:
            if k < after_run:
                continue
            capitals.append(k)
            if tokens[k].lower in _OF_BODY_HEADS and tokens[k].para not in headlines:
                self._note_body_of(tokens, k)
            if tokens[k].text[1:2].isupper():
                self._note_initials(tokens, k, headlines)
                colon = label_colon(tokens, k) if opens_paragraph(tokens, k) else None
                if colon is not None:
                    labels.append((k, colon))
            if not name_like(tokens[k].text):
                continue
            in_headline = tokens[k].para in headlines
            if (
                in_headline
                and k > 0
                and tokens[k - 1].para == tokens[k].para
                and _headline_verb(tokens, k)
            ):
                continue  # nor does a name start at it
            names: list[str] = []
            j = k
            while (
                j < count
                and tokens[j].is_word
                and (name_like(tokens[j].text) or _particle(tokens, k, j))
            ):
                if j > k and tokens[j].start - tokens[j - 1].end > 1:
                    break
                if in_headline and j > k and _headline_verb(tokens, j):
                    break  # "Kim Wants Peace", "Officials Doubt Progress": no names
                if _initial(tokens, j):
                    names.append(tokens[j].text + ".")  # "Donald J. Trump"
                    j += 2
                    continue
                names.append(strip_possessive(tokens[j].text))
                j += 1
                if names[-1] != tokens[j - 1].text:
                    break  # "Obama's Republican critics": the name ends at the possessive
            if (len(names) < 2 and not _place_opener(tokens, k)) or particle_surname(names):
                # A lone capitalised word ("The", "Lee"), the most common case, makes no
                # run: the cuts below only shorten it.
                after_run = max(j, k + 1)
                continue
            first = k
            if _after_office_of(tokens, k):
                # "Secretary of State John Kerry": the run holds the department's name too.
                holder = names[len(names) - holder_size(names) :] if len(names) > 2 else []
                names, first = holder, _after_names(tokens, first, len(names) - len(holder))
            elif _place_opener(tokens, k):
                names.insert(0, tokens[k - 1].text)  # "New York Times", not "York Times"
                first = k - 1
            origin = [i for i, name in enumerate(names) if name.rpartition("-")[2] in _ORIGINS]
            if origin:
                # "South Korean-born Monte Haines"
                names, first = names[origin[-1] + 1 :], _after_names(tokens, first, origin[-1] + 1)
            headline = tokens[k].para in headlines
            if not headline and len(trimmed := _without_opener(names)) < len(names):
                names, first = trimmed, _after_names(tokens, first)
            elif not headline and names and first in opens and _participle(names[0]):
                # "Following Lee on stage, …", "Joining Lee were …": the participle opens
                # the sentence, unless the text prints it capitalised elsewhere too (a
                # given name: "Irving").
                if inside is None:
                    inside = _capitalised_inside(tokens, opens, headlines)
                if names[0] not in inside:
                    names, first = names[1:], _after_names(tokens, first)
            if 2 <= len(names) <= 4:
                runs.append((first, j, names, headline, None))
                if not headline and names[-1].lower() in BODY_KIND_HEADS:
                    span = (tokens[first].start, tokens[j - 1].end)
                    self._note_body(span, " ".join(names), names[-1].lower())
            after_run = max(j, k + 1)
        runs = _without_party_labels(tokens, runs)
        for k, j, names, headline, dropped in _without_openers(tokens, runs, self.in_lower_case):
            tier = _HEADLINES if headline else _BODY
            self._add(tokens[k].start, names, tier=tier)
            if dropped is not None:
                _append(self._indexes[tier + 1], dropped.lower(), tokens[k].start, " ".join(names))
            if not headline:
                mentions.append((k, j, " ".join(names)))
                if _after_kin(tokens, k) or _kin_after(tokens, j):
                    self._kin.add(tokens[k].start)
        if len(labels) >= 2:
            self._note_labels(tokens, labels)
        self._read_genders(doc, mentions, capitals)

    def _note_labels(self, tokens: list[Token], labels: list[tuple[int, int]]) -> None:
        """A transcript's labels: a full name in capitals ("JAKE TAPPER:") is indexed in
        the form the text prints in running text, else title-cased, so that a later
        "TAPPER:" resolves to it."""
        printed = {name.lower(): name for name in self._names}
        for k, colon in labels:
            self._label_starts.add(tokens[k].start)
            label_words = [tokens[j].text for j in range(k, colon)]
            names = _label_name(label_words)
            if names is None:
                continue
            full = printed.get(" ".join(names).lower())
            if full is not None:
                names = full.split()
            self._capitals[" ".join(label_words)] = " ".join(names)
            self._add(tokens[k].start, names, tier=_CAPITALS)

    def _add(self, start: int, names: list[str], *, tier: int) -> None:
        full = " ".join(names)
        if len(names) > 2 and names[-1].lower() in NAME_SUFFIXES:
            names = names[:-1]
        self._names.add(full)
        by_surname, by_first = self._indexes[tier : tier + 2]
        _append(by_surname, names[-1].lower(), start, full)
        if names[-1].lower() not in BODY_HEADS:
            # "Kim" is Kim Jong Un; "Trump" is not Trump University.
            _append(by_first, names[0].lower(), start, full)

    def _note_initials(self, tokens: list[Token], k: int, headlines: set[int]) -> None:
        """Initials printed outside headlines name a body ("the FBI … the agency")."""
        word = strip_possessive(tokens[k].text)
        if acronym(word) and tokens[k].para not in headlines:
            self._note_body((tokens[k].start, tokens[k].end), word, "")

    def _note_body_of(self, tokens: list[Token], k: int) -> None:
        """ "the Ministry of Fisheries", "the Department of Energy": a body named by its
        kind and what it is of, which "the ministry" means later."""
        j = k + 1
        if j >= len(tokens) or tokens[j].lower not in {"of", "for", "on"}:
            return
        j += 1
        while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word:
            j += 1
            joined = j + 1 < len(tokens) and tokens[j].text in {"and", "&"}
            if joined and tokens[j + 1].is_cap:
                j += 1  # "the Department of Health and Human Services"
        if j > k + 2:
            name = " ".join(tokens[m].text for m in range(k, j))
            self._note_body((tokens[k].start, tokens[j - 1].end), name, tokens[k].lower)

    def _note_body(self, span: tuple[int, int], name: str, head: str) -> None:
        self._body_starts.append(span[0])
        self._bodies.append((name, head, span[1]))

    def body_before(self, noun: str, at: int) -> str | None:
        """The body "the agency" (``noun``) means: the nearest body's name of that kind
        ("Congressional Budget Office", "FBI") printed in the few hundred characters
        before ``at``; None when there is none, or when the noun is used for something
        else in between ("the group of voters")."""
        fits = BODY_KINDS.get(noun)
        if fits is None:
            return None
        index = bisect.bisect_left(self._body_starts, at) - 1
        window = at if noun in _OUTLET_KINDS else _BODY_WINDOW
        while index >= 0 and self._body_starts[index] >= at - window:
            name, head, end = self._bodies[index]
            if head in fits:
                between = self._text[end:at]
                return None if _other_use(noun, between) else name
            index -= 1
        return None

    def _read_genders(
        self, doc: Doc, mentions: list[tuple[int, int, str]], capitals: list[int]
    ) -> None:
        """Tell each full name's gender by its given name, else by the honorifics printed
        with it ("Mrs. Ann Lee") and the pronouns that follow it, by majority. Every name
        needs it, not only those that share a surname: a later "she" is no man named
        alone ("Bernie Sanders … she said")."""
        if not mentions:
            return
        tokens = doc.tokens
        stops: list[int] | None = None
        votes: dict[str, list[int]] = {}
        in_full = {start for start, _, _ in mentions}
        surnames = self._surname_mentions(tokens, in_full, capitals)
        for start, end, full in [*mentions, *surnames]:
            if full in self._genders:
                continue
            given = given_name_gender(full.split())
            if given is not None:
                self._genders[full] = given
                continue
            tally = votes.setdefault(full, [0, 0])
            honorific = _honorific_before(tokens, start)
            if stops is None:
                stops = self._name_stops(tokens, capitals)
            stop = bisect.bisect_left(stops, end)
            limit = stops[stop] if stop < len(stops) else len(tokens)
            if end - start == 1 and start not in in_full:
                # A surname alone: only its own sentence ("Lee wrote, and she left"); the
                # next one's "she said" is as often another speaker's.
                limit = min(limit, doc.sentence_bounds(start)[1])
            found = honorific or pronoun_after(doc, end, limit)
            if found is not None:
                tally[found == "m"] += 1
        for full, (women, men) in votes.items():
            if women != men and full not in self._genders:
                self._genders[full] = "f" if women > men else "m"

    def _surname_mentions(
        self, tokens: list[Token], in_full: set[int], capitals: list[int]
    ) -> list[tuple[int, int, str]]:
        """A surname printed alone ("Lee wrote"), as a mention of the one full name of the
        text that bears it: the pronoun after it ("Lee wrote. … she wrote") tells that
        person's gender as one after the full name does. Not for a surname two full names
        share: which of them it means is what the gender is asked for. ``in_full``: where
        full names start."""
        by_surname = self._indexes[_BODY]
        # The one full name of each surname, once per surname: its entry lists every
        # mention, so reading it again for each surname printed alone is quadratic.
        sole: dict[str, str | None] = {}
        found: list[tuple[int, int, str]] = []
        for k in capitals:
            if k in in_full or (k + 1 < len(tokens) and tokens[k + 1].is_cap):
                continue
            key = strip_possessive(tokens[k].lower)
            if key not in sole:
                fulls = set(by_surname[key][1]) if key in by_surname else set()
                sole[key] = next(iter(fulls)) if len(fulls) == 1 else None
            if (full := sole[key]) is not None:
                found.append((k, k + 1, full))
        return found

    def _not_kin(
        self, starts: list[int], names: list[str], index: int, gender: Gender | None
    ) -> str | None:
        """The nearest full name sharing the surname not printed as someone's kin there
        ("his wife, Ann Lee"), of the ``gender`` asked for if any ("Mr. Lee"): a bare
        "Lee" after it means the one the story is about. None when there is no other."""
        order = [*range(index - 1, -1, -1), *range(index, len(names))]
        return next(
            (
                names[i]
                for i in order
                if starts[i] not in self._kin
                and (gender is None or self._genders.get(names[i], gender) == gender)
            ),
            None,
        )

    def gender_of(self, full: str) -> Gender | None:
        """A full name's gender as the text or its given name tells, if either does."""
        return self._genders.get(full) or given_name_gender(full.split())

    def _name_stops(self, tokens: list[Token], capitals: list[int]) -> list[int]:
        """Where a name is printed (in full, or a key of one: "Lee"): a pronoun after it
        more likely means that one than a name before."""
        keys = self._indexes[0].keys() | self._indexes[1].keys()
        return [k for k in capitals if strip_possessive(tokens[k].lower) in keys]

    def in_lower_case(self, word: str) -> bool:
        """Whether the text prints ``word`` in lower case somewhere ("police")."""
        if self._lower_words is None:
            # map and filter keep the pass over every token in C.
            self._lower_words = set(filter(str.islower, map(attrgetter("text"), self._tokens)))
        return word in self._lower_words

    def names_with_the(self, word: str) -> bool:
        """Whether the text prints ``word`` after a capital "The" inside a sentence
        ("reported by The Hill"): the name of an outlet or a body, as no person's surname
        is printed, whoever else bears it. A given name is a person's ("the Donald")."""
        if given_name_gender([word]) is not None:
            return False
        if not word.isalnum():  # "O'Neill": no single word of the set; rare, so searched
            return re.search(rf"{_INSIDE_THE}{re.escape(word)}\b", self._text) is not None
        if self._after_the is None:
            # One pass over the text, not one per speaker (quadratic on a long text).
            found = re.finditer(rf"(?={_INSIDE_THE}(\w+))", self._text)  # overlapping
            self._after_the = {match.group(1) for match in found}
        return word in self._after_the

    def labels_turn(self, at: int) -> bool:
        """Whether a transcript's label ("LEE:") starts at character ``at``."""
        return at in self._label_starts

    def in_capitals(self, printed: str) -> str | None:
        """The full name a transcript's label of several words in capitals prints
        ("JAKE TAPPER" → "Jake Tapper"), if the text has it."""
        return self._capitals.get(printed)

    @classmethod
    def empty(cls) -> Registry:
        """A registry that knows no names (a surname stays as printed)."""
        return cls()

    def first_person(self, before: int, besides: str | None = None, after: int = 0) -> str | None:
        """The person the text names first, from character ``after`` and before character
        ``before`` (bodies' names and ``besides`` aside): whom an interview is with
        ("Q&A with Vice President Joe Biden")."""
        found = [
            (start, full)
            for index in self._indexes[::2]
            for starts, names in index.values()
            for start, full in zip(starts, names, strict=True)
            if after <= start < before and full != besides and not is_body_name(full)
        ]
        return min(found)[1] if found else None

    def knows(self, full: str) -> bool:
        """Whether ``full`` is printed in the text as a name of its own."""
        return full in self._names

    def resolve(self, short: str, at: int, gender: Gender | None = None) -> str | None:
        """The full name whose surname (or, failing that, first word) is ``short``, nearest
        before ``at`` (or first after it). With a ``gender`` (from "Mrs." or "Mr."), the
        nearest such name not known to be of the other gender: "Mrs. Clinton" after
        Hillary and then Bill Clinton is Hillary Clinton."""
        key = short.lower()
        # A body's word ("Republicans", "House") is the last word of the names it may
        # mean, never the first ("Republicans Finally Confirmed …" in a headline).
        indexes = self._indexes[::2] if key in BODY_HEADS else self._indexes
        found = next((index[key] for index in indexes if key in index), None)
        if not found:
            return None
        starts, names = found
        index = bisect.bisect_right(starts, at)
        nearest = names[index - 1] if index > 0 else names[0]
        if index > 0 and starts[index - 1] in self._kin:
            return self._not_kin(starts, names, index, gender) or nearest
        if gender is None or self._genders.get(nearest, gender) == gender:
            return nearest
        # Nearest first: back from ``at``, then on after it. None when every name is of
        # the other gender: "Mr. Obama" where only Michelle Obama is printed in full is
        # someone the text does not name in full.
        order = [*reversed(names[:index]), *names[index:]]
        return next((name for name in order if self._genders.get(name, gender) == gender), None)
