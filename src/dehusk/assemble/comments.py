"""Reader comments as a thread: one record per comment, with its replies.

Comment items are found by the marks comment systems leave (WordPress
`li.comment#comment-12`, Blogger `li.comment#c123…`, schema.org `Comment`,
wpDiscuz, Disqus's server-rendered list, forum posts with numbered ids).
Nesting of items in the DOM gives the reply depth and parent. Inside an item,
the author, the date and the text are read from the conventional parts, and
never from a nested reply.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Comment
from ..segment.census import Census, css, css_first
from .css_sets import css_once
from .doc_order import in_document_order
from .meta_authors import clean_authors
from .meta_dates import parse_date

# Elements that are one comment each.
ITEM_SELECTOR = (
    "li.comment, article.comment, div.comment, dd.comment, .wc-comment, .js-comment,"
    '[itemtype*="schema.org/Comment"], [itemprop="comment"], .comment-item, .commentEntry,'
    '.comment-entry, .mo-comment-card, li[id^="c"][class*="comment"], div[id^="kommentar"],'
    ".jdgm-rev, .review-item, #disqus_thread li.post, .post-list > li.post"
)
# Elements whose id may name a comment; kept only when the id ends in a number.
ID_SELECTOR = ('[id^="comment"], [id^="li-comment"], [id^="kommentar"], [id^="bb_message"], '
               '[id^="post-"][class*="reply"], [id^="reply-"]')
# An id that names a comment, with its number (to merge an item's wrappers).
ITEM_ID = re.compile(r"(?:^|[-_])(?:comment|kommentar|c|post|reply|message)[-_]?(\d{2,})$",
                     re.I)
TEXT_SELECTOR = (
    ".comment-content, .comment-text, .comment_content, .commentText, .comment-body-text,"
    '[itemprop="text"], [itemprop="commentText"], .wc-comment-text, .comment-message,'
    ".comment-story, .jdgm-rev__body, .mo-comment-content, .contenttext, .format_text,"
    ".tab-item-comment, .comment-entry-content, .commentContent, .post-message,"
    ".usertext-body, .comment-copy"
)
# The text parts that only comments have (TEXT_SELECTOR also lists parts
# that article bodies share, such as [itemprop="text"]).
COMMENT_TEXT_SELECTOR = (
    ".comment-content, .comment-text, .comment_content, .commentText, .comment-body-text,"
    '[itemprop="commentText"], .wc-comment-text, .comment-message, .comment-entry-content,'
    ".commentContent, .comment-copy"
)
AUTHOR_SELECTOR = (
    '.fn, .comment-author-name, [itemprop="author"], .comment-author, .wc-comment-author,'
    ".comment-meta .author, .username, .user-name, .author, cite, .name, .jdgm-rev__author,"
    ".commentAuthor, .comment-autor, .comment-user"
)
NAME_SELECTOR = '.fn, .comment-author-name, [itemprop="author"] [itemprop="name"]'
DATE_SELECTOR = (
    'time, .comment-date,'
    ".comment-metadata, .commentmetadata, .comment-meta, .date, .wc-comment-date,"
    ".jdgm-rev__timestamp, .comment-time, .time-ago"
)
# Parts of an item that are never comment text.
META_SELECTOR = (
    ".comment-meta, .comment-metadata, .commentmetadata, .comment-author, .reply, "
    ".comment-reply-link, .comment-actions, .avatar, .vcard, .comment-footer, footer, "
    ".says, form, .comment-respond, .wc-comment-footer, .comment-reply, time, .tagline, "
    ".comment-date, .time-ago"
)
SAYS = re.compile(r"\s*(?:says|sagt|dit|dice|schreibt|wrote|schrieb)\s*:?\s*$", re.I)
COUNT = re.compile(r"^\s*(\d{1,6})\s+(?:comments?|kommentare?|commentaires?|comentarios?|"
                   r"commenti|reacties|responses?|antworten|replies|reactions?)\b", re.I)
# The headings in #comments are listed twice (by "#comments h2" and by "h2"):
# the first 50 entries of the list are read, so the repeats move that cut.
COUNT_IN_COMMENTS = "#comments h2, #comments h3"
COUNT_ELSEWHERE = ".comments-title, .comment-title, .comments-count, .comment-count, h2, h3"
COUNT_SELECTOR = f"{COUNT_IN_COMMENTS}, {COUNT_ELSEWHERE}"
MAX_COUNT_ENTRIES = 50
MAX_AUTHOR_CHARS = 80
MAX_ITEMS = 5_000


# Class words that name one comment in systems the selector does not list
# ("xenforo-comment", "kb-comment", "kommentar-item", "leserbrief").
ITEM_CLASS = re.compile(
    r"^(?:[a-z0-9]+[-_])*(?:comment|kommentar|leserbrief|reaction)"
    r"(?:[-_]?(?:item|card|container|entry|box|single))?$",
    re.I,
)
# The same words in camel case after a site prefix ("MtnComment",
# "siteCommentItem"); the capital marks where the word starts.
CAMEL_ITEM_CLASS = re.compile(
    r"^[A-Za-z0-9]*[a-z0-9](?:Comment|Kommentar|Leserbrief)(?:Item|Card|Container|Entry|Box)?$"
)
# CMS classes that name a post's category or tag, not a comment: a
# WordPress opinion column is "category-kommentar".
TAXONOMY_PREFIXES = ("category-", "tag-", "format-", "post-", "tax-", "topic-", "section-",
                     "comment-author-", "type-")
CLASS_CANDIDATES = '[class*="omment"], [class*="eserbrief"], [class*="ommentar"]'
MIN_OWN_CHARS = 15  # an item with less text of its own is a wrapper or a meta line
# Once an item is a comment (its meta lines included, it passed MIN_OWN_CHARS),
# its text may be as short as "Danke" or "Same here :)".
MIN_TEXT_CHARS = 5
MAX_HOLDER_CLIMB = 3  # levels from a comment text up to the element with its author
# cite: forum quotes head the quoted text with "Name wrote:" in a <cite>.
BLOCK_TAGS = frozenset("p div li br h1 h2 h3 h4 h5 h6 blockquote pre section article "
                       "header footer tr dd dt ul ol cite".split())


def extract_comments(tree: LexborHTMLParser | LexborNode,
                     owners: set[int] | None = None,
                     census: Census | None = None) -> list[Comment]:
    """The page's (or an element's) comment thread: top-level comments with
    nested replies. With `owners` (elements that each own their comments,
    such as forum posts), only the comments owned by `tree` itself. The
    page's census, when given, spares the queries what the page lacks."""
    items = _items(tree, census)
    if owners and isinstance(tree, LexborNode):
        items = [node for node in items if _nearest(node, owners) == tree.mem_id]
    if not items:
        return []
    parts = Owned(tree, {node.mem_id for node in items}, census)
    comments: dict[int, Comment] = {}
    roots: list[Comment] = []
    for n, node in enumerate(items):
        text = _text(node, parts)
        if not text:
            continue
        comment = Comment(text=text, author=_author(node, parts), date=_date(node, parts),
                          id=node.attributes.get("id") or f"comment-{n + 1}")
        comments[node.mem_id] = comment
        holder = _holder(node, comments)
        if holder is None:
            roots.append(comment)
        else:
            comment.depth = holder.depth + 1
            comment.parent = holder.id
            holder.replies.append(comment)
    return roots


