"""The embedded on-disk Oxigraph store: generations, locking and the build fingerprint.

Layout of a store folder::

    STORE/
      lock                 flock: shared for readers, exclusive for writers
      current -> gen-…     symlink to the generation in use (swapped atomically)
      gen-<ns>/oxigraph/   the Oxigraph database
      gen-<ns>/manifest.json  fingerprint of the inputs, articles, counts

A build writes a new generation beside the current one and swaps the ``current`` link only
when everything succeeded, so a failed build never touches the data in use. An ingest does
the same from a checkpoint of the current generation (see :mod:`kg.ingest`).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.errors import StoreError
from kg.paths import Project

if TYPE_CHECKING:
    import pyoxigraph

#: Modules whose code shapes the built graph: a change to them must trigger a rebuild.
_BUILD_MODULES = (
    "annotations.py",
    "graph.py",
    "dates.py",
    "reason.py",
    "build.py",
    "namespaces.py",
)
MANIFEST_VERSION = 1
#: Why a store folder cannot be written: a read-only file system, or no permission.
_UNWRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def inputs_fingerprint(project: Project) -> str:
    """A hash of everything a build reads: ontology, seeds and the graph-building code.

    Hashing contents (not modification times) keeps it right across checkouts and copies;
    the inputs are small, so this costs well under a millisecond per file.
    """
    digest = hashlib.sha256(f"manifest-{MANIFEST_VERSION}".encode())
    files = sorted(
        p for d in (project.ontology_dir, project.seeds_dir) for p in d.rglob("*") if p.is_file()
    )
    package = Path(__file__).resolve().parent
    files += [package / name for name in _BUILD_MODULES]
    for path in files:
        try:
            rel = path.relative_to(project.root)
        except ValueError:
            rel = Path("kg") / path.name
        digest.update(str(rel).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass
class Manifest:
    fingerprint: str
    built_at: float
    seeds: dict[str, str] = field(default_factory=dict)  # slug -> sha256 of the text
    ingested: dict[str, str] = field(default_factory=dict)  # slug -> sha256 of the text
    triples: int = 0
    hermit: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> Manifest | None:
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None


class StoreDir:
    """A store folder on disk (see the module docstring for its layout)."""

    def __init__(self, path: Path):
        self.path = path

    @property
    def current(self) -> Path | None:
        link = self.path / "current"
        if not link.is_symlink() and not link.is_dir():
            return None
        target = link.resolve()
        return target if (target / "oxigraph").is_dir() else None

    def manifest(self) -> Manifest | None:
        current = self.current
        return Manifest.read(current / "manifest.json") if current else None

    def built(self) -> tuple[Manifest, Path]:
        """The current generation's manifest and folder; a :class:`StoreError` when no
        graph is built yet."""
        current = self.current
        manifest = Manifest.read(current / "manifest.json") if current else None
        if manifest is None or current is None:
            raise StoreError(f"no graph built in {self.path}; run 'kg build'")
        return manifest, current

    @contextlib.contextmanager
    def lock(self, *, exclusive: bool) -> Iterator[None]:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            handle = (self.path / "lock").open("a")
        except OSError as exc:
            raise StoreError(f"cannot use store folder {self.path}: {exc.strerror}") from None
        with handle:
            self.acquire(handle, exclusive=exclusive)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def shared_lock(self) -> IO[str] | None:
        """An open handle holding a shared lock; closing it releases the lock.

        A store this process may not write (a read-only mount, an archive of another user's)
        is still queried: its lock file is opened for reading, which is enough for a shared
        flock, and where there is none, None: then no kg process has written there since it
        became unwritable, and a reader needs no lock from this one. A lock file that exists
        but cannot be read is an error: a writer may be using it.
        """
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            handle = (self.path / "lock").open("a")
        except OSError as exc:
            if exc.errno not in _UNWRITABLE or not self.path.is_dir():
                raise StoreError(f"cannot use store folder {self.path}: {exc.strerror}") from None
            try:
                handle = (self.path / "lock").open("r")
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise StoreError(f"cannot use store folder {self.path}: {exc.strerror}") from None
        try:
            self.acquire(handle, exclusive=False)
        except BaseException:
            handle.close()
            raise
        return handle

    def acquire(self, handle: IO[str], *, exclusive: bool) -> None:
        """Take the lock on ``handle``, waiting for another process that holds it.

        Says so on stderr when it has to wait (a silent hang looks like a bug), and gives up
        after ``$KG_LOCK_TIMEOUT`` seconds (default 300) with a :class:`StoreError`.
        """
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        timeout = _lock_timeout()
        print(
            f"waiting for the store in {self.path}: another kg process is using it …",
            file=sys.stderr,
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    # A reader waits for writers only; a writer also for running queries.
                    users = "a query, a build" if exclusive else "a build"
                    raise StoreError(
                        f"the store in {self.path} is still in use by another kg process "
                        f"after {timeout:g} s ({users} or an ingest?); try again later"
                    ) from None
                time.sleep(0.1)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Where a build, an ingest or a removal writes its generation: a write the disk
        refuses (full, read-only, over quota) becomes a one-line :class:`StoreError`.

        RocksDB reports those as a bare ``OSError`` from wherever the write happened (the
        bulk loader, the compaction, a flush), which the CLI would call an internal error.
        """
        try:
            yield
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise StoreError(f"cannot write the store in {self.path}: {reason}") from None

    def new_generation(self) -> Path:
        gen = self.path / f"gen-{time.time_ns()}-{os.getpid()}"
        gen.mkdir(parents=True)
        return gen

    def activate(self, gen: Path) -> None:
        """Point ``current`` at ``gen`` atomically, then remove older generations and what
        runs killed half-way left (their staging generations, a link not yet renamed)."""
        tmp = self.path / f"current.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(gen.name)
        tmp.replace(self.path / "current")
        for old in self.path.glob("gen-*"):
            if old != gen:
                shutil.rmtree(old, ignore_errors=True)
        # A run killed between making its link and renaming it left the link behind.
        for stale in self.path.glob("current.*.tmp"):
            stale.unlink(missing_ok=True)

    def open_read_only(self) -> pyoxigraph.Store:
        import pyoxigraph

        current = self.current
        if current is None:
            raise StoreError(f"no graph built in {self.path}; run 'kg build'")
        try:
            return pyoxigraph.Store.read_only(str(current / "oxigraph"))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {self.path}: {exc}") from None

    def open_writable(self) -> pyoxigraph.Store:
        import pyoxigraph

        current = self.current
        if current is None:
            raise StoreError(f"no graph built in {self.path}; run 'kg build'")
        try:
            return pyoxigraph.Store(str(current / "oxigraph"))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {self.path} for writing: {exc}") from None

    def write_manifest(self, gen: Path, manifest: Manifest) -> None:
        tmp = gen / "manifest.json.tmp"
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            # On disk before the generation can become current: a crash must not leave a
            # current generation with an empty manifest (see kg.build.ensure_built).
            os.fsync(handle.fileno())
        tmp.replace(gen / "manifest.json")


def _lock_timeout() -> float:
    value = os.environ.get("KG_LOCK_TIMEOUT", "300")
    try:
        seconds = float(value)
    except ValueError:
        raise StoreError(f"KG_LOCK_TIMEOUT takes a number of seconds, not {value!r}") from None
    if not seconds >= 0:  # also refuses nan
        raise StoreError(f"KG_LOCK_TIMEOUT takes a number of seconds, not {value!r}")
    return seconds


def stage_copy(current: Path, staging: Path) -> pyoxigraph.Store:
    """A writable checkpoint of the generation ``current`` in ``staging`` (RocksDB
    hard-links its table files: no copy), where an ingest or a removal writes; once it is
    closed, :func:`seal` it before the swap."""
    import pyoxigraph

    database = staging / "oxigraph"
    try:
        pyoxigraph.Store(str(current / "oxigraph")).backup(str(database))
        return pyoxigraph.Store(str(database))
    except OSError as exc:
        raise StoreError(f"cannot stage a copy of the store in {staging}: {exc}") from None


def seal(database: Path) -> None:
    """Open a closed Oxigraph database once for writing and close it again.

    RocksDB keeps recent writes in a write-ahead log that every read-only open replays
    (for the seed graph that was three quarters of the open, and the open is most of a
    query). A read-write open turns the log into tables, so the opens after it do not.
    """
    import pyoxigraph

    try:
        store = pyoxigraph.Store(str(database))
    except OSError as exc:
        raise StoreError(f"cannot reopen the store in {database}: {exc}") from None
    del store
