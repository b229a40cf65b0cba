"""Run dehusk and its peers on the shared sets, in one run, one core each.

    python -m bench [--only NAMES] [--datasets NAMES] [--limit N] [--json OUT]
                    [--worst N] [--data PATH] [--metadata-off]

Each extractor runs in its own subprocess pinned to one core, over pages
loaded into memory before the clock starts; only the extraction call is
timed. Peak memory is the subprocess's peak RSS (pages included: the
"baseline" line gives the RSS of a worker that loads the pages and extracts
nothing). The extractors run one after the other, so they never compete for
the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.datasets import BODY_SETS, DATASETS, default_data_root, load_pages
from bench.peers import DEFAULT, EXTRACTORS
from bench.report import render_tables, score_run, worst_pages
from bench.visible import mark_present

REPO = Path(__file__).resolve().parents[1]


def _worker(name: str, datasets: list[str], limit: int | None, data: Path, out: Path) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    pages = {ds: load_pages(data, ds, limit) for ds in datasets}
    results: dict[str, Any] = {"name": name, "datasets": {}}
    if name != "baseline":
        adapter = EXTRACTORS[name]()
        first = next((p for ps in pages.values() for p in ps), None)
        if first is not None:
            try:  # warm-up: lazy imports and caches are not part of the timing
                adapter(first["bytes"], first["case"].get("url"))
            except Exception:  # noqa: BLE001
                pass
    for ds, items in pages.items():
        rows = []
        for page in items:
            case = page["case"]
            if name == "baseline":
                continue
            started = time.perf_counter()
            try:
                pred = adapter(page["bytes"], case.get("url"))
                error = None
            except Exception as exc:  # noqa: BLE001 - a peer's failure is a data point
                pred, error = None, f"{type(exc).__name__}: {exc}"[:200]
            elapsed = time.perf_counter() - started
            row = {"id": case["id"], "seconds": elapsed, "error": error}
            if pred is not None:
                row.update(text=pred.text, title=pred.title, author=pred.author,
                           date=pred.date, sitename=pred.sitename,
                           description=pred.description, comments=pred.comments)
            rows.append(row)
        results["datasets"][ds] = rows
    results["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps(results, ensure_ascii=False, default=str))


def _run_one(name: str, args: argparse.Namespace, datasets: list[str]) -> dict[str, Any] | None:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    cmd = [sys.executable, "-m", "bench", "--worker", name, "--worker-out", str(out),
           "--datasets", ",".join(datasets), "--data", str(args.data)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    env = dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}")
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"  {name}: skipped ({proc.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        out.unlink(missing_ok=True)
        return None
    print(f"  {name}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    result = json.loads(out.read_text())
    out.unlink(missing_ok=True)
    return result


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
        _worker(args.worker, datasets, args.limit, args.data, args.worker_out)
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
    print(f"bench: {len(names)} extractors on {datasets}, one core each", file=sys.stderr)
    runs = {}
    for name in ["baseline"] + names:
        result = _run_one(name, args, datasets)
        if result is not None:
            runs[name] = result
    cases = {ds: _cases(args.data, ds, args.limit) for ds in datasets}
    scores = score_run(runs, cases)
    print(render_tables(scores, runs, datasets))
    for ds in datasets:
        print(worst_pages(scores, ds, args.worst))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1, ensure_ascii=False))
    return 0
