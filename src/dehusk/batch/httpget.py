"""One HTTP GET with the standard library, and nothing it was not asked for:
no redirect following (the fetcher counts them), a size cap enforced while
reading, a socket timeout and an overall deadline.

Why http.client and not urllib3 or httpx (bench/fetch_clients.py): on
loopback, a kept-alive urllib3 pool does several times the requests/s of a
new connection per request, but that is a few milliseconds of CPU per page,
and a polite fetcher waits a second (--fetch-delay) between requests to one
host, so the wait, not the client, sets the pace. The stdlib gives the
control the rules need (a cap counted on decompressed bytes, redirects seen
one by one) with no dependency.
"""

from __future__ import annotations

import http.client
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

CHUNK = 64 * 1024
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


class TooLargeError(Exception):
    """The body is larger than the cap."""


class DeadlineError(TimeoutError):
    """The whole response took longer than allowed."""


@dataclass(slots=True)
class Response:
    url: str
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url}")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if parts.scheme == "https":
        return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout,
                                           context=ssl.create_default_context()), target
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout), target


def _read_capped(resp: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    """The body, decompressed if gzip/deflate, refused past max_bytes (counted
    after decompression: a small gzip bomb must not get through)."""
    encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS) \
        if encoding in ("gzip", "deflate") else None
    parts: list[bytes] = []
    size = 0
    while chunk := resp.read(CHUNK):
        if time.monotonic() > deadline:
            raise DeadlineError("the response took longer than the fetch deadline")
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError(f"the body is larger than {max_bytes} bytes")
        parts.append(chunk)
    return b"".join(parts)


def get(url: str, headers: dict[str, str], timeout: float, deadline: float,
        max_bytes: int) -> Response:
    """GET ``url`` once. Raises OSError (network, timeout), TooLargeError,
    DeadlineError, ValueError (not http(s)), http.client.HTTPException."""
    conn, target = _connection(url, timeout)
    try:
        conn.request("GET", target, headers={"Accept": ACCEPT, "Accept-Encoding": "gzip",
                                             "Connection": "close", **headers})
        resp = conn.getresponse()
        declared = resp.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes \
                and not resp.getheader("Content-Encoding"):
            raise TooLargeError(f"Content-Length {declared} is over {max_bytes} bytes")
        names = {k.lower(): v for k, v in resp.getheaders()}
        body = b"" if resp.status in (301, 302, 303, 307, 308) else \
            _read_capped(resp, max_bytes, deadline)
        return Response(url, resp.status, names, body)
    finally:
        conn.close()
