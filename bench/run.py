"""Run dehusk and its peers on the shared sets, in one run, one core each.

    python -m bench [--only NAMES] [--datasets NAMES] [--limit N] [--json OUT]
                    [--worst N] [--data PATH] [--metadata-off]

Each extractor runs in its own subprocess pinned to one core, over pages
loaded into memory before the clock starts; only the extraction call is
timed. Peak memory is the subprocess's peak RSS (pages included: the
"baseline" line gives the RSS of a worker that loads the pages and extracts
nothing). The extractors take turns, a slice of pages each (bench/turns.py):
they never compete for the machine, and a slower spell of the machine slows
them all alike.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from bench.datasets import BODY_SETS, DATASETS, default_data_root, load_pages
from bench.peers import DEFAULT, EXTRACTORS
from bench.report import render_tables, score_run, worst_pages
from bench.turns import SLICE_PAGES, Worker, report_dropped, serve, take_turns
from bench.visible import mark_present

REPO = Path(__file__).resolve().parents[1]


def _start(name: str, args: argparse.Namespace, datasets: list[str]) -> Worker:
    cmd = [sys.executable, "-m", "bench", "--worker", name,
           "--datasets", ",".join(datasets), "--data", str(args.data)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    env = dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}")
    return Worker(name, cmd, REPO, env)


def _run_all(names: list[str], args: argparse.Namespace,
             datasets: list[str]) -> dict[str, dict[str, Any]]:
    """Every extractor over every page, taking turns (bench/turns.py)."""
    workers = [_start(name, args, datasets) for name in names]
    live = []
    for worker in workers:  # loading and warming up: all at once, untimed
        if worker.wait_for("READY"):
            live.append(worker)
        else:
            report_dropped(worker)
    sizes = {ds: len(load_pages(args.data, ds, args.limit, with_bytes=False)) for ds in datasets}
    take_turns(live, sizes)
    runs = {}
    for worker in live:
        result = worker.finish()
        if result is None:
            report_dropped(worker)
            continue
        print(f"  {worker.name}: {worker.seconds:.0f} s", file=sys.stderr)
        runs[worker.name] = result
    return runs


def _cases(data: Path, dataset: str, limit: int | None) -> list[dict[str, Any]]:
    """The gold of a set; snippet sets also get the comment snippets present
    in each page (read from the page bytes, once, for every extractor)."""
    pages = load_pages(data, dataset, limit, with_bytes=dataset not in BODY_SETS)
    if dataset not in BODY_SETS:
        mark_present(pages)
    return [p["case"] for p in pages]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", help="comma-separated extractor names (default: all peers)")
    p.add_argument("--datasets", default=",".join(DATASETS))
    p.add_argument("--limit", type=int, help="first N pages of each set")
    p.add_argument("--json", help="write all results here (for tracking)")
    p.add_argument("--worst", type=int, default=20, help="list dehusk's N worst pages per set")
    p.add_argument("--data", type=Path, default=default_data_root())
    p.add_argument("--metadata-off", action="store_true",
                   help="also run dehusk without metadata, to show what metadata costs")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    datasets = [d for d in args.datasets.split(",") if d]
    if args.worker:
        serve(args.worker, datasets, args.limit, args.data, args.worker_out)
        return 0
    if not args.data.is_dir():
        print(f"datasets not found at {args.data} (give --data PATH)", file=sys.stderr)
        return 2
    names = args.only.split(",") if args.only else list(DEFAULT)
    if args.metadata_off and "dehusk (no metadata)" not in names:
        names.insert(1, "dehusk (no metadata)")
    unknown = [n for n in names if n not in EXTRACTORS and n != "baseline"]
    if unknown:
        print(f"unknown extractor(s): {unknown}; known: {list(EXTRACTORS)}", file=sys.stderr)
        return 2
    print(f"bench: {len(names)} extractors on {datasets}, one core, taking turns by slices "
          f"of {SLICE_PAGES} pages", file=sys.stderr)
    runs = _run_all(["baseline"] + names, args, datasets)
    cases = {ds: _cases(args.data, ds, args.limit) for ds in datasets}
    scores = score_run(runs, cases)
    print(render_tables(scores, runs, datasets))
    for ds in datasets:
        print(worst_pages(scores, ds, args.worst))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1, ensure_ascii=False))
    return 0
