"""The training script's pieces that decide what the shipped model is."""

from __future__ import annotations

from kg.evaluation.polnear import GoldArticle, GoldAttribution
from kg.extract.train import CueExample, examples, fit, training_order


def test_an_added_example_leaves_the_others_in_their_order() -> None:
    keys = [f"a{n}:{n * 7}" for n in range(200)]
    before = [keys[i] for i in training_order(keys, seed=1, epoch=0)]
    more = [*keys, "b:3"]
    after = [more[i] for i in training_order(more, seed=1, epoch=0)]
    assert [k for k in after if k != "b:3"] == before


def test_each_epoch_and_seed_visits_in_another_order() -> None:
    keys = [f"a:{n}" for n in range(50)]
    orders = {tuple(training_order(keys, seed, epoch)) for seed in (1, 2) for epoch in (0, 1)}
    assert len(orders) == 4
    assert all(sorted(order) == list(range(50)) for order in orders)


def test_examples_are_keyed_by_article_and_offset() -> None:
    text = "Lee said the plan would fail."
    said = text.index("said")
    gold = GoldAttribution(
        content=((text.index("the"), len(text) - 1),),
        source=((0, 3),),
        cue=((said, said + 4),),
    )
    cues, ends = examples([GoldArticle("one", text, (gold,))])
    keys = [c.key for c in cues]
    assert len(set(keys)) == len(keys) and all(k.startswith("one:") for k in keys)
    assert [c.key for c in cues if c.label] == [f"one:{said}"]
    assert [e.key for e in ends] == [f"one:{said}"]


def test_fit_learns_the_cue_it_is_shown() -> None:
    cues = [
        CueExample(f"x:{n}", ["w=said"] if n % 2 else ["w=table"], n % 2 == 1) for n in range(40)
    ]
    model = fit(cues, [], epochs=3, seed=5, order="keyed")
    assert model.cue.score(["w=said"]) > 0 >= model.cue.score(["w=table"])
