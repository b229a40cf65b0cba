"""Throughput of the command line with --jobs 1 and --jobs 2, in one run.

    python -m bench.scale [--pages 1301] [--repeats 3] [--generated] [--work DIR]

Builds WARC files (bench/scalewarc.py: the shared sets at run time, or
generated pages), then runs ``dehusk WARC... -o /dev/null --jobs N --stats``
as a subprocess, alternating N = 1 and N = 2 so that a change in machine
load falls on both. Reports the median pages/s of each (from the run's
stats: extraction time, not interpreter start-up; wall-clock pages/s beside
it) and the ratio. Needs an idle machine to mean anything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scalewarc import build

REPO = Path(__file__).resolve().parents[1]


def run_once(warcs: list[Path], jobs: int, work: Path) -> tuple[float, float, int]:
    """(pages/s by the run's stats, pages/s by wall clock, records)."""
    stats = work / f"stats-{jobs}.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dehusk", *map(str, warcs), "-o", os.devnull,
                    "--format", "json", "--jobs", str(jobs), "--stats", str(stats)],
                   env=env, check=False, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    data = json.loads(stats.read_text())
    return data["this_run"]["pages_per_second"], data["records"] / wall, data["records"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.scale")
    p.add_argument("--pages", type=int, default=1301)
    p.add_argument("--files", type=int, default=4)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--generated", action="store_true")
    p.add_argument("--work", type=Path, help="keep the WARCs here (default: a temp dir)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        warcs = build(work, args.pages, args.files, args.generated)
        runs: dict[int, list[tuple[float, float, int]]] = {1: [], 2: []}
        for _ in range(args.repeats):
            for jobs in (1, 2):
                runs[jobs].append(run_once(warcs, jobs, work))
    med = {j: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs))
           for j, rs in runs.items()}
    print(f"pages: {runs[1][0][2]} in {args.files} WARC files "
          f"({'generated' if args.generated else 'shared sets, else generated'}), "
          f"median of {args.repeats}, load average {os.getloadavg()[0]:.2f}")
    print("| jobs | pages/s (extraction) | pages/s (wall, with start-up) | runs |")
    print("|---|---|---|---|")
    for jobs in (1, 2):
        print(f"| {jobs} | {med[jobs][0]:.1f} | {med[jobs][1]:.1f} | "
              f"{', '.join(f'{r[0]:.1f}' for r in runs[jobs])} |")
    print(f"ratio jobs 2 / jobs 1: {med[2][0] / med[1][0]:.2f} (extraction), "
          f"{med[2][1] / med[1][1]:.2f} (wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
