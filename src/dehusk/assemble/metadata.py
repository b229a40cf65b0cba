"""Metadata: title, authors, dates, site name, language and the rest.

Sources, most trusted first: JSON-LD, OpenGraph and article:* tags, other
meta tags, then the visible page (<time>, bylines, <h1>, <title>) and the URL.
Each field records in Document.sources where it came from.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import urlparse

from selectolax.lexbor import LexborHTMLParser

from ..model import Document
from .meta_authors import ROLE_WORDS, clean_authors, is_organisation, is_site_like
from .meta_byline import ABBREVIATION, CLASS_BYLINE_SELECTOR, byline_authors
from .meta_dates import date_from_url, local_day, parse_date
from .meta_inline import looks_like_a_name
from .meta_jsonld import article_objects, jsonld_field, objects_by_id, resolve
from .meta_title import MAX_HEADLINES, clean_title, headline_text

AUTHOR_KEYS = ("dc.creator", "author", "article:author", "dc.creator.aut", "byl",
               "sailthru.author", "parsely-author", "dcterms.creator", "citation_author")
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "citation_date", "article.published", "published_time",
    "originalpublicationdate", "og:published_time", "cxenseparse:recs:publishtime",
    "uploaddate", "dc.date.created", "article:published", "publication_date",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified",
                 "dc.date.modified", "dcterms.modified", "last-modified", "lastmod")
SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher",
             "dc.publisher", "al:ios:app_name")
# Share of the <title>'s letters a JSON-LD name must repeat to count as the
# page's title (Readability.js uses 0.75 for the same choice).
TITLE_SIMILARITY = 0.75
WORD = re.compile(r"\w+")
USER_NAME_PARTS = re.compile(r"[._\-]+")
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 4
# A body as the author, kept until a visible byline names a person.
WEAK_AUTHORS = " (a body: a visible byline may replace it)"
MIN_USER_NAME_PARTS, MAX_USER_NAME_PARTS = 2, 3
DUBLIN_CORE_COLON = re.compile(r"^(dc|dcterms?):")
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description",
                    "dc.description")
META_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """name/property/itemprop -> content of every <meta>, first one wins; a
    `property` (the attribute OpenGraph and RDFa define) over a `name`.
    "dc:title" and "dc.title" are one key, "dc.title"."""
    by_property: dict[str, str] = {}
    metas: dict[str, str] = {}
    for node in tree.tags("meta"):  # css("meta")'s list, from a cheaper walk
        attrs = node.attributes
        content = (attrs.get("content") or "").strip()  # once per tag, not per name
        if not content:
            continue
        for key_attr in META_KEY_ATTRIBUTES:
            key = attrs.get(key_attr)
            if not key:
                continue
            into = by_property if key_attr == "property" else metas
            # property="dc:title og:title" names several properties at once (RDFa).
            for name in key.lower().split():
                if name.startswith("dc"):
                    name = DUBLIN_CORE_COLON.sub(r"\1.", name)
                into.setdefault(name, content)
    metas.update(by_property)
    return metas


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> tuple[str | None, str]:
    for key in keys:
        value = metas.get(key)
        if value:
            return value, f"meta[{key}]"
    return None, ""


def _set(doc: Document, name: str, value: Any, source: str) -> None:
    if value and not getattr(doc, name):
        setattr(doc, name, value)
        doc.sources[name] = source


def extract_metadata(tree: LexborHTMLParser, url: str | None, doc: Document,
                     jsonld: list[Any] | None = None) -> None:
    """Fill the metadata fields of ``doc`` from the page."""
    metas = _meta_tags(tree)
    articles = article_objects(jsonld or [])
    index = objects_by_id(jsonld or [])
    _site_name(tree, url, doc, metas, articles)
    _title(tree, url, doc, metas, articles)
    _authors(tree, url, doc, metas, articles, index)
    _language(tree, doc, metas)
    _dates(tree, url, doc, metas, articles)
    _set(doc, "description", jsonld_field(articles, "description") or
         _first(metas, DESCRIPTION_KEYS)[0], "meta/json-ld")
    _links(tree, url, doc, metas, articles)
    _tags(doc, metas, articles)


def _site_name(tree: LexborHTMLParser, url: str | None, doc: Document,
               metas: dict[str, str], articles: list[dict[str, Any]]) -> None:
    publisher = jsonld_field(articles, "publisher")
    if isinstance(publisher, dict):
        _set(doc, "site_name", publisher.get("name"), "json-ld publisher")
    value, source = _first(metas, SITE_KEYS)
    if value and value.startswith("@"):
        value = value[1:]
    _set(doc, "site_name", value, source)


def _title(tree: LexborHTMLParser, url: str | None, doc: Document, metas: dict[str, str],
           articles: list[dict[str, Any]]) -> None:
    title_node = tree.css_first("title")
    headings = tree.css("h1, h2")  # one walk of the tree for both, in page order
    headlines = [headline_text(h) for h in [h for h in headings if h.tag == "h1"][:MAX_HEADLINES]]
    page_title = title_node.text(deep=True) or "" if title_node else ""
    candidates = [
        _jsonld_title(articles, page_title, headlines),
        # Dublin Core titles are set by hand on the sites that use them.
        (metas.get("dc.title") or metas.get("dcterms.title") or metas.get("dcterm.title"),
         "meta[dc.title]"),
        (metas.get("og:title"), "og:title"),
        (metas.get("twitter:title"), "twitter:title"),
        (metas.get("parsely-title"), "meta[parsely-title]"),
        (title_node.text(deep=True) if title_node else None, "title"),
    ]
    host = urlparse(url).hostname if url else None
    subheads = [" ".join((h.text(deep=True) or "").split())
                for h in [h for h in headings if h.tag == "h2"][:MAX_HEADLINES]]
    title, source = clean_title(candidates, headlines, doc.site_name, host, subheads)
    _set(doc, "title", title, source)


def _similar(text: str, title: str) -> bool:
    """Whether most of the words of the page's <title> are in ``text``."""
    words = set(WORD.findall(text.lower()))
    title_words = WORD.findall(title.lower())
    if not title_words:
        return False
    missing = sum(len(w) for w in title_words if w not in words)
    return 1 - missing / sum(len(w) for w in title_words) >= TITLE_SIMILARITY


