from __future__ import annotations

import codecs

import pytest

from dehusk.parse.encoding import codec_for, decode_bytes

GERMAN = ("<html><body><p>" + "Grüße aus der Straße, wo die Bäume blühen und die Fähre fährt. "
          * 8 + "</p></body></html>")


def test_utf8_bom_wins_over_a_wrong_meta() -> None:
    data = codecs.BOM_UTF8 + '<meta charset="iso-8859-1"><p>Grüße</p>'.encode()
    decoded = decode_bytes(data)
    assert (decoded.source, decoded.encoding) == ("bom", "utf-8")
    assert "Grüße" in decoded.text


def test_declared_charset_from_the_caller() -> None:
    decoded = decode_bytes(GERMAN.encode("cp1252"), declared="windows-1252")
    assert decoded.source == "declared"
    assert "Grüße" in decoded.text


def test_meta_charset() -> None:
    data = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            "</head><body>Привет, мир</body></html>").encode("koi8-r")
    decoded = decode_bytes(data)
    assert decoded.source == "meta"
    assert "Привет, мир" in decoded.text


def test_undeclared_utf8() -> None:
    decoded = decode_bytes(GERMAN.encode("utf-8"))
    assert decoded.source == "utf-8"


def test_undeclared_windows_1252_is_detected() -> None:
    decoded = decode_bytes(GERMAN.encode("cp1252"))
    assert decoded.source == "detected"
    assert "Grüße aus der Straße" in decoded.text


def test_utf16_without_bom() -> None:
    decoded = decode_bytes(GERMAN.encode("utf-16-le"))
    assert "Grüße aus der Straße" in decoded.text


def test_invalid_bytes_are_replaced_not_raised() -> None:
    decoded = decode_bytes(b'<meta charset="utf-8"><p>ok \xff\xfe bad</p>')
    assert "ok" in decoded.text and "\ufffd" in decoded.text


def test_nul_bytes_are_removed() -> None:
    assert "\x00" not in decode_bytes(b"<p>a\x00b</p>").text


@pytest.mark.parametrize("label, codec", [
    ("latin1", "cp1252"), ("ISO-8859-1", "cp1252"), ("us-ascii", "cp1252"),
    ("x-sjis", "cp932"), ("gb2312", "gb18030"), ("ks_c_5601-1987", "cp949"),
    ("utf8", "utf-8"), ("windows-1251", "cp1251"), ("nonsense-charset", None),
])
def test_whatwg_labels(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_utf8_bytes_under_a_wrong_legacy_declaration() -> None:
    data = '<meta charset="gb2312"><p>谷歌旗下的人工智能公司</p>'.encode()
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.source) == ("utf-8", "utf-8 over meta")
    assert "谷歌旗下的人工智能公司" in decoded.text


def test_a_real_legacy_page_keeps_its_declaration() -> None:
    data = '<meta charset="gb2312"><p>谷歌旗下的人工智能公司</p>'.encode("gb18030")
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.source) == ("gb18030", "meta")
    assert "谷歌旗下的人工智能公司" in decoded.text


def test_every_whatwg_label_is_understood() -> None:
    from dehusk.parse.whatwg import LABELS, PYTHON_CODEC

    for encoding, labels in LABELS.items():
        expected = codecs.lookup(PYTHON_CODEC[encoding]).name
        for label in labels.split():
            assert codec_for(label) == expected, label
            assert codec_for(label.upper()) == expected, label


def test_utf8_input_is_flagged_only_when_the_bytes_are_the_texts_utf8() -> None:
    page = "<meta charset='utf-8'><p>Grüße</p>"
    assert decode_bytes(page.encode()).utf8_input
    assert decode_bytes(page.replace("charset='utf-8'", "").encode()).utf8_input
    assert not decode_bytes(page.encode() + b"\x00").utf8_input  # the NUL is dropped
    assert not decode_bytes(b"\xef\xbb\xbf" + page.encode()).utf8_input  # the BOM is cut
    assert not decode_bytes(page.encode() + b"\xff").utf8_input  # replaced
    assert not decode_bytes(page.encode("cp1252"), declared="windows-1252").utf8_input
