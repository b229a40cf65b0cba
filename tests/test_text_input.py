"""Plain text as input: recognised by itself, forced by Options, the same
Document and formats as HTML, and WET files through the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import dehusk
from dehusk.cli import EXIT_OK, EXIT_PARTIAL, main
from dehusk.pipeline import looks_like_text

sys.path.insert(0, str(Path(__file__).parent))
from warcfile import write_warc, write_wet  # noqa: E402

PAGES = Path(__file__).parent / "pages"
NEWS_TEXT = (PAGES / "text-news-comments" / "page.txt").read_text(encoding="utf-8")
DUMP_TEXT = (PAGES / "text-wrapped-dump" / "page.txt").read_text(encoding="utf-8")
NEWS_HTML = (PAGES / "news-article-comments" / "page.html").read_bytes()


@pytest.mark.parametrize("text, expected", [
    ("Plain words only.\n\nAnother paragraph.", True),
    ("<html><body><p>x</p></body></html>", False),
    ("<p>a fragment of markup</p>", False),
    ('<?xml version="1.0"?><rss></rss>', False),
    ("A long text that quotes a tag in passing. " * 60 + "It was a <div>.", True),
])
def test_plain_text_is_recognised(text: str, expected: bool) -> None:
    assert looks_like_text(text) is expected


def test_auto_and_forced_text_give_the_same_result() -> None:
    auto = dehusk.extract(NEWS_TEXT)
    forced = dehusk.extract(NEWS_TEXT.encode("utf-8"), input="text")
    assert auto.text == forced.text and auto.text
    assert auto.attempts[-1].name.startswith("text")


def test_forcing_text_on_markup_treats_tags_as_text() -> None:
    doc = dehusk.extract("<p>" + "Tags are words here, and this is a sentence. " * 10 + "</p>",
                         input="text")
    assert doc.text.startswith("<p>")


def test_every_format_renders_a_text_document() -> None:
    doc = dehusk.extract(NEWS_TEXT)
    assert "Why the crossings failed" in doc.to_markdown()
    assert "<p>" in doc.to_html()
    assert json.loads(doc.to_json())["comments"][0]["author"] == "Ann Liddell"
    with_comments = doc.to_text(comments=True)
    assert "Ann Liddell" in with_comments and "Ann Liddell" not in doc.to_text()


def test_precision_keeps_no_more_than_recall() -> None:
    precise = dehusk.extract(DUMP_TEXT, favor="precision").text
    recall = dehusk.extract(DUMP_TEXT, favor="recall").text
    assert len(precise) <= len(recall)


def test_explain_shows_text_blocks_with_reasons(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(NEWS_TEXT, encoding="utf-8")
    assert main([str(page), "--explain"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "run of most prose" in out and "comment section or reply form" in out


def test_wet_file_gives_one_record_per_page(tmp_path: Path) -> None:
    wet = write_wet(tmp_path / "crawl.warc.wet.gz", [
        ("https://harbour.example/ferry", NEWS_TEXT),
        ("https://rundschau.example/led", DUMP_TEXT),
        ("https://empty.example/", "   \n"),
    ])
    out = tmp_path / "out.jsonl"
    assert main([str(wet), "-o", str(out)]) == EXIT_PARTIAL  # the empty record fails alone
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["warc_target_uri"] for r in records] == [
        "https://harbour.example/ferry", "https://rundschau.example/led", "https://empty.example/"]
    assert records[0]["ok"] and records[0]["authors"] == ["Tomás Reyes"]
    assert records[1]["ok"] and records[1]["site_name"] == "Lindenauer Rundschau"
    assert records[2]["error"]["reason"] == "empty"
    assert all(r["source"].startswith(str(wet) + "#urn:uuid:") for r in records)


def test_wet_file_with_two_jobs_gives_the_same_records(tmp_path: Path) -> None:
    wet = write_wet(tmp_path / "crawl.wet.gz",
                    [(f"https://site.example/{i}", NEWS_TEXT) for i in range(5)])
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main([str(wet), "-o", str(out), "--jobs", jobs]) == EXIT_OK
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 5


def test_warc_response_records_carry_status_and_header_charset(tmp_path: Path) -> None:
    body = ("<html><body><article><p>" + "Grüße aus Köln, sagte die Stadt. " * 20
            + "</p></article></body></html>").encode("cp1252")
    warc = write_warc(tmp_path / "pages.warc.gz", [
        ("https://koeln.example/a", body, "text/html; charset=windows-1252"),
        ("https://koeln.example/logo.png", b"\x89PNG\r\n", "image/png"),
        ("https://coastalherald.example/news", NEWS_HTML, "text/html"),
    ])
    out = tmp_path / "out.jsonl"
    assert main([str(warc), "-o", str(out)]) == EXIT_OK
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2  # the image is not a page
    assert records[0]["http_status"] == 200 and "Grüße aus Köln" in records[0]["text"]
    assert "tidal mill" in records[1]["text"]
