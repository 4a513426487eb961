"""A small hand-written domain lexicon: words an analyst uses for what the graph names
otherwise.

The graph's names are the article's words ("Hanoi Summit", "renewed talks", "national
security advisor"); questions paraphrase them ("the Vietnam meeting", "talks resuming",
"national security adviser"). :func:`word_bag` reduces a run of words to a set of canonical
stems so that both sides compare equal regardless of word order, spelling variant, plural,
demonym or synonym. :data:`COUNTRY_OF_PLACE` says which country a place lies in, so an event
can be named by its country. :data:`SEARCH_SYNONYMS` widens the word search over statement
texts. Everything here is general vocabulary about diplomacy and the Koreas, never the
answer to a particular question.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.vocabulary import KIND_WORDS


def _groups(text: str) -> dict[str, str]:
    """``"canon: word word; other: word"`` → ``{"word": "canon", "canon": "canon", …}``."""
    result: dict[str, str] = {}
    for group in text.split(";"):
        if ":" in group:
            canon, words = group.split(":", 1)
            canon = canon.strip()
            result[canon] = canon
            result.update(dict.fromkeys(words.split(), canon))
    return result


#: Phrases first rewritten into other words ("demilitarized zone" is "dmz").
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("demilitarized", "zone"): ("dmz",),
    ("demilitarised", "zone"): ("dmz",),
    ("united", "states"): ("us",),
    ("u", "s"): ("us",),
    ("rok",): ("south", "korea"),
    ("dprk",): ("north", "korea"),
    ("pull", "out"): ("withdraw",),
    ("pulled", "out"): ("withdraw",),
    ("pulling", "out"): ("withdraw",),
    ("pulls", "out"): ("withdraw",),
    # Troops "brought home" are withdrawn.
    ("bring", "home"): ("withdraw",),
    ("brought", "home"): ("withdraw",),
    ("bringing", "home"): ("withdraw",),
}

#: Words of one meaning, each mapped to one canonical word (after plurals are removed).
SYNONYMS = _groups(
    """
    summit: meeting summitry;
    talk: talks negotiation negotiations negotiate diplomacy dialogue engagement;
    renewed: renew renewal resume resumed resuming resumption restart restarted restarting
        revive revived reviving reopen reopened future upcoming new fresh;
    troop: troops force forces soldier soldiers;
    advisor: adviser;
    negotiator: negotiating;
    withdraw: withdrawal withdrawn withdrawing withdrew removal remove removed removing
        leave leaving;
    eliminate: eliminating elimination scrap scrapping dismantle dismantling;
    denuclearization: denuclearisation denuclearize denuclearise denuclearizing
        denuclearising;
    representative: envoy emissary;
    war: conflict;
    us: american america washington;
    korea: korean koreans;
    vietnam: vietnamese;
    ukraine: ukrainian;
    russia: russian;
    china: chinese;
    japan: japanese;
    progressive: leftist left liberal;
    government: administration regime;
    election: vote race reelection victory win;
    dmz: border;
    leader: ruler dictator autocrat strongman;
    laboratory: lab;
    study: report paper research;
    memoir: book autobiography memoirs;
    letter: missive;
    defense: defence pentagon;
    """
)

#: Words a name may have or lack without naming something else: articles, prepositions and
#: time qualifiers ("the previous talks" are "the talks"; "the former government" is the one
#: the article calls progressive).
IGNORED = frozenset(
    """the a an of in on at to for from by with and s former previous past ex then
    earlier old will would could might may should can""".split()
)

#: Which country a place of the graph lies in (normalized names). Lets "the Vietnam summit"
#: and "in Vietnam" name the event held in Hanoi.
COUNTRY_OF_PLACE = {
    "hanoi": "vietnam",
    "singapore": "singapore",
    "pyongyang": "north korea",
    "yongbyon": "north korea",
    "kangson": "north korea",
    "korean demilitarized zone": "korea",
    "seoul": "south korea",
    "panmunjom": "korea",
}

#: Word beginnings searched instead of a question's word: what the article may say for it
#: ("nuclear weapons" → "nukes", "capitulation" → "surrender"). Keys are word beginnings as
#: :func:`stem_for_search` makes them; the first alternative is the likeliest; "_" joins the
#: words of a phrase searched as one ("false_picture").
SEARCH_SYNONYMS: dict[str, tuple[str, ...]] = {
    key.strip(): tuple(w.replace("_", " ") for w in words.split())
    for line in """
    weapon: nuke arsenal
    nuke: nuclear
    atomic: nuclear nuke
    arsenal: nuclear nuke weapon
    troop: forces soldier military
    soldier: troop forces military
    force: troop military
    forecast: predict likely
    predict: likely
    blame: fingers misread fault
    criticis: fingers misread false_picture
    criticiz: fingers misread false_picture
    talk: negotiat diplomacy
    negotiat: talk diplomacy
    summit: meeting
    meeting: summit
    denucleariz: nuclear
    elect: return_to_power
    agreement: deal bargain
    accord: deal
    pact: deal
    capitulat: surrender concede
    surrender: capitulat concede
    concede: concession surrender
    erratic: predictable
    unpredictab: predictable
    unbound: constrain
    norm: convention
    television: news
    cable: news
    glued: watching constantly
    leftist: progressive
    liberal: progressive
    restart: re-engage resum renew return
    revive: re-engage resum renew return
    resum: re-engage renew return
    humiliat: humiliation angry
    unhappy: happy
    rush: hurry
    misjudg: misread
    mislead: false_picture misread
    furious: angry wrath
    eager: desperate hot_to_trot
    keen: desperate hot_to_trot
    badly: desperate
    desperat: eager hot_to_trot
    assum: thought believ
    supposed: thought
    agree: align
    settle: accept
    misled: false_picture misread convince
    deceiv: false_picture convince
    again: re-engage return renew resum
    permanent: dna
    unconvention: convention predictable
    unorthodox: convention predictable
    strong: advanced capabilit strength
    powerful: advanced capabilit strength
    distract: watching preoccupied
    leave: out withdraw
    priorit: issue
    interpret: read
    army: military
    shift: break change
    satisf: happy
    withdraw: out
    disaster: disastr
    anger: angry wrath
    """.strip().splitlines()
    for key, words in [line.split(":", 1)]
}


#: Groups of word beginnings of one meaning in political news, each searched for any other
#: (after the alternatives above): a paraphrase may use any of them for any other.
SEARCH_GROUPS = """
    capitulat surrender concede yield
    delight happy glad welcom
    soldier troop forces military
    leav left withdraw out
    ploy tactic feint gambit bargaining_chip leverage
    hostil aggress enmity
    bloc allian coalition
    abandon break shift
    grow gain expand
    past previous earlier
    diplomac negotiat talk
