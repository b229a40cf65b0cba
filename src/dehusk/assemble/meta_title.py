"""Reconcile the page's title candidates with its visible headline.

The metadata title (JSON-LD headline, Dublin Core, og:title, <title>) and
the <h1> are read side by side. The <h1> is what the reader sees; the
metadata often adds to it (a site suffix, a kicker "Klimaschutz: ...") or
cuts it short ("Auto leasen, finanzieren oder kaufen" for "... – was ist
günstiger?"). When one is the other with such an addition, the headline
wins; when they are worded differently, the metadata does (an <h1> that
shares no words may be a logo or a section name).
"""

from __future__ import annotations

import re
from html import unescape

from selectolax.lexbor import LexborNode

from .meta_authors import is_site_like

# " | Site", " - Site", " – Site", " :: Site", " · Site" (not " : ": French
# typography sets every colon so).
SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
SPACED_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|:|·|•|»|/)\s+")
PUNCTUATION = re.compile(r"[^\w\s]")
MIN_TITLE_CHARS = 3
# <h1> (and <h2>) elements read, in page order: the site's logo, a menu
# heading and the article's headline come within the first four on the
# trafilatura-eval pages that have several.
MAX_HEADLINES = 4
# A kicker is a short first element of the <h1>: the longest seen on the
# development pages ("Adblue nachfüllen: wo kaufen (Tankstelle) ...") has 55.
MAX_KICKER_CHARS = 60
# Inline markup inside a headline ("Just-released <i>Minecraft</i> exploit"):
# never a kicker.
INLINE_TAGS = frozenset(("-text", "a", "b", "i", "em", "strong", "abbr", "code", "q", "sup",
                         "sub", "mark", "cite", "time"))
# What may follow the metadata title inside a longer <h1> for the <h1> to be
# the same headline, complete: punctuation going on ("– was ist günstiger?",
# ": einfach köstlich!", " (5 Examples)") or a lower-case word ("in
# Tennessee"). A capitalised word or a date after it is a subtitle or a
# dateline glued into the <h1>; " | Site" is the site.
CONTINUATION = re.compile(r"^\s*(?:[:–—,;(?!/…]|-\s|\.\.\.)")
# Titles that name the page's place in the site, not its content.
GENERIC_TITLES = frozenset("""
    home homepage startseite start accueil inicio portada index willkommen welcome bienvenue
    bienvenido benvenuti welkom
""".split())
# Parts of a title that name a section of the site, not the page.
SECTION_TITLES = frozenset(("blog", "blog archive", "blog archiv", "archive", "archiv", "news",
                            "neuigkeiten", "aktuelles", "actualités", "noticias", "notizie"))
SOFT_HYPHEN = "\xad"
# A title naming the site is short: "St. Georgs Chorknaben Ulm"; a longer one
# that mentions the site's name is about something ("... durch die
# Bundespolizei im laufenden Jahr").
MAX_SITE_NAME_WORDS = 4
QUOTES = "\"„“«»'‘‚"
PERMALINKS = " ¶§#"


def _norm(text: str) -> str:
    return " ".join(PUNCTUATION.sub(" ", text.lower().replace(SOFT_HYPHEN, "")).split())


def _tidy(text: str) -> str:
    return " ".join(unescape(text).split())


