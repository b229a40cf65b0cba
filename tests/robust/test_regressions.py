"""Replay inputs that once crashed dehusk (found by fuzzing), and run the
atheris fuzzer for a bounded number of inputs where it is installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import dehusk

HERE = Path(__file__).parent
REGRESSIONS = sorted(p for p in (HERE / "regressions").glob("*") if p.name != "README.md")


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_regression_input(path: Path) -> None:
    try:
        dehusk.extract(path.read_bytes()).to_json().encode("utf-8")
    except dehusk.DehuskError:
        pass


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed (the test extra installs it on "
                           "Linux x86_64 with CPython 3.11, where its wheel exists)")
def test_atheris_bounded_run(tmp_path: Path) -> None:
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    (seeds / "page.html").write_bytes(
        b"<html><head><title>T</title></head><body><nav><a href='/'>Home</a></nav><article>"
        b"<h1>Head</h1><p>Some prose, long enough to count as the text.</p><ul><li>a</li></ul>"
        b"<table><tr><td>1</td><td>2</td></tr></table><div id='comments'><li class='comment' "
        b"id='comment-12'><p>Reply text here.</p></li></div></article></body></html>")
    proc = subprocess.run(
        [sys.executable, str(HERE / "fuzz_atheris.py"), "-atheris_runs=3000",
         "-max_len=4096", f"-artifact_prefix={tmp_path}/", str(seeds)],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
