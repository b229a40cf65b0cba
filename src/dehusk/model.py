"""The data model every stage shares: Block, Comment, Document and their enums.

Slotted dataclasses, labels as enums (never bare strings), so that a block's
fate and the reasons for it travel with it from segmentation to output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Label(str, Enum):
    """What the classifier decided a block is."""

    MAIN = "main"  # part of the main text
    BOILERPLATE = "boilerplate"  # navigation, ads, banners, related links ...
    COMMENT = "comment"  # reader comments (kept out of the main text)
    UNDECIDED = "undecided"  # before classification


class BlockKind(str, Enum):
    """The structural role of a block, taken from its markup."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"
    CAPTION = "caption"
    IMAGE = "image"


# The members as module names, for the loops that test every block: on
# Python 3.11 each Label.X or BlockKind.X goes through EnumType's
# __getattr__ slot hook, about ten times the cost of a global. The same
# objects, so `is` tests hold.
MAIN, BOILERPLATE, COMMENT = Label.MAIN, Label.BOILERPLATE, Label.COMMENT
PARAGRAPH, HEADING, LIST_ITEM, QUOTE = (BlockKind.PARAGRAPH, BlockKind.HEADING,
                                        BlockKind.LIST_ITEM, BlockKind.QUOTE)
TABLE, CAPTION, IMAGE = BlockKind.TABLE, BlockKind.CAPTION, BlockKind.IMAGE


@dataclass(slots=True)
class Block:
    """One unit of text as segmentation found it, with its label and why.

    ``frame`` is the index of the element that owns the block in the segment
    stage's frame table; it lets the classifier reason about containers.
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0  # heading level (1-6) or list depth (1 = top level)
    ordered: bool = False  # list item of an <ol>
    path: str = ""  # tag path with class/id, for --explain
    frame: int = 0
    position: int = 0  # index in document order
    link_chars: int = 0  # characters of text inside links
    lead_link_chars: int = 0  # characters of the links the block starts with
    category: str = ""  # boilerplate vocabulary group of the nearest marked ancestor
    rows: list[list[str]] | None = None  # table cells, for tables
    links: list[tuple[str, str]] | None = None  # (anchor text, href), when asked for
    src: str = ""  # image source, for images
    indent: int = 0  # plain text: column of the block's first character (marker included)
    marker: str = ""  # plain text: the list marker the block starts with ("•", "1.")
    label: Label = Label.UNDECIDED
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "kind": self.kind.value,
            "label": self.label.value,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "path": self.path,
        }
        if self.level:
            out["level"] = self.level
        if self.rows is not None:
            out["rows"] = self.rows
        if self.src:
            out["src"] = self.src
        return out


@dataclass(slots=True)
class Comment:
    """One reader comment or forum post, with its replies."""

    text: str
    author: str | None = None
    date: str | None = None
    id: str | None = None
    parent: str | None = None
    depth: int = 0
    replies: list[Comment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "date": self.date,
            "text": self.text,
            "depth": self.depth,
            "parent": self.parent,
            "replies": [r.to_dict() for r in self.replies],
        }


@dataclass(slots=True)
class Attempt:
    """One rung of the fallback ladder: what was tried and what it gave."""

    name: str
    chars: int
    chosen: bool = False
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "chars": self.chars, "chosen": self.chosen, "note": self.note}


@dataclass(slots=True)
class Document:
    """The result of one extraction."""

    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None  # declared by the page, else detected
    language_detected: str | None = None  # detected from the main text
    description: str | None = None
    image: str | None = None
    license: str | None = None  # the content's licence: a URL (Creative Commons) or a name
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    page_type: str | None = None  # article, forum, product, listing, documentation, feed ...
    page_type_confidence: float | None = None  # 0-1, how sure the page_type decision is
    comments: list[Comment] = field(default_factory=list)
    comment_count: int | None = None
    blocks: list[Block] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # metadata field -> where it came from
    warnings: list[str] = field(default_factory=list)  # e.g. a limit that truncated the input

    @property
    def author(self) -> str | None:
        """The authors joined with "; ", or None."""
        return "; ".join(self.authors) if self.authors else None

    @property
    def main_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.label is MAIN]

    def to_dict(self, *, include_blocks: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "authors": list(self.authors),
            "date": self.date,
            "date_modified": self.date_modified,
            "site_name": self.site_name,
            "canonical_url": self.canonical_url,
            "language": self.language,
            "language_detected": self.language_detected,
            "description": self.description,
            "image": self.image,
            "license": self.license,
            "tags": list(self.tags),
            "categories": list(self.categories),
            "page_type": self.page_type,
            "page_type_confidence": self.page_type_confidence,
            "text": self.text,
            "comment_count": self.comment_count,
            "comments": [c.to_dict() for c in self.comments],
            "attempts": [a.to_dict() for a in self.attempts],
            "sources": dict(self.sources),
            "warnings": list(self.warnings),
        }
        if include_blocks:
            out["blocks"] = [b.to_dict() for b in self.blocks]
        return out

    def to_json(self, *, include_blocks: bool = False, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_blocks=include_blocks), ensure_ascii=False,
                          indent=indent)

    def to_markdown(self, *, links: bool = False, images: bool = False) -> str:
        from .output.markdown import render_markdown

        return render_markdown(self, links=links, images=images)

    def to_html(self) -> str:
        from .output.html import render_html

        return render_html(self)

    def to_text(self, *, comments: bool = False) -> str:
        from .output.text import render_text

        return render_text(self, comments=comments)
