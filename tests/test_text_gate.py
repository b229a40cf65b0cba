"""The plain-text gate: dehusk's text path on renderings of the shared sets
(bench/render.py, bench/text.py) must stay at or above the floors pinned in
accuracy_floors.json under "text/<renderer>/<set>". Skips where the sets are
absent, and per renderer where its tool is not installed (w3m is a Debian
package, not a pip one)."""

from __future__ import annotations

import shutil

import pytest

from bench.datasets import default_data_root
from bench.text import run_renderer
from tests.test_accuracy_gate import floors, metric

DATA = default_data_root()
TEXT_FLOORS = {key: value for key, value in floors().items() if key.startswith("text/")}


def _available(renderer: str) -> bool:
    if renderer == "w3m":
        return shutil.which("w3m") is not None
    module = {"inscriptis": "inscriptis", "html-text": "html_text"}[renderer]
    try:
        __import__(module)
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module", autouse=True)
def private_render_cache(tmp_path_factory: pytest.TempPathFactory):
    mp = pytest.MonkeyPatch()
    mp.setenv("DEHUSK_RENDERS", str(tmp_path_factory.mktemp("renders")))
    yield
    mp.undo()


@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} not found: the text gate needs the "
                    "development sets (../shared/datasets, present in CI)")
@pytest.mark.parametrize("key", sorted(TEXT_FLOORS))
def test_text_path_at_or_above_the_floors(key: str) -> None:
    _, renderer, dataset = key.split("/")
    if not _available(renderer):
        pytest.skip(f"renderer {renderer} is not installed here")
    scores = run_renderer(renderer, dataset, DATA, None)["dehusk"]
    below = {name: (round(metric(scores, name), 4), floor)
             for name, floor in TEXT_FLOORS[key].items() if metric(scores, name) < floor}
    assert not below, f"{key}: measured below the pinned floor: {below}"
