"""The cue lexicon: words that signal an attribution, with how they take their content.

Reporting verbs come in families that behave alike: ``say`` takes a clause ("said that…"),
``tell`` first takes a listener ("told the Korea Society that…"), ``want`` takes an
infinitive ("wants to…"). Each family lists base forms; the inflected forms are generated so
that "argues", "argued" and "arguing" all count. Weights are a prior for how often a form is
a cue at all; the learned model (:mod:`kg.extract.learned`) may sharpen them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kg.extract.wordsets import LY_NOUNS, words

Frame = Literal["say", "tell", "intend", "noun", "quote", "open"]


@dataclass(frozen=True, slots=True)
class CueWord:
    """A cue form: its family's frame, whether it introduces quotes, and a prior weight."""

    frame: Frame
    #: Verbs of saying proper: they may frame a direct quote ("…,” Schriver said).
    speech: bool
    weight: float


_SPEECH = """
say add argue note write ask explain claim insist warn acknowledge admit announce assert
contend declare deny emphasize stress observe predict promise pledge vow report reply
respond answer remark suggest tweet post recall reiterate repeat concede confirm conclude
complain charge allege maintain mention state testify joke quip comment counter caution
boast brag speculate muse wonder recount reveal disclose propose recommend demand threaten
continue whisper shout scoff sneer snap gush rave reads exclaim lament concur retort protest
proclaim agree disagree hint
estimate project forecast posit assure interject elaborate advise summarize boom thunder
"""
_TELL = """
tell inform assure remind advise urge warn ask brief accuse
"""
_THINK = """
think believe expect anticipate hope fear worry feel know understand doubt suspect assume
consider guess reckon realize acknowledge recognize figure imagine see view regard predict
estimate find show indicate conclude worry reckon judge
"""
_INTEND = """
want plan intend seek wish refuse decline agree vow pledge promise threaten aim hope
decide offer propose call urge
"""
_NOUNS = """
belief announcement claim view statement assertion argument suggestion promise pledge warning
insistence contention assessment prediction fear hope expectation suspicion allegation
accusation charge conclusion contention comments remarks testimony view
"""

