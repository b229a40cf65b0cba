"""Segment a parsed HTML tree into blocks.

One iterative depth-first walk (no recursion, so deep trees cannot overflow
the stack). Block-level elements cut the text into blocks; inline elements
only add text. Every block-level element becomes a *frame* (its tag, its
parent frame and the vocabulary group its class/id/role names, inherited
from the nearest marked ancestor), so later stages can reason about the
containers a block sits in without touching the tree again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..classify.vocabulary import (
    CONTENT,
    ROLE_GROUPS,
    STRONG_CONTENT,
    TAG_GROUPS,
    group_of,
    inherit,
)

# The kinds as module names (model.py says why): emit() picks one per block.
from ..model import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Block, BlockKind
from ..options import Options
from .census import Census, take_census
from .lines import BREAK, _normalise_breaks, _normalise_line
from .tables import table_rows

BLOCK_TAGS = frozenset(
    "p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
    "table tr td th thead tbody tfoot caption blockquote pre figure figcaption form fieldset "
    "legend address details summary center hr body html hgroup menu noscript".split()
)
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
OWNER_KIND = {
    "li": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
}
LIST_TAGS = frozenset(("ul", "ol", "menu"))
# Navigation and sidebars, by their tag, outside any content-marked
# container: never the article's text, and a third of a page's blocks (aeb
# 34%, trafilatura-eval 28%). They are not walked, like hidden elements: no
# blocks (their class words still reach the census). Under <article>,
# <main> or a content-named container they are walked: some sites put the
# whole article in an <aside> under <main>. <footer> is walked everywhere:
# the page's footer may name the author ("Author: ..."), an entry's footer
# carries its byline and date.
UNWALKED_TAGS = frozenset(("nav", "aside"))
# The groups inherit() may override with the parent's; it keeps any other
# (a test holds the shortcut to inherit()).
CONTENT_MARKERS = frozenset((CONTENT, STRONG_CONTENT))


@dataclass(slots=True)
class Frames:
    """The block-level elements of the page, indexed in document order
    (_Walker.add_frame adds one)."""

    parent: list[int] = field(default_factory=lambda: [-1])
    tag: list[str] = field(default_factory=lambda: ["#root"])
    group: list[str] = field(default_factory=lambda: [""])
    label: list[str] = field(default_factory=lambda: [""])  # tag.class#id, for paths

    def path(self, frame: int, limit: int = 8) -> str:
        parts = []
        while frame > 0 and len(parts) < limit:
            parts.append(self.label[frame])
            frame = self.parent[frame]
        return " > ".join(reversed(parts))


@dataclass(slots=True)
class Segmentation:
    blocks: list[Block]
    frames: Frames
    truncated: str = ""  # why segmentation stopped early, if it did
    census: Census | None = None  # None when the walk stopped before the end


def _attribute_text(attrs: dict[str, str | None]) -> str:
    cls = attrs.get("class") or ""
    ident = attrs.get("id") or ""
    return f"{cls} {ident}" if (cls or ident) else ""


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and ("none" in style or "hidden" in style):
        squashed = style.replace(" ", "").lower()
        return "display:none" in squashed or "visibility:hidden" in squashed
    return False


# Every attribute _element_group and _frame_label read: the key of their memo.
NAMING_ATTRIBUTES = ("class", "id", "role", "itemprop")


def _element_group(tag: str, attrs: dict[str, str | None]) -> str:
    # A heading's id is an anchor for a table of contents ("nav_chapter_1"),
    # not a statement about the heading.
    text = _attribute_text(attrs) if tag not in HEADING_LEVEL else (attrs.get("class") or "")
    group = group_of(text) if text else ""
    if not group:
        role = attrs.get("role")
        if role:
            group = ROLE_GROUPS.get(role.lower(), "")
    if not group or group == CONTENT:
        # <footer class="entry-meta">: the tag says more than a weak marker.
        group = TAG_GROUPS.get(tag, group)
    if attrs.get("itemprop") == "articleBody":
        group = STRONG_CONTENT
    return group


def _names(tag: str, attrs: dict[str, str | None]) -> tuple[str, str]:
    """The vocabulary group and the path label of a block-level element."""
    group = _element_group(tag, attrs) if tag not in ("body", "html") else ""
    return group, _frame_label(tag, attrs)


def _frame_label(tag: str, attrs: dict[str, str | None]) -> str:
    label = tag
    cls = (attrs.get("class") or "").split()
    if cls:
        label += "." + cls[0]
    ident = attrs.get("id")
    if ident:
        label += "#" + ident
    return label


# The names of an element, by (tag, class, id, role, itemprop): a pure
# function, shared by every walk of the process. Class strings repeat
# within a page and across the pages of a site or CMS (on aeb's one pass
# over 181 sites, 41% of the elements a page did not repeat still come
# from another page). Bounded: cleared when full. Safe across threads:
# a dict's get and set hold the GIL, and a lost entry is computed again.
NAMES: dict[object, tuple[str, str]] = {}
MAX_NAMES = 1 << 15


class _Walker:
    """State of one segmentation walk. Lives for one call only."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.frames = Frames()
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.buf_links: list[bool] = []
        self.links: list[tuple[str, str]] = []
        self.link_starts: list[tuple[int, str]] = []
        self.list_depth = 0
        self.ordered: list[bool] = []
        self.quote_depth = 0
        self.caption_depth = 0
        self.truncated = ""  # set when the walk flattened structure past max_depth
        self.names = NAMES  # see add_frame
        # For the census (census.py): the class strings read, and the
        # elements whose children the walk did not enter.
        self.seen: set[str | None] = set()
        self.skipped: list[LexborNode] = []
        # Whether an element the walk read has an itemprop or itemtype
        # attribute (the census tells the rest of the page).
        self.microdata = False

    def add_frame(self, tag: str, attrs: dict[str, str | None], parent: int) -> int:
        """A frame for a block-level element under `parent`: its vocabulary
        group (its own, else inherited) and path label, named once per
        process for each (tag, class, id, role, itemprop) (NAMES)."""
        if attrs:
            get = attrs.get
            key: object = (tag, get("class"), get("id"), get("role"), get("itemprop"))
        else:
            key = tag
        names = self.names
        named = names.get(key)
        if named is None:
            if len(names) >= MAX_NAMES:
                names.clear()
            named = names[key] = _names(tag, attrs)
        group, label = named
        frames = self.frames
        groups = frames.group
        up = groups[parent]
        # inherit() changes only a content marker: the others are taken as they are.
        if not group:
            group = up
        elif group in CONTENT_MARKERS:
            group = inherit(group, up)
        frames.parent.append(parent)
        frames.tag.append(tag)
        groups.append(group)
        frames.label.append(label)
        return len(groups) - 1

    # -- text collection ---------------------------------------------------
    def add_text(self, text: str, in_link: int) -> None:
        self.buf.append(text)
        self.buf_links.append(in_link > 0)

    def flush(self, frame: int) -> None:
        if not self.buf:
            return
        # Cleared in place: the walk holds these lists.
        joined = "".join(self.buf)
        if joined.isspace():  # indentation between tags: most flushes
            self.buf.clear()
            self.buf_links.clear()
            return
        if BREAK in self.buf:
            paragraphs = _normalise_breaks(self.buf, self.buf_links)
        else:  # one line, most blocks: the text is already joined
            paragraphs = _normalise_line(self.buf, self.buf_links, joined)
        links = self.links or None
        self.buf.clear()
        self.buf_links.clear()
        self.links = []
        self.link_starts = []
        tag = self.frames.tag[frame]
        for text, link_chars, lead_chars in paragraphs:
            self.emit(text, frame, tag, link_chars, links, lead_chars)

    def emit(self, text: str, frame: int, tag: str, link_chars: int,
             links: list[tuple[str, str]] | None, lead_link_chars: int) -> None:
        level = HEADING_LEVEL.get(tag, 0)
        if level:
            kind = HEADING
        else:
            kind = OWNER_KIND.get(tag, PARAGRAPH)
            if kind is LIST_ITEM:
                level = max(self.list_depth, 1)
            elif kind is PARAGRAPH and self.caption_depth:
                kind = CAPTION  # a <p> inside a <figcaption>
            elif kind is PARAGRAPH and self.quote_depth:
                kind = QUOTE
        ordered = bool(self.ordered and self.ordered[-1] and kind is LIST_ITEM)
        # Positional, in the order of BLOCK_FIELDS (a test holds it to
        # Block's): keywords cost twice as much, once per block.
        block = _WalkedBlock(text, kind, level, ordered, None, frame, len(self.blocks),
                             link_chars, lead_link_chars, self.frames.group[frame], None, links)
        block.frames = self.frames
        self.blocks.append(block)

    def emit_special(self, kind: BlockKind, text: str, frame: int, **extra: object) -> None:
        block = _WalkedBlock(
            text=text, kind=kind, path=None, frame=frame,  # type: ignore[arg-type]
            position=len(self.blocks), category=self.frames.group[frame],
            **extra,  # type: ignore[arg-type]
        )
        block.frames = self.frames
        self.blocks.append(block)


