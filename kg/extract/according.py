"""Attributions cued by "according to X", in both orders.

"…, according to X." takes X to the end of its clause (PolNeAR does in four cases of five:
"a summary aldermen released Monday", "Rosa Tam, director of …") unless a comma opens
something that does not describe X; when that goes on with the sentence before the cue
("At the heart of it, according to X, was …") the content has both sides. "According to X,
…" takes X up to the comma.
"""

from __future__ import annotations

from kg.extract.clauses import CLOSING, END_PUNCT, content_after, content_before
from kg.extract.doc import Doc
from kg.extract.found import Found, TokenRange
from kg.extract.judge import Judge
from kg.extract.phrases import np_after, without_anonymity_clause
from kg.extract.wordsets import DASHES, FINITE_VERBS, IRREGULAR_PAST, UNAMBIGUOUS_RELATIVES, words

_MAX_SOURCE = 30
#: A comma before one of these ends the source ("…, but his pathway …").
_NEW_CLAUSE = words("but and because while though although so yet whereas")
_AFTER_SOURCE = words("who which whose more less up down where even compared")


def according_to(doc: Doc, k: int, judge: Judge) -> Found | None:
    """The attribution cued by "according to" at token ``k``."""
    sent_start, sent_end = doc.sentence_bounds(k)
    cue = (k, k + 2)
    parenthetical = k > sent_start and _parenthetical(doc, k, sent_start)
    if parenthetical and not _short_opener(doc, sent_start, k):
        content = content_before(doc, _inside_parenthesis(doc, sent_start, k), k - 1)
        content = _closing_relative(doc, content)
        source = _source_to_clause_end(doc, k + 2, sent_end, _opening(doc, content))
        if source is not None and content is not None:
            rest = _rest_of_sentence(doc, k, source[1], sent_end, judge)
            if (
                rest is not None
                and not _opening(doc, content)
                and _subject_after_comma(doc, source[1] + 1, sent_end)
            ):
                # "…, according to him, the network censured …": a clause of its own is
                # what is attributed; the words before the cue are another clause's.
                return Found([rest], cue, source, "indirect", 0.85, frame=(k, source[1]))
            if rest is not None:
                return Found([content, rest], cue, source, "indirect", 0.85, frame=(k, source[1]))
    else:
        source = _source_to_comma(doc, k + 2, sent_end) or np_after(doc, k + 2, sent_end)
        if source is None:
            return None
        after = source[1]
        if after < sent_end and doc.tokens[after].text == ",":
            after += 1
        content = content_after(doc, k, after, sent_end, judge)
        if content is not None and k > sent_start:
            return Found(
                _with_subject_word(doc, sent_start, k, content),
                cue,
                _without_anonymity(doc, source),
                "indirect",
                0.85,
                frame=(k, source[1]),
            )
    if source is None:
        return None
    if content is None:
        return None
    frame = (k, source[1])
    return Found([content], cue, _without_anonymity(doc, source), "indirect", 0.85, frame=frame)


def _parenthetical(doc: Doc, k: int, sent_start: int) -> bool:
    """A comma before the cue, or a dash that closes an aside ("40 burglaries — most of
    them in the spring — according to the sheriff."): what comes before is attributed. A
    dash that opens one ("blamed the video while — according to the emails — knowing
    …") leaves the cue inside the aside."""
    before = doc.tokens[k - 1]
    if before.text == ",":
        return True
    return doc.spaced_dash(k - 1) and any(doc.spaced_dash(j) for j in range(sent_start + 1, k - 1))


#: Words that open a sentence before a parenthetical "according to" without being any of
#: what is attributed ("But, according to the survey, …", "Now, according to …").
_BARE_OPENERS = words("but and so yet now still meanwhile however instead then also")


def _short_opener(doc: Doc, sent_start: int, k: int) -> bool:
    """ "But, according to the survey, most farmers remain undecided", "Turnout, according
    to the county clerk, has doubled": one word (after "and" or "but") before the comma is too
    little for a clause of its own; the attribution is the sentence after the source, as
    after an opening "According to X,". The source then runs to its comma."""
    lo = sent_start
    while lo < k - 1 and doc.tokens[lo].lower in _BARE_OPENERS:
        lo += 1
    return k - 2 >= sent_start and k - 1 - lo <= 1 and doc.tokens[k - 2].is_word


def _with_subject_word(doc: Doc, sent_start: int, k: int, content: TokenRange) -> list[TokenRange]:
    """The content after the source, with the one word before the cue when it is the
    sentence's subject ("Turnout, according to the county clerk, has doubled": both sides),
    not an opener ("But", "Now")."""
    word = k - 2
    if (
        word < sent_start
        or doc.tokens[word].lower in _BARE_OPENERS
        or doc.tokens[word].lower in _OPENERS
    ):
        return [content]
    return [(word, word + 1), content]


