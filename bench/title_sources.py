"""How often each title source matches the gold, per set: why one title
rule cannot meet both sets' title gold.

    python -m bench.title_sources [--datasets a,b]

Compares dehusk's title (suffix removed, reconciled with the headline) with
the page's raw og:title and <title> (the site's suffix kept). trafilatura-eval's
gold is the visible headline; readability-pages' is Readability's title,
which keeps what og:title or <title> say, suffix and all.
"""

from __future__ import annotations

import argparse

from selectolax.lexbor import LexborHTMLParser

from bench.datasets import default_data_root, load_pages
from bench.scoring import meta_match


def _raw_title(html: bytes) -> str | None:
    tree = LexborHTMLParser(html)
    og = tree.css_first('meta[property="og:title"]')
    if og is not None and og.attributes.get("content"):
        return (og.attributes.get("content") or "").strip()
    title = tree.css_first("title")
    return title.text().strip() if title is not None else None


def main() -> None:
    import dehusk

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", default="trafilatura-eval,readability-pages")
    args = parser.parse_args()
    for dataset in args.datasets.split(","):
        counts = {"dehusk": 0, "raw og:title or <title>": 0, "either": 0}
        total = 0
        for page in load_pages(default_data_root(), dataset):
            gold = page["case"].get("title")
            if not gold:
                continue
            total += 1
            doc = dehusk.extract(page["bytes"], url=page["case"].get("url"))
            ours = meta_match("title", doc.title, gold)
            raw_title = _raw_title(page["bytes"])
            raw = bool(raw_title) and meta_match("title", raw_title, gold)
            counts["dehusk"] += ours
            counts["raw og:title or <title>"] += raw
            counts["either"] += ours or raw
        shares = ", ".join(f"{name} {n / total:.3f}" for name, n in counts.items())
        print(f"{dataset} ({total} pages with a gold title): {shares}")


if __name__ == "__main__":
    main()
