"""Trailing frames: a cue and source after the quote ("“…,” Trump said about Kim in
July.", "“…,” says a veteran analyst.", "“…,” this source told the Post.", "“…,”
according to the filing.").

Here too: where the frame stops, what its tail may hold (time, place and listener words,
an occasion after "said", never a clause of its own), ", according to X" closing a frame
(the quote then goes to the report), and the words before a quote that are part of what
is said ("Skipping meetings “saves me time,” Ortiz said").
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.direct.common import (
    CLAUSE_START,
    LEAD,
    SENTENCE_END,
    TRAIL,
    inner_range,
    is_speech,
    put_it,
)
from kg.extract.direct.described import STATEMENT_VERBS, description_end
from kg.extract.direct.leading import leading
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.impressions import quoted_as_saying
from kg.extract.phrases import (
    name_in_quotes,
    np_after,
    np_before,
    title_after_of,
    without_anonymity_clause,
)
from kg.extract.phrases.common import adverb, anonymity_clause
from kg.extract.quotes import Quote
from kg.extract.wordsets import (
    ARTICLES,
    FINITE_VERBS,
    IRREGULAR_PARTICIPLES,
    RELATIVES,
    TIME_UNITS,
    WEEKDAYS,
    words,
)

#: Words that may follow the cue and source in a trailing frame without starting a clause
#: ("as" opens a time clause: "“…,” Lee told reporters as she left the meeting."). A dash
#: closes a frame set off by dashes however long the sentence runs on after it ("Lee doubted
#: it - “…,” she said - and warned that …"); spaced hyphens stand for dashes in some texts.
_FRAME_TAIL = WEEKDAYS | words(
    """about in on at to during after before while when of , . ; — – recently later earlier
    yesterday today last this in an interview with told wrote as - --"""
)
#: A trailing frame's tail may open with a time phrase however long the sentence runs on
#: ("“…,” she said several weeks after the vote, and …"; "shortly after", "two days
#: after").
_TIME_TAIL_OPENERS = words("shortly moments soon")
_TIME_COUNTS = words("several a few two three four five some")
_TIME_NOUNS = words("day night morning evening afternoon week weekend month year")


def frame_stop(doc: Doc, start: int) -> int:
    """End (exclusive) of the clause after ``start``: a full stop, a quote or the paragraph."""
    count = len(doc.tokens)
    if start >= count:
        return start
    para = doc.tokens[start].para
    sentence_end = doc.sentence_bounds(start)[1]
    k = start
    limit = min(count, start + TRAIL, sentence_end)
    cued = False
    while k < limit and doc.tokens[k].para == para:
        if doc.quote_of[k] != -1:
            # "said Lee, the author of “Dams,” who …"; a nickname in the subject before the
            # cue ("Rep. Jo “Jay” Lee said"), never a quote after it: "Lee told NBC “Nightly
            # News” Tuesday after …" ends the frame at the title, or the title becomes content.
            title = title_after_of(doc, k) or (None if cued else name_in_quotes(doc, k))
            if title is None or title > limit:
                break
            k = title
            continue
        cued = cued or is_speech(doc, k)
        k += 1
    return k


def trailing(doc: Doc, index: int) -> Found | None:
    quote = doc.quotes[index]
    if not quote.closed:
        return None
    start = quote.last + 1
    if start >= len(doc.tokens) or doc.tokens[start].para != doc.tokens[quote.last].para:
        return None
    if _fragment_in_clause(doc, quote) or _owned_title(doc, quote):
        return None
    stop = frame_stop(doc, start)
    k = start
    while k < stop and doc.tokens[k].text in {",", "—", "–"}:
        k += 1
    if k + 2 < stop and doc.tokens[k].lower == "according" and doc.tokens[k + 1].lower == "to":
        return _according_frame(doc, index, k, stop)
    cue_at = next(
        (
            c
            for c in range(k, stop)
            if (is_speech(doc, c) or put_it(doc, c) or quoted_as_saying(doc, c) is not None)
            and not (c > k and doc.tokens[c - 1].lower in ARTICLES)  # "the note says"
            and not _in_source_relative(doc, k, c)
            and not _asks_anonymity(doc, k, c, stop)
        ),
        None,
    )
    if cue_at is None or cue_at in doc.used:
        return None
    cue_end = cue_at + 2 if put_it(doc, cue_at) else cue_at + 1
    # "“…,” Lee is quoted as saying.": the cue runs to "saying", its subject is the source.
    cue_end = quoted_as_saying(doc, cue_at) or cue_end
    if cue_at == k and doc.tokens[cue_at].lower.endswith("ing"):
        # "…, but said, “It's time,” promising the club will return": a participle right
        # after the quote carries the sentence on; what follows is its object, never an
        # inverted source (train: 13 right, none lost).
        return None
    if cue_at == k:
        source = np_after(doc, cue_end, stop)
        if source is None:
            return None  # ", arguing that …" continues the sentence; it names no one
        if source[1] < stop and doc.tokens[source[1]].lower in FINITE_VERBS:
            # "… as “Big Bo”, said the players would stay": the phrase after the cue is
            # the subject of what was said, no source after it.
            return None
        source = (source[0], description_end(doc, source[1], stop))
        after = source[1] if source else cue_at + 1
    else:
        source = _joined_subject(doc, np_before(doc, cue_at, k), k)
        if source is None or source[0] != k:
            source = short_subject(doc, k, cue_at)
        if source is None:
            return None
        source = _with_relative_clause(doc, source, cue_at)
        after = cue_end
    # “… recklessness.” Park said Kim's state is …: when the quote closes its sentence, the
    # next one may report a statement of its own, so only a plain frame tail is accepted.
    strict = doc.sentence_of[start] != doc.sentence_of[quote.last]
    cue = LEXICON.get(doc.tokens[cue_at].lower)
    listener = (cue is not None and cue.frame == "tell") or _asks_someone(doc, cue_at, after, stop)
    said = doc.tokens[cue_at].lower in _PLAIN_SAYING
    if not _tail_ok(doc, after, stop, listener=listener, strict=strict, said=said):
        if not (cue_at == k and source is not None and _relative_source(doc, source)):
            return None
        source = (source[0], clause_end(doc, stop))
    if cue_at == k and source is not None:
        source = without_anonymity_clause(doc, source)
    if (
        strict
        and _leads_into_quote(doc, after, stop)
        and (
            leading(doc, index) is not None
            or _reported_before(doc, quote)
            or _after_framed_quote(doc, index)
        )
    ):
        # "Lee said, “A.” He added, “B.”": the frame after a finished quote opens the next
        # one, and the first has a frame of its own.
        return None
    if strict and _words_after(doc, after, stop) and _reported_before(doc, quote):
        # "Lee promised to reject “bad deals.” She also argued for the dam.": a quote that
        # a verb of saying in its own sentence reports is not framed by the next sentence,
        # which goes on with a statement of its own (train: 7 right, 1 lost).
        return None
    taken: list[tuple[int, int]] = []
    cited = _according_to(doc, after, stop)
    if cited is not None:
        # "“…,” Obama said, according to a pool report.": PolNeAR gives the quote to the
        # report (15 of 16 such frames in train), the speaker's words being what it reports.
        taken = [(cue_at, cue_end), source] if source else [(cue_at, cue_end)]
        (cue_at, cue_end), source = cited
    report = not taken and doc.tokens[cue_at].lower in _REPORTED
    return Found(
        content=[_with_lead_in(doc, quote, report=report)],
        cue=(cue_at, cue_end),
        source=source,
        kind="direct",
        confidence=0.95 if source else 0.7,
        frame=(start, stop),
        quotes=[index],
        taken=taken,
    )


_MAX_TITLE = 6


#: Relative pronouns that open a clause describing the source between commas.
_RELATIVE_PRONOUNS = RELATIVES - {"which", "that"}


def _asks_anonymity(doc: Doc, k: int, c: int, stop: int) -> bool:
    """ "“…,” a senior official who asked not to be named said.": the verb of a "who"
    clause asking for anonymity after the frame's subject tells how the reporter got the
    words; the frame's cue comes after it."""
    who = next((j for j in range(c - 1, k, -1) if doc.tokens[j].lower == "who"), None)
    return (
        who is not None and c - who <= 2 and anonymity_clause(doc, c, min(stop, c + 8), named=True)
    )


