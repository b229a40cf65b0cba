"""The visible byline: an element that page templates mark as the author's.

Elements inside comments, sidebars, related-article teasers and menus are
skipped: their names are commenters and the authors of other articles.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .meta_authors import clean_authors, is_organisation, is_site_like
from .meta_byline_query import BYLINE_SELECTOR, byline_nodes
from .meta_inline import looks_like_a_name

# The classes most bylines carry: a quarter of the cost of the full list,
# for the second look a page with structured authors gets.
CLASS_BYLINE_SELECTOR = '[class*="byline" i], [class*="author" i]'
# Class/id words of the containers whose names are not the article's author.
# A class or id token counts when it starts with one of these words
# ("comment-list", "sidebar_left", "related-posts"), not when it merely
# contains one ("sticky-sidebar-parent", "review-article").
NOT_THE_ARTICLE = re.compile(
    r"^(comments?|kommentare?|commentaires?|comentarios?|respond|reply|replies|sidebar|"
    r"widget|related|teaser|recommend\w*|nav|navigation|menu|popular|trending|more-from|"
    r"readmore|read-more|newsletter|disqus|dsq)(?:$|[-_])", re.IGNORECASE,
)
MENU_WORDS = frozenset(("nav", "navigation", "menu"))
MARGIN_WORDS = frozenset(("sidebar", "widget"))
# ... unless the same element is marked as content too ("content-area sidebar":
# a layout with a sidebar, not the sidebar itself).
# Blogger renders the posts in a "widget Blog" (its sidebar gadgets are
# "widget HTML", "widget Profile" ...).
CONTENT_MARK = re.compile(r"^(?:content|main|entry|article|story|post-body|post-content|blog$)",
                          re.IGNORECASE)
NOT_THE_ARTICLE_TAGS = frozenset(("aside", "nav", "form", "label", "select", "option", "button"))
MAX_BYLINE_CHARS = 100
MAX_CANDIDATES = 60  # bylines looked at, in document order (cost bound)
MAX_ANCESTORS = 14
# "LN", "JF", "AFP": a newspaper's or an agency's initials, no person.
ABBREVIATION = re.compile(r"^[A-ZÄÖÜ]{2,4}$")
MIN_INNER_WORDS = 2  # a first name alone inside "Jane Doe" narrows nothing


def _in_article(node: LexborNode) -> bool:
    """An <aside> inside an <article> is the article's own margin (its
    byline and date box), not the page's sidebar."""
    current = node.parent
    for _ in range(MAX_ANCESTORS):
        if current is None or current.tag in ("body", "html"):
            return False
        if current.tag == "article":
            return True
        current = current.parent
    return False


def _outside_article(node: LexborNode) -> bool:
    current: LexborNode | None = node
    teaser = False  # an <article> of its own inside the aside: a teaser
    article_below = False
    for _ in range(MAX_ANCESTORS):
        if current is None or current.tag in ("body", "html"):
            return False
        teaser = teaser or current.tag == "article"
        if current.tag in NOT_THE_ARTICLE_TAGS and not (
                current.tag == "aside" and not teaser and _in_article(current)):
            return True
        attrs = current.attributes
        marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()
        hits = [m.group(1).lower() for m in map(NOT_THE_ARTICLE.match, marks) if m]
        if hits and not any(CONTENT_MARK.match(t) for t in marks):
            # A "navigation-container" around an <article> is the layout, not
            # a menu; a "sidebar-wrapper" inside the article is its margin.
            layout = article_below and all(h in MENU_WORDS for h in hits)
            margin = not teaser and all(h in MARGIN_WORDS for h in hits) and _in_article(current)
            if not (layout or margin):
                return True
        article_below = article_below or current.tag in ("article", "main")
        current = current.parent
    return False


def _inside(node: LexborNode, outer: LexborNode) -> bool:
    # by identity: selectolax's == serialises both subtrees and compares the HTML
    current, target = node.parent, outer.mem_id
    for _ in range(MAX_ANCESTORS):
        if current is None:
            return False
        if current.mem_id == target:
            return True
        current = current.parent
    return False


def _narrower(names: list[str], inner: list[str]) -> bool:
    """Whether the names of an element inside the byline are the byline's
    names without the words around them: "Tech Insider Alex Perry" and its
    link "Alex Perry", "Von Tomas Spahn Fr, 18. Oktober" and "Tomas Spahn"."""
    return len(inner) == len(names) and all(
        i != n and len(i.split()) >= MIN_INNER_WORDS and i in n
        for i, n in zip(inner, names, strict=True))


def byline_authors(tree: LexborHTMLParser, site_name: str | None,
                   host: str | None, selector: str = BYLINE_SELECTOR) -> list[str]:
    """Names from the first byline element outside comments and sidebars
    whose names look like names (capitalised words, or one user name: not
    an author bio's "A computer science professor"), or from a marked
    element inside it that holds the bare names (the byline's text may carry
    a job title, a weekday). The site's own name (a blog header's "author"
    box) only when no byline names anyone else."""
    seen = 0
    found: list[str] = []
    site_names: list[str] = []
    outer: LexborNode | None = None
    nodes = byline_nodes(tree) if selector == BYLINE_SELECTOR else tree.css(selector)
    for node in nodes:
        if outer is not None and not _inside(node, outer):
            break
        text = " ".join((node.text(deep=True) or "").split())
        if not text or len(text) > MAX_BYLINE_CHARS:
            continue
        seen += 1
        if seen > MAX_CANDIDATES:
            break
        if outer is not None:
            inner = clean_authors(text, site_name, host)
            if _narrower(found, inner):
                return inner
            continue
        if _outside_article(node):
            continue
        names = clean_authors(text, site_name, host)
        if names and any(is_site_like(n, site_name, host) or ABBREVIATION.match(n)
                         for n in names):
            # the site's own name in its header's "author" box, or its
            # initials ("JF"): a byline further down may name the person;
            # else the site it is
            site_names = site_names or names
        elif names and all(looks_like_a_name(n) for n in names):
            found, outer = names, node
    if found:
        return found
    # The site's own name stands as the author only when it is a person's
    # (a personal blog named for its writer), never a publication's; an
    # agency's or a writer's initials ("dpa", "LD") sign like a name.
    return [n for n in site_names
            if ABBREVIATION.match(n) or (looks_like_a_name(n) and not is_organisation(n))]
