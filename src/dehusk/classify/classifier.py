"""Label blocks: a container vote, then per-block rules inside the winner.

1. Every block casts a signed vote, in characters: prose for, boilerplate
   (vocabulary groups, link lists, short labels) against.
2. Each frame (block-level element) sums the votes of the blocks under it;
   the frame with the highest sum is the main container. The sum rewards a
   container that holds the whole article (split sections included) and
   punishes one that also holds sidebars and footers.
3. Inside the container, blocks are kept unless a rule drops them; outside,
   they are boilerplate. Each decision appends its reason to the block.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..features.block import effective_length, ends_like_sentence, reads_like_sentence
from ..model import (
    BOILERPLATE,
    CAPTION,
    COMMENT,
    HEADING,
    IMAGE,
    LIST_ITEM,
    MAIN,
    PARAGRAPH,
    QUOTE,
    Block,
)
from ..options import Options
from ..segment.html import Segmentation
from .edges import (
    drop_orphan_headings,
    keep_lead_after_headline,
    keep_standfirst,
    trim_edges,
    trim_head,
    trim_promo_tail,
    trim_tail,
)
from .junk import is_junk_line
from .learned import refine
from .thresholds import BY_FAVOR, Thresholds
from .vocabulary import NEGATIVE_GROUPS, NEUTRAL_GROUPS, NEVER_CONTENT, STRONG_CONTENT
from .wrappers import lift_misread_wrappers


def block_vote(block: Block, th: Thresholds, strict: bool = True) -> tuple[float, str]:
    """The signed vote of one block and the rule that set it."""
    # Called for every block of the page (twice on a recall pass): the
    # block's fields are read once, and ASCII text skips effective_length.
    text, kind, category = block.text, block.kind, block.category
    length = len(text)
    if not text.isascii():
        length = effective_length(text)
    if category == "caption" or kind is CAPTION:
        # A picture's caption belongs to the article it illustrates: it
        # neither makes nor breaks a container (against, it stopped the climb
        # from a how-to's intro to its steps, each box with its picture). It
        # is still dropped from the text.
        return 0.0, "caption (neutral)"
    if category:  # (most blocks are in no group)
        if category in NEGATIVE_GROUPS and (strict or category in NEVER_CONTENT):
            return -th.boilerplate_penalty * length, f"group:{category}"
        if category in NEUTRAL_GROUPS and length < th.embed_max_neutral_chars:
            # An embed neither makes nor breaks a container (an Instagram
            # widget in a sidebar must not attract the vote). A paragraph
            # longer than any embedded post's caption is the page's own text
            # under a misapplied class (a whole post in "instagram-media").
            return 0.0, f"group:{category} (neutral)"
    if kind is HEADING or kind is IMAGE:
        return 0.0, "heading"
    density = block.link_chars / len(text) if text else 0.0  # Block.link_density
    if density > th.max_link_density:
        return -float(length), f"link-density {density:.2f}"
    if (strict and block.lead_link_chars >= th.teaser_headline_chars
            and kind is not QUOTE):
        return -float(length), "starts with a headline link (teaser)"
    if length >= th.long_block_chars and density <= th.long_block_max_link_density:
        return float(length), "long text"
    if length < th.short_block_chars:
        return -th.short_penalty * length, "short"
    if ends_like_sentence(text) and " " in text.strip():  # reads_like_sentence
        return th.sentence_weight * length, "sentence"
    return -th.non_sentence_penalty * length, "not a sentence"


# Elements that hold a block of text but are never the article container.
LEAF_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd pre figcaption caption address summary legend".split()
)


def container_scores(
    seg: Segmentation, votes: list[float]
) -> tuple[list[float], list[float], list[float]]:
    """Two sums of the votes of the blocks under each frame: the plain one,
    and a local one where a vote counts less the further up it travels
    (1, 1/2, 1/3 ...), so the element that directly holds the prose wins
    over the page wrapper that also holds a rail of teasers.

    Each vote is added to every frame on its way up to the root. numpy
    climbs all blocks at once, a level per step; the additions, laid out
    block by block and nearest frame first, are summed by bincount, which
    adds them one after the other in that order: the same additions in the
    same order as a climb per block (the sums stay bit for bit)."""
    size = len(seg.frames.parent)
    vote = np.array(votes, dtype=np.float64)
    counted = np.flatnonzero(vote)
    if not counted.size:
        return [0.0] * size, [0.0] * size, [0.0] * size
    vote = vote[counted]
    tags = seg.frames.tag
    first = [block.frame for block in seg.blocks]
    start = np.array(first, dtype=np.intp)[counted]
    paragraph = np.array([tags[frame] in LEAF_TAGS for frame in first], dtype=bool)[counted]
    # The parent of the root is -1, and so is the parent of -1 (the last entry).
    parent = np.array([*seg.frames.parent, -1], dtype=np.intp)
    levels = [start]
    while True:
        up = parent[levels[-1]]
        if up.max() < 0:
            break
        levels.append(up)
        if len(levels) * counted.size > MAX_CLIMB_CELLS:
            # The arrays take blocks x depth cells: on a page built to be
            # deep (thousands of paragraphs under 2,000 nested elements)
            # that is gigabytes. Such a page climbs block by block instead.
            return _climb_each_block(seg, votes)
    frames = np.stack(levels, axis=1)  # a row per block: its frame, parent ...
    # A paragraph is not a container: its vote goes to it (the plain sums)
    # and to its parent in full, as in Readability's candidate scoring. The
    # local share counts from 1 at the block's frame, or at a paragraph's
    # parent (0 at the paragraph: no local share).
    distance = np.arange(1, len(levels) + 1) - paragraph[:, None]
    weight = np.broadcast_to(vote[:, None], frames.shape)
    on_path = frames >= 0
    index, weight, distance = frames[on_path], weight[on_path], distance[on_path]
    total = np.bincount(index, weights=weight, minlength=size)
    # x - vote is x + (-vote) exactly; adding 0.0 for a positive vote leaves
    # a sum as it was.
    against = np.bincount(index, weights=np.where(weight < 0, -weight, 0.0), minlength=size)
    local_share = distance > 0
    local = np.bincount(index[local_share], weights=weight[local_share] / distance[local_share],
                        minlength=size)
    return total.tolist(), local.tolist(), against.tolist()


# Cells of the blocks x depth arrays of container_scores (8 bytes each, a
# few arrays): 4 million is about 150 MB at the peak. The 1,301 development
# pages need at most 60,552; a page built to be deep needs gigabytes.
MAX_CLIMB_CELLS = 4_000_000


def _climb_each_block(seg: Segmentation, votes: list[float]
                      ) -> tuple[list[float], list[float], list[float]]:
    """container_scores' sums, one block at a time: the same additions in
    the same order, in memory of the frames alone."""
    parent, tags = seg.frames.parent, seg.frames.tag
    total = [0.0] * len(parent)
    local = [0.0] * len(parent)
    against = [0.0] * len(parent)
    for block, vote in zip(seg.blocks, votes, strict=True):
        if vote == 0.0:
            continue
        frame = block.frame
        if tags[frame] in LEAF_TAGS:
            total[frame] += vote
            if vote < 0:
                against[frame] -= vote
            frame = parent[frame]
        distance = 1
        while frame >= 0:
            total[frame] += vote
            if vote < 0:
                against[frame] -= vote
            local[frame] += vote / distance
            frame = parent[frame]
            distance += 1
    return total, local, against


def climb(parent: list[int], total: list[float], against: list[float], core: int,
          th: Thresholds) -> int:
    """Move up from the core while the enclosing element adds enough prose
    for the boilerplate it adds: wrappers around the article, and parts of
    it in sibling containers, join; a parent that adds a sidebar stops it.
    With a lookahead over 1 the climb goes past levels that cost a little
    (a "Step 2" label between two halves of a recipe) to an ancestor that
    gains more above them."""
    best, frame, losing = core, core, 0
    while losing < th.climb_lookahead:
        up = parent[frame]
        if up <= 0:
            break
        frame = up
        added_against = against[up] - against[best]
        added_for = (total[up] - total[best]) + added_against
        if added_for >= th.climb_ratio * added_against + th.climb_min_gain:
            best, losing = up, 0
        else:
            losing += 1
    return best


def marked_root(seg: Segmentation, total: list[float], against: list[float], core: int,
                th: Thresholds) -> int:
    """The outermost element around the core that the page marks as its
    article body (entry-content, articleBody ...), when the vote stopped
    inside it: a body with link lists or show notes in it costs votes, but
    the page says where its text is. Link lists inside are still dropped
    block by block."""
    parent, group = seg.frames.parent, seg.frames.group
    if group[core] != STRONG_CONTENT:
        return core
    frame = core
    while parent[frame] > 0 and group[parent[frame]] == STRONG_CONTENT:
        frame = parent[frame]
    if frame == core:
        return core
    prose_core = total[core] + against[core]
    prose_root = total[frame] + against[frame]
    # The prose the root adds must outweigh what it adds against, by
    # marked_root_ratio; the sweep chose 0, so a marked body is always taken
    # whole (its link lists are dropped block by block afterwards).
    if prose_root - prose_core >= th.marked_root_ratio * (against[frame] - against[core]):
        return frame
    return core


def expand_to_siblings(seg: Segmentation, total: list[float], core: int,
                       th: Thresholds) -> list[int]:
    """The core container plus the siblings that continue it (an article
    split over several sections with an ad slot between them)."""
    parent = seg.frames.parent
    top = parent[core]
    if top < 0:
        return [core]
    floor = max(th.sibling_min_chars, th.sibling_ratio * total[core])
    return [f for f in range(top + 1, len(parent))
            if parent[f] == top and (f == core or total[f] >= floor)]


def subtree_members(parent: list[int], tops: list[int]) -> list[bool]:
    """inside[f] is True when frame f is one of `tops` or below one (frames
    are in document order, so a parent always precedes its children)."""
    inside = [False] * len(parent)
    for top in tops:
        inside[top] = True
    for frame in range(min(tops) + 1, len(parent)):
        p = parent[frame]
        if p >= 0 and inside[p]:
            inside[frame] = True
    return inside


def _under_list_item(parent: list[int], tags: list[str], frame: int) -> bool:
    """A list item is above the frame (not the frame itself): a paragraph
    there is a list entry's summary (a stream of teasers beside the
    article), not stray prose of the article to rescue. A list item itself
    (a footnote) is not below one."""
    frame = parent[frame]
    while frame >= 0:
        if tags[frame] == "li":
            return True
        frame = parent[frame]
    return False


# A paragraph this long, almost without links, that ends like a sentence is
# written text, not a menu entry: inside the container it is the article's
# own section under a misread name (id "toc-title-3", the anchor a table of
# contents points to). Only the label: the container vote still counts it
# against (a mega-menu with blurbs must not attract the vote). Swept on the
# three sets: 100-200 and 0.1-0.2 change the same page, 300 none.
MENU_PROSE_CHARS = 150
MENU_PROSE_MAX_LINK_DENSITY = 0.1


def _prose_under_menu(block: Block) -> bool:
    """A block in the navigation group that reads as the page's prose."""
    return (block.kind is PARAGRAPH
            and len(block.text) >= MENU_PROSE_CHARS
            and block.link_density <= MENU_PROSE_MAX_LINK_DENSITY
            and reads_like_sentence(block))


