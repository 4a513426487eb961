"""The graph holds every attribution with the right speaker, venue, date and topics."""

from __future__ import annotations

import pytest

from kg.catalog import actors, describe_name, events
from kg.claims import Claim, ClaimFilter, claims_by_names, list_claims
from kg.engine import LocalEngine
from kg.entities import EntityIndex
from kg.errors import UnknownEntity

ID = "https://w3id.org/kgclaims/id/"


@pytest.fixture(scope="module")
def all_claims(engine: LocalEngine) -> dict[str, Claim]:
    return {c.id.rsplit("--", 1)[1]: c for c in list_claims(engine)}


# (statement id, speakers, mode, cue, venue, said on, some topics)
EXPECTED = [
    (
        "trump-nice-to-get-along",
        ["Donald Trump"],
        "direct",
        "said",
        "Trump's 2024 presidential campaign",
        "2024-07",
        ["Kim Jong Un"],
    ),
    (
        "veteran-officials-anticipate-return",
        ["veteran officials"],
        "indirect",
        "anticipate",
        None,
        None,
        ["renewed US–North Korea talks"],
    ),
    (
        "schriver-not-a-day-one-issue",
        ["Randall Schriver"],
        "direct",
        "said",
        "Hudson Institute",
        "2024-11-21",
        ["renewed US–North Korea talks"],
    ),
    (
        "schriver-different-contours",
        ["Randall Schriver"],
        "direct",
        "predicted",
        "Hudson Institute",
        "2024-11-21",
        ["Hanoi Summit", "Singapore Summit"],
    ),
    (
        "schriver-trump-not-happy",
        ["Randall Schriver"],
        "direct",
        "told",
        "Hudson Institute",
        "2024-11-21",
        ["Hanoi Summit"],
    ),
    (
        "biegun-trump-not-predictable",
        ["Stephen Biegun"],
        "direct",
        "told",
        "Korea Society",
        None,
        ["Korean War", "US troop presence in South Korea"],
    ),
    (
        "analyst-hot-to-trot",
        ["former senior US intelligence analyst"],
        "direct",
        "said",
        None,
        None,
        ["appointment of Alex Wong as deputy national security advisor"],
    ),
    (
        "schriver-different-dynamic",
        ["Randall Schriver"],
        "direct",
        "says",
        None,
        None,
        ["renewed US–North Korea talks"],
    ),
    (
        "biegun-north-koreans-thought-desperate",
        ["Stephen Biegun"],
        "direct",
        "told",
        "Arms Control Association",
        "2021",
        ["Hanoi Summit"],
    ),
    (
        "bolton-trump-watching-fox-news",
        ["John Bolton"],
        "indirect",
        "According to",
        None,
        "2020-06-23",
        ["Hanoi Summit"],
    ),
    (
        "kim-offers-yongbyon-for-sanctions",
        ["Kim Jong Un"],
        "indirect",
        "offered",
        "Hanoi Summit",
        "2019-02-27/2019-02-28",
        ["Shut down Yongbyon in exchange for lifting UN sanctions imposed since 2016"],
    ),
    (
        "trump-proposes-missile-elimination",
        ["Donald Trump"],
        "indirect",
        "proposed",
        "Hanoi Summit",
        "2019-02-27/2019-02-28",
        ["Hanoi Summit"],
    ),
    (
        "bolton-worst-moment",
        ["John Bolton"],
        "direct",
        "wrote",
        None,
        "2020-06-23",
        ["Hanoi Summit"],
    ),
    (
        "us-negotiators-blame-moon-administration",
        ["US negotiating team"],
        "indirect",
        "pointed fingers at",
        None,
        None,
        ["Moon Jae-in administration"],
    ),
    (
        "revere-rok-government-efforts",
        ["Evans Revere"],
        "direct",
        "says",
        None,
        None,
        ["Hanoi Summit", "Moon Jae-in administration"],
    ),
    (
        "revere-nukes-part-of-dna",
        ["Evans Revere"],
        "direct",
        "argues",
        None,
        None,
        ["Accept North Korea as a nuclear-weapon state"],
    ),
    (
        "kim-us-led-alliance",
        ["Kim Jong Un"],
        "direct",
        "told",
        None,
        "2024-11-18",
        ["Russia–Ukraine war"],
    ),
    (
        "kim-offers-coexistence-of-nuclear-states",
        ["Kim Jong Un"],
        "indirect",
        "offering",
        None,
        "2024-11-21",
        ["Accept North Korea as a nuclear-weapon state"],
    ),
    (
        "kim-did-everything-possible",
        ["Kim Jong Un"],
        "direct",
        "said",
        None,
        "2024-11-21",
        ["US–North Korea talks of 2018–2019"],
    ),
    (
        "hecker-carlin-fundamental-break",
        ["Robert Carlin", "Siegfried Hecker"],
        "direct",
        "offered this conclusion",
        "Center for Non-Proliferation Studies",
        None,
        ["North Korea's policy shift since January 2022"],
    ),
    (
        "analyst-accept-surrender",
        ["veteran North Korea intelligence analyst"],
        "direct",
        "says",
        None,
        None,
        ["Kim Jong Un"],
    ),
    (
        "officer-troops-out",
        ["former intelligence officer"],
        "direct",
        "told",
        None,
        None,
        ["Withdraw US troops from South Korea"],
    ),
    (
        "kim-not-in-a-hurry",
        ["Kim Jong Un"],
        "direct",
        "wrote",
        None,
        "2019-08-05",
        ["US–North Korea talks of 2018–2019"],
    ),
]


