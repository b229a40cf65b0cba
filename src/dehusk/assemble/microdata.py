"""The page's census, told also whether the page has microdata at all.

The comment and forum selector lists name schema.org microdata
(`[itemprop="comment"]`, `[itemtype*="DiscussionForumPosting"]` ...) beside
class names, and about half of the aeb pages carry no `itemprop` or
`itemtype` attribute anywhere: the segmentation walk, which reads every
element's attributes (a <br>'s aside, as for the class census), and the
census, which queries the subtrees the walk did not enter, tell (a query of
the whole tree cost a sixtieth of the extraction; the answers agree on all
1,301 development pages). On those pages the microdata alternatives are dropped before
each query, as the census drops class names the page lacks. The result is
the same: an alternative that cannot match adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..segment.census import Census


@dataclass(frozen=True, slots=True)
class MicrodataCensus(Census):
    """A Census that also knows the page has no itemprop/itemtype attribute:
    Census.alternatives drops the alternatives that test one
    (Requirement.microdata)."""

    lacks_microdata: ClassVar[bool] = True


def with_microdata(census: Census | None) -> Census | None:
    """`census`, narrowed also by the microdata the page lacks (the walk and
    the census saw every element's attributes: Census.microdata)."""
    if census is None or census.microdata:
        return census
    return MicrodataCensus(census.classes, census.class_text, census.class_raw, False)
