"""Speaker turns: paragraphs whose speaker is named by layout rather than by a verb.

Four shapes of news layout carry no reporting verb at all:

- headlines — ``Ortiz: I Still Think …`` (the text's first line; PolNeAR takes the colon
  as the cue);
- transcripts — ``TAPPER: Do you think …`` / ``"ORTIZ: Well, look, …``: a paragraph opens
  with a capitalised label and a colon (PolNeAR takes the colon as the cue);
- signed comments — ``“Perhaps we can put a fence around the council.” ― Jo Ulm``: a quote
  followed by a dash and a name that closes the paragraph;
- quotes signed below — a paragraph that is only a quote, then ``- Bernie Sanders.`` as
  the next paragraph;
- quotes signed inside — a pulled quote left open at its paragraph's end, then a line
  ``Ann Lee, Harbor Policy Institute."`` with the closing mark;
- named quotes — ``Rep. Dana Ulm (R-Ore.): "I have not seen …"``: a paragraph (or a
  sentence inside one) opening with a name (no verb), a colon and a quote;
- pointed quotes — ``From the report: “…”``, ``Here's Lee in 1992: “…”``, ``According
  to the Herald: “…”``: the words after the pointer name the source.

All are found before the quote rules so that a quote is not handed to the previous
paragraph's speaker as a continuation.
"""

from __future__ import annotations

from kg.extract.cues import LEXICON, is_speech_word
from kg.extract.doc import Doc
from kg.extract.found import Found
from kg.extract.names import is_possessive
from kg.extract.transcripts import NOT_SPEAKERS, OPENING_MARKS, label_colon
from kg.extract.wordsets import ARTICLES, past_tense, words

_DASHES = frozenset({"―", "—", "–"})
#: Longest signature name ("Christina N Luis Olidem").
_MAX_SIGNATURE = 6
#: Longest name before a paragraph's colon ("Former deputy secretary of state Ann Marie Lee").
_MAX_NAMED_LABEL = 12
_CONNECTIVES = words("he she they it we i this that these those then and but so as for from")
#: Longest name before a headline's colon ("Democrats' new warning", "OK Gov Fallin").
_MAX_HEADLINE_LABEL = 6


def find_turns(doc: Doc) -> list[Found]:
    """A headline's "Name: …", transcript turns (when the text has at least two) and
    signed quotes."""
    turns = [t for t in (_transcript_turn(doc, k) for k in _paragraph_starts(doc)) if t]
    found = turns if len(turns) >= 2 else []
    headline = _headline(doc)
    if headline is not None and not any(t.cue == headline.cue for t in found):
        found.insert(0, headline)
    found.extend(s for s in (_signed(doc, index) for index in range(len(doc.quotes))) if s)
    found.extend(s for s in (_signed_below(doc, index) for index in range(len(doc.quotes))) if s)
    found.extend(s for s in (_signed_inside(doc, index) for index in range(len(doc.quotes))) if s)
    taken = {t.cue for t in found}
    starts = _paragraph_starts(doc)
    named = (
        _pointed_label(doc, k) or _named_label(doc, k) or _dashed_label(doc, k) for k in starts
    )
    found.extend(n for n in named if n is not None and n.cue not in taken)
    # "Lee: “…” Park: “…”", "He tweeted about it … Donald Trump: “…”": a named quote may
    # also open a sentence inside the paragraph (train +2 direct, none lost).
    taken = {t.cue for t in found}
    opening = set(starts)
    inner = (
        _named_label(doc, k) or _pointed_label(doc, k) for k, _ in doc.sentences if k not in opening
    )
    found.extend(n for n in inner if n is not None and n.cue not in taken)
    return found


def _paragraph_starts(doc: Doc) -> list[int]:
    return [lo for lo, _ in doc.paragraphs()]


