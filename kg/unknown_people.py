"""People a question names in lower case whom the graph does not know.

Capitalized unknown names are caught by :func:`kg.question._unknown_names`; "what does
kamala harris think of kim jong un" has no capitals, so "kamala harris" was dropped and the
question answered with statements about Kim. A name is recognized by its place and shape,
not by a list of names: two or more words in the subject's place (after the auxiliary of a
question, "what did X Y say", "did X Y comment", "who is X Y", or before a verb of saying,
"X Y views on Kim"), none linked to an entity and none a word the parser or the lexicon
knows. Descriptions ("the veteran analyst", "some analysts") start with a function word or
use known words, so they are not taken for names.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from kg import lexicon, vocabulary
from kg.entities import EntityIndex
from kg.question import ParsedQuestion

_AUXILIARIES = frozenset("did does do is was are were has have had will would".split())
#: Words after a name that say what the person said or thought: the name is the speaker.
_SPEAKING = frozenset(
    """say says said think thinks thought tell told believe believes view views opinion
    opinions comment comments commented argue argued argues claim claims claimed predict
    predicted write wrote stance position""".split()
)


def _flatten(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield from value.replace("_", " ").split()
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(key)
            yield from _flatten(item)
    elif isinstance(value, (set, frozenset, tuple, list)):
        for item in value:
            yield from _flatten(item)


@cache
def _parser_words() -> frozenset[str]:
    """Every word of the parser's vocabulary and of the lexicon."""
    words: set[str] = set()
    for module in (vocabulary, lexicon):
        for name in dir(module):
            if name.isupper():
                words.update(w.lower() for w in _flatten(getattr(module, name)))
    return frozenset(words)


def _name_words(index: EntityIndex) -> frozenset[str]:
    return frozenset(
        w for name in index.single_words() + index.multi_words(2) for w in name.split()
    )


def unknown_people(q: ParsedQuestion, index: EntityIndex) -> list[str]:
    """Runs of words in a speaker's or subject's place that look like an unknown name."""
    known = _parser_words() | _name_words(index)
    linked = {i for m in q.mentions for i in range(m.start, m.end)}

    def unknown(i: int) -> bool:
        word = q.tokens[i]
        return (
            i not in linked
            and word.isalpha()
            and len(word) > 1
            and word not in known
            and lexicon.singular(word) not in known
        )

    starts = [0] + [
        i + 1
        for i, token in enumerate(q.tokens[:4])
        if token in _AUXILIARIES and all(t in vocabulary.QUESTION_WORDS for t in q.tokens[:i])
    ]
    found: list[str] = []
    for start in starts:
        end = start
        while end < len(q.tokens) and unknown(end):
            end += 1
        if end - start < 2:
            continue
        # At the start of a question without a question word, only a name followed by a
        # verb of saying is a speaker ("ron desantis views"), not any two odd words.
        if start == 0 and (end == len(q.tokens) or q.tokens[end] not in _SPEAKING):
            continue
        found.append(" ".join(q.tokens[start:end]))
    return found
