"""Facts about people and things the graph never holds: ages, salaries, phone numbers, family.

The graph records who said what, offices, events, places and the article's own facts. A
question asking for a personal attribute ("What is Biegun's phone number?", "How old is Kim?",
"Who is Kim's sister?") names a known entity, so without this check some rule would answer
it with that entity's rows, which is not the answer asked for. Such questions are refused.
"""

from __future__ import annotations

import re

#: Phrases asking for an attribute the graph does not record, with how to name it in a refusal.
#: Whole words only; "address" alone is a speech ("Kim's address to army commanders").
_UNHELD: tuple[tuple[str, str], ...] = (
    (r"how old|\bage\b|\baged\b|\bborn\b|\bbirth(day|place|date)?\b", "ages or births"),
    (r"\bsalar(y|ies)\b|\bincome\b|\bnet worth\b|\bwealth\b|\bearns?\b|\bpaid\b", "pay or wealth"),
    (r"\b(tele)?phone\b|\be-?mail\b|\bhome address\b|\bcontact details\b", "contact details"),
    (r"\bvotes?\b|\bvoted\b|\bpoll(s|ing)?\b", "votes or polls"),
    (
        r"\b(sisters?|brothers?|wife|husband|spouse|children|kids|sons?|daughters?|father|"
        r"mother|parents|siblings|family|relatives?|married|marry|spouses?)\b",
        "family",
    ),
    (r"\bheight\b|\bhow tall\b|\bweight\b|\bhow heavy\b", "height or weight"),
    (r"\bwhere (do|does|did)\b.*\blives?\b|\bresid(e|es|ence)\b|\bhometown\b", "homes"),
    (r"\bnationality\b|\bcitizenship\b|\bethnicity\b", "nationality"),
    (r"\bpolitical party\b|\bwhat party\b|\bparty (membership|affiliation)\b", "parties"),
    (r"\blanguages?\b.*\bspeaks?\b|\bspeaks?\b.*\blanguages\b", "languages"),
    (
        r"\b(attend(ed)?|went to|go to|graduated?( from)?)\b.*\b(school|college|university)\b"
        r"|\b(school|college|university) did\b.*\battend\b|\bph\.?d\b",
        "education",
    ),
    (r"\bpopulation\b|\binhabitants\b|\bhow many people live\b", "populations"),
    (r"\bhow much\b.*\bcost\b|\bbudget\b|\bgdp\b", "money"),
    (r"\bweather\b|\btemperature\b", "weather"),
    (r"\bfavou?rite\b", "tastes"),
    (r"\balive\b|\bdead\b|\bdied\b|\bhealth\b|\bhealthy\b|\bsick\b|\billness\b", "health"),
    (r"\btwitter\b|\bsocial media\b|\binstagram\b|\bx handle\b", "online accounts"),
    (r"\breligion\b|\bhobb(y|ies)\b|\beducation\b|\balma mater\b", "personal details"),
)


def unheld_attribute(question: str) -> str | None:
    """What the question asks for that the graph does not record, or None."""
    text = question.lower()
    for pattern, name in _UNHELD:
        if re.search(pattern, text):
            return name
    return None
