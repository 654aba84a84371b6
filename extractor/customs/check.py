"""Checking trade facts and change claims against customs figures.

How a figure meets the data:

- Direction and reporter. A fact is read from both sides of its flow ("North
  Korea imported $186.4M from China" is PRK's imports from CHN, and CHN's
  exports to PRK), and one reporter's figures judge it, chosen before any
  value is compared: the source the article names, else the flow's own side
  when its rows cover the period, else the other side
  (:mod:`extractor.customs.reporters`). The other side's figure, where the
  data have it, is context: ``mirror_value`` and ``mirror_gap``.
- Totals, periods and releases: :mod:`extractor.customs.resolve`. Every
  release of the judging reporter is tried; ``vintage`` names the release(s)
  giving the verdict, and the reason the others' figures.
- Currency. A figure is compared with rows in its own currency. A KRW or CNY
  figure is compared with the USD series only when a rates file gives that
  period's rate (the official USD value is converted to the figure's
  currency); else its stated conversion (``alt_value``) is checked if it has
  one, else it is ``not_covered``. A yuan figure is never compared with a
  dollar series as if it were dollars.
- Precision and verdicts: :mod:`extractor.customs.tolerance`.
- Bounds: when no figure can be compared (a commodity, January inside a
  combined January-February release), a statement that breaks a bound the
  data prove is a ``mismatch`` (:mod:`extractor.customs.bounds`).
- Change claims: the change between ``base_period_label`` and
  ``period_label`` is computed from the judging reporter's rows of one
  release, and judged at the stated precision of the percentage.

``diff_abs`` is claimed - official (in the claimed currency, or percentage
points for claims); ``diff_rel`` is diff_abs / |official| (facts only);
``mirror_gap`` is mirror_value - official_value, in the same unit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa

from extractor.customs._tables import VERDICT_RANK
from extractor.customs.bounds import bounds, broken
from extractor.customs.reporters import Choice, choose
from extractor.customs.resolve import Official, Side, monthly_values, side_figures, sides
from extractor.customs.series import CustomsRow, CustomsSeries, PeriodError, Span
from extractor.customs.tolerance import (
    MONEY_LOOSE,
    PCT_LOOSE,
    Judgement,
    band,
    judge,
    official_half_unit,
    stated_pct_unit,
    stated_unit,
    to_decimal,
)
from extractor.records import DERIVED_TABLES

__all__ = [
    "CHECK_COLUMNS",
    "check_claim",
    "check_dataset",
    "check_fact",
    "check_facts",
    "check_tables",
    "monthly_values",
    "summarize",
    "write_checks",
]

CHECK_COLUMNS = list(DERIVED_TABLES["checks"])
FLOWS = ("export", "import", "total", "balance")
Rates = Mapping[tuple[str, str], Decimal]


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


def _refs(rows: Iterable[CustomsRow]) -> str:
    return json.dumps([r.ref() for r in rows], ensure_ascii=False)


def _span_of(label: str, start: str, end: str) -> Span:
    if label:
        return Span.parse(label)
    if start and end:
        return Span.from_dates(start, end)
    raise PeriodError("no period stated")


def _num(d: Decimal) -> str:
    d = d.normalize()
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{float(d):,.4f}".rstrip("0").rstrip(".")


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


# ---------------------------------------------------------------- one reporter


def _best(judged: list[tuple[Judgement, Official]]) -> int:
    """Index of the best verdict among one reporter's releases; ties go to the
    earlier (latest release). Across releases this is sound: the reason names
    the release that agrees."""
    return min(range(len(judged)), key=lambda i: (VERDICT_RANK[judged[i][0].verdict], i))


def _vintage_note(judged: list[tuple[Judgement, Official]], best: int) -> tuple[str, str]:
    """(vintage column, sentence for the reason) when releases were tried."""
    if not any(o.vintage for _, o in judged):
        return "", ""
    verdict = judged[best][0].verdict
    agree = sorted({o.vintage for j, o in judged if j.verdict == verdict and o.vintage})
    others = [f"{o.vintage} gives {_num(o.value)}" for j, o in judged if j.verdict != verdict and o.vintage]
    note = f"{verdict} with release {', '.join(agree)}"
    if verdict in ("near", "mismatch"):
        note += " (no release in the data gives the stated figure)"
    if others:
        note += "; " + "; ".join(others)
    return ", ".join(agree), note


def _half(rows: Iterable[CustomsRow]) -> Decimal:
    """How far the official figure may lie from the true one: see tolerance.official_half_unit."""
    return official_half_unit(r.value for r in rows)


def _explain(
    j: Judgement, claimed: Decimal, official: Decimal, unit: Decimal, pct: bool, official_half: Decimal = Decimal(0)
) -> str:
    """What the verdict says about the difference, in words."""
    off = f"{float(official - claimed):+.2f} points" if pct else f"{float((official - claimed) / abs(claimed)):+.2%}"
    if j.verdict == "rounding" and j.outside > unit / 2:
        return (
            f"rounding: the official figure is {off} away, which the digits explain once its own precision "
            f"(published to {_num(official_half * 2)}) is allowed for"
        )
    if j.verdict == "rounding":
        return f"rounding: the official figure is {off} away, within one unit ({_num(unit)}) of the last stated digit"
    if j.verdict == "near":
        return (
            f"near: the official figure is {off} away, more than the stated digits explain "
            "(a revision, another release or a slip)"
        )
    return ""


def _mirror(
    candidates: list[Side], chosen: Side | None, figures: Mapping[Side, list[Official]]
) -> tuple[Side, Official] | None:
    """The other reporter's figure (latest release), if the data have it."""
    for side in candidates:
        if side != chosen and figures.get(side):
            return side, figures[side][0]
    return None


