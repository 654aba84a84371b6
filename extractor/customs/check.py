"""Checking trade facts and change claims against customs figures.

How a figure is matched with the data:

- Direction. A fact is compared exporter -> importer: "North Korea imported
  $186.4M from China" is China's exports to North Korea. Both sides' reports
  are tried (PRK's imports from CHN, then CHN's exports to PRK, the mirror);
  the ``reason`` says which reporter's figure was used.
- Totals. ``total`` is a reporter's total row, or its export + import for the
  same period when no total row exists. ``balance`` is export - import.
- Periods. A month, quarter, half, year or span of months is the row for that
  span (an annual row, a combined Jan-Feb release) or the sum of rows that
  tile it exactly. A period no rows tile (January alone when only January-
  February combined is published; a span of days) is ``not_covered``, saying
  why.
- Currency. A figure is compared with rows in its own currency. A KRW or CNY
  figure is compared with the USD series only when a rates file gives that
  period's rate (the official USD value is converted to the figure's
  currency); else its stated USD conversion (``alt_value``) is checked if it
  has one, else it is ``not_covered``. A yuan figure is never compared with
  a dollar series as if it were dollars.
- Releases. When rows carry a release (vintage), or two files disagree, each
  release is tried; ``vintage`` names the releases the figure agrees with.
- Precision: see :mod:`extractor.customs.tolerance`.
- Change claims: the change between ``base_period_label`` and
  ``period_label`` is computed from the same reporter's rows of one release,
  and judged at the stated precision of the percentage.

``diff_abs`` is claimed - official (in the claimed currency, or percentage
points for claims); ``diff_rel`` is diff_abs / |official| (facts only).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa

from extractor.customs._tables import VERDICT_RANK
from extractor.customs.series import CustomsRow, CustomsSeries, PeriodError, Span
from extractor.customs.tolerance import (
    MONEY_LOOSE,
    PCT_LOOSE,
    judge,
    stated_pct_unit,
    stated_unit,
    to_decimal,
)
from extractor.records import DERIVED_TABLES

CHECK_COLUMNS = list(DERIVED_TABLES["checks"])
FLOWS = ("export", "import", "total", "balance")
Rates = Mapping[tuple[str, str], Decimal]


# ---------------------------------------------------------------- resolving


@dataclass(frozen=True, slots=True)
class Side:
    """One reporter's view of a fact: whose rows, and what to take from them."""

    reporter: str
    partner: str
    take: str  # export | import | total | balance | -balance (import - export)
    mirror: bool

    def describe(self) -> str:
        r, p = self.reporter, self.partner
        text = {
            "export": f"{r}'s exports to {p}",
            "import": f"{r}'s imports from {p}",
            "total": f"{r}'s total trade with {p}",
            "balance": f"{r}'s exports minus imports with {p}",
            "-balance": f"{r}'s imports minus exports with {p}",
        }[self.take]
        # A total is the same figure from either side; "mirror" marks one-way flows.
        return text + (" (mirror)" if self.mirror and self.take != "total" else "")


def sides(flow: str, economy: str, partner: str) -> list[Side]:
    """The reporters' views of a fact, its own side first.

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
    value: Decimal
    rows: tuple[CustomsRow, ...]
    side: Side
    vintage: str
    how: str


def _views(rows: list[CustomsRow]) -> list[str]:
    """Release labels to try, latest first; [""] when rows carry none."""
    return sorted({r.vintage for r in rows if r.vintage}, reverse=True) or [""]


def _pick(rows: list[CustomsRow], view: str) -> dict[tuple[str, Span], CustomsRow]:
    """One row per (flow, span): the view's release, else the latest one."""
    chosen: dict[tuple[str, Span], CustomsRow] = {}
    for r in rows:
        k = (r.flow, r.span)
        old = chosen.get(k)
        if old is None or old.vintage != view and (r.vintage == view or r.vintage > old.vintage):
            chosen[k] = r
    return chosen


def _pieces(chosen: dict[tuple[str, Span], CustomsRow], take: str) -> dict[Span, Piece]:
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


def tile(pieces: Mapping[Span, Piece], want: Span) -> list[Piece] | None:
    """The fewest pieces that cover ``want`` exactly, month by month, or None.

    >>> p = {s: Piece(s, Decimal(1), ()) for s in (Span.parse("2025-01/2025-02"), Span.parse("2025-03"))}
    >>> [x.span.label for x in tile(p, Span.parse("2025-Q1"))]
    ['2025-01/2025-02', '2025-03']
    >>> tile(p, Span.parse("2025-01")) is None
    True
    """
    if want in pieces:
        return [pieces[want]]
    starts: dict[int, list[Piece]] = {}
    for s, p in pieces.items():
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


