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


def test_the_bare_name_inside_a_byline_wins_over_its_decorated_text() -> None:
    # The byline's text carries a job title or a weekday; the link inside it
    # holds the name alone.
    page = ('<body><article><h1>Titel</h1><div class="author-box">Gast-Experte '
            '<a href="/autor/jana-berg">Jana Berg</a></div><p>Text</p></article></body>')
    assert meta(page).authors == ["Jana Berg"]
    page = ('<body><article><h1>Titel</h1><div class="byline">Von <span class="author">'
            'Jana Berg</span> Mo, 3. Mai 2021</div><p>Text</p></article></body>')
    assert meta(page).authors == ["Jana Berg"]


def test_the_site_name_in_an_author_box_yields_to_a_person() -> None:
    # A blog's header marks the blog's name as its "author"; the post's
    # byline below names the person.
    page = ('<body><header><h1 class="vcard author"><a class="fn">Krimikiste</a></h1></header>'
            '<article><h2>Ein Buch</h2><h4 class="vcard author">vom <span class="fn">'
            'Leseratte</span></h4><p>Text</p></article></body>')
    assert meta(page, "https://www.krimikiste.example/buch").authors == ["Leseratte"]
    # Nobody else signs: a publication's name is no author, a personal
    # blog's (named for its writer) is.
    only_site = ('<body><article><h2>Ein Buch</h2><span class="author">Krimikiste Magazin'
                 '</span><p>Text</p></article></body>')
    assert meta(only_site, "https://www.krimikiste.example/buch").authors == []
    own_blog = ('<body><article><h2>Ein Buch</h2><span class="author">Jana Berg</span>'
                '<p>Text</p></article></body>')
    assert meta(own_blog, "https://janaberg.example/buch").authors == ["Jana Berg"]


def test_an_author_bio_is_no_byline() -> None:
    page = ('<body><article><h1>Title</h1><p>Text</p><div class="author-info">'
            '<p class="author-bio">A computer scientist at the University of Leeds.</p>'
            '<span class="byline">Author <a class="url fn n">Sam Taylor</a></span>'
            '</div></article></body>')
    assert meta(page).authors == ["Sam Taylor"]


def test_a_label_glued_to_its_by_word() -> None:
    # phpBB: "Beitrag <icon>von r23 »" reads "Beitragvon r23 »".
    assert clean_authors("Beitragvon r23 » 21.01.2009, 05:42") == ["r23"]
    assert clean_authors("Houzz Deutschlandvor 5 Stunden") == ["Houzz Deutschland"]
    assert clean_authors("Bernd Rosenberg") == ["Bernd Rosenberg"]


def test_the_byline_completes_the_structured_authors() -> None:
    # JSON-LD names the first of two authors; the visible byline both.
    page = ('<head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "T", "author": {"@type": "Person", "name": "Rudi Fink"}}</script>'
            '</head><body><article><h1>T</h1><div class="meta-item author">von Rudi Fink, '
            'Simone Kohl</div><p>Text</p></article></body>')
    assert meta(page).authors == ["Rudi Fink", "Simone Kohl"]
    # ... but not with a job title or a section as a "second author"
    page = page.replace("Simone Kohl", "Senior Staff Technologist")
    assert meta(page).authors == ["Rudi Fink"]


def test_a_body_in_the_author_meta_yields_to_the_byline() -> None:
    from dehusk.assemble.meta_authors import is_organisation
    assert is_organisation("Bayerische Landesanstalt für Wald")
    assert is_organisation("Auto Illustrierte")
    assert is_organisation("University of Leeds")
    assert not is_organisation("Anna Weber")
    page = ('<head><meta name="author" content="Landesinstitut für Gartenbau"></head>'
            '<body><article><h1>T</h1><p class="author">Text: <span>Anna Weber</span></p>'
            '<p>Text</p></article></body>')
    assert meta(page).authors == ["Anna Weber"]


