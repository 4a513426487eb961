"""The extractor: analyse the text once, run the quote rules, then the reported-speech
rules, then read speaker, venue and date for every attribution found."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kg.extract import learned
from kg.extract.bare_sources import names_no_one
from kg.extract.datelines import after_dateline, after_heading
from kg.extract.direct import find_direct
from kg.extract.direct.described import free_relative_cue
from kg.extract.doc import Doc
from kg.extract.filters import (
    drop_title_source,
    keep_indirect,
    keep_turn,
    mend_backers_as_source,
    mend_frame_source,
    mend_indirect,
    names_a_work,
    turn_stirred_feeling,
)
from kg.extract.follow import continue_into_quotes
from kg.extract.found import Found
from kg.extract.genders import given_name_gender
from kg.extract.indirect import find_indirect
from kg.extract.judge import LearnedJudge, scorers_for
from kg.extract.learned import Model
from kg.extract.model import Attribution
from kg.extract.names import name_like, shouted
from kg.extract.nesting import without_nested
from kg.extract.occasion import Occasion, carry_occasions, read_occasion
from kg.extract.phrases import PRONOUNS
from kg.extract.referents import (
    POSSESSIVE_PRONOUNS,
    may_mean,
    next_to,
    office_mentions,
    one_unnamed_person,
    subject_before,
)
from kg.extract.registry import Registry
from kg.extract.speakers import OfficeHolders, Speaker, describe, is_party_epithet
from kg.extract.turns import find_turns
from kg.extract.voices import Voices
from kg.extract.wordsets import DASHES, PERSON_PRONOUNS, words


def extract(
    text: str, *, published: dt.date | None = None, author: str | None = None
) -> list[Attribution]:
    """Find the attributions in ``text``, ordered by where their content starts.

    ``published`` resolves relative dates; ``author`` is whom "I" and "my" outside quotes
    mean where the text has no byline of one author (see :mod:`kg.extract.byline`).
    Never raises on a string: odd quote marks, empty or huge input only change what is
    found.
    """
    return extract_with(text, published=published, model=learned.load(), author=author)


def warm_up() -> None:
    """Read the shipped model and build its scorers: what the first :func:`extract` would
    otherwise pay (about a second), so that a timing counts extraction alone."""
    model = learned.load()
    if model is not None:
        scorers_for(model)


def extract_with(
    text: str,
    *,
    published: dt.date | None = None,
    model: Model | None = None,
    author: str | None = None,
) -> list[Attribution]:
    """:func:`extract` with an explicit cue model (None: lexicon only); used in training."""
    if not text.strip():
        return []
    doc = Doc.analyse(text)
    turns = [turn for turn in find_turns(doc) if keep_turn(doc, turn)]
    _claim_quotes(doc, turns)
    for turn in turns:
        # PolNeAR does not nest attributions: "I think …" inside a turn is the speaker's.
        for lo, hi in turn.content:
            doc.used.update(range(lo, hi))
    direct = find_direct(doc)
    _claim_quotes(doc, direct)
    judge = LearnedJudge(model) if model else None
    if judge is not None:
        for item in direct:
            free_relative_cue(doc, item, judge)
    indirect = find_indirect(doc, judge)
    continue_into_quotes(doc, indirect)
    for item in indirect:
        turn_stirred_feeling(doc, item)
        mend_frame_source(doc, item)
        mend_backers_as_source(doc, item)
    indirect = [item for item in indirect if keep_indirect(doc, item)]
    for item in indirect:
        mend_indirect(doc, item)
    # After the mends: a light verb or "worth" read as the source is mended, not dropped.
    indirect = [item for item in indirect if not names_no_one(doc, item)]
    found = [f for f in turns + direct + indirect if not names_a_work(doc, f)]
    for item in found:
        drop_title_source(doc, item)
    found = without_nested(doc, found)
    found.sort(key=lambda f: (f.content[0][0], f.cue or (0, 0)))
    registry = Registry(doc)
    voices = Voices(doc, registry, author)
    result: list[tuple[Attribution, Occasion, int]] = []
    last_person: Speaker | None = None
    # An unnamed source of one and its sentence: a "he" or "she" right after means them.
    last_unnamed: tuple[Speaker, int] | None = None
    holders = OfficeHolders()
    spoken = {doc.sentence_of[item.cue[0]] for item in found if item.cue is not None}
    introduced = office_mentions(doc, registry)
    for item in found:
        # "Mayor Ana Ruiz opened the bridge. … the mayor said": people the text introduced
        # with an office before the source are holders too, whether or not they spoke.
        while introduced and item.source is not None and introduced[-1][0] < item.source[0]:
            holders.add(introduced.pop()[1])
        mentioned = subject_before(doc, item, registry, spoken)
        if last_unnamed is not None and next_to(doc, registry, item, last_unnamed):
            mentioned = mentioned or last_unnamed[0]
        attribution, speaker = _finish(
            doc, item, registry, mentioned or last_person, holders, voices=voices
        )
        if attribution is None:
            continue
        if item.source is not None:
            # A question put to no one named ("Asked whether …, he said") leaves whom the
            # "he" after it means as it was.
            last_unnamed = None
        if _relative_source(doc, item):
            pass  # "Lee met Roe, who said …. He added": the clause's person is a side one
        elif _first_or_second_person(doc, item):
            pass  # the author's "I think he is wrong": "he" is still whom the text quoted
        elif speaker is not None and speaker.pronoun_target:
            last_person = speaker
            if speaker.office is not None:
                holders.add(speaker)
        elif speaker is not None and item.cue and one_unnamed_person(doc, item, speaker):
            last_unnamed = speaker, doc.sentence_of[item.cue[0]]
        elif speaker is not None and speaker.joint:
            last_person = None  # "Lee and Chan said …. She added": which of them?
        anchor = item.cue[0] if item.cue else item.content[0][0]
        result.append(
            (attribution, read_occasion(doc, item, published, registry), doc.tokens[anchor].para)
        )
    return carry_occasions(result)


def _claim_quotes(doc: Doc, items: list[Found]) -> None:
    """Mark the quotes, cues and sources taken so later rules leave them alone."""
    for item in items:
        for lo, hi in item.claimed():
            doc.used.update(range(lo, hi))
        doc.claimed_quotes.update(item.quotes)
        if item.cue is not None:
            cue = item.cue[0]
            frame = min(cue, item.source[0]) if item.source is not None else cue
            doc.quote_cues.update(dict.fromkeys(item.quotes, (cue, frame)))
        if item.source is not None and item.cue is not None:
            doc.sentence_source[doc.sentence_of[item.cue[0]]] = item.source


def _may_go_on(doc: Doc, at: int, possessive: bool) -> bool:
    """Whether a "he" or "she" at token ``at`` may mean the last speaker: always, but a
    possessive only when it opens its sentence ("His view is that …"); inside one ("Ulm
    won with his promise that …") it mostly means the sentence's own subject, whom the
    speaker chain does not know (PolNeAR: 1 of 11 such readings checked by eye right)."""
    return not possessive or doc.sentences[doc.sentence_of[at]][0] == at


def _finish(
    doc: Doc,
    item: Found,
    registry: Registry,
    last_person: Speaker | None,
    holders: OfficeHolders | None = None,
    *,
    voices: Voices | None = None,
) -> tuple[Attribution | None, Speaker | None]:
    """The attribution with its speaker resolved; venue and date come after (see
    :mod:`kg.extract.occasion`). ``voices`` tells whom "I" and "you" mean."""
    content = _clean_content(doc, item)
    if not content:
        return None, None
    if item.source is not None and _overlaps_any(
        doc.span(*item.source), [*content, doc.span(*item.cue) if item.cue else None]
    ):
        # No rule should give this (the fuzzer found one that did): spans never cross, so
        # the reading stays without its source rather than with crossing spans.
        item.source = None
    speaker: Speaker | None = None
    source: tuple[int, int] | None = None
    if item.source is not None:
        lo, hi = item.source
        source = _without_clitic(doc, doc.span(lo, hi))
        # "She’ll" is one token: the pronoun is read without the clitic.
        word = doc.text[source[0] : source[1]]
        if hi - lo == 1 and word.lower() == "which" and (named := _antecedent(doc, lo)):
            speaker = describe(doc.words(*named), doc.tokens[named[0]].start, registry)
        elif (
            hi - lo == 1 and word.lower() == "who" and (person := _person_before(doc, lo, registry))
        ):
            speaker = person
        elif (
            hi - lo == 1
            and (pronoun := POSSESSIVE_PRONOUNS.get(word.lower(), word.lower())) in PRONOUNS
        ):
            if (
                pronoun in {"he", "she"}
                and _may_go_on(doc, lo, pronoun != word.lower())
                and last_person is not None
                and may_mean(registry, last_person, pronoun)
            ):
                speaker = Speaker(
                    last_person.name,
                    word if last_person.named else last_person.descriptor,
                    last_person.office,
                    last_person.office_status,
                    named=last_person.named,
                )
            elif (who := _voice(voices, pronoun, lo)) is not None:
                speaker = Speaker(who, word, None, None, named=True)
            else:
                speaker = Speaker(None, word, None, None, named=False)
        elif voices is not None and (who := voices.labelled(lo, hi)) is not None:
            speaker = Speaker(who, word, None, None, named=True)  # "A: “…”" of an interview
        elif (after := _after_dateline(doc, lo, hi)) < hi:
            # "DOVER, May 3 — Grainco, a mill, said": the dateline is no part of the source
            # (the phrase finders leave it in before an appositive).
            source = doc.span(after, hi)
            speaker = describe(doc.words(after, hi), doc.tokens[after].start, registry)
            if speaker.named and _opens_clause(doc, after):
                speaker = _sentence_case(doc, after, hi, registry, speaker)
            if last_person is not None and _epithet(speaker):
                speaker = replace(last_person, descriptor=speaker.descriptor, members=())
            elif holders is not None and (holder := holders.holder(speaker)) is not None:
                speaker = replace(holder, descriptor=speaker.descriptor, members=())
    cue = doc.span(*item.cue) if item.cue else None
    attribution = Attribution(
        content=tuple(content),
        cue=cue,
        source=source,
        speaker=speaker.name if speaker else None,
        descriptor=speaker.descriptor if speaker else None,
        kind="direct" if _mostly_quoted(doc, content) else "indirect",
        office=speaker.office if speaker else None,
        office_status=speaker.office_status if speaker else None,
        confidence=item.confidence,
        speakers=speaker.agents() if speaker else (),
    )
    return attribution, speaker


def _voice(voices: Voices | None, pronoun: str, k: int) -> str | None:
    """Whom the "I" or "you" at token ``k`` means, if the text says."""
    if voices is None:
        return None
    if pronoun == "i":
        return voices.first_person(k)
    return voices.second_person(k) if pronoun == "you" else None


#: Sources that speak or are spoken to: "I", "my", "you", and fused with a verb ("I’m").
_FIRST_OR_SECOND = frozenset({"i", "my", "you", "your"})


def _first_or_second_person(doc: Doc, item: Found) -> bool:
    """The source is "I", "my" or "you" (the author, or an interview's guest)."""
    if item.source is None or item.source[1] - item.source[0] != 1:
        return False
    word = doc.tokens[item.source[0]].lower
    return word in _FIRST_OR_SECOND or word.startswith(("i’", "i'", "you’", "you'"))


def _relative_source(doc: Doc, item: Found) -> bool:
    return item.source is not None and doc.words(*item.source).lower() == "who"


def _person_before(doc: Doc, who: int, registry: Registry) -> Speaker | None:
    """The person a source "who" stands for: the name right before it ("Supervisor Glen
    Farrow, who told a hearing that …"); not a place or body after a preposition ("a
    senator from New Jersey, who …", "the head of the Foundation for Peace, who …")."""
    if who == 0 or doc.tokens[who - 1].text != ",":
        return None  # "a former census-taker who …": a restrictive clause, no name before
    named = _antecedent(doc, who)
    if named is None or (named[0] > 0 and doc.tokens[named[0] - 1].lower in _PREPOSITIONS):
        return None
    if any(doc.tokens[k].text in _ANTECEDENT_GLUE for k in range(*named)):
        return None  # "the head of the Foundation for Peace, who …": a body's name
    speaker = describe(doc.words(*named), doc.tokens[named[0]].start, registry)
    return speaker if speaker.pronoun_target else None


_PREPOSITIONS = words("of from in at on for with to by about against")
#: How many words back a relative's antecedent may run ("the Ulm River Trade Board").
_ANTECEDENT_WORDS = 5
_ANTECEDENT_GLUE = frozenset({"of", "for", "&", "-"})


def _overlaps_any(span: tuple[int, int], others: list[tuple[int, int] | None]) -> bool:
    """Whether character range ``span`` shares a character with any of ``others``."""
    lo, hi = span
    return any(other is not None and other[0] < hi and lo < other[1] for other in others)


def _antecedent(doc: Doc, which: int) -> tuple[int, int] | None:
    """The name a source "which" stands for: the capitalised words right before it, with
    or without a comma ("… the Ulm River Trade Board, which sets the fees", "the AP,
    which first reported"); "the" before them is left out. None when no name comes right
    before ("the video, which showed …": what it means is no one's name)."""
    tokens = doc.tokens
    end = which - 1 if which > 0 and tokens[which - 1].text == "," else which
    start = end
    while (
        start > 0
        and end - start < _ANTECEDENT_WORDS
        and tokens[start - 1].para == tokens[which].para
        and (
            tokens[start - 1].is_cap or (start < end and tokens[start - 1].text in _ANTECEDENT_GLUE)
        )
    ):
        start -= 1
    while start < end and tokens[start].text in _ANTECEDENT_GLUE:
        start += 1
    if start == end or (doc.sentence_bounds(start)[0] == start and end - start == 1):
        return None  # a sentence's first word alone is no name for sure
    last = doc.tokens[end - 1].text
    if not (name_like(last) or shouted(last)):
        return None  # "her tax records in July, which showed …"
    return start, end


#: The last paragraph a dateline may open (after a headline and a byline): further on, a
#: paragraph opening with capitals and a dash is a section's head ("FELLOW DOCTORS —").
_DATELINE_PARAGRAPH = 2


def _after_dateline(doc: Doc, lo: int, hi: int) -> int:
    """The first token of a source after the dateline that opens its paragraph. A source
    that is all dateline names no one (the place is where the story was filed): ``hi`` or
    more comes back, and the speaker is None. Only in the first paragraphs (see
    :data:`_DATELINE_PARAGRAPH`)."""
    tokens = doc.tokens
    if tokens[lo].para > _DATELINE_PARAGRAPH or (lo > 0 and tokens[lo - 1].para == tokens[lo].para):
        return lo
    return after_dateline(doc, lo, len(tokens))


#: Nouns that head an unnamed source and are no one's name, read in lower case at a
#: sentence's start even where the text prints them no other way ("Aides said …").
_SOURCE_NOUNS = words(
    """police polls poll others aides officials critics advisers advisors analysts allies
    friends experts voters sources lawmakers investigators prosecutors authorities
    supporters opponents observers residents people delegates strategists economists
    researchers scientists diplomats negotiators officers witnesses protesters organizers
    anyone everyone someone nobody none investors politicians audiences fact-checkers
    scholars proponents demonstrators participants mourners viewers readers consumers
    associates historians editorialists politicos projections figures stories photos
    investigations guidelines estimates reports studies surveys records documents"""
)


#: Marks after which a clause opens as a sentence does (built once: checked per speaker).
_CLAUSE_OPENING_MARKS = DASHES | {":"}


def _opens_clause(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a sentence, or a clause after a colon or a dash ("universal:
    Voters prefer …", "11:40 am — Police announce …"): a capital there says nothing of a
    name."""
    if doc.sentence_bounds(k)[0] == k:
        return True
    return k > 0 and doc.tokens[k - 1].text in _CLAUSE_OPENING_MARKS


def _sentence_case(doc: Doc, lo: int, hi: int, registry: Registry, speaker: Speaker) -> Speaker:
    """ "Police said …", "Officials say …", "Aides to Lee said …": a word capitalised only
    because it opens the sentence is no name when the text prints it in lower case too and
    it is no given name; the source is read with it in lower case, as an unnamed source
    ("police"). A word that resolves to a full name printed in the text ("Price" for Tom
    Price) is a name whatever the case of "price" elsewhere."""
    word = doc.tokens[lo].text
    if (
        speaker.name != word
        or not word[1:].islower()
        or not (registry.in_lower_case(word.lower()) or word.lower() in _SOURCE_NOUNS)
        or given_name_gender([word]) is not None
    ):
        return speaker
    printed = doc.words(lo, hi)
    lowered = describe(word.lower() + printed[len(word) :], doc.tokens[lo].start, registry)
    descriptor = lowered.descriptor
    if descriptor is not None and descriptor.startswith(word.lower()):
        descriptor = word + descriptor[len(word) :]  # the description as printed
    return replace(lowered, descriptor=descriptor)


def _epithet(speaker: Speaker) -> bool:
    """ "the Wisconsin Republican said": a place and a party after "the" name the person
    named last, as "he" does ("a Wisconsin Republican" is someone else, unnamed)."""
    return (
        not speaker.named
        and speaker.name is not None
        and speaker.descriptor is not None
        and speaker.descriptor.lower() == f"the {speaker.name.lower()}"
        and is_party_epithet(speaker.name)
    )


def _mostly_quoted(doc: Doc, content: list[tuple[int, int]]) -> bool:
    """Direct when at least half the content's characters lie inside quotation marks —
    the same rule the evaluation applies to gold attributions."""
    inside = total = 0
    quoted = doc.quoted_chars
    for start, end in content:
        total += end - start
        inside += quoted.count(start, end)
    return total > 0 and inside * 2 >= total


#: Clitics of a verb that a pronoun carries in one token ("I’m", "we've", "he’ll").
_CLITICS = ("'m", "’m", "'ve", "’ve", "'ll", "’ll", "'re", "’re", "'d", "’d", "'s", "’s")


def _without_clitic(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """ "I’m more vocal about …", "he’ll share …": the tokenizer keeps a pronoun and its
    verb's clitic in one token; PolNeAR's source is the pronoun alone."""
    start, end = span
    text = doc.text[start:end]
    for clitic in _CLITICS:
        pronoun = text[: -len(clitic)]
        if text.endswith(clitic) and pronoun.lower() in PERSON_PRONOUNS:
            return start, start + len(pronoun)
    return span


def _clean_content(doc: Doc, item: Found) -> list[tuple[int, int]]:
    """Character spans of the content, sorted, merged and clear of the cue and source."""
    blocked = [r for r in (item.cue, item.source) if r]
    spans: list[tuple[int, int]] = []
    for lo, hi in sorted(item.content):
        # "HALIFAX, Nov. 20 — The port is broke, its chair said.": the dateline is no content.
        if (after := _after_dateline(doc, lo, hi)) < hi:
            lo = after
        # "10:42 a.m. — The vote passed, the clerk said.": the time stamp is no content.
        lo = after_heading(doc, lo, hi)
        pieces = [(lo, hi)]
        for b_lo, b_hi in blocked:
            next_pieces = []
            for p_lo, p_hi in pieces:
                if b_hi <= p_lo or b_lo >= p_hi:
                    next_pieces.append((p_lo, p_hi))
                    continue
                if p_lo < b_lo:
                    next_pieces.append((p_lo, b_lo))
                if b_hi < p_hi:
                    next_pieces.append((b_hi, p_hi))
            pieces = next_pieces
        for p_lo, p_hi in pieces:
            if p_hi > p_lo:
                start, end = doc.span(*_with_marks(doc, p_lo, p_hi, blocked))
                if spans and start <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
                else:
                    spans.append((start, end))
    return spans


def _with_marks(doc: Doc, lo: int, hi: int, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen a content piece over the quotation marks around it, and over the comma or stop
    just inside the closing one: PolNeAR's annotators mark a quote with its marks (“We will
    see,”; 5,723 of 7,271 quoted pieces in train open with the mark). Never over a mark the
    cue or source holds (a stray mark can close a source and open a content: the spans
    would cross)."""

    def free(k: int) -> bool:
        return not any(b_lo <= k < b_hi for b_lo, b_hi in blocked)

    if (
        lo > 0
        and (q := doc.quote_of[lo - 1]) != -1
        and doc.quotes[q].first == lo - 1
        and free(lo - 1)
    ):
        lo -= 1
    for end in (hi, hi + 1):
        if end >= len(doc.tokens) or (q := doc.quote_of[end]) == -1 or not free(end):
            break
        quote = doc.quotes[q]
        if quote.closed and quote.last == end:
            if end == hi or doc.tokens[hi].text in {",", ".", "?", "!", ":", ";"}:
                return lo, end + 1
            break
    return lo, hi
