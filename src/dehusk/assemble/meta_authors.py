"""Author names: clean, split, and reject what is not a person."""

from __future__ import annotations

import re

# "By", "Von", "Par" ... at the start of a byline, in the languages we meet.
BY_PREFIX = re.compile(
    r"^\s*(?:written\s+by|posted\s+by|by|von|par|por|di|door|av|de|autor(?:in)?:?|"
    r"author:?|verfasst\s+von|geschrieben\s+von|text:?|redaktion:?)\s+",
    re.IGNORECASE,
)
SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\|)\s*",
                           re.IGNORECASE)
NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\d{3,}|^(?:admin|administrator|staff|editor|editors|redaktion|"
    r"guest|anonymous|unknown|team|news|webmaster|none|null)$",
    re.IGNORECASE,
)
TRAILING_JUNK = re.compile(r"\s*(?:[|•·–—-]\s*.*|\(.*\)|\s+on\s+\w+.*|\s+updated.*)$",
                           re.IGNORECASE)
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5


def clean_authors(raw: str | None, site_name: str | None = None) -> list[str]:
    """Person names from a byline or an author field: "By Jane Doe and John
    Roe" -> ["Jane Doe", "John Roe"]. Site names and non-names are dropped."""
    if not raw:
        return []
    text = " ".join(raw.split())
    text = BY_PREFIX.sub("", text)
    text = TRAILING_JUNK.sub("", text)
    site = (site_name or "").strip().lower()
    names: list[str] = []
    for part in SPLIT_AUTHORS.split(text):
        name = BY_PREFIX.sub("", part).strip(" .,:;-–—\"'")
        if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
            continue
        if NOT_A_NAME.search(name) or (site and name.lower() == site):
            continue
        if name not in names:
            names.append(name)
    return names
