"""Annotations → RDF: one rdflib graph per article, with deterministic IRIs.

IRIs are ``<BASE>/id/<kind>/<slug>`` so that a rebuild yields the same graph and two articles
that mention the same actor or event describe the same node. Statement-level IRIs carry the
article slug, since a statement belongs to the article that reports it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from kg.annotations import (
    Actor,
    Annotation,
    ArticleMeta,
    Event,
    OfficeHolding,
    Place,
    Position,
    Span,
    SpeechAct,
    Statement,
    slugify,
)
from kg.dates import DateSpec, DateValue
from kg.namespaces import KGC, PREFIXES, entity_iri

K = Namespace(KGC)
PROV = Namespace(PREFIXES["prov"])
SCHEMA = Namespace(PREFIXES["schema"])
ORG = Namespace(PREFIXES["org"])
TIME = Namespace(PREFIXES["time"])
OA = Namespace(PREFIXES["oa"])
SKOS = Namespace(PREFIXES["skos"])
DCTERMS = Namespace(PREFIXES["dcterms"])

ACTOR_CLASS = {
    "person": K.Person,
    "organization": K.Organization,
    "administration": K.Administration,
    "group": K.Group,
    "anonymous": K.AnonymousSource,
}
EVENT_CLASS = {
    "event": K.Event,
    "meeting": K.Meeting,
    "summit": K.Summit,
    "negotiation": K.Negotiation,
    "speech": K.Speech,
    "interview": K.Interview,
    "publication": K.Publication,
    "memoir": K.Memoir,
    "study": K.Study,
    "letter": K.Letter,
    "election": K.Election,
    "appointment": K.Appointment,
    "troop-deployment": K.TroopDeployment,
    "war": K.War,
    "testimony": K.Testimony,
    "political-process": K.PoliticalProcess,
}
UNIT = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}
_CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector


def iri(kind: str, slug: str) -> URIRef:
    """The deterministic IRI of an entity, as an rdflib term."""
    return URIRef(entity_iri(kind, slug))


def article_iri(slug: str) -> URIRef:
    return iri("article", slug)


def statement_iri(article_slug: str, statement_id: str) -> URIRef:
    return iri("statement", f"{article_slug}--{statement_id}")


def membership_iri(actor_id: str, key: str) -> URIRef:
    return iri("membership", f"{actor_id}--{key}")


def time_iri(value: DateValue) -> URIRef:
    return iri("time", value.slug)


class _Builder:
    def __init__(self, annotation: Annotation):
        self.a = annotation
        self.g = Graph()
        for prefix, namespace in PREFIXES.items():
            self.g.bind(prefix, namespace)
        self.article = article_iri(annotation.meta.slug)
        self.kind_of: dict[str, str] = {}
        for place in annotation.places:
            self.kind_of[place.id] = "place"
        for actor in annotation.actors:
            self.kind_of[actor.id] = "actor"
        for event in annotation.events:
            self.kind_of[event.id] = "event"
        for act in annotation.speech_acts:
            self.kind_of[act.id] = "speech-act"
        for position in annotation.positions:
            self.kind_of[position.id] = "position"

    def ref(self, ident: str) -> URIRef:
        return iri(self.kind_of.get(ident, "actor"), ident)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def text(self, s: URIRef, p: URIRef, value: str | None) -> None:
        if value:
            self.g.add((s, p, Literal(value)))

    def labels(self, s: URIRef, name: str, aliases: Iterable[str]) -> None:
        self.g.add((s, RDFS.label, Literal(name)))
        for alias in aliases:
            if alias != name:
                self.g.add((s, SKOS.altLabel, Literal(alias)))

    # --- building blocks ----------------------------------------------------------------

    def date(self, s: URIRef, spec: DateSpec | None, prop: URIRef = TIME.hasTime) -> None:
        if spec is None:
            return
        self.text(s, K.dateWritten, spec.written)
        if spec.value is not None:
            self.g.add((s, prop, self.time(spec.value)))

    def time(self, value: DateValue) -> URIRef:
        node = time_iri(value)
        g = self.g
        g.add((node, RDFS.label, Literal(value.lexical)))
        if value.precision == "range":
            g.add((node, RDF.type, TIME.ProperInterval))
            if value.begin is not None:
                g.add((node, TIME.hasBeginning, self.time(value.begin)))
            if value.end is not None:
                g.add((node, TIME.hasEnd, self.time(value.end)))
        else:
            g.add(
                (node, RDF.type, TIME.Instant if value.precision == "day" else TIME.ProperInterval)
            )
            g.add((node, TIME.unitType, UNIT[value.precision]))
            if value.precision == "day":
                g.add((node, TIME.inXSDDate, Literal(value.lexical, datatype=XSD.date)))
            elif value.precision == "month":
                g.add((node, TIME.inXSDgYearMonth, Literal(value.lexical, datatype=XSD.gYearMonth)))
            else:
                g.add((node, TIME.inXSDgYear, Literal(value.lexical, datatype=XSD.gYear)))
        if value.earliest is not None:
            g.add((node, K.earliest, Literal(value.earliest.isoformat(), datatype=XSD.date)))
        if value.latest is not None:
            g.add((node, K.latest, Literal(value.latest.isoformat(), datatype=XSD.date)))
        return node

    def span(self, node: URIRef, span: Span, index: int | None) -> URIRef:
        g = self.g
        g.add((node, RDF.type, OA.SpecificResource))
        g.add((node, OA.hasSource, self.article))
        if index is not None:
            g.add((node, K.segmentIndex, Literal(index, datatype=XSD.integer)))
        position = URIRef(f"{node}--position")
        g.add((node, OA.hasSelector, position))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(span.start, datatype=XSD.integer)))
        g.add((position, OA.end, Literal(span.end, datatype=XSD.integer)))
        quote = URIRef(f"{node}--quote")
        g.add((node, OA.hasSelector, quote))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(span.text)))
        prefix = self.a.text[max(0, span.start - _CONTEXT_CHARS) : span.start]
        suffix = self.a.text[span.end : span.end + _CONTEXT_CHARS]
        self.text(quote, OA.prefix, prefix)
        self.text(quote, OA.suffix, suffix)
        return node

    # --- entities -------------------------------------------------------------------------

    def meta(self, meta: ArticleMeta) -> None:
        s, g = self.article, self.g
        g.add((s, RDF.type, K.Article))
        g.add((s, RDFS.label, Literal(meta.title or meta.slug)))
        self.text(s, DCTERMS.title, meta.title)
        self.text(s, DCTERMS.identifier, meta.slug)
        for author in meta.authors:
            g.add((s, SCHEMA.author, self.named_actor(author, K.Person)))
        if meta.publisher:
            g.add((s, SCHEMA.publisher, self.named_actor(meta.publisher, K.Organization)))
        self.date(s, meta.published)
        if meta.url:
            g.add((s, SCHEMA.url, Literal(meta.url, datatype=XSD.anyURI)))
        self.text(s, DCTERMS.language, meta.language)
        self.text(s, K.disclosure, meta.disclosure)
        g.add((s, SCHEMA.text, Literal(self.a.text)))
        g.add((s, K.sha256, Literal(self.a.sha256)))

    def named_actor(self, name: str, cls: URIRef) -> URIRef:
        """The actor an article's author or publisher names: a known one, or a new one."""
        wanted = name.casefold()
        for actor in self.a.actors:
            if wanted in {actor.name.casefold(), *(x.casefold() for x in actor.aliases)}:
                return self.ref(actor.id)
        node = iri("actor", slugify(name))
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, Literal(name)))
        self.g.add((node, K.mentionedIn, self.article))
        return node

    def place(self, place: Place) -> None:
        s = self.ref(place.id)
        self.g.add((s, K.mentionedIn, self.article))
        if place.known:
            return
        self.g.add((s, RDF.type, K.Place))
        self.labels(s, place.name, place.aliases)
        self.text(s, RDFS.comment, place.note)

    def actor(self, actor: Actor) -> None:
        s = self.ref(actor.id)
        self.g.add((s, K.mentionedIn, self.article))
        if actor.known:
            return
        self.g.add((s, RDF.type, ACTOR_CLASS[actor.type]))
        self.labels(s, actor.name, actor.aliases)
        self.text(s, K.descriptor, actor.descriptor)
        self.text(s, RDFS.comment, actor.note)
        if actor.part_of:
            self.g.add((s, ORG.subOrganizationOf, self.ref(actor.part_of)))
        for office in actor.offices:
            self.office(actor, office)

    def office(self, actor: Actor, office: OfficeHolding) -> None:
        s, g = membership_iri(actor.id, office.key), self.g
        role = iri("office", office.office)
        g.add((s, RDF.type, K.OfficeHolding))
        g.add((s, ORG.member, self.ref(actor.id)))
        g.add((s, ORG.role, role))
        g.add((role, RDF.type, K.Office))
        g.add((role, RDFS.label, Literal(office.office.replace("-", " "))))
        g.add((s, K.title, Literal(office.title)))
        g.add((s, K.tenure, K[office.tenure]))
        g.add((s, RDFS.label, Literal(f"{actor.name}, {office.title} ({office.tenure})")))
        if office.organization:
            g.add((s, ORG.organization, self.ref(office.organization)))
        if office.administration:
            g.add((s, K.administration, self.ref(office.administration)))
        self.date(s, office.date, ORG.memberDuring)
        self.text(s, RDFS.comment, office.note)

    def event(self, event: Event) -> None:
        s = self.ref(event.id)
        self.g.add((s, K.mentionedIn, self.article))
        if event.known:
            return
        self.g.add((s, RDF.type, EVENT_CLASS[event.type]))
        self.labels(s, event.name, event.aliases)
        self.date(s, event.date)
        if event.place:
            self.g.add((s, K.place, self.ref(event.place)))
        for participant in event.participants:
            self.g.add((s, K.participant, self.ref(participant)))
        if event.part_of:
            self.g.add((s, K.partOf, self.ref(event.part_of)))
        self.text(s, RDFS.comment, event.note)

    def speech_act(self, act: SpeechAct) -> None:
        s, g = self.ref(act.id), self.g
        g.add((s, RDF.type, K.SpeechAct))
        if act.type:
            g.add((s, RDF.type, EVENT_CLASS[act.type]))
            for speaker in act.speakers:
                g.add((s, K.participant, self.ref(speaker)))
        g.add((s, K.mentionedIn, self.article))
        self.labels(s, act.name, act.aliases)
        for speaker in act.speakers:
            g.add((s, PROV.wasAssociatedWith, self.ref(speaker)))
        if act.venue:
            g.add((s, K.venue, self.ref(act.venue)))
        if act.place:
            g.add((s, K.place, self.ref(act.place)))
        for listener in act.audience:
            g.add((s, K.audience, self.ref(listener)))
        self.date(s, act.date)
        self.text(s, RDFS.comment, act.note)

    def position(self, position: Position) -> None:
        s, g = self.ref(position.id), self.g
        g.add((s, RDF.type, K.Proposal if position.type == "proposal" else K.Position))
        g.add((s, K.mentionedIn, self.article))
        self.labels(s, position.name, position.aliases)
        for prop, actors in (
            (K.proposedBy, position.proposed_by),
            (K.supportedBy, position.supported_by),
            (K.rejectedBy, position.rejected_by),
        ):
            for actor in actors:
                g.add((s, prop, self.ref(actor)))
        if position.proposed_at:
            g.add((s, K.proposedAt, self.ref(position.proposed_at)))
        self.text(s, RDFS.comment, position.note)

    def statement(self, st: Statement) -> None:
        slug = self.a.meta.slug
        s, g = statement_iri(slug, st.id), self.g
        g.add((s, RDF.type, K.DirectQuote if st.mode == "direct" else K.Paraphrase))
        g.add((s, SCHEMA.text, Literal(st.text)))
        g.add((s, RDFS.label, Literal(_short_label(st))))
        g.add((s, K.sourceDocument, self.article))
        for speaker in st.speakers:
            g.add((s, K.speaker, self.ref(speaker)))
        self.text(s, K.speakerDescriptor, st.descriptor)
        self.text(s, K.cue, st.cue)
        for target in st.about:
            g.add((s, K.about, self.ref(target)))
        if st.stated_in:
            g.add((s, K.statedIn, self.ref(st.stated_in)))
        if st.kind:
            g.add((s, K.kind, K[st.kind]))
        for speaker_id, office_key in st.capacity:
            g.add((s, K.capacity, membership_iri(speaker_id, office_key)))
        self.date(s, st.date)
        self.text(s, RDFS.comment, st.note)
        if st.confidence is not None:
            g.add((s, K.confidence, Literal(f"{st.confidence:.3f}", datatype=XSD.decimal)))
        self.text(s, K.extractor, st.extractor)
        base = f"{entity_iri('evidence', f'{slug}--{st.id}')}"
        for index, segment in enumerate(st.segments):
            g.add((s, K.evidence, self.span(URIRef(f"{base}--{index}"), segment, index)))
        if st.cue_span:
            g.add((s, K.cueEvidence, self.span(URIRef(f"{base}--cue"), st.cue_span, None)))
        if st.source_span:
            g.add((s, K.sourceEvidence, self.span(URIRef(f"{base}--source"), st.source_span, None)))


def _short_label(st: Statement) -> str:
    words = st.text.split()
    head = " ".join(words[:10])
    return head + ("…" if len(words) > 10 else "")


def annotation_graph(annotation: Annotation) -> Graph:
    """The RDF of one article: its description, entities and statements with evidence."""
    b = _Builder(annotation)
    b.meta(annotation.meta)
    for place in annotation.places:
        b.place(place)
    for actor in annotation.actors:
        b.actor(actor)
    for event in annotation.events:
        b.event(event)
    for act in annotation.speech_acts:
        b.speech_act(act)
    for position in annotation.positions:
        b.position(position)
    for statement in annotation.statements:
        b.statement(statement)
    return b.g
