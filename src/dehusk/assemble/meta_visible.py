"""Authors and dates from the visible lines around the article's headline.

Runs after classification, when the page's structured data gave no author or
no date: the byline and the date line next to the headline of the chosen
main text are the article's own (a date in a sidebar or a teaser is not, so
only a window around the headline is read, nearest line first).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from urllib.parse import urlparse

from selectolax.lexbor import LexborHTMLParser

from ..classify.edges import is_date_line
from ..model import Block, BlockKind, Document, Label
from .meta_authors import byline_names
from .meta_dates import day_first, parse_text_date
from .meta_inline import (
    copyright_holder,
    dated_name,
    inline_byline,
    labelled_names,
    looks_like_a_name,
)
from .metadata import SCRIPT_SOURCE, WEAK_AUTHORS, dated_element

# Lines read before the headline (dates above it, "Home > News" crumbs) and
# after the first line of main text (bylines under a lead). Set on the
# trafilatura-eval failures (swept 2/2 to 6/16: 4/8 gave date 0.826 against
# 0.817 at 2/2 and 0.830 at 6/16; wider windows reach teaser dates).
LINES_BEFORE = 4
LINES_AFTER = 8
MAX_LINE_CHARS = 120
# A date next to these words is the modification date, never the published one.
# The last-resort scan: lines of at most this length (a date line, not a
# paragraph that mentions a date), among the page's first lines. Swept on
# trafilatura-eval: 40 chars 0.850, 60 and 100 chars 0.852 (date accuracy);
# the first date in page order beat the earliest one (0.852 against 0.848).
MAX_DATE_LINE_CHARS = 60
# A line near the headline whose date replaces a structured one: a meta line
# ("Von Jana Roth Kategorien: Mode 6. November 2023, 15:25 Uhr") is longer
# than a date line. Swept on trafilatura-eval with body lines excluded:
# 60 chars 0.900, 75 to 100 chars 0.904 (date accuracy).
MAX_META_LINE_CHARS = 80
MAX_PAGE_LINES = 5000
MAX_COPYRIGHT_BLOCKS = 200  # the page's last blocks: its footer, a sidebar
# Lines read for a credit line, from the page's start (cost bound: a forum
# thread has thousands; the credit lines found were within the first 250).
MAX_LABELLED_BLOCKS = 400
# Blocks outside the main text that the class vocabulary still calls content.
TEXT_CATEGORIES = frozenset(("content", "strong_content"))
# What a credit line holds somewhere: an author label (anywhere), or a by-word
# (in the main text). A cheap test before the parsing.
# (Matched against the lower-cased line: three times faster than IGNORECASE.)
LABEL_HINT = re.compile(r"autor|author|auteur|redaktion|written|posted|verfasst|geschrieben|"
                        r"escrito|scritto|作者|记者|编辑|編輯")
LINE_HINT = re.compile(LABEL_HINT.pattern + r"|\b(?:von|vom|by|por|par|door|di|av|af|text|"
                       r"texto|testo|tekst)\b|gespräch|conversa")
# A paragraph's dateline: an optional place and comma, then a date
# (dotted, "22. November 2022", "May 3, 2022"), then a dash, colon or quote,
# the parenthesis closing "(21. November 2022) Die ...", or the full stop of
# "31. Oktober 2023. Woher kommt ...".
DATELINE = re.compile(
    r"^\W{0,3}(?:[A-ZÄÖÜ][\w./-]{1,25}(?:\s[A-ZÄÖÜ(][\w./)-]{1,25})?,\s*)?"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}|"
    r"[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4})\s*(?:[-–—:|(„\"»)]|\(ots\)|\.\s+(?=[A-ZÄÖÜ]))"
)
# Where a structured date came from when the article's own dateline may
# replace it: the first <time> of a page may be a teaser's or today's.
WEAK_SOURCES = frozenset(("time", "url"))
# Blocks in a comment section (classify/vocabulary.py "comments") carry the
# readers' dates and names, even next to the headline; an embedded social
# post ("embed") its own. (Skipping the
# "related", "navigation" and "sidebar" groups too cost 5 dates and 3 authors
# on trafilatura-eval: those groups also mark parts of the article.)
NOT_THE_ARTICLES = frozenset(("comments", "embed"))
UTC_TIMESTAMP = re.compile(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]00:?00)$")
# Labels of a modification. Not "Stand" ("as of"): German broadcasters and
# ministries print "Stand: 28.04.2020 18:00 Uhr" as the one date of the
# version the reader sees (trafilatura-eval: 3 pages right, none wrong).
MODIFIED_WORDS = re.compile(
    r"updated|modified|last edited|aktualisiert|geändert|änderung|mis à jour|modifié|"
    r"actualizado|modificado|aggiornato|modificato|bijgewerkt|gewijzigd",
    re.IGNORECASE,
)
# A date the page labels as the publication date ("Veröffentlicht am
# 16.08.2019", "PUBLISHED: November 8, 2023 | UPDATED: ..."): what the
# reader is told, in English, German, French, Spanish, Italian, Dutch.
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    r"gepubliceerd)\b",
    re.IGNORECASE,
)


def _published_part(text: str) -> str:
    """The part of a line before its modified label: "Published: 26 May
    2020 | Updated: 28 May 2020" dates the article by its first half."""
    m = MODIFIED_WORDS.search(text)
    return text[:m.start()] if m else text


