"""Sources that name two speakers ("Ann Lee and Bo Chan said"): made-up sentences only."""

from __future__ import annotations

import pytest

from kg.article_input import ArticleInfo
from kg.entities import EntityIndex
from kg.extract import extract, to_json
from kg.extract.doc import Doc
from kg.extract.names import is_body_name
from kg.extract.pipeline import _after_dateline
from kg.extract.registry import Registry
from kg.extract.speakers import describe
from kg.machine_annotation import annotate


@pytest.mark.cues(absent=("negotiated",))
@pytest.mark.parametrize(
    ("text", "speaker", "descriptor"),
    [
        ("Ann Lee and Bo Chan said the plan was dead.", "Ann Lee and Bo Chan", None),
        # Surnames resolve to the full names printed before.
        ("Hillary Clinton met Lee. Donald Trump met Chan. Clinton and Trump said it was dead.",
         "Hillary Clinton and Donald Trump", None),
        ("Sen. Ann Lee (D-Ohio) and Rep. Bo Chan (R-Texas) said the plan was dead.",
         "Ann Lee and Bo Chan", "Sen. Ann Lee and Rep. Bo Chan"),
        ("Ann Lee, a former director of the lab, and Bo Chan, a former analyst, said the plan "
         "was dead.", "Ann Lee and Bo Chan",
         "Ann Lee, a former director of the lab, and Bo Chan, a former analyst"),
        ("Ann Lee and her aides said the plan was dead.", "Ann Lee and her aides", None),
        # One source: a company's name, the rest of an office, a clause of the source.
        ("Procter and Gamble said the plan was dead.", "Procter and Gamble", None),
        ("Ann Lee, former director of research and head of policy at the Grain Council, said "
         "the plan was dead.", "Ann Lee",
         "former director of research and head of policy at the Grain Council"),
        ("Ann Lee, who negotiated between Bo Chan and Tim Roe, said the plan was dead.",
         "Ann Lee", "who negotiated between Bo Chan and Tim Roe"),
        ("The Grain Center at the Ulm Institute and Ortiz Foundation said the plan "
         "was dead.", "Grain Center", None),
        ("Ann Lee's chief pollster and strategist Bo Chan said the plan was dead.", "Bo Chan",
         "Ann Lee's chief pollster and strategist"),
        ("Ann Lee, a director, and a Republican who led the council, said the plan was dead.",
         "Ann Lee", "a director, and a Republican who led the council"),
        ("Ann Lee and her husband, Bo Chan, said the plan was dead.", "Ann Lee and Bo Chan",
         "Ann Lee and her husband, Bo Chan"),
        ("Tim Roe and his aides who attended the meeting said the plan was dead.",
         "Tim Roe and his aides", None),
        # "and" inside an office's or body's name, or in a list inside an appositive.
        ("Health and Human Services Secretary Ann Lee said the plan was dead.", "Ann Lee",
         "Health and Human Services Secretary"),
        ("Ann Lee, who served under Roe, Chan, and Tam, said the plan was dead.", "Ann Lee",
         "who served under Roe, Chan, and Tam"),
        # A surname that resolves to the other of the pair stays as printed.
        ("Roe and first lady Ann Roe said the plan was dead.", "Roe and Ann Roe",
         "Roe and first lady Ann Roe"),
    ],
)  # fmt: skip
def test_speaker_of_a_joint_source(text: str, speaker: str, descriptor: str | None) -> None:
    (attribution,) = extract(text)
    assert (attribution.speaker, attribution.descriptor) == (speaker, descriptor)


def test_no_pronoun_resolves_to_a_pair_or_past_it() -> None:
    text = "Tim Roe said it was over. Ann Lee and Bo Chan said the plan was dead. He said no."
    assert [a.speaker for a in extract(text)] == ["Tim Roe", "Ann Lee and Bo Chan", None]


def test_an_empty_second_part_is_no_pair() -> None:
    (attribution,) = extract("Ann Lee and (D-Ohio), (R-Texas), said the plan was dead.")
    assert attribution.speaker is not None and "Ann Lee" in attribution.speaker


def test_ingest_gives_each_of_a_pair_its_own_actor() -> None:
    text = (
        "Ann Lee and Bo Chan said the plan was dead. Procter and Gamble said it was not. "
        "Tim Roe and his aides said it was late. Bo Chan and his aides said it was early. "
        "Roe and others said it was fine."
    )
    annotation = annotate(text, "pair", extract(text), EntityIndex([]), ArticleInfo(), "test")
    actors = {a.id: a for a in annotation.actors}
    assert [[actors[s].name for s in st.speakers] for st in annotation.statements] == [
        ["Ann Lee", "Bo Chan"],
        ["Procter and Gamble"],
        ["Tim Roe", "Tim Roe's aides"],
        ["Bo Chan", "Bo Chan's aides"],
        ["Tim Roe", "others with Tim Roe"],
    ]
    kinds = {actors[s].name: actors[s].type for st in annotation.statements for s in st.speakers}
    assert kinds["Tim Roe's aides"] == kinds["others with Tim Roe"] == "group"
    assert kinds["Ann Lee"] == "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name after the possessed noun speaks, not the possessor.
        ("The Daily Planet's Ann Lee said the plan was dead.", "Ann Lee"),
        ("Tim Roe's campaign manager Ann Lee said the plan was dead.", "Ann Lee"),
        ("Tim Roe's campaign said the plan was dead.", "Tim Roe"),
        ("Tim Roe's daughter Ann said the plan was dead.", "Ann"),
        ("Tim Roe's book Harvest says the plan was dead.", "Tim Roe"),
        ("Tim Roe's Grain Department said the plan was dead.", "Tim Roe"),
        # Words that open a place's or paper's name belong to it.
        ("The New York Times reported that the plan was dead.", "New York Times"),
        ("North Korea said the plan was dead.", "North Korea"),
        # A relative clause names no one who spoke (and "Officials" opening the sentence
        # is no name).
        ("Officials who spoke with the Daily Planet said the plan was dead.", "officials"),
    ],
)
def test_speaker_of_one_source(text: str, speaker: str) -> None:
    (attribution,) = extract(text)
    assert attribution.speaker == speaker


def test_a_relative_clause_stays_in_the_descriptor() -> None:
    (attribution,) = extract("Officials who spoke with the Daily Planet said it was dead.")
    assert attribution.descriptor == "Officials who spoke with the Daily Planet"


def test_a_surname_does_not_resolve_to_a_body_named_after_it() -> None:
    text = (
        "Donald Roe spoke first. Roe University closed later. "
        "Roe said the plan was dead. Kim Jong Un spoke. Kim said it was late."
    )
    assert [a.speaker for a in extract(text)] == ["Donald Roe", "Kim Jong Un"]


def test_each_of_a_pair_keeps_their_own_office() -> None:
    text = "Former deputy secretary of state Ann Lee and Senator Bo Chan said the plan was dead."
    (attribution,) = extract(text)
    assert attribution.speaker == "Ann Lee and Bo Chan"
    assert [(a.name, a.office, a.office_status, a.named) for a in attribution.speakers] == [
        ("Ann Lee", "deputy secretary of state", "former", True),
        ("Bo Chan", "Senator", "current", True),
    ]
    assert to_json(attribution)["speakers"][1] == {
        "name": "Bo Chan",
        "office": "Senator",
        "office_status": "current",
        "named": True,
        "body": False,
    }
    annotation = annotate(text, "pair", [attribution], EntityIndex([]), ArticleInfo(), "test")
    offices = {actor.name: [o.title for o in actor.offices] for actor in annotation.actors}
    assert offices == {"Ann Lee": ["deputy secretary of state"], "Bo Chan": ["Senator"]}


