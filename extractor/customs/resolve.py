"""Official figures of one reporter for a flow, a period and a currency.

A fact is read from each reporter's side (:class:`Side`): "North Korea
imported $186.4M from China" is PRK's imports from CHN on North Korea's side
and CHN's exports to PRK on China's (the mirror). :func:`side_figures` gives
every release's figure of one side, or the reason there is none; which side
judges a fact is :mod:`extractor.customs.reporters`' business.

- Totals. ``total`` is a reporter's total row, or its export + import for the
  same period when no total row exists. ``balance`` is export - import.
- Periods. A month, quarter, half, year or span of months is the row for that
  span (an annual row, a combined Jan-Feb release) or the sum of rows that
  tile it exactly; else there is no figure, and the reason says which rows
  are missing.
- Releases. When rows carry a release (vintage), each release is a figure of
  its own; a release that lacks a row takes the latest release's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from extractor.customs.series import CustomsRow, CustomsSeries, Span


@dataclass(frozen=True, slots=True)
class Side:
    """One reporter's view of a fact: whose rows, and what to take from them."""

    reporter: str
    partner: str
    take: str  # export | import | total | balance | -balance (import - export)
    mirror: bool  # the other side of the flow the text states

    def describe(self) -> str:
        r, p = self.reporter, self.partner
        text = {
            "export": f"{r}'s exports to {p}",
            "import": f"{r}'s imports from {p}",
            "total": f"{r}'s total trade with {p}",
            "balance": f"{r}'s exports minus imports with {p}",
            "-balance": f"{r}'s imports minus exports with {p}",
        }[self.take]
        # A total is the same kind of figure from either side; "mirror" marks one-way flows.
        return text + (" (mirror)" if self.mirror and self.take != "total" else "")


def sides(flow: str, economy: str, partner: str) -> list[Side]:
    """The reporters' views of a fact, its own side first (the world reports nothing).

    >>> [(s.reporter, s.take) for s in sides("import", "PRK", "CHN")]
    [('PRK', 'import'), ('CHN', 'export')]
    >>> [(s.reporter, s.take) for s in sides("total", "PRK", "W00")]
    [('PRK', 'total')]
    """
    opposite = {"export": "import", "import": "export", "total": "total", "balance": "-balance"}
    out = [Side(economy, partner, flow, False), Side(partner, economy, opposite[flow], True)]
    return [s for s in out if s.reporter != "W00"]


@dataclass(frozen=True, slots=True)
class Piece:
    span: Span
    value: Decimal
    rows: tuple[CustomsRow, ...]
    derived: str = ""  # "export + import" when built from two rows


@dataclass(frozen=True, slots=True)
class Official:
    """One reporter's figure for a fact, from one release."""

    value: Decimal
    rows: tuple[CustomsRow, ...]
    side: Side
    vintage: str
    how: str  # where the figure comes from, for the reason column


def views(rows: list[CustomsRow]) -> list[str]:
    """Release labels to try, latest first; [""] when rows carry none."""
    return sorted({r.vintage for r in rows if r.vintage}, reverse=True) or [""]


def pick(rows: list[CustomsRow], view: str) -> dict[tuple[str, Span], CustomsRow]:
    """One row per (flow, span): the view's release, else the latest one."""
    chosen: dict[tuple[str, Span], CustomsRow] = {}
    for r in rows:
        k = (r.flow, r.span)
        old = chosen.get(k)
        if old is None or old.vintage != view and (r.vintage == view or r.vintage > old.vintage):
            chosen[k] = r
    return chosen


def pieces(chosen: Mapping[tuple[str, Span], CustomsRow], take: str) -> dict[Span, Piece]:
    """The figures of ``take`` by span that one release's rows give."""
    by_flow: dict[str, dict[Span, CustomsRow]] = {}
    for (flow, span), r in chosen.items():
        by_flow.setdefault(flow, {})[span] = r
    exp, imp = by_flow.get("export", {}), by_flow.get("import", {})
    if take in ("export", "import"):
        return {s: Piece(s, r.value, (r,)) for s, r in by_flow.get(take, {}).items()}
    both = [s for s in exp if s in imp]
    if take == "total":
        out = {s: Piece(s, r.value, (r,)) for s, r in by_flow.get("total", {}).items()}
        for s in both:
            if s not in out:  # a stated total wins over one we add up
                out[s] = Piece(s, exp[s].value + imp[s].value, (exp[s], imp[s]), "export + import")
        return out
    sign = 1 if take == "balance" else -1
    return {s: Piece(s, sign * (exp[s].value - imp[s].value), (exp[s], imp[s]), "export - import") for s in both}


def tile(found: Mapping[Span, Piece], want: Span) -> list[Piece] | None:
    """The fewest pieces that cover ``want`` exactly, month by month, or None.

    >>> p = {s: Piece(s, Decimal(1), ()) for s in (Span.parse("2025-01/2025-02"), Span.parse("2025-03"))}
    >>> [x.span.label for x in tile(p, Span.parse("2025-Q1"))]
    ['2025-01/2025-02', '2025-03']
    >>> tile(p, Span.parse("2025-01")) is None
    True
    """
    if want in found:
        return [found[want]]
    starts: dict[int, list[Piece]] = {}
    for s, p in found.items():
        if want.contains(s):
            starts.setdefault(s.start, []).append(p)
    best: dict[int, list[Piece]] = {want.start: []}
    for m in range(want.start, want.end + 1):
        if m not in best:
            continue
        for p in starts.get(m, ()):
            nxt = p.span.end + 1
            if nxt not in best or len(best[nxt]) > len(best[m]) + 1:
                best[nxt] = [*best[m], p]
    return best.get(want.end + 1)


