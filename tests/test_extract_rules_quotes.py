"""The extractor's rules one construction at a time: direct quotes: their marks, frames,
colons, turns, labels and continuations (made-up sentences, not corpus text; shared helpers
in tests/extract_rules_helpers.py)."""

from __future__ import annotations

import pytest

from kg.extract import extract, quoted_words
from kg.extract.datelines import after_dateline
from kg.extract.doc import Doc
from tests.extract_rules_helpers import (
    by_cue,
    content_after_cue,
    cue_text,
    source_text,
    span_texts,
    with_cue,
)


def test_quote_closing_its_sentence_does_not_take_the_next_sentence_as_frame() -> None:
    text = (
        'The ministry accused the mayor of "reckless spending." '
        'Governor Ann Lee said the budget is "out of control."'
    )
    found = extract(text)
    lee = next(a for a in found if source_text(text, a) == "Governor Ann Lee")
    assert span_texts(text, lee) == ['the budget is "out of control."']


def test_quote_closing_its_sentence_keeps_a_plain_trailing_frame() -> None:
    text = "“Who do they think they are?” Lee said of the company in May, when it refused."
    (lee,) = extract(text)
    assert span_texts(text, lee) == ["“Who do they think they are?”"]
    assert lee.speaker == "Lee"


def test_following_quote_with_a_later_frame_is_its_own_statement() -> None:
    text = "“This just isn’t right,” Lee said. “You cut wages” to raise the price, she said."
    found = extract(text)
    assert span_texts(text, found[0]) == ["“This just isn’t right,”"]
    assert len(found) == 2


def test_put_it_frames_a_quote() -> None:
    text = "As Ann Lee, a former mayor, put it: “The barbarians are inside.”"
    (lee,) = extract(text)
    assert span_texts(text, lee) == ["“The barbarians are inside.”"]
    assert lee.speaker == "Ann Lee"


def test_shouted_quote_has_its_speaker() -> None:
    text = "Then Mr. Lee yelled, “Out, out, out!”"
    (lee,) = extract(text)
    assert span_texts(text, lee) == ["“Out, out, out!”"]
    assert source_text(text, lee) == "Mr. Lee"


def test_quoted_label_goes_to_the_namer() -> None:
    text = "Governor Ann Lee described the bill as “a disgrace to the state.”"
    (lee,) = extract(text)
    assert span_texts(text, lee) == ["the bill as “a disgrace to the state.”"]
    assert lee.speaker == "Ann Lee"
    assert lee.kind == "direct"


def test_what_someone_called_is_not_a_label_of_its_own() -> None:
    text = "Lee denounced what he called a “shameless grab” of the funds."
    assert all(a.cue is None or text[a.cue[0] : a.cue[1]] != "called" for a in extract(text))


def test_closing_mark_opening_a_paragraph_opens_a_quote() -> None:
    text = "”Fear. I am afraid of what comes next.” ― Ann Lee"
    (lee,) = extract(text)
    assert span_texts(text, lee) == ["”Fear. I am afraid of what comes next.”"]
    assert lee.speaker == "Ann Lee"


def test_name_and_colon_before_a_quote() -> None:
    text = 'Rep. Ann Lee (D-Va.): "I have not heard anyone cite that figure."'
    (lee,) = extract(text)
    assert span_texts(text, lee) == ['"I have not heard anyone cite that figure."']
    assert lee.speaker == "Ann Lee"


def test_content_runs_over_a_list_of_quotes() -> None:
    text = (
        'Lee called the mayor a "liar" who is "utterly amoral" and a "bully" in a speech on Monday.'
    )
    lee = by_cue(text, "called")
    assert span_texts(text, lee) == ['the mayor a "liar" who is "utterly amoral" and a "bully"']


def test_participle_framing_a_quote_goes_on_with_the_subject() -> None:
    text = (
        "Governor Ann Lee praised the volunteers on Monday, telling the crowd: "
        "“You kept this town alive.”"
    )
    found = extract(text)
    quote = next(a for a in found if a.kind == "direct")
    assert source_text(text, quote) == "Governor Ann Lee"
    # the subject still has its own verb: the praise is a statement too
    assert any(source_text(text, a) == "Governor Ann Lee" and a.kind == "indirect" for a in found)


def test_statement_saying_a_quote_is_its_issuers() -> None:
    text = "The town council released a statement Wednesday saying: “We will rebuild.”"
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert source_text(text, quote) == "The town council"


def test_three_apostrophes_close_a_single_and_a_double_quote() -> None:
    text = "''They say, 'Go back to your village,''' said Mr. Lee. ''This is my village.''"
    (quote,) = extract(text)
    assert source_text(text, quote) == "Mr. Lee"
    assert len(quote.content) == 2


def test_quoted_content_keeps_its_marks_and_quoted_words_drops_them() -> None:
    text = "“We will see,” Ann Lee said. Lee said the plan was “dead on arrival.”"
    quote, claim = extract(text)
    assert span_texts(text, quote) == ["“We will see,”"]
    assert text[slice(*quoted_words(text, quote.content[0]))] == "We will see"
    assert span_texts(text, claim) == ["the plan was “dead on arrival.”"]
    assert quoted_words(text, claim.content[0]) == claim.content[0]  # not a quote as a whole


def test_signature_dash_at_a_paragraph_end_signs_nothing() -> None:
    text = '"Okay, great!"—\n\nSyracuse showed.'
    for found in extract(text):
        assert found.source is None or found.source[0] < found.source[1]
        assert found.cue is None or text[found.cue[0] : found.cue[1]] != "—"


def test_quoted_words_leave_no_mark_unpaired() -> None:
    cases = {
        "“We are done ,”": "We are done",
        "“ You know, it is.”": "You know, it is.",
        "“We will hold the line. We will not bend.": "We will hold the line. We will not bend.",
        "”Fear. I am afraid.”": "Fear. I am afraid.",
        "“It's unusual,“": "It's unusual",
        "''Dunmore is our home,''": "Dunmore is our home",
        "“A” in the form of “B”": "“A” in the form of “B”",
        "“”": "“”",
    }
    for text, words in cases.items():
        start, end = quoted_words(text, (0, len(text)))
        assert text[start:end] == words


def test_a_title_quoted_in_the_frame_does_not_stop_the_next_quote() -> None:
    # NYT style: the title's closing marks come after the frame's full stop
    text = (
        "''We will win this,'' Ms. Vale said on WXT's ''Morning Talk.'' "
        "''They have no plan at all.''"
    )
    vale = next(a for a in extract(text) if source_text(text, a) == "Ms. Vale")
    assert span_texts(text, vale) == ["''We will win this,''", "''They have no plan at all.''"]


def test_unusual_verbs_frame_a_quote_after_it() -> None:
    cases = {
        "The mayor sent a note. “The fund is empty,” the email read.": "the email",
        "The talks ended. “Out of my office!” Vale barked.": "Vale",
        "“I never read the bill,” I confessed.": "I",
    }
    for text, source in cases.items():
        (found,) = extract(text)
        assert source_text(text, found) == source
        assert found.kind == "direct"


def test_two_word_idioms_frame_a_quote_and_keep_the_next_quote_apart() -> None:
    text = (
        "“The plan is late,” Vale points out.\n\n"
        "“It was never late,” Brook shot back.\n\n"
        "“Then show us the dates,” Vale said."
    )
    found = extract(text)
    assert [(source_text(text, a), len(a.content)) for a in found] == [
        ("Vale", 1),
        ("Brook", 1),
        ("Vale", 1),
    ]


def test_a_short_subject_the_phrase_finder_refuses_frames_a_quote() -> None:
    cases = {
        "Aides were angry. “The boss has no plan,” this source told the Herald.": "this source",
        "He kept a card. “You are a total fraud!” the note says.": "the note",
        "The column ran Sunday. “The race is over,” Will wrote.": "Will",
    }
    for text, source in cases.items():
        (found,) = extract(text)
        assert source_text(text, found) == source
        assert found.kind == "direct"


