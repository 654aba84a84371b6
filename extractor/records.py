"""Value objects of the flow and the table schemas of the dataset contract.

Every table of ``shared spec dataset.md`` is declared once here, in ``TABLES``:
column name -> Arrow type. Writers, readers, the CLI and tests take the
columns from this table, so a column is added in exactly one place.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields

import pyarrow as pa

STR = pa.string()
F64 = pa.float64()
I64 = pa.int64()
BOOL = pa.bool_()

TABLES: dict[str, dict[str, pa.DataType]] = {
    "articles": {
        "article_id": STR,
        "source_id": STR,
        "source": STR,
        "url": STR,
        "title": STR,
        "published": STR,
        "published_source": STR,
        "language": STR,
        "encoding": STR,
        "repaired": BOOL,
        "n_chars": I64,
        "status": STR,
        "error": STR,
        # parsed | skipped (by triage, never read by the model) | off (--no-triage) | "" (not read)
        "triage": STR,
        "triage_reason": STR,
    },
    "amounts": {
        "article_id": STR,
        "amount_id": STR,
        "sentence_id": I64,
        "start": I64,
        "end": I64,
        "text": STR,
        "value": F64,
        "currency": STR,
        "qualifier": STR,
        "value_high": F64,
        "converts_amount_id": STR,
        "is_trade": BOOL,
    },
    "trade_facts": {
        "article_id": STR,
        "fact_id": STR,
        "amount_id": STR,
        "value": F64,
        "currency": STR,
        "alt_value": F64,
        "alt_currency": STR,
        "flow": STR,
        "economy": STR,
        "partner": STR,
        "commodity": STR,
        "measure": STR,
        "period_start": STR,
        "period_end": STR,
        "period_label": STR,
        "qualifier": STR,
        "source_org": STR,
        "sentence": STR,
        "start": I64,
        "end": I64,
    },
    "change_claims": {
        "article_id": STR,
        "claim_id": STR,
        "fact_id": STR,
        "flow": STR,
        "economy": STR,
        "partner": STR,
        "period_label": STR,
        "base_period_label": STR,
        "pct_change": F64,
        "qualifier": STR,
        "text": STR,
        "sentence": STR,
        "start": I64,
        "end": I64,
    },
    "quotes": {
        "article_id": STR,
        "quote_id": STR,
        "speaker": STR,
        "role": STR,
        "affiliation": STR,
        "text": STR,
        "kind": STR,
        "cue": STR,
        "speaker_type": STR,
        "start": I64,
        "end": I64,
    },
}

# Tables built across a whole run (``experts``) or by ``check`` (``checks``).
DERIVED_TABLES: dict[str, dict[str, pa.DataType]] = {
    "experts": {
        "speaker": STR,
        "role": STR,
        "affiliation": STR,
        "n_quotes": I64,
        "n_articles": I64,
        "first_published": STR,
        "last_published": STR,
    },
    "checks": {
        "article_id": STR,
        "fact_id": STR,
        "claim_id": STR,
        "kind": STR,
        "flow": STR,
        "economy": STR,
        "partner": STR,
        "period_label": STR,
        "currency": STR,
        "claimed_value": F64,
        "official_value": F64,
        "diff_abs": F64,
        "diff_rel": F64,
        "tolerance": F64,
        "verdict": STR,
        "reason": STR,
        "reporter": STR,  # whose rows judged the figure
        "vintage": STR,
        "mirror_value": F64,  # the other reporter's figure, as context
        "mirror_gap": F64,  # mirror_value - official_value
        "customs_rows": STR,
        "sentence": STR,
    },
}

ALL_TABLES = {**TABLES, **DERIVED_TABLES}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema(list(ALL_TABLES[table].items()))


def article_id_for(text: str) -> str:
    """Stable id: a hash of the NFC-normalized text with whitespace collapsed.

    >>> article_id_for("Trade  rose.\\n") == article_id_for("Trade rose.")
    True
    >>> len(article_id_for("x"))
    16
    """
    normalized = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One article as ingest hands it on: text plus what is known about it.

    ``error`` is set (and ``text`` may be empty) when the source could not be
    read; such an article still becomes an ``articles`` row with status error.
    """

    text: str
    source: str
    source_id: str = ""
    title: str = ""
    published: str = ""  # ISO date or ""
    published_source: str = ""  # metadata | option | text | inferred | ""
    url: str = ""
    encoding: str = ""
    repaired: bool = False
    error: str = ""

    @property
    def article_id(self) -> str:
        if self.text:
            return article_id_for(self.text)
        # Unreadable input has no text: hash where it came from instead.
        return article_id_for(f"\x00error\x00{self.source}\x00{self.source_id}")


