"""The census narrows a selector list without changing what it finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dehusk.assemble import comment_sections, comments, forum, forum_systems
from dehusk.assemble.microdata import with_microdata
from dehusk.options import make_options
from dehusk.parse.html import parse_html
from dehusk.segment.census import Census, requirements
from dehusk.segment.html import segment

PAGES = Path(__file__).resolve().parents[1] / "pages"


def census_of(html: str) -> tuple[object, Census]:
    page = parse_html(html)
    page.clean()
    census = segment(page.tree, make_options()).census
    assert census is not None
    return page.tree, census


def test_requirements_name_the_class_words_of_each_alternative() -> None:
    needs = dict(requirements('li.comment, .post-list > li.post, [itemtype*="schema.org/Comment"],'
                              ' [class*="omment"], div:not(.x)'))
    assert needs["li.comment"].classes == {"comment"}
    assert needs[".post-list > li.post"].classes == {"post-list", "post"}
    assert needs['[itemtype*="schema.org/Comment"]'].classes == frozenset()  # not ".org"
    assert needs['[class*="omment"]'].class_parts == ("omment",)
    assert needs["div:not(.x)"] is None  # a class under :not() is not needed


def test_class_substrings_keep_their_case_unless_the_i_flag_drops_it() -> None:
    needs = dict(requirements("[class*='Title'], [class*='Title' i]"))
    assert needs["[class*='Title']"].exact_parts == ("Title",)
    assert needs["[class*='Title' i]"].exact_parts == ()
    tree, census = census_of("<html><body><h2 class='post-title'>a</h2></body></html>")
    assert census.narrow("[class*='title'], [class*='Title'], [class*='TITLE' i]") \
        == "[class*='title'], [class*='TITLE' i]"
    assert tree.css("[class*='Title']") == []


def test_a_comma_inside_a_value_keeps_the_list_whole() -> None:
    assert requirements('[title="a,b"], .x') == (('[title="a,b"], .x', None),)


def test_the_census_sees_what_the_walk_does_not_enter() -> None:
    _, census = census_of(
        "<html class='Root'><body class='page'><div style='display:none'><p class='inHidden'>"
        "x</p></div><pre class='code'><span class='tok'>a</span></pre><table><tr><td class='c1'>"
        "1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table><p class='Seen two'>y</p>"
        "</body></html>")
    assert {"root", "page", "inhidden", "code", "tok", "c1", "seen", "two"} <= census.classes
    assert census.narrow(".missing, p.seen, .TWO") == "p.seen, .TWO"
    assert census.narrow(".missing") == ""


SELECTORS = [comments.ITEM_SELECTOR, comments.ID_SELECTOR, comments.CLASS_CANDIDATES,
             comments.TEXT_SELECTOR, comments.COMMENT_TEXT_SELECTOR, comments.AUTHOR_SELECTOR,
             comments.DATE_SELECTOR, comments.META_SELECTOR, comments.COUNT_SELECTOR,
             forum.ANY_POST, comment_sections.HEADING_CANDIDATES,
             *(s.post for s in forum_systems.SYSTEMS), *(s.body for s in forum_systems.SYSTEMS)]


@pytest.mark.parametrize(("html", "has"), [
    ("<html><body><div class='a'><p>x</p></div></body></html>", False),
    ("<html><body><article itemscope itemtype='https://schema.org/Article'><p>x</p>"
     "</article></body></html>", True),
    ("<html><body itemscope itemtype='https://schema.org/WebPage'><p>x</p></body></html>", True),
    ("<html itemscope><body><p>x</p></body></html>", False),  # itemscope alone types nothing
    ("<html><body><div hidden><span itemprop='name'>x</span></div></body></html>", True),
    ("<html><body><nav><a itemprop='url' href='/'>Home</a></nav><p>x</p></body></html>", True),
    ("<html><body><pre><b itemprop='text'>x</b></pre></body></html>", True),
    # removed with the <head> and the scripts, as ParsedPage.clean() leaves the tree
    ("<html><head><meta itemprop='name' content='x'></head><body><p>x</p>"
     "<script itemprop='x'></script></body></html>", False),
])
def test_the_census_knows_whether_any_element_names_microdata(html: str, has: bool) -> None:
    tree, census = census_of(html)
    assert census.microdata is has
    assert census.microdata is (tree.css_first("[itemprop], [itemtype]") is not None)
    narrowed = with_microdata(census)
    assert narrowed is not None
    assert narrowed.narrow('[itemprop="comment"], p') == ('[itemprop="comment"], p' if has else "p")


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.iterdir() if p.is_dir()))
def test_narrowed_queries_find_what_the_full_ones_find(page: str) -> None:
    html = next((PAGES / page).glob("*.htm*"), None)
    if html is None:
        pytest.skip("no HTML page")
    tree, census = census_of(html.read_bytes().decode("utf-8", "replace"))
    for selector in SELECTORS:
        narrowed = census.narrow(selector)
        found = [n.mem_id for n in tree.css(narrowed)] if narrowed else []
        assert found == [n.mem_id for n in tree.css(selector)], selector