def test_layout_wrappers_named_like_menus_or_sidebars() -> None:
    # A "navigation-container" that holds the whole page, article and all.
    page = ('<body><div class="navigation-container"><ul class="menu"><li>Start</li></ul>'
            '<div class="content"><article><h1>T</h1><p class="author">Jana Berg</p>'
            '<p>Text</p></article></div></div></body>')
    assert meta(page).authors == ["Jana Berg"]
    # The article's own author box in a "sidebar-wrapper" inside the article.
    page = ('<body><article><h1>T</h1><div class="sidebar-wrapper"><div class="author-bio">'
            '<a href="/author/jb">Jana Berg</a></div></div><p>Text</p></article></body>')
    assert meta(page).authors == ["Jana Berg"]
    # A menu's teaser byline is still no byline, nor is the page's sidebar.
    page = ('<body><nav class="menu"><span class="byline">Max Muster</span></nav>'
            '<div class="sidebar"><span class="author">Erika Muster</span></div>'
            '<article><h1>T</h1><p>Text</p></article></body>')
    assert meta(page).authors == []


def test_a_credit_line_far_from_the_headline() -> None:
    from dehusk import extract
    body = "".join(f"<p>Absatz {i} mit genug Text, damit er zum Haupttext zählt, und noch "
                   f"ein paar Wörter mehr für die Länge.</p>" for i in range(14))
    # "Text: ..." or "Autoren ..." closing the main text
    page = f"<html><body><article><h1>Ein Titel</h1>{body}<p>Text: Jana Berg</p></article></body></html>"
    assert extract(page).authors == ["Jana Berg"]
    page = page.replace("Text: Jana Berg", "Autoren Jana Berg und Max Roth")
    assert extract(page).authors == ["Jana Berg", "Max Roth"]
    # "Author: ..." in the footer (only an explicit label counts outside the text)
    page = (f"<html><body><article><h1>Ein Titel</h1>{body}</article>"
            "<footer><ul><li>Author: Jana Berg</li></ul></footer></body></html>")
    assert extract(page).authors == ["Jana Berg"]
    # "Von der Idee bis zum Produkt" is no byline
    page = f"<html><body><article><h1>Ein Titel</h1>{body}<p>Von der Idee zum Produkt</p></article></body></html>"
    assert extract(page).authors == []


def test_a_job_before_the_name() -> None:
    assert clean_authors("Rechtsanwalt Sebastian Roth") == ["Sebastian Roth"]
    assert clean_authors("FOCUS-Online-Experte Jan Roth") == ["Jan Roth"]
    assert clean_authors("Jan Roth") == ["Jan Roth"]


def test_the_bare_name_on_a_date_line() -> None:
    from datetime import date

    from dehusk.assemble.meta_inline import dated_name
    today = date(2024, 1, 1)
    assert dated_name("04.02.2022 | 13:10 Uhr | Jana Berg", today) == ["Jana Berg"]
    assert dated_name("11.12.2019 - Jana Berg", today) == ["Jana Berg"]
    assert dated_name("Jana Berg / 22.04.2020 / 06:15 / 150", today) == ["Jana Berg"]
    # a section, a place, a sentence, or no date at all
    assert dated_name("04.02.2022 | Politik", today) == []
    assert dated_name("Frankfurt am Main - 04.02.2022", today) == []
    assert dated_name("Jana Berg | Max Roth", today) == []
    assert dated_name("04.02.2022 | Hier geht es weiter", today) == []


def test_a_by_word_glued_to_the_name_or_after_a_rule() -> None:
    from dehusk.assemble.meta_authors import byline_names
    assert byline_names("ByJ.R. Stone") == ["J.R. Stone"]
    assert byline_names("VonAnna Berg") == ["Anna Berg"]
    assert byline_names("---- by Kenneth Roe") == ["Kenneth Roe"]
    assert byline_names("Byron Bay in spring") == []


def test_a_picture_credit_after_the_byline() -> None:
    assert inline_byline("06.11.2023 13:30 von Olga Symbolbild imago") == ["Olga"]


def test_a_user_name_spelled_out_in_the_page() -> None:
    page = ('<head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
            '"author": {"@type": "Person", "name": "jana.berg"}}</script></head><body><article>'
            '<h1>T</h1><p>Text</p><p class="img-text">Chefin Jana K. Berg im Gespräch</p>'
            '</article></body>')
    assert meta(page).authors == ["Jana K. Berg"]


