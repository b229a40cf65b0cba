"""Fetch URLs with manners: robots.txt, per-host concurrency and delay,
retries with backoff, timeouts, a size cap, a redirect limit, http(s) only.

A fetched page becomes an :class:`Item` carrying the charset of its
Content-Type header (handed to decoding) and its HTTP status; a URL that
cannot be fetched becomes an Item with an ``error`` (reason, message), so
that it ends as an error record like any other bad input.

Settings are one immutable :class:`FetchPolicy`; a :class:`Fetcher` holds
the per-host state of one run (gates, robots rules) and is safe to share
between its threads.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .. import __version__
from .httpget import DeadlineError, Response, TooLargeError, get
from .inputs import has_scheme, is_url
from .warc import CHARSET, Item

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is cut to this
MAX_CRAWL_DELAY = 30.0  # seconds: a robots.txt Crawl-delay above this is cut to it
AGENT_TOKEN = "dehusk"  # the product token robots.txt groups are matched against


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How to fetch. Defaults are polite for someone else's site."""

    contact: str | None = None  # URL or e-mail put in the user agent
    user_agent: str | None = None  # replaces the whole user agent
    delay: float = 1.0  # seconds between request starts to one host
    per_host: int = 1  # requests in flight to one host
    threads: int = 8  # requests in flight overall
    timeout: float = 20.0  # seconds: connect, and each read of the socket
    deadline: float = 60.0  # seconds: one whole response
    max_bytes: int = 10_000_000  # body size cap, after decompression
    retries: int = 3  # extra attempts after a 429/5xx or a network error
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_redirects: int = 5
    robots: bool = True

    @property
    def agent(self) -> str:
        if self.user_agent:
            return self.user_agent
        contact = f"; +{self.contact}" if self.contact else ""
        return f"{AGENT_TOKEN}/{__version__} (text extraction{contact})"


class FetchError(Exception):
    def __init__(self, reason: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.reason, self.status = reason, status


class HostGate:
    """At most ``per_host`` requests in flight to one host, and request
    starts at least ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float) -> None:
        self._slots = threading.Semaphore(max(per_host, 1))
        self._lock = threading.Lock()
        self._next = 0.0
        self.delay = delay

    def __enter__(self) -> HostGate:
        self._slots.acquire()
        with self._lock:  # reserve a start time, then wait for it outside the lock
            start = max(time.monotonic(), self._next)
            self._next = start + self.delay
        time.sleep(max(0.0, start - time.monotonic()))
        return self

    def __exit__(self, *exc: object) -> None:
        self._slots.release()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Fetcher:
    """Fetches URLs for one run under one policy."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._lock = threading.Lock()
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def _gate(self, origin: str) -> HostGate:
        with self._lock:
            if origin not in self._gates:
                self._gates[origin] = HostGate(self.policy.per_host, self.policy.delay)
            return self._gates[origin]

    def _get_once(self, url: str) -> Response:
        p = self.policy
        with self._gate(_origin(url)):
            return get(url, {"User-Agent": p.agent}, p.timeout,
                       time.monotonic() + p.deadline, p.max_bytes)

    def _get(self, url: str, max_bytes: int | None = None) -> Response:
        """GET with retries on 429/5xx and network errors, with backoff."""
        wait = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            last = attempt == self.policy.retries
            try:
                response = self._get_once(url)
            except TooLargeError as exc:
                raise FetchError("too_large", str(exc)) from exc
            except (OSError, http.client.HTTPException) as exc:  # timeouts are OSError
                if last:
                    reason = "fetch_timeout" if isinstance(exc, (TimeoutError, DeadlineError)) \
                        else "fetch_failed"
                    raise FetchError(reason, f"{type(exc).__name__}: {exc}") from exc
                time.sleep(wait)
            else:
                if response.status not in RETRY_STATUS or last:
                    return response
                time.sleep(_retry_after(response, wait))
            wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's origin, fetched once per run (RFC 9309:
        a 4xx means no rules; a 5xx or no answer means stay out)."""
        if not self.policy.robots:
            return True
        origin = _origin(url)
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        return rules is not None and rules.can_fetch(AGENT_TOKEN, url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            response = self._get(origin + "/robots.txt")
        except FetchError:
            return None
        if 300 <= response.status < 500:  # a redirected robots.txt counts as none
            rules.allow_all = True
        elif response.status != 200:
            return None
        else:
            rules.parse(response.body.decode("utf-8", "replace").splitlines())
            delay = rules.crawl_delay(AGENT_TOKEN)
            if delay:  # the site asks for more room than the policy gives
                gate = self._gate(origin)
                gate.delay = max(gate.delay, min(float(delay), MAX_CRAWL_DELAY))
        return rules

    def fetch(self, url: str) -> Item:
        """One URL -> an Item (the page, or an ``error``). Never raises."""
        try:
            response = self._follow(url)
        except FetchError as exc:
            item = Item(url, b"", url=url, error=(exc.reason, str(exc)))
            if exc.status is not None:
                item.meta["http_status"] = exc.status
            return item
        meta: dict[str, Any] = {"http_status": response.status, "fetched_url": response.url}
        match = CHARSET.search(response.headers.get("content-type", ""))
        return Item(url, response.body, url=response.url,
                    charset=match.group(1) if match else None, meta=meta)

    def _follow(self, first: str) -> Response:
        url = first
        for _ in range(self.policy.max_redirects + 1):
            if not is_url(url) or not urlsplit(url).hostname:
                raise FetchError("bad_url", f"only http(s) URLs are fetched: {url!r}")
            if not self.allowed(url):
                raise FetchError("robots_disallowed", f"robots.txt disallows {url} (or could "
                                 "not be read: a 5xx or no answer means stay out)")
            response = self._get(url)
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUS and location:
                url = urljoin(url, location.strip())
                continue
            if response.status >= 400:
                raise FetchError("http_error", f"HTTP {response.status} for {url}",
                                 response.status)
            return response
        raise FetchError("too_many_redirects",
                         f"more than {self.policy.max_redirects} redirects from {first}")

    def fetch_stream(self, sources: Iterable[Any]) -> Iterator[Any]:
        """Sources in order, each URL replaced by its fetched Item; up to
        ``threads`` fetches run ahead of the consumer."""
        window = max(self.policy.threads, 1) * 4
        ahead: deque[Future[Item] | Any] = deque()
        with ThreadPoolExecutor(max_workers=max(self.policy.threads, 1)) as pool:
            for source in sources:
                ahead.append(pool.submit(self.fetch, source)
                             if isinstance(source, str) and has_scheme(source) else source)
                if len(ahead) >= window:
                    yield _resolved(ahead.popleft())
            while ahead:
                yield _resolved(ahead.popleft())


def _resolved(value: Any) -> Any:
    return value.result() if isinstance(value, Future) else value


def _retry_after(response: Response, default: float) -> float:
    value = response.headers.get("retry-after", "")
    return min(float(value), MAX_RETRY_AFTER) if value.strip().isdigit() else default