def _labelled_date(text: str, now: date, slash_day_first: bool) -> str | None:
    """The date after a published label, before any modified label."""
    m = PUBLISHED_LABEL.search(text)
    return parse_text_date(_published_part(text[m.end():]), now, slash_day_first) if m else None


def _anchor(blocks: list[Block]) -> int | None:
    """The headline of the main text, else its first line."""
    first_main = next((i for i, b in enumerate(blocks) if b.label is Label.MAIN), None)
    if first_main is None:
        return None
    if blocks[first_main].kind is BlockKind.HEADING:
        return first_main  # an <h2> headline under the site's <h1> logo
    for i in range(first_main, max(-1, first_main - LINES_BEFORE * 3), -1):
        block = blocks[i]
        if block.kind is BlockKind.HEADING and block.level == 1:
            return i
    return first_main


def _window(blocks: list[Block], anchor: int) -> list[tuple[int, Block]]:
    lo, hi = max(0, anchor - LINES_BEFORE), min(len(blocks), anchor + LINES_AFTER + 1)
    near = [(abs(i - anchor) + (0.5 if i < anchor else 0), i) for i in range(lo, hi)]
    return [(i, blocks[i]) for _, i in sorted(near)]


def complete_from_page(doc: Document, tree: LexborHTMLParser | None,
                       today: date | None = None) -> None:
    """Fill a missing author or date from the lines around the headline, then
    a missing date from an element whose class speaks of dates."""
    _from_blocks(doc, today)
    if _open(doc):
        _labelled_line(doc)
    if not doc.authors:
        _copyright_line(doc)
    if not doc.date and tree is not None:
        found = dated_element(tree)
        if found:
            doc.date = found
            doc.sources["date"] = "date-like element text"
    if not doc.date and tree is not None:
        found = _page_line_date(tree, today or datetime.now(timezone.utc).date(),
                                day_first(doc.language))
        if found:
            doc.date = found
            doc.sources["date"] = "a date line of the page (last resort)"


def _page_line_date(tree: LexborHTMLParser, now: date, slash_day_first: bool) -> str | None:
    """The first date on a short line of the page's text (one C-level text
    call, then a regex per line): the last resort when nothing marks a date."""
    body = tree.body
    if body is None:
        return None
    lines = (body.text(separator="\n") or "").split("\n")
    for line in lines[:MAX_PAGE_LINES]:
        line = line.strip()
        if not line or len(line) > MAX_DATE_LINE_CHARS or not any(c.isdigit() for c in line):
            continue
        if MODIFIED_WORDS.search(line):
            continue
        found = parse_text_date(line, now, slash_day_first)
        if found:
            return found
    return None


