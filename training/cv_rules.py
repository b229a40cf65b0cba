"""Site-disjoint cross-validation of the rule thresholds.

The classifier's weights are hand-written rules with a few tuned values
(classify/thresholds.py). This script asks whether the chosen values hold on
sites they were not chosen on:

1. every configuration of a small grid is run over the three shared sets
   (../shared/datasets, or --data), keeping the per-page scores;
2. the pages are grouped by site (the URL's host; a readability-pages case
   without URL by its name before the trailing number) and the sites split
   into k folds with a fixed seed;
3. for each fold, the configuration with the best mean score over the three
   sets on the *other* folds is picked, and scored on the held-out fold;
4. the held-out pages of all folds give the cross-validated figures, printed
   beside the in-sample figures of the shipped configuration.

    python -m training.cv_rules [--folds 5] [--seed 13] [--json OUT]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dehusk
from bench.datasets import DATASETS, default_data_root, load_pages
from bench.report import score_dataset
from dehusk.classify import thresholds

# The grid: the values the rules were tuned over (thresholds.py comments).
GRID: dict[str, tuple[Any, ...]] = {
    "climb_lookahead": (1, 2, 3),
    "rescue_vote": (150.0, 300.0, 600.0),
    "sibling_ratio": (0.1, 0.2, 0.3),
    "wrapper_share": (0.6, 0.7, 0.8),
}
TRAILING_NUMBER = re.compile(r"[-_]?\d+$")


def site_of(case: dict[str, Any]) -> str:
    url = case.get("url")
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.")
    return TRAILING_NUMBER.sub("", case["id"])


def run_config(pages: dict[str, list[dict[str, Any]]], config: dict[str, Any]
               ) -> dict[str, list[dict[str, Any]]]:
    """Per-page scores of one configuration on every set."""
    balanced = replace(thresholds.BALANCED, **config)
    original = thresholds.BY_FAVOR["balanced"]
    thresholds.BY_FAVOR["balanced"] = balanced  # this process only, for the sweep
    try:
        out = {}
        for ds, items in pages.items():
            rows = []
            for page in items:
                doc = dehusk.extract(page["bytes"], url=page["case"].get("url"))
                rows.append({"id": page["case"]["id"], "text": doc.text})
            out[ds] = score_dataset(rows, [p["case"] for p in items], ds)["per_page"]
        return out
    finally:
        thresholds.BY_FAVOR["balanced"] = original


def aggregate(ds: str, per_page: list[dict[str, Any]]) -> float:
    """The set's headline figure (bench/report.py) over the given pages."""
    if not per_page:
        return 0.0
    if "precision" in per_page[0]:
        p = sum(x["precision"] for x in per_page) / len(per_page)
        r = sum(x["recall"] for x in per_page) / len(per_page)
    else:
        ws = [x["with_"] for x in per_page if x["with_"] is not None]
        wos = [x["without"] for x in per_page if x["without"] is not None]
        p = sum(ws) / len(ws) if ws else 0.0
        r = sum(wos) / len(wos) if wos else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def train_score(result: dict[str, list[dict[str, Any]]], folds: dict[str, int],
                fold: int) -> float:
    """Mean headline figure over the three sets, on the pages outside `fold`."""
    sets = [aggregate(ds, [p for p in pp if folds[p["id"]] != fold]) for ds, pp in result.items()]
    return sum(sets) / len(sets)


def cross_validate(results: list[tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]],
                   folds: dict[str, int], k: int) -> dict[str, Any]:
    held: dict[str, list[dict[str, Any]]] = {ds: [] for ds in results[0][1]}
    picked = []
    for fold in range(k):
        best_config, best = max(results, key=lambda cr: train_score(cr[1], folds, fold))
        picked.append(best_config)
        for ds, pp in best.items():
            held[ds] += [p for p in pp if folds[p["id"]] == fold]
    return {"cv": {ds: aggregate(ds, pp) for ds, pp in held.items()}, "picked": picked}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_root())
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    pages = {ds: load_pages(args.data, ds) for ds in DATASETS}
    sites = sorted({site_of(p["case"]) for items in pages.values() for p in items})
    random.Random(args.seed).shuffle(sites)
    fold_of_site = {s: i % args.folds for i, s in enumerate(sites)}
    folds = {p["case"]["id"]: fold_of_site[site_of(p["case"])]
             for items in pages.values() for p in items}
    keys = list(GRID)
    results = []
    for values in itertools.product(*(GRID[k] for k in keys)):
        config = dict(zip(keys, values, strict=True))
        scores = run_config(pages, config)
        results.append((config, scores))
        line = "  ".join(f"{ds} {aggregate(ds, pp):.4f}" for ds, pp in scores.items())
        print(f"{config}  {line}", flush=True)
    shipped = {k: getattr(thresholds.BALANCED, k) for k in keys}
    in_sample = next(s for c, s in results if c == shipped)
    cv = cross_validate(results, folds, args.folds)
    print(f"\n{len(sites)} sites, {args.folds} folds (seed {args.seed}); shipped {shipped}")
    print("| set | in-sample (shipped values) | site-disjoint CV |")
    print("|---|---|---|")
    for ds in DATASETS:
        print(f"| {ds} | {aggregate(ds, in_sample[ds]):.4f} | {cv['cv'][ds]:.4f} |")
    print("values picked per fold:", cv["picked"])
    if args.json:
        args.json.write_text(json.dumps({"grid": GRID, "shipped": shipped, "cv": cv["cv"],
                                         "picked": cv["picked"]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
