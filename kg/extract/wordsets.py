"""Word lists written as prose blocks: easier to read and edit than long list literals."""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block`` as a frozen set."""
    return frozenset(block.split())
