"""When and where something was said, read from the words around the cue.

"told the Korea Society", "at the Hudson Institute", "in a 2021 interview", "on November
21", "in July": dates are resolved against the article's publication date (a month later
in the year than publication means the year before), so "in July" in a November 2024
article is 2024-07.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.names import OFFICE_WORDS
from kg.extract.wordsets import words

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name: index for index, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_ABBR = {name[:3]: index for name, index in _MONTHS.items()} | {"sept": 9}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = {name: index for index, name in enumerate(_WEEKDAY_NAMES)}
_MONTH_RE = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DAY_DATE = re.compile(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b")
_MONTH_DATE = re.compile(rf"\bin (?:early |mid-|late )?{_MONTH_RE}(?:,? (\d{{4}}))?\b")
_YEAR_DATE = re.compile(r"\b(?:in|during|since) (?:a |an |his |her |their |the )?(\d{4})\b")
_WEEKDAY = re.compile(
    r"\b(?:on |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELATIVE = re.compile(
    r"(?<!['’]s )(?<!the )\b(yesterday|today|this week|last week)\b(?!['’]s)", re.IGNORECASE
)  # not "last week's caucus": a possessive dates something else; nor "the BBC's Today
# programme", "the Today show": a programme's name
#: Months and years counted from publication ("earlier this month", "last year"). A bare
#: "this year" is left out: it mostly tells the time of what is reported ("running for
#: reelection this year", "this year's race"), not of the saying; so is a possessive.
_RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:(earlier|late|later) )?(this) month|(?:(earlier|late|later) )?(last) (?:month|year)"
    r"|(earlier|late|later) (this) year)\b(?!['’]s)",
    re.IGNORECASE,
)
#: Days counted back from publication ("two days ago").
_DAYS_AGO = re.compile(r"\b(a|one|two|three|four|five|six|\d) days? ago\b", re.IGNORECASE)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Weeks, months and years counted back from publication ("three weeks ago", "two years
#: ago"): commentary dates earlier statements this way. A week is given as the Monday to
#: Sunday it fell in, as "last week" is; a month and a year as such.
_UNITS_AGO = re.compile(
    r"\b(a|one|two|three|four|five|six|\d{1,2}) (week|month|year)s? ago\b", re.IGNORECASE
)

#: A run of capitalised words, allowing "of"/"for"/"on"/"and" inside ("Center for
#: Non-Proliferation Studies"). Each repetition starts with a space, so matching is linear.
_CAPS = r"[A-Z][\w’'&.\-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?[A-Z][\w’'&.\-]*)*"
#: A capitalised word of a name ("Dayton", "St.", "O’Hare").
_CAP_WORD = r"[A-Z][\w’'.\-]*"
#: The place an occasion was held, when one follows its noun ("at a rally in Dayton").
_IN_PLACE = rf"(?: in {_CAP_WORD}(?: {_CAP_WORD})?)?"
#: Up to two words before the noun of an occasion or a body: what kind, where ("an Indiana
#: rally", "the city council").
_TWO_WORDS = rf"(?:(?:[a-z][\w-]*|{_CAP_WORD}) ){{0,2}}?"
#: Platforms one posts on ("said on Twitter", "wrote on Facebook").
_PLATFORMS = re.compile(
    r"\b(?:on|in a post on|via) (Twitter|Facebook|Instagram|YouTube|TikTok|Truth Social|X)\b"
)
#: Occasions named by a common noun ("at a rally in Dayton", "at a news conference", "told a
#: budget hearing", "during a debate"), with up to two words before it (what kind, where:
#: "at an Indiana rally"; words of time or tone are cut, see ``_NOT_KINDS``) and the place
#: they were held when one follows.
_EVENT_NOUNS = re.compile(
    r"\b(?:at|during|told|addressing|(?:testifying|testified|appearing|appeared) before)"
    rf" (?:a|an|the|his|her|their) ({_TWO_WORDS}"
    r"(?:rally|conference|hall meeting|hall|meeting|briefing|fundraiser|dinner|luncheon"
    r"|debate|forum|hearing|ceremony|event|summit|convention|session|gathering|roundtable|vigil"
    r"|banquet hall|banquet|reception|gala|funeral|seminar|lecture|symposium|webinar)"
    rf"{_IN_PLACE})\b(?!['’])"
)
#: Bodies spoken to, named by a common noun ("told the board", "told the city council",
#: "told a local radio station"). Not after "at" or "on": "on the board" is a seat in it.
_BODIES = re.compile(
    r"\b(?:told|addressing|(?:testifying|testified|appearing|appeared) before)"
    rf" (?:a|an|the) ({_TWO_WORDS}"
    r"(?:board|council|committee|commission|panel|jury|court|assembly|legislature"
    r"|station|newspaper|paper|network|broadcaster|magazine))\b(?!['’])"
)
#: Legislatures one speaks in, right after the verb of saying and whom it was said to
#: ("said in Congress", "told fellow senators in the Senate", "argued on the floor of the
#: House"), where the chamber's name ends the phrase. Elsewhere in the clause the chamber
#: is what was spoken of ("asked whether the city should have a vote in the House", "a
#: bill that failed in the Senate").
_CHAMBERS = re.compile(
    r"\b(?:said|says|saying|told|tells|telling|testified|testifying|spoke|speaking|argued"
    r"|arguing|declared|warned|insisted|announced|added|noted|stated|remarked)(?: [a-z]+){0,2}"
    r" (?:in|on the floor of) (?:the )?((?:U\.S\. |US |[Ss]tate )?(?:Senate"
    r"|House of Representatives|House of Commons|House of Lords|House|Congress|Parliament"
    r"|Commons|Bundestag|Knesset"
    r"|Duma|Assembly|Legislature|chamber))(?=\s*(?:$|[,.;:…—–]|(?:that|on|in|last|this|earlier"
    r"|yesterday|today|during|when|after|before)\b))"
)
#: A parliament spoken to in lower case, as British English prints it ("the minister told
#: parliament"); in capitals it is a name ("told Parliament", see ``_VENUES``).
_TOLD_PARLIAMENT = re.compile(r"\b(?:told|addressing|addressed) (parliament)\b(?!['’])")
#: Calls and shows one speaks on ("on a conference call", "on his radio show").
_CALLS = re.compile(
    r"\bon (?:a|an|the|his|her|their) ((?:(?:conference|phone|telephone|radio|television"
    r"|talk|video|earnings) )?(?:call|show|program|programme|broadcast))\b(?!['’])"
)
#: Words that tell how long or which one a statement was, not what it was: "in a brief
#: statement" → ``statement``, as "in his memoir" → ``memoir``.
_MANNER = (
    r"brief|short|lengthy|long|terse|rare|separate|same|own|another|other|recent|new|latest"
    r"|earlier|later|subsequent|previous|follow-up|first|second|final"
)
#: Words that tell what kind of statement it was ("in a written statement", "in his closing
#: argument", "in a 2021 interview"); kept with it. Other words before it are read as
#: telling its tone ("in a heated argument"), which is no venue.
_KIND = (
    r"\d{4}|phone|telephone|radio|televised|television|video|written|emailed|email|joint"
    r"|press|news|blog|court|closing|opening|victory|concession|acceptance|announcement"
    r"|campaign|inaugural|keynote|commencement|prepared|formal|official|public|online"
)
#: Common nouns that end a programme's name ("the BBC's Today programme").
_SHOWS = r"(?: (?:programme|program|show))?"
_VENUES = (
    re.compile(rf"\btold (the )?({_CAPS}{_SHOWS})"),
    re.compile(rf"\binterview with (the )?({_CAPS}{_SHOWS})"),
    re.compile(rf"\b(?:published|released|issued) (?:\w+ ){{0,2}}by (the )?({_CAPS})"),
    re.compile(rf"\b(?:wrote|writes|writing|published) in (the )?({_CAPS})"),
    # "quoted by the state news agency KCNA as saying", "quoted in the Dunmore Gazette as
    # saying": who quoted, or where, is the venue (see impressions.quoted_as_saying).
    re.compile(rf"\bquoted (?:by|in) (the )?(?:[a-z]+ ){{0,3}}?({_CAPS}) as\b"),
    re.compile(rf"\b(?:at|to|before|on|addressing|outside) (the )?({_CAPS})"),
    re.compile(
        rf"\bin (?:(?:a|an|his|her|its|their|our|the) )?(?:(?:{_MANNER}) )*((?:(?:{_KIND}) )?"
        r"(?:memoir|book|interview|statement|op-ed|letter|speech|tweet|post|essay|article|"
        r"report|column|address|testimony|email|podcast|message|remarks|comments|argument"
        r"|release|filing|sermon|lecture|video|broadcast|announcement|editorial|memo|note"
        r"|newsletter|briefing|presentation|papers|submission|affidavit|deposition)s?)\b(?!['’])"
    ),
)
#: The patterns before this index name whom or where one spoke or wrote to ("told the
#: Dunmore Gazette", "wrote in the Harbor Review"): after "the" a name there is a body.
_SPOKEN_TO = 5
#: Common nouns of buildings and works where one speaks ("outside the courthouse").
_SITES = (
    r"terminal|plant|factory|courthouse|station|airport|mill|mine|port|shipyard|depot|campus"
    r"|headquarters|church|hospital|hotel|stadium|arena|library|museum"
)
#: Common nouns of places, occasions and bodies: after a name they make it a venue ("at
#: the Ellwood terminal", "outside the Tarn County courthouse", "told the Ulm school board").
_PLACE_NOUNS = (
    rf"{_SITES}|rally|hearing|meeting|event|debate|forum|conference|convention|summit|dinner"
    r"|luncheon|fundraiser|ceremony|board|council|committee"
)
#: One such noun right after a name, with at most one word of kind between them.
_NOUN_AFTER_NAME = re.compile(
    r"\s+(?:(?:city|county|state|school|ferry|bus|rail|train|power|steel|auto|district"
    rf"|town|campaign|budget|zoning|planning) )?(?:{_PLACE_NOUNS})\b(?!['’]){_IN_PLACE}"
)
#: A site after "at" or "outside" without a name, with one word before its noun at most.
_PLACES = re.compile(
    rf"\b(?:at|outside) (?:the|a|an|his|her|their) ((?:[a-z][\w-]* )?(?:{_SITES}){_IN_PLACE})"
    r"\b(?!['’])"
)
#: Capitalised last words of places: "at the Ovid Arena", "outside City Hall" name a place,
#: not a person met there (after "at" or "outside" only: "told Ann Park" is a person).
_PLACE_WORDS = words(
    """Arena Stadium Park Square Plaza Airport Station Terminal Courthouse Hall Church
    Cathedral Hotel Theater Theatre Library Museum Auditorium Field Pavilion Capitol Building
    Tower Memorial Center Centre"""
)
#: First words of the patterns after which a name and a place's noun are a venue.
_AT_OR_TOLD = words("at outside told addressing")
_NOT_VENUES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Twitter"}
    | {m.capitalize() for m in _MONTHS}
)
_MAX_FRAME = 400
#: Days and months as printed after a venue's name ("May" is left out: it is also a name).
_TIME_NAMES = frozenset(
    {d.capitalize() for d in _WEEKDAY_NAMES}
    | {m.capitalize() for m in _MONTH_NAMES if m != "may"}
    | {m.capitalize() for m in _MONTH_ABBR if m != "may"}
)
_ORG_WORDS = words(
    """Society Institute Association Council Committee News Times Post Journal Network
    Foundation Center Centre University College Club Press Herald Tribune Senate House
    Congress Parliament Agency Department Ministry Forum Conference Convention Summit Party
    Commission Court Bank Fund Board Service Radio Television TV Magazine Review Daily
    Guardian Telegraph Economist Reuters Bloomberg Politico CNN MSNBC NPR BBC ABC CBS NBC Fox
    Hill Atlantic Caucus Group School Academy Office Bureau Nations Union Organization
    Organisation Institution Alliance Federation Gazette Chronicle Courier Observer Globe
    Mirror Express Standard Record Monitor Inquirer Register Dispatch Bulletin Weekly
    Chamber"""
)


def find_venue(frame: str) -> str | None:
    """The venue named in a cue's clause, as printed, or None."""
    frame = frame[:_MAX_FRAME]
    for index, pattern in enumerate(_VENUES):
        for match in pattern.finditer(frame):
            name = match.group(match.lastindex or 1)
            venue = _before_time(name.strip().rstrip(".,;:’'"))
            first = _bare(venue.split()[0]) if venue else ""
            if not venue or first in _NOT_VENUES:
                continue
            # "at the Ellwood terminal": a name before a place's noun is that place's. Not
            # after "to" or "before" ("responded to Bo Chan's debate remark") unless it is
            # "a visit to".
            noun = _NOUN_AFTER_NAME.match(frame, match.end()) if venue == name else None
            at = match.group().split()[0] in _AT_OR_TOLD
            if noun is not None and (at or frame[: match.start()].endswith("visit ")):
                name_start = match.start(match.lastindex or 1)
                return _without_time_or_tone(frame[name_start : noun.end()].rstrip(".,’'"))
            # "told the Dunmore Gazette": after "the" a name is no person spoken to.
            # Not after "at the", "on the": "the Democratic side", "the United States".
            the = index < _SPOKEN_TO and match.group(1) is not None and _body_like(venue)
            placed = match.group().split()[0] in {"at", "outside"}
            placed = placed and venue.split()[-1] in _PLACE_WORDS
            if index < len(_VENUES) - 1 and not the and not placed and _is_person_like(venue):
                continue
            if the and _is_title(venue):
                continue  # "told the President": a person after all
            if venue:
                return venue.rstrip(".,’'").removesuffix("’s").removesuffix("'s")
    for pattern in (
        _PLATFORMS,
        _EVENT_NOUNS,
        _BODIES,
        _CALLS,
        _PLACES,
        _CHAMBERS,
        _TOLD_PARLIAMENT,
    ):
        if occasion := pattern.search(frame):
            return _without_time_or_tone(occasion.group(1))
    return None