def _transcript_turn(doc: Doc, start: int) -> Found | None:
    tokens = doc.tokens
    para = tokens[start].para
    first = start + 1 if tokens[start].text in OPENING_MARKS else start
    found = label_colon(tokens, first)
    if found is None:
        return None
    colon = found
    end = colon + 1
    while end < len(tokens) and tokens[end].para == para:
        end += 1
    if tokens[end - 1].text in OPENING_MARKS | {"”"} and end - 1 > colon + 1:
        end -= 1  # a closing mark ends the turn, it is not part of it
    if not any(tokens[j].is_word for j in range(colon + 1, end)):
        return None
    quotes = sorted({doc.quote_of[j] for j in range(start, end) if doc.quote_of[j] != -1})
    return Found(
        content=[(colon + 1, end)],
        cue=(colon, colon + 1),
        source=(first, colon),
        kind="direct",
        confidence=0.8,
        quotes=quotes,
    )


def _named_label(doc: Doc, start: int) -> Found | None:
    """ "Rep. Dana Ulm (R-Ore.): “I have not seen …”" — a paragraph opening with a name
    (no verb: "He added: “…”" is left to the quote frames), a colon and a quote."""
    tokens = doc.tokens
    para = tokens[start].para
    end = min(len(tokens), start + _MAX_NAMED_LABEL)
    if not tokens[start].is_cap or ":" not in doc.text[tokens[start].start : tokens[end - 1].end]:
        return None  # a colon is a token of its own: none in these characters, none to find
    colon = next((k for k in range(start, end) if tokens[k].text == ":"), None)
    if colon is None or colon == start or colon + 1 >= len(tokens) or not tokens[start].is_cap:
        return None
    quote_index = doc.quote_of[colon + 1]
    if quote_index == -1 or doc.quotes[quote_index].first != colon + 1:
        return None
    words_ = [tokens[k] for k in range(start, colon) if tokens[k].is_word]
    if not words_ or not words_[-1].is_cap or tokens[colon].para != para:
        return None
    for token in words_:
        if token.lower in LEXICON or token.lower in NOT_SPEAKERS or token.lower in _CONNECTIVES:
            return None
        if token.text.islower() and token.text.endswith(("ed", "s")):
            return None  # "Cruz continued", "He tells the crowd": a verb, not a name
    quote = doc.quotes[quote_index]
    lo, hi = quote.inner()
    return Found(
        [(lo, hi)], (colon, colon + 1), (start, colon), "direct", 0.7, quotes=[quote_index]
    )


#: Words that point at a quote's source before its colon ("From the report: “…”", "Here's
#: Lee in 1992: “…”"); PolNeAR takes the colon as the cue and what follows them as source.
_POINTERS = frozenset({"from", "here's", "here’s"})
#: Longest source after a pointer ("the committee's final report").
_MAX_POINTED = 6
#: Words that end a pointed source and start when it was said ("Lee in December 1992:").
_WHEN = words("in on at during last this earlier")


def _pointed_label(doc: Doc, start: int) -> Found | None:
    """ "From the report: “…”", "Here's Lee in December 1992: “…”", "According to the
    Herald: “…”": a sentence that only names where a quote comes from (train: 4 quotes,
    none right before)."""
    tokens = doc.tokens
    if tokens[start].lower not in _POINTERS and not _according_to(doc, start):
        return None
    first = start + (2 if tokens[start].lower == "according" else 1)
    end = min(len(tokens), first + _MAX_POINTED + 1)
    colon = next((k for k in range(first, end) if not tokens[k].is_word), None)
    if colon is None or tokens[colon].text != ":" or colon == first or colon + 1 >= len(tokens):
        return None
    quote_index = doc.quote_of[colon + 1]
    if quote_index == -1 or doc.quotes[quote_index].first != colon + 1:
        return None
    if not (tokens[first].is_cap or tokens[first].lower in ARTICLES):
        return None
    last = next((k for k in range(first + 1, colon) if tokens[k].lower in _WHEN), colon)
    cue = (start, first) if tokens[start].lower == "according" else (colon, colon + 1)
    owner = next((k for k in range(first, last - 1) if is_possessive(tokens[k].lower)), None)
    if owner is not None and tokens[start].lower == "from":
        # "From Lee's Facebook post: “…”": the owner speaks, the post is the cue.
        last, cue = owner + 1, (owner + 1, colon + 1)
    lo, hi = doc.quotes[quote_index].inner()
    return Found([(lo, hi)], cue, (first, last), "direct", 0.7, quotes=[quote_index])


