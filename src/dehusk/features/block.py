"""Per-block numbers the classifier uses: length, link density, sentence shape."""

from __future__ import annotations

import re

from ..model import Block

# Sentence-final punctuation in the scripts we meet most (Latin, CJK, Arabic,
# Devanagari): a block ending in one reads like prose, not like a label.
SENTENCE_END = re.compile(r"[.!?…:;。！？।؟»”\"')\]]\s*$")
# Any character of a script written without spaces between words; such text
# is measured in characters weighted up, since one character carries a word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_WEIGHT = 3


def effective_length(text: str) -> int:
    """Length in Latin-equivalent characters (CJK characters count thrice)."""
    n = len(text)
    if n and CJK.search(text):
        return n + (CJK_WEIGHT - 1) * len(CJK.findall(text))
    return n


def reads_like_sentence(block: Block) -> bool:
    return bool(SENTENCE_END.search(block.text)) and " " in block.text.strip()
