from __future__ import annotations

from datetime import date

import dehusk
from dehusk.assemble.meta_authors import clean_authors
from dehusk.assemble.meta_dates import parse_date
from dehusk.assemble.meta_title import strip_site
from dehusk.assemble.metadata import _meta_tags, extract_metadata
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


def test_by_in_other_languages_is_stripped() -> None:
    assert clean_authors("Por María López y Juan Pérez") == ["María López", "Juan Pérez"]
    assert clean_authors("di Giulia Bianchi") == ["Giulia Bianchi"]
    assert clean_authors("door Sanne de Vries en Pieter Jansen") == ["Sanne de Vries",
                                                                      "Pieter Jansen"]
    assert clean_authors("Par Claire Dubois") == ["Claire Dubois"]


def test_labels_dates_and_credentials_around_names() -> None:
    assert clean_authors("Alle Artikel von Tanja Berg") == ["Tanja Berg"]
    assert clean_authors("Interview: Julia Lauter") == ["Julia Lauter"]
    assert clean_authors("Steven Musil January 18, 2024") == ["Steven Musil"]
    assert clean_authors("Nicole Collignon22. Februar 2020") == ["Nicole Collignon"]
    assert clean_authors("Grant Tinsley, PhD") == ["Grant Tinsley"]
    assert clean_authors("Posted on") == []
    assert clean_authors("Donnerstag") == []
    assert clean_authors("© Kathrin Führes Kathrin Führes") == ["Kathrin Führes"]


def test_site_or_organisation_as_author_yields_to_the_byline() -> None:
    page = ('<meta property="og:site_name" content="Die Wochenpost">'
            '<meta name="author" content="Wochenpost Verlag GmbH"><body><article>'
            '<h1>Titel</h1><p class="byline">Von Ursula Baatz</p></article></body>')
    doc = meta(page, url="https://wochenpost.example/a")
    assert doc.authors == ["Ursula Baatz"]
    assert doc.sources["authors"] == "byline"


def test_sidebar_and_comment_names_are_not_authors() -> None:
    page = ('<body><aside><span class="author">Von Peter Huber</span></aside>'
            '<div class="related-posts"><span class="author">Lena Roth</span></div>'
            '<ol class="comment-list"><li><span class="comment-author">Karl</span></li></ol>'
            '<article><h1>T</h1><span class="author vcard">Mara Lind</span></article></body>')
    assert meta(page).authors == ["Mara Lind"]


def test_jsonld_author_by_reference() -> None:
    doc = meta('<script type="application/ld+json">{"@graph": [{"@type": "Article",'
               '"author": {"@id": "#p1"}}, {"@type": "Person", "@id": "#p1",'
               '"name": "Eva Gruber"}]}</script><body></body>')
    assert doc.authors == ["Eva Gruber"]


def test_visible_date_near_the_headline_and_not_the_updated_line() -> None:
    html = ("<html><body><article><h1>Ein Titel über etwas</h1>"
            "<p>Aktualisiert am 12.03.2024</p><p>Veröffentlicht: 10.03.2024</p>"
            "<p>" + "Ein langer Absatz mit Text. " * 20 + "</p></article></body></html>")
    doc = dehusk.extract(html)
    assert doc.date == "2024-03-10"
    assert doc.sources["date"].startswith("visible line")


def test_language_declared_and_detected() -> None:
    text = "Die neue Brücke über den Fluss ist seit Dienstag offen, sagte die Bürgermeisterin. "
    doc = dehusk.extract(f"<html><body><p>{text * 4}</p></body></html>")
    assert doc.language_detected == "de"
    assert doc.language == "de"
    assert doc.sources["language"].startswith("detected")
    doc = dehusk.extract(f'<html lang="en"><body><p>{text * 4}</p></body></html>')
    assert (doc.language, doc.language_detected) == ("en", "de")


def test_jsonld_in_a_cdata_section_is_read() -> None:
    doc = meta('<script type="application/ld+json"><![CDATA[ {"@type": "NewsArticle", '
               '"datePublished": "2015-10-15T02:19:15Z", "author": {"@type": "Person", '
               '"name": "John Welch"}} ]]></script><body></body>')
    assert (doc.date[:10], doc.authors) == ("2015-10-15", ["John Welch"])


def test_visible_local_day_beats_a_utc_timestamp_a_day_away() -> None:
    body = "<p>" + "Ein langer Absatz mit Text über die Stadt. " * 20 + "</p>"
    page = ('<html><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2024-03-05T23:30:00Z"}</script><body><article>'
            "<h1>Ein Titel über etwas</h1><p>6. März 2024</p>" + body + "</article></body></html>")
    assert dehusk.extract(page).date == "2024-03-06"
    # A sentence that mentions a date is no date line: the JSON-LD stands.
    sentence = "Der Rat hatte schon am 1. März 2024 über die Pläne für die neue Brücke beraten."
    assert dehusk.extract(page.replace("6. März 2024", sentence)).date.startswith("2024-03-05")
    # A date line of its own next to the headline is what readers are shown.
    assert dehusk.extract(page.replace("6. März 2024", "1. März 2024")).date == "2024-03-01"


def test_last_resort_date_line_skips_modified_and_future_lines() -> None:
    paragraph = "<p>" + "Text ohne Datum, aber lang genug für einen Absatz. " * 5 + "</p>"
    page = ("<html><body><article><h1>Ein Titel</h1>" + paragraph * 12 + "</article>"
            "<footer><div>Letzte Änderung: 02.02.2023</div><div>Termin: 01.01.2099</div>"
            "<div>17.01.2021</div></footer></body></html>")
    doc = dehusk.extract(page)
    assert doc.date == "2021-01-17"
    assert doc.sources["date"].startswith("a date line")


