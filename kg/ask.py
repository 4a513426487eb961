"""``kg ask``: map a plain-English question to a stored query and its parameters, then run it.

The mapping is a short list of rules, tried in order, over what :mod:`kg.question` read:
intent words ("where", "propose", "offices", "unnamed", "timeline" …), the kinds of the
entities named (actor, event, position, speech act, statement kind, office), whether the
question asks *for* a speaker ("who said …") or names one ("what did Biegun say …"), and a
period. Each rule names a stored query in ``queries/``; the answer is that query's rows,
never anything else. A question no rule covers, or one that names people or things the
graph does not know, is refused with the nearest entities and queries.

Before the rules, descriptions are resolved with the graph's own facts (:mod:`kg.ask_facts`):
people by role (:mod:`kg.roles`: "the former national security adviser"), events and speech
acts by place, order, participant or speaker (:mod:`kg.event_references`: "the Vietnam
summit", "the second summit", "Kim's letter"), or by type, date and participants
(:mod:`kg.event_descriptions`: "the June 2019 summit between Trump and Kim"); positions by
the words a question of stance shares with them (:mod:`kg.position_links`: "pulling US
troops out of South Korea"). Words that name nothing are searched in the
statements (:mod:`kg.word_search`), with the synonyms of :mod:`kg.lexicon`. A question for a
fact the graph never records (an age, a phone number: :mod:`kg.unheld_attributes`) is refused
before any rule could answer it with rows about the entity it names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.ask_facts import graph_facts
from kg.engine import Engine, Table, inject_values
from kg.entities import Entity, EntityIndex, normalize
from kg.errors import QuestionNotUnderstood
from kg.event_descriptions import resolve_described_events
from kg.event_references import (
    add_participant_aliases,
    add_place_aliases,
    add_speaker_aliases,
    resolve_countries,
    resolve_ordinals,
    resolve_own_acts,
)
from kg.lexicon import stem_for_search
from kg.namespaces import ID, KGC, PREFIXES
from kg.position_links import resolve_loose_positions
from kg.queries import QueryCatalog, StoredQuery, bind, run_stored
from kg.question import ParsedQuestion, parse
from kg.roles import resolve_heads, resolve_roles
from kg.tenure_words import tenure_asked
from kg.unheld_attributes import unheld_attribute
from kg.unknown_people import unknown_people
from kg.vocabulary import (
    ANONYMOUS,
    ARTICLE_FACTS,
    ARTICLE_NOUNS,
    ATTITUDES,
    AUTHORSHIP,
    CONTENT_VERBS,
    COUNT_WORDS,
    EVENT_TYPES,
    FUNCTION_WORDS,
    FUNDING,
    HELD_NOUNS,
    KIND_WORDS,
    MENTION,
    OFFICE_NOUNS,
    OFFICE_WORDS,
    OTHERS,
    PROPOSE,
    REJECT,
    SAY,
    SPEAKER_CUES,
    SPEECH_ACT_TYPES,
    STATEMENT_NOUNS,
    STRONG_OFFICE_WORDS,
    SUPPORT,
    TIME_WORDS,
    VAGUE_WORDS,
    VIEW_NOUNS,
    WHO_IS,
    WHO_IS_NOUNS,
)
from kg.word_search import search_statements


@dataclass(frozen=True)
class Choice:
    query: str
    params: dict[str, str]
    why: str
    #: Why to refuse if the word search this choice may fall back on finds nothing.
    refusal: str | None = None
    #: A broader choice to answer with if this one has no rows.
    fallback: Choice | None = None
    #: The question's verb ("warned", "believes"), which the word search also looks for in
    #: the kinds and cues of statements.
    verb: str | None = None


@dataclass
class Answer:
    question: str
    query: StoredQuery
    params: dict[str, str]
    why: str
    table: Table
    sparql: str
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "query": self.query.name,
            "params": self.params,
            "why": self.why,
            "columns": self.table.columns,
            "rows": self.table.rows,
        }


Rule = Callable[[ParsedQuestion], Choice | None]


# --- who speaks, what about -----------------------------------------------------------


def _speaker(q: ParsedQuestion) -> Entity | None:
    """The actor the question names as speaker ("what did X say", "X's remarks", "by X").

    In a terse question only actors with statements speak: in "moon administration
    criticism" the Moon administration is what is criticized.
    """
    if q.asks_for_speaker:
        return None
    # "according to X" names the speaker whoever the sentence's subject is: in "how did the
    # North Koreans read Trump, according to Biegun" the North Koreans are Biegun's topic.
    attributed = q.mentioned_after(("according",), "actor")
    if attributed:
        return attributed[0]
    for mention in q.mentions:
        actors = mention.of_kind("actor")
        if not actors:
            continue
        before = q.tokens[max(0, mention.start - 2) : mention.start]
        after = q.tokens[mention.end : mention.end + 1]
        if any(w in SPEAKER_CUES for w in before) or (after and after[0] in SAY):
            return actors[0]
    if not q.question_word:  # terse: "biegun troops", "Schriver's predictions"
        actors = [a for a in q.entities("actor") if a.iri in q.speakers and not _is_topic(q, a)]
        return actors[0] if actors else None
    return None


def _is_topic(q: ParsedQuestion, entity: Entity) -> bool:
    """Whether the question names ``entity`` only after "about", "on", "regarding" …:
    in "Show me all predictions about Kim" Kim is spoken about, not speaking."""
    mentions = [m for m in q.mentions if entity in m.entities]
    return bool(mentions) and all(
        m.start > 0 and q.tokens[m.start - 1] in ("about", "on", "regarding", "concerning")
        for m in mentions
    )


def _co_speakers(q: ParsedQuestion, speaker: Entity) -> tuple[Entity, ...]:
    """Actors joined to the speaker by "and" ("Hecker and Carlin") or named with it ("the
    intelligence analysts"): speakers, not topics."""
    joined = [speaker]
    for mention in q.mentions:
        if speaker in mention.entities:
            joined += [a for a in mention.of_kind("actor") if a not in joined]
    mentions = [m for m in q.mentions if m.of_kind("actor")]
    for left, right in itertools.pairwise(mentions):
        between = q.tokens[left.end : right.start]
        if between == ["and"] and any(e in joined for e in left.entities):
            joined += right.of_kind("actor")
    return tuple(joined)


def _first_actor(q: ParsedQuestion) -> Entity | None:
    actors = q.entities("actor")
    return actors[0] if actors else None


def _topic(q: ParsedQuestion, exclude: tuple[Entity, ...] = ()) -> Entity | None:
    """What a question is about: an event first, then a position, act, actor, place.

    An event after "after", "before", "during" … dates the question; it is not its topic.
    """
    timed = {
        e
        for m in q.mentions
        if q.tokens[max(0, m.start - 1) : m.start] and q.tokens[m.start - 1] in TIME_WORDS
        for e in m.entities
    }
    for kind in ("event", "position", "speech-act", "actor", "place"):
        for entity in q.entities(kind):
            if entity not in exclude and entity not in timed:
                return entity
    return None


def _about_choice(topic: Entity, why: str, held: tuple[str, ...] = ()) -> Choice:
    """The query for statements about ``topic``; ``held``: the events held there, if a place."""
    if "event" in topic.kinds:
        # "What did the 2021 interview cover?": a speech act is seldom spoken about; what
        # was said in it.
        said_in = (
            Choice("statements-at-venue", {"venue": topic.iri}, f"{why} (what was said in it)")
            if "speech-act" in topic.kinds
            else None
        )
        return Choice("statements-about-event", {"event": topic.iri}, why, fallback=said_in)
    if topic.kinds == frozenset({"place"}) and len(held) == 1:
        # "What happened at the DMZ?": the one event held there; what it was if no one
        # spoke about it.
        event = held[0]
        return Choice(
            "statements-about-event",
            {"event": event},
            f"{why} (the event held there)",
            fallback=Choice("who-is", {"entity": event}, f"{why} (the event held there)"),
        )
    if topic.kinds == frozenset({"place"}):
        # Places are seldom tagged as topics: find the statements that name them.
        return Choice("statements-containing", {"word": topic.label}, f"{why} (by its name)")
    if "position" in topic.kinds:
        # A position nobody speaks about may still have been proposed, backed or rejected.
        stances = Choice(
            "stances-on-position", {"position": topic.iri}, f"{why} (no statements: stances)"
        )
        return Choice("statements-about", {"topic": topic.iri}, why, fallback=stances)
    return Choice("statements-about", {"topic": topic.iri}, why)


# --- rules, most specific first -------------------------------------------------------


def rule_phrase(q: ParsedQuestion) -> Choice | None:
    """Who said some words: the words are searched in the statements (exact phrase first, then
    the statements sharing the most words).

    Examples: "Who said nukes are now part of the regime's DNA?" | "Who said "not a day
    one issue"?" | "Which source said the door will lead to a different room?"
    """
    if q.phrase:
        return Choice("statements-containing", {"word": q.phrase}, "quotes a phrase")
    named = re.search(
        r"\b(?:words?|phrase|expression|term)\s+(.{3,}?)[?.!\s]*$", q.text, re.IGNORECASE
    )
    if named and q.asks_for_speaker:
        return Choice("statements-containing", {"word": named.group(1)}, "asks who used some words")
    words = q.text.rstrip("?!. ").split()
    lowered = [w.lower().strip(",;:") for w in words]
    for i, word in enumerate(lowered[:4]):
        # "Who is skeptical that …": an attitude after a copula says what was claimed too.
        attitude = word in ATTITUDES and lowered[i - 1] in ("is", "was", "are", "were", "seems")
        if (word not in CONTENT_VERBS and not attitude) or i == 0:
            continue
        if not q.asks_for_speaker:
            continue
        rest = words[i + 1 :]
        if rest and rest[0].lower() in ("that", "about", "whether", "of"):
            rest = rest[1:]
        if len(rest) < 3:
            return None
        start_token = len(q.tokens) - len(" ".join(rest).split())
        topics = [
            m
            for m in q.mentions
            if m.start >= start_token and "speech-act" not in m.entities[0].kinds
        ]
        claim = [  # words besides names that say something: "misses" in "Kim misses Trump"
            t
            for j, t in enumerate(q.tokens[start_token:], start_token)
            if t not in FUNCTION_WORDS
            and t not in VAGUE_WORDS
            and not any(m.start <= j < m.end for m in q.mentions)
        ]
        if topics and len(rest) <= 5 and not claim:
            return None  # "who said anything about the Korean War": a topic, not words
        return Choice(
            "statements-containing",
            {"word": " ".join(rest)},
            "asks who said some words",
            verb=word,
        )
    return None


def rule_author(q: ParsedQuestion) -> Choice | None:
    """Who wrote the article: its author, as the graph records it.

    Examples: "Who wrote the article?" | "Who is the author of this piece?" | "article
    author"
    """
    if not q.authors or not q.has(*ARTICLE_NOUNS) or not q.has(*AUTHORSHIP):
        return None
    others = [a for a in q.entities("actor") if a.iri not in q.authors]  # "the author" is one
    if others or not (q.asks_for_speaker or not q.question_word):
        return None
    return Choice("who-is", {"entity": q.authors[0]}, "asks who wrote the article")


def rule_article(q: ParsedQuestion) -> Choice | None:
    """What the article itself is: who published it and when, its disclosure, who backs its
    publisher.

    Examples: "Who published the article?" | "When was this piece published?" | "What is
    the article's disclosure?" | "Who funds KEI?"
    """
    if not q.articles:
        return None
    publisher = any(a.iri in q.publishers for a in q.entities("actor"))
    others = [a for a in q.entities("actor") if a.iri not in q.publishers]
    # "the publisher", "the disclosure" are only ever an article's.
    named = q.has(*ARTICLE_NOUNS, "publisher publishers disclosure disclosures")
    about_article = named and q.has(*ARTICLE_FACTS) and not others
    if not (about_article or (publisher and q.has(*FUNDING))):
        return None
    return Choice("article-details", {"article": q.articles[0]}, "asks about the article itself")


def rule_anonymous(q: ParsedQuestion) -> Choice | None:
    """Statements from unnamed sources (or from groups), with their descriptors as printed.

    Examples: "Which statements come from unnamed sources?" | "anonymous sources" |
    "What did unnamed groups say?"
    """
    if q.has(*ANONYMOUS):
        kind = "Group" if q.has("group groups collective") else "AnonymousSource"
        return Choice("anonymous-sources", {"kind": f"{KGC}{kind}"}, "asks for unnamed sources")
    return None


def rule_timeline(q: ParsedQuestion) -> Choice | None:
    """A timeline of events and dated statements.

    Examples: "Give me a timeline." | "chronology of events"
    """
    if q.has("timeline chronology chronological chronologically sequence_of_events"):
        if q.period is not None:  # "a timeline of 2019", "chronology since 2022"
            period = {"from": q.period.start.isoformat(), "to": q.period.end.isoformat()}
            return Choice("timeline", period, "asks for a timeline of a period")
        return Choice("timeline", {}, "asks for a timeline")
    return None


def rule_kind(q: ParsedQuestion) -> Choice | None:
    """Statements of one kind: predictions, warnings, criticism, proposals, demands,
    conclusions …

    Examples: "Which statements are predictions?" | "Show the warnings." | "any
    demands?"
    """
    kind = _kind_asked(q)
    if kind is None or q.entities("event") or q.entities("position"):
        return None
    if q.has("how_many number_of"):
        return None  # a count: see rule_counts
    if kind == f"{KGC}proposal" and (q.has(*REJECT) or q.entities("actor")):
        return None  # "Which proposals did Kim reject?": stances, see rule_proposals
    actor = _speaker(q)
    if actor is None and not q.asks_for_speaker:
        # "moon administration criticism": an actor who says nothing is the topic.
        actor = next(
            (a for a in q.entities("actor") if a.iri in q.speakers and not _is_topic(q, a)),
            None,
        )
        if actor is None and q.entities("actor"):
            return None
    if actor is None:
        if not q.entities("statement-kind"):
            return None  # a verb alone ("who warned …") may name its topic: see rule_topic
        return Choice("statements-of-kind", {"kind": kind}, "asks for statements of a kind")
    group = _described_group(q, actor)
    if len(group) > 1:
        # "What did the intelligence analysts warn?": that kind from any of them, else all
        # they said (a paraphrased verb may not match the kind the graph gives).
        params = _group_params(group)
        return Choice(
            "statements-by-group",
            {**params, "kind": kind},
            "asks for statements of a kind by the people of a description",
            fallback=Choice(
                "statements-by-group", params, "asks what the people of a description said"
            ),
        )
    # A verb ("What did Revere conclude?") paraphrases more loosely than a noun: if the
    # graph gives none of the actor's statements that kind, all they said.
    verb = not q.entities("statement-kind")
    everything = Choice("statements-by-actor", {"actor": actor.iri}, "asks what an actor said")
    return Choice(
        "statements-by-actor-of-kind",
        {"actor": actor.iri, "kind": kind},
        "asks for an actor's statements of a kind",
        fallback=everything if verb else None,
    )


def _kind_asked(q: ParsedQuestion) -> str | None:
    """The statement kind a question names: "predictions", or a verb: "predicted"."""
    kinds = q.entities("statement-kind")
    if kinds:
        return kinds[0].iri
    verbs = [KIND_WORDS[t] for t in q.tokens if t in KIND_WORDS]
    return f"{KGC}{verbs[0]}" if verbs else None


def rule_office_holders(q: ParsedQuestion) -> Choice | None:
    """What former (or current, incoming) officials said, of the Trump administration or of the
    US.

    Examples: "What did former Trump administration officials say?" | "Which statements
    were made by former officials?"
    """
    if not q.has("official officials officeholders office_holders ex_officials"):
        return None
    if any("official" in m.text for m in q.mentions):
        return None  # "the senior official": an unnamed source of some article
    # Officials are former ones unless the question says otherwise: the article's sources
    # are mostly former officials.
    asked = tenure_asked(q)
    tenure = asked if asked != "any" else "former"
    named = _organizations_named(q)
    if not q.has(*SAY, *STATEMENT_NOUNS) and _kind_asked(q) is None and named:
        # "Which officials of the State Department are mentioned?": the people, not what
        # they said.
        return Choice(
            "people-of-organization",
            {"organization": named[0].iri, "tenure": tenure_asked(q)},
            "asks for the officials of an organization",
        )
    organizations = named or [
        a for a in q.entities("actor") if a.label.lower().endswith("administration")
    ]
    if organizations:
        # "What did State Department officials say?": only the holders of its offices.
        organization = organizations[0].iri
    elif q.has("trump_administration trump_officials trump_s_administration"):
        organization = f"{ID}actor/first-trump-administration"
    else:
        organization = f"{ID}actor/united-states"
    return Choice(
        "statements-by-office-holders",
        {"organization": organization, "tenure": f"{KGC}{tenure}"},
        f"asks what {tenure} officials said",
    )


def rule_office(q: ParsedQuestion) -> Choice | None:
    """Who held a kind of office.

    Examples: "Who is the current president of South Korea?" | "Who was deputy secretary
    of state?"
    """
    offices = q.entities("office")
    if (offices and q.asks_for_speaker) or (offices and not q.entities("actor")):
        holders = Choice(
            "office-holders",
            {"office": offices[0].iri, "tenure": tenure_asked(q)},
            "asks who held an office",
        )
        when = _period_asked(q)
        if when is None:
            return holders
        # "Who was South Korea's president in 2019 / at the time of the Hanoi summit?":
        # those whose recorded term overlaps; all holders if the graph dates none.
        return Choice(
            "office-holders-in-period",
            {"office": offices[0].iri, "from": when[0], "to": when[1]},
            "asks who held an office at a time",
            fallback=holders,
        )
    return None


def _period_asked(q: ParsedQuestion) -> tuple[str, str] | None:
    """The period a question dates itself by: a year or month it names, or the days of an
    event it names after "time of", "during", "at" …"""
    if q.period is not None:
        return q.period.start.isoformat(), q.period.end.isoformat()
    for mention in q.mentions:
        before = q.tokens[max(0, mention.start - 2) : mention.start]
        if not ({"during", "of", "at"} & set(before) or set(before) & TIME_WORDS):
            continue
        for event in mention.of_kind("event"):
            day = q.event_days.get(event.iri)
            if day:
                return day, day
    return None


def rule_offices_of_actor(q: ParsedQuestion) -> Choice | None:
    """The offices an actor held, with tenure (former, current, designate).

    Examples: "What positions has John Bolton held?" | "Stephen Biegun offices" | "What
    role will Alex Wong take?"
    """
    actor = _first_actor(q)
    if actor is None or q.has(*PROPOSE, *REJECT):
        return None
    if q.has("where when") and q.entities("event"):
        return None  # "where was the June 2019 meeting held": events are held, not offices
    # "the former national security adviser" names Bolton, it does not ask for his offices.
    has = q.has_besides_descriptions
    says = q.has(*SAY) and not has(*STRONG_OFFICE_WORDS)
    policy = q.has("stance stances stand view views policy on")
    titled = has(*OFFICE_NOUNS) and has("currently current still now former formerly ever is was")
    if (
        (has(*OFFICE_WORDS) and not says)
        or (q.has("position positions") and not policy and not says)
        or (titled and not says)
    ):
        return Choice("offices-of-actor", {"actor": actor.iri}, "asks which offices an actor held")
    return None


#: Words of belonging to an organization; "_" joins a phrase.
_MEMBERSHIP = "was_in were_in is_in are_in member members part_of join joins joined joining"
#: Nouns of an office held: "held posts", "hold office".
_POSTS = "post posts office offices position positions job jobs role roles government"


def _organizations_named(q: ParsedQuestion) -> list[Entity]:
    """The organizations and administrations the question names in which the graph records
    offices ("the State Department", "the Pentagon", "Trump's first term"); not people."""
    return [a for a in q.entities("actor") if a.iri in q.organizations]


def rule_people_of_organization(q: ParsedQuestion) -> Choice | None:
    """Who held offices in an organization: who ran or worked for it; who is about to take up
    a post.

    Examples: "Who ran Los Alamos?" | "Who is about to take up a new post in Washington?" |
    "Which former State Department officials are there?"
    """
    tenure = tenure_asked(q)
    running = q.has(
        "ran run runs led leads lead headed heads directed directs worked works "
        "served serves in_charge_of staff employed"
    )
    # "Who held posts in …", "Which people currently hold office?": holding some office.
    holding = q.has("held hold holds holding") and q.has(_POSTS) and not q.entities("office")
    # "Who was in the Trump administration?", "Who will join it?": its members, if the
    # question names an organization in which the graph records offices.
    holding = holding or bool(q.has(_MEMBERSHIP) and _organizations_named(q))
    if not running and not holding and tenure != "designate":
        return None
    if q.has(*SAY):
        return None
    if holding and any(a.iri not in q.organizations for a in q.entities("actor")):
        return None  # "What position did Biegun hold?": see rule_offices_of_actor
    organizations = _organizations_named(q) or [
        e
        for e in q.entities("actor")
        if not holding and (e.iri not in q.speakers or "administration" in e.label.lower())
    ]
    if not organizations and holding and not q.entities("actor"):
        return Choice("office-holders-of-tenure", {"tenure": tenure}, "asks who holds some office")
    if not organizations and (tenure != "designate" or q.entities("office")):
        return None  # "Who will serve as deputy national security advisor?": rule_office
    organization = organizations[0].iri if organizations else f"{ID}actor/united-states"
    return Choice(
        "people-of-organization",
        {"organization": organization, "tenure": tenure},
        "asks who held offices in an organization",
    )


#: Words of taking part in an event; "_" joins a phrase.
_ATTEND = (
    "attend attended attending attendee attendees took_part take_part taking_part participated "
    "participate participates participant participants involved present was_at were_at "
    "was_there were_there went_to joined"
)
#: Words of an actor's being part of events: "Which events is Kim mentioned in?".
_INVOLVED = "involved involve involves involving mentioned_in featured feature features"


def rule_meetings(q: ParsedQuestion) -> Choice | None:
    """Who took part in an event; events two actors took part in (when they met), or one
    actor's events (testimony, visits, the events they are involved in).

    Examples: "Who attended the Hanoi Summit?" | "When did Trump and Kim meet?" | "When did
    Michael Cohen testify before Congress?" | "Which events is Bolton involved in?"
    """
    actors = q.entities("actor")
    events = [e for e in q.entities("event") if "speech-act" not in e.kinds]
    if events and not actors and q.has(_ATTEND) and (q.asks_for_speaker or q.question_word):
        return Choice(
            "participants-of-event", {"event": events[0].iri}, "asks who took part in an event"
        )
    if actors and len(actors) == 1 and q.has(_INVOLVED) and q.has("event events"):
        return Choice(
            "events-of-actors",
            {"actor": actors[0].iri, "other": actors[0].iri},
            "asks for the events an actor took part in",
        )
    if events and q.has("where when what_day which_day"):
        return None  # "Where did Trump meet Kim in June 2019?": the one meeting; rule_where_when
    if q.has("meet met meeting meetings summits sat_down") and len(actors) >= 2:
        return Choice(
            "events-of-actors",
            {"actor": actors[0].iri, "other": actors[1].iri},
            "asks when two actors met",
        )
    if (
        q.has(
            "testify testified testimony attend attended took_part take_part participated "
            "participate visit visited"
        )
        and actors
    ):
        return Choice(
            "events-of-actors",
            {"actor": actors[0].iri, "other": actors[0].iri},
            "asks for the events an actor took part in",
        )
    return None


def rule_talked_to(q: ParsedQuestion) -> Choice | None:
    """To whom an actor spoke or wrote: the speech acts with their audience and venue.

    Examples: "Who did the former intelligence officer talk to?" | "To whom did Kim write
    in August 2019?"
    """
    if not (q.asks_for_speaker or q.has("to_whom whom audience addressed_to")):
        return None
    if not q.has(
        "talk_to talked_to spoke_to speak_to addressed address wrote_to write_to "
        "to_whom audience tell told"
    ):
        return None
    actors = [a for a in q.entities("actor") if a.iri in q.speakers]
    if len(q.entities("actor")) != 1 or not actors:
        return None
    kind = next((cls for word, cls in SPEECH_ACT_TYPES.items() if q.has(word)), "SpeechAct")
    return Choice(
        "speech-acts-of-actor",
        {"actor": actors[0].iri, "type": f"{KGC}{kind}"},
        "asks to whom an actor spoke",
    )


def rule_proposals(q: ParsedQuestion) -> Choice | None:
    """Proposals and positions: what an actor proposed, supported or rejected; who took a
    stance on a position; the proposals at an event.

    Examples: "What did Trump propose at the Hanoi Summit?" | "Who rejected the Yongbyon
    offer?" | "Which proposals were made at the Hanoi Summit?"
    """
    positions = q.entities("position")
    if positions and q.has("accept accepted accepts agree agreed agrees embrace embraced take_up"):
        return Choice(
            "stances-on-position",
            {"position": positions[0].iri},
            "asks who accepted or refused a position",
        )
    if q.has(*REJECT):
        stance = "rejected"
    elif q.has(*PROPOSE):
        stance = "proposed"
    elif q.has(*SUPPORT) and (q.entities("position") or q.has("position positions stance")):
        stance = "supported"
    elif q.has("position positions stance stances") and q.entities("actor"):
        stance = "any"
    else:
        return None
    if positions and (q.asks_for_speaker or not q.entities("actor")):
        return Choice(
            "stances-on-position",
            {"position": positions[0].iri},
            "asks who took a stance on a position",
        )
    actor = _speaker(q) or (None if q.asks_for_speaker else _first_actor(q))
    if actor is not None:
        return Choice(
            "positions-of-actor",
            {"actor": actor.iri, "stance": stance},
            f"asks what an actor {stance}",
        )
    events = q.entities("event")
    if events:
        # "Who opposed the lifting of sanctions?": no proposal was made at the sanctions
        # regime; what was said about it.
        about = _about_choice(events[0], "asks about an event (no proposals made at it)")
        return Choice(
            "proposals-at-event",
            {"event": events[0].iri},
            "asks for the proposals at an event",
            fallback=about,
        )
    return None


#: Verbs of telling an audience; "_" joins a phrase.
_TOLD = (
    "tell told say_to said_to write_to wrote_to address addressed tells telling say_in said_in"
).split()


def rule_audience(q: ParsedQuestion) -> Choice | None:
    """What an actor told an audience or a venue.

    Examples: "What did Kim Jong Un tell his army commanders?" | "What did Biegun tell
    the Korea Society?" | "What did Kim write to Trump?"
    """
    # "Tell me what Hecker and Carlin found": a request, not an audience.
    request = 2 if q.tokens[:2] in (["tell", "me"], ["tell", "us"]) else 0
    told = f" {' '.join(q.tokens[request:])} "
    if not any(f" {w.replace('_', ' ')} " in told for w in _TOLD):
        return None
    speaker = _speaker(q)
    actors = [a for a in q.entities("actor") if a != speaker]
    if speaker is None or not actors:
        return None
    return Choice(
        "statements-to-audience",
        {"actor": speaker.iri, "audience": actors[0].iri},
        "asks what an actor told an audience",
    )


def rule_where_when(q: ParsedQuestion) -> Choice | None:
    """Where and when an actor spoke or wrote (optionally a letter, interview, memoir, study or
    speech); when or where an event was.

    Examples: "Where did Stephen Biegun speak?" | "When did Kim Jong Un write his last
    letter to Trump?" | "When was the Hanoi Summit?"
    """
    if not q.has(
        "where when venue venues forum date what_day which_day what_year which_year dated"
    ):
        return None
    actor = _speaker(q) or (None if q.asks_for_speaker else _first_actor(q))
    acts = q.entities("speech-act")
    events = [e for e in q.entities("event") if "speech-act" not in e.kinds]
    if events and not q.has(*SAY) and not q.has("speak spoke talk"):
        return Choice("who-is", {"entity": events[0].iri}, "asks when or where an event was")
    if actor is None:
        target = acts[0] if acts else _topic(q)
        if target is not None:
            return Choice("who-is", {"entity": target.iri}, "asks when or where something was")
        return None
    kind = next((cls for word, cls in SPEECH_ACT_TYPES.items() if q.has(word)), "SpeechAct")
    if acts and kind == "SpeechAct":
        return Choice("who-is", {"entity": acts[0].iri}, "asks when or where a speech act was")
    return Choice(
        "speech-acts-of-actor",
        {"actor": actor.iri, "type": f"{KGC}{kind}"},
        "asks where or when an actor spoke",
    )


def rule_counts(q: ParsedQuestion) -> Choice | None:
    """How many statements each speaker made (or one actor); how many fit a speaker, a venue
    and a kind.

    Examples: "Who made the most statements?" | "How many statements did Kim make?" |
    "How many times was Schriver quoted at the Hudson Institute?"
    """
    if not q.has(*COUNT_WORDS):
        return None
    kind = _kind_asked(q)
    counted = q.has(*STATEMENT_NOUNS) or q.entities("statement-kind")
    if q.has("how_many how_much number_of") and not counted:
        raise QuestionNotUnderstood("the graph counts statements and sources, nothing else")
    venue = _venue_named(q)
    topic = _topic_named(q)
    actor = _speaker(q) or next((a for a in q.entities("actor") if a not in (venue, topic)), None)
    if q.has("how_many number_of") and (venue or kind or topic or q.period):
        # "How many times was Schriver quoted at the Hudson Institute?", "How many predictions?"
        return Choice(
            "statement-counts",
            {
                "actor": actor.iri if actor else "any",
                "venue": venue.iri if venue else "any",
                "kind": kind or "any",
                "topic": topic.iri if topic else "any",
                **(
                    {"from": q.period.start.isoformat(), "to": q.period.end.isoformat()}
                    if q.period
                    else {}
                ),
            },
            "asks how many statements fit a speaker, venue, kind, topic or period",
        )
    if actor is not None and q.has("how_many number_of"):
        return Choice("who-is", {"entity": actor.iri}, "asks how many statements an actor made")
    if q.has("venue venues by_venue per_venue where forum forums place places"):
        return Choice("counts-per-venue", {}, "asks for counts per venue")
    return Choice("counts-per-speaker", {}, "asks for counts per speaker")


def _venue_named(q: ParsedQuestion) -> Entity | None:
    """A speech act, or a venue named after "at", "to", "in" … ("at the Hudson Institute")."""
    acts = q.entities("speech-act")
    if acts:
        return acts[0]
    for mention in q.mentions:
        before = q.tokens[max(0, mention.start - 2) : mention.start]
        if any(w in before for w in ("at", "to", "in", "before", "for")):
            venues = [e for e in mention.entities if e.iri in q.venues and "actor" in e.kinds]
            if venues:
                return venues[0]
    return None


def _topic_named(q: ParsedQuestion) -> Entity | None:
    """What a question names after "about", "on", "regarding" … ("about the Hanoi Summit")."""
    for mention in q.mentions:
        before = q.tokens[max(0, mention.start - 2) : mention.start]
        if any(w in before for w in ("about", "on", "regarding", "concerning", "mention")):
            return mention.entities[0]
    return None


def rule_quoted(q: ParsedQuestion) -> Choice | None:
    """Who was quoted directly; all the sources of the article.

    Examples: "Who was quoted in the article?" | "Which sources does the article cite?"
    """
    if _speaker(q) is not None or q.entities("event"):
        return None
    if any(a.iri in q.venues for a in q.entities("actor")):
        return None  # "Who spoke at the Korea Society?": see rule_venue
    if q.has("quoted quote quotes quotation quotations in_their_own_words directly") and q.has(
        "who whom which list whose"
    ):
        return Choice("quoted-speakers", {}, "asks who was quoted directly")
    if q.has("sources cited cites voices interviewed speakers who_speaks who_spoke everyone"):
        return Choice("sources-of-article", {}, "asks for the sources of the article")
    return None


def rule_who_is(q: ParsedQuestion) -> Choice | None:
    """Who or what something is: type, descriptor, offices, date, place, statement counts.

    Examples: "Who is Evans Revere?" | "What was the Hanoi Summit?" | "Tell me about
    Siegfried Hecker."
    """
    if not q.has(*WHO_IS) and not _article_describes(q):
        return None
    if _kind_asked(q) is not None:
        return None  # "What are the concerns about …": statements of a kind
    if (
        q.has(*SAY)
        and not q.has("who_is who_was tell_me_about tell_us_about")
        and not _article_describes(q)
    ):
        return None  # "tell me about X" asks who X is, not what X told
    targets = [m for m in q.mentions if "statement-kind" not in m.entities[0].kinds]
    if len(targets) != 1:
        return None
    attribute = re.search(r"\b(?:what|how|who)\b.*?\bthe\s+(\w+)\s+of\b", q.text.lower())
    if attribute and attribute.group(1) not in WHO_IS_NOUNS:
        raise QuestionNotUnderstood(
            f"the graph holds statements and who said them, not the {attribute.group(1)} of things"
        )
    possessed = _possessed_words(q)
    owner = _first_actor(q)
    thinks = set(possessed) & set(VIEW_NOUNS) and len(q.entities("actor")) == 1
    if thinks and owner is not None and owner.iri in q.speakers:
        # "What is Kim's strategy?": what he thinks is what he said.
        return Choice("statements-by-actor", {"actor": owner.iri}, "asks what an actor thinks")
    if thinks and owner is not None:
        raise QuestionNotUnderstood(f"the graph holds no statement by {owner.label}")
    if possessed and not _held(possessed):
        raise QuestionNotUnderstood(f"the graph holds no {' '.join(possessed)!r} of anyone")
    entity = _topic(q) or targets[0].entities[0]
    return Choice("who-is", {"entity": entity.iri}, "asks who or what something is")


_DESCRIBE = (
    "describe describes described characterize characterizes characterized "
    "portray portrays portrayed"
)


def _article_describes(q: ParsedQuestion) -> bool:
    """Whether the article, not a speaker, is the one describing: "How does the article
    describe the former analyst?", "how is Hecker described" ask for the descriptor, not for
    what someone described."""
    if not q.has(_DESCRIBE):
        return False
    passive = q.has("is_described was_described are_described is_characterized is_portrayed")
    return passive or (q.has(*ARTICLE_NOUNS) and not q.entities("speech-act"))


def _possessed_words(q: ParsedQuestion) -> list[str]:
    """The words after a name's "'s" that end the question and name no entity: "twitter
    handle" in "What is Ortiz's twitter handle?"; none in "What is Lee's view of Kim?"."""
    found = re.search(r"\w[’']s\s+(.+?)[\s?.!]*$", q.text)
    if found is None:
        return []
    words = [w for w in normalize(found.group(1)).split() if w not in FUNCTION_WORDS]
    start = len(q.tokens) - len(normalize(found.group(1)).split())
    if any(m.end > start for m in q.mentions):
        return []
    return words


def _held(words: list[str]) -> bool:
    """Whether possessed words name something the graph holds ("title", "memoir", "view")
    rather than something it does not ("boss", "twitter handle")."""
    held = (
        set(WHO_IS_NOUNS)
        | set(HELD_NOUNS)
        | set(OFFICE_WORDS)
        | set(OFFICE_NOUNS)
        | set(STATEMENT_NOUNS)
        | set(KIND_WORDS)
        | set(SPEECH_ACT_TYPES)
        | set(EVENT_TYPES)
        | set(SAY)
    )
    return any(w in held or w.rstrip("s") in held for w in words)


def rule_others_on_event(q: ParsedQuestion) -> Choice | None:
    """Everyone who spoke about an event, side by side.

    Examples: "Who else commented on the Hanoi Summit?" | "Compare the voices on the
    Hanoi Summit."
    """
    if not q.has(*OTHERS):
        return None
    target = _topic(q, exclude=tuple(q.entities("actor")))
    if target is None or "event" not in target.kinds:
        return None
    excluded = q.mentioned_after(
        ("besides", "from", "than", "except", "excluding", "aside"), "actor"
    )
    if excluded:
        return Choice(
            "other-speakers-on-event",
            {"event": target.iri, "actor": excluded[0].iri},
            "asks who else spoke about an event",
        )
    return Choice("co-speakers-on-event", {"event": target.iri}, "asks who spoke about an event")


def rule_period(q: ParsedQuestion) -> Choice | None:
    """Events in a period (a year, a month, a range, "last year" relative to the article);
    statements made in a period.

    Examples: "Which events happened in 2024?" | "What happened last year?" | "What was
    said in 2019?"
    """
    if q.period is None:
        return _relative_period(q)
    params = {"from": q.period.start.isoformat(), "to": q.period.end.isoformat()}
    if not q.question_word and q.entities("speech-act"):
        return None  # "kim letter august 2019": the date says which act; see rule_venue
    if q.has(*SAY) and not q.has("happen happened event events took_place"):
        if _speaker(q) is None and not q.entities("event") and not q.entities("actor"):
            return Choice("statements-in-period", params, "asks what was said in a period")
        return None
    if q.entities("actor") or q.entities("position"):
        return None
    return Choice("events-in-period", params, "asks for events in a period")


_BEFORE = frozenset("before prior ahead until".split())
_AFTER = frozenset("after since following".split())


def _relative_period(q: ParsedQuestion) -> Choice | None:
    """What was said (or happened) before or after a dated event: "What was said after the
    2024 election?" is the statements dated from its first day on."""
    for mention in q.mentions:
        word = q.tokens[mention.start - 1] if mention.start > 0 else ""
        if word == "to" and mention.start > 1:  # "prior to the summit"
            word = q.tokens[mention.start - 2]
        day = next(
            (q.event_days[e.iri] for e in mention.of_kind("event") if e.iri in q.event_days), None
        )
        if day is None or word not in _BEFORE | _AFTER:
            continue
        first = dt.date.fromisoformat(day[:10])
        if word in _BEFORE:
            params = {"from": "0001-01-01", "to": (first - dt.timedelta(days=1)).isoformat()}
        else:  # from the day after its first: the graph gives events' first days
            params = {"from": (first + dt.timedelta(days=1)).isoformat(), "to": "9999-12-31"}
        word = "before" if word in _BEFORE else "after"
        if q.has("happen happened happening event events took_place"):
            return Choice("events-in-period", params, f"asks what happened {word} an event")
        speaker = _speaker(q)
        if speaker is not None:
            return Choice(
                "statements-by-actor-in-period",
                {"actor": speaker.iri, **params},
                f"asks what an actor said {word} an event",
            )
        if q.has(*SAY) and len(q.entities("actor")) == 0:
            return Choice("statements-in-period", params, f"asks what was said {word} an event")
    return None


def rule_event_type(q: ParsedQuestion) -> Choice | None:
    """Events of one type: summits, speeches, letters, wars, elections …

    Examples: "Which summits are mentioned?" | "List the letters."
    """
    if q.entities("actor") or q.entities("position"):
        return None
    inside = {i for m in q.mentions for i in range(m.start, m.end)}
    for i, token in enumerate(q.tokens):
        cls = EVENT_TYPES.get(token)
        if cls and i not in inside and q.has("which what list all show events were_there"):
            return Choice(
                "events-of-type", {"type": f"{KGC}{cls}"}, f"asks for events of type {cls}"
            )
    return None


def rule_words(q: ParsedQuestion) -> Choice | None:
    """Statements containing a word (a common noun such as "sanctions" is searched in the
    text).

    Examples: "Which statements mention sanctions?" | "statements containing deal"
    """
    if not q.has(*MENTION):
        return None
    for mention in q.mentions:
        if not q.capitalized(mention) and "statement-kind" not in mention.entities[0].kinds:
            return Choice(
                "statements-containing", {"word": mention.text}, "asks for statements with a word"
            )
    # "statements containing the word surrender": a word that names nothing in the graph is
    # still a word of some statement; what follows the verb of mentioning is searched.
    verb = next((i for i, t in enumerate(q.tokens) if t in _MENTION_WORDS), None)
    if verb is None:
        return None
    words = [t for t in q.tokens[verb + 1 :] if t not in FUNCTION_WORDS and t not in _WORD_NOUNS]
    if words and not q.mentions_between(verb + 1, len(q.tokens)):
        return Choice(
            "statements-containing",
            {"word": " ".join(words)},
            "asks for statements with a word",
            refusal=f"no statement has the words {' '.join(words)!r}",
        )
    return None


_MENTION_WORDS = frozenset(w.split("_")[0] for w in MENTION)
#: Nouns that announce the word searched for: "the word surrender", "the term deal".
_WORD_NOUNS = frozenset("word words term terms phrase phrases expression".split())


def rule_venue(q: ParsedQuestion) -> Choice | None:
    """What was said at a venue or in one speech act (a memoir, a study, a letter, an
    interview).

    Examples: "What did Bolton write in his memoir?" | "Which remarks were made at the
    Hudson Institute?" | "hecker carlin study"
    """
    acts = q.entities("speech-act")
    if acts and (q.has(*SAY, "in", "at") or not q.question_word):
        return Choice("statements-at-venue", {"venue": acts[0].iri}, "asks about one speech act")
    for mention in q.mentions:
        venues = [e for e in mention.entities if e.iri in q.venues and "actor" in e.kinds]
        before = q.tokens[max(0, mention.start - 2) : mention.start]
        if venues and (
            any(w in before for w in ("at", "to", "told", "with", "before", "for"))
            or not q.question_word
        ):
            return Choice(
                "statements-at-venue", {"venue": venues[0].iri}, "asks what was said at a venue"
            )
    return None


def rule_actor(q: ParsedQuestion) -> Choice | None:
    """What an actor said, or what they said about something (an event, position, actor or
    place).

    Examples: "What did Randall Schriver say?" | "What did Revere say about the Hanoi
    Summit?" | "biegun troops"
    """
    speaker = _speaker(q)
    if speaker is None:
        return None
    topic = _topic(q, exclude=_co_speakers(q, speaker))
    if topic is not None:
        return Choice(
            "statements-by-actor-about",
            {"actor": speaker.iri, "topic": topic.iri},
            "asks what an actor said about something",
        )
    if q.period is not None:
        # "Kim's statements in 2019": only those dated within the period.
        return Choice(
            "statements-by-actor-in-period",
            {
                "actor": speaker.iri,
                "from": q.period.start.isoformat(),
                "to": q.period.end.isoformat(),
            },
            "asks what an actor said in a period",
        )
    group = _described_group(q, speaker)
    if len(group) > 1:
        params = _group_params(group)
        return Choice("statements-by-group", params, "asks what the people of a description said")
    return Choice("statements-by-actor", {"actor": speaker.iri}, "asks what an actor said")


def _group_params(group: list[Entity]) -> dict[str, str]:
    """The four actor slots of statements-by-group; the last actor repeats in unused ones."""
    slots = ("actor", "second", "third", "fourth")
    return {slot: group[min(i, len(group) - 1)].iri for i, slot in enumerate(slots)}


def _described_group(q: ParsedQuestion, speaker: Entity) -> list[Entity]:
    """The actors one description of the question fits ("the intelligence analysts"), up to
    four, when the speaker is one of them."""
    for mention in q.mentions:
        actors = mention.of_kind("actor")
        if speaker in actors and len(actors) > 1:
            return actors[:4]
    return [speaker]


def rule_terse_entity(q: ParsedQuestion) -> Choice | None:
    """Keywords naming someone who makes no statement: who that is.

    Examples: "sneider kei"
    """
    if q.question_word or q.has(*SAY) or [t for t in q.tokens if t in KIND_WORDS]:
        return None
    if q.entities("statement-kind") or _speaker(q) is not None:
        return None
    actors = q.entities("actor")
    if actors and not q.entities("event") and not q.entities("position"):
        return Choice("who-is", {"entity": actors[0].iri}, "names someone who makes no statement")
    return None


def rule_topic(q: ParsedQuestion) -> Choice | None:
    """Who claims what about an event, a position, an actor or a place; statements of a kind
    named by a verb.

    Examples: "Who claims what about the Hanoi Summit?" | "Who mentioned the Korean
    War?" | "What was said about US troop withdrawal?"
    """
    kind_words = [KIND_WORDS[t] for t in q.tokens if t in KIND_WORDS]
    topic = _topic(q)
    if topic is None:
        kinds = q.entities("statement-kind")
        if kinds:
            return Choice(
                "statements-of-kind", {"kind": kinds[0].iri}, f"asks for {kinds[0].label}s"
            )
        if kind_words:
            return Choice(
                "statements-of-kind",
                {"kind": f"{KGC}{kind_words[0]}"},
                f"asks for {kind_words[0]}s",
            )
        return None
    held = tuple(dict.fromkeys(e for e, place in q.event_places if place == topic.iri))
    about = _about_choice(topic, "asks who claims what about something", held)
    kind = _kind_asked(q)
    if kind is None or about.query == "statements-containing":
        return about
    # "Who predicted talks would resume?": that kind about the topic, else all about it.
    return Choice(
        "statements-of-kind-about",
        {"kind": kind, "topic": topic.iri},
        "asks for statements of a kind about something",
        fallback=about,
    )


RULES: tuple[Rule, ...] = (
    rule_author,
    rule_article,
    rule_anonymous,
    rule_timeline,
    rule_office_holders,
    rule_people_of_organization,
    rule_office,
    rule_kind,
    rule_offices_of_actor,
    rule_proposals,
    rule_talked_to,
    rule_audience,
    rule_meetings,
    rule_where_when,
    rule_counts,
    rule_quoted,
    rule_who_is,
    rule_others_on_event,
    rule_period,
    rule_event_type,
    rule_words,
    rule_venue,
    rule_actor,
    rule_terse_entity,
    rule_topic,
)


# --- running ------------------------------------------------------------------------------


def reference_date(engine: Engine) -> dt.date:
    """The date "last year" counts from: the latest article's publication date."""
    return _date(graph_facts(engine)["reference"]) or dt.date.today()


def _facts(engine: Engine, q: ParsedQuestion) -> None:
    """Attach the graph facts the rules consult: venues, speakers, dates of named events."""
    facts = graph_facts(engine)
    q.venues = set(facts["venues"])
    q.speakers = set(facts["speakers"])
    q.authors = list(facts["authors"])
    q.articles = list(facts["articles"])
    q.publishers = list(facts["publishers"])
    q.organizations = {
        str(h[key])
        for h in facts["holdings"]
        for key in ("organization", "administration")
        if h.get(key)
    }
    q.event_days = {event: day for event, _cls, day in facts["event_dates"]}
    q.event_places = [(event, place) for event, place, _cls in facts["event_places"]]
    events = q.entities("event")
    if events and q.period is not None:
        table = engine.select(
            f"""PREFIX kgc: <{KGC}> PREFIX time: <{PREFIXES["time"]}>
            SELECT ?e ?from ?to WHERE {{ ?e time:hasTime ?t .
              OPTIONAL {{ ?t kgc:earliest ?from }} OPTIONAL {{ ?t kgc:latest ?to }} }}"""
        )
        wanted = {e.iri for e in events}
        for row in table.rows:
            if row["e"] in wanted:
                q.dates[str(row["e"])] = (_date(row["from"]), _date(row["to"]))


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _in_period(q: ParsedQuestion, entity: Entity) -> bool:
    """Whether an entity's recorded dates (if any) overlap the question's period."""
    start, end = q.dates.get(entity.iri, (None, None))
    if q.period is None or (start is None and end is None):
        return True
    return not ((end or dt.date.max) < q.period.start or (start or dt.date.min) > q.period.end)


def _narrow_by_period(q: ParsedQuestion) -> None:
    """A name of several events ("kim speech": his address of 18 November and his speech of
    21 November) is the one the question's period dates: "kim speech november 18"."""
    for i, mention in enumerate(q.mentions):
        events = mention.of_kind("event")
        if len(events) < 2:
            continue
        dated = [e for e in mention.entities if "event" not in e.kinds or _in_period(q, e)]
        if any("event" in e.kinds for e in dated):
            q.mentions[i] = dataclasses.replace(mention, entities=tuple(dated))


def _check_period(q: ParsedQuestion) -> None:
    """ "Who won the 2020 election?" must not be answered with the 2024 election."""
    if q.period is None:
        return
    _narrow_by_period(q)
    for entity in q.entities("event"):
        start, end = q.dates.get(entity.iri, (None, None))
        if start is None and end is None:
            continue
        if (end or dt.date.max) < q.period.start or (start or dt.date.min) > q.period.end:
            raise QuestionNotUnderstood(
                f"the graph knows {entity.label} ({start or '?'}–{end or '?'}), "
                f"not one in {q.period.text}"
            )


def _about_words(q: ParsedQuestion) -> Choice | None:
    """An "about …" naming nothing known: "What was said about nuclear weapons?" searches the
    statements for the words; "What did Trump say about taiwan?" (someone named, whose
    statements the word search cannot single out) is refused."""
    for i, token in enumerate(q.tokens):
        if token not in ("about", "regarding", "concerning"):
            continue
        rest = [t for t in q.tokens[i + 1 :] if t not in FUNCTION_WORDS and len(t) > 2]
        linked = any(m.start > i for m in q.mentions)
        if rest and not linked:
            refusal = f"the graph knows nothing about {' '.join(rest)!r}"
            speaker = _speaker(q)
            if speaker is not None and speaker.iri in q.speakers:
                # "What did the veteran analyst say about surrender?": the word in what
                # that speaker said; none there is the refusal.
                word = stem_for_search(rest[0]) if len(rest) == 1 else " ".join(rest)
                return Choice(
                    "statements-by-actor-containing",
                    {"actor": speaker.iri, "word": word},
                    "asks what an actor said about words that name nothing in the graph",
                    refusal=f"{speaker.label} said nothing with {' '.join(rest)!r}",
                )
            if q.mentions:
                raise QuestionNotUnderstood(refusal)
            return Choice(
                "statements-containing",
                {"word": " ".join(rest)},
                "asks about words that name nothing in the graph",
                refusal=refusal,
            )
    return None


def choose(q: ParsedQuestion) -> Choice:
    """The stored query and parameters for a parsed question, or QuestionNotUnderstood."""
    phrase = rule_phrase(q)
    if phrase is not None:
        return phrase
    unheld = unheld_attribute(q.text)
    if unheld is not None:
        raise QuestionNotUnderstood(f"the graph records no {unheld}")
    if q.unknown_names:
        # "the FARA disclosure": a word of the article's own record, not an unknown name.
        record = [n for n in q.unknown_names if n.lower() not in ARTICLE_FACTS]
        article = rule_article(q) if not record else None
        if article is not None:
            return article
        names = ", ".join(repr(n) for n in q.unknown_names)
        raise QuestionNotUnderstood(f"the graph knows nothing about {names}")
    about = _about_words(q)
    if about is not None:
        return about
    _check_period(q)
    for rule in RULES:
        choice = rule(q)
        if choice is not None:
            return choice
    searched = _terse_words(q)
    if searched is not None:
        return searched
    raise QuestionNotUnderstood("no stored query fits this question")


def _terse_words(q: ParsedQuestion) -> Choice | None:
    """Keywords no rule reads ("surrender analyst") are searched in the statements and in
    what the article says around them, the speaker's descriptor included: a word with the
    descriptor of an unnamed source finds that source's statement. Too few shared words is
    a refusal, as for any word search."""
    if q.question_word:
        return None
    words = [t for t in q.tokens if t not in FUNCTION_WORDS]
    if not words:
        return None
    return Choice(
        "statements-containing",
        {"word": " ".join(words)},
        "keywords naming nothing a rule reads: searched in the statements",
        refusal="no stored query fits this question, and no statement has these words",
    )


def _read(
    engine: Engine, question: str, index: EntityIndex, facts: dict[str, Any]
) -> ParsedQuestion:
    """The question parsed, with the graph's facts attached and its descriptions of events
    and people ("the Vietnam summit", "the former national security adviser") resolved."""
    # Names derived from the graph (idempotent, so the index may be shared between calls).
    add_place_aliases(facts, index)
    add_speaker_aliases(facts, index)
    add_participant_aliases(facts, index)
    parsed = parse(question, index, reference=reference_date(engine))
    _facts(engine, parsed)
    resolve_countries(parsed, facts, index)
    resolve_ordinals(parsed, facts, index)
    resolve_own_acts(parsed, facts, index)
    resolve_loose_positions(parsed, index)
    resolve_described_events(parsed, facts, index)
    resolve_heads(parsed, facts, index)
    resolve_roles(parsed, facts, index)
    parsed.unknown_names += _other_namesakes(parsed)
    parsed.unknown_names += [
        n for n in unknown_people(parsed, index) if n not in parsed.unknown_names
    ]
    return parsed


def _other_namesakes(q: ParsedQuestion) -> list[str]:
    """Names that share words with a known one but are not it: in "who is kim yo jong" only
    "kim" links (to Kim Jong Un); "yo jong" after it, with a word of his name out of place,
    says the question names someone else, as capitals would for "Kim Yo Jong"."""
    found = []
    for mention in q.mentions:
        if not mention.of_kind("actor"):
            continue
        after = q.tokens[mention.end : mention.end + 2]
        if q.mentions_between(mention.end, mention.end + len(after)):
            continue
        own = {w for e in mention.of_kind("actor") for n in e.names for w in normalize(n).split()}
        rest = [w for w in after if w not in FUNCTION_WORDS]
        if any(w in own and w not in mention.text.split() for w in rest):
            found.append(" ".join([mention.text, *after]))
    return found


def answer(engine: Engine, question: str, catalog: QueryCatalog, index: EntityIndex) -> Answer:
    """Answer ``question`` from the graph, or raise :class:`QuestionNotUnderstood`."""
    if not question.strip():
        raise QuestionNotUnderstood("the question is empty")
    facts = graph_facts(engine)
    parsed = _read(engine, question, index, facts)
    try:
        choice = choose(parsed)
    except QuestionNotUnderstood as exc:
        raise QuestionNotUnderstood(f"{exc}; {_suggestions(parsed, index, catalog)}") from None
    stored = catalog.get(choice.query)
    table = run_stored(engine, stored, choice.params)
    if not table.rows and choice.fallback is not None:
        choice = choice.fallback
        stored = catalog.get(choice.query)
        table = run_stored(engine, stored, choice.params)
    if not table.rows and choice.refusal and choice.query != "statements-containing":
        raise QuestionNotUnderstood(f"{choice.refusal}; {_suggestions(parsed, index, catalog)}")
    if not table.rows and choice.query == "statements-containing":
        statements = int(facts.get("statements", 0))
        names = _name_words(parsed)
        stored, found = search_statements(
            catalog, engine, choice.params["word"], statements, names, choice.verb
        )
        if not found.found and choice.refusal:
            raise QuestionNotUnderstood(f"{choice.refusal}; {_suggestions(parsed, index, catalog)}")
        why = "no statement has these exact words; those sharing the most"
        choice = Choice(stored.name, found.params, why if found.found else "too few words shared")
        table = found.table
    bindings = bind(stored, choice.params)
    shown = {k: _display(v, index) for k, v in choice.params.items()}
    return Answer(
        question, stored, shown, choice.why, table, inject_values(stored.sparql, bindings)
    )


def _name_words(q: ParsedQuestion) -> frozenset[str]:
    """The words of the entities a question names, which the word search counts half. When
    the question capitalizes names, a word it writes in lower case is a common noun even
    inside a name ("troops" of "American troops" is searched in full)."""
    words = {w for m in q.mentions for w in m.text.split()}
    written = re.findall(r"[\w’'-]+", q.text)
    capitalized = {normalize(w) for w in written[1:] if w[:1].isupper()}
    if not capitalized:
        return frozenset(words)  # "who said kim misses trump": no telling
    return frozenset(w for w in words if w in capitalized or any(w in c for c in capitalized))


def _display(value: str, index: EntityIndex) -> str:
    entity = index.entities.get(value)
    return f"{entity.label} <{value}>" if entity else value


def _suggestions(q: ParsedQuestion, index: EntityIndex, catalog: QueryCatalog) -> str:
    known = [m.entities[0].label for m in q.mentions]
    near: list[str] = []
    for name in q.unknown_names:
        near += [m.entity.label for m in index.fuzzy(name, limit=2) if m.score >= 0.6]
    entities = ", ".join(dict.fromkeys(known + near)) or "none recognized"
    return (
        f"entities I know here: {entities}; questions I answer: who claims what about an event, "
        "what someone said (about something), where and when they spoke, offices held, "
        "who is someone, events in a period, proposals at an event, unnamed sources, "
        f"statements of a kind or with some words ({len(catalog.paths)} stored queries, "
        "see 'kg queries')"
    )
