"""Rules at the edges of the main text: the headline, bylines and date lines
belong to the metadata (Document.title, .authors, .date), not to the text."""

from __future__ import annotations

import re

from ..features.block import effective_length, ends_like_sentence
from ..model import BOILERPLATE, CAPTION, HEADING, IMAGE, MAIN, PARAGRAPH, Block
from .vocabulary import POSITIVE_GROUPS as CONTENT_GROUPS

MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre"
)
# A line that is only a date, with at most a weekday, a time or "Updated".
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|release date|veröffentlicht|aktualisiert(?: am)?|"
    r"publiziert(?: am)?|erschienen(?: am)?|publié(?: le)?|mis à jour(?: le)?|"
    r"publicado(?: el)?|actualizado(?: el)?|pubblicato(?: il)?|publikacja|"
    r"aktualizacja)[:\s]*)?"
    # the time may come first: "Updated 5:27 am CST, Wednesday, November 20, 2019"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?,?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|"
    rf"(?:\d{{1,2}}\.?\s*)?(?:{MONTHS})[a-zä]*\.?\s*\d{{0,2}},?\s*\d{{4}})"
    r"(?:\s*(?:at\s*|um\s*|,\s*|\|\s*|-\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|de)\s+\S", re.IGNORECASE)
MAX_BYLINE_CHARS = 80
LEAD_MIN_CHARS = 80
# "(Foto: Getty)", "Photo: AP": the credit that marks a caption set as a paragraph.
PHOTO_CREDIT = re.compile(r"\b(?:foto|photo|bild|image|credit|crédit|quelle|source)s?\s*:",
                          re.IGNORECASE)


def _whole_sentence(text: str) -> bool:
    """Ends like a sentence, not cut short on an ellipsis (a teaser's)."""
    return ends_like_sentence(text) and not text.endswith(("...", "…"))


def is_date_line(text: str) -> bool:
    return len(text) <= 60 and DATE_LINE.match(text.strip(" .|·•-–—")) is not None


def trim_edges(blocks: list[Block]) -> None:
    """Drop the headline before the body, and date or byline lines around it."""
    seen_body = False
    for block in blocks:
        if block.label is not MAIN:
            continue
        text = block.text
        if block.kind is HEADING and block.level == 1 and not seen_body:
            _drop(block, "headline (in Document.title)")
        elif is_date_line(text):
            _drop(block, "date line (in Document.date)")
        elif len(text) <= MAX_BYLINE_CHARS and BYLINE.match(text) and not seen_body:
            _drop(block, "byline (in Document.authors)")
        elif block.kind is not HEADING:
            seen_body = True


def keep_standfirst(blocks: list[Block], lookback: int, min_chars: int) -> None:
    """A subtitle or deck set as a heading just before the article container
    ("h2.article-deck", "h2.subheadline") is its lead sentence: kept. Only
    sub-headings (h2-h6) long enough to be a sentence, with no links, among
    the few blocks right before the first main block."""
    first = next((i for i, b in enumerate(blocks) if b.label is MAIN), None)
    if first is None:
        return
    for block in reversed(blocks[max(0, first - lookback):first]):
        if block.kind is HEADING and block.level == 1:
            break  # the headline: the lead comes after it
        if _between_lead_and_body(block):
            continue
        if block.link_chars:
            break
        if block.category == "related" and block.kind is PARAGRAPH:
            # A lead paragraph named "teaser-text" (TYPO3's news detail
            # view, "article-teaser"): a teaser of another story would link,
            # or stop short on an ellipsis.
            text = block.text
            if len(text) >= min_chars and _whole_sentence(text):
                block.label = MAIN
                block.reasons.append("lead paragraph before the article")
                continue
            break
        if block.category and block.category not in CONTENT_GROUPS:
            break
        if (block.kind is HEADING and block.level >= 2
                and len(block.text) >= min_chars):
            block.label = MAIN
            block.reasons.append("standfirst before the article")
        elif (block.kind is PARAGRAPH and len(block.text) >= LEAD_MIN_CHARS
              and _whole_sentence(block.text) and not PHOTO_CREDIT.search(block.text)):
            # The lead paragraph in the article's header, apart from the
            # container of the body that follows it.
            block.label = MAIN
            block.reasons.append("lead paragraph before the article")


