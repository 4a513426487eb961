"""One machine-read article as an :class:`~kg.annotations.Annotation`: :func:`annotate`.

It is the model the curated seeds use, so a machine-read article goes into the graph through
:func:`kg.graph.annotation_graph` like them. The names the extractor found are linked to the
store's entities by :class:`kg.linking.Linker`; each statement carries the extractor's
version and confidence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.annotations import Annotation, ArticleMeta, Span, SpeechAct, Statement
from kg.article_input import ArticleInfo, date_spec
from kg.entities import EntityIndex
from kg.linking import Linker

if TYPE_CHECKING:
    from kg.extract import Attribution


#: The kind of statement a cue's verb makes it: "warned" a warning, "believes" a belief
#: (its first word: "warned that", "called for" as "called"; see :func:`statement_kind`).
#: Verbs of several kinds ("suggested" a proposal or an assessment) make none.
KIND_BY_CUE = {
    form: kind
    for kind, forms in {
        "prediction": """predicted predicts predict expects expected expect anticipate
            anticipates anticipated forecast forecasts forecasted foresees foresaw""",
        "warning": "warned warns warn cautioned cautions",
        "belief": "believes believed believe thinks thought suspects suspected",
        "proposal": "proposed proposes offered offers",
        "demand": "urged urges demanded demands",
        "announcement": "announced announces",
        "criticism": """criticized criticised criticizes criticises blamed blames accused
            accuses condemned condemns denounced denounces""",
        "conclusion": "concluded concludes",
        "account": "recalled recalls recounted recounts",
    }.items()
    for form in forms.split()
}
#: Cues of two words whose first word alone makes no kind ("called for": a demand).
_KIND_BY_PHRASE = {"called for": "demand", "calls for": "demand", "call for": "demand"}
#: Cues of refusing to speak, and what is refused ("declined to comment", "refused to say
#: whether …", "declines to be interviewed", "declined to publicly comment", "declined
#: further comment"): a refusal, not a claim.
_REFUSING = frozenset("decline declines declined declining refuse refuses refused refusing".split())
_REFUSED = re.compile(
    r"(?:to )?(?:\w+ly |further |additional )?(?:comment|say|answer|discuss|elaborate|confirm"
    r"|respond|speculate|specify|disclose|reveal|identify|name|explain|talk|be interviewed"
    r"|be named|give)\b",
    re.IGNORECASE,
)
#: "did not immediately respond to a request for comment", "has not returned calls": no
#: answer, a refusal as far as a reader can tell.
_ANSWERING = frozenset(
    "respond responds responded reply replies replied return returns returned".split()
)
_ASKED = re.compile(
    r"(?:to )?(?:\w+ ){0,4}?(?:requests?|messages?|calls?|e-?mails?|inquir\w*|questions?"
    r"|queries)\b",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\W+(?:\w+\W+)?$", re.IGNORECASE)


def annotate(
    text: str,
    slug: str,
    attributions: Sequence[Attribution],
    index: EntityIndex,
    info: ArticleInfo,
    extractor: str,
    minted: dict[str, str] | None = None,
) -> Annotation:
    """The annotation of one machine-read article (``minted``: see :class:`~kg.linking.Linker`)."""
    from kg.extract.model import OUTLET_VENUES, quoted_words

    linker = Linker(index, slug, minted)
    published = date_spec(info.published)
    statements: list[Statement] = []
    acts: list[SpeechAct] = []
    # One speaker at one venue on one date is one occasion: Schriver's four quotes from his
    # Hudson Institute talk are statements of one speech act, as in the curated seed.
    occasions: dict[tuple[tuple[str, ...], str, str | None], str] = {}
    for n, a in enumerate(attributions):
        speakers = linker.actors_for(a)
        # The graph keeps a quote's words without its marks, like the curated claims.
        words = [quoted_words(text, part) for part in a.content]
        segments = tuple(Span(s, e, text[s:e]) for s, e in words if e > s)
        if not segments:
            continue
        lo = min(s for s, _ in a.content)
        hi = max(e for _, e in a.content)
        about = linker.events_in(text, lo, hi)
        stated_in = None
        if a.venue in OUTLET_VENUES and info.publisher:
            # "told the newspaper" where the text names no paper: the one publishing it.
            a = dataclasses.replace(a, venue=info.publisher)
        occasion = (speakers, a.venue.casefold(), a.date) if a.venue else None
        if occasion is not None and occasion in occasions:
            stated_in = occasions[occasion]
        elif a.venue or a.date:
            stated_in = f"{slug}--said-{n}"
            if occasion is not None:
                occasions[occasion] = stated_in
            venue = linker.venue_for(a.venue) if a.venue else None
            acts.append(
                SpeechAct(
                    stated_in,
                    name=" and ".join(linker.actors[s].name for s in speakers)
                    + ", "
                    + (a.venue or a.date or ""),
                    speakers=speakers,
                    venue=venue,
                    date=date_spec(a.date),
                )
            )
        cue_text = text[a.cue[0] : a.cue[1]] if a.cue else None
        statements.append(
            Statement(
                id=f"s{n}",
                mode=a.kind,
                speakers=speakers,
                segments=segments,
                descriptor=text[a.source[0] : a.source[1]] if a.source else a.descriptor,
                cue=cue_text,
                cue_span=Span(a.cue[0], a.cue[1], cue_text) if a.cue and cue_text else None,
                source_span=Span(a.source[0], a.source[1], text[a.source[0] : a.source[1]])
                if a.source
                else None,
                about=tuple(about),
                stated_in=stated_in,
                kind=statement_kind(text, a),
                confidence=max(0.0, min(1.0, a.confidence)),
                extractor=extractor,
            )
        )
    # Through the linker, like speakers: the graph would mint them from the name as given.
    authors = tuple(dict.fromkeys(linker.named(a.strip(), "person") for a in info.authors))
    publisher = linker.named(info.publisher.strip(), "organization") if info.publisher else None
    meta = ArticleMeta(
        slug=slug,
        title=info.title,
        authors=authors,
        publisher=publisher,
        published=published,
        url=info.url,
    )
    return Annotation(
        meta=meta,
        text=text,
        actors=tuple(linker.actors.values()),
        events=tuple(linker.events.values()),
        speech_acts=tuple(acts),
        statements=tuple(statements),
    )


def statement_kind(text: str, attribution: Attribution) -> str | None:
    """The kind a statement's cue makes it (see :data:`KIND_BY_CUE`), or a refusal:
    "declined to comment", "did not immediately respond to a request for comment"."""
    if attribution.cue is None:
        return None
    start, end = attribution.cue
    cue = text[start:end].lower()
    words = text[attribution.content[0][0] : attribution.content[-1][1]]
    # The cue may hold what is refused or asked: "declined to say", "respond to questions
    # about" (whose content is what the questions were about).
    first, _, rest = cue.partition(" ")
    if first in _REFUSING and _REFUSED.match(rest or words):
        return "refusal"
    if (
        first in _ANSWERING
        and _ASKED.match(rest or words)
        and _NOT_BEFORE.search(text[max(0, start - 40) : start])
    ):
        return "refusal"
    return _KIND_BY_PHRASE.get(cue) or KIND_BY_CUE.get(first)
