"""One exception hierarchy for the whole library.

Every failure a user can cause is a :class:`KgError` subclass carrying a one-line message.
The CLI prints ``error: <message>`` and exits non-zero; nothing else ever reaches the user
as a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class KgError(Exception):
    """Base class: a problem the user can fix, described in one line."""

    exit_code = 1


class Located(KgError):
    """An error that points at a place in a file (``path:line:col: message``)."""

    def __init__(self, path: Path | str, line: int | None, message: str, col: int | None = None):
        self.path = str(path)
        self.line = line
        self.col = col
        self.message = message
        where = self.path
        if line is not None:
            where += f":{line}"
            if col is not None:
                where += f":{col}"
        super().__init__(f"{where}: {message}")


class AnnotationError(Located):
    """A curated ``claims.yaml`` or ``meta.yaml`` is wrong (bad quote, reference, date, YAML)."""


class OntologyError(Located):
    """An ontology or shapes file cannot be read."""


class ValidationError(KgError):
    """The graph violates the SHACL shapes or is inconsistent under OWL reasoning."""


class StoreError(KgError):
    """The store cannot be opened, built or written."""


class UnknownEntity(KgError):
    """A name matched no actor, event or other entity in the graph."""

    def __init__(self, name: str, suggestions: Sequence[str] = (), kind: str = "entity"):
        self.name = name
        self.suggestions = list(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no {kind} matches {name!r}{hint}")


class QueryError(KgError):
    """A SPARQL query is malformed or failed."""


class QueryNotFound(KgError):
    """No stored query has this name."""


class ParameterError(KgError):
    """A stored-query parameter is unknown, missing or of the wrong type."""


class UpdateRefused(KgError):
    """A SPARQL update was sent without ``--allow-update``."""


class InputError(KgError):
    """An input file is missing, empty where text is needed, or not UTF-8 text."""


class UnknownArticle(InputError):
    """No ingested article is named so (nor read from a file with that text or name)."""


class QuestionNotUnderstood(KgError):
    """``kg ask`` could not map a question to a stored query."""