@pytest.mark.parametrize(
    ("ident", "speakers", "mode", "cue", "venue", "said_on", "topics"),
    EXPECTED,
    ids=[e[0] for e in EXPECTED],
)
def test_statement_has_speaker_venue_date_and_topics(
    all_claims: dict[str, Claim],
    ident: str,
    speakers: list[str],
    mode: str,
    cue: str,
    venue: str | None,
    said_on: str | None,
    topics: list[str],
) -> None:
    claim = all_claims[ident]
    assert [s.label for s in claim.speakers] == speakers
    assert claim.mode == mode
    assert claim.cue == cue
    assert (claim.venue.label if claim.venue else None) == venue
    assert claim.said_on == said_on
    assert set(topics) <= {a.label for a in claim.about}


def test_json_record_has_the_documented_fields(
    all_claims: dict[str, Claim], seed_text: str
) -> None:
    record = all_claims["hecker-carlin-fundamental-break"].to_dict()
    for key in (
        "id",
        "speaker",
        "speaker_label",
        "descriptor",
        "text",
        "mode",
        "cue",
        "about",
        "said_on",
        "venue",
        "source",
        "evidence",
    ):
        assert key in record
    assert record["speaker"] == [f"{ID}actor/robert-carlin", f"{ID}actor/siegfried-hecker"]
    assert record["speaker_label"] == "Robert Carlin and Siegfried Hecker"
    assert record["source"] == f"{ID}article/kei-trump-kim-2024"
    evidence = record["evidence"]
    assert seed_text[evidence["start"] : evidence["end"]] == record["text"]
    assert all(isinstance(a["id"], str) and a["label"] for a in record["about"])


def test_split_quotes_keep_one_evidence_span_per_part(
    all_claims: dict[str, Claim], seed_text: str
) -> None:
    claim = all_claims["trump-nice-to-get-along"]
    assert len(claim.segments) == 2
    parts = [seed_text[s:e] for s, e in claim.segments]
    assert claim.text == " … ".join(parts)
    assert parts[1].startswith("He’d like to see me back")


def test_every_evidence_span_in_the_store_matches_the_article(engine: LocalEngine) -> None:
    from kg.checks import evidence_mismatches

    assert evidence_mismatches(engine) == []


def test_anonymous_sources_keep_their_descriptors(engine: LocalEngine) -> None:
    rows = engine.select(
        """PREFIX kgc: <https://w3id.org/kgclaims/ontology#>
        SELECT DISTINCT ?descriptor
        WHERE { ?a a kgc:AnonymousSource ; kgc:descriptor ?descriptor }"""
    ).column("descriptor")
    assert set(rows) == {
        "a former senior US intelligence analyst with deep experience on North Korea",
        "a veteran North Korea intelligence analyst",
        "the former intelligence officer",
    }


def test_claims_about_an_event_include_its_positions_and_parts(
    engine: LocalEngine, index: EntityIndex
) -> None:
    about_hanoi = claims_by_names(engine, index, about="Hanoi Summit")
    speakers = {c.speaker_label for c in about_hanoi}
    assert {
        "John Bolton",
        "Evans Revere",
        "Stephen Biegun",
        "Kim Jong Un",
        "Donald Trump",
    } <= speakers
    # The US negotiators' view of Kim's offer is about the Hanoi Summit through the offer.
    about_talks = claims_by_names(engine, index, about="US–North Korea talks of 2018–2019")
    assert {c.id for c in about_hanoi} <= {c.id for c in about_talks}


@pytest.mark.parametrize("name", ["Biegun", "stephen biegun", "STEPHEN BIEGUN", "Steve Biegun"])
def test_names_match_labels_and_aliases_case_insensitively(
    engine: LocalEngine, index: EntityIndex, name: str
) -> None:
    claims = claims_by_names(engine, index, by=name)
    assert len(claims) == 3
    assert {c.speaker_label for c in claims} == {"Stephen Biegun"}


@pytest.mark.parametrize("name", ["Hanoi", "Hanoi Summit", "the hanoi summit"])
def test_event_names_and_aliases(engine: LocalEngine, index: EntityIndex, name: str) -> None:
    assert len(claims_by_names(engine, index, about=name)) >= 15


