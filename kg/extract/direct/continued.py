"""Continuations: quotes that go on with a frame's speaker. A further quote right after
the frame ("“…,” Kim said, “and …”"), one that opens the next sentence or follows a few
words ("“A,” Lee said. But “B.”"), and a paragraph that opens with a quote and has no cue
of its own all join the first quote; a second cue ("he said, adding, “B.”") makes an
attribution of its own with the same speaker, and so does a clause the frame adds with
"adding" or "explaining", which takes the quote opening the next sentence.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON
from kg.extract.direct.common import TRAIL, inner_range, is_speech
from kg.extract.direct.trailing import trailing
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.quotes import Quote
from kg.extract.wordsets import words


def merge_followers(doc: Doc, item: Found, index: int, claimed: set[int]) -> Found | None:
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
            if (
                before not in {",", ":"}
                and lead is None
                and not _right_after_cue(doc, item, doc.quotes[index], quote)
            ):
                nxt += 1
                continue
            second = _second_cue(doc, item, doc.quotes[nxt - 1].last + 1, quote.first)
            if second is not None:
                added = _added_quote(doc, item, second, nxt)
                if added is not None or _words_between(doc, second, quote.first) <= 1:
                    # "“A,” Ortiz said as a man in the crowd yelled: “B”": the quote's own frame
                    # (read by the quote rules) names its speaker.
                    return added
        elif (added := _added_clause(doc, item, anchor, nxt)) is not None:
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
        if trailing(doc, nxt) is not None or _own_cue(doc, quote, item):
            break
        lo, hi = inner_range(doc, quote)
        item.content.append((lo if lead is None else lead, hi))
        item.quotes.append(nxt)
        claimed.add(nxt)
        anchor = max(anchor, quote.last + 1)
        nxt += 1
    return None


def _right_after_cue(doc: Doc, item: Found, first: Quote, quote: Quote) -> bool:
    """ "“A,” she said “B.”": a quote straight after the frame's own cue, the full stop
    or comma left out, goes on speaking; read alone, its leading frame would be the same
    cue a second time. Only after a whole quote: in "Holding signs calling him “A,” they
    chanted “B.”" the words before the first quote make "B" the chant."""
    return (
        item.cue is not None
        and item.cue[0] > first.last
        and quote.first == item.cue[1]
        and item.content[0][0] >= first.first
    )


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
        if mine[0] <= k < mine[1] or doc.quote_of[k] != -1 or not is_speech(doc, k):
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
    lo, hi = inner_range(doc, quote)
    if doc.tokens[cue_at + 1].lower == "that":
        lo = cue_at + 1
    elif _words_between(doc, cue_at, quote.first) > _ADVERBS:
        # "explaining why he came, “…”": PolNeAR keeps the quote with the first one.
        return None
    return _second_statement(item, [(lo, hi)], cue_at, quote.first, index)


#: Participles after a frame's cue that open a statement of their own ("Lee said,
#: adding that …").
_ADDING = words("adding explaining")


def _added_clause(doc: Doc, item: Found, anchor: int, index: int) -> Found | None:
    """ "“A,” Lee said, adding that the dam is safe. “B.”": a clause the frame adds with
    "adding" or "explaining" is a second statement, and the quote opening the next
    sentence goes on with it, not with the first quote (PolNeAR: 7 of 9 times on train);
    the second attribution holds the clause and the quote."""
    if item.cue is None or item.source is None or not item.quotes:
        return None
    first = doc.quotes[item.quotes[-1]]
    if item.cue[0] < first.last or anchor != doc.sentence_bounds(item.cue[0])[1]:
        return None
    quote = doc.quotes[index]
    if doc.sentence_bounds(quote.first)[0] != anchor or not quote.closed:
        return None
    cue_at = next(
        (
            k
            for k in range(item.cue[1], anchor)
            if doc.tokens[k].lower in _ADDING and doc.tokens[k - 1].text == ","
        ),
        None,
    )
    if cue_at is None or any(doc.quote_of[k] != -1 for k in range(cue_at, anchor)):
        return None
    end = anchor - 1 if doc.tokens[anchor - 1].text == "." else anchor
    lo, hi = inner_range(doc, quote)
    return _second_statement(item, [(cue_at + 1, end), (lo, hi)], cue_at, quote.first, index)


def _second_statement(
    item: Found, content: list[tuple[int, int]], cue_at: int, quote_at: int, index: int
) -> Found:
    """A statement the frame of ``item`` goes on to make with the participle or verb at
    ``cue_at``: same source, the quote at ``index`` (first token ``quote_at``) its own."""
    return Found(
        content=content,
        cue=(cue_at, cue_at + 1),
        source=item.source,
        kind="direct",
        confidence=0.85,
        frame=(cue_at, quote_at),
        quotes=[index],
        shared_source=True,
    )


def continued(doc: Doc, quote: Quote, last_by_para: dict[int, Found]) -> Found | None:
    """A paragraph opening with a quote and no frame carries on the previous speaker."""
    first = doc.tokens[quote.first]
    para_start = quote.first == 0 or doc.tokens[quote.first - 1].para != first.para
    if not para_start:
        return None
    previous = last_by_para.get(first.para - 1)
    if previous is None or previous.kind != "direct" or _own_cue(doc, quote, previous):
        return None
    if previous.source is None:
        return None  # a chant no one owns ("to chants of “…”") has no speaker to go on
    return previous


def _own_cue(doc: Doc, quote: Quote, item: Found) -> bool:
    """A verb of saying outside quotes after the quote in its sentence: in “…” to drive up
    the price, she said, the quote has a frame of its own (PolNeAR makes it a statement of
    its own) even though the frame does not follow the quote at once."""
    end = min(doc.sentence_bounds(quote.last)[1], quote.last + 1 + TRAIL)  # bounded window
    mine = item.cue or (0, 0)
    for k in range(quote.last + 1, end):
        if doc.quote_of[k] == -1 and not mine[0] <= k < mine[1] and is_speech(doc, k):
            return True
    return False
