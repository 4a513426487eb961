"""The word search ``kg ask`` falls back on: statements sharing the telling words of a phrase.

The stored query ``statements-matching`` counts how many of up to five word beginnings a
statement's text contains. A paraphrase seldom has the article's words, so each word is
first cut to a stem that finds its inflections ("predicted" → "predict"), phrasal verbs are
rewritten ("give up" → "concede"), and the search is also tried with words replaced by what
the article may say instead ("capitulation" → "surrender", :data:`kg.lexicon.SEARCH_SYNONYMS`).
Rarer words count more. The answer is the stored query's rows for the best wording, with its
minimum set to the words the best statement contains: nothing is added or re-ranked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.engine import Engine, Table
from kg.entities import normalize
from kg.lexicon import rewrite_phrases, search_terms, stem_for_search
from kg.queries import QueryCatalog, StoredQuery, run_stored
from kg.vocabulary import FUNCTION_WORDS, VAGUE_WORDS

SLOTS = 5
#: Words too common in any statement to search for: grammar, modal verbs, "get", and the
#: comparatives of set phrases ("nothing less than"), which say how, not what.
_STOPWORDS = (
    FUNCTION_WORDS
    | set("would will could should might must may shall can get gets got getting very now".split())
    | set("less least".split())
    | VAGUE_WORDS
)
#: Light verbs: searched, but counting half, since the noun tells ("make a deal" is about a
#: deal; "make the concessions" about concessions).
_LIGHT_VERBS = frozenset("make making made take taking took".split())
#: At most this many rewordings are tried (each one query run).
_MAX_VARIANTS = 12


@dataclass(frozen=True)
class Search:
    params: dict[str, str]
    table: Table
    found: bool  # whether enough words matched to count as an answer


def content_words(text: str, limit: int = SLOTS, names: frozenset[str] = frozenset()) -> list[str]:
    """The distinctive words of a phrase, longest first, as word beginnings that find their
    inflections ("negotiations" → "negotiat", "predicted" → "predict"). Words of ``names``
    come last, so they are the first left out when there are too many: statements seldom
    repeat a name ("the North Korean leader" is "he"), a verb such as "settle" they may."""
    text = rewrite_phrases(normalize(text))
    words = [w for w in text.split() if w not in _STOPWORDS and len(w) > 2]
    ranked = sorted(dict.fromkeys(words), key=lambda w: (w in names, -len(w)))
    words = ranked[:limit]
    return list(dict.fromkeys(stem_for_search(w) for w in words))


def variants(words: list[str]) -> list[list[str]]:
    """The words as given; every word that has one replaced by its likeliest synonym (a
    paraphrase changes several words); then one word at a time replaced by each synonym."""
    alternatives = [search_terms(w)[1:] for w in words]
    found = [words]
    everything = [alts[0] if alts else w for w, alts in zip(words, alternatives, strict=True)]
    if everything != words:
        found.append(everything)
    for i, alts in enumerate(alternatives):
        for term in alts:
            if term not in words:
                found.append([*words[:i], term, *words[i + 1 :]])
    unique = dict.fromkeys(tuple(v) for v in found)
    return [list(v) for v in unique][:_MAX_VARIANTS]


def search(
    engine: Engine,
    query: StoredQuery,
    text: str,
    statements: int,
    names: frozenset[str] = frozenset(),
) -> Search:
    """The statements sharing the most telling words (or their synonyms) with ``text``.

    Words are weighed by rarity among the ``statements`` of the graph ("Korean" is in many,
    "capitulation" in none, "surrender" in one): the wording whose best statement weighs most
    wins, and the answer is the statements containing every word that statement contains.
    Words of the ``names`` the question links to entities count half: statements seldom
    repeat the name of whom they are about ("the North Korean leader" is "he").
    ``found`` is false when the best statement weighs too little.
    """
    words = content_words(text, names=names)
    if len(words) < 3:
        # A word or two: statements with all of them or their synonyms, best first
        # ("climate change" is not found in "change of government"). A name's words are
        # left out: "Kim" is "we" in his own letter.
        plain = [w for w in words if not _named(w, names)] or words
        params = _params(_with_synonyms(plain), len(plain))
        table = run_stored(engine, query, params)
        return Search(params, table, bool(table.rows))
    # A phrase: two words at least (one if all others are names: "Kim misses Trump"),
    # weighing as much as one word found in one statement.
    enough = math.log((statements + 1) / 1.5)
    least = 2 if sum(1 for w in words if not _named(w, names)) >= 2 else 1
    best: tuple[float, list[str]] | None = None
    columns: list[str] = []
    for wording in variants(words):
        table = run_stored(engine, query, _params(wording, 1))
        columns = table.columns
        for weight, present in _weighed(table, wording, words, statements, names):
            if len(present) >= least and weight >= enough and (best is None or weight > best[0]):
                best = (weight, present)
    if best is None:
        return Search(_params(words, 2), Table(columns, []), False)
    params = _params(best[1], len(best[1]))
    return Search(params, run_stored(engine, query, params), True)


def _with_synonyms(words: list[str]) -> list[str]:
    """A word or two and their synonyms in the free slots ("soldiers": soldier, troop,
    forces, military)."""
    found = list(words)
    for word in words:
        found += [t for t in search_terms(word)[1:] if t not in found]
    return found[:SLOTS]


def _named(word: str, names: frozenset[str]) -> bool:
    """Whether a search word is (the beginning of) a word of a name the question links."""
    return any(n.startswith(word) for n in names)


def _params(words: list[str], least: int) -> dict[str, str]:
    params = {f"w{i + 1}": (words[i] if i < len(words) else "") for i in range(SLOTS)}
    params["min"] = str(least)
    return params


def _weighed(
    table: Table, wording: list[str], asked: list[str], statements: int, names: frozenset[str]
) -> list[tuple[float, list[str]]]:
    """Each row's words of ``wording`` and their weight: the rarer a word, the more it counts
    (inverse document frequency over the graph's statements); a synonym of a word ``asked``
    counts a little less than the word itself, a word of a name or a light verb half."""
    texts = [str(row.get("text") or "").lower() for row in table.rows]
    texts = list(dict.fromkeys(t.replace("’", "'").replace("‘", "'") for t in texts))
    frequency = {w: sum(w in t for t in texts) for w in wording}
    weight = {
        w: math.log((statements + 1) / (frequency[w] + 0.5))
        * (1.0 if w in asked else 0.7)
        * (0.5 if _named(w, names) or w in _LIGHT_VERBS else 1.0)
        for w in wording
    }
    found = []
    for text in texts:
        present = [w for w in wording if w and w in text]
        found.append((sum(weight[w] for w in present), present))
    return found


def search_statements(
    catalog: QueryCatalog,
    engine: Engine,
    text: str,
    statements: int,
    names: frozenset[str] = frozenset(),
) -> tuple[StoredQuery, Search]:
    """:func:`search` with the catalog's ``statements-matching`` query."""
    query = catalog.get("statements-matching")
    return query, search(engine, query, text, statements, names)
