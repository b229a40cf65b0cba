"""Feature rows and labels of every block of the shared sets, for training.

Each page goes through dehusk's stages up to the rules' labels (decode,
defuse, parse, segment, classify with the learned refinement off), then
features/context.py describes its blocks. Labels come from the gold:

- aeb and readability-pages (a full gold body): a block is main text when
  most of its 4-token shingles (the benchmark's unit) are in the gold body,
  or, under four tokens, when its text is in the gold body; weighted by its
  length, each page summing to 1, since the body score is per page;
- trafilatura-eval (snippets): a block holding a "with" snippet is main,
  one holding a "without" or a comment snippet is not; other blocks carry
  no label. Each page's labelled blocks sum to 1.

Nothing here is written into the repository: the rows hold no text, but
they are derived from the sets, so they stay in a cache outside it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bench.scoring import SHINGLE, TOKEN, fold
from dehusk.assemble.page_type import declares_spread_content, read_type_hints
from dehusk.classify.classifier import classify
from dehusk.classify.learned import judged
from dehusk.features.block import effective_length
from dehusk.features.context import block_rows
from dehusk.options import Options
from dehusk.parse.encoding import decode_bytes
from dehusk.parse.guard import defuse
from dehusk.parse.html import parse_html
from dehusk.segment.html import segment

RULES_ONLY = Options(learned=False, with_metadata=False, include_comments=False)
MIN_WEIGHT_CHARS = 20  # a short block still counts a little
TRAILING_NUMBER = re.compile(r"[-_]?\d+$")


@dataclass(slots=True)
class PageRows:
    dataset: str
    page_id: str
    site: str
    rows: list[list[float]]
    labels: list[int]  # 1 main, 0 not, -1 unknown
    weights: list[float]


def site_of(case: dict[str, Any]) -> str:
    """The site a page belongs to, for site-disjoint folds: the URL's host,
    or a readability-pages name without its trailing number."""
    url = (case.get("url") or "").strip()
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return TRAILING_NUMBER.sub("", case["id"])


def rule_blocks(data: bytes, url: str | None):
    """The segmentation after the rules, and the chosen container."""
    text, _ = defuse(decode_bytes(data).text)
    parsed = parse_html(text)
    hints = read_type_hints(parsed.tree)
    parsed.clean()
    seg = segment(parsed.tree, RULES_ONLY)
    container = classify(seg, RULES_ONLY, spread=declares_spread_content(parsed.jsonld, hints))
    return seg, container


def _shingle_set(text: str) -> set[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return {tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def body_labels(texts: list[str], gold: str) -> list[int]:
    gold_shingles = _shingle_set(gold)
    gold_folded = fold(gold)
    labels = []
    for text in texts:
        tokens = TOKEN.findall(text)
        if len(tokens) >= SHINGLE:
            own = [tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
            share = sum(1 for s in own if s in gold_shingles) / len(own)
            labels.append(1 if share >= 0.5 else 0)
        elif tokens:
            labels.append(1 if fold(text) in gold_folded else 0)
        else:
            labels.append(-1)
    return labels


def snippet_labels(texts: list[str], case: dict[str, Any]) -> list[int]:
    folded = [fold(t) for t in texts]
    labels = [-1] * len(texts)
    negatives = (case.get("without") or []) + (case.get("comments_with") or [])
    for value, snippets in ((0, negatives), (1, case.get("with") or [])):
        for snippet in snippets:
            s = fold(snippet)
            if not s:
                continue
            for i, text in enumerate(folded):
                if s in text:
                    labels[i] = value
    return labels


def page_rows(dataset: str, case: dict[str, Any], data: bytes) -> PageRows | None:
    try:
        seg, container = rule_blocks(data, case.get("url"))
    except Exception:  # noqa: BLE001 - a page the stages refuse has no rows
        return None
    if not seg.blocks:
        return None
    texts = [unicodedata.normalize("NFKC", b.text) for b in seg.blocks]
    if case.get("body"):
        labels = body_labels(texts, case["body"])
        raw = [max(effective_length(t), MIN_WEIGHT_CHARS) if lab >= 0 else 0.0
               for t, lab in zip(texts, labels, strict=True)]
    else:
        labels = snippet_labels(texts, case)
        raw = [1.0 if lab >= 0 else 0.0 for lab in labels]
    # Blocks the model does not judge (policy decisions such as captions and
    # bylines, blocks of under four words: classify/learned.py) teach it nothing.
    for i, block in enumerate(seg.blocks):
        if not judged(block):
            labels[i], raw[i] = -1, 0.0
    total = sum(raw)
    if not total:
        return None
    return PageRows(dataset, case["id"], site_of(case), block_rows(seg, container), labels,
                    [w / total for w in raw])
