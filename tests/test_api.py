from __future__ import annotations

import json

import pytest

import dehusk
from dehusk.errors import EmptyInputError, InputTooLargeError, NotHTMLError

ARTICLE = (
    "<html><head><title>A page</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><p>" + "The first paragraph holds a sentence that is long enough to be prose. " * 3
    + "</p><p>" + "A second paragraph follows it with more words of the same kind here. " * 3
    + "</p></article></body></html>"
)


def test_str_and_bytes_give_the_same_text() -> None:
    assert dehusk.extract(ARTICLE).text == dehusk.extract(ARTICLE.encode("utf-8")).text


def test_text_is_paragraphs_separated_by_a_blank_line() -> None:
    doc = dehusk.extract(ARTICLE)
    assert doc.text.count("\n\n") == 1
    assert "Home" not in doc.text


def test_options_as_object_or_keywords() -> None:
    by_object = dehusk.extract(ARTICLE, options=dehusk.Options(favor="precision"))
    by_keyword = dehusk.extract(ARTICLE, favor="precision")
    assert by_object.text == by_keyword.text


def test_unknown_option_is_an_error_not_a_silent_default() -> None:
    with pytest.raises(ValueError, match="unknown option"):
        dehusk.extract(ARTICLE, favour="precision")
    with pytest.raises(ValueError, match="favor"):
        dehusk.extract(ARTICLE, favor="speed")


def test_options_are_immutable() -> None:
    opts = dehusk.Options()
    with pytest.raises(AttributeError):
        opts.favor = "recall"  # type: ignore[misc]
    assert opts.replace(favor="recall").favor == "recall"


@pytest.mark.parametrize("page", [b"", b"   \n\t ", ""])
def test_empty_input_is_a_typed_error(page: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        dehusk.extract(page)


@pytest.mark.parametrize(
    "page", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x00\x01\x02" * 100]
)
def test_binary_input_is_a_typed_error(page: bytes) -> None:
    with pytest.raises(NotHTMLError):
        dehusk.extract(page)


def test_every_error_shares_one_base_class() -> None:
    with pytest.raises(dehusk.DehuskError):
        dehusk.extract(b"")


def test_too_large_input() -> None:
    with pytest.raises(InputTooLargeError):
        dehusk.extract(ARTICLE, max_input_bytes=100)


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        dehusk.extract(123)  # type: ignore[arg-type]


def test_author_joins_authors() -> None:
    doc = dehusk.Document(authors=["Ann Lee", "Bo Chen"])
    assert doc.author == "Ann Lee; Bo Chen"
    assert dehusk.Document().author is None


def test_json_holds_the_whole_document() -> None:
    doc = dehusk.extract(ARTICLE, url="https://example.org/a")
    data = json.loads(doc.to_json())
    assert data["text"] == doc.text
    assert data["title"] == "A page"
    assert data["url"] == "https://example.org/a"
    assert data["attempts"][0]["name"] == "dom"
    assert "blocks" in json.loads(doc.to_json(include_blocks=True))


def test_time_budget_truncates_with_a_warning() -> None:
    page = "<html><body>" + "<div><p>word word word word</p></div>" * 20000 + "</body></html>"
    doc = dehusk.extract(page, time_budget=1e-9)
    assert any("time_budget" in w for w in doc.warnings)


def test_lone_surrogates_and_nul_in_str_input_become_writable_text() -> None:
    doc = dehusk.extract("<p>bad \ud800 surrogate and a\x00nul in one paragraph of text</p>")
    doc.to_json().encode("utf-8")  # must not raise
    assert "\ufffd" in doc.text and "\x00" not in doc.text
