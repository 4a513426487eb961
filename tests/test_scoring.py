"""The fast scorers give the learned models' scores bit for bit.

``kg.extract.scoring`` recomputes what ``Perceptron.score(cue_features(...))`` and
``Perceptron.score(end_features(...))`` give without building feature strings. Any
difference, even in the last bit of a float, could flip a cue at its threshold or a tie
between two ends, so the comparisons here are exact.
"""

from __future__ import annotations

import pytest

from kg.extract import learned
from kg.extract.doc import Doc
from kg.extract.features import cue_features, end_candidates, end_features, is_candidate
from kg.extract.learned import Model, Perceptron
from kg.extract.scoring import CueScorer, EndScorer
from tests.conftest import SEED

TEXTS = [
    (SEED / "article.txt").read_text(encoding="utf-8"),
    # A "|" token next to cue words: pair features must split at the right "|".
    'Officials | said that the plan failed. He told | reporters that "it is over," '
    "adding | that they argued, warned and claimed nothing | at all.",
    "“We will see,” Trump said in July. Critics have long argued that it failed; "
    "she noted, however, that talks (as planned) went on — and officials disagreed.",
]


@pytest.fixture(scope="module")
def model() -> Model:
    shipped = learned.load()
    assert shipped is not None and shipped.end is not None
    return shipped


@pytest.mark.parametrize("text", TEXTS, ids=["seed", "bars", "mixed"])
def test_cue_scores_match_the_feature_strings(model: Model, text: str) -> None:
    doc, scorer = Doc.analyse(text), CueScorer(model.cue)
    candidates = [k for k in range(len(doc.tokens)) if is_candidate(doc, k)]
    assert candidates
    for k in candidates:
        assert scorer.score(doc, k) == model.cue.score(cue_features(doc, k))


@pytest.mark.parametrize("text", TEXTS, ids=["seed", "bars", "mixed"])
def test_end_scores_match_the_feature_strings(model: Model, text: str) -> None:
    assert model.end is not None
    doc, scorer = Doc.analyse(text), EndScorer(model.end)
    checked = 0
    for cue in range(len(doc.tokens)):
        sent_end = doc.sentence_bounds(cue)[1]
        for start in range(cue + 1, min(cue + 3, sent_end)):
            limit = min(sent_end, start + 40)
            expected = [
                (end, model.end.score(end_features(doc, cue, start, end, limit)))
                for end in end_candidates(doc, start, limit)
            ]
            assert scorer.scores(doc, cue, start, limit) == expected
            checked += 1
    assert checked > 50


def test_a_bar_token_is_split_on_its_own_side() -> None:
    # Hand-made weights whose values hold a "|" word: "p1w=||said" (the word before is
    # "|") and "wn1=said||" (the word after is "|").
    weights = {"b": 0.5, "p1w=||said": 2.0, "wn1=said||": 4.0, "w=said": 1.0}
    doc = Doc.analyse("Officials | said | so.")
    k = next(k for k, t in enumerate(doc.tokens) if t.lower == "said")
    assert CueScorer(Perceptron(weights)).score(doc, k) == 0.5 + 1.0 + 2.0 + 4.0
