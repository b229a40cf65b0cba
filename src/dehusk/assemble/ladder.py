"""The fallback ladder: structured data, the main path, a recall pass.

Each rung is recorded in Document.attempts with the characters it gave; the
chosen one is marked, so --explain shows why the text came from where it did.
"""

from __future__ import annotations

from ..classify.classifier import classify
from ..classify.junk import is_junk_line
from ..classify.thresholds import BY_FAVOR
from ..classify.vocabulary import NEVER_CONTENT
from ..model import BOILERPLATE, IMAGE, MAIN, TABLE, Attempt, Block, Document
from ..options import Options
from ..parse.html import ParsedPage
from ..segment.html import Segmentation
from .structured import jsonld_article_body, next_data_body


def main_blocks(blocks: list[Block], options: Options) -> list[Block]:
    return [
        b for b in blocks
        if b.label is MAIN and b.kind is not IMAGE
        and (options.include_tables or b.kind is not TABLE)
    ]


def join_text(blocks: list[Block]) -> str:
    return "\n\n".join(b.text for b in blocks)


def _recall_pass(seg: Segmentation, options: Options) -> int:
    """Classify again without the class/id vocabulary and the teaser rule:
    some sites put their whole article under a token we read as boilerplate
    ("ad-column"), or write it as a list of items that open with links."""
    return classify(seg, options, strict=False)


def _structured_blocks(text: str, reason: str) -> list[Block]:
    return [
        Block(text=p, label=MAIN, reasons=[reason], position=i)
        for i, p in enumerate(text.split("\n\n"))
    ]


def _whole_page(seg: Segmentation, options: Options, doc: Document) -> tuple[str, Attempt] | None:
    """The last rung, when every other gave nothing: the page's text but for
    groups that are never content (a page of three lines inside one link)."""
    kept = [b for b in seg.blocks
            if b.kind is not IMAGE and b.category not in NEVER_CONTENT
            and (options.include_tables or b.kind is not TABLE)
            and not is_junk_line(b.text)]
    if not kept:
        return None
    for block in kept:
        block.label = MAIN
        block.reasons.append("whole page (nothing else found)")
    text = join_text(kept)
    attempt = Attempt("whole-page", len(text))
    doc.attempts.append(attempt)
    return text, attempt


def choose_main_text(seg: Segmentation, parsed: ParsedPage, doc: Document,
                     options: Options, *, spread: bool = False) -> None:
    """``spread``: the page declares a type whose content sits in several
    containers (assemble/page_type.py, SPREAD_PAGE_TYPES)."""
    th = BY_FAVOR[options.favor]
    container = classify(seg, options, spread=spread)
    text = join_text(main_blocks(seg.blocks, options))
    dom = Attempt("dom", len(text), note=seg.frames.path(container))
    doc.attempts.append(dom)
    chosen = dom
    if len(text) < th.min_main_chars:
        decided = [(b.label, list(b.reasons), b.score) for b in seg.blocks]
        recall_container = _recall_pass(seg, options)
        widened = join_text(main_blocks(seg.blocks, options))
        recall = Attempt("recall", len(widened), note=seg.frames.path(recall_container))
        doc.attempts.append(recall)
        if len(widened) > len(text):
            text, chosen = widened, recall
        else:  # the main path stands: put its decisions back
            for block, (label, reasons, score) in zip(seg.blocks, decided, strict=True):
                block.label, block.reasons, block.score = label, reasons, score
            recall.note += " (not longer: main path kept)"
    blocks = seg.blocks
    for name, candidate in (("json-ld", jsonld_article_body(parsed.jsonld)),
                            ("next-data", next_data_body(parsed.next_data))):
        if not candidate:
            continue
        attempt = Attempt(name, len(candidate))
        doc.attempts.append(attempt)
        longer = len(candidate) > th.structured_over_dom * len(text)
        if longer and len(text) < th.structured_max_dom_chars:
            for block in blocks:
                if block.label is MAIN:
                    block.label = BOILERPLATE
                    block.reasons.append(f"replaced by {name}")
            blocks = _structured_blocks(candidate, f"{name} body") + blocks
            text, chosen = candidate, attempt
            break
    if not text:
        text, chosen = _whole_page(seg, options, doc) or (text, chosen)
    chosen.chosen = True
    if seg.truncated:
        doc.warnings.append(f"segmentation stopped at {seg.truncated}")
    doc.blocks = blocks
    doc.text = text
