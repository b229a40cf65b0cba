"""RSS and Atom feeds: their items, instead of a page that is not there.

A feed is not an article; extract() gives it a documented result: each item
becomes a heading (its title) and a paragraph (its description or content,
HTML removed), and Document.page_type is "feed". The stdlib XML parser is
used (CPython's bundled expat refuses entity-expansion bombs).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from selectolax.lexbor import LexborHTMLParser

FEED_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*"
    r"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")
ITEM_TAGS = frozenset(("item", "entry"))
BODY_TAGS = ("encoded", "content", "description", "summary")
MAX_ITEMS = 1_000


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _text(html: str | None) -> str:
    if not html:
        return ""
    if "<" in html:
        tree = LexborHTMLParser(html)
        html = tree.body.text(separator=" ") if tree.body is not None else html
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(html.split()))


def parse_feed(text: str) -> tuple[str | None, list[tuple[str, str]]] | None:
    """(feed title, [(item title, item text)]) for an RSS/Atom feed, else None."""
    if not FEED_START.match(text[:4096]):
        return None
    try:
        root = ET.fromstring(text)
    except (ET.ParseError, ValueError):
        return None
    title = None
    items: list[tuple[str, str]] = []
    for element in root.iter():
        name = _local(element.tag) if isinstance(element.tag, str) else ""
        if name == "title" and title is None:
            title = " ".join((element.text or "").split()) or None
        if name in ITEM_TAGS and len(items) < MAX_ITEMS:
            children = {_local(c.tag): c for c in element if isinstance(c.tag, str)}
            head = _text(children["title"].text) if "title" in children else ""
            body = next((_text(children[t].text) for t in BODY_TAGS if t in children), "")
            if head or body:
                items.append((head, body))
    return title, items
