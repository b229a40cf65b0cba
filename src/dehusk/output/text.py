"""Plain-text output: the main text, and the comment thread when asked."""

from __future__ import annotations

from ..model import Comment, Document

INDENT = "  "


def render_text(doc: Document, comments: bool = False) -> str:
    if not comments or not doc.comments:
        return doc.text
    lines = [doc.text, "", "Comments:"]
    for comment in doc.comments:
        lines += _comment_lines(comment)
    return "\n".join(lines)


def _comment_lines(comment: Comment) -> list[str]:
    pad = INDENT * comment.depth
    head = comment.author or "anonymous"
    if comment.date:
        head += f" ({comment.date})"
    lines = ["", f"{pad}{head}:"] + [f"{pad}{INDENT}{line}" for line in comment.text.splitlines()]
    for reply in comment.replies:
        lines += _comment_lines(reply)
    return lines