#: Verbs that attribute a quote only when it follows at once ("provided his “lessons of
#: Hanoi,”", "dubbed it “…”").
_QUOTE_ONLY = """
provide give deliver use dub term describe label brand coin cite read quote
"""

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "find": ("find", "finds", "found", "finding"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "swear": ("swear", "swears", "swore", "sworn"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "regret": ("regret", "regrets", "regretted"),
    "plan": ("plan", "plans", "planned", "planning"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "refer": ("refer", "refers", "referred", "referring"),
    "boom": ("boomed",),
    "give": ("give", "gives", "gave", "given", "giving"),
    "read": ("reads", "read"),
    "reads": ("reads",),
    "thunder": ("thundered",),
    "state": ("stated", "stating"),
    "report": ("reported", "reports", "reporting"),
    "charge": ("charged", "charges", "charging"),
    "post": ("posted",),
    "project": ("projected", "projects"),
    "figure": ("figured", "figures"),
    "view": ("views", "viewed"),
    "offer": ("offered", "offers", "offering"),
    "call": ("called", "calls", "calling"),
    "continue": ("continued",),
    "counter": ("countered",),
    "comment": ("commented",),
    "answer": ("answered",),
    "fear": ("fear", "fears", "feared", "fearing"),
    "hope": ("hope", "hopes", "hoped", "hoping"),
    "aim": ("aims", "aimed", "aiming"),
    "judge": ("judged",),
}

#: Prior weights: the everyday verbs of saying are nearly always cues; verbs of thinking
#: or wanting are cues in news text only when a subject and a clause come with them.
_WEIGHTS = {"say": 0.95, "tell": 0.9, "intend": 0.55, "think": 0.6, "noun": 0.5}


def _forms(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


def _build() -> dict[str, CueWord]:
    lexicon: dict[str, CueWord] = {}

    def put(words: str, frame: Frame, speech: bool, weight: float) -> None:
        for base in words.split():
            for form in _forms(base) if frame != "noun" else (base,):
                known = lexicon.get(form)
                if known is None or known.weight < weight:
                    lexicon[form] = CueWord(
                        frame, speech or (known is not None and known.speech), weight
                    )

    put(_QUOTE_ONLY, "quote", False, 0.3)
    put(_NOUNS, "noun", False, _WEIGHTS["noun"])
    put(_INTEND, "intend", False, _WEIGHTS["intend"])
    put(_THINK, "say", False, _WEIGHTS["think"])
    put(_SPEECH, "say", True, _WEIGHTS["say"])
    put(_TELL, "tell", True, _WEIGHTS["tell"])
    # "say"/"tell" are the cues of cues: make sure nothing above lowered them.
    for form in _forms("say"):
        lexicon[form] = CueWord("say", True, 0.98)
    for form in _forms("tell"):
        lexicon[form] = CueWord("tell", True, 0.97)
    return lexicon


LEXICON: dict[str, CueWord] = _build()


def is_speech_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb or noun of saying in the lexicon ("said",
    "warned", "statement"), not a cue of thinking or feeling."""
    cue = LEXICON.get(word)
    return cue is not None and cue.speech


#: Verbs of shouting and sighing: they frame a quote (“Out!” Trump yelled) like verbs of
#: saying, but are kept out of the lexicon so that the cue model's features, and so its
#: learned weights, stay as trained (adding them there lowered held-out F1 after retraining).
_SHOUTS = """yell scream chant beam sigh groan grumble mutter plead howl roar fume marvel
bark exhort confess"""
#: "“…,” the email read.": the past of "read" frames a written quote ("reads" is a verb of
#: saying already); a sung line is quoted like a spoken one ("As the band sang, “…”"); so
#: is a jeer ("as his friends jeered, “…”"; "jeers" is mostly the noun: "drawing jeers").
QUOTE_VERBS = frozenset(form for base in _SHOUTS.split() for form in _forms(base)) | {
    "read", "sing", "sings", "sang", "singing", "jeered",
}  # fmt: skip

#: Auxiliaries and adverbs that may stand between a source and its cue ("has long argued").
BETWEEN_SOURCE_AND_CUE = words(
    """also has have had would will could may might did does do is was are were be been
    later then previously recently once repeatedly publicly privately again already further
    often still just even first finally now long reportedly has never always openly
    frequently specifically explicitly initially subsequently quickly flatly simply directly
    not n't never once again"""
)

#: Words that may join a cue verb into a longer cue ("said in a statement" is not one;
#: "pointed out", "called for" are).
PARTICLES = {
    "point": ("out",), "pointed": ("out",), "points": ("out",), "pointing": ("out",),
    "call": ("for", "on"), "called": ("for", "on"), "calls": ("for", "on"),
    "calling": ("for", "on"), "made": ("clear",), "make": ("clear",), "makes": ("clear",),
    "rail": ("against",), "railed": ("against",), "spoke": ("of", "about"),
    "talked": ("about",), "talking": ("about",), "warned": ("against", "of"),
    "referred": ("to",), "referring": ("to",), "insisted": ("on",), "agreed": ("with",),
    "complained": ("about",),
}  # fmt: skip


#: Adverbs of hearsay, cues of their own ("allegedly"), no manner of a verb.
_HEARSAY = words("reportedly allegedly apparently purportedly supposedly")


def manner_adverb(word: str) -> bool:
    """A lowercase "-ly" word that is neither a cue of its own nor a verb ("reply") nor a
    noun ("rally", "family")."""
    return (
        word.islower()
        and word.endswith("ly")
        and len(word) > 4
        and word not in _HEARSAY
        and word not in LEXICON
        and word not in LY_NOUNS
    )
