"""The word search ``kg ask`` falls back on: statements sharing the telling words of a phrase.

The stored query ``statements-matching`` counts how many of up to five word beginnings a
statement's text contains, or what the article says around it: its cue, speaker descriptor,
kind, and the names of what it is about and of its speech act (the derived
``kgc:searchContext``). A paraphrase seldom has the article's words, so each word is first cut
to a stem that finds its inflections ("predicted" → "predict"), phrasal verbs are rewritten
("give up", "give anything up" → "concede"), and the search is also tried with words replaced
by what the article may say instead ("capitulation" → "surrender",
:data:`kg.lexicon.SEARCH_SYNONYMS`). The question's verb searches the kinds and cues ("who
warned" → "warning"). Rarer words count more, words found only around a statement less than
words of its text. The answer is the stored query's rows for the best wording, with its
minimum set to the words the best statement contains: nothing is added or re-ranked.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kg.engine import Engine, Table
from kg.entities import normalize
from kg.lexicon import cue_term, rewrite_phrases, search_terms, stem_for_search
from kg.queries import QueryCatalog, StoredQuery, run_stored
from kg.vocabulary import FUNCTION_WORDS, VAGUE_WORDS

#: Words searched for at once; the last slot holds the verb's kind or cue if it names one
#: (more slots make Virtuoso 7 time out on the query).
SLOTS = 5
#: Words the rules read as intent ("talks", "offer", "different") but that, inside a claim,
#: say what was claimed: "talks would be different", "Kim will reject any offer".
_CLAIM_WORDS = frozenset(
    """different same talk talks talked talking offer offers offered reject rejected refuse
    refused support supported proposal proposals""".split()
)
#: Words too common in any statement to search for: grammar, modal verbs, "get", and the
#: comparatives of set phrases ("nothing less than"), which say how, not what.
_STOPWORDS = (
    (FUNCTION_WORDS - _CLAIM_WORDS)
    | set("would will could should might must may shall can get gets got getting very now".split())
    | set("less least".split())
    | VAGUE_WORDS
)
#: Light verbs: searched, but counting half, since the noun tells ("make a deal" is about a
#: deal; "make the concessions" about concessions).
_LIGHT_VERBS = frozenset("make making made take taking took".split())
#: A word found only around a statement (its topics, kind, cue) tells less than one of its
#: text: "Kim" is in the topics of many statements that are about him only in passing.
_CONTEXT_WEIGHT = 0.6
#: At most this many rewordings are tried (each one query run).
_MAX_VARIANTS = 12


@dataclass(frozen=True)
class Search:
    params: dict[str, str]
    table: Table
    found: bool  # whether enough words matched to count as an answer
    #: Whether the slots hold alternatives ("happy|glad"): the answer is the rows of the
    #: ``statements-matching-alternatives`` query.
    alternatives: bool = False


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


def alternatives(words: list[str]) -> list[str]:
    """Each word with all its synonyms in one slot ("delight|happy|glad"): a paraphrase that
    changes several words at once is scored with all of them. Only plain characters are
    kept, so the alternatives are safe as a regular expression."""
    slots = []
    for word in words:
        terms = [re.sub(r"[^a-z0-9 '-]", "", t) for t in search_terms(word)]
        slots.append("|".join(t for t in dict.fromkeys(terms) if t))
    return slots


def _first(slot: str) -> str:
    """The question's own word of a slot of alternatives."""
    return slot.split("|", 1)[0]


