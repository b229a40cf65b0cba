from __future__ import annotations

import os

import dehusk
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


def hang_or_hog(source: str, options: Options) -> dict:
    """A task that hangs on one input and eats memory on another."""
    if "hang" in source:
        import time

        time.sleep(3600)
    if "hog" in source:
        _ = bytearray(8 * 1024**3)
    return {"source": source, "ok": True, "error": None}


def test_a_hang_and_a_memory_blowup_cost_one_document_each() -> None:
    sources = ["a", "hang-page", "b", "hog-page", "c"]
    options = Options(time_budget=0.5)  # hard timeout: 2 * 0.5 + 5 = 6 s
    got = list(run_batch(sources, options, jobs=2, task=hang_or_hog, max_memory_mb=1024))
    assert [r["source"] for r in got] == sources
    assert [r["ok"] for r in got] == [True, False, True, False, True]
    assert got[1]["error"]["reason"] == "timeout"
    assert got[3]["error"]["reason"] in ("worker_crashed", "memory")


def test_warm_up_page_reaches_the_language_model() -> None:
    # The warm-up is only worth its time if it loads what workers would
    # otherwise each load: the language detector among the rest.
    from dehusk.batch.runner import WARM_UP_PAGE

    doc = dehusk.extract(WARM_UP_PAGE)
    assert doc.language_detected == "en"
    assert "warm the extractor up" in doc.text


def raise_on_bad(source: str, options: Options) -> dict:
    """A task with a bug on one input: it raises instead of returning a record."""
    if "bad" in source:
        raise ValueError("a bug on this page")
    return {"source": source, "ok": True, "error": None}


def test_a_task_that_raises_costs_its_own_record_not_its_groups() -> None:
    # Workers take several pages a task (PAGES_PER_TASK); a page whose task
    # raises is one error record, its neighbours in the same task are fine.
    from dehusk.batch.runner import PAGES_PER_TASK

    sources = [f"page{i}" for i in range(3 * PAGES_PER_TASK + 1)]
    sources[PAGES_PER_TASK + 1] = "bad-page"
    got = list(run_batch(sources, Options(), jobs=2, task=raise_on_bad))
    assert [r["source"] for r in got] == sources
    assert [r["ok"] for r in got] == [s != "bad-page" for s in sources]
    assert got[PAGES_PER_TASK + 1]["error"]["reason"] == "internal_error"
    assert "a bug on this page" in got[PAGES_PER_TASK + 1]["error"]["message"]
