"""What a flattened page says about itself outside its main text: the comment
section (as a thread), the reply form, the author (a "By" line or an author
box), the date line and the site name ("At the Example Journal, we ...").

Comment threads in text are told by their layout: a heading ("4 COMMENTS",
"12 thoughts on ...", "Kommentare") opens the section, a reply form ("Leave a
reply") or the end of the page closes it; inside, list markers start comments
("1.", "•") and their indent gives the reply depth. Without markers, "Reply"
lines end one comment and start the next.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..classify.edges import BYLINE, MAX_BYLINE_CHARS, is_date_line
from ..model import Block, BlockKind, Comment, Document, Label
from .comments import COUNT, SAYS
from .meta_authors import clean_authors
from .meta_dates import parse_date

COMMENT_HEADING = re.compile(
    r"^(?:\d{1,6}\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|"
    r"responses?|replies|reactions?|reader comments|leserkommentare|discussion|"
    r"join the discussion|(?:\d{1,6}|one) (?:thoughts?|responses?|replies) (?:on|to) .{1,120})"
    r"\s*[:(\d)]*$",
    re.IGNORECASE,
)
REPLY_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|"
    r"your comment|cancel reply|submit comment|post comment|"
    r"(?:schreibe einen|kommentar) (?:kommentar|schreiben|verfassen|hinterlassen)|"
    r"(?:antwort|kommentar) hinterlassen|laisser un commentaire|laisser une réponse|"
    r"deja un comentario|deja una respuesta|lascia un commento|"
    r"please enter your (?:comment|name|email).*|you must be logged in to post a comment.*)"
    r"\s*[!.:]?$",
    re.IGNORECASE,
)
REPLY_LINE = re.compile(r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|"
                        r"reply to this comment|report|like|share)\s*[↓↩]?$", re.IGNORECASE)
NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|van|von|de|der|da|di|le|la)){1,3}$")
NAME_DATE = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\s*[-–—|·,]\s*"
                       r"(?P<date>.+)$")
# "#1 Kommentar von Naru", "Comment by Jane", "Réponse de Luc": a comment's
# own heading naming its writer.
BY_NAME = re.compile(
    r"^(?:#?\d+\.?\s+)?(?:(?:kommentar|comment|antwort|reply|réponse|commentaire|respuesta|"
    r"comentario|commento|risposta|reactie|beitrag|post|posted|geschrieben|geantwortet)\s+"
    r"(?:von|by|de|par|di|door|av)|von|by)\s+(?P<name>[^\s:][^:]{0,58})$",
    re.IGNORECASE,
)
BIO_START = re.compile(r"^(?:he|she|they|er|sie|il|elle)\b", re.IGNORECASE)
SITE_APPEAL = re.compile(
    r"\b(?:At|Here at|Bei|Chez) (?:the )?(?P<site>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5}),"
    r"\s+(?:we|wir|nous)\b"
)
SITE_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    r"(?P<site>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5})",
    re.IGNORECASE,
)
MIN_COMMENT_CHARS = 2


def find_comment_zones(blocks: list[Block]) -> tuple[list[tuple[int, int]], set[int]]:
    """[(heading, end)] of each comment section, and the blocks of reply forms."""
    forms = {i for i, b in enumerate(blocks)
             if len(b.text) <= 120 and REPLY_FORM.match(b.text.strip())}
    zones: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if (block.kind is not BlockKind.LIST_ITEM and len(block.text) <= 140
                and COMMENT_HEADING.match(block.text.strip())):
            end = next((j for j in range(i + 1, len(blocks)) if j in forms), len(blocks))
            if any(len(b.text) >= 40 for b in blocks[i + 1:end]):
                zones.append((i, end))
                i = end
                continue
        i += 1
    # A reply form runs from its heading over the short lines under it.
    form_blocks: set[int] = set()
    for start in sorted(forms):
        j = start
        while j < len(blocks) and (j == start or len(blocks[j].text) < 80):
            form_blocks.add(j)
            j += 1
    return zones, form_blocks


COUNT_AFTER = re.compile(r"^\s*\D{2,40}?[(:]\s*(\d{1,6})\s*\)?\s*$")  # "Kommentare (3)"
COUNT_THOUGHTS = re.compile(r"^\s*(\d{1,6})\s+(?:thoughts?|responses?)\b", re.IGNORECASE)


def declared_count(heading: str) -> int | None:
    """The number of comments a section heading states, if it states one."""
    m = COUNT.match(heading) or COUNT_THOUGHTS.match(heading) or COUNT_AFTER.match(heading)
    return int(m.group(1)) if m else None


def parse_thread(blocks: list[Block]) -> list[Comment]:
    """The comments of one section, nested by list markers and indents."""
    markers = sorted({b.indent for b in blocks if b.marker})
    flat: list[tuple[int, list[Block]]] = []  # (depth, blocks of the comment)
    if markers:
        open_items: list[tuple[int, list[Block]]] = []  # (marker indent, blocks)
        for block in blocks:
            if block.marker:
                while open_items and open_items[-1][0] >= block.indent:
                    open_items.pop()
                item: list[Block] = [block]
                flat.append((markers.index(block.indent), item))
                open_items.append((block.indent, item))
                continue
            while open_items and open_items[-1][0] >= block.indent:
                open_items.pop()
            if open_items:
                open_items[-1][1].append(block)
    else:
        current: list[Block] = []
        for block in blocks:
            if REPLY_LINE.match(block.text.strip()):
                if current:
                    flat.append((0, current))
                current = []
                continue
            current.append(block)
        if current:
            flat.append((0, current))
        indents = sorted({part[0].indent for _, part in flat})
        flat = [(indents.index(part[0].indent), part) for _, part in flat]
    return _nest([c for c in (_comment(depth, part) for depth, part in flat) if c])


def _comment(depth: int, parts: list[Block]) -> Comment | None:
    return comment_from_lines([b.text.strip() for b in parts], depth)


def comment_from_lines(texts: list[str], depth: int = 0) -> Comment | None:
    """A comment from its lines: leading meta lines ("Jane says:", a date
    line, "Jane Doe - 3 May 2024", "#1 Kommentar von Jane") give the author
    and date, the rest is the text."""
    author = date = None
    while len(texts) > 1 and len(texts[0]) <= 80:
        head = texts[0]
        if SAYS.search(head):
            author = SAYS.sub("", head).strip() or author
        elif author is None and (m := BY_NAME.match(head)):
            author = m.group("name")
        elif is_date_line(head):
            date = parse_date(head) or date
        elif author is None and NAME.match(head):
            author = head
        elif author is None and (m := NAME_DATE.match(head)) and parse_date(m.group("date")):
            author, date = m.group("name"), parse_date(m.group("date"))
        else:
            break
        texts.pop(0)
    texts = [t for t in texts if not REPLY_LINE.match(t)]
    text = "\n\n".join(texts)
    if len(text) < MIN_COMMENT_CHARS:
        return None
    return Comment(text, author=author, date=date, depth=depth)


def _nest(flat: list[Comment]) -> list[Comment]:
    roots: list[Comment] = []
    stack: list[Comment] = []
    for n, comment in enumerate(flat, 1):
        comment.id = f"c{n}"
        while stack and stack[-1].depth >= comment.depth:
            stack.pop()
        if stack:
            comment.depth = stack[-1].depth + 1
            comment.parent = stack[-1].id
            stack[-1].replies.append(comment)
        else:
            comment.depth = 0
            roots.append(comment)
        stack.append(comment)
    return roots


def read_page_facts(blocks: list[Block], run: tuple[int, int], doc: Document) -> None:
    """Author, date and site name from the lines around the main text."""
    start, end = run
    today = datetime.now(timezone.utc).date()
    authors: list[str] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if i < start or start <= i < end:
            if len(text) <= MAX_BYLINE_CHARS and BYLINE.match(text) and not authors:
                authors = clean_authors(text)
                if authors:
                    doc.sources["authors"] = f"text: byline ({block.path})"
                when = parse_date(text, today)  # "By Jane Doe | 3 March 2025"
                if when and doc.date is None:
                    doc.date = when
                    doc.sources["date"] = f"text: byline ({block.path})"
            elif (m := NAME_DATE.match(text)) and len(text) <= 100 and not authors:
                when = parse_date(m.group("date"), today)
                if when:
                    authors = [m.group("name")]
                    doc.sources["authors"] = f"text: name and date line ({block.path})"
                    if doc.date is None:
                        doc.date = when
                        doc.sources["date"] = f"text: name and date line ({block.path})"
            if doc.date is None and is_date_line(text):
                doc.date = parse_date(text, today)
                if doc.date:
                    doc.sources["date"] = f"text: date line ({block.path})"
        # An author box: a name alone, then a bio that starts with the name
        # or a pronoun. It is boilerplate, and it names the author.
        if (NAME.match(text) and len(text) <= 40 and i + 1 < len(blocks)
                and block.kind is not BlockKind.LIST_ITEM):
            bio = blocks[i + 1].text.strip()
            first = text.split()[0]
            if len(bio) >= 60 and (bio.startswith(first) or BIO_START.match(bio)):
                for b in (block, blocks[i + 1]):
                    if b.label is Label.MAIN:
                        b.label = Label.BOILERPLATE
                    b.reasons.append("author box")
                if not authors:
                    authors = [text]
                    doc.sources["authors"] = f"text: author box ({block.path})"
        if doc.site_name is None:
            m = SITE_APPEAL.search(text) or (SITE_COPYRIGHT.search(text) if len(text) < 200
                                             else None)
            if m:
                doc.site_name = m.group("site").strip(" .,")
                doc.sources["site_name"] = f"text: {block.path}"
    doc.authors = authors
