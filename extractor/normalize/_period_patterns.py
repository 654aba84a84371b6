"""The period patterns, in priority order for equal-length ties, the cheap
searches a text must pass before a family of them is tried, and the cues
that make a mention the base of a comparison. Private to
``normalize.periods``."""

from __future__ import annotations

import re
from collections.abc import Callable

from extractor.normalize._period_grammar import (
    _DAY_SUFFIX,
    _DNUM,
    _MNUM,
    _MON_ABBR,
    _MON_FULL,
    _NNUM,
    _PREFIX,
    _RELYEAR,
    _mon,
    _year,
    _yp,
)
from extractor.normalize._period_handlers import (
    Handler,
    _h_cmp,
    _h_containing,
    _h_date_dm,
    _h_date_md,
    _h_day_span,
    _h_day_span_dm,
    _h_decade,
    _h_first_days,
    _h_first_days_rel,
    _h_first_n_months,
    _h_first_n_quarters,
    _h_fiscal_code,
    _h_fiscal_ended,
    _h_fiscal_named,
    _h_fiscal_part,
    _h_half_code,
    _h_half_of_month,
    _h_half_word,
    _h_iso_date,
    _h_iso_day_range,
    _h_iso_month_range,
    _h_last_n_months_of,
    _h_month,
    _h_month_range,
    _h_month_year,
    _h_n_day_period,
    _h_n_earlier,
    _h_n_months_to,
    _h_named_month_rel,
    _h_numeric_month,
    _h_past_n_months,
    _h_prev_months,
    _h_prev_unit,
    _h_quarter_code,
    _h_quarter_word,
    _h_rel_unit,
    _h_same,
    _h_that_period,
    _h_through_month,
    _h_whole_year,
    _h_year,
    _h_year_before_last,
    _h_year_earlier,
    _h_year_prefixed,
    _h_year_range,
    _h_ytd,
)

# -- the patterns, in priority order for equal-length ties ------------------

_CONN = r"(?P<conn>\s*[-–—]\s*|\s+(?:to|through|thru|till|until|and)\s+|-(?:to|through)-)"
_ISO = r"\d{4}-\d{2}-\d{2}"

