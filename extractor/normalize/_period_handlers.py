"""Handlers of the period patterns: each turns one match (its groups, the
match, the text) into a ``_Spec``, or None when the match is no period.
Private to ``normalize.periods``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from extractor.normalize import _period_tables as T
from extractor.normalize._period_grammar import (
    _CURRENCY_BEFORE,
    _FISCAL_TPL,
    _fiscal_end_year,
    _has_year,
    _mode,
    _month_no,
    _num,
    _quantity_follows,
    _rel_mode,
    _Spec,
    _Tpl,
    _tpl_spec,
    _twelve_months_from,
)

# -- handlers: (groupdict, match, text) -> _Spec | None ----------------------

Handler = Callable[[dict, re.Match, str], "_Spec | None"]


def _h_iso_day_range(gd, m, text):
    try:
        a, b = date.fromisoformat(gd["a"]), date.fromisoformat(gd["b"])
    except ValueError:
        return None
    if a > b:
        return None
    return _tpl_spec(_Tpl(a.month, b.month, a.day, b.day, b.year - a.year), ("abs", b.year))


def _h_iso_month_range(gd, m, text):
    y1, m1, y2, m2 = int(gd["y1"]), int(gd["m1"]), int(gd["y2"]), int(gd["m2"])
    if (y1, m1) > (y2, m2):
        return None
    return _tpl_spec(_Tpl(m1, m2, back=y2 - y1), ("abs", y2))


def _h_iso_date(gd, m, text):
    y, mo, d = int(gd["y"]), int(gd["mo"]), int(gd["d"])
    if not (1900 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _tpl_spec(_Tpl(mo, mo, d, d), ("abs", y), kind="date")


def _h_day_span(gd, m, text):
    conn = gd["conn"].strip().lower()
    if conn == "and" and (gd.get("pre") or "").lower() != "between":
        return None
    if _quantity_follows(text, m.end()):
        return None
    m1 = _month_no(gd["m"])
    m2 = _month_no(gd["m2"]) if gd.get("m2") else m1
    d1, d2 = int(gd["d1"]), int(gd["d2"])
    back = 1 if m2 < m1 else 0
    if (m1, d1) >= (m2, d2) and not back:
        return None
    mode = _mode(gd)
    return _tpl_spec(_Tpl(m1, m2, d1, d2, back), mode) if mode else None


def _h_day_span_dm(gd, m, text):
    d1, d2 = int(gd["d1"]), int(gd["d2"])
    if d1 >= d2:
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, d1, d2), mode) if mode else None


def _h_first_days_rel(gd, m, text):
    """ "the first 20 days of this month": days of the publication's month (or
    the focus's month, for "of the month")."""
    n = _num(gd["n"])
    if not 1 <= n <= 31:
        return None
    w = gd["w"].lower()
    return _Spec(
        kind="relative" if w != "the" else "anaphoric",
        op="first_days",
        n=n,
        year={"this": 0, "last": -1}.get(w, 0),
        unit=w,
    )


def _h_first_days(gd, m, text):
    n = _num(gd["n"])
    if not 1 <= n <= 31:
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, 1, n), mode) if mode else None


def _h_half_of_month(gd, m, text):
    mo = _month_no(gd["m"])
    first = T.HALF_ORDINALS[gd["ord"].lower()] == 1
    mode = _mode(gd)
    if not mode:
        return None
    return _tpl_spec(_Tpl(mo, mo, 1, 15) if first else _Tpl(mo, mo, 16, 0), mode)


def _h_date_md(gd, m, text):
    d = int(gd["d"])
    if not 1 <= d <= 31 or _quantity_follows(text, m.end()):
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, d, d), mode, kind="date") if mode else None


def _h_date_dm(gd, m, text):
    if m.start() and text[m.start() - 1] in "$€£¥₩.,":
        return None
    return _h_date_md(gd, m, text)


