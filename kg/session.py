"""Open the graph a command works on: the embedded store (built on demand) or an endpoint."""

from __future__ import annotations

from pathlib import Path

from kg.engine import Engine, RemoteEngine, open_local
from kg.paths import Project, default_store_dir
from kg.store import StoreDir, inputs_fingerprint


def connect(
    *,
    store: Path | None = None,
    endpoint: str | None = None,
    project: Project | None = None,
    auto_build: bool = True,
    quiet: bool = False,
) -> Engine:
    """An engine ready for queries.

    With ``endpoint``, queries go to that SPARQL endpoint. Otherwise the embedded store in
    ``store`` (default: :func:`kg.paths.default_store_dir`) is used, built first when it is
    missing or its inputs changed — a content hash of ``ontology/`` and ``seeds/``.
    """
    if endpoint:
        return RemoteEngine(endpoint)
    store_dir = store or default_store_dir()
    if auto_build:
        project = project or Project.locate()
        manifest = StoreDir(store_dir).manifest()
        # The cheap check first: the build machinery (rdflib, pyshacl …) loads only to build.
        if manifest is None or manifest.fingerprint != inputs_fingerprint(project):
            from kg.build import ensure_built

            ensure_built(project, store_dir, log=None if not quiet else _silent)
    return open_local(store_dir)


def _silent(_message: str) -> None:
    pass
