"""Which HTTP client for dehusk's fetcher: stdlib http.client vs urllib3 vs httpx.

    python -m bench.fetch_clients [--requests 300] [--size 60000]

Serves one page of --size bytes from a thread server on 127.0.0.1 and GETs
it --requests times in a row with each client: the stdlib with a new
connection per request (as dehusk's fetcher does), urllib3 and httpx with a
kept-alive pool. Prints requests/s. Politeness puts a delay (default 1 s)
between requests to one host, so a client's per-request cost matters only
as CPU: on a loopback server all of it is client and server CPU.
"""

from __future__ import annotations

import argparse
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dehusk.batch.httpget import get


def serve(size: int) -> ThreadingHTTPServer:
    body = b"<html><body>" + b"<p>wool and water</p>" * (size // 21) + b"</body></html>"

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive for the pooled clients
        # Headers and body go out in two writes: without this, Nagle and the
        # peer's delayed ACK add ~40 ms to every kept-alive response.
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def rate(fetch, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        fetch()
    return n / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fetch_clients")
    p.add_argument("--requests", type=int, default=300)
    p.add_argument("--size", type=int, default=60_000)
    args = p.parse_args(argv)
    server = serve(args.size)
    url = f"http://127.0.0.1:{server.server_address[1]}/page"
    results = {"stdlib http.client (dehusk.batch.httpget)": lambda: get(
        url, {"User-Agent": "bench"}, 10, time.monotonic() + 30, 10_000_000)}
    try:
        import urllib3

        pool = urllib3.PoolManager()
        results[f"urllib3 {urllib3.__version__} (pooled)"] = lambda: pool.request("GET", url).data
    except ImportError:
        print("urllib3 not installed: skipped")
    try:
        import httpx

        client = httpx.Client()
        results[f"httpx {httpx.__version__} (pooled)"] = lambda: client.get(url).content
    except ImportError:
        print("httpx not installed: skipped")
    print(f"{args.requests} GETs of {args.size} bytes from 127.0.0.1, one at a time")
    print("| client | requests/s |\n|---|---|")
    for name, fetch in results.items():
        fetch()  # warm up
        print(f"| {name} | {rate(fetch, args.requests):.0f} |")
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
