"""Which tenure of office a question asks about: designate, current, former, or any.

Negations decide first, since they turn the words they hold around: "an office they have
not yet taken up" is a designate's, though "taken up" alone reads as holding it; "no longer
serving" is a former holder's, though "serving" alone is current.
"""

from __future__ import annotations

from kg.question import ParsedQuestion

#: Phrases ("_" joins words) naming a tenure, tried in this order.
_TENURE_PHRASES: tuple[tuple[str, str], ...] = (
    ("designate", "not_yet yet_to have_yet_to not_taken_up not_taken_office"),
    ("former", "no_longer not_anymore used_to once_held"),
    (
        "designate",
        "incoming designate designated designates next nominee nominees nominated elect "
        "about_to will_serve will_take will_become will_hold going_to_serve to_be new_post "
        "future upcoming to_be_appointed",
    ),
    ("current", "current currently now sitting present today incumbent still serving"),
    ("former", "former formerly previous previously past ex earlier"),
)


def tenure_asked(q: ParsedQuestion) -> str:
    """``designate``, ``current``, ``former`` or ``any`` (no tenure named)."""
    for tenure, phrases in _TENURE_PHRASES:
        if q.has(phrases):
            return tenure
    return "any"