_PATTERNS_SRC: tuple[tuple[str, Handler], ...] = (
    (rf"(?P<a>{_ISO})\s*(?:/|[–—]|\s+to\s+)\s*(?P<b>{_ISO})", _h_iso_day_range),
    (
        r"(?P<y1>(?:19|20)\d{2})-(?P<m1>0[1-9]|1[0-2])\s*(?:/|[–—]|\s+to\s+)\s*(?P<y2>(?:19|20)\d{2})-(?P<m2>0[1-9]|1[0-2])",
        _h_iso_month_range,
    ),
    (
        r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
        _h_iso_date,
    ),
    # day spans
    (
        rf"(?:(?P<pre>from|between)\s+)?{_mon('m')}\s+(?P<d1>3[01]|[12]\d|[1-9]){_DAY_SUFFIX}(?!\d)"
        rf"{_CONN}(?:{_mon('m2')}\s+)?(?P<d2>3[01]|[12]\d|[1-9]){_DAY_SUFFIX}(?!\d)(?:{_yp()})?",
        _h_day_span,
    ),
    (
        rf"(?P<d1>3[01]|[12]\d|[1-9])\s*[-–]\s*(?P<d2>3[01]|[12]\d|[1-9])\s+{_mon('m')}(?:{_yp()})?",
        _h_day_span_dm,
    ),
    (rf"(?:the\s+)?first\s+(?P<n>{_DNUM})\s+days\s+of\s+{_mon('m')}(?:{_yp()})?", _h_first_days),
    (r"(?:the\s+)?first\s+(?P<n>\d{1,2}|ten|twenty)\s+days\s+of\s+(?P<w>this|last|the)\s+month", _h_first_days_rel),
    (
        rf"(?:the\s+)?(?P<ord>first|second|latter)\s+half\s+of\s+{_mon('m')}(?:{_yp()})?",
        _h_half_of_month,
    ),
    # single dates (kind "date")
    (rf"{_mon('m')}\s+(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}(?!\d)(?:{_yp()})?", _h_date_md),
    (rf"(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}\s+(?:of\s+)?{_mon('m')}(?:{_yp()})?", _h_date_dm),
    # spans of months
    (
        rf"(?:(?P<pre>between|from)\s+)?(?:the\s+)?{_mon('m1')}(?:\s*,?\s*{_year('y1')})?{_CONN}{_mon('m2')}"
        # "the July-June period of 2017/18": a year part that is a fiscal year's two years
        rf"(?:\s+(?:quarter|period))?(?:{_yp()}(?:[-/–](?P<fy2>\d{{2}})(?!\d))?)?(?:\s+(?:quarter|period))?",
        _h_month_range,
    ),
    (
        rf"(?:(?P<fy>FY\s*|(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)|(?P<pre>between|from)\s+)?{_year('y1')}(?P<conn>\s*[-–—/]\s*|\s+(?:to|through|and)\s+)(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?!\d)",
        _h_year_range,
    ),
    (r"(?-i:FY)\s?(?P<fyy>(?:19|20)\d{2}|\d{2})(?!\d)(?![-/–]\d)", _h_fiscal_code),
    (r"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<fyy>(?:19|20)\d{2})(?!\d)(?![-/–]\d)", _h_fiscal_named),
    (
        # "the (April-September) first half of fiscal 2023", "the last quarter of 2011-12"
        rf"(?:the\s+)?(?:{_mon('ma')}\s*[-–]\s*{_mon('mb')}\s+)?"
        r"(?:(?P<hord>first|1st|second|2nd|latter)[\s-]+half|(?P<qord>first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]+quarter)"
        r"\s+of\s+(?:the\s+)?"
        r"(?:(?:(?:fiscal|financial)\s+(?:year\s+)?|(?-i:FY)\s?)(?P<fyy>(?:19|20)\d{2}|\d{2})(?!\d)(?![-/–]\d)"
        r"|(?:(?:fiscal|financial)\s+(?:year\s+)?|(?-i:FY)\s?)?(?P<fa>(?:19|20)\d{2})\s*[-/–]\s*(?P<fb>(?:19|20)\d{2}|\d{2})(?!\d))",
        _h_fiscal_part,
    ),
    (
        rf"(?:the\s+)?(?:(?:fiscal|financial)\s+)?year\s+(?:that\s+)?(?:ended|ending|ends|to|through)(?:\s+in)?\s+{_mon('m')}(?:{_yp()})?",
        _h_fiscal_ended,
    ),
    # "in the March 2018 year": the year a statistics office counts to that month
    (rf"(?:the\s+)?{_mon('m')}\s+{_year('y')}\s+year(?![\w-])", _h_fiscal_ended),
    # "through August" with no start: the year to the end of that month ("through Nov. 20": to that day)
    (
        rf"(?:through|thru)\s+{_mon('m')}(?:\s+(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}(?!\d))?(?:{_yp()})?",
        _h_through_month,
    ),
    (rf"(?:the\s+)?{_PREFIX}first\s+(?P<n>{_MNUM})\s+months(?:{_yp()})?", _h_first_n_months),
    # "the 11 months of 2025", "for the 11 months of the year": from January
    (
        rf"(?:the\s+)?(?P<n>{_MNUM}|11)\s+months\s+(?:of\s+(?:the\s+year|{_year('y')})|(?P<rel>this\s+year))",
        _h_first_n_months,
    ),
    (
        rf"(?:the\s+)?{_PREFIX}first\s+(?P<n>two|three|four|[2-4])\s+quarters(?:{_yp()})?",
        _h_first_n_quarters,
    ),
    # "the nine-month period", "the eleven-month figure": the first n months
    (rf"(?:the\s+)?{_PREFIX}(?P<n>{_MNUM})[\s-]+month\s+(?:period|figure|total|tally)(?:{_yp()})?", _h_first_n_months),
    (
        rf"(?:the\s+)?(?:last|final)\s+(?P<n>{_MNUM})\s+months\s+of\s+(?:(?P<ofy>the\s+year)|{_year('y')}|(?P<rel>{_RELYEAR}))",
        _h_last_n_months_of,
    ),
    (
        rf"(?:the\s+)?(?P<n>{_MNUM})[\s-]+months?(?:\s+period)?\s+(?:to|through|ending(?:\s+in)?|ended(?:\s+in)?)\s+{_mon('m')}(?:{_yp()})?",
        _h_n_months_to,
    ),
    (
        rf"(?:the\s+)?(?:past|last)\s+(?P<n>{_MNUM}|1[3-9]|2\d|3[0-6])\s+months",
        _h_past_n_months,
    ),
    # quarters
    (
        # "the first quarter (Q1) of 2019": the code in brackets restates the quarter
        rf"(?:the\s+)?{_PREFIX}(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]+quarter(?!\w)"
        rf"(?:\s*\(\s*Q[1-4]\s*\))?(?:{_yp()})?",
        _h_quarter_word,
    ),
    (rf"Q(?P<q>[1-4])(?:{_yp()})?", _h_quarter_code),
    (rf"(?P<q>[1-4])Q(?:{_yp()}|(?P<yyc>\d{{2}})(?!\d))?", _h_quarter_code),
    (rf"{_year('py')}\s*[-/]?\s*Q(?P<q>[1-4])", _h_quarter_code),
    # halves
    (
        rf"(?:the\s+)?{_PREFIX}(?P<ord>first|1st|second|2nd|latter)[\s-]+half(?:[\s-]+year)?(?!\w)(?:{_yp()})?",
        _h_half_word,
    ),
    (rf"H(?P<h>[12])(?:{_yp()})?", _h_half_code),
    (rf"(?P<h>[12])H(?:{_yp()}|(?P<yyc>\d{{2}})(?!\d))?", _h_half_code),
    (rf"{_year('py')}\s*[-/]?\s*H(?P<h>[12])", _h_half_code),
    # months
    (rf"{_mon('m')}{_yp()}", _h_month_year),
    (rf"(?P<w>last|this|next)\s+{_mon('m')}", _h_named_month_rel),
    (r"(?P<y>(?:19|20)\d{2})[-/](?P<mo>0[1-9]|1[0-2])(?![\d]|[-/.]\d)", _h_numeric_month),
    (r"(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])", _h_numeric_month),
    (_mon("m", strict=True), _h_month),
    # years
    (
        rf"(?:(?:the\s+)?(?:whole|entire|full)\s+(?:year\s+)?of\s+|all\s+of\s+|(?:the\s+)?full[\s-]+year\s+(?:of\s+)?"
        rf"|(?:the\s+)?calendar\s+year\s+|the\s+year\s+|(?:the\s+)?(?:whole|entire|full)\s+){_year('y')}",
        _h_year_prefixed,
    ),
    (_year("y"), _h_year),
    (
        rf"(?:(?:the\s+)?(?:whole|entire)\s+of\s+|all\s+of\s+|(?:the\s+)?(?:full|whole|entire)[\s-]+year\s+(?:of\s+)?)(?P<rel>{_RELYEAR})",
        _h_whole_year,
    ),
    (r"(?:the\s+)?(?:whole|entire|full)[\s-]+year(?![\w-])", _h_whole_year),
    # relative
    (r"the\s+year\s+before\s+last", _h_year_before_last),
    (
        r"(?P<w>last|this|next|the\s+current|the\s+past|the\s+last)\s+(?P<unit>month|quarter|year)(?![\w-])",
        _h_rel_unit,
    ),
    (
        r"(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:thus|so)\s+far\s+in\s+(?:the\s+year|"
        + _year("y")
        + r")|the\s+year\s+so\s+far|(?:the\s+)?year[\s-]+to[\s-]+date|(?-i:YTD|ytd)|to\s+date\s+this\s+year"
        r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)",
        _h_ytd,
    ),
    # anaphoric
    (
        r"(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+(?P<unit>period|months?|quarter|half|time"
        rf"|(?:{_NNUM}|twenty|thirty)[\s-]+(?:months?|days?|weeks?)(?:\s+period)?)"
        # "the same month previous year": the article may be dropped
        r"(?:\s+(?:(?:of|in)\s+)?(?P<back>last\s+(?:fiscal\s+)?year['’]?s?|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|the\s+year\s+before"
        r"|(?:a|one)\s+year\s+(?:earlier|ago|before))|\s+(?:of|in)\s+"
        + _year("y")
        # "the same period of 2020-21": into that fiscal year
        + r"(?:[-/–](?P<fy2>\d{2})(?!\d))?"
        + r"|\s+(?P<nyears>two|three|[2-9])\s+years\s+(?:earlier|ago|before))?",
        _h_same,
    ),
    # "the same 2022 period": the focus moved into that year
    (
        rf"(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+{_year('y')}\s+(?P<unit>period|months?|quarter|half|time)",
        _h_same,
    ),
    (
        r"(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?P<fiscal>fiscal|financial)\s+)?(?P<unit>month|quarter|half|year)(?![\w-])",
        _h_prev_unit,
    ),
    (r"the\s+(?P<unit>month|quarter|year)\s+(?:before|prior)(?!\s+(?:last|that)\b)", _h_prev_unit),
    (
        r"(?:the\s+)?(?:previous|preceding|prior)\s+(?P<n>three|six|twelve|3|6|12)\s+months",
        _h_prev_months,
    ),
    # "for the year", "in the half", "during the period": the focus, or the
    # year/half/quarter holding it
    (
        r"the\s+(?P<unit>year|half(?:[\s-]year)?|quarter|month|period)(?![\w-]|['’]s|\s+(?:to|through|before|after|earlier"
        r"|ago|so|of|in|ahead|ending|ended|prior|on|over|that|when|which)\b)",
        _h_containing,
    ),
    (
        r"(?:the\s+)?annual\s+(?:total|figure|shipments|exports|imports|trade|turnover|surplus|deficit|sales|value)",
        _h_containing,
    ),
    # "the cited period", "the period under review", "that period": the period the text is about
    (
        r"the\s+(?:cited|reviewed|said|aforementioned|above[\s-]?mentioned|mentioned|reporting|review|covered)\s+period"
        r"|the\s+period\s+(?:under\s+review|in\s+question|concerned|covered)|(?:that|this)\s+(?:same\s+)?period(?![\w-])",
        _h_that_period,
    ),
    # "the 20-day period", "that 10-day window": the focus, when it has that many days
    (
        rf"(?:the|that|this)\s+(?P<n>{_DNUM})[\s-]+day\s+(?:period|window|span|stretch)",
        _h_n_day_period,
    ),
    (r"(?:the\s+)?year[\s-](?:earlier|ago)(?:\s+(?:period|month|quarter|half|level|figure)s?)?", _h_year_earlier),
    (
        rf"(?P<n>{_NNUM})\s+(?P<unit>months?|quarters?|years?)\s+(?:earlier|ago|before|prior|previously)",
        _h_n_earlier,
    ),
    # comparison markers
    (r"(?P<u>year|month|quarter)[\s-]+(?:on|over)[\s-]+(?P=u)", _h_cmp),
    (r"on[\s-](?P<u>year|month|quarter)(?![\w-])", _h_cmp),
    # "more than trebled over the past decade": against the same period ten years before
    (r"(?:over|in|during)\s+the\s+(?:last|past|previous)\s+(?:decade|ten\s+years|10\s+years)", _h_decade),
    (r"(?-i:(?P<a>YoY|yoy|YOY|y/y|Y/Y|y-o-y|Y-O-Y|MoM|MOM|m/m|M/M|QoQ|QOQ|q/q|Q/Q))", _h_cmp),
    (
        r"on\s+an?\s+(?P<b>year[\s-]+on[\s-]+year|month[\s-]+on[\s-]+month|quarter[\s-]+on[\s-]+quarter|yearly|annual|monthly|quarterly)\s+basis",
        _h_cmp,
    ),
)

