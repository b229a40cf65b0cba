"""The public surface: extract(), Document, Options."""

from __future__ import annotations

from typing import Any

from .model import Block, BlockKind, Comment, Document, Label
from .options import Options, make_options
from .pipeline import run_pipeline

__all__ = ["Block", "BlockKind", "Comment", "Document", "Label", "Options", "extract"]


def extract(
    page: str | bytes,
    *,
    url: str | None = None,
    charset: str | None = None,
    options: Options | None = None,
    **option_changes: Any,
) -> Document:
    """Extract the main text, metadata and comments of one page.

    ``page`` is HTML as ``str`` or ``bytes`` (bytes are decoded here: BOM,
    ``<meta charset>``, then a detector; ``charset`` is the one an HTTP
    header declared, tried after a BOM). Settings come as an ``Options``
    object, or as keywords naming its fields (``extract(html, favor="precision")``).
    Raises a :class:`dehusk.DehuskError` subclass for input that is not a page.
    """
    opts = make_options(options, **option_changes)
    return run_pipeline(page, url=url, options=opts, charset=charset)