def test_a_frame_after_a_finished_quote_opens_the_next_quote() -> None:
    text = (
        "The hearing ran late. Lee said, “The zeal of this case is unusual.” "
        "He added, “Things happened that are not ordinary.”"
    )
    found = extract(text)
    assert [(source_text(text, a), span_texts(text, a)) for a in found] == [
        ("Lee", ["“The zeal of this case is unusual.”"]),
        ("He", ["“Things happened that are not ordinary.”"]),
    ]


def test_two_word_frame_cue_is_not_part_of_the_source_after_it() -> None:
    text = "“We are done,” pointed out Ann Lee, a nurse."
    (quote,) = extract(text)
    assert quote.cue is not None and text[quote.cue[0] : quote.cue[1]] == "pointed out"
    assert source_text(text, quote) == "Ann Lee, a nurse"


def test_headline_label_that_names_no_one_is_no_source() -> None:
    for label in ("The Latest", "Revealed", "BUSTED"):
        text = f"{label}: Mayor Lee to seek a third term.\n\nThe vote is in May."
        assert not any(a.source and text[a.source[0] : a.source[1]] == label for a in extract(text))
    text = "Lee: The Vote Was Rigged.\n\nThe vote is in May."
    (found,) = extract(text)
    assert source_text(text, found) == "Lee"


def test_that_alone_as_a_relative_pronoun_or_before_a_colon_is_no_content() -> None:
    for text in ("It is a plan that many economists applaud.", "The report found that:"):
        assert extract(text) == []
    text = "The mayor was angry when he said that."
    (said,) = extract(text)
    assert span_texts(text, said) == ["that"]


def test_long_listener_and_frame_before_that_are_not_content() -> None:
    text = "Ann Lee told one of her young Green Party volunteers every week that the plan was dead."
    (found,) = extract(text)
    assert span_texts(text, found) == ["that the plan was dead"]


def test_quote_after_a_second_cue_of_the_frame_is_its_own_attribution() -> None:
    cases = {
        "“We are fine,” Ann Lee said, adding, “The team will win in May.”": (
            "adding",
            ["“The team will win in May.”"],
        ),
        "“We are fine,” she said before adding: “The team will win in May.”": (
            "adding",
            ["“The team will win in May.”"],
        ),
        "“We are fine,” Ann Lee said, adding that her team “will win in May.”": (
            "adding",
            ["that her team “will win in May.”"],
        ),
    }
    for text, (cue, content) in cases.items():
        first, second = extract(text)
        assert span_texts(text, first) == ["“We are fine,”"]
        assert (cue_text(text, second), span_texts(text, second)) == (cue, content)
        assert source_text(text, second) == source_text(text, first)


def test_quote_after_the_frames_only_cue_carries_on_the_first() -> None:
    text = "“We are fine,” said Ann Lee, the director of the Lee Forecast, “and we will win.”"
    (found,) = extract(text)
    assert span_texts(text, found) == ["“We are fine,”", "“and we will win.”"]


def test_short_lead_in_and_quote_closing_the_next_sentence_carry_on_the_speaker() -> None:
    text = "“We are fine,” Ann Lee said. But “the team will win in May.”"
    (found,) = extract(text)
    assert span_texts(text, found) == ["“We are fine,”", "But “the team will win in May.”"]
    # a cue word or a colon in the lead-in frames the quote anew
    text = "“We are fine,” Ann Lee said. Tom Smith disagreed: “The team will lose.”"
    first, second = extract(text)
    assert span_texts(text, first) == ["“We are fine,”"]
    assert source_text(text, second) == "Tom Smith"


def test_reported_clause_stops_at_a_comma_closed_quote_before_a_referring_participle() -> None:
    text = "Ann Lee said that he is a “total disaster,” referring to the vote, where we will win."
    found = by_cue(text, "said")
    assert span_texts(text, found) == ["that he is a “total disaster,”"]


def test_words_introducing_a_quote_with_a_colon_are_not_its_lead_in() -> None:
    text = "The council met on Monday.\n\nThe mayor scolded him: “The budget is a mess,” she said."
    found = by_cue(text, "said")
    assert span_texts(text, found) == ["“The budget is a mess,”"]


def test_clause_ending_in_a_colon_frames_the_quote_it_introduces() -> None:
    cases = {
        "The board met on Monday.\n\nLee went even further: “The plan is dead.”": (
            "Lee",
            "went even further:",
        ),
        "The board met on Monday.\n\nShe was so cross that I had to take back my answer: “Yes.”": (
            "I",
            "had to take back my answer:",
        ),
    }
    for text, (source, cue) in cases.items():
        (found,) = extract(text)
        assert (source_text(text, found), cue_text(text, found)) == (source, cue)
        assert span_texts(text, found)[0].startswith("“")


def test_frame_of_the_next_quote_is_not_taken_by_a_quote_in_a_reported_clause() -> None:
    text = "She says the mayor is a “man of the old system.” She adds, “Who needs him?”"
    first, second = extract(text)
    assert (cue_text(text, first), span_texts(text, first)) == (
        "says",
        ["the mayor is a “man of the old system.”"],
    )
    assert (cue_text(text, second), span_texts(text, second)) == ("adds", ["“Who needs him?”"])


def test_quote_closing_a_that_clause_belongs_to_the_reported_clause() -> None:
    text = "She added that the vote is lost, which is bad because, “In the end, we need them.”"
    found = by_cue(text, "added")
    assert span_texts(text, found) == [text[text.index("that") :]]


def test_time_clause_with_as_in_a_trailing_frame_keeps_the_frame() -> None:
    text = (
        "“We will win this race,” Ann Lee told reporters as she left the long meeting with"
        " the party leaders in the capital on Monday. “We will take back the House.”"
    )
    (found,) = extract(text)
    assert (source_text(text, found), cue_text(text, found)) == ("Ann Lee", "told")
    assert span_texts(text, found) == ["“We will win this race,”", "“We will take back the House.”"]


def test_double_marks_nested_in_a_quote_stay_inside_it() -> None:
    text = "“I would rather work in what she calls “the pit” than for her,” Ann Lee said."
    (found,) = extract(text)
    assert span_texts(text, found) == [text[: text.index(" Ann")]]
    doc = Doc.analyse(text)
    assert len(doc.quotes) == 1


def test_a_headline_label_ending_in_ed_may_be_a_name() -> None:
    text = "TED: We will win the vote.\n\nJARED: We will not."
    assert [source_text(text, a) for a in extract(text)] == ["TED", "JARED"]


def test_a_sung_line_is_quoted_like_a_spoken_one() -> None:
    cases = {
        "“Keep your lamps lit tonight,” Ann Lee sings to the crowd.": "Ann Lee",
        "As the Dover choir sang, “We will not leave the valley.”": "the Dover choir",
    }
    for text, source in cases.items():
        (found,) = extract(text)
        assert found.kind == "direct"
        assert source_text(text, found) == source


def test_an_earlier_quote_in_the_sentence_is_part_of_the_trailing_frames_content() -> None:
    cases = {
        "“Farm families” are “not out to wreck the valley,” Ann Lee said.": (
            "“Farm families” are “not out to wreck the valley,”"
        ),
        "Dams are “the best defense” and “a bargain,” Ann Lee said.": (
            "Dams are “the best defense” and “a bargain,”"
        ),
    }
    for text, content in cases.items():
        (found,) = extract(text)
        assert span_texts(text, found) == [content]
        assert source_text(text, found) == "Ann Lee"


def test_a_quote_joined_by_and_or_but_after_the_frame_goes_on_speaking() -> None:
    cases = {
        "“The dam will hold,” Ann Lee said, but “the levee may not.”": [
            "“The dam will hold,”",
            "but “the levee may not.”",
        ],
        "Lee “won the vote,” Tom Ross said, and still “lost the town.”": [
            "Lee “won the vote,”",
            "and still “lost the town.”",
        ],
    }
    for text, content in cases.items():
        (found,) = extract(text)
        assert span_texts(text, found) == content


