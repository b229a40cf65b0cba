"""Per-block feature rows for the learned refinement (classify/learned.py).

The rules decide first (container vote, climb, edge rules); these rows then
describe each block by what it is (length, links, sentence shape, function
words, kind), where it sits (depth, position, the elements around it, the
distance to the chosen container) and what the rules and its neighbours
said. The learned model reads them and may overrule the rules block by
block. The order of FEATURE_NAMES is the model file's contract: a change
here means a new FEATURE_VERSION and a retrained model.
"""

from __future__ import annotations

import re

from ..classify.vocabulary import GROUPS
from ..model import Block, BlockKind, Label
from ..segment.html import Segmentation
from .block import SENTENCE_END, effective_length
from .stopwords import stopword_share

FEATURE_VERSION = 1

KIND_CODE = {kind: i for i, kind in enumerate(BlockKind)}
GROUP_CODES = {name: i + 1 for i, name in enumerate(GROUPS)}
# Ancestor elements that say something about a block's place on the page.
PLACE_TAGS = ("article", "main", "header", "footer", "nav", "aside", "form", "li", "table",
              "blockquote", "figure", "section")
# The last rule that spoke on a block, as a code (the rest share one code).
RULE_CODES = {
    "in main container": 1, "outside main container": 2, "mostly links": 3, "caption": 4,
    "boilerplate phrase": 5, "in a comment section": 6, "headline (in Document.title)": 7,
    "heading with no main text under it": 8, "standfirst before the article": 9,
}
OTHER_RULE = 10
NEIGHBOURS = 2  # blocks on each side whose votes and labels are averaged
# Shape features (digits, commas, capitals, function words) are read from a
# block's first characters: they settle long before a paragraph ends, and
# reading whole long blocks char by char cost more than the rest together.
SHAPE_CHARS = 300
DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[^\W\d_]")
# Capitals of the Latin, Greek and Cyrillic alphabets (the scripts that have them).
UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-Я]")

FEATURE_NAMES: tuple[str, ...] = (
    "length", "words", "link_density", "lead_link_share", "kind", "level", "vote",
    "rule_main", "in_container", "rule", "group", "sentence_end", "stop_share", "digit_share",
    "comma_rate", "upper_share", "position", "depth", "depth_to_container",
    "container_share", "page_main_chars", "repeated", "prev_main", "next_main",
    "near_vote", "near_main", "prev_length", "next_length",
    *(f"in_{tag}" for tag in PLACE_TAGS),
)


def _frame_tables(seg: Segmentation, container: int) -> tuple[list[int], list[int], list[bool]]:
    """Per frame: depth, a bit mask of PLACE_TAGS ancestors, and whether it
    lies under the container (frames come parent first)."""
    parent, tags = seg.frames.parent, seg.frames.tag
    bit = {tag: 1 << i for i, tag in enumerate(PLACE_TAGS)}
    depth = [0] * len(parent)
    mask = [0] * len(parent)
    under = [False] * len(parent)
    for f in range(1, len(parent)):
        p = parent[f]
        depth[f] = depth[p] + 1
        mask[f] = mask[p] | bit.get(tags[f], 0)
        under[f] = f == container or under[p]
    return depth, mask, under


def _text_shape(text: str) -> tuple[float, float, float, float]:
    """(digit share, commas per 100 chars, upper-case share of letters, ends
    like a sentence), from the first SHAPE_CHARS characters. Counted by
    regex substitution, which runs in C."""
    head = text[:SHAPE_CHARS]
    n = len(head) or 1
    digits = DIGIT.subn("", head)[1]
    letters = LETTER.subn("", head)[1]
    upper = UPPER.subn("", head)[1]
    commas = head.count(",") + head.count("、") + head.count("，")
    return (digits / n, 100.0 * commas / n, upper / letters if letters else 0.0,
            1.0 if SENTENCE_END.search(text) else 0.0)


def block_rows(seg: Segmentation, container: int,
               only: list[int] | None = None) -> list[list[float]]:
    """One row of len(FEATURE_NAMES) numbers per block of the segmentation,
    after the rules have labelled them."""
    blocks: list[Block] = seg.blocks
    depth, mask, under = _frame_tables(seg, container)
    n = len(blocks)
    lengths = [effective_length(b.text) for b in blocks]
    main = [b.label is Label.MAIN for b in blocks]
    page_main = sum(length for length, m in zip(lengths, main, strict=True) if m)
    under_chars = sum(length for b, length in zip(blocks, lengths, strict=True)
                      if under[b.frame])
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.text] = seen.get(b.text, 0) + 1
    # Prefix sums of the votes and main labels: a window's mean in O(1).
    vote_sum, main_sum = [0.0], [0]
    for b, m in zip(blocks, main, strict=True):
        vote_sum.append(vote_sum[-1] + b.score)
        main_sum.append(main_sum[-1] + m)
    rows: list[list[float]] = []
    container_depth = depth[container] if container < len(depth) else 0
    for i in range(n) if only is None else only:
        b = blocks[i]
        length = lengths[i]
        stop, _ = stopword_share(b.text[:SHAPE_CHARS])
        words = b.text.count(" ") + 1
        digit, comma, upper, sentence = _text_shape(b.text)
        lo, hi = max(0, i - NEIGHBOURS), min(n, i + NEIGHBOURS + 1)
        count = hi - lo - 1
        near_vote = (vote_sum[hi] - vote_sum[lo] - b.score) / count if count else 0.0
        near_main = (main_sum[hi] - main_sum[lo] - main[i]) / count if count else 0.0
        rule = RULE_CODES.get(b.reasons[-1], OTHER_RULE) if b.reasons else 0
        frame_mask = mask[b.frame] if b.frame < len(mask) else 0
        row = [
            float(length), float(words), b.link_density,
            b.lead_link_chars / len(b.text) if b.text else 0.0,
            float(KIND_CODE[b.kind]), float(b.level), b.score,
            1.0 if main[i] else 0.0, 1.0 if under[b.frame] else 0.0, float(rule),
            float(GROUP_CODES.get(b.category, 0)), sentence, stop, digit, comma, upper,
            i / n, float(depth[b.frame]), float(depth[b.frame] - container_depth),
            under_chars / (sum(lengths) or 1), float(page_main), float(seen[b.text] - 1),
            1.0 if i > 0 and main[i - 1] else 0.0, 1.0 if i + 1 < n and main[i + 1] else 0.0,
            near_vote, near_main,
            float(lengths[i - 1]) if i > 0 else 0.0, float(lengths[i + 1]) if i + 1 < n else 0.0,
        ]
        row.extend(1.0 if frame_mask >> k & 1 else 0.0 for k in range(len(PLACE_TAGS)))
        rows.append(row)
    return rows
