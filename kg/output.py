"""Print results: rich tables on a terminal, plain aligned text in pipes, JSON, CSV, TSV.

rich is imported only when a table goes to a terminal, so piped and JSON output stay fast.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TextIO

from kg.engine import Table, Value


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


class ReportFormat(StrEnum):
    """For commands whose table view is a text report (a card, a check, scores), not rows:
    offering csv there would print the same text under another name."""

    table = "table"
    json = "json"


def cell(value: Value | list[Any] | dict[str, Any]) -> str:
    """A value as table text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("label") or value.get("id") or json.dumps(value, ensure_ascii=False))
    return str(value)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def emit_json(data: Any, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    stream.write(dumps(data) + "\n")


def emit_table(
    table: Table,
    fmt: Format,
    *,
    title: str | None = None,
    out: TextIO | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    """Write ``table`` to ``out`` (stdout) in ``fmt``."""
    stream = out or sys.stdout
    if fmt is Format.json:
        emit_json(table.to_dict(), stream)
    elif fmt in (Format.csv, Format.tsv):
        buffer = io.StringIO()
        writer = csv.writer(
            buffer, delimiter="," if fmt is Format.csv else "\t", lineterminator="\n"
        )
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([cell(row.get(c)) for c in table.columns])
        stream.write(buffer.getvalue())
    elif stream.isatty():
        _rich_table(table, title, stream, widths or {})
    else:
        stream.write(
            plain_table(
                table.columns, [[cell(r.get(c)) for c in table.columns] for r in table.rows]
            )
        )


def plain_table(columns: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 80) -> str:
    """A plain text table: columns padded, long cells cut with an ellipsis."""
    clipped = [[_clip(v, max_width) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in clipped:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in clipped:
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _rich_table(table: Table, title: str | None, stream: TextIO, widths: dict[str, int]) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    rich_table = RichTable(title=title, show_lines=False, expand=False)
    for column in table.columns:
        rich_table.add_column(column, overflow="fold", max_width=widths.get(column))
    for row in table.rows:
        rich_table.add_row(*(cell(row.get(c)) for c in table.columns))
    Console(file=stream).print(rich_table)


def emit_records(
    records: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    fmt: Format,
    *,
    title: str | None = None,
    out: TextIO | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    """Records (dicts) as a table of selected ``(key, heading)`` columns, or as JSON."""
    if fmt is Format.json:
        emit_json(list(records), out)
        return
    table = Table(
        [heading for _key, heading in columns],
        [{heading: cell(record.get(key)) for key, heading in columns} for record in records],
    )
    emit_table(table, fmt, title=title, out=out, widths=widths)