"""


def _add_groups(synonyms: dict[str, tuple[str, ...]], groups: str) -> None:
    """Add each member of each group of ``groups`` (one a line) to the alternatives of the
    others, keeping the hand-ordered alternatives first. A member that an existing key
    already reaches ("forces" reaches "force") adds to that key's alternatives."""
    for line in groups.strip().splitlines():
        members = [w.replace("_", " ") for w in line.split()]
        for member in members:
            stem = stem_for_search(member)
            key = next((k for k in synonyms if _reaches(stem, k)), member.replace(" ", "_"))
            others = [m for m in members if m != member and m != key]
            synonyms[key] = tuple(dict.fromkeys([*synonyms.get(key, ()), *others]))


#: Phrasal verbs rewritten before a word search, as one word the article may use.
SEARCH_PHRASES = {
    "give up": "concede",
    "gives up": "concede",
    "giving up": "concede",
    "back down": "concede",
    "pull out": "withdraw",
    "pulled out": "withdraw",
    "pulling out": "withdraw",
    "reach out": "engage",
    "reached out": "engage",
    "give in": "concede",
    "gives in": "concede",
    "giving in": "concede",
    "cave in": "concede",
    "same page": "align",
    "eye to eye": "align",
    "in no rush": "hurry",
    "give ground": "concede",
    "giving ground": "concede",
    "here to stay": "permanent",
    "bargaining chip": "ploy",
    "bargaining chips": "ploy",
    "break with": "abandon",
    "broke with": "abandon",
    "turn away from": "abandon",
}


