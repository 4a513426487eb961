"""``kg ingest``: read articles with the extractor and add each as its own named graph.

Each file is read (:mod:`kg.article_input`), its attributions found (:mod:`kg.extract`) and
made an :class:`~kg.annotations.Annotation` whose names are linked to the entities the store
knows (:mod:`kg.machine_annotation`, :mod:`kg.linking`); this module writes the annotations
into the store.

Writes happen under the store's exclusive lock, in a staging generation: a checkpoint of
the current one (RocksDB hard-links its table files, so this costs no copy), into which each
batch of articles goes through Oxigraph's bulk loader. Only when every batch is in does the
store's ``current`` link swap to it, so a run that fails half-way leaves the graph as it was
(the bulk loader alone is not transactional). The inferred and helper triples of a batch
are derived by the SPARQL rules on a small store holding the batch, the ontology, the
structural links they depend on (parts of events, proposals, sub-organizations) and the
stored types and names of the known actors and events the batch cites, so they are what a
full build derives and their cost grows with the batch, not the archive; the compaction at
the end rewrites the staging copy's tables, so an ingest may need up to twice the store's
disk space for a while.
Ingesting the same file twice changes nothing, even with other details (``--title``,
``--author``, …): those the stored article does not have are reported in
:attr:`IngestReport.not_applied` (``kg ingest`` prints them on stderr). With ``replace``
(``kg ingest --replace``) a file's article is read again instead: it is taken out of the
staging generation (:func:`kg.articles.drop_article`) and written anew under its slug,
with the details given and, for those not given, the ones it had.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.annotations import Annotation
from kg.article_input import ArticleInfo, date_spec, published_date, read_articles
from kg.articles import text_sha256
from kg.entities import EntityIndex
from kg.errors import InputError, StoreError
from kg.linking import Linker, entity_slug, name_slug
from kg.machine_annotation import annotate
from kg.namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, article_graph, entity_iri

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Graph

    from kg.engine import LocalEngine
    from kg.store import Manifest


@dataclass(frozen=True)
class Step:
    """How far an ingest is: ``done`` of ``total`` steps, and what it is doing now.

    Each file is two steps, read and then checked and written (the checks take most of the
    time, so a bar that counted reading alone sat at 100 % while the last batch was still
    being checked); the compaction and the swap at the end are the last step, reported
    done only once the new graph is in use.
    """

    done: int
    total: int
    doing: str


Progress = Callable[[Step], None]


class _Steps:
    """Counts an ingest's steps and tells ``progress`` about each change."""

    def __init__(self, files: int, progress: Progress | None):
        self.done = 0
        self.total = 2 * files + 1
        self.progress = progress

    def tell(self, doing: str, advance: int = 0) -> None:
        self.done = min(self.total, self.done + advance)
        if self.progress is not None:
            self.progress(Step(self.done, self.total, doing))


@dataclass(frozen=True)
class DetailsNotApplied:
    """An unchanged file given details its stored article does not have: they were not
    applied, since ingesting the same file again changes nothing."""

    path: Path
    slug: str
    options: tuple[str, ...]  # "--title", "--author", … in the order of ``kg ingest --help``

    def notice(self) -> str:
        return (
            f"{self.path}: already ingested as article '{self.slug}'; "
            f"{', '.join(self.options)} not applied (kg ingest --replace applies them)"
        )


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_applied: list[DetailsNotApplied] = field(default_factory=list)
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0


def article_slug(path: Path, text: str, taken: set[str]) -> str:
    """A stable slug from the file name; the content hash tells apart equal names.

    A file with a name seen before but other text is another article (``report.txt`` in
    two folders), never a replacement: ingesting must not lose what is stored.
    """
    base = name_slug(path.stem)[:60]
    if base in taken:
        base = f"{base}-{text_sha256(text)[:8]}"
    return base


_STRUCTURE = """
PREFIX kgc: <https://w3id.org/kgclaims/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
CONSTRUCT { ?a ?p ?b }
WHERE { VALUES ?p { kgc:partOf kgc:proposedAt org:subOrganizationOf } ?a ?p ?b }
"""


