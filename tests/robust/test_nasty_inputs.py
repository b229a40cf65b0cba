"""Every nasty input returns a Document or raises a DehuskError, in the
library call itself, and never anything else."""

from __future__ import annotations

import pytest

import dehusk

from .nasty_corpus import corpus

CASES = list(corpus())


@pytest.mark.parametrize("name, page", CASES, ids=[name for name, _ in CASES])
def test_nasty_input_gives_a_clear_answer(name: str, page: str | bytes) -> None:
    try:
        doc = dehusk.extract(page, time_budget=10.0)
    except dehusk.DehuskError as exc:
        assert exc.reason and str(exc)
        return
    doc.to_json().encode("utf-8")  # every result can be written out
    assert isinstance(doc.text, str)


def test_the_readable_text_survives_the_nasty_markup() -> None:
    pages = dict(CASES)
    for name in ("nesting-100k", "attributes-100k", "script-10mb", "nul-bytes"):
        assert "ordinary prose" in dehusk.extract(pages[name]).text, name