def classify(seg: Segmentation, options: Options, *, container: int | None = None,
             strict: bool = True, spread: bool = False) -> int:
    """Label every block of the segmentation; returns the chosen container frame.

    ``strict=False`` ignores the class/id vocabulary and the teaser rule (the
    recall pass: some sites mark their whole article with a token we read as
    boilerplate, or write it as a list of linked items). ``spread=True`` is
    for pages whose content is spread over several containers by nature
    (products, recipes, events): the climb looks further up."""
    th = BY_FAVOR[options.favor]
    if spread:
        th = replace(th, climb_lookahead=th.spread_climb_lookahead,
                     short_penalty=th.spread_short_penalty,
                     non_sentence_penalty=th.spread_non_sentence_penalty)
    if strict:
        lift_misread_wrappers(seg, th.wrapper_share, th.wrapper_min_chars)
    blocks = seg.blocks
    votes: list[float] = []
    append = votes.append
    for block in blocks:
        vote, reason = block_vote(block, th, strict)
        block.score = vote
        block.reasons = [reason]
        append(vote)
    if container is None:
        total, local, against = container_scores(seg, votes)
        container = max(range(len(local)), key=local.__getitem__) if local else 0
        container = climb(seg.frames.parent, total, against, container, th)
        container = marked_root(seg, total, against, container, th)
        tops = expand_to_siblings(seg, total, container, th)
    else:
        tops = [container]
    inside = subtree_members(seg.frames.parent, tops)
    parent, tags = seg.frames.parent, seg.frames.tag
    rescue_vote = th.rescue_vote
    for block in blocks:
        frame = block.frame
        if inside[frame] or (block.score >= rescue_vote
                             and not _under_list_item(parent, tags, frame)):
            label_block(block, True, th, strict)
        else:  # label_block's first case, inline: most blocks of a page are outside
            block.label = BOILERPLATE
            block.reasons.append("outside main container")
    keep_standfirst(seg.blocks, th.standfirst_lookback, th.standfirst_min_chars)
    keep_lead_after_headline(seg.blocks)
    trim_edges(seg.blocks)
    trim_promo_tail(seg.blocks)
    trim_tail(seg.blocks)
    trim_head(seg.blocks)
    drop_orphan_headings(seg.blocks)
    if options.learned:
        refine(seg, container, th.model_keep_at, th.model_drop_under)
        drop_orphan_headings(seg.blocks)
    return container


