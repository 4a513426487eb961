"""Ingested articles: finding one by slug or file, and taking one out of the store.

``kg remove`` and ``kg ingest --replace`` both take an article out of a staging generation
(see :mod:`kg.ingest` for how a run stages its writes and swaps them in):

- its named graph goes, and with it every entity described only there (the actors and
  events minted for it, its statements, speech acts, offices and evidence);
- an entity minted for it that another ingested article cites keeps its description: an
  ingest links a known name instead of describing it again, so the later article holds
  only a reference, and the description moves to the first such article's graph (where
  ``kg build`` carries it over with that article);
- the inferred and helper triples about whatever the graph touched are derived again from
  what is left, as :func:`kg.ingest.derive_for_batch` derives them for a batch.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import UnknownArticle
from kg.namespaces import ID, INFERRED_GRAPH, PREFIXES, article_graph, entity_iri

if TYPE_CHECKING:
    import pyoxigraph

    from kg.store import Manifest

_TYPE = PREFIXES["rdf"] + "type"
_MEMBER = PREFIXES["org"] + "member"


@dataclass
class RemoveReport:
    removed: list[str] = field(default_factory=list)
    triples: int = 0  # triples in the store afterwards
    seconds: float = 0.0


def text_sha256(text: str) -> str:
    """The hash the manifest keeps of each ingested article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_read_from(manifest: Manifest, path: Path, text: str) -> str | None:
    """The ingested article read from ``path``: the one with this text, else the one named
    after the file (its text changed since). Files of one name (``report.txt`` in two
    folders, the second stored as ``report-<hash>``) are found by their text only: by the
    name alone, which one it is cannot be told, and guessing would replace or remove
    another article."""

    by_text = {sha: slug for slug, sha in manifest.ingested.items()}
    slug = by_text.get(text_sha256(text))
    if slug is not None:
        return slug
    return _by_name(manifest, path)


def _by_name(manifest: Manifest, path: Path) -> str | None:
    """The ingested article named after the file ``path``, unless several are."""
    from kg.linking import name_slug

    named = name_slug(path.stem)[:60]
    same = sorted(
        s for s in manifest.ingested if re.fullmatch(rf"{re.escape(named)}(-[0-9a-f]{{8}})?", s)
    )
    if len(same) > 1:
        raise UnknownArticle(
            f"{path}: its text is not stored and articles {', '.join(same)} were all read from "
            "files of that name; name one by its slug"
        )
    return named if named in manifest.ingested else None


def find_article(manifest: Manifest, given: str) -> str:
    """The slug of the ingested article ``given`` names: a slug, or the path of the file it
    was read from (by its text, else its name; a file since deleted by its name)."""
    from kg.article_input import read_text

    if given in manifest.ingested:
        return given
    path = Path(given)
    if path.is_file():
        found = article_read_from(manifest, path, read_text(path))
    else:
        found = _by_name(manifest, path) if path.suffix or "/" in given else None
    if found is not None:
        return found
    if given in manifest.seeds:
        raise UnknownArticle(
            f"{given!r} is a curated seed article, not an ingested one: take its folder out "
            "of seeds/ and run 'kg build'"
        )
    close = difflib.get_close_matches(given, list(manifest.ingested), n=3)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise UnknownArticle(f"no ingested article {given!r}{hint}")


def remove(arguments: Sequence[str], *, store_dir: Path) -> RemoveReport:
    """Take the ingested articles ``arguments`` name out of the store, all or none."""
    from kg.paths import Project
    from kg.store import StoreDir, seal, stage_copy

    started = time.perf_counter()
    report = RemoveReport()
    store = StoreDir(store_dir)
    with store.lock(exclusive=True):
        manifest, current = store.built()
        # Every name is found before anything is written: an unknown one changes nothing.
        slugs = list(dict.fromkeys(find_article(manifest, given) for given in arguments))
        ontology = Project.locate().ontology_file.read_bytes()
        with store.writing():
            staging = store.new_generation()
            try:
                database = stage_copy(current, staging)
                try:
                    for slug in slugs:
                        drop_article(database, slug, manifest.ingested, ontology)
                        del manifest.ingested[slug]
                        report.removed.append(slug)
                    database.optimize()
                    manifest.triples = report.triples = len(database)
                finally:
                    del database  # closed, so that it can be sealed and swapped in
                seal(staging / "oxigraph")
                store.write_manifest(staging, manifest)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            # Outside the try: once the link points at staging, it is the graph in use.
            store.activate(staging)
    report.seconds = time.perf_counter() - started
    return report


