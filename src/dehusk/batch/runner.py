"""Run extraction over many sources with worker processes.

Every source gives exactly one record, in input order: a document, or an
error with its reason. A worker that dies (a crash in native code, the OOM
killer) costs only the documents it held: they are retried one by one in a
fresh pool, and the one that kills its worker again becomes an error record
with the reason "worker_crashed". A worker that hangs past hard_timeout() is
killed the same way ("timeout"), and workers run under an address-space cap
so that a page that would exhaust memory fails alone ("memory").
"""

from __future__ import annotations

import gzip
import resource
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any

from ..api import extract
from ..errors import DehuskError
from ..options import Options
from ..output import render
from .inputs import STDIN
from .warc import Item

Record = dict[str, Any]
Source = str | Item  # a path (or "-"), or a record read out of a WARC/WET file
Task = Callable[[Source, Options], Record]
# Documents handed to the pool at once: enough to keep workers busy, few
# enough that a crash costs little and memory stays flat.
WINDOW_PER_JOB = 8
# Documents per task sent to a worker: one task per page cost the parent
# (pickling, the pool's queue threads) enough to starve two workers on two
# cores (bench/scale.py: jobs 2 / jobs 1 = 1.67 with one page a task).
PAGES_PER_TASK = 4
# Per worker process. Pages that need more are not pages.
DEFAULT_MAX_MEMORY_MB = 4096
DEFAULT_HARD_TIMEOUT = 60.0  # seconds, when Options.time_budget is None


def read_source(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    data = Path(source).read_bytes()
    if source.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def source_name(source: Source) -> str:
    return source.source if isinstance(source, Item) else source


def error_record(source: Source, reason: str, message: str) -> Record:
    record: Record = {"source": source_name(source), "ok": False,
                      "error": {"reason": reason, "message": message}}
    if isinstance(source, Item):
        record.update(source.meta)
    return record


def extract_source(source: Source, options: Options, url: str | None = None) -> Record:
    """One source -> one record. Never raises for bad input."""
    charset = None
    if isinstance(source, Item) and source.error:
        return error_record(source, *source.error)
    if isinstance(source, Item):
        data, url, charset = source.data, url or source.url, source.charset
        if source.input and options.input == "auto":
            options = options.replace(input=source.input)
    else:
        try:
            data = read_source(source)
        except FileNotFoundError:
            return error_record(source, "missing", f"no such file: {source}")
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            return error_record(source, "unreadable", str(exc))
    try:
        doc = extract(data, url=url, charset=charset, options=options)
    except DehuskError as exc:
        return error_record(source, exc.reason, str(exc))
    except MemoryError:
        return error_record(source, "memory", "the page needed more memory than allowed")
    except Exception as exc:  # noqa: BLE001 - a bug must cost one page, not the batch
        return error_record(source, "internal_error", f"{type(exc).__name__}: {exc}")
    record: Record = {"source": source_name(source), "ok": True, "error": None}
    if isinstance(source, Item):
        record.update(source.meta)
    record.update(doc.to_dict())
    if options.output_format != "json":
        record["output"] = render(doc, options.output_format, links=options.include_links,
                                  images=options.include_images, comments=options.text_comments)
    return record


def hard_timeout(options: Options) -> float:
    """Seconds a worker may spend on one page before it is killed: twice the
    library's own budget (which bounds nearly everything), plus start-up."""
    return 2 * (options.time_budget or DEFAULT_HARD_TIMEOUT) + 5


def _limit_memory(max_memory_mb: int | None) -> None:
    """Worker initializer: cap the address space, so that a page that would
    eat the machine raises MemoryError in its worker instead."""
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _new_pool(jobs: int, max_memory_mb: int | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_limit_memory,
                               initargs=(max_memory_mb,))


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool whose worker hangs: shutdown() alone would wait for it.
    (ProcessPoolExecutor offers no public way to reach its processes.)"""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


# A page that reaches every lazily loaded part of the extractor, above all the
# language model (0.6 s and ~90 MB to load, measured). Extracted once in the
# parent before the pool forks, it is inherited by every worker, shared
# copy-on-write, instead of loaded by each: with 2 workers on 2 cores that
# load was ~9% of a 1,301-page run (bench/scale.py).
WARM_UP_PAGE = ("<!doctype html><html lang=en><head><title>Warm-up</title></head><body>"
                "<article><h1>Warm-up</h1><p>"
                + "This paragraph is only here to warm the extractor up once. " * 8
                + "</p></article></body></html>")


def warm_up(options: Options) -> None:
    """Load the extractor's lazy state in this process (see WARM_UP_PAGE)."""
    try:
        extract(WARM_UP_PAGE, options=options)
    except Exception:  # noqa: BLE001 - workers then load lazily, as without it
        pass


def run_batch(sources: Iterable[Source], options: Options, jobs: int = 1,
              task: Task = extract_source,
              max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB) -> Iterator[Record]:
    """Yield one record per source, in order. ``sources`` may be a stream
    (the records of a WARC file): at most jobs * WINDOW_PER_JOB are read
    ahead. The window slides (a new source is submitted as each record is
    yielded) so that one slow page never leaves the other workers idle."""
    if jobs <= 1:
        for source in sources:
            yield task(source, options)
        return
    window = max(jobs * WINDOW_PER_JOB // PAGES_PER_TASK, 2 * jobs)
    pending = iter(sources)
    limit = hard_timeout(options)
    warm_up(options)
    pool = _new_pool(jobs, max_memory_mb)
    inflight: deque[tuple[list[Source], Future[list[Record]]]] = deque()
    try:
        while True:
            while len(inflight) < window:
                group = list(islice(pending, PAGES_PER_TASK))
                if not group:
                    break
                inflight.append((group, pool.submit(_run_group, task, group, options)))
            if not inflight:
                return
            group, future = inflight.popleft()
            try:
                yield from future.result(timeout=limit * len(group))
            except (BrokenProcessPool, FuturesTimeout):
                # The pool is gone: these sources and those in flight are
                # retried alone, each in a fresh worker, so only the culprit
                # fails again.
                _kill(pool)
                for retry in group + [s for g, _ in inflight for s in g]:
                    yield _run_alone(retry, options, task, limit, max_memory_mb)
                inflight.clear()
                pool = _new_pool(jobs, max_memory_mb)
            except Exception as exc:  # noqa: BLE001 - the task itself failed
                for source in group:
                    yield _failed(source, exc)
    finally:
        _kill(pool)


def _run_group(task: Task, group: list[Source], options: Options) -> list[Record]:
    """A worker's task: a few sources, one record each; a failure of one
    is its record, not the group's."""
    out: list[Record] = []
    for source in group:
        try:
            out.append(task(source, options))
        except Exception as exc:  # noqa: BLE001 - one record per source
            out.append(_failed(source, exc))
    return out


def _failed(source: Source, exc: Exception) -> Record:
    if isinstance(exc, MemoryError):
        return error_record(source, "memory", "the page needed more memory than allowed")
    return error_record(source, "internal_error", f"{type(exc).__name__}: {exc}")


def _run_alone(source: Source, options: Options, task: Task, limit: float,
               max_memory_mb: int | None) -> Record:
    pool = _new_pool(1, max_memory_mb)
    try:
        return pool.submit(task, source, options).result(timeout=limit)
    except BrokenProcessPool:
        return error_record(source, "worker_crashed",
                            "the worker process died while extracting this page")
    except FuturesTimeout:
        return error_record(source, "timeout",
                            f"no result after {limit:.0f} s: the worker was stopped")
    except Exception as exc:  # noqa: BLE001
        return _failed(source, exc)
    finally:
        _kill(pool)