def _in_source_relative(doc: Doc, k: int, c: int) -> bool:
    """ "“…,” Lee, who has proposed doubling the fee, said at the time.": a verb inside a
    relative clause set off by commas after the frame's subject describes the source; the
    frame's cue comes after the clause's closing comma. Token ``c`` lies in such a clause
    when a comma and a relative pronoun stand between the frame's start ``k`` and ``c``
    with no comma after them."""
    for j in range(c - 1, k, -1):
        word = doc.tokens[j]
        if word.text == ",":
            return False
        if word.lower in _RELATIVE_PRONOUNS and doc.tokens[j - 1].text == ",":
            return True
    return False


def _with_relative_clause(doc: Doc, source: tuple[int, int], cue_at: int) -> tuple[int, int]:
    """ "“…,” Lee, who has proposed doubling the fee, said.": a relative clause between
    the subject and the cue that holds a verb of saying of its own describes the source (the
    phrase finder leaves such a clause out, since "Lee, who said …" is usually a statement);
    PolNeAR's source takes the clause and no statement nests inside it."""
    lo, hi = source
    if (
        hi + 2 >= cue_at
        or doc.tokens[hi].text != ","
        or not _in_source_relative(doc, hi, cue_at - 1)
    ):
        return source
    if doc.tokens[hi + 1].lower not in _RELATIVE_PRONOUNS:
        return source
    if not any(is_speech(doc, j) for j in range(hi + 2, cue_at)):
        return source
    return lo, cue_at - 1 if doc.tokens[cue_at - 1].text == "," else cue_at


