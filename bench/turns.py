"""The extractors take turns: each runs a slice of the pages, then the next.

Every extractor has its own worker process, pinned to the same core, that
loads the pages and warms up before the clock starts. The parent then walks
the pages slice by slice (SLICE_PAGES of a set) and hands each slice to every
worker in turn, waiting for one to finish before the next starts: they never
compete for the core, and a change in the machine's speed that lasts longer
than the few seconds between two extractors' turns slows both alike, instead
of whichever happened to be running. (This project's development machine is
a shared VM: back-to-back 3-second runs of the same code took 4.7 to 7.6 ms
a page. Run one after the other, nearly the same code measured 3.7x, 4.7x
and 4.0x trafilatura's speed on three days.)

The protocol is one line per message: the parent writes "RUN set start end"
or "QUIT" to a worker's stdin; the worker answers "READY", "DONE" or, after
QUIT, writes its results (a row per page, timed) to its output file and
exits. Whatever the extractor itself prints goes to the worker's stderr, not
into the protocol.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from bench.datasets import load_pages
from bench.peers import EXTRACTORS

SLICE_PAGES = 50


def serve(name: str, datasets: list[str], limit: int | None, data: Path, out: Path) -> None:
    """The worker's side: load, warm up, answer RUN and QUIT."""
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # an extractor's prints must not reach the protocol
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    pages = {ds: load_pages(data, ds, limit) for ds in datasets}
    adapter = None
    if name != "baseline":
        adapter = EXTRACTORS[name]()
        first = next((p for ps in pages.values() for p in ps), None)
        if first is not None:
            try:  # warm-up: lazy imports and caches are not part of the timing
                adapter(first["bytes"], first["case"].get("url"))
            except Exception:  # noqa: BLE001
                pass
    rows: dict[str, list[dict[str, Any]]] = {ds: [] for ds in datasets}
    protocol.write("READY\n")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "QUIT":
            break
        ds, start, end = parts[1], int(parts[2]), int(parts[3])
        if adapter is not None:
            rows[ds] += [_timed(adapter, page) for page in pages[ds][start:end]]
        protocol.write("DONE\n")
    results = {"name": name, "datasets": rows,
               "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    out.write_text(json.dumps(results, ensure_ascii=False, default=str))


def _timed(adapter: Callable[[bytes, str | None], Any], page: dict[str, Any]) -> dict[str, Any]:
    case = page["case"]
    started = time.perf_counter()
    try:
        pred = adapter(page["bytes"], case.get("url"))
        error = None
    except Exception as exc:  # noqa: BLE001 - a peer's failure is a data point
        pred, error = None, f"{type(exc).__name__}: {exc}"[:200]
    row: dict[str, Any] = {"id": case["id"], "seconds": time.perf_counter() - started,
                           "error": error}
    if pred is not None:
        row.update(text=pred.text, title=pred.title, author=pred.author, date=pred.date,
                   sitename=pred.sitename, description=pred.description,
                   comments=pred.comments)
    return row


class Worker:
    """The parent's handle on one extractor's worker process."""

    def __init__(self, name: str, cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.name = name
        self.seconds = 0.0  # wall time of its turns, for the progress lines
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
            self.out = Path(tmp.name)
        self.log: IO[str] = tempfile.TemporaryFile("w+")  # its stderr: never a full pipe
        self.proc: subprocess.Popen[str] | None = subprocess.Popen(
            [*cmd, "--worker-out", str(self.out)], cwd=cwd, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log)
        self.error = ""

    def wait_for(self, word: str) -> bool:
        """Read the worker's next answer; False (and the worker dropped) if
        it is not `word`, i.e. the worker died."""
        assert self.proc is not None and self.proc.stdout is not None
        answer = self.proc.stdout.readline().strip()
        if answer == word:
            return True
        self._drop()
        return False

    def run(self, dataset: str, start: int, end: int) -> bool:
        assert self.proc is not None and self.proc.stdin is not None
        started = time.monotonic()
        try:
            self.proc.stdin.write(f"RUN {dataset} {start} {end}\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            self._drop()
            return False
        done = self.wait_for("DONE")
        self.seconds += time.monotonic() - started
        return done

    def finish(self) -> dict[str, Any] | None:
        """QUIT, then the worker's results (None if it died)."""
        if self.proc is None:
            return None
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write("QUIT\n")
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        if self.proc.wait() != 0:
            self._drop()
            return None
        self.proc = None
        result: dict[str, Any] = json.loads(self.out.read_text())
        self.out.unlink(missing_ok=True)
        return result

    def _drop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
        self.log.seek(0)
        lines = self.log.read().strip().splitlines()
        self.error = lines[-1] if lines else "worker died"
        self.out.unlink(missing_ok=True)


def take_turns(workers: list[Worker], sizes: dict[str, int]) -> None:
    """Every slice of every set, to every live worker in turn."""
    for dataset, size in sizes.items():
        for start in range(0, size, SLICE_PAGES):
            end = min(size, start + SLICE_PAGES)
            for worker in workers:
                if worker.proc is not None:
                    worker.run(dataset, start, end)


def report_dropped(worker: Worker) -> None:
    print(f"  {worker.name}: skipped ({worker.error})", file=sys.stderr)
