"""is_promo is PROMO.search without the regex where it cannot match: every
alternative of PROMO holds one of PROMO_WORDS, and str.lower() folds every
character as the regex does but the three of FOLDED_APART."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from dehusk.classify.edges import FOLDED_APART, PROMO, PROMO_WORDS, is_promo


def _branches() -> list[list[tuple[object, object]]]:
    parsed = sre_parse.parse(PROMO.pattern, PROMO.flags)
    # \b(?:a|b|...)\b: the parser flattens the group into a BRANCH.
    branch = next(av for op, av in parsed.data if op is sre_constants.BRANCH)
    return [list(alternative.data) for alternative in branch[1]]


def _literal_runs(ops: list[tuple[object, object]]) -> list[str]:
    """The runs of plain characters at an alternative's top level: each is in
    every text the alternative matches."""
    runs, run = [], ""
    for op, av in ops:
        if op is sre_constants.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
        else:
            runs.append(run)
            run = ""
    return [*runs, run]


def test_every_alternative_holds_one_of_the_words() -> None:
    branches = _branches()
    assert len(branches) > 20
    for ops in branches:
        runs = [run.lower() for run in _literal_runs(ops)]
        assert any(word in run for word in PROMO_WORDS for run in runs), runs


def test_lower_folds_as_the_regex_but_for_three_characters() -> None:
    letters = sorted({chr(av) for ops in _branches() for op, av in ops  # type: ignore[arg-type]
                      if op is sre_constants.LITERAL} | set("abcdefghijklmnopqrstuvwxyzíü"))
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    folded = set(re.findall("[" + re.escape("".join(letters)) + "]", every, re.IGNORECASE))
    apart = {char for char in folded if char.lower() not in letters}
    assert apart == set(FOLDED_APART)


def test_is_promo_agrees_with_the_regex() -> None:
    texts = ["Subscribe to our newsletter.", "FOLLOW US on Twitter", "Jetzt abonnieren!",
             "Síguenos en Instagram", "Suivez-nous", "ſubscribe now", "İscriviti qui",
             "The ferry returns to the lake after forty years.", "Signs of spring", ""]
    for text in texts:
        assert is_promo(text) == (PROMO.search(text) is not None), text
    assert is_promo("ſubscribe now") and not is_promo("The ferry returns.")