#: Words before an occasion's noun that tell its time or its tone, not what it was: "at a
#: Sunday news conference" (the day is its date), "at a heated hearing".
_NOT_KINDS = (
    words(_MANNER.replace("|", " "))
    | _TIME_NAMES
    | words(
        """morning afternoon evening night midday weekly monthly annual heated rowdy
        packed crowded impromptu contentious raucous emotional"""
    )
)


def _without_time_or_tone(occasion: str) -> str:
    """ "Sunday news conference" → ``news conference``, "conference in February" →
    ``conference``: the venue as printed, cut to what names the occasion and its place."""
    found = list(_NON_SPACE.finditer(occasion))
    start = 0
    while start < len(found) - 1 and _bare(found[start].group()) in _NOT_KINDS:
        start += 1
    end = len(found)
    for index in range(start + 1, len(found) - 1):
        if found[index].group() == "in" and found[index + 1].group() in _TIME_NAMES:
            end = index
            break
    return occasion[found[start].start() : found[end - 1].end()]


def _bare(word: str) -> str:
    """ "Monday’s" → ``Monday``."""
    return word.removesuffix("’s").removesuffix("'s")


def _body_like(venue: str) -> bool:
    """ "the Dunmore Gazette", "the AP": two words or initials; one word after "the" may
    run into a noun ("issued by the Obama administration")."""
    return len(venue.split()) > 1 or venue.isupper()


