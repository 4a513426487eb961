"""The words ``kg ask`` reads intent from, as plain lists.

Lists are written as text: words separated by spaces, "_" joining the words of a phrase
("turn_down"); :meth:`kg.question.ParsedQuestion.has` understands that form.
"""

from __future__ import annotations

#: Words that carry the question's intent or grammar, never names. Fuzzy matching skips
#: them, so "said" is not read as a misspelt name.
FUNCTION_WORDS = set(
    """a an the of in on at to for from by with about and or but not no is are was were be been
    being do does did done has have had having who whom whose what which when where why how
    this that these those it its he she they them his her their i me my we our you your
    all any each every some other others else also only just more most many much few
    say says said saying tell tells told speak speaks spoke spoken talk talks talked talking
    write writes wrote written claim claims claimed argue argues argued think thinks thought
    believe believes believed predict predicts predicted propose proposes proposed proposal
    proposals offer offers offered suggest suggested reject rejected refuse refused support
    supported mention mentioned mentions comment comments commented quote quoted quotes
    statement statements remark remarks view views position positions office offices held
    hold holds role roles title titles post posts job jobs served serve event events happen
    happened happening occur occurred took place time date dates day year years month months
    last next recent recently before after since between during until
    timeline chronology order list show give me find tell explain describe summary
    source sources speaker speakers people person anyone someone everyone somebody
    anonymous unnamed unidentified named official officials former current designate
    kind kinds type types
    article articles text word words phrase contain contains containing
    count number times frequently often side compare same different
    us s t""".split()
)


QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "where", "when", "why", "how"}
SPEAKER_NOUNS = {
    "source",
    "sources",
    "people",
    "person",
    "official",
    "officials",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "speaker",
    "speakers",
    "actor",
    "actors",
    "commentator",
    "commentators",
    "voices",
    "individuals",
    "leaders",
    "leader",
    "one",
}


def _words(text: str) -> tuple[str, ...]:
    """Word lists written as text; "turn_down" stands for the phrase "turn down" (see
    :meth:`kg.question.ParsedQuestion.has`)."""
    return tuple(text.split())


def _mapping(text: str) -> dict[str, str]:
    """``"Value: word word; Other: word"`` → ``{"word": "Value", …}``."""
    result: dict[str, str] = {}
    for group in text.split(";"):
        if ":" in group:
            value, words = group.split(":", 1)
            result.update(dict.fromkeys(words.split(), value.strip()))
    return result


SAY = _words(
    """
    say said says saying tell told speak spoke talk talked argue argued argues claim claimed
    claims think thinks thought believe believes predict predicted predicts write wrote
    written comment commented comments remark remarks statement statements quote quotes
    quoted view views warn warned warns observe observed observes discuss discussed stated
    weigh weighed opinion opinions conclude concluded expect expects anticipate anticipates
    criticize criticized criticise criticised fear fears feared doubt doubts suspect
    suspects worry worries worried describe described find finds found show shows showed
    """
)
#: Verbs that introduce what was said: "who said <words>", "who thinks <words>".
CONTENT_VERBS = frozenset(
    _words(
        """
        said says say claimed claims argued argues wrote writes stated states called
        described thinks think thought believes believe believed fears feared expects
        expected predicted predicts warned warns doubts suspects worries insisted insists
        suggested suggests noted notes observed observes concluded concludes reckons argue
        claim added explained admitted acknowledged told tells
        """
    )
)
#: Attitudes that, after "who is", ask who holds a view: "Who is skeptical that …?".
ATTITUDES = frozenset(
    _words(
        """
        skeptical sceptical doubtful confident convinced optimistic pessimistic worried
        concerned afraid hopeful certain sure wary
        """
    )
)
SPEAKER_CUES = frozenset(_words("did does do has have had by from according is was"))
OFFICE_WORDS = _words(
    """
    office offices post posts title titles job jobs role roles served serve serves held hold
    holds career worked work appointed teach teaches taught employer employs employed
    affiliation affiliated
    """
)
STRONG_OFFICE_WORDS = _words(
    """
    office offices held hold holds served serve post posts title titles job jobs career
    """
)
PROPOSE = _words(
    """
    propose proposed proposes proposal proposals offer offered offers offering suggest
    suggested put_forward on_the_table promise promised promises pledge pledged pledges
    """
)
#: "Who wrote the article?": the article and its writing.
ARTICLE_NOUNS = _words("article piece story essay commentary op_ed column")
AUTHORSHIP = _words("wrote write writes written author authored authors byline penned")
#: What an article's own record answers: who published it and when, its disclosure, funding.
ARTICLE_FACTS = _words(
    """
    publish published publishes publisher publication when date dated disclosure disclose
    discloses disclosed fund funds funded funding funder funders finance finances financed
    sponsor sponsors sponsored registered registration fara agent foreign_agent behind title
    language url link conflict_of_interest affiliation affiliated
    """
)
#: Of those, the words that ask about the publisher's backing when the publisher is named.
FUNDING = _words(
    """
    fund funds funded funding funder funders finance finances financed sponsor sponsors
    sponsored registered registration fara agent foreign_agent behind disclosure disclose
    discloses disclosed conflict_of_interest affiliation affiliated
    """
)
REJECT = _words(
    """
    reject rejected rejects refuse refused turn_down turned_down decline declined refusal
    rejection biting say_no said_no oppose opposed opposes
    """
)
SUPPORT = _words(
    """
    support supported supports back backed favor favored favour endorse endorsed advocate
    advocated want wants wanted agenda favors favours backs endorses advocates
    """
)
KIND_VERBS = _mapping(
    """
    prediction: predicted predict predicts forecast forecasts forecasted expect expects
        expected anticipate anticipates anticipated foresee foresees;
    warning: warned warn warns cautioned caution cautions alerted;
    criticism: criticized criticised criticize criticise blamed blame faulted;
    demand: demanded urged;
    announcement: announced announce announces;
    conclusion: concluded conclude concludes found find finds;
    refusal: declined decline declines refused refuse refuses;
    """
)
#: Nouns for kinds of statement that are not the kinds' names or aliases in the graph.
KIND_NOUNS = _mapping(
    """
    prediction: forecasts projections expectations;
    warning: concerns concern cautions alarms;
    criticism: accusations accusation allegations allegation attacks complaints critiques;
    demand: appeals ultimatums requests;
    proposal: proposals suggestions;
    account: recollections memories;
    assessment: judgments judgements evaluations appraisals analyses;
    conclusion: findings finding;
    announcement: declarations declaration;
    refusal: refusals;
    """
)
#: Kinds of statement named by a verb or a noun: "who warned", "the accusations".
KIND_WORDS = {**KIND_VERBS, **KIND_NOUNS}
EVENT_TYPES = _mapping(
    """
    Summit: summit summits;
    Meeting: meeting meetings;
    Speech: speech speeches address addresses;
    Interview: interview interviews;
    Letter: letter letters;
    Memoir: memoir memoirs;
    Study: study studies;
    Election: election elections;
    War: war wars;
    Appointment: appointment appointments;
    Negotiation: negotiation negotiations;
    TroopDeployment: deployment deployments;
    Testimony: testimony;
    Publication: publication publications;
    """
)
SPEECH_ACT_TYPES = _mapping(
    """
    Letter: letter letters;
    Interview: interview interviews;
    Memoir: memoir book;
    Study: study report;
    Speech: speech speeches address;
    """
)


