"""Property tests: for any HTML-ish or text input, dehusk returns a Document
or raises a DehuskError, and the result can always be serialised."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dehusk

TAGS = ["div", "p", "span", "a", "li", "ul", "table", "tr", "td", "h1", "h2", "pre", "br",
        "article", "nav", "script", "style", "img", "section", "blockquote", "form", "b"]
CLASSES = ["", "content", "comment", "sidebar", "share", "entry-content", "nav", "ad", "post"]


@st.composite
def html_fragments(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            tag = draw(st.sampled_from(TAGS))
            cls = draw(st.sampled_from(CLASSES))
            parts.append(f'<{tag} class="{cls}">' if cls else f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.text(max_size=80)))
        elif kind == 3:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<![CDATA[", "&amp;", "&#0;",
                                               "&#xD800;", "<", ">", "\x00", "\r\n"])))
        else:
            parts.append("<p>" + " ".join(draw(st.lists(st.text(min_size=1, max_size=12),
                                                         max_size=20))) + "</p>")
    return "".join(parts)


FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(page: str | bytes) -> None:
    try:
        doc = dehusk.extract(page, time_budget=5.0)
    except dehusk.DehuskError:
        return
    doc.to_json().encode("utf-8")
    doc.to_markdown().encode("utf-8")
    doc.to_html().encode("utf-8")


@FUZZ
@given(html_fragments())
def test_html_fragments(page: str) -> None:
    check(page)


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    check(text)