# ---------------------------------------------------------------- facts


def _pair_currencies(series: CustomsSeries, economy: str, partner: str) -> set[str]:
    return {c for s in sides("total", economy, partner) for c in series.currencies_of(s.reporter, s.partner)}


def _factor(rates: Rates, label: str, frm: str, to: str) -> Decimal | None:
    """Units of ``to`` per unit of ``frm`` in a period, from per-USD rates."""

    def per_usd(c: str) -> Decimal | None:
        return Decimal(1) if c == "USD" else rates.get((label, c))

    a, b = per_usd(frm), per_usd(to)
    return None if a is None or b is None else b / a


def _currency_gap(currency: str, have: set[str], rates: Rates, span: Span, economy: str, partner: str) -> str:
    listed = ", ".join(sorted(have))
    head = f"the figure is in {currency}; the customs data for {economy} and {partner} are in {listed}"
    if not rates:
        return f"{head}, and no rates file is given (--rates) to convert them, so it is not compared with them"
    return f"{head}, and the rates file has no {currency} rate for {span.label}, so it is not compared with them"


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
    commodity = _s(fact.get("commodity"))
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

    def not_covered(reason: str, **kw) -> dict:
        return _row(**base, **kw, verdict="not_covered", reason=reason, customs_rows="[]")

    if value is None:
        return not_covered("no value stated")
    if flow not in FLOWS:
        return not_covered(f"flow {flow!r} is not one of {', '.join(FLOWS)}")
    if not economy or not partner:
        return not_covered("the economies are not both known")
    if _s(fact.get("measure")):
        return not_covered(f"a {_s(fact.get('measure'))} is not in monthly customs totals")
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
                plan = (val, cur, text, frm, factor, _join(note, conv))
                break
        if plan:
            break
    if plan is None:
        if not currency:
            return not_covered("no currency stated")
        return not_covered(_currency_gap(currency, have, rates, span, economy, partner))
    claimed, cur, text, series_cur, rate, note = plan
    base.update(currency=cur, claimed_value=_f(claimed))
    scale = rate if rate is not None else Decimal(1)

    # One reporter judges; the other side's figure is context.
    candidates = sides(flow, economy, partner)
    figures: dict[Side, list[Official]] = {}
    reasons: dict[Side, str] = {}
    for side in candidates:
        figures[side], reasons[side] = side_figures(series, side, span, series_cur)
    choice: Choice = choose(
        candidates,
        covers={s: bool(figures[s]) for s in candidates},
        has_rows={s: series.has(s.reporter, s.partner, series_cur) for s in candidates},
        source=_s(fact.get("source_org")),
    )
    unit = stated_unit(claimed, text or None)
    loose = abs(claimed) * MONEY_LOOSE
    statement, tolerance, rule = band(claimed, unit, _s(fact.get("qualifier")), loose)
    side = choice.side
    officials = figures.get(side, []) if side is not None and not commodity else []
    mirror = _mirror(candidates, side, figures)
    mirror_value = mirror[1].value * scale if mirror else None
    mirror_note = f"the other side, {mirror[1].how}, gives {_num(mirror_value)}" if mirror else ""
    reporter = side.reporter if side is not None else ""

    if not officials:
        # No figure to compare: a bound may still refute the statement.
        edge = statement.widened(unit / 2)  # its most generous reading
        limits = list(bounds(series, side, span, series_cur, bool(commodity), rate)) if side is not None else []
        found = broken(edge.lo, edge.hi, iter(limits))
        if found is not None:
            what = f"{commodity} ({side.describe()})" if commodity else side.describe()
            stated = f"{_num(claimed)} {cur}"
            if found.whole:
                why = (
                    f"a part cannot exceed its whole: {what} in {span.label}, stated as {stated}, "
                    f"is more than {found.what}, {_num(found.value)}"
                )
            else:
                why = (
                    f"a whole cannot be smaller than a part: {what} in {span.label}, stated as {stated}, "
                    f"is less than {found.what}, {_num(found.value)}"
                )
            return _row(
                **base,
                reporter=reporter,
                verdict="mismatch",
                tolerance=float(tolerance),
                reason=_join(choice.why, why, rule, note, mirror_note),
                mirror_value=_f(mirror_value),
                customs_rows=_refs(found.rows),
            )
        if commodity and limits:
            gap = f"a figure for {commodity}; customs totals are all commodities, and no bound they give is broken"
        elif commodity:
            gap = (
                f"a figure for {commodity}; customs totals are all commodities, and the data hold no total "
                f"of its flow for {span.label} to bound it"
            )
        elif side is None:
            gap = _join(*(reasons[s] for s in candidates))
        else:
            gap = reasons[side]
        return not_covered(_join(choice.why, gap, note, mirror_note), reporter=reporter, mirror_value=_f(mirror_value))

    judged = [
        (judge(claimed, o.value * scale, unit, _s(fact.get("qualifier")), loose, _half(o.rows) * scale), o)
        for o in officials
    ]
    b = _best(judged)
    j, o = judged[b]
    official = o.value * scale
    vintage, vnote = _vintage_note(judged, b)
    diff = claimed - official
    return _row(
        **base,
        reporter=reporter,
        official_value=float(official),
        diff_abs=float(diff),
        diff_rel=float(diff / abs(official)) if official else None,
        tolerance=float(j.tolerance),
        verdict=j.verdict,
        reason=_join(
            choice.why,
            o.how,
            rule,
            _explain(j, claimed, official, unit, False, _half(o.rows) * scale),
            vnote,
            note,
            mirror_note,
        ),
        vintage=vintage,
        mirror_value=_f(mirror_value),
        mirror_gap=_f(mirror_value - official) if mirror_value is not None else None,
        customs_rows=_refs(o.rows),
    )