def test_one_speaker_is_one_agent_and_a_group_is_not_named() -> None:
    (one,) = extract("Senator Ann Lee said the plan was dead.")
    assert [(a.name, a.office) for a in one.speakers] == [("Ann Lee", "Senator")]
    (group,) = extract("Tim Roe and his aides said the plan was dead.")
    assert [(a.name, a.named) for a in group.speakers] == [
        ("Tim Roe", True),
        ("Tim Roe's aides", False),
    ]
    (unresolved,) = extract("He said the plan was dead.")
    assert unresolved.speaker is None and unresolved.speakers == ()


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        # An office of a department before the name: the person is the last words.
        ("Secretary of State Ann B. Lee said the plan was dead.", "Ann B. Lee", True),
        ("Ohio Secretary of State Ann Lee said the plan was dead.", "Ann Lee", True),
        ("Ann Lee won. Secretary of State Lee said the plan was dead.", "Ann Lee", True),
        ("Director of National Grain Policy Ann Lee said the plan was dead.", "Ann Lee", True),
        # A body's name with "of" or "for" in it stays whole.
        ("The Bureau of Grain Statistics said the plan was dead.",
         "Bureau of Grain Statistics", True),
        ("The Roe Center for Grain Research said the plan was dead.",
         "Roe Center for Grain Research", True),
        # ... also across an "and" inside it: the body, not its last words.
        ("According to the Institutes for Soil Science and Drainage, the plan was dead.",
         "Institutes for Soil Science and Drainage", True),
        ("The Office of Fisheries and Coastal Affairs said the plan was dead.",
         "Office of Fisheries and Coastal Affairs", True),
        # A lower-case noun before "of" or "for" speaks, unnamed, for what follows.
        ("A spokesman for Grain Corp said the plan was dead.", "spokesman for Grain Corp", False),
        ("Attorneys for Ann Lee said the plan was dead.", "Attorneys for Ann Lee", False),
        ("Ann Lee won. A spokeswoman for Lee said the plan was dead.",
         "spokeswoman for Ann Lee", False),
        # A title and a surname before "of" are the person ("Mr. Roe of the Grain Council").
        ("Tim Roe won. Mr. Roe of the Grain Council said the plan was dead.", "Tim Roe", True),
    ],
)  # fmt: skip
def test_of_and_for_in_a_source(text: str, speaker: str, named: bool) -> None:
    *_, attribution = extract(text)
    assert attribution.speaker == speaker
    assert [a.named for a in attribution.speakers] == [named]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A surname beats a first word: "Roe" is Tim Roe, not the Roe Tower printed nearer.
        ("Tim Roe spoke. He owns Roe Tower. Roe said the plan was dead.", "Tim Roe"),
        # A name ends at a possessive: "Roe's Grain critics" names no "Roe Grain".
        ("Roe's Grain critics met. Roe said the plan was dead.", "Roe"),
        # A middle initial belongs to the name ("J." is two tokens: a capital and a dot).
        ("Ann J. Lee spoke. Ms. Lee said the plan was dead.", "Ann J. Lee"),
        # "Jr." is no surname.
        ("Tim B. Roe Jr. spoke. Mr. Roe said the plan was dead.", "Tim B. Roe Jr"),
    ],
)
def test_surnames_resolve_to_people(text: str, speaker: str) -> None:
    assert extract(text)[-1].speaker == speaker


def test_ingest_keeps_an_unnamed_speaker_unnamed() -> None:
    text = "A spokesman for Grain Corp said the plan was dead. Attorneys for Ann Lee said no."
    annotation = annotate(text, "for", extract(text), EntityIndex([]), ArticleInfo(), "test")
    kinds = {actor.name: actor.type for actor in annotation.actors}
    assert kinds == {"spokesman for Grain Corp": "anonymous", "Attorneys for Ann Lee": "group"}


@pytest.mark.parametrize(
    ("text", "speakers", "bodies"),
    [
        # A body known by its initials is named (it was an unnamed description), and one
        # opens a body's name.
        ("The GCB said the plan was dead.", ["GCB"], {"GCB"}),
        ("GCB News reported that the plan was dead.", ["GCB News"], {"GCB News"}),
        # No "he" or "she" is a body: it goes on to the person named before.
        ("Tim Roe said it was over. The Grain Council said the plan was dead. He said no.",
         ["Tim Roe", "Grain Council", "Tim Roe"], {"Grain Council"}),
        ("Tim Roe said it was over. The GCB said the plan was dead. He said no.",
         ["Tim Roe", "GCB", "Tim Roe"], {"GCB"}),
    ],
)  # fmt: skip
def test_bodies(text: str, speakers: list[str], bodies: set[str]) -> None:
    found = extract(text)
    assert [a.speaker for a in found] == speakers
    named = {(g.name, g.named, g.body) for a in found for g in a.speakers}
    assert {name for name, is_named, body in named if is_named and body} == bodies


def test_ingest_types_a_body_known_by_its_initials_as_an_organization() -> None:
    text = "The GCB said the plan was dead."
    annotation = annotate(text, "gcb", extract(text), EntityIndex([]), ArticleInfo(), "test")
    assert [(actor.name, actor.type) for actor in annotation.actors] == [("GCB", "organization")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The second office may hold "of" too.
        ("Secretary of Defense Ann Lee and Secretary of State Bo Chan said the plan was dead.",
         "Ann Lee and Bo Chan"),
        # "and" inside a body's name that runs on to an office is one source.
        ("House Grain and Reform Committee Chairman Bo Chan said the plan was dead.", "Bo Chan"),
        # An office of a department: its holder printed elsewhere in full, a surname, or no one.
        ("Ann Rodham Lee spoke. Secretary of State Ann Rodham Lee said the plan was dead.",
         "Ann Rodham Lee"),
        ("Secretary of State Lee said the plan was dead.", "Lee"),
        ("The Secretary of State said the plan was dead.", "Secretary of State"),
        ("A spokeswoman for Sen. Ann Lee said the plan was dead.", "spokeswoman for Sen. Ann Lee"),
        # Sentence openers and plural titles are no part of a name.
        ("Grain Corp filed. Unlike Grain, Tim Roe said the plan was dead. Grain said no.",
         "Grain Corp"),
        ("Senators Ann B. Lee and Bo C. Chan met. Ms. Lee said the plan was dead.", "Ann B. Lee"),
        # A transcript's name in capitals, in full where printed before.
        ("Tim Roe and Ann Lee met.\n\nROE: The plan is dead.\n\nLEE: No.\n\nROE: Yes.",
         "Tim Roe"),
    ],
)  # fmt: skip
def test_reviewed_speaker_cases(text: str, speaker: str) -> None:
    assert extract(text)[-1].speaker == speaker


def test_a_pair_keeps_its_members_past_a_prepositional_phrase() -> None:
    text = (
        "Former deputy secretary of state Ann Lee and Senator Bo Chan of Texas said the plan "
        "was dead."
    )
    (attribution,) = extract(text)
    assert [(a.name, a.office) for a in attribution.speakers] == [
        ("Ann Lee", "deputy secretary of state"),
        ("Bo Chan", "Senator"),
    ]


def test_a_headline_run_of_capitals_is_the_registry_last_resort() -> None:
    # The headline's "Farmers Blast Lee" is the nearest "Lee" before the statement; the
    # name printed in the body wins, though it comes after.
    text = (
        "Farmers Blast Lee, Grain Deal Dies\n\nLee said the plan was dead. Ann Lee had signed it."
    )
    (attribution,) = extract(text)
    assert attribution.speaker == "Ann Lee"


def test_a_person_named_like_a_body_is_one_person_everywhere() -> None:
    """ "Frank Church" is a person in both shapes of source, and a later "he" is him (the
    same name typed as a person in one article and a body in another made the graph
    inconsistent)."""
    one = "One of the senators, Tim Church, said the hearings would go on."
    two = "Tim Church said the hearings would go on. He added that the report was late."
    kinds = set()
    for text in (one, two):
        annotation = annotate(text, "c", extract(text), EntityIndex([]), ArticleInfo(), "t")
        kinds |= {(actor.name, actor.type) for actor in annotation.actors}
    assert kinds == {("Tim Church", "person")}
    assert [a.speaker for a in extract(two)] == ["Tim Church", "Tim Church"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A given name tells who "Mrs." and "Mr." mean among people sharing a surname.
        ('Susan Marlow spoke in Ohio. Peter Marlow spoke in Iowa. "We will win," Mrs. Marlow '
         "said.", "Susan Marlow"),
        ('Peter Marlow spoke in Ohio. Susan Marlow spoke in Iowa. "We will win," Mr. Marlow '
         "said.", "Peter Marlow"),
        # So does the pronoun that follows a full name, or an honorific printed with it.
        ('Xan Marlow spoke in Ohio, where she won. Tor Marlow spoke in Iowa, where he lost. '
         '"We will win," Ms. Marlow said.', "Xan Marlow"),
        ('Mrs. Xan Marlow spoke in Ohio. Mr. Tor Marlow spoke in Iowa. "We will win," '
         "Mrs. Marlow said.", "Xan Marlow"),
        # Without evidence the nearest full name stands.
        ('Xan Marlow spoke in Ohio. Tor Marlow spoke in Iowa. "We will win," Mrs. Marlow '
         "said.", "Tor Marlow"),
    ],
)  # fmt: skip
def test_an_honorific_picks_among_people_who_share_a_surname(text: str, speaker: str) -> None:
    assert extract(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Initials joined by a hyphen or an ampersand are a body's ("AFL-CIO").
        '"We will strike," the GWU-CLC said.',
        '"We will strike," GWU&CLC said.',
    ],
)
def test_joined_initials_are_a_body(text: str) -> None:
    (attribution,) = extract(text)
    assert [(g.named, g.body) for g in attribution.speakers] == [(True, True)]