# How far before the body the headline may be (swept: 8 misses a lead
# behind a long share bar, 20 changes nothing more).
LEAD_GAP_BLOCKS = 12
LEAD_MAX_LINK_DENSITY = 0.1
# A lead of at least two sentences: the one-line deck under a headline
# ("p.article-dek", "p.summary") is not in the human gold of aeb nor in
# Readability's output; the lead paragraph of a news story is (t-eval).
LONG_LEAD_MIN_CHARS = 140
LONG_LEAD_SENTENCES = 2
SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$)")
# What stands between an article's header and its body: the picture, its
# caption and credit, a share bar, the byline and date line.
BETWEEN_GROUPS = frozenset(("caption", "share"))
MAX_BETWEEN_LINE_CHARS = 60
# Groups of a header's lines between headline, lead and body: those, and the
# date and byline.
HEADER_LINE_GROUPS = BETWEEN_GROUPS | {"meta", "author"}


def _lead_paragraph(block: Block) -> bool:
    text = block.text
    return (block.kind is PARAGRAPH and len(text) >= LONG_LEAD_MIN_CHARS
            and len(SENTENCE_BREAK.findall(text)) >= LONG_LEAD_SENTENCES
            and block.link_density <= LEAD_MAX_LINK_DENSITY
            and (not block.category or block.category in CONTENT_GROUPS)
            and _whole_sentence(text) and not PHOTO_CREDIT.search(text))


def keep_lead_after_headline(blocks: list[Block]) -> None:
    """The lead paragraph set in the article's header, between the headline
    (h1) and the container of the body, behind the byline, date line, share
    bar or picture that keep_standfirst's few blocks do not reach. Only when
    everything else between the headline and the body is such a header line,
    and one paragraph alone qualifies (several are a layer of notices)."""
    first = next((i for i, b in enumerate(blocks) if b.label is MAIN), None)
    if first is None:
        return
    leads: list[Block] = []
    for block in reversed(blocks[max(0, first - LEAD_GAP_BLOCKS):first]):
        if block.kind is HEADING and block.level == 1:
            break
        if block.label is MAIN:
            continue
        if _lead_paragraph(block):
            leads.append(block)
        elif not (_between_lead_and_body(block) or block.category in HEADER_LINE_GROUPS
                  or len(block.text) <= MAX_BETWEEN_LINE_CHARS):
            return
    else:
        return  # no headline above the body within reach
    if len(leads) == 1:
        leads[0].label = MAIN
        leads[0].reasons.append("lead paragraph after the headline")


# A picture's wrapper by its class or id ("div.image", "div.photo-box"): the
# paragraph under it is the picture's caption, set without caption markup.
PICTURE_WRAPPER = re.compile(r"[.#_-](?:image|img|photo|picture|figure|foto|bild)", re.IGNORECASE)


def _under_a_picture(block: Block) -> bool:
    ancestors = block.path.rsplit(" > ", 3)[1:-1]
    return any(PICTURE_WRAPPER.search(label) for label in ancestors)


def _between_lead_and_body(block: Block) -> bool:
    if block.kind is IMAGE or block.kind is CAPTION:
        return True
    if _under_a_picture(block):
        return True
    if block.category in BETWEEN_GROUPS:
        return True
    # A short line that is no menu entry: a credit ("AFP"), an author's name.
    return (block.kind is PARAGRAPH and len(block.text) <= MAX_BETWEEN_LINE_CHARS
            and not block.link_chars)


MAX_TAIL_LINE_CHARS = 40


def _short_frame_line(block: Block) -> bool:
    """A short paragraph that is no sentence, no sign-off (its comma) and no
    verse (its line breaks)."""
    text = block.text
    return (block.kind is PARAGRAPH and effective_length(text) <= MAX_TAIL_LINE_CHARS
            and not ends_like_sentence(text) and "," not in text and "\n" not in text)


