"""Run extraction over many sources with worker processes.

Every source gives exactly one record, in input order: a document, or an
error with its reason. A worker that dies (a crash in native code, the OOM
killer) costs only the documents it held: they are retried one by one in a
fresh pool, and the one that kills its worker again becomes an error record
with the reason "worker_crashed".
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..api import extract
from ..errors import DehuskError
from ..options import Options
from ..output import render
from .inputs import STDIN

Record = dict[str, Any]
Task = Callable[[str, Options], Record]
# Documents handed to the pool at once: enough to keep workers busy, few
# enough that a crash costs little and memory stays flat.
WINDOW_PER_JOB = 8


def read_source(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    data = Path(source).read_bytes()
    if source.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def error_record(source: str, reason: str, message: str) -> Record:
    return {"source": source, "ok": False,
            "error": {"reason": reason, "message": message}}


def extract_source(source: str, options: Options, url: str | None = None) -> Record:
    """One source -> one record. Never raises for bad input."""
    try:
        data = read_source(source)
    except FileNotFoundError:
        return error_record(source, "missing", f"no such file: {source}")
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return error_record(source, "unreadable", str(exc))
    try:
        doc = extract(data, url=url, options=options)
    except DehuskError as exc:
        return error_record(source, exc.reason, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug must cost one page, not the batch
        return error_record(source, "internal_error", f"{type(exc).__name__}: {exc}")
    record: Record = {"source": source, "ok": True, "error": None}
    record.update(doc.to_dict())
    if options.output_format != "json":
        record["output"] = render(doc, options.output_format, links=options.include_links,
                                  images=options.include_images)
    return record


def run_batch(sources: list[str], options: Options, jobs: int = 1,
              task: Task = extract_source) -> Iterator[Record]:
    """Yield one record per source, in order."""
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield task(source, options)
        return
    window = max(jobs * WINDOW_PER_JOB, 1)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        for start in range(0, len(sources), window):
            chunk = sources[start:start + window]
            records, pool = _run_window(pool, chunk, options, jobs, task)
            yield from records
    finally:
        pool.shutdown(cancel_futures=True)


def _run_window(pool: ProcessPoolExecutor, chunk: list[str], options: Options, jobs: int,
                task: Task) -> tuple[list[Record], ProcessPoolExecutor]:
    futures = [pool.submit(task, source, options) for source in chunk]
    records: list[Record | None] = []
    crashed: list[int] = []
    for i, future in enumerate(futures):
        try:
            records.append(future.result())
        except BrokenProcessPool:
            records.append(None)
            crashed.append(i)
    if crashed:
        pool.shutdown(cancel_futures=True)
        for i in crashed:  # alone in a fresh worker: only the culprit fails again
            records[i], pool = _run_alone(chunk[i], options, task)
        pool.shutdown()
        pool = ProcessPoolExecutor(max_workers=jobs)
    return [r for r in records if r is not None], pool


def _run_alone(source: str, options: Options,
               task: Task) -> tuple[Record, ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        return pool.submit(task, source, options).result(), pool
    except BrokenProcessPool:
        pool.shutdown(cancel_futures=True)
        return error_record(source, "worker_crashed",
                            "the worker process died while extracting this page"), \
            ProcessPoolExecutor(max_workers=1)
