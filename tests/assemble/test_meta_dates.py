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


def test_two_digit_years_but_not_version_numbers() -> None:
    assert parse_text_date("28.01.22", TODAY) == "2022-01-28"
    assert parse_text_date("Von: Jana Roth | 31.10.23", TODAY) == "2023-10-31"
    assert parse_text_date("Version 1.2.22.4", TODAY) is None
    assert parse_text_date("31.12.25", TODAY) is None  # in the future


def test_slash_dates_are_not_guessed() -> None:
    # Day-first and month-first pages both print them.
    assert parse_date("11/01/2021", now=TODAY) is None
