"""Direct quotes: a quote plus the clause that says whose it is.

Three shapes cover nearly all of news style:

- trailing frame: “…,” Trump said about Kim in July. / “…,” says a veteran analyst.
- leading frame: Schriver told the Hudson Institute: “…” / … offered this conclusion:¶“…”
- continuation: a further quote right after the frame (“…,” Kim said, “and …”), or a
  paragraph that opens with a quote and has no cue of its own, belongs to the same speaker.
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON, QUOTE_VERBS
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.labels import labelled_quote
from kg.extract.phrases import (
    np_after,
    np_before,
    sender,
    sentence_subject,
    title_after_of,
    without_anonymity_clause,
)
from kg.extract.quotes import Quote
from kg.extract.wordsets import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, words

#: How far (tokens) after a quote its frame may run, and how far before it.
_TRAIL = 40
_LEAD = 30
_SENTENCE_END = frozenset({".", "?", "!"})
#: Words that may follow the cue and source in a trailing frame without starting a clause
#: ("as" opens a time clause: "“…,” Lee told reporters as she left the meeting.").
_FRAME_TAIL = words(
    """about in on at to during after before while when of , . ; — – recently later earlier
    yesterday today monday tuesday wednesday thursday friday saturday sunday last this
    in an interview with told wrote as"""
)
#: A trailing frame's tail may open with a time phrase however long the sentence runs on
#: ("“…,” she said several months after her release, and …"; "shortly after", "two days
#: after").
_TIME_TAIL_OPENERS = words("shortly moments soon")
_TIME_COUNTS = words("several a few two three four five some")
_TIME_NOUNS = words("day night morning evening afternoon week weekend month year")
_TIME_UNITS = words("minute minutes hour hours day days week weeks month months year years")
_CLAUSE_START = frozenset({"that", "he", "she", "they", "it", "we", "i", "there", "you"})
#: Capitalised sentence openers that are no subject ("Later, he added, saying: “…”").
#: Prepositions that open a phrase on the circumstances of a statement, not on its source
#: ("said O'Neill, on his first day …", "said Lee, 31, with her son in tow").
_CIRCUMSTANCE_PREPS = words("on after with about during in at while before from amid since despite")
_NOT_SUBJECTS = words("later and but so then also meanwhile still yet earlier now")
#: The verb of saying that "by" or "to" chains to a clause's verb ("began by saying").
_SAY = words("say saying")
#: A quote this short inside a sentence is a scare quote unless a cue is right before it.
_SHORT_QUOTE = 4


def find_direct(doc: Doc) -> list[Found]:
    """All direct-quote attributions, with continuations merged into their first quote."""
    found: list[Found] = []
    claimed: set[int] = set()
    last_by_para: dict[int, Found] = {}
    #: Quotes found by a preceding frame's second cue ("he said, adding, “B.”").
    pending: dict[int, Found] = {}
    for index, quote in enumerate(doc.quotes):
        if index in claimed or index in doc.claimed_quotes or not _has_letters(doc, quote):
            continue
        item = (
            pending.pop(index, None)
            or _trailing(doc, index)
            or _leading(doc, index)
            or labelled_quote(doc, index)
            or _colon_frame(doc, index)
            or _unknown_verb_after(doc, index)
        )
        if item is None:
            previous = _continued(doc, quote, last_by_para)
            if previous is not None:
                previous.content.append(_inner_range(doc, quote))
                previous.quotes.append(index)
                last_by_para[doc.tokens[quote.first].para] = previous
            continue
        added = _merge_followers(doc, item, index, claimed)
        if added is not None:
            pending[added.quotes[0]] = added
        found.append(item)
        for q in item.quotes:
            claimed.add(q)
            last_by_para[doc.tokens[doc.quotes[q].first].para] = item
    return found


def _has_letters(doc: Doc, quote: Quote) -> bool:
    lo, hi = quote.inner()
    return any(doc.tokens[k].text[:1].isalpha() for k in range(lo, hi))


def _words_inside(doc: Doc, quote: Quote) -> int:
    lo, hi = quote.inner()
    return sum(1 for k in range(lo, hi) if doc.tokens[k].is_word)


def _inner_range(doc: Doc, quote: Quote) -> tuple[int, int]:
    """Tokens between the marks, without a final comma that belongs to the sentence."""
    lo, hi = quote.inner()
    while hi > lo and doc.tokens[hi - 1].text in {",", ":", ";"}:
        hi -= 1
    return lo, max(hi, lo + 1)


def _frame_stop(doc: Doc, start: int) -> int:
    """End (exclusive) of the clause after ``start``: a full stop, a quote or the paragraph."""
    count = len(doc.tokens)
    if start >= count:
        return start
    para = doc.tokens[start].para
    sentence_end = doc.sentence_bounds(start)[1]
    k = start
    limit = min(count, start + _TRAIL, sentence_end)
    while k < limit and doc.tokens[k].para == para:
        if doc.quote_of[k] != -1:
            title = title_after_of(doc, k)  # "said Lee, the author of “Dams,” who …"
            if title is None or title > limit:
                break
            k = title
            continue
        k += 1
    return k


def _trailing(doc: Doc, index: int) -> Found | None:
    quote = doc.quotes[index]
    if not quote.closed:
        return None
    start = quote.last + 1
    if start >= len(doc.tokens) or doc.tokens[start].para != doc.tokens[quote.last].para:
        return None
    stop = _frame_stop(doc, start)
    k = start
    while k < stop and doc.tokens[k].text in {",", "—", "–"}:
        k += 1
    if k + 2 < stop and doc.tokens[k].lower == "according" and doc.tokens[k + 1].lower == "to":
        return _according_frame(doc, index, k, stop)
    cue_at = next(
        (
            c
            for c in range(k, stop)
            if (_is_speech(doc, c) or _put_it(doc, c))
            and not (c > k and doc.tokens[c - 1].lower in _ARTICLES)  # "the note says"
        ),
        None,
    )
    if cue_at is None or cue_at in doc.used:
        return None
    cue_end = cue_at + 2 if _put_it(doc, cue_at) else cue_at + 1
    if cue_at == k:
        source = np_after(doc, cue_end, stop)
        if source is None:
            return None  # ", arguing that …" continues the sentence; it names no one
        source = (source[0], _description_end(doc, source[1], stop))
        after = source[1] if source else cue_at + 1
    else:
        source = np_before(doc, cue_at, k)
        if source is None or source[0] != k:
            source = _short_subject(doc, k, cue_at)
        if source is None:
            return None
        after = cue_end
    # “… recklessness.” Park said Kim's state is …: when the quote closes its sentence, the
    # next one may report a statement of its own, so only a plain frame tail is accepted.
    strict = doc.sentence_of[start] != doc.sentence_of[quote.last]
    cue = LEXICON.get(doc.tokens[cue_at].lower)
    listener = cue is not None and cue.frame == "tell"
    said = doc.tokens[cue_at].lower in _PLAIN_SAYING
    if not _tail_ok(doc, after, stop, listener=listener, strict=strict, said=said):
        if not (cue_at == k and source is not None and _relative_source(doc, source)):
            return None
        source = (source[0], _clause_end(doc, stop))
    if cue_at == k and source is not None:
        source = without_anonymity_clause(doc, source)
    if (
        strict
        and _leads_into_quote(doc, after, stop)
        and (_leading(doc, index) is not None or _reported_before(doc, quote))
    ):
        # "Lee said, “A.” He added, “B.”": the frame after a finished quote opens the next
        # one, and the first has a frame of its own.
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


#: Cues of a trailing frame that cite a report of the sentence before: "“…,” the Times
#: reported."
_REPORTED = words("reported reports")


def _relative_source(doc: Doc, source: tuple[int, int]) -> bool:
    """ "said one source who asked not to be named but spoke because …": the rest of the
    sentence carries on the source's relative clause (PolNeAR's source runs to its end);
    it starts no statement."""
    lo, hi = source
    # One token past the source too: "said one aide who …" may end the source at "aide".
    stop = min(hi + 1, len(doc.tokens))
    return any(doc.tokens[j].lower in {"who", "whose"} for j in range(lo, stop))


def _clause_end(doc: Doc, stop: int) -> int:
    while stop > 0 and doc.tokens[stop - 1].text in _SENTENCE_END | {","}:
        stop -= 1
    return stop


#: Words that open a short subject the phrase finder refuses ("this source told", "the
#: note says": a demonstrative, or a noun that is also a verb of saying).
_SUBJECT_OPENERS = words("this these those the a an his her their its one another")
_NOT_IN_SUBJECT = words("and but or that who which it he she they we i you there then so")
_SHORT_SUBJECT = 4
_ARTICLES = words("the a an")


def _short_subject(doc: Doc, k: int, cue_at: int) -> tuple[int, int] | None:
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


def _reported_before(doc: Doc, quote: Quote) -> bool:
    """ "She says Lee is the “…”": a verb of saying before the quote in its sentence
    reports it (the reported-speech step reads the clause)."""
    start = doc.sentence_bounds(quote.first)[0]
    return any(doc.quote_of[k] == -1 and _is_speech(doc, k) for k in range(start, quote.first))


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
    """ "Not paying taxes “makes me smart,” Trump said": the words before a quote that
    ends in a trailing frame are part of what is said (PolNeAR takes the sentence), unless
    they hold another quote or a verb of saying of their own.

    With ``report`` (the frame cites a report: ", according to Reuters", ", the Times
    reported") the sentence is what the report says even when it names a speaker of its
    own: "Lee said: “…,” the Times reported." (PolNeAR takes the sentence all 10
    times in train)."""
    lo, hi = _inner_range(doc, quote)
    start = doc.sentence_bounds(quote.first)[0]
    if start >= quote.first or quote.first - start > _LEAD:
        return lo, hi
    if doc.tokens[quote.first - 1].text in _INTRODUCING and not report:
        # "Lee scolded him: “…,” she said." / "His verdict: “…”": words that introduce the
        # quote frame it rather than belong to it (9 of 10 times in train).
        return lo, hi
    for k in range(start, quote.first):
        if _quoted_elsewhere(doc, k, start) or k in doc.used:
            return lo, hi
        if _is_speech(doc, k) and not report:
            return lo, hi
    if not any(doc.tokens[k].is_word for k in range(start, quote.first)):
        return lo, hi
    return start, hi


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


_STATEMENT_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds"})
#: Verbs of saying that take no -ing object, so a participle after their frame is no clause.
_PLAIN_SAYING = _STATEMENT_VERBS | words("wrote writes tweeted tweets explained explains")


def _states(doc: Doc, k: int) -> bool:
    """A verb of saying in a relative clause that reports a statement of its own ("who
    said …", "who argued that …"), not one that describes the source ("who advises the
    party", "who has predicted every election since 1984")."""
    after = doc.tokens[k + 1].lower if k + 1 < len(doc.tokens) else ""
    return doc.tokens[k].lower in _STATEMENT_VERBS or after == "that"


def _description_end(doc: Doc, end: int, stop: int) -> int:
    """ "said Lindsey Graham, Republican of South Carolina, who …": news style puts the
    description after an inverted source, up to the end of the sentence."""
    if end >= stop or doc.tokens[end].text != ",":
        return end
    k = end + 1
    if k < stop and _ends_description(doc, k):
        return end  # ", adding that …" / ", he said" / ", on his first day" is no description
    while stop > k and doc.tokens[stop - 1].text in _SENTENCE_END | {","}:
        stop -= 1
    j = k
    relative = False
    while j < stop:
        title = title_after_of(doc, j)  # ", author of “Dams,” a history of …"
        if title is not None:
            j = title
            continue
        if doc.tokens[j].text == "," and j + 1 < stop and _circumstance(doc, j + 1):
            # ", 31, with her son in tow": the circumstances, not the source (train 2
            # sources right, none lost; before, only a participle ended it here)
            return j
        if doc.tokens[j].lower == "who" and j > k:
            # ", a pollster who advised Clinton", ", a professor who has predicted every
            # race": a verb of saying in a clause on the description describes the source
            # too (7 train sources right, none lost); ", who said …" right after the name
            # may be a statement of its own, and stays as it was.
            relative = True
        speech = _is_speech(doc, j) and not doc.tokens[j].is_cap
        if (speech and (not relative or _states(doc, j))) or doc.quote_of[j] != -1:
            # ", who said there were “…”": a second statement, not a description (a
            # capitalised word is a name: "the UCLA Anderson Forecast")
            return end
        j += 1
    return stop


def _ends_description(doc: Doc, k: int) -> bool:
    """A word right after the source's comma that starts no description of it."""
    return doc.tokens[k].lower in _CLAUSE_START or _circumstance(doc, k)


def _circumstance(doc: Doc, k: int) -> bool:
    """A participle or preposition that opens a phrase on the statement or the speaker's
    state, not on who the source is (", surrounded by his siblings", ", still angered
    by …": train 3 sources right, none lost)."""
    word = doc.tokens[k].lower
    if word == "still" and k + 1 < len(doc.tokens):
        word = doc.tokens[k + 1].lower
    if word in _TITLE_PARTICIPLES:
        return False
    past = word.endswith("ed") and doc.tokens[k].text.islower()
    return word.endswith("ing") or past or word in _CIRCUMSTANCE_PREPS


#: Participles that open a title, not a circumstance: "said Ken Sena, managing director at
#: Evercore", ", acting director of …", ", ranking member of …".
_TITLE_PARTICIPLES = words("managing acting ranking founding presiding visiting outgoing incoming")


#: Two-word idioms that frame a quote like a verb of saying: "as Tom Ridge put it: “…”",
#: "“…,” he points out.", "“…,” Vale shot back.".
_TWO_WORD_CUES = {
    **dict.fromkeys(("put", "puts"), "it"),
    **dict.fromkeys(("point", "points", "pointed"), "out"),
    **dict.fromkeys(("shot", "shoots", "fired", "fires"), "back"),
}


def _put_it(doc: Doc, k: int) -> bool:
    """ "as Tom Ridge put it: “…”": the idiom frames a quote like a verb of saying."""
    second = _TWO_WORD_CUES.get(doc.tokens[k].lower)
    return (
        second is not None
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].lower == second
        and doc.quote_of[k] == -1
    )


def _is_speech(doc: Doc, k: int) -> bool:
    cue = LEXICON.get(doc.tokens[k].lower)
    return (cue is not None and cue.speech) or _quote_verb(doc, k)


def _quote_verb(doc: Doc, k: int) -> bool:
    """A verb that frames a quote though it is no cue word; capitalised inside a sentence,
    it is a name (“…,” Read said.), not the imperative of "Read the updates below: “…”"."""
    token = doc.tokens[k]
    return token.lower in QUOTE_VERBS and (token.text.islower() or k == doc.sentence_bounds(k)[0])


def _tail_ok(
    doc: Doc, after: int, stop: int, *, listener: bool, strict: bool = False, said: bool = False
) -> bool:
    """After cue and source a frame holds time, place and listener words, not a clause.

    "“…,” Trump said. ” is a frame; "“…” Trump said he would go." starts a new statement.
    ``strict``: the tail must open with a frame word ("said of Apple in February, when …")
    and hold no "that" clause; a short tail of other words is not enough. ``said``: the cue
    is a plain verb of saying, after which a participle tells the occasion.
    """
    if listener and after < stop:
        heard = np_after(doc, after, stop)
        if heard is not None:
            after = heard[1]
    if after >= stop or doc.tokens[after].text in _SENTENCE_END:
        return True
    word = doc.tokens[after].lower
    if word in _CLAUSE_START:
        return False
    if strict:
        return word in _FRAME_TAIL and all(
            doc.tokens[k].lower != "that" for k in range(after, stop)
        )
    if said and _participle_tail(doc, after):
        return True
    return word in _FRAME_TAIL or _time_tail(doc, after, stop) or stop - after <= 12


#: Words in -ing that are no participle, or that open a clause of their own.
_NOT_PARTICIPLES = words("being nothing something everything anything")


def _participle_tail(doc: Doc, after: int) -> bool:
    """ "“…,” Lee said answering a question at a town hall in Berlin.": after a plain verb
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
    return any(doc.tokens[k].lower in _TIME_UNITS for k in units)


def _leading(doc: Doc, index: int) -> Found | None:
    quote = doc.quotes[index]
    first = quote.first
    para = doc.tokens[first].para
    lo = first - 1
    floor = max(0, first - _LEAD)
    while lo >= floor and doc.tokens[lo].para == para:
        inside = doc.quote_of[lo]
        if inside != -1:
            if _words_inside(doc, doc.quotes[inside]) > _SHORT_QUOTE:
                break
            lo = doc.quotes[inside].first - 1
            continue
        if doc.tokens[lo].text in _SENTENCE_END and (
            doc.sentence_of[lo] != doc.sentence_of[first] or doc.tokens[lo].text != "."
        ):
            break  # the dot of "Mr." or "U.S." is not a sentence end (the splitter agrees)
        lo -= 1
    lo += 1
    if lo == first and first > 0 and doc.tokens[first - 1].text == ":":
        # "…offered this conclusion:" closes the paragraph before the quote.
        lo = first - 1
        floor = max(0, first - _LEAD)
        while lo > floor and doc.tokens[lo - 1].text not in _SENTENCE_END:
            if doc.quote_of[lo - 1] != -1:
                break
            lo -= 1
    if lo >= first:
        return None
    if not _ends_sentence(doc, quote):
        return _named_quote(doc, index, lo)
    cue_at = None
    for c in range(first - 1, lo - 1, -1):
        if (_put_it(doc, c) or _quote_verb(doc, c)) and c not in doc.used:
            cue_at = c
            break
        cue = LEXICON.get(doc.tokens[c].lower)
        if cue is None or c in doc.used or doc.quote_of[c] != -1 or cue.frame == "noun":
            continue
        if cue.speech or _colon_after(doc, c):
            cue_at = c
        break
    if cue_at is None or not _only_marks_between(doc, cue_at, first):
        return None
    source = shared = _participle_subject(doc, cue_at, lo)
    if source is None:
        source = np_before(doc, cue_at, lo)
        if source is not None and _object_of_verb(doc, source, cue_at, lo):
            # "Sanders delivered a snappy retort: “…”": the verb's subject says it.
            start = _clause_start(doc, source[0])
            source = _usable_subject(doc, sentence_subject(doc, start, source[0]))
        if source is not None and doc.tokens[cue_at].lower.endswith("ing"):
            # "The town released a statement Wednesday saying: “…”": the town says it.
            source = sender(doc, source, doc.sentence_bounds(cue_at)[0]) or source
    if source is None:
        source = shared = _clause_subject(doc, cue_at, lo) or _chained_subject(doc, cue_at)
    cue_end = cue_at + 2 if _put_it(doc, cue_at) else cue_at + 1
    if source is None:
        source = np_after(doc, cue_end, first)
        if source is not None and _coordinator_before(doc, cue_at, lo) is not None:
            # Shared: the subject stays free for its own first verb.
            source = shared = _first_verb_subject(doc, cue_at)
    if source is None:
        return None
    return Found(
        content=[_inner_range(doc, quote)],
        cue=(cue_at, cue_end),
        source=source,
        kind="direct",
        confidence=0.85,
        frame=(lo, first),
        quotes=[index],
        shared_source=shared is not None,
    )


def _colon_frame(doc: Doc, index: int) -> Found | None:
    """ "Lee went even further: “…”", "I had to change my answer: “…”": a clause whose
    verb is no cue word still frames the quote its colon introduces; its subject is the
    speaker and the words up to the colon are the cue (as PolNeAR marks them). The colon
    may close the paragraph before the quote ("Lee echoed:¶“…”")."""
    quote = doc.quotes[index]
    colon = quote.first - 1
    if colon < 1 or doc.tokens[colon].text != ":" or not _ends_sentence(doc, quote):
        return None
    start = _colon_clause_start(doc, colon)
    for k in range(start, colon):
        if doc.quote_of[k] != -1 or k in doc.used or doc.tokens[k].lower in LEXICON:
            return None  # a quote or a cue of its own: the other frames read the clause
        if doc.tokens[k].lower == "that":
            start = k + 1  # "She got so upset that I had to change my answer:"
    source = sentence_subject(doc, start, colon)
    if source is None or source[1] >= colon or doc.tokens[source[0]].lower in _NOT_SUBJECTS:
        return None
    verb = doc.tokens[source[1]]
    if not verb.text.islower() or not (
        verb.text.endswith("ed")
        or verb.text in IRREGULAR_PAST
        or verb.text in BETWEEN_SOURCE_AND_CUE
    ):
        return None
    return Found(
        content=[_inner_range(doc, quote)],
        cue=(source[1], colon + 1),
        source=source,
        kind="direct",
        confidence=0.6,
        frame=(start, quote.first),
        quotes=[index],
    )


#: Marks and words that close a fronted phrase or a first clause before the colon's clause
#: ("Asked about it, he demurred:", "…, but he gave Lee a back-handed compliment:").
_CLAUSE_MARKS = frozenset({",", "—", "–", ";"})
_COORDINATORS = words("and but so then")


def _colon_clause_start(doc: Doc, colon: int) -> int:
    """First token of the clause that ends at ``colon``: after the last comma or dash of its
    sentence, and past a coordinator ("And Lee gloated:"). A "that" clause is no new
    start: "Lee said that she has one rule: “…”" reports the quote inside Lee's words."""
    start = doc.sentence_bounds(colon)[0]
    for k in range(colon - 1, start - 1, -1):
        if doc.tokens[k].lower == "that":
            return start
        if doc.tokens[k].text in _CLAUSE_MARKS:
            start = k + 1
            break
    while start < colon and doc.tokens[start].lower in _COORDINATORS:
        start += 1
    return start


def _unknown_verb_after(doc: Doc, index: int) -> Found | None:
    """ "“…,” opined the Herald.", "“…,” Lee reacted.": a short frame closing the sentence
    after a quote whose own comma, "?" or "!" leaves it open, with a past-tense verb the
    lexicon lacks, still names the speaker."""
    quote = doc.quotes[index]
    start = quote.last + 1
    if not quote.closed or start >= len(doc.tokens) or quote.last < 1:
        return None
    if doc.tokens[quote.last - 1].text not in {",", "?", "!"}:
        return None
    if doc.tokens[start].para != doc.tokens[quote.last].para:
        return None
    stop = _frame_stop(doc, start)
    end = _clause_end(doc, stop)
    if end - start < 2 or end - start > _TRAIL_UNKNOWN:
        return None
    if _unknown_past_verb(doc, start) and doc.tokens[start + 1].lower != "by":
        source = np_after(doc, start + 1, end)
        cue_at = start
        if source is None or source[1] != end:
            return None
    elif _unknown_past_verb(doc, end - 1):
        source = _short_subject(doc, start, end - 1)
        cue_at = end - 1
        if source is None:
            return None
    else:
        return None
    return Found(
        content=[_inner_range(doc, quote)],
        cue=(cue_at, cue_at + 1),
        source=source,
        kind="direct",
        confidence=0.6,
        frame=(start, stop),
        quotes=[index],
    )


#: Longest frame ("opined the editorial board of the Herald") after an unknown verb's quote.
_TRAIL_UNKNOWN = 8


def _unknown_past_verb(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return (
        token.text.islower()
        and _past_tense(token.text)
        and token.lower not in LEXICON
        and k not in doc.used
        and doc.quote_of[k] == -1
    )


def _past_tense(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST or word in IRREGULAR_PARTICIPLES


#: Words that open an object noun phrase ("delivered a snappy retort", "had one message").
_OBJECT_OPENERS = words("a an the his her their its one this")


def _object_of_verb(doc: Doc, source: tuple[int, int], cue_at: int, lo: int) -> bool:
    """ "how to attack a friend without saying “…”", "fired off a sharp retort, saying": lowercase
    words after an article that follow a lowercase word (a verb or preposition, as a rule)
    are the cue word's own noun phrase or an object, not its subject; a past tense keeps its
    subject ("at one point the crowd chanted", "when the crowd quieted a spokesman said")."""
    first, end = source
    if _past_tense(doc.tokens[cue_at].lower) or not all(
        doc.tokens[j].text.islower() for j in range(first, end)
    ):
        return False
    opener = next((j for j in range(first, end) if doc.tokens[j].lower in _OBJECT_OPENERS), -1)
    if opener <= lo:
        return False
    before = doc.tokens[opener - 1]  # "fired off a sharp retort": a particle may be in it
    return before.text.isalpha() and before.text.islower() and before.lower not in _NOT_SUBJECTS


def _participle_subject(doc: Doc, cue_at: int, lo: int) -> tuple[int, int] | None:
    """ "Trump returned the compliment, telling the crowd: “…”": a participle after a comma
    goes on with the sentence's subject; the words after it are the listener."""
    if not (doc.tokens[cue_at].lower.endswith("ing") and cue_at > lo):
        return None
    if doc.tokens[cue_at - 1].text != ",":
        return None
    spoken = _speaker_of_verb_before(doc, cue_at - 2, lo)
    if spoken is not None:
        return spoken
    sent_start = doc.sentence_bounds(cue_at)[0]
    subject = doc.sentence_source.get(doc.sentence_of[cue_at]) or sentence_subject(
        doc, sent_start, cue_at
    )
    if subject is not None and doc.tokens[subject[0]].lower in _OPENING_PREPOSITIONS:
        subject = _subject_after_opening_phrase(doc, subject[0], cue_at)
    if subject is None:
        return None
    head = doc.tokens[subject[0]].lower
    if head.endswith(("ing", "ed")) or head in _NOT_SUBJECTS:
        return None  # "Speaking at the rally, …", "Later, …": an opening phrase, no subject
    return subject


#: Prepositions that open a sentence with a phrase of place or time before its subject.
_OPENING_PREPOSITIONS = words(
    "outside inside alongside near across beyond behind beside along around at in on "
    "during after before throughout among amid"
)


def _subject_after_opening_phrase(doc: Doc, start: int, cue_at: int) -> tuple[int, int] | None:
    """ "Outside the arena, about 200 protesters gathered, chanting “…”": the subject
    follows the comma that closes the opening phrase."""
    comma = next((j for j in range(start, cue_at - 1) if doc.tokens[j].text == ","), None)
    return None if comma is None else sentence_subject(doc, comma + 1, cue_at)


def _speaker_of_verb_before(doc: Doc, verb: int, lo: int) -> tuple[int, int] | None:
    """ "The two will meet next week, Spicer said, adding, “…”": a participle right after a
    verb of saying goes on with that verb's subject, not with the reported clause's subject
    before it (on train 2 sources became right, none wrong)."""
    if verb <= lo or not _is_speech(doc, verb) or not doc.tokens[verb].text.islower():
        return None
    return np_before(doc, verb, _clause_start(doc, verb))


#: Words that join a second verb to the first ("stressed her record and said, “…”").
_COORDINATORS = words("and but")
#: Adverbs between the joining word and the second verb ("and then says", "and later said").
_VERB_ADVERBS = words("then later also again finally repeatedly simply just quickly")


def _coordinator_before(doc: Doc, cue_at: int, lo: int) -> int | None:
    """Index of the "and"/"but" that joins the cue to an earlier verb, adverbs skipped."""
    k = cue_at - 1
    while k > lo and _plain_adverb(doc.tokens[k].text):
        k -= 1
    return k if k >= lo and doc.tokens[k].lower in _COORDINATORS else None


def _plain_adverb(word: str) -> bool:
    return word.islower() and (word.endswith("ly") or word in _VERB_ADVERBS)


def _clause_subject(doc: Doc, cue_at: int, lo: int) -> tuple[int, int] | None:
    """ "She then urges voters to act and repeatedly says, “…”", "Lee shook her head and
    said, “No.”": a verb after "and" shares the subject of its clause (tried only when no
    subject stands right before the verb; on train 3 sources became right, none wrong)."""
    k = _coordinator_before(doc, cue_at, lo)
    if k is None or k <= lo or doc.tokens[k].lower != "and":
        return None
    if not doc.tokens[cue_at].text.islower():
        return None
    start = _clause_start(doc, k)
    if any(doc.quote_of[j] != -1 for j in range(start, k)):
        return None
    return _usable_subject(doc, sentence_subject(doc, start, k))


#: Words that chain a verb of saying to the clause's own verb ("began by saying",
#: "went so far as to say", "was prompted to say").
_CHAIN_LINKS = words("by to")
#: Words that tie a participle of saying to the clause's own verb as its manner or time
#: ("marched while chanting, “…”", "laughed it off by interjecting, “…”").
_TIME_LINKS = words("while by upon after before without")


def _chained_subject(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "He began by saying, “…”", "Lee went so far as to say: “…”": a verb of saying
    chained to the clause's verb by "by" or "to" speaks for that verb's subject; so does a
    participle after "while", "by", "upon" … ("circled the park while chanting, “…”"; on
    train 1 right and 1 wrong, on dev 1 right)."""
    if cue_at < 1:
        return None
    link = doc.tokens[cue_at - 1].lower
    word = doc.tokens[cue_at].lower
    chained = link in _CHAIN_LINKS and word in _SAY
    if not (chained or (link in _TIME_LINKS and word.endswith("ing"))):
        return None
    return _first_verb_subject(doc, cue_at)


def _first_verb_subject(doc: Doc, cue_at: int) -> tuple[int, int] | None:
    """ "… and said, “…”", "… but told his supporters, “…”": the cue is a second verb of the
    sentence's subject, so the words after it are its listener or the reported clause's
    subject ("and said she has …"), never an inverted source (on train none of 3 such
    readings was right; the sentence's subject, as a rule before found it, fixes all 3)."""
    sent_start = doc.sentence_bounds(cue_at)[0]
    subject = doc.sentence_source.get(doc.sentence_of[cue_at]) or sentence_subject(
        doc, sent_start, cue_at
    )
    if subject is not None and _fronted_participle(doc, subject[0]):
        # "Asked about it, Lee began by saying": the subject follows the participle's phrase.
        comma = next((j for j in range(subject[0], cue_at) if doc.tokens[j].text == ","), None)
        subject = None if comma is None else sentence_subject(doc, comma + 1, cue_at)
    return _usable_subject(doc, subject)


def _fronted_participle(doc: Doc, k: int) -> bool:
    """ "Asked about it", "Pressed on the point": a capitalised participle and a lowercase
    word after it open the sentence with a phrase, not its subject."""
    word = doc.tokens[k]
    return (
        word.is_cap
        and (word.lower.endswith(("ed", "ing")) or word.lower in IRREGULAR_PARTICIPLES)
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].text.islower()
    )


def _usable_subject(doc: Doc, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    if subject is None or doc.tokens[subject[0]].lower in _NOT_SUBJECTS:
        return None
    return subject


#: Words that open the clause whose subject a verb after "and" shares ("Lee drew cheers as
#: she thanked them and then boomed, “…”": she).
_CLAUSE_OPENERS = words("as when while because after before since if though although")


def _clause_start(doc: Doc, k: int) -> int:
    """Start of the clause that holds token ``k``: after the last comma or subordinating
    word of its sentence."""
    sent_start = doc.sentence_bounds(k)[0]
    j = k - 1
    while j >= sent_start:
        if doc.tokens[j].text == "," or doc.tokens[j].lower in _CLAUSE_OPENERS:
            return j + 1
        j -= 1
    return sent_start


def _ends_sentence(doc: Doc, quote: Quote) -> bool:
    """The quote closes its sentence (or runs to the end of the paragraph)."""
    if not quote.closed:
        return True
    k = quote.last + 1
    while k < len(doc.tokens) and doc.tokens[k].text in {".", ",", "?", "!", ";"}:
        k += 1
    return (
        k >= len(doc.tokens)
        or doc.tokens[k].para != doc.tokens[quote.last].para
        or (doc.sentence_of[k] != doc.sentence_of[quote.first])
    )


def _only_marks_between(doc: Doc, cue_at: int, first: int) -> bool:
    """ "said: “…”", "said, “…”", "offered this conclusion: “…”" — no clause in between."""
    between = [k for k in range(cue_at + 1, first) if doc.tokens[k].text not in {",", ":", "—"}]
    if len(between) <= 3 and (not between or doc.tokens[first - 1].text == ":"):
        return True
    # "as Kim wrote Trump in the last of his letters, sent on August 5, 2019, “…”": a
    # listener, time and place may stand between, but no other verb of saying; "added that
    # the vote is lost because, “…”" is a reported clause that holds the quote, and so is
    # "said in an interview that in her state, “…”" (PolNeAR's content starts at "that").
    if any(doc.tokens[k].lower == "that" for k in between):
        return False
    return doc.tokens[first - 1].text in {",", ":"} and not any(
        (cue := LEXICON.get(doc.tokens[k].lower)) is not None and cue.speech for k in between
    )


def _named_quote(doc: Doc, index: int, lo: int) -> Found | None:
    """ "Kim provided his “lessons of Hanoi”": a short quote a verb hands to its subject."""
    quote = doc.quotes[index]
    first = quote.first
    if _words_inside(doc, quote) > _SHORT_QUOTE or first - 2 < lo:
        return None
    if doc.tokens[first - 1].lower not in {"his", "her", "their"}:
        return None
    cue_at = first - 2
    cue = LEXICON.get(doc.tokens[cue_at].lower)
    if cue is None or cue.frame != "quote" or cue_at in doc.used:
        return None
    source = np_before(doc, cue_at, lo)
    if source is None:
        return None
    return Found(
        [_inner_range(doc, quote)],
        (cue_at, cue_at + 1),
        source,
        "direct",
        0.6,
        frame=(lo, first),
        quotes=[index],
    )


def _colon_after(doc: Doc, c: int) -> bool:
    """A non-speech cue still frames a quote when a colon follows within a few words."""
    return any(doc.tokens[k].text == ":" for k in range(c + 1, min(len(doc.tokens), c + 5)))


def _merge_followers(doc: Doc, item: Found, index: int, claimed: set[int]) -> Found | None:
    """Attach the quotes that carry on after this one's frame in the same paragraph;
    return the attribution of a quote the frame hands on with a second cue ("he said,
    adding, “B.”"), which stops the merging.

    “A,” Kim said, “and B.” — a quote right after the cue clause's comma — and “A,” Kim
    said on ABC’s “This Week.” “B.” — a quote opening the next sentence — both go on
    speaking. A quoted title inside the cue's own sentence ("This Week") is skipped.
    """
    para = doc.tokens[doc.quotes[index].first].para
    cue_sentence_end = doc.sentence_bounds(item.cue[0])[1] if item.cue else 0
    anchor = max(doc.quotes[index].last + 1, cue_sentence_end)
    nxt = index + 1
    while nxt < len(doc.quotes):
        quote = doc.quotes[nxt]
        if doc.tokens[quote.first].para != para:
            break
        lead: int | None = None
        before = doc.tokens[quote.first - 1].text
        if quote.first < anchor:
            lead = _conjunction_lead(doc, quote)
            if before not in {",", ":"} and lead is None:
                nxt += 1
                continue
            second = _second_cue(doc, item, doc.quotes[nxt - 1].last + 1, quote.first)
            if second is not None:
                added = _added_quote(doc, item, second, nxt)
                if added is not None or _words_between(doc, second, quote.first) <= 1:
                    # "“A,” Cruz said as the heckler yelled: “B”": the quote's own frame
                    # (read by the quote rules) names its speaker.
                    return added
        elif (
            any(
                doc.tokens[k].text not in {",", "."} and not index < doc.quote_of[k] < nxt
                for k in range(anchor, quote.first)
            )
            and (lead := _lead_in(doc, anchor, quote)) is None
        ):
            # A title quoted in the frame and skipped above may close after the frame's
            # sentence end (NYT style: said on NBC's ''Meet the Press.'' ''B.''): its marks
            # are no words between the frame and the next quote.
            break
        if _trailing(doc, nxt) is not None or _own_cue(doc, quote, item):
            break
        lo, hi = _inner_range(doc, quote)
        item.content.append((lo if lead is None else lead, hi))
        item.quotes.append(nxt)
        claimed.add(nxt)
        anchor = max(anchor, quote.last + 1)
        nxt += 1
    return None


#: Words that join a further quote to the frame's sentence ("he said, but “B.”").
_JOINING = words("and but")
#: Adverbs that may follow the joining word ("Jordan said, and still “B.”").
_JOIN_ADVERBS = words("still also then yet even now later")


def _conjunction_lead(doc: Doc, quote: Quote) -> int | None:
    """Start of ", and “B”" / ", but still “B”" before ``quote``: after a trailing frame
    the speaker goes on in the same sentence, and PolNeAR's content takes the conjunction
    (3 of 3 times in train and dev)."""
    k = quote.first - 1
    while k > 0 and doc.tokens[k].lower in _JOIN_ADVERBS and quote.first - k <= 2:
        k -= 1
    if k < 1 or doc.tokens[k].lower not in _JOINING or doc.tokens[k - 1].text != ",":
        return None
    return k


#: Most words before a quote in the sentence after the frame that still go on speaking.
_MAX_LEAD_IN = 3


def _lead_in(doc: Doc, anchor: int, quote: Quote) -> int | None:
    """Start of the next sentence when it is a few words and a quote that closes it: in
    “A,” Lee said. But “B.” / Now, “B.” / It “B.” the speaker goes on (PolNeAR joins the
    sentence, 10 of 11 times in train); a cue word or a colon gives it a frame of its own."""
    start, end = doc.sentence_bounds(quote.first)
    if start < anchor or any(doc.tokens[k].text not in {",", "."} for k in range(anchor, start)):
        return None
    lead = range(start, quote.first)
    if not 1 <= sum(doc.tokens[k].is_word for k in lead) <= _MAX_LEAD_IN:
        return None
    if any(
        doc.quote_of[k] != -1 or doc.tokens[k].text in {":", ";"} or doc.tokens[k].lower in LEXICON
        for k in lead
    ):
        return None
    if not quote.closed or any(doc.tokens[k].is_word for k in range(quote.last + 1, end)):
        return None
    return start


def _second_cue(doc: Doc, item: Found, lo: int, hi: int) -> int | None:
    """A verb of saying other than the item's own cue in ``[lo, hi)``: in “A,” he said,
    adding, “B.” the second quote has a cue of its own (PolNeAR makes it a second
    attribution, 25 of 27 times in train)."""
    mine = item.cue or (0, 0)
    for k in range(lo, hi):
        if mine[0] <= k < mine[1] or doc.quote_of[k] != -1 or not _is_speech(doc, k):
            continue
        # "the UCLA Anderson Forecast": a capitalised word is a name, not a cue
        return k if doc.tokens[k].text.islower() else None
    return None


def _words_between(doc: Doc, cue_at: int, first: int) -> int:
    return sum(doc.tokens[k].is_word for k in range(cue_at + 1, first))


#: Words before a second cue that keep the frame's subject ("he said, and then added:").
_SAME_SUBJECT = words("and then also but before after")
#: Words (a time or manner adverb) that may stand between the second cue and its quote.
_ADVERBS = 2


def _added_quote(doc: Doc, item: Found, cue_at: int, index: int) -> Found | None:
    """ "“A,” she said, adding, “B.”": the participle (or "and then added:") goes on with
    the frame's speaker; content is the quote, or the "that" clause holding it."""
    word = doc.tokens[cue_at].lower
    if item.source is None or not (
        word.endswith("ing") or doc.tokens[cue_at - 1].lower in _SAME_SUBJECT
    ):
        return None
    quote = doc.quotes[index]
    lo, hi = _inner_range(doc, quote)
    if doc.tokens[cue_at + 1].lower == "that":
        lo = cue_at + 1
    elif _words_between(doc, cue_at, quote.first) > _ADVERBS:
        # "explaining why he came, “…”": PolNeAR keeps the quote with the first one.
        return None
    return Found(
        content=[(lo, hi)],
        cue=(cue_at, cue_at + 1),
        source=item.source,
        kind="direct",
        confidence=0.85,
        frame=(cue_at, quote.first),
        quotes=[index],
        shared_source=True,
    )


def _continued(doc: Doc, quote: Quote, last_by_para: dict[int, Found]) -> Found | None:
    """A paragraph opening with a quote and no frame carries on the previous speaker."""
    first = doc.tokens[quote.first]
    para_start = quote.first == 0 or doc.tokens[quote.first - 1].para != first.para
    if not para_start:
        return None
    previous = last_by_para.get(first.para - 1)
    if previous is None or previous.kind != "direct" or _own_cue(doc, quote, previous):
        return None
    return previous


def _own_cue(doc: Doc, quote: Quote, item: Found) -> bool:
    """A verb of saying outside quotes after the quote in its sentence: in “…” to drive up
    the price, she said, the quote has a frame of its own (PolNeAR makes it a statement of
    its own) even though the frame does not follow the quote at once."""
    end = min(doc.sentence_bounds(quote.last)[1], quote.last + 1 + _TRAIL)  # bounded window
    mine = item.cue or (0, 0)
    for k in range(quote.last + 1, end):
        if doc.quote_of[k] == -1 and not mine[0] <= k < mine[1] and _is_speech(doc, k):
            return True
    return False
