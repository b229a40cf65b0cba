"""Plain text -> blocks: paragraphs, list items and lines, with their indent.

Flattened pages come in two layouts, and the segmenter tells them apart by
their line lengths:

- *hard-wrapped* (text browsers: ``w3m -dump``, ``lynx -dump``): every line
  of a paragraph but the last is filled to the column width, so a line that
  stops well short of the width ends its paragraph;
- *one line per block* (browser copy, html-to-text libraries, WET records):
  every line is a paragraph, list item or label of its own.

Blank lines always separate blocks. A line that starts with a list marker
("•", "*", "-", "1.", "(a)") starts a list item; the marker and the indent
are kept on the block, since comment threads are told by them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..model import Block, BlockKind

MARKER = re.compile(
    r"^(?P<marker>[•◦▪▫□■●○·‣⁃∙*+\-–—]|\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))\s+(?=\S)"
)
ORDERED_MARKER = re.compile(r"^\(?[0-9a-z]")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*$")
SETEXT_UNDERLINE = re.compile(r"^(=+|-+)$")
# A width is taken as a hard wrap when at least this share of the longer lines
# end within WRAP_SLACK columns of it.
WRAP_SHARE = 0.15
WRAP_SLACK = 12
MAX_WRAP_WIDTH = 132
MIN_WRAPPED_LINES = 4
WRAP_OVERRUN = 30


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: wide (CJK) characters take two,
    which is how text browsers count when they wrap."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass(slots=True)
class Line:
    text: str  # without indent and marker
    indent: int  # column of the first character (the marker's, for a list item)
    marker: str
    number: int  # line number in the input, from 0
    blank_before: int
    raw_len: int  # length of the line as it stood, indent included


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    lines: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n")):
        raw = raw.rstrip().replace("\u00a0", " ")
        stripped = raw.lstrip()
        if not stripped:
            blanks += 1
            continue
        indent = len(raw) - len(stripped)
        marker = ""
        m = MARKER.match(stripped)
        if m and len(stripped) > m.end():
            marker = m.group("marker")
            stripped = stripped[m.end():]
        lines.append(Line(stripped, indent, marker, number, blanks, display_width(raw)))
        blanks = 0
    return lines


def wrap_width(lines: list[Line]) -> int | None:
    """The column the text was hard-wrapped at, or None for one line per block."""
    lengths = [line.raw_len for line in lines if line.raw_len >= 30]
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    counts = [0] * (MAX_WRAP_WIDTH + WRAP_OVERRUN + 2)
    for n in lengths:
        counts[min(n, len(counts) - 1)] += 1
    # The width is where lines pile up just short of it and stop: many lines
    # within WRAP_SLACK columns below, next to none just above (a long
    # address or a table row may overrun it, by far).
    best, best_near = None, 0
    for width in range(40, MAX_WRAP_WIDTH + 1):
        near = sum(counts[width - WRAP_SLACK:width + 1])
        over = sum(counts[width + 1:width + 1 + WRAP_OVERRUN])
        if near >= best_near and over * 10 <= near:
            best, best_near = width, near
    if best is None or best_near < max(MIN_WRAPPED_LINES, WRAP_SHARE * len(lengths)):
        return None
    return max(n for n in lengths if n <= best)  # the longest line that kept to it


def _continues(prev: Line, line: Line, width: int | None, text_column: int) -> bool:
    """Does ``line`` carry on the paragraph ``prev`` is in?"""
    if width is None or line.marker or line.blank_before:
        return False
    if line.indent != text_column:
        return False
    first_word = line.text.split(" ", 1)[0]
    # prev stopped because the next word would not fit: a wrap, not an end.
    return prev.raw_len + 1 + display_width(first_word) > width - 3


def segment_text(text: str) -> list[Block]:
    """Blocks in reading order; ``frame`` numbers the blank-line groups."""
    lines = split_lines(text)
    width = wrap_width(lines)
    blocks: list[Block] = []
    group = 0
    current: list[Line] = []

    def flush() -> None:
        if not current:
            return
        first = current[0]
        body = " ".join(line.text for line in current)
        kind = BlockKind.LIST_ITEM if first.marker else BlockKind.PARAGRAPH
        level = 0
        heading = MARKDOWN_HEADING.match(body) if not first.marker else None
        if heading:
            kind, level, body = BlockKind.HEADING, len(heading.group(1)), heading.group(2)
        block = Block(body, kind, level=level, ordered=bool(
            first.marker and ORDERED_MARKER.match(first.marker)), frame=group,
            position=len(blocks), indent=first.indent, marker=first.marker,
            path=f"line {first.number + 1}")
        blocks.append(block)
        current.clear()

    for line in lines:
        if line.blank_before:
            flush()
            group += 1
        if SETEXT_UNDERLINE.match(line.text) and not line.marker and current \
                and len(current) == 1 and not line.blank_before:
            head = current[0]
            flush()
            blocks[-1].kind = BlockKind.HEADING
            blocks[-1].level = 1 if line.text[0] == "=" else 2
            del head
            continue
        if current:
            prev = current[-1]
            column = current[0].indent + (len(current[0].marker) + 1 if current[0].marker else 0)
            if not _continues(prev, line, width, column):
                flush()
        current.append(line)
    flush()
    _list_levels(blocks)
    return blocks


def _list_levels(blocks: list[Block]) -> None:
    """Nesting level of list items from their indents, per run of items."""
    stack: list[int] = []
    for block in blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            if block.indent <= (stack[0] if stack else 0):
                stack.clear()
            continue
        while stack and stack[-1] > block.indent:
            stack.pop()
        if not stack or stack[-1] < block.indent:
            stack.append(block.indent)
        block.level = len(stack)