def test_dublin_core_title_and_space_separated_properties() -> None:
    doc = meta('<title>Page | Site</title><meta property="og:title" content="Social title">'
               '<meta name="dc.title" content="The catalogued title"><body></body>')
    assert doc.title == "The catalogued title"
    doc = meta('<meta property="dc:creator og:description" content="Shared value">'
               '<title>Plain title here</title><body></body>')
    assert doc.description == "Shared value"


def test_license_from_rel_license_or_jsonld() -> None:
    doc = meta('<body><p>Text <a rel="license" href="https://creativecommons.org/licenses/'
               'by-sa/4.0/">CC BY-SA 4.0</a></p></body>')
    assert doc.license == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert doc.sources["license"] == "rel=license"
    doc = meta('<script type="application/ld+json">{"@type": "Article", "license": '
               '"https://creativecommons.org/licenses/by/4.0/"}</script><body></body>')
    assert doc.license == "https://creativecommons.org/licenses/by/4.0/"


def test_a_line_labelled_published_wins_over_a_nearer_date_and_the_metadata() -> None:
    body = "<p>" + "Ein langer Absatz mit Text über die Stadt. " * 20 + "</p>"
    page = ('<html><head><meta property="article:published_time" '
            'content="2024-03-09T10:00:00+01:00"></head><body>'
            '<div class="weather">Tuesday, Apr 2nd 2024 7°C</div><article>'
            "<h1>Ein Titel über etwas</h1><p>Von Jana Roth</p><p>Klima</p>"
            "<p>PUBLISHED: 4 March 2024 | UPDATED: 6 March 2024</p>" + body
            + "</article></body></html>")
    doc = dehusk.extract(page)
    assert doc.date == "2024-03-04"
    assert "labelled published" in doc.sources["date"]
    # An embedded social post says "Posted by ... on ...": not the article's.
    embed = page.replace("PUBLISHED: 4 March 2024 | UPDATED: 6 March 2024", "Klima") + ""
    embed = embed.replace("</article>", '<blockquote class="fb-post"><p>Posted by Jana Roth on '
                          "Friday, March 1, 2024</p></blockquote></article>")
    assert not dehusk.extract(embed).sources["date"].startswith("visible line labelled")


def test_a_date_in_the_article_text_does_not_replace_the_metadata_date() -> None:
    body = "<p>" + "Ein langer Absatz mit Text über die Stadt und ihre Feste. " * 6 + "</p>"
    page = ('<html><head><meta property="article:published_time" '
            'content="2023-11-27T15:21:21+01:00"></head><body><article>'
            "<h1>Termine im Frühjahr</h1>" + body + "<p>Termin: 21.02.2024, 19 Uhr</p>"
            "<p>Ort: Stadthalle</p>" + body + "</article></body></html>")
    assert dehusk.extract(page).date.startswith("2023-11-27")
    # The meta line under the headline does, even with a byline and a time.
    meta_line = "<p>Von Jana Roth Kategorien: Mode und Stil 6. Dezember 2023, 15:25 Uhr</p>"
    assert dehusk.extract(page.replace("</h1>", "</h1>" + meta_line)).date == "2023-12-06"


def test_the_as_of_date_of_a_news_page_is_its_date() -> None:
    body = "<p>" + "Ein langer Absatz mit Text über die Stadt. " * 20 + "</p>"
    page = ('<html><head><meta name="date" content="2024-04-29T11:52:23"></head><body>'
            "<article><h1>Daten gehackt</h1><p>Stand: 28.04.2024 18:00 Uhr</p>" + body
            + "</article></body></html>")
    assert dehusk.extract(page).date == "2024-04-28"
    # An update label still marks a modification.
    updated = page.replace("Stand:", "Aktualisiert:")
    assert dehusk.extract(updated).date.startswith("2024-04-29")


def test_the_headline_is_the_first_main_heading_under_a_logo_h1() -> None:
    nav = "".join(f"<li><a href='/{i}'>Rubrik {i}</a></li>" for i in range(10))
    body = "Bei der Erinnerung an die Verfolgten waren viele Opfer lange unsichtbar. " * 5
    page = ("<html><body><header><h1>Magazin</h1><ul>" + nav + "</ul></header><main>"
            "<h2>Gedenktag: Erinnerung mit Stolpersteinen</h2><p>Von Clara Lind</p>"
            f"<p>27.1.2022 - {body}</p><p>{body}</p></main></body></html>")
    doc = dehusk.extract(page)
    assert doc.date == "2022-01-27"
    assert doc.sources["date"].startswith("dateline")


def test_meta_tags_anywhere_in_the_page_are_read_first_one_winning() -> None:
    # _meta_tags lists the <meta> by tag name: the same elements, in the same
    # order, as the query "meta" (the head's and a microdata one in the body).
    page = parse_html('<html><head><meta name="author" content="Ann Example">'
                      '<meta property="og:title" content="From the head"></head><body>'
                      '<div itemscope><meta itemprop="datePublished" content="2021-03-04">'
                      '<meta name="author" content="Later Name"></div><p>Text</p></body></html>')
    assert [n.mem_id for n in page.tree.tags("meta")] == [n.mem_id for n in page.tree.css("meta")]
    metas = _meta_tags(page.tree)
    assert metas["author"] == "Ann Example"
    assert metas["datepublished"] == "2021-03-04"
    assert metas["og:title"] == "From the head"
