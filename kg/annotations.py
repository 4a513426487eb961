"""The annotation model: one article with its actors, events, speech acts, positions and
attributed statements, each statement located in the text by code-point offsets.

Curated annotations come from ``seeds/<slug>/{article.txt,meta.yaml,claims.yaml}``
(:func:`load_seed`); machine-read ones are built by :mod:`kg.machine_annotation` from the
extractor's output. Both become RDF through :mod:`kg.graph`, so there is one path into the
graph.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kg.dates import DateFormatError, DateSpec, DateValue
from kg.errors import AnnotationError
from kg.yamlsource import YamlList, YamlMap, load_yaml

ActorType = Literal["person", "organization", "administration", "group", "anonymous"]
Mode = Literal["direct", "indirect"]

ACTOR_TYPES: tuple[ActorType, ...] = (
    "person",
    "organization",
    "administration",
    "group",
    "anonymous",
)
EVENT_TYPES = (
    "event",
    "meeting",
    "summit",
    "negotiation",
    "speech",
    "interview",
    "publication",
    "memoir",
    "study",
    "letter",
    "election",
    "appointment",
    "troop-deployment",
    "war",
    "testimony",
    "political-process",
)
POSITION_TYPES = ("position", "proposal")
STATEMENT_KINDS = (
    "prediction",
    "assessment",
    "account",
    "belief",
    "proposal",
    "demand",
    "announcement",
    "warning",
    "criticism",
    "conclusion",
    "refusal",
)
TENURES = ("former", "current", "designate")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Span:
    """A slice of the article: ``text == article[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class OfficeHolding:
    """An actor's office as the article gives it ("former deputy secretary of state")."""

    key: str
    title: str
    office: str
    tenure: str
    organization: str | None = None
    administration: str | None = None
    date: DateSpec | None = None
    note: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    type: ActorType
    name: str
    aliases: tuple[str, ...] = ()
    descriptor: str | None = None
    offices: tuple[OfficeHolding, ...] = ()
    part_of: str | None = None
    note: str | None = None
    #: Already described in the store (an ingest links to it and adds no description).
    known: bool = False


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    note: str | None = None
    known: bool = False


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    date: DateSpec | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    part_of: str | None = None
    note: str | None = None
    known: bool = False


@dataclass(frozen=True)
class SpeechAct:
    """The act of saying: who, when, where, to whom. With ``type`` it is also an event."""

    id: str
    name: str
    speakers: tuple[str, ...]
    type: str | None = None
    aliases: tuple[str, ...] = ()
    venue: str | None = None
    place: str | None = None
    audience: tuple[str, ...] = ()
    date: DateSpec | None = None
    note: str | None = None


@dataclass(frozen=True)
class Position:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    proposed_by: tuple[str, ...] = ()
    supported_by: tuple[str, ...] = ()
    rejected_by: tuple[str, ...] = ()
    proposed_at: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Statement:
    """An attributed statement: a direct quote (``direct``) or a paraphrase (``indirect``)."""

    id: str
    mode: Mode
    speakers: tuple[str, ...]
    segments: tuple[Span, ...]
    descriptor: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    source_span: Span | None = None
    about: tuple[str, ...] = ()
    stated_in: str | None = None
    kind: str | None = None
    capacity: tuple[tuple[str, str], ...] = ()  # (speaker id, office id) pairs
    date: DateSpec | None = None
    note: str | None = None
    confidence: float | None = None
    extractor: str | None = None

    @property
    def text(self) -> str:
        """The statement's words; the parts of a quote split around its cue joined by " … "."""
        return " … ".join(segment.text for segment in self.segments)


@dataclass(frozen=True)
class ArticleMeta:
    slug: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: DateSpec | None = None
    url: str | None = None
    language: str | None = None
    disclosure: str | None = None


@dataclass(frozen=True)
class Annotation:
    """Everything one article contributes to the graph."""

    meta: ArticleMeta
    text: str
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    speech_acts: tuple[SpeechAct, ...] = ()
    positions: tuple[Position, ...] = ()
    statements: tuple[Statement, ...] = ()
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "sha256", digest)


