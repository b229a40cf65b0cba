"""Pages out of WARC and WET files: one Item per record worth extracting.

Read with FastWARC (the ``warc`` extra), the WARC reader of the resiliparse
project: streaming, gzip and lz4 aware, and several times faster than the
pure-Python readers. Taken from a WARC: ``response`` records whose HTTP
content type is HTML (or missing), with the HTTP status and the charset of
the Content-Type header; ``resource`` records of HTML. Taken from a WET
(Common Crawl's text extracts): every ``conversion`` record, as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import DehuskError

WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.lz4", ".wet", ".wet.gz", ".warc.wet",
                 ".warc.wet.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class MissingExtraError(DehuskError):
    reason = "missing_extra"


@dataclass(slots=True)
class Item:
    """One page to extract that is not a file of its own (a WARC record)."""

    source: str  # "<file>#<WARC-Record-ID>"
    data: bytes
    url: str | None = None
    input: str | None = None  # "text" for WET records
    charset: str | None = None  # from the HTTP Content-Type header
    meta: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (reason, message): could not be had (a fetch)


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _archive_iterator(stream: Any) -> Any:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtraError(
            "reading WARC/WET files needs FastWARC: pip install 'dehusk[warc]'") from exc
    types = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    return ArchiveIterator(stream, record_types=types, parse_http=True)


def iter_warc(path: str) -> Iterator[Item]:
    """Items of the records of one WARC or WET file, in file order."""
    with open(path, "rb") as stream:
        yield from iter_warc_stream(stream, path)


def iter_warc_stream(stream: Any, path: str) -> Iterator[Item]:
    """Items of the records of a WARC or WET stream (a file, or the bytes of
    one as Spark's binaryFiles gives them); ``path`` names it in the records."""
    for record in _archive_iterator(stream):
        kind = record.headers.get("WARC-Type", "")
        record_id = record.headers.get("WARC-Record-ID", "").strip("<>")
        url = record.headers.get("WARC-Target-URI") or None
        meta: dict[str, Any] = {"warc_file": path, "warc_record_id": record_id,
                                "warc_target_uri": url, "warc_type": kind}
        charset = None
        if kind == "response" and record.http_headers is not None:
            content_type = record.http_headers.get("Content-Type", "") or ""
            if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
            meta["http_status"] = record.http_headers.status_code
            m = CHARSET.search(content_type)
            charset = m.group(1) if m else None
        elif kind == "resource":
            content_type = record.headers.get("Content-Type", "") or ""
            if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
        data = record.reader.read()
        yield Item(f"{path}#{record_id}", data, url=url,
                   input="text" if kind == "conversion" else None,
                   charset=charset, meta=meta)
