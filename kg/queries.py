"""Stored SPARQL queries: ``queries/<name>.rq`` parsed once into typed :class:`StoredQuery`.

Each file starts with a grlc-compatible header of ``#+`` lines holding YAML — ``summary``,
``description``, ``tags``, ``defaults`` (required for every parameter) and ``enumerate``.
Parameters are variables named BASIL-style, ``?_<name>[_<type>]`` with type ``iri``,
``integer``, ``decimal``, ``date`` or none (a plain string): ``?_event_iri``,
``?_year_integer``, ``?_word``. Headers are strict: an unknown key, bad YAML, a parameter
without a default or a default for no parameter is an error naming the file and line.

Running a query binds its parameters as RDF terms through a VALUES block
(:func:`kg.engine.inject_values`); no user text is ever pasted into the query.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.engine import Engine, Table, Term, query_kind
from kg.errors import ParameterError, QueryError, QueryNotFound
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    from kg.entities import EntityIndex

ParamType = Literal["iri", "integer", "decimal", "date", "string"]
HEADER_KEYS = {"summary", "description", "tags", "defaults", "enumerate"}
_TYPES: tuple[ParamType, ...] = ("iri", "integer", "decimal", "date", "string")
_PARAM = re.compile(r"[?$]_([A-Za-z][A-Za-z0-9_]*)")
_XSD = PREFIXES["xsd"]


class QueryFileError(QueryError):
    """A stored query file is malformed: ``path:line: message``."""

    def __init__(self, path: Path, line: int | None, message: str):
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Param:
    """One parameter: ``?_event_iri`` is name ``event`` of type ``iri``."""

    name: str
    variable: str  # without the '?', e.g. "_event_iri"
    type: ParamType
    default: str
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.name}={self.default}"


@dataclass(frozen=True)
class StoredQuery:
    name: str
    path: Path
    sparql: str
    summary: str
    description: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    kind: str

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        valid = ", ".join(p.name for p in self.params) or "none"
        raise ParameterError(f"query {self.name!r} has no parameter {name!r} (parameters: {valid})")

    def to_cache(self) -> dict[str, Any]:
        return {
            "sparql": self.sparql,
            "summary": self.summary,
            "description": self.description,
            "tags": list(self.tags),
            "kind": self.kind,
            "params": [
                [p.name, p.variable, p.type, p.default, list(p.choices)] for p in self.params
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path) -> StoredQuery:
        params = tuple(
            Param(name, variable, _param_type(ptype), default, tuple(choices))
            for name, variable, ptype, default, choices in data["params"]
        )
        return cls(
            name=path.stem,
            path=path,
            sparql=data["sparql"],
            summary=data["summary"],
            description=data["description"],
            tags=tuple(data["tags"]),
            params=params,
            kind=data["kind"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "summary": self.summary,
            "description": self.description,
            "tags": list(self.tags),
            "params": [
                {"name": p.name, "type": p.type, "default": p.default, "choices": list(p.choices)}
                for p in self.params
            ],
        }


def _split_header(text: str) -> tuple[list[tuple[int, str]], str]:
    header: list[tuple[int, str]] = []
    lines = text.splitlines(keepends=True)
    body_start = 0
    for number, line in enumerate(lines, 1):
        if line.startswith("#+"):
            header.append((number, line[2:].removeprefix(" ").rstrip("\n")))
            body_start = number
        elif line.strip() == "" and not header:
            body_start = number
        else:
            break
    return header, "".join(lines[body_start:])


def parse_query_file(path: Path) -> StoredQuery:
    """Read and check one ``.rq`` file."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryFileError(path, None, f"cannot read: {exc}") from None
    header_lines, body = _split_header(text)
    if not header_lines:
        raise QueryFileError(path, 1, "missing '#+' header (summary, description, tags, defaults)")
    first_line = header_lines[0][0]
    try:
        header = _load_header("\n".join(line for _, line in header_lines))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = first_line + mark.line if mark else first_line
        raise QueryFileError(path, line, f"invalid YAML header: {exc.problem}") from None
    if not isinstance(header, dict):
        raise QueryFileError(path, first_line, "the header must be a YAML mapping")

    def line_of(key: str) -> int:
        return next((n for n, line in header_lines if line.startswith(f"{key}:")), first_line)

    for key in header:
        if key not in HEADER_KEYS:
            near = difflib.get_close_matches(str(key), HEADER_KEYS, n=1)
            hint = f" (did you mean {near[0]}?)" if near else ""
            raise QueryFileError(path, line_of(str(key)), f"unknown header key {key!r}{hint}")
    for key in ("summary", "description"):
        if not isinstance(header.get(key), str) or not header[key].strip():
            raise QueryFileError(path, line_of(key), f"header needs a non-empty {key!r}")
    tags = header.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise QueryFileError(path, line_of("tags"), "tags must be a list of words")
    defaults = _name_map(header.get("defaults"), path, line_of("defaults"), "defaults")
    enumerate_ = _name_map(header.get("enumerate"), path, line_of("enumerate"), "enumerate")

    params: dict[str, Param] = {}
    for variable in _variables(body):
        name, ptype = _split_type(variable)
        if name in params:
            continue
        if name not in defaults:
            raise QueryFileError(
                path, line_of("defaults"), f"parameter ?_{variable} has no default"
            )
        default = defaults[name]
        if isinstance(default, list):
            raise QueryFileError(
                path, line_of("defaults"), f"default of {name!r} must be one value"
            )
        choices = enumerate_.get(name, [])
        if not isinstance(choices, list):
            choices = [choices]
        choice_texts = tuple(str(c) for c in choices)
        if choice_texts and str(default) not in choice_texts:
            raise QueryFileError(
                path, line_of("enumerate"), f"default of {name!r} is not among its choices"
            )
        params[name] = Param(name, f"_{variable}", ptype, str(default), choice_texts)
    for name in defaults:
        if name not in params:
            raise QueryFileError(
                path, line_of("defaults"), f"default for {name!r}, which the query does not use"
            )
    for name in enumerate_:
        if name not in params:
            raise QueryFileError(
                path, line_of("enumerate"), f"choices for {name!r}, which the query does not use"
            )
    return StoredQuery(
        name=path.stem,
        path=path,
        sparql=body,
        summary=header["summary"].strip(),
        description=" ".join(header["description"].split()),
        tags=tuple(tags),
        params=tuple(params.values()),
        kind=query_kind(body),
    )


