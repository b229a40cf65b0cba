"""Memory over a long run: RSS growth across many extractions in one process.

    python -m bench.memory [--count 100000] [--data PATH]

Cycles through the shared development pages (all three sets) and reports
the resident set size after a warm-up and every 10,000 extractions. Growth
after the warm-up is what a long job would see.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from bench.datasets import DATASETS, default_data_root, load_pages

WARM_UP = 2_000
REPORT_EVERY = 10_000


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    p.add_argument("--count", type=int, default=100_000)
    p.add_argument("--data", type=Path, default=default_data_root())
    args = p.parse_args(argv)
    import dehusk

    pages = [page["bytes"] for ds in DATASETS for page in load_pages(args.data, ds)]
    print(f"{len(pages)} pages loaded; {args.count:,} extractions", flush=True)
    base = None
    started = time.monotonic()
    for i in range(1, args.count + 1):
        try:
            dehusk.extract(pages[i % len(pages)])
        except dehusk.DehuskError:
            pass
        if i == WARM_UP:
            base = rss_mb()
            print(f"after warm-up ({WARM_UP:,}): RSS {base:.1f} MB", flush=True)
        if i % REPORT_EVERY == 0 and base is not None:
            print(f"{i:>7,}: RSS {rss_mb():.1f} MB (growth {rss_mb() - base:+.1f} MB), "
                  f"{i / (time.monotonic() - started):.0f} pages/s", flush=True)
    if base is not None:
        print(f"growth over {args.count - WARM_UP:,} extractions after warm-up: "
              f"{rss_mb() - base:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
