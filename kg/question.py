"""Reading a plain-English question: its words, the entities it names, periods and phrases.

This module only *reads* the question; :mod:`kg.ask` decides which stored query answers it.
Entity linking looks for the longest runs of words that are a label or alias of an entity
(normalized like :func:`kg.entities.normalize`), then lets remaining unknown-looking words
match names fuzzily ("Beigun" → Stephen Biegun). Periods are years, months, ranges and
expressions relative to the article's date ("last year").
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field

from kg.entities import Entity, EntityIndex, normalize
from kg.informal import expand_contractions
from kg.lexicon import IGNORED, canonical
from kg.vocabulary import FUNCTION_WORDS, QUESTION_WORDS, SPEAKER_NOUNS

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
WEEKDAYS = {name.lower() for name in calendar.day_name}

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    text: str  # as found in the question

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True)
class Mention:
    """Words of the question that name one or more entities."""

    text: str
    start: int  # token index
    end: int  # token index, exclusive
    entities: tuple[Entity, ...]
    score: float  # 1.0 exact, below for fuzzy
    #: Words describing someone by role ("the former national security adviser"), resolved
    #: to whom they fit: their office words name no office asked about.
    described: bool = False

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if kind in e.kinds]


@dataclass
class ParsedQuestion:
    text: str
    tokens: list[str]  # normalized words
    mentions: list[Mention] = field(default_factory=list)
    period: Period | None = None
    phrase: str | None = None  # a quoted phrase, if any
    unknown_names: list[str] = field(default_factory=list)  # capitalized words not linked
    #: Facts about the graph the rules need: entities that serve as venues, event dates.
    venues: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)  # actors with statements
    authors: list[str] = field(default_factory=list)  # who wrote the articles
    articles: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)  # who published the articles
    event_days: dict[str, str] = field(default_factory=dict)  # first day of dated events
    event_places: list[tuple[str, str]] = field(default_factory=list)  # (event, place)
    #: Organizations and administrations in which the graph records offices.
    organizations: set[str] = field(default_factory=set)
    dates: dict[str, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)

    @property
    def question_word(self) -> bool:
        return any(t in QUESTION_WORDS for t in self.tokens[:4])

    @property
    def asks_for_speaker(self) -> bool:
        """ "Who said …?", "Which sources …?": the speaker is the answer, not a given."""
        head = self.tokens[:2]
        if head[:1] in (["who"], ["whom"]):
            return True
        return len(head) == 2 and head[0] in ("which", "what") and head[1] in SPEAKER_NOUNS

    def capitalized(self, mention: Mention) -> bool:
        """Whether the question wrote a mention as a name ("Japan"), not a noun ("sanctions")."""
        words = _WORD.findall(self.text)
        first = mention.text.split()[0]
        return any(normalize(w) == first and w[:1].isupper() for w in words)

    def has(self, *words: str) -> bool:
        """Whether any of ``words`` occurs in the question. Each argument may hold several
        words separated by spaces; "_" joins a phrase: ``q.has("where when what_day")``."""
        joined = f" {' '.join(self.tokens)} "
        return any(f" {w.replace('_', ' ')} " in joined for arg in words for w in arg.split())

    def has_besides_descriptions(self, *words: str) -> bool:
        """:meth:`has`, among the words outside descriptions of people by role."""
        inside = {i for m in self.mentions if m.described for i in range(m.start, m.end)}
        tokens = [t for i, t in enumerate(self.tokens) if i not in inside]
        joined = f" {' '.join(tokens)} "
        return any(f" {w.replace('_', ' ')} " in joined for arg in words for w in arg.split())

    def entities(self, kind: str) -> list[Entity]:
        found: list[Entity] = []
        for mention in self.mentions:
            for entity in mention.of_kind(kind):
                if entity not in found:
                    found.append(entity)
        return found

    def put(self, mention: Mention) -> None:
        """Link ``mention`` in place of the mentions it covers ("the former Pentagon
        official" replaces "Pentagon")."""
        kept = [m for m in self.mentions if not (mention.start <= m.start and m.end <= mention.end)]
        self.mentions = sorted([*kept, mention], key=lambda m: m.start)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap the tokens ``start:end``."""
        return [m for m in self.mentions if m.start < end and start < m.end]

    def mentioned_after(self, words: tuple[str, ...], kind: str) -> list[Entity]:
        """Entities of ``kind`` named after one of ``words`` ("about X", "to X")."""
        found: list[Entity] = []
        for mention in self.mentions:
            before = self.tokens[max(0, mention.start - 3) : mention.start]
            if any(w in before for w in words):
                found += [e for e in mention.of_kind(kind) if e not in found]
        return found


def tokenize(text: str) -> list[str]:
    """Normalized words: lower case, no accents, possessives and punctuation gone."""
    return normalize(text).split()


def parse(question: str, index: EntityIndex, *, reference: dt.date) -> ParsedQuestion:
    """Read ``question``; ``reference`` is the date "last year" and "this year" count from."""
    # A quoted phrase is matched verbatim against the article: read it before the
    # contractions are written out.
    phrase = _quoted_phrase(" ".join(question.split()))
    text = expand_contractions(" ".join(question.split()))
    tokens = tokenize(text)
    mentions = _link(tokens, index)
    period, without_period = _period(text, reference)
    if period is not None and any(
        any(ch.isdigit() for ch in m.text) and re.sub(r"\D", "", period.text) in m.text
        for m in mentions
    ):
        period, without_period = None, text  # the year belongs to a name: "2021 interview"
    parsed = ParsedQuestion(text=text, tokens=tokens, period=period, phrase=phrase)
    parsed.mentions = mentions
    parsed.unknown_names = _unknown_names(without_period, mentions, index)
    return parsed


def _quoted_phrase(text: str) -> str | None:
    match = re.search(r"[\"“‘]([^\"”’]{3,})[\"”’]", text) or re.search(
        r"(?:^|\s)'([^']{3,})'", text
    )
    return match.group(1).strip() if match else None


# --------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------


def _year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _day_near(reference: dt.date, month: int, day: int) -> dt.date:
    """ "November 18" in an article of late November 2024: the latest such day not after it."""
    last = calendar.monthrange(reference.year, month)[1]
    candidate = dt.date(reference.year, month, min(day, last))
    return candidate if candidate <= reference else candidate.replace(year=reference.year - 1)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _period(text: str, reference: dt.date) -> tuple[Period | None, str]:
    """The first period the question names, and the question without it."""
    lowered = text.lower()
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    full_months = "|".join(m.lower() for m in calendar.month_name if m and m != "May")
    patterns: list[tuple[str, object]] = [
        (r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|until|-)\s+(\d{4})\b", "range"),
        (rf"\b({month_names})\.?\s+(\d{{4}})\b", "month"),
        (rf"\b({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", "day"),
        (
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month_names})\b(?!\s*,?\s*\d{{4}})",
            "day-first",
        ),
        # "in July", "in late November": the latest such month not after the reference date.
        # Full month names only ("in may" is seldom May); not before a year (matched above).
        (
            rf"\b(?:in|during|late|early|mid)\s+(?:late\s+|early\s+|mid-?)?({full_months})\b"
            r"(?!\.?\s*\d)",
            "month-alone",
        ),
        (r"\b(?:since|after)\s+(\d{4})\b", "since"),
        (r"\b(?:before|until|prior to)\s+(\d{4})\b", "before"),
        (r"\blast\s+year\b", "last-year"),
        (r"\bthis\s+year\b", "this-year"),
        (r"\blast\s+month\b", "last-month"),
        (r"\b(1[89]\d\d|20\d\d)s\b", "decade"),
        (r"\b(1[89]\d\d|20\d\d)\b", "year"),
    ]
    for pattern, kind in patterns:
        match = re.search(pattern, lowered)
        if not match:
            continue
        start, end = _resolve(kind, match, reference)
        rest = text[: match.start()] + " " + text[match.end() :]
        return Period(start, end, text[match.start() : match.end()]), rest
    return None, text


def _resolve(kind: object, match: re.Match[str], reference: dt.date) -> tuple[dt.date, dt.date]:
    if kind == "range":
        return _year_range(int(match.group(1)))[0], _year_range(int(match.group(2)))[1]
    if kind == "month":
        return _month_range(int(match.group(2)), MONTHS[match.group(1)])
    if kind in ("day", "day-first"):
        month_word, day_text = (
            (match.group(1), match.group(2)) if kind == "day" else (match.group(2), match.group(1))
        )
        day = _day_near(reference, MONTHS[month_word], int(day_text))
        return day, day
    if kind == "month-alone":
        month = MONTHS[match.group(1)]
        year = reference.year if month <= reference.month else reference.year - 1
        return _month_range(year, month)
    if kind == "since":
        return dt.date(int(match.group(1)), 1, 1), dt.date(9999, 12, 31)
    if kind == "before":
        return dt.date(1, 1, 1), dt.date(int(match.group(1)) - 1, 12, 31)
    if kind == "last-year":
        return _year_range(reference.year - 1)
    if kind == "this-year":
        return _year_range(reference.year)
    if kind == "last-month":
        first = reference.replace(day=1) - dt.timedelta(days=1)
        return _month_range(first.year, first.month)
    if kind == "decade":
        year = int(match.group(1))
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    return _year_range(int(match.group(1)))


# --------------------------------------------------------------------------------------
# Entity linking
# --------------------------------------------------------------------------------------

_MAX_NGRAM = 8


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _link(tokens: list[str], index: EntityIndex) -> list[Mention]:
    """Longest exact runs first; then fuzzy single words that look like names."""
    taken = [False] * len(tokens)
    mentions: list[Mention] = []
    for size in range(min(_MAX_NGRAM, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if any(taken[start : start + size]):
                continue
            words = tokens[start : start + size]
            # Words of intent are no names, unless a determiner makes them a noun: "the
            # talks" are the negotiations of 2018-2019, "talks" in "who talks" is a verb.
            noun = start > 0 and tokens[start - 1] in ("the", "these", "those")
            if size == 1 and words[0] in FUNCTION_WORDS and not noun:
                continue
            if all(w in FUNCTION_WORDS for w in words) and not (size == 1 and noun):
                continue
            candidates = [" ".join(words)]
            if size <= 3:
                candidates.append(" ".join([*words[:-1], _singular(words[-1])]))
            for candidate in candidates:
                found = index.exact(candidate)
                if not found and candidate == candidates[-1] and _content_edges(words):
                    found = index.by_words(words)  # "talks resuming", "Vietnam meeting"
                if not found and size == 1 and start > 0 and tokens[start - 1] == "the":
                    # "the report" is the study: one word by its synonym, as a noun only.
                    found = [e for e in index.exact(canonical(words[0])) if e.kinds & _THINGS]
                if size >= 4:  # long descriptive labels of speech acts swallow their parts
                    found = [e for e in found if "speech-act" not in e.kinds]
                if found:
                    mentions.append(
                        Mention(" ".join(words), start, start + size, tuple(found), 1.0)
                    )
                    for i in range(start, start + size):
                        taken[i] = True
                    break
    _link_misspelt_words(tokens, index, taken, mentions)
    for i, word in enumerate(tokens):
        if taken[i] or word in FUNCTION_WORDS or len(word) < 4 or word.isdigit():
            continue
        best = _fuzzy_word(word, index)
        if best is not None:
            mentions.append(Mention(word, i, i + 1, best[0], best[1]))
            taken[i] = True
    return sorted(mentions, key=lambda m: m.start)


#: How close each misspelt word of a name must be to the name's word ("insitute" ~
#: "institute" 0.94, "beigun" ~ "biegun" 0.83, "eun" ~ "un" 0.8; "term" ~ "team" 0.75 is not).
_WORD_SIMILARITY = 0.8


def _link_misspelt_words(
    tokens: list[str], index: EntityIndex, taken: list[bool], mentions: list[Mention]
) -> None:
    """Names of several words with a typo in some of them, word by word: "Hudson Insitute",
    "Stephan Beigun", "Kim Jong Eun". Every word must be close to the name's word in the same
    place, so one wrong word ("Stephen Colbert", "Kim Yo Jong") links nothing. A word the
    exact pass linked alone ("Hudson", "Kim") is given up to the longer name."""
    alone = {i for m in mentions if " " not in normalize(m.text) for i in range(m.start, m.end)}
    for size in (4, 3, 2):
        for start in range(len(tokens) - size + 1):
            span = range(start, start + size)
            if any(taken[i] and i not in alone for i in span):
                continue
            found = _close_name(tokens[start : start + size], index)
            if found is None:
                continue
            entities, score = found
            mentions[:] = [m for m in mentions if m.end <= start or span.stop <= m.start]
            mentions.append(
                Mention(" ".join(tokens[span.start : span.stop]), start, span.stop, entities, score)
            )
            for i in span:
                taken[i] = True
                alone.discard(i)


def _close_name(words: list[str], index: EntityIndex) -> tuple[tuple[Entity, ...], float] | None:
    """The entities of the best name of as many words, each close to the word in its place;
    None if no name is, or the words are the name exactly (the exact pass's business)."""
    best: tuple[float, str] = (0.0, "")
    for name in index.multi_words(len(words)):
        scores = []
        for asked, known in zip(words, name.split(), strict=True):
            if asked == known:
                scores.append(1.0)
            elif asked in FUNCTION_WORDS or len(asked) < 3 or asked.isdigit():
                break
            else:
                scores.append(difflib.SequenceMatcher(None, asked, known).ratio())
                if scores[-1] < _WORD_SIMILARITY:
                    break
        else:
            score = sum(scores) / len(scores)
            if score < 1.0 and score > best[0]:
                best = (score, name)
    if not best[1]:
        return None
    found = [e for e in index.exact(best[1]) if e.kinds != {"statement-kind"}]
    return (tuple(found), best[0]) if found else None


def _content_edges(words: list[str]) -> bool:
    """Whether a run of words starts and ends like a name: not with filler, a question word
    or an auxiliary ("talks" may: "talks resuming")."""
    return len(words) >= 2 and not {words[0], words[-1]} & (IGNORED | QUESTION_WORDS | _AUXILIARIES)


#: What a single word may name by a synonym: events and speech acts, not people.
_THINGS = frozenset({"event", "speech-act", "position"})
_AUXILIARIES = frozenset("is are was were be been do does did has have had will would".split())


def _fuzzy_word(word: str, index: EntityIndex) -> tuple[tuple[Entity, ...], float] | None:
    """A misspelt one-word name ("beigun", "shriver"), close to one word of a known name."""
    best_score = 0.0
    best: list[str] = []
    for name in index.single_words():
        score = difflib.SequenceMatcher(None, word, name).ratio()
        if score > best_score:
            best_score, best = score, [name]
        elif score == best_score:
            best.append(name)
    if best_score < 0.8:
        return None
    entities: list[Entity] = []
    for name in best:
        for entity in index.exact(name):
            # Kinds of statement are common nouns, not names to misspell: "relief" is not
            # a "belief".
            if entity not in entities and entity.kinds != {"statement-kind"}:
                entities.append(entity)
    return (tuple(entities), best_score) if entities else None


def _unknown_names(text: str, mentions: list[Mention], index: EntityIndex) -> list[str]:
    """Capitalized words (not the first word) that name nothing the graph knows."""
    linked = {w for m in mentions for w in m.text.split()}
    unknown = []
    words = _WORD.findall(text)
    for position, word in enumerate(words):
        clean = normalize(word)
        if not clean or position == 0 or not word[:1].isupper() or clean in FUNCTION_WORDS:
            continue
        if clean in MONTHS or clean in WEEKDAYS:
            continue
        if any(part in linked for part in clean.split()):
            continue
        if index.exact(clean) or index.exact(_singular(clean)):
            continue
        unknown.append(word.strip("’'"))
    return unknown