def _is_title(venue: str) -> bool:
    """ "the President", "the Prime Minister": an office's holder, not a venue."""
    return venue.split()[-1].lower() in OFFICE_WORDS


def _before_time(venue: str) -> str:
    """ "CNN on Sunday", "CNN Sunday", "CNN on Nov. 21": a day or month after the name (with
    or without the small word that joins it) is the date, not part of the venue."""
    # Cut the string itself, not its words joined again: the venue stays as printed, two
    # spaces included (found by fuzzing: "THE WEEKLY STAND  ARD on Thursday").
    words = list(_NON_SPACE.finditer(venue))
    for index in range(1, len(words)):
        if words[index].group().rstrip(".,") in _TIME_NAMES:
            end = index - 1 if words[index - 1].group() in {"on", "and"} else index
            return venue[: words[end - 1].end()] if end else ""
    return venue


_NON_SPACE = re.compile(r"\S+")


def _is_person_like(venue: str) -> bool:
    """ "told Trump", "told Kim Jong Un": up to three plain capitalised words without an
    organisation word are a person spoken to, not a venue."""
    words = venue.split()
    names = [w.removesuffix("’s").removesuffix("'s") for w in words]
    return len(words) <= 3 and not any(name in _ORG_WORDS for name in names)


def find_date(frame: str, published: dt.date | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) named in a cue's clause, or None."""
    frame = frame[:_MAX_FRAME]
    if match := _DAY_DATE.search(frame):
        month = _month(match.group(1))
        day = int(match.group(2))
        year = int(match.group(3)) if match.group(3) else _year_for(month, published)
        if year is not None and _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    if match := _MONTH_DATE.search(frame):
        month = _month(match.group(1))
        year = int(match.group(2)) if match.group(2) else _year_for(month, published)
        if year is not None:
            return f"{year:04d}-{month:02d}"
    if match := _YEAR_DATE.search(frame):
        return match.group(1)
    if published is not None:
        if match := _WEEKDAY.search(frame):
            back = (published.weekday() - _WEEKDAYS[match.group(1).lower()]) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        return _relative_date(frame, published)
    return None


