"""Expand command-line inputs: files, directories (recursive), stdin, and
the records of WARC/WET files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .warc import WARC_SUFFIXES, is_warc, iter_warc

if TYPE_CHECKING:
    from .runner import Source

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".txt",
                 ".txt.gz") + WARC_SUFFIXES
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


def iter_sources(paths: list[str]) -> Iterator[Source]:
    """Each path, or each record of it when it is a WARC or WET file."""
    for path in paths:
        if path != STDIN and is_warc(path) and Path(path).is_file():
            yield from iter_warc(path)
        else:
            yield path
