"""The byline selector list, matched with fewer tests per element.

A lexbor query walks the whole tree and tests every selector of its list on
every element; a substring test (`[class*="autor" i]`, `a[href*="/autor/"]`)
reads the whole attribute value each time. The byline list holds eleven of
them and cost most of the metadata stage (aeb: 4.1 of 5.1 Minstr a page).
Here the words that share a stem are tested once, by the stem ("aut" for
author, autor and auteur; "/aut" for the six author paths), and the matches
are narrowed in Python to the words themselves.

The result is the byline list's own, duplicates included: lexbor reports an
element once per selector of the list it matches (consecutively), and the
caller reads every report. The widened list matches every element the byline
list does; an element's count under the byline list is its count under the
widened one, less the widened tests it passes, plus the byline list's
substring tests it passes (both counted in Python, folding case as lexbor
does: ASCII letters only). An element whose link Python cannot read as
lexbor does (a namespaced xlink:href), or whose counts do not add up, gets
its count from the byline list itself (one more query, on such pages only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

# The selectors of the byline list that are not substring tests: rel and
# itemprop values, class tokens (either case on a quirks-mode page).
OTHER_SELECTORS = '[rel="author"], [itemprop="author"], .vcard .fn:not(.org), .submitted'
# Substring tests of the byline list: class words in either case (lexbor's
# " i"), class words as written, link paths of <a>.
CLASS_WORDS_ANY_CASE = ("byline", "author", "autor")
CLASS_WORDS = ("auteur", "writer")
AUTHOR_PATHS = ("/author/", "/autor/", "/autoren/", "/auteur/", "/autore/", "/autores/")
BYLINE_SELECTOR = ", ".join((
    '[rel="author"], [itemprop="author"], [class*="byline" i]',
    # an hCard "fn org" names a place or a body (an infobox), not a byline
    '.vcard .fn:not(.org), [class*="author" i], [class*="autor" i], [class*="auteur"]',
    '[class*="writer"], .submitted',
    *(f'a[href*="{path}"]' for path in AUTHOR_PATHS),
))
# The same with the substring tests widened to their stems (all three
# "aut..." class words, all six paths): the same other selectors, then
# these four tests.
WIDE_CLASS_WORDS_ANY_CASE = ("byline", "aut")
WIDE_CLASS_WORDS = ("writer",)
WIDE_PATHS = ("/aut",)
WIDE_SELECTOR = (f'{OTHER_SELECTORS}, [class*="byline" i], [class*="aut" i], '
                 '[class*="writer"], a[href*="/aut"]')


def _folded(value: str) -> str:
    """The value with ASCII letters in lower case, as lexbor folds them
    (str.lower() changes other letters too: "İ" -> "i̇")."""
    if value.isascii():
        return value.lower()
    return value.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _tests_passed(node: LexborNode, any_case: tuple[str, ...], as_written: tuple[str, ...],
                  paths: tuple[str, ...]) -> int | None:
    """How many of these substring tests the element passes: a class word
    in either case, a class word as written, an <a>'s link path. None when
    its link is an attribute Python does not read as lexbor does."""
    attrs = node.attributes
    passed = 0
    cls = attrs.get("class")
    if cls:
        folded = _folded(cls)
        passed += sum(word in folded for word in any_case) + sum(word in cls for word in as_written)
    if node.tag == "a":
        if any(":" in name and name.endswith("href") for name in attrs):
            return None  # xlink:href: lexbor's [href] reads it
        href = attrs.get("href")
        if href:
            passed += sum(path in href for path in paths)
    return passed


def byline_nodes(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """The matches of BYLINE_SELECTOR, as tree.css() reports them (lazily: a
    caller that stops early leaves the rest untested)."""
    listed: Counter[int] | None = None
    wide = tree.css(WIDE_SELECTOR)
    i = 0
    while i < len(wide):
        node = wide[i]
        reports = 1
        while i + reports < len(wide) and wide[i + reports].mem_id == node.mem_id:
            reports += 1
        i += reports
        widened = _tests_passed(node, WIDE_CLASS_WORDS_ANY_CASE, WIDE_CLASS_WORDS, WIDE_PATHS)
        own = _tests_passed(node, CLASS_WORDS_ANY_CASE, CLASS_WORDS, AUTHOR_PATHS)
        if widened is None or own is None or widened > reports:
            if listed is None:
                listed = Counter(n.mem_id for n in tree.css(BYLINE_SELECTOR))
            count = listed[node.mem_id]
        else:
            count = reports - widened + own
        for _ in range(count):
            yield node