# --------------------------------------------------------------------------------------
# Reading a curated seed folder
# --------------------------------------------------------------------------------------


def seed_dirs(seeds_root: Path) -> list[Path]:
    """The seed folders under ``seeds_root`` (those holding an ``article.txt``), sorted."""
    if not seeds_root.is_dir():
        return []
    return sorted(p.parent for p in seeds_root.glob("*/article.txt"))


def load_seed(folder: Path) -> Annotation:
    """Read and check one curated seed folder, computing every offset.

    Raises :class:`AnnotationError` (``path:line: message``) on the first problem.
    """
    article_path = folder / "article.txt"
    try:
        text = article_path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise AnnotationError(article_path, None, "file not found") from None
    except OSError as exc:  # a folder named article.txt, or FOLDER itself a file
        raise AnnotationError(article_path, None, f"cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise AnnotationError(article_path, None, f"not UTF-8 text ({exc.reason})") from None
    meta = _read_meta(folder / "meta.yaml", folder.name)
    return _read_claims(folder / "claims.yaml", meta, text)


def _read_meta(path: Path, slug: str) -> ArticleMeta:
    data = _expect_map(load_yaml(path), path, "meta.yaml must be a mapping")
    _check_keys(
        data,
        {"slug", "title", "author", "publisher", "published", "url", "language", "disclosure"},
    )
    declared = _opt_str(data, "slug")
    if declared is not None and declared != slug:
        raise data.error("slug", f"slug {declared!r} differs from the folder name {slug!r}")
    authors = _str_list(data, "author")
    return ArticleMeta(
        slug=slug,
        title=_opt_str(data, "title"),
        authors=authors,
        publisher=_opt_str(data, "publisher"),
        published=_date_spec(data, "published"),
        url=_opt_str(data, "url"),
        language=_opt_str(data, "language"),
        disclosure=_opt_str(data, "disclosure"),
    )


class _Reader:
    """Parses ``claims.yaml`` section by section, then checks every reference."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.text = text
        self.kinds: dict[str, str] = {}  # id -> section it was defined in
        self.refs: list[tuple[YamlMap, str, str, tuple[str, ...]]] = []
        self.capacities: list[tuple[YamlMap, str, tuple[str, ...]]] = []

    def define(self, item: YamlMap, section: str) -> str:
        ident = _req_str(item, "id")
        if not _SLUG.match(ident):
            raise item.error("id", f"id {ident!r} must be lower-case words joined by hyphens")
        if ident in self.kinds:
            raise item.error("id", f"duplicate id {ident!r} (already a {self.kinds[ident]})")
        self.kinds[ident] = section
        return ident

    def ref(self, item: YamlMap, key: str, *allowed: str) -> str | None:
        value = _opt_str(item, key)
        if value is not None:
            self.refs.append((item, key, value, allowed))
        return value

    def refs_list(self, item: YamlMap, key: str, *allowed: str) -> tuple[str, ...]:
        values = _str_list(item, key)
        for value in values:
            self.refs.append((item, key, value, allowed))
        return values

    def check_capacities(self, offices: set[tuple[str, str]]) -> None:
        """Each capacity names an office (``speaker-id/office-id``) of one of the speakers."""
        for item, capacity_ref, speakers in self.capacities:
            actor_id, _, office_key = capacity_ref.partition("/")
            if (actor_id, office_key) not in offices or actor_id not in speakers:
                raise item.error(
                    "capacity",
                    f"capacity {capacity_ref!r} is not an office (speaker/office-id) of a speaker",
                )

    def check_refs(self) -> None:
        for item, key, value, allowed in self.refs:
            kind = self.kinds.get(value)
            if kind is None:
                raise item.error(key, f"{key}: unknown id {value!r}{_closest(value, self.kinds)}")
            if allowed and kind not in allowed:
                wanted = " or ".join(allowed)
                raise item.error(key, f"{key}: {value!r} is a {kind}, expected {wanted}")


def _read_claims(path: Path, meta: ArticleMeta, text: str) -> Annotation:
    data = _expect_map(load_yaml(path), path, "claims.yaml must be a mapping")
    _check_keys(data, {"places", "actors", "events", "speech_acts", "positions", "statements"})
    reader = _Reader(path, text)
    places = tuple(_place(reader, item) for item in _items(data, "places"))
    actors = tuple(_actor(reader, item) for item in _items(data, "actors"))
    events = tuple(_event(reader, item) for item in _items(data, "events"))
    speech_acts = tuple(_speech_act(reader, item) for item in _items(data, "speech_acts"))
    positions = tuple(_position(reader, item) for item in _items(data, "positions"))
    offices = {(a.id, o.key) for a in actors for o in a.offices}
    statements = tuple(_statement(reader, item) for item in _items(data, "statements"))
    reader.check_refs()
    reader.check_capacities(offices)
    return Annotation(
        meta=meta,
        text=text,
        places=places,
        actors=actors,
        events=events,
        speech_acts=speech_acts,
        positions=positions,
        statements=statements,
    )


def _place(reader: _Reader, item: YamlMap) -> Place:
    _check_keys(item, {"id", "name", "aliases", "note"})
    return Place(
        id=reader.define(item, "place"),
        name=_req_str(item, "name"),
        aliases=_str_list(item, "aliases"),
        note=_opt_str(item, "note"),
    )


def _actor(reader: _Reader, item: YamlMap) -> Actor:
    _check_keys(item, {"id", "type", "name", "aliases", "descriptor", "offices", "part_of", "note"})
    ident = reader.define(item, "actor")
    actor_type = _actor_type(item)
    descriptor = _opt_str(item, "descriptor")
    if actor_type == "anonymous" and descriptor is None:
        raise item.error("type", f"anonymous source {ident!r} needs its descriptor as printed")
    offices = []
    seen: set[str] = set()
    for office in _items(item, "offices"):
        _check_keys(
            office,
            {"id", "title", "office", "organization", "administration", "tenure", "value", "note"},
        )
        key = _req_str(office, "id")
        if key in seen:
            raise office.error("id", f"duplicate office id {key!r} for {ident!r}")
        seen.add(key)
        title = _req_str(office, "title")
        value = office.get("value")
        offices.append(
            OfficeHolding(
                key=key,
                title=title,
                office=_opt_str(office, "office") or slugify(title),
                tenure=_choice(office, "tenure", TENURES),
                organization=reader.ref(office, "organization", "actor"),
                administration=reader.ref(office, "administration", "actor"),
                date=None if value is None else DateSpec(None, _date_value(office, "value")),
                note=_opt_str(office, "note"),
            )
        )
    return Actor(
        id=ident,
        type=actor_type,
        name=_req_str(item, "name"),
        aliases=_str_list(item, "aliases"),
        descriptor=descriptor,
        offices=tuple(offices),
        part_of=reader.ref(item, "part_of", "actor"),
        note=_opt_str(item, "note"),
    )


def _event(reader: _Reader, item: YamlMap) -> Event:
    _check_keys(
        item, {"id", "type", "name", "aliases", "date", "place", "participants", "part_of", "note"}
    )
    return Event(
        id=reader.define(item, "event"),
        type=_choice(item, "type", EVENT_TYPES),
        name=_req_str(item, "name"),
        aliases=_str_list(item, "aliases"),
        date=_date_spec(item, "date"),
        place=reader.ref(item, "place", "place"),
        participants=reader.refs_list(item, "participants", "actor"),
        part_of=reader.ref(item, "part_of", "event"),
        note=_opt_str(item, "note"),
    )


def _speech_act(reader: _Reader, item: YamlMap) -> SpeechAct:
    _check_keys(
        item,
        {"id", "type", "name", "aliases", "speaker", "venue", "place", "audience", "date", "note"},
    )
    ident = reader.define(item, "speech act")
    speakers = reader.refs_list(item, "speaker", "actor")
    if not speakers:
        raise item.error(None, f"speech act {ident!r} needs a speaker")
    return SpeechAct(
        id=ident,
        name=_req_str(item, "name"),
        speakers=speakers,
        type=_choice(item, "type", EVENT_TYPES) if "type" in item else None,
        aliases=_str_list(item, "aliases"),
        venue=reader.ref(item, "venue", "actor", "place", "event"),
        place=reader.ref(item, "place", "place"),
        audience=reader.refs_list(item, "audience", "actor"),
        date=_date_spec(item, "date"),
        note=_opt_str(item, "note"),
    )


def _position(reader: _Reader, item: YamlMap) -> Position:
    _check_keys(
        item,
        {
            "id",
            "type",
            "name",
            "aliases",
            "proposed_by",
            "supported_by",
            "rejected_by",
            "proposed_at",
            "note",
        },
    )
    return Position(
        id=reader.define(item, "position"),
        type=_choice(item, "type", POSITION_TYPES),
        name=_req_str(item, "name"),
        aliases=_str_list(item, "aliases"),
        proposed_by=reader.refs_list(item, "proposed_by", "actor"),
        supported_by=reader.refs_list(item, "supported_by", "actor"),
        rejected_by=reader.refs_list(item, "rejected_by", "actor"),
        proposed_at=reader.ref(item, "proposed_at", "event"),
        note=_opt_str(item, "note"),
    )


def _statement(reader: _Reader, item: YamlMap) -> Statement:
    _check_keys(
        item,
        {
            "id",
            "mode",
            "speaker",
            "descriptor",
            "cue",
            "text",
            "about",
            "stated_in",
            "kind",
            "capacity",
            "date",
            "note",
        },
    )
    ident = reader.define(item, "statement")
    mode: Mode = (
        "direct" if _choice(item, "mode", ("direct", "indirect")) == "direct" else "indirect"
    )
    speakers = reader.refs_list(item, "speaker", "actor")
    if not speakers:
        raise item.error(None, f"statement {ident!r} needs a speaker")
    parts = _str_list(item, "text")
    if not parts:
        raise item.error(None, f"statement {ident!r} needs its text")
    segments = tuple(_locate_unique(reader, item, ident, part) for part in parts)
    for before, after in itertools.pairwise(segments):
        if after.start < before.end:
            raise item.error("text", f"statement {ident!r}: parts must be in text order")
    descriptor = _opt_str(item, "descriptor")
    cue = _opt_str(item, "cue")
    capacity = []
    for capacity_ref in _str_list(item, "capacity"):
        actor_id, _, office_key = capacity_ref.partition("/")
        reader.capacities.append((item, capacity_ref, speakers))
        capacity.append((actor_id, office_key))
    return Statement(
        id=ident,
        mode=mode,
        speakers=speakers,
        segments=segments,
        descriptor=descriptor,
        cue=cue,
        cue_span=_locate_near(reader, item, ident, "cue", cue, segments),
        source_span=_locate_near(reader, item, ident, "descriptor", descriptor, segments),
        about=reader.refs_list(item, "about"),
        stated_in=reader.ref(item, "stated_in", "speech act"),
        kind=_choice(item, "kind", STATEMENT_KINDS) if "kind" in item else None,
        capacity=tuple(capacity),
        date=_date_spec(item, "date"),
        note=_opt_str(item, "note"),
    )


# --------------------------------------------------------------------------------------
# Offsets
# --------------------------------------------------------------------------------------


def find_all(text: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle`` in ``text`` (overlaps included)."""
    starts = []
    i = text.find(needle)
    while i != -1:
        starts.append(i)
        i = text.find(needle, i + 1)
    return starts


def _locate_unique(reader: _Reader, item: YamlMap, ident: str, part: str) -> Span:
    starts = find_all(reader.text, part)
    if len(starts) != 1:
        problem = "not found in the article" if not starts else f"found {len(starts)} times"
        shown = part if len(part) <= 70 else part[:67] + "..."
        raise item.error("text", f"statement {ident!r}: text {problem}: {shown!r}")
    return Span(starts[0], starts[0] + len(part), part)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line (paragraph) that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def _locate_near(
    reader: _Reader,
    item: YamlMap,
    ident: str,
    key: str,
    needle: str | None,
    segments: Sequence[Span],
) -> Span | None:
    """The occurrence of ``needle`` nearest the statement, outside its text, within its
    paragraph or the paragraphs either side (a quote may open the paragraph after its cue)."""
    if needle is None:
        return None
    lo, _ = paragraph_bounds(
        reader.text, max(0, paragraph_bounds(reader.text, segments[0].start)[0] - 1)
    )
    _, hi = paragraph_bounds(
        reader.text, min(len(reader.text), paragraph_bounds(reader.text, segments[-1].end)[1] + 1)
    )
    first, last = segments[0].start, segments[-1].end
    best: tuple[int, int] | None = None
    for start in find_all(reader.text, needle):
        end = start + len(needle)
        if start < lo or end > hi or any(s.start < end and start < s.end for s in segments):
            continue
        distance = max(first - end, start - last, 0)
        if best is None or distance < best[0]:
            best = (distance, start)
    if best is None:
        raise item.error(key, f"statement {ident!r}: {key} {needle!r} not found near the statement")
    return Span(best[1], best[1] + len(needle), needle)


# --------------------------------------------------------------------------------------
# Small typed accessors over YamlMap
# --------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """A lower-case hyphenated slug.

    >>> slugify("Deputy Secretary of State")
    'deputy-secretary-of-state'
    >>> slugify("Kim Jong-un’s")
    'kim-jong-un-s'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "x"


def _expect_map(value: Any, path: Path, message: str) -> YamlMap:
    if not isinstance(value, YamlMap):
        raise AnnotationError(path, 1, message)
    return value


def _items(data: YamlMap, key: str) -> list[YamlMap]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, YamlList):
        raise data.error(key, f"{key} must be a list")
    for element in value:
        if not isinstance(element, YamlMap):
            raise AnnotationError(data.path, value.line, f"each entry of {key} must be a mapping")
    return list(value)


