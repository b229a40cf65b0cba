"""Score a run and render its tables and worst-page lists."""

from __future__ import annotations

from typing import Any

from bench.datasets import BODY_SETS
from bench.scoring import (
    body_score,
    comment_scores,
    harmonic,
    meta_match,
    present_found,
    snippet_scores,
)

META_FIELDS = ("title", "author", "date", "sitename", "description")


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score_dataset(rows: list[dict[str, Any]], cases: list[dict[str, Any]],
                  dataset: str) -> dict[str, Any]:
    by_id = {r["id"]: r for r in rows}
    pages: list[dict[str, Any]] = []
    meta: dict[str, list[bool]] = {f: [] for f in META_FIELDS}
    comments: list[tuple[float, float]] = []
    found_present: list[float] = []
    for case in cases:
        row = by_id.get(case["id"], {})
        text = row.get("text") or ""
        page: dict[str, Any] = {"id": case["id"]}
        if dataset in BODY_SETS:
            s = body_score(text, case.get("body") or "")
            page.update(precision=s.precision, recall=s.recall, f1=s.f1)
        else:
            w, wo = snippet_scores(text, case.get("with") or [], case.get("without") or [])
            page.update(with_=w, without=wo)
            page["f1"] = harmonic(w if w is not None else 1.0, wo if wo is not None else 1.0)
            c = comment_scores(text, row.get("comments") or "", case.get("comments_with") or [])
            if c is not None:
                comments.append(c)
                page.update(comments_found=c[0], comments_leaked=c[1])
            fp = present_found(row.get("comments") or "", case.get("comments_present") or [])
            if fp is not None:
                found_present.append(fp)
                page["comments_found_present"] = fp
        for field in META_FIELDS:
            gold = case.get(field)
            if gold:
                meta[field].append(meta_match(field, row.get(field), gold))
        pages.append(page)
    seconds = sum(r.get("seconds", 0.0) for r in rows)
    out: dict[str, Any] = {
        "pages": len(cases), "errors": sum(1 for r in rows if r.get("error")),
        "pages_per_s": len(rows) / seconds if seconds else None,
        "meta": {f: _mean([float(v) for v in vals]) for f, vals in meta.items() if vals},
        "per_page": pages,
    }
    if dataset in BODY_SETS:
        p = _mean([x["precision"] for x in pages]) or 0.0
        r = _mean([x["recall"] for x in pages]) or 0.0
        out.update(precision=p, recall=r, f1=harmonic(p, r))
    else:
        w = _mean([x["with_"] for x in pages if x["with_"] is not None]) or 0.0
        wo = _mean([x["without"] for x in pages if x["without"] is not None]) or 0.0
        out.update(with_=w, without=wo, snippet_f1=harmonic(w, wo))
        if comments:
            out["comments_found"] = _mean([c[0] for c in comments])
            out["comments_leaked"] = _mean([c[1] for c in comments])
        if found_present:
            out["comments_found_present"] = _mean(found_present)
        with_comments = [c for c in cases if c.get("comments_with")]
        out["present_counts"] = (sum(len(c.get("comments_present") or []) for c in with_comments),
                                 sum(len(c["comments_with"]) for c in with_comments),
                                 len(found_present))
    return out


def score_run(runs: dict[str, Any], cases: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    scores: dict[str, Any] = {}
    for name, run in runs.items():
        if name == "baseline":
            scores[name] = {"max_rss_mb": run["max_rss_mb"]}
            continue
        scores[name] = {ds: score_dataset(rows, cases[ds], ds)
                        for ds, rows in run["datasets"].items()}
        scores[name]["max_rss_mb"] = run["max_rss_mb"]
    return scores


def _f(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def render_tables(scores: dict[str, Any], runs: dict[str, Any], datasets: list[str]) -> str:
    out: list[str] = []
    for ds in datasets:
        names = [n for n in scores if n != "baseline" and ds in scores[n]]
        ref = scores.get("dehusk", {}).get(ds, {}).get("pages_per_s")
        fields = [f for f in META_FIELDS if any(f in scores[n][ds]["meta"] for n in names)]
        if ds in BODY_SETS:
            head = ["extractor", "F1", "precision", "recall"]
        else:
            head = ["extractor", "snippet F1", "with", "without", "comments found",
                    "found of present", "comments leaked"]
        head += fields + ["pages/s", "peak RSS MB", "dehusk speed ×", "errors"]
        out += [f"\n### {ds} ({scores[names[0]][ds]['pages']} pages)\n" if names else "",
                "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for name in names:
            s = scores[name][ds]
            if ds in BODY_SETS:
                cells = [name, _f(s["f1"]), _f(s["precision"]), _f(s["recall"])]
            else:
                # "found" only for extractors that return comments at all;
                # "leaked" (comment snippets in the main text) for every one.
                extracts = name == "dehusk" or name.endswith("+comments")
                found = _f(s.get("comments_found")) if extracts else "—"
                present = _f(s.get("comments_found_present")) if extracts else "—"
                cells = [name, _f(s["snippet_f1"]), _f(s["with_"]), _f(s["without"]),
                         found, present, _f(s.get("comments_leaked"))]
            cells += [_f(s["meta"].get(f)) if _has_meta(name, f) else "—" for f in fields]
            pps = s["pages_per_s"]
            ratio = f"{ref / pps:.1f}" if ref and pps else "—"
            cells += [_f(pps, 0), _f(scores[name]["max_rss_mb"], 0), ratio, str(s["errors"])]
            out.append("| " + " | ".join(cells) + " |")
        out.append(_present_note(scores, names, ds))
    base = scores.get("baseline", {}).get("max_rss_mb")
    if base:
        out.append(f"\nbaseline peak RSS (pages loaded, no extraction): {base:.0f} MB")
    return "\n".join(out)


def _present_note(scores: dict[str, Any], names: list[str], dataset: str) -> str:
    """How many comment snippets an HTML extractor could find at all."""
    counts = next((scores[n][dataset].get("present_counts") for n in names
                   if scores[n][dataset].get("present_counts")), None)
    if not counts:
        return ""
    present, total, pages = counts
    return (f"\n{present} of {total} comment snippets ({present / total:.0%}, on {pages} pages) "
            "are in the page's visible text; \"found of present\" is the share found among "
            "them, averaged over those pages.")


def _has_meta(name: str, field: str) -> bool:
    """Peers that return no such field get a dash rather than a zero."""
    if name.startswith("dehusk") and "no metadata" not in name:
        return True
    if name.startswith("trafilatura"):
        return True
    if name in ("newspaper4k", "goose3"):
        return field in ("title", "author", "date", "description")
    if name == "readability-lxml":
        return field == "title"
    return False


def worst_pages(scores: dict[str, Any], dataset: str, n: int) -> str:
    s = scores.get("dehusk", {}).get(dataset)
    if not s or n <= 0:
        return ""
    pages = sorted(s["per_page"], key=lambda p: p["f1"])[:n]
    lines = [f"\ndehusk's {n} worst pages on {dataset}:"]
    for p in pages:
        detail = (f"P {p['precision']:.2f} R {p['recall']:.2f}" if "precision" in p else
                  f"with {_f(p['with_'], 2)} without {_f(p['without'], 2)}")
        lines.append(f"  {p['f1']:.3f}  {detail}  {p['id']}")
    return "\n".join(lines)