def test_unknown_name_suggests_the_closest(engine: LocalEngine, index: EntityIndex) -> None:
    with pytest.raises(
        UnknownEntity, match="no actor matches 'Beigun'; did you mean: Stephen Biegun"
    ):
        claims_by_names(engine, index, by="Beigun")


def test_text_filter_is_case_insensitive_and_needs_all_words(
    engine: LocalEngine, index: EntityIndex
) -> None:
    assert [c.speaker_label for c in claims_by_names(engine, index, text="regime's dna")] == []
    assert [c.speaker_label for c in claims_by_names(engine, index, text="regime’s DNA")] == [
        "Evans Revere"
    ]
    assert [c.speaker_label for c in claims_by_names(engine, index, text="nukes dna")] == [
        "Evans Revere"
    ]


def test_filter_values_are_bound_not_spliced(engine: LocalEngine) -> None:
    hostile = '") } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER("'
    assert list_claims(engine, ClaimFilter(words=[hostile])) == []
    assert list_claims(engine, ClaimFilter(speakers=[f"{ID}actor/nobody"])) == []


def test_actors_and_events_lists(engine: LocalEngine) -> None:
    by_label = {a["label"]: a for a in actors(engine)}
    assert by_label["Kim Jong Un"]["statements"] >= 9
    assert by_label["former senior US intelligence analyst"]["type"] == "anonymous source"
    assert (
        "deputy secretary of state (former), US Department of State"
        in by_label["Stephen Biegun"]["offices"]
    )
    assert (
        "National Security Advisor (former), first Trump administration"
        in by_label["John Bolton"]["offices"]
    )
    timeline = [e["label"] for e in events(engine)]
    assert (
        timeline.index("Korean War")
        < timeline.index("Hanoi Summit")
        < timeline.index("2024 US presidential election")
    )
    hanoi = next(e for e in events(engine) if e["label"] == "Hanoi Summit")
    assert (hanoi["type"], hanoi["date"], hanoi["place"]) == (
        "summit",
        "2019-02-27/2019-02-28",
        "Hanoi",
    )


def test_show_describes_an_actor_with_offices_and_statements(
    engine: LocalEngine, index: EntityIndex
) -> None:
    [card] = describe_name(engine, index, "Revere")
    assert card["label"] == "Evans Revere"
    assert card["offices"][0]["title"] == "senior Department of State official"
    assert card["offices"][0]["tenure"] == "former"
    assert len(card["statements_by"]) == 2


def test_show_describes_an_event(engine: LocalEngine, index: EntityIndex) -> None:
    [card] = describe_name(engine, index, "Hanoi Summit")
    assert card["types"] == ["summit"]
    assert card["place"] == "Hanoi"
    assert "Donald Trump" in card["participants"]
    assert card["part_of"] == "US–North Korea talks of 2018–2019"
    assert len(card["statements_about"]) >= 15


def test_a_surname_finds_the_actors_whose_full_name_ends_in_it() -> None:
    """People the reader minted have no surname alias: "Quill" still finds "Marta Quill"."""
    from kg.entities import Entity

    def person(label: str) -> Entity:
        return Entity(f"x:{label}", label, frozenset({"actor", "person"}), (label,))

    index = EntityIndex(
        [
            person("Marta Quill"),
            person("Ann Lee"),
            person("Bo Lee"),
            Entity("x:quill-bay", "Quill Bay", frozenset({"place"}), ("Quill Bay",)),
            Entity("x:north-ulm", "North Ulm", frozenset({"actor"}), ("North Ulm",)),
        ]
    )
    assert [e.label for e in index.resolve("Quill", ["actor"])] == ["Marta Quill"]
    assert [e.label for e in index.resolve("quill")] == ["Marta Quill"]
    assert [e.label for e in index.resolve("Lee", ["actor"])] == ["Ann Lee", "Bo Lee"]
    # A name's first word is no surname; neither is a place's last word an actor's.
    with pytest.raises(UnknownEntity):
        index.resolve("Marta", ["actor"])
    with pytest.raises(UnknownEntity):
        index.resolve("Quill", ["place"])
    with pytest.raises(UnknownEntity):  # a country's last word is no surname
        index.resolve("Ulm", ["actor"])


def test_claims_of_a_kind_and_leaving_a_kind_out(engine: LocalEngine, index: EntityIndex) -> None:
    everything = claims_by_names(engine, index)
    predictions = claims_by_names(engine, index, kinds=["Predictions"])
    assert predictions and {c.kind for c in predictions} == {"prediction"}
    others = claims_by_names(engine, index, not_kinds=["prediction"])
    assert "prediction" not in {c.kind for c in others}
    assert len(predictions) + len(others) == len(everything)
    two = claims_by_names(engine, index, kinds=["prediction", "warning"])
    assert {c.kind for c in two} == {"prediction", "warning"}
    with pytest.raises(UnknownEntity, match="no statement kind matches 'predicton'; did you"):
        claims_by_names(engine, index, kinds=["predicton"])