def _check_keys(item: YamlMap, allowed: set[str]) -> None:
    for key in item:
        if key not in allowed:
            raise item.error(key, f"unknown key {key!r}{_closest(key, allowed)}")


def _closest(word: str, choices: Iterable[str]) -> str:
    import difflib

    near = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(near)}?)" if near else ""


def _opt_str(item: YamlMap, key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise item.error(key, f"{key} must be text")
    text = str(value).strip()
    return text or None


def _req_str(item: YamlMap, key: str) -> str:
    value = _opt_str(item, key)
    if value is None:
        raise item.error(None if key not in item else key, f"missing {key}")
    return value


def _str_list(item: YamlMap, key: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise item.error(key, f"{key} must be text or a list of texts")
    return tuple(value)


def _choice(item: YamlMap, key: str, choices: Sequence[str]) -> str:
    value = _req_str(item, key)
    if value not in choices:
        raise item.error(key, f"{key} {value!r} is not one of: {', '.join(choices)}")
    return value


def _actor_type(item: YamlMap) -> ActorType:
    value = _choice(item, "type", ACTOR_TYPES)
    return next(t for t in ACTOR_TYPES if t == value)


def _date_value(item: YamlMap, key: str) -> DateValue:
    try:
        return DateValue.parse(item[key])
    except DateFormatError as exc:
        raise item.error(key, str(exc)) from None


def _date_spec(item: YamlMap, key: str) -> DateSpec | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, YamlMap):
        raise item.error(key, f"{key} must be a mapping with 'written' and/or 'value'")
    _check_keys(value, {"written", "value"})
    written = _opt_str(value, "written")
    resolved = _date_value(value, "value") if value.get("value") is not None else None
    if written is None and resolved is None:
        raise item.error(key, f"{key} needs 'written' or 'value'")
    return DateSpec(written, resolved)
