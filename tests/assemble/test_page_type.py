"""Page type with a confidence: declared structured data, og:type, URL and shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dehusk
from dehusk.assemble.page_type import TypeHints, decide_page_type
from dehusk.model import Document

PAGES = Path(__file__).parents[1] / "pages"
TYPED = sorted(p.name for p in PAGES.iterdir()
               if (p / "expected.json").exists()
               and "page_type" in json.loads((p / "expected.json").read_text(encoding="utf-8")))
PROSE = "<p>This sentence belongs to the article and it has enough words to count. " * 3 + "</p>"


@pytest.mark.parametrize("slug", TYPED)
def test_pages_written_for_the_tests_get_their_type(slug: str) -> None:
    expected = json.loads((PAGES / slug / "expected.json").read_text(encoding="utf-8"))
    data = (PAGES / slug / expected.get("file", "page.html")).read_bytes()
    doc = dehusk.extract(data, url=expected.get("url"))
    assert doc.page_type == expected["page_type"]
    assert doc.page_type_confidence is not None and 0.5 <= doc.page_type_confidence <= 1.0
    assert "page_type" in doc.sources  # the evidence is recorded


def test_declared_product_wins_over_og_article() -> None:
    html = ('<html><head><meta property="og:type" content="article">'
            '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>'
            f"</head><body><main>{PROSE}</main></body></html>")
    doc = dehusk.extract(html)
    assert doc.page_type == "product"
    assert doc.page_type_confidence is not None and doc.page_type_confidence < 0.75


def test_graph_members_and_type_lists_are_read() -> None:
    jsonld = [{"@graph": [{"@type": "WebSite"}, {"@type": ["Recipe", "Thing"]}]}]
    doc = Document()
    decide_page_type(doc, jsonld, TypeHints(), 30)
    assert doc.page_type == "recipe"


def test_one_weak_hint_is_not_confident() -> None:
    doc = Document()
    decide_page_type(doc, [], TypeHints(og_type="article"), 30)
    assert doc.page_type == "article"
    assert doc.page_type_confidence is not None and doc.page_type_confidence < 0.75


def test_no_evidence_leaves_the_type_unset() -> None:
    doc = dehusk.extract("<html><body><p>Hello.</p></body></html>")
    assert doc.page_type is None and doc.page_type_confidence is None


def test_a_type_set_by_another_stage_is_kept() -> None:
    doc = Document(page_type="forum", page_type_confidence=0.9)
    decide_page_type(doc, [{"@type": "Product"}], TypeHints(og_type="product"), 30)
    assert (doc.page_type, doc.page_type_confidence) == ("forum", 0.9)


def test_explain_shows_the_page_type_and_its_evidence() -> None:
    from dehusk.explain import explain

    doc = dehusk.extract((PAGES / "product-page" / "page.html").read_bytes())
    line = next(x for x in explain(doc).splitlines() if x.strip().startswith("page_type"))
    assert "product" in line and "schema.org type" in line
