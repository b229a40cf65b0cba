from __future__ import annotations

from pathlib import Path

import pytest

from bench.scalewarc import build


def test_generated_warcs_hold_every_page_once(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="reading WARC files needs the warc extra")
    from dehusk.batch.warc import iter_warc

    paths = build(tmp_path, pages=30, files=3, generated=True)
    items = [item for path in paths for item in iter_warc(str(path))]
    assert len(items) == 30
    assert len({item.meta["warc_record_id"] for item in items}) == 30
    assert sorted(item.url for item in items) == sorted(
        f"https://valley.example/{i}" for i in range(30))
    assert all(item.meta["http_status"] == 200 for item in items)
