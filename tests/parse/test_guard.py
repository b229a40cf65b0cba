"""Markup that stalls the parser is cut down first; text survives."""

from __future__ import annotations

import dehusk
from dehusk.parse.guard import MAX_PARSE_DEPTH, defuse


def test_deep_nesting_is_flattened_and_its_text_kept() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "<p>deep words</p>" + "</div>" * 100_000
    doc = dehusk.extract(page + "</body></html>")
    assert "deep words" in doc.text
    assert any("nested deeper than" in w for w in doc.warnings)


def test_unclosed_tags_by_the_thousand() -> None:
    doc = dehusk.extract("<html><body>" + "<div><span><b>text here " * 20_000)
    assert doc.text.count("text here") > 1000


def test_element_with_100000_attributes() -> None:
    attrs = " ".join(f'a{i}="{i}"' for i in range(100_000))
    doc = dehusk.extract(f"<html><body><div {attrs}><p>hello there, reader</p></div></body></html>")
    assert "hello there, reader" in doc.text
    assert any("start tags with over" in w for w in doc.warnings)


def test_a_long_data_uri_is_not_cut() -> None:
    page = f'<html><body><img src="data:image/png;base64,{"A" * 20_000}"><p>after</p></body></html>'
    assert defuse(page) == (page, [])


def test_ordinary_pages_are_untouched() -> None:
    page = "<html><body>" + "<div><p>x</p></div>" * 100 + "</body></html>"
    assert defuse(page) == (page, [])


def test_flattening_keeps_depth_under_the_limit() -> None:
    text, notes = defuse("<body>" + "<section>" * 30_000 + "t" + "</section>" * 30_000)
    # <body> is one level: sections fill the rest of the allowed depth
    assert text.count("<section>") == MAX_PARSE_DEPTH - 1
    assert text.count("</section>") == MAX_PARSE_DEPTH - 1
    assert notes


def test_runs_without_a_character_are_found_wherever_they_lie() -> None:
    from dehusk.parse.guard import _runs_without

    def slow(text: str, length: int) -> list[tuple[int, int]]:
        spans, start = [], 0
        for run in text.split(">"):
            if len(run) >= length:
                spans.append((start, start + len(run)))
            start += len(run) + 1
        return spans

    for text in ("", ">", "ab", ">ab>", "abc>d", "a>bcd", ">>abc>>", "abcd", "a>b>c>d",
                 "abcde>fg>hijklm", "ab>cdefgh"):
        for length in range(1, 6):
            assert list(_runs_without(text, ">", length)) == slow(text, length), (text, length)


def test_the_overloaded_tag_search_finds_what_a_search_of_the_whole_page_finds() -> None:
    from dehusk.parse import guard

    many = " ".join(f"data-a{i}=1" for i in range(guard.MANY_ATTRIBUTES))  # over MAX_TAG_CHARS
    few = "x" * (guard.MAX_TAG_CHARS + 10)
    pages = [
        f"<p>a</p><div {many}>text</div>",
        f"<p {few}>a</p><div {many}",  # no closing ">": no tag
        f"<script>{few} <b {many}>1</script>",
        f"<p>{few}</p><i {many[:-400]}>",  # long, but too few attributes
        f"<<a {many}>",
        f"<div {few}><span {many}>",
        "<p>short</p>",
        f"<script>if (a<b && c <d || e< 3) {few}</script><p {many}>",  # '<' without a tag
        f"<script>{few} a<b</script><p {many}",  # the run ends the page: no '>'
        f"<p>{few}<b {many}>",
        f"<i {many}>" + "<b>" * 3 + f"<u {many}>",
        # around the shortest long tag: "<b", MAX_TAG_CHARS others, ">"
        *(f"<p>{few}<b{'=' * n}>" for n in range(guard.MAX_TAG_CHARS - 3, guard.MAX_TAG_CHARS + 3)),
        *(f"<b{'=' * n}>" for n in range(guard.MAX_TAG_CHARS - 3, guard.MAX_TAG_CHARS + 3)),
        *(f"{few}<{'=' * n}<b{'=' * n}>" for n in (guard.MAX_TAG_CHARS - 1, guard.MAX_TAG_CHARS)),
    ]

    def whole(text: str) -> bool:
        return any(m.group().count("=") >= guard.MANY_ATTRIBUTES
                   for m in guard.LONG_TAG_SPAN.finditer(text))

    for text in pages:
        assert guard._has_overloaded_tag(text) == whole(text), text[:40]


def test_the_count_of_tags_from_the_bytes_is_the_count_of_the_text() -> None:
    from dehusk.parse.guard import _count_lt

    for text in ("", "<", "a<b", "<p>ü</p>", "«<»" * 5, "日本<語>"):
        assert _count_lt(text, text.encode("utf-8")) == _count_lt(text, None) == text.count("<")
