"""--explain: every block with its label and the reasons, then the metadata
with where each field came from, then the fallback ladder."""

from __future__ import annotations

from .model import Document

TEXT_WIDTH = 100


def _short(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def explain(doc: Document) -> str:
    lines = [f"{'#':>4}  {'label':<11} {'kind':<9} {'score':>7}  reasons / path / text"]
    for i, block in enumerate(doc.blocks):
        lines.append(f"{i:>4}  {block.label.value:<11} {block.kind.value:<9} "
                     f"{block.score:>7.0f}  {'; '.join(block.reasons)}")
        if block.path:
            lines.append(f"{'':>36}at {block.path}")
        lines.append(f"{'':>36}| {_short(block.text)}")
    lines.append("")
    lines.append("metadata:")
    for name in ("title", "author", "date", "date_modified", "site_name", "language",
                 "description", "canonical_url", "image"):
        value = getattr(doc, name)
        if value:
            source = doc.sources.get("authors" if name == "author" else name, "")
            lines.append(f"  {name:<14} {_short(str(value), 70)}  [{source}]")
    if doc.page_type:
        lines.append(f"  {'page_type':<14} {doc.page_type} ({doc.page_type_confidence})  "
                     f"[{doc.sources.get('page_type', '')}]")
    lines.append("")
    lines.append("fallback ladder:")
    for attempt in doc.attempts:
        mark = "*" if attempt.chosen else " "
        lines.append(f" {mark} {attempt.name:<10} {attempt.chars:>7} chars  {attempt.note}")
    for warning in doc.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n"