def _owned_title(doc: Doc, quote: Quote) -> bool:
    """ "Lee, host of Channel 9’s “Morning Call,” suggested …": a short quote right after a
    possessive is the title of its owner's show or work, not a statement framed by the
    words after it."""
    lo, hi = quote.inner()
    if quote.first == 0 or hi - lo > _MAX_TITLE:
        return False
    owner = doc.tokens[quote.first - 1]
    return owner.is_word and owner.lower.endswith(("'s", "’s")) and doc.tokens[lo].is_cap


def _fragment_in_clause(doc: Doc, quote: Quote) -> bool:
    """ "blamed the delay on “routine” checks rather than …", "he “cannot walk down
    the street” without reporters asking …": a quoted phrase that opens in lowercase, closes
    on a word (no comma or stop inside the marks) and runs straight on into a lowercase
    word is a piece of the sentence around it, not a quote its words after frame (on train
    the "frame" was a noun or a stray word: 9 attributions made right, 2 lost)."""
    lo, hi = quote.inner()
    after = doc.tokens[quote.last + 1]
    return (
        hi > lo
        and not doc.tokens[lo].is_cap
        and doc.tokens[hi - 1].text[-1:].isalnum()
        and after.is_word
        and after.text.islower()
    )


def _joined_subject(doc: Doc, source: tuple[int, int] | None, k: int) -> tuple[int, int] | None:
    """ "“…,” the Oregon senator and Republican mayoral candidate said.": a second
    description joined by "and" ends the subject the frame opens with; both are the
    source (the phrase finder stops at a capitalised word after "and")."""
    if source is None or source[0] - 1 <= k or doc.tokens[source[0] - 1].lower != "and":
        return source
    first = np_before(doc, source[0] - 1, k)
    return (k, source[1]) if first is not None and first[0] == k else source


#: Verbs of saying whose object is the person addressed ("Todd asked the mogul").
_ADDRESSING = words("asked asks ask warned warns assured assures reminded reminds")


def _asks_someone(doc: Doc, cue_at: int, after: int, stop: int) -> bool:
    """ "“Did you know?” Todd asked the mogul.": after a verb that takes the person
    addressed as its object, a short phrase that ends the sentence or its clause (before a
    comma) is that person, not a statement of its own."""
    if doc.tokens[cue_at].lower not in _ADDRESSING or after >= stop:
        return False
    heard = np_after(doc, after, stop)
    if heard is None:
        return False
    # "“…,” Trump assured Lee, after Lee told him …": a comma after the person addressed
    # closes the frame; what follows tells the occasion.
    return not _words_after(doc, heard[1], stop) or doc.tokens[heard[1]].text == ","


#: Cues of a trailing frame that cite a report of the sentence before: "“…,” the Times
#: reported."
_REPORTED = words("reported reports")


def _relative_source(doc: Doc, source: tuple[int, int]) -> bool:
    """ "said one source who asked not to be named but spoke because …", "said the owner of
    a shop that sells shoes who declined to be named": the rest of the sentence carries on
    the source's relative clause (PolNeAR's source runs to its end); it starts no
    statement."""
    lo, hi = source
    # One token past the source too: "said one aide who …" may end the source at "aide".
    stop = min(hi + 1, len(doc.tokens))
    return any(doc.tokens[j].lower in _SOURCE_RELATIVES for j in range(lo, stop))


_SOURCE_RELATIVES = words("who whose that")


