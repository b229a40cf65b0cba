"""Expand command-line inputs: files, directories (recursive), globs, URLs,
lists of URLs, stdin, and the records of WARC/WET files."""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .warc import WARC_SUFFIXES, is_warc, iter_warc

if TYPE_CHECKING:
    from .runner import Source

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".txt",
                 ".txt.gz") + WARC_SUFFIXES
STDIN = "-"
URL_SCHEMES = ("http://", "https://")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(item: str) -> bool:
    return item[:8].lower().startswith(URL_SCHEMES)


def has_scheme(item: str) -> bool:
    """A URL of any scheme: it goes to the fetcher, which refuses all but
    http(s) with an error record (rather than looking for such a file)."""
    return bool(_SCHEME.match(item))


def _pages_under(directory: Path) -> list[str]:
    return sorted(str(p) for p in directory.rglob("*")
                  if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES))


def _expand_one(item: str) -> list[str]:
    if item == STDIN or has_scheme(item):
        return [item]
    path = Path(item)
    if path.is_dir():
        return _pages_under(path)
    if not path.exists() and glob.has_magic(item):
        # A quoted pattern (or a shell that does not expand): dehusk expands it.
        # "**" reaches into subdirectories. No match: kept, to become an error record.
        matches = sorted(glob.glob(item, recursive=True))
        out: list[str] = []
        for match in matches:
            out += _pages_under(Path(match)) if Path(match).is_dir() else [match]
        return out or [item]
    return [item]


def read_url_list(path: str) -> list[str]:
    """One URL a line; blank lines and lines starting with # are skipped.
    Other lines are kept as they are: one that is not http(s) becomes an
    error record, never a silent drop."""
    with open(path, encoding="utf-8") as lines:
        return [s for line in lines if (s := line.strip()) and not s.startswith("#")]


def expand_inputs(inputs: Iterable[str], url_lists: Iterable[str] = ()) -> list[str]:
    """Each input as given; a directory becomes the pages under it, sorted; a
    glob its matches, sorted; then the URLs of each URL list, in order.
    Missing paths are kept: they become error records, not silent drops."""
    out: list[str] = []
    for item in inputs:
        out += _expand_one(item)
    for url_list in url_lists:
        out += read_url_list(url_list)
    return out


def iter_sources(paths: list[str]) -> Iterator[Source]:
    """Each path, or each record of it when it is a WARC or WET file."""
    for path in paths:
        if path != STDIN and not has_scheme(path) and is_warc(path) and Path(path).is_file():
            yield from iter_warc(path)
        else:
            yield path