def _row(obj) -> dict:
    return asdict(obj)


@dataclass(slots=True)
class Amount:
    article_id: str
    amount_id: str
    sentence_id: int
    start: int
    end: int
    text: str
    value: float
    currency: str
    qualifier: str = ""
    value_high: float | None = None
    converts_amount_id: str = ""
    is_trade: bool = False


@dataclass(slots=True)
class TradeFact:
    article_id: str
    fact_id: str
    amount_id: str
    value: float
    currency: str
    flow: str
    economy: str
    partner: str
    period_start: str = ""
    period_end: str = ""
    period_label: str = ""
    alt_value: float | None = None
    alt_currency: str = ""
    commodity: str = ""
    measure: str = ""
    qualifier: str = ""
    source_org: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class ChangeClaim:
    article_id: str
    claim_id: str
    pct_change: float
    fact_id: str = ""
    flow: str = ""
    economy: str = ""
    partner: str = ""
    period_label: str = ""
    base_period_label: str = ""
    qualifier: str = ""
    text: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Quote:
    article_id: str
    quote_id: str
    speaker: str
    text: str
    kind: str  # direct | indirect
    speaker_type: str = "person"  # person | organization | media | unnamed
    role: str = ""
    affiliation: str = ""
    cue: str = ""
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article: one row for ``articles`` and
    rows for each per-article table."""

    article: Article
    published: str = ""
    published_source: str = ""
    language: str = "en"
    amounts: list[Amount] = field(default_factory=list)
    trade_facts: list[TradeFact] = field(default_factory=list)
    change_claims: list[ChangeClaim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    error: str = ""
    triage: str = ""  # see extractor.triage
    triage_reason: str = ""

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @property
    def status(self) -> str:
        return "error" if (self.error or self.article.error) else "ok"

    def article_row(self) -> dict:
        a = self.article
        return {
            "article_id": a.article_id,
            "source_id": a.source_id,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published": self.published or a.published,
            "published_source": self.published_source or a.published_source,
            "language": self.language if a.text else "",
            "encoding": a.encoding,
            "repaired": a.repaired,
            "n_chars": len(a.text),
            "status": self.status,
            "error": self.error or a.error,
            "triage": self.triage,
            "triage_reason": self.triage_reason,
        }

    def rows(self) -> dict[str, list[dict]]:
        """The article's rows for every table of ``TABLES``."""
        return {
            "articles": [self.article_row()],
            "amounts": [_row(x) for x in self.amounts],
            "trade_facts": [_row(x) for x in self.trade_facts],
            "change_claims": [_row(x) for x in self.change_claims],
            "quotes": [_row(x) for x in self.quotes],
        }


def empty_rows() -> dict[str, list[dict]]:
    return {name: [] for name in TABLES}


def check_columns() -> None:
    """Each record class's fields are exactly its table's columns (a guard
    for anyone adding a field in one place only)."""
    pairs = {
        "amounts": Amount,
        "trade_facts": TradeFact,
        "change_claims": ChangeClaim,
        "quotes": Quote,
    }
    for table, cls in pairs.items():
        names = {f.name for f in fields(cls)}
        if names != set(TABLES[table]):
            raise AssertionError(f"{table}: {sorted(names ^ set(TABLES[table]))}")
