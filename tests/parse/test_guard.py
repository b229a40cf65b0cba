"""Markup that stalls the parser is cut down first; text survives."""

from __future__ import annotations

import dehusk
from dehusk.parse.guard import MAX_PARSE_DEPTH, defuse


def test_deep_nesting_is_flattened_and_its_text_kept() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "<p>deep words</p>" + "</div>" * 100_000
    doc = dehusk.extract(page + "</body></html>")
    assert "deep words" in doc.text
    assert any("nested deeper than" in w for w in doc.warnings)


def test_unclosed_tags_by_the_thousand() -> None:
    doc = dehusk.extract("<html><body>" + "<div><span><b>text here " * 20_000)
    assert doc.text.count("text here") > 1000


def test_element_with_100000_attributes() -> None:
    attrs = " ".join(f'a{i}="{i}"' for i in range(100_000))
    doc = dehusk.extract(f"<html><body><div {attrs}><p>hello there, reader</p></div></body></html>")
    assert "hello there, reader" in doc.text
    assert any("start tags with over" in w for w in doc.warnings)


def test_a_long_data_uri_is_not_cut() -> None:
    page = f'<html><body><img src="data:image/png;base64,{"A" * 20_000}"><p>after</p></body></html>'
    assert defuse(page) == (page, [])


def test_ordinary_pages_are_untouched() -> None:
    page = "<html><body>" + "<div><p>x</p></div>" * 100 + "</body></html>"
    assert defuse(page) == (page, [])


def test_flattening_keeps_depth_under_the_limit() -> None:
    text, notes = defuse("<body>" + "<section>" * 30_000 + "t" + "</section>" * 30_000)
    # <body> is one level: sections fill the rest of the allowed depth
    assert text.count("<section>") == MAX_PARSE_DEPTH - 1
    assert text.count("</section>") == MAX_PARSE_DEPTH - 1
    assert notes
