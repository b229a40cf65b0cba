"""Which class words a page has, to narrow CSS queries.

lexbor tests every alternative of a selector list against every element of
the tree, and that, not the walk, is what a query costs: on the aeb pages
a class alternative costs about 20 times a walk with one tag selector. The
comment and forum stages query lists of dozens of alternatives, most of them
class names that a given page never uses. The segmentation walk reads every
element's attributes anyway; it keeps their class strings, and the census
built from them drops, before a query, each alternative that names a class
word no element of the page has. The query's result is the same: an alternative that cannot
match adds nothing to it. (Attribute names were measured too: collecting
them cost about what they spared.)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

# The parts of one alternative the census can rule on. Anything else
# (pseudo-classes, escapes, namespaces) makes the alternative unconditional.
ATTRIBUTE = re.compile(
    r"""\[\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]*)))?"""
    r"""\s*([iIsS])?\s*\]"""
)
CLASS_NAME = re.compile(r"\.([A-Za-z_-][A-Za-z0-9_-]*)")
UNKNOWN_SYNTAX = re.compile(r"[:\\|()]")
# An alternative that tests schema.org microdata attributes (MicrodataCensus).
MICRODATA_ATTRIBUTE = re.compile(r"\[\s*item(?:prop|type)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Requirement:
    """What an alternative needs somewhere on the page to match at all."""

    classes: frozenset[str]  # class words (lower case)
    class_parts: tuple[str, ...]  # strings a class attribute must contain (lower case)
    # The same strings as written, for the tests without the `i` flag: lexbor
    # compares attribute values with case ("[class*='Title']" is not "title").
    exact_parts: tuple[str, ...] = ()
    # Whether it tests an itemprop or itemtype attribute (such an alternative
    # has no pseudo-class, so the test is a plain requirement).
    microdata: bool = False


@functools.lru_cache(maxsize=256)  # selectors are constants of the code
def requirements(selector: str) -> tuple[tuple[str, Requirement | None], ...]:
    """The alternatives of a selector list, each with its requirement (None:
    the census cannot rule on it, it is always kept). A list whose commas
    do not all separate alternatives (one inside a quoted value) is kept
    whole."""
    alternatives = [part.strip() for part in selector.split(",")]
    if not all(_balanced(alt) for alt in alternatives):
        return ((selector, None),)
    return tuple((alt, _requirement(alt)) for alt in alternatives if alt)


def _balanced(alternative: str) -> bool:
    return (alternative.count("[") == alternative.count("]")
            and alternative.count("(") == alternative.count(")")
            and alternative.count('"') % 2 == 0 and alternative.count("'") % 2 == 0)


def _requirement(alternative: str) -> Requirement | None:
    bare = ATTRIBUTE.sub(" ", alternative)
    if "[" in bare or "]" in bare or '"' in bare or "'" in bare or UNKNOWN_SYNTAX.search(bare):
        return None
    parts = []
    exact = []
    for match in ATTRIBUTE.finditer(alternative):
        name = match.group(1).lower()
        value = next((v for v in match.groups()[1:4] if v is not None), "")
        # A value without spaces lies inside one class word, whatever the
        # operator; lower case covers the case-insensitive flag too.
        if name == "class" and value and not any(c.isspace() for c in value):
            parts.append(value.lower())
            if match.group(5) not in ("i", "I"):
                exact.append(value)
    classes = frozenset(name.lower() for name in CLASS_NAME.findall(bare))
    return Requirement(classes, tuple(parts), tuple(exact),
                       MICRODATA_ATTRIBUTE.search(alternative) is not None)


@dataclass(frozen=True, slots=True)
class Census:
    """The class words of every element of a page."""

    classes: frozenset[str]  # lower case: quirks mode matches classes without case
    class_text: str  # the class words joined by spaces, for substring tests
    # The class strings as written, joined by spaces (None: not known), for
    # the tests of attribute values, which keep case.
    class_raw: str | None = None
    # Whether an element of the page has an itemprop or itemtype attribute
    # (True when not known).
    microdata: bool = True
    # MicrodataCensus: the page has no itemprop or itemtype attribute.
    lacks_microdata: ClassVar[bool] = False

    def alternatives(self, selector: str) -> list[str]:
        """The alternatives of `selector` that can match on this page: the
        census rules out those whose Requirement the page does not meet
        (one loop, no call per alternative: the comment and forum stages ask
        about 80 a page)."""
        classes, text, raw = self.classes, self.class_text, self.class_raw
        no_microdata = self.lacks_microdata
        kept = []
        for alt, need in requirements(selector):
            if need is not None:
                if (no_microdata and need.microdata) or not need.classes <= classes:
                    continue
                if need.class_parts and not _all_in(need.class_parts, text):
                    continue
                if raw is not None and need.exact_parts and not _all_in(need.exact_parts, raw):
                    continue
            kept.append(alt)
        return kept

    def narrow(self, selector: str) -> str:
        """The alternatives of `selector` that can match on this page, as one
        list ("" if none)."""
        return ", ".join(self.alternatives(selector))


def _all_in(parts: tuple[str, ...], text: str) -> bool:
    for part in parts:
        if part not in text:
            return False
    return True


def take_census(tree: LexborHTMLParser, seen: set[str | None],
                skipped: Iterable[LexborNode], microdata: bool = True) -> Census:
    """The census from the class strings the walk read (`seen`, None for an
    element without one), the subtrees it did not enter (hidden elements,
    <pre>, data tables), and what lies outside <body>, where it starts.
    `microdata`: whether an element the walk read has an itemprop or
    itemtype attribute; the census looks for one in the rest of the page."""
    strings = set(seen)
    outside = list(skipped)
    html = tree.root
    if html is not None:
        strings.add(html.attributes.get("class"))
        microdata = microdata or _has_microdata(html.attributes)
        child = html.first_child if tree.body is not None else None
        while child is not None:
            if child.tag == "body":
                strings.add(child.attributes.get("class"))
                microdata = microdata or _has_microdata(child.attributes)
            elif child.tag and child.tag[0] != "-":
                outside.append(child)
            child = child.next
    for node in outside:
        if microdata:
            strings.update(match.attributes.get("class") for match in node.css("[class]"))
            continue
        for match in node.css("[class], [itemprop], [itemtype]"):
            attrs = match.attributes
            strings.add(attrs.get("class"))
            microdata = microdata or _has_microdata(attrs)
    strings.discard(None)
    raw = " ".join(strings)  # type: ignore[arg-type]
    classes = frozenset(raw.lower().split())
    return Census(classes, " ".join(classes), raw, microdata)


def _has_microdata(attrs: dict[str, str | None]) -> bool:
    return "itemprop" in attrs or "itemtype" in attrs


def css(scope: LexborHTMLParser | LexborNode, selector: str,
        census: Census | None) -> list[LexborNode]:
    """scope.css(selector) without the alternatives the page cannot match."""
    if census is None:
        return scope.css(selector)
    narrowed = census.narrow(selector)
    return scope.css(narrowed) if narrowed else []


def css_first(scope: LexborHTMLParser | LexborNode, selector: str,
              census: Census | None) -> LexborNode | None:
    """scope.css_first(selector), narrowed like css()."""
    if census is None:
        return scope.css_first(selector)
    narrowed = census.narrow(selector)
    return scope.css_first(narrowed) if narrowed else None
