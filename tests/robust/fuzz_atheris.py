"""Coverage-guided fuzzing of dehusk.extract with atheris (libFuzzer).

    python tests/robust/fuzz_atheris.py -atheris_runs=5000 [CORPUS_DIR]

Any exception other than a DehuskError is a crash: libFuzzer writes the input
to crash-<hash>; copy it into tests/robust/regressions/ so that
test_regressions.py replays it forever.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import dehusk


def one_input(data: bytes) -> None:
    try:
        doc = dehusk.extract(data, time_budget=2.0)
    except dehusk.DehuskError:
        return
    doc.to_json().encode("utf-8")
    doc.to_markdown()
    doc.to_html()


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