def derive_for_batch(
    store: pyoxigraph.Store,
    batch: Iterable[pyoxigraph.Quad],
    ontology: bytes,
    *,
    subjects: set[pyoxigraph.NamedNode] | None = None,
    stored: bool = True,
) -> list[pyoxigraph.Quad]:
    """Inferred and helper triples of a batch, from a scratch store (see the module doc):
    those about ``subjects``, by default whatever the batch names. With ``stored``, the
    scratch store also holds what ``store`` says of the entities the batch cites without
    describing them (see :func:`_stored_descriptions`); a caller whose batch already holds
    every triple naming them passes False."""
    import pyoxigraph

    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.reason import apply_rules

    batch = list(batch)
    scratch = pyoxigraph.Store()
    scratch.load(
        ontology, format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    )
    context = pyoxigraph.NamedNode(f"{ARTICLE_GRAPH_PREFIX}context")
    structure = store.query(_STRUCTURE, use_default_graph_as_union=True)
    assert isinstance(structure, pyoxigraph.QueryTriples)
    scratch.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, context) for t in structure)
    if stored:
        scratch.extend(_stored_descriptions(store, batch, context))
    scratch.extend(batch)
    apply_rules(scratch)
    inferred = pyoxigraph.NamedNode(INFERRED_GRAPH)
    # Only what concerns the batch: the context entities' inferences are in the store.
    touched: set[pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Triple]
    if subjects is not None:
        touched = set(subjects)
    else:
        touched = {q.subject for q in batch} | {
            q.object for q in batch if isinstance(q.object, pyoxigraph.NamedNode)
        }
    return [
        q for q in scratch.quads_for_pattern(None, None, None, inferred) if q.subject in touched
    ]


def _stored_descriptions(
    store: pyoxigraph.Store, batch: list[pyoxigraph.Quad], context: pyoxigraph.NamedNode
) -> list[pyoxigraph.Quad]:
    """The types and names ``store`` gives (inferred ones included) the entities ``batch``
    names but does not type (the known actors and events an article cites: it only points
    at them), moved into the graph ``context``.

    A full build derives from every graph at once; a batch read alone would give a known
    person only the type its use implies (a speaker is an actor: "narrowest type Actor"
    next to the stored Person) and a statement about a known event no event name in its
    search text. Beside their stored types and names, the rules derive for the batch what
    a build would. Nothing more of them: those are all the rules read of an entity the
    batch does not describe (its stored types stand for whatever else was said of it), and
    the rest, such as an actor's link to every article that cites it, grows with the
    archive."""
    import pyoxigraph

    from kg.namespaces import ID, PREFIXES

    rdf_type = pyoxigraph.NamedNode(PREFIXES["rdf"] + "type")
    label = pyoxigraph.NamedNode(PREFIXES["rdfs"] + "label")
    typed = {q.subject for q in batch if q.predicate == rdf_type}
    cited = {
        node
        for q in batch
        for node in (q.subject, q.object)
        if isinstance(node, pyoxigraph.NamedNode) and node.value.startswith(ID)
    }
    return [
        pyoxigraph.Quad(q.subject, q.predicate, q.object, context)
        for node in cited - typed
        for predicate in (rdf_type, label)
        for q in store.quads_for_pattern(node, predicate, None)
    ]


