"""Docs that cannot drift: generated pages match the code, every command is documented."""

from __future__ import annotations

import re

import typer

from kg.cli import app
from kg.docs import pages
from kg.paths import Project

from .conftest import ROOT


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
