"""The scoring the peers publish against (../shared/datasets/README.md).

- Body: tokens by the regex \\w+ (Unicode), 4-token shingles with counts;
  TP/FP/FN per page normalised to sum to 1; precision and recall averaged
  over pages; F1 the harmonic mean of the two averages. A page whose
  prediction is empty has precision 0 if its gold is non-empty. A text of
  fewer than 4 tokens is one shingle of all its tokens (so short golds and
  predictions still count).
- Snippets: NFKC and whitespace folding; `with` recall is the share found,
  `without` the share absent; snippet F1 their harmonic mean.
- Metadata: NFKC, lower case, a leading "by" dropped, punctuation folded to
  spaces; dates on YYYY-MM-DD; authors as sets of names.
- Comments: share of comment snippets found in the comments, share leaked
  into the main text; and the share found among the snippets present in the
  page's visible text (bench/visible.py), the ceiling for any HTML extractor.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")
SHINGLE = 4
PUNCT = re.compile(r"[^\w\s]")
LEADING_BY = re.compile(r"^by\s+")
AUTHOR_SPLIT = re.compile(r"[;,&]|\b(?:and|und|et|y|i)\b")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(slots=True)
class PageScore:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def body_score(predicted: str, gold: str) -> PageScore:
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum(pred.values()) - tp
    fn = sum(ref.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(1.0, 1.0)  # both empty
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else (0.0 if ref else 1.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PageScore(precision, recall)


def harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def snippet_scores(text: str, with_: list[str], without: list[str]) -> tuple[float | None,
                                                                             float | None]:
    folded = fold(text)
    found = [fold(s) in folded for s in with_ if fold(s)]
    absent = [fold(s) not in folded for s in without if fold(s)]
    return (sum(found) / len(found) if found else None,
            sum(absent) / len(absent) if absent else None)


def norm_meta(value: str) -> str:
    text = unicodedata.normalize("NFKC", value or "").lower().strip()
    text = LEADING_BY.sub("", text)
    return " ".join(PUNCT.sub(" ", text).split())


def author_set(value: str | list[str]) -> set[str]:
    if isinstance(value, list):
        value = "; ".join(value)
    return {n for n in (norm_meta(p) for p in AUTHOR_SPLIT.split(value or "")) if n}


def meta_match(field: str, predicted: str | None, gold: str | list[str]) -> bool:
    if not predicted:
        return False
    if field == "date":
        return str(predicted)[:10] == str(gold)[:10]
    if field == "author":
        return author_set(predicted) == author_set(gold)
    if isinstance(gold, list):
        gold = ", ".join(gold)
    return norm_meta(predicted) == norm_meta(gold)


def comment_scores(main_text: str, comments_text: str,
                   snippets: list[str]) -> tuple[float, float] | None:
    """(share found in comments, share leaked into the main text)."""
    snippets = [fold(s) for s in snippets if fold(s)]
    if not snippets:
        return None
    main, comments = fold(main_text), fold(comments_text)
    return (sum(s in comments for s in snippets) / len(snippets),
            sum(s in main for s in snippets) / len(snippets))


def present_found(comments_text: str, present: list[str]) -> float | None:
    """Share of the comment snippets present in the page that are in the
    extracted comments (None when no snippet is present)."""
    present = [fold(s) for s in present if fold(s)]
    if not present:
        return None
    comments = fold(comments_text)
    return sum(s in comments for s in present) / len(present)
