"""kg ingest --replace and kg remove: change or take out an ingested article, safely."""

from __future__ import annotations

import fcntl
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.engine import open_local
from kg.paths import Project
from kg.store import StoreDir

from .conftest import ROOT, derived_by_a_build, derived_triples

ID = "https://w3id.org/kgclaims/id/"
FIRST = (
    "Donald Trump said on Tuesday that the Geneva Summit would fail. "
    "“We will not give in,” said Ann Lee, the former deputy secretary of state. "
    "Cy Moe said the plan was dead.\n"
)
SECOND = "“The Geneva Summit is a trap,” Ann Lee said on Friday.\n"


@pytest.fixture()
def store(store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the session's store, with no ingested article yet."""
    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy, symlinks=True)
    monkeypatch.setenv("KG_STORE", str(copy))
    monkeypatch.delenv("KG_ENDPOINT", raising=False)
    return copy


@pytest.fixture()
def two(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles: the first mints Ann Lee, the Geneva Summit and Cy Moe; the second
    cites the first two (as known, described in the first article's graph only)."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return first, second


def _ok(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _quads(store: Path) -> set[str]:
    """The store's quads as text; the words of a search context sorted, as their order
    changes from one build to the next (GROUP_CONCAT)."""
    engine = open_local(store)
    try:
        return {
            f"{q.subject} searchContext {sorted(q.object.value.split())}"
            if q.predicate.value.endswith("#searchContext")
            else str(q)
            for q in engine.store
        }
    finally:
        engine.close()


def _about(store: Path, ident: str) -> list[str]:
    """Every quad that names the entity ``ident`` (``actor/cy-moe``)."""
    return [q for q in _quads(store) if f"<{ID}{ident}>" in q]


def _rows(query: str, *params: str) -> list[dict[str, Any]]:
    import json

    args = ["query", query, "-f", "json"]
    for param in params:
        args += ["--param", param]
    rows: list[dict[str, Any]] = json.loads(_ok(*args))["rows"]
    return rows


def _texts_of(article: str) -> list[str]:
    import json

    claims = json.loads(_ok("claims", "-f", "json"))
    return sorted(c["text"] for c in claims if c["source"] == f"{ID}article/{article}")


def test_replace_reads_the_file_again_with_new_details(
    store: Path, two: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # (monkeypatch.undo() would also undo the fixture's KG_STORE: a context instead.)
    import kg.extract

    first, _second = two
    # As after an extractor upgrade: the stored statements carry an older version.
    with monkeypatch.context() as patched:
        patched.setattr(kg.extract, "EXTRACTOR_VERSION", "kg-extract/0.0.1")
        _ok("ingest", str(first), "--title", "Old", "--publisher", "Example News")
    assert any('#extractor> "kg-extract/0.0.1"' in q for q in _quads(store))
    first.write_text(FIRST.replace("the plan was dead", "the plan was alive"), encoding="utf-8")
    out = _ok("ingest", "--replace", str(first), "--title", "New", "--published", "2025-03-04")
    assert out.startswith("0 added, 1 replaced, 0 unchanged; 3 statements")
    assert _texts_of("first") == [
        "We will not give in",
        "that the Geneva Summit would fail",
        "the plan was alive",
    ]
    [details] = _rows("article-details", "article=kgid:article/first")
    # Given details replace the stored ones; the publisher, not given, is kept.
    assert (details["title"], details["publisher"], details["published"]) == (
        "New",
        "Example News",
        "2025-03-04",
    )
    versions = {q for q in _quads(store) if '#extractor> "' in q}
    assert versions and all(kg.extract.EXTRACTOR_VERSION in q for q in versions)
    manifest = StoreDir(store).manifest()
    assert manifest is not None and list(manifest.ingested) == ["first"]
    assert _ok("validate").rstrip().endswith("valid")


def test_replace_drops_what_only_the_article_had_and_keeps_what_others_cite(
    store: Path, two: tuple[Path, Path]
) -> None:
    first, second = two
    _ok("ingest", str(first))
    _ok("ingest", str(second))
    assert _about(store, "actor/cy-moe")
    first.write_text("Donald Trump said the talks would fail.\n", encoding="utf-8")
    _ok("ingest", "--replace", str(first))
    assert _about(store, "actor/cy-moe") == []
    assert not any("membership/cy-moe" in q for q in _quads(store))
    # Ann Lee and the summit are the second article's too: still described, office and all.
    show = _ok("show", "Ann Lee")
    assert "deputy secretary of state (former)" in show and "mentioned in: second" in show
    assert "mentioned in: first" not in show
    assert "Geneva Summit" in _ok("claims", "--about", "Geneva Summit")
    assert _ok("validate").rstrip().endswith("valid")
    # A rebuild recovers the articles from the manifest, and with them the moved description.
    before = _quads(store)
    build(Project(ROOT), store, reason=False)
    assert "deputy secretary of state (former)" in _ok("show", "Ann Lee")
    assert {q for q in before if "/graph/article/" in q} <= _quads(store)


def test_replace_twice_gives_the_same_graph(store: Path, two: tuple[Path, Path]) -> None:
    first, second = two
    _ok("ingest", str(first), str(second))
    _ok("ingest", "--replace", str(first), "--author", "Ann Writer")
    once = _quads(store)
    again = _ok("ingest", "--replace", str(first))
    assert again.startswith("0 added, 1 replaced")
    assert _quads(store) == once
    # The same file twice in one run is read once.
    assert _ok("ingest", "--replace", str(first), str(first)).startswith(
        "0 added, 1 replaced, 1 unchanged"
    )
    assert _quads(store) == once


def test_after_replace_and_remove_the_store_derives_what_a_build_derives(
    store: Path, two: tuple[Path, Path], tmp_path: Path
) -> None:
    # The second article cites what the first minted (Ann Lee, the Geneva Summit), the third
    # the seed's Donald Trump and Hanoi Summit. Read again by --replace, the second article
    # had its known speaker typed an actor too and the summit's name missing from its
    # statement's search context; removing the first moves their descriptions.
    first, second = two
    third = tmp_path / "third.txt"
    third.write_text("Donald Trump said the Hanoi talks had taught him patience.\n", "utf-8")
    _ok("ingest", str(first))
    _ok("ingest", str(second), str(third))
    second.write_text(SECOND.replace("a trap", "a farce"), encoding="utf-8")
    _ok("ingest", "--replace", str(second))
    assert derived_triples(store) == derived_by_a_build(store, tmp_path)
    _ok("remove", "first")
    assert derived_triples(store) == derived_by_a_build(store, tmp_path)


def test_replace_adds_a_file_not_ingested_and_refuses_two_texts_for_one_article(
    store: Path, two: tuple[Path, Path], tmp_path: Path
) -> None:
    first, _second = two
    assert _ok("ingest", "--replace", str(first)).startswith("1 added, 0 replaced")
    other = tmp_path / "elsewhere" / "first.txt"
    other.parent.mkdir()
    other.write_text("Bo Kim said it was fine.\n", encoding="utf-8")
    first.write_text("Bo Kim said it was over.\n", encoding="utf-8")
    before = _quads(store)
    result = CliRunner().invoke(app, ["ingest", "--replace", str(first), str(other)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {other}: two files given replace article 'first'; give one of them\n"
    )
    assert _quads(store) == before


def test_the_notice_for_an_unchanged_file_names_replace(
    store: Path, two: tuple[Path, Path]
) -> None:
    first, _second = two
    _ok("ingest", str(first))
    result = CliRunner().invoke(app, ["ingest", str(first), "--title", "Other"])
    assert result.stderr == (
        f"{first}: already ingested as article 'first'; --title not applied "
        "(kg ingest --replace applies them)\n"
    )


def test_remove_takes_articles_out_and_keeps_what_others_cite(
    store: Path, two: tuple[Path, Path]
) -> None:
    first, second = two
    seeds_only = _quads(store)
    _ok("ingest", str(first))
    _ok("ingest", str(second))
    out = _ok("remove", str(first))  # by its file
    assert out.startswith("1 removed (first); ")
    assert _about(store, "actor/cy-moe") == [] and _texts_of("first") == []
    assert "Ann Lee" in _ok("show", "Ann Lee") and _texts_of("second")
    assert _ok("validate").rstrip().endswith("valid")
    manifest = StoreDir(store).manifest()
    assert manifest is not None and list(manifest.ingested) == ["second"]
    build(Project(ROOT), store, reason=False)
    assert _texts_of("second") == ["The Geneva Summit is a trap"]
    _ok("remove", "second")  # by its slug
    # Nothing is left of either article, nor of what was inferred from them.
    assert _quads(store) == seeds_only
    # Ingested again, an article comes back as it was.
    _ok("ingest", str(first))
    assert "Cy Moe" in _ok("show", "Cy Moe")


def test_removing_an_unknown_article_changes_nothing(store: Path, two: tuple[Path, Path]) -> None:
    first, second = two
    _ok("ingest", str(first))
    before = _quads(store)
    generations = sorted(p.name for p in store.glob("gen-*"))
    runner = CliRunner()
    for args, message in [
        (["first", "frist-draft"], "no ingested article 'frist-draft'"),
        ([str(second)], f"no ingested article '{second}'"),
        (["kei-trump-kim-2024"], "'kei-trump-kim-2024' is a curated seed article"),
    ]:
        result = runner.invoke(app, ["remove", *args])
        assert result.exit_code == 1, result.stdout
        assert result.stderr.startswith(f"error: {message}") and result.stderr.count("\n") == 1
    assert "did you mean: first?" in runner.invoke(app, ["remove", "firts"]).stderr
    assert _quads(store) == before
    assert sorted(p.name for p in store.glob("gen-*")) == generations
    _ok("remove", "first")
    again = runner.invoke(app, ["remove", "first"])  # once removed, it is unknown
    assert again.exit_code == 1 and "no ingested article 'first'" in again.stderr


def test_a_failure_half_way_leaves_the_store_as_it_was(
    store: Path, two: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import articles, ingest
    from kg.errors import StoreError, ValidationError

    first, second = two
    _ok("ingest", str(first), str(second))
    before, manifest = _quads(store), StoreDir(store).manifest()
    generations = sorted(p.name for p in store.glob("gen-*"))
    drop = articles.drop_article
    calls: list[str] = []

    def fail_on_second(*args: Any) -> None:
        calls.append(args[1])
        drop(*args)  # the first article is taken out of the staging copy for real
        if len(calls) == 2:
            raise StoreError("injected failure")

    monkeypatch.setattr(articles, "drop_article", fail_on_second)
    result = CliRunner().invoke(app, ["remove", "first", "second"])
    assert result.exit_code == 1 and "injected failure" in result.stderr
    assert calls == ["first", "second"]

    def fail_writing(self: ingest._BatchWriter, pending: list[Any]) -> None:
        raise ValidationError("injected failure while writing")

    monkeypatch.setattr(ingest._BatchWriter, "write", fail_writing)
    result = CliRunner().invoke(app, ["ingest", "--replace", str(first)])
    assert result.exit_code == 1 and "injected failure while writing" in result.stderr
    assert _quads(store) == before and StoreDir(store).manifest() == manifest
    assert sorted(p.name for p in store.glob("gen-*")) == generations


def test_remove_and_replace_wait_for_a_store_in_use(store: Path, two: tuple[Path, Path]) -> None:
    first, _second = two
    _ok("ingest", str(first))
    runner = CliRunner()
    with (store / "lock").open("a") as held:  # as a running 'kg ingest' holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        release = threading.Timer(30, fcntl.flock, (held, fcntl.LOCK_UN))
        release.start()
        for args in (["remove", "first"], ["ingest", "--replace", str(first)]):
            result = runner.invoke(app, args, env={"KG_LOCK_TIMEOUT": "0.3"})
            assert result.exit_code == 1, result.stdout
            assert "is still in use by another kg process" in result.stderr
        release.cancel()
    assert _texts_of("first")


def test_a_changed_file_named_like_two_articles_is_not_guessed(
    store: Path, two: tuple[Path, Path], tmp_path: Path
) -> None:
    # report.txt in two folders: by the name alone, replacing or removing would pick one
    # of two articles, possibly the other folder's.
    first, _second = two
    other = tmp_path / "elsewhere" / "first.txt"
    other.parent.mkdir()
    other.write_text("Bo Kim said it was fine.\n", encoding="utf-8")
    _ok("ingest", str(first), str(other))
    manifest = StoreDir(store).manifest()
    assert manifest is not None and len(manifest.ingested) == 2
    other.write_text("Bo Kim said it was not fine.\n", encoding="utf-8")
    before = _quads(store)
    runner = CliRunner()
    for args in (["ingest", "--replace", str(other)], ["remove", str(other)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.stdout
        assert "were all read from files of that name; name one by its slug" in result.stderr
    assert _quads(store) == before
    assert _ok("remove", str(first)).startswith("1 removed (first); ")  # found by its text


def test_a_disk_that_refuses_writes_is_one_line_and_changes_nothing(
    store: Path, two: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # RocksDB reports a full disk as a bare OSError from the write that hit it (the bulk
    # loader, a flush, the compaction): it used to reach the user as an internal error.
    from kg import articles, ingest, reason

    first, second = two
    _ok("ingest", str(first))
    before, manifest = _quads(store), StoreDir(store).manifest()
    generations = sorted(p.name for p in store.glob("gen-*"))

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("IO error: No space left on device: While appending to file: 000008.log")

    for target, name, args in [
        (ingest, "derive_for_batch", ["ingest", str(second)]),
        (ingest, "derive_for_batch", ["ingest", "--replace", str(first), "--title", "T"]),
        (articles, "drop_article", ["remove", "first"]),
        (reason, "apply_rules", ["build", "--no-reason", "-q"]),
    ]:
        with monkeypatch.context() as patched:
            patched.setattr(target, name, full)
            result = CliRunner().invoke(app, args)
        assert result.exit_code == 1, (args, result.stderr)
        assert result.stderr == (
            f"error: cannot write the store in {store}: IO error: No space left on device: "
            "While appending to file: 000008.log\n"
        )
        assert _quads(store) == before and StoreDir(store).manifest() == manifest
        assert sorted(p.name for p in store.glob("gen-*")) == generations


def test_the_next_write_clears_what_a_killed_one_left(store: Path, two: tuple[Path, Path]) -> None:
    # What kill -9 leaves at each point of a write: a staging generation (killed while
    # writing it) and the link to it made but not yet renamed over 'current'.
    first, second = two
    _ok("ingest", str(first))
    current = StoreDir(store).current
    assert current is not None
    staging = store / "gen-1-999999"
    shutil.copytree(current, staging)
    (store / "current.999999.tmp").symlink_to(staging.name)
    _ok("ingest", str(second))
    _ok("remove", "first")
    after = StoreDir(store).current
    assert after is not None
    left = sorted(p.name for p in store.iterdir() if p.name not in ("current", "lock"))
    assert left == [after.name]
    assert _ok("validate").rstrip().endswith("valid")


def test_a_write_waiting_for_a_query_says_a_query_may_hold_the_store(
    store: Path, two: tuple[Path, Path]
) -> None:
    first, _second = two
    _ok("ingest", str(first))
    with (store / "lock").open("a") as held:  # as a running 'kg claims' holds it
        fcntl.flock(held, fcntl.LOCK_SH)
        result = CliRunner().invoke(app, ["remove", "first"], env={"KG_LOCK_TIMEOUT": "0.2"})
        fcntl.flock(held, fcntl.LOCK_UN)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"error: the store in {store} is still in use by another kg process after 0.2 s "
        "(a query, a build or an ingest?); try again later"
    )
    assert _texts_of("first")