# Cheap searches a text must pass before a family of patterns is tried on it:
# most sentences name few periods, and a plain search is far faster than ~45
# full patterns.
_GATES: dict[str, re.Pattern[str]] = {
    k: re.compile(v, re.IGNORECASE)
    for k, v in {
        "numeric": r"\d{4}[-/.]\d|\d/(?:19|20)\d\d",
        "month": rf"(?-i:{_MON_FULL}|{_MON_ABBR})",
        "year": r"(?:19|20)\d\d",
        "fiscal": r"FY|fiscal|financial|year\s+(?:that\s+)?(?:ended|ending|ends|to|through)\b|\d\s+year\b",
        "days": r"days",
        "day": r"day",
        "half": r"half",
        "part": r"half|quarter",
        "through": r"through|thru",
        "period": r"period",
        "quarter": r"quarter",
        "q_code": r"Q[1-4]|[1-4]Q",
        "h_code": r"H[12]|[12]H",
        "months": r"month",
        "unit": r"year|month|quarter",
        "unit_any": r"year|month|quarter|half|period|annual",
        "ytd": r"year|ytd|far",
        "same": r"same|corresponding|comparable|equivalent",
        "previous": r"previous|preceding|prior|before",
        "earlier": r"earlier|ago|before|prior|previously",
        "cmp": r"on|over|/|yoy|mom|qoq|y-o-y",
        "decade": r"decade|ten\s+years|10\s+years",
    }.items()
}
_GATE_OF: dict[Callable, str] = {
    _h_iso_day_range: "numeric",
    _h_iso_month_range: "numeric",
    _h_iso_date: "numeric",
    _h_numeric_month: "numeric",
    _h_day_span: "month",
    _h_day_span_dm: "month",
    _h_date_md: "month",
    _h_date_dm: "month",
    _h_month_range: "month",
    _h_month_year: "month",
    _h_named_month_rel: "month",
    _h_month: "month",
    _h_first_days: "days",
    _h_first_days_rel: "days",
    _h_half_of_month: "half",
    _h_year_range: "year",
    _h_fiscal_code: "fiscal",
    _h_fiscal_ended: "fiscal",
    _h_fiscal_named: "fiscal",
    _h_fiscal_part: "part",
    _h_through_month: "through",
    _h_that_period: "period",
    _h_n_day_period: "day",
    _h_year_prefixed: "year",
    _h_year: "year",
    _h_first_n_months: "months",
    _h_last_n_months_of: "months",
    _h_n_months_to: "months",
    _h_past_n_months: "months",
    _h_first_n_quarters: "quarter",
    _h_quarter_word: "quarter",
    _h_quarter_code: "q_code",
    _h_half_word: "half",
    _h_half_code: "h_code",
    _h_whole_year: "unit",
    _h_year_before_last: "unit",
    _h_rel_unit: "unit",
    _h_ytd: "ytd",
    _h_same: "same",
    _h_prev_unit: "previous",
    _h_prev_months: "months",
    _h_containing: "unit_any",
    _h_year_earlier: "earlier",
    _h_n_earlier: "earlier",
    _h_cmp: "cmp",
    _h_decade: "decade",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (_GATE_OF[handler], re.compile(rf"(?<!\w)(?:{src})(?!\w)", re.IGNORECASE), handler)
    for src, handler in _PATTERNS_SRC
)

