"""Plain-text rendering of entity cards for ``kg show``."""

from __future__ import annotations

from typing import Any

_FIELDS = (
    ("types", "type"),
    ("aliases", "also"),
    ("descriptor", "descriptor"),
    ("date", "date"),
    ("date_written", "as written"),
    ("place", "place"),
    ("venue", "venue"),
    ("speakers", "speakers"),
    ("audience", "audience"),
    ("participants", "participants"),
    ("part_of", "part of"),
    ("proposed_by", "proposed by"),
    ("supported_by", "supported by"),
    ("rejected_by", "rejected by"),
    ("proposed_at", "proposed at"),
    ("note", "note"),
    ("mentioned_in", "mentioned in"),
)


def _join(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _claim_line(claim: dict[str, Any]) -> str:
    text = claim["text"] if len(claim["text"]) <= 160 else claim["text"][:159] + "…"
    where = ", ".join(str(x) for x in (claim.get("venue"), claim.get("said_on")) if x)
    quote = f"“{text}”" if claim["mode"] == "direct" else text
    evidence = claim["evidence"]
    return (
        f"  - {claim['speaker_label']} ({claim.get('cue') or 'says'}): {quote}"
        + (f" [{where}]" if where else "")
        + f" @{evidence['start']}-{evidence['end']}"
    )


def card_text(card: dict[str, Any]) -> str:
    """A readable card: name, IRI, fields, offices, then statements by and about."""
    lines = [card["label"], f"  {card['id']}"]
    for key, heading in _FIELDS:
        value = card.get(key)
        if value:
            lines.append(f"  {heading}: {_join(value)}")
    for office in card.get("offices", []):
        where = office.get("organization") or office.get("administration")
        lines.append(
            f"  office: {office['title']} ({office['tenure']})" + (f", {where}" if where else "")
        )
    for key, heading in (
        ("statements_by", "statements by"),
        ("statements_made", "statements made"),
        ("statements_about", "statements about"),
    ):
        claims = card.get(key)
        if claims:
            lines.append(f"  {heading} ({len(claims)}):")
            lines += [_claim_line(c) for c in claims]
    return "\n".join(lines)