def _labels(months: list[int]) -> str:
    labels = [Span(m, m).label for m in months]
    return ", ".join(labels[:6]) + (f" and {len(labels) - 6} more" if len(labels) > 6 else "")


def gap_reason(chosen: Mapping[tuple[str, Span], CustomsRow], take: str, want: Span, what: str) -> str:
    """Why one release's rows give no figure of ``what`` for ``want``; every
    clause is a statement about the rows that holds.

    A month can lack a figure because nothing is published for it, because a
    total or balance has only one of its two flows, or because it is
    published only inside a longer span (a combined January-February
    release, a year) that cannot be split; a reason names each that applies.
    """
    found = pieces(chosen, take)
    covered = {m for s in found if want.contains(s) for m in range(s.start, s.end + 1)}
    missing = [m for m in range(want.start, want.end + 1) if m not in covered]
    if not missing:
        spans = ", ".join(s.label for s in sorted(found) if want.contains(s))
        return f"the published figures of {what} ({spans}) overlap and do not add up to {want.label} exactly"
    # Months with only one of the two flows a total or a balance needs.
    one_way: dict[str, list[int]] = {}
    if take not in ("export", "import"):
        for m in missing:
            flows = {f for (f, s) in chosen if s.start <= m <= s.end and want.contains(s) and f != "total"}
            if len(flows) == 1:
                one_way.setdefault(flows.pop(), []).append(m)
    # Months published only inside a span reaching beyond the one asked for.
    wider = sorted(s for s in found if s.overlaps(want) and not want.contains(s))
    inside = {m for s in wider for m in range(s.start, s.end + 1)}
    parts = []
    for flow, months in sorted(one_way.items()):
        other = "import" if flow == "export" else "export"
        parts.append(
            f"no figure of {what} for {_labels(months)}: only the {flow} figure is published there, "
            f"not the {other} figure"
        )
    done = {m for ms in one_way.values() for m in ms}
    bare = [m for m in missing if m not in done and m not in inside]
    if bare:
        parts.append(f"no figure of {what} for {_labels(bare)}")
    split = [m for m in missing if m not in done and m in inside]
    if split:
        spans = ", ".join(s.label for s in wider)
        verb = "is" if len(split) == 1 else "are"
        parts.append(
            f"{what} for {_labels(split)} {verb} published only within {spans}, which cannot be split "
            f"into the {want.label} figure"
        )
    return "; ".join(parts)


def _compose(parts: list[Piece], want: Span) -> str:
    if len(parts) == 1:
        p = parts[0]
        return f"{want.label}" + (f" ({p.derived})" if p.derived else "")
    labels = ", ".join(p.span.label for p in parts)
    derived = {p.derived for p in parts if p.derived}
    return f"{want.label} as the sum of {labels}" + (f" (each {derived.pop()})" if len(derived) == 1 else "")


def side_figures(series: CustomsSeries, side: Side, span: Span, currency: str) -> tuple[list[Official], str]:
    """Every release's figure of one side for ``span`` (latest release first),
    or none and the reason."""
    rows = series.lookup(side.reporter, side.partner, currency)
    if not rows:
        return [], f"no {currency} figures reported by {side.reporter} for its trade with {side.partner}"
    found: list[Official] = []
    reason = ""
    for i, view in enumerate(views(rows)):
        chosen = pick(rows, view)
        parts = tile(pieces(chosen, side.take), span)
        if parts is None:
            if i == 0:
                reason = gap_reason(chosen, side.take, span, side.describe())
            continue
        used = tuple(r for p in parts for r in p.rows)
        official = Official(
            value=sum((p.value for p in parts), Decimal(0)),
            rows=used,
            side=side,
            vintage=", ".join(sorted({r.vintage for r in used if r.vintage})),
            how=f"{side.describe()}, {_compose(parts, span)}",
        )
        # The same figure read twice (a release that changed nothing here) counts once.
        if not any(o.value == official.value and o.rows == official.rows for o in found):
            found.append(official)
    return found, "" if found else reason


def monthly_values(
    series: CustomsSeries, flow: str, economy: str, partner: str, currency: str
) -> dict[str, list[tuple[Span, Decimal]]]:
    """Official monthly values of a flow, per reporter side (latest release)."""
    out: dict[str, list[tuple[Span, Decimal]]] = {}
    for side in sides(flow, economy, partner):
        rows = series.lookup(side.reporter, side.partner, currency)
        if not rows:
            continue
        found = pieces(pick(rows, views(rows)[0]), side.take)
        months = sorted((s, p.value) for s, p in found.items() if s.n_months == 1)
        if months:
            out[side.describe()] = months
    return out
