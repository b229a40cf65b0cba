"""Comments given in JSON-LD: an Article's "comment" list and its
"commentCount" (pages that load the visible thread by script often ship it
here too)."""

from __future__ import annotations

from typing import Any

from ..model import Comment
from .meta_dates import parse_date


def jsonld_comments(objects: list[dict[str, Any]]) -> list[Comment]:
    """Comments given in JSON-LD (an Article's "comment" list)."""
    out: list[Comment] = []
    for obj in objects:
        raw = obj.get("comment")
        for item in raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []:
            comment = jsonld_comment(item, 0, None, f"comment-{len(out) + 1}")
            if comment is not None:
                out.append(comment)
        if out:
            break
    return out


def jsonld_count(objects: list[dict[str, Any]]) -> int | None:
    """The "commentCount" an Article states in JSON-LD."""
    for obj in objects:
        value = obj.get("commentCount")
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return int(value)
    return None


def jsonld_comment(item: Any, depth: int, parent: str | None, number: str) -> Comment | None:
    """One JSON-LD Comment and its replies; `number` ("comment-2-1", its
    position in the thread) is the id when the data gives none, so that
    replies can name their parent."""
    if not isinstance(item, dict):
        return None
    text = item.get("text") or item.get("articleBody") or item.get("description")
    if not isinstance(text, str) or not text.strip():
        return None
    author = item.get("author")
    if isinstance(author, list) and author:
        author = author[0]
    if isinstance(author, dict):
        author = author.get("name")
    comment = Comment(text=text.strip(), author=author if isinstance(author, str) else None,
                      date=parse_date(item.get("dateCreated") or item.get("datePublished")),
                      id=item.get("@id") or item.get("url") or number, parent=parent,
                      depth=depth)
    replies = item.get("comment")
    for reply in replies if isinstance(replies, list) else []:
        child = jsonld_comment(reply, depth + 1, comment.id,
                                f"{number}-{len(comment.replies) + 1}")
        if child is not None:
            comment.replies.append(child)
    return comment
