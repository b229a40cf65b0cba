"""The learned refinement: gradient-boosted trees over the rules' labels.

The rules (classifier.py) pick a container and label every block; a model
trained on the shared sets (training/train_model.py, site-disjoint folds)
then reads each block's feature row (features/context.py), the rules'
verdict among the features, and gives the probability that the block is
main text. Where the model is sure enough (the thresholds of the chosen
``favor``) it overrules the rules; comment blocks stay the rules' business.

The model ships as ``gbt_model.json`` next to this module: plain arrays of
tree nodes, evaluated here with numpy (no learning library at run time).
Every decision records its score in the block's reasons.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..features.context import FEATURE_NAMES, FEATURE_VERSION, block_rows
from ..model import Block, Label
from ..segment.html import Segmentation

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = Path(__file__).with_name("gbt_model.json")


def overridable(reason: str) -> bool:
    """Whether the model may overrule the rule that spoke last on a block.

    It may judge where the container ended (in/outside it, link lists, the
    vocabulary); it may not undo policy: captions, headlines, bylines, date
    lines, standfirsts, boilerplate phrases and comments are kept out by
    choice, and the sets disagree on some of them (readability-pages keeps
    captions, aeb's human gold does not), so a model would only learn the
    convention of the larger set."""
    return reason in OVERRIDABLE or (reason.startswith("boilerplate group ")
                                     and reason not in POLICY_GROUPS)


OVERRIDABLE = frozenset(("in main container", "outside main container", "mostly links"))
POLICY_GROUPS = frozenset(("boilerplate group caption", "boilerplate group comments"))
# Blocks of fewer words are left to the rules: a date, a number or a menu
# label says too little for the model, and the gold cannot label them (a
# "2019" or a "1" occurs in any article body).
MIN_WORDS = 4
WORD = re.compile(r"\w+")


def judged(block: Block) -> bool:
    """Whether the model decides this block (training labels the same ones)."""
    return (block.label is not Label.COMMENT and bool(block.reasons)
            and overridable(block.reasons[-1]) and len(WORD.findall(block.text)) >= MIN_WORDS)


@dataclass(frozen=True, slots=True)
class TreeModel:
    """All trees of the ensemble as flat node arrays; a leaf points to itself."""

    feature: np.ndarray  # int, per node
    threshold: np.ndarray  # float, per node: go left when x <= threshold
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray  # float, per node (leaves only matter)
    roots: np.ndarray  # int, per tree
    depth: int  # deepest path, the number of steps to reach every leaf
    baseline: float

    def predict(self, rows: np.ndarray) -> np.ndarray:
        """Probability of main text for each row."""
        import numpy as np  # only when the refinement is on: it is off by default

        n, width = rows.shape
        flat = rows.ravel()
        node = np.broadcast_to(self.roots, (n, self.roots.size)).copy()
        offset = (np.arange(n) * width)[:, None]  # row starts in the flat array
        for _ in range(self.depth):
            go_left = flat[offset + self.feature[node]] <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        raw = self.value[node].sum(axis=1) + self.baseline
        return 1.0 / (1.0 + np.exp(-raw))


def model_from_dict(data: dict) -> TreeModel:
    import numpy as np

    if data.get("feature_version") != FEATURE_VERSION or data.get("features") != list(
            FEATURE_NAMES):
        raise ValueError("model file does not match features/context.py: retrain it")
    feature, threshold, left, right, value, roots = [], [], [], [], [], []
    for tree in data["trees"]:
        base = len(feature)
        roots.append(base)
        for f, t, lo, hi, v in zip(tree["feature"], tree["threshold"], tree["left"],
                                   tree["right"], tree["value"], strict=True):
            own = len(feature)
            feature.append(f if lo >= 0 else 0)
            threshold.append(t if lo >= 0 else np.inf)
            left.append(base + lo if lo >= 0 else own)
            right.append(base + hi if lo >= 0 else own)
            value.append(v)
    return TreeModel(np.array(feature, dtype=np.intp), np.array(threshold, dtype=np.float64),
                     np.array(left, dtype=np.intp), np.array(right, dtype=np.intp),
                     np.array(value, dtype=np.float64), np.array(roots, dtype=np.intp),
                     int(data["depth"]), float(data["baseline"]))


@functools.lru_cache(maxsize=1)
def shipped_model() -> TreeModel:
    """The model file in the package, loaded once per process (read-only after)."""
    return model_from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def refine(seg: Segmentation, container: int, keep_at: float, drop_under: float,
           model: TreeModel | None = None) -> None:
    """Relabel the non-comment blocks by the model's probability: a block
    the rules dropped is kept from ``keep_at``, a block they kept is dropped
    under ``drop_under`` (apart, the two let the rules stand where the model
    is unsure)."""
    # Rows only for the blocks the model decides (the rest keep the rules'
    # labels, which the rows of their neighbours read).
    picked = [i for i, block in enumerate(seg.blocks) if judged(block)]
    if not picked:
        return
    import numpy as np

    model = model or shipped_model()
    rows = np.array(block_rows(seg, container, picked), dtype=np.float64)
    scores = model.predict(rows)
    for i, p in zip(picked, scores.tolist(), strict=True):
        block = seg.blocks[i]
        was_main = block.label is Label.MAIN
        keep = p >= drop_under if was_main else p >= keep_at
        if keep != was_main:
            block.label = Label.MAIN if keep else Label.BOILERPLATE
            block.reasons.append(f"model {p:.2f}: {'kept' if keep else 'dropped'}")
        else:
            block.reasons.append(f"model {p:.2f}")