def _according_to(doc: Doc, start: int) -> bool:
    tokens = doc.tokens
    return (
        tokens[start].lower == "according"
        and start + 1 < len(tokens)
        and tokens[start + 1].lower == "to"
    )


#: How far into a paragraph a "headline - Name:" label may end, and how long the name is.
_MAX_DASHED_HEADLINE = 40
_MAX_DASHED_NAME = 6
#: Words that open a dashed label without being part of the name ("- More from Jones:").
_LABEL_OPENERS = words("more from")


def _dashed_label(doc: Doc, start: int) -> Found | None:
    """ "Pollsters agree - Carl Bialik: “…”": a digest paragraph heads each quote with a
    headline, a dash and the quoted writer's name (PolNeAR: a direct quote, the name its
    source and the colon its cue)."""
    tokens = doc.tokens
    para = tokens[start].para
    end = min(len(tokens), start + _MAX_DASHED_HEADLINE)
    if ":" not in doc.text[tokens[start].start : tokens[end - 1].end]:
        return None  # a colon is a token of its own: none in these characters, none to find
    colon = next(
        (k for k in range(start, end) if tokens[k].text == ":" or _sentence_stop(doc, k)), None
    )
    if colon is None or tokens[colon].text != ":" or colon + 1 >= len(tokens):
        return None
    quote_index = doc.quote_of[colon + 1]
    if quote_index == -1 or doc.quotes[quote_index].first != colon + 1:
        return None
    dash = next(
        (k for k in range(colon - 1, max(start, colon - _MAX_DASHED_NAME - 3), -1)
         if tokens[k].text in _DASHES | {"-"}),
        None,
    )  # fmt: skip
    if dash is None or dash == start or tokens[colon].para != para:
        return None
    first = dash + 1
    while first < colon and tokens[first].lower in _LABEL_OPENERS:
        first += 1
    name = [tokens[k] for k in range(first, colon) if tokens[k].is_word]
    if not name or len(name) > _MAX_DASHED_NAME or not name[-1].is_cap:
        return None
    if any(t.lower in LEXICON or t.lower in _CONNECTIVES - {"and"} for t in name):
        return None
    quote = doc.quotes[quote_index]
    lo, hi = quote.inner()
    return Found(
        [(lo, hi)], (colon, colon + 1), (first, colon), "direct", 0.7, quotes=[quote_index]
    )


def _sentence_stop(doc: Doc, k: int) -> bool:
    """A full stop ends the headline, but not the one after a middle initial
    ("- Jeffrey M. Jones:")."""
    if doc.tokens[k].text != ".":
        return False
    before = doc.tokens[k - 1].text if k > 0 else ""
    return not (len(before) == 1 and before.isupper())


def _headline(doc: Doc) -> Found | None:
    """ "Ortiz: I Still Think the Board Can’t Be Trusted …" — a headline (the text's first
    line) that opens with a short name and a colon gives the rest to that name."""
    tokens = doc.tokens
    end = 0
    while end < len(tokens) and tokens[end].para == 0:
        end += 1
    if end == 0 or not tokens[0].is_cap:
        return None
    colon = next(
        (k for k in range(1, min(end, _MAX_HEADLINE_LABEL + 1)) if tokens[k].text == ":"), None
    )
    if colon is None or doc.quote_of[colon] != -1 or colon + 1 >= end:
        return None
    # "Poll: Lee and Ortiz hold narrow leads" — a poll speaks in a headline (5 of 6
    # times in train), though a "Poll:" label over a chart in a paragraph does not.
    if any(tokens[k].lower in NOT_SPEAKERS - {"poll"} for k in range(colon)):
        return None
    # "Ortega said: “We are not leaving.”" opening a text is a sentence, not a headline's
    # label (headlines capitalise their verbs): the quote frames read it. A noun of saying
    # stays a label ("Democrats' new warning: …").
    if any(_lowercase_past(tokens[k].text) for k in range(colon)):
        return None
    while end > colon + 1 and tokens[end - 1].text == "." and doc.quote_of[end - 1] == -1:
        end -= 1
    if not any(tokens[k].is_word for k in range(colon + 1, end)):
        return None
    return Found(
        [(colon + 1, end)], (colon, colon + 1), (0, _label_end(doc, colon)), "indirect", 0.7
    )