def test_for_inside_a_name_makes_a_body_unless_a_person_opens_it() -> None:
    assert is_body_name("Roe Center for Grain Research")
    assert not is_body_name("Mary Roe for Grain Weekly")


def test_initials_joined_by_a_hyphen_open_a_bodys_name() -> None:
    assert is_body_name("GWU-CLC") and is_body_name("GWU&CLC Grain")
    assert not is_body_name("OCASIO-CORTEZ")


@pytest.mark.parametrize(
    "text",
    [
        "The Grainco Corporation said the plan was dead.",
        "The Grain Future Fund said the plan was dead.",
        "The Grain Safety Administration said the plan was dead.",
        # "for" inside a name is a body's, as "of" is (no person's name has either).
        "The Institutes for Soil Science and Drainage said the plan was dead.",
    ],
)
def test_companies_funds_and_administrations_are_bodies(text: str) -> None:
    (attribution,) = extract(text)
    assert [(g.named, g.body) for g in attribution.speakers] == [(True, True)]


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        # "the group", "the agency", "the company": the body of that kind named just before.
        ("The Grain Policy Center studied the plan. It would fail, the group said.",
         "Grain Policy Center", True),
        ("The GCB opened a case in May. The agency said it was closed.", "GCB", True),
        ("Grainco Corporation built a plant. The company said it was proud.",
         "Grainco Corporation", True),
        # Not a body of another kind, nor one the noun was used for something else after.
        ("Grainco Corporation built a plant. The agency said it was proud.", "agency", False),
        ("The Grain Policy Center polled voters. Among the group of young voters, most "
         "agreed. The group also said the plan would fail.", "group", False),
        ("It would fail, the group said.", "group", False),
    ],
)  # fmt: skip
def test_the_group_is_the_body_named_before(text: str, speaker: str, named: bool) -> None:
    attribution = extract(text)[-1]
    assert (attribution.speaker, attribution.speakers[0].named) == (speaker, named)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "she" is not the last person named when the text tells he is a man: unresolved.
        ('Ann Lee said the plan was dead. Tim Roe said it was alive. "No," she added.', None),
        ('Ann Lee said the plan was dead. Mr. Roe said it was alive. "No," she added.', None),
        # A pronoun of the person's gender, or a person of unknown gender, stays as before.
        ('Ann Lee said the plan was dead. Tim Roe said it was alive. "No," he added.',
         "Tim Roe"),
        ('Ann Lee said the plan was dead. Tor Roe said it was alive. "No," she added.',
         "Tor Roe"),
    ],
)  # fmt: skip
def test_a_pronoun_of_the_other_gender_is_not_the_last_person(
    text: str, speaker: str | None
) -> None:
    assert extract(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A transcript prints a name in full in capitals once, then the surname: both are
        # the person, in title case (the form printed in running text wins).
        ("The panel met.\n\nJAKE TOLLER: Will the deal pass?\n\nTOLLER: Well?\n\n"
         "MARA QUELL: It will.", ["Jake Toller", "Jake Toller", "Mara Quell"]),
        ("The panel was led by Jake McToller.\n\nJAKE MCTOLLER: Will the deal pass?\n\n"
         "MCTOLLER: Well?", ["Jake McToller", "Jake McToller"]),
        # A role in capitals is no name.
        ("The panel met.\n\nUNIDENTIFIED MALE: Will the deal pass?\n\nMARA QUELL: It will.",
         ["UNIDENTIFIED MALE", "Mara Quell"]),
    ],
)  # fmt: skip
def test_a_transcripts_name_in_capitals_is_the_full_name(text: str, speakers: list[str]) -> None:
    found = extract(text)
    assert [a.speaker for a in found] == speakers
    assert all(not g.body for a in found for g in a.speakers)


def test_a_transcripts_short_label_names_a_person() -> None:
    """ "LEE:" opening turns is a person, though four capitals read as initials elsewhere;
    title-cased, it is one person with the "Lee" of another article. Initials with no
    vowel ("GCB:") stay a body."""
    one = "The panel met.\n\nLEE: The plan is dead.\n\nROE: It is not.\n\nGCB: We agree.\n"
    two = "Lee said the plan was dead."
    found = extract(one)
    assert [(g.name, g.body) for a in found for g in a.speakers] == [
        ("Lee", False),
        ("Roe", False),
        ("GCB", True),
    ]
    kinds = set()
    for text in (one, two):
        annotation = annotate(text, "l", extract(text), EntityIndex([]), ArticleInfo(), "t")
        kinds |= {(actor.name, actor.type) for actor in annotation.actors}
    assert ("Lee", "person") in kinds
    assert {kind for name, kind in kinds if name.lower() == "lee"} == {"person"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A word that only runs into a surname ("See Roe’s …"), printed in lower case too.
        ("Jane Roe spoke first. “We will win,” said Tim Roe. See Roe’s plan below, as we "
         "see it. “It is late,” Roe said.", "Tim Roe"),
        # A word before a full name printed on its own too ("Rival Tim Roe").
        ("“We will win,” said Tim Roe. Jane Roe, his rival, spoke. Rival Tim Roe came. "
         "“It is late,” Roe said.", "Tim Roe"),
    ],
)  # fmt: skip
def test_a_surname_resolves_past_words_that_run_into_a_name(text: str, speaker: str) -> None:
    assert extract(text)[-1].speaker == speaker


def test_a_common_noun_opening_the_sentence_is_no_name() -> None:
    """ "Critics said …": capitalised only as the sentence's first word and printed in lower
    case elsewhere, so an unnamed source; a word that resolves to a full name stays one."""
    found = extract("Critics said the plan was dead. Few critics agree with the mayor.")
    assert [(a.speaker, a.descriptor) for a in found[:1]] == [("critics", "Critics")]
    assert found[0].speakers[0].named is False
    found = extract("Tom Price spoke first. Price said the price was right.")
    assert found[-1].speaker == "Tom Price"


def test_a_body_known_by_a_plain_name_is_a_body_however_printed() -> None:
    """ "Politico", "POLITICO", "NAACP": one kind of actor, a body, in every article, and
    no "he" means it."""
    text = (
        "“The plan is dead,” Politico reported on Monday. “It is late,” said POLITICO. "
        "The NAACP said the vote was unfair."
    )
    found = extract(text)
    assert [(g.name, g.body) for a in found for g in a.speakers] == [
        ("Politico", True),
        ("POLITICO", True),
        ("NAACP", True),
    ]
    later = extract("“We won,” said Tim Roe. “It is late,” Politico reported. He said it was.")
    assert later[-1].speaker == "Tim Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The New York Times ran the story. “It is over,” the Times said.", "New York Times"),
        ("Texas-born Ann Lee spoke. “It is over,” Lee said.", "Ann Lee"),
    ],
)  # fmt: skip
def test_a_name_runs_from_a_place_word_and_past_where_one_is_born(text: str, speaker: str) -> None:
    assert extract(text)[-1].speaker == speaker


def test_an_office_after_a_possessive_is_held_by_the_name_between_commas() -> None:
    """ "Acme's chief executive, Ann Lee, said": Ann Lee speaks, not Acme."""
    found = extract("Acme's chief executive, Ann Lee, said the plan was dead.")
    assert [a.speaker for a in found] == ["Ann Lee"]


def test_a_dateline_is_no_speaker() -> None:
    """ "DENVER - …" opening the story names where it was filed, not who speaks."""
    text = (
        "A test for the team.\n\nDENVER - When the first day of the fair ended, Ann Lee's "
        "aides were glad - thrilled with Bo Chan's bright speech and sure that Tim Roe and "
        "many other guests gave the right mix of heat and calm."
    )
    found = [a for a in extract(text) if a.source is not None]
    assert found
    # The dash after the dateline sets off no aside: the source is the subject, never
    # the place (which, were it taken, would name no one).
    assert all(a.speaker is None or "denver" not in a.speaker.lower() for a in found)
    assert [text[a.source[0] : a.source[1]] for a in found if a.source] == ["Ann Lee's aides"]