def declared_count(tree: LexborHTMLParser, census: Census | None = None) -> int | None:
    """A comment count the page states ("4 COMMENTS", "12 Kommentare")."""
    # Asked without COUNT_IN_COMMENTS, whose matches all come again (h2, h3):
    # each element then stands in the list once less, or as often. Its first
    # MAX_COUNT_ENTRIES entries hold at least the elements of the full
    # list's, and a match at entry i stands at most at entry 2i in the full
    # list (one repeat per element before it). Past that, the full list rules.
    for i, node in enumerate(css(tree, COUNT_ELSEWHERE, census)[:MAX_COUNT_ENTRIES]):
        match = COUNT.match(node.text(deep=True) or "")
        if match:
            if 2 * i < MAX_COUNT_ENTRIES:
                return int(match.group(1))
            break
    else:
        return None
    for node in css(tree, COUNT_SELECTOR, census)[:MAX_COUNT_ENTRIES]:
        match = COUNT.match(node.text(deep=True) or "")
        if match:
            return int(match.group(1))
    return None


def _is_candidate(node: LexborNode) -> bool:
    words = (node.attributes.get("class") or "").split()
    return any((ITEM_CLASS.match(word) or CAMEL_ITEM_CLASS.match(word))
               and not word.lower().startswith(TAXONOMY_PREFIXES) for word in words)