def test_a_capitalised_quote_verb_inside_a_sentence_is_a_name() -> None:
    text = "“The dam will hold,” Read said."
    (found,) = extract(text)
    assert source_text(text, found) == "Read"
    assert span_texts(text, found) == ["“The dam will hold,”"]


def test_a_digest_headline_dash_and_name_label_the_quote_after_the_colon() -> None:
    cases = {
        "Water tables fall in the west - Ann Lee and Tom Ross: “The wells are drying up.”": (
            "Ann Lee and Tom Ross"
        ),
        "Wells run dry - More from Lee: “Farmers will leave the valley.”": "Lee",
    }
    for text, source in cases.items():
        (found,) = extract(text)
        assert found.kind == "direct"
        assert source_text(text, found) == source


def test_a_quote_after_a_parenthetical_cue_leaves_the_scene_setting_clause() -> None:
    text = 'When asked about the delay, the mayor said, "We have ten days left" until the count.'
    mayor = next(a for a in extract(text) if source_text(text, a) == "the mayor")
    assert span_texts(text, mayor) == ['"We have ten days left" until the count']


def test_a_framed_quote_ends_before_the_writers_clause_after_it() -> None:
    text = 'She then opens the door and repeatedly says, "Stay in the car," until the bus leaves.'
    said = by_cue(text, "says")
    assert span_texts(text, said) == ['"Stay in the car,"']


def test_a_quote_paragraph_signed_in_the_next_paragraph_is_the_signers() -> None:
    text = (
        'The debate ran late.\n\n"We will keep every promise we made."\n\n- Ann Lee.\n\n'
        '"Taxes are too high."\n\n-Governor Bob Stone, speaking after the vote.\n\nThen it ended.'
    )
    found = {span_texts(text, a)[0]: source_text(text, a) for a in extract(text)}
    assert found['"We will keep every promise we made."'] == "Ann Lee"
    assert found['"Taxes are too high."'] == "Governor Bob Stone"


def test_a_show_name_after_a_possessive_is_not_a_quote() -> None:
    text = 'The senator told ABC\'s "Early Sunday Report." "We will win," she said.'
    assert [span_texts(text, a) for a in extract(text)] == [['"We will win,"']]


def test_a_colon_frame_at_the_end_of_the_paragraph_before_frames_the_quote() -> None:
    text = 'The old farmer echoed:\n\n"He speaks his mind, and we need that in the capital."'
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert span_texts(text, quote) == ['"He speaks his mind, and we need that in the capital."']
    assert source_text(text, quote) == "The old farmer"


def test_a_quote_wins_over_a_host_that_holds_only_its_frame() -> None:
    text = "Ann Lee went so far as to say: “The paper as we know it is over.”"
    quotes = [a for a in extract(text) if a.kind == "direct"]
    assert [source_text(text, a) for a in quotes] == ["Ann Lee"]


def test_a_lone_initial_signs_no_quote() -> None:
    assert extract("“We will win this race.”\n- B.") == []


def test_an_opening_gerund_whose_quote_ends_in_a_comma_takes_the_main_subject() -> None:
    text = "After saying her left knee was “so sore I could hardly walk,” she was rushed off."
    (found,) = extract(text)
    assert source_text(text, found) == "she"
    assert "rushed" not in text[found.content[-1][0] : found.content[-1][1]]


def test_a_quote_that_ends_a_reported_that_clause_belongs_to_the_clause() -> None:
    text = "Ms. Varga said in an interview that in her rural district, “there is a lot of worry.”"
    (found,) = extract(text)
    assert found.kind == "indirect"
    assert text[found.content[0][0] :].startswith("that in her rural district")


def test_any_verb_that_casts_a_named_object_as_a_quoted_label_attributes_it() -> None:
    text = "Mr. Holt openly admires Ortiz as a “strong mayor,” comparing her to others."
    labels = [f for f in extract(text) if text[f.content[0][0] :].startswith("Ortiz")]
    assert [source_text(text, f) for f in labels] == ["Mr. Holt"]
    assert text[labels[0].cue[0] : labels[0].cue[1]] == "admires"


def test_a_label_joined_by_and_to_a_second_label_takes_both() -> None:
    text = "In recent weeks, Tull has gone after Holt as a “paper tiger” and a “sore loser.”"
    (found,) = extract(text)
    assert source_text(text, found) == "Tull"
    assert "sore loser" in text[found.content[0][0] : found.content[-1][1]]


def test_a_dashed_label_may_name_a_writer_with_a_middle_initial() -> None:
    text = (
        "The digest is out.\n\nTURNOUT IN THE STATE WAS LOWER THAN ANYONE HAD EXPECTED - "
        "Mary K. Smith: “The surveys disagree about the race and nobody knows why.”"
    )
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in found] == ["Mary K. Smith"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The day was long.\n\nAsked about his plans, he demurred: “I will not say more.”",
            "he",
            "demurred:",
        ),
        (
            "The day was long.\n\nAnd Mr. Smith gloated: “I told you he would not be ready.”",
            "Mr. Smith",
            "gloated:",
        ),
        (
            "The day was long.\n\nBut back home, he returned to his old lines: “We will win.”",
            "he",
            "returned to his old lines:",
        ),
    ],
)
def test_a_colon_clause_after_a_fronted_phrase_or_coordinator_frames_its_quote(
    text: str, source: str, cue: str
) -> None:
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in found] == [source]
    assert text[found[0].cue[0] : found[0].cue[1]] == cue


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The day was long. “Nobody wants a tax,” opined the Daily Herald.",
            "the Daily Herald",
            "opined",
        ),
        ("The day was long. “Why would anyone want a tax?” Smith reacted.", "Smith", "reacted"),
    ],
)
def test_a_short_frame_with_an_unknown_past_verb_after_an_open_quote_names_its_speaker(
    text: str, source: str, cue: str
) -> None:
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in found] == [source]
    assert text[found[0].cue[0] : found[0].cue[1]] == cue


def test_a_quote_opening_a_parenthetical_aside_starts_its_own_content() -> None:
    text = (
        "The plan drew complaints from local farmers "
        '("I want my land back," wrote Tom Bale, a grower in Salem, on Facebook).'
    )
    found = [f for f in extract(text) if source_text(text, f).startswith("Tom Bale")]
    assert [text[f.content[0][0] : f.content[-1][1]] for f in found] == ['"I want my land back,"']


@pytest.mark.parametrize(
    "text",
    [
        "WOW: The Old Library Is Getting A Pool\n\nThe council met on Monday.",
        "BYLINE: Ann Lee\n\nThe council met on Monday.",
    ],
)
def test_an_exclaiming_or_byline_label_before_a_colon_is_no_speaker(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    ['Their goalkeeper, whom fans call "The Wall", said the defenders would stay on.',
     'The keeper, nicknamed "The Wall", said the defenders had played well.'],
)  # fmt: skip
def test_a_quoted_nickname_before_said_and_a_clause_is_no_framed_quote(text: str) -> None:
    """ "…, nicknamed “The Wall”, said the defenders would …": the phrase after "said"
    is the subject of what was said, not a source after the cue framing the nickname."""
    found = by_cue(text, "said")
    assert span_texts(text, found)[0].startswith("the defenders")
    assert not any(f.kind == "direct" for f in extract(text))


def test_a_fact_checks_headings_in_capitals_are_no_speakers() -> None:
    """ "Fact check:" over it, and "THE CLAIM:", "THE VERDICT:" opening a fact-check's
    paragraphs as a transcript's labels would, name no one; the sentence under them keeps
    its own speaker."""
    text = (
        "Fact check: the canal budget\n\n"
        "THE CLAIM: Councillor Brin Oduya said the canal cost twice its budget.\n\n"
        "THE VERDICT: Wrong.\n\nTHE FACTS: It cost 4% more."
    )
    found = extract(text)
    assert [(cue_text(text, f), source_text(text, f)) for f in found] == [
        ("said", "Councillor Brin Oduya")
    ]


