"""Stage 7: Document -> text, Markdown, JSON, HTML."""

from __future__ import annotations

from ..model import Document


def render(doc: Document, output_format: str, *, links: bool = False, images: bool = False,
           comments: bool = False) -> str:
    """The document in one of the output formats (text, markdown, json, html)."""
    if output_format == "markdown":
        return doc.to_markdown(links=links, images=images)
    if output_format == "html":
        return doc.to_html()
    if output_format == "json":
        return doc.to_json()
    return doc.to_text(comments=comments)
