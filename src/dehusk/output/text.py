"""Plain-text output: the main text, and the comment thread when asked."""

from __future__ import annotations

from ..model import Comment, Document

INDENT = "  "


def render_text(doc: Document, comments: bool = False) -> str:
    if not comments or not doc.comments:
        return doc.text
    # On a forum the text is already the thread: render it once, with authors.
    lines = [] if doc.page_type == "forum" else [doc.text, "", "Comments:"]
    for comment in doc.comments:
        lines += _comment_lines(comment)
    return "\n".join(lines).lstrip("\n")


def _comment_lines(comment: Comment) -> list[str]:
    pad = INDENT * comment.depth
    head = comment.author or "anonymous"
    if comment.date:
        head += f" ({comment.date})"
    lines = ["", f"{pad}{head}:"] + [f"{pad}{INDENT}{line}" for line in comment.text.splitlines()]
    for reply in comment.replies:
        lines += _comment_lines(reply)
    return lines