@pytest.mark.parametrize(
    "tail",
    ["several months after the vote", "a few days after the vote", "shortly after the vote"],
)
def test_a_time_phrase_opening_a_long_frame_tail_keeps_the_frame(tail: str) -> None:
    text = (
        f"“It never crossed my mind,” she said {tail}, and a big reason for her calm was "
        "the rise of a new club that had spoken about so many of the same worries."
    )
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in found] == ["she"]


@pytest.mark.parametrize(
    "tail",
    [
        "said answering a question from a farmer at a crowded town hall in Salem, Oregon",
        "tweeted the day after a storm had torn the roofs off most of the houses in town",
    ],
)
def test_a_participle_or_the_day_after_opening_a_long_frame_tail_keeps_the_frame(
    tail: str,
) -> None:
    text = f"“We will rebuild every one of those homes,” Bale {tail}."
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in found] == ["Bale"]


def test_a_participle_after_a_verb_that_takes_one_as_object_is_no_frame_tail() -> None:
    text = (
        "In her 2011 book, “Save Like a Squirrel,” Bale suggested looking at the bills on your "
        "card statement that you could skip for a month or two."
    )
    assert not [f for f in extract(text) if f.kind == "direct"]


def test_at_least_after_a_cue_opens_the_content_not_a_frame() -> None:
    text = "Officials said at least 12 people died."
    found = [f for f in extract(text) if f.kind == "indirect"]
    assert [text[slice(*f.content[0])] for f in found] == ["at least 12 people died"]


def test_as_the_source_reported_then_a_time_frames_the_clause_after_the_comma() -> None:
    text = "As the Herald reported on Monday, the mayor will resign."
    found = [f for f in extract(text) if f.kind == "indirect"]
    assert [text[slice(*f.content[0])] for f in found] == ["the mayor will resign"]


def test_a_phrasal_cue_with_only_a_medium_after_it_keeps_the_frame_cut() -> None:
    text = "The mayor opened up on Twitter."
    assert content_after_cue(text, "opened") == "up"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "As Ann Lee, a professor at Yale and author of ''Rules of the Game,'' put it, "
            "''The council should remember that the vote is close.''",
            "Ann Lee, a professor at Yale and author of ''Rules of the Game,''",
        ),
        (
            "“The vote is close,” Ann Lee, the author of “Rules,” said.",
            "Ann Lee, the author of “Rules,”",
        ),
    ],
)
def test_a_quoted_title_after_of_stays_inside_the_source_before_the_cue(
    text: str, source: str
) -> None:
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert source_text(text, quote) == source


def test_a_reported_quote_closing_its_sentence_is_not_framed_by_the_next_statement() -> None:
    text = (
        "At the rally Lee promised to scrap “old parking fees and silly permits.” "
        "She also argued for the new dam."
    )
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert span_texts(text, quote) == ["to scrap “old parking fees and silly permits.”"]
    assert source_text(text, quote) == "Lee"


def test_a_participle_right_after_a_quote_names_no_inverted_source() -> None:
    text = (
        "Lee spoke for an hour. She said the choir will still sing, but said, “It's time "
        "we try something new,” promising the choir will keep its old songs."
    )
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert text[quote.cue[0] : quote.cue[1]] == "said"
    assert source_text(text, quote) == "She"


def test_a_quote_closing_its_sentence_keeps_a_frame_that_names_whom_it_asks() -> None:
    text = "Lee spoke. “Did you know it was Byron?” Todd asked the mogul."
    quote = next(a for a in extract(text) if a.kind == "direct")
    assert span_texts(text, quote) == ["“Did you know it was Byron?”"]
    assert source_text(text, quote) == "Todd"


def test_headline_speaker_ends_before_its_verb_or_preposition() -> None:
    cases = {
        "Ann Lee Backs Bo Chan: The Mill Will Stay Open.\n\nThe mayor spoke.": "Ann Lee",
        "Ann Lee on Taxes: Cuts Are Coming Soon.\n\nThe mayor spoke.": "Ann Lee",
        "NY Daily Times: The Mill Will Stay Open.\n\nThe mayor spoke.": "NY Daily Times",
    }
    for text, source in cases.items():
        found = by_cue(text, ":")
        assert source_text(text, found) == source


def test_source_keeps_a_list_of_names_with_party_labels() -> None:
    text = "Sens. Lee (D), Chan (D) and Park (R) all suggested that the plan failed."
    found = by_cue(text, "suggested")
    assert source_text(text, found) == "Lee (D), Chan (D) and Park (R)"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor endorsed Mr. Hale last week.", "Mr. Hale"),
        ("The union praised the new contract Friday afternoon.", "the new contract"),
        ("Ms. Park criticized the board again.", "the board"),
        ("The council has opposed the tower for years.", "the tower"),
        # After a clause the time may be the clause's own: it stays.
        ("The mayor said the bridge would reopen last week.", "the bridge would reopen last week"),
        # "next …" is never the time of the saying: it is what is predicted.
        ("Economists predict a steep recession next year.", "a steep recession next year"),
    ],
)
def test_a_time_or_manner_tail_after_a_noun_object_is_the_sayings_frame(
    text: str, content: str
) -> None:
    found = [f for f in extract(text) if f.kind == "indirect"]
    assert [text[slice(*f.content[0])] for f in found] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The union endorsed Ms. Ortiz in May.", "endorsed", "Ms. Ortiz"),
        ("The senator backed the bill in 2012.", "backed", "the bill"),
        ("The mayor said taxes were higher in 2012.", "said", "taxes were higher in 2012"),
    ],
)
def test_in_a_month_or_year_after_a_noun_object_is_the_sayings_frame(
    text: str, cue: str, content: str
) -> None:
    assert content_after_cue(text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The mayor asked why the council had blamed the delay on "unforeseen" protests '
            "rather than naming the contractor.",
            "asked",
            'why the council had blamed the delay on "unforeseen" protests rather than '
            "naming the contractor",
        ),
        (
            'Lee said she "can barely buy groceries" without neighbors asking her to move.',
            "said",
            'she "can barely buy groceries" without neighbors asking her to move',
        ),
        (
            'The governor said the agency pursued "more aggressive" protest tactics.',
            "said",
            'the agency pursued "more aggressive" protest tactics',
        ),
    ],
)
def test_a_lowercase_quoted_phrase_running_on_into_its_sentence_has_no_trailing_frame(
    text: str, cue: str, content: str
) -> None:
    (found,) = extract(text)
    assert (text[slice(*found.cue)], span_texts(text, found)) == (cue, [content])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "When the mayor said the budget was “a total disgrace,” the council voted to cut it.",
            "the budget was “a total disgrace,”",
        ),
        (
            "As Ann Lee argued that the levy was “a burden on families,” her rival walked out.",
            "that the levy was “a burden on families,”",
        ),
    ],
)
def test_a_quote_closing_on_its_comma_before_a_new_clause_ends_the_content(
    text: str, content: str
) -> None:
    first = extract(text)[0]
    assert span_texts(text, first) == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The town grew fast under what Mayor Ann Lee called “the harbor plan,” and "
            "the port doubled its trade.",
            "Mayor Ann Lee",
            ["what", "“the harbor plan,”"],
        ),
        (
            "The senator attacked the licensing boards, which she called “a closed shop for "
            "insiders.”",
            "she",
            ["which", "“a closed shop for insiders.”"],
        ),
    ],
)
def test_a_relative_before_a_naming_verb_with_a_quoted_name_is_its_content(
    text: str, source: str, content: list[str]
) -> None:
    found = [f for f in extract(text) if f.cue and text[slice(*f.cue)] == "called"]
    assert [(source_text(text, f), span_texts(text, f)) for f in found] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said the shortfall was not the council\'s fault, "not by a long way."',
        'The mayor said because the port is busy, "we need a second harbor."',
    ],
)
def test_a_reported_clause_before_a_comma_and_a_quote_holds_the_quote(text: str) -> None:
    (found,) = extract(text)
    assert span_texts(text, found) == [text[text.index("said") + 5 :]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“Vote for the bridge on Tuesday,” a voice in the radio ad states.",
            "a voice in the radio ad",
        ),
        ("The town charter states: “No building may rise above the church.”", "The town charter"),
    ],
)
def test_states_frames_a_quote_after_a_thing_named_with_a_determiner(
    text: str, source: str
) -> None:
    (found,) = extract(text)
    assert found.kind == "direct"
    assert source_text(text, found) == source


