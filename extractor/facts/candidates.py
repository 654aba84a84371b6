"""Candidates: whether a figure is trade at all, and the flow word it hangs
on; plus what a figure's surroundings name (commodity, source)."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.sentence import Cue, Sentence
from extractor.normalize.money import MoneyMention


def is_change_amount(text: str, m: MoneyMention) -> bool:
    """Is the figure the size of a change rather than a level?

    >>> from decimal import Decimal
    >>> def fig(text, money):
    ...     at = text.index(money)
    ...     return is_change_amount(text, MoneyMention(money, at, at + len(money), Decimal(1), "USD"))
    >>> fig("Exports rose $5.2 billion to $61 billion.", "$5.2 billion"), fig("Exports rose to $61 billion.", "$61 billion")
    (True, False)
    >>> fig("an increase of $3 billion on the year", "$3 billion"), fig("$2 billion less than in June", "$2 billion")
    (True, True)
    >>> fig("Coal made up $9 million of the total.", "$9 million")
    False
    """
    before = text[max(0, m.start - 40) : m.start]
    return bool(T.CHANGE_AMOUNT_BEFORE.search(before) or T.CHANGE_AMOUNT_AFTER.match(text, m.end, m.end + 40))


def is_exchange_rate(text: str, m: MoneyMention) -> bool:
    """Is the figure one side of an exchange-rate note ("($1 = 7.13 yuan)",
    "(1 euro = 1.33 U.S. dollar)")? An equation between two amounts states
    a price of money, not trade.

    >>> from decimal import Decimal
    >>> def fig(text, money):
    ...     at = text.index(money)
    ...     return is_exchange_rate(text, MoneyMention(money, at, at + len(money), Decimal(1), "USD"))
    >>> fig("($1 = 7.1310 yuan)", "$1"), fig("($1 = 7.1310 yuan)", "7.1310 yuan"), fig("Exports were $1 billion.", "$1 billion")
    (True, True, False)
    >>> fig("(1 Swiss franc equals 1.1 US dollars)", "1.1 US dollars")
    True
    """
    if re.match(r"\s*=", text[m.end : m.end + 4]) or re.search(r"=\s*$", text[max(0, m.start - 4) : m.start]):
        return True
    # "(1 euro equals to 1.1 US dollar)": the equation spelt as a verb
    return bool(_RATE_EQUATION.search(text[max(0, m.start - 40) : m.start]))


_RATE_EQUATION = re.compile(r"(?:^|[(\s])1\s+[A-Za-z. ]{2,25}?\s+(?:equals?|is\s+equal|was\s+equal)(?:\s+to)?\s*$")


def is_trade(s: Sentence, m: MoneyMention, seg_start: int, seg_end: int, found) -> bool:
    if is_change_amount(s.text, m) or is_exchange_rate(s.text, m):
        return False
    after = s.text[m.end : min(seg_end, m.end + 40)]
    if re.match(
        r"[\s,)]*(?:\([^)]*\)\s*)?(?:(?:in|of|for|as|to)\s+(?:\w+\s+){0,2}?"
        r"(?:aid|assistance|investments?|fines?|penalt\w+|loans?|grants?|funding|subscriptions?|salar\w*|wages?|budget)"
        r"|(?:per|a|an)\s+(?:tonne|ton|barrel|month|year|week|day|kilogram|kg|unit|head|person|copy|issue)"
        r"(?!\s+(?:earlier|before|ago|previously|on\b))"
        r"|/\s?(?:t|mt|tonne|ton|bbl|barrel|kg|lb|oz|MWh|kWh)\b"  # "$123.05/t cfr": a price
        r"|(?:will|would|is to|are to) go to"
        r"|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d"  # "$150 billion by 2030": a target
        r"|(?:(?:as|a|an|the|its|their|set|annual|reachable|new|official|trade|export)\s+){0,3}"
        r"(?:goal|target|ceiling|forecast|projection|pledge)s?)\b",
        after,
        re.I,
    ):
        return False
    before = s.text[seg_start : m.start]
    if T.FORECAST_CUES.search(before):
        # Forecasts and targets are not figures of trade that happened.
        return False
    trade = [c.end for c in s.cues if seg_start <= c.start and c.end <= m.start]
    if any(re.fullmatch(r"\s+on\s+(?:[\w-]+\s+){0,2}", s.text[m.end : c.start]) for c in s.cues if c.start >= m.end):
        # "Mexico spent $80.16 billion on imports": what was spent is the flow
        return True
    non_trade = [x.end() + seg_start for x in T.NON_TRADE_CUES.finditer(before)]
    if non_trade and (not trade or max(non_trade) >= max(trade)):
        return False
    if trade:
        return True
    if any(c.start >= m.end and c.end <= seg_end for c in s.cues):
        return not T.NON_TRADE_CUES.search(s.text[m.end : seg_end])
    # "A bag of flour sold for 98,000 won, up from 71,000 won": what came
    # before counts; a later clause's prices do not
    if T.NON_TRADE_CUES.search(s.text, s.s0, seg_end):
        return False
    if s.cues:
        return True
    # No cue in the sentence: a figure compared with the last one
    # ("This figure is lower than the previous month's $238.1 million")
    # continues the same series.
    if found:
        return True
    window = 4 if T.COMPARISON.search(s.raw) else 2
    return s.state.last_fact_sentence >= s.index - window


def modified_cue(s: Sentence, m: MoneyMention, seg_end: int) -> Cue | None:
    """The flow noun the figure modifies or measures, right after it
    ("widened to a $3.1 billion deficit", "posted a $2bn trade surplus",
    "$277 billion in exports and $385 billion in imports"): it names what
    the figure measures, whatever cue stands nearer before it."""
    for c in s.cues:
        if m.end <= c.start and c.end <= seg_end and _OWN_NOUN_GAP.fullmatch(s.text, m.end, c.start):
            return c
    return None


# Between a figure and the flow noun it measures: nothing, a hyphen, or "in"/"of".
_OWN_NOUN_GAP = re.compile(r"[ \t]*-?[ \t]*|\s+(?:in|of)\s+")


def nearest_cue(s: Sentence, m: MoneyMention, seg_start: int, seg_end: int) -> Cue | None:
    best, best_d = None, None
    # A cue before the figure in its clause wins over one after it
    # ("Exports to China … tumbled to $124.8 billion, while shipments …").
    has_before = any(seg_start <= c.start and c.end <= m.start for c in s.cues)
    for c in s.cues:
        if c.start < seg_start or c.end > seg_end or (has_before and c.start >= m.end):
            continue
        d = m.start - c.end if c.end <= m.start else (c.start - m.end) + 30
        if d < 0:
            continue
        # Prefer the longer cue ending at the same place ("trade deficit" over "deficit").
        if best_d is None or d < best_d or (d == best_d and c.end - c.start > best.end - best.start):
            best, best_d = c, d
    return best


def commodity(window: str) -> str:
    m = T.COMMODITY_RE.search(window)
    return m.group(1).lower() if m else ""


def source_org(sentence: str) -> str:
    m = T.SOURCE_RE.search(sentence) or T.SOURCE_BEFORE_RE.search(sentence)
    if not m:
        return ""
    org = re.sub(r"\s+\([A-Z]+\)", "", m.group("org"))
    org = re.sub(r"\s+(?:of|and|for|the|on)$", "", org).strip()
    if org.split()[0] in ("In", "On", "During", "The") or len(org) < 3:
        return ""
    return org
