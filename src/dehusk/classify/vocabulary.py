"""Boilerplate vocabularies: named groups of class/id/role tokens.

Each group is written once here and compiled once into lookup tables. A
class/id string is cut into words at anything but letters and digits; a token
matches a word, or two or three consecutive words ("read-more" matches
"entry-read_more"). A token ending in ``*`` matches as a prefix ("share*"
matches "sharebar").
"""

from __future__ import annotations

import functools
import re

CONTENT = "content"  # positive groups
STRONG_CONTENT = "strong_content"

# Group name -> tokens. Negative groups first; the first group that matches an
# element's class/id names it. Order matters only when one string holds
# tokens of several groups: then the more specific boilerplate wins.
GROUPS: dict[str, tuple[str, ...]] = {
    "cookie": ("cookie*", "consent*", "gdpr", "cmp", "onetrust*", "cookiebot*", "truste"),
    "comments": (
        "comment*", "disqus*",
        "discussion", "respond", "comment-respond", "commentform", "comment-form", "reply",
        "replies", "reactions",
    ),
    "share": (
        "share*", "sharing", "social*", "sociable", "addthis*", "sharethis*", "shariff",
        "follow-us", "followus",
    ),
    "newsletter": ("newsletter*", "subscribe*", "subscription*", "signup*", "optin", "mailchimp*"),
    "donation": ("donate*", "donation*", "patreon", "support-us", "supportus"),
    "author_box": ("author-box", "authorbox", "author-bio", "authorbio", "about-author",
                   "author-info", "author-card", "bio", "author-description", "author-details",
                   "m-author", "post-author", "entry-author", "about-the-author"),
    "related": (
        "related*", "recommend*", "more-stories", "readmore", "read-more", "trending*",
        "popular*", "most-read", "mostread", "most-popular", "outbrain*", "taboola*",
        "recirc*", "teaser*", "further-reading", "you-may-like", "youmaylike", "more-from",
        "promo*", "upsell", "cta", "next-post*", "prev-post*", "previous-post*", "nextstory",
        "next-story", "next-article", "up-next", "upnext",
    ),
    "ads": (
        "ad", "ads", "adv", "advert*", "adsense", "adslot", "ad-slot", "adunit", "ad-container",
        "adwrapper", "ad-wrapper", "sponsor*", "dfp", "gpt-ad", "banner-ad", "commercial",
    ),
    "navigation": (
        "nav", "navbar", "navigation*", "menu*", "breadcrumb*", "pagination", "pager",
        "skip-link", "skiplink", "topbar", "toc", "table-of-contents", "masthead",
        "site-header", "header-nav", "subnav", "mega-menu",
    ),
    "tags": ("tags", "tag-list", "taglist", "tagcloud", "tag-cloud", "post-tags", "entry-tags",
             "categories", "cat-links", "tag-links", "keywords"),
    "meta": ("entry-meta", "post-meta", "postmeta", "article-meta", "entry-footer",
             "post-footer", "byline", "post-info", "postinfo", "entry-utility", "post-date",
             "postmetadata", "post-meta-data", "article-info", "dateline"),
    "embed": ("twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "embedly*"),
    "caption": ("caption*", "wp-caption-text", "image-credit", "photo-credit", "credits",
                "img-credit", "bildunterschrift", "legende", "image-annotation",
                "imagedescription", "image-description", "img-metadata", "image-metadata",
                "copyright-info", "bildnachweis", "bildquelle"),
    "modal": ("modal*", "popup*", "overlay", "dialog"),
    "footer": ("footer*", "colophon", "copyright", "site-info", "legal"),
    "sidebar": ("sidebar*", "widget*", "rail", "right-rail", "secondary", "aside"),
    # Strong content markers: they win even beside a boilerplate token in the
    # same class string ("entry-content entry-content-read-more").
    STRONG_CONTENT: (
        "article-body", "articlebody", "article-content", "article-text", "articletext",
        "entry-content", "post-content", "post-body", "postbody", "post-entry", "story-body",
        "storybody", "story-content", "main-content", "maincontent", "body-text", "rich-text",
        "richtext", "markdown-body", "article__body", "article-main",
    ),
    # Weak content markers: boilerplate tokens beside them win ("comment-content").
    CONTENT: (
        "article", "content", "entry", "post", "story", "text", "hentry", "blog-post",
        "single-post", "prose", "page-content", "main",
    ),
}

# Tag names that imply a group on their own.
TAG_GROUPS: dict[str, str] = {
    "nav": "navigation",
    "footer": "footer",
    "aside": "sidebar",
    "article": CONTENT,
    "main": CONTENT,
}

# ARIA roles that imply a group.
ROLE_GROUPS: dict[str, str] = {
    "navigation": "navigation",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "dialog": "modal",
    "alertdialog": "modal",
    "search": "navigation",
    "menu": "navigation",
    "menubar": "navigation",
    "main": CONTENT,
    "article": CONTENT,
}

# Class tokens that talk about a page's state, not about the element: a
# WordPress wrapper with "has-sidebar" or "comments-open" is not a sidebar.
STATE_LEADING = ("has", "with", "no", "non", "not", "without", "show", "hide", "is")
STATE_TRAILING = ("enabled", "disabled", "active", "open", "opened", "closed", "visible",
                  "loaded", "ready")
STATE_PREFIX = re.compile(
    rf"(?<![a-z0-9])(?:{'|'.join(STATE_LEADING)})-[a-z0-9_-]+"
    rf"|[a-z0-9_-]+-(?:{'|'.join(STATE_TRAILING)})(?![a-z0-9_-])"
)
# STATE_PREFIX matches only where one of these is a whole word: a class
# string without any is not searched.
STATE_WORDS = frozenset(STATE_LEADING + STATE_TRAILING)

WORD_SPLIT = re.compile(r"[^a-z0-9]+")
MAX_NGRAM = 3


def _compile_groups() -> tuple[dict[str, str], dict[str, str]]:
    """Exact tokens (words and hyphenated compounds) and prefixes -> group."""
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for name, tokens in GROUPS.items():
        for token in tokens:
            key = "-".join(WORD_SPLIT.split(token.rstrip("*")))
            target = prefixes if token.endswith("*") else exact
            target.setdefault(key, name)
    return exact, prefixes


EXACT_TOKENS, PREFIX_TOKENS = _compile_groups()
# Longest prefix first, so "navigation" is found before "nav".
PREFIX_PATTERN = re.compile(
    "|".join(re.escape(p) for p in sorted(PREFIX_TOKENS, key=len, reverse=True))
)


# A compound ("share-bar-top") matches a prefix token that is one word only
# through its first word: the token is a prefix of that word. A hyphenated
# prefix token ("next-post*") can match only compounds whose first word is
# its own first word ("next"). So the compounds starting with any other word
# are named by that word's prefix group, looked up once per word; only these
# heads, and those of the hyphenated exact tokens, have their compounds
# matched one by one.
PREFIX_HEADS = frozenset(key.split("-")[0] for key in PREFIX_TOKENS if "-" in key)
# First words of the multi-word exact tokens ("read" of "read-more"): a
# compound starting with any other word cannot be an exact token.
COMPOUND_HEADS = frozenset(key.split("-")[0] for key in EXACT_TOKENS if "-" in key)
HEADS = COMPOUND_HEADS | PREFIX_HEADS


# Words repeat across class strings far more than whole strings do ("col",
# "wp", "block"): the regex runs once per word (lru_cache is thread-safe).
@functools.lru_cache(maxsize=1 << 14)
def _prefix_group(key: str) -> str | None:
    prefix = PREFIX_PATTERN.match(key)
    return PREFIX_TOKENS[prefix.group()] if prefix is not None else None


def _matches(attribute_text: str) -> list[str]:
    """The groups named by the words of a class/id string and their
    hyphenated 2- and 3-word compounds, in order: the rule group_of follows
    (decide() of this list), written plainly, each compound matched on its
    own; group_of takes the shortcuts (tests hold the two equal)."""
    words = [w for w in WORD_SPLIT.split(attribute_text) if w]
    found: list[str] = []
    for i, word in enumerate(words):
        for n in range(MAX_NGRAM, 1, -1):
            if i + n <= len(words):
                key = "-".join(words[i:i + n])
                group = EXACT_TOKENS.get(key) or _prefix_group(key)
                if group is not None:
                    found.append(group)
        group = EXACT_TOKENS.get(word) or _prefix_group(word)
        if group is not None:
            found.append(group)
    return found


def _compound_groups(words: list[str], i: int, word_prefix: str | None) -> list[str]:
    """The groups of the 3- and 2-word compounds starting at word i, a head."""
    found = []
    own_prefix = words[i] in PREFIX_HEADS
    for n in range(MAX_NGRAM, 1, -1):
        if i + n > len(words):
            continue
        key = "-".join(words[i:i + n])
        group = EXACT_TOKENS.get(key)
        if group is None:
            group = _prefix_group(key) if own_prefix else word_prefix
        if group is not None:
            found.append(group)
    return found


POSITIVE_GROUPS = frozenset((CONTENT, STRONG_CONTENT))
# Groups that say nothing about being main text: an embedded post (a tweet
# quoted in the article) is part of the article when its container is, and
# boilerplate outside it. Measured on aeb, whose human gold keeps quoted tweets.
NEUTRAL_GROUPS = frozenset(("embed",))
# Groups no site puts its article under, whatever it calls its wrappers:
# the recall pass, which ignores the vocabulary, still holds these against.
NEVER_CONTENT = frozenset(("cookie", "modal", "comments", "newsletter", "footer"))
NEGATIVE_GROUPS = frozenset(
    name for name in GROUPS if name not in POSITIVE_GROUPS and name not in NEUTRAL_GROUPS
)


# Class names a CMS or page builder gives to every page, whose words read as
# a group they are not: (cheap marker, pattern, replacement), applied to the
# lower-cased string before it is cut into words.
CMS_NAMES = (
    # Drupal 8+ wraps the whole page in it; "dialog" would make it a modal.
    ("dialog-off-canvas", re.compile("dialog-off-canvas-main-canvas"), " "),
    # Elementor calls each of its elements a widget (a paragraph is an
    # "elementor-widget-text-editor"); "widget" would make them a sidebar.
    # A real sidebar keeps its word ("elementor-widget-sidebar").
    ("elementor-widget", re.compile("elementor-widget"), "elementor-element"),
    # Blogger's main column is the widget of type Blog ("widget Blog",
    # id "Blog1"); its sidebar widgets are BlogArchive, BlogList ...
    ("widget blog", re.compile(r"\bwidget blog\b(?![-\w])"), " "),
    # Layouts named for the sidebar they hold beside the text: "has-sidebar",
    # "no-sidebars", Drupal Panels' "panel-two-col-sidebar-right".
    ("sidebar", re.compile(r"\b(?:has|with|without|no|one|two|three)-(?:col-)?sidebars?\b"),
     " "),
    # Adobe Experience Manager's core components are "cmp-text", "cmp-title"
    # ...; "cmp" alone names a consent platform's banner.
    ("cmp-", re.compile(r"\bcmp-(?=(?:text|title|image|container|teaser|list|tabs|accordion|"
                        r"carousel|contentfragment|experiencefragment|embed|download)(?![a-z0-9]))"),
     "component-"),
)


# The place between a lower-case letter or digit and a capital: camelCase
# words are cut there (zero-width, so the replacement is a plain "-").
CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Every byte but a-z and 0-9 becomes a space: WORD_SPLIT's cut, done by
# bytes.translate and str.split (a few C calls instead of a regex scan).
WORD_BYTES = bytes(c if chr(c).isdigit() or "a" <= chr(c) <= "z" else 32 for c in range(256))


def _words(text: str) -> list[str]:
    """WORD_SPLIT's words of a lower-case string, empty ones dropped. Other
    characters are cut as "?" first, a separator like every non-ASCII one."""
    return text.encode("ascii", "replace").translate(WORD_BYTES).decode("ascii").split()


# A pure function of a short string, called for every element that has a
# class or id; class names repeat across the pages of a site and a CMS, so a
# bounded memo pays (thread-safe: lru_cache holds its own lock).
@functools.lru_cache(maxsize=1 << 16)
def group_of(attribute_text: str) -> str:
    """The vocabulary group named by a class + id string, or ''.

    camelCase words are cut at their capitals first ("signupBackground").
    A strong content marker wins; otherwise a boilerplate group wins over a
    weak content marker ("comment-content" is comments).
    """
    if "(" in attribute_text:
        # Atomic CSS (Yahoo's Atomizer: "Ff($ff-secondary)", "Mx(a)--modalCentered")
        # names a style, not a part of the page.
        attribute_text = " ".join(t for t in attribute_text.split() if "(" not in t)
    if "status-publish" in attribute_text:
        # WordPress's post_class(): "post-7 type-post status-publish hentry
        # category-news tag-video custom_tags-x". The terms of its taxonomies
        # are the post's, not a tag list's: it is a (weak) content marker.
        return CONTENT
    if not attribute_text.islower():  # no capital, no camelCase to cut
        attribute_text = CAMEL_BOUNDARY.sub("-", attribute_text).lower()
    for marker, pattern, replacement in CMS_NAMES:
        if marker in attribute_text:
            attribute_text = pattern.sub(replacement, attribute_text)
    words = _words(attribute_text)
    if not STATE_WORDS.isdisjoint(words) and "-" in attribute_text:
        words = _words(STATE_PREFIX.sub(" ", attribute_text))
    return _decide_words(words)


def decide(groups: list[str]) -> str:
    """The group a sequence of matched groups names (group_of's rule, on
    what _matches found)."""
    negative = weak = ""
    for name in groups:
        if name == STRONG_CONTENT:
            return STRONG_CONTENT
        if name == CONTENT:
            weak = CONTENT
        elif not negative:
            negative = name
    return negative or weak


# What one word can add to a class string's groups: (its prefix group, the
# group of the word alone, whether it starts a compound token), or None for
# the many words that add nothing ("col", "md", "12"). Words repeat across
# class strings far more than strings do.
@functools.lru_cache(maxsize=1 << 14)
def _word_groups(word: str) -> tuple[str | None, str | None, bool] | None:
    prefix = _prefix_group(word)
    own = EXACT_TOKENS.get(word, prefix)
    head = word in HEADS
    return (prefix, own, head) if own is not None or head else None


def _decide_words(words: list[str]) -> str:
    """decide(_matches(text)) for the words of text, without building the
    list: a word that adds nothing costs one memo lookup, and the first
    strong content marker ends the scan (tests hold the two equal)."""
    count = len(words)
    negative = weak = ""
    for i, word in enumerate(words):
        info = _word_groups(word)
        if info is None:
            continue
        prefix, own, head = info
        groups: list[str | None]
        if head:
            groups = [*_compound_groups(words, i, prefix), own]
        elif i + 1 < count and prefix is not None:
            # The compounds starting here are named by the prefix (see
            # _matches), then the word itself.
            groups = [prefix, own]
        else:
            groups = [own]
        for name in groups:
            if name == STRONG_CONTENT:
                return STRONG_CONTENT
            if name == CONTENT:
                weak = CONTENT
            elif name and not negative:
                negative = name
    return negative or weak


def inherit(own: str, inherited: str) -> str:
    """The group of an element given its own and its parent's: the nearest
    marker wins, except that a weak content marker does not lift an element
    out of boilerplate (a "content" div inside a cookie modal stays cookie),
    nor any content marker out of a consent dialog."""
    if not own:
        return inherited
    if own == CONTENT and inherited in NEGATIVE_GROUPS:
        return inherited
    if own == STRONG_CONTENT and inherited == "cookie":
        # A consent dialog never holds the article: its own "tab-main-content"
        # names the dialog's body, not the page's.
        return inherited
    return own


# schema.org types (JSON-LD @type, microdata itemtype) -> the page type they
# declare. "forum" is not here: the comments stage owns that decision.
SCHEMA_PAGE_TYPES: dict[str, str] = {
    **dict.fromkeys(("product", "productgroup", "offer", "aggregateoffer", "individualproduct",
                     "productmodel", "vehicle", "car", "book"), "product"),
    **dict.fromkeys(("article", "newsarticle", "blogposting", "reportagenewsarticle",
                     "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                     "scholarlyarticle", "report", "socialmediaposting", "liveblogposting",
                     "posting", "backgroundnewsarticle", "review"), "article"),
    **dict.fromkeys(("techarticle", "apireference", "howto"), "documentation"),
    **dict.fromkeys(("itemlist", "collectionpage", "searchresultspage", "offercatalog",
                     "productcollection"), "listing"),
    "recipe": "recipe",
    **dict.fromkeys(("event", "musicevent", "sportsevent", "businessevent", "festival",
                     "theaterevent", "educationevent", "exhibitionevent"), "event"),
}
# og:type values -> page type (Open Graph: "article", "product", "og:product",
# "product.item", "books.book" ...).
OG_PAGE_TYPES: dict[str, str] = {
    "article": "article", "blog": "article", "product": "product", "og:product": "product",
    "product.item": "product", "product.group": "product", "books.book": "product",
    "event": "event",
}
# URL path segments that name a documentation site (language-neutral: they are
# the path conventions of documentation generators and hosts). Not "wiki" or
# "guide": encyclopedias and travel guides are articles.
DOCS_PATH_SEGMENTS = frozenset(("docs", "doc", "documentation", "manual", "reference", "api",
                                "handbook", "man", "kb",
                                "knowledge-base", "tutorial", "tutorials"))
