"""The commands through typer's runner, and once as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.cli import _app_for, _command_name, app

from .conftest import ROOT


def test_claims_json_about_hanoi(runner: CliRunner) -> None:
    result = runner.invoke(app, ["claims", "--about", "Hanoi Summit", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) >= 15
    bolton = [r for r in records if r["speaker_label"] == "John Bolton" and r["mode"] == "direct"]
    assert bolton and bolton[0]["cue"] == "wrote"
    assert all(r["evidence"]["start"] < r["evidence"]["end"] for r in records)


def test_claims_table_and_csv(runner: CliRunner) -> None:
    table = runner.invoke(app, ["claims", "--by", "Schriver"])
    assert table.exit_code == 0
    assert "Hudson Institute" in table.stdout and "Randall Schriver" in table.stdout
    result = runner.invoke(app, ["claims", "--by", "Schriver", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["speaker", "mode", "statement", "about", "said on", "venue"]
    assert len(rows) == 1 + 5


def test_reports_offer_only_table_and_json(runner: CliRunner) -> None:
    """A card, a check or scores printed as a table when CSV was asked for would be wrong
    without saying so: the option refuses what the command cannot write."""
    for command in (["show", "Biegun"], ["validate"], ["eval", "seed"]):
        for fmt in ("csv", "tsv"):
            result = runner.invoke(app, [*command, "--format", fmt])
            assert result.exit_code == 2 and "'table', 'json'" in result.stderr, command
    assert runner.invoke(app, ["show", "Biegun", "--format", "json"]).exit_code == 0


def test_unknown_name_is_one_line_with_suggestions(runner: CliRunner) -> None:
    result = runner.invoke(app, ["claims", "--by", "Beigun"])
    assert result.exit_code == 1
    assert result.stderr == "error: no actor matches 'Beigun'; did you mean: Stephen Biegun?\n"
    assert result.stdout == ""


def test_show_actors_events(runner: CliRunner) -> None:
    show = runner.invoke(app, ["show", "Biegun"])
    assert show.exit_code == 0
    assert "deputy secretary of state (former)" in show.stdout
    card = json.loads(runner.invoke(app, ["show", "Hanoi Summit", "-f", "json"]).stdout)
    assert card["label"] == "Hanoi Summit"
    actors = json.loads(runner.invoke(app, ["actors", "-f", "json"]).stdout)
    assert any(a["label"] == "Evans Revere" for a in actors)
    events = runner.invoke(app, ["events"])
    assert "Hanoi Summit" in events.stdout and "2019-02-27/2019-02-28" in events.stdout


def test_validate(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "--format", "json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0, result.stdout
    assert report["ok"] and report["statements"] >= 35 and report["shacl_violations"] == []


def test_export_to_file_and_bad_format(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["export", "--format", "turtle", "--output", str(out)])
    assert result.exit_code == 0 and out.stat().st_size > 10_000
    bad = runner.invoke(app, ["export", "--format", "yaml"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("error: unknown format 'yaml'; choose one of: turtle")
    assert bad.stderr.count("\n") == 1


def test_build_with_bad_claims_is_one_line_and_keeps_the_store(
    project_copy: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    env = {"KG_STORE": str(tmp_path / "store"), "KG_HOME": str(project_copy)}
    assert runner.invoke(app, ["build", "--no-reason", "-q"], env=env).exit_code == 0
    before = runner.invoke(app, ["claims", "-f", "json"], env=env).stdout
    claims = project_copy / "seeds" / "kei-trump-kim-2024" / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(
            "speaker: evans-revere", "speaker: evans-reverb"
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["build", "--no-reason"], env=env)
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: {claims}:") and "unknown id 'evans-reverb'" in last
    assert "Traceback" not in result.stderr
    # The previous graph still answers: queries do not rebuild into a broken state.
    again = runner.invoke(app, ["claims", "-f", "json"], env=env)
    assert again.exit_code == 1 and "evans-reverb" in again.stderr
    from kg.claims import list_claims
    from kg.engine import open_local

    engine = open_local(tmp_path / "store")
    try:
        assert len(list_claims(engine)) == len(json.loads(before))
    finally:
        engine.close()


def test_real_process(store_dir: Path) -> None:
    env = {**os.environ, "KG_STORE": str(store_dir)}
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run(
        [str(kg), "claims", "--by", "Revere", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert {r["speaker_label"] for r in json.loads(done.stdout)} == {"Evans Revere"}
    bad = subprocess.run(
        [str(kg), "show", "Nobody Atall"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("error: no entity matches 'Nobody Atall'")
    assert "Traceback" not in bad.stderr


def test_the_command_being_run_is_found_after_global_options() -> None:
    assert _command_name(["--store", "/s", "ask", "who?"]) == "ask"
    assert _command_name(["--endpoint=http://e", "query", "who-is"]) == "query"
    assert _command_name(["--help"]) is None
    assert _command_name([]) is None
    # Only that command is built; help, groups and unknown names get the whole app.
    slim = _app_for(["--store", "/s", "ask", "who?"])
    assert [c.callback.__name__ for c in slim.registered_commands if c.callback] == ["ask"]
    assert _app_for(["eval", "seed"]) is app
    assert _app_for(["no-such-command"]) is app
    assert _app_for(["--help"]) is app


def test_eval_ask_checks_the_question_file(runner: CliRunner, tmp_path: Path) -> None:
    cases = {
        b"\xff\xfe\x00": "not UTF-8 text (byte 0: invalid start byte)",
        b"- question: who is Biegun\n": "question 1: expected a mapping with 'q: question'",
        b"- q: who\n- who is Biegun\n": "question 2: expected a mapping with 'q: question'",
        b"- q: who is Biegun\n  expect_all: Biegun\n": "question 1: expect_all must be a list",
    }
    for number, (data, message) in enumerate(cases.items()):
        path = tmp_path / f"questions{number}.yaml"
        path.write_bytes(data)
        result = runner.invoke(app, ["eval", "ask", "--questions", str(path)])
        assert result.exit_code == 1, result.stderr
        assert result.stderr.startswith(f"error: {path}: {message}"), result.stderr
        assert result.stderr.count("\n") == 1
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf- q: who is Biegun\n  expect_all: [Biegun]\n")
    result = runner.invoke(app, ["eval", "ask", "--questions", str(bom), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 1


def test_eval_seed_of_a_file_or_a_folder_named_like_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    text = tmp_path / "article.txt"
    text.write_text("Words.\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "seed", str(text)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {text}/article.txt: cannot read (Not a directory)\n"
    folder = tmp_path / "seed"
    (folder / "meta.yaml").mkdir(parents=True)
    (folder / "article.txt").write_text("Words.\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "seed", str(folder)])
    assert result.stderr == f"error: {folder}/meta.yaml: cannot read (Is a directory)\n"


def test_usage_errors_are_one_line_too(runner: CliRunner, tmp_path: Path) -> None:
    afile = tmp_path / "store.txt"
    afile.write_text("not a folder\n", encoding="utf-8")
    cases = [
        (["claims", "--format", "xml"], "Invalid value for '--format'", "claims"),
        (["--store", str(afile), "claims"], "Invalid value for '--store'", ""),
        (["no-such-command"], "No such command 'no-such-command'", ""),
        (["eval", "polnear", "--split"], "Option '--split' requires an argument", "eval"),
        (["extract"], "Missing argument 'FILES...'", "extract"),
    ]
    for args, message, command in cases:
        result = runner.invoke(app, args, prog_name="kg")
        assert result.exit_code == 2, (args, result.stderr)
        assert result.stderr.startswith(f"error: {message}"), result.stderr
        help_of = " ".join(["kg", command]) if command else "kg"
        assert result.stderr.endswith(f" (see '{help_of} --help')\n"), result.stderr
        assert result.stderr.count("\n") == 1
    # A group run without a command still shows its help.
    assert "Commands:" in runner.invoke(app, ["eval"], prog_name="kg").stderr


def test_a_store_in_use_by_another_process_is_waited_for_then_reported(
    store_dir: Path, tmp_path: Path
) -> None:
    import fcntl
    import shutil
    import threading

    store = tmp_path / "store"
    shutil.copytree(store_dir, store, symlinks=True)
    env = {"KG_STORE": str(store), "KG_LOCK_TIMEOUT": "0.3"}
    runner = CliRunner()
    with (store / "lock").open("a") as held:  # as a running 'kg ingest' holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        # Let go in the end anyway, so that a command that waits for ever fails the test
        # rather than hanging it.
        release = threading.Timer(30, fcntl.flock, (held, fcntl.LOCK_UN))
        release.start()
        for args in (["claims", "--by", "Biegun"], ["build", "--no-reason", "-q"]):
            result = runner.invoke(app, args, env=env)
            assert result.exit_code == 1, result.stdout
            waiting, error = result.stderr.splitlines()
            assert waiting == f"waiting for the store in {store}: another kg process is using it …"
            assert error.startswith(f"error: the store in {store} is still in use by another")
        release.cancel()
    result = runner.invoke(app, ["claims", "--by", "Biegun"], env=env)
    assert result.exit_code == 0 and result.stderr == ""


def _unwritable_store(
    store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, readable: bool = True
) -> Path:
    """A copy of the built store whose folder the file system refuses to open files in for
    writing (and, unless ``readable``, for reading).

    Tests run as root, whom file modes do not stop, so the file system's refusal is what is
    played here (a read-only bind mount showed the same by hand).
    """
    import errno
    import shutil

    store = tmp_path / "store"
    shutil.copytree(store_dir, store, symlinks=True)
    real_open = Path.open

    def refusing_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self.parent == store and mode != "r":
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        if self.parent == store and not readable:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    return store


def test_a_store_that_cannot_be_written_is_still_queried(
    store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive on a read-only mount (or another user's): queries run, writes say why."""
    store = _unwritable_store(store_dir, tmp_path, monkeypatch)
    runner = CliRunner()
    env = {"KG_STORE": str(store)}
    update = ["sparql", "--allow-update", "INSERT DATA { <x:a> <x:b> <x:c> }"]
    for lock_file in (True, False):  # with a lock file to share, and with none to create
        if not lock_file:
            (store / "lock").unlink()
        result = runner.invoke(app, ["claims", "--by", "Biegun"], env=env)
        assert result.exit_code == 0 and result.stderr == "", result.stderr
        assert "Biegun" in result.stdout
        result = runner.invoke(app, update, env=env)
        assert result.exit_code == 1
        assert result.stderr == f"error: cannot write the store in {store}: it is read-only here\n"


def test_a_lock_file_that_cannot_be_read_is_an_error(
    store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a query without the lock: a writer may hold it."""
    store = _unwritable_store(store_dir, tmp_path, monkeypatch, readable=False)
    result = CliRunner().invoke(app, ["claims", "--by", "Biegun"], env={"KG_STORE": str(store)})
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot use store folder {store}: Permission denied\n"