# ---------------------------------------------------------------- change claims


def _changes(
    now: list[Official],
    then: list[Official],
    span: Span,
    base_span: Span,
    cur: str,
    factors: tuple[Decimal, Decimal] | None = None,
) -> list[Official]:
    """The change from ``then`` to ``now`` per release of one reporter, in
    percent; ``factors`` convert each period's figure to the claim's currency."""
    f_now, f_then = factors or (Decimal(1), Decimal(1))
    out = []
    for o in now:
        for t in then:
            if t.vintage and o.vintage and t.vintage != o.vintage or not t.value:
                continue
            a, b = o.value * f_now, t.value * f_then
            change = (a / b - 1) * 100
            how = (
                f"{o.side.describe()}: {span.label} {_num(a)} vs {base_span.label} "
                f"{_num(b)} {cur} = {float(change):+.2f}%"
            )
            out.append(Official(change, o.rows + t.rows, o.side, o.vintage or t.vintage, how))
    return out


def check_claim(claim: Mapping, series: CustomsSeries, fact: Mapping | None = None, rates: Rates | None = None) -> dict:
    """One ``checks`` row for one change claim (a dict of change_claims columns).

    Empty flow, economies or period are taken from the fact it is about, and
    so are the stated source that picks the judging reporter and the
    currency: a change of a yuan figure is not a change of the dollar series
    (the two differ by the move of the exchange rate), so it is computed from
    a series in its currency, or from the dollar series converted at each
    period's rate (``rates``), else it is not covered."""
    fact = fact or {}
    rates = rates or {}

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

    def not_covered(reason: str, **kw) -> dict:
        return _row(**base, **kw, verdict="not_covered", reason=reason, customs_rows="[]")

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
    factors, cur, note = None, series_cur, ""
    if fact_cur and fact_cur not in have:
        for frm in sorted(have, key=lambda c: (c != "USD", c)):
            f_now, f_then = _factor(rates, span.label, frm, fact_cur), _factor(rates, base_span.label, frm, fact_cur)
            if f_now is not None and f_then is not None:
                series_cur, factors, cur = frm, (f_now, f_then), fact_cur
                note = f"official {frm} figures converted to {fact_cur} at each period's rate (rates file)"
                break
        else:
            listed = ", ".join(sorted(have))
            return not_covered(
                f"the change is of a {fact_cur} figure; the customs data for {economy} and {partner} are in "
                f"{listed}, and a change in {fact_cur} differs from one in {listed} by the move of the exchange "
                f"rate; a rates file with {fact_cur} rates for {span.label} and {base_span.label} would allow it"
            )

    candidates = sides(flow, economy, partner)
    changes: dict[Side, list[Official]] = {}
    reasons: dict[Side, str] = {}
    for side in candidates:
        now, why_now = side_figures(series, side, span, series_cur)
        then, why_then = side_figures(series, side, base_span, series_cur)
        changes[side] = _changes(now, then, span, base_span, cur, factors)
        if not now:
            reasons[side] = why_now
        elif not then:
            reasons[side] = f"base period: {why_then}"
        elif not changes[side]:
            reasons[side] = f"no comparable base figure for {base_span.label}"
    choice = choose(
        candidates,
        covers={s: bool(changes[s]) for s in candidates},
        has_rows={s: series.has(s.reporter, s.partner, series_cur) for s in candidates},
        source=_s(fact.get("source_org")),
    )
    side = choice.side
    mirror = _mirror(candidates, side, changes)
    mirror_note = f"the other side, {mirror[1].how}" if mirror else ""
    mirror_value = round(float(mirror[1].value), 4) if mirror else None
    reporter = side.reporter if side is not None else ""
    if side is None or not changes[side]:
        gap = reasons[side] if side is not None else _join(*(reasons.get(s, "") for s in candidates))
        return not_covered(_join(choice.why, gap, note, mirror_note), reporter=reporter, mirror_value=mirror_value)
    unit = stated_pct_unit(pct, text)
    judged = [(judge(pct, o.value, unit, _s(claim.get("qualifier")), PCT_LOOSE), o) for o in changes[side]]
    b = _best(judged)
    j, o = judged[b]
    vintage, vnote = _vintage_note(judged, b)
    return _row(
        **base,
        reporter=reporter,
        official_value=round(float(o.value), 4),
        diff_abs=round(float(pct - o.value), 4),
        diff_rel=None,
        tolerance=float(j.tolerance),
        verdict=j.verdict,
        reason=_join(
            choice.why,
            o.how,
            f"against {base_span.label}",
            j.rule,
            _explain(j, pct, o.value, unit, True),
            vnote,
            note,
            mirror_note,
        ),
        vintage=vintage,
        mirror_value=mirror_value,
        mirror_gap=round(float(mirror[1].value - o.value), 4) if mirror else None,
        customs_rows=_refs(o.rows),
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
        rows.append(check_claim(c, customs, fact, rates))
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
