"""Word lists written as prose blocks: easier to read and edit than long list literals."""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block`` as a frozen set."""
    return frozenset(block.split())


#: Dashes however typed: em, en, hyphen and a doubled hyphen.
DASHES = frozenset({"—", "–", "-", "--"})
#: Marks that set a phrase off: an aside, a relative clause or a participle phrase ("Lee,
#: who …", "Lee — who …", "The bill, opposed by …").
SET_OFF_MARKS = DASHES | {","}
#: The articles.
ARTICLES = words("a an the")
#: The determiners the two sets below share: articles, "this", "that" and the third
#: person's possessives.
_THIRD_PERSON_DETERMINERS = ARTICLES | words("this that its his her their")
#: Words that open a noun phrase that can be a subject: articles, possessives and
#: demonstratives ("the aide", "their note", "this memo"); "our" too, not "these" or
#: "those" (the cue model's "det" class is this set: it must not change).
PHRASE_DETERMINERS = _THIRD_PERSON_DETERMINERS | {"our"}
#: Lowercase determiners that open a noun phrase as a clause's subject or a relative
#: clause's head ("the council and the mayor cut them", "the things the mayor said"): the
#: plural demonstratives too ("these aides"), not "our".
SUBJECT_DETERMINERS = _THIRD_PERSON_DETERMINERS | words("these those")


#: The days of the week, in lower case.
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
#: The months, in lower case ("may" too: where it is more often the modal, a rule leaves
#: MONTHS out and lists the months it wants).
MONTHS = words(
    """january february march april may june july august september october november
    december"""
)

#: Names of days and months, in lower case: capitalised, yet no part of a name.
CALENDAR_WORDS = WEEKDAYS | MONTHS
#: Words that open an indirect question ("asked whether …", "questions about how …").
QUESTION_WORDS = words("who whom what which whether how why when where if")

#: Words of a time phrase ("last week", "on Friday", "earlier this year"), shared by the
#: rules that tell a time phrase from a statement.
TIME_WORDS = WEEKDAYS | words(
    """today yesterday tonight morning afternoon evening night week weekend month year
    years decades ago first again later earlier last next then recently"""
)
#: Words that may join the words of a time phrase ("on the night of", "over the weekend").
TIME_GLUE = words("on in at during over for the a this")

#: "who" fused with its auxiliary in one token ("superdelegates who've announced", "Lee,
#: who's weighing a bid,"): a relative pronoun as "who" is.
CONTRACTED_WHO = words("who's who’s who'd who’d who've who’ve who'll who’ll")
#: Relative pronouns that open nothing but a relative clause, about the noun before them
#: ("Lee, who said", "the report, which found"); not "that", which also opens what was
#: said.
UNAMBIGUOUS_RELATIVES = words("who which") | CONTRACTED_WHO
#: Relative pronouns that open a clause as its subject ("who said", "which found", "that
#: argued").
RELATIVE_SUBJECTS = UNAMBIGUOUS_RELATIVES | {"that"}
#: The forms of "say", the cue whose source a headline prints without its article
#: ("Win or not, candidate says") and which takes any source after it.
SAY_FORMS = words("say says said saying")
#: Relative pronouns, which open a clause about the noun before them.
RELATIVES = words("who whom whose which that") | CONTRACTED_WHO
#: Capitalised words that open a place's or paper's name ("New York Times", "North
#: Carolina") though alone they are no name's.
PLACE_OPENERS = frozenset({"New", "North", "South", "East", "West"})

#: Present and past forms of "be"; with "'s" contracted and its infinitive and participles,
#: the sets the rules need are unions of these three.
BE_FINITE = words("is are was were")
CONTRACTED_S = words("'s ’s")
BE_NONFINITE = words("be been being")
#: Finite forms of "be", "have" and the modals: a clause of its own starts at them.
FINITE_VERBS = words("is was are were has have had will would can could should may might must")
#: Prepositions whose object belongs to the noun before them, never heads a phrase ("the
#: government in Riyadh", "Protesters marching through the streets").
ATTACHING_PREPS = words("in on at by to about over through into")

#: Irregular past forms ("took", "went"): they end a clause before "and" ("Lee won and
#: the council said": the subject is "the council") and open colon frames ("went even
#: further:").
IRREGULAR_PAST = words(
    """took made gave went came got put sent spoke wrote ran met stood began brought sought
    won lost became fought paid sold bought struck"""
)
#: Particles of phrasal verbs ("walk back", "lashed out", "rattled off", "doubled down");
#: each rule adds the ones its verbs take besides.
PARTICLES = words("up down off out back away")
#: Subject pronouns, which open a clause of their own.
SUBJECT_PRONOUNS = words("he she they we i")
#: Personal pronouns that can be a clause's subject: the subject pronouns, and "it" and
#: "you", which are objects as well ("believes it will pass", "what he might do").
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | words("it you")
#: Pronouns that stand for persons as a clause's subject ("he’ll", "you said", "who
#: said").
PERSON_PRONOUNS = SUBJECT_PRONOUNS | words("you who")
#: Pronouns that stand for a whole subject or source: the persons' and "it".
PRONOUNS = PERSON_PRONOUNS | {"it"}
#: What follows the apostrophe of a pronoun fused with its auxiliary ("she’s", "I'd").
FUSED_AUXILIARIES = words("s re m d ve ll")


def fused_pronoun(word: str, pronouns: frozenset[str] = SUBJECT_PRONOUNS) -> bool:
    """A pronoun and its auxiliary in one token ("she’s", "he'll", "we're"): the pronoun
    opens a clause, the auxiliary is its verb. ``word`` is lowercase."""
    for mark in ("'", "’"):
        head, apostrophe, tail = word.partition(mark)
        if apostrophe and head in pronouns and tail in FUSED_AUXILIARIES:
            return True
    return False


#: Object pronouns of persons ("told him", "asked her about", "endorsed them"); "her" is
#: a possessive as well ("her plan").
OBJECT_PRONOUNS = words("him her them us me")
#: Possessive determiners ("his plan", "their view").
POSSESSIVES = words("his her their its our my your")
#: Units of an amount of time ("two weeks", "minutes later", "a year ago").
TIME_UNITS = words("minute minutes hour hours day days week weeks month months year years")
#: Words that grade an "-ly" adverb ("most recently", "more openly").
ADVERB_GRADES = words("most more")
#: Irregular past participles, which a passive ("was widely known", "was told") or a reduced
#: relative clause ("a letter written by") has where regular verbs end in "-ed".
IRREGULAR_PARTICIPLES = words(
    "known shown seen told given held taken made thought said put written drawn"
)


def past_tense(word: str) -> bool:
    """ "argued", "said", "wrote", "told": a past tense or participle by its form (``word``
    as printed; a capitalised word is no verb in the lists)."""
    return word.endswith("ed") or word in IRREGULAR_PAST or word in IRREGULAR_PARTICIPLES


#: Last words of names of bodies ("the House Committee", "Bank of America"): "of" or a
#: preposition after one continues the name.
BODY_HEADS = words(
    """bank university department college institute school council committee committees
    commission court office board house church museum center centre foundation association
    society union league party chamber bureau agency ministry academy caucus democrats
    republicans government group"""
)
#: Nouns that end in "-ly" like an adverb ("family", "rally", "reply"): the "-ly" tests for
#: adverbs in phrases, reported speech and the filters leave them alone.
LY_NOUNS = words("ally rally family reply supply assembly anomaly monopoly bully belly fly")

#: Nouns of a thing said, thought or wanted that a relative clause without "that" follows
#: ("the things Lee said about …", "the kind of judge many voters fear …"); see
#: :mod:`kg.extract.indirect.relative_without_that`.
CONTACT_HEADS = words(
    """thing things something anything everything nothing kind sort type phrase phrases
    question questions topic topics issue issues word words line lines claim claims point
    points message reason reasons argument case story stories remark remarks comment
    comments idea ideas columns column"""
)

#: Occasions where one speaks ("at Monday's debate", "in a lengthy address", "on a press
#: call"): after one a name starts a clause, and a phrase headed by one sets a scene.
OCCASIONS = words(
    """interview interviews speech speeches statement rally rallies debate debates meeting
    appearance letter address op-ed tweet post conference hearing remarks call briefing
    gaggle event forum town"""
)