def test_states_the_noun_frames_no_quote() -> None:
    text = "Lee toured the “rust belt” states last week."
    assert [f for f in extract(text) if f.kind == "direct"] == []


def test_a_quote_right_after_the_frames_own_cue_goes_on_speaking() -> None:
    text = "“We need the bridge,” she said “The ferry is too slow.”"
    (found,) = extract(text)
    assert span_texts(text, found) == ["“We need the bridge,”", "“The ferry is too slow.”"]
    assert source_text(text, found) == "she"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Ann Lee said that over the summer she had begun to doubt the mayor, whom she"
            " called “a weak leader.”",
            "said",
        ),
        (
            "The paper notes that the mayor backed the plan, and Lee later called the plan"
            " “a costly mistake.”",
            "notes",
        ),
    ],
)
def test_a_quote_whose_frame_is_a_clause_inside_reported_speech_stays_in_it(
    text: str, cue: str
) -> None:
    (found,) = extract(text)
    assert found.cue is not None
    assert text[slice(*found.cue)] == cue
    assert span_texts(text, found)[0].endswith("”")


@pytest.mark.parametrize(
    "text",
    [
        "When Lee noted that the mayor had skipped the vote, Kim boasted, “That was wise.”",
        # Without the fronted clause, only the comma before the frame keeps the quote out.
        "Lee said that the mayor had skipped the vote, Kim boasted, “That was wise.”",
    ],
)
def test_a_quote_with_a_frame_of_its_own_after_a_comma_is_not_reported_speech(
    text: str,
) -> None:
    direct = [f for f in extract(text) if f.kind == "direct"]
    assert [span_texts(text, f) for f in direct] == [["“That was wise.”"]]


def test_went_on_after_a_quote_frames_it() -> None:
    text = "“The ferry is too slow,” she went on."
    (found,) = extract(text)
    assert found.kind == "direct"
    assert source_text(text, found) == "she"
    assert span_texts(text, found) == ["“The ferry is too slow,”"]


def test_went_on_to_is_no_frame_of_the_quote_before() -> None:
    text = "“The ferry is too slow.” She went on to praise the new bridge."
    assert not any(f.cue and text[slice(*f.cue)] == "went on" for f in extract(text))


def test_a_nickname_in_quotes_stays_inside_the_trailing_frame() -> None:
    text = (
        '"We will build the bridge this spring!" the mayor\'s aide, state Rep. Joanna "Jo"'
        ' Fenwick (D-Elm City), shouted to the crowd. "The town is watching."'
    )
    direct = [f for f in extract(text) if f.kind == "direct"]
    assert [source_text(text, f) for f in direct] == [
        'the mayor\'s aide, state Rep. Joanna "Jo" Fenwick (D-Elm City),'
    ]
    assert span_texts(text, direct[0]) == [
        '"We will build the bridge this spring!"',
        '"The town is watching."',
    ]


def test_a_quote_after_an_adding_clause_goes_with_that_clause() -> None:
    text = "“The dam is safe,” Lee said, adding that the river had never been lower. “We checked.”"
    found = sorted(extract(text), key=lambda f: f.cue[0] if f.cue else 0)
    assert [span_texts(text, f) for f in found] == [
        ["“The dam is safe,”"],
        ["that the river had never been lower", "“We checked.”"],
    ]
    assert [source_text(text, f) for f in found] == ["Lee", "Lee"]


def test_a_participle_of_saying_after_a_quotes_own_comma_ends_the_content() -> None:
    text = "Lee stood by his remark Monday that “taxes are theft,” refusing to apologize to them."
    found = [f for f in extract(text) if f.cue and text[slice(*f.cue)] == "stood"]
    assert [span_texts(text, f) for f in found] == [
        ["by his remark Monday that “taxes are theft,”"]
    ]


def test_a_plural_noun_phrase_ending_a_clause_after_a_quote_is_no_states_frame() -> None:
    # "names the swing states": a determiner that does not open the frame, so "states"
    # is the noun; the quote keeps its own frame.
    text = "The memo, titled “Path to victory,” names the swing states."
    (found,) = extract(text)
    assert cue_text(text, found) == "titled"


def test_a_participle_that_is_no_cue_after_a_quote_keeps_the_content_going() -> None:
    text = "Ortiz praised the deal as “a fair bargain for all,” giving towns more power."
    (found,) = extract(text)
    assert span_texts(text, found) == [
        "the deal as “a fair bargain for all,” giving towns more power"
    ]


def test_words_before_the_first_quote_make_the_second_quote_its_own() -> None:
    text = "Holding signs calling him “a liar,” they chanted “Lock him up.”"
    direct = [f for f in extract(text) if f.kind == "direct"]
    assert [span_texts(text, f) for f in direct] == [["“Lock him up.”"]]


def test_adverbs_and_a_preposition_do_not_join_the_cue_before_a_frame() -> None:
    # "on Monday" is when it was said, not what it was about: the cue does not run over it.
    text = "The senator said little on Monday about the ferry."
    (found,) = extract(text)
    assert not span_texts(text, found)[0].startswith("Monday")


def test_a_quoted_title_after_the_cue_ends_a_trailing_frame() -> None:
    # Between capitalised words a short quote is a nickname inside a name only before the
    # cue; after it ("told NBC “Nightly News”") it is a title, and the frame stops there,
    # so the quote does not become the content.
    text = (
        "“We earned it,” Jo Lee told NBC “Nightly News” Tuesday after the meeting, which a"
        " neighbour filmed. “Next year, we will do more.”"
    )
    (found,) = extract(text)
    assert span_texts(text, found) == ["“We earned it,”", "“Next year, we will do more.”"]


def test_a_quote_after_what_someone_thinks_is_not_merged_into_it() -> None:
    # A belief is no statement a quote in the next sentence carries on.
    text = "The voters think the new plan is fair. “We waited a long time for a plan like this.”"
    thought = by_cue(text, "think")
    assert span_texts(text, thought) == ["the new plan is fair"]


def test_a_clause_joined_by_and_after_a_closing_frame_goes_on_with_its_content() -> None:
    # "and it has opened it …" goes on with what Lee said; the frame sits between.
    text = (
        "The city built the shelter to help in emergencies, Lee said on Monday, "
        "and it has opened it twice this year."
    )
    said = by_cue(text, "said")
    assert span_texts(text, said) == [
        "The city built the shelter to help in emergencies",
        "and it has opened it twice this year",
    ]


def test_a_saying_joined_by_and_after_a_closing_frame_is_its_own() -> None:
    text = (
        "The city built the shelter to help in emergencies, Lee said on Monday, "
        "and she added that it was full."
    )
    said = by_cue(text, "said")
    assert span_texts(text, said) == ["The city built the shelter to help in emergencies"]


def test_a_list_parted_by_semicolons_stays_one_content() -> None:
    # The items after the semicolons, the last one opening with "and", are one list.
    text = (
        "According to the program, Lee is scheduled to speak on Friday, along with the "
        "mayor; Rep. Ann Park; Gov. Bo Chan; and the Dover choir."
    )
    (found,) = extract(text)
    assert span_texts(text, found) == [
        "Lee is scheduled to speak on Friday, along with the mayor; Rep. Ann Park; "
        "Gov. Bo Chan; and the Dover choir"
    ]


