"""The batch half of the command line: output kinds, sharded resumable runs,
stats, URL lists and fetching flags. ``cli.py`` adds these arguments and
hands a run of many inputs here."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..options import Options
from .fetch import Fetcher, FetchPolicy
from .inputs import has_scheme, iter_sources
from .runner import Record, Source, run_batch
from .shards import DEFAULT_SHARD_SIZE, ShardPlan, fingerprint, run_sharded
from .sinks import KINDS, JsonlSink, Sink, kind_for, open_sink
from .stats import RunStats
from .warc import is_warc

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 3


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("batch runs")
    g.add_argument("--output-dir", metavar="DIR",
                   help="write shards DIR/part-NNNNN.jsonl|parquet, a manifest and stats; "
                        "a rerun skips the shards already finished")
    g.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="N",
                   help="records per shard (--output-dir)")
    g.add_argument("--output-type", choices=KINDS,
                   help="record format (default: parquet for -o *.parquet, else jsonl)")
    g.add_argument("--stats", metavar="FILE", help="write run stats (JSON) here at the end")
    g.add_argument("--urls", action="append", default=[], metavar="FILE",
                   help="a file of URLs to fetch, one a line (repeatable)")
    f = p.add_argument_group("fetching URLs")
    d = FetchPolicy()
    f.add_argument("--contact", help="URL or e-mail named in the user agent")
    f.add_argument("--user-agent", help="the whole user agent string")
    f.add_argument("--fetch-delay", type=float, default=d.delay, metavar="SECONDS",
                   help="between requests to one host")
    f.add_argument("--fetch-per-host", type=int, default=d.per_host, metavar="N",
                   help="requests in flight to one host")
    f.add_argument("--fetch-threads", type=int, default=d.threads, metavar="N",
                   help="requests in flight overall")
    f.add_argument("--fetch-timeout", type=float, default=d.timeout, metavar="SECONDS")
    f.add_argument("--fetch-max-bytes", type=int, default=d.max_bytes, metavar="N")
    f.add_argument("--fetch-retries", type=int, default=d.retries, metavar="N")
    f.add_argument("--max-redirects", type=int, default=d.max_redirects, metavar="N")


def fetch_policy(args: argparse.Namespace) -> FetchPolicy:
    return FetchPolicy(contact=args.contact, user_agent=args.user_agent,
                       delay=max(args.fetch_delay, 0.0), per_host=max(args.fetch_per_host, 1),
                       threads=max(args.fetch_threads, 1), timeout=args.fetch_timeout,
                       max_bytes=args.fetch_max_bytes, retries=max(args.fetch_retries, 0),
                       max_redirects=max(args.max_redirects, 0))


def batch_error(args: argparse.Namespace) -> str | None:
    """A usage error of the batch flags, or None."""
    if args.shard_size < 1:
        return "--shard-size must be at least 1"
    if args.output_dir and args.output:
        return "--output-dir and -o/--output do not go together"
    if args.output_dir and "-" in args.inputs:
        return "--output-dir runs are resumable: stdin (-) cannot be read twice"
    return None


def run_many(args: argparse.Namespace, options: Options, inputs: list[str],
             out: IO[str]) -> int:
    stats = RunStats(jobs=args.jobs)
    sources = iter_sources(inputs)
    fetcher = Fetcher(fetch_policy(args)) if any(has_scheme(i) for i in inputs) else None

    def extract_all(stream: Iterable[Source]) -> Iterator[Record]:
        # URLs are fetched here, after a resumed run has skipped its finished
        # shards: what is done is not fetched again.
        if fetcher is not None:
            stream = fetcher.fetch_stream(stream)
        return run_batch(stream, options, jobs=args.jobs, max_memory_mb=args.max_memory)

    if args.output_dir:
        kind = args.output_type or "jsonl"
        plan = ShardPlan(Path(args.output_dir), args.shard_size, kind,
                         fingerprint(inputs, options, args.shard_size, kind))
        total = None if any(is_warc(i) for i in inputs) else len(inputs)
        run_sharded(sources, lambda s: with_progress(extract_all(s), total), plan,
                    inputs, stats)
        stats.finish()
        stats.write(plan.directory / "stats.json")
    else:
        kind = kind_for(args.output, args.output_type)
        if kind == "parquet" and not args.output:
            raise SystemExit("dehusk: Parquet output needs -o FILE.parquet or --output-dir")
        sink: Sink = open_sink(kind, args.output) if kind == "parquet" else JsonlSink(None, out)
        total = None if any(is_warc(i) for i in inputs) else len(inputs)
        try:
            for record in with_progress(extract_all(sources), total):
                sink.write(record)
                stats.add(record)
        finally:
            sink.close()
        stats.finish()
    if args.stats:
        stats.write(args.stats)
    summary = stats.to_dict()
    if not summary["errors"]:
        return EXIT_OK
    return EXIT_PARTIAL if summary["ok"] else EXIT_FAILED


def with_progress(records: Iterator[Record], total: int | None) -> Iterator[Record]:
    """Records pass through; a progress bar shows pages/s and errors when
    stderr is a terminal and tqdm is installed."""
    if not sys.stderr.isatty():
        yield from records
        return
    try:
        from tqdm import tqdm
    except ImportError:
        yield from records
        return
    errors = 0
    started = time.monotonic()
    with tqdm(total=total, unit="page", file=sys.stderr) as bar:
        for record in records:
            errors += not record["ok"]
            bar.update(1)
            bar.set_postfix(errors=errors,
                            rate=f"{bar.n / max(time.monotonic() - started, 1e-9):.0f}/s")
            yield record