# The leading fields of Block, in order, as _Walker.emit passes them.
BLOCK_FIELDS = ("text", "kind", "level", "ordered", "path", "frame", "position", "link_chars",
                "lead_link_chars", "category", "rows", "links")


# How often (in nodes) the walk looks at the clock.
CLOCK_EVERY = 4096


def segment(tree: LexborHTMLParser, options: Options,
            deadline: float | None = None) -> Segmentation:
    """Walk the tree once and return its blocks and frames.

    Going over Options.max_nodes, Options.max_depth or the deadline (a
    time.monotonic() value) stops the walk: the blocks found so far are kept
    and Segmentation.truncated says why."""
    walker = _Walker(options)
    root = tree.body or tree.root
    if root is None:
        return Segmentation([], walker.frames)
    block_stack = [0]  # frames of open block-level elements
    truncated = _walk(walker, root.first_child, block_stack, deadline)
    walker.flush(block_stack[-1])
    stopped = truncated in ("max_nodes", "time_budget")
    census = None if stopped else take_census(tree, walker.seen, walker.skipped,
                                              walker.microdata)
    return Segmentation(walker.blocks, walker.frames, truncated, census)


# The slot that holds Block.path; _WalkedBlock's property reads and fills it.
_PATH_SLOT = Block.path


