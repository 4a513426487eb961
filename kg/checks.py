"""``kg validate``: check a stored graph — SHACL shapes, evidence offsets, OWL consistency.

Works on any engine (embedded store or endpoint): the graphs are read back with CONSTRUCT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.claims import PROLOGUE
from kg.engine import Engine
from kg.errors import ValidationError
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg.paths import Project


@dataclass
class CheckReport:
    articles: int = 0
    statements: int = 0
    shacl: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    hermit: str = "not run"
    consistent: bool = True

    @property
    def ok(self) -> bool:
        return not self.shacl and not self.evidence and self.consistent

    def lines(self) -> list[str]:
        out = [f"{self.articles} article(s), {self.statements} statements"]
        out.append(f"SHACL: {'conforms' if not self.shacl else f'{len(self.shacl)} violation(s)'}")
        out += [f"  {v}" for v in self.shacl]
        out.append(
            "evidence: every span matches the article text"
            if not self.evidence
            else f"evidence: {len(self.evidence)} span(s) do not match the article text"
        )
        out += [f"  {v}" for v in self.evidence]
        out.append(f"OWL (HermiT): {self.hermit}")
        out.append("valid" if self.ok else "INVALID")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "articles": self.articles,
            "statements": self.statements,
            "shacl_violations": self.shacl,
            "evidence_mismatches": self.evidence,
            "hermit": self.hermit,
        }


def check_store(engine: Engine, store_dir: Path | None = None) -> CheckReport:
    """Validate everything in the graph ``engine`` answers for."""
    from rdflib import Graph

    from kg.build import read_turtle
    from kg.reason import hermit_types, java_available
    from kg.validate import shacl_violations

    project = Project.locate()
    report = CheckReport()
    counts = engine.select(
        f"""{PROLOGUE}
SELECT (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?statement) AS ?statements)
WHERE {{ {{ ?article a kgc:Article }} UNION {{ ?statement a kgc:Statement }} }}"""
    ).rows[0]
    report.articles = int(counts["articles"] or 0)
    report.statements = int(counts["statements"] or 0)

    ontology = Graph().parse(
        data=engine.graph(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
        ),
        format="nt",
    )
    data = Graph().parse(
        data=engine.graph(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g != <{ONTOLOGY_GRAPH}>) }}"
        ),
        format="nt",
    )
    shapes = read_turtle(project.shapes_file)
    report.shacl = [str(v) for v in shacl_violations(data, shapes, ontology)]
    report.evidence = evidence_mismatches(engine)
    if not java_available():
        report.hermit = "skipped: Java not found"
    else:
        asserted = Graph().parse(
            data=engine.graph(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f"FILTER(?g != <{INFERRED_GRAPH}>) }}"
            ),
            format="nt",
        )
        try:
            result = hermit_types(asserted)
            report.hermit = f"consistent ({result.seconds:.1f} s)"
        except ValidationError as exc:
            report.hermit = str(exc)
            report.consistent = False
    return report


def evidence_mismatches(engine: Engine) -> list[str]:
    """Selectors whose exact text is not the article's text at their offsets."""
    table = engine.select(
        f"""{PROLOGUE}
SELECT ?selector ?start ?end ?exact ?found WHERE {{
  ?resource oa:hasSource ?article ; oa:hasSelector ?position , ?quote .
  ?article schema:text ?text .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?found)
  FILTER(?found != ?exact)
}}"""
    )
    return [
        f"{row['selector']} [{row['start']}:{row['end']}]: "
        f"expected {row['exact']!r}, found {row['found']!r}"
        for row in table.rows
    ]
