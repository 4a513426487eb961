"""Who claims what: statements with speaker, text, cue, topics, venue, date and evidence.

:func:`list_claims` answers ``kg claims``; filters are bound as RDF terms (never pasted into
the query text): speakers by IRI, topics by IRI (a statement about a position proposed at
an event, or about a part of an event, counts as about that event), words as literals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.annotations import STATEMENT_KINDS
from kg.engine import Engine, Term
from kg.entities import EntityIndex
from kg.errors import UnknownEntity
from kg.namespaces import PREFIXES, kgc

PROLOGUE = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())


@dataclass(frozen=True)
class Labeled:
    id: str
    label: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label}


@dataclass
class Claim:
    id: str
    mode: str
    text: str
    source: str
    source_label: str
    speakers: list[Labeled] = field(default_factory=list)
    descriptor: str | None = None
    cue: str | None = None
    kind: str | None = None
    about: list[Labeled] = field(default_factory=list)
    speech_act: Labeled | None = None
    venue: Labeled | None = None
    said_on: str | None = None
    date_written: str | None = None
    capacity: str | None = None
    segments: list[tuple[int, int]] = field(default_factory=list)
    confidence: float | None = None

    @property
    def speaker_label(self) -> str:
        return " and ".join(s.label for s in self.speakers)

    def to_dict(self) -> dict[str, Any]:
        speaker: str | list[str] = (
            self.speakers[0].id if len(self.speakers) == 1 else [s.id for s in self.speakers]
        )
        start = self.segments[0][0] if self.segments else None
        end = self.segments[-1][1] if self.segments else None
        return {
            "id": self.id,
            "speaker": speaker,
            "speaker_label": self.speaker_label,
            "descriptor": self.descriptor,
            "text": self.text,
            "mode": self.mode,
            "cue": self.cue,
            "kind": self.kind,
            "about": [a.to_dict() for a in self.about],
            "said_on": self.said_on,
            "date_written": self.date_written,
            "venue": self.venue.label if self.venue else None,
            "venue_id": self.venue.id if self.venue else None,
            "speech_act": self.speech_act.to_dict() if self.speech_act else None,
            "capacity": self.capacity,
            "source": self.source,
            "source_label": self.source_label,
            "evidence": {
                "start": start,
                "end": end,
                "segments": [{"start": s, "end": e} for s, e in self.segments],
            },
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class ClaimFilter:
    """Which statements to list; empty means all."""

    speakers: Sequence[str] = ()  # actor IRIs
    topics: Sequence[str] = ()  # entity IRIs
    words: Sequence[str] = ()
    source: str | None = None  # article IRI
    kinds: Sequence[str] = ()  # statement kinds ("prediction"): any of them
    not_kinds: Sequence[str] = ()  # statement kinds to leave out ("refusal")

    def where(self) -> tuple[str, dict[str, Term]]:
        """Graph patterns selecting ``?statement``, and the terms bound to their variables."""
        lines = []
        bindings: dict[str, Term] = {}
        # kgc:topic (derived, see kg.reason.DERIVED) is kgc:about closed over parts of events
        # and positions proposed at them: a statement about the Yongbyon offer is about Hanoi.
        for prefix, prop, iris in (
            ("_by", "kgc:speaker", self.speakers),
            ("_about", "kgc:topic", self.topics),
        ):
            if len(iris) == 1:  # a bound term the engine can look up directly
                bindings[f"{prefix}0"] = Term.iri(iris[0])
                lines.append(f"?statement {prop} ?{prefix}0 .")
            elif iris:
                names = _bind(bindings, prefix, [Term.iri(i) for i in iris])
                lines.append(f"?statement {prop} ?{prefix}Hit . FILTER(?{prefix}Hit IN ({names}))")
        if not lines:
            lines.append("?statement a kgc:Statement .")
        if self.words:
            lines.append("?statement schema:text ?wordText .")
            for i, word in enumerate(self.words):
                bindings[f"_word{i}"] = Term.literal(word.casefold())
                lines.append(f"FILTER(CONTAINS(LCASE(?wordText), ?_word{i}))")
        if self.kinds:
            names = _bind(bindings, "_kind", [Term.iri(kgc(k)) for k in self.kinds])
            lines.append(f"?statement kgc:kind ?_kindHit . FILTER(?_kindHit IN ({names}))")
        if self.not_kinds:
            names = _bind(bindings, "_notKind", [Term.iri(kgc(k)) for k in self.not_kinds])
            lines.append(
                f"FILTER NOT EXISTS {{ ?statement kgc:kind ?_notKindHit . "
                f"FILTER(?_notKindHit IN ({names})) }}"
            )
        if self.source:
            bindings["_source"] = Term.iri(self.source)
            lines.append("?statement kgc:sourceDocument ?_source .")
        return "\n  ".join(lines), bindings


def _bind(bindings: dict[str, Term], prefix: str, terms: list[Term]) -> str:
    names = []
    for i, term in enumerate(terms):
        bindings[f"{prefix}{i}"] = term
        names.append(f"?{prefix}{i}")
    return ", ".join(names)


def list_claims(engine: Engine, claim_filter: ClaimFilter | None = None) -> list[Claim]:
    """Statements matching ``claim_filter``, in source order, with all their details."""
    where, bindings = (claim_filter or ClaimFilter()).where()
    main = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?statement ?mode ?text ?source ?sourceLabel ?cue ?descriptor ?kindLabel
       ?act ?actLabel ?venue ?venueLabel ?date ?dateWritten ?capacity ?confidence
WHERE {{
  {where}
  ?statement kgc:mode ?mode ; schema:text ?text ; kgc:sourceDocument ?source .
  OPTIONAL {{ ?source rdfs:label ?sourceLabel }}
  OPTIONAL {{ ?statement kgc:cue ?cue }}
  OPTIONAL {{ ?statement kgc:speakerDescriptor ?descriptor }}
  OPTIONAL {{ ?statement kgc:kind/skos:prefLabel ?kindLabel }}
  OPTIONAL {{ ?statement kgc:confidence ?confidence }}
  OPTIONAL {{ ?statement kgc:capacity/kgc:title ?title .
             ?statement kgc:capacity/kgc:tenure/skos:prefLabel ?tenure .
             BIND(CONCAT(?title, " (", STR(?tenure), ")") AS ?capacity) }}
  OPTIONAL {{ ?statement kgc:statedIn ?act .
             OPTIONAL {{ ?act rdfs:label ?actLabel }}
             OPTIONAL {{ ?act kgc:venue ?venue . OPTIONAL {{ ?venue rdfs:label ?venueLabel }} }}
             OPTIONAL {{ ?act kgc:dateWritten ?actWritten }} }}
  OPTIONAL {{ ?statement kgc:dateWritten ?ownWritten }}
  OPTIONAL {{ ?statement kgc:saidOn/rdfs:label ?date }}
  BIND(COALESCE(?ownWritten, ?actWritten) AS ?dateWritten)
}}""",
        bindings,
    )
    claims: dict[str, Claim] = {}
    for row in main.rows:
        iri = str(row["statement"])
        if iri in claims:
            continue
        claims[iri] = Claim(
            id=iri,
            mode=str(row["mode"]),
            text=str(row["text"]),
            source=str(row["source"]),
            source_label=_str(row["sourceLabel"]) or str(row["source"]),
            cue=_str(row["cue"]),
            descriptor=_str(row["descriptor"]),
            kind=_str(row["kindLabel"]),
            speech_act=_labeled(row["act"], row["actLabel"]),
            venue=_labeled(row["venue"], row["venueLabel"]),
            said_on=_str(row["date"]),
            date_written=_str(row["dateWritten"]),
            capacity=_str(row["capacity"]),
            confidence=float(row["confidence"]) if row["confidence"] is not None else None,
        )
    if not claims:
        return []
    for statement, iri, label in _pairs(engine, where, bindings, "kgc:speaker"):
        if statement in claims:
            claims[statement].speakers.append(Labeled(iri, label))
    for statement, iri, label in _pairs(engine, where, bindings, "kgc:about"):
        if statement in claims:
            claims[statement].about.append(Labeled(iri, label))
    segments = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?statement ?start ?end WHERE {{
  {where}
  ?statement kgc:evidence/oa:hasSelector ?selector .
  ?selector oa:start ?start ; oa:end ?end .
}}""",
        bindings,
    )
    for row in segments.rows:
        statement = str(row["statement"])
        if statement in claims and isinstance(row["start"], int) and isinstance(row["end"], int):
            claims[statement].segments.append((row["start"], row["end"]))
    for claim in claims.values():
        claim.segments.sort()
        claim.speakers.sort(key=lambda s: s.label)
        claim.about.sort(key=lambda a: a.label)
    return sorted(
        claims.values(), key=lambda c: (c.source, c.segments[0] if c.segments else (0, 0))
    )


def _pairs(
    engine: Engine, where: str, bindings: dict[str, Term], predicate: str
) -> list[tuple[str, str, str]]:
    table = engine.select(
        f"""{PROLOGUE}
