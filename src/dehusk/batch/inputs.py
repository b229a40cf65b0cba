"""Expand command-line inputs: files, directories (recursive), stdin."""

from __future__ import annotations

from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
STDIN = "-"


def expand_inputs(inputs: list[str]) -> list[str]:
    """Each input as given; a directory becomes the pages under it, sorted.
    Missing paths are kept: they become error records, not silent drops."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != STDIN and path.is_dir():
            out += sorted(str(p) for p in path.rglob("*")
                          if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES))
        else:
            out.append(item)
    return out