def test_clauses_parted_by_semicolons_with_their_own_subjects_end_the_content() -> None:
    text = "Lee praised the new bus line in Dover; she also visited the depot; and she left."
    praised = by_cue(text, "praised")
    assert span_texts(text, praised) == ["the new bus line in Dover"]


def test_more_agents_stop_at_a_frame() -> None:
    # "…, in a column on Tuesday" says where and when, not who else criticised it.
    text = "The plan was criticized by economists, including Paul Krugman, in a column on Tuesday."
    found = [f for f in extract(text) if f.cue and text[f.cue[0] : f.cue[1]] == "criticized"]
    assert [source_text(text, f) for f in found] == ["economists"]


def test_a_named_quote_may_open_a_sentence_inside_a_paragraph() -> None:
    text = (
        "The two rivals both reject the levy.\n\n"
        'Lee: "Our goal is to cut the levy for every family." '
        'Park: "The levy must go, and it must go now."'
    )
    found = sorted(extract(text), key=lambda f: f.content[0][0])
    assert [(source_text(text, f), f.kind) for f in found][-2:] == [
        ("Lee", "direct"),
        ("Park", "direct"),
    ]
    assert span_texts(text, found[-1]) == ['"The levy must go, and it must go now."']


def test_a_frame_after_an_infinitive_stays_in_the_content() -> None:
    # "during the next three fairs" is when the raffles run, not when the plan was told.
    text = "The club plans to hold raffles during the next three fairs."
    assert content_after_cue(text, "plans") == "to hold raffles during the next three fairs"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Not all panels are equal. From the study: “Larger samples did better.”",
            "the study",
            ":",
        ),
        ("Jobs came first. Here’s Lee in March 2004: “Our plan must start with jobs.”", "Lee", ":"),
        (
            "Kim voted.\n\nAccording to the Herald: “Senator Kim has a mixed record.”",
            "the Herald",
            "According to",
        ),
    ],
)
def test_a_pointer_before_a_colon_names_the_quotes_source(text: str, source: str, cue: str) -> None:
    # "From X:", "Here's X in 2004:", "According to X:" only name where the quote comes from.
    found = [
        (source_text(text, f), f.cue and text[f.cue[0] : f.cue[1]])
        for f in extract(text)
        if f.kind == "direct"
    ]
    assert found == [(source, cue)]


def test_a_bare_noun_before_a_headlines_says_stays_a_source() -> None:
    # Headlines drop articles: "official says" names someone.
    text = "Jobs will return, official says."
    assert [source_text(text, f) for f in extract(text)] == ["official"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Ann Lee had told aides that she did not want the parade at all, but the council"
            " overruled her, the spokesman added.",
            "the spokesman",
            "added",
        ),
        (
            "The city council said the bridge will close in March for repairs, local radio"
            " reported.",
            "local radio",
            "reported",
        ),
    ],
)
def test_a_trailing_frame_reports_the_clause_with_its_own_cue(
    text: str, source: str, cue: str
) -> None:
    # "X told aides that …, the spokesman added.": the closing frame holds the whole clause
    # before its comma; the clause's own verb is nested in it and dropped.
    found = [
        (source_text(text, f), f.cue and text[f.cue[0] : f.cue[1]], span_texts(text, f))
        for f in extract(text)
    ]
    assert found == [(source, cue, [text.rsplit(", ", 1)[0]])]


@pytest.mark.cues(absent=("called",))
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lee, the host of the reality show “Big Money,” said in an interview that "
            "conventions have been too dull.",
            "Lee, the host of the reality show “Big Money,”",
        ),
        (
            "A Dutch radio station called “The Dike” cited surveys showing that the "
            "premier had slipped.",
            "A Dutch radio station called “The Dike”",
        ),
    ],
)
def test_a_source_before_its_cue_keeps_a_quoted_title_after_a_naming_word(
    text: str, source: str
) -> None:
    # "the reality show “Big Money,”", "called “The Dike”": the short quote is a title or
    # a name inside the source, not a quote of its own that ends the phrase.
    assert source in [source_text(text, f) for f in extract(text)]


@pytest.mark.cues("likened", score=0.95)
def test_a_relative_clause_after_a_quotes_source_that_reports_is_its_own() -> None:
    # "…,” said Vos, …, who likened the contest to a car wreck": the clause's verb is a
    # cue of its own; the quote's source ends before its comma.
    text = (
        "“It’s my guilty pleasure,” said Pierre Vos, a professor of law at the university, "
        "who likened the contest to a car wreck."
    )
    found = [(source_text(text, f), span_texts(text, f)) for f in extract(text)]
    assert found == [
        ("Pierre Vos, a professor of law at the university", ["“It’s my guilty pleasure,”"]),
        ("who", ["the contest to a car wreck"]),
    ]


def test_a_quote_after_a_participle_past_the_medium_is_the_subjects() -> None:
    # "replied … on her blog | writing, “…”": the blog is where she wrote, not who.
    text = "Lee replied to the question on her blog writing, “Yes, I will.”"
    found = {cue_text(text, f): source_text(text, f) for f in extract(text)}
    assert found.get("writing") == "Lee"


def test_a_closing_frame_tail_ends_at_its_first_comma() -> None:
    # "…, the clerk said in a note on Tuesday, adding that …": what comes after the frame's
    # comma is a statement of its own; the frame is short, so the content is the clause
    # before it and the source the clerk's (not "The ferry" for "adding").
    text = (
        "The ferry will stop running in winter, the clerk said in a note on Tuesday, "
        "adding that the board would vote on the schedule after a long public hearing."
    )
    found = extract(text)
    said = next(f for f in found if cue_text(text, f) == "said")
    assert source_text(text, said) == "the clerk"
    assert [text[a:b] for a, b in said.content] == ["The ferry will stop running in winter"]
    adding = next(f for f in found if cue_text(text, f) == "adding")
    assert source_text(text, adding) == "the clerk"


def test_a_manner_adverb_after_a_trailing_frame_is_no_clause_of_its_own() -> None:
    # "“…,” he wondered aloud, pointing at his rival …": the adverb tells how the words
    # were said; the long tail after it is read as the frame's, and the quote is framed.
    text = (
        "“Maybe the gap is in how we were raised,” he wondered aloud, pointing at "
        "the governor from behind the podium at the town hall in Dover last night."
    )
    found = by_cue(text, "wondered")
    assert span_texts(text, found) == ["“Maybe the gap is in how we were raised,”"]
    assert source_text(text, found) == "he"


def test_the_person_addressed_after_a_trailing_frame_may_be_followed_by_a_comma() -> None:
    # "“…,” Ortiz assured Lee, after Lee told him …": the frame's listener ends at the comma
    # and the rest of the sentence tells when; the quote is Ortiz's.
    text = (
        "“Your record is remarkable,” Ortiz assured Lee, after Lee told Ortiz that most of "
        "the members of the union had backed his campaign. “We owe them a great deal.”"
    )
    found = next(f for f in extract(text) if source_text(text, f) == "Ortiz")
    assert span_texts(text, found)[0] == "“Your record is remarkable,”"


def test_a_quote_after_a_framed_quote_goes_on_with_that_frame_not_the_next() -> None:
    # "“A,” he said. “B.” He added, “C.”": B goes on with "he said"; "He added," opens C
    # and does not frame B.
    text = (
        "“No matter what they say, the town is falling apart,” the mayor said. “The mills "
        "are closing.” He added, “So you want us to sit back and watch?”"
    )
    found = extract(text)
    said = next(f for f in found if cue_text(text, f) == "said")
    assert span_texts(text, said) == [
        "“No matter what they say, the town is falling apart,”",
        "“The mills are closing.”",
    ]
    added = next(f for f in found if cue_text(text, f) == "added")
    assert span_texts(text, added) == ["“So you want us to sit back and watch?”"]