def search(
    engine: Engine,
    query: StoredQuery,
    text: str,
    statements: int,
    names: frozenset[str] = frozenset(),
    verb: str | None = None,
    together: StoredQuery | None = None,
) -> Search:
    """The statements sharing the most telling words (or their synonyms) with ``text``.

    Words are weighed by rarity among the ``statements`` of the graph ("Korean" is in many,
    "capitulation" in none, "surrender" in one): the wording whose best statement weighs most
    wins, and the answer is the statements containing every word that statement contains.
    Words of the ``names`` the question links to entities count half: statements seldom
    repeat the name of whom they are about ("the North Korean leader" is "he").
    ``verb`` is the question's verb ("warned", "believes"): what kind or cue it names is
    searched too, in the last slot. ``found`` is false when the best statement weighs too
    little. ``together`` is the query whose slots take alternatives: the words with all their
    synonyms at once are one more wording.
    """
    cue = cue_term(verb) if verb else None
    width = SLOTS - 1 if cue else SLOTS  # slots for the question's words
    words = content_words(text, limit=width, names=names)
    if len(words) < 3:
        # A word or two: statements with all of them or their synonyms, best first
        # ("climate change" is not found in "change of government"). A name's words are
        # left out: "Kim" is "we" in his own letter.
        plain = [w for w in words if not _named(w, names)] or words
        params = _params(_with_synonyms(plain), len(plain))  # the verb would only widen it
        table = run_stored(engine, query, params)
        return Search(params, table, bool(table.rows))
    # A phrase: two words at least (one if all others are names: "Kim misses Trump"),
    # weighing as much as one word found in one statement; or as much as one found in two
    # if half the words that are no names are there ("Kim regards the US as hostile": two
    # statements say "hostile"; "the summit food" is not "the summit").
    strong = math.log((statements + 1) / 1.5)
    enough = math.log((statements + 1) / 2.5)
    plain = [w for w in words if not _named(w, names)]
    least = 2 if len(plain) >= 2 else 1
    best: tuple[float, list[str], StoredQuery] | None = None
    columns: list[str] = []
    wordings = [(wording, query) for wording in variants(words)]
    combined = alternatives(words)
    if together is not None and combined != words:
        wordings.append((combined, together))
    for wording, asked_with in wordings:
        table = run_stored(engine, asked_with, _params(wording, 1, cue))
        columns = table.columns
        slots = [*wording, *[""] * (width - len(wording)), *([cue] if cue else [])]
        for weight, present in _weighed(table, slots, words, statements, names):
            covered = sum(1 for w in present if w in wording and not _named(w, names))
            good = weight >= strong or (weight >= enough and 2 * covered >= len(plain))
            if len(present) >= least and good and (best is None or weight > best[0]):
                best = (weight, present, asked_with)
    if best is None:
        return Search(_params(words, 2), Table(columns, []), False)
    found = [w for w in best[1] if w != cue]
    params = _params(found, len(best[1]), cue if cue in best[1] else None)
    chosen = best[2]
    return Search(params, run_stored(engine, chosen, params), True, chosen is together)


def _with_synonyms(words: list[str]) -> list[str]:
    """A word or two and their synonyms in the free slots ("soldiers": soldier, troop,
    forces, military)."""
    found = list(words)
    for word in words:
        found += [t for t in search_terms(word)[1:] if t not in found]
    return found[:SLOTS]


def _named(word: str, names: frozenset[str]) -> bool:
    """Whether a search word is (the beginning of) a word of a name the question links."""
    return any(n.startswith(_first(word)) for n in names)


def _params(words: list[str], least: int, cue: str | None = None) -> dict[str, str]:
    """The query's parameters: the words in order, the verb's kind or cue in the last slot."""
    params = {f"w{i + 1}": (words[i] if i < len(words) else "") for i in range(SLOTS)}
    if cue:
        params[f"w{SLOTS}"] = cue
    params["min"] = str(least)
    return params


def _weighed(
    table: Table, wording: list[str], asked: list[str], statements: int, names: frozenset[str]
) -> list[tuple[float, list[str]]]:
    """Each row's words of ``wording`` (one per slot, "" for none) and their weight: the
    rarer a word, the more it counts (inverse document frequency over the graph's
    statements); a synonym of a word ``asked`` counts a little less than the word itself, a
    word of a name or a light verb half, a word found only around the statement less. Where
    each word was found is the query's ``found`` column, one letter per slot; a word's rarity
    is counted where it was found (in texts, or in texts and around them)."""
    rows = list({str(row.get("statement")): row for row in table.rows}.values())
    flags = [str(row.get("found") or "") for row in rows]
    # Rarity where it was found: "north" is in the text of a few statements but around
    # nearly all (in "US–North Korea talks"), and counts as rare only in a text.
    in_text = [sum(f[i : i + 1] == "t" for f in flags) for i in range(len(wording))]
    anywhere = [sum(f[i : i + 1] in ("t", "c") for f in flags) for i in range(len(wording))]
    found = []
    for row, flag in zip(rows, flags, strict=True):
        present: list[str] = []
        weight = 0.0
        text = str(row.get("text") or "").lower()
        for i, word in enumerate(wording):
            where = flag[i : i + 1]
            if not word or where not in ("t", "c"):
                continue
            named = _named(word, names)
            present.append(word)
            # A slot of alternatives counts in full where the question's own word is there.
            own = word in asked or ("|" in word and where == "t" and _first(word) in text)
            weight += (
                math.log((statements + 1) / ((in_text if where == "t" else anywhere)[i] + 0.5))
                * (1.0 if own else 0.7)
                * (0.5 if named or word in _LIGHT_VERBS else 1.0)
                * (_CONTEXT_WEIGHT if where == "c" and not named else 1.0)
            )
        found.append((weight, present))
    return found


def search_statements(
    catalog: QueryCatalog,
    engine: Engine,
    text: str,
    statements: int,
    names: frozenset[str] = frozenset(),
    verb: str | None = None,
) -> tuple[StoredQuery, Search]:
    """:func:`search` with the catalog's ``statements-matching`` query."""
    query = catalog.get("statements-matching")
    together = catalog.get("statements-matching-alternatives")
    found = search(engine, query, text, statements, names, verb, together)
    return (together if found.alternatives else query), found