class _WalkedBlock(Block):
    """A Block of the walk, whose path is named when first read, by
    Frames.path (None in the slot until then): most paths are never read,
    and naming them all after the walk cost a fortieth of the extraction.
    Its pickled and copied state is Block's fields, the path included; it
    equals another walked block with the same fields (a dataclass compares
    within its class)."""

    __slots__ = ("frames",)
    frames: Frames

    @property  # type: ignore[override]
    def path(self) -> str:
        path = _PATH_SLOT.__get__(self)
        if path is None:
            path = self.frames.path(self.frame)
            _PATH_SLOT.__set__(self, path)
        return path  # type: ignore[no-any-return]

    @path.setter
    def path(self, value: str | None) -> None:
        _PATH_SLOT.__set__(self, value)


# How a stack entry of the walk closes: nothing to undo but the climb (an
# inline element), a link, a block-level element, or one that also counts a
# list, quote or caption level (_leave_counted).
INLINE, LINK, BLOCK, COUNTED = 0, 1, 2, 3
# Block-level tags _enter_counted opens: the few that are not walked, are
# read whole (<pre>, data tables), or count a level.
SPECIAL_TAGS = frozenset(("pre", "table", "blockquote", "figcaption")) | UNWALKED_TAGS | LIST_TAGS


def _walk(walker: _Walker, node: LexborNode | None, block_stack: list[int],
          deadline: float | None) -> str:
    """The depth-first walk; returns why it stopped early, or "".

    One loop with the frequent cases (text, inline elements, plain
    block-level elements, and their closing) written out: it runs once per
    node, two million times over the shared sets, and a Python call per node
    cost a third of the extraction time."""
    options = walker.options
    max_nodes, max_depth = options.max_nodes, options.max_depth
    include_links, include_images = options.include_links, options.include_images
    buf, buf_links = walker.buf, walker.buf_links
    seen_add, skipped = walker.seen.add, walker.skipped
    add_frame = walker.add_frame
    # Each entry: (node, its frame or -1, how it closes)
    stack: list[tuple[LexborNode, int, int]] = []
    in_link = nodes = 0
    microdata = False
    while node is not None:
        nodes += 1
        if nodes > max_nodes:
            return "max_nodes"
        if deadline is not None and nodes % CLOCK_EVERY == 0 and time.monotonic() > deadline:
            return "time_budget"
        entry: tuple[LexborNode, int, int] | None = None
        # A text node's text, None for any other node: read first, as text
        # nodes are most of the nodes, and .tag costs as much again.
        text = node.text_content
        if text is not None:
            # Whitespace that opens a block is dropped: flush() would drop it.
            if text and (buf or not text.isspace()):
                buf.append(text)
                buf_links.append(in_link > 0)
            following = node.next
            if following is not None:  # most text nodes: straight to the sibling
                node = following
                continue
        elif (tag := node.tag) == "br":
            buf.append(BREAK)
            buf_links.append(False)
        elif tag and tag[0] != "-" and tag != "!":
            attrs = node.attributes
            if attrs:
                seen_add(attrs.get("class"))
                if not microdata and ("itemprop" in attrs or "itemtype" in attrs):
                    microdata = True
            if attrs and ("hidden" in attrs or "style" in attrs) and _is_hidden(attrs):
                skipped.append(node)
            elif tag in BLOCK_TAGS:
                if buf:
                    walker.flush(block_stack[-1])
                if tag in SPECIAL_TAGS:
                    entry = _enter_counted(walker, node, tag, attrs, block_stack)
                else:
                    frame = add_frame(tag, attrs, block_stack[-1])
                    block_stack.append(frame)
                    entry = (node, frame, BLOCK)
            elif tag == "a":
                if include_links:
                    _open_link(walker, attrs)
                entry = (node, -1, LINK)
                in_link += 1
            elif tag == "img":
                if include_images:
                    _add_image(walker, attrs, block_stack[-1])
            else:
                entry = (node, -1, INLINE)
        if entry is not None:
            if len(stack) >= max_depth:
                # Deeper structure is flattened: its text joins the current
                # block in one C-level call, and the walk goes on.
                walker.truncated = "max_depth"
                skipped.append(node)
                walker.add_text(" " + (node.text(deep=True) or "") + " ", in_link)
                child = None
            else:
                child = node.first_child
            stack.append(entry)
            if child is not None:
                node = child
                continue
            following = None  # closed by the climb right away: one place closes
        else:
            following = node.next
        # climb until a next sibling exists
        while following is None and stack:
            closed, frame, closes = stack.pop()
            if closes == BLOCK:
                if buf:
                    walker.flush(frame)
                block_stack.pop()
            elif closes == LINK:
                in_link -= 1
                if include_links:
                    _close_link(walker)
            elif closes == COUNTED:
                _leave_counted(walker, frame, block_stack)
            following = closed.next
        node = following
    walker.microdata = microdata
    return walker.truncated


