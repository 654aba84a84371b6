"""When a stated figure agrees with the official one, and why not.

A figure is judged at the precision it was stated with. The *unit* ``u`` is
one unit of the last digit the text states: "$222.1 million" -> u = $0.1
million; "$200 million" -> $1 million; "309 billion won" -> 1 billion won;
"2억2210만달러" -> 10,000 dollars; "15%" -> 1 percentage point; "57.8%" -> 0.1
point. When the text of the figure is not at hand, the unit is read off the
value written as the press writes it, in thousands, millions, billions or
trillions with 1-999 before the point: 222,100,000 -> "222.1 million" -> u =
0.1 million; 200,000,000 -> "200 million" -> u = 1 million.

Let c be the claimed figure, o the official one, d = o - c, h = u / 2 (half a
unit of the last stated digit), and r the loose band, 2 % of |c| for amounts
and 1 percentage point for percentage changes. A statement allows a band of
official values (its *match band*):

==========================================  ==============================
qualifier (and its synonyms)                match band
==========================================  ==============================
none ("$222.1 million", "15%")              |d| <= h (o rounds to c)
about (around, approximately, roughly)      |d| <= max(u, r)
nearly (almost, close to)                   |d| <= max(h, 1.5 r)
more than (over, above, exceeding)          d > 0
at least (no less than)                     d >= -h
less than (under, below)                    d < 0
up to (at most, no more than)               d <= h
==========================================  ==============================

The verdict says what explains an official value outside the band, by how
far it lies outside it:

- ``match``: inside the band.
- ``rounding``: at most h outside (for a plain figure |d| <= u): the stated
  digits explain it, a figure truncated instead of rounded, or rounded twice.
- ``near``: at most r outside (for a plain figure, within 2 % of it): more
  than the digits explain, little enough to be a revision, another release
  or a slip; worth a look, not a refutation.
- ``mismatch``: further out.

An official figure carries the precision it was published with, too: a row
of 230,000,000 gathered from a report of "$230 million" lies somewhere in
229.5-230.5 million. Half a unit of its last digit (read off the value, as
for a claim; summed over the rows a figure adds up) is added to the
``rounding`` and ``near`` limits, never to ``match``: "$229.8 million" against
that row is ``rounding``, explained by the digits of one figure or the other.

So "$222.1 million" matches an official 222,050,000-222,150,000, is
``rounding`` up to 222,000,000-222,200,000, ``near`` up to about ±4.5 million
and a mismatch beyond; "15%" matches 14.5-15.5 %; "over 10%" matches
anything above 10 %; "nearly $200 million" matches 194-206 million. For a
negative figure (a fall, a deficit) "more than" and "less than" speak of its
size: "fell more than 10%" holds when the fall is larger than 10 %.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from extractor.customs._tables import QUALIFIERS, SCALE_WORDS

MONEY_LOOSE = Decimal("0.02")  # r for amounts: 2 % of the claimed figure
PCT_LOOSE = Decimal("1")  # r for percentage changes: 1 percentage point


def qualifier_group(qualifier: str | None) -> str:
    """The rule a qualifier falls under; unknown qualifiers are judged exactly.

    >>> qualifier_group("Approximately"), qualifier_group(None), qualifier_group("over")
    ('about', 'exact', 'more than')
    """
    q = " ".join(str(qualifier or "").lower().split())
    return QUALIFIERS.get(q, "exact")


def to_decimal(x: float | int | str | Decimal) -> Decimal:
    """A float from a table as the decimal it was meant to be (12 significant digits).

    >>> to_decimal(222100000.0), to_decimal(0.1 + 0.2)
    (Decimal('222100000'), Decimal('0.3'))
    """
    if isinstance(x, Decimal):
        return x
    return Decimal(format(float(x), ".12g")) if isinstance(x, float) else Decimal(str(x))


def _decimals(d: Decimal) -> int:
    exp = d.normalize().as_tuple().exponent
    return max(0, -int(exp))


def inferred_unit(value: Decimal) -> Decimal:
    """The unit of the last digit when only the value is known.

    >>> [f"{inferred_unit(Decimal(v)):f}" for v in ("222100000", "200000000", "3245000000", "1.2E12", "950")]
    ['100000', '1000000', '1000000', '100000000000', '1']
    """
    a = abs(value)
    scale = Decimal(1)
    for s in (10**12, 10**9, 10**6, 10**3):
        if a >= s:
            scale = Decimal(s)
            break
    mantissa = a / scale
    return (scale * Decimal(1).scaleb(-_decimals(mantissa))).normalize()


_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def stated_unit(value: Decimal, text: str | None = None) -> Decimal:
    """The unit of the last digit stated in ``text`` (an amount mention) for ``value``.

    >>> [f"{stated_unit(Decimal(v), t):f}" for v, t in [
    ...     ("222100000", "$222.1 million"), ("200000000", "$200 million"),
    ...     ("309000000000", "approximately 309 billion KRW"), ("222100000", "2억2210만달러"),
    ...     ("1234567", "$1,234,567"), ("222100000", None)]]
    ['100000', '1000000', '1000000000', '10000', '1', '100000']
    """
    return _stated_unit(value, text).normalize()


def _stated_unit(value: Decimal, text: str | None) -> Decimal:
    if not text:
        return inferred_unit(value)
    matches = list(_NUMBER.finditer(text))
    if not matches:
        return inferred_unit(value)
    last = matches[-1]
    mantissa = Decimal(last.group().replace(",", ""))
    if mantissa == 0:
        return inferred_unit(value)
    frac = last.group().partition(".")[2]
    step = Decimal(1).scaleb(-len(frac))  # "222.10" states hundredths
    after = text[last.end() :].lstrip().lower()
    word = re.match(r"[a-z]+|[^\sa-z0-9]", after)
    scale = SCALE_WORDS.get(word.group()) if word else None
    if len(matches) == 1:
        ratio = abs(value) / mantissa
        if ratio == ratio.to_integral_value() and _is_power_of_ten(ratio):
            return ratio * step
    if scale is not None:
        return Decimal(scale) * step
    if len(matches) == 1 and abs(value) == mantissa:
        return step
    return inferred_unit(value)  # the text does not spell this value out


def _is_power_of_ten(d: Decimal) -> bool:
    digits = d.normalize().as_tuple().digits
    return digits == (1,)


_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|퍼센트|％)", re.IGNORECASE)


def stated_pct_unit(pct: Decimal, text: str | None = None) -> Decimal:
    """The unit of the last digit of a stated percentage.

    >>> [str(stated_pct_unit(Decimal(p), t)) for p, t in [
    ...     ("15", "up 15% from a year earlier"), ("-57.8", "fell 57.8 percent"),
    ...     ("15.0", None), ("20", "rose 20.0%")]]
    ['1', '0.1', '1', '0.1']
    """
    for m in _PCT.finditer(text or ""):
        if Decimal(m[1]) == abs(pct):
            return Decimal(1).scaleb(-len(m[1].split(".")[1]) if "." in m[1] else 0)
    return Decimal(1).scaleb(-_decimals(pct))


@dataclass(frozen=True, slots=True)
class Band:
    """The official values a statement allows: lo..hi (None: unbounded); an
    open end excludes the bound itself ("more than 10%" is not 10 %)."""

    lo: Decimal | None
    hi: Decimal | None
    lo_open: bool = False
    hi_open: bool = False

    def contains(self, o: Decimal) -> bool:
        above = self.lo is None or (o > self.lo if self.lo_open else o >= self.lo)
        below = self.hi is None or (o < self.hi if self.hi_open else o <= self.hi)
        return above and below

    def distance(self, o: Decimal) -> Decimal:
        """How far ``o`` lies outside the band (0 inside or on an open end)."""
        if self.lo is not None and o < self.lo:
            return self.lo - o
        if self.hi is not None and o > self.hi:
            return o - self.hi
        return Decimal(0)

    def widened(self, by: Decimal) -> Band:
        """The band grown by ``by`` at each bounded end (closed)."""
        return Band(
            None if self.lo is None else self.lo - by,
            None if self.hi is None else self.hi + by,
        )


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: str  # match | rounding | near | mismatch
    tolerance: Decimal  # half-width of the match band around c (0 for one-sided bands)
    rule: str  # the band in words, for the reason column
    band: Band  # the official values the statement allows
    outside: Decimal  # how far the official value lies outside the band


def band(claimed: Decimal, unit: Decimal, qualifier: str | None, loose: Decimal) -> tuple[Band, Decimal, str]:
    """The match band of the module docstring's table, its half-width and the
    rule in words. ``loose`` is r, absolute.

    >>> b, tol, rule = band(Decimal("222.1"), Decimal("0.1"), "", Decimal("4.442"))
    >>> (str(b.lo), str(b.hi), str(tol), rule)
    ('222.05', '222.15', '0.05', 'stated to 0.1: within ±0.05')
    >>> b, _, _ = band(Decimal("-10"), Decimal("1"), "more than", Decimal("1"))
    >>> (b.lo, str(b.hi), b.hi_open)    # a fall of more than 10 %
    (None, '-10', True)
    """
    group = qualifier_group(qualifier)
    c, h, u, r = claimed, unit / 2, unit, abs(loose)
    if group == "exact":
        return Band(c - h, c + h), h, f"stated to {_fmt(u)}: within ±{_fmt(h)}"
    if group == "about":
        tol = max(u, r)
        return Band(c - tol, c + tol), tol, f"'about': within ±{_fmt(tol)}"
    if group == "nearly":
        tol = max(h, r * Decimal("1.5"))
        return Band(c - tol, c + tol), tol, f"'nearly': within ±{_fmt(tol)}"
    # One-sided statements speak of the size of a negative figure (a fall, a deficit).
    size = abs(c)
    if group == "more than":
        b, rule = Band(size, None, lo_open=True), "'more than': official above the figure"
    elif group == "at least":
        b, rule = Band(size - h, None), "'at least': official not below the figure"
    elif group == "less than":
        b, rule = Band(None, size, hi_open=True), "'less than': official below the figure"
    else:  # up to
        b, rule = Band(None, size + h), "'up to': official not above the figure"
    if c < 0:
        b = Band(None if b.hi is None else -b.hi, None if b.lo is None else -b.lo, lo_open=b.hi_open, hi_open=b.lo_open)
    return b, Decimal(0) if group in ("more than", "less than") else h, rule


def judge(
    claimed: Decimal,
    official: Decimal,
    unit: Decimal,
    qualifier: str | None,
    loose: Decimal,
    official_half: Decimal = Decimal(0),
) -> Judgement:
    """The verdict of the module docstring. ``loose`` is r, absolute;
    ``official_half`` is how far the official figure itself may lie from the
    true one (half a unit of its own last digit), which rounding may take up.

    >>> [judge(Decimal("222.1"), Decimal(o), Decimal("0.1"), "", Decimal("4.442")).verdict
    ...  for o in ("222.14", "222.19", "225.7", "230")]
    ['match', 'rounding', 'near', 'mismatch']
    >>> judge(Decimal("10"), Decimal("10.4"), Decimal("1"), "more than", Decimal("1")).verdict
    'match'
    >>> judge(Decimal("-10"), Decimal("-8"), Decimal("1"), "more than", Decimal("1")).verdict
    'mismatch'
    >>> judge(Decimal("229.8"), Decimal("230"), Decimal("0.1"), "", Decimal("4.6"), Decimal("0.5")).verdict
    'rounding'
    """
    b, tol, rule = band(claimed, unit, qualifier, loose)
    outside = b.distance(official)
    if b.contains(official):
        verdict = "match"
    elif outside <= unit / 2 + official_half:
        verdict = "rounding"
    elif outside <= abs(loose) + official_half:
        verdict = "near"
    else:
        verdict = "mismatch"
    return Judgement(verdict, tol, rule, b, outside)


def official_half_unit(values: Iterable[Decimal]) -> Decimal:
    """How far a sum of published figures may lie from the true sum: half a
    unit of each one's last digit, read off the value as the press writes it.

    >>> [f"{official_half_unit([Decimal(v)]):f}" for v in ("230000000", "186851000")]
    ['500000', '500']
    >>> f"{official_half_unit([Decimal('190000000'), Decimal('35700000')]):f}"
    '550000'
    """
    return sum((inferred_unit(v) / 2 for v in values), Decimal(0)).normalize()


def _fmt(d: Decimal) -> str:
    """Short human form of a tolerance: 50000 -> '50,000'; 0.05 -> '0.05'."""
    d = d.normalize()
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return format(d, "f")
