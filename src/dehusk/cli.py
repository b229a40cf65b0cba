"""The dehusk command line.

    dehusk FILE|DIR|GLOB|URL|- [...] [--format text|markdown|json|html] [--explain] [-o OUT]

One input prints the chosen format. Several inputs (or a directory, a WARC,
--output-dir, --stats, Parquet) give records, one per input in input order:
JSON Lines or Parquet (see README, "Output schema"); batch/command.py runs them.

Exit codes:
    0  every input was extracted
    1  partial: some inputs became error records, the others were extracted
    2  usage error (bad flags or values, no input)
    3  no input could be extracted
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from . import __version__
from .batch import expand_inputs, extract_source
from .batch.command import add_batch_arguments, batch_error, fetch_policy, run_many
from .batch.fetch import Fetcher
from .batch.inputs import has_scheme
from .batch.runner import DEFAULT_MAX_MEMORY_MB, Source, read_source
from .batch.shards import ResumeMismatchError
from .batch.warc import MissingExtraError, is_warc
from .errors import DehuskError
from .explain import explain
from .options import FAVORS, FORMATS, INPUTS, Options, make_options

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3

EPILOG = """exit codes: 0 all inputs extracted, 1 partial (some inputs became error
records), 2 usage error, 3 no input could be extracted"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dehusk", epilog=EPILOG,
                                description="Extract the main text, metadata and comments "
                                            "of web pages.")
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR|GLOB|URL|-",
                   help="HTML, text or WARC/WET files, directories (searched recursively), "
                        "quoted globs ('pages/**/*.html'), http(s) URLs, or - for stdin")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument("--explain", action="store_true",
                   help="print every block with its label and the reasons")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--url", help="the page's URL (one input only)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    # --comments given: the text output shows the thread too (it always is in
    # JSON, Markdown and HTML); --no-comments: no comments extracted at all.
    p.add_argument("--comments", dest="include_comments", action="store_true", default=None,
                   help="show the comment thread in text output too")
    p.add_argument("--no-comments", dest="include_comments", action="store_false")
    p.add_argument("--links", action="store_true", help="keep link targets")
    p.add_argument("--images", action="store_true", help="keep images")
    p.add_argument("--no-tables", action="store_true", help="drop tables")
    p.add_argument("--favor", choices=FAVORS, default="balanced")
    p.add_argument("--no-metadata", action="store_true", help="skip metadata extraction")
    p.add_argument("--input", choices=INPUTS, default="auto", help="input kind")
    p.add_argument("--time-budget", type=float, metavar="SECONDS",
                   help="time budget per document")
    p.add_argument("--max-bytes", type=int, metavar="N", help="largest input accepted")
    p.add_argument("--max-memory", type=int, metavar="MB", default=DEFAULT_MAX_MEMORY_MB,
                   help="address-space cap of each worker process (--jobs > 1)")
    p.add_argument("--version", action="version", version=f"dehusk {__version__}")
    add_batch_arguments(p)
    return p


def options_from_args(args: argparse.Namespace) -> Options:
    changes: dict[str, Any] = {
        "output_format": args.format, "include_comments": args.include_comments is not False,
        "text_comments": args.include_comments is True,
        "include_links": args.links, "include_images": args.images,
        "include_tables": not args.no_tables, "favor": args.favor,
        "with_metadata": not args.no_metadata, "input": args.input,
    }
    if args.time_budget is not None:
        changes["time_budget"] = args.time_budget if args.time_budget > 0 else None
    if args.max_bytes is not None:
        changes["max_input_bytes"] = args.max_bytes
    return make_options(**changes)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        options = options_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    if error := batch_error(args):
        parser.error(error)
    try:
        sources = expand_inputs(args.inputs, args.urls)
    except OSError as exc:
        parser.error(f"cannot read a URL list: {exc}")
    if not sources:
        parser.error("no input pages found")
    if len(sources) > 1 and args.url:
        parser.error("--url goes with a single input")
    # One page prints its format; several, a WARC, or a run to files give records.
    many = len(sources) > 1 or is_warc(sources[0]) or args.output_dir or args.stats \
        or (args.output or "").endswith(".parquet") or args.output_type
    to_file = args.output and not (many and args.output.endswith(".parquet")) \
        and args.output_type != "parquet"
    out: IO[str] = open(args.output, "w", encoding="utf-8") if to_file else sys.stdout
    try:
        if args.explain:
            return _explain_all(sources, options, args.url, out)
        if many:
            return run_many(args, options, sources, out)
        single: Source = sources[0]
        if has_scheme(single):
            single = Fetcher(fetch_policy(args)).fetch(single)
        return _single(single, options, args.url, out)
    except (ResumeMismatchError, MissingExtraError) as exc:
        parser.error(str(exc))  # a directory of other inputs; pyarrow not installed
    finally:
        if out is not sys.stdout:
            out.close()


def _single(source: Source, options: Options, url: str | None, out: IO[str]) -> int:
    record = extract_source(source, options, url=url)
    if not record["ok"]:
        error = record["error"]
        print(f"dehusk: {record['source']}: {error['reason']}: {error['message']}",
              file=sys.stderr)
        return EXIT_FAILED
    if options.output_format == "json":
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        text = record["output"]
        out.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _explain_all(sources: list[str], options: Options, url: str | None, out: IO[str]) -> int:
    from .api import extract

    failed = 0
    for source in sources:
        if len(sources) > 1:
            out.write(f"== {source}\n")
        try:
            doc = extract(read_source(source), url=url, options=options)
        except (OSError, DehuskError) as exc:
            failed += 1
            print(f"dehusk: {source}: {exc}", file=sys.stderr)
            continue
        out.write(explain(doc))
    if not failed:
        return EXIT_OK
    return EXIT_PARTIAL if failed < len(sources) else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
