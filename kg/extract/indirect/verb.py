"""A verb cue and its source: "X said …", "…, X said.", "X wants to …".

``verb_cue`` decides where a verb cue's source is: an owned cue noun first
(:mod:`kg.extract.indirect.owned`), a reduced passive, an inverted source after a comma
(:mod:`kg.extract.indirect.inverted`), the noun phrase before the cue with its checks
(:mod:`kg.extract.indirect.sources`), a gerund or infinitive opener's subject
(:mod:`kg.extract.indirect.openers`), the sentence's speaker so far for a participle or
a coordinated verb, or a phrase's subject; a cue whose object is the head of its
subject's relative clause reports that head
(:mod:`kg.extract.indirect.relative_without_that`); else it hands cue and source to
``with_source`` (:mod:`kg.extract.indirect.content`) for the content.
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON, CueWord, manner_adverb
from kg.extract.datelines import after_dateline
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.impressions import impression, passive_cue, raising
from kg.extract.indirect.content import MAKE, SUBORDINATORS, introduction, with_source
from kg.extract.indirect.inverted import (
    after_comma,
    as_reported_by,
    inverted_after_comma,
    inverted_source,
)
from kg.extract.indirect.openers import (
    end_before_subject,
    gerund_subject,
    infinitive_subject,
    subordinate_gerund,
)
from kg.extract.indirect.owned import (
    EXISTENTIAL_BE,
    FRONTING,
    PHRASE_SURE,
    backing_phrase,
    existential_there,
    means_subject,
    owned_noun,
    phrase_subject,
    reaction_for,
    stance_phrase,
    unowned_noun,
)
from kg.extract.indirect.relative_without_that import named_relative, object_relative
from kg.extract.indirect.sources import (
    EXPLETIVES,
    bare_verb,
    document_subject,
    ends_in_verb,
    expletive_it,
    has_word,
    noun_modifiers,
    sourceless,
    those_polled,
    verb_subject,
    with_noun_modifiers,
)
from kg.extract.judge import Judge
from kg.extract.names import is_possessive
from kg.extract.phrases import (
    addressed_object,
    is_pronoun,
    joined_clause_subject,
    np_before,
    np_right_before,
    sender,
    sentence_subject,
)
from kg.extract.phrases.common import closing_comma, verb_like
from kg.extract.wordsets import (
    ADVERB_GRADES,
    ARTICLES,
    DASHES,
    FINITE_VERBS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    PHRASE_DETERMINERS,
    POSSESSIVES,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SET_OFF_MARKS,
    SUBJECT_PRONOUNS,
    TIME_GLUE,
    TIME_WORDS,
    UNAMBIGUOUS_RELATIVES,
    words,
)

#: Nouns of opinion that are also verbs taking "X as Y" ("Voters view her as prepared").
_VERB_AS = words("view")
#: Words before a noun "view" ("a grim view of", "his view"); anything else makes it a verb.
_BEFORE_NOUN = ARTICLES | POSSESSIVES | words("this that one whose point of")
_MAX_OBJECT = 8
_OBJECT_BREAKS = frozenset({",", ";", ":", "(", "—", "–", "--"})


def _viewed_as(doc: Doc, k: int) -> bool:
    """ "Voters still view Ms. Lee as more prepared", "Some view the plan as …": "view"
    with an object and "as" after it is the verb, whose object and complement are the
    content (PolNeAR's reading), not the noun of "his view"."""
    tokens = doc.tokens
    if tokens[k].lower not in _VERB_AS or k == 0 or tokens[k - 1].lower in _BEFORE_NOUN:
        return False
    if tokens[k - 1].lower.endswith(("'s", "’s")):
        return False
    sent_end = doc.sentence_bounds(k)[1]
    for j in range(k + 2, min(sent_end, k + 2 + _MAX_OBJECT)):
        if tokens[j].text in _OBJECT_BREAKS or doc.quote_of[j] != -1:
            return False
        if tokens[j].lower == "as":
            return True
    return False


def _speaker_so_far(doc: Doc, k: int, sent_start: int, *, participle: bool) -> TokenRange | None:
    """The sentence's speaker so far: the source of its latest attribution, else its
    subject. A participle skips the "who" of a relative clause ("Lee, who has endorsed
    Kim, spoke, stressing …": the main clause's subject; on train 3 fixed, none lost),
    while a verb joined to that clause keeps it ("who endorsed Kim but criticized …")."""
    clause = _clause_pronoun(doc, k, sent_start, participle=participle)
    if clause is not None:
        return clause
    relative = None if participle else _relative_of_first_verb(doc, k, sent_start)
    if relative is not None:
        return relative
    source = doc.sentence_source.get(doc.sentence_of[k])
    if participle and source is not None and doc.words(*source).lower() in RELATIVE_SUBJECTS:
        source = None
    if participle:
        return _participle_speaker(doc, k, sent_start, source)
    return source or _subject_past_connector(doc, sent_start, k)


def _participle_speaker(
    doc: Doc, k: int, sent_start: int, source: TokenRange | None
) -> TokenRange | None:
    """A participle's speaker: the subject of a clause joined by ", and" that it closes
    ("Groups say …, and the union has sued the city, saying …": train 3 fixed, none
    lost), the main clause's subject when the latest speaker stood in an opening clause
    before it ("As the council hints at …, the mayor will have none of it, delivering …":
    train 2 fixed, none lost), else the latest speaker or the sentence's subject."""
    joined = joined_clause_subject(doc, sent_start, k)
    if joined is not None and (source is None or source[1] <= joined[0]):
        return joined
    main = sentence_subject(doc, sent_start, k)
    if source is not None and main is not None and source[1] < main[0]:
        return _with_who_clause(doc, main, k)
    if source is not None and (after := _subject_after_subordinate(doc, source, k)) is not None:
        return after
    subject = source or _subject_past_connector(doc, sent_start, k)
    return None if subject is None else _with_who_clause(doc, subject, k)


#: The auxiliaries of a "who" clause in the perfect ("who has endorsed …").
_PERFECT = words("has had have")
#: Words that open a subordinate clause before the main one ("Since she endorsed Kim,
#: Lee has …, attacking …").
_SUBORDINATE_OPENERS = words("while as although though because when after before since if")


def _subject_after_subordinate(doc: Doc, source: TokenRange, k: int) -> TokenRange | None:
    """ "Ever since she endorsed Kim, Ms. Lee has been an ally, attacking …": the latest
    speaker opened a subordinate clause; the participle goes on with the subject of the
    main clause after that clause's comma (train 1 made right, none lost)."""
    if source[0] == 0 or doc.tokens[source[0] - 1].lower not in _SUBORDINATE_OPENERS:
        return None
    j = closing_comma(doc, source[1], k - 1, _INSIDE_CLAUSE_BREAKS)
    if j is None:
        return None
    subject = sentence_subject(doc, j + 1, k)
    return subject if subject is not None and subject[0] == j + 1 else None


#: Longest "who" clause between a subject and its verb, from "who" to its closing comma.
_MAX_WHO_CLAUSE = 25


def _with_who_clause(doc: Doc, subject: TokenRange, k: int) -> TokenRange:
    """ "Sen. Ann Lee, who faces a tough race, withdrew her support, saying …": the
    subject keeps the "who" clause set off by commas after it, as the source of a verb of
    saying right after that clause does ("Lee, who …, said …"). A clause in the perfect
    ("Lee, who has long backed Kim, …") is left out: PolNeAR's train sources leave out 36
    of 50 such clauses and keep 103 of 190 others; so is one holding an attribution of
    its own ("Lee, who argued that …, spoke, stressing …")."""
    comma = subject[1]
    if comma + 2 >= k or doc.tokens[comma].text != "," or doc.tokens[comma + 1].lower != "who":
        return subject
    if doc.tokens[comma + 2].lower in _PERFECT:
        return subject
    j = closing_comma(doc, comma + 2, min(k - 1, comma + _MAX_WHO_CLAUSE), _INSIDE_CLAUSE_BREAKS)
    if j is None:
        return subject
    verb = doc.tokens[j + 1]
    if not verb.is_word or not verb.text.islower() or doc.any_used(comma + 2, j):
        return subject  # "Lee, who argued that …,": the clause is a statement
    return subject[0], j + 1


#: Marks that end the search for the relative pronoun of the first verb.
_CLAUSE_BREAKS = SET_OFF_MARKS | {";", ":", "(", ")"}
#: Marks that end a clause before its closing comma (a dash, a semicolon, a bracket).
_INSIDE_CLAUSE_BREAKS = _CLAUSE_BREAKS - {","}
#: Longest relative clause from its pronoun to the joining "and".
_MAX_RELATIVE = 20


def _relative_of_first_verb(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "… Jo Ulm, who saw the crash and described it on air": a verb joined by
    "and" or "but" to the verb of a relative clause shares its "who"/"which", PolNeAR's
    source, not the sentence's speaker (train +8 right, 1 new wrong; dev +3). The clause
    must run to the joining word without a mark ("Lee, who is 40, met voters and said
    …": the main clause's verb)."""
    j = k - 1
    while j > sent_start and doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    if j <= sent_start or doc.tokens[j].lower not in {"and", "but"}:
        return None
    for m in range(j - 1, max(sent_start, j - _MAX_RELATIVE), -1):
        token = doc.tokens[m]
        if doc.quote_of[m] != -1 or token.text in _CLAUSE_BREAKS:
            return None
        if token.lower in UNAMBIGUOUS_RELATIVES and doc.tokens[m - 1].text in SET_OFF_MARKS:
            return (m, m + 1) if _verb_follows(doc, m + 1) else _relative_subject(doc, m, j)
    return None


#: Longest subject of an object relative ("which the state party"): three words.
_MAX_RELATIVE_SUBJECT = 3


def _relative_subject(doc: Doc, pronoun: int, end: int) -> TokenRange | None:
    """ "which Lee drafted and then argued …": the subject of an object relative, before
    its past verb, speaks for the joined verb too; None if no past verb follows it."""
    for k in range(pronoun + 2, min(end, pronoun + 2 + _MAX_RELATIVE_SUBJECT)):
        if verb_like(doc, k):
            return pronoun + 1, k
    return None


def _verb_follows(doc: Doc, j: int) -> bool:
    """The relative pronoun before ``j`` is the subject of its clause: no subject of
    its own follows ("which Lee drafted and then argued …": "which" is an object and
    Lee the speaker)."""
    token = doc.tokens[j]
    return (
        token.is_word
        and not token.is_cap
        and token.lower not in SUBJECT_PRONOUNS | ARTICLES | PHRASE_DETERMINERS
    )


#: Words that open a clause with its own subject inside a sentence ("…, as he accepted
#: …", "… but then he went and praised …"). With "after", "when" and "because" too
#: train lost 4 sources for 1 more fixed ("after they came out, saying": the pronoun is
#: no speaker).
_CLAUSE_OPENERS = words("as then")
#: Longest clause from its pronoun to the cue.
_MAX_CLAUSE = 16


def _clause_pronoun(doc: Doc, k: int, sent_start: int, *, participle: bool) -> TokenRange | None:
    """ "Wasserman Schultz refused to speak as she left the breakfast and watched …", "Trump
    painted a dire portrait as he accepted the nomination, delivering …": the verb goes on
    with the subject pronoun of the clause it ends, which PolNeAR takes as the source (not
    the sentence's subject). A participle may follow the clause's comma; a second verb
    follows no comma."""
    end = k - 1
    if participle and end > sent_start and doc.tokens[end].text == ",":
        end -= 1
    for j in range(end, max(sent_start, k - _MAX_CLAUSE), -1):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in {",", ";", ":", "—", "–", "(", ")"}:
            return None
        if token.lower in SUBJECT_PRONOUNS and doc.tokens[j - 1].lower in _CLAUSE_OPENERS:
            return j, j + 1
    if participle:
        return _clause_name(doc, k, sent_start, end)
    return None


def _clause_name(doc: Doc, k: int, sent_start: int, end: int) -> TokenRange | None:
    """ "The vote comes as Mayor Ruiz leans ever more on her deputy, praising him
    …": a name opening the "as" clause the participle's comma closes is its subject."""
    for j in range(end, max(sent_start, k - _MAX_CLAUSE), -1):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in {",", ";", ":", "—", "–", "(", ")"}:
            return None
        if doc.tokens[j - 1].lower == "as" and token.is_cap and token.lower not in SUBJECT_PRONOUNS:
            subject = sentence_subject(doc, j, k)
            if subject is not None and subject[0] == j and subject[1] < end:
                return subject
    return None


#: Words that open a sentence before its subject ("Then he …", "But a few days later,
#: Lee …"); the subject finder read a capitalised one as a name.
_OPENING_CONNECTORS = words("then but and so yet still now instead meanwhile")


def _subject_past_connector(doc: Doc, sent_start: int, k: int) -> TokenRange | None:
    """The sentence's subject, looked for again after a connector it began with ("Then
    he cut into Kim, calling him …": "he", not "Then"), for a present participle, which
    goes on with that subject ("…, also known as …" names the phrase before it)."""
    subject = sentence_subject(doc, sent_start, k)
    if (
        subject is not None
        and doc.tokens[k].lower.endswith("ing")
        and subject[0] == sent_start
        and doc.tokens[sent_start].lower in _OPENING_CONNECTORS
        and sent_start + 1 < k
    ):
        return sentence_subject(doc, sent_start + 1, k) or subject
    return subject


#: Prepositions between a subject and its verb ("Lee in a statement said", "People in
#: Ohio said", "Aides at the agency declined").
_SETTING = words("in during at via through")
#: Heads of a setting where one speaks ("in a Medium post", "during a rally"): the noun
#: phrase before the preposition is the source alone, not with the setting.
_VENUES = words(
    """post statement interview speech rally appearance letter tweet op-ed column email
    memo debate call conversation address event meeting news conference remarks video"""
)


def _after_preposition(doc: Doc, k: int, source: TokenRange, sent_start: int) -> bool:
    """The noun before a finite cue is the object of a preposition ("in a Medium post
    said", "People in Port Ulm said", "in a statement strongly denied"), so the cue's
    subject starts before it."""
    prep = source[0] - 1
    return (
        not doc.tokens[k].lower.endswith("ing")
        and prep - 1 >= sent_start
        and doc.tokens[prep].text in _SETTING
        and doc.tokens[source[0]].lower != "least"
        and all(
            doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE or manner_adverb(doc.tokens[j].text)
            for j in range(source[1], k)
        )
    )


def _subject_before_preposition(
    doc: Doc, source: TokenRange, sent_start: int
) -> tuple[TokenRange | None, bool]:
    """The subject before "in …"/"at …" and whether the cue is a second verb instead.

    "Ann Lee in a blog post said": the speaker alone, the post being where he spoke;
    "People in Port Ulm said": the phrase with its place (PolNeAR's source); "… and in
    a statement credited him": a second verb of the sentence's speaker. On train 11
    sources made right, 3 lost."""
    prep = source[0] - 1
    before = np_right_before(doc, prep, sent_start)
    if before is not None:
        venue = doc.tokens[source[1] - 1].lower in _VENUES
        return (before if venue else (before[0], source[1])), False
    if doc.tokens[prep - 1].lower in {"and", "but"}:
        return None, True
    return source, False


def verb_cue(
    doc: Doc, k: int, cue_end: int, cue: CueWord | None, confidence: float, judge: Judge
) -> Found | None:
    """The attribution of the verb cue at ``k``: where its source is, then its content."""
    if cue is None:
        # A cue the model knows and the lexicon does not: take what follows as content.
        cue = CueWord("open", False, confidence)
    owned = owned_noun(doc, k, cue_end, confidence, judge)
    if owned is not None:
        return owned
    backing = backing_phrase(doc, k, confidence) or reaction_for(doc, k, confidence, judge)
    if backing is not None:
        return backing
    stance = stance_phrase(doc, k, confidence, judge)
    if stance is not None:
        return stance
    unowned = unowned_noun(doc, k, cue_end, confidence, judge)
    if unowned is not None:
        return unowned
    if _after_existential_there(doc, k):
        # "there are fears the crush …", "There have been calls for …": no one holds them.
        return sourceless(doc, k, cue_end, doc.sentence_bounds(k)[1], confidence, judge)
    if cue.frame == "noun" and cue_end == k + 1 and not _viewed_as(doc, k):
        return None
    if cue_end <= k + 2 and _made_it_clear(doc, k):
        cue_end = k + 3  # "made it clear that …": one cue
    # Verbs of naming and citing ("cited", "described") pass on when the model is sure
    # enough: PolNeAR takes their object as content ("Clinton cited his remarks about …").
    sent_start, sent_end = doc.sentence_bounds(k)
    reported = as_reported_by(doc, k, cue_end, sent_start, sent_end, confidence)
    if reported is not None:
        return reported
    if _expressed_here(doc, k, cue_end, sent_start, sent_end):
        return None
    reduced = _reduced_passive(doc, k, cue_end, sent_start, sent_end)
    if reduced is None and (reduced := _headline_passive(doc, k, sent_start, sent_end)) is not None:
        cue_end = max(cue_end, k + 2)  # "Accused Of": the preposition is the cue's
    if reduced is not None:
        return passive_cue(doc, k, cue_end, reduced, sent_end, confidence, judge)
    participle = _participle_after_comma(doc, k, sent_start)
    if not participle:
        inverted = _inverted_unless_appositive(doc, k, cue_end, cue, confidence, sent_start)
        if inverted is not None:
            return inverted
    if not participle and bare_verb(doc, np_before(doc, k, sent_start)):
        # "could raise concerns about …", "means admitting that …": PolNeAR gives a cue
        # after a lone verb no source (6 of 10 on train; the rest name one elsewhere).
        return sourceless(doc, k, cue_end, sent_end, confidence, judge)
    source, second_verb = _source_before_cue(doc, k, sent_start, participle=participle)
    if source is not None and (named := _named_in_quotes(doc, k, source, sent_end)) is not None:
        return Found(named, (k, k + 1), source, "indirect", confidence, frame=source)
    if source is not None and _what_they_called(doc, k, source, sent_start):
        return None
    if source is not None and (relative := object_relative(doc, k, cue_end, source)) is not None:
        head, subject = relative
        return Found([head], (k, cue_end), subject, "indirect", confidence, frame=(k, cue_end))
    if source is not None and (split := named_relative(doc, k, cue_end, source)) is not None:
        head, subject = split
        found = with_source(doc, k, cue_end, cue, subject, confidence, judge)
        if found is not None:
            found.content = sorted([head, *found.content])
        return found
    if source is not None and expletive_it(doc, k, source):
        return _expletive_cue(doc, k, cue_end, source, confidence, judge)
    if source is None:
        return _source_elsewhere(
            doc, k, cue_end, cue, confidence, judge, participle=participle, second_verb=second_verb
        )
    return with_source(doc, k, cue_end, cue, source, confidence, judge)


def _participle_after_comma(doc: Doc, k: int, sent_start: int) -> bool:
    """An "-ing" cue after a comma ("Lee said, noting that …") or a dash ("… — saying
    that …"), with its manner adverbs ("…, falsely suggesting that …"), goes on with the
    sentence's speaker: it has neither a noun before it nor an inverted source after it."""
    if not doc.tokens[k].lower.endswith("ing"):
        return False
    j = k
    while j - 1 > sent_start and (
        manner_adverb(doc.tokens[j - 1].text) or doc.tokens[j - 1].text in _PARTICIPLE_ADVERBS
    ):
        j -= 1  # "…, falsely suggesting that …", "…, instead seeking …": the participle's
    # A dash before the sentence (or, at the text's start, its last token) is no one's.
    dashed = j > sent_start and doc.tokens[j - 1].text in DASHES
    return dashed or after_comma(doc, j, sent_start)


#: Adverbs without "-ly" that stand before a participle after its comma ("Lee said,
#: instead seeking to focus on …", "…, even calling him …").
_PARTICIPLE_ADVERBS = words("instead also even still thereby then once often")


def _inverted_unless_appositive(
    doc: Doc, k: int, cue_end: int, cue: CueWord, confidence: float, sent_start: int
) -> Found | None:
    """An inverted source after a cue that follows a comma ("…, said Lee"), unless all
    before the cue is its subject with an appositive or a relative clause."""
    if after_comma(doc, k, sent_start) and not _appositive_subject(doc, k, sent_start):
        return inverted_after_comma(doc, k, cue_end, cue, confidence)
    return None


def _noun_before_cue(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """The noun phrase before the cue, also before a modal ("I can hardly support …") or
    set off from it by an aside between dashes ("Lee — who has sparred with Kim — told …")."""
    return (
        np_before(doc, k, sent_start)
        or _before_modal(doc, k)
        or _before_parenthesis(doc, k, sent_start)
        or _before_place_adverb(doc, k, sent_start)
    )


#: Adverbs of place that may close a subject ("Activists here say", "Polls there show").
_PLACE_ADVERBS = frozenset({"here", "there"})


def _before_place_adverb(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "Activists here say …", "executives there indicate …": the subject with the place
    adverb after it, which the noun phrase scan stops at (PolNeAR keeps the adverb in
    the source, mostly)."""
    j = k - 1
    while j > sent_start and doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    if j <= sent_start or doc.tokens[j].text not in _PLACE_ADVERBS:
        return None
    subject = np_right_before(doc, j, sent_start)
    if subject is None or doc.tokens[subject[0]].lower in EXPLETIVES:
        return None
    return subject[0], j + 1


def _source_before_cue(
    doc: Doc, k: int, sent_start: int, *, participle: bool
) -> tuple[TokenRange | None, bool]:
    """The noun phrase before the cue as its source, once checked and trimmed, and whether
    the cue is a second verb of the sentence's speaker ("… and in a statement credited")."""
    source = None if participle else _noun_before_cue(doc, k, sent_start)
    if source is not None and source[1] >= k - 2 and subordinate_gerund(doc, k, sent_start):
        source = None  # "Despite criticizing …", "Having announced …": no noun before the cue
    if source is not None:
        source = _narrowed_source(doc, k, source, sent_start)
    if source is not None and _set_phrase(doc, source, sent_start):
        source = _subject_before_set_phrase(doc, source[0] - 1, sent_start)
    if source is not None:
        source = _with_reduced_passive_head(doc, source, sent_start)
    second_verb = False
    if source is not None and _after_preposition(doc, k, source, sent_start):
        source, second_verb = _subject_before_preposition(doc, source, sent_start)
    elif source is not None and addressed_object(doc, k, source, sent_start):
        source = sentence_subject(doc, sent_start, source[0] - 1)
    if source is not None:
        source = _without_reporting_relative(doc, source)
    if source is not None and (
        noun_modifiers(doc, k, source, sent_start)
        or with_noun_modifiers(doc, k, source, sent_start)
    ):
        source = verb_subject(doc, source, sent_start)
    if source is not None and _unfit_source(doc, source):
        source = None
    return source, second_verb


#: Nouns of set phrases after "in" or "of" that stand between a subject and its verb
#: ("have in fact reported", "has of course said", "in turn cited"): no one's name (on
#: train 2 sources made right, none lost).
_SET_PHRASE_NOUNS = words("fact course turn particular part effect general short")


def _set_phrase(doc: Doc, source: TokenRange, sent_start: int) -> bool:
    """ "A pair of unions have in fact reported …": the noun before the cue is the end of an
    adverbial set phrase, not the cue's subject."""
    lo, hi = source
    return (
        hi - lo == 1
        and lo - 1 > sent_start
        and doc.tokens[lo].lower in _SET_PHRASE_NOUNS
        and doc.tokens[lo - 1].lower in {"in", "of"}
    )


def _subject_before_set_phrase(doc: Doc, prep: int, sent_start: int) -> TokenRange | None:
    """The subject before the set phrase and the auxiliaries before it ("A pair of unions
    have | in fact"), or none."""
    j = prep
    while j - 1 > sent_start and doc.tokens[j - 1].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    return np_before(doc, j, sent_start)


#: Most words between a reduced passive's participle and its "by" ("issued over the
#: summer by").
_MAX_BEFORE_BY = 5


def _with_reduced_passive_head(doc: Doc, source: TokenRange, sent_start: int) -> TokenRange:
    """ "A new donor group started by a former aide reported …", "A report … issued over the
    summer by the agency noted …": the agent of a reduced passive describes the
    sentence's subject, which is the cue's source with it (PolNeAR's), not the agent
    alone (on train 3 made right, one a direct quote's, none lost)."""
    lo, hi = source
    by = lo - 1
    if by - 2 < sent_start or doc.tokens[by].lower != "by":
        return source
    for p in range(by - 1, max(sent_start, by - 1 - _MAX_BEFORE_BY), -1):
        token = doc.tokens[p]
        if not token.is_word or doc.quote_of[p] != -1 or token.lower in FINITE_VERBS:
            return source
        if token.text.islower() and (verb_like(doc, p) or token.lower in IRREGULAR_PARTICIPLES):
            head = np_right_before(doc, p, sent_start)
            if head is None or not _clause_opens(doc, head[0], sent_start):
                return source
            return head[0], hi
    return source


#: Words after which a clause, and so its subject, starts ("…, while a PAC started by …").
_CLAUSE_STARTERS = words("while whereas and but as because although though when since that")


def _clause_opens(doc: Doc, j: int, sent_start: int) -> bool:
    """Token ``j`` opens the sentence or a clause in it."""
    return j == sent_start or doc.tokens[j - 1].lower in _CLAUSE_STARTERS | {",", ";"}


def _narrowed_source(doc: Doc, k: int, source: TokenRange, sent_start: int) -> TokenRange:
    """The noun phrase before the cue, narrowed to its speaker: without a fronting word,
    as those polled, as the study for a finding verb, as the sender of a medium."""
    source = _without_fronting_word(doc, source)
    source = _without_let(doc, source)
    source = those_polled(doc, source, sent_start)
    if doc.tokens[k].lower in _FINDING:
        source = document_subject(doc, source, sent_start)
    if doc.tokens[k].lower.endswith("ing"):
        source = (
            sender(doc, source, sent_start) or _event_speaker(doc, k, source, sent_start) or source
        )
        source = _participle_head(doc, k, source)
    return source


#: Events where one speaks ("a rally", "a news conference"): a participle after one
#: reports what its speaker said, and PolNeAR's source is the speaker, not the event (a
#: statement or an ad, a medium, is a source of its own: "In a statement announcing …").
#: On train 1 source made right, none lost; on dev a wrong one ("a news conference") goes,
#: its speaker being the source of the quote before it.
_EVENTS = words("rally speech conference address appearance")
#: Prepositions that set the event as where the speaker spoke ("said at a rally blasting").
_AT_EVENT = words("at during in with")


def _event_speaker(doc: Doc, k: int, source: TokenRange, sent_start: int) -> TokenRange | None:
    """ "the senator opened a rally blasting …", "she said at a news conference announcing
    …": the speaker at the event before a participle cue is its source (the subject of a
    verb of holding the event, or the sentence's speaker so far), or None. An event with
    an owner ("Lee's speech") or one only watched names no one here."""
    lo, hi = source
    if hi != k or doc.tokens[hi - 1].lower not in _EVENTS:
        return None
    if any(is_possessive(doc.tokens[j].lower) for j in range(lo, hi - 1)):
        return None  # "Kim watched Lee's speech blasting …": the owner is the speaker
    article = next((j for j in range(hi - 2, lo - 1, -1) if doc.tokens[j].lower in ARTICLES), lo)
    before = article - 1
    if before <= sent_start or not doc.tokens[before].text.islower():
        return None
    if doc.tokens[before].lower in _AT_EVENT:
        return _speaker_so_far(doc, k, sent_start, participle=True)
    if doc.tokens[before].lower not in _HOLDING_EVENT or doc.quote_of[before] != -1:
        return None
    return np_before(doc, before, sent_start)


#: Verbs whose subject speaks at the event they take ("the senator opened a rally
#: blasting …"); one who watched, followed or covered it did not.
_HOLDING_EVENT = words(
    """give gives gave given giving deliver delivers delivered delivering hold holds held
    holding open opens opened opening host hosts hosted hosting address addresses addressed
    headline headlines headlined staged stages convened convenes"""
)


#: Words after which the noun a participle describes starts ("an ad featuring workers
#: telling …", "begins with Lee commenting on …", "pressure from groups supporting …").
_BEFORE_PARTICIPLE_HEAD = words("with from for alongside featuring including")


def _participle_head(doc: Doc, k: int, source: TokenRange) -> TokenRange:
    """ "The routine begins with Lee commenting on …", "an ad featuring workers telling
    …": a participle right after a noun describes that noun, which is its source, not
    the clause or phrase the noun is the object of."""
    lo, hi = source
    if hi != k or not doc.tokens[k].text.islower():
        return source
    for j in range(hi - 2, lo - 1, -1):
        word = doc.tokens[j]
        if word.lower == "from" and doc.tokens[j + 1].is_cap:
            return source  # "the senator from Pennsylvania": where the speaker is from
        if word.text.islower() and word.lower in _BEFORE_PARTICIPLE_HEAD:
            return j + 1, hi
        if word.lower == "of" and _scene_of(doc, j, lo):
            return j + 1, hi
    return source


#: Nouns whose "of" phrase names who does the participle's act ("the spectacle of Lee
#: denouncing …", "in the wake of a fresh survey showing …").
_SCENES = words("spectacle wake sight")


def _scene_of(doc: Doc, of: int, lo: int) -> bool:
    """The "of" after a scene noun: its object is the participle's subject."""
    return of - 1 >= lo and doc.tokens[of - 1].lower in _SCENES


def _unfit_source(doc: Doc, source: TokenRange) -> bool:
    """A phrase already taken by another attribution, one ending in a verb or one without
    a word is no source."""
    return doc.any_used(*source) or ends_in_verb(doc, source) or not has_word(doc, source)


def _expletive_cue(
    doc: Doc, k: int, cue_end: int, source: TokenRange, confidence: float, judge: Judge
) -> Found | None:
    """A cue whose subject is an expletive "it": the cue is "made it clear" when "make"
    comes before "it", else a judgement without a judge."""
    sent_start, sent_end = doc.sentence_bounds(k)
    maker = source[0] - 1
    if maker >= sent_start and _made_it_clear(doc, maker):
        # "Lee made it clear that …" when the model did not take "made" as the cue.
        make = LEXICON.get(doc.tokens[maker].lower)
        return verb_cue(doc, maker, maker + 3, make, confidence, judge)
    # "It's unclear how …", "Nor is it clear that …": a judgement without a judge.
    return sourceless(doc, k, cue_end, sent_end, confidence, judge)


def _source_elsewhere(
    doc: Doc,
    k: int,
    cue_end: int,
    cue: CueWord,
    confidence: float,
    judge: Judge,
    *,
    participle: bool,
    second_verb: bool,
) -> Found | None:
    """No noun phrase before the cue: its source is a gerund or infinitive opener's
    subject, the sentence's speaker so far, a phrase's subject, a relative "that", or an
    inverted source after the cue, in that order."""
    sent_start, sent_end = doc.sentence_bounds(k)
    opener = _gerund_opener_subject(doc, k, sent_start, sent_end)
    if opener is not None:
        # The subject stays free for its own verb ("While saying …, he continued to …").
        item = _with_shared_source(doc, k, cue_end, cue, opener, confidence, judge)
        if item is not None and opener[0] > k:
            end_before_subject(doc, item, opener[0])
        return item
    infinitive = _infinitive_opener_subject(doc, k, sent_start)
    if infinitive is not None:
        # The subject stays free for the verb before "to".
        return _with_shared_source(doc, k, cue_end, cue, infinitive, confidence, judge)
    source = None
    if (
        participle
        or second_verb
        or _coordinated(doc, k, sent_start)
        or _joined_infinitive(doc, k, sent_start)
    ):
        # "Buchanan said, noting that …", "Graham said …, but lamented that …": the
        # sentence's speaker goes on.
        source = _speaker_so_far(doc, k, sent_start, participle=participle)
    if source is None and not participle and confidence >= PHRASE_SURE:
        phrase = phrase_subject(doc, k, sent_start)
        if phrase is not None:
            return _with_phrase_cue(doc, k, cue_end, cue, phrase, confidence, judge)
    purpose = None if source is not None else _purpose_subject(doc, k, sent_start)
    if purpose is not None:
        # The subject stays free for the clause's own verb.
        return _with_shared_source(doc, k, cue_end, cue, purpose, confidence, judge)
    if source is None:
        source = _relative_that(doc, k, sent_start)
    if source is None and (means := means_subject(doc, k, sent_start)) is not None:
        # The subject stays free for the clause's own verb.
        return _with_shared_source(doc, k, cue_end, cue, means, confidence, judge)
    if source is None and raising(doc, k, cue_end):
        subject = _pronoun_subject_of_raising(doc, k, sent_start)
        if subject is not None:
            return impression(doc, k, cue_end, subject, sent_end, confidence, judge)
    if source is None and not participle:
        source = _subject_before_relative(doc, k, sent_start)
    if source is None:
        return inverted_source(doc, k, cue_end, sent_start, sent_end, confidence)
    return with_source(doc, k, cue_end, cue, source, confidence, judge)


#: Pronouns that are no source but may be the subject of what is expected or seems.
_RAISED_PRONOUNS = words("that this which who")


def _pronoun_subject_of_raising(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "a post that is expected to be filled by …", "Fees that are expected to rise":
    a relative (or a sentence's demonstrative) subject, which names no source, is still the
    subject of an impression: PolNeAR's content, with the noun the relative pronoun stands
    for ("a post that | to be filled by …")."""
    j = k - 1
    while j > sent_start and doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE:
        j -= 1
    if j < sent_start or j == k - 1 or doc.tokens[j].lower not in _RAISED_PRONOUNS:
        return None
    if doc.tokens[j].lower in {"this", "that"} and j == sent_start:
        return j, j + 1
    if doc.tokens[j].lower == "this":
        return None
    head = np_right_before(doc, j, sent_start)
    if head is None or doc.any_used(*head):
        return None
    return head[0], j + 1


#: How far back from the cue the relative pronoun of its subject may stand.
_MAX_RELATIVE_SUBJECT = 30
#: Marks that end the search for a subject's relative clause: it never runs over them.
_RELATIVE_SUBJECT_BREAKS = frozenset({";", ":", "."})


def _subject_before_relative(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "A tenant who has accused the landlord of fraud said …", "Another nurse who worked
    there and who asked not to be identified said …": a relative clause between the subject
    and the cue hides the subject from the noun phrase scan. The subject opens its clause
    and the source runs from it to the cue, relative clause and all (PolNeAR's reading);
    set off by commas ("Ortega, who estimates …, described …") the source is the
    subject alone."""
    tokens = doc.tokens
    if tokens[k].lower.endswith("ing") or (k - 1 > sent_start and tokens[k - 1].lower == "to"):
        return None
    floor = max(sent_start, k - _MAX_RELATIVE_SUBJECT)
    for j in range(k - 2, floor, -1):
        if tokens[j].text in _RELATIVE_SUBJECT_BREAKS:
            return None
        if tokens[j].lower != "who" or doc.quote_of[j] != -1:
            continue
        set_off = tokens[j - 1].text == ","
        head = np_right_before(doc, j - 1 if set_off else j, sent_start)
        if head is None or not _clause_opens(doc, head[0], sent_start) or doc.any_used(*head):
            continue
        if not set_off:
            if any(
                tokens[m].text == "," and tokens[m + 1].lower in _CLAUSE_STARTERS
                for m in range(j, k - 1)
            ):
                return None  # "Voters who …, but Lee said …": another clause
            end = k
            while end - 1 > j and tokens[end - 1].lower in BETWEEN_SOURCE_AND_CUE:
                end -= 1
            return head[0], end
        if _closes_aside(doc, k):
            return head
        return None
    return None


def _closes_aside(doc: Doc, k: int) -> bool:
    """A comma closes the aside right before the cue, perhaps inside a closing quotation
    mark (“…about a million,” described)."""
    before = k - 1
    if doc.quote_of[before] != -1 and before > 0 and doc.tokens[before - 1].text == ",":
        return True
    return doc.tokens[before].text == ","


def _gerund_opener_subject(doc: Doc, k: int, sent_start: int, sent_end: int) -> TokenRange | None:
    """The subject of the clause a subordinate gerund cue opens ("Despite saying …, Lee")."""
    if subordinate_gerund(doc, k, sent_start):
        return gerund_subject(doc, k, sent_start, sent_end)
    return None


def _infinitive_opener_subject(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """The subject of the verb before an infinitive cue ("Lee is trying to tell …")."""
    if k - 1 > sent_start and doc.tokens[k - 1].lower == "to":
        return infinitive_subject(doc, k - 1, sent_start)
    return None


_PURPOSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "--"}) | words(
    """that which who whom whose and or but if when while because as where"""
)
_MAX_PURPOSE = 14


def _purpose_subject(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """The subject of the clause an infinitive of purpose ends ("Lee went on the radio
    to discuss …", "Kim took to the steps of City Hall to assail …")."""
    to = k - 1
    if to - 1 <= sent_start or doc.tokens[to].lower != "to":
        return None
    subject = sentence_subject(doc, sent_start, to)
    if subject is None or subject[1] >= to - 1 or to - subject[1] > _MAX_PURPOSE:
        return None
    if doc.any_used(*subject):
        return None
    for j in range(subject[1], to):
        if doc.tokens[j].lower in _PURPOSE_BREAKS or doc.quote_of[j] != -1:
            return None
    return subject


def _with_shared_source(
    doc: Doc,
    k: int,
    cue_end: int,
    cue: CueWord,
    subject: TokenRange,
    confidence: float,
    judge: Judge,
) -> Found | None:
    """The cue's attribution with a subject another verb of the sentence keeps free for
    its own attribution."""
    item = with_source(doc, k, cue_end, cue, subject, confidence, judge)
    if item is not None:
        item.shared_source = True
    return item


def _with_phrase_cue(
    doc: Doc,
    k: int,
    cue_end: int,
    cue: CueWord,
    phrase: tuple[int, TokenRange],
    confidence: float,
    judge: Judge,
) -> Found | None:
    """The attribution of a cue inside a verb phrase ("has taken a swipe at"), with the
    phrase's subject as source and the cue running from the phrase's verb."""
    verb, subject = phrase
    item = with_source(doc, k, cue_end, cue, subject, confidence, judge)
    if item is not None and item.cue is not None:
        # "has taken a swipe at": the cue runs from the phrase's verb.
        item.cue = (verb, item.cue[1])
    return item


#: Words before "that" after which it opens a said or reported clause, not a relative one.
_THAT_CONJUNCTION = words(
    """so such now given so and but or than because except provided assuming despite is was
    are were be been 's ’s not"""
)


def _relative_that(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "polls that show Lee leading", "an ad that attacked Kim": the relative "that" after
    a noun is the cue's subject, which PolNeAR takes as the source as it takes "which"."""
    that = k - 1
    if that - 1 <= sent_start or doc.tokens[that].lower != "that" or doc.quote_of[that] != -1:
        return None
    if doc.tokens[k].lower.endswith("ing"):
        return None  # "… that accusing him …": no relative clause opens with a participle
    noun = doc.tokens[that - 1]
    if not noun.is_word or noun.lower in LEXICON or noun.lower in _THAT_CONJUNCTION:
        return None
    if noun.lower in FINITE_VERBS | IRREGULAR_PAST or (
        noun.text.islower() and noun.lower.endswith(("ed", "ing", "ly"))
    ):
        return None  # "argued that", "knowing that", "certainly that"
    if that in doc.used:
        return None
    if doc.tokens[k].lower in _FINDING:
        # "polls that show …", "a report that suggested …": the record is the source.
        record = np_right_before(doc, that, sent_start)
        if record is not None and not doc.any_used(*record):
            return record
    return that, k


#: Modals the auxiliaries skipped before a cue leave out ("Lee can say", "voters must
#: decide"); the cue model's features keep that list, so it is not changed.
_MODALS = words("can cannot can't can’t should must shall ought")


def _without_fronting_word(doc: Doc, source: TokenRange) -> TokenRange:
    """ "Despite Mr. Lee's claims that …": the capitalised preposition that opens the
    sentence is no part of the owner's name."""
    first = doc.tokens[source[0]]
    if source[1] - source[0] > 1 and first.is_cap and first.lower in FRONTING | SUBORDINATORS:
        return source[0] + 1, source[1]
    return source


#: Verbs of letting, making, helping and perceiving whose object does the cue's act
#: ("could help Lee cast himself as …", "hearing him say …"): their object, not the verb,
#: is the source (PolNeAR's; on train 2 made right, none lost).
_CAUSATIVES = words("""help helps helped helping make makes making hearing watching seeing""")


def _without_let(doc: Doc, source: TokenRange) -> TokenRange:
    """ "Let me just say that …", "let us assume …": the speaker is the pronoun, not
    the imperative before it (PolNeAR's source is "me"); so after "help", "make" or
    "hearing" ("help Lee cast himself as …")."""
    lo, hi = source
    if hi - lo == 2 and doc.tokens[lo].lower == "let" and doc.tokens[lo + 1].lower in {"me", "us"}:
        return lo + 1, hi
    # Printed in lower case only: "Makes" in a headline or "Help" opening a sentence is no
    # causative (matching them case-blind wrongs a train headline and a diner's sign).
    if hi - lo >= 2 and doc.tokens[lo].text in _CAUSATIVES and _object_opener(doc, lo + 1):
        return lo + 1, hi
    return source


def _object_opener(doc: Doc, j: int) -> bool:
    """A pronoun or a capitalised name: a person as the verb's object (not an article:
    "to make a controversial comment" is a light verb and its noun)."""
    token = doc.tokens[j]
    return token.lower in _OBJECT_PRONOUNS or token.is_cap


_OBJECT_PRONOUNS = OBJECT_PRONOUNS | words("you everyone")


def _before_modal(doc: Doc, k: int) -> TokenRange | None:
    """The subject before a modal and the adverbs around it ("I can hardly support …")."""
    sent_start = doc.sentence_bounds(k)[0]
    j = k - 1
    while j > sent_start and (
        doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE or doc.tokens[j].lower.endswith("ly")
    ):
        j -= 1
    if j <= sent_start or doc.tokens[j].lower not in _MODALS:
        return None
    return np_before(doc, j, sent_start)


_PASSIVE_BREAKS = words(
    """is was are were be been being has have had 's who which that and or but to not
    never"""
)
_PASSIVE_ADVERBS = words("once later first also since long widely")
#: Participles of feeling: "Voters angered by the plan" are the source of their view.
_FELT = words(
    """concerned worried convinced shocked satisfied dismayed frustrated scared surprised
    pleased disappointed divided persuaded alarmed troubled delighted thrilled encouraged
    relieved outraged angered unified impressed"""
)


#: Adverbs of place in a text that point at the text itself ("the views expressed here").
_IN_THIS_TEXT = words("here herein above below")


def _expressed_here(doc: Doc, k: int, cue_end: int, sent_start: int, sent_end: int) -> bool:
    """ "The views expressed here are the author's alone": a participle after a noun that
    points at the text itself describes the noun (a disclaimer); the noun says nothing."""
    word = doc.tokens[k].lower
    return (
        k > sent_start
        and cue_end < sent_end
        and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES)
        and doc.tokens[cue_end].lower in _IN_THIS_TEXT
        and doc.tokens[k - 1].is_word
        and not doc.tokens[k - 1].is_cap
        and doc.tokens[k - 1].lower not in PRONOUNS
    )


def _reduced_passive(
    doc: Doc, k: int, cue_end: int, sent_start: int, sent_end: int
) -> TokenRange | None:
    """ "a practice criticized by Lee", "The bill, opposed by the mayor, failed": a
    participle with "by" right after a noun phrase, without "be", is a passive all the
    same: the phrase is the content and the agent the source. Returns the phrase."""
    if cue_end + 1 >= sent_end or doc.tokens[cue_end].lower != "by":
        return None
    means = cue_end + 1
    if means + 1 < sent_end and (
        doc.tokens[means].lower in _PASSIVE_ADVERBS or manner_adverb(doc.tokens[means].text)
    ):
        means += 1
    if doc.tokens[means].lower.endswith("ing"):
        return None  # "responded by (first) saying": a means, not an agent
    word = doc.tokens[cue_end - 1].lower
    if not (word.endswith("ed") or word in IRREGULAR_PARTICIPLES) or k - 1 <= sent_start:
        return None
    if word in _FELT:
        return None  # "voters angered by …" hold the view (impressions: feelings)
    end = k
    while end - 1 > sent_start and (
        doc.tokens[end - 1].lower in _PASSIVE_ADVERBS or manner_adverb(doc.tokens[end - 1].text)
    ):
        end -= 1  # "a fact later confirmed by", "policies once championed by"
    if doc.tokens[end - 1].text in SET_OFF_MARKS:
        end -= 1  # "The bill, opposed by …"
    last = doc.tokens[end - 1]
    if not last.is_word or last.lower in _PASSIVE_BREAKS or doc.quote_of[end - 1] != -1:
        return None
    subject = np_right_before(doc, end, sent_start)
    if subject is None or doc.any_used(*subject):
        return None
    return subject


#: Prepositions after a participle in a headline that make it a passive ("Lee Accused Of
#: …", "Lee Slammed For …"), not a past tense with an object ("Lee Endorsed Kim").
_HEADLINE_PASSIVE_PREPS = frozenset({"Of", "For", "Over"})


def _headline_passive(doc: Doc, k: int, sent_start: int, sent_end: int) -> TokenRange | None:
    """ "FDIC Accused Of Covering Up …": in a title-case headline a capitalised participle
    between a name and "Of"/"For"/"Over" is a passive without "be"; the name is attributed,
    not the source (PolNeAR gives such headlines no source; on train 2 made right)."""
    word = doc.tokens[k]
    if not (word.is_cap and word.lower.endswith("ed")) or k <= sent_start:
        return None
    if k + 1 >= sent_end or doc.tokens[k + 1].text not in _HEADLINE_PASSIVE_PREPS:
        return None
    if not doc.tokens[k - 1].is_cap:
        return None
    subject = np_right_before(doc, k, sent_start)
    if subject is None or doc.any_used(*subject):
        return None
    return subject


_RELATIVE_OPENERS = UNAMBIGUOUS_RELATIVES | {"whose"}
_MAX_ASIDE = 40


def _before_parenthesis(doc: Doc, k: int, sent_start: int) -> TokenRange | None:
    """ "Lee — who has sparred with Kim for weeks — told reporters …", "A spokesman for
    the firm - a small family business - noted that …": a subject set off from its verb
    by an aside between dashes. A relative clause is left out of the source, a
    description kept (PolNeAR's reading; participles after a dash go on with the clause
    before it and are left alone)."""
    close = k - 1
    while close > sent_start and doc.tokens[close].lower in BETWEEN_SOURCE_AND_CUE:
        close -= 1
    if doc.tokens[k].lower.endswith("ing") or doc.tokens[close].text not in DASHES:
        return None
    if doc.tokens[close - 1].text in DASHES:
        close -= 1  # "- -": a dash typed as two hyphens
    opening = close - 1
    while opening > max(sent_start, close - _MAX_ASIDE) and doc.tokens[opening].text not in (
        DASHES
    ):
        opening -= 1
    if doc.tokens[opening].text not in DASHES or opening >= close - 1:
        return None
    if after_dateline(doc, sent_start, close) > opening:
        return None  # the first dash closes a dateline ("PORTLAND - When …, aides … -")
    start = opening - 1 if doc.tokens[opening - 1].text in DASHES else opening
    subject = np_right_before(doc, start, sent_start)
    if subject is None:
        return None
    if doc.tokens[opening + 1].lower in _RELATIVE_OPENERS:
        return subject
    return subject[0], close


def _without_reporting_relative(doc: Doc, source: TokenRange) -> TokenRange:
    """ "Cruz, who says Lee is attacking him, said …": a relative clause holding an
    attribution of its own is left out of the source (in train PolNeAR leaves out all 56
    such relative clauses; those without a cue it takes in 133 times of 189)."""
    lo, hi = source
    for j in range(lo + 1, hi - 1):
        if doc.tokens[j].text == "," and doc.tokens[j + 1].lower in _RELATIVE_OPENERS:
            if doc.any_used(j + 1, hi) and not doc.any_used(lo, j):
                return lo, j
            break
    return source


#: Words that may open a sentence before its subject ("Meanwhile Rihanna, who …, spoke").
_SUBJECT_LEADERS = words("but and so yet still meanwhile however instead")


def _appositive_subject(doc: Doc, k: int, sent_start: int) -> bool:
    """ "Rihanna, who was honored …, spoke about …", "Several candidates, including Lee,
    criticized the trade": all that comes before the cue is its subject with an appositive
    or a relative clause, so the phrase after the cue is no inverted source (in train such
    sentences took the object as source and the subject as content 62 times)."""
    subject = np_before(doc, k, sent_start)
    if subject is None:
        return False
    start = sent_start
    comma = subject[0] - 1
    if comma > start and doc.tokens[comma].text == "," and introduction(doc, (start, comma)):
        start = comma + 1  # "In May, Ann Lee, a rival, assailed …"
    elif subject[0] == start + 1 and doc.tokens[start].lower == "on":
        start += 1  # "On Saturday, Ann Lee, a rival, assailed …" (the date read as a name)
    return all(doc.tokens[j].lower in _SUBJECT_LEADERS for j in range(start, subject[0]))


_NAMING = words(
    "call calls called calling dub dubs dubbed describe describes described term termed"
)


def _what_they_called(doc: Doc, k: int, source: TokenRange, sent_start: int) -> bool:
    """ "Lee denounced what he called a “blatant breach”": a relative "what" before the
    source makes the cue part of a noun phrase of the sentence (PolNeAR leaves it out 27
    times of 44 in train)."""
    return (
        doc.tokens[k].lower in _NAMING
        and source[0] - 1 >= sent_start
        and doc.tokens[source[0] - 1].lower == "what"
    )


#: Relatives that stand for a naming verb's object: "the bodies, which he called “…”".
_NAMED_RELATIVES = words("what which whom")
#: Words between a naming verb and the quoted name it gives ("described as a “…”").
_BEFORE_NAME = words("as a an the")


def _named_in_quotes(
    doc: Doc, k: int, source: TokenRange, sent_end: int
) -> list[TokenRange] | None:
    """ "under what Ann Lee called “the old model,” …", "the board, which he called “a
    cartel”": a relative before the source of a naming verb whose name is quoted is the
    verb's object; PolNeAR's content is the relative and the quoted name. After "what"
    only a source other than a pronoun: "what he called “…”" inside the speaker's own
    sentence is left out (in train "what" with a named source is annotated 7 times of 9,
    with a pronoun 2 of 12; "which" and "whom" 7 of 10). Train: 13 made right, 1 more
    prediction."""
    relative = source[0] - 1
    if doc.tokens[k].lower not in _NAMING or relative < 0:
        return None
    word = doc.tokens[relative].lower
    if word not in _NAMED_RELATIVES or doc.quote_of[relative] != -1:
        return None
    if word == "what" and is_pronoun(doc, *source):
        return None
    j = k + 1
    while j < sent_end and j - k <= 2 and doc.tokens[j].lower in _BEFORE_NAME:
        j += 1
    index = doc.quote_of[j] if j < sent_end else -1
    if index == -1 or doc.quotes[index].first != j or not doc.quotes[index].closed:
        return None
    return [(relative, relative + 1), (k + 1, doc.quotes[index].last + 1)]


_CLEAR = words("clear plain")


def _made_it_clear(doc: Doc, k: int) -> bool:
    """ "made it clear that …", "making it plain": the subject of "make" is the source and
    the clause after "clear" the content (PolNeAR's cue is "made it clear"; in train "it"
    took the source 11 times, and one cue fixes 9 of them)."""
    tokens = doc.tokens
    return (
        k + 2 < len(tokens)
        and tokens[k].lower in MAKE
        and tokens[k + 1].lower == "it"
        and tokens[k + 2].lower in _CLEAR
    )


_FINDING = words(
    """found finds find show shows showed shown concluded concludes revealed reveals
    indicates indicated suggests suggested"""
)


#: Longest time phrase between a conjunction and the verb it joins ("and on Monday
#: announced", "but late last week wrote").
_MAX_JOINED_TIME = 4
#: Most "-ly" adverbs between "and"/"but" and the verb it joins ("and only recently
#: said"): the run the rule was written and measured for.
_MAX_JOINED_ADVERBS = 2


def _coordinated(doc: Doc, k: int, sent_start: int) -> bool:
    """The cue is a second verb: "…, denounced her record and said she …", "… and on
    Monday announced …" (a time phrase may come between), "… and generally agree that
    …" (one or two "-ly" adverbs after "and" or "but"; not after a comma, where "he
    really, really wants" is no second verb)."""
    j = k - 1
    while j >= sent_start and (
        doc.tokens[j].lower in BETWEEN_SOURCE_AND_CUE or _graded_adverb(doc, j, sent_start)
    ):
        j -= 1
    if j >= sent_start and doc.tokens[j].lower in {"and", "but", ","}:
        return True
    adverbs = j
    while (
        j >= sent_start and adverbs - j < _MAX_JOINED_ADVERBS and manner_adverb(doc.tokens[j].text)
    ):
        j -= 1
    if j < adverbs and j >= sent_start and doc.tokens[j].lower in {"and", "but"}:
        return True  # "… and quickly said …"
    j = adverbs
    end = j
    while j >= sent_start and end - j < _MAX_JOINED_TIME and _time_word(doc.tokens[j].lower):
        j -= 1
    timed = j < end and any(doc.tokens[i].lower in TIME_WORDS for i in range(j + 1, end + 1))
    return timed and j >= sent_start and doc.tokens[j].lower in {"and", "but"}


def _graded_adverb(doc: Doc, j: int, sent_start: int) -> bool:
    """ "… and most recently defended …": an "-ly" adverb graded by "most" or "more",
    between the joining word and the second verb (either of its two words)."""
    if doc.tokens[j].text in ADVERB_GRADES:
        return j + 1 < len(doc.tokens) and manner_adverb(doc.tokens[j + 1].text)
    return (
        j > sent_start
        and doc.tokens[j - 1].text in ADVERB_GRADES
        and manner_adverb(doc.tokens[j].text)
    )


def _joined_infinitive(doc: Doc, k: int, sent_start: int) -> bool:
    """ "… urged the party to unite and tried to make the case that …": an infinitive cue
    after a second verb goes on with the sentence's speaker, as that verb does."""
    to = k - 1
    if to - 1 <= sent_start or doc.tokens[to].lower != "to":
        return False
    verb = doc.tokens[to - 1]
    return verb.is_word and verb.text.islower() and _coordinated(doc, to - 1, sent_start)


#: Forms of "be" after an existential "there" ("there are", "there have been").
#: Nouns of saying, thinking and wanting that no one holds after "there is/are" ("there
#: are fears that …"; "signs" and "issue" are not annotated).
_EXISTENTIAL_NOUNS = words(
    """fears fear concerns concern worries calls plans plan talk speculation rumors reports
    hopes hope doubts questions assertion assertions claims suggestions expectations"""
)
#: How far before the noun its verb may stand, over modifiers ("there was no immediate
#: assertion", "there have been growing calls").
_EXISTENTIAL_REACH = 4


def _after_existential_there(doc: Doc, k: int) -> bool:
    """The cue word is a noun of saying or thinking after "there is/are/have been" (but
    not after "there" as a place: "Polls there show"); the walk back from the verb to
    "there" is :func:`~kg.extract.indirect.owned.existential_there`'s."""
    sent_start = doc.sentence_bounds(k)[0]
    if doc.tokens[k].lower not in _EXISTENTIAL_NOUNS:
        return False
    for j in range(k - 1, max(sent_start, k - _EXISTENTIAL_REACH) - 1, -1):
        token = doc.tokens[j]
        if token.lower in EXISTENTIAL_BE or token.lower in EXPLETIVES:
            return existential_there(doc, j, sent_start)
        if not token.is_word or not token.text.islower() or token.lower in RELATIVE_SUBJECTS:
            return False  # "there is Lee's aside that …", "a nation that understands"
    return False


def _time_word(word: str) -> bool:
    return word in TIME_WORDS or word in TIME_GLUE
