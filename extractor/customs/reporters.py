"""Whose statistics judge a figure.

The two sides of one flow report different figures (imports valued CIF,
exports FOB, goods in transit at the turn of a month, re-exports, partner
attribution): mirror statistics of the same trade differ by 5-30 %. So one
reporter judges a figure, chosen before any figure is compared, by this rule:

1. The article names whose statistics it quotes (the fact's ``source_org``:
   "China's General Administration of Customs", "the Korea Customs Service",
   "KITA", "the Commerce Department"), and that economy is a side of the
   flow: its rows judge, whether or not they cover the period.
2. Otherwise the side whose rows are closest in kind to the figure: the
   flow's own side (for "North Korea imported", North Korea's imports), if its
   rows give a figure for the period; else the other side (China's exports to
   North Korea), if its rows do. A source that is not a reporter (KOTRA's
   estimates) or names no economy ("the Finance Ministry") falls under this rule.
3. When neither side's rows give a figure, the named side, else the first side
   with any rows in the currency, explains why (and supplies bounds, see
   :mod:`extractor.customs.bounds`).

The rule reads which rows exist, never their values, so the verdict never
depends on which reporter gives the better one. The other side's figure, where
the data have it, is reported beside the verdict as ``mirror_value``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from extractor.customs._tables import NOT_REPORTERS, SOURCE_REPORTERS
from extractor.customs.resolve import Side


@dataclass(frozen=True, slots=True)
class NamedSource:
    """What a fact's ``source_org`` says about whose figures it quotes."""

    text: str
    reporter: str | None  # the economy whose statistics these are, if known
    note: str  # why it names no reporter, when it names none


def named_source(source_org: str) -> NamedSource:
    """The reporter a stated source stands for.

    >>> named_source("China's General Administration of Customs.").reporter
    'CHN'
    >>> [named_source(x).reporter for x in ("Korea Customs Service", "KITA", "Commerce Department", "Russian")]
    ['KOR', 'KOR', 'USA', 'RUS']
    >>> named_source("Korea Trade-Investment Promotion Agency").note
    "KOTRA estimates North Korea's trade from its partners' figures"
    >>> named_source("Ministry of Finance").reporter is None
    True
    """
    from extractor.normalize.countries import find_economies, find_statistics_offices

    text = " ".join(str(source_org or "").split()).rstrip(".")
    low = text.lower()
    if not text:
        return NamedSource("", None, "")
    for name, why in NOT_REPORTERS.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low):
            return NamedSource(text, None, why)
    named = [m.code for m in (*find_statistics_offices(text), *find_economies(text)) if m.code != "W00"]
    if named:
        return NamedSource(text, named[0], "")
    for name, code in SOURCE_REPORTERS.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low):
            return NamedSource(text, code, "")
    return NamedSource(text, None, "it names no economy")


@dataclass(frozen=True, slots=True)
class Choice:
    """The side that judges a figure (None: no side has rows) and why."""

    side: Side | None
    why: str


def choose(
    candidates: Sequence[Side], covers: Mapping[Side, bool], has_rows: Mapping[Side, bool], source: str
) -> Choice:
    """The judging side by the module's rule. ``candidates`` are the sides,
    own side first; ``covers`` says whose rows give a figure for the period,
    ``has_rows`` whose rows exist at all in the currency."""
    named = named_source(source)
    by_reporter = {s.reporter: s for s in candidates}
    if named.reporter in by_reporter:
        side = by_reporter[named.reporter]
        return Choice(side, f"judged by {side.reporter}'s figures, the source the article names ({named.text})")
    prefix = ""
    if named.text:
        if named.reporter:
            prefix = f"the stated source ({named.text}) is {named.reporter}, not a side of this flow; "
        else:
            prefix = f"the stated source ({named.text}) is no reporter here: {named.note}; "
    own = candidates[0] if candidates else None
    for side in candidates:
        if covers.get(side):
            if side is own:
                why = f"judged by {side.reporter}'s own figures"
            elif has_rows.get(own):
                why = f"judged by {side.reporter}'s figures: {own.reporter}'s in the data do not cover this period"
            else:
                why = f"judged by {side.reporter}'s figures: the data hold none of {own.reporter}'s"
            return Choice(side, prefix + why)
    for side in candidates:
        if has_rows.get(side):
            return Choice(side, prefix + f"{side.reporter}'s figures would judge it")
    return Choice(None, prefix.rstrip("; "))