def clause_end(doc: Doc, stop: int) -> int:
    while stop > 0 and doc.tokens[stop - 1].text in SENTENCE_END | {","}:
        stop -= 1
    return stop


#: Words that open a short subject the phrase finder refuses ("this source told", "the
#: note says": a demonstrative, or a noun that is also a verb of saying).
_SUBJECT_OPENERS = words("this these those the a an his her their its one another")
_NOT_IN_SUBJECT = words("and but or that who which it he she they we i you there then so")
_SHORT_SUBJECT = 4


def short_subject(doc: Doc, k: int, cue_at: int) -> tuple[int, int] | None:
    """The words between a closing quote and its cue as the subject: "“…,” this source
    told the Post.", "“…!” the note says.", "“…,” Will wrote." (a first name, not the
    modal)."""
    if not 0 < cue_at - k <= _SHORT_SUBJECT:
        return None
    span = range(k, cue_at)
    if any(not doc.tokens[j].is_word or doc.quote_of[j] != -1 for j in span):
        return None
    if any(doc.tokens[j].lower in _NOT_IN_SUBJECT for j in span):
        return None
    if cue_at - k == 1:
        return (k, cue_at) if doc.tokens[k].is_cap else None
    return (k, cue_at) if doc.tokens[k].lower in _SUBJECT_OPENERS else None


def _words_after(doc: Doc, after: int, stop: int) -> bool:
    return any(doc.tokens[j].is_word for j in range(after, stop))


def _reported_before(doc: Doc, quote: Quote) -> bool:
    """ "She says Lee is the “…”": a verb of saying before the quote in its sentence
    reports it (the reported-speech step reads the clause)."""
    start = doc.sentence_bounds(quote.first)[0]
    return any(doc.quote_of[k] == -1 and is_speech(doc, k) for k in range(start, quote.first))


def _after_framed_quote(doc: Doc, index: int) -> bool:
    """ "“A,” he said. “B.” He added, “C.”": the quote right after the sentence that frames
    the quote before it goes on with that frame (see :mod:`~kg.extract.direct.continued`);
    the frame after it opens the next quote."""
    if index == 0:
        return False
    quote, previous = doc.quotes[index], doc.quotes[index - 1]
    if doc.tokens[previous.last].para != doc.tokens[quote.first].para:
        return False
    between = range(previous.last + 1, quote.first)
    return (
        0 < len(between) <= TRAIL
        and doc.sentence_bounds(quote.first)[0] == quote.first
        and any(is_speech(doc, k) for k in between)
    )


def _leads_into_quote(doc: Doc, after: int, stop: int) -> bool:
    """Only a comma or colon stands between the frame and a quote that opens at ``stop``."""
    if stop >= len(doc.tokens) or doc.quote_of[stop] == -1:
        return False
    return all(doc.tokens[j].text in {",", ":"} for j in range(after, stop))


def _according_frame(doc: Doc, index: int, k: int, stop: int) -> Found | None:
    """ "“…,” according to the filing.": the cited source frames the quote it follows."""
    if k in doc.used or k + 1 in doc.used or doc.tokens[k].is_cap:
        return None  # "… ''much.'' According to X, the plane …" opens a statement of its own
    source = _cited(doc, k + 2, stop)
    if source is None:
        return None
    strict = doc.sentence_of[k] != doc.sentence_of[doc.quotes[index].last]
    if not _tail_ok(doc, source[1], stop, listener=False, strict=strict):
        return None
    return Found(
        content=[_with_lead_in(doc, doc.quotes[index], report=True)],
        cue=(k, k + 2),
        source=source,
        kind="direct",
        confidence=0.9,
        frame=(k, stop),
        quotes=[index],
    )


