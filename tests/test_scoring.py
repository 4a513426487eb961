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
from kg.extract.judge import scorers_for
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


#: Texts with "|" tokens next to cue words and content ends, where a feature's value holds
#: a "|" of its own ("p1w=||said", "e:last_at=||,").
BARS = [
    "Officials | said | that the plan | , | failed | and | that | it | worked.",
    "| He | told | them | that | | , and | argued | about | the | vote | .",
]


@pytest.mark.parametrize("text", BARS)
def test_every_feature_of_a_text_is_found_by_the_scorers(text: str) -> None:
    # Give every feature the text has its own whole-number weight: a feature the scorers
    # split or look up wrongly is missed and the sum comes out smaller.
    doc = Doc.analyse(text)
    cues = [k for k in range(len(doc.tokens)) if is_candidate(doc, k)]
    features = {f for k in cues for f in cue_features(doc, k)}
    ends = [(cue, cue + 1, len(doc.tokens)) for cue in cues if cue + 1 < len(doc.tokens)]
    features |= {
        f
        for cue, start, limit in ends
        for end in end_candidates(doc, start, limit)
        for f in end_features(doc, cue, start, end, limit)
    }
    assert any("||" in f for f in features)
    model = Perceptron({f: float(i + 1) for i, f in enumerate(sorted(features))})
    cue_scorer, end_scorer = CueScorer(model), EndScorer(model)
    for k in cues:
        assert cue_scorer.score(doc, k) == model.score(cue_features(doc, k))
    for cue, start, limit in ends:
        assert end_scorer.scores(doc, cue, start, limit) == [
            (end, model.score(end_features(doc, cue, start, end, limit)))
            for end in end_candidates(doc, start, limit)
        ]


def test_scorers_are_built_once_per_model_and_anew_for_other_weights() -> None:
    model = Model(Perceptron({"b": 1.0}))
    first, _ = scorers_for(model)
    assert scorers_for(model)[0] is first
    assert scorers_for(Model(Perceptron({"b": 2.0})))[0] is not first
    model.cue.weights["w=said"] = 3.0  # a weight added after the scorer was built
    assert scorers_for(model)[0] is not first