SELECT DISTINCT ?statement ?target ?label WHERE {{
  {where}
  ?statement {predicate} ?target .
  OPTIONAL {{ ?target rdfs:label ?label }}
}}""",
        bindings,
    )
    return [
        (str(r["statement"]), str(r["target"]), _str(r["label"]) or str(r["target"]))
        for r in table.rows
    ]


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _labeled(iri: object, label: object) -> Labeled | None:
    if iri is None:
        return None
    return Labeled(str(iri), str(label) if label is not None else str(iri))


def claims_by_names(
    engine: Engine,
    index: EntityIndex,
    *,
    by: str | None = None,
    about: str | None = None,
    text: str | None = None,
    kinds: Sequence[str] = (),
    not_kinds: Sequence[str] = (),
) -> list[Claim]:
    """:func:`list_claims` with speakers and topics given by name (label or alias), and
    statement kinds by their names ("prediction", "refusal")."""
    speakers = [e.iri for e in index.resolve(by, ["actor"], what="actor")] if by else []
    topics = [e.iri for e in index.resolve(about)] if about else []
    words = text.split() if text else []
    claim_filter = ClaimFilter(
        speakers=speakers,
        topics=topics,
        words=words,
        kinds=[statement_kind(k) for k in kinds],
        not_kinds=[statement_kind(k) for k in not_kinds],
    )
    return list_claims(engine, claim_filter)


def statement_kind(name: str) -> str:
    """A statement kind's name as the ontology spells it ("Predictions" → "prediction"),
    or :class:`UnknownEntity` with the closest names."""
    import difflib

    key = name.strip().casefold()
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in STATEMENT_KINDS:
            return candidate
    near = difflib.get_close_matches(key, STATEMENT_KINDS, n=3, cutoff=0.6)
    raise UnknownEntity(name, near or STATEMENT_KINDS, kind="statement kind")
