"""Plain text -> blocks: wrap detection, list markers, indents, wide characters."""

from __future__ import annotations

import textwrap

from dehusk.model import BlockKind
from dehusk.segment.text import display_width, segment_text, split_lines, wrap_width

PROSE = ("The council met on Tuesday to discuss the harbour wall, which has been "
         "damaged by three winter storms in a row and now needs urgent repair before "
         "the next spring tides arrive in the estuary. ") * 3


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = textwrap.fill(PROSE, 72) + "\n\n" + textwrap.fill(PROSE.upper(), 72)
    assert wrap_width(split_lines(text)) is not None
    blocks = segment_text(text)
    assert [b.text for b in blocks] == [PROSE.strip(), PROSE.upper().strip()]


def test_one_line_per_block_keeps_every_line() -> None:
    text = "First line of a comment.\nSecond paragraph of the same comment.\nA third."
    assert wrap_width(split_lines(text)) is None
    assert len(segment_text(text)) == 3


def test_short_line_ends_a_wrapped_paragraph() -> None:
    wrapped = textwrap.fill(PROSE, 72)
    text = wrapped + "\nA new paragraph starts without a blank line."
    blocks = segment_text(text)
    assert blocks[-1].text == "A new paragraph starts without a blank line."


def test_markers_indents_and_levels() -> None:
    text = "  1. First comment here.\n\n      • A reply to it.\n\n  2. Second comment."
    blocks = segment_text(text)
    assert [(b.marker, b.indent, b.level) for b in blocks] == [("1.", 2, 1), ("•", 6, 2),
                                                               ("2.", 2, 1)]
    assert all(b.kind is BlockKind.LIST_ITEM for b in blocks)
    assert blocks[0].ordered and not blocks[1].ordered


def test_markdown_and_underlined_headings() -> None:
    blocks = segment_text("# Title here\n\nSubtitle\n--------\n\nBody text.")
    assert [(b.kind, b.level, b.text) for b in blocks[:2]] == [
        (BlockKind.HEADING, 1, "Title here"), (BlockKind.HEADING, 2, "Subtitle")]


def test_wide_characters_count_two_columns() -> None:
    assert display_width("日本語") == 6 and display_width("abc") == 3
    sentence = "東京都は新しい防災計画を発表し、住民に避難経路の確認を呼びかけた。" * 6
    text = "\n".join(textwrap.wrap(sentence, 38))  # 38 wide characters = 76 columns
    blocks = segment_text(text + "\n\n" + text)
    assert len(blocks) == 2 and blocks[0].text.replace(" ", "") == sentence


def test_crlf_tabs_and_nbsp_are_normalised() -> None:
    blocks = segment_text("One\u00a0line\r\n\r\n\tindented line")
    assert blocks[0].text == "One line" and blocks[1].indent == 4
