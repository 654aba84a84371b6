"""Money mentions in running text: value, currency, qualifier, conversions.

Pure functions, no spaCy. Values are ``Decimal`` while parsing and stay exact;
the raw text is kept beside them.

>>> [(m.text, m.value, m.currency) for m in find_money("It reached $222.1 million.")]
[('$222.1 million', Decimal('222100000.0'), 'USD')]
>>> m = find_money("trade hit $5bn (about 6.9 trillion won) last year")
>>> [(x.value, x.currency, x.qualifier, x.converts) for x in m]
[(Decimal('5000000000'), 'USD', '', None), (Decimal('6900000000000.0'), 'KRW', 'about', 0)]
>>> find_money("The team won 3 games in 2024, page 12.")
[]
>>> [(m.text, m.value) for m in find_money("imports were put at 37-point-25 billion U.S. dollars")]
[('37-point-25 billion U.S. dollars', Decimal('37250000000.00'))]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from extractor.normalize._currency_tables import (
    DOLLAR_DECLARATIONS,
    ECONOMY_DOLLAR,
    HOME_DOLLAR_MARKS,
    HOME_DOLLAR_SOURCES,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    SYMBOL_CURRENCY,
    WORD_CURRENCY,
)
from extractor.normalize._regex import word_alternation
from extractor.normalize.countries import find_economies
from extractor.normalize.numbers import parse_number, parse_number_words


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """One money mention. ``start``/``end`` are character offsets into the text
    searched; ``converts`` is the index (in the same list) of the mention this
    one is a stated conversion of."""

    text: str
    start: int
    end: int
    value: Decimal
    currency: str
    qualifier: str = ""
    value_high: Decimal | None = None
    converts: int | None = None


def _alternation(words) -> str:
    return word_alternation(words)


# "48-point-86 billion": broadcasters' transcripts spell the decimal point out.
_NUM = r"\d+[ -]point[ -]\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# After a currency code, groups separated by spaces are one number ("EUR 2 107").
_NUM_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|" + _NUM
_SCALE = _alternation(SCALES)
_SYMBOLS = [s for s in SYMBOL_CURRENCY if not s.isalpha()]
_CODES = [s for s in SYMBOL_CURRENCY if s.isalpha()]
_CURWORD = _alternation(WORD_CURRENCY)

# Slips of typing and headline shorthand that still leave the figure plain:
# "$130. 4 billion" (a space after the point), "$55.m" (a point before the
# scale), "$1.2T" (a capital T glued to the number is trillions).
_NUM_SLIPPED = r"\d+\.\s\d+(?=\s?(?i:billion|million|trillion|bn|mn)\b)"
_PREFIXED = re.compile(
    rf"(?:(?P<sym>{_alternation(_SYMBOLS)})|\b(?P<code>{_alternation(_CODES)}))"
    rf"\s?(?P<num>{_NUM_SLIPPED}|{_NUM_SPACED})"
    rf"(?:\s?[-–]\s?(?P<num2>{_NUM}))?"
    rf"(?:\.?(?=[mb]n?\b))?"
    rf"(?:(?:\s|-)?(?P<scale>(?i:{_SCALE})|T(?![\w-]))\b)?"  # "USD 38.13 Billion" in Indian releases
    rf"(?:\s+(?P<tail>{_CURWORD})\b)?"
)
_SUFFIXED = re.compile(
    rf"(?<![\w.$€£¥₩])(?P<num>{_NUM})"
    rf"(?:\s?[-–]\s?(?P<num2>{_NUM}))?"
    rf"(?:(?:\s|-)?(?P<scale>{_SCALE})\b)?"
    rf"\s+(?P<cur>{_CURWORD})\b",
    re.IGNORECASE,
)
_WORD_SCALE = "thousand|million|billion|trillion"
_NUMBER_WORD = "|".join(sorted([*NUMBER_WORDS, "half", "point", "and", "hundred"], key=len, reverse=True))
_SPELLED = re.compile(
    # digits may stand on either side of a spoken point ("three-point-93", "44-point-four")
    rf"\b(?P<words>(?:(?:{_NUMBER_WORD}|\d+(?=[\s-]point\b)|(?<=point[\s-])\d+)[\s-]+)+)"
    rf"(?P<scale>{_WORD_SCALE})\s+(?P<cur>{_CURWORD})\b",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<q>{_alternation(QUALIFIERS)})\s*(?:of\s+)?$", re.IGNORECASE)
# What may stand between a figure and its stated conversion.
_CONVERSION_GAP = re.compile(
    r"\s*(?:[(\[,]|\s-{1,2}|—)?\s*(?:or\s+)?(?:(?:about|approximately|approx\.|around|roughly|some|"
    r"an estimated|equivalent to|worth|nearly|almost|over|more than|close to|just under|i\.e\.,?)\s*){0,2}"
    # "… $127.8 billion of goods to the U.S., or roughly 186 trillion won"
    r"|(?:(?!\.\s)[^$€£¥₩\d;]){0,40},\s*or\s+(?:about|approximately|around|roughly|some|nearly)?\s*",
    re.IGNORECASE,
)
# A release that says which dollars its bare "$" means.
_DOLLARS_DECLARED = re.compile(
    r"\b(?:figures|values|amounts|data)\s+(?:are\s+)?(?:\w+\s+)?(?:in|expressed\s+in)\s+"
    r"(?P<which>Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Taiwan|New\s+Taiwan)\s+dollars",
    re.IGNORECASE,
)
_YUAN_CONTEXT = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.IGNORECASE)
_YEN_CONTEXT = re.compile(r"\b(?:yen|JPY|Japan(?:ese)?)\b", re.IGNORECASE)


_US_DOLLARS_DECLARED = re.compile(r"\b(?:in|measured in|expressed in)\s+(?:U\.?S\.?|American)\s+dollar", re.IGNORECASE)
_HOME_SOURCES = [(re.compile(pattern), code) for pattern, code in HOME_DOLLAR_SOURCES.items()]
_HOME_MARK = re.compile(
    r"(?<![\w$])(" + "|".join(re.escape(m) for m in sorted(HOME_DOLLAR_MARKS, key=len, reverse=True)) + r")\s?\d"
)


def home_dollar(text: str) -> str | None:
    """The dollar a bare "$" means in ``text`` when it is not the US dollar:
    stated ("All figures are in Australian dollars"), implied by the source (a
    dollar economy's statistics office), or by the writer's marks elsewhere
    ("Aus$100 billion", and no other dollar marked).

    >>> home_dollar("Exports rose to $41,293m, the Australian Bureau of Statistics said.")
    'AUD'
    >>> home_dollar("Trade topped Aus$100 billion ($US105.6 billion); exports were $49 billion.")
    'AUD'
    >>> home_dollar("Trade reached $5 billion.") is None
    True
    >>> home_dollar("Exports hit $58.49 billion (about NT$1.78 trillion).") is None
    True
    >>> home_dollar("Statistics Canada said so; U.S. figures, measured in U.S. dollars, showed $30 billion.") is None
    True
    """
    declared = _DOLLARS_DECLARED.search(text)
    if declared:
        return DOLLAR_DECLARATIONS[" ".join(declared.group("which").lower().split())]
    if _US_DOLLARS_DECLARED.search(text):
        # "U.S. figures, measured in U.S. dollars, …": the writer says which dollar
        return None
    for pattern, code in _HOME_SOURCES:
        if pattern.search(text):
            return code
    alone = _only_economy(text)
    if alone in ECONOMY_DOLLAR and not _US_DOLLAR_MARK.search(text):
        # A release or home report about one dollar economy's trade with the
        # world ("International Trade in Goods and Services, Australia"): its dollar.
        return ECONOMY_DOLLAR[alone]
    # A mark inside brackets is a conversion ("$58.49 billion (about NT$1.78
    # trillion)"): the bare "$" beside it is the other dollar.
    marks = {
        HOME_DOLLAR_MARKS[m.group(1)]
        for m in _HOME_MARK.finditer(text)
        if "(" not in text[max(0, m.start() - 16) : m.start()].rsplit(")", 1)[-1]
    }
    return marks.pop() if len(marks) == 1 else None


_US_DOLLAR_MARK = re.compile(r"\bUS\$|\$US|\bUSD\b|\bU\.?S\.? dollars?\b")


def _only_economy(text: str) -> str | None:
    """The one economy ``text`` names besides the world, if it names one alone."""
    codes = {e.code for e in find_economies(text)} - {"W00"}
    return codes.pop() if len(codes) == 1 else None


def find_money(text: str) -> list[MoneyMention]:
    """Every money mention in ``text``, in order, with conversions linked."""
    return list(_find_money_cached(text))


@functools.lru_cache(maxsize=256)
def _find_money_cached(text: str) -> tuple[MoneyMention, ...]:
    yen_means_yuan = bool(_YUAN_CONTEXT.search(text)) and not _YEN_CONTEXT.search(text)
    bare_dollar = home_dollar(text) or "USD"
    candidates: list[MoneyMention] = []
    for match in _PREFIXED.finditer(text):
        m = _from_prefixed(text, match, yen_means_yuan, bare_dollar)
        if m:
            candidates.append(m)
    for match in _SUFFIXED.finditer(text):
        m = _from_suffixed(text, match)
        if m:
            candidates.append(m)
    for match in _SPELLED.finditer(text):
        m = _from_spelled(text, match)
        if m:
            candidates.append(m)
    candidates.extend(_table_figures(text, candidates))
    candidates = _drop_overlaps(candidates)
    candidates.extend(_carried_figures(text, candidates))
    return tuple(link_conversions(text, _drop_overlaps(candidates)))


# "Exports rose to $5.2 billion, while imports fell to 4.1 billion.": a
# scaled figure with no currency of its own, closing its clause, in the
# sentence of a money mention or the next one, is in that mention's currency.
_BARE_SCALED = re.compile(
    r"(?<![\w.,$€£¥₩%\-−])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<scale>trillion|billion|million|bn|mn|mln|bln)\b"
    # the figure closes its clause: punctuation, or a word that cannot be its unit
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|for|from|to|and|while|with|compared|against|than|last|this|during|respectively|a\s+year)\b)"
)
_SCALED_TEXT = re.compile(r"\b(?:trillion|billion|million|bn|mn|mln|bln)\b|\d(?:tn|bn|mn|m|b)\b", re.IGNORECASE)
_SHARED_UNIT = re.compile(r"\s*(?:to|and|or|-|–)\s*")
_CURRENCY_NAMED = re.compile(rf"\b(?:{_alternation(WORD_CURRENCY)})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?!\d)|\n")


def _carried_figures(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """Bare scaled figures that take the currency of the money mention just
    before them (same sentence or the next, same paragraph, no other currency
    named between, and that mention scaled too: the writer dropped a unit
    already stated), or of the scaled mention right after them that shares
    their unit ("from 32 billion to 91 billion euros").

    >>> [(m.text, m.value, m.currency) for m in find_money("Exports rose to $5.2 billion; imports fell to 4.1 billion.")]
    [('$5.2 billion', Decimal('5200000000.0'), 'USD'), ('4.1 billion', Decimal('4100000000.0'), 'USD')]
    >>> [m.text for m in find_money("It earned $2 billion. The country has 1.4 billion people.")]
    ['$2 billion']
    """
    out: list[MoneyMention] = []
    starts = [f.start for f in found]
    for m in _BARE_SCALED.finditer(text):
        start, end = m.start(), m.end("scale")
        if any(f.start <= start < f.end for f in found):
            continue
        before = [f for f, s in zip(found, starts, strict=True) if s < start]
        # "from 32 billion to 91 billion euros": the unit the pair shares
        after = [f for f in found if f.start >= end]
        if after and _SHARED_UNIT.fullmatch(text[end : after[0].start]) and _SCALED_TEXT.search(after[0].text):
            source = after[0]
        elif before:
            source = before[-1]
            between = text[source.end : start]
            if len(between) > 250 or "\n\n" in between or len(_SENTENCE_END.findall(between)) > 1:
                continue
            if _CURRENCY_NAMED.search(between):  # "Measured in yuan, turnover came to 1.74 trillion"
                continue
        else:
            continue
        if not _SCALED_TEXT.search(source.text):
            continue
        value = _scaled(m.group("num"), m.group("scale"))
        if value is not None:
            out.append(_make(text, start, end, value, source.currency))
    return out


# A table's unit line: "(trillion yen; % change from previous year)", "(€ billion; …)".
_TABLE_UNIT = re.compile(r"^[ \t]*\((?P<unit>[^;)\n]{2,40})[;)][^\n]*$", re.MULTILINE)
_UNIT_SCALE = re.compile(r"\b(?P<scale>thousand|million|billion|trillion|bn|mn)\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?<![\w.,%$€£¥₩+(])(?P<num>[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d%.,])(?!\s*%)")


def _table_unit(unit: str) -> tuple[str, str] | None:
    """The currency and scale word a table's unit line declares ("trillion yen", "€ billion")."""
    scale = _UNIT_SCALE.search(unit)
    if not scale:
        return None
    rest = (unit[: scale.start()] + " " + unit[scale.end() :]).strip().lower()
    code = next((c for symbol, c in SYMBOL_CURRENCY.items() if rest == symbol.lower()), None)
    code = code or WORD_CURRENCY.get(rest)
    return (code, scale.group("scale")) if code else None


def _table_figures(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """Bare numbers in the rows of a table whose unit line states currency and
    scale ("(trillion yen; …)" then "China: exports 18.45 (-2.2%); …")."""
    out: list[MoneyMention] = []
    for unit_line in _TABLE_UNIT.finditer(text):
        unit = _table_unit(unit_line.group("unit"))
        if unit is None:
            continue
        currency, scale = unit
        # the table: the lines after the unit line, up to the first blank line after a row
        pos, rows = unit_line.end() + 1, 0
        for line in text[pos:].split("\n"):
            if not line.strip():
                if rows:
                    break
                pos += len(line) + 1
                continue
            for m in _BARE_NUMBER.finditer(line):
                start, end = pos + m.start(), pos + m.end()
                if any(f.start <= start < f.end for f in found) or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                    continue
                value = _scaled(m.group("num").lstrip("-−"), scale)
                if value is None:
                    continue
                sign = -1 if m.group("num")[0] in "-−" else 1
                out.append(_make(text, start, end, sign * value, currency))
                rows += 1
            pos += len(line) + 1
    return out


def _scaled(num: str, scale: str | None) -> Decimal | None:
    value = parse_number(num)
    if value is None:
        return None
    if scale:
        value = value * SCALES[scale.lower()]
    return value


def _qualifier_before(text: str, start: int) -> str:
    m = _QUALIFIER_BEFORE.search(text[max(0, start - 30) : start])
    return QUALIFIERS[m.group("q").lower()] if m else ""


def _make(text, start, end, value, currency, value_high=None) -> MoneyMention:
    return MoneyMention(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        currency=currency,
        qualifier=_qualifier_before(text, start),
        value_high=value_high,
    )


# A capital letter before a number is a currency ("R33.51 billion" rand) only
# glued to the number and followed by a scale word; otherwise it is a label
# ("Form R 3", "R2 ratio").
_ONE_LETTER_SYMBOLS = frozenset(s for s in SYMBOL_CURRENCY if len(s) == 1 and s.isalpha())


def _from_prefixed(text: str, match: re.Match, yen_means_yuan: bool, bare_dollar: str = "USD") -> MoneyMention | None:
    symbol = match.group("sym") or match.group("code")
    if symbol in _ONE_LETTER_SYMBOLS and (match.start("num") != match.end("code") or not match.group("scale")):
        return None
    currency = SYMBOL_CURRENCY[symbol]
    if symbol == "¥" and yen_means_yuan:
        currency = "CNY"
    if symbol == "$":
        currency = bare_dollar  # "All figures are in Australian dollars"
    if match.group("tail") and symbol in ("$",):
        currency = WORD_CURRENCY[match.group("tail").lower()]
    scale = match.group("scale")
    if scale == "T":
        scale = "trillion"
    value = _scaled(re.sub(r"\.\s+", ".", match.group("num")), scale)
    if value is None:
        return None
    high = _scaled(match.group("num2"), scale) if match.group("num2") else None
    start = match.start()
    if _MINUS_BEFORE.search(text, max(0, start - 2), start):
        # "the balance was -US$1.78 billion": a sign written before the currency
        start, value, high = start - 1, -value, -high if high is not None else None
    return _make(text, start, match.end(), value, currency, high)


# A minus sign standing alone before an amount (after a space, a bracket or
# the start), not a hyphen of a range ("$200-$300 million").
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))[-−–]$")


