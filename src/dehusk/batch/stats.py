"""The stats of a batch run: counts, errors by reason, throughput."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class RunStats:
    """Counted as records go by. ``resumed`` counts records of shards a
    previous run had finished (not extracted again in this one)."""

    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    resumed_ok: int = 0
    resumed_errors: Counter[str] = field(default_factory=Counter)
    shards_written: int = 0
    shards_skipped: int = 0
    jobs: int = 1
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def add(self, record: dict[str, Any]) -> None:
        if record["ok"]:
            self.ok += 1
        else:
            self.errors[record["error"]["reason"]] += 1

    def add_resumed(self, ok: int, errors: dict[str, int]) -> None:
        self.resumed_ok += ok
        self.resumed_errors.update(errors)

    def finish(self) -> None:
        self.finished = time.monotonic()

    def to_dict(self) -> dict[str, Any]:
        seconds = (self.finished or time.monotonic()) - self.started
        extracted = self.ok + sum(self.errors.values())
        errors = self.errors + self.resumed_errors
        return {
            "records": extracted + self.resumed_ok + sum(self.resumed_errors.values()),
            "ok": self.ok + self.resumed_ok,
            "errors": sum(errors.values()),
            "errors_by_reason": dict(sorted(errors.items())),
            "this_run": {"records": extracted, "ok": self.ok,
                         "errors_by_reason": dict(sorted(self.errors.items())),
                         "seconds": round(seconds, 3),
                         "pages_per_second": round(extracted / seconds, 2) if seconds else None,
                         "jobs": self.jobs},
            "shards": {"written": self.shards_written, "skipped": self.shards_skipped},
        }

    def write(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")
