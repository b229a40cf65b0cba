"""Score dehusk's plain-text path on text renderings of the shared sets.

    python -m bench.text [--renderers w3m,inscriptis,html-text] [--datasets ...]
                         [--worst N] [--json OUT]

Each page of a set is flattened by each renderer (bench/render.py, cached),
then given to ``dehusk.extract(text, input="text")``; the gold is the HTML
page's gold, scored exactly as bench/run.py scores HTML extraction. Beside
each figure: the keep-everything baseline (the whole rendering as the main
text), the score an extractor that removes nothing gets.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from bench.datasets import BODY_SETS, DATASETS, default_data_root
from bench.peers import comments_text
from bench.render import RENDERERS, load_rendered
from bench.report import score_dataset


def run_renderer(name: str, dataset: str, data: Path, limit: int | None) -> dict[str, Any]:
    import dehusk

    pages = load_rendered(name, dataset, data, limit)
    dehusk_rows: list[dict[str, Any]] = []
    keep_rows: list[dict[str, Any]] = []
    for case, text in pages:
        keep_rows.append({"id": case["id"], "text": text, "seconds": 0.0})
        started = time.perf_counter()
        try:
            doc = dehusk.extract(text, input="text")
            row: dict[str, Any] = {"text": doc.text, "author": doc.author, "date": doc.date,
                                   "sitename": doc.site_name,
                                   "comments": comments_text(doc.comments)}
        except Exception as exc:  # noqa: BLE001 - an error is a data point
            row = {"error": f"{type(exc).__name__}: {exc}"[:200]}
        row.update(id=case["id"], seconds=time.perf_counter() - started)
        dehusk_rows.append(row)
    cases = [case for case, _ in pages]
    return {"dehusk": score_dataset(dehusk_rows, cases, dataset),
            "keep everything": score_dataset(keep_rows, cases, dataset)}


def headline(scores: dict[str, Any], dataset: str) -> str:
    key = "f1" if dataset in BODY_SETS else "snippet_f1"
    return f"{scores[key]:.3f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.text", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--renderers", default=",".join(RENDERERS))
    p.add_argument("--datasets", default=",".join(DATASETS))
    p.add_argument("--limit", type=int)
    p.add_argument("--worst", type=int, default=0)
    p.add_argument("--json")
    p.add_argument("--data", type=Path, default=default_data_root())
    args = p.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    results: dict[str, Any] = {}
    lines = ["| renderer | set | measure | dehusk | keep everything | dehusk pages/s |",
             "|---|---|---|---|---|---|"]
    for name in args.renderers.split(","):
        for ds in args.datasets.split(","):
            res = run_renderer(name, ds, args.data, args.limit)
            results[f"{name}/{ds}"] = res
            measure = "body F1" if ds in BODY_SETS else "snippet F1"
            speed = res["dehusk"]["pages_per_s"]
            lines.append(f"| {name} | {ds} | {measure} | {headline(res['dehusk'], ds)} | "
                         f"{headline(res['keep everything'], ds)} | {speed:.0f} |")
            if args.worst:
                worst = sorted(res["dehusk"]["per_page"], key=lambda r: r["f1"])[:args.worst]
                for row in worst:
                    extra = (f"P {row['precision']:.2f} R {row['recall']:.2f}"
                             if "precision" in row else f"with {row['with_']} without "
                             f"{row['without']}")
                    print(f"  {name}/{ds} {row['id']} F1 {row['f1']:.3f} {extra}")
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