def _h_month_range(gd, m, text):
    conn = gd["conn"].strip().lower()
    pre = (gd.get("pre") or "").lower()
    m1, m2 = _month_no(gd["m1"]), _month_no(gd["m2"])
    # "January and February" is the combined two-month figure customs report;
    # "January and May" are two months.
    if conn == "and" and pre != "between" and m2 != m1 % 12 + 1:
        return None
    if conn == "and" and re.match(r"\s*,?\s*(?:both|each)\b", text[m.end() :]):
        return None  # "in May and June both saw growth": two months
    mode = _mode(gd)
    if mode is None:
        return None
    if gd.get("fy2") and gd.get("y") and not gd.get("y1") and m1 > m2:
        # "July-June of 2017/18": the months run across the fiscal year's two years
        return _tpl_spec(_Tpl(m1, m2, back=1), ("abs", _fiscal_end_year(int(gd["y"]), gd["fy2"])))
    if gd.get("y1"):
        y1 = int(gd["y1"])
        if mode[0] == "abs":
            y2 = mode[1]
        elif mode[0] == "missing" and not gd.get("ofy"):
            y2 = y1 if m2 >= m1 else y1 + 1
        else:
            return None
        if (y1, m1) >= (y2, m2):
            return None
        return _tpl_spec(_Tpl(m1, m2, back=y2 - y1), ("abs", y2))
    if m1 == m2:
        return None
    return _tpl_spec(_Tpl(m1, m2, back=1 if m2 < m1 else 0), mode)


def _h_year_range(gd, m, text):
    conn = gd["conn"].strip().lower()
    pre = (gd.get("pre") or "").lower()
    fiscal = bool(gd.get("fy"))
    if conn == "and" and pre != "between":
        return None
    y1, raw2 = int(gd["y1"]), gd["y2"]
    maybe_fiscal = False
    if len(raw2) == 2:
        y2 = _fiscal_end_year(y1, raw2)
        if conn not in ("-", "–", "—", "/") or (1 <= int(raw2) <= 12 and (y2 != y1 + 1 or pre)):
            return None  # "2024-04" is a month, read by its own pattern
        if 1 <= int(raw2) <= 12 and not fiscal:
            # "2009-10": October 2009, or the fiscal year 2009-10 in a text
            # that counts in fiscal years
            month = _tpl_spec(_Tpl(int(raw2), int(raw2)), ("abs", y1))
            return replace(month, maybe_fiscal=True, n=y2)
        # "2023-24", "1999-00" with the century cut is how fiscal years are written
        fiscal = fiscal or (y2 == y1 + 1 and not pre)
    else:
        y2 = int(raw2)
        maybe_fiscal = y2 == y1 + 1 and not pre and conn in ("-", "–", "—", "/")
    if not (1990 <= y1 < y2 <= 2035):
        return None
    if _quantity_follows(text, m.end()) or _CURRENCY_BEFORE.search(text, 0, m.start()):
        return None
    if fiscal and y2 == y1 + 1:
        return replace(_tpl_spec(_FISCAL_TPL, ("abs", y2)), fiscal=True)
    return replace(_tpl_spec(_Tpl(1, 12, back=y2 - y1), ("abs", y2)), maybe_fiscal=maybe_fiscal)


def _h_fiscal_code(gd, m, text):
    """ "FY25", "FY2025": the fiscal year that ends in that year."""
    raw = gd["fyy"]
    year = 2000 + int(raw) if len(raw) == 2 else int(raw)
    if not 1990 <= year <= 2035:
        return None
    return replace(_tpl_spec(_FISCAL_TPL, ("abs", year)), fiscal=True, fiscal_named=True)


def _h_fiscal_named(gd, m, text):
    """ "fiscal 2025", "the financial year 2024": one fiscal year, named by a year."""
    return _h_fiscal_code(gd, m, text)


def _h_fiscal_part(gd, m, text):
    """ "the first half of fiscal 2025", "the last quarter of 2009-10": a part
    of a fiscal year, counted from its start month."""
    if gd.get("hord"):
        part = (6 * (T.HALF_ORDINALS[gd["hord"].lower()] - 1), 6)
    else:
        part = (3 * (T.QUARTER_ORDINALS[gd["qord"].lower()] - 1), 3)
    if gd.get("fyy"):
        spec = _h_fiscal_code(gd, m, text)
        return replace(spec, fiscal_part=part) if spec else None
    y1 = int(gd["fa"])
    y2 = _fiscal_end_year(y1, gd["fb"])
    if y2 != y1 + 1:
        return None
    return replace(_tpl_spec(_FISCAL_TPL, ("abs", y2)), fiscal=True, fiscal_part=part)


def _h_fiscal_ended(gd, m, text):
    """ "the fiscal year that ended in March": the twelve months to that month."""
    m2 = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_twelve_months_from(m2 % 12 + 1), mode) if mode else None