def test_a_source_that_is_all_dateline_names_no_one() -> None:
    # The rule behind the test above, now that the rules find the subject after the dash:
    # a source of only the dateline's words leaves nothing to name, one after it the rest.
    doc = Doc.analyse("A test for the team.\n\nDENVER - Ann Lee said the fair was good.")
    assert [t.text for t in doc.tokens[6:10]] == ["DENVER", "-", "Ann", "Lee"]
    assert _after_dateline(doc, 6, 8) >= 8  # "DENVER -": no speaker
    assert _after_dateline(doc, 6, 10) == 8  # "DENVER - Ann Lee": Ann Lee


def test_a_transcripts_label_of_known_initials_stays_a_body() -> None:
    """ "ABC:" opening turns is the network, not a person "Abc"."""
    text = "The panel met.\n\nABC: Will the deal pass?\n\nROE: It will.\n"
    assert [(g.name, g.body) for a in extract(text) for g in a.speakers] == [
        ("ABC", True),
        ("Roe", False),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor met the Grain Safety Board, which said the plan was dead.",
         "Grain Safety Board"),
        ("The plan was backed by the GSB, which argued that it was fair.", "GSB"),
        # No name right before: "which" stays unresolved.
        ("She filed her papers in July, which showed that she was fit.", "which"),
    ],
)  # fmt: skip
def test_a_relative_source_names_the_name_it_follows(text: str, speaker: str | None) -> None:
    assert extract(text)[-1].speaker == speaker


def test_initials_with_stops_are_a_body() -> None:
    """ "the F.B.I." is a body as "the FBI" is; "J.J. Lee" is a person."""
    found = extract("The F.B.I. said the plan was dead. J.J. Lee said it was not.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [
        ("F.B.I.", True),
        ("J.J. Lee", False),
    ]


def test_a_body_known_by_name_is_a_body_in_title_case_too() -> None:
    """ "Isis" is the ISIS of another article: one kind of actor for one name."""
    found = extract("“We will win,” Isis said in a statement. “You will not,” ISIS said.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [
        ("Isis", True),
        ("ISIS", True),
    ]


def test_a_source_noun_opening_the_sentence_is_no_name() -> None:
    """ "Aides said …": a noun that heads unnamed sources is no name at a sentence's start,
    though the text prints it no other way."""
    found = extract("Aides said the plan was dead.")
    assert [(g.name, g.named) for a in found for g in a.speakers] == [("aides", False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Kall — a teacher from Elm Park — said the plan was dead.", "Ann Kall"),
        ("Kall -- co-editor of Meet The Donald, a book on the race -- said the plan was "
         "dead.", "Kall"),
        # A possessor before the dash speaks for no one: the name after it is the speaker.
        ("Lee’s running mate — Elm Park Gov. Bo Chan — said the plan was dead.", "Bo Chan"),
    ],
)  # fmt: skip
def test_a_name_before_a_dash_is_the_speaker(text: str, speaker: str) -> None:
    """A dash sets off an appositive as a comma does: its capitals name no one."""
    assert extract(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "name",
    ["Grain Research", "Islamic State", "Kantar Media", "Ann Lee Campaign", "Texas", "Beijing",
     "New Mexico"],
)  # fmt: skip
def test_states_cities_and_bodies_named_by_their_last_word_are_bodies(name: str) -> None:
    """A state's or a city's government, a pollster, a campaign: no person in any article."""
    found = extract(f"The plan was dead, {name} said on Friday.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [(name, True)]


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("Many Americans said the plan was dead.", "Americans"),
        ("The plan was dead, the Republican said on Friday.", "Republican"),
        # Printed in lower case elsewhere: the source reads so.
        ("Millennials say the plan is dead. Not all millennials agree.", "millennials"),
    ],
)  # fmt: skip
def test_a_capitalised_people_noun_names_no_one(text: str, core: str) -> None:
    """A people, a generation or a party's member: a source with no one named."""
    found = extract(text)
    assert [(g.name, g.named) for g in found[0].speakers] == [(core, False)]


def test_a_party_label_before_a_name_is_no_part_of_it() -> None:
    """ "Democrat Ann Lee" is Ann Lee, and a later "Lee" too; "Republicans Chan" is the
    Bo Chan printed elsewhere; a body's name stays whole."""
    found = extract(
        "Democrat Ann Lee said the plan was dead. Bo Chan agreed. “It is over,” Lee said. "
        "The plan was dead, Republicans Chan and Roe said. "
        "The plan was dead, the Republican Party said."
    )
    assert [a.speaker for a in found] == [
        "Ann Lee",
        "Ann Lee",
        "Bo Chan and Roe",
        "Republican Party",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee won the vote. Despite Lee’s loss in the poll, aides were calm. The plan "
         "was dead, Lee said.", "Ann Lee"),
        ("Had Republicans won, the plan was dead. The plan was dead, Republicans said.",
         "Republicans"),
        # A headline's run that opens with a body's word is no name for it.
        ("Republicans Finally Passed The Grain Bill Today\n\nThe plan was dead, "
         "Republicans said on Friday.", "Republicans"),
    ],
)  # fmt: skip
def test_a_word_opening_a_sentence_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    """ "Despite Lee's …", "Had Republicans …": the surname later means the full name
    printed elsewhere, or no one's, though the text prints "despite" no other way."""
    assert extract(text)[-1].speaker == speaker


