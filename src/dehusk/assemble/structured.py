"""Main text from structured data: JSON-LD articleBody, __NEXT_DATA__ hydration.

These are rungs of the fallback ladder, used when the DOM gives little.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

ARTICLE_BODY_KEYS = ("articleBody", "text")
# Hydration JSON is big; walking it is bounded so a huge blob cannot stall a page.
MAX_JSON_NODES = 200_000
# A string of hydration JSON counts as article text from this length on.
MIN_HYDRATED_CHARS = 200


def _walk(data: Any, budget: list[int]) -> Iterator[Any]:
    stack = [data]
    while stack and budget[0] > 0:
        item = stack.pop()
        budget[0] -= 1
        yield item
        if isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def jsonld_article_body(jsonld: list[Any]) -> str:
    """The longest articleBody (or an Article's text) in the page's JSON-LD."""
    best = ""
    budget = [MAX_JSON_NODES]
    for blob in jsonld:
        for item in _walk(blob, budget):
            if not isinstance(item, dict):
                continue
            for key in ARTICLE_BODY_KEYS:
                value = item.get(key)
                if isinstance(value, str) and len(value) > len(best):
                    if key == "text" and "Article" not in str(item.get("@type", "")):
                        continue
                    best = value
    return _as_text(best) if best else ""


def next_data_body(next_data: Any) -> str:
    """Article text found in __NEXT_DATA__: its long prose strings, in order."""
    if next_data is None:
        return ""
    parts: list[str] = []
    budget = [MAX_JSON_NODES]
    for item in _walk(next_data, budget):
        if isinstance(item, str) and len(item) >= MIN_HYDRATED_CHARS and " " in item:
            text = _as_text(item)
            if text.count(" ") > len(text) / 20:  # prose, not a token or a URL list
                parts.append(text)
    return "\n\n".join(parts)


def _as_text(value: str) -> str:
    """Strip HTML from a structured-data string and normalise paragraphs."""
    if "<" in value and ">" in value:
        tree = LexborHTMLParser(value)
        nodes = tree.css("p, h2, h3, li")
        paragraphs = [" ".join((n.text(deep=True) or "").split()) for n in nodes]
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            return "\n\n".join(paragraphs)
        value = tree.body.text(deep=True) if tree.body is not None else value
    paragraphs = [" ".join(line.split()) for line in value.replace("\r", "").split("\n")]
    return "\n\n".join(p for p in paragraphs if p)
