"""Lines that are boilerplate whatever their container: labels of ads, share
buttons, "read more" links, in the languages of the development sets."""

from __future__ import annotations

import re

JUNK_LINE = re.compile(
    r"^(?:advertisement|advertisements|anzeige|werbung|publicité|publicidad|pubblicità|"
    r"reklama|sponsored|sponsored content|share|share this|share this article|"
    r"share on (?:facebook|twitter|x|linkedin|whatsapp)|tweet|print|email|e-mail|"
    r"read more|weiterlesen|mehr lesen|lire la suite|leer más|continua a leggere|"
    r"related|related articles|related posts|related stories|see also|siehe auch|"
    r"more on this(?: topic| story)?|explore further|you may also like|you might also like|"
    r"recommended(?: for you)?|more from .{1,30}|mehr zum thema|auch interessant|"
    r"das könnte (?:sie|dich) auch interessieren|weitere artikel|ähnliche artikel|"
    r"lesen sie auch|das thema könnte dich auch interessieren|à lire aussi|voir aussi|"
    r"lire aussi|leggi anche|vedi anche|lee también|ver también|weiterführende links?|"
    r"click here|skip to (?:main )?content|zum inhalt springen|back to top|nach oben|"
    r"loading\.*|comments|kommentare|leave a reply|leave a comment|"
    r"\d+ comments?|\d+ kommentare?)$",
    re.IGNORECASE,
)
MAX_JUNK_CHARS = 60
# A block that is only an address (a print header's URL, an image's source
# with its sizes): no reader's text is a bare URL.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\d+)*$", re.IGNORECASE)
# A picture's credit on a line of its own: "Photo: Hau Dinh, AP", "Foto: dpa".
CREDIT_LINE = re.compile(r"^\(?(?:photo|photos|foto|fotos|bild|image|credit|crédit|"
                         r"photographie|quelle)\s*:", re.IGNORECASE)
MAX_CREDIT_CHARS = 80


def is_junk_line(text: str) -> bool:
    if len(text) > MAX_JUNK_CHARS:
        if BARE_URL.match(text) is not None:
            return True
        return len(text) <= MAX_CREDIT_CHARS and CREDIT_LINE.match(text) is not None
    return (JUNK_LINE.match(text.strip(" .:!|·•-–—")) is not None
            or BARE_URL.match(text) is not None or CREDIT_LINE.match(text) is not None)