TIME_WORDS = frozenset(_words("after before since until following ahead during prior"))

ANONYMOUS = _words(
    """
    unnamed anonymous unidentified not_named nameless anonymously unattributed
    name_withheld without_being_named aren_t_named weren_t_named
    """
)

COUNT_WORDS = _words(
    """
    how_many number_of count most_statements most_quoted prolific per_speaker by_speaker
    how_often most_often the_most tally
    """
)

STATEMENT_NOUNS = _words(
    """
    statement statements quote quotes times claims remarks paraphrases sources speakers
    people quotations comments
    """
)

WHO_IS = _words(
    """
    who_is who_s who_was who_are what_is what_was what_s tell_me_about describe
    background profile identify what_kind_of what_are
    """
)

OTHERS = _words(
    """
    who_else else other others side_by_side compare different_voices everyone various
    apart_from besides weighed_in which_people who_all all_who voices
    """
)

MENTION = _words(
    """
    mention mentions mentioning contain contains containing include includes word refer
    refers use_the
    """
)

#: Titles that make "is X currently the president?" a question about offices.
OFFICE_NOUNS = _words(
    """
    president minister secretary advisor adviser director ambassador official
    representative lawyer leader analyst lecturer fellow chairman chair head chief
    envoy negotiator officer spokesman spokeswoman spokesperson governor
    """
)

#: "What is the X of Y" forms the graph does answer; any other X is refused.
WHO_IS_NOUNS = _words(
    """
    name date role office title job position job type kind venue place location time
    background meaning purpose outcome result
    """
)

#: Words that stand for some content without saying which: "who said anything about X".
VAGUE_WORDS = frozenset(
    _words("anything something everything things stuff much little lot lots bit way")
)
#: Nouns for what someone thinks, which their statements tell: "What is Kim's strategy?".
VIEW_NOUNS = _words(
    """
    view views stance stances opinion opinions strategy strategies goal goals aim aims plan
    plans intention intentions message messages argument arguments thinking thoughts belief
    beliefs attitude outlook priority priorities agenda approach reaction reactions
    response responses take
    """
)
#: Nouns for what the graph holds about someone or something, besides offices, kinds of
#: statement and types of event: "What is Lee's view of Kim?" asks for held facts, "What
#: is Biegun's twitter handle?" does not.
HELD_NOUNS = _words(
    """
    view views stance stances position positions policy policies opinion opinions record
    statement statements remark remarks comment comments quote quotes words account
    background profile name role roles part involvement take strategy strategies goal goals
    aim aims plan plans intention intentions message messages argument arguments point
    points agenda approach thinking thoughts belief beliefs attitude outlook priority
    priorities offer offers proposal demands
    """
)
