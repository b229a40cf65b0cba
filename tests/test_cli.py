from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dehusk.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.html"


@pytest.fixture()
def batch(tmp_path: Path) -> list[str]:
    good1 = tmp_path / "a.html"
    good1.write_bytes(EXAMPLE.read_bytes())
    good2 = tmp_path / "e.html"
    good2.write_bytes(EXAMPLE.read_bytes())
    binary = tmp_path / "c.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    empty = tmp_path / "d.html"
    empty.write_bytes(b"")
    return [str(good1), str(tmp_path / "b-missing.html"), str(binary), str(empty), str(good2)]


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_inputs_become_error_records_and_the_rest_goes_on(batch, tmp_path, jobs) -> None:
    out = tmp_path / f"out{jobs}.jsonl"
    assert main(batch + ["-o", str(out), "--jobs", jobs]) == EXIT_PARTIAL
    got = records(out)
    assert [r["source"] for r in got] == batch
    assert [r["ok"] for r in got] == [True, False, False, False, True]
    assert [r["error"]["reason"] for r in got if not r["ok"]] == ["missing", "not_html", "empty"]
    assert "seeds" in got[0]["text"] and got[0]["text"] == got[4]["text"]


def test_jobs_do_not_change_the_records(batch, tmp_path) -> None:
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    main(batch + ["-o", str(one)])
    main(batch + ["-o", str(two), "--jobs", "2"])
    assert records(one) == records(two)


def test_single_input_prints_the_article(capsys) -> None:
    assert main([str(EXAMPLE)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Next to the large-print novels")
    assert "cookies" not in out


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Keeping the varieties alive"),
                                         ("html", "<h2>Keeping the varieties alive</h2>"),
                                         ("json", '"title": "The library that lends seeds"')])
def test_formats(capsys, fmt: str, marker: str) -> None:
    assert main([str(EXAMPLE), "--format", fmt]) == EXIT_OK
    assert marker in capsys.readouterr().out


def test_explain_shows_every_block_with_label_and_reasons(capsys) -> None:
    assert main([str(EXAMPLE), "--explain"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "boilerplate" in out and "main" in out
    assert "group:cookie" in out
    assert "in main container" in out
    assert "fallback ladder:" in out and "title" in out


def test_usage_errors(tmp_path) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(EXAMPLE), "--jobs", "0"])
    assert exc.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path)])  # an empty directory: no pages
    assert exc.value.code == EXIT_USAGE


def test_single_missing_file_fails(tmp_path, capsys) -> None:
    assert main([str(tmp_path / "nope.html")]) == EXIT_FAILED
    assert "missing" in capsys.readouterr().err


def test_stdin_and_module_entry_point() -> None:
    proc = subprocess.run([sys.executable, "-m", "dehusk", "-", "--format", "markdown"],
                          input=EXAMPLE.read_bytes(), capture_output=True, check=True)
    assert b"# The library that lends seeds" in proc.stdout


def test_directory_input_is_walked(tmp_path) -> None:
    sub = tmp_path / "site" / "deep"
    sub.mkdir(parents=True)
    (sub / "p.html").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "site" / "notes.md").write_text("not a page")
    out = tmp_path / "o.jsonl"
    assert main([str(tmp_path / "site"), str(EXAMPLE), "-o", str(out)]) == EXIT_OK
    assert len(records(out)) == 2


def test_text_output_shows_the_thread_only_when_asked(capsys) -> None:
    page = str(Path(__file__).parent / "pages" / "news-article-comments" / "page.html")
    assert main([page]) == EXIT_OK
    plain = capsys.readouterr().out
    assert main([page, "--comments"]) == EXIT_OK
    with_thread = capsys.readouterr().out
    assert "My grandfather worked in that mill" not in plain
    assert with_thread.startswith(plain.rstrip("\n"))
    assert "Tom Rigby (2024-03-14T12:05:00+00:00):" in with_thread
    assert main([page, "--format", "markdown"]) == EXIT_OK
    assert "**Ann Pryce**" in capsys.readouterr().out