def _items(tree: LexborHTMLParser | LexborNode, census: Census | None) -> list[LexborNode]:
    """Comment items in document order. Wrappers without text of their own
    are not items, and an inner element carrying the same comment number as
    its item (WordPress: li#comment-7 > article#div-comment-7) is that item."""
    seen: set[int] = set()
    found: list[LexborNode] = []
    # Each query's repeats are dropped here anyway: css_once lists every
    # element once, for less.
    for node in css_once(tree, ITEM_SELECTOR, census, MAX_ITEMS):
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            found.append(node)
    for node in css_once(tree, ID_SELECTOR, census, MAX_ITEMS):
        if node.mem_id not in seen and _number(node) is not None:
            seen.add(node.mem_id)
            found.append(node)
    for node in css_once(tree, CLASS_CANDIDATES, census, MAX_ITEMS):
        if node.mem_id not in seen and _is_candidate(node):
            seen.add(node.mem_id)
            found.append(node)
    numbers = {node.mem_id: _number(node) for node in found}
    same = {node.mem_id for node in found
            if numbers[node.mem_id] is not None
            and (outer := _nearest(node, numbers)) is not None
            and numbers[outer] == numbers[node.mem_id]}
    found = [node for node in found if node.mem_id not in same]
    ids = {node.mem_id for node in found}
    items = [node for node in found
             if len(own_text(node, ids, enough=MIN_OWN_CHARS)) >= MIN_OWN_CHARS]
    # An "item" holding several comment texts of its own is the list
    # ("div#kommentarModul"); its comments are found by their texts.
    owned = Owned(tree, ids, census)
    lists = {node.mem_id for node in items if _text_parts(node, owned) > 1}
    items = [node for node in items if node.mem_id not in lists]
    items += _text_holders(tree, {node.mem_id for node in items}, census)
    return in_document_order(items, tree)


def _text_parts(node: LexborNode, owned: Owned) -> int:
    """How many comment texts an item holds (a text part inside another,
    ".comment-message > .comment-content", counts once)."""
    parts = owned.own(node, TEXT_SELECTOR)
    if len(parts) < 2:
        return len(parts)
    inner = {part.mem_id for part in parts}
    return sum(1 for part in parts if _nearest(part, inner) is None)


def _text_holders(tree: LexborHTMLParser | LexborNode, items: set[int],
                  census: Census | None) -> list[LexborNode]:
    """Items that only their parts name: the nearest element around a
    comment text (".commentText") that also holds its author or date, when
    no item found so far holds that text."""
    holders: list[LexborNode] = []
    for part in css(tree, COMMENT_TEXT_SELECTOR, census)[:MAX_ITEMS]:
        if part.mem_id in items or _nearest(part, items) is not None:
            continue
        node = part.parent
        for _ in range(MAX_HOLDER_CLIMB):
            if node is None or node.tag in ("body", "html"):
                break
            if css_first(node, AUTHOR_SELECTOR, census) is not None or \
                    css_first(node, DATE_SELECTOR, census) is not None:
                if node.mem_id not in items:
                    items.add(node.mem_id)
                    holders.append(node)
                break
            node = node.parent
    return [node for node in holders
            if len(own_text(node, items, enough=MIN_OWN_CHARS)) >= MIN_OWN_CHARS]


def _number(node: LexborNode) -> str | None:
    match = ITEM_ID.search(node.attributes.get("id") or "")
    return match.group(1) if match else None


def _nearest(node: LexborNode, ids: dict[int, Any] | set[int]) -> int | None:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return parent.mem_id
        parent = parent.parent
    return None


def _holder(node: LexborNode, comments: dict[int, Comment]) -> Comment | None:
    nearest = _nearest(node, comments)
    return comments.get(nearest) if nearest is not None else None