def _utc_day(value: str | None) -> date | None:
    """The day of a structured timestamp given in UTC ("Z", "+00:00"): the
    day its readers saw may be the one before or after."""
    if not value or not UTC_TIMESTAMP.search(value):
        return None
    return date.fromisoformat(value[:10])


def _take_visible(doc: Document, found: str, line: str) -> bool:
    """Whether a visible date should be the published date: when there is
    none; when the structured one is a UTC timestamp a day away from it (a
    page in Berlin or Buenos Aires shows its local day); or when the line is
    a date line (or a short line: "Hamburg, 2. November 2021", a meta line
    with the byline) next to the headline: what the reader is shown as the
    publication date wins over a timestamp the CMS wrote (re-saved,
    re-indexed, moved pages). Measured: trafilatura-eval date 0.852 without
    this rule, 0.864 with date lines only, 0.871 with short lines too;
    readability-pages 1.000 throughout."""
    if not doc.date or doc.sources.get("date") == SCRIPT_SOURCE:
        return True
    if doc.sources.get("date", "").startswith("visible"):
        return False
    if found[:4] == doc.date[:4] and found[5:10] == doc.date[8:10] + "-" + doc.date[5:7]:
        return False  # the structured day printed month first ("11/01/2021")
    if is_date_line(line) or len(line) <= MAX_DATE_LINE_CHARS:
        return True
    if len(line) <= MAX_META_LINE_CHARS and not line.rstrip().endswith((".", "!", "?")):
        return True  # a meta line, not a sentence that mentions a date
    utc = _utc_day(doc.date)
    return utc is not None and abs((date.fromisoformat(found) - utc).days) == 1


def _dateline(text: str, now: date) -> str | None:
    """The date a paragraph starts with, as press releases and agency copy
    do: "27.1.2022 - Bei der ...", "Düsseldorf, 22. November 2022 - Der ..."."""
    m = DATELINE.match(text)
    return parse_text_date(m.group("date"), now) if m else None


def _open(doc: Document) -> bool:
    """No author yet, or only a body the structured data gave (a visible
    person's byline replaces it)."""
    return not doc.authors or doc.sources.get("authors", "").endswith(WEAK_AUTHORS)


def _labelled_line(doc: Document) -> None:
    """A credit line anywhere in the page when none stands near the headline:
    "Text: Jana Berg" or "Von Jana Berg" closing the main text (or a short
    line the classifier left out of it but whose class speaks of content),
    "Author: Jana Berg" in the footer. Elsewhere only an explicit label
    counts ("Von ..." there starts a teaser's line)."""
    for block in doc.blocks[:MAX_LABELLED_BLOCKS]:
        text = block.text
        if len(text) > MAX_LINE_CHARS or block.category in NOT_THE_ARTICLES:
            continue
        if block.kind is BlockKind.CAPTION or block.category == "caption":
            continue  # "Text: ..." under a photo names its source
        texty = block.label is Label.MAIN or block.category in TEXT_CATEGORIES
        if not (LINE_HINT if texty else LABEL_HINT).search(text.lower()):
            continue  # one search per line: most lines hold no label at all
        if texty:
            names = (byline_names(text, doc.site_name) or inline_byline(text, doc.site_name)
                     or labelled_names(text, doc.site_name))
        else:
            names = labelled_names(text, doc.site_name)
        # "Von der Idee bis zum Produkt" starts a line too
        if names and all(looks_like_a_name(n) for n in names):
            doc.authors = names
            doc.sources["authors"] = f"labelled line of the page ({block.path})"
            return


