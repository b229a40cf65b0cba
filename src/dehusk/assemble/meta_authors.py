"""Author names: clean, split, and reject what is not a person.

The traps users of other extractors report, each handled here: "By" (or
"Von", "Par", "Por", "Di", "Door" ...) left in front of the name; labels such
as "Alle Artikel von" or "Interview:"; a date glued after the name; several
authors in one string; and the site itself given as the author.
"""

from __future__ import annotations

import re

from .meta_dates import AMBIGUOUS_MONTHS, MONTH_NAMES, MONTHS

MONTH_WORDS = frozenset(MONTHS) - AMBIGUOUS_MONTHS

# "By", "Von", "Par" ... at the start of a byline, in the languages we meet.
BY_PREFIX = re.compile(
    r"^\s*(?:(?i:(?:post\s+)?author|autor(?:in)?|auteur|written|posted|published|veröffentlicht|"
    r"eingestellt|geschrieben|verfasst|erstellt|publié|publicado|pubblicato|text)"
    r"(?=[\s:]|[A-ZÄÖÜÉ])|redaktion(?=\s*:))?\s*:?\s*"
    # "By", "Von" ... also glued to the name ("vonChris Jung"); "de", "di",
    # "door", "av" only in lower case, so "De Niro" keeps his name.
    r"(?:(?i:by|von|vom|par|por|van)(?:\s+|(?=[A-ZÄÖÜÉ]))|(?:de|di|door|av|af|da)\s+|:\s*)?"
)
# Label words that may stand before a "by"-word or a colon in a byline
# ("Alle Artikel von X", "Blog Beitrag von X", "Zeige alle Beiträge von X",
# "More from X", "Interview: X"): what precedes is dropped when every word of
# it is one of these. English, German, French, Spanish, Italian, Dutch.
LABEL_WORDS = frozenset("""
    a all alle alles article articles artikel author autor autorin auteur beitrag beiträge
    blog by con de del des di door du ein eine en et from gepostet geschrieben interview
    interviews mehr more por par plus post posted posts publié publicado pubblicato
    scritto show sehen text texte textes un una und van veröffentlicht verfasst
    von view voir weitere written zeige écrit escrito geplaatst geschreven artikelen
    gespeichert publiziert erschienen pressemitteilung pressemeldung gastbeitrag kommentar
    kolumne eingetragen communiqué comunicado
""".split())
# Words that make a "name" a piece of interface or a date word instead: a
# candidate made only of these (with label and "by" words) is no name.
# English, German, French, Spanish, Italian, Dutch.
UI_WORDS = frozenset("""
    am on at um à le il el vor ago il y a hace fa geleden date datum fecha data
    quelle source fuente fonte bron follow folgen suivre seguir segui
    volgen profile profil perfil profilo share teilen partager compartir condividi subscribe
    abonnieren contact kontakt email e-mail comments kommentare commentaires comentarios
    artikelübersicht übersicht overview home startseite accueil inicio zur zum back zurück
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
""".split())
BY_WORDS = frozenset(("by", "von", "vom", "par", "por", "di", "door", "from", "av", "af", "da",
                      "de", "van"))
# Between two names: the scoring's separators plus Dutch "en" (not Italian "e":
# it would split "e.V.").
# A line of text is a byline when it starts with one of these ("From the
# section ...", "de la ..." start sentences too often).
LINE_BY_WORDS = frozenset(("by", "von", "vom", "par", "por", "di", "door", "av", "af"))
SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\ben\b|\bi\b|\|)\s*",
                           re.IGNORECASE)
NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\[at\]|\d{1,2}[:./]\d{2}|admin|\.(?:com|de|at|ch|net|org|fr|it|es|uk|eu|"
    r"info|io)\b|^(?:staff|editor|editors|guest|anonymous|unknown|team|news|"
    r"webmaster|none|null|no author|author|autor|name|required|erforderlich)$",
    re.IGNORECASE,
)
WEEKDAYS = ("montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
            "jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
            "domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
GLUED_WORDS = ("Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Hace|Vor|Am|Um|On|"
               "Veröffentlicht|Updated|Posted")
# A date, a time or a count after the name: "Steven Musil January 18",
# "Juliet Jimenez 5 mayo, 2022", "Nicole Collignon22. Februar 2020",
# "Aleš Vávra před 2 hodinami", "Jane Doe on 3 May".
TRAILING_JUNK = re.compile(
    rf"(?:\s+[|•·–—-]\s+.*|\s+(?:vor|před|hace|il y a|geleden|ago)\b.*|\s*\(.*\)"
    # "on", "am", "le", "el" ... before a date; "Loïc Le Clerc" keeps his name.
    rf"|\s+(?:on|am|at|um|den|updated|aktualisiert)(?:\s+.*)?"
    rf"|\s+(?:le|el|il)\s+(?=\d|(?:{WEEKDAYS})\b).*"
    # A weekday or a label glued to the name ("Heiko SauerDo", "José
    # WilsonHace 2 horas"), or a label after it ("Leena Simon Veröffentlicht").
    rf"|(?-i:(?<=[a-zäöüßéèáíóú])(?:{GLUED_WORDS}))\b.*"
    # ... or a lower-case "vor" before a count ("Houzz Deutschlandvor 5 Stunden")
    rf"|(?<=[a-zäöüß])vor\s+\d.*"
    rf"|\s+(?:veröffentlicht|posted|publié|publicado|pubblicato|gepostet)\b.*"
    rf"|\s*\d{{1,2}}\.?\s*(?:{MONTH_NAMES})\b.*|\s+(?:{MONTH_NAMES})\.?\s+\d.*|\s+\d.*)$",
    re.IGNORECASE,
)
# A social handle after the name: "Williams Perdomo @wperdomod".
HANDLE = re.compile(r"(?<=\w)\s+@\w+")
# A job title after the name: "Ben Silverman Games Editor", "Adam Aaronson
# PhillyVoice Staff". English, German, French, Spanish, Italian, Dutch.
ROLE_WORDS = frozenset("""
    editor editors staff reporter correspondent writer contributor columnist redakteur
    redakteurin korrespondent korrespondentin journalist journalistin rédacteur rédactrice
    redactor redactora giornalista redacteur verslaggever
""".split())
MIN_WORDS_BEFORE_ROLE = 2
# A job before the name ("Rechtsanwalt Jan Roth", "Gast-Autorin Eva Kern"),
# the whole word or its last part.
LEADING_ROLES = ROLE_WORDS | frozenset("""
    experte expertin expert rechtsanwalt rechtsanwältin anwalt anwältin autor autorin
    chefredakteur chefredakteurin kolumnist kolumnistin avocat avocate abogado abogada
    lawyer attorney
""".split())
# Credentials after a name belong to the name's line, not to a new author.
CREDENTIALS = re.compile(r"^(?:phd|ph\.d|md|ma|msc|bsc|mba|dr|prof|jr|sr|ii|iii)\.?$",
                         re.IGNORECASE)
ORGANISATION = re.compile(
    r"\b(?:e\.\s?V|GmbH|AG|Ltd|Inc|LLC|SE|S\.A|SARL|Verlag|Stiftung)\b\.?"
    # The nouns of bodies and publications (German compounds end in them:
    # "Landesanstalt", "Bundesverband"), English, German, French, Spanish.
    r"|(?i:\w*(?:anstalt|verband|ministerium|institut|stiftung|illustrierte|zeitung|medien)\b"
    r"|\b(?:institute|university|universität|université|universidad|ministry|ministère|"
    r"ministerio|association|asociación|agency|agence|agencia|foundation|fondation|"
    r"fundación|department|magazine|magazin|revista|kanzlei|praxis|studio|media|medien|"
    r"design|photography|fotografie|group|gruppe|online|forum)\b)"
)
# "ByJ.R. Stone", "VonAnna Berg": the by-word glued to a capitalised name.
GLUED_BY = re.compile(r"^(By|Von|Par|Por|Door)(?=[A-ZÄÖÜÉ][\w.]*[a-zäöüéß.])")
LINE_LEAD = " -–—=*_~>»·•"
GLUED_LABEL = re.compile(r"^([^\W\d_]{3,}?)(?:von|by|par|por)\s", re.IGNORECASE)
# Stripped from both ends of a name: punctuation and the arrows of a
# "Beitrag von r23 »" line.
NAME_STRIP = " .,:;-–—\"'»«›‹"
NOT_LETTERS = re.compile(r"[\W_]+")
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5
MAX_LABEL_WORDS = 4


def _compact(text: str) -> str:
    return NOT_LETTERS.sub("", text.lower())


def _drop_label(text: str) -> str:
    """"Alle Artikel von Jane Doe" -> "Jane Doe"; "Interview: Jane Doe" -> "Jane Doe"."""
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and len(head.split()) <= MAX_LABEL_WORDS and not any(
            c.isdigit() or c in "|•·" for c in head):
        text = tail.strip()
    words = text.split()
    for i, word in enumerate(words[:MAX_LABEL_WORDS + 1]):
        if i == 0 or i + 1 >= len(words) or word.lower() not in BY_WORDS:
            continue
        labels = all(w.lower().strip(".,") in LABEL_WORDS for w in words[:i])
        # "Tech Industry by Steven Musil": a lower-case "by" between capitalised
        # words, as in no name ("Ursula von der Leyen" has a lower-case word after).
        section = word in ("by", "par", "por") and words[i + 1][:1].isupper()
        if labels or section:
            return " ".join(words[i + 1:])
    return text


def _is_site(name: str, site_name: str | None) -> bool:
    return bool(site_name) and _compact(name) == _compact(site_name or "")


def _no_name(name: str) -> bool:
    words = [w.lower().strip(".,:;!?»«()") for w in name.split()]
    return all(w in UI_WORDS or w in LABEL_WORDS or w in BY_WORDS or w in MONTH_WORDS
               for w in words)


def _drop_leading_role(name: str) -> str:
    """"Rechtsanwalt Jan Roth", "FOCUS-Online-Experte Jan Roth" -> "Jan Roth"."""
    words = name.split()
    if len(words) > MIN_WORDS_BEFORE_ROLE and words[0].split("-")[-1].lower() in LEADING_ROLES:
        return " ".join(words[1:])
    return name


def _drop_role(name: str) -> str:
    """"Ben Silverman Games Editor" -> "Ben Silverman": trailing role words,
    and the one word qualifying a single role ("Games", "Senior")."""
    words = name.split()
    roles = 0
    while len(words) > MIN_WORDS_BEFORE_ROLE and words[-1].lower().strip(".,") in ROLE_WORDS:
        words.pop()
        roles += 1
    if roles == 1 and len(words) > MIN_WORDS_BEFORE_ROLE:
        words.pop()
    return " ".join(words)


def _dedupe_repeat(text: str) -> str:
    """"Jane Doe Jane Doe" (an avatar's alt text and the name) -> "Jane Doe"."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def is_site_like(name: str, site_name: str | None, host: str | None = None) -> bool:
    """The site (or its domain) given as the author: "Die FURCHE" on furche.at,
    "EFC Bayrische Bembel" on bayrische-bembel.de, "Daily Planet" itself."""
    name_c = _compact(name)
    if not name_c:
        return False
    site_c = _compact(site_name or "")
    if site_c and (name_c == site_c or (len(site_c) >= 4 and site_c in name_c)):
        return True
    label = _compact((host or "").removeprefix("www.").split(".")[0])
    host_c = _compact((host or "").removeprefix("www.").rsplit(".", 1)[0])
    return any(len(h) >= 4 and (h == name_c or h in name_c) for h in (label, host_c) if h)


def is_organisation(name: str) -> bool:
    return ORGANISATION.search(name) is not None


def _unglue_label(text: str) -> str:
    """"Beitragvon r23" (a forum's "Beitrag von" with its icon between) ->
    "Beitrag von r23"."""
    m = GLUED_LABEL.match(text)
    if m and m.group(1).lower() in LABEL_WORDS:
        return f"{m.group(1)} {text[m.end(1):]}"
    return text


def clean_authors(raw: str | None, site_name: str | None = None,
                  host: str | None = None) -> list[str]:
    """Person names from a byline or an author field: "By Jane Doe and John
    Roe" -> ["Jane Doe", "John Roe"]. Site names and non-names are dropped."""
    if not raw:
        return []
    text = _unglue_label(_dedupe_repeat(" ".join(raw.replace("©", " ").split())))
    text = _drop_label(BY_PREFIX.sub("", text, count=1))
    text = BY_PREFIX.sub("", text, count=1)
    text = TRAILING_JUNK.sub("", text)
    names: list[str] = []
    for part in SPLIT_AUTHORS.split(text):
        name = _drop_leading_role(_drop_role(
            BY_PREFIX.sub("", HANDLE.sub("", part), count=1).strip(NAME_STRIP)))
        if CREDENTIALS.match(name) and names:
            continue  # "Jane Doe, PhD": the credential is not a second author
        if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
            continue
        if NOT_A_NAME.search(name) or _is_site(name, site_name) or _no_name(name):
            continue
        if name not in names:
            names.append(name)
    return names


def byline_names(line: str, site_name: str | None = None) -> list[str]:
    """Names from a line of text that is a byline: it starts with "By", "Von",
    "Par" ... or with label words and one ("Blog Beitrag von Jane Doe"),
    also after a rule ("---- by Jane Doe") or glued to the name ("ByJane Doe")."""
    words = GLUED_BY.sub(r"\1 ", line.lstrip(LINE_LEAD)).split()
    for i, word in enumerate(words[:MAX_LABEL_WORDS + 1]):
        if word.lower().rstrip(":") in LINE_BY_WORDS and i + 1 < len(words):
            if all(w.lower().strip(".,:") in LABEL_WORDS for w in words[:i]):
                return clean_authors(" ".join(words[i + 1:]), site_name)
            return []
    return []
