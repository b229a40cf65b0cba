"""The bench's extractors take turns: workers that load once and run slices."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.turns import SLICE_PAGES, Worker, take_turns

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}")


def _script(body: str) -> list[str]:
    return [sys.executable, "-c", body]


def test_a_worker_that_dies_before_it_is_ready_is_dropped_with_its_last_words() -> None:
    worker = Worker("broken", _script("import sys; print('no such peer', file=sys.stderr); "
                                      "sys.exit(3)"), REPO, ENV)
    assert not worker.wait_for("READY")
    assert worker.proc is None
    assert worker.error == "no such peer"
    assert worker.finish() is None


def test_a_worker_that_dies_mid_run_is_dropped_and_the_others_go_on() -> None:
    # Answers READY, then dies at its first slice.
    dies = _script("import sys; print('READY', flush=True); sys.stdin.readline(); "
                   "print('crashed on a page', file=sys.stderr); sys.exit(1)")
    # Answers every RUN, and writes its results at QUIT as serve() does.
    lives = _script(
        "import json, sys\n"
        "out = sys.argv[sys.argv.index('--worker-out') + 1]\n"
        "print('READY', flush=True)\n"
        "runs = []\n"
        "for line in sys.stdin:\n"
        "    if line.startswith('QUIT'): break\n"
        "    runs.append(line.split()[1:])\n"
        "    print('DONE', flush=True)\n"
        "open(out, 'w').write(json.dumps({'runs': runs}))\n")
    a, b = Worker("dies", dies, REPO, ENV), Worker("lives", lives, REPO, ENV)
    assert a.wait_for("READY") and b.wait_for("READY")
    take_turns([a, b], {"set-one": SLICE_PAGES + 1, "set-two": 2})
    assert a.proc is None and a.error == "crashed on a page"
    result = b.finish()
    assert result == {"runs": [["set-one", "0", str(SLICE_PAGES)],
                               ["set-one", str(SLICE_PAGES), str(SLICE_PAGES + 1)],
                               ["set-two", "0", "2"]]}


def _page(title: str, paragraphs: int) -> bytes:
    body = "".join(f"<p>{title}: paragraph {i} of an article written for this test, long enough "
                   "to be kept as the main text of the page.</p>" for i in range(paragraphs))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>{title}</h1>{body}</article></body></html>").encode()


def test_the_bench_runs_on_a_set_of_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "aeb"
    folder.mkdir()
    cases = []
    for n in range(3):
        name = f"page-{n}.html.gz"
        page = _page(f"Page {n}", 3 + n)
        (folder / name).write_bytes(gzip.compress(page))
        gold = "\n".join(f"Page {n}: paragraph {i} of an article written for this test, long "
                         "enough to be kept as the main text of the page." for i in range(3 + n))
        cases.append({"id": f"p{n}", "file": name, "url": f"https://example.org/{n}",
                      "body": gold})
    (folder / "cases.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    proc = subprocess.run([sys.executable, "-m", "bench", "--only", "dehusk", "--datasets", "aeb",
                           "--data", str(tmp_path), "--worst", "1"],
                          cwd=REPO, env=ENV, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    row = next(line for line in proc.stdout.splitlines() if line.startswith("| dehusk |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert float(cells[1]) > 0.9  # F1 of pages whose gold is their paragraphs
    assert float(cells[4]) > 0  # pages/s, from three timed extractions
    assert "dehusk:" in proc.stderr and "skipped" not in proc.stderr
