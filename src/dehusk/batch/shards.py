"""Resumable sharded output: OUT/part-00000.jsonl, ..., manifest.json, stats.json.

Source number i (in input order, which is stable for the same inputs) goes
to shard i // shard_size. A shard is written to ``part-NNNNN.<ext>.tmp`` and
renamed to its final name once its last record is written and synced: the
rename is the commit. A run that is killed leaves at most a ``.tmp`` file,
which the next run deletes and redoes; finished shards are skipped without
extracting their sources again. So a killed run started again ends with
every record exactly once.

The manifest pins what the shards were made from (the inputs, their sizes
and dates, the options, the shard size and format): resuming with other
inputs would mix two runs, so it is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DehuskError
from .sinks import SUFFIX, Sink, open_sink, read_records
from .stats import RunStats

Record = dict[str, Any]
MANIFEST = "manifest.json"
STATS = "stats.json"
DEFAULT_SHARD_SIZE = 1000
_SHARD_NAME = re.compile(r"part-(\d{5,})\.(jsonl|parquet)$")


class ResumeMismatchError(DehuskError):
    reason = "resume_mismatch"


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """What a sharded run writes, and what it was made from."""

    directory: Path
    shard_size: int
    kind: str  # "jsonl" or "parquet"
    fingerprint: str

    def final(self, index: int) -> Path:
        return self.directory / f"part-{index:05d}{SUFFIX[self.kind]}"


def fingerprint(inputs: list[str], options: Any, shard_size: int, kind: str) -> str:
    """A hash of everything that decides the content of the shards."""
    digest = hashlib.sha256(repr((options, shard_size, kind)).encode())
    for item in inputs:
        path = Path(item)
        stat = path.stat() if path.is_file() else None
        digest.update(repr((item, stat and stat.st_size, stat and stat.st_mtime_ns)).encode())
    return digest.hexdigest()


def _summary(records: Iterable[Record]) -> dict[str, Any]:
    ok, errors = 0, Counter[str]()
    for record in records:
        if record["ok"]:
            ok += 1
        else:
            errors[record["error"]["reason"]] += 1
    return {"records": ok + sum(errors.values()), "ok": ok, "errors": dict(errors)}


def _write_json(path: Path, data: Any) -> None:
    """Atomically: a reader (or a run killed mid-write) sees old or new."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def load_finished(plan: ShardPlan) -> dict[int, dict[str, Any]]:
    """Shards a previous run committed, with their counts. Refuses a
    directory made from other inputs; deletes uncommitted ``.tmp`` files."""
    plan.directory.mkdir(parents=True, exist_ok=True)
    manifest_path = plan.directory / MANIFEST
    known: dict[int, dict[str, Any]] = {}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("fingerprint") != plan.fingerprint:
            raise ResumeMismatchError(
                f"{plan.directory} holds shards of other inputs or settings; "
                "use another --output-dir or empty this one")
        known = {s["index"]: s for s in manifest.get("shards", [])}
    elif any(_SHARD_NAME.match(p.name) for p in plan.directory.iterdir()):
        raise ResumeMismatchError(f"{plan.directory} holds shards but no manifest")
    for stale in plan.directory.glob("*.tmp"):
        stale.unlink()
    finished: dict[int, dict[str, Any]] = {}
    for path in plan.directory.iterdir():
        match = _SHARD_NAME.match(path.name)
        if match and match.group(2) == plan.kind:
            index = int(match.group(1))
            # Killed between the rename and the manifest update: count it again.
            finished[index] = known.get(index) or {"index": index, "file": path.name,
                                                   **_summary(read_records(path))}
    return finished


def _save_manifest(plan: ShardPlan, finished: dict[int, dict[str, Any]],
                   inputs: list[str], complete: bool) -> None:
    _write_json(plan.directory / MANIFEST, {
        "fingerprint": plan.fingerprint, "shard_size": plan.shard_size, "format": plan.kind,
        "inputs": inputs, "complete": complete,
        "shards": [finished[i] for i in sorted(finished)]})


class _OpenShard:
    def __init__(self, plan: ShardPlan, index: int) -> None:
        self.index = index
        self.path = plan.final(index)
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.sink: Sink = open_sink(plan.kind, self.tmp)
        self.counts = Counter[str]()
        self.ok = 0

    def write(self, record: Record) -> None:
        self.sink.write(record)
        if record["ok"]:
            self.ok += 1
        else:
            self.counts[record["error"]["reason"]] += 1

    def commit(self) -> dict[str, Any]:
        self.sink.close()
        os.replace(self.tmp, self.path)
        return {"index": self.index, "file": self.path.name,
                "records": self.ok + sum(self.counts.values()), "ok": self.ok,
                "errors": dict(self.counts)}


def run_sharded(sources: Iterable[Any], extract_all: Callable[[Iterable[Any]], Iterator[Record]],
                plan: ShardPlan, inputs: list[str], stats: RunStats) -> None:
    """Write the records of ``sources`` into the shards of ``plan``, skipping
    the shards a previous run finished. ``extract_all`` turns a stream of
    sources into one record per source, in order (``run_batch``)."""
    finished = load_finished(plan)
    for info in finished.values():
        stats.add_resumed(info["ok"], info["errors"])
    stats.shards_skipped = len(finished)
    _save_manifest(plan, finished, inputs, complete=False)
    indices: deque[int] = deque()

    def todo() -> Iterator[Any]:
        for i, source in enumerate(sources):
            if i // plan.shard_size not in finished:
                indices.append(i)
                yield source

    shard: _OpenShard | None = None
    for record in extract_all(todo()):
        index = indices.popleft() // plan.shard_size
        if shard is not None and shard.index != index:
            finished[shard.index] = shard.commit()
            stats.shards_written += 1
            _save_manifest(plan, finished, inputs, complete=False)
            shard = None
        shard = shard or _OpenShard(plan, index)
        shard.write(record)
        stats.add(record)
    if shard is not None:
        finished[shard.index] = shard.commit()
        stats.shards_written += 1
    _save_manifest(plan, finished, inputs, complete=True)