def test_a_present_tense_the_lexicon_lacks_frames_a_quote_after_a_name() -> None:
    # "“…,” Ortiz answers.": an unknown verb in -s after a name alone closes a frame of its
    # own; the quote is not the previous paragraph's speaker's.
    text = "“Can you name one thing the council did?” he asks.\n\n“I can name two,” Ortiz answers."
    found = extract(text)
    answer = next(f for f in found if "two" in span_texts(text, f)[0])
    assert source_text(text, answer) == "Ortiz"
    assert span_texts(text, next(f for f in found if cue_text(text, f) == "asks")) == [
        "“Can you name one thing the council did?”"
    ]


def test_a_pulled_quote_signed_inside_its_marks_is_the_signers() -> None:
    # A pulled quote left open at its paragraph's end, then a line with a name, its
    # description and the closing mark: the name signs the quote, which is no continuation
    # of the paragraph before.
    text = (
        "“The ferry will run all winter,” the mayor said.\n\n"
        '"The budget cannot carry another year of subsidies for the port.\n'
        'Ana Ortiz, Harbor Budget Council."\n\n'
        "The council meets again in March."
    )
    found = extract(text)
    signed = next(f for f in found if "subsidies" in span_texts(text, f)[0])
    assert source_text(text, signed) == "Ana Ortiz, Harbor Budget Council"
    said = next(f for f in found if cue_text(text, f) == "said")
    assert len(said.content) == 1


def test_a_cue_verb_between_two_quotes_ends_the_list_of_quotes() -> None:
    # "called the plan “reckless” and called on the council “…”": the second verb starts a
    # predicate of its own; the first content ends at its quote.
    text = 'The mayor called the plan "reckless" and called on the council "to vote it down."'
    found = extract(text)
    first = next(f for f in found if cue_text(text, f) == "called")
    assert span_texts(text, first) == ['the plan "reckless"']
    assert any(cue_text(text, f) == "called on" for f in found)


def test_and_with_a_subject_pronoun_between_two_quotes_ends_the_list_of_quotes() -> None:
    # "voiced a hope of a “…,” and he pronounced Lee “a partner.”": the pronoun after "and"
    # opens a clause of its own, not a further item of a list.
    text = 'He voiced a hope of a "safe and busy harbor," and he pronounced Lee "a partner."'
    found = extract(text)
    first = next(f for f in found if cue_text(text, f) == "voiced")
    assert span_texts(text, first)[-1].endswith('harbor,"')


def test_an_inverted_frame_splitting_a_clause_after_its_subject_keeps_both_parts() -> None:
    # "The contrast, said Lee and others, would be clear": the frame splits the reported
    # clause after its subject; the verb after the source's comma goes on with it.
    text = "The gain for the port, said Mayor Ortiz and others, would be felt for years."
    found = by_cue(text, "said")
    assert source_text(text, found) == "Mayor Ortiz and others"
    assert [text[a:b] for a, b in found.content] == [
        "The gain for the port",
        "would be felt for years",
    ]


def test_a_trailing_frame_tail_running_into_a_quoted_word_is_a_clause() -> None:
    # "“Morning Call,” Lee said the mayor's “record” is weak": after the cue a clause goes
    # on into a quoted word (after its owner), so the quote before the source is a show's
    # title in a fronted phrase, not what was said.
    text = (
        "On Channel 9's “Morning Call,” Senator Ann Lee said the mayor's “record” and "
        "“judgment” were in question because of the ferry levy."
    )
    found = by_cue(text, "said")
    assert source_text(text, found) == "Senator Ann Lee"
    assert [text[a:b] for a, b in found.content] == [
        "the mayor's “record” and “judgment” were in question because of the ferry levy"
    ]


def test_a_short_quote_after_a_possessive_is_a_title_not_a_statement() -> None:
    # "Lee, host of Channel 9's “Morning Call,” suggested …": the quote names the owner's
    # show; the words after it are no frame of it.
    text = (
        "Ann Lee, host of Channel 9’s “Morning Call,” suggested the mayor’s refusal to "
        "debate could cost him the race."
    )
    contents = [[text[a:b] for a, b in f.content] for f in extract(text)]
    assert all("Morning Call" not in " ".join(spans) for spans in contents)


def test_a_quote_set_off_by_dashes_keeps_its_frame_inside_them() -> None:
    # "Lee doubted the plan - “…,” she said - and warned …": the frame inside the dashes
    # ends at the closing dash; the long clause after it is the sentence going on.
    text = (
        'Lee doubted that the levy would pass - "We need to see the numbers first," she '
        "said - and warned that in pushing the measure so early, the council would lose "
        "the trust of the valley's farmers."
    )
    found = by_cue(text, "said")
    assert source_text(text, found) == "she"
    assert span_texts(text, found) == ['"We need to see the numbers first,"']


def test_a_crowd_that_cried_out_or_jeered_frames_the_quote() -> None:
    # "“No!” the crowd cried out.", "as his friends jeered, “…”": verbs of shouting that
    # the lexicon lacks frame a quote as "yelled" does; "jeers" the noun does not.
    text = 'The mayor asked whether the levy should wait. "Nooo!" the crowd cried out, booing.'
    found = by_cue(text, "cried out")
    assert source_text(text, found) == "the crowd"
    text = 'Ruiz waved from the float as his friends jeered, "Go home, mayor!"'
    found = by_cue(text, "jeered")
    assert source_text(text, found) == "his friends"


def test_paragraph_after_a_closing_colon_is_the_content() -> None:
    # "The Ledger reports:" ends its paragraph; the next one, set out without quotation
    # marks, is what it reports.
    text = (
        "The council met on Monday.\n\nThe Ledger reports:\n\nThe mayor never signed the "
        "contract, and the city paid twice.\n\n“We will appeal,” the mayor said."
    )
    found = by_cue(text, "reports")
    assert source_text(text, found) == "The Ledger"
    assert [text[a:b] for a, b in found.content] == [
        "The mayor never signed the contract, and the city paid twice."
    ]


def test_a_vote_tally_and_a_month_after_the_cue_belong_to_the_frame() -> None:
    # What was voted for or pleaded to follows the count and the time, not the count itself.
    text = "The state appeals court voted 6 to 3 in April to halt the ferry contract."
    (found,) = extract(text)
    assert source_text(text, found) == "The state appeals court"
    assert span_texts(text, found) == ["to halt the ferry contract"]
    text = "Marta Ruiz pleaded guilty in June 2012 to two counts of bribery."
    (found,) = extract(text)
    assert span_texts(text, found) == ["to two counts of bribery"]


def test_a_quote_split_before_its_frame_goes_whole_to_the_speaker() -> None:
    text = "“I doubt the old wisdom” -- that the mayor is soft -- “is going to last,” he says."
    found = next(a for a in extract(text) if source_text(text, a) == "he")
    assert span_texts(text, found) == ["“I doubt the old wisdom”", "“is going to last,”"]


def test_a_quote_split_before_a_frame_between_its_parts_goes_whole_to_the_speaker() -> None:
    text = (
        "“If we had not stepped in when we did” by sea and by air, Lee said at a town hall "
        "in Dover on Monday, “the whole town would be under water now.”"
    )
    found = next(a for a in extract(text) if source_text(text, a) == "Lee")
    assert span_texts(text, found) == [
        "“If we had not stepped in when we did”",
        "“the whole town would be under water now.”",
    ]


def test_a_quote_after_a_colon_that_closes_the_content_carries_the_statement_on() -> None:
    text = (
        'Lee offered up this line for which she later apologized: "We are going to shut the mines."'
    )
    found = next(a for a in extract(text) if source_text(text, a) == "Lee")
    assert span_texts(text, found) == [
        "up this line for which she later apologized",
        '"We are going to shut the mines."',
    ]


def test_a_headline_label_with_a_verb_of_its_own_is_no_speaker() -> None:
    text = (
        "Mayor Is Back: Lee returns to City Hall after a long absence.\n\n"
        "The mayor spoke to the council on Monday."
    )
    assert not with_cue(text, ":")


def test_a_headline_subtitle_of_a_noun_phrase_is_no_statement() -> None:
    text = "Dover Daily: A Town at War\n\nThe council met on Monday."
    assert not with_cue(text, ":")


