"""Options: one immutable object carrying every setting of an extraction.

Built in one place (:func:`make_options`) from keywords or CLI flags, so no
function grows a 25-keyword signature and nothing lives in module state.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Literal

OutputFormat = Literal["text", "markdown", "json", "html"]
Favor = Literal["balanced", "precision", "recall"]
InputKind = Literal["auto", "html", "text"]

FORMATS: tuple[str, ...] = ("text", "markdown", "json", "html")
FAVORS: tuple[str, ...] = ("balanced", "precision", "recall")
INPUTS: tuple[str, ...] = ("auto", "html", "text")


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one extraction. Immutable: derive a variant with ``replace``."""

    output_format: OutputFormat = "text"
    include_comments: bool = True  # extract comments into Document.comments
    text_comments: bool = False  # text output: render the comment thread after the text
    include_tables: bool = True
    include_links: bool = False  # keep link targets (Markdown/HTML output)
    include_images: bool = False  # keep images as blocks (Markdown/HTML output)
    with_metadata: bool = True
    favor: Favor = "balanced"
    # The learned refinement over the rules' labels (classify/learned.py).
    # Off by default: held out by site it gains on trafilatura-eval and
    # readability-pages but loses on aeb (README, "Learned refinement").
    learned: bool = False
    input: InputKind = "auto"
    # Limits (see README, "Limits"): going over one gives a typed error or a
    # truncated result with a warning in Document.warnings.
    max_input_bytes: int = 50_000_000
    max_nodes: int = 2_000_000
    max_depth: int = 2_000
    time_budget: float | None = 30.0  # seconds per document, None = unlimited

    def replace(self, **changes: Any) -> Options:
        return replace(self, **changes)


DEFAULT_OPTIONS = Options()
_FIELD_NAMES = frozenset(f.name for f in fields(Options))


def make_options(options: Options | None = None, **changes: Any) -> Options:
    """Build Options from a base (default: the defaults) and keyword changes.

    Unknown names and bad values raise ValueError, so a typo never silently
    falls back to a default.
    """
    base = options or DEFAULT_OPTIONS
    unknown = set(changes) - _FIELD_NAMES
    if unknown:
        raise ValueError(f"unknown option(s): {', '.join(sorted(unknown))}")
    opts = replace(base, **changes) if changes else base
    if opts.output_format not in FORMATS:
        raise ValueError(f"output_format must be one of {FORMATS}, not {opts.output_format!r}")
    if opts.favor not in FAVORS:
        raise ValueError(f"favor must be one of {FAVORS}, not {opts.favor!r}")
    if opts.input not in INPUTS:
        raise ValueError(f"input must be one of {INPUTS}, not {opts.input!r}")
    return opts
