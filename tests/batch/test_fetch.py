"""Fetching with manners, against a server on 127.0.0.1 started here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dehusk.batch.fetch import Fetcher, FetchPolicy
from dehusk.batch.runner import extract_source
from dehusk.cli import EXIT_OK, EXIT_PARTIAL, main
from dehusk.options import Options

from .httpserver import serve

# Quick but real: the rules under test are on, the waits short.
FAST = FetchPolicy(delay=0.0, backoff=0.01, timeout=5, threads=4, contact="ops@example.org")


@pytest.fixture()
def server():
    with serve() as (base, log):
        yield base, log


def test_robots_txt_disallow_is_honoured(server) -> None:
    base, log = server
    fetcher = Fetcher(FAST)
    item = fetcher.fetch(f"{base}/private/report")
    assert item.error and item.error[0] == "robots_disallowed"
    assert fetcher.fetch(f"{base}/page/1").error is None
    paths = [p for p, _, _ in log]
    assert "/private/report" not in paths and paths.count("/robots.txt") == 1


def test_per_host_delay_is_honoured(server) -> None:
    base, log = server
    fetcher = Fetcher(FetchPolicy(delay=0.3, threads=4, per_host=1))
    items = list(fetcher.fetch_stream([f"{base}/page/{i}" for i in range(4)]))
    assert all(item.error is None for item in items)
    times = [t for _, t, _ in log]  # robots.txt counts as a request to the host too
    assert len(times) == 5
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.25, gaps  # server-side arrival times, a generous lower bound


def test_size_cap_is_honoured(server) -> None:
    base, _ = server
    item = Fetcher(FAST.__class__(**{**_fields(FAST), "max_bytes": 1_000_000})).fetch(
        f"{base}/big")
    assert item.error and item.error[0] == "too_large"


def test_a_server_that_does_not_answer_in_time_costs_one_record(server) -> None:
    base, log = server
    policy = FetchPolicy(**{**_fields(FAST), "timeout": 0.3, "retries": 1})
    item = Fetcher(policy).fetch(f"{base}/slow")
    assert item.error and item.error[0] == "fetch_timeout"
    assert [p for p, _, _ in log].count("/slow") == 2  # tried, then retried once


def test_redirects_are_followed_up_to_the_limit(server) -> None:
    base, _ = server
    policy = FetchPolicy(**{**_fields(FAST), "max_redirects": 3})
    ok = Fetcher(policy).fetch(f"{base}/hop/2")  # three redirects
    assert ok.error is None and ok.meta["fetched_url"] == f"{base}/page/end"
    too_far = Fetcher(policy).fetch(f"{base}/hop/3")  # four
    assert too_far.error and too_far.error[0] == "too_many_redirects"


def test_only_http_and_https_are_fetched(server) -> None:
    base, log = server
    fetcher = Fetcher(FAST)
    for url in ("ftp://127.0.0.1/page", "file:///etc/passwd"):
        item = fetcher.fetch(url)
        assert item.error and item.error[0] == "bad_url"
    redirected = fetcher.fetch(f"{base}/to-ftp")
    assert redirected.error and redirected.error[0] == "bad_url"


def test_503_is_retried_with_backoff(server) -> None:
    base, log = server
    item = Fetcher(FAST).fetch(f"{base}/flaky")
    assert item.error is None and item.meta["http_status"] == 200
    assert [p for p, _, _ in log].count("/flaky") == 3
    no_retries = Fetcher(FetchPolicy(**{**_fields(FAST), "retries": 0}))
    missing = no_retries.fetch(f"{base}/nothing")
    assert missing.error and missing.error[0] == "http_error"
    assert missing.meta["http_status"] == 404


def test_the_header_charset_reaches_decoding_and_the_agent_names_a_contact(server) -> None:
    base, log = server
    item = Fetcher(FAST).fetch(f"{base}/latin1")
    assert item.charset == "iso-8859-1"
    record = extract_source(item, Options(output_format="json"))
    assert record["ok"] and "Le café du village" in record["text"]
    assert all("ops@example.org" in agent and agent.startswith("dehusk/")
               for _, _, agent in log)


def test_the_cli_fetches_urls_and_url_lists(server, tmp_path: Path) -> None:
    base, _ = server
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# a comment\n{base}/page/a\n\n{base}/private/x\ngopher://old/\n")
    out = tmp_path / "out.jsonl"
    code = main([f"{base}/latin1", "--urls", str(urls), "-o", str(out), "--fetch-delay", "0",
                 "--contact", "ops@example.org"])
    assert code == EXIT_PARTIAL
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in got] == [f"{base}/latin1", f"{base}/page/a",
                                          f"{base}/private/x", "gopher://old/"]
    assert [r["ok"] for r in got] == [True, True, False, False]
    assert [r["error"]["reason"] for r in got[2:]] == ["robots_disallowed", "bad_url"]
    assert got[0]["http_status"] == 200 and got[0]["url"] == f"{base}/latin1"
    single = tmp_path / "one.txt"
    assert main([f"{base}/page/b", "-o", str(single), "--fetch-delay", "0"]) == EXIT_OK
    assert "wool market" in single.read_text()


def _fields(policy: FetchPolicy) -> dict:
    return {name: getattr(policy, name) for name in policy.__dataclass_fields__}


def test_a_resumed_run_does_not_fetch_finished_shards_again(server, tmp_path: Path) -> None:
    base, log = server
    urls = [f"{base}/page/{i}" for i in range(4)]
    out = tmp_path / "out"
    args = urls + ["--output-dir", str(out), "--shard-size", "2", "--fetch-delay", "0"]
    assert main(args) == EXIT_OK
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["shards"] = manifest["shards"][:1]  # as if killed before the second shard
    (out / "manifest.json").write_text(json.dumps(manifest))
    (out / "part-00001.jsonl").unlink()
    log.clear()
    assert main(args) == EXIT_OK
    assert sorted(p for p, _, _ in log if p.startswith("/page/")) == ["/page/2", "/page/3"]
    records = [json.loads(line) for shard in sorted(out.glob("part-*.jsonl"))
               for line in shard.read_text().splitlines()]
    assert [r["source"] for r in records] == urls