def test_a_headline_statement_opening_with_an_article_keeps_its_speaker() -> None:
    text = "Lee: The Plan Failed\n\nThe council met on Monday."
    found = with_cue(text, ":")
    assert [source_text(text, a) for a in found] == ["Lee"]


def test_a_verb_of_saying_in_the_source_s_relative_clause_is_not_the_frame_s_cue() -> None:
    text = (
        "“The answer is no,” Tom Lee, who has proposed doubling the fee on boats, said at the time."
    )
    found = next(a for a in extract(text) if "“The answer is no,”" in span_texts(text, a))
    assert source_text(text, found) == "Tom Lee, who has proposed doubling the fee on boats"
    assert found.cue is not None
    assert text[found.cue[0] : found.cue[1]] == "said"


def test_a_clause_handing_over_words_frames_the_quote_after_its_colon() -> None:
    text = (
        "Lee said Ulm is “a drag on the council,” but he gave the banker a warm "
        "compliment: “She always pays her bills on time.”"
    )
    found = next(
        a for a in extract(text) if span_texts(text, a) == ["“She always pays her bills on time.”"]
    )
    assert source_text(text, found) == "he"


def test_a_cue_word_after_a_possessive_leaves_the_colon_clause_as_the_frame() -> None:
    text = (
        "He also played up his believed edge in a second round: “Who else knows the valley so "
        "well?”"
    )
    found = next(
        a for a in extract(text) if span_texts(text, a) == ["“Who else knows the valley so well?”"]
    )
    assert source_text(text, found) == "He"


def test_a_colon_clause_opening_with_its_verb_takes_the_described_subject_before_it() -> None:
    text = (
        "One early backer, Rep. Tom Ulm, Republican of Ohio, gave the idea a whirl on the radio "
        "on Monday: “Anyone can see that the mayor runs a tidy shop.”"
    )
    found = next(a for a in extract(text) if span_texts(text, a)[0].startswith("“Anyone can"))
    assert source_text(text, found) == "Rep. Tom Ulm, Republican of Ohio,"


def test_a_colon_clause_after_an_aside_takes_the_subject_before_the_aside() -> None:
    text = (
        "The Lee campaign, in a letter on the dam, worded it with more care: “Lee's habit "
        "was to phone the engineers at home.”"
    )
    found = next(a for a in extract(text) if span_texts(text, a)[0].startswith("“Lee's habit"))
    assert source_text(text, found) == "The Lee campaign"


def test_a_short_name_before_as_follows_is_the_source_of_the_quote_after_it() -> None:
    text = (
        "Lee spoke in Dover on Tuesday.\n\nTranscript as follows:\n\n"
        '"Tonight we landed in Dover, and we ate at a diner by the river. Nobody knew us."'
    )
    found = next(a for a in extract(text) if span_texts(text, a)[0].startswith('"Tonight'))
    assert source_text(text, found) == "Transcript"


def test_a_sentence_of_only_a_subject_and_a_verb_of_saying_frames_the_next_quote() -> None:
    text = (
        "The mayor says the dam is safe. Dover College's Ann Ulm agreed. “The town has one more "
        "year to mend the dam.”"
    )
    found = next(a for a in extract(text) if span_texts(text, a)[0].startswith("“The town"))
    assert source_text(text, found) == "Dover College's Ann Ulm"


@pytest.mark.cues("repeating")
def test_an_opening_clause_whose_comma_sits_inside_a_closing_quote_mark_is_skipped() -> None:
    # The participle goes on with the main clause's subject, Lee, not the opening clause's.
    text = (
        'After Chan said that Lee names it "a fair share," Lee took up the phrase at once, '
        "repeating her claim that the plan would hurt families."
    )
    found = next(a for a in extract(text) if text[a.cue[0] : a.cue[1]] == "repeating")
    assert source_text(text, found) == "Lee"


def test_a_name_with_a_party_label_before_a_dash_is_no_dateline() -> None:
    text = "Lee trashes Chan.\n\nSen. Ann Lee (D-Ohio) – a critic of the plan – said it would fail."
    doc = Doc.analyse(text)
    start = next(j for j, t in enumerate(doc.tokens) if t.text == "Sen")
    assert after_dateline(doc, start, len(doc.tokens)) == start


@pytest.mark.cues("vow")
def test_a_headlines_comma_joins_two_names_into_one_source() -> None:
    text = "Lee, Chan vow to fight the bridge toll.\n\nThe two met on Monday."
    found = next(a for a in extract(text) if text[a.cue[0] : a.cue[1]] == "vow")
    assert source_text(text, found) == "Lee, Chan"


@pytest.mark.cues("lobs")
def test_a_headlines_opening_participle_and_comma_join_no_pair() -> None:
    text = "Trailing, Lee lobs a plea to voters.\n\nThe two met on Monday."
    assert all(source_text(text, a) != "Trailing, Lee" for a in extract(text))


def test_a_persons_clause_joined_after_a_closing_frame_is_the_writers() -> None:
    # "and she left the hall" tells what the speaker did next, not what she said.
    text = "The toll is fair, Lee said on Monday, and she left the hall at noon."
    assert [span_texts(text, a) for a in extract(text)] == [["The toll is fair"]]


def test_a_frame_tail_of_time_before_a_joined_clause_closes_the_frame() -> None:
    text = "The city built the shelter in May, Lee said on Monday, and it has opened it twice."
    (found,) = extract(text)
    assert cue_text(text, found) == "said"
    assert span_texts(text, found) == [
        "The city built the shelter in May",
        "and it has opened it twice",
    ]


def test_a_text_opening_with_a_colon_frame_is_no_headline_label() -> None:
    # Headlines capitalise their verbs ("Lee Slams Kim: …"); "Ortega said:" is a sentence,
    # whose source is the name before the verb, not the words before the colon.
    for text in ('Ortega said: "We are not leaving."', "Ortega told reporters: “We stay.”"):
        (found,) = extract(text)
        assert (cue_text(text, found), source_text(text, found)) in {
            ("said", "Ortega"),
            ("told", "Ortega"),
        }
    text = "Democrats' new warning: Leaks could include lies."
    (found,) = extract(text)
    assert source_text(text, found) == "Democrats' new warning"


def test_a_text_opening_with_a_past_verb_before_a_colon_is_no_headline_label() -> None:
    # Not only verbs of saying: "put it bluntly:", "went further:" are a sentence's frame;
    # the source is the name, not the whole clause before the colon.
    for text in ("Nadia Rahm put it bluntly: “This bill is dead.”",
                 "Nadia Rahm went further: “This bill is dead.”"):  # fmt: skip
        (found,) = extract(text)
        assert source_text(text, found) == "Nadia Rahm"
        assert found.speaker == "Nadia Rahm"


def test_a_frame_cue_comes_after_a_clause_asking_for_anonymity() -> None:
    # "who asked not to be named" stands between the frame's subject and its cue; its verb
    # of saying is not the frame's cue (the quote's attribution was lost).
    text = "“We are done,” a senior official who asked not to be named said."
    found = [f for f in extract(text) if f.kind == "direct"]
    assert [(cue_text(text, f), source_text(text, f)) for f in found] == [
        ("said", "a senior official who asked not to be named")
    ]


def test_a_quote_before_a_sentence_that_urges_someone_to_act_is_not_its_content() -> None:
    """ "“…” He urged the government to press for …": the infinitive after the person urged
    is what he urged; the quote before is not framed by that sentence."""
    text = (
        "“Two weeks is enough time to move anything.” He urged the government to press "
        "for a shorter notice period."
    )
    assert span_texts(text, by_cue(text, "urged")) == ["to press for a shorter notice period"]


def test_a_quote_before_a_sentence_that_urges_someone_is_still_framed_by_it() -> None:
    # No infinitive after the listener: the sentence frames the quote.
    text = "“Vote no.” Lee urged the council on Monday."
    assert span_texts(text, by_cue(text, "urged")) == ["“Vote no.”"]
