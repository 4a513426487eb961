"""Dates of uneven precision: a day, a month, a year, or a range between two of those.

The text says "in July", "on November 21", "late February 2019"; the graph keeps that wording
and a resolved value with its precision, plus the first and last day it may cover so that
period queries and ordering are plain comparisons of ``xsd:date`` values.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year", "range"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class DateFormatError(ValueError):
    """A date value is not YYYY, YYYY-MM, YYYY-MM-DD or a range A/B."""


@dataclass(frozen=True)
class DateValue:
    """A resolved date: one day, month or year, or a range with optional open ends.

    >>> DateValue.parse("2024-07").earliest, DateValue.parse("2024-07").latest
    (datetime.date(2024, 7, 1), datetime.date(2024, 7, 31))
    >>> DateValue.parse("2019-02-27/2019-02-28").precision
    'range'
    """

    lexical: str
    precision: Precision
    earliest: dt.date | None
    latest: dt.date | None
    begin: DateValue | None = None
    end: DateValue | None = None

    @classmethod
    def parse(cls, value: object) -> DateValue:
        """Parse a YAML value (string, int year or ``datetime.date``)."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls._single(value.isoformat())
        if isinstance(value, int) and not isinstance(value, bool):
            return cls._single(f"{value:04d}")
        if not isinstance(value, str):
            raise DateFormatError(f"expected a date, got {value!r}")
        text = value.strip()
        if "/" in text:
            first, _, second = text.partition("/")
            begin = cls._single(first.strip()) if first.strip() else None
            end = cls._single(second.strip()) if second.strip() else None
            if begin is None and end is None:
                raise DateFormatError(f"empty range {value!r}")
            earliest = begin.earliest if begin else None
            latest = end.latest if end else None
            if earliest and latest and earliest > latest:
                raise DateFormatError(f"range {value!r} ends before it begins")
            lexical = f"{begin.lexical if begin else ''}/{end.lexical if end else ''}"
            return cls(lexical, "range", earliest, latest, begin, end)
        return cls._single(text)

    @classmethod
    def _single(cls, text: str) -> DateValue:
        try:
            if m := _DAY.match(text):
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
                return cls(text, "day", day, day)
            if m := _MONTH.match(text):
                year, month = int(m[1]), int(m[2])
                last = calendar.monthrange(year, month)[1]
                return cls(text, "month", dt.date(year, month, 1), dt.date(year, month, last))
            if m := _YEAR.match(text):
                year = int(m[1])
                return cls(text, "year", dt.date(year, 1, 1), dt.date(year, 12, 31))
        except ValueError as exc:  # month 13, February 30, ...
            raise DateFormatError(f"invalid date {text!r}: {exc}") from None
        raise DateFormatError(f"invalid date {text!r}: use YYYY, YYYY-MM, YYYY-MM-DD or A/B")

    @property
    def slug(self) -> str:
        """A form usable in an IRI: ``2019-02-27--2019-02-28``, ``2022-02-24--open``."""
        if self.precision != "range":
            return self.lexical
        first = self.begin.lexical if self.begin else "open"
        second = self.end.lexical if self.end else "open"
        return f"{first}--{second}"

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        """Whether any day of this value falls within ``start``..``end`` (inclusive)."""
        lo = self.earliest or dt.date.min
        hi = self.latest or dt.date.max
        return lo <= end and hi >= start


@dataclass(frozen=True)
class DateSpec:
    """A date as the text writes it, and its resolved value where known."""

    written: str | None
    value: DateValue | None