def _copyright_line(doc: Document) -> None:
    """The last resort: the person the page's last copyright line names (a
    personal site's footer; the lines above it credit photos)."""
    host = urlparse(doc.url).hostname if doc.url else None
    for block in reversed(doc.blocks[-MAX_COPYRIGHT_BLOCKS:]):
        if block.category in NOT_THE_ARTICLES or block.category == "caption" or (
                block.kind is BlockKind.CAPTION):
            continue  # a commenter's line, a photo's credit
        low = block.text.lower()
        if "©" not in low and "(c)" not in low and "copyright" not in low:
            continue  # (substring tests: cheaper than the pattern on every line)
        names = copyright_holder(block.text, doc.site_name, host)
        if names:
            doc.authors = names
            doc.sources["authors"] = f"copyright line ({block.path})"
        return


def _readable(block: Block) -> bool:
    """Whether a line of the window may date the article: not a photo's
    caption (the day it was taken), not a comment's date, not an embedded
    post's ("Posted by ... on February 7, 2022")."""
    return not (block.kind is BlockKind.CAPTION or block.category == "caption"
                or block.category in NOT_THE_ARTICLES)


def _from_labelled_line(doc: Document, window: list[tuple[int, Block]], now: date) -> bool:
    """A line near the headline that labels its date as the publication
    date wins over every other source, and over nearer unlabelled dates (a
    weather box's today above the headline)."""
    for _, block in window:
        if len(block.text) > MAX_LINE_CHARS or not _readable(block):
            continue
        found = _labelled_date(block.text, now, day_first(doc.language))
        if found:
            doc.date = found
            doc.sources["date"] = ("visible line labelled published, near the headline "
                                   f"({block.path})")
            return True
    return False


def _from_blocks(doc: Document, today: date | None) -> None:
    may_yield = doc.date is not None  # a structured date may yield to the visible one
    anchor = _anchor(doc.blocks)
    if anchor is None:
        return
    now = today or datetime.now(timezone.utc).date()
    window = _window(doc.blocks, anchor)
    slash_day_first = day_first(doc.language)
    body_start = next((i for i in range(anchor, len(doc.blocks))
                       if doc.blocks[i].label is Label.MAIN
                       and len(doc.blocks[i].text) > MAX_LINE_CHARS), None)
    if _from_labelled_line(doc, window, now):
        may_yield = False
    for i, block in window:
        text = block.text
        if len(text) > MAX_LINE_CHARS and block.label is Label.MAIN and (
                not doc.date or may_yield and doc.sources.get("date") in WEAK_SOURCES):
            found = _dateline(text, now)
            if found:
                doc.date = found
                doc.sources["date"] = f"dateline of a paragraph near the headline ({block.path})"
                may_yield = False
        if len(text) > MAX_LINE_CHARS or block.kind is BlockKind.HEADING and i == anchor:
            continue
        if not _readable(block):
            continue
        # A short line inside the article's text ("Termin: 21.02.2020", a
        # list item quoting a date) dates an event, not the article: it only
        # fills a missing date, it never replaces a structured one.
        in_body = body_start is not None and i > body_start and block.label is Label.MAIN
        if not doc.date or may_yield and not in_body:
            # A line with a modified label is read up to it ("3. Mai 2020,
            # aktualisiert am 5. Mai 2020"); "Updated May 6" dates nothing.
            found = parse_text_date(_published_part(text), now, slash_day_first)
            if found and _take_visible(doc, found, text):
                doc.date = found
                doc.sources["date"] = f"visible line near the headline ({block.path})"
            if found:
                may_yield = False  # the nearest visible date decides, once
        if _open(doc):
            names = byline_names(text, doc.site_name) or inline_byline(text, doc.site_name)
            if not names:
                names = dated_name(text, now, doc.site_name)
            # a headline "Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»"
            if names and all(looks_like_a_name(n) for n in names):
                doc.authors = names
                doc.sources["authors"] = f"visible byline near the headline ({block.path})"
