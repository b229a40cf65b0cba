"""The walk's shortcuts give what the general code gives (see segment/html.py)."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from dehusk.classify import vocabulary
from dehusk.options import make_options
from dehusk.parse.html import parse_html
from dehusk.segment.html import segment
from dehusk.segment.lines import BREAK, _normalise, _normalise_line

PIECES = ["", " ", "\n  ", "word", " two words ", "x\u00a0y", BREAK]


def test_one_line_normalising_matches_the_general_one() -> None:
    for n in range(1, 4):
        for pieces in itertools.product([p for p in PIECES if p != BREAK], repeat=n):
            for flags in itertools.product([False, True], repeat=n):
                assert _normalise_line(list(pieces), list(flags)) == \
                    _normalise(list(pieces), list(flags)), (pieces, flags)


def test_paths_built_per_frame_match_frames_path() -> None:
    html = "<body>" + "".join(f"<div class='c{i}' id='d{i}'>" for i in range(12)) + \
        "<p>deep text</p>" + "</div>" * 12 + "<section><p>shallow</p><ul><li>item</li></ul>" \
        "</section><p>top</p></body>"
    page = parse_html(html)
    page.clean()
    seg = segment(page.tree, make_options())
    assert [b.path for b in seg.blocks] == [seg.frames.path(b.frame) for b in seg.blocks]
    assert seg.blocks[0].path.count(" > ") == 7


def test_paths_named_on_first_read_pickle_copy_and_compare_like_blocks() -> None:
    import copy
    import pickle

    from dehusk.model import Block

    html = "<body><div class='a'><article id='x'><h1>T</h1><p>Body text.</p></article></div></body>"
    page = parse_html(html)
    page.clean()
    blocks = segment(page.tree, make_options()).blocks
    # Never read before pickling: the state carries the path all the same.
    restored = pickle.loads(pickle.dumps(blocks))
    assert [b.path for b in restored] == ["div.a > article#x > h1", "div.a > article#x > p"]
    assert restored == blocks
    assert copy.copy(blocks[1]).path == "div.a > article#x > p"
    plain = Block("Body text.", path="div.a > article#x > p", frame=blocks[1].frame,
                  position=1, category=blocks[1].category)
    assert blocks[1].to_dict() == plain.to_dict()
    blocks[0].path = "set by hand"
    assert blocks[0].path == "set by hand"


def test_inherit_changes_only_content_markers() -> None:
    from dehusk.segment.html import CONTENT_MARKERS

    groups = [*vocabulary.GROUPS, *vocabulary.TAG_GROUPS.values(),
              *vocabulary.ROLE_GROUPS.values(), vocabulary.CONTENT, vocabulary.STRONG_CONTENT]
    for own, up in itertools.product(groups, ["", *groups]):
        if own not in CONTENT_MARKERS:
            assert vocabulary.inherit(own, up) == own, (own, up)


def test_whitespace_between_inline_elements_is_kept() -> None:
    page = parse_html("<body><p>\n <b>one</b> <i>two</i>\n</p><div>\n\n</div></body>")
    page.clean()
    assert [b.text for b in make_blocks(page)] == ["one two"]


def make_blocks(page):
    return segment(page.tree, make_options()).blocks


def test_word_prefix_shortcut_matches_matching_each_compound() -> None:
    # Compounds of "next" meet the hyphenated prefix token "next-post*";
    # those of other words are named by their first word's prefix.
    strings = ["share-bar top", "read-more-link", "social icons menu-main", "post-content",
               "entry-read_more x", "navbar nav-item", "ad ad-slot", "about the author box",
               "comment-form-cookies", "sidebar-widget-area", "a b c d", "next-post-link",
               "next-posts", "nav-next-post", "prev-post nav-previous", "previous-post-title x"]
    for text in strings:
        assert vocabulary.group_of(text) == vocabulary.decide(vocabulary._matches(text)), text
    assert vocabulary.group_of("next-post-link") == "related"
    assert vocabulary.group_of("share-bar top") == "share"


def _group_of_plainly(text: str) -> str:
    """group_of written the plain way: regex cuts, every group listed."""
    if not text.islower():
        text = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", text).lower()
    text = vocabulary.STATE_PREFIX.sub(" ", text)
    return vocabulary.decide(vocabulary._matches(text))


CLASS_WORDS = ["share", "Share", "bar", "read", "more", "entry", "content", "comment", "has",
               "sidebar", "open", "is", "nav", "x", "12", "menu", "item", "ad", "post", "Body",
               "author", "box", "widget", "Ä", "İ", "K", "next", "prev", "previous", "posts"]


@given(st.lists(st.tuples(st.sampled_from(CLASS_WORDS), st.sampled_from(["-", "_", " ", "", "--"])),
                max_size=8))
def test_group_of_shortcuts_match_the_plain_rule(parts) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert vocabulary.group_of(text) == _group_of_plainly(text), text


def test_emit_passes_block_fields_in_their_order() -> None:
    from dataclasses import fields

    from dehusk.model import Block
    from dehusk.segment.html import BLOCK_FIELDS

    assert tuple(f.name for f in fields(Block))[:len(BLOCK_FIELDS)] == BLOCK_FIELDS


def test_sentence_end_read_from_the_end_matches_the_regex() -> None:
    from dehusk.features.block import SENTENCE_END, ends_like_sentence

    chars = list(".!?…:;。！？।؟»”\"')]ab \n\t\u00a0\u2028[(")
    for n in range(4):
        for parts in itertools.product(chars, repeat=n):
            text = "".join(parts)
            assert ends_like_sentence(text) == bool(SENTENCE_END.search(text)), text