def _h_first_n_months(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    return _tpl_spec(_Tpl(1, n), mode)


def _h_first_n_quarters(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 4 or mode is None:
        return None
    return _tpl_spec(_Tpl(1, 3 * n), mode)


def _h_last_n_months_of(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    return _tpl_spec(_Tpl(13 - n, 12), mode)


def _h_n_months_to(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    m2 = _month_no(gd["m"])
    m1 = (m2 - n) % 12 + 1
    return _tpl_spec(_Tpl(m1, m2, back=1 if m1 > m2 else 0), mode)


def _h_past_n_months(gd, m, text):
    n = _num(gd["n"])
    return _Spec(kind="relative", op="past", n=n) if 1 <= n <= 36 else None


def _h_quarter_word(gd, m, text):
    word = gd["ord"].lower()
    if word == "last" and not _has_year(gd):
        return _Spec(kind="relative", op="unit", unit="quarter", n=-1)
    q = T.QUARTER_ORDINALS[word]
    mode = _mode(gd)
    return _tpl_spec(_Tpl(3 * q - 2, 3 * q), mode) if mode else None


def _code_mode(gd) -> tuple[str, int] | None:
    # "1Q25", "2H24": a two-digit year glued to the code
    return ("abs", 2000 + int(gd["yyc"])) if gd.get("yyc") else _mode(gd)


def _h_quarter_code(gd, m, text):
    q = int(gd["q"])
    mode = _code_mode(gd)
    return _tpl_spec(_Tpl(3 * q - 2, 3 * q), mode) if mode else None


def _h_half_word(gd, m, text):
    h = T.HALF_ORDINALS[gd["ord"].lower()]
    mode = _mode(gd)
    return _tpl_spec(_Tpl(6 * h - 5, 6 * h), mode) if mode else None


def _h_half_code(gd, m, text):
    h = int(gd["h"])
    mode = _code_mode(gd)
    return _tpl_spec(_Tpl(6 * h - 5, 6 * h), mode) if mode else None


def _h_month_year(gd, m, text):
    if not _has_year(gd):
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo), mode) if mode else None


def _h_named_month_rel(gd, m, text):
    mo = _month_no(gd["m"])
    w = gd["w"].lower()
    mode = {"last": ("last_named", 0), "this": ("rel", 0), "next": ("next_named", 0)}[w]
    return _tpl_spec(_Tpl(mo, mo), mode)


def _h_numeric_month(gd, m, text):
    if m.start() and text[m.start() - 1] in "-/.":
        return None
    y, mo = int(gd["y"]), int(gd["mo"])
    return _tpl_spec(_Tpl(mo, mo), ("abs", y)) if 1 <= mo <= 12 else None


_MAY_VERB = re.compile(r"\s+(?:I|we|you|he|she|it|they|not|be|have|also|well)\b")


def _h_month(gd, m, text):
    mo = _month_no(gd["m"])
    if mo == 5 and _MAY_VERB.match(text, m.end()):
        return None  # "May I ...", "May be"
    return _tpl_spec(_Tpl(mo, mo), ("missing", 0))


def _h_year_prefixed(gd, m, text):
    return _tpl_spec(_Tpl(1, 12), ("abs", int(gd["y"])))


# Before 1990 a four-digit number is a year only where English puts one ("in 1980", "since 1975").
_EARLY_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|from|until|till|by|for|during|between|to|and|than|as\s+of|year|late|early|mid|end\s+of)\s+$",
    re.IGNORECASE,
)


def _h_year(gd, m, text):
    y = int(gd["y"])
    if not 1950 <= y <= 2035:
        return None
    if y < 1990 and not _EARLY_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _CURRENCY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _quantity_follows(text, m.end()):
        return None
    return _tpl_spec(_Tpl(1, 12), ("abs", y))


def _h_whole_year(gd, m, text):
    if re.search(r"\b(?:last|first|only|previous|next)\s+$", text[max(0, m.start() - 9) : m.start()]):
        return None  # "the last full year before the invasion" describes a year named elsewhere
    mode = _rel_mode(gd["rel"]) if gd.get("rel") else ("missing", 0)
    return _tpl_spec(_Tpl(1, 12), mode)


