from __future__ import annotations

import pytest

import dehusk
from dehusk.errors import NotHTMLError

RSS = """<?xml version='1.0' encoding='utf-8'?>
<rss version="2.0"><channel><title>Harbour News</title>
<item><title>Mill to reopen</title><description><![CDATA[<p>The tidal <b>mill</b> turns again.</p>]]></description></item>
<item><title>Ferry times</title><description>New timetable from Monday.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
<entry><title>First</title><summary>The first entry.</summary></entry></feed>"""


def test_rss_items_become_headings_and_paragraphs() -> None:
    doc = dehusk.extract(RSS)
    assert doc.page_type == "feed"
    assert doc.title == "Harbour News"
    assert doc.text == ("Mill to reopen\n\nThe tidal mill turns again.\n\n"
                        "Ferry times\n\nNew timetable from Monday.")


def test_atom_entries() -> None:
    doc = dehusk.extract(ATOM.encode("utf-8"))
    assert (doc.page_type, doc.title, doc.text) == ("feed", "Notes", "First\n\nThe first entry.")


@pytest.mark.parametrize("page", ['{"a": 1}', "  [1, 2, 3]", b'{"title": "x", "items": []}'])
def test_json_is_not_a_page(page: str | bytes) -> None:
    with pytest.raises(NotHTMLError, match="JSON"):
        dehusk.extract(page)


def test_broken_feed_falls_back_to_html() -> None:
    doc = dehusk.extract("<rss><channel><item><title>Unclosed" + " words" * 40)
    assert doc.page_type is None
    assert "Unclosed" in doc.text
