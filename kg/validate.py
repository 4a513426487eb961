"""SHACL validation of article graphs against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def shacl_violations(
    data: Graph, shapes: Graph, ontology: Graph, *, focus: list[str] | None = None
) -> list[Violation]:
    """Every violation of ``shapes`` in ``data`` (read together with ``ontology``), for the
    ``focus`` nodes only when given (the rest of ``data`` is then context)."""
    import pyshacl
    from rdflib import RDF, Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
        allow_warnings=True,
        focus_nodes=focus,
    )
    violations = []
    for result in report.subjects(RDF.type, sh.ValidationResult):
        severity = report.value(result, sh.resultSeverity)
        if severity != sh.Violation:
            continue
        violations.append(
            Violation(
                focus=str(report.value(result, sh.focusNode)),
                path=str(report.value(result, sh.resultPath) or ""),
                message=str(report.value(result, sh.resultMessage) or "violates a shape"),
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
