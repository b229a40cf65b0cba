"""The seed page of the plain-text issue, checked exactly against its expected
file: ../shared/examples/ukdj-interflex.txt (never copied into the repository,
so these tests skip where ../shared is absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import dehusk

SHARED = Path(os.environ.get("DEHUSK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEED = SHARED / "examples" / "ukdj-interflex.txt"
EXPECTED = SHARED / "examples" / "ukdj-interflex.expected.json"

pytestmark = pytest.mark.skipif(not SEED.exists(),
                                reason=f"seed page not found at {SEED} (../shared is absent)")


@pytest.fixture(scope="module")
def seed() -> tuple[dehusk.Document, dict[str, Any]]:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return dehusk.extract(SEED.read_text(encoding="utf-8")), expected


def _thread(comments: list[dehusk.Comment]) -> list[dict[str, Any]]:
    return [{"text": c.text, "depth": c.depth, "replies": _thread(c.replies)} for c in comments]


def test_main_text_is_the_ten_body_paragraphs_and_nothing_else(seed) -> None:
    doc, expected = seed
    assert doc.text.split("\n\n") == expected["body_paragraphs"]


def test_boilerplate_stays_out_of_the_text(seed) -> None:
    doc, expected = seed
    leaked = [s for s in expected["not_in_body"] if s in doc.text]
    assert not leaked


def test_author_and_site_name(seed) -> None:
    doc, expected = seed
    assert doc.author == expected["author"]
    assert doc.site_name == expected["site_name"]
    assert doc.title == expected["title"]


def test_thread_as_expected(seed) -> None:
    doc, expected = seed
    assert doc.comment_count == expected["declared_comment_count"]
    assert _thread(doc.comments) == expected["comments"]


def test_reply_form_is_not_a_comment(seed) -> None:
    doc, _ = seed
    texts = json.dumps([c.to_dict() for c in doc.comments], ensure_ascii=False)
    for line in ("LEAVE A REPLY", "Please enter your comment!", "Please enter your name here"):
        assert line not in texts


def test_input_text_forced_gives_the_same_document(seed) -> None:
    doc, _ = seed
    forced = dehusk.extract(SEED.read_bytes(), input="text")
    assert forced.text == doc.text
    assert _thread(forced.comments) == _thread(doc.comments)