def test_a_name_with_of_inside_is_a_body() -> None:
    """ "Museum of Grain Art": no person's name has "of" inside, in any article."""
    found = extract("The plan was dead, the Museum of Grain Art said on Friday.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [("Museum of Grain Art", True)]


@pytest.mark.parametrize(
    "name", ["Grain Workers of America", "Elm Federation of Bakers"]
)  # fmt: skip
def test_a_body_named_with_of_is_not_cut_before_it(name: str) -> None:
    """ "… Workers of America": no person "Grain Workers" from Elm Park."""
    found = extract(f"The plan was dead, the {name} said on Friday.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [(name, True)]


@pytest.mark.parametrize("noun", ["Investors", "Politicians", "Fact-checkers", "Scholars"])
def test_more_source_nouns_opening_the_sentence_are_no_names(noun: str) -> None:
    """Plural nouns for those who speak as a group, read in lower case at a sentence's
    start though the text prints them no other way."""
    found = extract(f"{noun} said the plan was dead.")
    assert [(g.name, g.named) for a in found for g in a.speakers] == [(noun.lower(), False)]


@pytest.mark.parametrize(
    ("printed", "name"),
    [("Mashable", "Mashable"), ("the Fed", "Fed"), ("the Census", "Census"),
     ("the Federalist", "Federalist")],
)  # fmt: skip
def test_outlets_and_agencies_known_by_one_word_are_bodies(printed: str, name: str) -> None:
    """ "Mashable said", "the Fed said": a body, no "he" means it."""
    found = extract(f"The plan was dead, {printed} said on Friday.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [(name, True)]


def test_an_office_of_a_department_after_a_possessive_names_its_holder() -> None:
    """ "Ohio's Secretary of State Ann Lee" is Ann Lee, not Ohio."""
    found = extract("The plan was dead, Ohio’s Secretary of State Ann Lee said on Friday.")
    assert [a.speaker for a in found] == ["Ann Lee"]


def test_a_name_ending_in_report_is_a_body() -> None:
    """ "the Grain Political Report": a newsletter, no person, in any article."""
    found = extract("The plan was dead, the Grain Political Report said on Friday.")
    assert [(g.name, g.body) for a in found for g in a.speakers] == [
        ("Grain Political Report", True)
    ]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Ann Lee spoke first. Despite Bo Lee's plan, the vote failed.", "Despite"),
        ("Ann Lee spoke first. Democrat Mary Lee opposed the plan.", "Democrat"),
        ("Ann Lee spoke first. Secretary of State Bo Lee opposed the plan.", "State"),
        ("Ann Lee spoke first. South Korean-born Bo Lee opposed the plan.", "South"),
    ],
)
def test_a_run_of_names_starts_at_the_name_not_at_a_dropped_word(text: str, opening: str) -> None:
    # Up to the word dropped from the run, the nearest "Lee" printed is still Ann Lee.
    registry = Registry(Doc.analyse(text))
    assert registry.resolve("Lee", text.index(opening)) == "Ann Lee"
    second = text.split(opening)[1].split(" Lee")[0].split()[-1]
    assert registry.resolve("Lee", text.index(second)) == f"{second} Lee"


@pytest.mark.parametrize(
    ("printed", "name"),
    [("Ohio’s tax commissioner", "Ohio’s tax commissioner"),
     ("the Grain Council's secretary general", "Grain Council's secretary general"),
     ("Lee's campaign manager", "Lee's campaign manager"),
     ("Lee's aides", "Lee's aides"),
     ("Lee's wife", "Lee's wife")],
)  # fmt: skip
def test_an_office_or_kin_after_a_possessive_is_someone_else(printed: str, name: str) -> None:
    """ "Ohio's tax commissioner said": the office's holder speaks, unnamed, not Ohio;
    "Lee's aides", "Lee's wife" are not Ann Lee."""
    found = extract(f"Ann Lee won. The plan was dead, {printed} said on Friday.")
    assert [(g.name, g.named) for g in found[-1].speakers] == [(name, False)]
    assert found[-1].descriptor == printed


@pytest.mark.parametrize(
    ("printed", "name"),
    [("Lee's father, the Rev. Tim Roe,", "Tim Roe"),
     ("one of them, the Daily Grain's Bo Chan,", "Bo Chan")],
)  # fmt: skip
def test_a_name_after_an_office_and_a_possessive_is_the_speaker(printed: str, name: str) -> None:
    """The name that follows the office, a title or a paper's possessive, or that a
    relative clause goes on describing, is the one who speaks."""
    found = extract(f"Ann Lee won. The plan was dead, {printed} said on Friday.")
    assert [a.speaker for a in found][-1] == name


@pytest.mark.parametrize(
    "phrase",
    ["Ohio’s Sheriff Bo Chan who is known for it",
     "Lee’s deputy campaign manager, Bo Chan, who ran the count"],
)  # fmt: skip
def test_a_relative_clause_after_a_name_after_a_possessive_keeps_the_name(phrase: str) -> None:
    """ "Ohio's Sheriff Bo Chan who is known for …" is Bo Chan, not Ohio."""
    found = describe(phrase, 0, Registry.empty())
    assert (found.name, found.named) == ("Bo Chan", True)


def test_an_outlet_of_one_word_after_the_keeps_the() -> None:
    """ "The Ridge reported": the outlet "The Ridge", a body, not a person Ridge."""
    found = extract("The plan was dead, The Ridge reported on Friday.")
    assert [(g.name, g.body, g.named) for g in found[-1].speakers] == [("The Ridge", True, True)]


def test_a_family_named_by_a_plural_surname_is_unnamed() -> None:
    """ "The Lees said" after Ann Lee: her family, no person "Lees"."""
    found = extract("Ann Lee won. The Lees said the plan was dead.")
    assert [(g.name, g.named) for g in found[-1].speakers] == [("Lees", False)]


@pytest.mark.parametrize(
    "text",
    ["Zed Quill won the vote, and he was glad. The plan was dead, Quill said. “It is over,” "
     "she said.",
     "The plan was dead, Bernie Quill said. “It is over,” she said."],
)  # fmt: skip
def test_she_is_not_a_man_no_one_else_shares_the_surname_of(text: str) -> None:
    """The pronoun after a full name or the given name tells a man's gender even when no
    other person shares his surname: a later "she" is someone else."""
    assert [a.speaker for a in extract(text)][-1] is None


@pytest.mark.parametrize(
    "text",
    ["Zed Quill won the vote. His wife, Ora Quill, was there. The plan was dead, Quill said.",
     "Zed Quill won the vote. The plan was dead, said his son Ora Quill. Quill said it too."],
)  # fmt: skip
def test_a_bare_surname_is_not_the_kin_printed_nearer(text: str) -> None:
    """A full name printed after a kin word ("his wife, Ora Quill") is someone's relative:
    a later bare "Quill" means the one the story is about, printed before."""
    assert [a.speaker for a in extract(text)][-1] == "Zed Quill"


@pytest.mark.parametrize(
    ("printed", "body"),
    [("the Elm Park Post", True), ("the Elm Park Journal", True), ("the Elm Press", True),
     ("the Grain Poll", True), ("Congress", True), ("the Senate", True),
     ("Bill Press", False), ("Karen House", False)],
)  # fmt: skip
def test_outlets_and_chambers_are_bodies_unless_a_given_name_opens_them(
    printed: str, body: bool
) -> None:
    """ "the Elm Park Post", "Congress" are bodies in every article; "Bill Press" is a
    person."""
    found = extract(f"The plan was dead, {printed} said on Friday.")
    assert [g.body for g in found[-1].speakers] == [body]


def test_a_place_and_a_party_name_no_one() -> None:
    """ "an Ohio Democrat said": unnamed, no person named "Ohio Democrat"."""
    found = extract("The plan was dead, said an Ohio Democrat.")
    assert [(g.name, g.named) for g in found[-1].speakers] == [("Ohio Democrat", False)]


def test_the_place_and_party_mean_the_person_named_last() -> None:
    """ "Zed Quill … the Ohio Republican said": Zed Quill, as "he" would be."""
    found = extract("Zed Quill said it was close. The plan was dead, the Ohio Republican said.")
    assert found[-1].speaker == "Zed Quill"
    assert found[-1].descriptor == "the Ohio Republican"


def test_an_honorific_and_a_surname_are_not_the_kin_printed_nearer() -> None:
    """ "Mr. Quill" after "his son, Ora Quill": the one the story is about, as a bare
    surname is."""
    text = "Zed Quill won the vote. His son, Ora Quill, was there. Mr. Quill said it was dead."
    assert [a.speaker for a in extract(text)][-1] == "Zed Quill"


def test_a_title_word_after_an_honorific_is_a_surname() -> None:
    """ "Ms. Judge said": a woman named Judge, not an unnamed "Ms. Judge"."""
    found = extract("The plan was dead, Ms. Judge said on Friday.")
    assert [(g.name, g.named) for g in found[-1].speakers] == [("Judge", True)]


def test_a_reflexive_after_a_name_stresses_it_and_tells_the_gender() -> None:
    """ "Quill herself said": Ann Quill (a woman), though Tim Quill is printed nearer."""
    text = "Ann Quill won. Tim Quill lost. The plan was dead, Quill herself said on Friday."
    assert [a.speaker for a in extract(text)][-1] == "Ann Quill"


@pytest.mark.parametrize(
    "text",
    ["Zed Khan won the vote. Ora Khan, his son, was there. Mr. Khan said it was dead.",
     "Zed Khan won the vote. His son, former Gov. Ora Khan, was there. Khan said it was dead."],
)  # fmt: skip
def test_a_relative_named_before_a_kin_apposition_or_after_a_title_is_kin(text: str) -> None:
    """ "Ora Khan, his son," and "his son, former Gov. Ora Khan" print a relative: a later
    bare "Khan" (or "Mr. Khan") is the one the story is about, printed before."""
    assert [a.speaker for a in extract(text)][-1] == "Zed Khan"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Her brother, Pell Nadorf, said she had left. “She never called,” he said.", "Pell Nadorf"),
     ("His widow, Ysolde Karrick, said he was tired. “He slept all day,” she said.",
      "Ysolde Karrick")],
)  # fmt: skip
def test_a_kin_word_before_a_name_tells_the_relatives_gender(text: str, speaker: str) -> None:
    """ "Her brother, Pell Nadorf, said she …": the "she" is the one he speaks of, and the
    kin word says he is a man, so the later "he" is still him."""
    assert [a.speaker for a in extract(text)][-1] == speaker


def test_an_outlet_after_a_capital_the_is_no_person_sharing_its_word() -> None:
    """ "The Hill reported" where Ann Hill is printed too: the text prints "The Hill"
    inside a sentence, so it is the outlet, a body, not the person."""
    found = extract("Ann Hill met Quill. The plan was dead, The Hill reported on Friday.")
    assert [(g.name, g.body, g.named) for g in found[-1].speakers] == [("The Hill", True, True)]


def test_a_sentence_opener_is_no_given_name_of_the_surname_after_it() -> None:
    """ "Neither Quill nor Roe …" prints no person "Neither Quill": a later "Quill" is
    Zed Quill, printed before."""
    text = "Zed Quill won. Neither Quill nor Roe would comment. The plan was dead, Quill said."
    assert [a.speaker for a in extract(text)][-1] == "Zed Quill"


def test_the_pronoun_after_a_bare_surname_tells_the_gender_too() -> None:
    """ "Quill wrote, and she left": the one full name with that surname, Zed Quill, is a
    woman, so a later "he" is someone else."""
    text = (
        "Zed Quill won the vote. The plan was dead, Quill wrote, and she left. "
        "“It is done,” he said."
    )
    assert [a.speaker for a in extract(text)][-1] is None


