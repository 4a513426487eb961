"""Find entities by name: labels and aliases, case- and accent-insensitive, fuzzy on request.

"Biegun", "stephen biegun", "Hanoi Summit", "the hanoi summit" and "Kim Jong-un" all match
exactly (after normalization); "Beigun" matches only fuzzily, which ``kg ask`` allows and the
``--by``/``--about`` options turn into "did you mean" suggestions.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.engine import Engine
from kg.errors import UnknownEntity
from kg.lexicon import word_bag
from kg.namespaces import PREFIXES

#: The kinds of entity a name can denote, by the class that marks them.
KINDS = {
    "actor": "Actor",
    "person": "Person",  # an actor too: told apart for surnames (see by_surname)
    "event": "Event",
    "position": "Position",
    "place": "Place",
    "speech-act": "SpeechAct",
    "statement-kind": "StatementKind",
    "office": "Office",
}

_ENTITY_QUERY = f"""
PREFIX kgc: <{PREFIXES["kgc"]}>
PREFIX rdfs: <{PREFIXES["rdfs"]}>
PREFIX skos: <{PREFIXES["skos"]}>
SELECT DISTINCT ?entity ?class ?label ?preferred WHERE {{
  VALUES ?class {{ {" ".join(f"kgc:{c}" for c in KINDS.values())} }}
  ?entity a ?class .
  {{ ?entity rdfs:label ?label BIND(true AS ?preferred) }}
  UNION {{ ?entity skos:prefLabel ?label BIND(true AS ?preferred) }}
  UNION {{ ?entity skos:altLabel ?label BIND(false AS ?preferred) }}
}}
"""

_STOPWORDS = {"the", "a", "an", "of", "s"}


def normalize(name: str) -> str:
    """Lower-case, accents and punctuation removed, possessives and leading articles dropped.

    >>> normalize("Kim Jong-un’s")
    'kim jong un'
    >>> normalize("the Hanoi  Summit")
    'hanoi summit'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^(?:the|a|an) ", "", text)


@dataclass(frozen=True)
class Entity:
    iri: str
    label: str
    kinds: frozenset[str]
    names: tuple[str, ...]  # label and aliases as printed


@dataclass(frozen=True)
class Match:
    entity: Entity
    score: float  # 1.0 exact (normalized) match; below for fuzzy matches
    matched: str  # the name that matched


