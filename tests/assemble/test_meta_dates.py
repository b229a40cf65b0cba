"""Dates written out in the languages of the development pages."""

from __future__ import annotations

from datetime import date

from dehusk.assemble.meta_dates import parse_date, parse_text_date

TODAY = date(2024, 6, 1)


def test_month_names_in_more_languages() -> None:
    assert parse_text_date("Notizia del 14 Gennaio 2020", TODAY) == "2020-01-14"
    assert parse_text_date("5 de mayo de 2022", TODAY) == "2022-05-05"
    assert parse_text_date("3 de março de 2021", TODAY) == "2021-03-03"
    assert parse_text_date("12 maart 2019", TODAY) == "2019-03-12"
    assert parse_text_date("1 juil. 2020", TODAY) == "2020-07-01"
    assert parse_text_date("3.Okt. 2021", TODAY) == "2021-10-03"
    assert parse_text_date("12. Jän. 2023", TODAY) == "2023-01-12"
    assert parse_text_date("Спорт 15 августа 2016, 13:43", TODAY) == "2016-08-15"
    assert parse_text_date("3 травня 2021", TODAY) == "2021-05-03"


def test_two_digit_years_but_not_version_numbers() -> None:
    assert parse_text_date("28.01.22", TODAY) == "2022-01-28"
    assert parse_text_date("Von: Jana Roth | 31.10.23", TODAY) == "2023-10-31"
    assert parse_text_date("Version 1.2.22.4", TODAY) is None
    assert parse_text_date("31.12.25", TODAY) is None  # in the future


def test_slash_dates_are_not_guessed() -> None:
    # Day-first and month-first pages both print them.
    assert parse_date("11/01/2021", now=TODAY) is None
    assert parse_text_date("11/01/2021", TODAY) is None


def test_slash_dates_day_first_where_the_language_says_so() -> None:
    from dehusk.assemble.meta_dates import day_first

    assert parse_text_date("María Pérez 3/5/2022 22:41", TODAY, slash_day_first=True) == \
        "2022-05-03"
    assert day_first("es") and day_first("de") and not day_first("en") and not day_first(None)


def test_a_slash_date_printed_month_first_does_not_swap_the_structured_day() -> None:
    import dehusk

    body = "<p>" + "Ein langer Absatz mit Text über den neuen Roller. " * 20 + "</p>"
    page = ('<html lang="de"><head><meta property="article:published_time" '
            'content="2021-11-01T04:00:14Z"></head><body><article><p>11/01/2021</p>'
            "<h1>Der Roller im Test</h1>" + body + "</article></body></html>")
    assert dehusk.extract(page).date.startswith("2021-11-01")
    shown = page.replace("11/01/2021", "03/11/2021")  # day first, as the language says
    assert dehusk.extract(shown).date == "2021-11-03"


def test_a_paragraph_dateline_when_nothing_else_dates_the_page() -> None:
    import dehusk

    body = "<p>" + "Der Verband stellte am Dienstag seine Zahlen vor und war zufrieden. " * 6
    page = ("<html><body><article><h1>Arbeitsmarkt erholt sich</h1>"
            f"{body.replace('<p>', '<p>01.02.2022 „Der Arbeitsmarkt ist gut“, sagte sie. ', 1)}</p>"
            f"{body}</p></article></body></html>")
    doc = dehusk.extract(page)
    assert doc.date == "2022-02-01"
    assert doc.sources["date"].startswith("dateline")
    city = page.replace("01.02.2022 „", "Düsseldorf, 22. November 2021 - „")
    assert dehusk.extract(city).date == "2021-11-22"


def test_microdata_date_published_before_a_teasers_time() -> None:
    from dehusk.assemble.metadata import extract_metadata
    from dehusk.model import Document
    from dehusk.parse.html import parse_html

    page = parse_html('<body><div class="teaser"><time datetime="2020-07-08">8. Juli</time></div>'
                      '<article><span itemprop="datePublished" content="2020-04-27T18:50:24+02:00">'
                      "27.04.2020</span></article></body>")
    doc = Document()
    extract_metadata(page.tree, None, doc, jsonld=page.jsonld)
    assert doc.date.startswith("2020-04-27")


def test_howto_pages_carry_their_date_in_json_ld() -> None:
    from dehusk.assemble.metadata import extract_metadata
    from dehusk.model import Document
    from dehusk.parse.html import parse_html

    page = parse_html('<script type="application/ld+json">{"@type": "HowTo", "name": "Nähen", '
                      '"datePublished": "2022-01-10T22:06:08Z"}</script><body></body>')
    doc = Document()
    extract_metadata(page.tree, None, doc, jsonld=page.jsonld)
    assert doc.date.startswith("2022-01-10")


def test_a_comments_date_next_to_the_headline_is_not_the_articles() -> None:
    import dehusk

    page = ('<html><script type="application/ld+json">{"@type": "Article", '
            '"datePublished": "2020-09-20T10:00:00+02:00"}</script><body><main>'
            "<h1>Zwiebeln schneiden ohne Tränen</h1><p>"
            + "Ein scharfes Messer und kaltes Wasser helfen beim Schneiden. " * 8 + "</p>"
            '<div id="kb-comments" class="comments"><div class="comment"><p>23.09.20 | 18:19 '
            "Rezeptsammlerin</p><p>Danke, das klappt wirklich gut!</p></div></div>"
            "</main></body></html>")
    assert dehusk.extract(page).date.startswith("2020-09-20")


