"""A small HTTP server on 127.0.0.1 for the fetching tests: threads, port
chosen by the OS, every request recorded with its arrival time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = ("<html><head><title>Wool prices</title></head><body><article><h1>Wool prices"
           "</h1>" + "<p>The wool market in the valley recovered this spring after two "
           "hard years, and the co-operative paid its members more per fleece.</p>" * 6
           + "</article></body></html>")
LATIN1 = ("<html><head><title>Caf\u00e9</title></head><body><article>"
          + "<p>Le caf\u00e9 du village a rouvert ses portes apr\u00e8s des travaux, "
          "et les habitu\u00e9s sont revenus d\u00e8s le premier matin.</p>" * 5
          + "</article></body></html>").encode("latin-1")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        log = self.server.log  # type: ignore[attr-defined]
        log.append((self.path, time.monotonic(), self.headers.get("User-Agent", "")))
        path = self.path
        if path == "/robots.txt":
            return self._send(200, ROBOTS, "text/plain")
        if path.startswith("/page/") or path.startswith("/private/"):
            return self._send(200, ARTICLE.encode(), "text/html; charset=utf-8")
        if path == "/latin1":
            return self._send(200, LATIN1, "text/html; charset=iso-8859-1")
        if path == "/big":
            return self._send(200, b"<p>" + b"x" * 3_000_000 + b"</p>", "text/html")
        if path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page/end" if n == 0 else f"/hop/{n - 1}"
            return self._send(302, b"", "text/html", {"Location": target})
        if path == "/slow":
            time.sleep(1.5)  # longer than the test's socket timeout
            return self._send(200, ARTICLE.encode(), "text/html")
        if path == "/to-ftp":
            return self._send(301, b"", "text/html", {"Location": "ftp://127.0.0.1/x"})
        if path == "/flaky":
            seen = sum(1 for p, _, _ in log if p == "/flaky")
            if seen <= 2:
                return self._send(503, b"busy", "text/plain", {"Retry-After": "0"})
            return self._send(200, ARTICLE.encode(), "text/html")
        return self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is expected, not news


@contextmanager
def serve() -> Iterator[tuple[str, list[tuple[str, float, str]]]]:
    """(base URL, request log) of a server that stops when the block ends."""
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.log = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.log  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