def _gap_reason(
    pieces: Mapping[Span, Piece],
    want: Span,
    what: str,
    chosen: Mapping[tuple[str, Span], CustomsRow] | None = None,
) -> str:
    covered = {m for s in pieces if want.contains(s) for m in range(s.start, s.end + 1)}
    across = sorted(s for s in pieces if s.overlaps(want) and not want.contains(s))
    in_across = {m for s in across for m in range(s.start, s.end + 1)}
    missing = [m for m in range(want.start, want.end + 1) if m not in covered | in_across]
    parts = []
    if across:
        spans = ", ".join(s.label for s in across)
        parts.append(f"the customs data give {spans} only as a whole, so {want.label} cannot be taken from it")
    if missing:
        labels = [Span(m, m).label for m in missing]
        shown = ", ".join(labels[:6]) + (f" and {len(labels) - 6} more" if len(labels) > 6 else "")
        text = f"no figure of {what} for {shown}"
        # A total or balance needs both flows: say which one is there.
        one_way = sorted({f for (f, s) in (chosen or {}) if s.start in missing and s.n_months == 1})
        if len(one_way) == 1:
            text += f" (only the {' and '.join(one_way)} figure is published)"
        parts.append(text)
    return "; ".join(parts) or f"the figures of {what} do not add up to {want.label} exactly"


def _compose(pieces: list[Piece], want: Span) -> str:
    if len(pieces) == 1:
        p = pieces[0]
        return f"{want.label}" + (f" ({p.derived})" if p.derived else "")
    labels = ", ".join(p.span.label for p in pieces)
    derived = {p.derived for p in pieces if p.derived}
    return f"{want.label} as the sum of {labels}" + (f" (each {derived.pop()})" if len(derived) == 1 else "")


def resolve(
    series: CustomsSeries, flow: str, economy: str, partner: str, span: Span, currency: str
) -> tuple[list[Official], str]:
    """Every official value for the fact (each reporter side and release,
    own side and latest release first), or no value and the reason."""
    found: list[Official] = []
    reasons: list[tuple[int, str]] = []
    for side in sides(flow, economy, partner):
        rows = series.lookup(side.reporter, side.partner, currency)
        if not rows:
            continue
        for view in _views(rows):
            pieces = _pieces(_pick(rows, view), side.take)
            parts = tile(pieces, span)
            if parts is None:
                if view == _views(rows)[0]:
                    chosen = _pick(rows, view) if side.take not in ("export", "import") else None
                    reasons.append((len(pieces), _gap_reason(pieces, span, side.describe(), chosen)))
                continue
            used = tuple(r for p in parts for r in p.rows)
            vintages = {r.vintage for r in used if r.vintage}
            found.append(
                Official(
                    value=sum((p.value for p in parts), Decimal(0)),
                    rows=used,
                    side=side,
                    vintage=", ".join(sorted(vintages)),
                    how=f"{side.describe()}, {_compose(parts, span)}",
                )
            )
    if found:
        # The same figure read twice (a release that changed nothing here) counts once.
        unique: dict[tuple, Official] = {}
        for o in found:
            unique.setdefault((o.side, o.value, o.rows), o)
        return list(unique.values()), ""
    if not reasons:
        return [], f"no {currency} customs rows for {economy} and {partner}"
    return [], max(reasons)[1]


def monthly_values(
    series: CustomsSeries, flow: str, economy: str, partner: str, currency: str
) -> dict[str, list[tuple[Span, Decimal]]]:
    """Official monthly values of a flow, per reporter side (latest release)."""
    out: dict[str, list[tuple[Span, Decimal]]] = {}
    for side in sides(flow, economy, partner):
        rows = series.lookup(side.reporter, side.partner, currency)
        if not rows:
            continue
        pieces = _pieces(_pick(rows, _views(rows)[0]), side.take)
        months = sorted((s, p.value) for s, p in pieces.items() if s.n_months == 1)
        if months:
            out[side.describe()] = months
    return out


# ---------------------------------------------------------------- checking


def _s(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v).strip()


def _n(v) -> Decimal | None:
    if v is None or isinstance(v, str) and not v.strip():
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else to_decimal(f)


