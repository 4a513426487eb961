"""Policy positions named loosely: "pulling US troops out of South Korea" is the position
"Withdraw US troops from South Korea".

A question about who supported, proposed or rejected something seldom repeats the position's
name; it paraphrases it with other words for the same things ("pull out" for "withdraw",
"soldiers" for "troops", "American" for "US"). The question's words and each name of each
position are reduced to canonical words by :func:`kg.lexicon.word_bag`; the position sharing
the most words wins when those are at least half of one of its names and one of them is no
mere name of a country or person (every position here mentions Korea). Only questions with a
word of stance are read this way: "Who warned about American troops leaving Korea?" asks for
what was said, not for who held a position.
"""

from __future__ import annotations

from kg.entities import Entity, EntityIndex, normalize
from kg.lexicon import PHRASES, canonical, word_bag
from kg.question import Mention, ParsedQuestion
from kg.vocabulary import FUNCTION_WORDS, PROPOSE, REJECT, SUPPORT

#: Words of stance besides those the rules read: "against" says who rejected, "agreed" who
#: accepted.
_STANCE = "against agree agreed agrees accept accepted accepts"


def _question_words(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, canonical word) of the question's words, phrasal verbs
    rewritten ("pulling out" → "withdraw" over both tokens)."""
    found = []
    i = 0
    while i < len(tokens):
        for size in (2, 1):
            phrase = tuple(tokens[i : i + size])
            if len(phrase) == size and phrase in PHRASES:
                found += [(i, i + size, canonical(w)) for w in PHRASES[phrase]]
                i += size
                break
        else:
            if tokens[i] not in FUNCTION_WORDS:
                found.append((i, i + 1, canonical(tokens[i])))
            i += 1
    return found


def _name_words(index: EntityIndex) -> frozenset[str]:
    """The canonical words of the names of actors and places: "korea", "us", "trump"."""
    words: set[str] = set()
    for entity in index.entities.values():
        if entity.kinds & {"actor", "place"}:
            for name in entity.names:
                words |= word_bag(normalize(name).split())
    return frozenset(words)


def _best_position(
    asked: frozenset[str], positions: list[Entity], names: frozenset[str]
) -> tuple[Entity, frozenset[str]] | None:
    """The position whose name shares the most words with ``asked``, if only one does."""
    scored: list[tuple[int, float, Entity, frozenset[str]]] = []
    for position in positions:
        best: tuple[int, float, frozenset[str]] | None = None
        for name in position.names:
            bag = word_bag(normalize(name).split())
            shared = bag & asked
            if len(shared) < 2 or 2 * len(shared) < len(bag) or not shared - names:
                continue
            score = (len(shared), len(shared) / len(bag), shared)
            if best is None or score[:2] > best[:2]:
                best = score
        if best is not None:
            scored.append((best[0], best[1], position, best[2]))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return None
    return scored[0][2], scored[0][3]


def resolve_loose_positions(q: ParsedQuestion, index: EntityIndex) -> None:
    """Link the position a question about stances paraphrases, over the words it shares."""
    if q.entities("position") or not q.has(*SUPPORT, *REJECT, *PROPOSE, _STANCE):
        return
    positions = [e for e in index.entities.values() if "position" in e.kinds]
    words = _question_words(q.tokens)
    found = _best_position(frozenset(w for _, _, w in words), positions, _name_words(index))
    if found is None:
        return
    position, shared = found
    spans = [(start, end) for start, end, w in words if w in shared]
    # The position follows its stance word ("Does South Korea favor pulling troops out of
    # South Korea?"): a span reaching back over the subject would swallow its mention.
    stance = _first_stance_word(q.tokens)
    after = [(start, end) for start, end in spans if stance is not None and start > stance]
    spans = after or spans
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    q.put(Mention(" ".join(q.tokens[start:end]), start, end, (position,), 0.9))


def _first_stance_word(tokens: list[str]) -> int | None:
    stance = {
        w.split("_")[0] for arg in (*SUPPORT, *REJECT, *PROPOSE, _STANCE) for w in arg.split()
    }
    return next((i for i, token in enumerate(tokens) if token in stance), None)
