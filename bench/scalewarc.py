"""Build WARC files of many pages for the scale benchmarks (never committed).

Pages come from the shared development sets at run time (all three: 1,301
real pages; repeated with a distinct URL when more are asked for) or, with
``--generated`` or when the sets are absent, from a seeded generator of
article pages with navigation, a footer and sometimes a comment thread.

    python -m bench.scalewarc OUT_DIR [--pages 1300] [--files 4] [--generated]
"""

from __future__ import annotations

import argparse
import gzip
import random
import uuid
from pathlib import Path

from bench.datasets import DATASETS, default_data_root, load_pages

CRLF = b"\r\n"
WORDS = ("river mill valley council bridge harvest school market winter road station "
         "museum village archive festival library engineer weather orchard ferry "
         "restored opened reported measured planned argued agreed built carried "
         "quietly early again slowly the a of and to in for with on after before").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def generated_page(i: int, rng: random.Random) -> bytes:
    title = " ".join(rng.choice(WORDS) for _ in range(5)).title()
    paras = "".join(f"<p>{' '.join(_sentence(rng) for _ in range(rng.randint(2, 5)))}</p>"
                    for _ in range(rng.randint(3, 12)))
    nav = "".join(f'<li><a href="/s/{w}">{w.title()}</a></li>' for w in WORDS[:8])
    comments = ""
    if i % 3 == 0:
        comments = '<section id="comments"><h2>Comments</h2><ol>' + "".join(
            f'<li class="comment" id="comment-{i}-{k}"><div class="comment-author">'
            f'Reader {k}</div><p>{_sentence(rng)}</p></li>' for k in range(rng.randint(1, 4))
        ) + "</ol></section>"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | '
            f'Valley Post</title><meta name="author" content="Staff {i % 17}"></head><body>'
            f'<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>'
            f'<time datetime="2024-{1 + i % 12:02d}-{1 + i % 28:02d}">date</time>{paras}'
            f'</article>{comments}</main><footer><p>Valley Post, all rights reserved.</p>'
            f'<a href="/privacy">Privacy</a></footer></body></html>').encode()


def pages_for(count: int, generated: bool) -> list[tuple[str, bytes]]:
    root = default_data_root()
    if not generated and all((root / name / "cases.jsonl").exists() for name in DATASETS):
        real = [(p["case"].get("url") or f"https://{name}.example/{p['case']['id']}",
                 p["bytes"]) for name in DATASETS for p in load_pages(root, name)]
        return [(f"{url}#copy{i // len(real)}" if i >= len(real) else url, body)
                for i, (url, body) in enumerate(real[i % len(real)] for i in range(count))]
    rng = random.Random(7)
    return [(f"https://valley.example/{i}", generated_page(i, rng)) for i in range(count)]


def warc_record(uri: str, body: bytes, n: int) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    headers = ["WARC/1.0", "WARC-Type: response",
               f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{n}:{uri}')}>",
               "WARC-Date: 2026-11-20T10:00:00Z", f"WARC-Target-URI: {uri}",
               "Content-Type: application/http; msgtype=response",
               f"Content-Length: {len(http)}"]
    return CRLF.join(h.encode() for h in headers) + CRLF + CRLF + http + CRLF + CRLF


def build(out_dir: Path, pages: int, files: int, generated: bool = False) -> list[Path]:
    """``files`` WARC files holding ``pages`` HTML responses between them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    items = pages_for(pages, generated)
    paths = []
    for f in range(files):
        path = out_dir / f"scale-{f:03d}.warc.gz"
        with open(path, "wb") as out:
            for n in range(f, len(items), files):
                out.write(gzip.compress(warc_record(*items[n], n), compresslevel=1))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.scalewarc")
    p.add_argument("out_dir", type=Path)
    p.add_argument("--pages", type=int, default=1300)
    p.add_argument("--files", type=int, default=4)
    p.add_argument("--generated", action="store_true")
    args = p.parse_args(argv)
    for path in build(args.out_dir, args.pages, args.files, args.generated):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
