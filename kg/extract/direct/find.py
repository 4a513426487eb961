"""``find_direct``: the loop over a document's quotes that finds direct-quote attributions.

Each quote with letters in it that no other rule has claimed is tried against the frames
in turn: a chant no one owns (:func:`~kg.extract.direct.uncued.unowned_chant`), trailing
(:mod:`~kg.extract.direct.trailing`), leading
(:mod:`~kg.extract.direct.leading`), labelled (:mod:`kg.extract.labels`), colon and
unknown-verb frames (:mod:`~kg.extract.direct.uncued`); a quote none of them frames may
continue the previous speaker (:mod:`~kg.extract.direct.continued`).
"""

from __future__ import annotations

from kg.extract.direct.common import inner_range, is_speech
from kg.extract.direct.continued import continued, merge_followers
from kg.extract.direct.leading import leading
from kg.extract.direct.trailing import trailing
from kg.extract.direct.uncued import colon_frame, unknown_verb_after, unowned_chant
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.labels import labelled_quote
from kg.extract.quotes import Quote


def find_direct(doc: Doc) -> list[Found]:
    """All direct-quote attributions, with continuations merged into their first quote."""
    found: list[Found] = []
    claimed: set[int] = set()
    last_by_para: dict[int, Found] = {}
    #: Quotes found by a preceding frame's second cue ("he said, adding, “B.”").
    pending: dict[int, Found] = {}
    #: The last quote that no frame took and no speaker went on with.
    unframed = -1
    for index, quote in enumerate(doc.quotes):
        if index in claimed or index in doc.claimed_quotes or not _has_letters(doc, quote):
            continue
        item = (
            pending.pop(index, None)
            # "To chants of “…,” the senator said …": the chant's words are the crowd's,
            # whatever frame follows them.
            or unowned_chant(doc, index)
            or trailing(doc, index)
            or leading(doc, index)
            or labelled_quote(doc, index)
            or colon_frame(doc, index)
            or unknown_verb_after(doc, index)
        )
        if item is None:
            previous = continued(doc, quote, last_by_para)
            if previous is not None:
                previous.content.append(inner_range(doc, quote))
                previous.quotes.append(index)
                last_by_para[doc.tokens[quote.first].para] = previous
            else:
                unframed = index
            continue
        # "“I doubt” -- that … -- “it will last,” he says": the quote's first part, broken
        # off by the writer's words, is the same statement (train 2 right more, none lost;
        # dev unchanged).
        if unframed == index - 1 and split_before_frame(doc, item, unframed, index):
            item.content.insert(0, inner_range(doc, doc.quotes[unframed]))
            item.quotes.insert(0, unframed)
        # A chant that no one owns has no speaker whom the next quotes could go on with.
        added = merge_followers(doc, item, index, claimed) if item.source is not None else None
        if added is not None:
            pending[added.quotes[0]] = added
        found.append(item)
        for q in item.quotes:
            claimed.add(q)
            last_by_para[doc.tokens[doc.quotes[q].first].para] = item
    return found


#: Most words between the two parts of a quote split before its frame.
_SPLIT_GAP = 25
#: Fewest words in the first part: a word or two in quotes is a term, not a statement.
_SPLIT_WORDS = 3


def split_before_frame(doc: Doc, item: Found, first: int, second: int) -> bool:
    """ "“Had we not stepped in” by sea and air, Lee said, “the town would be lost.”": a
    quote broken off mid-sentence by the writer's words, its second part framed after it,
    is one statement; the first part goes with the second's speaker."""
    head, tail = doc.quotes[first], doc.quotes[second]
    if item.cue is None or item.cue[0] < head.last:
        return False
    if doc.sentence_bounds(head.first)[0] != head.first:
        return False  # a quote inside a clause ("praised his “deep faith” …") is its own
    if doc.sentence_of[head.first] != doc.sentence_of[tail.first]:
        return False
    lo, hi = head.inner()
    if hi - lo < _SPLIT_WORDS or doc.tokens[hi - 1].text in {",", ".", "!", "?", ":", ";"}:
        return False
    gap = range(head.last + 1, tail.first)
    cue = range(*item.cue)
    return len(gap) <= _SPLIT_GAP and not any(is_speech(doc, k) for k in gap if k not in cue)


def _has_letters(doc: Doc, quote: Quote) -> bool:
    lo, hi = quote.inner()
    return any(doc.tokens[k].text[:1].isalpha() for k in range(lo, hi))