def strip_site(title: str, site_name: str | None, guess: bool = True,
               host: str | None = None) -> str:
    """Drop a site-name part from a title: the parts equal to the site name
    (or the domain's name: "| homify" on homify.de), else (``guess``) the
    first part when the last is not longer ("Title | Section | Blog" ->
    "Title"), or all but the first when it is much shorter ("Site » Title")."""
    seps = list(SEPARATORS.finditer(title))
    if not seps:
        return title
    bounds = [0, *(m.start() for m in seps), len(title)]
    starts = [0, *(m.end() for m in seps)]
    parts = [title[starts[i]:bounds[i + 1]] for i in range(len(starts))]
    names = {_norm(n).replace(" ", "") for n in (site_name or "", *_host_names(host))} - {""}
    site = [i for i, p in enumerate(parts) if _norm(p).replace(" ", "") in names]
    if site and len(site) < len(parts):
        keep = [i for i in range(len(parts)) if i not in site]
        # The kept parts with the separators between them, as written.
        return title[starts[keep[0]]:bounds[keep[-1] + 1]] if keep == list(
            range(keep[0], keep[-1] + 1)) else " - ".join(parts[i] for i in keep)
    if not guess:
        return title
    first, last = parts[0], parts[-1]
    # The site is usually the last part ("Title | Site"), sometimes the first.
    if len(last) <= len(first):
        return title[:seps[0].start()]
    return title[seps[0].end():] if len(first) < len(last) / 2 else title


def headline_text(node: LexborNode) -> str:
    """The text of an <h1> without its kicker: "<span class=kicker>Klimaschutz</span>
    <span>Bohren, bis es heiß wird</span>" -> "Bohren, bis es heiß wird". A
    kicker is a short block or span the <h1> starts with, before more text."""
    parts: list[tuple[str, str]] = []
    child = node.child
    while child is not None:
        if child.tag not in ("style", "script", "-comment"):
            text = _tidy(child.text(deep=True) or "")
            if text.strip(":-–—|/ "):
                parts.append((child.tag or "", text))
        child = child.next
    # Documentation generators end headings with a permalink "¶".
    full = _tidy(node.text(deep=True) or "").rstrip(PERMALINKS)
    if len(parts) < 2:
        return full
    (tag, first), rest = parts[0], " ".join(text for _, text in parts[1:])
    if tag in INLINE_TAGS or len(first) > MAX_KICKER_CHARS:
        return full
    # The headline after a kicker starts anew; "<span>Ehezoff</span> der
    # Pochers eskaliert" is one sentence.
    rest = rest.rstrip(PERMALINKS)
    return rest if rest[:1].isupper() or rest[:1] in QUOTES else full


def _after_prefix(longer: str, prefix: str) -> str | None:
    """What ``longer`` goes on with after the words of ``prefix``, or None
    when it does not start with them."""
    want = _norm(prefix)
    for i in range(len(prefix), len(longer) + 1):
        if i == len(longer) or not longer[i].isalnum():
            head = _norm(longer[:i])
            if head == want:
                return longer[i:]
            if len(head) > len(want):
                return None
    return None


def _reconcile(raw: str, title: str, headline: str) -> str | None:
    """The headline when it and the metadata title are one headline with an
    addition on either side; the title when the <h1> carries the addition;
    None when they are not the same headline."""
    n_raw, n_title, n_head = _norm(raw), _norm(title), _norm(headline)
    if not n_head or not n_title:
        return None
    if n_head == n_title:
        return title
    if n_raw.startswith(n_head):
        return headline  # a site suffix in the metadata
    if n_title.endswith(" " + n_head):
        # "Klimaschutz: Bohren, bis es heiß wird": a kicker in the metadata;
        # but "Das schwulste Musikvideo der Welt : Krimiblog" ends with the
        # blog's name, which its <h1> repeats: a spaced separator after a
        # part longer than the <h1>.
        seps = list(SPACED_SEPARATOR.finditer(title))
        if seps and seps[-1].start() > len(headline) and \
                _norm(title[seps[-1].end():]) == n_head:
            return title[:seps[-1].start()]
        return headline
    rest = _after_prefix(headline, title)
    if rest is not None:
        goes_on = CONTINUATION.match(rest) or rest.lstrip()[:1].islower()
        return headline if goes_on else title
    if n_head.endswith(" " + n_title):
        return title  # a kicker glued into the <h1>
    return None


def _host_names(host: str | None) -> tuple[str, ...]:
    """"www.chorknaben-ulm.de" -> ("chorknaben-ulm", "chorknaben-ulm.de")."""
    bare = (host or "").removeprefix("www.")
    return (bare.split(".")[0], bare) if bare else ()


