"""Author names: bylines the development pages showed us, in several languages."""

from __future__ import annotations

from dehusk.assemble.meta_authors import clean_authors
from dehusk.assemble.metadata import extract_metadata
from dehusk.model import Document
from dehusk.parse.html import parse_html


def meta(html: str, url: str | None = None) -> Document:
    page = parse_html(html)
    doc = Document()
    extract_metadata(page.tree, url, doc, jsonld=page.jsonld)
    return doc


def test_the_editorial_desk_is_a_byline() -> None:
    # "Redaktion" (the newsroom) is what many German pages sign with.
    assert clean_authors("Von Redaktion") == ["Redaktion"]
    assert clean_authors("Redaktion Polizeiticker Schweiz") == ["Redaktion Polizeiticker Schweiz"]
    assert clean_authors("Redaktion: Eberhard Fuhr") == ["Eberhard Fuhr"]


def test_a_social_handle_after_the_name_is_dropped() -> None:
    assert clean_authors("Por Williams Perdomo @wperdomod") == ["Williams Perdomo"]
    assert clean_authors("@handle") == []


def test_blogger_posts_are_not_a_sidebar_widget() -> None:
    page = ('<body><div class="widget Blog" id="Blog1"><div class="post hentry">'
            "<h3>Ein Beitrag</h3><p>Text</p><div class='post-footer'>"
            "<span class='post-author vcard'>Eingestellt von <span class='fn'>Anna Weber"
            "</span></span></div></div></div><div class='widget Profile'>"
            "<span class='fn'>Profilname</span></div></body>")
    assert meta(page).authors == ["Anna Weber"]
