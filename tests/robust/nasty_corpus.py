"""Generate the nasty-input corpus: one input per class of trouble that
extractors meet on the open web (issue 6). Run as a script to write the
inputs to a folder (`python tests/robust/nasty_corpus.py OUT`); the tests
import `corpus()` and feed each input to dehusk directly."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

PARAGRAPH = "<p>A paragraph of ordinary prose that a reader came to this page for.</p>"


def corpus() -> Iterator[tuple[str, str | bytes]]:
    """(name, page) pairs; pages are str or bytes, as callers pass them."""
    yield "nesting-100k", "<html><body>" + "<div>" * 100_000 + PARAGRAPH + "</div>" * 100_000
    yield "unclosed-tags", "<html><body>" + "<div><span><b><i>text " * 25_000
    yield "page-50mb", "<html><body>" + PARAGRAPH * (50_000_000 // len(PARAGRAPH))
    yield "text-node-20mb", "<html><body><p>" + "word " * 4_000_000 + "</p></body></html>"
    yield "table-100k-cells", ("<html><body><table>" + ("<tr>" + "<td>c</td>" * 100 + "</tr>")
                               * 1_000 + "</table></body></html>")
    attributes = " ".join(f'data-a{i}="{i}"' for i in range(100_000))
    yield "attributes-100k", f"<html><body><div {attributes}>{PARAGRAPH}</div></body></html>"
    yield "nul-bytes", b"<html><body><p>before\x00after</p>\x00\x00" + PARAGRAPH.encode()
    yield "lone-surrogates", f"<html><body><p>broken \ud800 and \udfff here</p>{PARAGRAPH}"
    yield "control-chars", "<html><body><p>" + "".join(map(chr, range(1, 32))) + "</p>" + PARAGRAPH
    yield "script-10mb", "<html><body><script>" + "var x = 1;" * 1_000_000 + "</script>" + PARAGRAPH
    yield "style-10mb", "<html><head><style>" + "a{color:red}" * 900_000 + "</style>" + PARAGRAPH
    yield "comment-unclosed", "<html><body><!-- never closed " + "x" * 1_000_000
    yield "cdata-and-doctype-junk", "<!DOCTYPE x [<!ENTITY a 'b'>]><![CDATA[" + PARAGRAPH * 10
    yield "pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    yield "png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10
    yield "empty", b""
    yield "whitespace", " \n\t " * 100
    yield "json", '{"items": [1, 2, 3], "title": "not a page"}'
    yield "rss-feed", ("<?xml version='1.0'?><rss><channel><title>Feed</title><item><title>One"
                       "</title><description>An item of the feed.</description></item>"
                       "</channel></rss>")
    yield "binary-noise", bytes((i * 7919) % 256 for i in range(100_000))
    yield "utf16-no-bom", ("<html><body>" + PARAGRAPH * 20 + "</body></html>").encode("utf-16-le")
    yield "mixed-encodings", ("<p>" + "Grüße " * 50 + "</p>").encode("utf-8") + \
        ("<p>" + "Grüße " * 50 + "</p>").encode("cp1252")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "nasty-corpus")
    out.mkdir(parents=True, exist_ok=True)
    for name, page in corpus():
        data = page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page
        (out / f"{name}.html").write_bytes(data)
    print(f"wrote {len(list(out.iterdir()))} inputs to {out}")
