"""kg: a knowledge graph of who claims what about which event, with evidence in the text.

A small public API; the command line (``kg``) is a thin layer over it::

    >>> import kg
    >>> sorted(kg.__all__)[:3]
    ['ClaimFilter', 'KgError', 'QueryCatalog']

Names load lazily, so ``import kg`` stays cheap for the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "KgError": "kg.errors",
    "connect": "kg.session",
    "build": "kg.build",
    "list_claims": "kg.claims",
    "ClaimFilter": "kg.claims",
    "QueryCatalog": "kg.queries",
    "run_stored": "kg.queries",
    "answer": "kg.ask",
    "extract": "kg.extract",
    "ingest": "kg.ingest",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(module), name)
