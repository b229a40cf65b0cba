from __future__ import annotations

import pytest

from bench.scoring import (
    author_set,
    body_score,
    comment_scores,
    meta_match,
    present_found,
    shingles,
    snippet_scores,
)
from bench.visible import present_snippets


def test_shingles_count_repeats() -> None:
    assert shingles("a b c d a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1,
                                           ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    assert shingles("two words") == {("two", "words"): 1}
    assert shingles("") == {}


def test_body_score_known_values() -> None:
    gold = "one two three four five six"  # 3 shingles
    pred = "one two three four five seven"  # 2 shared, 1 wrong
    s = body_score(pred, gold)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert body_score("", gold).precision == 0.0
    assert body_score("", gold).recall == 0.0
    assert body_score(gold, gold).f1 == 1.0


def test_snippets_fold_whitespace_and_nfkc() -> None:
    text = "The  quick\nbrown ﬁsh swims."
    w, wo = snippet_scores(text, ["quick brown", "fish swims", "absent"], ["brown fish", "zzz"])
    assert w == pytest.approx(2 / 3)
    assert wo == pytest.approx(0.5)
    assert snippet_scores(text, [], []) == (None, None)


def test_metadata_matching_rules() -> None:
    assert meta_match("title", "Hello, World!", "hello world")
    assert meta_match("author", "By Jane Doe and John Roe", "John Roe; Jane Doe")
    assert not meta_match("author", "Jane Doe", "Jane Doe, John Roe")
    assert meta_match("date", "2020-01-02T10:00:00+01:00", "2020-01-02")
    assert not meta_match("date", None, "2020-01-02")
    assert author_set("Ana y Luis") == {"ana", "luis"}


def test_comment_scores() -> None:
    assert comment_scores("body text", "nice post indeed", ["nice post", "body text", "zz"]) == \
        pytest.approx((1 / 3, 1 / 3))
    assert comment_scores("a", "b", []) is None


def test_present_found_counts_only_snippets_in_the_page() -> None:
    assert present_found("nice post indeed\n\nthanks", ["nice post", "absent one"]) == 0.5
    assert present_found("anything", []) is None


def test_visible_text_leaves_out_scripts_and_joins_inline_markup() -> None:
    page = (b"<html><head><title>T</title></head><body><p>Gre<b>at</b> read, thanks!</p>"
            b"<script>var c = 'loaded later';</script><p>Second</p></body></html>")
    present = present_snippets(page, ["Great read, thanks!", "loaded later", "read, thanks! Second"])
    assert present == ["Great read, thanks!", "read, thanks! Second"]