@pytest.mark.parametrize(
    ("text", "speaker", "descriptor"),
    [("Our comedian won. The plan was dead, Comedian Ann Quill said.", "Ann Quill", "Comedian"),
     ("Our pastor, Pastor Tim Quill, won. The plan was dead, Mr. Quill said.", "Tim Quill",
      "Mr.")],
)  # fmt: skip
def test_a_capitalised_word_that_describes_a_person_is_no_part_of_the_name(
    text: str, speaker: str, descriptor: str
) -> None:
    """ "Comedian Ann Quill": a word the text prints in lower case too, before a given
    name, describes her, in the source and in the name a later surname resolves to."""
    found = extract(text)[-1]
    assert (found.speaker, found.descriptor) == (speaker, descriptor)


def test_congressman_is_a_title_before_a_name() -> None:
    """ "Congressman Zed Quill": a title, as "Rep." is; a later "Quill" is Zed Quill."""
    text = "Congressman Zed Quill won the vote. The plan was dead, Quill said."
    found = extract(text)[-1]
    assert found.speaker == "Zed Quill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Mayor Zed de Quill won. De Quill said the plan was dead.", "Zed de Quill"),
     ("Mayor Zed de Quill won. The plan was dead, de Quill said.", "Zed de Quill"),
     ("The plan was dead, said Mayor Zed de Quill.", "Zed de Quill")],
)  # fmt: skip
def test_a_particle_in_lower_case_is_part_of_the_name(text: str, speaker: str) -> None:
    """ "Zed de Quill": the particle is inside the full name; "De Quill" and "de Quill"
    alone are his surname, not another person's full name."""
    assert [a.speaker for a in extract(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [("Zed Quill won. Quill’s Democratic opponent, Ohio Sen. Ann Roe, said the plan was dead.",
      "Ann Roe", True),
     ("Zed Quill won. Quill’s rivals said the plan was dead.", "Quill’s rivals", False),
     ("A superdelegate, Elm County Party chairwoman Ann Roe, said the plan was dead.",
      "Ann Roe", True)],
)  # fmt: skip
def test_an_opponent_speaks_and_a_place_before_a_title_describes_the_one_named(
    text: str, speaker: str, named: bool
) -> None:
    """ "Quill’s opponent, Ohio Sen. Ann Roe": Ann Roe speaks, not Quill, and "Ohio Sen."
    describes her; "Quill’s rivals" are unnamed, no Quill."""
    found = extract(text)[-1]
    assert [(g.name, g.named) for g in found.speakers] == [(speaker, named)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The plan was dead, Mayor Ann Quill said. The mayor said it was over.", "Ann Quill"),
     # A former governor is no sitting one, and "the official" is too often unnamed.
     ("The plan was dead, former Gov. Ann Quill said. The governor said it was over.",
      "governor"),
     ("The plan was dead, senior official Ann Quill said. The official said it was over.",
      "official")],
)  # fmt: skip
def test_the_office_means_the_last_named_holder_of_it(text: str, speaker: str) -> None:
    """ "The mayor said" after "Mayor Ann Quill said": Ann Quill, as "the Ohio Republican"
    means the person named last."""
    assert [a.speaker for a in extract(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Mayor Ana Ruiz opened the bridge on Friday. Crowds cheered. The mayor said it had "
      "cost too much.", "Ana Ruiz"),
     ("Judge Carla Benn heard the case in March. “The evidence is weak,” the judge said.",
      "Carla Benn"),
     ("Ana Ruiz, the mayor of Dunmore, opened the bridge. The mayor said it had cost too much.",
      "Ana Ruiz"),
     ("Ana Ruiz is the mayor of Dunmore. The mayor said the bridge had cost too much.",
      "Ana Ruiz"),
     ("Mayor Ana Ruiz opened the bridge. Governor Rhea Stallworth stayed away. The mayor "
      "said the governor was busy.", "Ana Ruiz"),
     # Not across another office, not when two people hold it.
     ("Mayor Ana Ruiz opened the bridge on Friday. The governor said it had cost too much.",
      "governor"),
     ("Mayor Ana Ruiz and Mayor Bo Tran opened the bridge. The mayor said it had cost too "
      "much.", "mayor"),
     ("The plan was dead, Mayor Ann Quill said. Mayor Bo Tran agreed. The mayor said it was "
      "over.", "mayor"),
     # A headline's subject runs into its verb: no office "Dunmore mayor praises".
     ("Dunmore mayor praises Ana Ruiz\n\nThe mayor said the bridge had cost too much.",
      "mayor")],
)  # fmt: skip
def test_the_office_means_the_one_person_the_text_introduced_with_it(
    text: str, speaker: str
) -> None:
    """ "The mayor said" after "Mayor Ana Ruiz opened the bridge": the person introduced
    with that office, whether or not she spoke before."""
    assert [a.speaker for a in extract(text)][-1] == speaker


def test_an_honorific_of_the_other_gender_is_not_the_only_full_name() -> None:
    """ "Mr. Quill" where only Ann Quill (a woman) is printed in full: someone else, left
    as printed, not Ann Quill."""
    text = "Ann Quill won the vote. The plan was dead, Mr. Quill said."
    assert [a.speaker for a in extract(text)][-1] == "Quill"


@pytest.mark.parametrize(
    "text",
    ["The vote was close. Historians say the plan was dead.",
     "The lesson is plain: Voters say the plan was dead."],
)  # fmt: skip
def test_a_plural_noun_opening_a_sentence_or_clause_names_no_one(text: str) -> None:
    """ "Historians say", "…: Voters say": capitalised only to open the sentence or the
    clause after a colon, an unnamed source in lower case."""
    found = extract(text)[-1]
    assert [g.named for g in found.speakers] == [False]
    assert found.speaker is not None and found.speaker.islower()


@pytest.mark.parametrize(
    ("phrase", "name", "descriptor", "named"),
    [("(The Grain Council", "Grain Council", None, True),
     ("(Mr. Quill", "Quill", "Mr.", True),
     ("(Ann Quill, who ran", "Ann Quill", "who ran", True),
     ("(I’d", None, "I’d", False)],
)  # fmt: skip
def test_the_parenthesis_opening_an_aside_is_no_part_of_the_source(
    phrase: str, name: str | None, descriptor: str | None, named: bool
) -> None:
    """ "(The Grain Council has not …)": the source opens an aside; the mark is no part of
    its name or description, and a pronoun stays unnamed."""
    found = describe(phrase, 0, Registry.empty())
    assert (found.name, found.descriptor, found.named) == (name, descriptor, named)


def test_a_title_with_a_particle_is_no_full_name_of_the_surname_after_it() -> None:
    """ "Los Hijos de Quill" (a play) has two words before the particle: no person, so a
    later "Quill" is not it."""
    text = "Los Hijos de Quill opened. The plan was dead, Quill said."
    assert [a.speaker for a in extract(text)][-1] == "Quill"


@pytest.mark.parametrize("epithet", ["the Texan", "the Republican"])
def test_a_state_or_party_alone_after_the_means_the_person_named_last(epithet: str) -> None:
    """ "Zed Quill … the Texan said": Zed Quill, as "the Ohio Republican" is; no person
    named "Texan"."""
    found = extract(f"Zed Quill said it was close. The plan was dead, {epithet} said.")
    assert (found[-1].speaker, found[-1].descriptor) == ("Zed Quill", epithet)


@pytest.mark.cues(absent=("called",))
def test_a_quoted_name_after_called_is_the_speakers_name() -> None:
    """ "A Danish news organization called “The Ledger” cited …": The Ledger, described as
    a Danish news organization (not "Ledger”")."""
    text = (
        "A Danish news organization called “The Ledger” cited polls showing that the "
        "mayor had lost support."
    )
    found = [(f.speaker, f.descriptor) for f in extract(text) if f.source is not None]
    assert ("The Ledger", "A Danish news organization") in found


def test_a_quote_framed_by_its_owned_office_and_a_name_has_that_speaker() -> None:
    # "said its president, Lena Sorensen": "its" opens the phrase as an owner; before, the
    # quote was lost, and the office kept the owner ("its president").
    text = "“We kept the ferries running,” said its president, Ilse Varga. “We deserve better.”"
    (found,) = extract(text)
    assert (found.speaker, found.office) == ("Ilse Varga", "president")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A headline's verb ends a run of capitals: "Officials Doubt Progress" is no name.
        ("Officials Doubt Progress\n\nTalks on the dam resumed on Monday in Vienna.", "officials"),
        (
            "Harbor Board Wants Review\n\nThe harbor board met on Monday. Renata Wolff chaired it.",
            "Harbor Board",
        ),
    ],
)
def test_a_headline_verb_is_no_part_of_a_name(text: str, speaker: str | None) -> None:
    found = extract(text)
    assert found and found[0].speaker == speaker
    assert "Wants Review" not in str(to_json(found[0]))


