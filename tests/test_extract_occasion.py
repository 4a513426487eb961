"""Venue and date of a statement: its own clause, the sentence's opening phrase, and the
occasion the text set before (kg/extract/occasion.py). Made-up sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import Attribution, extract

PUBLISHED = dt.date(2024, 11, 30)  # a Saturday


def _occasions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.speaker, a.venue, a.date) for a in extract(text, published=PUBLISHED)]


def _only(text: str) -> Attribution:
    (attribution,) = extract(text, published=PUBLISHED)
    return attribution


@pytest.mark.parametrize(
    ("text", "venue", "date"),
    [
        # The sentence's opening phrase sets the occasion of the statement after its comma.
        ("In an interview with CNN on Sunday, Ann Lee said the plan was dead.",
         "CNN", "2024-11-24"),
        ("At the Hudson Institute on November 21, Ann Lee said the plan was dead.",
         "Hudson Institute", "2024-11-21"),
        # A day joined to the venue's name is the date, not part of the venue.
        ("Ann Lee said in an interview with CNN on Sunday that the plan was dead.",
         "CNN", "2024-11-24"),
        ("Ann Lee told The Daily Planet on Monday that the plan was dead.",
         "The Daily Planet", "2024-11-25"),
        ("Ann Lee told CNN Sunday that the plan was dead.", "CNN", "2024-11-24"),
        ("Ann Lee told CNN on Nov. 21 that the plan was dead.", "CNN", "2024-11-21"),
        ("At the United Nations on November 18, Ann Lee said the plan was dead.",
         "United Nations", "2024-11-18"),
        # An opening phrase before the content is part of what is reported.
        ("In January, the plant closed, Ann Lee said.", None, None),
        ("At the White House, officials are worried, Ann Lee said.", None, None),
        ("In Ohio the plant closed in January, Ann Lee said.", None, None),
        # Only a phrase ending at the sentence's first comma is a setting.
        ("In 2016, the mayor quit and on Monday, Ann Lee said the plan was dead.", None, None),
        # Where and when a study appeared: she wrote it there, then.
        ("In a study published last year by the Center for Grain Studies, Ann Lee wrote that "
         "the plan was dead.", "Center for Grain Studies", "2023"),
        # The source's own description names where she works, not where she spoke.
        ("“The plan is dead,” said Ann Lee, a fellow at the Brookings Institution since 2019.",
         None, None),
    ],
)  # fmt: skip
def test_venue_and_date_of_one_statement(text: str, venue: str | None, date: str | None) -> None:
    attribution = _only(text)
    assert (attribution.venue, attribution.date) == (venue, date)


def test_a_statement_goes_on_with_the_occasion_of_the_speakers_previous_one() -> None:
    text = (
        "Ann Lee said on November 21 at the Hudson Institute that the plan was dead. "
        "“It is over,” Lee added."
    )
    assert _occasions(text) == [
        ("Ann Lee", "Hudson Institute", "2024-11-21"),
        ("Ann Lee", "Hudson Institute", "2024-11-21"),
    ]


def test_the_same_speaker_at_the_same_venue_later_in_the_text_gets_its_date() -> None:
    text = (
        "Ann Lee said on November 21 at the Hudson Institute that the plan was dead.\n\n"
        "Bo Chan disagreed.\n\n"
        "“It is over,” Lee told the Hudson Institute."
    )
    assert _occasions(text)[-1] == ("Ann Lee", "Hudson Institute", "2024-11-21")


@pytest.mark.parametrize(
    "second",
    [
        "Lee had earlier said that the plan was alive.",  # another time
        "“It is alive,” Lee said later.",
        "A day later, Lee said that the plan was alive.",
        "In the coming months, Lee said that the plan was alive.",
        "The following day, Lee said that the plan was alive.",
        "Lee has repeatedly said that the plan was alive.",
        "Lee told the Senate that the plan was alive.",  # another venue
        "Lee wrote in 2019 that the plan was alive.",  # another date
        "Bo Chan said that the plan was alive.",  # another speaker
    ],
)
def test_no_occasion_is_carried_to_another_time_venue_or_speaker(second: str) -> None:
    text = f"Ann Lee said on November 21 at the Hudson Institute that the plan was dead. {second}"
    first, last = _occasions(text)
    assert first == ("Ann Lee", "Hudson Institute", "2024-11-21")
    assert last[1] != "Hudson Institute" and last[2] != "2024-11-21"


def test_a_previous_paragraph_sets_no_occasion_without_the_same_venue() -> None:
    text = (
        "Ann Lee said on November 21 at the Hudson Institute that the plan was dead.\n\n"
        "“It is over,” Lee said."
    )
    assert _occasions(text)[-1] == ("Ann Lee", None, None)


def test_a_broadcaster_is_not_one_occasion_across_the_text() -> None:
    """CNN is spoken to again and again; a talk at an institute is one event."""
    text = (
        "Ann Lee told CNN on Sunday that the plan was dead.\n\n"
        "Bo Chan disagreed.\n\n"
        "“It is over,” Lee told CNN."
    )
    assert _occasions(text)[-1] == ("Ann Lee", "CNN", None)


def test_a_venue_before_its_day_is_cut_as_printed() -> None:
    # Found by fuzzing: the venue was its words joined again, two spaces lost, so the venue
    # was not in the text.
    text = "Ann Lee told The New York  Times on Tuesday that the plan was dead."
    attribution = _only(text)
    assert attribution.venue == "The New York  Times"
    assert attribution.venue in text


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("last week", "2024-11-18/2024-11-24"),  # Monday to Sunday of the week before
        ("earlier this month", "2024-11"),
        ("this month", "2024-11"),
        ("last month", "2024-10"),
        ("last year", "2023"),
        ("late last year", "2023"),
        ("earlier this year", "2024"),
        ("two days ago", "2024-11-28"),
        ("a week ago", "2024-11-18/2024-11-24"),  # the Monday to Sunday it fell in
        ("three weeks ago", "2024-11-04/2024-11-10"),
        ("two months ago", "2024-09"),
        ("11 months ago", "2023-12"),
        ("two years ago", "2022"),
    ],
)
def test_a_date_counted_from_publication(when: str, date: str) -> None:
    attribution = _only(f"Ann Lee said {when} that the plan was dead.")
    assert attribution.date == date


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    (attribution,) = extract(
        "Ann Lee said last month that the plan was dead.", published=dt.date(2025, 1, 10)
    )
    assert attribution.date == "2024-12"


@pytest.mark.parametrize(
    "text",
    [
        # A bare "this year" mostly dates what is reported, not the saying.
        "Ann Lee, who runs for mayor this year, said the plan was dead.",
        # A possessive dates something else.
        "Ann Lee, buoyed by last week's vote, said the plan was dead.",
    ],
)
def test_a_time_that_dates_something_else_gives_no_date(text: str) -> None:
    assert _only(text).date is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # After "the" a name spoken or written to is a body, not a person.
        ("Ann Lee told the Dunmore Gazette that the plan was dead.", "Dunmore Gazette"),
        ("Ann Lee said in an interview with the Dunmore Gazette that the plan was dead.",
         "Dunmore Gazette"),
        ("Ann Lee wrote in the Harbor Review that the plan was dead.", "Harbor Review"),
        ("Addressing the Vell Chamber of Commerce, Ann Lee said the plan was dead.",
         "Vell Chamber of Commerce"),
        # Platforms and occasions named by a common noun.
        ("Ann Lee said on Twitter that the plan was dead.", "Twitter"),
        ("Ann Lee said at a rally in Dayton that the plan was dead.", "rally in Dayton"),
        ("Ann Lee said at a news conference that the plan was dead.", "news conference"),
        # A person spoken to, or an office's holder after "the", is no venue.
        ("Ann Lee told Bo Chan that the plan was dead.", None),
        ("Ann Lee told the President that the plan was dead.", None),
        ("Ann Lee said the plan issued by the Ulm administration was dead.", None),
    ],
)  # fmt: skip
def test_venues_named_by_the_words_around_the_cue(text: str, venue: str | None) -> None:
    assert _only(text).venue == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # How long or which one it was is no part of the venue; what kind it was is.
        ("Ann Lee said in a brief statement that she would resign.", "statement"),
        ("Ann Lee said in a recent interview that she would resign.", "interview"),
        ("In a written statement, Ann Lee said the mill had done nothing wrong.",
         "written statement"),
        ("Ann Lee said in her closing argument that the witness had lied.", "closing argument"),
        ("Ann Lee said in a telephone interview that the mill would close.",
         "telephone interview"),
        # More kinds of statement, and without an article.
        ("In a message to residents, Ann Lee said the water was safe.", "message"),
        ("Ann Lee said in remarks to reporters that the deal was close.", "remarks"),
        ("In interviews, three growers said the frost had come early.", "interviews"),
        ("Ann Lee said in a court filing that the lease was void.", "court filing"),
        # A word of tone before it is not read as a kind: no venue rather than a guess.
        ("Ann Lee said in a heated argument that the lease was void.", None),
    ],
)  # fmt: skip
def test_venues_named_by_the_kind_of_statement(text: str, venue: str | None) -> None:
    # The first: "closing argument" is also read as a cue of its own.
    assert extract(text, published=PUBLISHED)[0].venue == venue


@pytest.mark.parametrize(
    ("text", "venue", "date"),
    [
        # Bodies and meetings spoken to, named by a common noun.
        ("Ann Lee told the board that the budget was short.", "board", None),
        ("Ann Lee told the city council on Tuesday that the bridge would close.",
         "city council", "2024-11-26"),
        ("Ann Lee told a budget hearing that the town was broke.", "budget hearing", None),
        ("Ann Lee told a local radio station that the strike was over.",
         "local radio station", None),
        ("Ann Lee told a town hall meeting in Garrow that the mill would stay.",
         "town hall meeting in Garrow", None),
        # Events with any word of kind or place before them, but not of time or tone.
        ("Ann Lee said at a budget hearing that the town was broke.", "budget hearing", None),
        ("Ann Lee said at a Sunday news conference that the strike was over.",
         "news conference", "2024-11-24"),
        ("Ann Lee said at a heated hearing in Garrow that the strike was over.",
         "hearing in Garrow", None),
        ("Ann Lee said at a town hall in March that the strike was over.", "town hall",
         "2024-03"),
        ("Ann Lee said during a debate on Tuesday that taxes would fall.", "debate",
         "2024-11-26"),
        ("Ann Lee said on a conference call that profits would fall.", "conference call", None),
        ("Ann Lee said on a radio programme that profits would fall.", "radio programme", None),
        ("Ann Lee said at a state banquet in Garrow that trade would grow.",
         "state banquet in Garrow", None),
        ("Ann Lee told a banquet hall in Garrow that trade would grow.",
         "banquet hall in Garrow", None),
        ("Ann Lee said in court papers that the lease was void.", "court papers", None),
        ("Ann Lee said in an affidavit that the lease was void.", "affidavit", None),
        ("The minister told parliament that the lease was void.", "parliament", None),
        # A seat on a body, or a body in what was said, is no venue.
        ("Ann Lee, who sits on the board, said the budget was short.", None, None),
        ("Ann Lee said the council would meet on Tuesday.", None, None),
        ("Ann Lee told the council's chair that the budget was short.", None, None),
    ],
)  # fmt: skip
def test_venues_named_by_a_common_noun(text: str, venue: str | None, date: str | None) -> None:
    attribution = _only(text)
    assert (attribution.venue, attribution.date) == (venue, date)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # A name before a place's noun is that place, not a person met there.
        ("Ann Lee told reporters at the Ellwood terminal that the ferry would run.",
         "Ellwood terminal"),
        ("Ann Lee said outside the Tarn County courthouse that she was innocent.",
         "Tarn County courthouse"),
        ("Ann Lee told the Ulm school board that classes would start late.", "Ulm school board"),
        ("During a visit to the Dunmore plant, Ann Lee said no jobs would be cut.",
         "Dunmore plant"),
        ("Ann Lee told the Vell rally in Garrow that taxes would fall.", "Vell rally in Garrow"),
        # A place's capitalised last word, after "at" or "outside".
        ("Ann Lee told supporters at the Ovid Arena that she would win.", "Ovid Arena"),
        ("Ann Lee said outside the White House that the deal was close.", "White House"),
        # The place's noun alone.
        ("Ann Lee said outside the courthouse that she was innocent.", "courthouse"),
        ("Ann Lee said at a church in Garrow that the town must forgive.", "church in Garrow"),
        # Someone's remark about an event is no place she spoke at; a person is no place.
        ("Ann Lee responded to Bo Chan's debate remark that taxes would fall.", None),
        ("Ann Lee told Ed Park that taxes would fall.", None),
    ],
)  # fmt: skip
def test_venues_named_by_a_name_and_a_place(text: str, venue: str | None) -> None:
    assert extract(text, published=PUBLISHED)[0].venue == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Ann Lee said in Congress that the plan was dead.", "Congress"),
        ("Ann Lee told fellow senators in the Senate that the plan was dead.", "Senate"),
        ("Ann Lee argued on the floor of the House on Monday that the plan was dead.", "House"),
        ("Ann Lee said in Parliament last week that the plan was dead.", "Parliament"),
        ("Ann Lee said in the State Senate that the plan was dead.", "State Senate"),
        # A legislature's chamber by its common noun.
        ("Ann Lee said in the chamber that the plan was dead.", "chamber"),
        # The chamber as what was spoken of, or in a contest's name, is no venue.
        (
            "Asked whether the city should have a vote in the House, Ann Lee said the plan was "
            "dead.",
            None,
        ),
        ("Ann Lee said in the Senate race that the plan was dead.", None),
    ],
)
def test_venues_in_a_legislature(text: str, venue: str | None) -> None:
    (said,) = [a for a in extract(text, published=PUBLISHED) if a.speaker == "Ann Lee"]
    assert said.venue == venue


def test_the_newspaper_told_is_the_one_the_text_named() -> None:
    text = (
        "The Dunmore Gazette first reported the sale of the port on Monday. "
        + "The harbor has been losing money for years. " * 12
        + "“We will not sell,” Ann Lee told the newspaper. The paper said the port would close."
    )
    _, told, paper = extract(text, published=PUBLISHED)
    # Pages later "the newspaper" is still the Gazette; "the paper" (a study's too) is
    # only the one named in the last few sentences, and here none is.
    assert told.venue == "Dunmore Gazette"
    assert (paper.speaker, paper.descriptor) == ("paper", "The paper")
    near = "The Dunmore Gazette reported the sale. The paper said the port would close."
    attribution = extract(near)[-1]
    assert (attribution.speaker, attribution.speakers[0].body) == ("Dunmore Gazette", True)


@pytest.mark.parametrize(
    ("text", "venue"),
    [("Ann Lee told the Harwell Radio's Today programme that the plan was dead.",
      "Harwell Radio's Today programme"),
     ("Ann Lee told the Today show that the plan was dead.", "Today show")],
)  # fmt: skip
def test_a_programme_named_today_is_a_venue_not_a_date(text: str, venue: str) -> None:
    """ "the … Today programme" is a broadcast's name, with "programme" in it; its "Today"
    dates nothing."""
    (said,) = [a for a in extract(text, published=PUBLISHED) if a.speaker == "Ann Lee"]
    assert (said.venue, said.date) == (venue, None)


@pytest.mark.parametrize(
    ("text", "venue", "date"),
    [("Last month, at a press conference in Dunmore, Lidia Marek said the talks were over.",
      "press conference in Dunmore", "2024-10"),
     ("On March 2, 2015, Lidia Marek said the talks were over.", None, "2015-03-02"),
     ("On Tuesday, during a campaign rally, Lidia Marek said the talks were over.",
      "campaign rally", "2024-11-26")],
)  # fmt: skip
def test_settings_set_off_before_the_source_give_venue_and_date(
    text: str, venue: str | None, date: str
) -> None:
    """A bare time phrase and a setting, or a date with its own commas, before the source:
    each piece between the commas is a setting, so they frame the statement after them."""
    attribution = _only(text)
    assert (attribution.venue, attribution.date) == (venue, date)