def drop_article(
    store: pyoxigraph.Store, slug: str, ingested: Iterable[str], ontology: bytes
) -> None:
    """Take the article graph ``slug`` out of ``store`` (see the module docstring);
    ``ingested`` are the slugs of the ingested articles, ``ontology`` the ontology's Turtle."""
    import pyoxigraph

    graph = pyoxigraph.NamedNode(article_graph(slug))
    quads = list(store.quads_for_pattern(None, None, None, graph))
    others = [pyoxigraph.NamedNode(article_graph(s)) for s in sorted(ingested) if s != slug]
    moved = _shared_descriptions(store, quads, entity_iri("article", slug), others)
    store.remove_graph(graph)
    store.extend(moved)
    _derive_again(store, _touched(quads), ontology)


def _shared_descriptions(
    store: pyoxigraph.Store,
    quads: list[pyoxigraph.Quad],
    article: str,
    others: list[pyoxigraph.NamedNode],
) -> list[pyoxigraph.Quad]:
    """The descriptions in ``quads`` (one article graph) of the entities that another
    article in ``others`` cites without describing, each put in the first such graph."""
    import pyoxigraph

    by_subject: dict[pyoxigraph.NamedNode, list[pyoxigraph.Quad]] = {}
    members: dict[object, list[pyoxigraph.NamedNode]] = {}
    for q in quads:
        if isinstance(q.subject, pyoxigraph.NamedNode):
            by_subject.setdefault(q.subject, []).append(q)
            if q.predicate.value == _MEMBER:
                members.setdefault(q.object, []).append(q.subject)
    described = [s for s, qs in by_subject.items() if any(q.predicate.value == _TYPE for q in qs)]
    moved: list[pyoxigraph.Quad] = []
    reference = pyoxigraph.NamedNode(article)
    for entity in described:
        holder = _holder(store, entity, others)
        if holder is None:
            continue
        # The entity, what its description points to that this graph describes (a date, an
        # office) and its office holdings: only the reference to the article stays behind.
        todo, seen = [entity], {entity}
        while todo:
            node = todo.pop()
            for q in by_subject.get(node, []):
                if q.object == reference:
                    continue
                moved.append(pyoxigraph.Quad(q.subject, q.predicate, q.object, holder))
                target = q.object if isinstance(q.object, pyoxigraph.NamedNode) else None
                if target is not None and target in by_subject and target not in seen:
                    seen.add(target)
                    todo.append(target)
            for holding in members.get(node, []):
                if holding not in seen:
                    seen.add(holding)
                    todo.append(holding)
    return moved


def _holder(
    store: pyoxigraph.Store, entity: pyoxigraph.NamedNode, others: list[pyoxigraph.NamedNode]
) -> pyoxigraph.NamedNode | None:
    """The first article graph of ``others`` that cites ``entity``, unless one of them
    describes it (articles of one run each describe what the run minted): then it has
    no need of this description."""
    import pyoxigraph

    citing = {q.graph_name for q in store.quads_for_pattern(entity, None, None)}
    citing |= {q.graph_name for q in store.quads_for_pattern(None, None, entity)}
    candidates = [g for g in others if g in citing]
    rdf_type = pyoxigraph.NamedNode(_TYPE)
    if any(next(store.quads_for_pattern(entity, rdf_type, None, g), None) for g in candidates):
        return None
    return candidates[0] if candidates else None


def _touched(quads: Iterable[pyoxigraph.Quad]) -> set[pyoxigraph.NamedNode]:
    """The data entities (not ontology terms) an article graph says something of or about."""
    import pyoxigraph

    nodes = {q.subject for q in quads} | {q.object for q in quads}
    return {n for n in nodes if isinstance(n, pyoxigraph.NamedNode) and n.value.startswith(ID)}


def _derive_again(
    store: pyoxigraph.Store, touched: set[pyoxigraph.NamedNode], ontology: bytes
) -> None:
    """Replace the inferred triples about ``touched`` by those the rules derive from what is
    left of them: every triple that names them, the ontology and the structural links.

    That is enough for every entity but a statement (whose topic and date also come from
    what its event or speech act says), and an article's statements go with its graph.
    Ingested graphs hold no structural links of their own (no parts of events, no
    sub-organizations), so nothing outside ``touched`` was derived from the graph.
    """
    import pyoxigraph

    from kg.ingest import derive_for_batch

    inferred = pyoxigraph.NamedNode(INFERRED_GRAPH)
    for node in touched:
        for q in list(store.quads_for_pattern(node, None, None, inferred)):
            store.remove(q)
    context: set[pyoxigraph.Quad] = set()
    for node in touched:
        context.update(store.quads_for_pattern(node, None, None))
        context.update(store.quads_for_pattern(None, None, node))
    left = {q for q in context if q.graph_name != inferred}
    remaining = {q.subject for q in left} | {q.object for q in left}
    subjects = {n for n in touched if n in remaining}
    if subjects:
        # ``left`` holds every triple naming them, their descriptions too: looking up what
        # else it names (each statement that cites a touched actor) would add nothing.
        derived = derive_for_batch(store, list(left), ontology, subjects=subjects, stored=False)
        store.extend(derived)
