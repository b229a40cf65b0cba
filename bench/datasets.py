"""Read the shared development sets (never copied into the repository)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

DATASETS = ("aeb", "trafilatura-eval", "readability-pages")
# Body sets are scored by shingle F1, the snippet set by snippets.
BODY_SETS = frozenset(("aeb", "readability-pages"))


def default_data_root() -> Path:
    """$DEHUSK_DATASETS, else ../shared/datasets beside the repository."""
    env = os.environ.get("DEHUSK_DATASETS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "datasets"


def load_pages(root: Path, dataset: str, limit: int | None = None,
               with_bytes: bool = True) -> list[dict[str, Any]]:
    """[{"case": <cases.jsonl row>, "bytes": <page bytes>}] in file order."""
    folder = root / dataset
    pages = []
    with open(folder / "cases.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            case = json.loads(line)
            page: dict[str, Any] = {"case": case}
            if with_bytes:
                page["bytes"] = gzip.decompress((folder / case["file"]).read_bytes())
            pages.append(page)
            if limit and len(pages) >= limit:
                break
    return pages
