"""Generate the reference pages that must never drift from the code.

``docs/queries.md`` is rendered from the headers of ``queries/*.rq`` and ``docs/ask.md``
from the rules of :mod:`kg.ask`; ``tests/test_docs.py`` fails when a committed page differs
from what this module renders. Regenerate with ``python -m kg.docs``.
"""

from __future__ import annotations

import inspect
import sys

from kg.ask import RULES
from kg.paths import Project
from kg.queries import QueryCatalog

_QUERIES_INTRO = """# Stored queries

Generated from the headers of `queries/*.rq` by `python -m kg.docs`; do not edit by hand.

Run one with `kg query NAME [--param key=value ...] [--format table|json|csv|tsv]`; list
them with `kg queries`. Parameters not given take their defaults. An IRI parameter also
takes a prefixed name (`kgid:event/hanoi-summit`, `kgc:prediction`) or the name of an
entity ("Hanoi Summit", "Biegun"). Values are bound as RDF terms in a `VALUES` block, never
pasted into the query. The files are grlc-compatible: point grlc at the `queries/` folder to
publish them as a web API.
"""

_ASK_INTRO = """# Questions `kg ask` understands

Generated from the rules of `kg/ask.py` by `python -m kg.docs`; do not edit by hand.

`kg ask "QUESTION" [--format table|json] [--explain]` reads the question, links the names
in it to entities of the graph (labels and aliases, case- and accent-insensitive,
misspellings such as "Beigun" by similarity), reads a period ("in 2019", "in November
2024", "between 2018 and 2020", "since 2022", "last year" counted from the article's
date), then tries the rules below in order; the first that fits picks a stored query and
its parameters. The answer is that query's rows. `--explain` shows the query, the bound
parameters and the SPARQL that ran; JSON holds `question`, `query`, `params`, `why`,
`columns` and `rows`. Informal question words are read as their full forms ("who's",
"whats", "where's", "how'd": `kg/informal.py`); "according to X" makes X the speaker; the
tenure asked is read from negations first ("an office they have not yet taken up", "yet to
take office": designate; "no longer": former), then from "incoming", "nominated",
"currently", "former" (`kg/tenure_words.py`).

Paraphrases are linked too. Names match by their canonical words, whatever the order,
plurals, spelling variant, demonym or synonym from a small domain lexicon (`kg/lexicon.py`):
"talks resuming" is the renewed talks, "the South Korean president" the office of president
of South Korea, "the Korean conflict" the Korean War. People described by role are matched
to the offices, organizations and administrations the graph records, or to the labels of
unnamed sources: "the former national security adviser" (Bolton), "the ex-Pentagon official"
(Schriver), "the director of Los Alamos" (Hecker), "the intelligence analysts" (both unnamed
analysts), "the Hudson Institute speaker". Events are also named by their place's country
and type ("the Vietnam summit", "what Trump offered in Vietnam"), by order of date ("the
second summit") and speech acts by speaker and type ("Kim letter", "his interview"). An
event described by type, date and participants is the one event that fits ("Where did the
June 2019 summit between Trump and Kim take place?" is the DMZ meeting, so is "where did
they meet for the third time"; "the 2015 summit" is refused); a name of several events is
the one the question's date gives ("kim speech november 18"). In a question of stance ("who
supported", "who wants", "who opposed") a policy position is linked by the words it shares
with the question, with stems, synonyms and phrasal verbs ("pulling US troops out of South
Korea" is the troop withdrawal). The organization or administration a question names limits
its officials ("What did State Department officials say?", "Who held posts in the first
Trump administration?"); "Which people currently hold office?" lists every current holder.
Who was at or took part in an event is its recorded participants. Words that name nothing
("What was said about soldiers?", "Who said the North Koreans thought Trump was eager for an
agreement?") are searched in the statements with stems and synonyms, all synonyms of every
word at once as well ("delighted if the soldiers left" finds "troops out … happy"), and in
what the article says around them (cue, kind, speaker descriptor, the names of what they are
about), rarer words counting more; the question's verb ("who warned", "who believes") looks
for the kind it names. Nothing found is a refusal. A word after "mention" or "containing"
("statements containing the word surrender") is searched even when it names nothing; a
speaker's words about something that names nothing ("What did the veteran analyst say about
surrender?") are that speaker's statements containing it; keywords no rule reads ("surrender
analyst") are searched in the statements and their context, an unnamed source's descriptor
included. A misspelt name of several words is
linked word by word ("Hudson Insitute", "Kim Jong Eun") only when every word is close. A
description that fits no one ("the secretary of defense", "the Chinese leader") is refused
like an unknown name.

A question that names people or things the graph does not know ("What did Obama say?",
or in lower case "what does kamala harris think of kim": two or more unknown words in the
subject's place, `kg/unknown_people.py`),
asks for something the graph does not hold ("How many warheads …"; an age, a salary, a
phone number, a home, family or votes, even of someone it knows: `kg/unheld_attributes.py`),
or fits no rule is refused in one line that lists the entities it did recognize and the
kinds of question it answers; the exit status is 1. A question that maps but finds no rows
prints nothing and also exits 1, with the reason on stderr.

The rules, in the order they are tried:
"""


def queries_markdown(catalog: QueryCatalog) -> str:
    parts = [_QUERIES_INTRO]
    for query in catalog.queries.values():
        parts.append(f"\n## `{query.name}`\n\n**{query.summary}.** {query.description}\n")
        if query.params:
            parts.append("\n| parameter | type | default | choices |\n|---|---|---|---|\n")
            for p in query.params:
                choices = ", ".join(f"`{c}`" for c in p.choices)
                default = f"`{p.default}`" if p.default else '`""`'
                parts.append(
                    f"| `{p.name}` (`?{p.variable}`) | {p.type} | {default} | {choices} |\n"
                )
        else:
            parts.append("\nNo parameters.\n")
        example = " ".join(f"--param {p.name}=…" for p in query.params[:1])
        parts.append(
            f"\n`kg query {query.name}{' ' + example if example else ''}`"
            f" · tags: {', '.join(query.tags)}\n"
        )
    return "".join(parts)


def ask_markdown() -> str:
    parts = [_ASK_INTRO]
    for number, rule in enumerate(RULES, 1):
        doc = inspect.getdoc(rule) or ""
        form, _, rest = doc.partition("\n\n")
        examples = rest.removeprefix("Examples:").strip().replace("\n", " ")
        parts.append(f"\n{number}. **{' '.join(form.split())}**  \n   {examples}\n")
    return "".join(parts)


def pages(project: Project) -> dict[str, str]:
    """Every generated page by its path relative to the project root."""
    return {
        "docs/queries.md": queries_markdown(QueryCatalog.load(project.queries_dir)),
        "docs/ask.md": ask_markdown(),
    }


def main() -> None:
    project = Project.locate()
    for relative, text in pages(project).items():
        (project.root / relative).write_text(text, encoding="utf-8")
        print(f"wrote {relative}", file=sys.stderr)


if __name__ == "__main__":
    main()
