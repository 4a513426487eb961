"""The machine reader: find who said or thought what in English news text.

>>> [a.speaker for a in extract("“We will win,” Jane Doe said on Monday.")]
['Jane Doe']
"""

from __future__ import annotations

from kg.extract.model import Attribution, quoted_words, to_json
from kg.extract.pipeline import extract

EXTRACTOR_VERSION = "kg-extract/0.21.0"

__all__ = ["EXTRACTOR_VERSION", "Attribution", "extract", "quoted_words", "to_json"]