def ingest(
    paths: Sequence[Path],
    *,
    store_dir: Path,
    info: ArticleInfo,
    validate: bool = True,
    batch_size: int = 50,
    progress: Progress | None = None,
    replace: bool = False,
) -> IngestReport:
    """Read, extract and add every file; with ``replace``, read the articles of files
    ingested before again (see the module docstring)."""
    import time

    from kg.store import StoreDir

    started = time.perf_counter()
    info.check()
    texts = read_articles(paths)  # fail fast, before any write
    report = IngestReport()
    steps = _Steps(len(texts), progress)
    store = StoreDir(store_dir)
    with store.lock(exclusive=True):
        manifest, current = store.built()
        known = {sha: slug for slug, sha in manifest.ingested.items()}
        targets = _replacements(texts, manifest) if replace else {}
        again = [(p, known[sha]) for p, t in texts if (sha := text_sha256(t)) in known]
        if not replace:
            report.not_applied = _details_not_applied(current, again, info.for_one_of(len(texts)))
        if not targets and all(text_sha256(text) in known for _path, text in texts):
            for path, text in texts:  # nothing new: no staging generation at all
                report.unchanged.append(known[text_sha256(text)])
                steps.tell(f"unchanged {path.name}", 2)
        else:
            with store.writing():
                staging = store.new_generation()
                try:
                    _ingest_into(
                        staging,
                        current,
                        texts,
                        manifest,
                        info,
                        report,
                        validate,
                        batch_size,
                        steps,
                        targets,
                    )
                    store.write_manifest(staging, manifest)
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise
                # Outside the try: once the link points at staging, it is the graph in use.
                store.activate(staging)
        steps.tell("done", 1)
    report.replaced = [slug for slug in report.added if slug in targets.values()]
    report.added = [slug for slug in report.added if slug not in targets.values()]
    report.seconds = time.perf_counter() - started
    return report


def _details_not_applied(
    current: Path, again: list[tuple[Path, str]], info: ArticleInfo
) -> list[DetailsNotApplied]:
    """The files ingested before (``again``: path and article slug) whose stored article
    differs from ``info`` in a detail ``info`` gives. Names are compared as the ingest
    would link them: "Sneider" is Daniel Sneider, stored for "daniel sneider" too."""
    if not again or info == ArticleInfo():
        return []  # the common case opens nothing
    import pyoxigraph

    from kg.engine import LocalEngine

    try:
        store = pyoxigraph.Store.read_only(str(current / "oxigraph"))
    except OSError as exc:
        raise StoreError(f"cannot open the store in {current}: {exc}") from None
    index = EntityIndex.load(LocalEngine(store))
    found = []
    for path, slug in again:
        stored = _stored_details(store, slug)
        linker = Linker(index, slug)
        given = {
            "--title": {info.title} if info.title is not None else None,
            "--published": {s.value.lexical}
            if (s := date_spec(info.published)) and s.value
            else None,
            "--url": {info.url} if info.url is not None else None,
            "--publisher": {linker.actor_slug(info.publisher.strip())}
            if info.publisher is not None
            else None,
            "--author": {linker.actor_slug(a.strip()) for a in info.authors}
            if info.authors
            else None,
        }
        options = tuple(o for o, value in given.items() if value is not None and value != stored[o])
        if options:
            found.append(DetailsNotApplied(path, slug, options))
    return found


def _stored_details(store: pyoxigraph.Store, slug: str) -> dict[str, set[str]]:
    """What the article graph ``slug`` says of its article, by the option that sets it:
    the values as strings, the publisher and authors as actor slugs."""

    def objects(subject: str, prop: str) -> set[str]:
        return _objects(store, slug, subject, prop)

    article = entity_iri("article", slug)
    return {
        "--title": objects(article, "dcterms:title"),
        "--published": {
            label for t in objects(article, "time:hasTime") for label in objects(t, "rdfs:label")
        },
        "--url": objects(article, "schema:url"),
        "--publisher": {
            i for v in objects(article, "schema:publisher") if (i := entity_slug(v, "actor"))
        },
        "--author": {
            i for v in objects(article, "schema:author") if (i := entity_slug(v, "actor"))
        },
    }


def _stored_info(store: pyoxigraph.Store, slug: str) -> ArticleInfo:
    """The details of the stored article ``slug``, as ``kg ingest`` takes them: the
    publisher and authors by their names (the label of the actor each is)."""

    def objects(subject: str, prop: str) -> list[str]:
        return sorted(_objects(store, slug, subject, prop))

    def one(values: list[str]) -> str | None:
        return values[0] if values else None

    def names(actors: list[str]) -> list[str]:
        # The label as any graph has it: a known actor is described elsewhere.
        return [
            name for actor in actors for name in sorted(_objects(store, None, actor, "rdfs:label"))
        ]

    article = entity_iri("article", slug)
    return ArticleInfo(
        title=one(objects(article, "dcterms:title")),
        published=one(
            [d for t in objects(article, "time:hasTime") for d in objects(t, "rdfs:label")]
        ),
        url=one(objects(article, "schema:url")),
        publisher=one(names(objects(article, "schema:publisher"))),
        authors=tuple(names(objects(article, "schema:author"))),
    )


