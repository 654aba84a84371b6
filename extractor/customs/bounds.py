"""Bounds a checker can prove when the data hold no figure to compare with.

Trade figures are sums of non-negative parts, so some statements can be
refuted without the figure itself:

- a part larger than its whole: one commodity's exports larger than all
  exports of that flow and period; an export (or import) larger than the
  pair's total trade; a month larger than the quarter, half, year or combined
  release it lies in;
- a whole smaller than one of its parts: a total below one of its flows; a
  year below one of its months.

Only the judging reporter's rows are used (the other side's figures differ
by more than rounding), from their latest release, and a statement is taken
at its most generous reading: "$2.0 billion" could be as low as 1.9 billion
(a unit below, see :mod:`extractor.customs.tolerance`), and so is the bound: a
published 1.85 billion could be 1.855 billion. Balances (which can be negative)
have no bounds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from extractor.customs.resolve import Piece, Side, pick, pieces, tile, views
from extractor.customs.series import CustomsRow, CustomsSeries, Span
from extractor.customs.tolerance import official_half_unit


@dataclass(frozen=True, slots=True)
class Bound:
    """An official figure the stated one must stay below (``whole``) or above (a part)."""

    value: Decimal  # in the stated figure's currency
    slack: Decimal  # how far the published value may lie from the true one (its own rounding)
    what: str  # "CHN's total trade with PRK in 2025-04"
    whole: bool  # True: the stated figure is a part of it; False: it is a part of the stated figure
    rows: tuple[CustomsRow, ...]


def _slack(rows: tuple[CustomsRow, ...]) -> Decimal:
    return official_half_unit(r.value for r in rows)


def _figure(found: dict[Span, Piece], span: Span) -> Piece | None:
    parts = tile(found, span)
    if parts is None:
        return None
    return Piece(span, sum((p.value for p in parts), Decimal(0)), tuple(r for p in parts for r in p.rows))


def bounds(
    series: CustomsSeries, side: Side, span: Span, currency: str, commodity: bool, rate: Decimal | None = None
) -> Iterator[Bound]:
    """The official figures that bound a fact read from ``side``: wholes it
    lies in and parts that lie in it."""
    if side.take not in ("export", "import", "total"):
        return
    rows = series.lookup(side.reporter, side.partner, currency)
    if not rows:
        return
    chosen = pick(rows, views(rows)[0])
    factor = rate if rate is not None else Decimal(1)
    flows = {side.take: pieces(chosen, side.take)}
    if side.take != "total":
        flows["total"] = pieces(chosen, "total")

    def name(take: str, s: Span) -> str:
        return f"{Side(side.reporter, side.partner, take, False).describe()} in {s.label}"

    # Wholes: the same flow over a longer span; the pair's total over this or a longer span.
    for take, found in flows.items():
        same = take == side.take
        spans = [s for s in found if s.contains(span) and s != span]
        if not same or commodity:
            whole = _figure(found, span)
            if whole is not None:
                yield Bound(whole.value * factor, _slack(whole.rows) * factor, name(take, span), True, whole.rows)
        for s in sorted(spans):
            yield Bound(found[s].value * factor, _slack(found[s].rows) * factor, name(take, s), True, found[s].rows)
    if commodity:
        return
    # Parts: the same flow over a shorter span inside this one; a total's flows.
    parts = {side.take: flows[side.take]}
    if side.take == "total":
        parts.update({t: pieces(chosen, t) for t in ("export", "import")})
    for take, found in parts.items():
        for s in sorted(found):
            if span.contains(s) and (s != span or take != side.take):
                yield Bound(
                    found[s].value * factor, _slack(found[s].rows) * factor, name(take, s), False, found[s].rows
                )


def broken(lowest: Decimal | None, highest: Decimal | None, candidates: Iterator[Bound]) -> Bound | None:
    """The first bound the statement breaks at its most generous reading
    (``lowest``..``highest``, None for no limit), or None.

    >>> b = Bound(Decimal(150), Decimal("0.5"), "exports", True, ())
    >>> broken(Decimal(195), Decimal(205), iter([b])).what, broken(Decimal(95), Decimal(105), iter([b]))
    ('exports', None)
    """
    for b in candidates:
        if b.whole and lowest is not None and lowest > b.value + b.slack:
            return b
        if not b.whole and highest is not None and highest < b.value - b.slack:
            return b
    return None