def _lowercase_past(word: str) -> bool:
    """ "said", "told", "went", "put": a verb in the past as a sentence prints it (a
    headline's verbs are in the present and capitalised), of saying or not ("Rahm put it
    bluntly: “…”", "Rahm went further: “…”")."""
    return word.isalpha() and word.islower() and past_tense(word)


#: Prepositions that end a headline's speaker ("Lee on the Budget:", "Lee to Voters:").
_LABEL_PREPOSITIONS = words("on to")


def _label_end(doc: Doc, colon: int) -> int:
    """Where a headline's speaker ends: before a preposition ("Lee on the Budget:") or a
    verb in the present ("Lee Endorses Kim:", "Lee Wades In:"), whose phrase PolNeAR
    leaves out of the source (9 headline sources of train were wrong so). A word in "-s"
    that closes the label is a noun ("NY Daily News:"). Before a quote the whole label
    frames it ("Lee Slams Kim: ‘…’": a dev quote keeps its frame as source)."""
    if colon + 1 < len(doc.tokens) and doc.quote_of[colon + 1] != -1:
        return colon
    if doc.tokens[0].lower in ARTICLES:
        return colon  # "The One Thing Every Voter Wants:": a description, no name to cut
    for k in range(1, colon):
        token = doc.tokens[k]
        if token.lower in _LABEL_PREPOSITIONS:
            return k
        if k + 1 < colon and _present_verb(token.text):
            return k
    return colon


def _present_verb(word: str) -> bool:
    """A third-person verb by its form: "Endorses", "heckles", "Steps"."""
    return word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _signed(doc: Doc, index: int) -> Found | None:
    """ "“…” ― Name" closing a paragraph: the name signs the quote."""
    quote = doc.quotes[index]
    tokens = doc.tokens
    dash = quote.last + 1
    if not quote.closed or dash + 1 >= len(tokens) or tokens[dash].text not in _DASHES:
        return None
    para = tokens[quote.last].para
    if tokens[dash].para != para or tokens[dash + 1].para != para or not tokens[dash + 1].is_cap:
        return None  # the name must follow the dash in its paragraph
    end = dash + 1
    while end < len(tokens) and tokens[end].para == para and end - dash <= _MAX_SIGNATURE:
        end += 1
    if end < len(tokens) and tokens[end].para == para:
        return None  # more text follows: a dash inside a sentence, not a signature
    while tokens[end - 1].text == ".":
        end -= 1
    if not all(tokens[j].is_cap or tokens[j].text == "." for j in range(dash + 1, end)):
        return None
    lo, hi = quote.inner()
    while hi > lo and tokens[hi - 1].text in {",", ";", ":"}:
        hi -= 1
    if not any(tokens[j].is_word for j in range(lo, hi)):
        return None
    return Found(
        content=[(lo, hi)],
        cue=(dash, dash + 1),
        source=(dash + 1, end),
        kind="direct",
        confidence=0.8,
        quotes=[index],
    )


_SIGNATURE_DASHES = _DASHES | {"-"}


