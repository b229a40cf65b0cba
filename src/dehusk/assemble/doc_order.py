"""Sort a few elements into document order without listing the whole tree.

The comment items of a page are a handful of elements; ranking them by
their index in `scope.css("*")` built a wrapper and a dict entry for every
element of the page. Here each element's key is the path of child indices
from the scope down to it, and only the children of the elements on those
paths are counted. Paths compare as the preorder does: a parent's path is a
prefix of its children's, and a prefix sorts first.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

# The key of the scope itself and of an element outside it. In the index
# of scope.css("*") both had rank 0 (the scope is first, the others were
# missing and defaulted to 0); the sort is stable, so they keep their order.
FIRST: tuple[int, ...] = (-1,)


def in_document_order(nodes: list[LexborNode],
                      scope: LexborHTMLParser | LexborNode) -> list[LexborNode]:
    """`nodes` sorted as `scope.css("*")` lists them; the scope itself and
    nodes outside it come first, in their given order."""
    stop = scope.mem_id if isinstance(scope, LexborNode) else None
    children: dict[int, dict[int, int]] = {}
    return sorted(nodes, key=lambda node: _path(node, stop, children))


def _path(node: LexborNode, stop: int | None,
          children: dict[int, dict[int, int]]) -> tuple[int, ...]:
    """Child indices from `stop` (None: the document) down to `node`."""
    steps: list[int] = []
    current = node
    while current.mem_id != stop:
        parent = current.parent
        if parent is None:  # the document: above a node scope, or the top of a page
            if stop is not None:
                return FIRST
            break
        steps.append(_index(parent, children)[current.mem_id])
        current = parent
    if stop is not None and not steps:
        return FIRST  # the scope itself
    steps.reverse()
    return tuple(steps)


def _index(parent: LexborNode, children: dict[int, dict[int, int]]) -> dict[int, int]:
    """The position of each child of `parent` (counted once per parent)."""
    index = children.get(parent.mem_id)
    if index is None:
        index = {}
        child = parent.child
        while child is not None:
            index[child.mem_id] = len(index)
            child = child.next
        children[parent.mem_id] = index
    return index