def _relative_date(frame: str, published: dt.date) -> str | None:
    """A date counted from publication: "yesterday", "today", "last week" (Monday to
    Sunday of the week before, as a range), "earlier this month", "last year", "two days
    ago", "three weeks ago", "two years ago"."""
    if match := _RELATIVE.search(frame):
        word = match.group(1).lower()
        if word == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat()
        if word == "today":
            return published.isoformat()
        if word == "last week":
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if match := _RELATIVE_PERIOD.search(frame):
        last = match.group(4) is not None
        if match.group(0).lower().endswith("year"):
            return f"{published.year - last:04d}"
        month = published.month - last or 12
        year = published.year - (last and published.month == 1)
        return f"{year:04d}-{month:02d}"
    if match := _DAYS_AGO.search(frame):
        word = match.group(1).lower()
        days = _COUNTS[word] if word in _COUNTS else int(word)
        return (published - dt.timedelta(days=days)).isoformat()
    if match := _UNITS_AGO.search(frame):
        return _units_ago(match.group(1).lower(), match.group(2).lower(), published)
    return None


def _units_ago(count: str, unit: str, published: dt.date) -> str:
    """The week (Monday to Sunday), month or year ``count`` ``unit``s before publication."""
    back = _COUNTS[count] if count in _COUNTS else int(count)
    if unit == "week":
        day = published - dt.timedelta(weeks=back)
        monday = day - dt.timedelta(days=day.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - back
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{published.year - back:04d}"


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTH_ABBR.get(key[:4], 0) or _MONTH_ABBR.get(key[:3], 1)


def _year_for(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
