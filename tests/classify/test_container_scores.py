"""The container vote's sums: the arrays and the climb per block agree, and a
page built to be deep climbs block by block instead of taking gigabytes."""

from __future__ import annotations

import pytest

import dehusk
from dehusk.classify import classifier
from dehusk.classify.thresholds import BY_FAVOR
from dehusk.options import make_options
from dehusk.parse.html import parse_html
from dehusk.segment.html import segment

ARTICLE = """<html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="layout"><main><article class="post">
<h1>The ferry returns to the lake after forty years</h1>
<p>The old ferry was taken off the lake in 1985 when the new road bridge opened,
and for forty years the landing stage at Lower Wick stood empty.</p>
<div class="body"><p>This spring a group of volunteers bought a retired boat from a
Dutch canal company and brought it across on a lorry, in two pieces.</p>
<figure><img src="boat.jpg"><figcaption>The boat on its first crossing.</figcaption></figure>
<p>Crossings run every hour at weekends, and the fare is the same as the bus.</p></div>
</article></main><aside class="sidebar"><p><a href="/a">Most read</a></p></aside></div>
<footer><p>Copyright 2026 The Lake Gazette</p></footer>
</body></html>"""


def _segmentation(html: str):
    page = parse_html(html)
    page.clean()
    return segment(page.tree, make_options())


def _votes(seg) -> list[float]:
    th = BY_FAVOR["balanced"]
    return [classifier.block_vote(block, th)[0] for block in seg.blocks]


def test_arrays_and_the_climb_per_block_give_the_same_sums() -> None:
    seg = _segmentation(ARTICLE)
    votes = _votes(seg)
    assert any(votes)
    assert classifier.container_scores(seg, votes) == classifier._climb_each_block(seg, votes)


def test_a_deep_page_climbs_block_by_block(monkeypatch: pytest.MonkeyPatch) -> None:
    deep = ("<html><body>" + "<div>" * 300
            + "".join(f"<p>Paragraph {i} of a page built to be deep, long enough to vote.</p>"
                      for i in range(200))
            + "</div>" * 300 + "</body></html>")
    seg = _segmentation(deep)
    votes = _votes(seg)
    expected = classifier._climb_each_block(seg, votes)
    calls = []
    real = classifier._climb_each_block

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(classifier, "_climb_each_block", counted)
    monkeypatch.setattr(classifier, "MAX_CLIMB_CELLS", 200 * 300)  # reached before the 302 levels of 200 blocks
    assert classifier.container_scores(seg, votes) == expected
    assert calls == [1]
    assert "Paragraph 199" in dehusk.extract(deep).text
