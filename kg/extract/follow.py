"""Quotes that carry on reported speech.

News style often follows a reported statement with a quote of the same speaker and no
frame of its own — "Sanders promised that he is staying in the race. “Let me be as clear
as I can be: …”", in the same paragraph or opening the next — and PolNeAR annotates the two
as one attribution. A content span that
stops inside a quote ("was pointing to the “same old habit of mind. The habit being …”")
also runs on to the quote's end.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON, is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.tokens import Token
from kg.extract.wordsets import SUBJECT_PRONOUNS, words

#: How many following quote sentences one statement may take.
_MAX_FOLLOWERS = 4


def continue_into_quotes(doc: Doc, items: list[Found]) -> None:
    """Extend each reported statement over the quotes that carry it on (in place)."""
    for item in items:
        if not item.content or item.cue is None:
            continue
        _drop_clause_before_framed_quote(doc, item)
        _stop_after_closing_quote(doc, item)
        _stop_after_framed_quote(doc, item)
        _finish_open_quote(doc, item)
        _take_listed_quotes(doc, item)
        if quote_after_colon(doc, item):
            _take_quote_after_colon(doc, item)
        _take_following_quotes(doc, item)


#: Participles of referring that, like the verbs of saying, name a further act of the
#: speaker rather than carry on what is said.
_REFERRING = words("referring referencing alluding echoing linking citing describing")


def _stop_after_closing_quote(doc: Doc, item: Found) -> None:
    """ "said talks “should be done by June,” referring to the merger": a quote
    closed by a comma and followed by a participle of saying ends what is reported (PolNeAR
    ends the content at the quote, 9 of 10 times in train); the participle is the writer's
    account of a further act."""
    lo, hi = item.content[-1]
    last = next((k for k in range(hi - 1, lo - 1, -1) if doc.quote_of[k] != -1), None)
    if last is None or last + 1 >= hi:
        return
    quote = doc.quotes[doc.quote_of[last]]
    if not quote.closed or quote.last != last or quote.first < lo:
        return
    if doc.tokens[last - 1].text != ",":
        return
    if doc.tokens[quote.first - 1].text in {",", ":"}:
        return  # "fans chanted, “Fix the roads,” referring to …": a quote framed inside
    if _saying_participle(doc.tokens[last + 1].text):
        item.content[-1] = (lo, last - 1)


def _drop_clause_before_framed_quote(doc: Doc, item: Found) -> None:
    """ "When asked why, Lee said, “We have three weeks.”": a cue read as parenthetical
    splits its content around the source, but a quote right after the cue's comma or colon
    is what was said and the clause before the source only sets the scene (PolNeAR keeps
    just the quote: on train 8 quotes became right this way and none wrong)."""
    if item.source is None or item.cue is None or len(item.content) < 2:
        return
    lo = item.content[-1][0]
    index = doc.quote_of[lo]
    if index == -1 or doc.quotes[index].first != lo or lo - 1 < item.cue[1]:
        return
    if doc.tokens[lo - 1].text in {",", ":"} and item.content[0][1] <= item.source[0]:
        item.content = [span for span in item.content if span[0] >= item.cue[1]]


#: Words after a framed quote that carry its sentence on ("“…,” and donations rose").
_CARRY_ON = words("and or but in on at of for with to from by than like")


def _stop_after_framed_quote(doc: Doc, item: Found) -> None:
    """ "She says, “Don't you go,” until the bell rings.": content that opens with a
    quote closed by its comma ends at the quote when a clause of the writer's follows (on
    train 11 attributions became right this way and 1 wrong); a conjunction or a
    preposition goes on with the statement."""
    lo, hi = item.content[-1]
    index = doc.quote_of[lo]
    if index == -1 or doc.quotes[index].first != lo:
        return
    quote = doc.quotes[index]
    after = quote.last + 1
    if not quote.closed or after >= hi or doc.tokens[quote.last - 1].text != ",":
        return
    word = doc.tokens[after]
    if doc.quote_of[after] == -1 and word.is_word and word.lower not in _CARRY_ON:
        item.content[-1] = (lo, quote.last - 1)


def _saying_participle(word: str) -> bool:
    cue = LEXICON.get(word)
    return word in _REFERRING or (
        word.endswith("ing") and cue is not None and cue.frame in {"say", "tell"}
    )


def _finish_open_quote(doc: Doc, item: Found) -> None:
    lo, hi = item.content[-1]
    quote_index = doc.quote_of[hi - 1]
    if quote_index == -1 or quote_index in doc.claimed_quotes:
        return
    quote = doc.quotes[quote_index]
    inner_end = quote.inner()[1]
    if quote.first >= lo and inner_end > hi:
        item.content[-1] = (lo, inner_end)
        doc.claimed_quotes.add(quote_index)
        item.quotes.append(quote_index)


#: Most words between two quotes of one list ("“a bully” and a “narcissist”").
_MAX_BETWEEN = 4


def _take_listed_quotes(doc: Doc, item: Found) -> None:
    """ "called Ortiz a “chronic fibber” who is “wholly unprincipled,” a “serial schemer”
    and a “bully”": a content span that ends with a quote runs on over the quotes listed
    after it in its sentence."""
    lo, hi = item.content[-1]
    if doc.quote_of[hi - 1] == -1:
        return
    sent_end = doc.sentence_bounds(hi - 1)[1]
    end = hi
    while (nxt := _next_listed(doc, doc.quotes[doc.quote_of[end - 1]].last + 1, sent_end)) != -1:
        doc.claimed_quotes.add(nxt)
        item.quotes.append(nxt)
        end = doc.quotes[nxt].last + 1
    item.content[-1] = (lo, end)


def _next_listed(doc: Doc, start: int, sent_end: int) -> int:
    """The quote (index) that follows ``start`` after a few list words, or -1."""
    k = start
    while k < sent_end and k - start <= _MAX_BETWEEN and doc.quote_of[k] == -1:
        token = doc.tokens[k]
        if (
            token.text in {".", ";", ":", "?", "!"}
            or is_speech_word(token.lower)
            or _verb_cue(token)
        ):
            return -1
        if token.lower in SUBJECT_PRONOUNS and doc.tokens[k - 1].lower in {"and", "but"}:
            return -1  # "… “A,” and he pronounced Lee “a friend”": a clause of its own
        k += 1
    if k >= sent_end or k == start:
        return -1
    index = doc.quote_of[k]
    if index == -1 or index in doc.claimed_quotes or not doc.quotes[index].closed:
        return -1
    return index


def _verb_cue(token: Token) -> bool:
    """ "called it “reckless” and called on the board “…”", "supports “A,” opposes “B”": a
    cue verb between two quotes starts a second predicate, not a list."""
    cue = LEXICON.get(token.lower)
    return cue is not None and cue.frame != "noun" and token.text.islower()


def quote_after_colon(doc: Doc, item: Found) -> bool:
    """ "he thinks of what his parents told him: “To get to heaven, you need letters from
    the poor.”": a colon right after the content that introduces a whole quote closing the
    sentence hands the quote on to the content. A name right before the colon ("… surprises
    pollster Dan Shaw: “…”") is the quote's own speaker, so the quote is not handed on.
    (Train 3 more right, none lost; dev unchanged.)"""
    end = item.content[-1][1]
    if end + 1 >= len(doc.tokens) or doc.tokens[end].text != ":" or doc.tokens[end - 1].is_cap:
        return False
    index = doc.quote_of[end + 1]
    if index == -1 or index in doc.claimed_quotes:
        return False
    quote = doc.quotes[index]
    lo, hi = quote.inner()
    return (
        quote.first == end + 1
        and quote.closed
        and hi > lo
        and doc.tokens[hi - 1].text in {".", "!", "?"}
        and _fills_sentence(doc, quote.last)
    )


def _take_quote_after_colon(doc: Doc, item: Found) -> None:
    index = doc.quote_of[item.content[-1][1] + 1]
    item.content.append(_inner(doc, index))
    item.quotes.append(index)
    doc.claimed_quotes.add(index)


def _take_following_quotes(doc: Doc, item: Found) -> None:
    if _belief(doc, item) and not _introduces(doc, item.content[-1][1]):
        return
    last = item.content[-1][1] - 1
    para = doc.tokens[last].para
    sentence = doc.sentence_of[last]
    for _ in range(_MAX_FOLLOWERS):
        start = doc.sentences[sentence][1]
        if start >= len(doc.tokens) or doc.tokens[start].para > para + 1:
            return
        para = doc.tokens[start].para
        quote_index = doc.quote_of[start]
        if quote_index == -1 or quote_index in doc.claimed_quotes:
            return
        quote = doc.quotes[quote_index]
        if quote.first != start or not _fills_sentence(doc, quote.last):
            return
        item.content.append(_inner(doc, quote_index))
        item.quotes.append(quote_index)
        doc.claimed_quotes.add(quote_index)
        sentence = doc.sentence_of[quote.last]


#: Verbs of calling, which the lexicon files with wanting ("called for"), that name what
#: someone said ("called him a master at …").
_CALLING = words("call calls called calling")


def _belief(doc: Doc, item: Found) -> bool:
    """ "They think the progress is real.", "Lee wants to use the platform …": what is
    thought or wanted is no statement a following quote carries on (PolNeAR gives the
    quote its own attribution), unless a colon introduces the quote. On train 4 made right
    and none lost (only the lexicon's verbs of thinking and wanting: after a verb it does
    not know, "touted her credentials. “We need …”", the quote carries on as often)."""
    if item.cue is None:
        return False
    word = doc.tokens[item.cue[0]].lower
    cue = LEXICON.get(word)
    return (
        cue is not None
        and not cue.speech
        and cue.frame in {"say", "intend"}
        and word not in _CALLING
    )


def _introduces(doc: Doc, end: int) -> bool:
    """The content's sentence ends with a colon: it introduces what follows."""
    sent_end = doc.sentence_bounds(end - 1)[1]
    return doc.tokens[sent_end - 1].text == ":" or (
        end < len(doc.tokens) and doc.tokens[end].text == ":"
    )


def _fills_sentence(doc: Doc, last: int) -> bool:
    """Only closing punctuation stands between the quote's end and its sentence's end."""
    end = doc.sentence_bounds(last)[1]
    return all(not doc.tokens[k].is_word for k in range(last + 1, end))


def _inner(doc: Doc, quote_index: int) -> TokenRange:
    lo, hi = doc.quotes[quote_index].inner()
    while hi > lo + 1 and doc.tokens[hi - 1].text in {",", ":", ";"}:
        hi -= 1
    return lo, hi
