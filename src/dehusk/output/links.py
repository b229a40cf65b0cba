"""Put a block's links back into its (escaped) text, for Markdown and HTML."""

from __future__ import annotations

from collections.abc import Callable


def apply_links(text: str, links: list[tuple[str, str]], escape: Callable[[str], str],
                render: Callable[[str, str], str]) -> str:
    """Replace, in order, the first not-yet-linked occurrence of each anchor
    text with ``render(escaped_anchor, href)``. ``text`` is already escaped."""
    position = 0
    for anchor, href in links:
        escaped = escape(anchor)
        at = text.find(escaped, position)
        if at < 0:
            continue
        link = render(escaped, href)
        text = text[:at] + link + text[at + len(escaped):]
        position = at + len(link)
    return text
