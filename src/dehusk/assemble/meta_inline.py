"""Bylines inside a line of page furniture, not at its start.

"yas! | By Cara Stiles | April 13, 2020", "Datum: 03.11.2021 Autor: Peter
Maahn Lesezeit: 5 min", "Posted in News by jdoe on May 3, 2019",
"06.11.2023 13:30 von Olga", "Text von Christian Seiler Illustration von
Markus Roost": the line is cut at its separators, labels, dates and times,
and each piece is read as a byline. Only short lines (a date line, a meta
line) are read, and a name found inside a line must look like one.
"""

from __future__ import annotations

import re
from datetime import date

from .meta_authors import byline_names, clean_authors, is_organisation, is_site_like
from .meta_dates import parse_text_date

MAX_LINE_CHARS = 150
SEGMENT_BREAK = re.compile(
    r"\s*[|•·]\s*|\s+[–—-]\s+|\s+/\s+"
    # before a "Label:" ("Autor:", "Tags:", "Lesezeit:", "Von:")
    r"|(?=\b[A-ZÄÖÜ][\w-]{1,20}:\s)|(?=(?:作者|记者|责任编辑|責任編輯)\s*[:：])"
    # a time, a dotted date
    r"|\d{1,2}:\d{2}(?:\s*Uhr)?|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b"
)
# "Autor: Jane Doe", "Redaktion: Jane Doe", "Von: Jane Doe", "Written by: Jane Doe"
# (English, German, French, Spanish, Italian, Dutch).
LABEL = re.compile(
    r"^(?P<label>autor(?:in)?|author|auteur|autore|autora|auteur·ice|redaktion|text|texto|"
    r"testo|tekst|"
    r"(?:written|posted)\s+by|verfasst\s+von|geschrieben\s+von|escrito\s+por|scritto\s+da|"
    r"von|by|por|par|door|di|da|"
    # Chinese: author, reporter, editor in charge (with a full-width colon)
    r"作者|记者|責任編輯|责任编辑|编辑|編輯)\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Posted in News by jdoe on May 3": a label at the start, the by-word later.
POSTED = re.compile(
    r"^(?:posted|filed|published|veröffentlicht|eingestellt|publié|publicado|pubblicato|"
    r"geplaatst)\b.{0,40}?\s(?:by|von|par|por|da|door)\s+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
# "Autoren Jana Berg und Max Roth", "Authors Jana Berg, Max Roth": the word
# alone, a capitalised name after it.
AUTHORS_WORD = re.compile(
    r"^(?i:autor(?:in|en|innen)?|authors?|auteur(?:e|s|es)?|autor(?:a|es|as)?)\s*:?\s+"
    r"(?P<rest>[A-ZÄÖÜÉ].*)$"
)
# Labels that name an author only next to the headline: "Von: X" elsewhere
# is a message's sender, "Text: X" a photo's or a quote's source.
WEAK_LABELS = frozenset(("von", "by", "por", "par", "door", "di", "da", "text", "texto", "testo",
                         "tekst"))
# Credits for other work after the author's: "Illustration von ...", "Foto: ...".
CREDIT_ROLES = re.compile(
    r"\s+(?:Illustrations?|Fotos?|Photos?|Fotografie|Bilder?|Grafiken?|Videos?|Kamera|Tags?|"
    r"Schlagwörter|Kategorien?|Categories|Lesezeit|Reading\s+time|Symbolbild|Symbolfoto|"
    r"Archivbild|Archivfoto)\b.*$"
)
# "Jana Berg im Gespräch mit Max Roth" (German, English, French, Spanish).
CONVERSATION = re.compile(
    r"^(.+?)\s+(?:im Gespräch mit|in conversation with|en conversation avec|en entretien avec|"
    r"en conversación con|en diálogo con)\s+(.+)$"
)
# The pieces of a date line: "04.02.2022 | 13:10 Uhr | Jana Berg".
DATE_PARTS = re.compile(r"\s*[|•·/]\s*|\s+[–—-]\s+")
MAX_DATE_PARTS = 6
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3
# A copyright line, its years, and where its holder's name ends.
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?P<rest>.*)$",
                       re.IGNORECASE)
COPYRIGHT_YEARS = re.compile(r"^(?:(?:since|seit|depuis|desde)\s+)?\d{4}(?:\s*[-–]\s*(?:\d{4})?)?"
                             r"\s*,?\s*")
BY_START = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)
COPYRIGHT_END = re.compile(
    r"\s*[|•·,/]\s*|\.\s|\s[-–—]\s|\s(?:all rights|alle rechte|weitere rechte|tous droits|"
    r"todos los derechos|design|theme|powered|hosted)\b", re.IGNORECASE)
