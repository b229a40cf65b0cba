"""Write small WARC and WET files for tests (the format, by hand: a WARC
record is a header block, a blank line, the content block and two CRLFs;
each record gzipped on its own, as Common Crawl does)."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

CRLF = b"\r\n"


def record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)}>",
        "WARC-Date: 2026-11-20T10:00:00Z",
        f"WARC-Target-URI: {uri}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return CRLF.join(h.encode() for h in headers) + CRLF + CRLF + block + CRLF + CRLF


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8",
                  status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n" \
           f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def write_wet(path: Path, pages: list[tuple[str, str]]) -> Path:
    """pages: [(uri, plain text)] -> a .warc.wet.gz of conversion records."""
    with open(path, "wb") as out:
        for uri, text in pages:
            out.write(gzip.compress(record("conversion", uri, text.encode("utf-8"),
                                           "text/plain")))
    return path


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    """pages: [(uri, body, HTTP content type)] -> a .warc.gz of responses."""
    with open(path, "wb") as out:
        for uri, body, content_type in pages:
            out.write(gzip.compress(record("response", uri, http_response(body, content_type),
                                           "application/http; msgtype=response")))
    return path
