"""Flatten the shared sets' HTML to plain text with real tools, and cache it.

    python -m bench.render [--renderers w3m,inscriptis,html-text] [--datasets ...]

The renderings stand in for pages users already have as text (text-browser
dumps, html-to-text output, WET records). The gold bodies stay the ones of
the HTML pages, so scoring dehusk's plain-text path on them needs no new
annotation. Renderings go to $DEHUSK_RENDERS or ~/.cache/dehusk/renders,
never into the repository (they are third-party text).

Renderers:
- ``w3m``: ``w3m -dump`` (Debian package w3m), 80 columns, the text-browser
  layout: hard-wrapped paragraphs, indented lists, "•" bullets, tables drawn
  with spaces.
- ``inscriptis``: the inscriptis library, a layout-aware html-to-text
  converter (one line per paragraph, indented lists, tables in columns).
- ``html-text``: the html-text library (Scrapy's html-to-text), the plainest
  layout: one line per block element.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench.datasets import DATASETS, default_data_root, load_pages

RENDERERS = ("w3m", "inscriptis", "html-text")


def cache_root() -> Path:
    env = os.environ.get("DEHUSK_RENDERS")
    return Path(env) if env else Path.home() / ".cache" / "dehusk" / "renders"


def _decode(data: bytes) -> str:
    from dehusk.parse.encoding import decode_bytes

    return decode_bytes(data).text


def render_w3m(html: str) -> str:
    proc = subprocess.run(
        ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8",
         "-o", "display_link_number=0", "-o", "display_image=0"],
        input=html.encode("utf-8", "replace"), capture_output=True, timeout=60,
    )
    return proc.stdout.decode("utf-8", "replace")


def render_inscriptis(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


def render_html_text(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def renderer(name: str) -> Callable[[str], str]:
    if name == "w3m":
        if shutil.which("w3m") is None:
            raise RuntimeError("w3m not found (Debian: apt-get install w3m)")
        return render_w3m
    if name == "inscriptis":
        return render_inscriptis
    if name == "html-text":
        return render_html_text
    raise ValueError(f"unknown renderer {name!r}; known: {RENDERERS}")


def render_dataset(name: str, dataset: str, data: Path, limit: int | None = None) -> Path:
    """Render every page of ``dataset`` once; returns the folder of .txt files."""
    folder = cache_root() / name / dataset
    folder.mkdir(parents=True, exist_ok=True)
    fn = renderer(name)
    for page in load_pages(data, dataset, limit):
        out = folder / f"{page['case']['id']}.txt"
        if out.exists():
            continue
        try:
            text = fn(_decode(page["bytes"]))
        except Exception as exc:  # noqa: BLE001 - a page the tool cannot render stays out
            print(f"  {name} {dataset} {page['case']['id']}: {exc}", file=sys.stderr)
            text = ""
        out.write_text(text, encoding="utf-8")
    return folder


def load_rendered(name: str, dataset: str, data: Path,
                  limit: int | None = None) -> list[tuple[dict, str]]:
    """[(case, rendered text)], rendering what is not cached yet."""
    folder = render_dataset(name, dataset, data, limit)
    cases = [p["case"] for p in load_pages(data, dataset, limit, with_bytes=False)]
    return [(c, (folder / f"{c['id']}.txt").read_text(encoding="utf-8")) for c in cases]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.render", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--renderers", default=",".join(RENDERERS))
    p.add_argument("--datasets", default=",".join(DATASETS))
    p.add_argument("--limit", type=int)
    p.add_argument("--data", type=Path, default=default_data_root())
    args = p.parse_args(argv)
    for name in args.renderers.split(","):
        for ds in args.datasets.split(","):
            folder = render_dataset(name, ds, args.data, args.limit)
            print(f"{name} {ds}: {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