class Owned:
    """The parts of each item: a selector's matches grouped by the item they
    belong to (the nearest item around them), so that parts nested in a
    reply are the reply's. One CSS walk per selector for all items: a walk
    per item costs the square of the thread's depth."""

    __slots__ = ("tree", "ids", "groups", "census")

    def __init__(self, tree: LexborHTMLParser | LexborNode, ids: set[int],
                 census: Census | None = None) -> None:
        self.tree = tree
        self.ids = ids
        self.census = census
        self.groups: dict[str, dict[int, list[LexborNode]]] = {}

    def own(self, node: LexborNode, selector: str) -> list[LexborNode]:
        groups = self.groups.get(selector)
        if groups is None:
            groups = {}
            for match in css(self.tree, selector, self.census):
                owner = _nearest(match, self.ids)
                if owner is not None:
                    groups.setdefault(owner, []).append(match)
            self.groups[selector] = groups
        return groups.get(node.mem_id, [])


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def own_text(node: LexborNode, ids: set[int], skip: set[int] | None = None,
             enough: int | None = None) -> str:
    """The item's text without nested items (and without `skip` subtrees),
    paragraphs separated by blank lines: a block element starts one, and
    the text after it (a reply under a quote) starts another. With
    `enough`, for callers that test only the length: the walk stops once
    the text read so far is that long, and returns that text (a whole
    thread's list item is long at its first comment)."""
    paragraphs: list[str] = []
    line: list[str] = []
    stack: list[LexborNode | None] = [node.child] if node.child is not None else []
    while stack:
        current = stack.pop()
        if current is None:  # the end of a block element
            if line:
                paragraphs.append(_clean("".join(line)))
                line = []
            continue
        if current.next is not None:
            stack.append(current.next)
        tag = current.tag
        if tag == "-text":
            piece = current.text_content or ""
            line.append(piece)
            if enough is not None and piece and not piece.isspace():
                read = _joined([*paragraphs, _clean("".join(line))])
                if len(read) >= enough:
                    return read
            continue
        if current.mem_id in ids or (skip and current.mem_id in skip) or tag in ("script",
                                                                                "style"):
            continue
        if tag in BLOCK_TAGS:
            if line:
                paragraphs.append(_clean("".join(line)))
                line = []
            stack.append(None)
        if current.child is not None:
            stack.append(current.child)
    paragraphs.append(_clean("".join(line)))
    return _joined(paragraphs)


def _joined(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def _text(node: LexborNode, owned: Owned) -> str:
    parts = owned.own(node, TEXT_SELECTOR)
    if parts:
        return own_text(parts[0], owned.ids)
    parts = owned.own(node, META_SELECTOR + ", " + AUTHOR_SELECTOR)
    text = own_text(node, owned.ids, {m.mem_id for m in parts})
    if len(text) < MIN_TEXT_CHARS:
        # Some themes put the comment inside its author box (a WordPress
        # ".comment-author.vcard" holding the paragraphs): skip only the
        # meta parts without paragraphs of their own.
        lines = {m.mem_id for m in parts if m.css_first("p") is None}
        text = own_text(node, owned.ids, lines)
    return text if len(text) >= MIN_TEXT_CHARS else ""


def _author(node: LexborNode, owned: Owned) -> str | None:
    # A part that is only the name (".fn") wins over a line that holds it
    # ("<cite>Kommentar von <span class=fn>Ann</span> — 2019-01-01</cite>").
    for part in owned.own(node, NAME_SELECTOR)[:1] + owned.own(node, AUTHOR_SELECTOR)[:3]:
        text = SAYS.sub("", _clean(part.text(deep=True)))
        if 0 < len(text) <= MAX_AUTHOR_CHARS:
            names = clean_authors(text)
            return names[0] if len(names) == 1 else text
    return None


def _date(node: LexborNode, owned: Owned) -> str | None:
    # Machine-readable stamps first: css() returns document order, and a
    # meta line holding the author and a prose date often comes before <time>.
    parts = owned.own(node, "time[datetime], [itemprop=dateCreated], [itemprop=datePublished]")
    # Last, the author's line: "Kommentar von Ann — 2019-01-01 @ 00:39".
    lines = [p for p in owned.own(node, AUTHOR_SELECTOR)[:3]
             if len(p.text(deep=True)) <= MAX_AUTHOR_CHARS]
    for part in parts[:2] + owned.own(node, DATE_SELECTOR)[:4] + lines:
        attrs = part.attributes
        # Disqus writes the full date only in the title of "a year ago".
        for raw in (attrs.get("datetime"), attrs.get("content"), attrs.get("title"),
                    _clean(part.text(deep=True))):
            value = parse_date(raw) if raw else None
            if value:
                return value
    return None
