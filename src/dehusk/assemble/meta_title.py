"""Reconcile the page's title candidates and strip the site suffix."""

from __future__ import annotations

import re
from html import unescape

# " | Site", " - Site", " – Site", " :: Site", " · Site"
SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
MIN_TITLE_CHARS = 3


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def strip_site(title: str, site_name: str | None) -> str:
    """Drop a site-name part from a title: the part equal to the site name,
    else the shorter outer part when a separator splits the title."""
    parts = SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = _norm(site_name or "")
    if site:
        kept = [p for p in parts if _norm(p) != site and site not in _norm(p).split(" | ")]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    first, last = parts[0], parts[-1]
    # The site is usually the last part ("Title | Site"), sometimes the first.
    if len(last) <= len(first):
        return SEPARATORS.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else first
    return title[len(first):].lstrip(" |-–—:·•»/") if len(first) < len(last) / 2 else title


def clean_title(candidates: list[tuple[str | None, str]], h1: str,
                site_name: str | None) -> tuple[str | None, str]:
    """The best title and its source. An <h1> that the start of another
    candidate repeats is the cleanest form (no suffix); else the first
    candidate with the site part stripped."""
    site = _norm(site_name or "")
    for raw, source in candidates:
        if not raw:
            continue
        # JSON-LD and meta values often carry escaped entities ("&#8211;").
        title = " ".join(unescape(raw).split())
        if len(title) < MIN_TITLE_CHARS:
            continue
        if site and _norm(title) == site and h1 and _norm(h1) != site:
            continue  # the site's name, not the page's title
        if h1 and len(h1) >= MIN_TITLE_CHARS and _norm(title).startswith(_norm(h1)):
            return h1, f"h1 (confirmed by {source})"
        return strip_site(title, site_name), source
    if h1:
        return h1, "h1"
    return None, ""
