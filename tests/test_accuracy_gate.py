"""The accuracy gate: dehusk on the shared development sets must stay at or
above the floors pinned in accuracy_floors.json, and those floors only move
up. Skips (with the reason) where ../shared/datasets is absent."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bench.datasets import BODY_SETS, DATASETS, default_data_root, load_pages
from bench.peers import comments_text
from bench.report import score_dataset
from bench.visible import mark_present

FLOORS_FILE = Path(__file__).with_name("accuracy_floors.json")
DATA = default_data_root()
needs_data = pytest.mark.skipif(
    not DATA.is_dir(),
    reason=f"{DATA} not found: the accuracy gate needs the development sets "
           "(../shared/datasets, present in CI)",
)


def floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS_FILE.read_text())["floors"]


@pytest.fixture(scope="module")
def measured() -> dict[str, dict]:
    import dehusk

    out = {}
    for ds in DATASETS:
        pages = load_pages(DATA, ds)
        rows = []
        for page in pages:
            case = page["case"]
            doc = dehusk.extract(page["bytes"], url=case.get("url"))
            rows.append({"id": case["id"], "text": doc.text, "title": doc.title,
                         "author": doc.author, "date": doc.date, "sitename": doc.site_name,
                         "description": doc.description, "seconds": 0.0,
                         "comments": comments_text(doc.comments)})
        if ds not in BODY_SETS:
            mark_present(pages)  # comment snippets present in the page bytes
        out[ds] = score_dataset(rows, [p["case"] for p in pages], ds)
    return out


def metric(scores: dict, name: str) -> float:
    return scores["meta"][name] if name in scores["meta"] else scores[name]


@needs_data
@pytest.mark.parametrize("dataset", DATASETS)
def test_accuracy_at_or_above_the_floors(measured: dict, dataset: str) -> None:
    below = {name: (round(metric(measured[dataset], name), 4), floor)
             for name, floor in floors()[dataset].items()
             if metric(measured[dataset], name) < floor}
    assert not below, f"{dataset}: measured below the pinned floor: {below}"


def test_floors_only_move_up() -> None:
    try:
        committed = subprocess.run(["git", "show", f"HEAD:tests/{FLOORS_FILE.name}"],
                                   capture_output=True, text=True, cwd=FLOORS_FILE.parent,
                                   check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no committed floors file to compare with (not a git checkout, or new)")
    old = json.loads(committed)["floors"]
    lowered = {(ds, name): (old[ds][name], value)
               for ds, metrics in floors().items() for name, value in metrics.items()
               if ds in old and name in old[ds] and value < old[ds][name]}
    dropped = {(ds, name) for ds in old for name in old[ds]
               if name not in floors().get(ds, {})}
    assert not lowered and not dropped, f"floors lowered {lowered} or dropped {dropped}"
