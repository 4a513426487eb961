"""The rules' intermediate result: token ranges, before names and dates are read."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.model import Kind

TokenRange = tuple[int, int]


@dataclass
class Found:
    """An attribution as token ranges ``[lo, hi)``; ``frame`` holds its venue and date."""

    content: list[TokenRange]
    cue: TokenRange | None
    source: TokenRange | None
    kind: Kind
    confidence: float
    frame: TokenRange | None = None
    #: Token ranges of quotes merged in, so no later rule claims them again.
    quotes: list[int] = field(default_factory=list)
    #: The source is the sentence's subject, taken for a participle ("…, telling the crowd:
    #: “…”"); it stays free for the subject's own verb.
    shared_source: bool = False
    #: Words of the frame that belong to this attribution beyond its cue and source ("Obama
    #: said" in "“…,” Obama said, according to a pool report"): no other rule takes them.
    taken: list[TokenRange] = field(default_factory=list)

    def claimed(self) -> list[TokenRange]:
        """The token ranges no later rule may use: the cue, the source unless it is shared
        with the subject's own verb, and the other frame words taken."""
        ranges = [self.cue] if self.shared_source else [self.cue, self.source]
        return [r for r in ranges + self.taken if r is not None]
