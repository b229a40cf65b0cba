"""The only place that decides stage order.

Stages, for HTML input:

1. decode    bytes -> str: BOM, caller's charset, <meta charset>, detector
             (parse/encoding.py)
2. parse     str -> lexbor tree (parse/guard.py defuses markup that would
             stall the parser; parse/html.py), non-content elements removed
3. segment   tree -> list[Block] plus the frame table of their containers
             (segment/html.py)
4. features  per-block and per-container numbers (features/)
5. classify  blocks -> labels with reasons (classify/)
6. assemble  labelled blocks -> main text, through the fallback ladder
             (structured data, main path, recall pass); metadata; the
             page type with a confidence; a forum thread (page_type "forum":
             the posts are the text and the comments), else the comment
             thread, kept out of the text (assemble/)
7. output    Document -> text, Markdown, JSON, HTML, on demand (output/)

Plain text (a page already flattened) takes its own stages 2-6: lines to
blocks (segment/text.py), the run of most prose (classify/text.py), and the
comment thread, author and site from the text's layout (assemble/text_page.py).
Input is taken as plain text when it has no HTML markup, or when asked.
"""

from __future__ import annotations

import json
import re
import time

from .assemble.ladder import choose_main_text
from .assemble.language import set_language
from .assemble.meta_visible import complete_from_page
from .assemble.metadata import extract_metadata
from .assemble.microdata import with_microdata
from .assemble.page_type import decide_page_type, declares_spread_content, read_type_hints
from .assemble.text_page import declared_count, find_comment_zones, parse_thread, read_page_facts
from .assemble.thread import attach_comments, attach_forum
from .classify.text import MIN_RUN_CHARS, classify_text, recall_small_page
from .classify.thresholds import BY_FAVOR
from .errors import EmptyInputError, InputTooLargeError, NotHTMLError
from .model import Attempt, Block, BlockKind, Document, Label
from .options import Options
from .parse.encoding import decode_bytes
from .parse.feed import parse_feed
from .parse.guard import defuse
from .parse.html import ParsedPage, parse_html
from .parse.sniff import check_bytes
from .segment.html import Segmentation, segment
from .segment.text import segment_text

SEGMENT_SHARE = 0.6  # of Options.time_budget (a 50 MB page: walk 6 s, the rest 3 s)
SURROGATE = re.compile("[\ud800-\udfff]")
# Markup that only HTML (or XML) has; text without any is plain text.
DOCUMENT_MARKUP = re.compile(r"<(?:!doctype|html|head|body|\?xml|rss|feed)\b", re.IGNORECASE)
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,500})?/?>")
SNIFF_CHARS = 200_000


def looks_like_text(text: str) -> bool:
    """Plain text, not HTML: no document markup, and tags rarer than one in
    2,000 characters (a text may quote a tag or two; a page has hundreds)."""
    # endpos instead of a slice: most pages are HTML, decided at their first
    # bytes, and a slice would copy the page's first 200,000 characters.
    if DOCUMENT_MARKUP.search(text, 0, SNIFF_CHARS):
        return False
    head = text[:SNIFF_CHARS]
    tags = len(TAG.findall(head))
    return tags * 2000 < len(head)


def text_document(text: str, url: str | None, options: Options) -> Document:
    """The Document of a page that was already flattened to text."""
    doc = Document(url=url)
    blocks = segment_text(text)
    zones, forms = find_comment_zones(blocks)
    run, zones = classify_text(blocks, options, zones, forms)
    if options.with_metadata:
        read_page_facts(blocks, run, doc)
    for head, end in zones:
        if doc.comment_count is None:
            doc.comment_count = declared_count(blocks[head].text)
        for block in blocks[head + 1:end]:
            block.label = Label.COMMENT
        if options.include_comments:
            doc.comments += parse_thread(blocks[head + 1:end])
    doc.blocks = blocks
    doc.text = _main_text(blocks)
    if options.with_metadata:
        set_language(doc)
    attempt = Attempt("text", len(doc.text), chosen=True,
                      note=f"blocks {run[0]}-{run[1] - 1} of {len(blocks)}")
    doc.attempts.append(attempt)
    if len(doc.text) < MIN_RUN_CHARS and recall_small_page(blocks):
        doc.text = _main_text(blocks)
        attempt.chosen = False
        doc.attempts.append(Attempt("text-small-page", len(doc.text), chosen=True,
                                    note="the run of prose was empty or a line"))
    return doc


def _main_text(blocks: list[Block]) -> str:
    return "\n\n".join(b.text for b in blocks if b.label is Label.MAIN)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def feed_document(feed: tuple[str | None, list[tuple[str, str]]], url: str | None) -> Document:
    """A feed's documented result: its items as headings and paragraphs."""
    title, items = feed
    blocks: list[Block] = []
    for head, body in items:
        if head:
            blocks.append(Block(head, BlockKind.HEADING, level=2, label=Label.MAIN,
                                reasons=["feed item title"]))
        if body:
            blocks.append(Block(body, label=Label.MAIN, reasons=["feed item text"]))
    return Document(text="\n\n".join(b.text for b in blocks), title=title, url=url,
                    page_type="feed", blocks=blocks, attempts=[Attempt("feed", len(blocks),
                                                                        chosen=True)])