def _signed_below(doc: Doc, index: int) -> Found | None:
    """ "“…”" as a paragraph of its own, then "- Bernie Sanders." or "-President Obama,
    tweeting after …" as the next one: the name signs the quote (fact checks and
    notebooks lay out quotes this way; 7 times in two train articles)."""
    quote = doc.quotes[index]
    tokens = doc.tokens
    dash = quote.last + 1
    while dash < len(tokens) and tokens[dash].text == "." and doc.quote_of[dash] == -1:
        dash += 1  # a full stop after the closing mark
    if not quote.closed or dash + 1 >= len(tokens) or tokens[dash].text not in _SIGNATURE_DASHES:
        return None
    para = tokens[dash].para
    if tokens[quote.first].para != para - 1 or tokens[dash - 1].para != para - 1:
        return None  # the quote must close its paragraph and the dash open the next
    if quote.first > 0 and tokens[quote.first - 1].para == para - 1:
        return None  # the quote must open its paragraph too
    end = _signature_end(doc, dash + 1, para)
    if end is None:
        return None
    lo, hi = quote.inner()
    if not any(tokens[j].is_word for j in range(lo, hi)):
        return None
    return Found([(lo, hi)], (dash, dash + 1), (dash + 1, end), "direct", 0.8, quotes=[index])


#: Longest signature with its description inside a pulled quote ("Ann Lee, Harbor Policy
#: Institute", "Former union president Jo Ulm").
_MAX_INNER_SIGNATURE = 12


def _signed_inside(doc: Doc, index: int) -> Found | None:
    """A pulled quote signed inside its marks: a paragraph opens with a quote left open,
    and the next line is only a name with its description, a full stop and the closing
    mark (``"We will not wait …¶Ann Lee, Harbor Policy Institute."``). The name and
    its description sign the quote; the closing mark is the cue (PolNeAR marks 4 of the 9
    such quotes in train so and leaves 4 unmarked; on train 3 more right, 8 more
    predictions), and the quote is no continuation of the previous paragraph's speaker."""
    quote = doc.quotes[index]
    tokens = doc.tokens
    if quote.closed or quote.continues:
        return None
    para = tokens[quote.first].para
    if quote.first > 0 and tokens[quote.first - 1].para == para:
        return None  # the quote must open its paragraph
    start = quote.last + 1
    if start >= len(tokens) or tokens[start].para != para + 1 or not tokens[start].is_cap:
        return None
    end = start
    while end < len(tokens) and tokens[end].para == para + 1:
        end += 1
    mark = end - 1
    if not start + 2 <= mark - 1 <= start + _MAX_INNER_SIGNATURE:
        return None
    if tokens[mark].text not in OPENING_MARKS or tokens[mark - 1].text != ".":
        return None
    signature = range(start, mark - 1)
    if any(
        doc.quote_of[k] != -1
        or not (tokens[k].is_word or tokens[k].text in {",", "."})
        or (tokens[k].text == "." and not tokens[k - 1].is_cap)
        or is_speech_word(tokens[k].lower)
        for k in signature
    ):
        return None
    lo, hi = quote.inner()
    if not any(tokens[j].is_word for j in range(lo, hi)):
        return None
    return Found([(lo, hi)], (mark, end), (start, mark - 1), "direct", 0.8, quotes=[index])


def _signature_end(doc: Doc, start: int, para: int) -> int | None:
    """End of a capitalised name of at most ``_MAX_SIGNATURE`` tokens at ``start``,
    closed by a full stop, a comma (a description follows) or the paragraph's end."""
    tokens = doc.tokens
    end = start
    while end < len(tokens) and tokens[end].para == para and end - start < _MAX_SIGNATURE:
        token = tokens[end]
        if token.text == "," or (token.text == "." and _closes_paragraph(doc, end, para)):
            break
        if not (token.is_cap or token.text == "."):
            return None
        end += 1
    else:
        if end < len(tokens) and tokens[end].para == para:
            return None  # too long for a name
    if end == start or not tokens[start].is_cap:
        return None
    # "- B.": a lone initial signs nothing; a name has a word of two letters or more.
    named = any(len(tokens[j].text) > 1 and tokens[j].is_cap for j in range(start, end))
    return end if named else None


def _closes_paragraph(doc: Doc, k: int, para: int) -> bool:
    return k + 1 >= len(doc.tokens) or doc.tokens[k + 1].para != para
