"""Defuse markup that makes the parser slow, before it parses.

lexbor's tree building is quadratic in two corners, measured here: 100,000
nested elements take 19 s to parse, and so does one element with 100,000
attributes. Real pages never come near either, so the guard cuts them down
cheaply: tags are only scanned when the page has very many of them, and
overlong tags are looked for only in the page's long runs without a '>'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

# A page with fewer '<' than this cannot nest deep enough to matter: the scan
# (a Python loop over tags) is skipped, so ordinary pages pay one str.count.
SCAN_FROM_TAGS = 20_000
# Elements deeper than this are dropped (their text is kept). lexbor parses
# 5,000 levels in well under a second.
MAX_PARSE_DEPTH = 5_000
# A start tag longer than this with more attributes than MANY_ATTRIBUTES loses
# the attributes past that length.
MAX_TAG_CHARS = 8_000
MANY_ATTRIBUTES = 1_000

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
LONG_TAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)([^>]{{{MAX_TAG_CHARS},}})>")
# The same tags, found without LONG_TAG's groups: the name cannot backtrack
# into the attributes, so each tag is read once (LONG_TAG reads it once per
# letter of its name). Long tags are common (SVG paths, data: URIs); long
# tags with very many attributes are not.
LONG_TAG_SPAN = re.compile(rf"<[a-zA-Z][^>]{{{MAX_TAG_CHARS},}}>")
TAG_START = re.compile("<[a-zA-Z]")
VOID = frozenset("area base br col embed hr img input link meta param source track wbr "
                 "basefont bgsound frame keygen".split())
RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "noscript", "iframe"))


def defuse(text: str, utf8: bytes | None = None) -> tuple[str, list[str]]:
    """The page with pathological markup cut down, and what was done.
    `utf8`, when given, is `text` in UTF-8 (the input bytes): counted faster."""
    notes: list[str] = []
    # (No count of the page's '=' first: a tag with MANY_ATTRIBUTES is a long
    # run without '>', and those runs are found in jumps, for less than the
    # count cost.)
    if _has_overloaded_tag(text):
        cut = [0]
        text = LONG_TAG.sub(lambda m: _shorten(m, cut), text)
        utf8 = None  # no longer this text's
        if cut[0]:
            notes.append(f"{cut[0]:,} start tags with over {MANY_ATTRIBUTES:,} attributes were cut")
    if _count_lt(text, utf8) >= SCAN_FROM_TAGS:
        text, dropped = _flatten(text)
        if dropped:
            notes.append(f"{dropped:,} tags nested deeper than {MAX_PARSE_DEPTH:,} were dropped")
    return text, notes


def _count_lt(text: str, utf8: bytes | None) -> int:
    """text.count("<"), from the UTF-8 bytes when given: '<' is one byte there
    (no other character's bytes hold it), and numpy counts a byte value in a
    quarter of the instructions str.count takes (aeb: 0.23 against 0.87
    Minstr a page)."""
    if utf8 is None:
        return text.count("<")
    return int(np.count_nonzero(np.frombuffer(utf8, dtype=np.uint8) == ord("<")))


def _runs_without(text: str, char: str, length: int) -> Iterator[tuple[int, int]]:
    """The runs of at least `length` characters in a row of text that are
    none of them `char`, as (start, end) spans, each as long as it goes: a
    tag of MAX_TAG_CHARS needs as many without a '>'. rfind() reads a window
    back from its end, so on ordinary pages (a '>' every few dozen
    characters) each step jumps almost a window ahead: far cheaper than the
    regular expression, which reads every tag."""
    start = 0
    while start + length <= len(text):
        last = text.rfind(char, start, start + length)
        if last >= 0:
            start = last + 1  # a run ending before `last` is shorter than the window
            continue
        end = text.find(char, start + length)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _has_overloaded_tag(text: str) -> bool:
    """Whether _shorten would cut a tag: one of LONG_TAG's matches (the same
    spans as LONG_TAG_SPAN's) has MANY_ATTRIBUTES. A match is a long run
    without '>' and the '>' that ends it: only those runs are searched (on
    pages with a long script or data: URI, the search read every tag).

    Within a run the regular expression is not needed: its [^>] runs on to
    the run's end, so a run holds at most one match, from its first '<' and
    letter that leaves MAX_TAG_CHARS before the closing '>', to that '>'.
    That '<' is found with find() (memchr) and one short match; the regex
    read the whole run (a script, a JSON blob: a third of a page's text)."""
    for start, end in _runs_without(text, ">", MAX_TAG_CHARS):
        last = end - MAX_TAG_CHARS - 2  # the latest start of a match
        if end == len(text) or last < start:
            continue  # no '>' closes the run, or it is too short for a tag
        at = text.find("<", start, last + 1)
        while at >= 0 and not TAG_START.match(text, at):
            at = text.find("<", at + 1, last + 1)
        if at >= 0 and text.count("=", at, end + 1) >= MANY_ATTRIBUTES:
            return True
    return False


def _shorten(match: re.Match[str], cut: list[int]) -> str:
    """Cut a tag with very many attributes after its last whole attribute
    within MAX_TAG_CHARS. A long tag with few attributes (a data: URI) stays."""
    attributes = match.group(2)
    if attributes.count("=") < MANY_ATTRIBUTES:
        return match.group(0)
    quote, boundary = "", 0
    for i, char in enumerate(attributes[:MAX_TAG_CHARS]):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char.isspace():
            boundary = i
    cut[0] += 1
    return f"<{match.group(1)}{attributes[:boundary]}>"


def _flatten(text: str) -> tuple[str, int]:
    """Drop tags that open (or close) below MAX_PARSE_DEPTH, keeping the text."""
    depth = 0
    cuts: list[tuple[int, int]] = []
    for match in TAG.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in VOID or self_closing or name in RAW_TEXT:
            continue
        if closing:
            if depth > MAX_PARSE_DEPTH:
                cuts.append(match.span())
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > MAX_PARSE_DEPTH:
                cuts.append(match.span())
    if not cuts:
        return text, 0
    parts: list[str] = []
    last = 0
    for start, end in cuts:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts), len(cuts)