def _enter_counted(walker: _Walker, node: LexborNode, tag: str, attrs: dict[str, str | None],
                   block_stack: list[int]) -> tuple[LexborNode, int, int] | None:
    """Open one of SPECIAL_TAGS. Returns its stack entry, or None when its
    children are not walked."""
    parent = block_stack[-1]
    if tag in UNWALKED_TAGS and walker.frames.group[parent] not in CONTENT_MARKERS:
        walker.skipped.append(node)
        return None
    frame = walker.add_frame(tag, attrs, parent)
    if tag == "pre":
        walker.skipped.append(node)
        code = (node.text(deep=True) or "").strip("\n")
        if code.strip():
            walker.emit_special(BlockKind.CODE, code, frame)
        return None
    if tag == "table":
        rows = table_rows(node)
        if rows is not None:
            walker.skipped.append(node)
            text = "\n".join(" | ".join(c for c in row if c) for row in rows)
            if text.strip():
                walker.emit_special(BlockKind.TABLE, text, frame, rows=rows)
            return None
        block_stack.append(frame)
        return node, frame, BLOCK
    block_stack.append(frame)
    if tag in LIST_TAGS:
        walker.list_depth += 1
        walker.ordered.append(tag == "ol")
    elif tag == "blockquote":
        walker.quote_depth += 1
    elif tag == "figcaption":
        walker.caption_depth += 1
    else:  # a walked <nav> or <aside>
        return node, frame, BLOCK
    return node, frame, COUNTED


def _leave_counted(walker: _Walker, frame: int, block_stack: list[int]) -> None:
    """Close a list, quote or caption (_enter_counted opened it)."""
    if walker.buf:
        walker.flush(frame)
    block_stack.pop()
    tag = walker.frames.tag[frame]
    if tag in LIST_TAGS:
        walker.list_depth -= 1
        walker.ordered.pop()
    elif tag == "blockquote":
        walker.quote_depth -= 1
    else:
        walker.caption_depth -= 1


def _open_link(walker: _Walker, attrs: dict[str, str | None]) -> None:
    href = attrs.get("href")
    if href:
        walker.link_starts.append((len(walker.buf), href))


def _add_image(walker: _Walker, attrs: dict[str, str | None], frame: int) -> None:
    src = attrs.get("src") or attrs.get("data-src") or ""
    if src:
        walker.flush(frame)
        walker.emit_special(BlockKind.IMAGE, attrs.get("alt") or "", frame, src=src)


def _close_link(walker: _Walker) -> None:
    """Close a link: its anchor text and target join the block's links."""
    if walker.link_starts:
        start, href = walker.link_starts.pop()
        anchor = " ".join("".join(walker.buf[start:]).replace(BREAK, " ").split())
        if anchor:
            walker.links.append((anchor, href))