def _h_rel_unit(gd, m, text):
    w = " ".join(gd["w"].lower().split())
    unit = gd["unit"].lower()
    n = {"last": -1, "the last": -1, "the past": -1, "this": 0, "the current": 0, "next": 1}[w]
    if unit == "year":
        if w in ("the last", "the past"):
            return None  # a rolling twelve months, not a calendar year
        return _tpl_spec(_Tpl(1, 12), ("rel", n))
    return _Spec(kind="relative", op="unit", unit=unit, n=n)


def _h_year_before_last(gd, m, text):
    return _tpl_spec(_Tpl(1, 12), ("rel", -2))


def _h_ytd(gd, m, text):
    return _Spec(kind="relative", op="ytd", year=int(gd["y"]) if gd.get("y") else 0)


def _h_same(gd, m, text):
    unit = gd["unit"].lower()
    if unit[0].isdigit() or " " in unit or "-" in unit:
        unit = "period"  # "the same six months", "the same 10-day period": the focus's span
    if gd.get("y"):
        # into the year named, or the year a fiscal year named by two ends in
        year = _fiscal_end_year(int(gd["y"]), gd["fy2"]) if gd.get("fy2") else int(gd["y"])
        return _Spec(kind="anaphoric", op="to_year", year=year)
    years = 0
    if gd.get("back"):
        years = 1
    elif gd.get("nyears"):
        years = _num(gd["nyears"])
    if unit.startswith("month") and years == 0:
        return _Spec(kind="anaphoric", op="shift", n=0, unit="month")
    return _Spec(kind="anaphoric", op="shift", n=-12 * years)


def _h_containing(gd, m, text):
    unit = gd.get("unit") or "year"  # "annual shipments"
    return _Spec(kind="anaphoric", op="containing", unit=unit.lower().split()[0].split("-")[0])


def _h_that_period(gd, m, text):
    return _Spec(kind="anaphoric", op="containing", unit="period")


def _h_n_day_period(gd, m, text):
    n = _num(gd["n"])
    return _Spec(kind="anaphoric", op="days_focus", n=n) if 1 <= n <= 31 else None


def _h_through_month(gd, m, text):
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    if not mode or (mo == 1 and not gd.get("d")):
        return None
    return _tpl_spec(_Tpl(1, mo, 1, int(gd["d"] or 0)), mode)


def _h_year_earlier(gd, m, text):
    return _Spec(kind="anaphoric", op="shift", n=-12)


def _h_prev_unit(gd, m, text):
    unit = gd["unit"].lower()
    if unit == "year" and gd.get("fiscal"):
        return _Spec(kind="anaphoric", op="shift", n=-12)
    if unit == "year":
        return _Spec(kind="anaphoric", op="prev_year")
    size = {"month": 1, "quarter": 3, "half": 6}[unit]
    return _Spec(kind="anaphoric", op="shift", n=-size, unit=unit)


def _h_prev_months(gd, m, text):
    """ "down 26 percent from the previous three months": the focus moved back
    by n months, when the focus is n months long."""
    n = _num(gd["n"])
    return _Spec(kind="anaphoric", op="shift", n=-n, unit={3: "quarter", 6: "half", 12: ""}[n])


def _h_n_earlier(gd, m, text):
    n = _num(gd["n"])
    unit = gd["unit"].lower().rstrip("s")
    if not 1 <= n <= 36:
        return None
    if unit == "year":
        return _Spec(kind="anaphoric", op="shift", n=-12 * n)
    size = {"month": 1, "quarter": 3}[unit]
    return _Spec(kind="anaphoric", op="shift", n=-size * n, unit=unit)


_CMP_UNITS = {
    "yoy": "year",
    "y/y": "year",
    "y-o-y": "year",
    "mom": "month",
    "m/m": "month",
    "qoq": "quarter",
    "q/q": "quarter",
    "yearly": "year",
    "annual": "year",
    "monthly": "month",
    "quarterly": "quarter",
}


def _h_decade(gd, m, text):
    return _Spec(kind="comparison", op="shift", n=-120)


def _h_cmp(gd, m, text):
    raw = (gd.get("u") or gd.get("a") or gd.get("b") or "").lower()
    unit = raw if raw in ("year", "month", "quarter") else _CMP_UNITS.get(raw) or raw.split("-")[0].split()[0]
    if unit not in ("year", "month", "quarter"):
        return None
    return _Spec(kind="comparison", op="cmp", unit=unit)