def _input_text(page: str | bytes, options: Options,
                charset: str | None) -> tuple[str, bytes | None]:
    """Stage 1: the page as text, and its UTF-8 bytes when the input was
    exactly that (the parser then takes them as they are)."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if len(data) > options.max_input_bytes:
            raise InputTooLargeError(
                f"input is {len(data):,} bytes, over max_input_bytes={options.max_input_bytes:,}"
            )
        check_bytes(data)
        decoded = decode_bytes(data, declared=charset)
        return decoded.text, data if decoded.utf8_input else None
    if not isinstance(page, str):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    if len(page) > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {len(page):,} characters, over max_input_bytes="
            f"{options.max_input_bytes:,}"
        )
    text = page
    if SURROGATE.search(text):  # lone surrogates cannot be written out as UTF-8
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text, None


def _first_char(text: str) -> str:
    """The first character that is not whitespace, or "" (text.lstrip()[:1]
    without copying the whole page)."""
    return text[:64].lstrip()[:1] or text.lstrip()[:1]


def _noscript_rung(text: str, doc: Document, options: Options, spread: bool,
                   deadline: float | None) -> tuple[Segmentation, ParsedPage] | None:
    """The page again with its <noscript> content as part of it; taken, with
    its segmentation, when it gives more text. Recorded in doc.attempts."""
    parsed = parse_html(text)
    parsed.tree.unwrap_tags(["noscript"])
    parsed.clean()
    seg = segment(parsed.tree, options, deadline=deadline)
    trial = Document(url=doc.url)
    choose_main_text(seg, parsed, trial, options, spread=spread)
    attempt = Attempt("noscript", len(trial.text), note=trial.attempts[0].note)
    doc.attempts.append(attempt)
    if len(trial.text) <= len(doc.text):
        attempt.note += " (not longer: kept)"
        return None
    for earlier in doc.attempts:
        earlier.chosen = False
    attempt.chosen = True
    doc.text, doc.blocks = trial.text, trial.blocks
    return seg, parsed


def run_pipeline(page: str | bytes, *, url: str | None, options: Options,
                 charset: str | None = None) -> Document:
    text, utf8 = _input_text(page, options, charset)
    if not text or text.isspace():
        raise EmptyInputError("input is empty or only whitespace")

    if options.input == "text" or (options.input == "auto" and looks_like_text(text)):
        if options.input == "auto" and _first_char(text) in ("{", "[") and _is_json(text):
            raise NotHTMLError("input is JSON, not an HTML page or text")
        return text_document(text, url, options)
    started = time.monotonic()
    budget = options.time_budget
    # The walk gets a share of the budget; classifying and assembling what it
    # found takes time in proportion, and must fit in the rest.
    deadline = started + SEGMENT_SHARE * budget if budget else None
    doc = Document(url=url)
    if _first_char(text) in ("{", "[") and _is_json(text):
        raise NotHTMLError("input is JSON, not an HTML page")
    feed = parse_feed(text)
    if feed is not None:
        return feed_document(feed, url)
    text, notes = defuse(text, utf8)  # pathological markup would stall the parser
    doc.warnings += notes
    parsed = parse_html(text, utf8=None if notes else utf8)  # 2 (a defused text is new)
    if options.with_metadata:
        # Metadata reads the head and JSON-LD, so it runs before cleaning.
        extract_metadata(parsed.tree, url, doc, jsonld=parsed.jsonld)
    hints = read_type_hints(parsed.tree)  # og:type lives in the head, cleaned away next
    parsed.clean()
    seg = segment(parsed.tree, options, deadline=deadline)  # 3
    spread = declares_spread_content(parsed.jsonld, hints)
    choose_main_text(seg, parsed, doc, options, spread=spread)  # 4-6: the ladder classifies
    if (len(doc.text) < BY_FAVOR[options.favor].min_main_chars
            and ("<noscript" in text or "<NOSCRIPT" in text)):
        # Some sites write the page for readers without JavaScript inside
        # <noscript> (Blogger's posts, a whole page's fallback): the last rung.
        seg, parsed = _noscript_rung(text, doc, options, spread, deadline) or (seg, parsed)
    if options.with_metadata:
        complete_from_page(doc, parsed.tree)  # 6: byline and date line around the headline
    decide_page_type(doc, parsed.jsonld, hints, BY_FAVOR[options.favor].teaser_headline_chars)
    spent = bool(budget) and time.monotonic() > started + budget
    # 6: a forum: every post is content (the walk's census, and whether the
    # page has microdata at all, narrow the queries)
    census = with_microdata(seg.census)
    forum = not spent and attach_forum(parsed, doc, options, census)
    if options.with_metadata:
        set_language(doc)  # from the final text (a forum's is its posts)
    if forum:
        return doc
    if options.include_comments:
        if budget and time.monotonic() > started + budget:
            doc.warnings.append("comments skipped: time budget spent")
        else:
            attach_comments(parsed, doc, options, census)  # 6: kept out of the text
    return doc
