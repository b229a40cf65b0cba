from __future__ import annotations

from datetime import date

from dehusk.assemble.meta_authors import clean_authors
from dehusk.assemble.meta_dates import parse_date
from dehusk.assemble.meta_title import strip_site
from dehusk.assemble.metadata import extract_metadata
from dehusk.model import Document
from dehusk.parse.html import parse_html


def meta(html: str, url: str | None = None) -> Document:
    page = parse_html(html)
    doc = Document()
    extract_metadata(page.tree, url, doc, jsonld=page.jsonld)
    return doc


def test_title_loses_the_site_suffix() -> None:
    assert strip_site("Post name | My Blog", "My Blog") == "Post name"
    assert strip_site("A long article title - Site", None) == "A long article title"
    doc = meta("<title>Post name | My Blog</title><body><p>x</p></body>")
    assert doc.title == "Post name"


def test_h1_confirmed_by_og_title() -> None:
    doc = meta('<meta property="og:title" content="The real title — Paper">'
               "<body><h1>The real title</h1></body>")
    assert doc.title == "The real title"
    assert doc.sources["title"].startswith("h1")


def test_byline_prefixes_and_several_authors() -> None:
    assert clean_authors("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert clean_authors("Von Max Mustermann") == ["Max Mustermann"]
    assert clean_authors("Par Claire Dubois, Luc Martin") == ["Claire Dubois", "Luc Martin"]


def test_site_name_is_never_the_author() -> None:
    doc = meta('<meta property="og:site_name" content="Daily Planet">'
               '<meta name="author" content="Daily Planet"><body></body>')
    assert doc.authors == []


def test_future_dates_are_rejected() -> None:
    today = date(2024, 6, 1)
    assert parse_date("2031-01-01", now=today) is None
    assert parse_date("2024-05-31", now=today) == "2024-05-31"
    doc = meta('<meta name="date" content="2999-01-01"><body>'
               '<time datetime="2020-02-02">2 Feb</time></body>')
    assert doc.date == "2020-02-02"


def test_modified_is_not_reported_as_published() -> None:
    doc = meta('<meta property="article:modified_time" content="2021-05-05"><body></body>')
    assert doc.date is None
    assert doc.date_modified == "2021-05-05"


def test_date_from_url_and_text() -> None:
    assert meta("<body></body>", url="https://e.org/2019/11/18/story").date == "2019-11-18"
    assert parse_date("5. März 2020") == "2020-03-05"
    assert parse_date("Nov. 19, 2019 8:21 am ET") == "2019-11-19"


def test_jsonld_graph_and_language() -> None:
    doc = meta('<html lang="de-AT"><script type="application/ld+json">{"@graph": ['
               '{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle", '
               '"headline": "Schlagzeile", "author": {"@type": "Person", "name": "Eva Gruber"},'
               '"datePublished": "2022-10-10T08:00:00+02:00"}]}</script><body></body></html>')
    assert (doc.title, doc.authors, doc.date[:10], doc.language) == (
        "Schlagzeile", ["Eva Gruber"], "2022-10-10", "de")
    assert doc.sources["authors"] == "json-ld author"


def test_byline_labels_glued_to_names() -> None:
    assert clean_authors("AuthorAndreas Kalt") == ["Andreas Kalt"]
    assert clean_authors("Veröffentlicht vonChris Jung") == ["Chris Jung"]
    assert clean_authors("Post author By Helge Fahrnberger") == ["Helge Fahrnberger"]
    assert clean_authors("Michael Veeser-Dombrowski") == ["Michael Veeser-Dombrowski"]
    assert clean_authors("lupa am 26/10/13; 03:48 pm") == ["lupa"]
    assert clean_authors("Robert De Niro") == ["Robert De Niro"]
    assert clean_authors("Textor Smith") == ["Textor Smith"]
    assert clean_authors("wordpressadmin") == []


def test_date_from_a_time_element_without_datetime() -> None:
    doc = meta("<body><li class='Date'><time>29.04.2020, 12:01 Uhr</time></li></body>")
    assert doc.date == "2020-04-29"