def _objects(store: pyoxigraph.Store, slug: str | None, subject: str, prop: str) -> set[str]:
    """The values (IRIs and literals alike) of ``prop`` (``prefix:name``) of ``subject`` in
    the article graph ``slug`` (None: in any graph)."""
    import pyoxigraph

    from kg.namespaces import PREFIXES

    graph = pyoxigraph.NamedNode(article_graph(slug)) if slug is not None else None
    prefix, local = prop.split(":")
    p = pyoxigraph.NamedNode(PREFIXES[prefix] + local)
    found = store.quads_for_pattern(pyoxigraph.NamedNode(subject), p, None, graph)
    return {q.object.value for q in found if not isinstance(q.object, pyoxigraph.Triple)}


def _ingest_into(
    staging: Path,
    current: Path,
    texts: list[tuple[Path, str]],
    manifest: Manifest,
    info: ArticleInfo,
    report: IngestReport,
    validate: bool,
    batch_size: int,
    steps: _Steps,
    targets: dict[int, str],
) -> None:
    """Checkpoint ``current`` into ``staging`` and bulk-load the new articles there; the
    articles ``targets`` names (by the index of their text) are taken out first and read
    again under their slugs."""
    from kg.engine import LocalEngine
    from kg.extract import EXTRACTOR_VERSION, extract
    from kg.store import seal, stage_copy

    engine = LocalEngine(stage_copy(current, staging), writable=True)
    try:
        writer = _BatchWriter(engine, manifest, report, validate=validate)
        given = info.for_one_of(len(texts))
        infos = _take_out(engine.store, targets, given, manifest, writer.ontology_bytes)
        index = EntityIndex.load(engine)  # after: what only the old articles had is gone
        taken = set(manifest.seeds) | set(manifest.ingested) | set(targets.values())
        known = {sha: slug for slug, sha in manifest.ingested.items()}
        minted: dict[str, str] = {}  # see kg.linking.Linker
        pending: list[tuple[str, str, Annotation]] = []
        for done, (path, text) in enumerate(texts, 1):
            sha = text_sha256(text)
            if sha in known:
                report.unchanged.append(known[sha])
                steps.tell(f"unchanged {path.name}", 2)
            else:
                slug = targets.get(done - 1) or article_slug(path, text, taken)
                taken.add(slug)
                own = infos.get(slug, given)
                # One author: the "I" of a column (several: whose "I"?).
                one_author = own.authors[0] if len(own.authors) == 1 else None
                attributions = extract(text, published=published_date(own), author=one_author)
                annotation = annotate(
                    text, slug, attributions, index, own, EXTRACTOR_VERSION, minted
                )
                pending.append((slug, sha, annotation))
                known[sha] = slug
                steps.tell(f"read {path.name}", 1)
            if pending and (len(pending) >= batch_size or done == len(texts)):
                articles = f"{len(pending)} article{'s' if len(pending) > 1 else ''}"
                steps.tell(f"checking and writing {articles}")
                writer.write(pending)
                steps.tell(f"wrote {articles}", len(pending))
                pending = []
        steps.tell("compacting the store")
        engine.store.optimize()  # compact after writing: lookups stay fast (kg bench)
        manifest.triples = len(engine.store)
    finally:
        engine.close()
    seal(staging / "oxigraph")


def _replacements(texts: list[tuple[Path, str]], manifest: Manifest) -> dict[int, str]:
    """The ingested article each file given to ``--replace`` replaces, by the index of the
    file's text (see :func:`kg.articles.article_read_from`); a file none holds is added."""
    from kg.articles import article_read_from

    targets: dict[int, str] = {}
    texts_of: dict[str, str] = {}
    for n, (path, text) in enumerate(texts):
        slug = article_read_from(manifest, path, text)
        if slug is None:
            continue
        if slug in texts_of:
            if texts_of[slug] != text:
                raise InputError(
                    f"{path}: two files given replace article '{slug}'; give one of them"
                )
            continue  # the same file twice: the second finds it done
        texts_of[slug] = text
        targets[n] = slug
    return targets


