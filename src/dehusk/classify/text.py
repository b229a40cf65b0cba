"""Label the blocks of a flattened page: the main text is the run of blocks
with the most prose in it.

Plain text has no containers to vote on; what it has is order. Boilerplate
sits in runs (the menu before the article, the sidebar and footer after it),
and the article is one stretch of prose, interrupted at most by captions,
image placeholders and a subheading or two. So:

1. every block gets a signed weight: prose for (long, sentence-shaped, rich
   in function words), labels, menu items, repeated lines, junk lines against;
2. the main text is the contiguous run of blocks with the highest total weight
   (Kadane's maximum-sum segment); comment sections and reply forms are walls
   the run cannot cross;
3. inside the run, lines that are boilerplate whatever their place (junk
   lines, appeals, date lines, bylines, the author box) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from ..features.block import effective_length, ends_like_sentence
from ..features.stopwords import stopword_share
from ..model import Block, BlockKind, Label
from ..options import Options
from .edges import BYLINE, MAX_BYLINE_CHARS, is_date_line
from .junk import is_junk_line

WALL = float("-inf")
# w3m and lynx show an image as its alt text in brackets; [INS::INS] etc.
PLACEHOLDER = re.compile(r"^\[[^\]]{0,120}\]$")
URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b|@\w+\.\w+")
FORM_FIELD = re.compile(r"\[\s*_*\s*\]|\(\s*\)\s|_{4,}|\[[ _]{5,}\]")
# Appeals for money, sign-ups and consent, in the main languages of the web:
# a block with two or more of these is an appeal, not article prose.
APPEAL_WORDS = re.compile(
    r"\b(?:donat\w*|one-off|readers like you|support (?:us|our)|our (?:independen\w*|journalism)|"
    r"subscri\w+|newsletter|sign up|cookies?|consent|privacy policy|all rights reserved|"
    r"click here|spende\w*|unterstütz\w*|abonn\w+|faire un don|soutenez|suscríb\w*|"
    r"dona(?:r|ción)|thank you for (?:your support|reading))\b",
    re.IGNORECASE,
)
MIN_APPEAL_HITS = 2

# Weights, in characters of the block.
LONG_PROSE = 200  # chars: a paragraph, whatever its ending
MEDIUM = 80  # chars: a sentence-shaped block this long counts as prose
MIN_STOP_SHARE = 0.12  # below this a long block is a list of names or keywords
SHORT_PENALTY = 0.6
FIXED_PENALTY = 8.0  # per short block: a run of many short items costs more
LIST_PENALTY = 1.0
PAGE_MIN_STOP_SHARE = 0.06
TAIL_START = 0.75  # share of the page's blocks
TAIL_FLOOR = 0.5
# A comment heading inside the run of prose cuts it when this much of the
# article's prose (chars, or share of the run's) comes before it.
MIN_PROSE_BEFORE_COMMENTS = 400.0
ARTICLE_SHARE = 0.3
# Under this, the run found is not an article; on a page this small, all is.
MIN_RUN_CHARS = 150
SMALL_PAGE_CHARS = 3_000  # short list items (menus) cost more than short paragraphs


def _repeats(blocks: list[Block]) -> Counter[str]:
    return Counter(b.text.lower() for b in blocks if len(b.text) < 200)


def block_weight(block: Block, repeated: int, favor_shift: float,
                 stop_words_known: bool = True) -> tuple[float, str]:
    text = block.text
    length = float(effective_length(text))
    if PLACEHOLDER.match(text):
        return -2.0, "image or placeholder"
    if repeated > 1:
        return -length - FIXED_PENALTY, f"repeated {repeated} times on the page"
    if is_junk_line(text):
        return -length - FIXED_PENALTY, "boilerplate line"
    if FORM_FIELD.search(text):
        return -length - FIXED_PENALTY, "form field"
    share, words = stopword_share(text)
    if not stop_words_known:
        share = 1.0  # a language without function words in our lists: length decides
    sentence = ends_like_sentence(text) and words > 3
    urls = len(URLISH.findall(text))
    if urls and urls * 40 > length:
        return -length, "addresses"
    if length >= LONG_PROSE and (share >= MIN_STOP_SHARE or words < 8):
        return length * (1 + favor_shift), "long prose"
    if length >= MEDIUM and sentence and share >= MIN_STOP_SHARE:
        return length * (0.8 + favor_shift), "sentence"
    if sentence and share >= 0.2 and words >= 6:
        return length * (0.3 + favor_shift), "short sentence"
    penalty = LIST_PENALTY if block.kind is BlockKind.LIST_ITEM else SHORT_PENALTY
    penalty = max(0.1, penalty - favor_shift)
    return -penalty * length - FIXED_PENALTY, "short, not prose"


def page_has_stop_words(blocks: list[Block]) -> bool:
    """Is the page in a language our function-word lists cover? Measured on
    its longer blocks, where prose is; a page of Korean or Arabic scores
    near nothing, and then the share is no evidence either way."""
    long_text = " ".join(b.text for b in blocks if len(b.text) >= 80)
    if not long_text:
        return True
    share, words = stopword_share(long_text)
    return words < 20 or share >= PAGE_MIN_STOP_SHARE


def best_run(weights: list[float]) -> tuple[int, int]:
    """[start, end) of the contiguous run with the highest sum (walls excluded)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if w == WALL:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