@pytest.mark.parametrize(
    ("text", "speaker", "office"),
    [
        # "Executive" is an office's noun, no part of a name.
        (
            "Chief Executive Farid Nasser said the mill would grow.",
            "Farid Nasser",
            "Chief Executive",
        ),
        # A body named by its kind and what it is of, meant later by "the ministry".
        (
            "The Ministry of Fisheries banned trawling on Monday. The ministry said stocks fell.",
            "Ministry of Fisheries",
            None,
        ),
        (
            "The Department of Health and Safety met. The department said the mill was unsafe.",
            "Department of Health and Safety",
            None,
        ),
        # The office held by someone the text introduced: "the coach said" names him.
        (
            "The coach, Lars Ebbe, praised the team on Sunday. The coach said they earned it.",
            "Lars Ebbe",
            "coach",
        ),
        # "executive" before a body's word modifies the body: no office.
        ("Its executive board said the strike would go on.", "Its executive board", None),
    ],
)
def test_offices_and_bodies_named_by_their_kind(
    text: str, speaker: str | None, office: str | None
) -> None:
    last = extract(text)[-1]
    assert (last.speaker, last.office) == (speaker, office)


@pytest.mark.parametrize(
    ("text", "speaker", "descriptor"),
    [
        # The sentence before opens with a participle's phrase; its subject is still whom
        # the pronoun means, not the last speaker.
        (
            "Ann Ruiz said the pier was safe. Growing up in Dunmore, Bo Lind fished off it. "
            "“It is rotten,” he said.",
            "Bo Lind",
            "he",
        ),
        # One unnamed person the sentence before introduces.
        (
            "Ann Ruiz said the pier was safe. A harbor inspector was blunt. "
            "“It is rotten,” he said.",
            "harbor inspector",
            "A harbor inspector",
        ),
        # Not when the name follows the description.
        (
            "Ann Ruiz said the pier was safe. A harbor inspector, Bo Lind is blunt. "
            "“It is rotten,” she said.",
            "Ann Ruiz",
            "she",
        ),
    ],
)
def test_a_pronoun_means_whom_the_sentence_before_introduces(
    text: str, speaker: str, descriptor: str
) -> None:
    last = extract(text)[-1]
    assert (last.speaker, last.descriptor) == (speaker, descriptor)


@pytest.mark.parametrize(
    ("text", "speaker", "office"),
    [("Supervisor Glen Farrow said the road would reopen.", "Glen Farrow", "Supervisor"),
     ("Councillor Ama Osei said the park would close.", "Ama Osei", "Councillor"),
     ("Councilor Ama Osei said the park would close.", "Ama Osei", "Councilor"),
     ("Alderwoman Tess Quarry said the park would close.", "Tess Quarry", "Alderwoman"),
     ("Alderman Ned Quarry said the park would close.", "Ned Quarry", "Alderman"),
     ("Trustee Nell Varden said the levy would fail.", "Nell Varden", "Trustee"),
     ("Assemblyman Oto Reyes said the levy would fail.", "Oto Reyes", "Assemblyman"),
     ("Assemblywoman Rita Vance said the levy would fail.", "Rita Vance", "Assemblywoman")],
)  # fmt: skip
def test_a_local_office_before_a_name_is_a_title_not_part_of_the_name(
    text: str, speaker: str, office: str
) -> None:
    """ "Supervisor Glen Farrow": a county's, a city's or a school board's office is the
    speaker's title, as "Mayor" is, and his name is "Glen Farrow"."""
    found = extract(text)[-1]
    assert (found.speaker, found.office) == (speaker, office)


@pytest.mark.parametrize(
    "text",
    ["Sen. Dara Holm spoke first. Following Holm on stage, Ivo Petrak said the plan was "
     "dead. Still, Holm, who wrote the plan, said it would pass.",
     "Dara Holm ran. Joining Holm on the ticket was Ivo Petrak. Holm said it would pass."],
)  # fmt: skip
def test_a_participle_opening_a_sentence_is_no_given_name(text: str) -> None:
    """ "Following Holm on stage, …": the capital of a sentence's first word, an "-ing"
    form, makes no full name "Following Holm" for a later "Holm"."""
    assert [a.speaker for a in extract(text)][-1] == "Dara Holm"


def test_a_given_name_in_ing_printed_inside_a_sentence_stays_a_name() -> None:
    """ "Sterling Vance" opens a sentence, but the text prints "Sterling" capitalised
    inside one too: a given name, so "Vance" later is Sterling Vance."""
    text = "Sterling Vance ran the mill; friends call him Sterling. Vance said it would close."
    assert [a.speaker for a in extract(text)][-1] == "Sterling Vance"


@pytest.mark.parametrize(
    "text",
    ["Ex-mayor Bettina Sorel opened a library on Friday. The former mayor wrote that the town "
     "needed more books.",
     "Then-Mayor Bettina Sorel opened a library in 2009. The former mayor wrote that the town "
     "needed more books."],
)  # fmt: skip
def test_a_past_title_opening_a_sentence_is_no_part_of_the_name(text: str) -> None:
    """ "Ex-mayor Bettina Sorel": the capitalised "Ex-mayor" is her past office, no given
    name, so "the former mayor" later is Bettina Sorel."""
    (found,) = extract(text)
    assert (found.speaker, found.office.lower(), found.office_status) == (
        "Bettina Sorel",
        "mayor",
        "former",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The library was built by former mayor Bettina Sorel in 2009.\n\nCrowds came on "
      "Friday.\n\nThe former mayor wrote that the town needed more books.", "Bettina Sorel"),
     ("Critics of former Dunmore mayor Bettina Sorel met on Friday. The former mayor wrote "
      "that the town needed more books.", "Bettina Sorel"),
     # A sitting mayor is no former one.
     ("Critics of former mayor Bettina Sorel met on Friday. The mayor wrote that the town "
      "needed more books.", "mayor")],
)  # fmt: skip
def test_a_past_office_named_outside_the_subject_introduces_its_holder(
    text: str, speaker: str
) -> None:
    """ "… built by former mayor Bettina Sorel": the text introduced her with her past
    office, though not as a subject, so "the former mayor" later is Bettina Sorel."""
    assert [a.speaker for a in extract(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "office", "status"),
    [
        ("Former Gov. Ann Quill said the levy failed.", "Governor", "former"),
        ("Sen. Bo Lind said the levy failed.", "Senator", "current"),
        ("Lt. Gov. Ann Quill said the levy failed.", "Lieutenant Governor", "current"),
    ],
)
def test_an_abbreviated_title_is_an_office(text: str, office: str, status: str) -> None:
    (found,) = extract(text)
    assert (found.office, found.office_status) == (office, status)


def test_the_holder_of_an_abbreviated_office_is_whom_the_office_means() -> None:
    text = "Former Gov. Ann Quill backed the levy. The former governor said it had failed."
    assert extract(text)[-1].speaker == "Ann Quill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A share of an unnamed group speaks: the share and the group, not the share alone
        # ("Most"), nor no one ("one of the people").
        ("The ferry will stop in May, one of the people said.", "one of the people"),
        ("Most of the tenants said the rent was too high.", "most of the tenants"),
        ("Some of my cousins argue that the orchard should be sold.", "some of my cousins"),
    ],
)
def test_a_share_of_an_unnamed_group_names_the_group(text: str, speaker: str) -> None:
    (attribution,) = extract(text)
    assert attribution.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A possessive that is the whole source means whom its pronoun would, and is no
        # name itself ("Her", "My").
        ("Tim Roe said the mill was late. His view is that the river is too low.", "Tim Roe"),
        ("Ann Lee is a ferry pilot. Her view is that the river is too low.", "Ann Lee"),
        ("My view is that the river is too low.", None),
    ],
)
def test_a_possessive_source_is_read_as_its_pronoun(text: str, speaker: str | None) -> None:
    found = [a for a in extract(text) if "river" in text[a.content[0][0] : a.content[-1][1]]]
    assert [a.speaker for a in found] == [speaker]


