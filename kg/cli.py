"""The ``kg`` command line: typed arguments → one library call → print.

Every command is thin; the work lives in the modules named in its body. Errors the user can
cause are :class:`kg.errors.KgError`; :class:`KgGroup` turns them into one line on stderr
and a non-zero exit. Imports of the heavier modules happen inside commands so that a query
does not pay for the build machinery (rdflib, owlready2, pyshacl, rich).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import click
import typer

from kg.errors import KgError
from kg.output import Format, ReportFormat

if TYPE_CHECKING:
    from kg.engine import Engine
    from kg.entities import EntityIndex
    from kg.ingest import Step
    from kg.queries import QueryCatalog


class KgGroup(typer.core.TyperGroup):
    """Translates library errors into ``error: <one line>`` and exit status 1 (or more)."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # the group's own options: --store FILE
            _usage_error(exc, parent)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            _fail(str(exc), exc.exit_code)
        except click.UsageError as exc:  # a command's arguments and options, or its name
            _usage_error(exc, ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:  # a bug: still one line, with the traceback on request
            if os.environ.get("KG_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for details)", 70)


def _usage_error(exc: click.UsageError, around: click.Context | None) -> NoReturn:
    """Click's usage errors as one line too (click prints usage, a hint and the error).

    Exit status 2, as click gives them. Help shown for a group run without arguments stays.
    """
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        raise exc
    ctx = exc.ctx or around  # click leaves out the context of some parse errors
    where = ctx.command_path if ctx is not None else "kg"
    _fail(f"{exc.format_message()} (see '{where} --help')", exc.exit_code)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {' '.join(message.split())}", err=True)
    raise SystemExit(code)


app = typer.Typer(
    cls=KgGroup,
    help="Who claims what, about which event, when, where — with evidence in the text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class State:
    store: Path | None = None
    endpoint: str | None = None


state = State()

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ReportFormatOption = Annotated[ReportFormat, typer.Option("--format", "-f", help="table or json.")]
PolnearRoot = Annotated[
    Path | None,
    typer.Option("--root", envvar="KG_POLNEAR", help="PolNeAR folder (default ../shared/polnear)."),
]


@app.callback()
def main_options(
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar="KG_STORE",
            help="Store folder (default: ~/.local/share/kg/store).",
            file_okay=False,
        ),
    ] = None,
    endpoint: Annotated[
        str | None,
        typer.Option(
            "--endpoint",
            envvar="KG_ENDPOINT",
            help="Query a remote SPARQL 1.1 endpoint instead of the embedded store.",
        ),
    ] = None,
) -> None:
    state.store = store
    state.endpoint = endpoint


def _engine() -> Engine:
    from kg.session import connect

    return connect(store=state.store, endpoint=state.endpoint)


def _index(engine: Engine) -> EntityIndex:
    from kg.entities import EntityIndex

    return EntityIndex.load(engine)


def _store_dir() -> Path:
    from kg.paths import default_store_dir

    return state.store or default_store_dir()


# --------------------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------------------