_BASE_CUE = re.compile(
    r"(?P<cue>compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|as\s+against|versus|vs\.?|against|than|from|over|on"
    r"|compar\w*\s+[\w ]{3,30}?\s+(?:with|to|and))"
    r"\s+(?:(?:that|those|levels?|the\s+(?:level|figure|amount|total|value)s?)\s+(?:of|in|for|during)\s+|(?:in|of|during|for)\s+)?$",
    re.IGNORECASE,
)


# "the smallest since 2009": a starting point, not the period of a figure
# (unless a when-clause gives that year's own figure: "since 2012, when it posted …").
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)


# "nearly triple 1998 numbers", "twice the 2019 level": a multiple of a base.
_MULTIPLE_CUE = re.compile(
    r"\b(?:double|triple|treble|quadruple|twice|half|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times)"
    r"\s+(?:(?:the|its|their|that\s+of|those\s+of)\s+)?$",
    re.IGNORECASE,
)


def _is_base(text: str, start: int, kind: str) -> bool:
    if kind == "comparison" or _MULTIPLE_CUE.search(text, max(0, start - 30), start):
        return True
    m = _BASE_CUE.search(text, max(0, start - 60), start)
    if not m:
        return False
    # "over the first quarter" is a duration; "over the same period" a base;
    # "up 4.4 percent on the same period of 2024" a base too.
    return m["cue"].lower() not in ("over", "on") or kind == "anaphoric"