def _without_anonymity(doc: Doc, source: TokenRange) -> TokenRange:
    """ "according to two senators who requested anonymity to …": the clause tells how
    the reporter got the words, not who the source is (PolNeAR leaves it out); not a
    clause that says who the source is before it ("a clerk who was in the room and spoke
    on the condition of anonymity" stays whole)."""
    if any(doc.tokens[j].lower == "and" for j in range(*source)):
        return source
    return without_anonymity_clause(doc, source)


def _inside_parenthesis(doc: Doc, sent_start: int, k: int) -> int:
    """Where the clause before a parenthetical "according to" starts: after a "(" still
    open at the cue ("Iowa (93 percent of voters there were white, according to exit
    polls)"), whose words alone are attributed, not the sentence around them (on train 3
    made right, none lost); else at the sentence's start."""
    for j in range(k - 1, sent_start - 1, -1):
        text = doc.tokens[j].text
        if text == ")":
            return sent_start
        if text == "(":
            return j + 1
    return sent_start


def _closing_relative(doc: Doc, content: TokenRange | None) -> TokenRange | None:
    """ "Reyes says … the gap in delegates, which stood at 90, according to the tally": a
    relative clause that runs from its comma to the cue is what the source vouches for,
    not the clause it hangs on, when that clause holds a reading of its own (a cue or
    source already taken: "Reyes says"). On train 7 made right, none lost."""
    if content is None:
        return None
    lo, hi = content
    for j in range(hi - 1, lo, -1):
        if doc.tokens[j].text == ",":
            if (
                j + 2 < hi
                and doc.tokens[j + 1].lower in UNAMBIGUOUS_RELATIVES
                and doc.any_used(lo, j)
            ):
                return j + 1, hi
            return content
    return content


def _source_to_clause_end(
    doc: Doc, lo: int, sent_end: int, opening: bool = False
) -> TokenRange | None:
    """The rest of the sentence, up to a comma that opens a new clause (", but …")."""
    hi = min(sent_end, lo + _MAX_SOURCE)
    for j in range(lo, hi):
        token = doc.tokens[j]
        if doc.quote_of[j] != -1 or token.text in {";", ":"} or _aside(doc, j, lo):
            hi = j
            break
        if token.text == ")" and not any(doc.tokens[m].text == "(" for m in range(lo, j)):
            hi = j  # "(… according to exit polls), East Ulm (…)": the aside ends
            break
        if (
            token.text == ","
            and j + 1 < hi
            and (
                _not_description(doc, j + 1)
                or _predicate(doc, j + 1)
                or (opening and j > lo)
                or _clause_after_comma(doc, j + 1, hi)
            )
        ):
            hi = j
            break
    while hi > lo and doc.tokens[hi - 1].text in END_PUNCT | {",", ")"} | CLOSING:
        if doc.tokens[hi - 1].text == ")" and any(doc.tokens[j].text == "(" for j in range(lo, hi)):
            break
        hi -= 1
    if hi <= lo or not any(doc.tokens[j].is_word for j in range(lo, hi)):
        return None
    return lo, hi


def _aside(doc: Doc, j: int, lo: int) -> bool:
    """ "according to the Ulm Budget Office - half a percentage point of …", "according to
    exit polls (a sizable margin …": a dash or a lowercase parenthesis after the source
    opens a remark of the writer's, not more of the source ("(R-Va.)" stays)."""
    text = doc.tokens[j].text
    if j == lo or j + 1 >= len(doc.tokens):
        return False
    if text in DASHES:
        return doc.spaced_dash(j)
    nxt = doc.tokens[j + 1].text
    return text == "(" and (nxt.islower() or nxt[:1].isdigit())


def _not_description(doc: Doc, k: int) -> bool:
    """What follows a comma after the source opens a new clause (", but …"), a participle
    (", taking a step toward …"), a relative clause (", who prosecuted …") or a figure
    (", $234 million in contracts"), not a description of the source."""
    token = doc.tokens[k]
    word = token.lower
    if word in _NEW_CLAUSE or word in _AFTER_SOURCE:
        return True
    return (
        (token.text.islower() and word.endswith("ing"))
        or token.text[:1] in {"$"}
        or (word[:1].isdigit())
    )


def _source_to_comma(doc: Doc, lo: int, sent_end: int) -> TokenRange | None:
    """ "According to the draft agenda posted Thursday, …": up to the comma."""
    for j in range(lo + 1, min(sent_end, lo + _MAX_SOURCE)):
        if doc.quote_of[j] != -1:
            if _quoted_title(doc, lo, j):
                continue  # "According to ''The Long Road: A Memoir,'' by …"
            return None
        if doc.tokens[j].text in {";", ":"}:
            return None
        if doc.tokens[j].text == ",":
            return lo, j
    return None


