"""Which words can be part of a person's or a body's name, and which end one: titles,
office nouns, name suffixes, initials and the last words of bodies' names.

Shared by :mod:`kg.extract.registry` (the text's full names) and
:mod:`kg.extract.speakers` (one source phrase at a time).
"""

from __future__ import annotations

from kg.extract.genders import given_name_gender
from kg.extract.tokens import Token
from kg.extract.wordsets import BODY_HEADS, CALENDAR_WORDS, PRONOUNS, words

TITLES = words(
    """president mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. representative gov
    gov. governor secretary gen gen. general minister premier chancellor chairman chairwoman
    chair leader speaker judge justice ambassador adm adm. admiral lt lt. col col. sgt
    prime former vice deputy first lady king queen prince pope rev rev. sir dame del.
    candidate nominee mayor commissioner director envoy officer official spokesman
    spokeswoman spokesperson professor prof prof. sheriff attorney chief congressman
    congresswoman supervisor councillor councilor alderman alderwoman trustee assemblyman
    assemblywoman"""
)
OFFICE_NOUNS = words(
    """official secretary advisor adviser director president minister senator representative
    ambassador spokesman spokeswoman spokesperson chairman chairwoman chair governor analyst
    officer specialist negotiator leader general commander chief head envoy lawyer attorney
    aide lecturer fellow professor economist mayor candidate nominee speaker strategist
    adviser counsel manager member editor reporter columnist correspondent researcher
    scholar expert diplomat administrator commissioner judge justice sheriff deputy
    negotiator representative executive coach treasurer comptroller auditor superintendent
    inspector prosecutor founder supervisor councillor councilor alderman alderwoman
    trustee assemblyman assemblywoman"""
)
_NON_NAMES = words(
    """the a an and of for in on at to with by from this that these those but he she they we
    it i you his her their our my its north south east west new if when while as after
    before so what whatever how why there some many most both all even yet still also
    then though although because since until unless whether where who which according
    asked says said told meanwhile however instead indeed unlike say maybe did does
    another plus among several like"""
) | words(
    # Plural titles end a name too ("Senators Charles E. Grassley and Patrick J. Leahy").
    "senators representatives reps sens governors govs presidents ministers secretaries"
)


#: Capitalised words that are never part of a name (asked for every capitalised token).
_NEVER_IN_NAMES = _NON_NAMES | TITLES | OFFICE_NOUNS | CALENDAR_WORDS


def name_like(word: str) -> bool:
    return (
        word[:1].isupper()
        and word.lower() not in _NEVER_IN_NAMES
        and not (len(word) > 1 and word.isalpha() and word.isupper())
        and not ("-" in word and _past_title(word.lower()))
    )


#: Prefixes that make the title they are joined to a past one ("Ex-mayor", "Then-Sen.").
_PAST_PREFIXES = words("ex then former onetime")


def _past_title(lowered: str) -> bool:
    """ "ex-mayor", "then-sen.": a title with a prefix for a past office, which opens a
    sentence capitalised ("Ex-mayor Ann Lee …") and is no part of the name after it."""
    prefix, _, title = lowered.partition("-")
    return prefix in _PAST_PREFIXES and (title in TITLES or title in OFFICE_NOUNS)


#: Possessive marks the tokenizer splits off a word ("Lee ’s" in some texts, "voters '").
POSSESSIVE_MARKS = frozenset({"’s", "'s", "’", "'"})
#: The last characters of every possessive suffix :func:`strip_possessive` cuts.
_POSSESSIVE_ENDS = ("s", "’", "'")

#: Particles printed in lower case inside a name, before the surname's capital ("Bill de
#: Blasio", "Osama bin Laden", "Chris van Dyke").
NAME_PARTICLES = words("de da di du del della der den von van bin le la")
#: Particles that, capitalised before one more name, open a surname, not a full name ("De
#: Blasio said", "Le Pen said"); "Van", "Al", "Del" open given names too (Van Jones).
SURNAME_PARTICLES = words("de da di du der von bin le")


def particle_surname(names: list[str]) -> bool:
    """ "de Blasio", "De Blasio", "bin Laden": a surname with its particle, no full name."""
    return (
        len(names) == 2
        and (names[0] in NAME_PARTICLES or names[0].lower() in SURNAME_PARTICLES)
        and name_like(names[1])
    )


#: Words after a surname that are no surname ("Joseph R. Biden Jr.").
NAME_SUFFIXES = words("jr jr. sr sr. ii iii iv")