def test_dates_glued_to_the_text_of_the_next_span() -> None:
    # Adjacent inline elements lose their space in the text: a time after
    # the year, the updated <time> after the published one, a name before.
    assert parse_text_date("3 de mayo de 202221:25EL DIARIO", TODAY) == "2022-05-03"
    assert parse_text_date("Posted on Montag, 4. Mai 2015Dienstag, 2. Juni 2015", TODAY) == \
        "2015-05-04"
    assert parse_text_date("Jane RiversOctober 9, 2023", TODAY) == "2023-10-09"
    assert parse_text_date("Mar 72011", TODAY) == "2011-03-07"  # a theme's calendar badge
    assert parse_text_date("Summary 5, 2020", TODAY) is None
    assert parse_text_date("May 2019 to 2020", TODAY) is None
    assert parse_text_date("Page 2 of 201920", TODAY) is None


def test_an_iso_date_as_text_but_not_a_hidden_timestamp() -> None:
    assert parse_text_date("2018-03-04", TODAY) == "2018-03-04"
    assert parse_text_date("Jo Ames2021-05-06T10:10:52+01:00", TODAY) is None
    assert parse_text_date("2021-05-06 14:15:57", TODAY) is None
    assert parse_text_date("Artikel 2020-01-01-2", TODAY) is None


def test_datelines_in_parentheses_or_ending_a_sentence_and_over_a_first_time() -> None:
    import dehusk

    body = "Der Verband stellte am Dienstag seine Zahlen vor und war zufrieden. " * 6
    page = ('<html><body><header><time datetime="2023-11-09">Heute</time></header>'
            "<article><h1>Arbeitsmarkt erholt sich</h1>"
            f"<p>(21. November 2022) {body}</p><p>{body}</p></article></body></html>")
    doc = dehusk.extract(page)
    assert doc.date == "2022-11-21"
    assert doc.sources["date"].startswith("dateline")
    stop = page.replace("(21. November 2022) ", "31. Oktober 2022. ")
    assert dehusk.extract(stop).date == "2022-10-31"


def test_a_comments_time_element_does_not_date_the_page() -> None:
    from dehusk.assemble.metadata import extract_metadata
    from dehusk.model import Document
    from dehusk.parse.html import parse_html

    page = parse_html('<body><article><p>Text</p><div class="kb-comments"><div><span>'
                      '<time datetime="2020-09-23T18:19:06+02:00">23.09.20</time></span></div>'
                      '</div></article><footer><time datetime="2020-09-20">20.09.2020</time>'
                      "</footer></body>")
    doc = Document()
    extract_metadata(page.tree, None, doc, jsonld=page.jsonld)
    assert doc.date == "2020-09-20"


def test_a_day_first_date_in_the_url_when_the_order_is_certain() -> None:
    from dehusk.assemble.meta_dates import date_from_url

    assert date_from_url("https://example.org/meldungen/29-10-2021", TODAY) == "2021-10-29"
    assert date_from_url("https://example.org/news/05-10-2021/", TODAY) is None  # May or October
    assert date_from_url("https://example.org/2021/10/05/title/", TODAY) == "2021-10-05"


def test_a_date_from_the_scripts_state_only_when_nothing_else_dates_the_page() -> None:
    import dehusk

    state = ('<script type="application/json">{"review": {"publishedDate": '
             '"2016-11-04T20:37:27Z", "updatedDate": "2016-11-05T20:39:47Z"}}</script>')
    body = "<p>" + "Great service, the parcel came a day early and well packed. " * 6 + "</p>"
    page = f"<html><body>{state}<main><h1>A review</h1>{body}</main></body></html>"
    doc = dehusk.extract(page)
    assert doc.date.startswith("2016-11-04")
    assert doc.sources["date"] == "script state"
    # The page's own markup comes first.
    marked = page.replace("<main>", '<main><time datetime="2016-12-01">1 Dec 2016</time>')
    assert dehusk.extract(marked).date == "2016-12-01"


def test_the_local_day_of_a_utc_timestamp_where_the_region_makes_it_certain() -> None:
    from dehusk.assemble.meta_dates import local_day

    assert local_day("2022-05-04T00:44:52+00:00", "pt", "www.jornal.com.br") == "2022-05-03"
    assert local_day("2018-12-31T23:11:59+00:00", "de", "blog.example.at") == "2019-01-01"
    assert local_day("2018-12-31T22:11:59Z", "de", "blog.example.at") == "2018-12-31T22:11:59Z"
    assert local_day("2022-05-04T00:44:52+00:00", "es", "diario.es") == \
        "2022-05-04T00:44:52+00:00"  # Spain is ahead of UTC, not behind
    assert local_day("2022-05-04T00:00:00Z", "es", "diario.com.ar") == "2022-05-04T00:00:00Z"
    assert local_day("2022-05-04T01:00:00+02:00", "pt", "jornal.com.br") == \
        "2022-05-04T01:00:00+02:00"  # an offset of its own is the page's local time
    assert local_day("2023-11-09T05:30:59+00:00", "en", "news.example.com") == \
        "2023-11-09T05:30:59+00:00"
