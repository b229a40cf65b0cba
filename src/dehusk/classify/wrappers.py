"""Groups misread from a page wrapper's class name.

A class string that names a sidebar or an ad slot sometimes sits on the
element that wraps the whole page ("container--primary-and-secondary-columns",
"Page-ad-margins"): every block under it then inherits the group and the
article cannot win the vote. A group whose element holds most of the page's
text is not what its name says; the blocks under it take the group of the
element's parent instead. Groups that do hold most of some pages' text by
nature (a consent wall, a long comment thread) are left as they are. A
teaser group whose long text has next to no link in it is lifted too, and
so is a modal that holds every headline (h1) of the page and an article's
worth of text (min_chars): an app that opens its article as an overlay over
a stream of teasers; a popup never holds the page's headline.
"""

from __future__ import annotations

from ..model import HEADING
from ..segment.html import Segmentation
from .vocabulary import NEGATIVE_GROUPS, NEVER_CONTENT

# Teasers link to their stories: a "teaser" or "related" element holding this
# much text with next to no link in it is an article under a teaser class
# (TYPO3's news detail view in "teaserTyp3").
UNLINKED_TEASER_CHARS = 600
UNLINKED_SHARE = 0.02
# The groups a wrapper may have misread: a negative group that can be content.
LIFTABLE = NEGATIVE_GROUPS - NEVER_CONTENT


def lift_misread_wrappers(seg: Segmentation, share: float, min_chars: int) -> None:
    """Give the blocks under a wrapper holding ``share`` of the page's text
    (of at least ``min_chars``), or under an unlinked teaser group, the group
    of the wrapper's parent."""
    group, parent = seg.frames.group, seg.frames.parent
    under: dict[int, int] = {}  # root frame of a group run -> its characters
    linked: dict[int, int] = {}  # ... and the characters inside its links
    roots: dict[int, int] = {}  # frame -> its run's root (many blocks share a frame)
    total = 0
    for block in seg.blocks:
        chars = len(block.text)
        total += chars
        frame = block.frame
        if group[frame] not in LIFTABLE:
            continue
        root = roots.get(frame)
        if root is None:
            root = roots[frame] = _run_root(group, parent, frame)
        under[root] = under.get(root, 0) + chars
        linked[root] = linked.get(root, 0) + block.link_chars
    lifted = [root for root, chars in under.items()
             if (total >= min_chars and chars >= share * total)
             or (group[root] == "related" and chars >= UNLINKED_TEASER_CHARS
                 and linked[root] <= UNLINKED_SHARE * chars)]
    headline_modal = _modal_with_the_headlines(seg, min_chars)
    if headline_modal is not None:
        lifted.append(headline_modal)
    if not lifted:
        return
    for root in lifted:
        name, replacement = group[root], group[parent[root]] if parent[root] >= 0 else ""
        # Frames follow document order, a parent before its children: one
        # pass finds the run of the root's group below it.
        in_run = {root}
        for frame in range(root + 1, len(parent)):
            if parent[frame] in in_run and group[frame] == name:
                in_run.add(frame)
        for frame in in_run:
            group[frame] = replacement
    for block in seg.blocks:
        block.category = group[block.frame]  # type: ignore[assignment]


def _modal_with_the_headlines(seg: Segmentation, min_chars: int) -> int | None:
    """The root of the modal run that holds every h1 of the page (one at
    least) and ``min_chars`` of text, or None (a sign-up popup with a
    heading on a page without one stays a popup)."""
    group, parent = seg.frames.group, seg.frames.parent
    root: int | None = None
    for block in seg.blocks:
        if block.kind is not HEADING or block.level != 1:
            continue
        frame = _run_root(group, parent, block.frame)
        if group[frame] != "modal" or (root is not None and frame != root):
            return None
        root = frame
    if root is None:
        return None
    chars = sum(len(b.text) for b in seg.blocks
                if group[b.frame] == "modal" and _run_root(group, parent, b.frame) == root)
    return root if chars >= min_chars else None


def _run_root(group: list[str], parent: list[int], frame: int) -> int:
    """The outermost frame of the run of frame's group that holds it."""
    name = group[frame]
    while parent[frame] > 0 and group[parent[frame]] == name:
        frame = parent[frame]
    return frame
