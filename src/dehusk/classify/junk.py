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
    r"\d+ comments?|\d+ kommentare?|"
    # pointers to more of the site, in the languages of the sets
    r"lesen sie auch(?: die folgenden beiträge)?|zum weiterlesen|schon gelesen\??|"
    r"mehr themen|weitere themen|weitere beiträge(?: aus .{1,40})?|related coverage|"
    r"también te puede interesar|mirá también|veja também|leia também|"
    r"potrebbe interessarti anche|vous aimerez aussi|"
    r"verwandte beiträge|ähnliche beiträge|aktuelle berichte aus dieser kategorie|"
    r"(?:vorschau auf den )?nächste[nr]? artikel|vorheriger artikel|(?:next|previous) "
    r"(?:article|post|story)|article (?:suivant|précédent)|artículo (?:siguiente|anterior)|"
    r"más sobre .{1,30}|mehr aus .{1,30}|"
    # labels of the page's frame
    r"themen|topics|temas|thèmes|über den autor|about the author|sobre el autor|"
    r"à propos de l'auteur|kontakt|contact|weitere informationen|more information|"
    r"plus d'informations|más información|"
    r"was this (?:article|page|post) helpful\??|war (?:der|dieser) (?:artikel|beitrag) "
    r"(?:nützlich|hilfreich)\??|ist dieser beitrag hilfreich\??|"
    r"cet article vous a-t-il été utile\??|¿te ha resultado útil\??|"
    r"möchten sie (?:den|diesen) artikel teilen\??|"
    r"(?:gefällt mir )?wird geladen\.*|like loading\.*)$",
    re.IGNORECASE,
)
MAX_JUNK_CHARS = 60
# A block that is only an address (a print header's URL, an image's source
# with its sizes): no reader's text is a bare URL.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\d+)*$", re.IGNORECASE)
# A picture's credit on a line of its own: "Photo: Hau Dinh, AP", "Foto: dpa".
CREDIT_LINE = re.compile(r"^\(?(?:(?:photos?|fotos?|bild|image|credits?|crédits?(?: photos?)?|"
                         r"photographie|quelle|beitragsbild|titelbild|headerbild)\s*:|"
                         r"(?:photo(?:graph)?|picture|image|foto) by\s)", re.IGNORECASE)
MAX_CREDIT_CHARS = 80
# An advertisement's label opening a line: "Anzeige, enthält Affiliate Links",
# "*Werbung. Dieser Beitrag ...", "ANZEIGE - Heute mal ...".
AD_LABEL = re.compile(r"^\W?(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|"
                      r"pubblicità)\s*[,.:\-–|]", re.IGNORECASE)
MAX_AD_LINE_CHARS = 120
# A menu or a meta line set inline: "Impressum | Datenschutz | Copyright".
MENU_SEPARATOR = " | "
MAX_MENU_ITEM_CHARS = 40


def _inline_menu(text: str) -> bool:
    # One line only: a table's rows come out " | "-joined too.
    if text.count(MENU_SEPARATOR) < 2 or text[-1:] in ".!?" or "\n" in text:
        return False
    return all(len(item) <= MAX_MENU_ITEM_CHARS for item in text.split(MENU_SEPARATOR))


def is_junk_line(text: str) -> bool:
    if len(text) <= MAX_AD_LINE_CHARS and AD_LABEL.match(text) is not None:
        return True
    if _inline_menu(text):
        return True
    if len(text) > MAX_JUNK_CHARS:
        if BARE_URL.match(text) is not None:
            return True
        return len(text) <= MAX_CREDIT_CHARS and CREDIT_LINE.match(text) is not None
    return (JUNK_LINE.match(text.strip(" .:!|·•-–—")) is not None
            or BARE_URL.match(text) is not None or CREDIT_LINE.match(text) is not None)
