"""Dates for metadata: parse the formats pages use, reject the future.

Written with the standard library and a few compiled patterns rather than
dateparser: the formats that carry publication dates (ISO 8601 in JSON-LD,
meta tags and <time>, dates in URLs) are few, and dateparser costs
milliseconds a call.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{0,6})?$")
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")
# "/meldungen/29-10-2021": a day-first date as a path segment, read only when
# the order is certain (the first number cannot be a month).
URL_DAY_FIRST_DATE = re.compile(r"/(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?:[/.?#-]|$)")
MAX_MONTH = 12
DOTTED_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b")
# Slash dates ("11/01/2021") are read only where the page's language tells
# the order: day first everywhere but in English (month first in the US, day
# first in Britain), where guessing was wrong on half the development pages.
SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
MONTH_FIRST_LANGUAGES = frozenset(("en",))
# Month names and their usual abbreviations: English, German (Austrian
# "Jänner"), French, Spanish, Italian, Portuguese, Dutch; Russian and
# Ukrainian below.
MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "janvier": 1, "janv": 1, "enero": 1, "jänner": 1,
    "jän": 1, "gennaio": 1, "janeiro": 1, "januari": 1, "ene": 1, "gen": 1,
    "feb": 2, "february": 2, "februar": 2, "février": 2, "févr": 2, "fevr": 2, "febrero": 2,
    "febbraio": 2, "fevereiro": 2, "februari": 2, "fev": 2, "fév": 2,
    "mar": 3, "march": 3, "märz": 3, "mär": 3, "mars": 3, "marzo": 3, "março": 3, "maart": 3,
    "apr": 4, "april": 4, "avril": 4, "avr": 4, "abril": 4, "aprile": 4, "abr": 4,
    "may": 5, "mai": 5, "mayo": 5, "maggio": 5, "maio": 5, "mei": 5, "mag": 5,
    "jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6,
    "jul": 7, "july": 7, "juli": 7, "juillet": 7, "juil": 7, "julio": 7, "luglio": 7,
    "julho": 7, "lug": 7,
    "aug": 8, "august": 8, "août": 8, "agosto": 8, "augustus": 8, "ago": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
    "setembro": 9, "set": 9,
    "oct": 10, "october": 10, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10,
    "ottobre": 10, "outubro": 10, "ott": 10, "out": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
    "dec": 12, "december": 12, "dezember": 12, "dez": 12, "décembre": 12, "déc": 12,
    "diciembre": 12, "dicembre": 12, "dezembro": 12, "dic": 12,
}
# Russian and Ukrainian, in the genitive a date uses ("15 августа 2016").
MONTHS.update({
    name: number for number, names in enumerate((
        ("января", "січня"), ("февраля", "лютого"), ("марта", "березня"),
        ("апреля", "квітня"), ("мая", "травня"), ("июня", "червня"), ("июля", "липня"),
        ("августа", "серпня"), ("сентября", "вересня"), ("октября", "жовтня"),
        ("ноября", "листопада"), ("декабря", "грудня")), start=1) for name in names
})
# Abbreviations that are also words ("set", "out", "gen", "mag", "ago"):
# a month only between a day and a year, never on their own in a byline.
AMBIGUOUS_MONTHS = frozenset(("set", "out", "gen", "mag", "ago", "ene", "mar", "dic", "lug",
                              "ott", "abr", "fev"))
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Where a year ends: not inside a longer number, but a time may be glued to
# it ("3 de mayo de 202221:25", the text of two adjacent spans) and so may a
# word ("15. April 2016Samstag, ...": a published and an updated <time>).
YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"
# Where a month name starts: a word boundary, or a capital glued to the end
# of a name ("Jane DoeNovember 6, 2023": the byline's spans without a space).
MONTH_START = r"(?:\b|(?-i:(?<=[a-zäöüß])(?=[A-ZÄÖÜ])))"
# "5. März 2020", "5 de mayo de 2022", "14 Gennaio 2020", "3.Okt. 2021"
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})\.?\s*(?:de\s+)?({MONTH_NAMES})\.?,?\s*(?:de\s+)?((?:19|20)\d{{2}}){YEAR_END}",
    re.IGNORECASE,
)
# "Nov. 19, 2019", and the calendar badge of blog themes whose day and year
# spans run together in the text: "Feb 182009".
MONTH_DAY_YEAR = re.compile(
    rf"{MONTH_START}({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s*((?:19|20)\d{{2}}){YEAR_END}",
    re.IGNORECASE,
)
# An ISO date printed as text ("2019-01-01" as a blog's date heading), but
# not a timestamp: those in the text are hidden machine values (a theme's
# "updated" <time> glued to the shown date), not what the reader sees.
TEXT_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-]|[T ]\d)")
# "28.01.22" (a two-digit year, as German CMS print it); never followed by
# another dotted number (a version "1.2.3.4").
SHORT_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|\.\d)")
EARLIEST_YEAR = 1995  # no web page was published before this
CENTURY = 2000  # of a two-digit year ("28.01.22")


def _valid(year: int, month: int, day: int, now: date) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if value.year < EARLIEST_YEAR or value > now:
        return None  # scripts and countdowns carry future dates: never report them
    return value


def parse_date(raw: str | None, now: date | None = None) -> str | None:
    """An ISO 8601 string (the date, with the time when given) or None."""
    if not raw:
        return None
    raw = raw.strip()
    today = now or datetime.now(timezone.utc).date()
    m = ISO_DATE.search(raw)
    if m:
        day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), today)
        if day is None:
            return None
        if m.group(4) and len(raw) <= 40:
            try:
                return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
            except ValueError:
                pass
        return day.isoformat()
    m = COMPACT_DATE.match(raw)
    if m:
        day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), today)
        return day.isoformat() if day else None
    return parse_text_date(raw, today)


def day_first(language: str | None) -> bool:
    """Whether the page's slash dates put the day first ("3/5/2022" for
    3 May): known for a declared language other than English."""
    return bool(language) and language not in MONTH_FIRST_LANGUAGES


# Numeric dates, in the order they are tried: (pattern, the groups holding
# year, month and day, what to add to the year). Slash dates only where the
# page's language puts the day first.
NUMERIC_DATES: tuple[tuple[re.Pattern[str], tuple[int, int, int], int], ...] = (
    (DOTTED_DATE, (3, 2, 1), 0),  # 19.11.2019
    (SHORT_DOTTED_DATE, (3, 2, 1), CENTURY),  # 19.11.19
    (TEXT_ISO_DATE, (1, 2, 3), 0),  # 2019-11-19 printed in the text
)
NUMERIC_DATES_DAY_FIRST = (*NUMERIC_DATES, (SLASH_DATE, (3, 2, 1), 0))  # 19/11/2019


# Every form below holds its year as two digits in a row at least: a line
# without any (most lines near a headline) is not searched for month names.
TWO_DIGITS = re.compile(r"\d\d")


def parse_text_date(text: str, today: date, slash_day_first: bool = False) -> str | None:
    """A date written out in prose: "5. März 2020", "Nov. 19, 2019", "19.11.2019",
    and "3/5/2022" when the page's language puts the day first."""
    if TWO_DIGITS.search(text) is None:
        return None
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy")):
        m = pattern.search(text)
        if m:
            if order == "dmy":
                day_s, month_s, year_s = m.groups()
            else:
                month_s, day_s, year_s = m.groups()
            month = MONTHS.get(month_s.lower().rstrip("."))
            if month:
                value = _valid(int(year_s), month, int(day_s), today)
                if value:
                    return value.isoformat()
    numeric = NUMERIC_DATES_DAY_FIRST if slash_day_first else NUMERIC_DATES
    for pattern, (year_at, month_at, day_at), century in numeric:
        m = pattern.search(text)
        if m:
            value = _valid(century + int(m.group(year_at)), int(m.group(month_at)),
                           int(m.group(day_at)), today)
            if value:
                return value.isoformat()
    return None