def _f(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _row(**kw) -> dict:
    row = dict.fromkeys(CHECK_COLUMNS)
    row.update(kw)
    for c, t in DERIVED_TABLES["checks"].items():
        if row[c] is None and pa.types.is_string(t):
            row[c] = ""
    return row


def _span_of(label: str, start: str, end: str) -> Span:
    if label:
        return Span.parse(label)
    if start and end:
        return Span.from_dates(start, end)
    raise PeriodError("no period stated")


def _best(judged: list[tuple]) -> int:
    """Index of the best verdict; ties go to the earlier (own side, latest release)."""
    return min(range(len(judged)), key=lambda i: (VERDICT_RANK[judged[i][0].verdict], i))


def _vintage_note(judged: list[tuple], best: int) -> tuple[str, str]:
    """(vintage column, sentence for the reason) when releases were tried."""
    side = judged[best][1].side
    same_side = [(j, o) for j, o in judged if o.side == side]
    if not any(o.vintage for _, o in same_side):
        return "", ""
    verdict = judged[best][0].verdict
    agree = sorted({o.vintage for j, o in same_side if j.verdict == verdict and o.vintage})
    others = [f"{o.vintage} gives {_num(o.value)}" for j, o in same_side if j.verdict != verdict and o.vintage]
    note = f"{verdict} with release {', '.join(agree)}"
    if others:
        note += "; " + "; ".join(others)
    return ", ".join(agree), note


def _num(d: Decimal) -> str:
    d = d.normalize()
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{float(d):,.4f}".rstrip("0").rstrip(".")


def _pair_currencies(series: CustomsSeries, economy: str, partner: str) -> set[str]:
    return {c for s in sides("total", economy, partner) for c in series.currencies_of(s.reporter, s.partner)}


def _factor(rates: Rates, label: str, frm: str, to: str) -> Decimal | None:
    """Units of ``to`` per unit of ``frm`` in a period, from per-USD rates."""

    def per_usd(c: str) -> Decimal | None:
        return Decimal(1) if c == "USD" else rates.get((label, c))

    a, b = per_usd(frm), per_usd(to)
    return None if a is None or b is None else b / a


def check_fact(
    fact: Mapping,
    series: CustomsSeries,
    rates: Rates | None = None,
    texts: tuple[str, str] = ("", ""),
) -> dict:
    """One ``checks`` row for one trade fact (a dict of trade_facts columns).

    ``texts`` are the stated texts of the value and of its conversion (from
    the amounts table), which give the stated precision."""
    rates = rates or {}
    flow, economy, partner = _s(fact.get("flow")), _s(fact.get("economy")), _s(fact.get("partner"))
    label = _s(fact.get("period_label"))
    currency = _s(fact.get("currency")).upper()
    value = _n(fact.get("value"))
    base = dict(
        article_id=_s(fact.get("article_id")),
        fact_id=_s(fact.get("fact_id")),
        claim_id="",
        kind="fact",
        flow=flow,
        economy=economy,
        partner=partner,
        period_label=label,
        currency=currency,
        claimed_value=_f(value),
        sentence=_s(fact.get("sentence")),
    )

    def not_covered(reason: str) -> dict:
        return _row(**base, verdict="not_covered", reason=reason, customs_rows="[]")

    if value is None:
        return not_covered("no value stated")
    if flow not in FLOWS:
        return not_covered(f"flow {flow!r} is not one of {', '.join(FLOWS)}")
    if not economy or not partner:
        return not_covered("the economies are not both known")
    if _s(fact.get("measure")):
        return not_covered(f"a {_s(fact.get('measure'))} is not in monthly customs totals")
    if _s(fact.get("commodity")):
        return not_covered(f"a figure for {_s(fact.get('commodity'))}; customs totals are all commodities")
    try:
        span = _span_of(label, _s(fact.get("period_start")), _s(fact.get("period_end")))
    except (PeriodError, ValueError) as e:
        return not_covered(str(e))
    base["period_label"] = label or span.label

    # Which stated figure, in which currency, against which series.
    have = _pair_currencies(series, economy, partner)
    if not have:
        return not_covered(f"no customs rows for {economy} and {partner}")
    alt_value, alt_cur = _n(fact.get("alt_value")), _s(fact.get("alt_currency")).upper()
    plan = None  # (claimed, currency, stated text, series currency, factor, note)
    for val, cur, text, note in (
        (value, currency, texts[0], ""),
        (alt_value, alt_cur, texts[1], f"checked the stated {alt_cur} conversion"),
    ):
        if val is None or not cur:
            continue
        if cur in have:
            plan = (val, cur, text, cur, None, note)
            break
        for frm in sorted(have, key=lambda c: (c != "USD", c)):
            factor = _factor(rates, span.label, frm, cur)
            if factor is not None:
                conv = f"official {frm} converted at {_num(factor)} {cur}/{frm} ({span.label}, rates file)"
                plan = (val, cur, text, frm, factor, "; ".join(x for x in (note, conv) if x))
                break
        if plan:
            break
    if plan is None:
        if not currency:
            return not_covered("no currency stated")
        return not_covered(
            f"the figure is in {currency}; the customs data for {economy} and {partner} are in "
            f"{', '.join(sorted(have))} and no rates file gives a {currency} rate for {span.label}, "
            f"so it is not compared with a {'/'.join(sorted(have))} series"
        )
    claimed, cur, text, series_cur, rate, note = plan
    base.update(currency=cur, claimed_value=_f(claimed))

    officials, reason = resolve(series, flow, economy, partner, span, series_cur)
    if not officials:
        return not_covered(reason)
    unit = stated_unit(claimed, text or None)
    loose = abs(claimed) * MONEY_LOOSE
    judged = []
    for o in officials:
        value_here = o.value * rate if rate is not None else o.value
        judged.append((judge(claimed, value_here, unit, _s(fact.get("qualifier")), loose), o))
    b = _best(judged)
    j, o = judged[b]
    official = o.value * rate if rate is not None else o.value
    vintage, vnote = _vintage_note(judged, b)
    diff = claimed - official
    reason = "; ".join(x for x in (o.how, j.rule, vnote, note) if x)
    return _row(
        **base,
        official_value=float(official),
        diff_abs=float(diff),
        diff_rel=float(diff / abs(official)) if official else None,
        tolerance=float(j.tolerance),
        verdict=j.verdict,
        reason=reason,
        vintage=vintage,
        customs_rows=json.dumps([r.ref() for r in o.rows], ensure_ascii=False),
    )


def check_claim(claim: Mapping, series: CustomsSeries, fact: Mapping | None = None) -> dict:
    """One ``checks`` row for one change claim (a dict of change_claims columns).

    Empty flow, economies or period are taken from the fact it is about."""
    fact = fact or {}

    def get(name: str) -> str:
        return _s(claim.get(name)) or _s(fact.get(name))

    flow, economy, partner = get("flow"), get("economy"), get("partner")
    label, base_label = get("period_label"), _s(claim.get("base_period_label"))
    pct = _n(claim.get("pct_change"))
    text = _s(claim.get("text"))
    base = dict(
        article_id=_s(claim.get("article_id")),
        fact_id=_s(claim.get("fact_id")),
        claim_id=_s(claim.get("claim_id")),
        kind="claim",
        flow=flow,
        economy=economy,
        partner=partner,
        period_label=label,
        currency="%",
        claimed_value=_f(pct),
        sentence=_s(claim.get("sentence")) or text,
    )

    def not_covered(reason: str) -> dict:
        return _row(**base, verdict="not_covered", reason=reason, customs_rows="[]")

    if pct is None:
        return not_covered("no percentage stated")
    if flow not in FLOWS:
        return not_covered(f"flow {flow!r} is not one of {', '.join(FLOWS)}")
    if not economy or not partner:
        return not_covered("the economies are not both known")
    if not base_label:
        return not_covered("no base period stated")
    try:
        span = Span.parse(label)
        base_span = Span.parse(base_label)
    except (PeriodError, ValueError) as e:
        return not_covered(str(e))
    have = _pair_currencies(series, economy, partner)
    if not have:
        return not_covered(f"no customs rows for {economy} and {partner}")
    fact_cur = _s(fact.get("currency")).upper()
    series_cur = fact_cur if fact_cur in have else ("USD" if "USD" in have else sorted(have)[0])
    note = ""
    if fact_cur and fact_cur != series_cur:
        note = f"change computed from the {series_cur} series; the article's figure is in {fact_cur}"

    now, reason_now = resolve(series, flow, economy, partner, span, series_cur)
    then, reason_then = resolve(series, flow, economy, partner, base_span, series_cur)
    if not now:
        return not_covered(reason_now)
    if not then:
        return not_covered(f"base period: {reason_then}")
    unit = stated_pct_unit(pct, text)
    judged = []
    for o in now:
        for t in then:
            if t.side != o.side or t.vintage and o.vintage and t.vintage != o.vintage or not t.value:
                continue
            change = (o.value / t.value - 1) * 100
            how = (
                f"{o.side.describe()}: {span.label} {_num(o.value)} vs {base_span.label} "
                f"{_num(t.value)} {series_cur} = {float(change):+.2f}%"
            )
            off = Official(change, o.rows + t.rows, o.side, o.vintage or t.vintage, how)
            judged.append((judge(pct, change, unit, _s(claim.get("qualifier")), PCT_LOOSE), off))
    if not judged:
        return not_covered(f"no comparable base figure for {base_span.label}")
    b = _best(judged)
    j, o = judged[b]
    vintage, vnote = _vintage_note(judged, b)
    base["period_label"] = label
    return _row(
        **base,
        official_value=round(float(o.value), 4),
        diff_abs=round(float(pct - o.value), 4),
        diff_rel=None,
        tolerance=float(j.tolerance),
        verdict=j.verdict,
        reason="; ".join(x for x in (o.how, f"against {base_span.label}", j.rule, vnote, note) if x),
        vintage=vintage,
        customs_rows=json.dumps([r.ref() for r in o.rows], ensure_ascii=False),
    )


def _records(df: pd.DataFrame | None) -> list[dict]:
    if df is None or len(df) == 0:
        return []
    return df.to_dict("records")


def check_facts(
    facts_df: pd.DataFrame | None,
    claims_df: pd.DataFrame | None,
    customs: CustomsSeries,
    rates: Rates | None = None,
    *,
    amounts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The ``checks`` table for trade facts and change claims.

    ``amounts`` (the dataset's amounts table), when given, supplies each
    figure's stated text and so its stated precision; without it the
    precision is read off the value (see :mod:`extractor.customs.tolerance`).
    """
    text_of: dict[tuple[str, str], str] = {}
    conv_of: dict[tuple[str, str], str] = {}
    for a in _records(amounts):
        key = (_s(a.get("article_id")), _s(a.get("amount_id")))
        text_of[key] = _s(a.get("text"))
        if _s(a.get("converts_amount_id")):
            conv_of[(key[0], _s(a.get("converts_amount_id")))] = _s(a.get("text"))
    facts = _records(facts_df)
    rows = []
    by_id: dict[tuple[str, str], dict] = {}
    for f in facts:
        key = (_s(f.get("article_id")), _s(f.get("amount_id")))
        by_id[(_s(f.get("article_id")), _s(f.get("fact_id")))] = f
        rows.append(check_fact(f, customs, rates, (text_of.get(key, ""), conv_of.get(key, ""))))
    for c in _records(claims_df):
        fact = by_id.get((_s(c.get("article_id")), _s(c.get("fact_id"))))
        rows.append(check_claim(c, customs, fact))
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


def check_tables(
    tables: Mapping[str, pd.DataFrame], customs: CustomsSeries, rates: Rates | None = None
) -> pd.DataFrame:
    """``check_facts`` over a dataset as ``read_dataset`` returns it."""
    return check_facts(
        tables.get("trade_facts"),
        tables.get("change_claims"),
        customs,
        rates,
        amounts=tables.get("amounts"),
    )


def check_dataset(
    dataset_dir: str | Path,
    customs_paths: Iterable[str | Path],
    rates_path: str | Path | None = None,
) -> pd.DataFrame:
    """Check a dataset's facts and claims against customs files; returns the
    ``checks`` table (``write_checks`` adds it to the dataset).

    Each customs path may end in ``:export`` / ``:import`` (a China customs
    query export whose file name does not say its flow)."""
    from extractor.customs.loaders import load_customs_files, load_rates
    from extractor.dataset import read_dataset

    customs = load_customs_files(list(customs_paths))
    rates = load_rates(rates_path) if rates_path else None
    return check_tables(read_dataset(dataset_dir), customs, rates)


def summarize(checks: pd.DataFrame) -> pd.DataFrame:
    """Counts by verdict: verdict, facts, claims, total (every verdict listed)."""
    out = []
    for v in VERDICT_RANK:
        sel = checks[checks["verdict"] == v] if len(checks) else checks
        facts = int((sel["kind"] == "fact").sum()) if len(sel) else 0
        claims = int((sel["kind"] == "claim").sum()) if len(sel) else 0
        out.append({"verdict": v, "facts": facts, "claims": claims, "total": facts + claims})
    return pd.DataFrame(out)


def write_checks(dataset_dir: str | Path, checks: pd.DataFrame, fmt: str | None = None) -> Path:
    """Add the ``checks`` table to the dataset, in the dataset's format
    (``fmt`` overrides)."""
    from extractor.dataset import dataset_format, write_table

    rows = [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
        for r in checks.to_dict("records")
    ]
    return write_table(Path(dataset_dir), "checks", rows, fmt or dataset_format(dataset_dir) or "parquet")
