"""Decode page bytes: BOM, the caller's charset, <meta charset>, then detection.

The order follows the WHATWG encoding sniffing algorithm, simplified: a BOM
always wins; then what the transport said (HTTP header, given by the caller);
then a declaration in the first bytes; then strict UTF-8 (most of the web,
and unambiguous when it decodes); then charset-normalizer on a bounded prefix.
Invalid bytes are replaced, never raised.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .whatwg import LABEL_CODECS

# How much of the page the declaration scan and the detector read.
DECLARATION_SCAN_BYTES = 4096
DETECTOR_BYTES = 64 * 1024

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)

# Windows code page and ISO sibling, by either name (see _plausible_sibling).
SIBLINGS = {
    name: pair
    for pair in (("cp1250", "iso8859-2"), ("cp1257", "iso8859-13"))
    for name in pair
}
UTF16 = ("utf-16-le", "utf-16-be", "utf_16_le", "utf_16_be", "utf-16", "utf_16")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    source: str  # bom | declared | meta | utf-8 | detected | default
    # The input bytes are this text's UTF-8 (valid, no NUL removed, no BOM):
    # a consumer that wants UTF-8 can take them instead of encoding the text.
    utf8_input: bool = False


def codec_for(label: str | None) -> str | None:
    """The Python codec for a WHATWG encoding label, or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    name = LABEL_CODECS.get(key, key)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _finish(data: bytes, encoding: str, source: str, *, whole: bool = True) -> Decoded:
    """The decoded text. `whole`: data is the whole input (no BOM cut off)."""
    if encoding == "utf-8":
        try:
            return _strict_utf8(data, source, whole=whole)
        except UnicodeDecodeError:
            pass
    text = data.decode(encoding, errors="replace")
    if "\x00" in text:
        text = text.replace("\x00", "")  # lexbor and every consumer dislike NUL
    return Decoded(text, encoding, source)


def _strict_utf8(data: bytes, source: str, *, whole: bool = True) -> Decoded:
    """Valid UTF-8 decoded; raises UnicodeDecodeError for invalid bytes. NUL
    bytes are NUL characters in UTF-8, so the bytes are searched (memchr)."""
    text = data.decode("utf-8")
    if b"\x00" in data:
        return Decoded(text.replace("\x00", ""), "utf-8", source)
    return Decoded(text, "utf-8", source, utf8_input=whole)


def utf16_without_bom(head: bytes) -> str | None:
    """ASCII-range markup in UTF-16: every other byte is NUL."""
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8 holding at least one multi-byte character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes to text, saying which encoding and why."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _finish(data[len(bom):], encoding, "bom", whole=False)
    head = data[:DECLARATION_SCAN_BYTES]
    utf16 = utf16_without_bom(head)
    if utf16:
        return _finish(data, utf16, "detected")
    declared_codec = codec_for(declared)
    if declared_codec:
        return _finish(data, declared_codec, "declared")
    match = META_CHARSET.search(head)
    if match:
        meta_codec = codec_for(match.group(1).decode("ascii", "replace"))
        if meta_codec and meta_codec.replace("_", "-") in UTF16:
            meta_codec = "utf-8"  # bytes that are ASCII-compatible are not UTF-16 (WHATWG)
        if meta_codec and meta_codec != "utf-8" and _is_utf8(data):
            # A page that declares a legacy charset but is valid UTF-8 with
            # non-ASCII text was re-saved as UTF-8: legacy text essentially
            # never validates as UTF-8, so this repair is unambiguous.
            return _strict_utf8(data, "utf-8 over meta")
        if meta_codec:
            return _finish(data, meta_codec, "meta")
    try:
        return _strict_utf8(data, "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 pages pay

    best = from_bytes(data[:DETECTOR_BYTES]).best()
    if best is not None and best.encoding:
        encoding = codec_for(best.encoding) or "cp1252"
        return _finish(data, _plausible_sibling(data, encoding), "detected")
    return _finish(data, "cp1252", "default")


def _plausible_sibling(data: bytes, encoding: str) -> str:
    """Windows code pages and their ISO siblings (windows-1250 and
    ISO-8859-2 ...) share most byte values and detectors guess between them.
    Bytes 0x80-0x9F are letters and punctuation in the Windows page but
    control codes in the ISO one: text that has them is Windows, text that
    has none is ISO."""
    pair = SIBLINGS.get(encoding)
    if pair is None:
        return encoding
    windows, iso = pair
    sample = data[:DETECTOR_BYTES]
    has_c1 = any(0x80 <= b <= 0x9F for b in sample)
    return windows if has_c1 else iso