def _take_out(
    store: pyoxigraph.Store,
    targets: dict[int, str],
    given: ArticleInfo,
    manifest: Manifest,
    ontology: bytes,
) -> dict[str, ArticleInfo]:
    """Take the articles to replace out of the staging store and the manifest; returns the
    details each is read again with: those given, else those it had."""
    from kg.articles import drop_article

    infos = {}
    for slug in targets.values():
        infos[slug] = _stored_info(store, slug).overridden_by(given)
        drop_article(store, slug, manifest.ingested, ontology)
        del manifest.ingested[slug]
    return infos


class _BatchWriter:
    """Turns annotated articles into quads, checks them and bulk-loads them into staging."""

    def __init__(
        self,
        engine: LocalEngine,
        manifest: Manifest,
        report: IngestReport,
        *,
        validate: bool,
    ):
        from kg.build import read_turtle
        from kg.paths import Project

        project = Project.locate()
        self.engine = engine
        self.manifest = manifest
        self.report = report
        self.ontology_bytes = project.ontology_file.read_bytes()
        self.shapes = read_turtle(project.shapes_file) if validate else None
        self.ontology = read_turtle(project.ontology_file) if validate else None

    def _known_descriptions(self, pending: list[tuple[str, str, Annotation]]) -> Graph:
        """What the store already says about the known actors and events the batch cites,
        with the types of what they point to: the shapes check a statement's speaker is an
        actor with one name, and a known event's date is a temporal entity."""
        from rdflib import Graph

        from kg.build import from_quads
        from kg.engine import Term
        from kg.graph import iri

        known = {
            Term.iri(str(iri(kind, e.id))).to_sparql()
            for _slug, _sha, annotation in pending
            for kind, entities in (("actor", annotation.actors), ("event", annotation.events))
            for e in entities
            if e.known
        }
        if not known:
            return Graph()
        import pyoxigraph

        triples = self.engine.store.query(
            "CONSTRUCT { ?e ?p ?o . ?o a ?type } WHERE { VALUES ?e { "
            + " ".join(sorted(known))
            + " } ?e ?p ?o OPTIONAL { ?o a ?type } }",
            use_default_graph_as_union=True,
        )
        assert isinstance(triples, pyoxigraph.QueryTriples)
        return from_quads([pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples])

    def write(self, pending: list[tuple[str, str, Annotation]]) -> None:
        from rdflib import Graph

        from kg.build import from_quads, to_quads
        from kg.graph import annotation_graph

        # No local name for the store: this frame can outlive the call. Importing pyshacl
        # below builds rdflib's SPARQL grammar, and pyparsing keeps parse errors from that
        # with their tracebacks, so every frame up the stack; a store such a frame holds
        # stays open and the staging database cannot be sealed ("lock hold by current
        # process").
        quads: list[pyoxigraph.Quad] = []
        data = Graph()
        for slug, _sha, annotation in pending:
            graph = annotation_graph(annotation)
            data += graph
            quads += to_quads(graph, article_graph(slug))
        derived = derive_for_batch(self.engine.store, quads, self.ontology_bytes)
        if self.shapes is not None and self.ontology is not None:
            from kg.errors import ValidationError
            from kg.validate import shacl_violations

            written = data + from_quads(derived)
            # The known entities' descriptions are context, checked when they were written;
            # only what this batch writes is checked now.
            violations = shacl_violations(
                written + self._known_descriptions(pending),
                self.shapes,
                self.ontology,
                focus=sorted({str(s) for s in written.subjects()}),
            )
            if violations:
                raise ValidationError(
                    f"{len(violations)} SHACL violation(s) in ingested articles; "
                    f"first: {violations[0]}"
                )
        self.report.added += [slug for slug, _sha, _annotation in pending]
        # The bulk loader: the staging generation is invisible until ingest() swaps it in.
        self.engine.store.bulk_extend(quads + derived)
        for slug, sha, annotation in pending:
            self.manifest.ingested[slug] = sha
            self.report.statements += len(annotation.statements)
        self.report.triples += len(quads)
