"""The learned models' scores, computed without building feature strings.

:func:`kg.extract.features.cue_features` and :func:`~kg.extract.features.end_features`
name every feature as a string ("p1w=has|argued"), which training needs. At extraction
time building and hashing those fresh strings, twenty-odd per scored word and per
candidate end, was a quarter of the reader's time. :class:`CueScorer` and
:class:`EndScorer` split a model's weights by feature family once, then look each feature
up by the words themselves, whose hashes Python has already cached.

Each score is the same float as ``Perceptron.score(features)`` bit for bit: the same
weights are added in the same order (a feature the model lacks adds 0.0, which changes no
sum, so it is skipped); ``tests/test_scoring.py`` holds them to that. A feature added to
``features.py`` must be added here at the same place in the order.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.extract.cues import LEXICON
from kg.extract.doc import Doc
from kg.extract.features import (
    END_WORDS,
    NEXT_WORDS_OF_NOTE,
    cue_ahead,
    cue_window,
    opener,
    shape,
    subject_kind,
    suffix_class,
    verb_ahead,
)
from kg.extract.learned import Perceptron

#: Families whose value is one word or tag: "w=said" → ``single["w"]["said"]``.
_SINGLE = (
    "w", "s3", "s2", "sh", "p1", "p2", "n1", "n2", "lex", "qa", "qb", "pos", "subj",
    "skip", "tha", "suf", "rep",
)  # fmt: skip
#: Families whose value is a pair joined by "|": "p1w=has|said" → ``pairs["p1w"]["has"]["said"]``.
_PAIRS = ("p1w", "wn1", "subjw", "nx", "sufn1", "p1c", "wqa", "p2p1c", "repc")

Table = dict[str, float]
PairTable = dict[str, dict[str, float]]
#: The inner table of a pair whose first word the model never saw.
_NONE: dict[str, float] = {}


def _split(
    weights: dict[str, float], singles: tuple[str, ...], pairs: tuple[str, ...]
) -> tuple[dict[str, Table], dict[str, PairTable]]:
    """``weights`` by family: ``{"w": {"said": 1.2}}`` and ``{"p1w": {"has": {"said": 0.3}}}``.

    A pair is split at its last "|" where its first side may itself be a "|" token
    (:data:`_FIRST_MAY_BE_BAR`), else at its first."""
    single: dict[str, Table] = {family: {} for family in singles}
    paired: dict[str, PairTable] = {family: {} for family in pairs}
    for feature, weight in weights.items():
        family, sep, value = feature.partition("=")
        if not sep:
            continue
        if family in single:
            single[family][value] = weight
        elif family in paired:
            left, _, right = (
                value.rpartition("|") if family in _FIRST_MAY_BE_BAR else value.partition("|")
            )
            paired[family].setdefault(left, {})[right] = weight
    return single, paired


class _WordPart(NamedTuple):
    """The cue features of the word alone: weights, and the inner tables of its pairs."""

    word: float | None
    suffix3: float | None
    suffix2: float | None
    lexicon: float | None
    suffix: str
    suffix_weight: float | None
    next_words: Table
    quote_after: Table
    suffix_next: Table


_MAX_WORDS = 100_000


class CueScorer:
    """The cue perceptron's weights, split by feature family for lookups by word."""

    def __init__(self, model: Perceptron) -> None:
        self.bias = model.weights.get("b")
        self._single, self._pairs = _split(model.weights, _SINGLE, _PAIRS)
        self._words: dict[str, _WordPart] = {}

    def _word_part(self, word: str) -> _WordPart:
        """What depends on the word alone, looked up once per word (only words of the
        model's vocabulary are scored, so this stays small)."""
        single, pairs = self._single, self._pairs
        lexicon = LEXICON.get(word)
        suffix = suffix_class(word)
        part = _WordPart(
            single["w"].get(word),
            single["s3"].get(word[-3:]),
            single["s2"].get(word[-2:]),
            single["lex"].get(lexicon.frame + str(lexicon.speech) if lexicon else "-"),
            suffix,
            single["suf"].get(suffix),
            pairs["wn1"].get(word, _NONE),
            pairs["wqa"].get(word, _NONE),
            pairs["sufn1"].get(suffix, _NONE),
        )
        if len(self._words) < _MAX_WORDS:
            self._words[word] = part
        return part

    def score(self, doc: Doc, k: int) -> float:
        """``Perceptron.score(cue_features(doc, k))``, in the same order of additions."""
        single, pairs = self._single, self._pairs
        token = doc.tokens[k]
        word = token.lower
        w = cue_window(doc, k)
        prev1, next1 = w.prev1, w.next1
        part = self._words.get(word) or self._word_part(word)
        quote_after = "True" if w.quote_after else "False"
        word_shape = shape(token.text)

        weights: list[float | None] = [
            self.bias,
            part.word,
            part.suffix3,
            part.suffix2,
            single["sh"].get(word_shape + "0" if k == w.sent_start else word_shape),
            single["p1"].get(prev1),
            single["p2"].get(w.prev2),
            single["n1"].get(next1),
            single["n2"].get(w.next2),
            pairs["p1w"].get(prev1, _NONE).get(word),
            part.next_words.get(next1),
            part.lexicon,
            single["qa"].get(quote_after),
            single["qb"].get("True" if w.quote_before else "False"),
            single["pos"].get(str(min(k - w.sent_start, 12) // 3)),
        ]
        if w.subject is not None:
            kind = subject_kind(w.subject)
            weights.append(single["subj"].get(kind))
            weights.append(pairs["subjw"].get(kind, _NONE).get(word))
            weights.append(single["skip"].get("True" if w.skipped else "False"))
        else:
            weights.append(single["subj"].get("none"))
        if next1 in NEXT_WORDS_OF_NOTE:
            weights.append(pairs["nx"].get(next1, _NONE).get(word))
        prev_class = w.prev_class
        weights += [
            single["tha"].get("True" if w.that_ahead else "False"),
            part.suffix_weight,
            part.suffix_next.get(w.next_class),
            pairs["p1c"].get(prev_class, _NONE).get(part.suffix),
            part.quote_after.get(quote_after),
            pairs["p2p1c"].get(w.prev2_class, _NONE).get(prev_class),
            single["rep"].get("True" if w.reported else "False"),
            pairs["repc"].get("True" if w.reported else "False", _NONE).get(prev_class),
        ]
        total = 0.0
        for weight in weights:
            if weight is not None:
                total += weight
        return total


#: The end ranker's families, as in :func:`kg.extract.features.end_features` (its "e:"
#: prefix is part of the family name). The three-part "open_frame_at" is stored as a pair
#: of "opener|frame" and the word at the cut.
_END_SINGLE = (
    "e:at", "e:last", "e:after", "e:len", "e:commas", "e:end", "e:after_shape", "e:rest",
)  # fmt: skip
_END_PAIRS = (
    "e:at_after", "e:cue_at", "e:cue_len", "e:first_at", "e:open_at", "e:frame_at",
    "e:open_len", "e:at_rest", "e:verb_after", "e:last_shape", "e:at_len", "e:last_at",
    "e:cue_ahead", "e:open_frame_at",
)  # fmt: skip
#: Pair families whose first side is a neighbouring word, which may be a "|" token (the
#: cue word, the word at a cut, classes and tags never are). "open_frame_at" holds
#: "opener|frame" as its first side.
_FIRST_MAY_BE_BAR = frozenset({"p1w", "e:first_at", "e:last_at", "e:open_frame_at"})
_COUNTS = ("0", "1", "2", "3")


class EndScorer:
    """The end ranker's weights, split by feature family for lookups by word."""

    def __init__(self, model: Perceptron) -> None:
        self.bias = model.weights.get("e:b")
        self._single, self._pairs = _split(model.weights, _END_SINGLE, _END_PAIRS)

    def scores(self, doc: Doc, cue: int, start: int, limit: int) -> list[tuple[int, float]]:
        """Each candidate end of the content of ``cue`` opening at ``start`` (those of
        :func:`~kg.extract.features.end_candidates`, in order) with its score,
        ``Perceptron.score(end_features(doc, cue, start, end, limit))``."""
        single, pairs = self._single, self._pairs
        tokens, quote_of = doc.tokens, doc.quote_of
        cue_word = tokens[cue].lower
        first = tokens[start].lower
        content_opener = opener(first)
        lexicon = LEXICON.get(cue_word)
        frame = lexicon.frame if lexicon else "open"
        open_frame = content_opener + "|" + frame
        result: list[tuple[int, float]] = []
        commas = 0
        counted = start
        for end in range(start + 1, limit + 1):
            if end < limit and (
                (quote_of[end] != -1 and quote_of[end] == quote_of[end - 1])
                or tokens[end].lower not in END_WORDS
            ):
                continue
            # The commas inside the content, counted once across all candidates.
            for j in range(counted, end):
                if tokens[j].text == ",":
                    commas += 1
            counted = end
            last = tokens[end - 1].lower
            at = tokens[end].lower if end < limit else "</s>"
            after = tokens[end + 1].lower if end + 1 < limit else "</s>"
            length = end - start
            bucket = (
                "1" if length <= 1
                else "3" if length <= 3
                else "8" if length <= 8
                else "20" if length <= 20
                else "40" if length <= 40
                else "more"
            )  # fmt: skip
            rest = limit - end
            rest_bucket = "0" if rest == 0 else "3" if rest <= 3 else "8" if rest <= 8 else "more"
            weights = (
                self.bias,
                single["e:at"].get(at),
                single["e:last"].get(last),
                single["e:after"].get(after),
                pairs["e:at_after"].get(at, _NONE).get(after),
                single["e:len"].get(bucket),
                pairs["e:cue_at"].get(cue_word, _NONE).get(at),
                pairs["e:cue_len"].get(cue_word, _NONE).get(bucket),
                pairs["e:first_at"].get(first, _NONE).get(at),
                single["e:commas"].get(_COUNTS[min(commas, 3)]),
                single["e:end"].get("True" if end == limit else "False"),
                single["e:after_shape"].get(
                    shape(tokens[end + 1].text) if end + 1 < limit else "-"
                ),
                pairs["e:open_at"].get(content_opener, _NONE).get(at),
                pairs["e:frame_at"].get(frame, _NONE).get(at),
                pairs["e:open_len"].get(content_opener, _NONE).get(bucket),
                single["e:rest"].get(rest_bucket),
                pairs["e:at_rest"].get(at, _NONE).get(rest_bucket),
                pairs["e:verb_after"].get(at, _NONE).get(verb_ahead(doc, end, limit)),
                pairs["e:last_shape"].get(shape(tokens[end - 1].text), _NONE).get(at),
                pairs["e:at_len"].get(at, _NONE).get(bucket),
                pairs["e:last_at"].get(last, _NONE).get(at),
                pairs["e:cue_ahead"].get(at, _NONE).get(cue_ahead(doc, end, limit)),
                pairs["e:open_frame_at"].get(open_frame, _NONE).get(at),
            )
            total = 0.0
            for weight in weights:
                if weight is not None:
                    total += weight
            result.append((end, total))
        return result
