"""Sharded, resumable runs: a run killed half-way and started again ends
with every record exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dehusk.batch.sinks import read_records
from dehusk.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

REPO = Path(__file__).resolve().parents[2]
PAGE = (REPO / "tests" / "pages" / "news-article-comments" / "page.html").read_bytes()


def make_pages(directory: Path, count: int) -> list[str]:
    """count copies of a realistic article, each with its own title line."""
    directory.mkdir()
    names = []
    for i in range(count):
        path = directory / f"p{i:05d}.html"
        path.write_bytes(PAGE.replace(b"<body>", f"<body><!-- copy {i} -->".encode(), 1))
        names.append(str(path))
    return names


def shard_records(out: Path) -> list[dict]:
    records: list[dict] = []
    for shard in sorted(out.glob("part-*.jsonl")):
        records += read_records(shard)
    return records


def dehusk_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "dehusk", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_killed_half_way_and_started_again_loses_and_repeats_nothing(
        tmp_path: Path, jobs: str) -> None:
    make_pages(tmp_path / "pages", 1500)
    listing = tmp_path / "pages"
    out = tmp_path / "out"
    args = [str(listing), str(tmp_path / "pages" / "gone.html"), "--output-dir", str(out),
            "--shard-size", "25", "--jobs", jobs]
    proc = subprocess.Popen(dehusk_cmd(*args), env=env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (out / "part-00001.jsonl").exists() and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: workers die with it
    proc.wait()
    manifest = json.loads((out / "manifest.json").read_text())
    assert not manifest["complete"], "the run ended before it could be killed"
    done_before = len(list(out.glob("part-*.jsonl")))
    assert 0 < done_before < 61

    rerun = subprocess.run(dehusk_cmd(*args), env=env(), capture_output=True, timeout=300)
    assert rerun.returncode == EXIT_PARTIAL, rerun.stderr  # the missing page
    expected = sorted(str(p) for p in listing.glob("*.html")) + \
        [str(tmp_path / "pages" / "gone.html")]
    got = [r["source"] for r in shard_records(out)]
    assert got == expected  # in order, none lost, none twice
    assert not list(out.glob("*.tmp"))
    stats = json.loads((out / "stats.json").read_text())
    assert stats["records"] == 1501 and stats["ok"] == 1500
    assert stats["errors_by_reason"] == {"missing": 1}
    assert stats["shards"]["skipped"] == done_before
    assert stats["this_run"]["records"] == 1501 - 25 * done_before
    assert json.loads((out / "manifest.json").read_text())["complete"]


def test_a_finished_run_is_not_redone_and_other_inputs_are_refused(tmp_path: Path) -> None:
    pages = make_pages(tmp_path / "pages", 7)
    out = tmp_path / "out"
    args = pages + ["--output-dir", str(out), "--shard-size", "3"]
    assert main(args) == EXIT_OK
    assert sorted(p.name for p in out.glob("part-*")) == \
        ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    first = [(p.name, p.stat().st_mtime_ns) for p in sorted(out.glob("part-*"))]
    assert main(args) == EXIT_OK
    assert [(p.name, p.stat().st_mtime_ns) for p in sorted(out.glob("part-*"))] == first
    stats = json.loads((out / "stats.json").read_text())
    assert stats["this_run"]["records"] == 0 and stats["records"] == 7
    with pytest.raises(SystemExit) as exit_:
        main(pages[:5] + ["--output-dir", str(out), "--shard-size", "3"])
    assert exit_.value.code == EXIT_USAGE


def test_a_shard_renamed_but_missing_from_the_manifest_is_counted_again(
        tmp_path: Path) -> None:
    pages = make_pages(tmp_path / "pages", 4)
    out = tmp_path / "out"
    args = pages + ["--output-dir", str(out), "--shard-size", "2"]
    assert main(args) == EXIT_OK
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["shards"] = manifest["shards"][:1]  # as if killed right after a rename
    manifest["complete"] = False
    (out / "manifest.json").write_text(json.dumps(manifest))
    (out / "part-00001.jsonl.tmp").write_text('{"half": ')  # and a torn shard
    assert main(args + ["--stats", str(tmp_path / "s.json")]) == EXIT_OK
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["records"] == 4 and stats["shards"]["skipped"] == 2
    assert not list(out.glob("*.tmp"))
    assert [r["source"] for r in shard_records(out)] == pages


def test_stats_file_counts_errors_by_reason(tmp_path: Path) -> None:
    pages = make_pages(tmp_path / "pages", 2)
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    stats_path = tmp_path / "stats.json"
    code = main(pages + [str(empty), str(tmp_path / "nope.html"), "-o",
                         str(tmp_path / "o.jsonl"), "--stats", str(stats_path)])
    assert code == EXIT_PARTIAL
    stats = json.loads(stats_path.read_text())
    assert stats["records"] == 4 and stats["ok"] == 2
    assert stats["errors_by_reason"] == {"empty": 1, "missing": 1}
    assert stats["this_run"]["pages_per_second"] > 0