#: The most words a quoted title inside a source may hold.
_MAX_TITLE = 12


def _quoted_title(doc: Doc, lo: int, j: int) -> bool:
    """Token ``j`` lies in a short closed quote that opens after the source's first word
    or right at it ("her “fair share” plan", "''The Long Road,'' by Ann Lee"): a title
    or a coined name, part of the source."""
    quote = doc.quotes[doc.quote_of[j]]
    return quote.closed and quote.first >= lo and quote.last - quote.first <= _MAX_TITLE


#: Verbs that, after "X, according to Y,", go on with X's sentence ("At the heart of the
#: trouble, according to Ross, was a decision …"). PolNeAR takes both sides of such a
#: parenthetical "according to" (31 of 287 comma-preceded ones in train have content after
#: the source); the source used to run over the comma into the rest of the sentence.
_PREDICATE = words(
    """is was are were has have had will would can could may might include includes remain
    remains"""
)
#: Words that open a short introductory phrase ("Since last November, according to …").
_OPENERS = words(
    """in on at after before during since for with by from about over among now then
    earlier later"""
)
#: "This week, according to …", "Last year, …": a time phrase opens with these, but "The
#: plan, according to Lee, a former envoy, is dead" is a subject.
_TIME_DETERMINERS = words("the last this next")
_TIME_NOUNS = words(
    """week weekend month year day morning afternoon evening night time spring summer fall
    autumn winter season decade"""
)


#: Words that end the scan for a verb after the source's comma: a relative clause or an
#: aside describes the source ("Lee, a pollster who conducted the poll").
_DESCRIPTION_BREAKS = words("who whom whose which that ( , ; : -- —")
#: Words before a participle in "-ed" that make it an adjective ("a retired general").
_ADJECTIVE_SLOT = words("a an the his her its their our my this that former newly")


def _clause_after_comma(doc: Doc, k: int, hi: int) -> bool:
    """ "…, according to a city hall official, three in the group were promoted",
    "according to him, the network censured his report": after the comma a clause with a
    verb of its own goes on, so the source ends at the comma (on train 5 sources ran over
    into such a clause, each wrong; cut there, 2 readings become right, the rest keep
    content from before the cue that gold leaves out)."""
    for j in range(k, hi):
        token = doc.tokens[j]
        word = token.lower
        if word in _DESCRIPTION_BREAKS or doc.quote_of[j] != -1:
            return False
        if word in FINITE_VERBS or word in IRREGULAR_PAST:
            return True
        if token.text.islower() and len(word) > 4 and word.endswith("ed"):
            return j == k or doc.tokens[j - 1].lower not in _ADJECTIVE_SLOT
    return False


def _subject_after_comma(doc: Doc, k: int, hi: int) -> bool:
    """A clause after the comma that opens with a subject of its own ("the network
    censured …"), not with the verb of the words before the cue ("The plan, according to
    Lee, is dead") nor with a participle ("including one …")."""
    if k >= hi:
        return False
    first = doc.tokens[k]
    word = first.lower
    if word in FINITE_VERBS or word in IRREGULAR_PAST or word.endswith(("ed", "ing")):
        return False
    return _clause_after_comma(doc, k, hi)


def _predicate(doc: Doc, k: int) -> bool:
    return doc.tokens[k].text in _PREDICATE


def _opening(doc: Doc, content: TokenRange | None) -> bool:
    """ "Since last spring, according to the Dover Rights League, police have detained …": the
    words before the cue are an opening phrase, so the sentence goes on after the source."""
    if content is None:
        return False
    lo, hi = content
    if hi - lo > 4:
        return False
    first = doc.tokens[lo].lower
    if first in _TIME_DETERMINERS:
        return any(doc.tokens[j].lower in _TIME_NOUNS for j in range(lo + 1, hi))
    return first in _OPENERS


def _rest_of_sentence(
    doc: Doc, k: int, source_end: int, sent_end: int, judge: Judge
) -> TokenRange | None:
    """What follows "X, according to Y," when it goes on with X's sentence: not a new
    clause (", but …", kept apart) nor a relative clause about Y (", who …")."""
    after = source_end
    if after >= sent_end or doc.tokens[after].text != ",":
        return None
    after += 1
    if after >= sent_end or doc.tokens[after].lower in _NEW_CLAUSE | _AFTER_SOURCE:
        return None
    return content_after(doc, k, after, sent_end, judge)
