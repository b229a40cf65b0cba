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
             comment thread, kept out of the text (assemble/)
7. output    Document -> text, Markdown, JSON, HTML, on demand (output/)
"""

from __future__ import annotations

import json
import re
import time

from .assemble.ladder import choose_main_text
from .assemble.metadata import extract_metadata
from .assemble.thread import attach_comments
from .errors import EmptyInputError, InputTooLargeError, NotHTMLError, UnsupportedInputError
from .model import Attempt, Block, BlockKind, Document, Label
from .options import Options
from .parse.encoding import decode_bytes
from .parse.feed import parse_feed
from .parse.guard import defuse
from .parse.html import parse_html
from .parse.sniff import check_bytes
from .segment.html import segment

SEGMENT_SHARE = 0.6  # of Options.time_budget (a 50 MB page: walk 6 s, the rest 3 s)
SURROGATE = re.compile("[\ud800-\udfff]")


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


def run_pipeline(page: str | bytes, *, url: str | None, options: Options) -> Document:
    if options.input == "text":
        raise UnsupportedInputError("plain-text input is not supported yet (its own issue)")
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if len(data) > options.max_input_bytes:
            raise InputTooLargeError(
                f"input is {len(data):,} bytes, over max_input_bytes={options.max_input_bytes:,}"
            )
        check_bytes(data)
        text = decode_bytes(data).text
    elif isinstance(page, str):
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
    else:
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    if not text.strip():
        raise EmptyInputError("input is empty or only whitespace")

    started = time.monotonic()
    budget = options.time_budget
    # The walk gets a share of the budget; classifying and assembling what it
    # found takes time in proportion, and must fit in the rest.
    deadline = started + SEGMENT_SHARE * budget if budget else None
    doc = Document(url=url)
    if text.lstrip()[:1] in ("{", "[") and _is_json(text):
        raise NotHTMLError("input is JSON, not an HTML page")
    feed = parse_feed(text)
    if feed is not None:
        return feed_document(feed, url)
    text, notes = defuse(text)  # pathological markup would stall the parser
    doc.warnings += notes
    parsed = parse_html(text)  # 2
    if options.with_metadata:
        # Metadata reads the head and JSON-LD, so it runs before cleaning.
        extract_metadata(parsed.tree, url, doc, jsonld=parsed.jsonld)
    parsed.clean()
    seg = segment(parsed.tree, options, deadline=deadline)  # 3
    choose_main_text(seg, parsed, doc, options)  # 4-6: the ladder runs the classifier
    if options.include_comments:
        if budget and time.monotonic() > started + budget:
            doc.warnings.append("comments skipped: time budget spent")
        else:
            attach_comments(parsed, doc, options)  # 6: the thread, kept out of the text
    return doc
