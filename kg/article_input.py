"""What a command is given about articles: the files' text (:func:`read_text`,
:func:`read_articles`) and the details a user states about them (:class:`ArticleInfo`, from
``kg ingest --title``, ``--published``, ``--url``, ``--publisher`` and ``--author``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.dates import DateFormatError, DateSpec, DateValue
from kg.errors import InputError


@dataclass(frozen=True)
class ArticleInfo:
    """What the user says about the files: applies to every file of one ``kg ingest``."""

    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()

    def check(self) -> None:
        """The address becomes an ``xsd:anyURI`` literal; one with spaces or no scheme made
        the stored graph fail ``kg validate`` (HermiT: malformed literal), so refuse it."""
        if self.url is not None and not _ABSOLUTE_IRI.fullmatch(self.url):
            raise InputError(
                f"--url takes an absolute address such as https://example.org/a, not {self.url!r}"
            )
        # A blank name would be minted as the actor 'x' (the slug of nothing), typed a
        # person as an author and an organization as a publisher: a graph that fails checks.
        for option, name in [("--author", a) for a in self.authors] + [
            ("--publisher", self.publisher)
        ]:
            if name is not None and not name.strip():
                raise InputError(f"{option} takes a name, not {name!r}")

    def overridden_by(self, given: ArticleInfo) -> ArticleInfo:
        """These details, with each one ``given`` gives in its place."""
        return ArticleInfo(
            title=given.title if given.title is not None else self.title,
            published=given.published if given.published is not None else self.published,
            url=given.url if given.url is not None else self.url,
            publisher=given.publisher if given.publisher is not None else self.publisher,
            authors=given.authors or self.authors,
        )

    def for_one_of(self, files: int) -> ArticleInfo:
        """What applies to each of ``files`` files: a title or URL names one article."""
        if files == 1:
            return self
        return ArticleInfo(published=self.published, publisher=self.publisher, authors=self.authors)


#: A scheme and then no character that an IRI may not hold (RFC 3987: no space, <>"{}|\^`).
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def read_text(path: Path) -> str:
    """The file's text; a missing, unreadable or non-UTF-8 file is a one-line error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\0" in data[:8192]:
        raise InputError(f"{path}: binary data, not UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None


def read_articles(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """Each file with its text; a one-line :class:`InputError` for the first that cannot
    be read or holds no text."""
    texts = [(path, read_text(path)) for path in paths]
    for path, text in texts:
        if not text.strip():
            raise InputError(f"{path}: empty; there is nothing to ingest")
    return texts


def date_spec(value: str | None) -> DateSpec | None:
    """A date as written (``--published``, a statement's date) as the graph keeps it; None
    when there is none or it does not read as a date."""
    if not value:
        return None
    try:
        return DateSpec(None, DateValue.parse(value))
    except DateFormatError:
        return None


def published_date(info: ArticleInfo) -> dt.date | None:
    """The last day ``--published`` can mean: the extractor resolves relative dates from it."""
    spec = date_spec(info.published)
    return spec.value.latest if spec and spec.value else None