def _load_header(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
    return yaml.load(text, Loader=loader)


def _name_map(value: object, path: Path, line: int, key: str) -> dict[str, Any]:
    """grlc writes ``defaults`` as a list of one-key mappings; a plain mapping is accepted too."""
    if value is None:
        return {}
    items: list[object] = value if isinstance(value, list) else [value]
    result: dict[str, Any] = {}
    for item in items:
        if not isinstance(item, dict):
            raise QueryFileError(path, line, f"{key} must be a list of 'name: value' entries")
        for name, entry in item.items():
            result[str(name)] = entry
    return result


def _variables(body: str) -> list[str]:
    from kg.engine import _scan

    found: list[str] = []
    for kind, token in _scan(body):
        if kind == "other":
            found += _PARAM.findall(token)
    return found


def _param_type(name: str) -> ParamType:
    for ptype in _TYPES:
        if ptype == name:
            return ptype
    raise ValueError(name)


def _split_type(variable: str) -> tuple[str, ParamType]:
    for ptype in _TYPES:
        if variable.endswith(f"_{ptype}"):
            return variable[: -len(ptype) - 1], ptype
    return variable, "string"


class QueryCatalog:
    """The stored queries of a folder, by name; each file is parsed when first needed.

    Parsed queries are cached (JSON, keyed by each file's size and modification time) so
    that a command running one query neither reads the others nor imports YAML.
    """

    def __init__(self, paths: Mapping[str, Path], *, cache: Path | None = None):
        self.paths = dict(sorted(paths.items()))
        self._parsed: dict[str, StoredQuery] = {}
        self._cache_path = cache
        self._cache: dict[str, Any] | None = None

    @classmethod
    def load(cls, folder: Path, *, cache: bool = True) -> QueryCatalog:
        cache_path = _cache_file(folder) if cache else None
        return cls({p.stem: p for p in folder.glob("*.rq")}, cache=cache_path)

    @property
    def queries(self) -> dict[str, StoredQuery]:
        """Every query, parsed (and checked)."""
        return {name: self.get(name) for name in self.paths}

    def get(self, name: str) -> StoredQuery:
        query = self._parsed.get(name)
        if query is not None:
            return query
        path = self.paths.get(name)
        if path is None:
            near = difflib.get_close_matches(name, self.paths, n=3, cutoff=0.5)
            hint = f"; did you mean: {', '.join(near)}?" if near else "; see 'kg queries'"
            raise QueryNotFound(f"no stored query {name!r}{hint}")
        query = self._parsed[name] = self._from_cache(path) or self._parse_and_cache(path)
        return query

    def _stamp(self, path: Path) -> list[int]:
        stat = path.stat()
        return [stat.st_size, stat.st_mtime_ns]

    def _load_cache(self) -> dict[str, Any]:
        if self._cache is None:
            self._cache = {}
            if self._cache_path is not None:
                try:
                    data = json.loads(self._cache_path.read_text(encoding="utf-8"))
                    if data.get("version") == _CACHE_VERSION:
                        self._cache = data["queries"]
                except (OSError, ValueError, KeyError, TypeError):
                    pass
        return self._cache

    def _from_cache(self, path: Path) -> StoredQuery | None:
        entry = self._load_cache().get(str(path))
        if not entry or entry.get("stamp") != self._stamp(path):
            return None
        try:
            return StoredQuery.from_dict(entry["query"], path)
        except (KeyError, TypeError, ValueError):
            return None

    def _parse_and_cache(self, path: Path) -> StoredQuery:
        query = parse_query_file(path)
        cache = self._load_cache()
        cache[str(path)] = {"stamp": self._stamp(path), "query": query.to_cache()}
        if self._cache_path is not None:
            try:
                self._cache_path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self._cache_path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(
                    json.dumps({"version": _CACHE_VERSION, "queries": cache}), encoding="utf-8"
                )
                tmp.replace(self._cache_path)
            except OSError:
                pass  # a cache that cannot be written only costs time
        return query


_CACHE_VERSION = 1


def _cache_file(folder: Path) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return Path(base) / "kg" / f"queries-{key}.json"


def bind(
    query: StoredQuery,
    values: Mapping[str, str],
    *,
    index: EntityIndex | None = None,
) -> dict[str, Term]:
    """RDF terms for every parameter: the values given, else the defaults."""
    for name in values:
        query.param(name)  # unknown names fail here, with the valid ones listed
    return {p.variable: _term(query, p, values.get(p.name, p.default), index) for p in query.params}


def _term(query: StoredQuery, param: Param, raw: str, index: EntityIndex | None) -> Term:
    where = f"parameter {param.name!r} of {query.name!r}"
    if param.choices and raw not in param.choices and not _expands_to_choice(raw, param.choices):
        raise ParameterError(f"{where}: {raw!r} is not one of: {', '.join(param.choices)}")
    if param.type == "iri":
        return Term.iri(resolve_iri(raw, index, where))
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", raw.strip()):
            raise ParameterError(f"{where} needs a whole number, not {raw!r}")
        return Term.literal(int(raw))
    if param.type == "decimal":
        try:
            float(raw)
        except ValueError:
            raise ParameterError(f"{where} needs a number, not {raw!r}") from None
        return Term.literal(raw.strip(), datatype=f"{_XSD}decimal")
    if param.type == "date":
        try:
            dt.date.fromisoformat(raw.strip())
        except ValueError:
            raise ParameterError(f"{where} needs a date YYYY-MM-DD, not {raw!r}") from None
        return Term.literal(raw.strip(), datatype=f"{_XSD}date")
    return Term.literal(raw)


def _expands_to_choice(raw: str, choices: tuple[str, ...]) -> bool:
    return any(expand_prefixed(c) == expand_prefixed(raw) for c in choices)


def expand_prefixed(value: str) -> str:
    """``kgid:event/x`` → full IRI; other text unchanged."""
    prefix, sep, rest = value.partition(":")
    if sep and prefix in PREFIXES and not rest.startswith("//"):
        return PREFIXES[prefix] + rest
    return value


def resolve_iri(raw: str, index: EntityIndex | None, where: str) -> str:
    """An IRI from a full IRI, a prefixed name (``kgid:event/hanoi-summit``) or an entity name."""
    value = expand_prefixed(raw.strip())
    if re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value):
        return value
    if index is not None:
        found = index.exact(value)
        if len(found) == 1:
            return found[0].iri
        if len(found) > 1:
            names = "; ".join(f"{e.label} <{e.iri}>" for e in found[:4])
            raise ParameterError(f"{where}: {raw!r} names several entities: {names}")
        suggestions = [m.entity.label for m in index.fuzzy(value, limit=3)]
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        raise ParameterError(f"{where}: no entity named {raw!r}{hint}")
    raise ParameterError(f"{where} needs an IRI, not {raw!r}")


def run_stored(
    engine: Engine,
    query: StoredQuery,
    values: Mapping[str, str] | None = None,
    *,
    index: EntityIndex | None = None,
) -> Table:
    """Run a stored SELECT (or ASK) query with parameters bound as RDF terms."""
    bindings = bind(query, values or {}, index=index)
    if query.kind == "ASK":
        return Table(["result"], [{"result": engine.ask(query.sparql, bindings)}])
    if query.kind != "SELECT":
        raise QueryError(f"stored query {query.name!r} is a {query.kind}; use 'kg sparql --file'")
    return engine.select(query.sparql, bindings)
