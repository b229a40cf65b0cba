"""Titles: the metadata title reconciled with the visible headline."""

from __future__ import annotations

from dehusk.assemble.meta_title import clean_title, headline_text, strip_site
from dehusk.assemble.metadata import extract_metadata
from dehusk.model import Document
from dehusk.parse.html import parse_html


def meta(html: str, url: str | None = None) -> Document:
    page = parse_html(html)
    doc = Document()
    extract_metadata(page.tree, url, doc, jsonld=page.jsonld)
    return doc


def test_kicker_inside_the_h1_is_not_the_title() -> None:
    page = parse_html('<h1 class="article-heading"><span class="kicker">Hochwasser</span>'
                      '<span class="visually-hidden">: </span>'
                      '<span class="title">Pegel an der Murg sinkt wieder</span></h1>')
    assert headline_text(page.tree.css_first("h1")) == "Pegel an der Murg sinkt wieder"
    inline = parse_html("<h1>Neue <i>Murg</i>-Brücke eröffnet</h1>")
    assert headline_text(inline.tree.css_first("h1")) == "Neue Murg-Brücke eröffnet"
    one_sentence = parse_html("<h1><span>Streit</span> der Nachbarn eskaliert</h1>")
    assert headline_text(one_sentence.tree.css_first("h1")) == "Streit der Nachbarn eskaliert"
    doc = meta('<meta property="og:title" content="Hochwasser: Pegel an der Murg sinkt wieder">'
               '<body><h1><span class="dachzeile">Hochwasser</span> '
               '<span class="headline">Pegel an der Murg sinkt wieder</span></h1></body>')
    assert doc.title == "Pegel an der Murg sinkt wieder"


def test_kicker_in_the_metadata_yields_to_the_h1() -> None:
    title, source = clean_title([("Pressemitteilung: Endlich mehr Radwege", "og:title")],
                                ["Endlich mehr Radwege"], None)
    assert (title, source) == ("Endlich mehr Radwege", "h1 (confirmed by og:title)")


def test_a_complete_h1_wins_over_a_shortened_metadata_title() -> None:
    title, _ = clean_title([("Leasen oder kaufen", "json-ld headline")],
                           ["Leasen oder kaufen – was ist günstiger?"], None)
    assert title == "Leasen oder kaufen – was ist günstiger?"
    title, _ = clean_title([("Neue Fabrik erhöht Kapazität", "og:title")],
                           ["Neue Fabrik erhöht Kapazität in Tennessee"], None)
    assert title == "Neue Fabrik erhöht Kapazität in Tennessee"
    # A dateline or a subtitle glued into the <h1> is not the headline.
    title, _ = clean_title([("Zuschauer kehren zurück", "og:title")],
                           ["Zuschauer kehren zurück 02.02.2022 • Verband, Presse"], None)
    assert title == "Zuschauer kehren zurück"
    title, _ = clean_title([("Fischkuchen, heiß und frisch", "og:title")],
                           ["Fischkuchen, heiß und frisch Willkommen in der Hauptstadt"], None)
    assert title == "Fischkuchen, heiß und frisch"


def test_the_part_a_heading_repeats_is_the_title() -> None:
    # WordPress's old default theme: the site in <h1>, the post in <h2>.
    title, _ = clean_title([("Vier Jahre » Blog Archive » Kleine Zahlen in Python", "title")],
                           ["Vier Jahre"], None, "vierjahre.example",
                           ["Kleine Zahlen in Python"])
    assert title == "Kleine Zahlen in Python"
    title, _ = clean_title([("Neu - Kleiner SUV auf dem Vormarsch - Vorstellung", "title")],
                           ["Kleiner SUV auf dem Vormarsch"], None)
    assert title == "Kleiner SUV auf dem Vormarsch"
    # "Post : Blog" on a blog whose <h1> is its name.
    title, _ = clean_title([("Das schönste Musikvideo der Welt : Krimiblog", "title")],
                           ["Krimiblog"], None)
    assert title == "Das schönste Musikvideo der Welt"


def test_a_title_naming_the_site_yields_to_the_h1() -> None:
    title, source = clean_title([("Anwalt Niemeyer", "title")], ["Willkommen in der Kanzlei"],
                                None, "www.anwaltniemeyer.example")
    assert (title, source) == ("Willkommen in der Kanzlei", "h1 (title names the site)")
    title, _ = clean_title([("Home", "title")], ["Zeit, Abschied zu nehmen"], None)
    assert title == "Zeit, Abschied zu nehmen"
    # Mentioning the site is not naming it.
    title, _ = clean_title([("Tote Hummeln unter Linden: Die Erklärung | Hummeln", "og:title")],
                           ["Tote Hummeln unter Linden"], "Hummeln")
    assert title == "Tote Hummeln unter Linden"


def test_metadata_titles_keep_their_subtitle() -> None:
    # og:title loses a part only when it is the site's name; <title> also
    # loses a shorter outer part.
    doc = meta('<meta property="og:title" content="How we built it - an async task queue">'
               "<title>How we built it - Example Blog</title><body></body>")
    assert doc.title == "How we built it - an async task queue"
    doc = meta('<meta property="og:title" content="Runde Tischdecken nähen | homify">'
               "<body></body>", url="https://www.homify.example/ideen/tischdecke")
    assert doc.title == "Runde Tischdecken nähen"
    assert strip_site("Post name | Section | My Blog", None) == "Post name"


def test_jsonld_name_against_headline() -> None:
    # An encyclopedia puts a description in `headline`; the <h1> says which is the title.
    doc = meta('<title>New Zealand - Encyclopedia</title><script type="application/ld+json">'
               '{"@type": "Article", "name": "New Zealand", "headline": '
               '"island country in Oceania"}</script><body><h1>New Zealand</h1></body>')
    assert doc.title == "New Zealand"
    doc = meta('<title>Kolumne: Ein wenig lost | Blog</title><script type="application/ld+json">'
               '{"@type": "BlogPosting", "name": "Kolumne: Ein wenig lost | Blog", '
               '"headline": "Sunday Thoughts: Ein wenig lost"}</script>'
               "<body><h1>Sunday Thoughts: Ein wenig lost</h1></body>")
    assert doc.title == "Sunday Thoughts: Ein wenig lost"


def test_property_attribute_wins_and_parsely_title() -> None:
    doc = meta('<meta name="DC.title" content="Name title">'
               '<meta property="dc:title" content="Property title"><body></body>')
    assert doc.title == "Property title"
    doc = meta('<meta name="parsely-title" content="The parsely title"><body></body>')
    assert doc.title == "The parsely title"


def test_soft_hyphens_and_permalinks() -> None:
    title, _ = clean_title([("Messengerdienste sind kein rechtsfreier Raum", "og:title")],
                           ["Mes\xadsen\xadger\xaddiens\xadte sind kein rechts\xadfrei\xader Raum"],
                           None)
    assert title == "Messengerdienste sind kein rechtsfreier Raum"
    page = parse_html('<h1>Evolve: Shared History<a class="headerlink" href="#e">¶</a></h1>')
    assert headline_text(page.tree.css_first("h1")) == "Evolve: Shared History"
