from __future__ import annotations

import pytest

from bench.scoring import (
    author_set,
    body_score,
    comment_scores,
    meta_match,
    shingles,
    snippet_scores,
)


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
