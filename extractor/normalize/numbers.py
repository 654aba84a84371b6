"""Numbers written in digits or in words, parsed to ``Decimal``.

>>> parse_number("1,234.5")
Decimal('1234.5')
>>> parse_number("2 107")
Decimal('2107')
>>> parse_number("48-point-86")
Decimal('48.86')
>>> parse_number_words("one-and-a-half")
Decimal('1.5')
>>> parse_number_words("four-point-one")
Decimal('4.1')
>>> parse_number_words("three-point-93"), parse_number_words("44-point-four")
(Decimal('3.93'), Decimal('44.4'))
>>> parse_number_words("twenty-five")
Decimal('25')
>>> parse_number_words("one hundred and twenty")
Decimal('120')
>>> parse_number_words("won") is None
True
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from extractor.normalize._currency_tables import NUMBER_WORDS

_DIGITS = re.compile(r"^\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")

# "48-point-86", as a broadcaster's transcript writes 48.86
_SPOKEN_DECIMAL = re.compile(r"^(\d+)[ -]point[ -](\d+)$", re.IGNORECASE)

DIGIT_WORDS = {k: v for k, v in NUMBER_WORDS.items() if v < 10 and k not in ("a", "an")}


def parse_number(text: str) -> Decimal | None:
    """A number in digits, with comma, space or thin-space thousands groups."""
    s = text.strip()
    spoken = _SPOKEN_DECIMAL.match(s)
    if spoken:
        return Decimal(f"{spoken.group(1)}.{spoken.group(2)}")
    if not _DIGITS.match(s):
        return None
    try:
        return Decimal(re.sub(r"[, \u00a0\u202f]", "", s))
    except InvalidOperation:
        return None


@functools.lru_cache(maxsize=4096)
def parse_number_words(text: str) -> Decimal | None:
    """A number spelled out in English words, or None if it is not one."""
    words = [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    # "X-and-a-half" / "X and a half"
    half = Decimal(0)
    if len(words) >= 3 and words[-2:] == ["a", "half"]:
        half = Decimal("0.5")
        words = words[:-2]
    elif words == ["half"] or words == ["a", "half"]:
        return Decimal("0.5")
    # "four point one five"
    if "point" in words:
        i = words.index("point")
        # broadcast transcripts mix digits and words: "three-point-93", "44-point-four"
        whole = int(words[0]) if i == 1 and words[0].isdigit() else _integer_words(words[:i])
        after = words[i + 1 :]
        decimals = (
            [int(c) for c in after[0]]
            if len(after) == 1 and after[0].isdigit()
            else [DIGIT_WORDS.get(w) for w in after]
        )
        if whole is None or not decimals or any(d is None for d in decimals):
            return None
        return Decimal(f"{whole}.{''.join(str(d) for d in decimals)}")
    whole = _integer_words(words)
    if whole is None:
        return None
    return Decimal(whole) + half


def _integer_words(words: list[str]) -> int | None:
    if not words or words in (["a"], ["an"]):
        return None
    total = 0
    current = 0
    for w in words:
        if w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current
