"""Snapshot dehusk's whole output on the shared sets, to prove a change kept it.

    python -m bench.snapshot OUT.jsonl [--data PATH] [--datasets NAMES]
    python -m bench.snapshot OUT.jsonl --compare BEFORE.jsonl
    python -m bench.snapshot --profile [--sort cumulative] [--top 40]

Writes one line per page: set, id and ``doc.to_json(include_blocks=True)``
(text, metadata, comments, every block with its label, score and reasons),
or the error a page raised. ``--compare`` lists the pages whose line differs
from an earlier snapshot; a speed change must list none. ``--profile`` runs
every page once in this process under cProfile and prints the hot spots.
Write snapshots outside the repository: they hold text from the sets.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

from bench.datasets import DATASETS, default_data_root, load_pages


def _record(dataset: str, case_id: str, data: bytes, url: str | None) -> str:
    import dehusk

    try:
        out = dehusk.extract(data, url=url).to_json(include_blocks=True)
    except Exception as exc:  # noqa: BLE001 - an error is part of the output
        out = json.dumps({"error": f"{type(exc).__name__}: {exc}"})
    return f'{{"set": {json.dumps(dataset)}, "id": {json.dumps(case_id)}, "doc": {out}}}'


def _pages(data: Path, datasets: list[str]) -> list[tuple[str, str, bytes, str | None]]:
    return [(ds, p["case"]["id"], p["bytes"], p["case"].get("url"))
            for ds in datasets for p in load_pages(data, ds)]


def _compare(now: Path, before: Path) -> int:
    old = {_key(line): line for line in before.read_text(encoding="utf-8").splitlines()}
    changed = [key for line in now.read_text(encoding="utf-8").splitlines()
               if old.get(key := _key(line)) != line]
    for key in changed:
        print("changed:", *key)
    print(f"{len(changed)} of {len(old)} pages changed", file=sys.stderr)
    return 1 if changed else 0


def _key(line: str) -> tuple[str, str]:
    row = json.loads(line)
    return row["set"], row["id"]


def _profile(pages: list[tuple[str, str, bytes, str | None]], sort: str, top: int) -> None:
    import dehusk

    dehusk.extract(pages[0][2])  # lazy imports are not part of the profile
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _, _, data, url in pages:
        try:
            dehusk.extract(data, url=url)
        except Exception:  # noqa: BLE001, S110 - errors are the snapshot's business
            pass
    profiler.disable()
    print(f"{len(pages)} pages in {time.perf_counter() - started:.1f} s (profiled)")
    pstats.Stats(profiler).sort_stats(sort).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path, nargs="?")
    p.add_argument("--compare", type=Path, help="an earlier snapshot to diff against")
    p.add_argument("--data", type=Path, default=default_data_root())
    p.add_argument("--datasets", default=",".join(DATASETS))
    p.add_argument("--profile", action="store_true")
    p.add_argument("--sort", default="tottime")
    p.add_argument("--top", type=int, default=40)
    args = p.parse_args(argv)
    pages = _pages(args.data, [d for d in args.datasets.split(",") if d])
    if args.profile:
        _profile(pages, args.sort, args.top)
        return 0
    if args.out is None:
        p.error("give OUT (or --profile)")
    with open(args.out, "w", encoding="utf-8") as out:
        for page in pages:
            out.write(_record(*page) + "\n")
    return _compare(args.out, args.compare) if args.compare else 0


if __name__ == "__main__":
    sys.exit(main())