def date_from_url(url: str | None, now: date | None = None) -> str | None:
    if not url:
        return None
    today = now or datetime.now(timezone.utc).date()
    m = URL_DATE.search(url)
    if m:
        value = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), today)
        return value.isoformat() if value else None
    m = URL_DAY_FIRST_DATE.search(url)
    if m and int(m.group(1)) > MAX_MONTH:  # "29-10-2021": only the day can be 29
        value = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)), today)
        return value.isoformat() if value else None
    return None


# The local day of a UTC timestamp, where the page's region makes it certain.
# Central Europe is 1 or 2 hours ahead of UTC: from 23:00 UTC it is the next
# day there in winter and summer. Latin America is 3 to 6 hours behind: before
# 03:00 UTC it is still the day before. Elsewhere (English pages: London or
# Los Angeles?) the UTC day stands.
CENTRAL_EUROPE = (frozenset(("de", "fr", "it", "nl", "pl", "cs", "da", "sv", "no", "hu", "sk",
                             "sl", "hr")), frozenset(("de", "at", "ch", "fr", "it", "nl", "be",
                                                      "lu", "pl", "cz", "dk", "se", "no", "hu",
                                                      "sk", "si", "hr", "li", "es")))
LATIN_AMERICA = frozenset(("ar", "bo", "br", "cl", "co", "cr", "cu", "do", "ec", "gt", "hn", "mx",
                           "ni", "pa", "pe", "py", "sv", "uy", "ve"))
UTC_TIME = re.compile(r"T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\+00:00|Z)$")
LATE_UTC_HOUR = 23  # from then on, the next day in Central Europe
EARLY_UTC_HOUR = 3  # until then, the day before in Latin America


def local_day(value: str | None, language: str | None, host: str | None) -> str | None:
    """``value``, or the local day a reader saw when a UTC timestamp falls
    on another day in the page's region (a Berlin page at 23:30 UTC, a São
    Paulo page at 00:44 UTC). Midnight exactly is a date without a time."""
    m = UTC_TIME.search(value or "")
    if not value or not m or not language:
        return value
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour == minute == second == 0:
        return value
    tld = (host or "").rsplit(".", 1)[-1].lower()
    day = date.fromisoformat(value[:10])
    languages, tlds = CENTRAL_EUROPE
    if hour >= LATE_UTC_HOUR and language in languages and (
            tld in tlds or tld in ("com", "org", "net", "eu", "info")):
        return (day + timedelta(days=1)).isoformat()
    if hour < EARLY_UTC_HOUR and language in ("es", "pt") and tld in LATIN_AMERICA:
        return (day - timedelta(days=1)).isoformat()
    return value
