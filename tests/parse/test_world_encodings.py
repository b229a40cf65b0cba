"""Pages written for the tests in the encodings of issue 6, each with and
without a declaration: each must decode to the right text."""

from __future__ import annotations

import codecs

import pytest

import dehusk

PARAGRAPHS = {
    "ja": "東京の小さな図書館では、古い本を修理するボランティアが毎週土曜日に集まります。"
          "彼らは破れたページを和紙で丁寧に補強し、背表紙を新しく作り直します。",
    "zh": "在这个小城市的图书馆里，每个星期六都有志愿者聚在一起修补旧书。"
          "他们用宣纸仔细地加固破损的书页，并重新制作书脊。",
    "ru": "В небольшой городской библиотеке каждую субботу собираются волонтёры, которые "
          "чинят старые книги. Они аккуратно подклеивают порванные страницы.",
    "cs": "V malé městské knihovně se každou sobotu scházejí dobrovolníci, kteří opravují "
          "staré knihy. Pečlivě zpevňují roztržené stránky a znovu vyrábějí hřbety. Říká se, "
          "že žádná kniha není ztracená, když ji někdo ještě čte.",
    "ko": "작은 도시 도서관에서는 매주 토요일마다 자원봉사자들이 모여 오래된 책을 고칩니다. "
          "그들은 찢어진 페이지를 한지로 꼼꼼하게 보강하고 책등을 새로 만듭니다.",
    "de": "In der kleinen Stadtbibliothek treffen sich jeden Samstag Freiwillige, die alte "
          "Bücher reparieren. Sie verstärken zerrissene Seiten sorgfältig.",
}
CASES = [  # (codec, WHATWG label, language)
    ("shift_jis", "Shift_JIS", "ja"),
    ("gb18030", "GB18030", "zh"),
    ("cp1251", "windows-1251", "ru"),
    ("iso8859_2", "ISO-8859-2", "cs"),
    ("euc_kr", "EUC-KR", "ko"),
    ("utf_16_le", "UTF-16", "de"),
]


def page(lang: str, label: str | None) -> str:
    meta = f'<meta charset="{label}">' if label else ""
    text = PARAGRAPHS[lang]
    return (f'<html lang="{lang}"><head>{meta}<title>{lang}</title></head><body><nav>'
            f'<a href="/">Home</a></nav><article><p>{text}</p><p>{text}</p></article></body></html>')


@pytest.mark.parametrize("declared", [True, False], ids=["declared", "undeclared"])
@pytest.mark.parametrize("codec, label, lang", CASES, ids=[c[0] for c in CASES])
def test_page_decodes_to_the_right_text(codec: str, label: str, lang: str,
                                        declared: bool) -> None:
    data = page(lang, label if declared else None).encode(codec)
    doc = dehusk.extract(data)
    assert PARAGRAPHS[lang] in doc.text


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf_16_le"),
                                        (codecs.BOM_UTF16_BE, "utf_16_be")])
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    doc = dehusk.extract(bom + page("de", None).encode(codec))
    assert PARAGRAPHS["de"] in doc.text
