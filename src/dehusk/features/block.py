"""Per-block numbers the classifier uses: length, link density, sentence shape."""

from __future__ import annotations

import re

from ..model import Block

# Sentence-final punctuation in the scripts we meet most (Latin, CJK, Arabic,
# Devanagari): a block ending in one reads like prose, not like a label.
# Closing quotes of each convention count: ” and ’ (English), “ (German
# „…“), « (German »…«), » (French), 」』 (CJK); and the full-width bracket.
SENTENCE_END = re.compile(r"[.!?…:;。！？।؟»”“«’」』）\"')\]]\s*$")
SENTENCE_END_CHARS = frozenset(".!?…:;。！？।؟»”“«’」』）\"')]")  # SENTENCE_END's class
# Any character of a script written without spaces between words; such text
# is measured in characters weighted up, since one character carries a word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_WEIGHT = 3


def effective_length(text: str) -> int:
    """Length in Latin-equivalent characters (CJK characters count thrice)."""
    n = len(text)
    # isascii() reads a flag of the string: ASCII text is not searched.
    if n and not text.isascii() and CJK.search(text):
        return n + (CJK_WEIGHT - 1) * len(CJK.findall(text))
    return n


def ends_like_sentence(text: str) -> bool:
    """SENTENCE_END.search(text), read from the end: the regex search tries
    every position of the text, the last visible character is enough."""
    last = text[-1:]
    if last.isspace():  # (blocks are normalised: rarely)
        last = text.rstrip()[-1:]
    return last in SENTENCE_END_CHARS


def reads_like_sentence(block: Block) -> bool:
    return ends_like_sentence(block.text) and " " in block.text.strip()