@app.command()
def build(
    reason: Annotated[
        bool, typer.Option("--reason/--no-reason", help="Check OWL consistency with HermiT.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Build the graph from ontology/ and seeds/ into the store (always rebuilds)."""
    from kg.build import build as run_build
    from kg.paths import Project

    def log(message: str) -> None:
        if not quiet:
            typer.echo(message, err=True)

    report = run_build(Project.locate(), _store_dir(), reason=reason, log=log)
    if not quiet:
        typer.echo(
            f"built {report.store}: {report.articles} article(s), {report.statements} statements, "
            f"{report.triples} triples ({report.inferred} inferred) in {report.seconds:.1f} s"
        )


@app.command()
def validate(fmt: ReportFormatOption = ReportFormat.table) -> None:
    """Check the stored graph: SHACL shapes, evidence offsets, OWL consistency."""
    from kg.checks import check_store

    report = check_store(_engine(), _store_dir() if not state.endpoint else None)
    if fmt is ReportFormat.json:
        from kg.output import emit_json

        emit_json(report.to_dict())
    else:
        for line in report.lines():
            typer.echo(line)
    if not report.ok:
        raise SystemExit(1)


# --------------------------------------------------------------------------------------
# Claims, entities
# --------------------------------------------------------------------------------------

_CLAIM_COLUMNS = [
    ("speaker_label", "speaker"),
    ("mode", "mode"),
    ("text", "statement"),
    ("about", "about"),
    ("said_on", "said on"),
    ("venue", "venue"),
]


@app.command()
def claims(
    by: Annotated[str | None, typer.Option("--by", help="Speaker name or alias.")] = None,
    about: Annotated[
        str | None, typer.Option("--about", help="Event, actor, position or place.")
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Words the statement must contain.")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", help="Only statements of this kind: prediction, warning, … (repeatable)."
        ),
    ] = None,
    not_kind: Annotated[
        list[str] | None,
        typer.Option("--not-kind", help="Leave out statements of this kind: refusal, …"),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Who claims what: attributed statements, filtered by speaker, topic, words and kind."""
    from kg.claims import claims_by_names
    from kg.output import emit_records

    engine = _engine()
    found = claims_by_names(
        engine,
        _index(engine),
        by=by,
        about=about,
        text=text,
        kinds=kind or (),
        not_kinds=not_kind or (),
    )
    title = "Claims" + (f" by {by}" if by else "") + (f" about {about}" if about else "")
    emit_records(
        [c.to_dict() for c in found],
        _CLAIM_COLUMNS,
        fmt,
        title=title,
        widths={"statement": 70, "about": 30},
    )


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="A name or alias: 'Biegun', 'Hanoi Summit'.")],
    fmt: ReportFormatOption = ReportFormat.table,
) -> None:
    """Everything the graph knows about one actor, event, position, place or speech act."""
    from kg.catalog import describe_name
    from kg.output import emit_json
    from kg.render import card_text

    engine = _engine()
    cards = describe_name(engine, _index(engine), name)
    if fmt is ReportFormat.json:
        emit_json(cards if len(cards) > 1 else cards[0])
    else:
        typer.echo("\n\n".join(card_text(card) for card in cards))


@app.command()
def actors(fmt: FormatOption = Format.table) -> None:
    """The actors: people, organizations, groups and unnamed sources, with offices."""
    from kg.catalog import actors as list_actors
    from kg.output import emit_records

    emit_records(
        list_actors(_engine()),
        [
            ("label", "actor"),
            ("type", "type"),
            ("statements", "statements"),
            ("offices", "offices"),
        ],
        fmt,
        title="Actors",
        widths={"offices": 60},
    )


@app.command()
def events(fmt: FormatOption = Format.table) -> None:
    """The events in time order, with type, date, place and statements about them."""
    from kg.catalog import events as list_events
    from kg.output import emit_records

    emit_records(
        list_events(_engine()),
        [
            ("label", "event"),
            ("type", "type"),
            ("date", "date"),
            ("date_written", "as written"),
            ("place", "place"),
            ("statements", "statements"),
        ],
        fmt,
        title="Events",
    )


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="turtle, ntriples, nquads, trig, jsonld or rdfxml.",
        ),
    ] = "trig",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    graph: Annotated[
        str | None,
        typer.Option(
            "--graph",
            help="Only one graph: an article slug, 'ontology' or 'inferred'.",
        ),
    ] = None,
) -> None:
    """Export the graph as linked data (quad formats keep the named graphs)."""
    from kg.export import export_graph

    data = export_graph(_engine(), fmt, graph=graph)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from kg.export import write_atomically

        write_atomically(output, data)
        typer.echo(f"wrote {output} ({len(data)} bytes)", err=True)


# --------------------------------------------------------------------------------------
# Stored queries, ad-hoc SPARQL, questions
# --------------------------------------------------------------------------------------


def _catalog() -> QueryCatalog:
    from kg.paths import Project
    from kg.queries import QueryCatalog

    return QueryCatalog.load(Project.locate().queries_dir)


@app.command()
def queries(fmt: FormatOption = Format.table) -> None:
    """List the stored queries with their parameters and defaults."""
    from kg.output import emit_json, emit_records

    catalog = _catalog()
    if fmt is Format.json:
        emit_json([q.to_dict() for q in catalog.queries.values()])
        return
    emit_records(
        [
            {
                "name": q.name,
                "summary": q.summary,
                "params": ", ".join(p.describe() for p in q.params),
            }
            for q in catalog.queries.values()
        ],
        [("name", "name"), ("summary", "summary"), ("params", "parameters (defaults)")],
        fmt,
        title="Stored queries",
        widths={"parameters (defaults)": 70},
    )


def _parse_params(params: list[str]) -> dict[str, str]:
    from kg.errors import ParameterError

    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"--param takes key=value, not {item!r}")
        values[key.strip()] = value
    return values


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A stored query (see 'kg queries').")],
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="key=value; an IRI, a prefixed name or an entity name."),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a stored query; parameters not given take their defaults."""
    from kg.output import emit_table
    from kg.queries import run_stored

    stored = _catalog().get(name)
    values = _parse_params(param or [])
    engine = _engine()
    table = run_stored(engine, stored, values, index=_index(engine) if values else None)
    emit_table(table, fmt, title=stored.summary)


@app.command()
def sparql(
    text: Annotated[
        str | None, typer.Argument(help="The query, or '-' to read it from stdin.")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Read the query from this file.", dir_okay=False)
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json, csv or tsv for SELECT/ASK (default table); turtle, ntriples, "
            "nquads, trig, jsonld or rdfxml for CONSTRUCT/DESCRIBE (default turtle).",
        ),
    ] = None,
    allow_update: Annotated[
        bool, typer.Option("--allow-update", help="Allow SPARQL updates to change the store.")
    ] = False,
) -> None:
    """Run ad-hoc SPARQL: SELECT, ASK, CONSTRUCT, DESCRIBE (read-only by default)."""
    from kg.adhoc import RDF_FORMATS, TABLE_FORMATS, run_sparql, serialize_graph
    from kg.errors import InputError, QueryError
    from kg.output import emit_table

    if fmt is not None and fmt not in TABLE_FORMATS + RDF_FORMATS:
        raise InputError(
            f"unknown format {fmt!r}; choose one of: {', '.join(TABLE_FORMATS + RDF_FORMATS)}"
        )
    if file is not None and text is not None:
        raise InputError("give the query as an argument or with --file, not both")
    if file is not None:
        try:
            source = file.read_bytes().decode("utf-8")
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{file}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    elif text == "-":
        source = sys.stdin.read()
    elif text is not None:
        source = text
    else:
        raise InputError("give a query, '-' for stdin, or --file FILE")
    engine = _writable_engine() if allow_update else _engine()
    try:
        result = run_sparql(engine, source, allow_update=allow_update)
    finally:
        engine.close()
    if result.kind == "UPDATE":
        typer.echo("update applied", err=True)
    elif result.table is not None:
        if fmt in RDF_FORMATS:
            raise QueryError(
                f"a {result.kind} result is a table: use --format table, json, csv or tsv"
            )
        emit_table(result.table, Format(fmt) if fmt else Format.table)
    else:
        if fmt in (None, "table"):
            fmt = "turtle"
        if fmt not in RDF_FORMATS:
            raise QueryError(
                f"a {result.kind} result is RDF: use --format {', '.join(RDF_FORMATS)}"
            )
        sys.stdout.buffer.write(serialize_graph(result.graph or b"", fmt))
        sys.stdout.flush()


def _writable_engine() -> Engine:
    """The store opened for writing (exclusive lock), or the endpoint."""
    if state.endpoint:
        from kg.engine import RemoteEngine

        return RemoteEngine(state.endpoint)
    from kg.build import ensure_built
    from kg.engine import open_writable
    from kg.paths import Project

    ensure_built(Project.locate(), _store_dir())
    return open_writable(_store_dir())


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in plain English.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Show the query chosen, its parameters and the SPARQL."),
    ] = False,
) -> None:
    """Answer a plain-English question with a stored query."""
    from kg.ask import answer
    from kg.output import emit_json, emit_table

    engine = _engine()
    result = answer(engine, question, _catalog(), _index(engine))
    if fmt is Format.json:
        data = result.to_dict()
        if explain:
            data["sparql"] = result.sparql
        emit_json(data)
    else:
        if explain:
            typer.echo(f"query: {result.query.name} — {result.query.summary}")
            typer.echo(f"why: {result.why}")
            for key, value in result.params.items():
                typer.echo(f"  {key} = {value}")
            typer.echo("sparql:")
            typer.echo(result.sparql.rstrip())
            typer.echo("")
        if result.table.rows:
            emit_table(result.table, fmt, title=result.query.summary)
    if not result.table.rows:
        # Like grep: no answer is exit status 1, with the reason on stderr.
        typer.echo(
            f"no answer: the graph has nothing for this ({result.why}; query {result.query.name})",
            err=True,
        )
        raise SystemExit(1)


eval_app = typer.Typer(
    cls=KgGroup,
    help="Measure accuracy: the extractor (seed, polnear) and kg ask (ask).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


@eval_app.command("ask")
def eval_ask(
    questions: Annotated[
        Path | None,
        typer.Option("--questions", help="A YAML question file (default: the held-out set)."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Score kg ask on questions with expected answers (tests/assets/ask_*.yaml)."""
    from kg.ask_eval import evaluate_questions
    from kg.output import emit_json, emit_records
    from kg.paths import Project

    path = questions or Project.locate().root / "tests" / "assets" / "ask_heldout7.yaml"
    engine = _engine()
    report = evaluate_questions(path, engine, _catalog(), _index(engine))
    if fmt is Format.json:
        emit_json(report.to_dict())
        return
    emit_records(
        [r.__dict__ for r in report.results if not r.passed],
        [("question", "question"), ("query", "query"), ("reason", "why it failed")],
        fmt,
        title="Questions answered wrongly",
        widths={"why it failed": 60},
    )
    typer.echo(
        f"{path}: {sum(r.passed for r in report.results)}/{len(report.results)} right "
        f"({report.accuracy:.1%})"
    )


# --------------------------------------------------------------------------------------
# Machine reading
# --------------------------------------------------------------------------------------


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text files (UTF-8).")],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl or table.")
    ] = ExtractFormat.jsonl,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write DIR/NAME.jsonl for each NAME.txt instead of stdout."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="YYYY-MM-DD: resolves 'on Monday', 'in July'."),
    ] = None,
    author: Annotated[
        str | None,
        typer.Option(
            "--author", help="Whom 'I' and 'my' mean outside quotes, where no byline says."
        ),
    ] = None,
) -> None:
    """Find attributions (who said what; direct and indirect) in articles, with offsets."""
    import json

    from kg.article_input import read_text
    from kg.extract import extract as run_extract
    from kg.extract import to_json

    day = _parse_day(published)
    texts = [(path, read_text(path)) for path in files]  # every input checked first
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from kg.errors import InputError

            raise InputError(f"cannot create {out}: {exc.strerror}") from None
    for path, text in texts:
        found = run_extract(text, published=day, author=author)
        if out is not None:
            from kg.export import write_atomically

            lines = "".join(json.dumps(to_json(a), ensure_ascii=False) + "\n" for a in found)
            write_atomically(out / f"{path.stem}.jsonl", lines.encode("utf-8"))
            typer.echo(
                f"{path}: {len(found)} attributions -> {out / (path.stem + '.jsonl')}", err=True
            )
        elif fmt is ExtractFormat.jsonl:
            for a in found:
                typer.echo(json.dumps({"file": str(path), **to_json(a)}, ensure_ascii=False))
        else:
            from kg.output import Format as TableFormat
            from kg.output import emit_records

            records = [
                {
                    "kind": a.kind,
                    "speaker": a.speaker or "",
                    "cue": text[a.cue[0] : a.cue[1]] if a.cue else "",
                    "content": " … ".join(text[s:e] for s, e in a.content),
                    "at": f"{a.content[0][0]}-{a.content[-1][1]}",
                }
                for a in found
            ]
            emit_records(
                records,
                [
                    ("kind", "kind"),
                    ("speaker", "speaker"),
                    ("cue", "cue"),
                    ("content", "content"),
                    ("at", "at"),
                ],
                TableFormat.table,
                title=str(path),
                widths={"content": 70},
            )


def _parse_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from kg.errors import InputError

        raise InputError(f"--published takes a date YYYY-MM-DD, not {value!r}") from None


@app.command()
def ingest(
    files: Annotated[list[Path], typer.Argument(help="Text files (UTF-8), one article each.")],
    title: Annotated[str | None, typer.Option("--title", help="Title (one file only).")] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Address (one file only).")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher.")] = None,
    author: Annotated[
        list[str] | None, typer.Option("--author", help="Author (repeat for several).")
    ] = None,
    validate_shapes: Annotated[
        bool, typer.Option("--validate/--no-validate", help="Check SHACL shapes before writing.")
    ] = True,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Read the articles of files ingested before again (same text, or the same "
            "file name), with the details given and the stored ones for the rest.",
        ),
    ] = False,
) -> None:
    """Read articles with the extractor and add each to the store as its own named graph.

    Authors and the publisher are linked to known actors like speakers. A file ingested
    before is left as it is: details given with it now that its article does not have
    (--title, --author, …) are not applied, which a line on stderr says. With --replace,
    its article is read again with the current extractor and replaces the stored one, in
    one step: its statements, and what was minted for it alone, go; actors and events
    other articles cite stay. 'kg remove' takes an article out.
    """
    from kg.article_input import ArticleInfo, read_articles
    from kg.errors import InputError
    from kg.ingest import ingest as run_ingest

    if (title or url) and len(files) > 1:
        raise InputError("--title and --url describe one article; give one file with them")
    _parse_day(published)
    if state.endpoint:
        raise InputError("kg ingest writes to the embedded store; it cannot use --endpoint")
    info = ArticleInfo(
        title=title, published=published, url=url, publisher=publisher, authors=tuple(author or ())
    )
    # Bad input is refused before the store is built or rebuilt: it changes nothing.
    info.check()
    read_articles(files)
    from kg.build import ensure_built
    from kg.paths import Project

    ensure_built(Project.locate(), _store_dir())
    with _ingest_progress(len(files)) as show:
        report = run_ingest(
            files,
            store_dir=_store_dir(),
            info=info,
            validate=validate_shapes,
            progress=show,
            replace=replace,
        )
    for kept in report.not_applied:
        typer.echo(kept.notice(), err=True)
    replaced = f"{len(report.replaced)} replaced, " if replace else ""
    typer.echo(
        f"{len(report.added)} added, {replaced}{len(report.unchanged)} unchanged; "
        f"{report.statements} statements, "
        f"{report.triples} triples in {report.seconds:.1f} s"
    )


@app.command()
def remove(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Ingested articles: slugs (as in 'kg export --graph') or the files they "
            "were read from.",
            show_default=False,
        ),
    ],
) -> None:
    """Take ingested articles out of the store, all of them or none.

    Each article's named graph goes, with its statements and what was minted for it
    alone; actors and events other articles cite stay. An article is named by its slug or
    by its file (found by its text, else by its name).
    """
    from kg.articles import remove as run_remove
    from kg.errors import InputError

    if state.endpoint:
        raise InputError("kg remove writes to the embedded store; it cannot use --endpoint")
    report = run_remove(articles, store_dir=_store_dir())
    typer.echo(
        f"{len(report.removed)} removed ({', '.join(report.removed)}); "
        f"{report.triples} triples in {report.seconds:.1f} s"
    )


@contextlib.contextmanager
def _ingest_progress(files: int) -> Iterator[Callable[[Step], None]]:
    """A rich progress bar on a terminal for more than a few files; silence otherwise."""
    if files < 5 or not sys.stderr.isatty():
        yield lambda _step: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("ingesting", total=None)
        yield lambda step: bar.update(
            task, completed=step.done, total=step.total, description=step.doing[:40]
        )


@eval_app.command("seed")
def eval_seed(
    folder: Annotated[
        Path | None, typer.Argument(help="A seed folder (default: every folder under seeds/).")
    ] = None,
    fmt: ReportFormatOption = ReportFormat.table,
) -> None:
    """Compare the extractor on a raw seed article with its curated claims.yaml."""
    from kg.annotations import load_seed, seed_dirs
    from kg.evaluation import evaluate_seed
    from kg.paths import Project

    folders = [folder] if folder else seed_dirs(Project.locate().seeds_dir)
    reports = [evaluate_seed(load_seed(f)) for f in folders]
    _emit_eval(reports, fmt)


@eval_app.command("polnear")
def eval_polnear(
    split: Annotated[str, typer.Option("--split", help="dev or train (test is held out).")] = "dev",
    root: PolnearRoot = None,
    fmt: ReportFormatOption = ReportFormat.table,
) -> None:
    """Score the extractor on PolNeAR: P/R/F1 for content, source, cue; direct and indirect."""
    from kg.errors import InputError
    from kg.evaluation import evaluate_polnear

    if split not in ("dev", "train"):
        raise InputError(f"--split takes dev or train, not {split!r} (the test split is held out)")
    _emit_eval([evaluate_polnear(_polnear_folder(root, (split,)), split)], fmt)


@eval_app.command("agreement")
def eval_agreement(
    root: PolnearRoot = None,
    fmt: ReportFormatOption = ReportFormat.table,
) -> None:
    """The metric's human ceiling: PolNeAR's second annotator scored against its first.

    Uses the train and dev articles that two annotators marked up, and scores the
    extractor on the same articles for comparison.
    """
    from kg.evaluation import evaluate_agreement

    _emit_eval(evaluate_agreement(_polnear_folder(root, ("train", "dev"))), fmt)


@eval_app.command("constructions")
def eval_constructions(
    file: Annotated[
        Path | None,
        typer.Option("--file", help="A YAML construction file (default: the held-out set)."),
    ] = None,
    fmt: ReportFormatOption = ReportFormat.table,
) -> None:
    """Score the extractor on made-up sentences, one reporting construction each."""
    from kg.evaluation.constructions import evaluate_constructions
    from kg.extract import EXTRACTOR_VERSION
    from kg.output import emit_json, emit_records
    from kg.paths import Project

    path = file or Project.locate().root / "tests" / "assets" / "constructions_heldout.yaml"
    report = evaluate_constructions(path)
    if fmt is ReportFormat.json:
        emit_json(report.to_dict())
        return
    emit_records(
        [
            {"text": r.text, "found": "; ".join(r.found) or "nothing"}
            for r in report.results
            if not r.right
        ],
        [("text", "text"), ("found", "found (cue | source | content)")],
        Format.table,
        title="Constructions read wrongly",
        widths={"found (cue | source | content)": 60},
    )
    typer.echo(f"{path}: {report.right}/{len(report.results)} right ({EXTRACTOR_VERSION})")


def _polnear_folder(root: Path | None, splits: tuple[str, ...]) -> Path:
    from kg.errors import InputError
    from kg.paths import Project

    folder = root or Project.locate().root.parent / "shared" / "polnear"
    for split in splits:
        if not (folder / split).is_dir():
            raise InputError(f"no PolNeAR {split} split under {folder} (set --root or KG_POLNEAR)")
    return folder


def _emit_eval(reports: list[Any], fmt: ReportFormat) -> None:
    from kg.output import emit_json, emit_records

    if fmt is ReportFormat.json:
        data = [r.to_dict() for r in reports]
        emit_json(data[0] if len(data) == 1 else data)
        return
    for report in reports:
        data = report.to_dict()
        rows = []
        for slice_name, metrics in data.get("scores", {}).items():
            for part in ("content", "source", "cue", "attribution"):
                m = metrics.get(part, {})
                rows.append(
                    {
                        "slice": slice_name,
                        "match": part,
                        "P": f"{m.get('precision', 0):.3f}",
                        "R": f"{m.get('recall', 0):.3f}",
                        "F1": f"{m.get('f1', 0):.3f}",
                    }
                )
        emit_records(
            rows,
            [("slice", "slice"), ("match", "match"), ("P", "P"), ("R", "R"), ("F1", "F1")],
            Format.table,
            title=str(data.get("name", "evaluation")),
        )
        facts = [f"{k}: {v}" for k, v in data.items() if not isinstance(v, list | dict)]
        quotes = data.get("direct_quotes_with_right_speaker")
        if quotes:
            facts.append(
                "curated direct quotes found with the right speaker: "
                f"{quotes['right']}/{quotes['total']}"
            )
        typer.echo(", ".join(facts))
        fields = data.get("fields")
        if fields:
            typer.echo(
                "found curated statements (right / vague / wrong / not given): "
                + "; ".join(
                    f"{name} {c['right']}/{c['vague']}/{c['wrong']}/{c['not_given']}"
                    for name, c in fields.items()
                )
            )


@app.command()
def bench(
    sizes: Annotated[
        str, typer.Option("--sizes", help="Corpus sizes in triples: 10000,100000,1M.")
    ] = "10000,100000,1000000",
    engines: Annotated[
        str,
        typer.Option(
            "--engines",
            help="oxigraph-disk (the default store), oxigraph-memory, rdflib-memory, "
            "oxigraph-server.",
        ),
    ] = "oxigraph-disk,oxigraph-memory,rdflib-memory,oxigraph-server",
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Timed runs per query.")] = 10,
    fmt: ReportFormatOption = ReportFormat.table,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Also write the report as Markdown here.")
    ] = None,
    cli_timing: Annotated[
        bool, typer.Option("--cli/--no-cli", help="Also time 'kg ask' as a fresh process.")
    ] = True,
) -> None:
    """Benchmark load and the stored-query workload on synthetic corpora, per engine."""
    from kg.benchmark.corpus import iter_sizes
    from kg.benchmark.report import markdown as to_markdown
    from kg.benchmark.report import text
    from kg.benchmark.run import bench as run_bench
    from kg.errors import InputError
    from kg.export import write_atomically
    from kg.output import emit_json
    from kg.paths import Project

    try:
        size_list = list(iter_sizes(sizes))
    except ValueError:
        raise InputError(f"--sizes takes numbers like 10000,100000,1M, not {sizes!r}") from None
    project = Project.locate()
    report = run_bench(
        size_list,
        [e.strip() for e in engines.split(",") if e.strip()],
        repeat=repeat,
        out_dir=project.root / "bench" / "out",
        log=lambda message: typer.echo(message, err=True),
        cli=cli_timing,
    )
    if markdown is not None:
        command = f"kg bench --sizes {sizes} --engines {engines} --repeat {repeat}"
        write_atomically(markdown, to_markdown(report, command).encode())
    if fmt is ReportFormat.json:
        emit_json(report)
    else:
        typer.echo(text(report))


def main() -> None:
    """Console entry point."""
    _app_for(sys.argv[1:])()


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command being run, when that is clear from the arguments.

    Typer inspects the signature of every registered command before it parses anything;
    for a one-shot process such as ``kg ask`` that is a third of the start-up time. Help,
    groups and anything unexpected get the full app, so nothing behaves differently.
    """
    import copy

    from typer.main import get_command_name

    name = _command_name(args)
    wanted = [
        command
        for command in app.registered_commands
        if command.callback is not None
        and (command.name or get_command_name(command.callback.__name__)) == name
    ]
    if len(wanted) != 1:
        return app
    slim = copy.copy(app)
    slim.registered_commands = wanted
    slim.registered_groups = []
    return slim


def _command_name(args: list[str]) -> str | None:
    """The first argument after the global options (``--store DIR``, ``--endpoint URL``)."""
    position = 0
    while position < len(args):
        arg = args[position]
        if arg in ("--store", "--endpoint"):
            position += 2
        elif arg.startswith(("--store=", "--endpoint=")):
            position += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg
    return None


if __name__ == "__main__":
    main()
