"""Forum and Q&A threads: every post is content.

A page is a thread when the posts of one forum system (forum_systems.SYSTEMS,
tried in order) are found with text at least MIN_FORUM_POSTS times. The
thread is kept twice: `text` holds the posts in page order (question,
answers, replies), and `comments` the same posts as records. The opening post
comes first; a post that answers the topic is top-level, a post that answers
a post nests under it, with its depth from the DOM (old Reddit) or from the
depth the system writes (Hacker News, new Reddit). Comments on a Q&A post
(Stack Exchange's remarks under a question or an answer) are its replies in
`comments`, but not part of `text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..classify.thresholds import (
    FORUM_CONFIDENCE_BASE,
    FORUM_CONFIDENCE_PER_POST,
    MIN_FORUM_POSTS,
    MIN_SIGNED_SHARE,
)
from ..model import Comment
from ..segment.census import Census, css, css_first
from .comments import MAX_AUTHOR_CHARS, MAX_ITEMS, _clean, _nearest, extract_comments, own_text
from .css_sets import any_match, unique
from .forum_systems import INDENT_PIXELS, SYSTEMS, ForumSystem
from .meta_authors import clean_authors
from .meta_dates import parse_date

MAX_CONFIDENCE = 0.95
ANY_POST = ", ".join(system.post for system in SYSTEMS)


@dataclass(slots=True)
class Thread:
    system: str
    roots: list[Comment] = field(default_factory=list)
    posts: list[Comment] = field(default_factory=list)  # the posts, in page order

    @property
    def text(self) -> str:
        return "\n\n".join(post.text for post in self.posts)

    @property
    def confidence(self) -> float:
        score = FORUM_CONFIDENCE_BASE + FORUM_CONFIDENCE_PER_POST * len(self.posts)
        return round(min(MAX_CONFIDENCE, score), 2)


def find_thread(tree: LexborHTMLParser, census: Census | None = None) -> Thread | None:
    """The page's forum thread, read with the first system that finds one
    (the page's census, when given, narrows the queries)."""
    # One walk over the tree for every system's posts: most pages have none
    # (a system needs MIN_FORUM_POSTS - 1 of them besides an opening post).
    needed = MIN_FORUM_POSTS - 1
    if needed == 1 and not any_match(tree, ANY_POST, census):
        return None
    if needed > 1 and len(css(tree, ANY_POST, census)[:MIN_FORUM_POSTS]) < needed:
        return None
    for system in SYSTEMS:
        thread = _read(tree, system, census)
        if thread is not None and is_thread(thread):
            return thread
    return None


def is_thread(thread: Thread) -> bool:
    """Enough posts, and most of them signed: a FAQ marked up with
    schema.org Question/Answer has unsigned answers and is an article."""
    signed = sum(1 for post in thread.posts if post.author)
    return (len(thread.posts) >= MIN_FORUM_POSTS
            and signed >= MIN_SIGNED_SHARE * len(thread.posts))


def _read(tree: LexborHTMLParser, system: ForumSystem, census: Census | None) -> Thread | None:
    nodes = unique(node for node in css(tree, system.post, census)[:MAX_ITEMS]
                    if system.post_id is None
                    or system.post_id.match(node.attributes.get("id") or ""))
    if len(nodes) + bool(system.opening) < MIN_FORUM_POSTS:
        return None
    thread = Thread(system.name)
    opening = css_first(tree, system.opening, census) if system.opening else None
    if opening is not None:
        post = _post(opening, system, system.opening_body, set(), "post-0", census)
        if post is not None:
            thread.roots.append(post)
            thread.posts.append(post)
    ids = {node.mem_id for node in nodes}
    by_node: dict[int, Comment] = {}
    stack: list[tuple[int, Comment]] = []  # (written depth, post), when a system writes it
    for n, node in enumerate(nodes, 1):
        post = _post(node, system, system.body, ids, f"post-{n}", census)
        if post is None:
            continue
        if system.depth:
            depth = _written_depth(node, system.depth)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            parent = stack[-1][1] if stack else None
            stack.append((depth, post))
        else:
            nearest = _nearest(node, by_node)
            parent = by_node.get(nearest) if nearest is not None else None
        by_node[node.mem_id] = post
        _attach(post, parent, thread)
        if system.comments_inside:
            for reply in extract_comments(node, ids, census):
                _attach_subtree(reply, post, thread)
    return thread


def _attach(post: Comment, parent: Comment | None, thread: Thread, in_text: bool = True) -> None:
    if in_text:
        thread.posts.append(post)
    if parent is None:
        post.depth = 0
        thread.roots.append(post)
        return
    post.depth = parent.depth + 1
    post.parent = parent.id
    parent.replies.append(post)


def _attach_subtree(comment: Comment, parent: Comment, thread: Thread) -> None:
    """A comment under a post, with its own replies, one level below it. It
    is a remark on the post, not a post of the thread: it is in the tree,
    not in the text (the annotated Q&A pages of trafilatura-eval agree)."""
    replies, comment.replies = comment.replies, []
    _attach(comment, parent, thread, in_text=False)
    for reply in replies:
        _attach_subtree(reply, comment, thread)


def _post(node: LexborNode, system: ForumSystem, body: str, ids: set[int],
          fallback_id: str, census: Census | None) -> Comment | None:
    ids = ids if node.mem_id in ids else ids | {node.mem_id}  # the opening post
    part = _own(node, body, ids, census)
    text = own_text(part, ids) if part is not None else ""
    if not text:
        return None
    return Comment(text=text, author=_author(node, system.author, ids, census),
                   date=_date(node, system.date, ids, census),
                   id=node.attributes.get("id") or node.attributes.get("thingid") or fallback_id)


def _own(node: LexborNode, selector: str, ids: set[int],
         census: Census | None) -> LexborNode | None:
    """The first match inside the post, not inside a post nested in it
    (`ids` holds every post, this one included)."""
    for match in css(node, selector, census):
        if match.mem_id != node.mem_id and _nearest(match, ids) == node.mem_id:
            return match
    return None


def _specs(spec: str) -> list[str]:
    return [part.strip() for part in spec.split(",") if part.strip()]


def _author(node: LexborNode, spec: str, ids: set[int], census: Census | None) -> str | None:
    for part in _specs(spec):
        if part.startswith("@"):
            values = [node.attributes.get(part[1:]) or ""]
        else:
            match = _own(node, part, ids, census)
            values = [_clean(match.text(deep=True))] if match is not None else []
        for value in values:
            value = _clean(value)
            if 0 < len(value) <= MAX_AUTHOR_CHARS:
                names = clean_authors(value)
                return names[0] if len(names) == 1 else value
    return None


def _date(node: LexborNode, spec: str, ids: set[int], census: Census | None) -> str | None:
    for part in _specs(spec):
        if part.startswith("@"):
            candidates = [node.attributes.get(part[1:])]
        else:
            match = _own(node, part, ids, census)
            candidates = _stamp_values(match) if match is not None else []
        for value in candidates:
            when = _stamp(value) if value else None
            if when:
                return when
    return None


def _stamp_values(match: LexborNode) -> list[str | None]:
    """Where a date element keeps its date: machine-readable attributes
    first (datetime, content, Reddit's ts, a title, XenForo's data-time),
    then its text."""
    attrs = match.attributes
    return [attrs.get("datetime"), attrs.get("content"), attrs.get("ts"), attrs.get("title"),
            attrs.get("data-time"), _clean(match.text(deep=True))]


def _stamp(value: str) -> str | None:
    """A date, with its time when the value has one. Hacker News writes
    "2023-04-01T10:00:00 1680343200" (ISO time, then epoch seconds)."""
    first = value.split()[0] if value.split() else ""
    if first[:4].isdigit() and "T" in first:
        return parse_date(first)
    return parse_date(value)


def _written_depth(node: LexborNode, spec: str) -> int:
    """The depth a system writes: an attribute of the post ("@depth") or an
    element inside it (an `indent` attribute, or a spacer image's width)."""
    if spec.startswith("@"):
        raw = node.attributes.get(spec[1:]) or "0"
    else:
        marker = node.css_first(spec)
        if marker is None:
            return 0
        raw = marker.attributes.get("indent") or ""
        if not raw:
            image = marker.css_first("img[width]")
            width = image.attributes.get("width") if image is not None else "0"
            raw = str(int(width) // INDENT_PIXELS) if (width or "").isdigit() else "0"
    return int(raw) if raw.isdigit() else 0