class EntityIndex:
    """All named entities of the graph, indexed by normalized name."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities = {e.iri: e for e in entities}
        self._by_name: dict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for name in entity.names:
                key = normalize(name)
                self._by_name[key].add(entity.iri)
                if "office" in entity.kinds and " of " in key:
                    # "president of south korea" is also "south korea('s) president"
                    head, _, place = key.partition(" of ")
                    self._by_name[f"{place} {head}"].add(entity.iri)
        self._names = sorted(self._by_name)
        self._by_bag: dict[frozenset[str], set[str]] = defaultdict(set)
        for key, iris in self._by_name.items():
            self._by_bag[word_bag(key.split())] |= iris
            # "US–North Korea talks of 2018–2019" are also "the US-North Korea talks": the
            # years of a name are often left out (a question's own years are kept, so "the
            # 2020 election" still names no 2024 one).
            undated = [w for w in key.split() if not w.isdigit()]
            if len(undated) < len(key.split()) and len(word_bag(undated)) >= 2:
                self._by_bag[word_bag(undated)] |= iris

    @classmethod
    def load(cls, engine: Engine) -> EntityIndex:
        """The index of the graph behind ``engine`` (cached per store generation)."""
        from kg.cache import cached_json

        rows = cached_json(
            getattr(engine, "cache_dir", None), "entities", lambda: _entity_rows(engine)
        )
        return cls(
            Entity(iri, label, frozenset(kinds), tuple(names)) for iri, label, kinds, names in rows
        )

    def add_alias(self, iri: str, name: str) -> None:
        """Let ``name`` (a description derived from the graph) also find ``iri``."""
        key = normalize(name)
        if iri in self.entities and key:
            self._by_name[key].add(iri)
            self._by_bag[word_bag(key.split())].add(iri)

    def by_words(self, words: Iterable[str]) -> list[Entity]:
        """Entities with a name of the same canonical words (order, plurals, synonyms and
        spelling variants aside: "talks resuming" finds "renewed talks"); names of two
        canonical words or more only, as one word alone is too weak a clue."""
        bag = word_bag(words)
        if len(bag) < 2:
            return []
        found = [self.entities[i] for i in self._by_bag.get(bag, ())]
        return sorted(found, key=lambda e: e.label)

    def multi_words(self, size: int) -> list[str]:
        """Names of exactly ``size`` words, for fuzzy matching of misspelt full names."""
        return [name for name in self._names if name.count(" ") == size - 1]

    def single_words(self) -> list[str]:
        """Names of one word ("biegun", "hanoi"), for fuzzy matching of misspelt words."""
        return [name for name in self._names if " " not in name and len(name) >= 4]

    def exact(self, name: str, kinds: Iterable[str] | None = None) -> list[Entity]:
        """Entities with ``name`` as label or alias (normalized), of the given kinds."""
        wanted = set(kinds) if kinds else None
        found = [self.entities[i] for i in self._by_name.get(normalize(name), ())]
        return sorted(
            (e for e in found if wanted is None or e.kinds & wanted), key=lambda e: e.label
        )

    def fuzzy(self, name: str, kinds: Iterable[str] | None = None, limit: int = 5) -> list[Match]:
        """Best matches by similarity of names, exact ones first (score 1.0)."""
        wanted = set(kinds) if kinds else None
        key = normalize(name)
        if not key:
            return []
        scores: dict[str, tuple[float, str]] = {}

        def offer(iri: str, score: float, matched: str) -> None:
            entity = self.entities[iri]
            if wanted is not None and not entity.kinds & wanted:
                return
            if score > scores.get(iri, (0.0, ""))[0]:
                scores[iri] = (score, matched)

        for iri in self._by_name.get(key, ()):
            offer(iri, 1.0, key)
        query_words = [w for w in key.split() if w not in _STOPWORDS]
        for candidate in self._names:
            ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
            words = candidate.split()
            # Every word of the query close to a word of the name ("beigun" ~ "stephen biegun").
            if query_words and all(
                max((difflib.SequenceMatcher(None, q, w).ratio() for w in words), default=0) >= 0.8
                for q in query_words
            ):
                ratio = max(ratio, 0.85 if len(words) > len(query_words) else 0.9)
            if ratio >= 0.6:
                for iri in self._by_name[candidate]:
                    offer(iri, ratio, candidate)
        ranked = sorted(
            scores.items(), key=lambda item: (-item[1][0], self.entities[item[0]].label)
        )
        return [
            Match(self.entities[iri], score, matched) for iri, (score, matched) in ranked[:limit]
        ]

    def by_surname(self, name: str, kinds: Iterable[str] | None = None) -> list[Entity]:
        """People one of whose full names ends in the one word ``name`` ("Quill" for
        "Marta Quill"): people the reader minted from articles have no surname alias, as
        curated ones do, and a reader of the claims asks for them the way the text does."""
        key = normalize(name)
        if not key or " " in key or (kinds is not None and not {"actor", "person"} & set(kinds)):
            return []
        found = [
            entity
            for entity in self.entities.values()
            if "person" in entity.kinds  # "Korea" is no surname of North Korea
            and any(
                len(words := normalize(n).split()) > 1 and words[-1] == key for n in entity.names
            )
        ]
        return sorted(found, key=lambda e: e.label)

    def resolve(
        self, name: str, kinds: Iterable[str] | None = None, *, what: str = "entity"
    ) -> list[Entity]:
        """Entities named exactly ``name``; else :class:`UnknownEntity` with the closest names."""
        kinds = list(kinds) if kinds else None
        found = self.exact(name, kinds) or self.by_surname(name, kinds)
        if found:
            return found
        suggestions = [m.entity.label for m in self.fuzzy(name, kinds, limit=3)]
        raise UnknownEntity(name, suggestions, kind=what)


def _entity_rows(engine: Engine) -> list[tuple[str, str, list[str], list[str]]]:
    """(IRI, label, kinds, names) of every named entity, read from the graph."""
    table = engine.select(_ENTITY_QUERY)
    kind_of = {f"{PREFIXES['kgc']}{c}": k for k, c in KINDS.items()}
    kinds: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for row in table.rows:
        iri, cls_iri, label = str(row["entity"]), str(row["class"]), str(row["label"])
        kinds[iri].add(kind_of[cls_iri])
        if row["preferred"] and iri not in labels:
            labels[iri] = label
        if label not in names[iri]:
            names[iri].append(label)
    return [(iri, labels.get(iri, names[iri][0]), sorted(kinds[iri]), names[iri]) for iri in kinds]