def _confirmed_part(raw: str, headlines: list[str], subheads: list[str],
                    site_name: str | None, host: str | None) -> str | None:
    """The part of a separated title ("Site » Blog Archiv » Post") that a
    heading of the page repeats: the post's <h2> under the site's <h1>, or
    an <h1> repeating a part other than the last (where the site's name
    stands: "Post | Blog" on a blog whose <h1> is "Blog")."""
    parts = [p.strip() for p in SEPARATORS.split(raw)]
    if len(parts) < 2:
        return None
    by_h1 = {_norm(h) for h in headlines}
    by_h2 = {_norm(h) for h in subheads}
    matched = [p for i, p in enumerate(parts) if len(p) >= MIN_TITLE_CHARS and (
        _norm(p) in by_h2 or _norm(p) in by_h1 and i < len(parts) - 1)]
    real = [p for p in matched if not _generic(p, site_name, host)]
    if real:
        return max(real, key=len)
    named = [p for p in parts if _norm(p) in by_h1 or _generic(p, site_name, host)]
    others = [p for p in parts if p not in named and _norm(p) not in SECTION_TITLES]
    if named and len(others) == 1 and len(parts) > 2:
        return others[0]  # "Site » Blog Archiv » Post": the site is its <h1>
    return None


def _generic(title: str, site_name: str | None, host: str | None) -> bool:
    """"Home", or the site's name: a short title that names the site or its
    domain ("St. Georgs Chorknaben Ulm" on chorknaben-ulm.de)."""
    words = _norm(title)
    if words in GENERIC_TITLES:
        return True
    if len(words.split()) > MAX_SITE_NAME_WORDS or not is_site_like(title, site_name, host):
        return False
    # Most of it is the name: "Tote Hummeln unter Linden" on a site called
    # "Hummeln" is a title.
    compact = words.replace(" ", "")
    names = [_norm(n).replace(" ", "") for n in (site_name or "", *_host_names(host))]
    return any(n and n in compact and len(n) * 2 >= len(compact) for n in names)


def clean_title(candidates: list[tuple[str | None, str]], headlines: list[str],
                site_name: str | None, host: str | None = None,
                subheads: list[str] | None = None) -> tuple[str | None, str]:
    """The best title and its source: the metadata title, reconciled with
    the page's first <h1> elements; an <h1> when the metadata title only
    names the site (or "Home")."""
    site = _norm(site_name or "")
    headlines = [h for h in headlines[:MAX_HEADLINES] if len(h) >= MIN_TITLE_CHARS]
    subheads = subheads or []
    real = [h for h in headlines if not _generic(h, site_name, host)]
    for raw, source in candidates:
        if not raw:
            continue
        # JSON-LD and meta values often carry escaped entities ("&#8211;").
        raw = _tidy(raw)
        if len(raw) < MIN_TITLE_CHARS:
            continue
        if site and _norm(raw) == site and real:
            continue  # the site's name, not the page's title
        title = strip_site(raw, site_name, host=host)
        for headline in headlines:
            chosen = _reconcile(raw, title, headline)
            if chosen is None or chosen is headline and headline not in real:
                continue  # a logo's <h1> is never the title
            if _norm(chosen) == _norm(headline):
                return chosen, f"h1 (confirmed by {source})"
            return chosen, f"{source} (reconciled with the h1)"
        part = _confirmed_part(raw, headlines, subheads, site_name, host)
        if part is not None:
            return part, f"{source} (the part a heading repeats)"
        if real and _generic(title, site_name, host):
            return real[0], f"h1 ({source} names the site)"
        if source != "title":
            # A <title> carries the site's name more often than not; the
            # metadata titles only sometimes, and then lose it by name only
            # ("How we designed Dropbox's ATF - an async task framework").
            title = strip_site(raw, site_name, guess=False, host=host)
        return title, source
    if real:
        return real[0], "h1"
    return None, ""
