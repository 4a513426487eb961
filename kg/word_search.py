"""The word search ``kg ask`` falls back on: statements sharing the most words with a phrase.

The stored query ``statements-matching`` counts how many of up to five word beginnings a
statement's text contains. A paraphrase seldom has the article's words, so each word is
first cut to a stem that finds its inflections ("predicted" → "predict") and the search is
also tried with each word replaced by what the article may say instead ("nuclear weapons" →
"nukes", :data:`kg.lexicon.SEARCH_SYNONYMS`). The wording that matches best wins; its rows
are the answer, exactly as the stored query returns them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.engine import Engine, Table
from kg.entities import normalize
from kg.lexicon import search_terms, stem_for_search
from kg.queries import QueryCatalog, StoredQuery, run_stored
from kg.vocabulary import FUNCTION_WORDS

SLOTS = 5
#: At most this many rewordings are tried (each one query run).
_MAX_VARIANTS = 8


@dataclass(frozen=True)
class Search:
    params: dict[str, str]
    table: Table
    found: bool  # whether enough words matched to count as an answer


def content_words(text: str, limit: int = SLOTS) -> list[str]:
    """The distinctive words of a phrase, longest first, as word beginnings that find their
    inflections ("negotiations" → "negotiat", "predicted" → "predict")."""
    words = [w for w in normalize(text).split() if w not in FUNCTION_WORDS and len(w) > 2]
    words = sorted(dict.fromkeys(words), key=len, reverse=True)[:limit]
    return list(dict.fromkeys(stem_for_search(w) for w in words))


def variants(words: list[str]) -> list[list[str]]:
    """The words as given, then with one word at a time replaced by a synonym."""
    found = [words]
    for i, word in enumerate(words):
        for term in search_terms(word)[1:]:
            if term not in words:
                found.append([*words[:i], term, *words[i + 1 :]])
    return found[:_MAX_VARIANTS]


def search(engine: Engine, query: StoredQuery, text: str) -> Search:
    """The statements sharing the most words (or their synonyms) with ``text``; ``found`` is
    false when too few words match (two of three or more, else one)."""
    words = content_words(text)
    needed = 2 if len(words) >= 3 else 1
    best: tuple[int, dict[str, str], list[str]] | None = None
    for n, wording in enumerate(variants(words)):
        params = {f"w{i + 1}": (wording[i] if i < len(wording) else "") for i in range(SLOTS)}
        params["min"] = "1"
        table = run_stored(engine, query, params)
        score = max((s for r in table.rows if isinstance(s := r.get("score"), int)), default=0)
        if n and needed > 1:
            # A synonym is weaker evidence than the word itself: in a long phrase it must
            # add to a match, not make one ("summit" → "meeting" alone found the wrong quote).
            score = score if score > needed else min(score, needed - 1)
        if best is None or score > best[0]:
            best = (score, params, table.columns)
    assert best is not None  # variants() always yields the words themselves
    score, params, columns = best
    if score < needed:
        return Search(params, Table(columns, []), False)
    params = {**params, "min": str(score)}
    return Search(params, run_stored(engine, query, params), True)


def search_statements(
    catalog: QueryCatalog, engine: Engine, text: str
) -> tuple[StoredQuery, Search]:
    """:func:`search` with the catalog's ``statements-matching`` query."""
    query = catalog.get("statements-matching")
    return query, search(engine, query, text)
