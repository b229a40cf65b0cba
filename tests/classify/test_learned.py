"""The learned refinement: the shipped model file, the tree evaluation, and
its place in the pipeline."""

from __future__ import annotations

import json

import numpy as np
import pytest

import dehusk
from dehusk.classify.learned import MODEL_FILE, model_from_dict, shipped_model
from dehusk.features.context import FEATURE_NAMES, FEATURE_VERSION

PROSE = "This sentence is part of the article and it carries enough words to count. "


def _stump(feature: int, threshold: float, low: float, high: float) -> dict:
    return {"feature": [feature, 0, 0], "threshold": [threshold, 0.0, 0.0],
            "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, low, high]}


def _model(trees: list[dict], baseline: float = 0.0) -> dict:
    return {"feature_version": FEATURE_VERSION, "features": list(FEATURE_NAMES),
            "depth": 1, "baseline": baseline, "trees": trees}


def test_shipped_model_matches_the_features_of_this_version() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["feature_version"] == FEATURE_VERSION
    assert data["features"] == list(FEATURE_NAMES)
    assert data["trees"], "the model file has no trees"
    n = len(FEATURE_NAMES)
    for tree in data["trees"]:
        assert all(0 <= f < n for f in tree["feature"])
    # training/train_model.py writes these settings beside the trees
    assert {"params", "seed", "depth", "baseline"} <= set(data)


def test_a_model_for_other_features_is_refused() -> None:
    bad = _model([_stump(0, 1.0, -1.0, 1.0)])
    bad["features"] = ["something", "else"]
    with pytest.raises(ValueError, match="retrain"):
        model_from_dict(bad)


def test_trees_are_summed_and_squashed() -> None:
    # Two stumps on "length" (feature 0) and "link_density" (feature 2).
    model = model_from_dict(_model([_stump(0, 100.0, -1.0, 2.0), _stump(2, 0.5, 0.5, -3.0)],
                                   baseline=0.25))
    rows = np.zeros((3, len(FEATURE_NAMES)))
    rows[0, 0], rows[0, 2] = 50.0, 0.1  # -1.0 + 0.5 + 0.25
    rows[1, 0], rows[1, 2] = 500.0, 0.1  # 2.0 + 0.5 + 0.25
    rows[2, 0], rows[2, 2] = 500.0, 0.9  # 2.0 - 3.0 + 0.25
    raw = np.array([-0.25, 2.75, -0.75])
    assert np.allclose(model.predict(rows), 1 / (1 + np.exp(-raw)))


def test_shipped_model_loads_once() -> None:
    assert shipped_model() is shipped_model()


def test_model_decisions_are_in_the_reasons_and_can_be_switched_off() -> None:
    # (a <div> menu: a <nav> outside the article is not walked at all)
    html = ("<body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div><article>"
            + "".join(f"<p>Paragraph {n}. {PROSE * 2}</p>" for n in range(4))
            + "</article><footer><p>Copyright 2024 The Paper</p></footer></body>")
    learned = dehusk.extract(html, learned=True)
    rules = dehusk.extract(html)  # the default: rules alone
    paragraphs = [b for b in learned.blocks if b.text.startswith("Paragraph")]
    assert paragraphs and all(b.reasons[-1].startswith("model ") for b in paragraphs)
    # a two-word menu is the rules' alone (too short for the model)
    menu = [b for b in learned.blocks if "Home" in b.text]
    assert menu and not any(r.startswith("model ") for b in menu for r in b.reasons)
    assert not any(r.startswith("model ") for b in rules.blocks for r in b.reasons)
    for doc in (learned, rules):
        assert "Paragraph 3." in doc.text and "Copyright" not in doc.text


def test_policy_decisions_are_not_the_models_to_undo() -> None:
    from dehusk.classify.learned import overridable

    for reason in ("in main container", "outside main container", "mostly links",
                   "boilerplate group navigation"):
        assert overridable(reason)
    for reason in ("caption", "headline (in Document.title)", "byline (in Document.authors)",
                   "date line (in Document.date)", "boilerplate phrase",
                   "in a comment section", "standfirst before the article"):
        assert not overridable(reason)