# Words a name may have in lower case: "Ursula von der Leyen", "Sanne de Vries".
PARTICLES = frozenset("von van der den de del della di da dos du la le ten ter zu y bin al".split())


def looks_like_a_name(name: str) -> bool:
    """One token (a user name: "jancak"), or capitalised words and particles:
    not "Berlin nach Hamburg"."""
    words = name.split()
    return len(words) == 1 or all(w[:1].isupper() or w.lower() in PARTICLES or w[:1] in ".'"
                                  for w in words)


def _conversation(segment: str, site_name: str | None, host: str | None) -> list[str]:
    """Both names of a radio interview's credit: "Jana Berg im Gespräch mit
    Max Roth"."""
    m = CONVERSATION.match(segment)
    if not m:
        return []
    names = clean_authors(m.group(1), site_name, host) + clean_authors(m.group(2), site_name, host)
    ok = len(names) == 2 and all(MIN_NAME_WORDS <= len(n.split()) <= MAX_NAME_WORDS
                                 and looks_like_a_name(n) for n in names)
    return names if ok else []


def inline_byline(line: str, site_name: str | None = None, host: str | None = None) -> list[str]:
    """Names from a byline inside a short line of page furniture."""
    if len(line) > MAX_LINE_CHARS:
        return []
    for segment in SEGMENT_BREAK.split(line):
        segment = CREDIT_ROLES.sub("", (segment or "").strip())
        if not segment:
            continue
        names = byline_names(segment, site_name) or _conversation(segment, site_name, host)
        if not names:
            found = LABEL.match(segment) or POSTED.match(segment)
            names = clean_authors(found.group("rest"), site_name, host) if found else []
        names = [n for n in names if looks_like_a_name(n)]
        if names:
            return names
    return []


def labelled_names(line: str, site_name: str | None = None) -> list[str]:
    """Names after an explicit author label at the start of a line ("Autor:
    Jana Berg", "Written by: Jana Berg"), nothing else."""
    if len(line) > MAX_LINE_CHARS:
        return []
    for segment in SEGMENT_BREAK.split(line):  # "Datum: 3.11.2021 Autor: Jana Berg"
        segment = (segment or "").strip()
        found = LABEL.match(segment)
        if found and found.group("label").lower() in WEAK_LABELS:
            continue
        found = found or AUTHORS_WORD.match(segment)
        if found:
            rest = CREDIT_ROLES.sub("", found.group("rest"))
            return [n for n in clean_authors(rest, site_name) if looks_like_a_name(n)]
    return []


def dated_name(line: str, today: date, site_name: str | None = None,
               host: str | None = None) -> list[str]:
    """The bare name on a date line: "04.02.2022 | 13:10 Uhr | Jana Berg",
    "11.12.2019 - Jana Berg", "Jana Berg / 22.04.2020 / 06:15": a line made
    of a date, times or counts and one name of two or three capitalised
    words (a section's one word, "Politik", is no name)."""
    if len(line) > MAX_LINE_CHARS:
        return []
    parts = [p.strip() for p in DATE_PARTS.split(line) if p and p.strip()]
    if not 2 <= len(parts) <= MAX_DATE_PARTS or not parse_text_date(line, today):
        return []
    for part in parts:
        if any(c.isdigit() for c in part) or ":" in part:
            continue
        words = part.split()
        if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not looks_like_a_name(part):
            return []
        names = clean_authors(part, site_name, host)
        if names == [part] and not is_organisation(part) and not is_site_like(
                part, site_name, host):
            return names
        return []
    return []


def copyright_holder(line: str, site_name: str | None = None,
                     host: str | None = None) -> list[str]:
    """The person a copyright line names: "© 2019 Jana Berg", "Copyright (c)
    2012- Jana Berg. All rights reserved.", "(c) Jana Berg • Impressum". Two
    or three capitalised words that are no body and not the site itself (a
    personal site's owner; a company's line names the company)."""
    if len(line) > MAX_LINE_CHARS:
        return []
    m = COPYRIGHT.search(line)
    if not m:
        return []
    rest = COPYRIGHT_YEARS.sub("", m.group("rest"))
    holder, *after = COPYRIGHT_END.split(rest, maxsplit=1)
    if after and rest[len(holder):].lstrip().startswith("/"):
        return []  # "© Jana Berg / Agentur": a photo's credit
    names = clean_authors(holder.strip(), site_name, host)
    if len(names) != 1 or not BY_START.sub("", holder.strip()).startswith(names[0]):
        return []  # "© 2013, background by Jana Berg": someone else's credit
    name = names[0]
    if not MIN_NAME_WORDS <= len(name.split()) <= MAX_NAME_WORDS or not looks_like_a_name(name):
        return []
    if is_organisation(name) or is_site_like(name, site_name, host):
        return []
    return names
