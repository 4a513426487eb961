"""Run SPARQL on the embedded store or on any SPARQL 1.1 endpoint, with bound parameters.

Parameters are always RDF terms, never user text pasted into a query: a ``VALUES`` block
opening the WHERE clause, built from terms that pyoxigraph validates and serializes.
Results come back as a :class:`Table` of plain values (IRIs as strings, numbers as numbers),
the same on every engine, so that tests can compare engines row for row.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from kg.errors import QueryError, StoreError, UpdateRefused
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

Value = str | int | float | bool | None
QueryKind = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "UPDATE"]

_XSD = PREFIXES["xsd"]
_INTEGER_TYPES = {
    f"{_XSD}{t}"
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {f"{_XSD}decimal", f"{_XSD}double", f"{_XSD}float"}
_XSD_STRING = f"{_XSD}string"


@dataclass(frozen=True)
class Table:
    """Tabular results: column names and one dict per row."""

    columns: list[str]
    rows: list[dict[str, Value]] = field(default_factory=list)

    def column(self, name: str) -> list[Value]:
        return [row.get(name) for row in self.rows]

    def to_dict(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.rows}


@dataclass(frozen=True)
class Term:
    """An RDF term to bind: an IRI or a literal (optionally typed or language-tagged)."""

    value: str
    kind: Literal["iri", "literal"] = "literal"
    datatype: str | None = None
    language: str | None = None

    @classmethod
    def iri(cls, value: str) -> Term:
        return cls(value, "iri")

    @classmethod
    def literal(cls, value: str | int | float, datatype: str | None = None) -> Term:
        if isinstance(value, bool):
            return cls("true" if value else "false", datatype=f"{_XSD}boolean")
        if isinstance(value, int):
            return cls(str(value), datatype=datatype or f"{_XSD}integer")
        if isinstance(value, float):
            return cls(repr(value), datatype=datatype or f"{_XSD}double")
        return cls(value, datatype=datatype)

    def to_oxigraph(self) -> pyoxigraph.NamedNode | pyoxigraph.Literal:
        """The pyoxigraph term; invalid IRIs are refused here, before any query runs."""
        import pyoxigraph

        if self.kind == "iri":
            try:
                return pyoxigraph.NamedNode(self.value)
            except ValueError as exc:
                raise QueryError(f"not a valid IRI: {self.value!r} ({exc})") from None
        if self.language:
            return pyoxigraph.Literal(self.value, language=self.language)
        if self.datatype:
            return pyoxigraph.Literal(self.value, datatype=pyoxigraph.NamedNode(self.datatype))
        return pyoxigraph.Literal(self.value)

    def to_sparql(self) -> str:
        """N-Triples syntax, escaped by pyoxigraph: safe to place in a VALUES block."""
        return str(self.to_oxigraph())


def query_kind(query: str) -> QueryKind:
    """The form of a SPARQL request, read after its prologue (PREFIX/BASE and comments)."""
    body = strip_prologue(query)
    match = re.match(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE)
    if match:
        kind = match.group(1).upper()
        if kind == "SELECT":
            return "SELECT"
        if kind == "ASK":
            return "ASK"
        if kind == "CONSTRUCT":
            return "CONSTRUCT"
        return "DESCRIBE"
    return "UPDATE"


def strip_prologue(query: str) -> str:
    """The query from its form on: without comments and the PREFIX/BASE declarations."""
    text = _without_comments(query).lstrip()
    prologue = re.compile(r"(PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*", re.IGNORECASE)
    while match := prologue.match(text):
        text = text[match.end() :]
    return text


def _without_comments(query: str) -> str:
    """The query with ``#`` comments removed (outside IRIs and strings)."""
    out: list[str] = []
    for kind, token in _scan(query):
        if kind != "comment":
            out.append(token)
    return "".join(out)


