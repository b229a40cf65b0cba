"""The must-show check: a WARC set of at least 1,000 pages, extracted by the
command line and by the Spark job, gives the same records.

    python -m bench.warcparity [--pages 1301] [--files 4] [--generated] [--work DIR]

Builds the WARC files (bench/scalewarc.py), runs
``dehusk WARC... -o cli.jsonl --format json --jobs 2`` and
``python -m dehusk.spark WARC... --output spark.parquet --master local[2]``,
then compares the records (Spark's rows turned back into records with
dehusk.batch.schema.from_row), matched by source. Exit status 0 when they
are the same. Needs pyspark, pyarrow and Java.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scalewarc import build

REPO = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    return {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1",
            "PYTHONPATH": os.pathsep.join(
        [str(REPO / "src"), str(REPO), os.environ.get("PYTHONPATH", "")])}


def _timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=_env(), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def compare(warcs: list[Path], work: Path) -> dict[str, object]:
    import pyarrow.parquet as pq

    from dehusk.batch.schema import from_row

    cli_out, spark_out = work / "cli.jsonl", work / "spark.parquet"
    names = [str(w) for w in warcs]
    cli_s = _timed([sys.executable, "-m", "dehusk", *names, "-o", str(cli_out),
                    "--format", "json", "--jobs", "2"])
    spark_s = _timed([sys.executable, "-m", "dehusk.spark", *names, "--output", str(spark_out),
                      "--master", "local[2]", "--mode", "overwrite"])
    cli = {r["source"]: r for r in map(json.loads, cli_out.read_text().splitlines())}
    spark = {r["source"]: r for r in map(from_row, pq.read_table(str(spark_out)).to_pylist())}
    differ = sorted(s for s in cli.keys() & spark.keys() if cli[s] != spark[s])
    return {"cli_records": len(cli), "spark_records": len(spark),
            "only_cli": len(cli.keys() - spark.keys()),
            "only_spark": len(spark.keys() - cli.keys()), "differ": len(differ),
            "first_differing": differ[:3], "cli_seconds": round(cli_s, 1),
            "spark_seconds": round(spark_s, 1),
            "ok_records": sum(r["ok"] for r in cli.values())}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.warcparity")
    p.add_argument("--pages", type=int, default=1301)
    p.add_argument("--files", type=int, default=4)
    p.add_argument("--generated", action="store_true")
    p.add_argument("--work", type=Path)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        result = compare(build(work, args.pages, args.files, args.generated), work)
    print(json.dumps(result, indent=2))
    same = result["cli_records"] == result["spark_records"] == args.pages \
        and not (result["only_cli"] or result["only_spark"] or result["differ"])
    print("SAME RECORDS" if same else "RECORDS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
