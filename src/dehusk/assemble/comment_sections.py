"""Comment sections that only their heading names.

Hand-made sites and old CMSs print comments without any marking class: a
heading ("Kommentare", "3 Comments") and then one element per comment, up
to the reply form. When no comment item is marked, the elements after such
a heading are read as comments, each one only when it shows a date (what
every comment system prints, and what a "No comments yet" line or a
teaser does not).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Comment
from ..segment.census import Census, css
from .comments import own_text
from .text_page import COMMENT_HEADING, REPLY_FORM, comment_from_lines

HEADING_CANDIDATES = "h2, h3, h4, h5, h6, [class*='title'], [class*='Title']"
MAX_HEADING_CHARS = 60
MAX_CLIMB = 2  # from a heading wrapped in its own box up to the section's level
MAX_SECTION_ITEMS = 500
MIN_ITEM_CHARS = 15


def section_comments(tree: LexborHTMLParser, census: Census | None = None) -> list[Comment]:
    """The comments after the first comment heading that has any."""
    for heading in css(tree, HEADING_CANDIDATES, census)[:2000]:
        text = " ".join((heading.text(deep=True) or "").split())
        if not text or len(text) > MAX_HEADING_CHARS or not COMMENT_HEADING.match(text):
            continue
        comments = _after(heading)
        if comments:
            return comments
    return []


def _after(heading: LexborNode) -> list[Comment]:
    node = heading
    for _ in range(MAX_CLIMB + 1):
        siblings = _next_elements(node)
        if any((s.text(deep=True) or "").strip() for s in siblings):
            return _read(siblings)
        if node.parent is None:
            break
        node = node.parent
    return []


def _next_elements(node: LexborNode) -> list[LexborNode]:
    out: list[LexborNode] = []
    sibling = node.next
    while sibling is not None and len(out) < MAX_SECTION_ITEMS:
        if sibling.tag not in ("-text", "-comment", "script", "style"):
            out.append(sibling)
        sibling = sibling.next
    return out


def _read(siblings: list[LexborNode]) -> list[Comment]:
    comments: list[Comment] = []
    for n, node in enumerate(siblings, 1):
        if _ends_section(node):
            break
        text = own_text(node, set())
        if len(text) < MIN_ITEM_CHARS:
            continue
        comment = comment_from_lines(text.split("\n\n"))
        if comment is None or comment.date is None:
            continue
        comment.id = node.attributes.get("id") or f"comment-{n}"
        comments.append(comment)
    return comments


def _ends_section(node: LexborNode) -> bool:
    """A reply form, or the next section's heading."""
    if node.tag == "form" or node.css_first("form, textarea") is not None:
        return True
    first = " ".join((node.text(deep=True) or "").split())[:MAX_HEADING_CHARS * 2]
    return bool(REPLY_FORM.match(first)) or node.tag in ("h1", "h2", "h3")