def _scan(query: str) -> Iterator[tuple[str, str]]:
    """Split SPARQL into strings, IRIs, comments and other text (enough to find keywords)."""
    pattern = re.compile(
        r"""(?P<string>\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
        r"""|(?P<iri><[^<>"{}|^`\\\s]*>)"""
        r"""|(?P<comment>\#[^\n]*)"""
        r"""|(?P<other>[^"'<\#]+|[<"'\#])""",
        re.DOTALL,
    )
    for match in pattern.finditer(query):
        kind = match.lastgroup or "other"
        yield kind, match.group(0)


def inject_values(query: str, bindings: Mapping[str, Term]) -> str:
    """Bind variables for a remote endpoint: a ``VALUES`` block opening the WHERE clause.

    >>> inject_values("SELECT ?x WHERE { ?x ?p ?_who }", {"_who": Term.iri("http://e/a")})
    'SELECT ?x WHERE { VALUES (?_who) { (<http://e/a>) } ?x ?p ?_who }'
    """
    if not bindings:
        return query
    names = sorted(bindings)
    row = " ".join(bindings[name].to_sparql() for name in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    offset = 0
    seen_where = False
    for kind, token in _scan(query):
        if kind == "other":
            if not seen_where:
                match = re.search(r"\bWHERE\b", token, re.IGNORECASE)
                if match:
                    seen_where = True
                    brace = token.find("{", match.end())
                    if brace != -1:
                        at = offset + brace + 1
                        return query[:at] + block + query[at:]
            else:
                brace = token.find("{")
                if brace != -1:
                    at = offset + brace + 1
                    return query[:at] + block + query[at:]
        offset += len(token)
    raise QueryError("cannot bind parameters: the query has no WHERE { … } clause")


class Engine(Protocol):
    """Something that answers SPARQL: the embedded store or a remote endpoint."""

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Table: ...

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool: ...

    def graph(self, query: str, bindings: Mapping[str, Term] | None = None) -> bytes:
        """CONSTRUCT/DESCRIBE results as N-Triples."""
        ...

    def update(self, request: str) -> None: ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------------------
# Embedded Oxigraph
# --------------------------------------------------------------------------------------


@functools.cache
def _convert_term() -> Callable[[Any], Value]:
    """A converter of pyoxigraph terms to plain values, with pyoxigraph's classes bound once.

    Large results convert hundreds of thousands of terms: dispatching on the exact type and
    skipping the literal parser for plain strings halves the Python side of a big SELECT.
    """
    import pyoxigraph

    named, literal, blank = pyoxigraph.NamedNode, pyoxigraph.Literal, pyoxigraph.BlankNode

    def convert(term: Any) -> Value:
        kind = type(term)
        if kind is named:
            return str(term.value)
        if kind is literal:
            if term.language is not None:
                return str(term.value)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return str(term.value)
            return _literal_value(term.value, datatype)
        if term is None:
            return None
        if kind is blank:
            return f"_:{term.value}"
        return str(term)

    return convert


def _literal_value(lexical: str, datatype: str | None) -> Value:
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            number = float(lexical)
            return int(number) if datatype == f"{_XSD}decimal" and number.is_integer() else number
    except ValueError:
        return lexical
    if datatype == f"{_XSD}boolean":
        return lexical in ("true", "1")
    return lexical


class LocalEngine:
    """The embedded Oxigraph store; the default graph is the union of all named graphs."""

    def __init__(
        self,
        store: pyoxigraph.Store,
        *,
        writable: bool = False,
        lock: IO[str] | None = None,
        cache_dir: Path | None = None,
    ):
        self.store = store
        self.writable = writable
        self._lock = lock  # a shared flock on the store folder, held while the engine is open
        self.cache_dir = cache_dir  # the generation folder: see kg.cache

    def _run(self, query: str, bindings: Mapping[str, Term] | None) -> Any:
        # Parameters go in a VALUES block, as for remote endpoints, rather than pyoxigraph's
        # ``substitutions``: Oxigraph 0.5 substitutes only variables of the SELECT projection,
        # which rules out parameters used in filters, aggregates and ASK/CONSTRUCT queries.
        # The terms are serialized by pyoxigraph itself, so no user text enters the query.
        with _query_errors():
            return self.store.query(
                inject_values(query, bindings or {}), use_default_graph_as_union=True
            )

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Table:
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise QueryError("expected a SELECT query")
        columns = [v.value for v in result.variables]
        convert = _convert_term()
        # A solution iterates its terms in the order of ``result.variables``, None if unbound.
        with _query_errors():  # solutions are computed while iterating: errors come here
            rows = [dict(zip(columns, map(convert, solution), strict=True)) for solution in result]
        return Table(columns, rows)

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(result)

    def graph(self, query: str, bindings: Mapping[str, Term] | None = None) -> bytes:
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QueryTriples):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        with _query_errors():  # the triples are computed while serializing
            return pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""

    def update(self, request: str) -> None:
        if not self.writable:
            raise UpdateRefused("the store is open read-only")
        try:
            self.store.update(request)
            from kg.cache import invalidate

            invalidate(self.cache_dir)
        except SyntaxError as exc:
            from kg.adhoc import short_syntax_error

            raise QueryError(f"invalid SPARQL update at {short_syntax_error(str(exc))}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"update failed: {_one_line(exc)}") from None

    def close(self) -> None:
        self.store = None  # type: ignore[assignment]  # drops the RocksDB handle
        if self.writable and self.cache_dir is not None:
            from kg.store import seal

            # Still under the exclusive lock. Best effort: closing must not hide the error
            # that may have brought us here, and a store that cannot reopen is only slower.
            with contextlib.suppress(StoreError):
                seal(self.cache_dir / "oxigraph")
        if self._lock is not None:
            self._lock.close()  # releases the flock
            self._lock = None


@contextlib.contextmanager
def _query_errors() -> Iterator[None]:
    """pyoxigraph's errors as :class:`QueryError`, from parsing a query or running it.

    Oxigraph evaluates lazily: a failing ``SERVICE`` call or a bad ``FROM`` only raises
    while the solutions are read, so reading them needs this as much as the call does.
    """
    try:
        yield
    except SyntaxError as exc:
        from kg.adhoc import short_syntax_error

        raise QueryError(f"invalid SPARQL at {short_syntax_error(str(exc))}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# --------------------------------------------------------------------------------------
# Remote SPARQL 1.1 endpoint
# --------------------------------------------------------------------------------------


class RemoteEngine:
    """Any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, …) through SPARQLWrapper."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, timeout: int = 60):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.timeout = timeout

    def _wrapper(self, query: str, fmt: str) -> Any:
        from SPARQLWrapper import POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.endpoint)
        wrapper.setMethod(POST)
        wrapper.setTimeout(self.timeout)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(fmt)
        return wrapper

    def _fetch(self, query: str, fmt: str) -> Any:
        try:
            return self._wrapper(query, fmt).query()
        except Exception as exc:  # SPARQLWrapper and urllib raise many unrelated classes
            raise QueryError(f"endpoint {self.endpoint} failed: {_one_line(exc)[:300]}") from None

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Table:
        data = self._fetch(_remote_values(query, bindings), "json").convert()
        columns = list(data.get("head", {}).get("vars", []))
        rows = [
            {name: _json_value(binding.get(name)) for name in columns}
            for binding in data.get("results", {}).get("bindings", [])
        ]
        return Table(columns, rows)

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        data = self._fetch(_remote_values(query, bindings), "json").convert()
        if "boolean" in data:
            return bool(data["boolean"])
        # Virtuoso 7 answers ASK in JSON as a table: column __ASK_RETVAL, one row holding 1
        # when true, no row when false.
        if data.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
            rows = data.get("results", {}).get("bindings", [])
            return any(_json_value(row.get("__ASK_RETVAL")) not in (None, 0, False) for row in rows)
        raise QueryError(f"endpoint {self.endpoint} did not answer the ASK query with a boolean")

    def graph(self, query: str, bindings: Mapping[str, Term] | None = None) -> bytes:
        from SPARQLWrapper import N3

        response = self._fetch(_remote_values(query, bindings), N3).response.read()
        return _to_ntriples(response)

    def update(self, request: str) -> None:
        from SPARQLWrapper import POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.update_endpoint)
        wrapper.setMethod(POST)
        wrapper.setQuery(request)
        try:
            wrapper.query()
        except Exception as exc:
            raise QueryError(
                f"update on {self.update_endpoint} failed: {_one_line(exc)[:300]}"
            ) from None

    def close(self) -> None:
        pass


def _remote_values(query: str, bindings: Mapping[str, Term] | None) -> str:
    """Bind for a remote endpoint: one single-variable ``VALUES`` block per parameter.

    The same join as one multi-variable block, but Virtuoso 7.2 fails on a multi-variable
    row whose variables are not projected, in a group with an OPTIONAL ("Internal error:
    ssg_print_rvr_fixed_val(): no SPART_VARR_FIXED").
    """
    for name in sorted(bindings or {}, reverse=True):  # each block goes first: keep a-z order
        query = inject_values(query, {name: (bindings or {})[name]})
    return query


def _json_value(binding: Mapping[str, str] | None) -> Value:
    if binding is None:
        return None
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return value
    if kind == "bnode":
        return f"_:{value}"
    return _literal_value(value, binding.get("datatype"))


def _to_ntriples(data: bytes) -> bytes:
    """Re-serialize a Turtle/N-Triples response as N-Triples (pyoxigraph parses both)."""
    import pyoxigraph

    try:
        triples = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)
        return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
    except SyntaxError as exc:
        raise QueryError(f"the endpoint returned unreadable RDF: {_one_line(exc)}") from None


def open_local(store_dir: Path) -> LocalEngine:
    """Open the current generation of an on-disk store read-only, holding a shared lock so
    that no writer changes it underneath (builds write a new generation and do not wait)."""
    from kg.store import StoreDir

    store = StoreDir(store_dir)
    lock = store.shared_lock()
    try:
        return LocalEngine(store.open_read_only(), lock=lock, cache_dir=store.current)
    except BaseException:
        if lock is not None:
            lock.close()
        raise


def open_writable(store_dir: Path) -> LocalEngine:
    """Open the current generation for writing, holding the store's exclusive lock."""
    from kg.store import StoreDir

    store = StoreDir(store_dir)
    lock = store.shared_lock()
    if lock is None or not lock.writable():
        # A lock file opened only for reading: its folder cannot be written either.
        if lock is not None:
            lock.close()
        raise StoreError(f"cannot write the store in {store_dir}: it is read-only here")
    try:
        store.acquire(lock, exclusive=True)  # upgrade: writers exclude readers and writers
        return LocalEngine(store.open_writable(), writable=True, lock=lock, cache_dir=store.current)
    except BaseException:
        lock.close()
        raise
