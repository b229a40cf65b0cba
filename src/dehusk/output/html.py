"""Clean HTML of the main content: one small, valid document."""

from __future__ import annotations

from html import escape

from ..model import Block, BlockKind, Comment, Document, Label
from .links import apply_links


def render_html(doc: Document) -> str:
    body: list[str] = []
    if doc.title:
        body.append(f"<h1>{escape(doc.title)}</h1>")
    forum = doc.page_type == "forum" and bool(doc.comments)
    # A forum thread: the posts are the content, rendered once, as the thread.
    blocks = [] if forum else [b for b in doc.blocks if b.label is Label.MAIN]
    open_lists: list[str] = []
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            _open_to(open_lists, block, body)
            body.append(f"<li>{_inline(block)}</li>")
            continue
        _close_to(open_lists, 0, body)
        body.append(_render_block(block))
    _close_to(open_lists, 0, body)
    if doc.comments:
        body.append('<section class="thread">' if forum else '<section class="comments">')
        body += [_render_comment(c) for c in doc.comments]
        body.append("</section>")
    lang = f' lang="{escape(doc.language)}"' if doc.language else ""
    title = escape(doc.title or "")
    return (f"<!DOCTYPE html>\n<html{lang}><head><meta charset=\"utf-8\"><title>{title}"
            "</title></head>\n<body><article>\n" + "\n".join(b for b in body if b)
            + "\n</article></body></html>\n")


def _open_to(open_lists: list[str], block: Block, body: list[str]) -> None:
    depth = max(block.level, 1)
    _close_to(open_lists, depth, body)
    while len(open_lists) < depth:
        tag = "ol" if block.ordered else "ul"
        open_lists.append(tag)
        body.append(f"<{tag}>")


def _close_to(open_lists: list[str], depth: int, body: list[str]) -> None:
    while len(open_lists) > depth:
        body.append(f"</{open_lists.pop()}>")


def _link(anchor: str, href: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{anchor}</a>'


def _inline(block: Block) -> str:
    text = apply_links(escape(block.text), block.links or [], escape, _link)
    return text.replace("\n", "<br>")


def _render_block(block: Block) -> str:
    kind = block.kind
    if kind is BlockKind.HEADING:
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_inline(block)}</h{level}>"
    if kind is BlockKind.CODE:
        return f"<pre><code>{escape(block.text)}</code></pre>"
    if kind is BlockKind.QUOTE:
        return f"<blockquote><p>{_inline(block)}</p></blockquote>"
    if kind is BlockKind.CAPTION:
        return f"<figcaption>{_inline(block)}</figcaption>"
    if kind is BlockKind.IMAGE:
        if not block.src:
            return ""
        return f'<img src="{escape(block.src, quote=True)}" alt="{escape(block.text, quote=True)}">'
    if kind is BlockKind.TABLE and block.rows:
        rows = [f"<tr>{''.join(f'<th>{escape(c)}</th>' for c in block.rows[0])}</tr>"]
        rows += [f"<tr>{''.join(f'<td>{escape(c)}</td>' for c in r)}</tr>" for r in block.rows[1:]]
        return "<table>\n" + "\n".join(rows) + "\n</table>"
    return f"<p>{_inline(block)}</p>"


def _render_comment(comment: Comment) -> str:
    head = escape(comment.author or "anonymous")
    if comment.date:
        stamp = escape(comment.date, quote=True)
        head += f' <time datetime="{stamp}">{escape(comment.date)}</time>'
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in comment.text.split("\n\n") if p)
    replies = "".join(_render_comment(r) for r in comment.replies)
    return f'<article class="comment"><header>{head}</header>{paragraphs}{replies}</article>'
