from __future__ import annotations

from pathlib import Path

from dehusk.batch.inputs import expand_inputs, has_scheme, is_url


def test_quoted_globs_are_expanded_sorted_and_recursive(tmp_path: Path) -> None:
    for name in ("b.html", "a.html", "notes.md", "sub/c.html", "sub/deeper/d.htm"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<p>x</p>")
    assert expand_inputs([f"{tmp_path}/*.html"]) == [f"{tmp_path}/a.html", f"{tmp_path}/b.html"]
    assert expand_inputs([f"{tmp_path}/**/*.htm*"]) == [
        f"{tmp_path}/a.html", f"{tmp_path}/b.html", f"{tmp_path}/sub/c.html",
        f"{tmp_path}/sub/deeper/d.htm"]
    # A glob that matches nothing is kept: it becomes a "missing" error record.
    assert expand_inputs([f"{tmp_path}/*.xml"]) == [f"{tmp_path}/*.xml"]


def test_url_arguments_and_lists_keep_their_order(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text("https://example.org/1\n# skipped\n\n  http://example.org/2  \n")
    assert expand_inputs(["https://example.org/0"], [str(listing)]) == [
        "https://example.org/0", "https://example.org/1", "http://example.org/2"]
    assert is_url("HTTPS://example.org") and not is_url("ftp://example.org")
    assert has_scheme("ftp://example.org") and not has_scheme("pages/a.html")
