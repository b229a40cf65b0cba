"""The visible text of a page, to tell which gold snippets an HTML extractor
could find at all.

Comments loaded by JavaScript are not in the page bytes; a comment snippet
counts as *present* when its folded text occurs in the page's visible text
(scripts, styles, templates and noscript removed). The text is taken twice,
with inline elements joined without a space and with one, so a snippet is
present whichever way the markup splits it. The same figure is computed for
every extractor, from the page alone.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from bench.scoring import fold

INVISIBLE = "script, style, template, noscript, head"


def visible_texts(data: bytes) -> tuple[str, str]:
    """(text joined without separators, text joined with spaces), folded."""
    from dehusk.parse.encoding import decode_bytes

    tree = LexborHTMLParser(decode_bytes(data).text)
    for node in tree.css(INVISIBLE):
        node.decompose()
    root = tree.root
    if root is None:
        return "", ""
    return fold(root.text(deep=True, separator="")), fold(root.text(deep=True, separator=" "))


def present_snippets(data: bytes, snippets: list[str]) -> list[str]:
    """The snippets (as given) whose folded text occurs in the visible text."""
    tight, spaced = visible_texts(data)
    return [s for s in snippets if fold(s) and (fold(s) in tight or fold(s) in spaced)]


def mark_present(pages: list[dict]) -> None:
    """Add "comments_present" to each case that has comment snippets."""
    for page in pages:
        case = page["case"]
        if case.get("comments_with"):
            case["comments_present"] = present_snippets(page["bytes"], case["comments_with"])