def is_possessive(word: str) -> bool:
    """ "Lee's", "senator’s", or a possessive mark on its own."""
    return word in POSSESSIVE_MARKS or word.endswith(("'s", "’s"))


#: Words whose "'s" is "is" or "has", not an owner ("There's reason to …", "It's a claim
#: that …", "no one's talking", "that's wanted").
CONTRACTED_IS = PRONOUNS | words("that what there here one where let how")


def is_contraction(word: str) -> bool:
    """ "There's", "it’s", "that's": the word's "'s" is a verb (a bare word: one of those)."""
    return strip_possessive(word.lower()) in CONTRACTED_IS


def possessive_name(token: Token) -> bool:
    """A capitalised word with its possessive mark ("Lee's", "Times’"), not a contraction."""
    return token.is_cap and is_possessive(token.text) and not is_contraction(token.text)


def strip_possessive(word: str) -> str:
    # Most words end in none of the marks: one call tells, before the four suffixes.
    if not word.endswith(_POSSESSIVE_ENDS):
        return word
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


#: Office words that end an office's or body's name before its holder ("… Secretary Alex
#: Azar", "… CEO David Taylor", "… spokeswoman Jane Doe").
OFFICE_WORDS = TITLES | OFFICE_NOUNS | words("ceo cfo coo")


#: Nouns that end a phrase naming an office's holder ("tax commissioner", "campaign
#: manager", "chief executive"), not titles that only come before a name ("former").
OFFICE_HEADS = OFFICE_NOUNS | words("ceo cfo coo executive staffer")


#: Last words of a body's name an acronym may open ("NBC News", "AFL-CIO Council").
BODY_ENDS = BODY_HEADS | words("news times post network networks")
#: Last words of newspapers' names that are no one's surname ("Miami Herald", "Chicago
#: Tribune"); "Times", "Post" and "Journal" end names of bodies and of people.
NEWSPAPER_ENDS = words("herald tribune gazette chronicle inquirer dispatch")
#: Last words that make a name a body's, not a person's: a body's heads that are rarely
#: surnames (Frank Church, Post Malone, Karen House are people).
_BODY_NAME_ENDS = (
    (BODY_ENDS - words("church house post bank school museum chamber board"))
    | NEWSPAPER_ENDS
    # Companies', funds', agencies', pollsters', outlets', campaigns' and states' last words
    # ("Acme Corporation", "Grain Future Fund", "Grain Safety Administration", "Pew
    # Research", "Kantar Media", "Ann Lee Campaign", "Islamic State", "Cook Political
    # Report").
    | words(
        """company corporation corp inc fund coalition alliance federation organization
        holdings industries technologies motors administration service research media
        campaign state report reports poll"""
    )
)
#: Last words of outlets' and bodies' names that are surnames too ("Washington Post",
#: "White House", "Associated Press", "Wall Street Journal"; "Karen House", "Bill Press"
#: are people): a body's unless a given name opens the name.
_OUTLET_ENDS = words("post house press journal")


#: Last words of names no "he" or "she" means: a body's, even those that are surnames
#: too ("Washington Post", "White House"; but "Frank Church" is a person).
NOT_PRONOUN_TARGETS = (BODY_ENDS | words("poll jet")) - words("church")


