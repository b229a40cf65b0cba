"""Forum and Q&A threads given in JSON-LD: a DiscussionForumPosting with its
"comment" list, or a QAPage's Question with its answers. Read when the page's
markup shows no thread (the posts are rendered by script)."""

from __future__ import annotations

from typing import Any

from ..model import Comment
from .comments_jsonld import jsonld_comment
from .forum import Thread


def jsonld_thread(objects: list[dict[str, Any]]) -> Thread | None:
    """The thread of the first forum posting or question in the objects."""
    for obj in objects:
        for post, replies in _threads(obj):
            thread = _read(post, replies)
            if thread is not None:
                return thread
    return None


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] \
        if isinstance(kind, list) else []


def _threads(obj: dict[str, Any]) -> list[tuple[dict[str, Any], list[Any]]]:
    """(opening post, its replies) in an object: a forum posting and its
    comments, or a QAPage's question and its answers."""
    types = _types(obj)
    if "DiscussionForumPosting" in types:
        return [(obj, _as_list(obj.get("comment")))]
    if "QAPage" in types and isinstance(obj.get("mainEntity"), dict):
        question = obj["mainEntity"]
        answers = _as_list(question.get("acceptedAnswer")) + \
            _as_list(question.get("suggestedAnswer"))
        return [(question, answers)]
    return []


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if isinstance(value, dict) else []


def _read(post: dict[str, Any], replies: list[Any]) -> Thread | None:
    opening = jsonld_comment({**post, "comment": []}, 0, None, "post-0")
    if opening is None:
        return None
    thread = Thread("json-ld", roots=[opening], posts=[opening])
    for n, item in enumerate(replies, 1):
        reply = jsonld_comment(item, 0, None, f"post-{n}")
        if reply is not None:
            thread.roots.append(reply)
            _add_posts(reply, thread)
    return thread


def _add_posts(comment: Comment, thread: Thread) -> None:
    stack = [comment]
    while stack:
        current = stack.pop()
        thread.posts.append(current)
        stack.extend(reversed(current.replies))