def test_a_name_after_a_place_noun_names_the_place_not_the_source() -> None:
    # "Veskar" renames "the capital"; the traders speak, unnamed.
    text = "Foreign traders in the capital, Veskar, say the quota is too small."
    (attribution,) = extract(text)
    assert attribution.speaker == "Foreign traders"


def test_an_office_of_a_department_cut_off_by_a_paragraph_break_reads() -> None:
    # Found by fuzzing: the run of names after "Secretary of State" was empty.
    text = "The panel heard from former Secretary of State H\n\nillary about the server."
    assert isinstance(extract(text), list)


_COLUMN = (
    "Why the harbor plan will fail\n"
    "By Marta J. Quill, Opinion Contributor\n\n"
    "I have argued for years that the harbor plan is a mistake. My view is that the city "
    "cannot afford it.\n\n"
    "The mayor, Tom Reyes, said the plan would pay for itself. “I think we will win,” he "
    "said. I think he is wrong.\n"
)


def test_a_columns_i_is_the_author_its_byline_names() -> None:
    found = {_COLUMN[slice(*a.content[0])]: (a.speaker, a.descriptor) for a in extract(_COLUMN)}
    assert found["that the harbor plan is a mistake"] == ("Marta J. Quill", "I")
    assert found["that the city cannot afford it"] == ("Marta J. Quill", "My")
    # The author's "I think" does not make her the "he" of the next sentence, and the
    # mayor's quoted "I" is his.
    assert found["he is wrong"] == ("Marta J. Quill", "I")
    assert found["“I think we will win,”"][0] == "Tom Reyes"


@pytest.mark.parametrize(
    "top",
    [
        "Why the harbor plan will fail\nBy Marta Quill and Tom Reyes\n\n",  # whose "I"?
        "By then, the plan had failed.\n\n",  # no byline
        "Why the harbor plan will fail\n\n",
    ],
)
def test_without_one_author_named_in_a_byline_i_stays_unnamed(top: str) -> None:
    text = top + "I have argued for years that the harbor plan is a mistake.\n"
    assert [(a.speaker, a.descriptor) for a in extract(text)] == [(None, "I")]


@pytest.mark.parametrize("label", ["A:", "Tom Reyes:"])
def test_in_an_interview_i_is_not_the_interviewers(label: str) -> None:
    text = (
        "Why the harbor plan will fail\nBy Marta Quill\n\nQ: What do you make of the plan?\n"
        f"{label} I think the port will close.\n"
    )
    assert [(a.speaker, a.descriptor) for a in extract(text)] == [(None, "I")]


def test_an_interviews_answers_speak_in_its_guests_voice() -> None:
    text = (
        "Harbor talks\nBy Marta Quill\n\n"
        "Tom Reyes, the mayor of Dunmore, sat down with us this week.\n\n"
        "Q: You have said that the port is safe. Is it?\n\n"
        "A: I think the port will close.\n\n"
        "My staff told me that we have no money for it, and I said that we would find it.\n\n"
        "Q: Will you run again?\n\n"
        "A: “I will not,” I told my wife.\n\n"
        "Q: “Will you?”\n"
    )
    found = {text[slice(*a.content[0])]: (a.speaker, a.descriptor) for a in extract(text)}
    # The question's "you" is the guest; so is the answer's "I", in the paragraphs it
    # runs on to, but not the "me" of someone else's statement.
    assert found["that the port is safe"] == ("Tom Reyes", "You")
    assert found["the port will close"] == ("Tom Reyes", "I")
    assert found["that we would find it"] == ("Tom Reyes", "I")
    assert found["that we have no money for it"] == ("My staff", "My staff")
    # A quote after the answer's label is the guest's too, and a question's label the
    # interviewer's.
    assert found["“I will not,”"] == ("Tom Reyes", "A")
    assert found["“Will you?”"] == ("Marta Quill", "Q")


def test_an_interviews_guest_is_the_person_named_after_interview_with() -> None:
    # A headline in capitals before "An Interview With" reads as a name; the guest is the
    # person the "with" names.
    text = (
        "“The Channel Matters More Than the Summit”: An Interview With Former Envoy Tom Reyes\n\n"
        "Q: Will the talks resume?\n\n"
        "A: I think the port will close.\n\n"
        "Q: Why?\n\n"
        "A: I doubt that the money is there.\n"
    )
    assert [a.speaker for a in extract(text) if a.descriptor == "I"] == ["Tom Reyes"] * 2


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("The second economist, Orla Benedek of Varrow Capital", "Orla Benedek"),
     ("A trader, Tiber Osk at Gell Brothers", "Tiber Osk"),
     # A body's name keeps its "of": the bank is no person named "Central Bank".
     ("The lender, Central Bank of Harrowmere", "lender")],
)  # fmt: skip
def test_an_apposed_name_with_where_they_work_is_the_name(phrase: str, name: str) -> None:
    """ "Another pollster, Bo Lee of Vell University": the apposition names the person and
    then where they work; the name alone is the speaker's."""
    assert describe(phrase, 0, Registry.empty()).name == name


def test_a_pronoun_after_an_apposed_name_with_an_employer_means_that_person() -> None:
    """The sentence introducing "The second economist, Orla Benedek of Varrow Capital" is
    about her, so the "she" after it does not go back to the one who spoke before."""
    text = (
        "Mila Sorn wrote that the rise was modest. The second economist, Orla Benedek of "
        "Varrow Capital, was blunter. “It is a mistake,” she said."
    )
    assert [a.speaker for a in extract(text)][-1] == "Orla Benedek"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("The envoys of Tarvonia and Melk", "envoys of Tarvonia and Melk"),
     ("Officials from Tarvonia and Melk", "Officials from Tarvonia and Melk"),
     ("the advisers for Ilse Dorn and Harl", "advisers for Ilse Dorn and Harl"),
     # A title names its holder, as before.
     ("Secretary of State Ilse Dorn and Harl Penn", "Harl Penn")],
)  # fmt: skip
def test_a_group_of_two_places_joined_by_and_is_unnamed(phrase: str, name: str) -> None:
    """ "The envoys of Tarvonia and Melk said": the group speaks; "Melk" after "and" is
    the second of what the envoys are of, not the speaker's name."""
    found = describe(phrase, 0, Registry.empty())
    assert found.name == name


@pytest.mark.parametrize(
    ("phrase", "office", "status"),
    [("Mira Okafor, who was Castrovia's deputy negotiator at the time",
      "Castrovia's deputy negotiator", "former"),
     ("Tomas Oyel, who served as chief negotiator until last year", "chief negotiator", "former"),
     ("Tomas Oyel, who is the deputy negotiator", "deputy negotiator", "current"),
     # Another verb, or a participle after the copula, names no office of theirs.
     ("Tomas Oyel, who met the president", None, None),
     ("Tomas Oyel, who is vying to be the next president", None, None)],
)  # fmt: skip
def test_a_set_off_who_was_clause_gives_the_office_and_its_tenure(
    phrase: str, office: str | None, status: str | None
) -> None:
    """ "Mira Okafor, who was Castrovia's deputy negotiator at the time,": the office is the
    copula's complement without its time, former after "was" or "served as"; not the
    whole clause as the office, held now."""
    speaker = describe(phrase, 0, Registry.empty())
    assert (speaker.office, speaker.office_status) == (office, status)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Their chief, a careful man named Ostrin Vell", "Ostrin Vell"),
     ("The lawyer, a woman called Ana Rees", "Ana Rees"),
     # What is called so is no person's name unless every word reads as one.
     ("The lawyer, a firm called Rees and Partners", "lawyer")],
)  # fmt: skip
def test_a_name_after_named_in_an_apposition_is_the_speakers(phrase: str, name: str) -> None:
    """ "Their chief, a careful man named Ostrin Vell,": the apposition names him after its
    verb of naming."""
    speaker = describe(phrase, 0, Registry.empty())
    assert speaker.name == name


@pytest.mark.parametrize(
    ("phrase", "office", "status"),
    [("Your successor, Ambassador Nadia Sorensen", "Ambassador", "current"),
     ("A onetime opponent, former Texas governor Rick Perry", "Texas governor", "former")],
)  # fmt: skip
def test_a_title_before_an_apposed_name_is_its_office(
    phrase: str, office: str, status: str
) -> None:
    """ "Your successor, Ambassador Nadia Sorensen": with no office in the words before the
    comma, the title before the name is hers."""
    speaker = describe(phrase, 0, Registry.empty())
    assert (speaker.name, speaker.office, speaker.office_status) == (
        phrase.split(" ")[-2] + " " + phrase.split(" ")[-1],
        office,
        status,
    )
