"""The widened byline query reports what the byline selector list reports."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from dehusk.assemble.meta_byline_query import BYLINE_SELECTOR, byline_nodes

PAGES = [
    # one element matching several selectors of the list: reported once per selector
    "<body><p class='byline author-name'><a rel='author' href='/author/jana/'>Jana</a></p></body>",
    # the stems match what the words do not ("autumn", "/auto/"): narrowed away
    "<body><div class='autumn-sale'><a href='/auto/cars'>Cars</a></div>"
    "<span class='Autor'>Max Roth</span><span class='auteur'>Luc</span></body>",
    # case: "AUTHOR" in either case, "Writer" only as written
    "<body><div class='AUTHOR-box Writer'>A</div><div class='writer'>B</div>"
    "<a href='/autores/ana'>Ana</a><a href='/autoren/x'>X</a><a href='/autore/y'>Y</a></body>",
    "<body><div class='vcard'><span class='fn'>Name</span><span class='fn org'>Org</span></div>"
    "<div class='submitted'>by Somebody</div><p itemprop='author'>Ann</p></body>",
    "<body><p>No byline here.</p></body>",
]


@pytest.mark.parametrize("html", PAGES)
def test_the_reports_are_the_selector_lists(html: str) -> None:
    tree = LexborHTMLParser(html)
    expected = [node.mem_id for node in tree.css(BYLINE_SELECTOR)]
    assert [node.mem_id for node in byline_nodes(tree)] == expected
