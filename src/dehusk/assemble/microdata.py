"""The page's census, told also whether the page has microdata at all.

The comment and forum selector lists name schema.org microdata
(`[itemprop="comment"]`, `[itemtype*="DiscussionForumPosting"]` ...) beside
class names, and about half of the aeb pages carry no `itemprop` or
`itemtype` attribute anywhere: one query (a walk testing two attribute
names) tells, and on those pages the microdata alternatives are dropped
before each query, as the census drops class names the page lacks. The
result is the same: an alternative that cannot match adds nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from ..segment.census import Census, requirements

MICRODATA_ATTRIBUTE = re.compile(r"\[\s*item(?:prop|type)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=512)  # alternatives are constants of the code
def _needs_microdata(alternative: str) -> bool:
    return MICRODATA_ATTRIBUTE.search(alternative) is not None


@dataclass(frozen=True, slots=True)
class MicrodataCensus(Census):
    """A Census that also knows the page has no itemprop/itemtype attribute."""

    def alternatives(self, selector: str) -> list[str]:
        # An alternative the census can rule on (need not None) has no
        # pseudo-class such as :not(), so its microdata test is a plain
        # requirement that no element of this page meets.
        return [alt for alt, need in requirements(selector)
                if self.allows(need) and not (need is not None and _needs_microdata(alt))]


def with_microdata(census: Census | None, tree: LexborHTMLParser) -> Census | None:
    """`census`, narrowed also by the microdata the page lacks."""
    if census is None or tree.css_first("[itemprop], [itemtype]") is not None:
        return census
    return MicrodataCensus(census.classes, census.class_text, census.class_raw)