def _jsonld_title(articles: list[dict[str, Any]], page_title: str,
                  headlines: list[str]) -> tuple[str | None, str]:
    """The headline of the JSON-LD article, or its `name` when the two
    differ (Wikipedia puts a description in `headline`): the one an <h1>
    repeats, else the name unless only the headline matches the <title>
    (the choice Readability.js makes)."""
    for obj in articles:
        headline, name = _str(obj.get("headline")), _str(obj.get("name"))
        if headline and name and name.strip() != headline.strip():
            said = {_words(h) for h in headlines}
            if _words(headline) in said:
                return headline, "json-ld headline"
            if _words(name) in said or not (_similar(headline, page_title)
                                            and not _similar(name, page_title)):
                return name, "json-ld name"
        if headline:
            return headline, "json-ld headline"
    return None, ""


def _words(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _authors(tree: LexborHTMLParser, url: str | None, doc: Document, metas: dict[str, str],
             articles: list[dict[str, Any]], index: dict[str, dict[str, Any]]) -> None:
    """Structured authors first; a visible byline when they are missing, the
    site itself or an organisation; an organisation only as the last resort."""
    host = urlparse(url).hostname if url else None
    fallback: tuple[list[str], str] | None = None
    for names, source, organisation in _structured_authors(metas, articles, index, doc, host):
        weak = organisation or any(is_organisation(n) or is_site_like(n, doc.site_name, host)
                                   or ABBREVIATION.match(n) for n in names)
        if names and not weak:
            _set_authors(doc, _completed(names, tree, doc.site_name, host), source)
            return
        site_like = any(is_site_like(n, doc.site_name, host) for n in names)
        if names and fallback is None and not site_like:
            fallback = (names, source)  # an organisation, never the site itself
    names = byline_authors(tree, doc.site_name, host)
    if names:
        _set_authors(doc, names, "byline")
    elif fallback:
        _set_authors(doc, fallback[0], fallback[1] + WEAK_AUTHORS)


def _person_like(name: str, site_name: str | None, host: str | None) -> bool:
    """A first and last name or so, capitalised, no job title, no body."""
    words = name.split()
    return (MIN_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS and looks_like_a_name(name)
            and not any(w.lower() in ROLE_WORDS for w in words)
            and not is_organisation(name) and not is_site_like(name, site_name, host))


def _key(name: str) -> str:
    return " ".join(WORD.findall(name.lower()))


def _completed(names: list[str], tree: LexborHTMLParser, site_name: str | None,
               host: str | None) -> list[str]:
    """A user name in the structured data ("arianschlichenmayer",
    "christian.stadtfeld", "mkeller") is the visible byline's full name
    when the byline spells the same words."""
    if len(names) == 1 and " " in names[0]:
        shown = byline_authors(tree, site_name, host, CLASS_BYLINE_SELECTOR)
        keys = [_key(n) for n in shown]
        if len(shown) > 1 and _key(names[0]) in keys and all(
                _person_like(n, site_name, host) for n in shown):
            return shown
        return names
    if len(names) != 1:
        return names
    parts = [p for p in USER_NAME_PARTS.split(names[0].lower()) if p]
    for shown in byline_authors(tree, site_name, host):
        words = shown.lower().split()
        spelled = {"".join(words), words[0][:1] + words[-1]}  # "mkeller" for "Martina Keller"
        if len(words) > 1 and ("".join(parts) in spelled or
                               len(parts) > 1 and all(p in words for p in parts)):
            return [shown]
    return _spelled_out(parts, tree) or names


def _spelled_out(parts: list[str], tree: LexborHTMLParser) -> list[str]:
    """The full name the page writes for a user name of the structured data:
    "christian.stadtfeld" -> "Christian P. Stadtfeld" (a caption, the
    text's end), its words in order with a middle initial between. (A first
    name alone is not completed so: "Kathrin" is followed by any capitalised
    German noun.)"""
    body = tree.body
    if body is None or not MIN_USER_NAME_PARTS <= len(parts) <= MAX_USER_NAME_PARTS:
        return []
    pattern = (rf"(?i:\b{re.escape(parts[0])}\s+(?:[A-ZÄÖÜ]\.\s*)?"
               rf"{re.escape(parts[-1])})\b")
    for m in re.finditer(pattern, body.text(separator=" ") or ""):
        found = " ".join(m.group(0).split())
        if looks_like_a_name(found):
            return [found]
    return []


def _structured_authors(metas: dict[str, str], articles: list[dict[str, Any]],
                        index: dict[str, dict[str, Any]], doc: Document,
                        host: str | None) -> list[tuple[list[str], str, bool]]:
    found: list[tuple[list[str], str, bool]] = []
    author = jsonld_field(articles, "author")
    names: list[str] = []
    organisation = False
    for item in author if isinstance(author, list) else [author]:
        item = resolve(item, index)
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(item, dict) and item.get("@type") == "Organization":
            organisation = True
        if isinstance(name, list):
            name = ", ".join(n for n in name if isinstance(n, str))
        if isinstance(name, str):
            names += clean_authors(unescape(name), doc.site_name, host)
    found.append((names, "json-ld author", organisation))
    raw, source = _first(metas, AUTHOR_KEYS)
    if raw and not raw.startswith("http"):
        found.append((clean_authors(raw, doc.site_name, host), source, False))
    return found


def _set_authors(doc: Document, names: list[str], source: str) -> None:
    doc.authors = names
    doc.sources["authors"] = source


def _dates(tree: LexborHTMLParser, url: str | None, doc: Document,
           metas: dict[str, str], articles: list[dict[str, Any]]) -> None:
    published = parse_date(_str(jsonld_field(articles, "datePublished") or
                                jsonld_field(articles, "uploadDate")))
    source = "json-ld datePublished"
    if not published:
        for key in PUBLISHED_KEYS:
            published = parse_date(metas.get(key))
            if published:
                source = f"meta[{key}]"
                break
    if not published:
        published, source = _time_element(tree), "time"
    if not published:
        published, source = date_from_url(url), "url"
    if not published:
        published, source = _script_date(tree), SCRIPT_SOURCE
    local = local_day(published, doc.language, urlparse(url).hostname if url else None)
    if local != published:
        published, source = local, f"{source}, the local day"
    _set(doc, "date", published, source)
    modified = parse_date(_str(jsonld_field(articles, "dateModified")))
    if not modified:
        modified = next((d for d in (parse_date(metas.get(k)) for k in MODIFIED_KEYS) if d),
                        None)
    _set(doc, "date_modified", modified, "json-ld/meta")


def _time_element(tree: LexborHTMLParser) -> str | None:
    """An element marked as the publication date (microdata), else the first
    <time> elements: a teaser's <time> may come before the article's."""
    found = tree.css('[itemprop="datePublished"], time, .published[title], .updated[title]')
    marked = [n for n in found if n.attributes.get("itemprop") == "datePublished"]
    for node in (marked + found)[:MAX_TIME_ELEMENTS]:
        if _in_comments(node):
            continue  # a reader's comment is dated too, often before the article's <time>
        attrs = node.attributes
        value = parse_date(attrs.get("datetime") or attrs.get("content") or attrs.get("title")
                           or " ".join((node.text() or "").split()))
        if value:
            return value
    return None


MAX_TIME_ELEMENTS = 8  # read in document order (cost bound)
# The state a script hands to the page's app ("published_at" of a shop's
# product, "publishedDate" of a review): read only when nothing else in the
# markup dates the page, and a visible date near the headline replaces it.
SCRIPT_DATE = re.compile(
    r"""["'](?:datePublished|date_published|publishedDate|published_at|publishedAt|"""
    r"""publishDate|publish_date|publicationDate|publication_date)["']\s*:\s*["']"""
    r"""((?:19|20)\d{2}-\d{2}-\d{2}[^"']{0,30})["']""")
SCRIPT_SOURCE = "script state"
MAX_SCRIPT_CHARS = 2_000_000  # of all scripts together (cost bound)


def _script_date(tree: LexborHTMLParser) -> str | None:
    """The first publication date a page's scripts carry (not JSON-LD: read
    before), in document order."""
    budget = MAX_SCRIPT_CHARS
    for node in tree.css("script"):
        text = node.text() or ""
        budget -= len(text)
        if budget < 0:
            return None
        m = SCRIPT_DATE.search(text)
        if m:
            value = parse_date(m.group(1))
            if value:
                return value
    return None
COMMENT_MARK = re.compile(r"comment|kommentar|commentaire|comentario|commento|reacties", re.I)
MAX_COMMENT_DEPTH = 12  # ancestors looked at (a <time> sits a few levels inside its comment)


def _in_comments(node: Any) -> bool:
    """Whether an element sits inside a comment (by an ancestor's class or id)."""
    parent = node.parent
    for _ in range(MAX_COMMENT_DEPTH):
        if parent is None or parent.tag in ("body", "html"):
            return False
        attrs = parent.attributes
        if COMMENT_MARK.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return True
        parent = parent.parent
    return False
DATED_SELECTOR = (
    # " i": either case ("documentPublished", "newsDatum", "postDate").
    '[class*="date" i], [class*="time" i], [class*="posted"], [class*="publish" i], '
    '[class*="meta"], [id*="date" i], [class*="datum" i], [class*="byline"], [class*="info"]'
)
MAX_DATED_ELEMENTS = 30
MAX_DATED_CHARS = 120


def dated_element(tree: LexborHTMLParser) -> str | None:
    """A date written in the text of an element whose class talks of dates."""
    for node in tree.css(DATED_SELECTOR)[:MAX_DATED_ELEMENTS]:
        text = node.text(deep=True) or ""
        if len(text) <= MAX_DATED_CHARS:
            value = parse_date(" ".join(text.split()))
            if value:
                return value
    return None


def _language(tree: LexborHTMLParser, doc: Document, metas: dict[str, str]) -> None:
    html = tree.root  # the document's <html>, as css_first("html") finds it
    lang = html.attributes.get("lang") if html is not None else None
    source = "html[lang]"
    if not lang:
        lang, source = metas.get("content-language") or metas.get("og:locale"), "meta"
    if lang:
        primary = re.split(r"[-_]", lang.strip())[0].lower()
        if primary.isalpha() and 2 <= len(primary) <= 3:
            _set(doc, "language", primary, source)


def _links(tree: LexborHTMLParser, url: str | None, doc: Document, metas: dict[str, str],
           articles: list[dict[str, Any]]) -> None:
    canonical = tree.css_first('link[rel="canonical"]')
    href = canonical.attributes.get("href") if canonical is not None else None
    _set(doc, "canonical_url", href or metas.get("og:url"), "link[rel=canonical]/og:url")
    image = metas.get("og:image") or metas.get("twitter:image")
    _set(doc, "image", image, "og:image")
    if not doc.site_name and url:
        host = urlparse(url).hostname or ""
        _set(doc, "site_name", host.removeprefix("www.") or None, "url host")
    _license(tree, doc, metas, articles)


LICENSE_KEYS = ("license", "dc.rights", "dcterms.license", "dc.license", "dcterms.rights")


def _license(tree: LexborHTMLParser, doc: Document, metas: dict[str, str],
             articles: list[dict[str, Any]]) -> None:
    """The content's licence: JSON-LD `license`, <a/link rel=license> (Creative
    Commons markup), or a rights meta tag."""
    value = jsonld_field(articles, "license")
    if isinstance(value, dict):
        value = value.get("url") or value.get("name")
    _set(doc, "license", _str(value), "json-ld license")
    node = tree.css_first('[rel~="license"]')
    href = node.attributes.get("href") if node is not None else None
    _set(doc, "license", href, "rel=license")
    _set(doc, "license", _first(metas, LICENSE_KEYS)[0], "meta rights")


def _tags(doc: Document, metas: dict[str, str], articles: list[dict[str, Any]]) -> None:
    keywords = jsonld_field(articles, "keywords") or metas.get("news_keywords") or \
        metas.get("keywords") or metas.get("article:tag")
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",")]
    if isinstance(keywords, list):
        doc.tags = [k for k in keywords if isinstance(k, str) and k][:50]
    section = jsonld_field(articles, "articleSection") or metas.get("article:section")
    if isinstance(section, str):
        section = [section]
    if isinstance(section, list):
        doc.categories = [s for s in section if isinstance(s, str) and s][:20]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