def _according_to(
    doc: Doc, after: int, stop: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Cue and source of ", according to X" closing a trailing frame."""
    for k in range(after, stop - 2):
        if doc.tokens[k].lower == "according" and doc.tokens[k + 1].lower == "to":
            cited = _cited(doc, k + 2, stop)
            return ((k, k + 2), cited) if cited is not None else None
    return None


def _cited(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The source after "according to", with the agent of a participle ending it: "according
    to audio provided by Dover Radio" (PolNeAR's source is the agent 2 times of 3 on train,
    the whole phrase once; the whole phrase overlaps enough with both)."""
    cited = np_after(doc, start, stop)
    if cited is None:
        return None
    by = cited[1]
    if by + 1 < stop and doc.tokens[by].lower == "by" and _participle_before(doc, by):
        agent = np_after(doc, by + 1, stop)
        return cited if agent is None else (cited[0], agent[1])
    return cited


def _participle_before(doc: Doc, by: int) -> bool:
    """ "provided by", "released by": a lowercase participle before "by" ("Fred by phone"
    has none)."""
    word = doc.tokens[by - 1]
    return word.text.islower() and (
        word.lower.endswith("ed") or word.lower in IRREGULAR_PARTICIPLES
    )


#: Marks that introduce a quote after the words before it.
#: "(" too: "… drew complaints (“…,” wrote Lee)" sets an aside apart whose frame is inside
#: the parentheses (PolNeAR's content starts at the quote, 4 of 4 times in train).
_INTRODUCING = frozenset({":", "-", "--", "—", "–", "("})


def _with_lead_in(doc: Doc, quote: Quote, *, report: bool = False) -> tuple[int, int]:
    """ "Skipping meetings “saves me time,” Ortiz said": the words before a quote that
    ends in a trailing frame are part of what is said (PolNeAR takes the sentence), unless
    they hold another quote or a verb of saying of their own.

    With ``report`` (the frame cites a report: ", according to Reuters", ", the Times
    reported") the sentence is what the report says even when it names a speaker of its
    own: "Lee said: “…,” the Times reported." (PolNeAR takes the sentence all 10
    times in train)."""
    lo, hi = inner_range(doc, quote)
    start = doc.sentence_bounds(quote.first)[0]
    if start >= quote.first or quote.first - start > LEAD:
        return lo, hi
    if doc.tokens[quote.first - 1].text in _INTRODUCING and not report:
        # "Lee scolded him: “…,” she said." / "His verdict: “…”": words that introduce the
        # quote frame it rather than belong to it (9 of 10 times in train).
        return lo, hi
    for k in range(start, quote.first):
        if _quoted_elsewhere(doc, k, start) or k in doc.used:
            return lo, hi
        if is_speech(doc, k) and not report and not _noun_after_determiner(doc, k, start):
            return lo, hi
    if not any(doc.tokens[k].is_word for k in range(start, quote.first)):
        return lo, hi
    return start, hi


#: Words after which a form of a verb of saying is a noun ("Trump's remarks about …",
#: "the claims", "his answer").
_NOUN_MAKERS = words("the a an his her their its our my your this that these those 's ’s")


def _noun_after_determiner(doc: Doc, k: int, start: int) -> bool:
    """ "Trump's remarks about the judge were “…,” Ryan said": a verb-of-saying form after
    a determiner or a possessive is the subject noun of the lead-in, no verb of its own."""
    if k <= start:
        return False
    before = doc.tokens[k - 1]
    return before.lower in _NOUN_MAKERS or before.lower.endswith(("'s", "’s"))


def _quoted_elsewhere(doc: Doc, k: int, start: int) -> bool:
    """Token ``k`` lies in a quote that does not close inside the lead-in (which opens at
    ``start``) or that another rule has taken. In "“Farm families” are “not out to wreck
    the valley,” Lee said." the first quote is the speaker's too (PolNeAR takes the
    sentence)."""
    index = doc.quote_of[k]
    if index == -1:
        return False
    quote = doc.quotes[index]
    return not quote.closed or quote.first < start or index in doc.claimed_quotes


#: Verbs of saying that take no -ing object, so a participle after their frame is no clause.
_PLAIN_SAYING = STATEMENT_VERBS | words("wrote writes tweeted tweets explained explains")


def _tail_ok(
    doc: Doc, after: int, stop: int, *, listener: bool, strict: bool = False, said: bool = False
) -> bool:
    """After cue and source a frame holds time, place and listener words, not a clause.

    "“…,” Trump said. ” is a frame; "“…” Trump said he would go." starts a new statement.
    ``strict``: the tail must open with a frame word ("said of the plan in February, when …")
    and hold no "that" clause; a short tail of other words is not enough. ``said``: the cue
    is a plain verb of saying, after which a participle tells the occasion.
    """
    if listener and after < stop:
        heard = np_after(doc, after, stop)
        if heard is not None:
            after = heard[1]
            if _listener_relative(doc, after, stop):
                return True
            if _infinitive_after(doc, after, stop):
                return False  # "He urged the government to press for …": what he urged
    after = _after_manner_adverbs(doc, after, stop)
    if after >= stop or doc.tokens[after].text in SENTENCE_END:
        return True
    word = doc.tokens[after].lower
    if word in CLAUSE_START:
        return False
    if strict:
        return word in _FRAME_TAIL and all(
            doc.tokens[k].lower != "that" for k in range(after, stop)
        )
    if said and _participle_tail(doc, after):
        return True
    short = stop - after <= 12 and not _runs_into_quote(doc, after, stop)
    return word in _FRAME_TAIL or _time_tail(doc, after, stop) or short


def _infinitive_after(doc: Doc, after: int, stop: int) -> bool:
    """ "to press for …" after the person addressed: an infinitive, what was urged or asked
    of them (a statement of the sentence's own), not "to" of a listener or a place."""
    return (
        after + 1 < stop
        and doc.tokens[after].lower == "to"
        and doc.tokens[after + 1].text.islower()
        and doc.tokens[after + 1].is_word
        and doc.tokens[after + 1].lower not in ARTICLES | _NOT_VERBS_AFTER_TO
    )


#: Words after "to" that open a noun phrase, no infinitive ("told them to their faces").
_NOT_VERBS_AFTER_TO = words("his her their its our my your this that these those them him me us")

#: Most tokens between the person addressed and the relative clause that describes them
#: (", who", "passing by who").
_BEFORE_LISTENER_RELATIVE = 2


def _listener_relative(doc: Doc, after: int, stop: int) -> bool:
    """ "“…,” Lee told a shopper nearby who looked lost, …": a relative clause after
    the person addressed describes that person; it starts no statement of the frame's."""
    end = min(stop, after + _BEFORE_LISTENER_RELATIVE + 1)
    return any(doc.tokens[j].lower in {"who", "whom"} for j in range(after, end))


def _runs_into_quote(doc: Doc, after: int, stop: int) -> bool:
    """ "“Morning Call,” Lee said Ms. Kim's “judgment” is in question": a tail that runs
    straight into a quoted word is a clause going on, not a short frame (a frame's quote
    follows a mark: "Lee said, “…”", "Lee said. “…”")."""
    return (
        stop < len(doc.tokens)
        and doc.tokens[after].lower not in _OCCASION_PREPOSITIONS
        and doc.quote_of[stop] != -1
        and doc.quote_of[stop - 1] == -1
        and doc.sentence_of[stop] == doc.sentence_of[stop - 1]
        and _takes_quoted_word(doc.tokens[stop - 1].lower)
    )


#: Prepositions that open the occasion of a frame ("said by telephone on Channel
#: 9's “Morning Call”"), not a clause.
_OCCASION_PREPOSITIONS = words("by via from over with for")


def _takes_quoted_word(word: str) -> bool:
    """A word the quoted one goes on from inside a clause: its owner ("Lee's “judgment”")
    or a verb ("was “closing strong”", "that “…”")."""
    return word.endswith(("'s", "’s")) or word in FINITE_VERBS or word == "that"


#: Adverbs of manner that are no -ly word ("he wondered aloud").
_MANNER_ADVERBS = words("aloud again too")


def _after_manner_adverbs(doc: Doc, after: int, stop: int) -> int:
    """ "“…,” he wondered aloud, pointing at his rival …", "“…,” Lee said quietly into the
    phone": an adverb of manner right after the frame tells how the words were said; the
    tail is read after it."""
    while after < stop and (adverb(doc, after) or doc.tokens[after].lower in _MANNER_ADVERBS):
        after += 1
    return after


#: Words in -ing that are no participle, or that open a clause of their own.
_NOT_PARTICIPLES = words("being nothing something everything anything")


def _participle_tail(doc: Doc, after: int) -> bool:
    """ "“…,” Lee said answering a question at a school board forum in Dover.": after a plain verb
    of saying a participle tells the occasion (after "suggested" or "recommended" it is
    the verb's object: "Lee suggested looking at …")."""
    token = doc.tokens[after]
    return (
        token.lower.endswith("ing") and token.text.islower() and token.lower not in _NOT_PARTICIPLES
    )


def _time_tail(doc: Doc, after: int, stop: int) -> bool:
    """The tail opens with a time phrase: "shortly after", "several months after"."""
    word = doc.tokens[after].lower
    if word in _TIME_TAIL_OPENERS:
        return True
    if word == "the" and after + 1 < stop and doc.tokens[after + 1].lower in _TIME_NOUNS:
        return True  # "the day after", "the morning before"
    if word not in _TIME_COUNTS:
        return False
    # "a week after", "a few days after"
    units = range(after + 1, min(after + 3 if word == "a" else after + 2, stop))
    return any(doc.tokens[k].lower in TIME_UNITS for k in units)