# Characters of its own words (outside its links) that make a list entry in
# the container more than a link: a reference, a changelog line, "Resolved
# bug 1234: the crash on startup". Swept on the three sets: 10 lets more
# menu lines in on trafilatura-eval, 30 loses references on readability-pages.
ENTRY_OWN_CHARS = 20
# The same for a paragraph that reads as a sentence: prose that links most
# of its phrases still has this many characters of its own (swept on the
# three sets: 60 loses a page on trafilatura-eval, 80 and 100 change the same
# pages, 120 and 150 only one of them).
PARAGRAPH_OWN_CHARS = 100


def _written_around_links(block: Block) -> bool:
    """A list entry with words of its own beside its links: the article's
    list (references, release notes), not a list of links (a headline
    link alone, "Tags: a, b"); or a sentence paragraph that links many of
    its phrases, not a line of links."""
    if block.kind is PARAGRAPH:
        return (len(block.text) - block.link_chars >= PARAGRAPH_OWN_CHARS
                and reads_like_sentence(block))
    return (block.kind is LIST_ITEM
            and len(block.text) - block.link_chars >= ENTRY_OWN_CHARS)


def label_block(block: Block, in_container: bool, th: Thresholds, strict: bool) -> None:
    if not in_container:
        block.label = BOILERPLATE
        block.reasons.append("outside main container")
        return
    category, kind, text = block.category, block.kind, block.text
    if category == "comments":
        block.label = COMMENT
        block.reasons.append("in a comment section")
    elif (category in NEGATIVE_GROUPS and (strict or category in NEVER_CONTENT)
          and not (category == "navigation" and _prose_under_menu(block))):
        block.label = BOILERPLATE
        block.reasons.append(f"boilerplate group {category}")
    elif (kind is not HEADING and text
          and block.link_chars / len(text) > th.max_link_density  # Block.link_density
          and not _written_around_links(block)):
        block.label = BOILERPLATE
        block.reasons.append("mostly links")
    elif kind is CAPTION:
        block.label = BOILERPLATE
        block.reasons.append("caption")
    elif is_junk_line(text):
        block.label = BOILERPLATE
        block.reasons.append("boilerplate phrase")
    else:
        block.label = MAIN
        block.reasons.append("in main container")
