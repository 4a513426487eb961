"""Small JSON caches kept beside one store generation (``gen-…/cache/NAME.json``).

What commands derive from the whole graph on every call (the entity index for name lookup,
the venues and speakers ``kg ask`` reasons with) is computed once per generation. A build
or an ingest writes a new generation (no cache yet); a writer to the current generation
(``kg sparql --allow-update``) calls :func:`invalidate`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_VERSION = 2  # 2: the entity index tells people apart


def cached_json(folder: Path | None, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value saved earlier under ``folder`` (None: no caching)."""
    if folder is None:
        return compute()
    path = folder / "cache" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == CACHE_VERSION:
            return data["value"]
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    value = compute()
    with contextlib.suppress(OSError):  # a read-only store folder only costs time
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"version": CACHE_VERSION, "value": value}), encoding="utf-8")
        tmp.replace(path)
    return value


def invalidate(folder: Path | None) -> None:
    """Drop every cache of a generation whose graph changed."""
    if folder is not None:
        shutil.rmtree(folder / "cache", ignore_errors=True)
