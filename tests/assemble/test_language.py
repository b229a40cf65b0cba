"""The language detector's contract: an ISO 639-1 code or None."""

from __future__ import annotations

import sys

import pytest

from dehusk.assemble.language import MIN_TEXT_CHARS, detect_language

GERMAN = "Die neue Brücke über den Fluss ist seit Dienstag offen, sagte die Bürgermeisterin. "


@pytest.mark.parametrize(("text", "code"), [
    (GERMAN * 3, "de"),
    ("The new bridge over the river has been open since Tuesday, the mayor said. " * 3, "en"),
    ("Le nouveau pont sur la rivière est ouvert depuis mardi, a déclaré la maire. " * 3, "fr"),
    # CLD2 says 'iw' for Hebrew and 'zh-Hant' for traditional Chinese.
    ("השפה העברית היא שפה שמית, ממשפחת השפות האפרו-אסייתיות, הידועה כשפתם של היהודים", "he"),
    ("新的橋樑自星期二起開放，市長表示，這座橋連接了城市的兩岸，居民們都很高興。" * 2, "zh"),
])
def test_codes_are_iso_639_1(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_short_text_gets_none() -> None:
    assert detect_language("Die neue Brücke") is None
    assert detect_language(" " * 500 + "x" * (MIN_TEXT_CHARS - 1)) is None


def test_characters_cld2_refuses_are_blanked() -> None:
    # Control characters, C1 controls, lone surrogates and noncharacters make
    # CLD2 raise; the sample is detected without them.
    noisy = GERMAN.replace(" ", " \x00\x0b\x1f\x7f\x85\ud800\ufffe ", 3) * 3
    assert detect_language(noisy) == "de"


def test_nothing_to_tell_gets_none() -> None:
    assert detect_language("1234 5678 !!! ---- 9012 3456 ???? ++++ 7890 " * 3) is None


def test_a_missing_detector_gets_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pycld2", None)  # import raises ImportError
    assert detect_language(GERMAN * 3) is None


def test_py3langid_where_pycld2_has_no_wheel(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.machinery
    import types

    from dehusk.assemble import language

    fake = types.ModuleType("py3langid")
    fake.__spec__ = importlib.machinery.ModuleSpec("py3langid", None)
    fake.classify = lambda text: ("de", -100.0)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pycld2", None)
    monkeypatch.setitem(sys.modules, "py3langid", fake)
    monkeypatch.setattr(language, "_DETECTOR", None)
    assert detect_language(GERMAN * 3) == "de"
    assert language._detector_name() == "py3langid"
    monkeypatch.setattr(language, "_DETECTOR", None)
    monkeypatch.setitem(sys.modules, "py3langid", None)
    assert detect_language(GERMAN * 3) is None
