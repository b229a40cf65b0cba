"""Author names: bylines the development pages showed us, in several languages."""

from __future__ import annotations

from dehusk.assemble.meta_authors import clean_authors
from dehusk.assemble.meta_inline import inline_byline
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


def test_glued_and_trailing_words_after_a_name() -> None:
    assert clean_authors("Heiko SauerDo") == ["Heiko Sauer"]
    assert clean_authors("Isabel Caro, José Miguel WilsonHace 2 horas") == [
        "Isabel Caro", "José Miguel Wilson"]
    assert clean_authors("Leena Simon Veröffentlicht") == ["Leena Simon"]
    assert clean_authors("Loïc Le Clerc") == ["Loïc Le Clerc"]
    assert clean_authors("Jean Dupont le 5 mai 2020") == ["Jean Dupont"]
    assert clean_authors("Simon Mayer") == ["Simon Mayer"]
    assert clean_authors("Maria Do") == ["Maria Do"]


def test_a_job_title_after_the_name() -> None:
    assert clean_authors("Ben Silverman Games Editor") == ["Ben Silverman"]
    assert clean_authors("Adam Aaronson PhillyVoice Staff") == ["Adam Aaronson"]
    assert clean_authors("Mary Ann Smith Staff Writer") == ["Mary Ann Smith"]


def test_labels_before_the_name_and_separators_after_it() -> None:
    assert clean_authors("Pressemitteilung von Katja Kipping") == ["Katja Kipping"]
    assert clean_authors("Zur Artikelübersicht") == []
    # "Name | Category: x" is no "Label: name".
    assert clean_authors("von wordpressadmin | Eingetragen bei: politics | 0") == []


def test_bylines_inside_a_line_of_page_furniture() -> None:
    assert inline_byline("yas! | By Cara Stiles | April 13, 2020") == ["Cara Stiles"]
    assert inline_byline("Datum: 03.11.2021 Autor: Peter Maahn Lesezeit: 5 min") == [
        "Peter Maahn"]
    assert inline_byline("Posted in Datenschutz by jdoe on August 3, 2019") == ["jdoe"]
    assert inline_byline("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)") == [
        "Eberhard Fuhr"]
    assert inline_byline("Text von Christian Seiler Illustration von Markus Roost") == [
        "Christian Seiler"]
    assert inline_byline("Stars 06.11.2023 13:30 von Olga") == ["Olga"]
    # A subtitle is no byline.
    assert inline_byline("Die Bahn – von Berlin nach Hamburg in zwei Stunden") == []


def test_dublin_core_creator_before_meta_author() -> None:
    doc = meta('<meta name="author" content="Webteam"><meta property="dc:creator" '
               'content="Jana Roth"><body></body>')
    assert doc.authors == ["Jana Roth"]


def test_byline_in_the_articles_aside_but_not_in_a_teaser_or_an_hcard_place() -> None:
    page = ("<body><main><article><aside><p><span class='article-author'>Nicolas Roux"
            "</span></p></aside><h1>Titel</h1><p>Text</p></article></main></body>")
    assert meta(page).authors == ["Nicolas Roux"]
    teaser = ("<body><article><aside class='dossier'><article class='slider-teaser'>"
              "<span class='slider-teaser__author'>Max Huber</span></article></aside>"
              "<h1>Titel</h1><p>Text</p></article></body>")
    assert meta(teaser).authors == []
    place = ("<body><table class='infobox vcard'><tr><td><div class='fn org'>Neuseeland"
             "</div></td></tr></table><p>Text</p></body>")
    assert meta(place).authors == []


def test_a_user_name_in_the_structured_data_is_completed_by_the_byline() -> None:
    page = ('<script type="application/ld+json">{"@type": "Article", "author": '
            '{"@type": "Person", "name": "arianschmidt"}}</script><body><article>'
            "<div class='post-header_author'>von Arian Schmidt</div><p>Text</p></article></body>")
    assert meta(page).authors == ["Arian Schmidt"]
