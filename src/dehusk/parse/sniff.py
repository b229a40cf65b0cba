"""Tell pages from things that are not pages, before any parsing."""

from __future__ import annotations

from ..errors import NotHTMLError
from .encoding import utf16_without_bom

# Magic numbers of formats that reach HTML extractors by mistake.
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "an executable"),
)
SNIFF_BYTES = 1024
# Bytes that text never holds (tab, newline, carriage return, form feed and
# escape excepted). A page with a stray NUL is a page; random binary data has
# about 10% of these.
CONTROL_BYTES = tuple(b for b in range(32) if b not in (9, 10, 12, 13, 27))
# The same, for bytes.translate: deleting them counts them in one pass (a
# count per byte value read the head 27 times).
CONTROL_DELETE = bytes(CONTROL_BYTES)
MAX_CONTROL_SHARE = 0.05


def check_bytes(data: bytes) -> None:
    """Raise NotHTMLError when the bytes are a known binary format, or hold
    NUL bytes the way binary files do (UTF-16 text has them every other byte
    and is let through)."""
    head = data[:SNIFF_BYTES]
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"input is {what}, not an HTML page")
    utf16 = head[:2] in (b"\xff\xfe", b"\xfe\xff") or utf16_without_bom(head) is not None
    if not utf16 and head:
        controls = len(head) - len(head.translate(None, CONTROL_DELETE))
        if controls > len(head) * MAX_CONTROL_SHARE:
            raise NotHTMLError("input is mostly control bytes: binary data, not an HTML page")
