"""A block's collected text pieces to normalised paragraphs.

The walk (html.py) collects the text nodes of a block as pieces, with a flag
for those inside links, and a BREAK piece for each <br>. Here they become
paragraphs with whitespace collapsed, and the characters inside links.
"""

from __future__ import annotations

BREAK = "\u2028"  # marks a <br> inside collected text (never produced by normalising)
# A soft hyphen is a hint where a word may break, invisible unless it does
# (German pages set one every few letters); kept, it splits the word.
SOFT_HYPHEN = "\xad"


def _normalise_line(pieces: list[str], link_flags: list[bool],
                    joined: str | None = None) -> list[tuple[str, int, int]]:
    """_normalise for pieces without a <br>: one paragraph at most.
    `joined`: "".join(pieces), when the caller has it."""
    text = " ".join((joined if joined is not None else "".join(pieces)).split())
    if SOFT_HYPHEN in text:
        text = text.replace(SOFT_HYPHEN, "")
    if not text:
        return []
    if True not in link_flags:
        return [(text, 0, 0)]
    if len(pieces) == 1:  # one link (a menu entry): the text is its text
        return [(text, len(text), len(text))]
    link_chars = lead_chars = 0
    in_lead = True
    for piece, is_link in zip(pieces, link_flags, strict=True):
        if is_link:
            chars = len(" ".join(piece.split()))
            link_chars += chars
            if in_lead:
                lead_chars += chars
        elif in_lead and not piece.isspace():
            in_lead = False
    return [(text, min(link_chars, len(text)), min(lead_chars, len(text)))]


def _normalise(pieces: list[str], link_flags: list[bool]) -> list[tuple[str, int, int]]:
    """Collapse whitespace; <br> marks become line breaks, two in a row end a
    paragraph. Returns (paragraph, characters inside links, characters of
    the links it starts with) triples."""
    if BREAK not in pieces:  # one line: most blocks
        return _normalise_line(pieces, link_flags)
    return _normalise_breaks(pieces, link_flags)


def _normalise_breaks(pieces: list[str], link_flags: list[bool]) -> list[tuple[str, int, int]]:
    """_normalise for pieces with a <br>. A function of its own: its closures
    cost every call that makes them, and most blocks need none."""
    paragraphs: list[tuple[str, int, int]] = []
    lines: list[str] = []
    line: list[str] = []
    link_chars = lead_chars = 0
    in_lead = True

    def end_line() -> None:
        text = " ".join("".join(line).split())
        if SOFT_HYPHEN in text:
            text = text.replace(SOFT_HYPHEN, "")
        line.clear()
        if text:
            lines.append(text)
        elif lines:  # an empty line: the paragraph ends here
            end_paragraph()

    def end_paragraph() -> None:
        nonlocal link_chars, lead_chars, in_lead
        if lines:
            text = "\n".join(lines)
            paragraphs.append((text, min(link_chars, len(text)), min(lead_chars, len(text))))
            lines.clear()
        link_chars = lead_chars = 0
        in_lead = True

    for piece, is_link in zip(pieces, link_flags, strict=True):
        if piece == BREAK:
            end_line()
            continue
        line.append(piece)
        if is_link:
            chars = len(" ".join(piece.split()))
            link_chars += chars
            if in_lead:
                lead_chars += chars
        elif in_lead and not piece.isspace():
            in_lead = False
    end_line()
    end_paragraph()
    return paragraphs
