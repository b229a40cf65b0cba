from __future__ import annotations

import os

from dehusk.batch.runner import error_record, run_batch
from dehusk.options import Options


def crash_on_poison(source: str, options: Options) -> dict:
    """A task that kills its worker process on one input, as a segfault would."""
    if "poison" in source:
        os._exit(1)
    return {"source": source, "ok": True, "error": None}


def failing_task(source: str, options: Options) -> dict:
    return error_record(source, "internal_error", "boom")


def test_a_worker_crash_costs_one_document() -> None:
    sources = [f"page{i}" for i in range(12)]
    sources[5] = "poison-page"
    got = list(run_batch(sources, Options(), jobs=2, task=crash_on_poison))
    assert [r["source"] for r in got] == sources
    assert [r["ok"] for r in got] == [i != 5 for i in range(12)]
    assert got[5]["error"]["reason"] == "worker_crashed"


def test_sequential_run_keeps_order() -> None:
    got = list(run_batch(["a", "b", "c"], Options(), jobs=1, task=failing_task))
    assert [r["source"] for r in got] == ["a", "b", "c"]
    assert all(r["error"]["reason"] == "internal_error" for r in got)