def _from_suffixed(text: str, match: re.Match) -> MoneyMention | None:
    num, scale, word = match.group("num"), match.group("scale"), match.group("cur").lower()
    currency = WORD_CURRENCY[word]
    # A single letter scale ("5 m won") is too ambiguous without a symbol.
    if scale and len(scale) == 1 and not match.group(0)[len(num) :].startswith(scale):
        return None
    if not scale and _is_plain_year_or_small(num) and word == "won":
        # "in 2019 won the award": a year before the verb "won" is not money.
        return None
    value = _scaled(num, scale)
    if value is None:
        return None
    high = _scaled(match.group("num2"), scale) if match.group("num2") else None
    return _make(text, match.start(), match.end(), value, currency, high)


def _from_spelled(text: str, match: re.Match) -> MoneyMention | None:
    words = match.group("words").strip(" -")
    lowered = words.lower()
    # "half a billion": the article comes after "half".
    if lowered.startswith("half a") or lowered == "half an":
        base: Decimal | None = Decimal("0.5")
    else:
        base = parse_number_words(words)
    if base is None:
        # Drop leading words that are not part of the number ("the one ...").
        parts = re.split(r"[\s]+", words)
        base = None
        for i in range(1, len(parts)):
            base = parse_number_words(" ".join(parts[i:]))
            if base is not None:
                start = match.start() + len(" ".join(parts[:i])) + 1
                break
        if base is None:
            return None
    else:
        start = match.start()
    value = base * SCALES[match.group("scale").lower()]
    currency = WORD_CURRENCY[match.group("cur").lower()]
    return _make(text, start, match.end(), value, currency)


def _is_plain_year_or_small(num: str) -> bool:
    if "," in num or "." in num:
        return False
    n = int(num)
    return 1900 <= n <= 2100 or n < 10


def _drop_overlaps(candidates: list[MoneyMention]) -> list[MoneyMention]:
    """Keep the longest of overlapping candidates, in text order."""
    kept: list[MoneyMention] = []
    for m in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and m.start < kept[-1].end:
            if (m.end - m.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def link_conversions(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Mark a mention that restates the previous one in another currency
    ("$222.1 million (approximately 309 billion KRW)") as its conversion."""
    out: list[MoneyMention] = []
    for i, m in enumerate(mentions):
        if i > 0:
            prev = mentions[i - 1]
            gap = text[prev.end : m.start]
            if (
                m.currency != prev.currency
                and len(gap) <= 40
                and _CONVERSION_GAP.fullmatch(gap)
                and out[i - 1].converts is None
            ):
                m = MoneyMention(**{**_asdict(m), "converts": i - 1})
        out.append(m)
    return out


def _asdict(m: MoneyMention) -> dict:
    return {f: getattr(m, f) for f in m.__slots__}
