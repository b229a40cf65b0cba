"""Dump dehusk's metadata against the gold for every page where a field fails.

    python -m bench.meta_failures [--datasets a,b] [--fields title,author] [--json OUT]

For working on metadata: group the failures by cause, fix the biggest first.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from typing import Any

from bench.datasets import default_data_root, load_pages
from bench.report import META_FIELDS
from bench.scoring import meta_match

FIELD_OF = {"title": "title", "author": "author", "date": "date", "sitename": "site_name",
            "description": "description"}


def run(datasets: list[str], fields: list[str]) -> dict[str, Any]:
    import dehusk

    out: dict[str, Any] = {}
    for ds in datasets:
        fails: dict[str, list[dict[str, Any]]] = defaultdict(list)
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for page in load_pages(default_data_root(), ds):
            case = page["case"]
            doc = dehusk.extract(page["bytes"], url=case.get("url"), include_comments=False)
            for field in fields:
                gold = case.get(field)
                if not gold:
                    continue
                got = getattr(doc, FIELD_OF[field])
                if field == "author":
                    got = doc.author
                ok = meta_match(field, got, gold)
                totals[field][0] += ok
                totals[field][1] += 1
                if not ok:
                    fails[field].append({"id": case["id"], "url": case.get("url"), "gold": gold,
                                         "got": got, "source": doc.sources.get(
                                             "authors" if field == "author" else
                                             FIELD_OF[field])})
        out[ds] = {"scores": {f: t[0] / t[1] for f, t in totals.items()}, "fails": fails}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", default="trafilatura-eval,readability-pages")
    parser.add_argument("--fields", default=",".join(META_FIELDS))
    parser.add_argument("--json")
    args = parser.parse_args()
    result = run(args.datasets.split(","), args.fields.split(","))
    for ds, res in result.items():
        print(ds, {f: round(v, 3) for f, v in res["scores"].items()})
        for field, fails in res["fails"].items():
            print(f"\n== {ds} {field}: {len(fails)} failures")
            for f in fails:
                print(f"  {f['id']}  gold={f['gold']!r}  got={f['got']!r}  [{f['source']}]")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