def trim_tail(blocks: list[Block]) -> None:
    """Short lines that are not sentences after the last paragraph of the
    text ("Kommentare geschlossen", "Letzte Änderung", a time) close the
    page's frame around the article, not the article. A sign-off ("Jo, the
    editors") has its comma, a verse its line breaks: they stay."""
    for block in reversed(blocks):
        if block.label is not MAIN:
            continue
        if _short_frame_line(block):
            _drop(block, "short line after the text")
            continue
        return


# A call to the reader after the article: subscribe, follow, download the
# app, support us (en, de, fr, es, it, pt, pl).
PROMO = re.compile(
    r"\b(?:subscrib\w*|sign(?:ing)? up|newsletter\w*|follow (?:us|the|our)|download (?:the|our)|"
    r"our app|support (?:us|our)|abonnier\w*|abonnement|folgen sie|unterstütz\w* (?:sie|uns)|"
    r"jetzt (?:bestellen|abonnieren|testen)|abonnez|suivez[- ]nous|suscr[ií]b\w*|s[ií]guenos|"
    r"descarga (?:la|nuestra)|iscriviti|seguici|assine|siga-nos|subskrypcj\w*)\b",
    re.IGNORECASE)
PROMO_TAIL_BLOCKS = 3
# PROMO's search tries its alternatives at every word of the text's last
# paragraphs (it cost a tenth of the classify stage). Each alternative holds
# one of these words: where the lower-cased text has none, PROMO cannot
# match. str.lower() and the regex's case folding agree on every character
# but three, which the regex folds to i and s: a text with one of them
# goes to the regex (tests/classify/test_promo.py checks both claims).
PROMO_WORDS = ("subscrib", "sign", "newsletter", "follow ", "download ", "our app", "support ",
               "abonn", "folgen sie", "unterstütz", "jetzt ", "suivez", "suscr", "guenos",
               "descarga ", "iscriviti", "seguici", "assine", "siga-nos", "subskrypcj")
FOLDED_APART = ("İ", "ı", "ſ")


def is_promo(text: str) -> bool:
    """PROMO.search(text), the regex only where one of PROMO_WORDS occurs."""
    lowered = text.lower()
    if not any(word in lowered for word in PROMO_WORDS) and (
            text.isascii() or not any(char in text for char in FOLDED_APART)):
        return False
    return PROMO.search(text) is not None


def trim_promo_tail(blocks: list[Block]) -> None:
    """A call to the reader among the last blocks of the text ("Follow us on
    Twitter", "Subscribe to our newsletter") closes the page, not the story."""
    kept = [b for b in blocks if b.label is MAIN]
    for block in kept[-PROMO_TAIL_BLOCKS:]:
        if block.kind is PARAGRAPH and is_promo(block.text):
            _drop(block, "call to the reader after the text")


def trim_head(blocks: list[Block]) -> None:
    """trim_tail's rule at the other end: short lines that are not sentences
    before the text's first paragraph ("4 min read", "Beitragsbild")."""
    for block in blocks:
        if block.label is not MAIN or block.kind is HEADING:
            continue
        if _short_frame_line(block):
            _drop(block, "short line before the text")
            continue
        return


def drop_orphan_headings(blocks: list[Block]) -> None:
    """A heading kept in the main text must head something: one followed by
    no main text before the next heading of its rank or higher ("Related
    articles", "Photo credits" over a dropped list) goes too."""
    kept = [b for b in blocks if b.label is MAIN]
    if all(b.kind is HEADING for b in kept):
        return  # a page of headings only: they are its text
    for i, block in enumerate(kept):
        if block.kind is not HEADING:
            continue
        rank = block.level or 6
        following = next((b for b in kept[i + 1:]
                          if b.kind is not HEADING or (b.level or 6) <= rank), None)
        if following is None or following.kind is HEADING:
            _drop(block, "heading with no main text under it")


def _drop(block: Block, reason: str) -> None:
    block.label = BOILERPLATE
    block.reasons.append(reason)
