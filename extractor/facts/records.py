"""What the facts engine finds: a trade fact and a change claim, before ids
are given (``records.TradeFact`` / ``records.ChangeClaim`` are the rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from extractor.normalize.periods import Period


@dataclass
class FoundFact:
    money_index: int
    value: Decimal
    currency: str
    flow: str
    economy: str
    partner: str
    period: Period | None = None
    alt_value: Decimal | None = None
    alt_currency: str = ""
    commodity: str = ""
    measure: str = ""
    qualifier: str = ""
    source_org: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0

    def key(self) -> tuple:
        return (self.value, self.currency, self.flow, self.economy, self.partner, self.period)

    def fields(self) -> dict:
        """Keyword arguments for ``records.TradeFact`` (ids excluded)."""
        p = self.period
        return {
            "value": float(self.value),
            "currency": self.currency,
            "flow": self.flow,
            "economy": self.economy,
            "partner": self.partner,
            "period_start": p.start.isoformat() if p else "",
            "period_end": p.end.isoformat() if p else "",
            "period_label": p.label if p else "",
            "alt_value": float(self.alt_value) if self.alt_value is not None else None,
            "alt_currency": self.alt_currency,
            "commodity": self.commodity,
            "measure": self.measure,
            "qualifier": self.qualifier,
            "source_org": self.source_org,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class FoundClaim:
    pct_change: float
    fact_index: int | None
    flow: str
    economy: str
    partner: str
    period: Period | None
    base: Period | None
    qualifier: str = ""
    text: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0

    def key(self) -> tuple:
        return (self.flow, self.economy, self.partner, self.period, self.base, self.pct_change)

    def fields(self) -> dict:
        return {
            "pct_change": self.pct_change,
            "flow": self.flow,
            "economy": self.economy,
            "partner": self.partner,
            "period_label": self.period.label if self.period else "",
            "base_period_label": self.base.label if self.base else "",
            "qualifier": self.qualifier,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class FoundFacts:
    facts: list[FoundFact] = field(default_factory=list)
    claims: list[FoundClaim] = field(default_factory=list)
