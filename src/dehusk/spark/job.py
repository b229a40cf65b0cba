"""A ready Spark job: WARC files -> Parquet of dehusk records.

    python -m dehusk.spark crawl/*.warc.gz --output out.parquet       # local[*]
    spark-submit --py-files dehusk.zip "$(python -c 'import dehusk.spark.job as j;
        print(j.__file__)')" hdfs:///crawl/ --output hdfs:///out.parquet --binary

Absolute imports only: spark-submit runs this file as a script.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from dehusk.options import FAVORS, make_options
from dehusk.spark.core import extract_warc_files, extract_warcs


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dehusk.spark",
                                description="Extract WARC/WET files into Parquet with Spark.")
    p.add_argument("inputs", nargs="+", metavar="WARC",
                   help="WARC/WET files (paths every executor can read), or with --binary "
                        "any path or glob Spark reads (hdfs://, s3a://)")
    p.add_argument("--output", required=True, metavar="OUT.parquet")
    p.add_argument("--mode", choices=("errorifexists", "overwrite"), default="errorifexists")
    p.add_argument("--binary", action="store_true",
                   help="read the files through Spark (binaryFiles) instead of by path")
    p.add_argument("--partitions", type=int, metavar="N", help="default: one per file")
    p.add_argument("--master", help="e.g. local[2]; default: as spark-submit sets it")
    p.add_argument("--no-comments", action="store_true")
    p.add_argument("--favor", choices=FAVORS, default="balanced")
    p.add_argument("--time-budget", type=float, default=30.0, metavar="SECONDS")
    return p


def session(master: str | None) -> Any:
    from pyspark.sql import SparkSession

    # Local runs: the Python workers must be this interpreter (the one with
    # dehusk), not whatever "python3" is first on the PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[*]"  # run as a plain program, not by spark-submit
    builder = SparkSession.builder.appName("dehusk")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # One machine: keep the driver on loopback, not the first interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1") \
            .config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", "false")
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options = make_options(include_comments=not args.no_comments, favor=args.favor,
                           time_budget=args.time_budget or None)
    spark = session(args.master)
    try:
        if args.binary:
            frames = [extract_warc_files(spark, path, options, args.partitions)
                      for path in args.inputs]
            df = frames[0]
            for frame in frames[1:]:
                df = df.unionByName(frame)
        else:
            # Paths as given, like the command line, so that the records match.
            df = extract_warcs(spark, args.inputs, options, args.partitions)
        df.write.mode(args.mode).parquet(args.output)
        written = spark.read.parquet(args.output)
        counts = {row["error_reason"] or "ok": row["count"]
                  for row in written.groupBy("error_reason").count().collect()}
        print(json.dumps({"output": args.output, "records": sum(counts.values()),
                          "by_reason": counts}))
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
