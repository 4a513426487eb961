"""Docs that cannot drift: generated pages match the code, every command is documented,
and what the docs show a newcomer (commands, options, paths, SPARQL and Python examples)
still works."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer

from kg.adhoc import run_sparql
from kg.cli import app
from kg.docs import pages
from kg.engine import LocalEngine
from kg.paths import Project

from .conftest import ROOT

# The pages a newcomer reads. docs/extractor-rounds.md is a historical record: the paths and
# commands of past rounds stay as they were.
READ_ME = [
    ROOT / "README.md",
    ROOT / "bench" / "RESULTS.md",
    *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "extractor-rounds.md"),
]


def _commands(typer_app: typer.Typer, prefix: str = "") -> list[str]:
    names = [
        f"{prefix}{c.name or c.callback.__name__}"
        for c in typer_app.registered_commands
        if c.callback
    ]
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            names += _commands(group.typer_instance, f"{prefix}{group.name} ")
    return names


def test_generated_pages_are_up_to_date() -> None:
    for relative, text in pages(Project(ROOT)).items():
        committed = (ROOT / relative).read_text(encoding="utf-8")
        assert committed == text, f"{relative} is stale: run 'python -m kg.docs'"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands(app)
    assert len(commands) >= 12
    for command in commands:
        assert re.search(rf"`kg {re.escape(command)}\b", readme), f"kg {command} is not documented"


def test_every_stored_query_and_parameter_is_documented() -> None:
    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert f"## `{path.stem}`" in text
        for variable in set(re.findall(r"\?(_[A-Za-z]\w*)", path.read_text(encoding="utf-8"))):
            assert f"`?{variable}`" in text, (path.stem, variable)


def test_readme_starts_with_the_two_commands() -> None:
    lines = [
        line
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert lines[1:4] == ["```sh", lines[2], lines[3]]
    assert lines[2].startswith("make demo") and lines[3].startswith("make test")


def _blocks(language: str) -> list[tuple[Path, str]]:
    """The fenced code blocks of one language in the pages a newcomer reads."""
    fence = re.compile(rf"^```{language}\n(.*?)^```", re.MULTILINE | re.DOTALL)
    return [(page, m.group(1)) for page in READ_ME for m in fence.finditer(page.read_text())]


def _command_lines() -> list[tuple[Path, str]]:
    """Every ``kg …`` the pages show: inline code spans and lines of shell blocks."""
    found = []
    for page in READ_ME:
        text = page.read_text(encoding="utf-8")
        found += [(page, m.group(1)) for m in re.finditer(r"`(?:\.venv/bin/)?kg ([^`\n]+)`", text)]
    for page, block in _blocks("sh"):
        found += [
            (page, m.group(1))
            for m in re.finditer(r"^(?:\.venv/bin/)?kg (.+)$", block, re.MULTILINE)
        ]
    return found


def _options(command: click.Command) -> set[str]:
    return {
        name
        for param in command.params
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
    }


def test_every_kg_command_and_option_the_docs_show_exists() -> None:
    """``kg claims --store DIR`` fails (--store belongs to kg itself, before the command)."""
    root = typer.main.get_command(app)
    assert isinstance(root, click.Group)
    lines = _command_lines()
    assert len(lines) > 50
    for page, line in lines:
        words = line.replace("\\|", " ").split()
        while words and words[0] in _options(root):
            words = words[2:]  # --store DIR, --endpoint URL
        if words[:1] in (["COMMAND"], ["…"]):
            continue  # "kg --endpoint URL COMMAND …": any command
        command: click.Command = root
        while isinstance(command, click.Group) and words and words[0] in command.commands:
            command = command.commands[words.pop(0)]
        assert command is not root, f"{page.name}: 'kg {line}' names no command"
        for word in words:
            option = re.match(r"--[a-z][a-z-]*", word)
            if option:
                assert option.group(0) in _options(command), f"{page.name}: 'kg {line}'"


def test_every_path_the_docs_and_docstrings_name_exists() -> None:
    path = re.compile(
        r"\b(?:kg|tests|docs|queries|ontology|seeds|bench)/[\w./-]*\w\."
        r"(?:py|md|yaml|rq|ttl|json|jsonld|txt)\b"
    )
    sources = [*READ_ME, *sorted((ROOT / "kg").rglob("*.py"))]
    named = {(source.name, p) for source in sources for p in path.findall(source.read_text())}
    assert len(named) > 20
    missing = sorted((source, p) for source, p in named if not (ROOT / p).exists())
    assert not missing


def test_sparql_examples_in_the_docs_run(engine: LocalEngine) -> None:
    blocks = _blocks("sparql")
    assert blocks
    for page, query in blocks:
        result = run_sparql(engine, query)
        assert result.table is None or result.table.rows, f"{page.name}: no rows"


def test_python_examples_in_the_docs_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a newcomer would run them: from the checkout, each block on its own."""
    blocks = _blocks("python")
    assert blocks
    monkeypatch.chdir(ROOT)
    for page, code in blocks:
        exec(compile(code, f"{page.name} example", "exec"), {})
        assert capsys.readouterr().out, f"{page.name}: the example printed nothing"