#: Bodies known by a name of one word that is neither initials nor ends in a body's word,
#: and is no one's name: news outlets and sites ("Politico", "BuzzFeed", printed in
#: capitals or not), pollsters, companies, bodies in capitals with vowels ("NAACP": its
#: letters do not tell it from a transcript's "WALLACE:") and countries. Compared in lower
#: case, so a name is one kind of actor however an article prints it. Names that are also
#: people's (Bloomberg, Forbes, Fox, Jordan, Georgia) are left out.
_BODIES_BY_NAME = words(
    """politico buzzfeed wikileaks politifact propublica huffpost huffpollster factcheck.org
    reuters xinhua breitbart vox mediaite axios realclearpolitics theblaze gawker guardian
    variety gallup quinnipiac marist ipsos yougov facebook twitter google microsoft apple
    amazon verizon walmart linkedin youtube instagram tinder uber coca-cola naacp nascar
    unicef unesco opec interpol hamas hezbollah taliban al-qaeda isis isil pentagon kremlin
    vatican germany russia china france japan britain mexico canada iran iraq syria india
    pakistan afghanistan turkey egypt cuba ukraine italy spain israel blaze fusion mashable
    federalist tennessean atlantic wealth-x fed census congress senate house"""
) | words(
    # Initials with a vowel, as a transcript's label may print them ("ABC:", not "Abc").
    "abc afp upi espn fbi cia nasa aarp"
)
#: States and cities whose governments speak under their name ("Texas said", "Beijing
#: warned"), of one word or more. Those that are people's names too (Washington, Georgia,
#: Virginia, Carolina, Montana, Dakota, Houston, London, Paris, Denver, Dallas) are left
#: out.
_PLACES = words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri nebraska nevada ohio oklahoma
    oregon pennsylvania tennessee texas utah vermont wisconsin wyoming philadelphia
    chicago boston detroit atlanta miami seattle baltimore beijing moscow tehran pyongyang
    seoul tokyo kabul baghdad damascus jerusalem brussels"""
) | {
    "new york", "new jersey", "new hampshire", "new mexico", "north carolina",
    "south carolina", "north dakota", "south dakota", "west virginia", "rhode island",
    "los angeles", "san francisco", "new york city",
}  # fmt: skip


#: Capitalised nouns for a people, a faith, a generation or a party's members ("Americans
#: said", "the Republican said", "Many Millennials say"): a source of which no one is
#: named, though always capitalised. "Republicans" and "Democrats" name the parties'
#: caucuses (bodies); a name of more words ("American Legion") is no such noun.
PEOPLE_NOUNS = words(
    """americans millennials mexicans hispanics latinos latinas germans europeans russians
    saudis israelis palestinians iranians iraqis syrians afghans africans african-americans
    asian-americans asians canadians cubans koreans muslims christians catholics
    evangelicals jews mormons protestants conservatives liberals progressives libertarians
    independents boomers republican democrat independent american mexican"""
)


def is_body_name(name: str) -> bool:
    """ "FBI", "F.B.I.", "NBC News", "Grain Council", "House Republicans", "Politico",
    "Texas", "Museum of Modern Art", "Centers for Disease Control" (a person's name has no
    "of" or "for" inside): a body's name."""
    found = name.split()
    return bool(found) and (
        acronym(found[0])
        or found[-1].lower() in _BODY_NAME_ENDS
        or (len(found) == 1 and (name.lower() in _BODIES_BY_NAME or _dotted_initials(name)))
        or " ".join(found).lower() in _PLACES
        or "of" in found[1:-1]
        or _for_a_cause(found)
        or (len(found) > 1 and found[0] == "The")
        or (
            len(found) > 1
            and found[-1].lower() in _OUTLET_ENDS
            and given_name_gender(found[:1]) is None
        )  # "The Hill": no person's name opens so
    )


def _for_a_cause(found: list[str]) -> bool:
    """ "Club for Growth", "Roe Center for Grain Research": a body named for what it is
    for, with one word or a body's head before "for" ("Ann Lee for Grain Weekly" is a
    person writing for an outlet)."""
    at = found.index("for") if "for" in found[1:-1] else 0
    before = found[at - 1].lower() if at else ""
    return at == 1 or (at > 1 and (before in BODY_ENDS or before.removesuffix("s") in BODY_ENDS))


def _dotted_initials(word: str) -> bool:
    """ "F.B.I.", "U.S.", "I.R.S.": initials with stops, alone (a person's initials come
    with a surname: "J.J. Goldberg")."""
    letters = word.split(".")
    return (
        len(letters) >= 2
        and all(len(part) <= 1 and part.isupper() for part in letters if part)
        and word.count(".") >= 2
    )


def acronym_of_body(word: str, last: str) -> bool:
    """ "NBC News": all-capital words are no names in a run of names (headlines shout),
    but one opens a body's name that goes on after it."""
    return acronym(word) and last.lower() in BODY_ENDS


def shouted(word: str) -> bool:
    """A word in capitals: initials or a name ("FBI", "NAACP", "PENCE")."""
    letters = word.replace("-", "").replace("&", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def acronym(word: str) -> bool:
    """Initials ("FBI", "NATO", "MSNBC"), not a name in capitals ("OBAMA:" in a
    transcript): up to four letters, or more without a vowel; initials joined by a hyphen
    or an ampersand ("AFL-CIO", "AT&T", "WNBC-TV") are initials too."""
    letters = word.replace("-", "").replace("&", "")
    if not (letters.isalpha() and letters.isupper()):
        return False
    if len(letters) < 2:
        return False
    parts = word.replace("&", "-").split("-")
    return all(_initials(part) for part in parts if part)


def _initials(letters: str) -> bool:
    """Up to four capitals, or up to seven without a vowel."""
    return len(letters) <= 4 or (len(letters) <= 7 and not set(letters) & set("AEIOU"))