def test_the_copyright_holder_as_the_last_resort() -> None:
    from dehusk import extract
    from dehusk.assemble.meta_inline import copyright_holder
    assert copyright_holder("© 2019 Jana Berg") == ["Jana Berg"]
    assert copyright_holder("Copyright (c) 2012- Jana Berg. All rights reserved.") == ["Jana Berg"]
    assert copyright_holder("(c) Jana Berg • Weitere Rechte siehe Impressum") == ["Jana Berg"]
    # a company, a photo's credit, someone else's credit
    assert copyright_holder("© 2021 Beispiel Fachmedien München") == []
    assert copyright_holder("© Jana Berg / Agentur") == []
    assert copyright_holder("Blog® © 2013-2020, background by Jana Berg") == []
    body = "".join(f"<p>Absatz {i} mit genug Text, damit er zum Haupttext zählt, und noch "
                   f"ein paar Wörter mehr für die Länge.</p>" for i in range(6))
    page = (f"<html><body><article><h1>Ein Titel</h1>{body}</article>"
            "<footer><p>© 2019 Jana Berg</p></footer></body></html>")
    assert extract(page, url="https://www.beispiel.example/a").authors == ["Jana Berg"]
    # only the page's last copyright line: the ones above it credit photos
    page = page.replace("<footer>", "<footer><p>© Max Roth</p>").replace(
        "© 2019 Jana Berg", "© 2019 Beispiel Medien")
    assert extract(page, url="https://www.beispiel.example/a").authors == []


def test_labelled_names_inside_a_meta_line() -> None:
    from dehusk.assemble.meta_inline import labelled_names
    assert labelled_names("Datum: 19.11.2021 Autor: Jana Berg Quelle: Beispiel") == ["Jana Berg"]
    assert labelled_names("【纠错】 责任编辑： 王芳") == ["王芳"]
    assert labelled_names("Von: Jana Berg") == []  # a message's sender


def test_a_headline_starting_with_von_is_no_byline() -> None:
    from dehusk import extract
    body = "".join(f"<p>Absatz {i} mit genug Text, damit er zum Haupttext zählt, und noch "
                   f"ein paar Wörter mehr für die Länge.</p>" for i in range(4))
    page = (f"<html><body><article><h1>Ein Titel</h1><h2>Von Regeln, Politik und "
            f"«ganz normalem Deutsch»</h2>{body}</article></body></html>")
    assert extract(page).authors == []


def test_initials_and_bodies_yield_to_a_visible_person() -> None:
    from dehusk import extract
    body = "".join(f"<p>Absatz {i} mit genug Text, damit er zum Haupttext zählt, und noch "
                   f"ein paar Wörter mehr für die Länge.</p>" for i in range(12))
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ein Titel", "author": {"@type": "Person", "name": "BZ"}}</script></head>'
            f"<body><article><h1>Ein Titel</h1>{body}<p>Von Jana Berg</p></article></body></html>")
    assert extract(page).authors == ["Jana Berg"]
    # the initials stay when no one else signs
    assert extract(page.replace("<p>Von Jana Berg</p>", "")).authors == ["BZ"]
    # initials in an author box yield to the next byline
    page = ('<body><article><h1>T</h1><span class="author">BZ</span>'
            '<span class="author">Jana Berg</span><p>Text</p></article></body>')
    assert meta(page).authors == ["Jana Berg"]


def test_both_names_of_an_interview_credit() -> None:
    assert inline_byline("Jana Berg im Gespräch mit Max Roth") == ["Jana Berg", "Max Roth"]
    assert inline_byline("Ein Abend im Gespräch mit Freunden") == []


def test_a_by_line_the_classifier_left_out_of_the_text() -> None:
    from dehusk.assemble.meta_visible import _labelled_line
    from dehusk.model import Block, BlockKind, Label
    doc = Document()
    doc.blocks = [Block(text="Von Jana Berg", kind=BlockKind.PARAGRAPH, label=Label.BOILERPLATE,
                        category="strong_content")]
    _labelled_line(doc)
    assert doc.authors == ["Jana Berg"]
    doc = Document()  # ... but not a menu's teaser line
    doc.blocks = [Block(text="Von Jana Berg", kind=BlockKind.PARAGRAPH, label=Label.BOILERPLATE,
                        category="navigation")]
    _labelled_line(doc)
    assert doc.authors == []
