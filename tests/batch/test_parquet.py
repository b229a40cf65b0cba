"""Parquet carries the same records as JSON Lines, under one named schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dehusk.batch.schema import COLUMN_NAMES, SCHEMA_VERSION, from_row, to_row
from dehusk.batch.sinks import read_records
from dehusk.cli import EXIT_PARTIAL, main
from tests.warcfile import write_warc

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "pages"

THREAD = [{"id": "c1", "author": "Ann", "date": None, "text": "First.", "depth": 0,
           "parent": None, "replies": [
               {"id": "c2", "author": "Bo", "date": "2024-01-02", "text": "Reply.", "depth": 1,
                "parent": "c1", "replies": [
                    {"id": "c3", "author": None, "date": None, "text": "Deeper.", "depth": 2,
                     "parent": "c2", "replies": []}]},
               {"id": "c4", "author": "Cy", "date": None, "text": "Second reply.",
                "depth": 1, "parent": "c1", "replies": []}]},
          {"id": "c5", "author": "Di", "date": None, "text": "Another.", "depth": 0,
           "parent": None, "replies": []}]


def test_a_comment_thread_survives_flattening() -> None:
    record = {"source": "x", "ok": True, "error": None, "comments": THREAD}
    row = to_row(record)
    assert [c["id"] for c in row["comments"]] == ["c1", "c2", "c3", "c4", "c5"]
    assert from_row(row)["comments"] == THREAD


def test_a_record_key_without_a_column_is_refused() -> None:
    with pytest.raises(KeyError):
        to_row({"source": "x", "ok": True, "error": None, "brand_new_field": 1})


def test_every_document_field_has_a_column() -> None:
    import dehusk

    keys = set(dehusk.extract((PAGES / "blog-post" / "page.html").read_bytes()).to_dict())
    assert keys <= set(COLUMN_NAMES)


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    pytest.importorskip("fastwarc", reason="the WARC input needs the warc extra")
    names = []
    for slug in ("news-article-comments", "blog-post", "product-page"):
        path = tmp_path / f"{slug}.html"
        path.write_bytes((PAGES / slug / "page.html").read_bytes())
        names.append(str(path))
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://example.org/a", (PAGES / "tables-and-code" / "page.html").read_bytes(),
         "text/html; charset=utf-8"),
        ("https://example.org/b", b"\x00\x01 not a page", "text/html")])
    return names + [str(tmp_path / "missing.html"), str(warc)]


def test_jsonl_and_parquet_carry_the_same_records(inputs: list[str], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet needs the parquet extra")
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    assert main(inputs + ["-o", str(jsonl)]) == EXIT_PARTIAL
    assert main(inputs + ["-o", str(parquet), "--jobs", "2"]) == EXIT_PARTIAL
    from_jsonl = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert len(from_jsonl) == 6
    assert any(r["comments"] and r["comments"][0]["replies"] for r in from_jsonl if r["ok"])
    assert read_records(parquet) == from_jsonl
    table = pq.read_table(str(parquet))
    assert table.column_names == list(COLUMN_NAMES)
    assert table.schema.metadata[b"dehusk_schema_version"] == str(SCHEMA_VERSION).encode()
    rows = table.to_pylist()
    assert [r["http_status"] for r in rows][-2:] == [200, 200]
    assert rows[3]["error_reason"] == "missing" and rows[3]["title"] is None


def test_sharded_parquet_matches_jsonl(inputs: list[str], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="Parquet needs the parquet extra")
    main(inputs + ["--output-dir", str(tmp_path / "j"), "--shard-size", "4"])
    main(inputs + ["--output-dir", str(tmp_path / "p"), "--shard-size", "4",
                   "--output-type", "parquet"])
    shards = sorted(p.name for p in (tmp_path / "p").glob("part-*"))
    assert shards == ["part-00000.parquet", "part-00001.parquet"]
    for j, p in zip(sorted((tmp_path / "j").glob("part-*")), sorted((tmp_path / "p").glob(
            "part-*")), strict=True):
        assert read_records(j) == read_records(p)
