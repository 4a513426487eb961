"""The inverted source after a cue or quote: "…," says a veteran analyst.

``np_after`` reads forward from the cue over a determiner, a description and a name, a
bare title ("said Ann Lee, editor in chief of Foo.com"), a short quoted title after
"of" (``title_after_of``: "the author of “The Long Road,”") and a short relative clause,
and stops at a time word, a clause or most punctuation.
"""

from __future__ import annotations

from kg.extract.cues import BETWEEN_SOURCE_AND_CUE, LEXICON
from kg.extract.doc import Doc
from kg.extract.phrases.common import (
    CONNECTORS,
    DETERMINERS,
    INNER_PREP,
    MAX_APPOSITIVE,
    MAX_PHRASE,
    NOT_DESCRIPTIONS,
    QUANTIFIERS,
    STOP,
    initial_dot,
    np_word,
    without_anonymity_clause,
)
from kg.extract.wordsets import ARTICLES, MONTHS, TIME_WORDS, WEEKDAYS, words

_TIME_WORDS = (
    WEEKDAYS
    | MONTHS
    | words("""yesterday today tonight last this next earlier recently week month year""")
)


def np_after(doc: Doc, start: int, ceiling: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``start`` (after an inverted cue), as a range.

    Takes a following appositive (", a veteran of …", ", who was …") up to the next comma
    or the end of the sentence, since news style puts the description there.
    """
    found = _np_after(doc, start, ceiling)
    return None if found is None else without_anonymity_clause(doc, found)


def _its_first(doc: Doc, k: int, start: int) -> bool:
    """ "said its president, Lena Sorensen": "its" opens a phrase as an owner, though as a
    word of its own it is no part of one."""
    return (
        k == start
        and doc.tokens[k].lower == "its"
        and k + 1 < len(doc.tokens)
        and np_word(doc, k + 1)
    )


def _np_after(doc: Doc, start: int, ceiling: int) -> tuple[int, int] | None:
    k = start
    limit = min(ceiling, start + MAX_PHRASE)
    while k < limit and (doc.tokens[k].lower not in _TIME_WORDS or _time_modifier(doc, k, start)):
        if not np_word(doc, k) and not _joined(doc, k, start) and not _its_first(doc, k, start):
            break
        word = doc.tokens[k].lower
        if (word == "and" or word in INNER_PREP) and (
            k == start or not (_np_after_ok(doc, k) or _joined(doc, k + 1, start))
        ):
            break
        k += 1
    end = k
    while end > start and doc.tokens[end - 1].lower in INNER_PREP | {"and"} | DETERMINERS:
        end -= 1
    if end <= start:
        return None
    if end - start > 1 and doc.tokens[end - 1].lower in {"who", "whose"}:
        # "said a city official who was not cleared to speak": the relative clause
        # describes the source (PolNeAR keeps it), unless it says something of its own.
        return _with_relative_clause(doc, start, end, ceiling)
    if end < ceiling and doc.tokens[end].text == "," and end + 1 < ceiling:
        follower = doc.tokens[end + 1].lower
        if (
            follower in DETERMINERS
            or follower in {"who", "former", "whose"}
            or _bare_title(doc, end + 1, ceiling)
        ):
            stop = end + 1
            cap = min(ceiling, end + 1 + MAX_APPOSITIVE)
            while stop < cap:
                title = title_after_of(doc, stop)
                if title is not None:
                    stop = title
                    continue
                if doc.tokens[stop].text in {",", ";", "“", '"'}:
                    break
                if doc.tokens[stop].text == "." and not initial_dot(doc, stop):
                    break
                cue = LEXICON.get(doc.tokens[stop].lower)
                if cue is not None and cue.speech:
                    return start, end  # ", who said …" is a statement of its own
                stop += 1
            return start, stop
    return start, end


def _time_modifier(doc: Doc, k: int, start: int) -> bool:
    """ "says a Wednesday editorial in the Register": a capitalised day or month between an
    article and a lowercase noun modifies the noun; it tells no time of the saying ("said
    Wednesday" ends the phrase as before)."""
    return (
        k > start
        and doc.tokens[k - 1].lower in ARTICLES
        and doc.tokens[k].is_cap
        and k + 1 < len(doc.tokens)
        and doc.tokens[k + 1].text.islower()
        and np_word(doc, k + 1)
    )


def _bare_title(doc: Doc, k: int, ceiling: int) -> bool:
    """ "said Ann Lee, editor in chief of Foo.com": a lowercase noun without an article
    opens an appositive as "a"/"the" would (PolNeAR keeps it in the source)."""
    token = doc.tokens[k]
    if not (
        token.is_word
        and token.text.islower()
        and token.lower not in STOP | QUANTIFIERS | BETWEEN_SOURCE_AND_CUE | CONNECTORS
        and not token.lower.endswith(("ing", "ly", "ed"))
        and token.lower not in LEXICON
        and token.lower not in TIME_WORDS
        and token.lower not in NOT_DESCRIPTIONS
    ):
        return False
    # A title names a position "of", "for" or "at" something ("founder of the party"),
    # within the clause: "said Ann Lee, yesterday. For now, …" has no title.
    for j in range(k + 1, min(k + 5, ceiling)):
        if doc.tokens[j].text in _TITLE_BREAKS:
            return False
        if doc.tokens[j].lower in _TITLE_PREPS:
            return True
    return False


_TITLE_PREPS = words("of for at")

_TITLE_BREAKS = frozenset({",", ";", ".", ":", "“", '"'})


#: The most words a quoted title inside a description has ("author of “Hacked World Order”").
_TITLE_WORDS = 10


#: Words before a work's quoted title inside a description: "of" alone after a cue.
TITLE_OF = frozenset({"of"})


def title_after_of(doc: Doc, k: int, before: frozenset[str] = TITLE_OF) -> int | None:
    """ "said Ann Lee, the author of “The Long Road,” who …": a short quote right after "of"
    (or another of the words ``before``) is a work's title inside the description; the
    index after its closing mark, else None (3 train sources stopped before such a title,
    PolNeAR's went on past it)."""
    index = doc.quote_of[k]
    if index == -1 or k == 0 or doc.tokens[k - 1].lower not in before:
        return None
    quote = doc.quotes[index]
    if quote.first != k or not quote.closed or quote.last - quote.first - 1 > _TITLE_WORDS:
        return None
    return quote.last + 1


#: Most words a quoted nickname holds (Joanna “Jo” Lee, George “Jay” Keyworth).
_NICKNAME_WORDS = 2


def name_in_quotes(doc: Doc, k: int) -> int | None:
    """ "Rep. Joanna “Jo” Lee (D-Elm), shouted": a short quote of capitalised words
    between a first name and a surname is a nickname inside the name, not a quote of its
    own; the index after its closing mark, else None. (A quoted name on a badge, "Tom
    Lee, wearing “Ted Cruz” pins, said", is left alone: the phrase finder cuts such a
    participle clause from the source, PolNeAR keeps it, so the frame would go wrong.)"""
    index = doc.quote_of[k]
    if index == -1 or k == 0:
        return None
    quote = doc.quotes[index]
    lo, hi = quote.inner()
    if quote.first != k or not quote.closed or not 0 < hi - lo <= _NICKNAME_WORDS:
        return None
    after = quote.last + 1
    if after >= len(doc.tokens) or doc.tokens[after].para != doc.tokens[k].para:
        return None
    around = (k - 1, *range(lo, hi), after)
    return after if all(doc.tokens[j].is_word and doc.tokens[j].is_cap for j in around) else None


#: Stop words that go on an inverted source after the word before them: "said one of those
#: advisers", "said a person close to the mayor", "says a source involved in the talks"
#: (going on fixes 3 train sources and loses 1, a relative clause PolNeAR leaves out).
_JOINED_PAIRS = frozenset({("of", "these"), ("of", "those"), ("close", "to"), ("involved", "in")})


def _joined(doc: Doc, k: int, start: int) -> bool:
    """Token ``k`` is a stop word the word before it joins to the phrase (a noun follows)."""
    if k == start or k >= len(doc.tokens) or doc.quote_of[k] != -1:
        return False
    pair = (doc.tokens[k - 1].lower, doc.tokens[k].lower)
    joined = (
        pair in _JOINED_PAIRS
        or (pair[1] == "to" and pair[0] in _SERVING)
        or (pair[1] == "in" and pair[0] in _PUBLISHED)
    )
    return joined and k + 1 < len(doc.tokens) and np_word(doc, k + 1)


#: Written pieces that go on with "in" and where they ran: "reads an editorial in the
#: Register", "says a column in the Times" (PolNeAR's source names the paper too).
_PUBLISHED = words("editorial editorials column op-ed article piece essay letter")


#: Nouns for who serves someone, which go on with "to" and the one served: "said a longtime
#: adviser to Trump", "said the former top aide to Mayor Ortiz" (train gold: 56 sources
#: hold such a noun with "to", none stops before it; 4 inverted ones were cut there).
_SERVING = words(
    """adviser advisers advisor advisors aide aides assistant assistants ambassador
    ambassadors envoy envoys counsel delegate delegates contributors staff secretary"""
)


def _with_relative_clause(doc: Doc, start: int, end: int, ceiling: int) -> tuple[int, int]:
    stop = end
    cap = min(ceiling, end + MAX_APPOSITIVE)
    while stop < cap and doc.tokens[stop].text not in {",", ";", "“", '"'}:
        if doc.tokens[stop].text == "." and not initial_dot(doc, stop):
            break
        cue = LEXICON.get(doc.tokens[stop].lower)
        if cue is not None and cue.speech:
            return start, end - 1
        stop += 1
    return (start, stop) if stop > end else (start, end - 1)


def _np_after_ok(doc: Doc, k: int) -> bool:
    """A preposition or "and" inside a following phrase needs a phrase word after it."""
    nxt = k + 1
    return nxt < len(doc.tokens) and np_word(doc, nxt) and doc.tokens[nxt].lower not in _TIME_WORDS
