"""Author names: clean, split, and reject what is not a person."""

from __future__ import annotations

import re

# "By", "Von", "Par" ... at the start of a byline, in the languages we meet.
BY_PREFIX = re.compile(
    r"^\s*(?:(?i:(?:post\s+)?author|autor(?:in)?|written|posted|published|veröffentlicht|"
    r"eingestellt|geschrieben|verfasst|erstellt|publié|publicado|pubblicato|text|"
    r"redaktion)(?=[\s:]|[A-ZÄÖÜÉ]))?\s*:?\s*"
    # "By", "Von" ... also glued to the name ("vonChris Jung"); "de", "di",
    # "door", "av" only in lower case, so "De Niro" keeps his name.
    r"(?:(?i:by|von|vom|par|por)(?:\s+|(?=[A-ZÄÖÜÉ]))|(?:de|di|door|av)\s+|:\s*)?"
)
SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\|)\s*",
                           re.IGNORECASE)
NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\[at\]|\d{1,2}[:./]\d{2}|admin|^(?:staff|editor|editors|redaktion|"
    r"guest|anonymous|unknown|team|news|webmaster|none|null|no author)$",
    re.IGNORECASE,
)
TRAILING_JUNK = re.compile(
    r"(?:\s+[|•·–—-]\s+.*|\s*\(.*\)|\s+(?:on|am|le|el|il|den|updated|aktualisiert)\s+.*"
    r"|\s+\d{1,2}\.?\s+\w+\s+\d{4}.*)$",
    re.IGNORECASE,
)
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5


def clean_authors(raw: str | None, site_name: str | None = None) -> list[str]:
    """Person names from a byline or an author field: "By Jane Doe and John
    Roe" -> ["Jane Doe", "John Roe"]. Site names and non-names are dropped."""
    if not raw:
        return []
    text = " ".join(raw.split())
    text = BY_PREFIX.sub("", text, count=1)
    text = TRAILING_JUNK.sub("", text)
    site = (site_name or "").strip().lower()
    names: list[str] = []
    for part in SPLIT_AUTHORS.split(text):
        name = BY_PREFIX.sub("", part, count=1).strip(" .,:;-–—\"'")
        if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
            continue
        if NOT_A_NAME.search(name) or (site and name.lower() == site):
            continue
        if name not in names:
            names.append(name)
    return names
