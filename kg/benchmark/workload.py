"""The benchmark workload: the real stored queries, with parameters drawn from the corpus.

Each query is classed *selective* (one actor, event, venue …: should stay fast as the
corpus grows) or *corpus-wide* (aggregations and scans over everything).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.benchmark.corpus import Picks
from kg.namespaces import KGC


@dataclass(frozen=True)
class Task:
    query: str
    params: dict[str, str]
    selective: bool


def workload(picks: Picks) -> list[Task]:
    year = str(picks.year)
    return [
        Task("statements-about-event", {"event": picks.event}, True),
        Task("statements-by-actor", {"actor": picks.actor}, True),
        Task("statements-at-venue", {"venue": picks.venue}, True),
        Task("statements-by-actor-about", {"actor": picks.actor, "topic": picks.event}, True),
        Task("statements-about", {"topic": picks.topic}, True),
        Task("co-speakers-on-event", {"event": picks.event}, True),
        Task("offices-of-actor", {"actor": picks.actor}, True),
        Task("who-is", {"entity": picks.actor}, True),
        Task("speech-acts-of-actor", {"actor": picks.actor, "type": f"{KGC}SpeechAct"}, True),
        Task("proposals-at-event", {"event": picks.event}, True),
        Task("positions-of-actor", {"actor": picks.actor, "stance": "any"}, True),
        Task("stances-on-position", {"position": picks.position}, True),
        Task("statements-to-audience", {"actor": picks.actor, "audience": picks.audience}, True),
        Task("office-holders", {"office": picks.office}, True),
        Task("sources-of-article", {"article": picks.article}, True),
        Task("quoted-speakers", {"article": picks.article}, True),
        Task("counts-per-speaker", {}, False),
        Task("anonymous-sources", {"kind": f"{KGC}AnonymousSource"}, False),
        Task("statements-containing", {"word": picks.word}, False),
        Task("statements-matching", {"w1": "nuclear", "w2": "sanctions", "min": "2"}, False),
        Task("statements-of-kind", {"kind": f"{KGC}warning"}, False),
        Task("events-in-period", {"from": f"{year}-01-01", "to": f"{year}-12-31"}, False),
        Task("statements-in-period", {"from": f"{year}-01-01", "to": f"{year}-03-31"}, False),
        Task("events-of-type", {"type": f"{KGC}Summit"}, False),
        Task(
            "statements-by-office-holders",
            {"organization": picks.venue, "tenure": f"{KGC}former"},
            False,
        ),
        Task("timeline", {}, False),
    ]
