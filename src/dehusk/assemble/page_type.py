"""What kind of page this is: article, product, listing, documentation,
recipe, event, with a confidence (Document.page_type, .page_type_confidence).

Evidence, each weighted (classify/thresholds.py, PageTypeWeights):
declared structured data (JSON-LD @type, microdata itemtype), og:type, the
URL path, and the shape of what the classifier found (code blocks, a page of
teasers, long prose). The confidence is the winner's share of all evidence
plus a prior, so one weak hint never sounds sure. "forum" and "feed" are set
by other stages and never overridden here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..classify.thresholds import PAGE_TYPE_WEIGHTS, PageTypeWeights
from ..classify.vocabulary import DOCS_PATH_SEGMENTS, OG_PAGE_TYPES, SCHEMA_PAGE_TYPES
from ..model import Block, BlockKind, Document, Label

# Declared types whose content is spread over several containers by nature
# (description and specifications; ingredients and steps; place and programme).
SPREAD_PAGE_TYPES = frozenset(("product", "recipe", "event"))
# Top-level JSON-LD nodes looked at (a @graph can list hundreds of entities).
MAX_JSONLD_NODES = 64
# Microdata itemtypes looked at (a listing can repeat its item type per item).
MAX_ITEMTYPES = 16


@dataclass(slots=True)
class TypeHints:
    """What the head and markup declare, read before the tree is cleaned."""

    og_type: str = ""
    itemtypes: list[str] = field(default_factory=list)


def read_type_hints(tree: LexborHTMLParser) -> TypeHints:
    hints = TypeHints()
    og = tree.css_first('meta[property="og:type"]')
    if og is not None:
        hints.og_type = (og.attributes.get("content") or "").strip().lower()
    for node in tree.css("[itemtype]")[:MAX_ITEMTYPES]:
        value = node.attributes.get("itemtype") or ""
        hints.itemtypes += [v.rstrip("/").rsplit("/", 1)[-1] for v in value.split()]
    return hints


def _jsonld_types(jsonld: list[Any]) -> Iterator[str]:
    """@type values of the top-level entities and of a @graph's members."""
    seen = 0
    stack = list(jsonld)
    while stack and seen < MAX_JSONLD_NODES:
        item = stack.pop(0)
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
            kind = item.get("@type")
            for name in kind if isinstance(kind, list) else [kind]:
                if isinstance(name, str):
                    yield name


def _declared(jsonld: list[Any], hints: TypeHints, url: str | None,
              w: PageTypeWeights) -> list[tuple[str, float, str]]:
    """Evidence from what the page declares: (type, weight, source)."""
    evidence: list[tuple[str, float, str]] = []
    schema = {SCHEMA_PAGE_TYPES.get(t.lower()) for t in _jsonld_types(jsonld)}
    schema |= {SCHEMA_PAGE_TYPES.get(t.lower()) for t in hints.itemtypes}
    for kind in sorted(k for k in schema if k):
        evidence.append((kind, w.schema, "schema.org type"))
    og = OG_PAGE_TYPES.get(hints.og_type)
    if og:
        evidence.append((og, w.open_graph, "og:type"))
    if url:
        segments = {s.lower() for s in urlsplit(url).path.split("/") if s}
        if segments & DOCS_PATH_SEGMENTS:
            evidence.append(("documentation", w.docs_path, "URL path"))
    return evidence


def declares_spread_content(jsonld: list[Any], hints: TypeHints) -> bool:
    """The page's structured data names a type in SPREAD_PAGE_TYPES."""
    declared = _declared(jsonld, hints, None, PAGE_TYPE_WEIGHTS)
    return any(kind in SPREAD_PAGE_TYPES for kind, _, _ in declared)


def _shape(blocks: list[Block], w: PageTypeWeights,
           teaser_chars: int) -> list[tuple[str, float, str]]:
    """Evidence from what the classifier found on the page."""
    evidence: list[tuple[str, float, str]] = []
    main = [b for b in blocks if b.label is Label.MAIN]
    code = sum(1 for b in main if b.kind is BlockKind.CODE)
    if code >= w.min_code_blocks:
        evidence.append(("documentation", w.code_blocks, f"{code} code blocks"))
    prose = sum(len(b.text) for b in main if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE))
    if prose >= w.min_prose_chars:
        evidence.append(("article", w.prose, f"{prose} chars of prose"))
        return evidence
    # Teasers count only when the main text is no article: an article page
    # carries a rail of teasers beside its prose.
    # A teaser opens with a headline link: a linked heading, or a paragraph
    # that starts with one.
    texts = [b for b in blocks if b.text]
    teasers = sum(1 for b in texts if b.lead_link_chars >= teaser_chars)
    if teasers >= w.min_teasers and teasers >= w.min_teaser_share * len(texts):
        evidence.append(("listing", w.teasers, f"{teasers} teasers"))
    return evidence


def decide_page_type(doc: Document, jsonld: list[Any], hints: TypeHints,
                     teaser_chars: int, w: PageTypeWeights = PAGE_TYPE_WEIGHTS) -> None:
    """Set doc.page_type and its confidence, unless a stage set it already."""
    if doc.page_type is not None:
        return
    evidence = _declared(jsonld, hints, doc.url, w) + _shape(doc.blocks, w, teaser_chars)
    if not evidence:
        return
    sums: dict[str, float] = {}
    for kind, weight, _ in evidence:
        sums[kind] = sums.get(kind, 0.0) + weight
    best = max(sorted(sums), key=sums.__getitem__)
    doc.page_type = best
    doc.page_type_confidence = round(sums[best] / (sum(sums.values()) + w.prior), 2)
    why = ", ".join(f"{source} -> {kind}" for kind, _, source in evidence)
    doc.sources["page_type"] = why