FAVOR_SHIFT = {"balanced": 0.0, "precision": -0.25, "recall": 0.3}


def weigh_blocks(blocks: list[Block], options: Options) -> list[float]:
    """Every block's signed weight, with its reason appended to the block."""
    counts = _repeats(blocks)
    known = page_has_stop_words(blocks)
    shift = FAVOR_SHIFT.get(options.favor, 0.0)
    weights: list[float] = []
    n = max(1, len(blocks) - 1)
    for i, block in enumerate(blocks):
        weight, reason = block_weight(block, counts[block.text.lower()], shift, known)
        tail = (i / n - TAIL_START) / (1 - TAIL_START)
        if weight > 0 and tail > 0:
            # Footers end pages: prose there (disclaimers, contact and legal
            # notes) counts less, down to TAIL_FLOOR at the last block.
            weight *= 1 - (1 - TAIL_FLOOR) * tail
        block.score = weight
        block.reasons.append(f"{reason} ({weight:+.0f})")
        weights.append(weight)
    return weights


def _prose(weights: list[float], start: int, end: int) -> float:
    return sum(w for w in weights[start:end] if w > 0)


def accept_zones(zones: list[tuple[int, int]], weights: list[float]) -> list[tuple[int, int]]:
    """Comment sections that really follow the article. A "comments" line
    before the run of prose is a link or a counter in the page head, and one
    that would leave the article with little of its prose is a label inside it."""
    start, end = best_run(weights)
    total = _prose(weights, start, end)
    accepted = []
    for head, stop in zones:
        if head <= start:
            continue
        before = _prose(weights, start, min(head, end))
        if head >= end or before >= min(MIN_PROSE_BEFORE_COMMENTS, ARTICLE_SHARE * total):
            accepted.append((head, stop))
    return accepted


def classify_text(blocks: list[Block], options: Options, zones: list[tuple[int, int]],
                  forms: set[int]) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """Label every block; returns the [start, end) of the main run and the
    comment sections taken as such."""
    weights = weigh_blocks(blocks, options)
    zones = accept_zones(zones, weights)
    walls = set(forms)
    for head, stop in zones:
        walls.update(range(head, stop))
    walled = [WALL if i in walls else w for i, w in enumerate(weights)]
    start, end = best_run(walled)
    for i, block in enumerate(blocks):
        if i in walls:
            block.reasons.append("comment section or reply form")
        if start <= i < end:
            block.label = Label.MAIN
            block.reasons.append("in the run of most prose")
        elif block.label is Label.UNDECIDED:
            block.label = Label.BOILERPLATE
            block.reasons.append("outside the run of most prose")
    _drop_inside(blocks[start:end])
    return (start, end), zones


def recall_small_page(blocks: list[Block]) -> bool:
    """When the run of prose is empty or a line, a small page is its own
    text (a note, a test page, a one-paragraph post): keep every block that
    is not boilerplate by itself. Returns whether it did."""
    candidates = [b for b in blocks if b.label is not Label.COMMENT
                  and not PLACEHOLDER.match(b.text) and not is_junk_line(b.text)
                  and not FORM_FIELD.search(b.text)]
    if not candidates or sum(len(b.text) for b in candidates) > SMALL_PAGE_CHARS:
        return False
    for block in candidates:
        block.label = Label.MAIN
        block.reasons.append("small page: all of it is its text")
    return True


def _drop(block: Block, reason: str) -> None:
    block.label = Label.BOILERPLATE
    block.reasons.append(reason)


def _drop_inside(run: list[Block]) -> None:
    for block in run:
        text = block.text
        if PLACEHOLDER.match(text):
            _drop(block, "image placeholder")
        elif is_junk_line(text):
            _drop(block, "boilerplate line")
        elif is_date_line(text):
            _drop(block, "date line (in Document.date)")
        elif len(text) <= MAX_BYLINE_CHARS and BYLINE.match(text):
            _drop(block, "byline (in Document.authors)")
        elif len(APPEAL_WORDS.findall(text)) >= MIN_APPEAL_HITS:
            _drop(block, "appeal (donation, sign-up, consent)")
    # Short blocks at the ends of the run are labels that rode in on a
    # neighbour's weight (a dateline, "Advertisement", a photo credit).
    kept = [b for b in run if b.label is Label.MAIN]
    for edge in (kept, kept[::-1]):
        for block in edge:
            if block.score > 0:
                break
            _drop(block, "short block at the edge of the main text")