#: Words that may stand between a phrasal verb and its particle: "give anything up".
_SEPARATING = frozenset("it them anything something everything that this those these".split())


def rewrite_phrases(text: str) -> str:
    """``text`` (normalized) with :data:`SEARCH_PHRASES` replaced: "give up" → "concede",
    also with a pronoun between verb and particle ("give anything up" → "concede anything")."""
    padded = f" {text} "
    for phrase, word in SEARCH_PHRASES.items():
        padded = padded.replace(f" {phrase} ", f" {word} ")
        verb, _, particle = phrase.partition(" ")
        if particle and " " not in particle:
            for between in _SEPARATING:
                padded = padded.replace(f" {verb} {between} {particle} ", f" {word} {between} ")
    return padded.strip()


#: Verbs of thinking, which the graph records as beliefs (kind and cue "belief").
_BELIEF_VERBS = frozenset(
    """think thinks thought believe believes believed understood understand understands
    assume assumes assumed""".split()
)


def cue_term(verb: str) -> str | None:
    """What a question's verb searches around a statement: the kind it names ("warned" →
    "warning", "expects" → "predict", found in the kind "prediction" and the cue
    "predicted"; "believes" → "belief"), or
    None for verbs of saying, which every statement has."""
    word = verb.lower()
    if word in _BELIEF_VERBS:
        return "belief"
    kind = KIND_WORDS.get(word)
    return stem_for_search(kind) if kind else None


def singular(word: str) -> str:
    """A plural noun's singular, roughly ("summits" → "summit", "policies" → "policy")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return word[:-1]
    return word


def _phrases_by_first_word() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, replacement in PHRASES.items():
        index.setdefault(phrase[0], []).append((phrase, replacement))
    return index


# Every name of the graph is rewritten when kg ask starts: look phrases up by their first
# word rather than trying each phrase at each word.
_PHRASES_BY_FIRST_WORD = _phrases_by_first_word()


def _rewrite(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, replacement in _PHRASES_BY_FIRST_WORD.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                out += replacement
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def canonical(word: str) -> str:
    """One word as the lexicon's canonical stem ("negotiations" → "talk")."""
    return SYNONYMS.get(word) or SYNONYMS.get(singular(word)) or singular(word)


def word_bag(words: Iterable[str]) -> frozenset[str]:
    """The canonical words of a run of normalized words, order and filler ignored.

    >>> sorted(word_bag("talks resuming".split())) == sorted(word_bag("renewed talks".split()))
    True
    """
    rewritten = _rewrite([w for w in words if w])
    return frozenset(canonical(w) for w in rewritten if w not in IGNORED)


def search_terms(word: str) -> tuple[str, ...]:
    """The word beginnings that stand for ``word`` in a text search, the word's stem first."""
    stem = stem_for_search(word)
    for key, terms in SEARCH_SYNONYMS.items():
        if _reaches(stem, key):
            return tuple(dict.fromkeys((stem, *terms)))
    return (stem,)


def _reaches(stem: str, key: str) -> bool:
    """Whether a word's stem looks up the alternatives of ``key`` ("withdrawing" those of
    "withdraw"; "capitula", a long word cut short, those of "capitulat")."""
    return stem.startswith(key) or (len(stem) >= 6 and key.startswith(stem))


def stem_for_search(word: str) -> str:
    """A word beginning that finds the word's inflections as substrings ("predicted" →
    "predict", "negotiations" → "negotiat")."""
    word = singular(word)
    # Not "ment": "agreement" is not "agree".
    for suffix in ("ations", "ation", "ing", "ed", "es", "ly", "ions", "ion"):
        # A stem of five letters at least: "nothing" is not "noth", which "north" nearly is.
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[: -len(suffix)]
    # "strategy" finds "strategic", "disaster" "disastrous": a final y or er goes when six
    # letters remain (not "policy" → "polic", five).
    for suffix in ("y", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 6:
            return word[: -len(suffix)]
    return word[:8] if len(word) > 9 else word


# After stem_for_search, which places each group's words.
_add_groups(SEARCH_SYNONYMS, SEARCH_GROUPS)
