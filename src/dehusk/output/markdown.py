"""Markdown output: headings, paragraphs, lists, quotes, code, tables, and
links and images when asked."""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Comment, Document, Label
from .links import apply_links

# A paragraph starting like this would turn into a heading, list or quote.
MARKDOWN_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s|```|=+$|-+$)")
INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")


def render_markdown(doc: Document, links: bool = False, images: bool = False) -> str:
    parts: list[str] = []
    if doc.title:
        parts.append(f"# {doc.title}")
    if doc.page_type == "forum" and doc.comments:
        # A forum thread: the posts are the content, each under its author.
        return "\n\n".join(parts + [_render_comment(c) for c in doc.comments]) + "\n"
    blocks = [b for b in doc.blocks if b.label is Label.MAIN]
    previous: Block | None = None
    for block in blocks:
        text = _render_block(block, links, images)
        if text is None:
            continue
        joined = previous is not None and previous.kind is BlockKind.LIST_ITEM \
            and block.kind is BlockKind.LIST_ITEM and parts
        if joined:
            parts[-1] += "\n" + text  # items of one list stay together
        else:
            parts.append(text)
        previous = block
    if doc.comments:
        parts.append("## Comments")
        parts += [_render_comment(c) for c in doc.comments]
    return "\n\n".join(parts) + "\n"


def _render_block(block: Block, links: bool, images: bool) -> str | None:
    kind = block.kind
    if kind is BlockKind.IMAGE:
        return f"![{_escape(block.text)}]({block.src})" if images and block.src else None
    if kind is BlockKind.CODE:
        fence = "````" if "```" in block.text else "```"
        return f"{fence}\n{block.text}\n{fence}"
    if kind is BlockKind.TABLE and block.rows:
        return _render_table(block.rows)
    text = _inline(block, links)
    if kind is BlockKind.HEADING:
        return "#" * min(max(block.level, 1), 6) + " " + text.replace("\n", " ")
    if kind is BlockKind.LIST_ITEM:
        marker = "1." if block.ordered else "-"
        indent = "  " * max(block.level - 1, 0)
        return f"{indent}{marker} " + text.replace("\n", "\n" + indent + "  ")
    if kind is BlockKind.QUOTE:
        return "\n".join("> " + line for line in text.splitlines())
    if kind is BlockKind.CAPTION:
        return f"*{text}*"
    if MARKDOWN_START.match(text):
        text = "\\" + text
    return text.replace("\n", "  \n")  # a <br> stays a line break


def _escape(text: str) -> str:
    return INLINE_SPECIAL.sub(r"\\\1", text)


def _inline(block: Block, links: bool) -> str:
    text = _escape(block.text)
    if not links or not block.links:
        return text
    return apply_links(text, block.links, _escape, _link)


def _link(anchor: str, href: str) -> str:
    return f"[{anchor}]({href.replace(' ', '%20').replace(')', '%29')})"


def _render_table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    cells = [[c.replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(lines)


def _render_comment(comment: Comment) -> str:
    # Replies as nested quotes: readable as plain text and as rendered Markdown.
    head = f"**{_escape(comment.author or 'anonymous')}**"
    if comment.date:
        head += f" *{comment.date}*"
    body = "\n\n".join([head, _escape(comment.text)])
    for reply in comment.replies:
        body += "\n\n" + "\n".join(("> " + line).rstrip() for line in
                                    _render_comment(reply).splitlines())
    return body
