"""Where kg finds its inputs (ontology, seeds, queries) and keeps its store."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError


@dataclass(frozen=True)
class Project:
    """The folders a build reads: ``ontology/``, ``seeds/`` and ``queries/``."""

    root: Path

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def ontology_file(self) -> Path:
        return self.ontology_dir / "claims.ttl"

    @property
    def shapes_file(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @classmethod
    def locate(cls) -> Project:
        """``$KG_HOME`` if set, else the checkout this package was installed from."""
        env = os.environ.get("KG_HOME")
        root = Path(env).expanduser() if env else Path(__file__).resolve().parent.parent
        if not (root / "ontology" / "claims.ttl").is_file():
            raise StoreError(f"no kg project at {root} (ontology/claims.ttl missing); set KG_HOME")
        return cls(root)


def default_store_dir() -> Path:
    """``$KG_STORE``, else ``$XDG_DATA_HOME/kg/store`` (``~/.local/share/kg/store``)."""
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "kg" / "store"
