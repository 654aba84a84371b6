"""Scoring of predictions against a gold corpus (the contract's "Scoring").

Everything here is pure except ``evaluate_file``, which runs the pipeline.
Predictions are matched to gold one article at a time and the counts are
summed over articles (micro-averaged).

Matching definitions
--------------------
P/R/F1 on empty sides
    precision = tp / (tp + fp) and recall = tp / (tp + fn); a 0/0 is 1.0 when
    both gold and predictions are empty (nothing to find, nothing claimed) and
    0.0 otherwise. F1 is the harmonic mean, 0.0 when P + R = 0. An accuracy
    with nothing to judge is ``None`` ("n/a").

Direction of a flow
    Facts are compared in the direction exporter -> importer: ``import`` with
    economy X and partner Y becomes ``export`` Y -> X. ``total`` is an
    unordered pair; ``balance`` keeps (economy, partner) as given, since its
    sign depends on the side it is seen from.

Trade facts
    A pair (gold, predicted) is a *value match* when the currencies are equal
    (case-insensitive) and |pred - gold| <= 0.005 * |gold| (a gold 0 needs a
    predicted 0). Matching is one-to-one and greedy: candidate pairs are
    taken by smallest relative difference (rounded to 1e-9, so equal values
    tie), then by the number of fields below that agree, then in input order.
    On a matched pair:

    - flow is right when the canonical kinds agree (export/import are one
      kind, total, balance) and, for export/import, the direction is not
      reversed: no economy is the exporter on one side and the importer on the
      other.
    - economies are right when the unordered pair {economy, partner} agrees
      (ordered for two balances); direction is the flow's business.
    - period is right when period_start and period_end are both set and equal,
      or period_label is set and equal, or neither side has any period.

    A fact is *fully right* when all three are. A KRW conversion predicted as
    a fact of its own has another currency and value, so it is an extra.

Change claims
    Match one-to-one (greedy by smallest |pct difference|) when the canonical
    flow key (kind plus direction/pair as above), period_label and
    base_period_label are equal and |pred pct - gold pct| <= 0.5.

Quotes
    Predicted (and gold) quotes with speaker_type ``media`` are left out.
    Words are lowercased ``\\w+`` tokens. Two texts *share half their words*
    when the multiset overlap |A & B| >= 0.5 * max(|A|, |B|). Speakers agree
    when their last word tokens agree (a final "s" dropped, so "expert" and
    "experts" agree; for unnamed speakers the last word of the description),
    or when every word of one speaker name is in the other ("Kim" and
    "Kim Jong Un": Korean surnames come first). Text-matching pairs are taken
    one-to-one, speaker-agreeing and larger overlaps first; a pair whose
    speaker agrees is a match, one whose speaker does not is an attribution
    error (counted as a miss and an extra for P/R/F1). Attribution accuracy
    is matches / text-matching pairs.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractor.intervals import N_RESAMPLES, accuracy_of, bootstrap_interval, f1_of

VALUE_TOLERANCE = 0.005  # relative, for trade-fact values
PCT_TOLERANCE = 0.5  # percentage points, for change claims
QUOTE_OVERLAP = 0.5  # share of words two quote texts must have in common

PRED_TABLES = ("trade_facts", "change_claims", "quotes")
FACT_FIELDS = ("flow", "economies", "period")


class GoldFormatError(ValueError):
    """The gold file is not JSON Lines in the contract's gold format."""


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    title: str = ""
    published: str = ""
    source: str = ""
    gold: dict[str, list[dict]] = field(default_factory=dict)
    # The record's other plain fields (batch, outlet, kind, annotator, ...):
    # what ``--by`` groups the scores by.
    meta: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- metrics


def _ratio(num: int, den: int, vacuous: bool) -> float:
    if den:
        return num / den
    return 1.0 if vacuous else 0.0


@dataclass(slots=True)
class PRF:
    """Counts of one category and the precision/recall/F1 they give.

    >>> PRF(tp=3, fp=1, fn=1).f1
    0.75
    >>> PRF().precision, PRF().recall, PRF().f1   # both sides empty
    (1.0, 1.0, 1.0)
    >>> PRF(fp=2).precision, PRF(fp=2).recall     # extras where gold is empty
    (0.0, 0.0)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, vacuous=self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, vacuous=self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "n_gold": self.tp + self.fn,
            "n_predicted": self.tp + self.fp,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class Accuracy:
    """Share of judged items that are right; ``None`` when none were judged.

    >>> Accuracy(3, 4).value, Accuracy().value
    (0.75, None)
    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(slots=True)
class EvalError:
    """One miss, extra or wrong field, with the sentence it comes from."""

    article_id: str
    table: str  # trade_facts | change_claims | quotes
    kind: str  # miss | extra | wrong_field | wrong_speaker
    detail: str  # what differed, for a reader
    sentence: str = ""
    field: str = ""  # flow | economies | period | speaker | ... ("" for miss/extra)
    gold: dict | None = None
    predicted: dict | None = None

    def to_dict(self) -> dict:
        return {
            "article_id": self.article_id,
            "table": self.table,
            "kind": self.kind,
            "field": self.field,
            "detail": self.detail,
            "sentence": self.sentence,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(slots=True)
class EvalReport:
    n_articles: int = 0
    facts_value: PRF = field(default_factory=PRF)
    facts_full: PRF = field(default_factory=PRF)
    field_accuracy: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in FACT_FIELDS})
    change_claims: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    attribution: Accuracy = field(default_factory=Accuracy)
    media_quotes_ignored: int = 0
    errors: list[EvalError] = field(default_factory=list)
    articles: list[EvalReport] = field(default_factory=list)  # one report per article, for intervals
    article_id: str = ""  # set on a one-article report
    by: str = ""  # the gold field ``groups`` splits the articles by
    groups: dict[str, EvalReport] = field(default_factory=dict)

    def merge(self, other: EvalReport) -> None:
        self.articles.extend(other.articles or ([other] if other.n_articles == 1 else []))
        self.n_articles += other.n_articles
        self.facts_value.add(other.facts_value)
        self.facts_full.add(other.facts_full)
        for name in FACT_FIELDS:
            self.field_accuracy[name].add(other.field_accuracy[name])
        self.change_claims.add(other.change_claims)
        self.quotes.add(other.quotes)
        self.attribution.add(other.attribution)
        self.media_quotes_ignored += other.media_quotes_ignored
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float | None]:
        """Every F1 and accuracy, keyed like ``intervals()``."""
        out: dict[str, float | None] = {name: pick(self).f1 for name, pick in _PRF_MEASURES.items()}
        out.update({name: pick(self).value for name, pick in _ACCURACY_MEASURES.items()})
        return out

    def intervals(self, *, n_resamples: int = N_RESAMPLES, seed: int = 0) -> dict[str, tuple[float, float] | None]:
        """95 % bootstrap intervals (articles resampled) of every F1 and
        accuracy, keyed like ``scores()``."""
        out: dict[str, tuple[float, float] | None] = {}
        for name, pick in _PRF_MEASURES.items():
            counts = [(m.tp, m.fp, m.fn) for m in map(pick, self.articles)]
            out[name] = bootstrap_interval(counts, f1_of, n_resamples=n_resamples, seed=seed)
        for name, pick in _ACCURACY_MEASURES.items():
            counts = [(a.correct, a.total) for a in map(pick, self.articles)]
            out[name] = bootstrap_interval(counts, accuracy_of, n_resamples=n_resamples, seed=seed)
        return out

    def to_dict(self, *, intervals: bool = False) -> dict:
        data = self._counts_dict()
        if intervals:
            data["ci95"] = {k: (list(v) if v else None) for k, v in self.intervals().items()}
        if self.by:
            data["by"] = self.by
            data["groups"] = {
                name: {"n_articles": g.n_articles, "scores": g.scores()} for name, g in self.groups.items()
            }
        return data

    def _counts_dict(self) -> dict:
        return {
            "n_articles": self.n_articles,
            "trade_facts": {
                "value": self.facts_value.to_dict(),
                "fully_right": self.facts_full.to_dict(),
                "field_accuracy": {k: v.to_dict() for k, v in self.field_accuracy.items()},
            },
            "change_claims": self.change_claims.to_dict(),
            "quotes": {
                **self.quotes.to_dict(),
                "attribution": self.attribution.to_dict(),
                "media_ignored": self.media_quotes_ignored,
            },
            "errors": [e.to_dict() for e in self.errors],
        }


_PRF_MEASURES = {
    "facts_value_f1": lambda r: r.facts_value,
    "facts_fully_right_f1": lambda r: r.facts_full,
    "change_claims_f1": lambda r: r.change_claims,
    "quotes_f1": lambda r: r.quotes,
}
_ACCURACY_MEASURES = {
    **{f"facts_{name}_accuracy": (lambda r, name=name: r.field_accuracy[name]) for name in FACT_FIELDS},
    "attribution_accuracy": lambda r: r.attribution,
}


# --------------------------------------------------------------------------- gold file


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSON Lines file. Raises ``FileNotFoundError`` for a missing
    file and ``GoldFormatError`` (with the line number) for a malformed one."""
    path = Path(path)
    if path.is_dir():
        raise GoldFormatError(f"{path} is a directory, not a gold JSON Lines file")
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{where}: not valid JSON ({exc.msg})") from None
            article = gold_article(obj, where)
            if article.id in seen:
                raise GoldFormatError(f"{where}: duplicate id {article.id!r}")
            seen.add(article.id)
            articles.append(article)
    return articles


def gold_article(obj: object, where: str) -> GoldArticle:
    """One gold record (a parsed JSON object) as a ``GoldArticle``; ``where``
    names it in a ``GoldFormatError``."""
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: expected a JSON object per line")
    for key in ("id", "text"):
        if not isinstance(obj.get(key), str):
            raise GoldFormatError(f"{where}: missing or non-string {key!r}")
    gold = obj.get("gold")
    if not isinstance(gold, dict):
        raise GoldFormatError(f"{where}: missing 'gold' object (an article with nothing to find has empty lists)")
    tables: dict[str, list[dict]] = {}
    for table in PRED_TABLES:
        rows = gold.get(table) or []
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise GoldFormatError(f"{where}: gold.{table} must be a list of objects")
        for i, row in enumerate(rows):
            problem = _gold_row_problem(table, row)
            if problem:
                raise GoldFormatError(f"{where}: gold.{table}[{i}]: {problem}")
        tables[table] = rows
    return GoldArticle(
        id=obj["id"],
        text=obj["text"],
        title=obj.get("title") or "",
        published=obj.get("published") or "",
        source=obj.get("source") or "",
        gold=tables,
        meta={k: str(v) for k, v in obj.items() if k not in ("text", "gold") and isinstance(v, (str, int, float))},
    )


def _gold_row_problem(table: str, row: dict) -> str:
    if table == "trade_facts":
        if _number(row.get("value")) is None:
            return "'value' must be a number"
        if not _s(row.get("currency")):
            return "'currency' is missing"
    elif table == "change_claims":
        if _number(row.get("pct_change")) is None:
            return "'pct_change' must be a number"
    elif table == "quotes":
        if not _s(row.get("text")):
            return "'text' is missing"
    return ""


# --------------------------------------------------------------------------- helpers


def _s(value: object) -> str:
    """None/NaN-safe stripped string."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _code(value: object) -> str:
    return _s(value).upper()


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def flow_key(flow: object, economy: object, partner: object) -> tuple:
    """The flow in the direction exporter -> importer (mirror-aware).

    >>> flow_key("import", "PRK", "CHN") == flow_key("export", "CHN", "PRK")
    True
    >>> flow_key("total", "PRK", "CHN") == flow_key("total", "CHN", "PRK")
    True
    >>> flow_key("balance", "PRK", "CHN") == flow_key("balance", "CHN", "PRK")
    False
    """
    kind, a, b = _s(flow).lower(), _code(economy), _code(partner)
    if kind == "import":
        return ("export", b, a)
    if kind == "total":
        return ("total", frozenset((a, b)))
    return (kind, a, b)


def flow_right(gold: dict, pred: dict) -> bool:
    """Same kind of flow, and for export/import the direction not reversed.

    >>> g = {"flow": "export", "economy": "PRK", "partner": "CHN"}
    >>> flow_right(g, {"flow": "import", "economy": "CHN", "partner": "PRK"})
    True
    >>> flow_right(g, {"flow": "import", "economy": "PRK", "partner": "CHN"})
    False
    """
    gk = flow_key(gold.get("flow"), gold.get("economy"), gold.get("partner"))
    pk = flow_key(pred.get("flow"), pred.get("economy"), pred.get("partner"))
    if gk[0] != pk[0]:
        return False
    if gk[0] != "export":
        return True
    (_, g_exp, g_imp), (_, p_exp, p_imp) = gk, pk
    reversed_ = (p_exp and p_exp == g_imp) or (p_imp and p_imp == g_exp)
    return not reversed_


def economies_right(gold: dict, pred: dict) -> bool:
    g = (_code(gold.get("economy")), _code(gold.get("partner")))
    p = (_code(pred.get("economy")), _code(pred.get("partner")))
    both_balance = _s(gold.get("flow")).lower() == _s(pred.get("flow")).lower() == "balance"
    if both_balance:
        return g == p
    return sorted(g) == sorted(p)


def period_right(gold: dict, pred: dict) -> bool:
    """Same start and end, or same label; two facts without a period agree.

    >>> period_right({"period_label": "2025-04"}, {"period_label": "2025-04"})
    True
    >>> period_right({"period_start": "2025-04-01", "period_end": "2025-04-30"},
    ...              {"period_start": "2025-04-01", "period_end": "2025-04-30", "period_label": "x"})
    True
    """
    gs, ge, gl = (_s(gold.get(k)) for k in ("period_start", "period_end", "period_label"))
    ps, pe, pl = (_s(pred.get(k)) for k in ("period_start", "period_end", "period_label"))
    if gs and ge and (gs, ge) == (ps, pe):
        return True
    if gl and gl == pl:
        return True
    return not (gs or ge or gl or ps or pe or pl)


def relative_difference(gold: float, pred: float) -> float:
    if gold == 0:
        return 0.0 if pred == 0 else math.inf
    return abs(pred - gold) / abs(gold)


_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def words(text: object) -> list[str]:
    """Lowercased word tokens, the unit of quote overlap.

    >>> words("There is no tangible impact, he said.")
    ['there', 'is', 'no', 'tangible', 'impact', 'he', 'said']
    """
    return _WORD.findall(_s(text).lower())


def word_overlap(a: object, b: object) -> float:
    """|A & B| / max(|A|, |B|) over word multisets; 0.0 when either is empty.

    >>> word_overlap("trade rose sharply in May", "trade rose in May")
    0.8
    """
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    return common / max(len(wa), len(wb))


def _surname(tokens: list[str]) -> str:
    last = tokens[-1]
    return last[:-1] if len(last) > 3 and last.endswith("s") else last


def speakers_agree(gold: object, pred: object) -> bool:
    """Last words agree, or one name's words are all in the other's.

    >>> speakers_agree("Peter Ward", "Ward")
    True
    >>> speakers_agree("experts", "North Korea experts")
    True
    >>> speakers_agree("Kim Jong Un", "Kim")
    True
    >>> speakers_agree("Peter Ward", "Andrei Lankov")
    False
    """
    g = _NAME_WORD.findall(_s(gold).lower())
    p = _NAME_WORD.findall(_s(pred).lower())
    if not g or not p:
        return False
    if _surname(g) == _surname(p):
        return True
    return set(g) <= set(p) or set(p) <= set(g)


# --------------------------------------------------------------------------- locating evidence

# Sentence ends: ., ! or ? (optionally closing quote/bracket) before whitespace,
# or a line break. "$222.1" and "U.S.-based" have no whitespace after the dot.
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def sentence_at(text: str, start: int, end: int | None = None) -> str:
    """The sentence (by a plain regex split) around ``text[start:end]``.

    >>> sentence_at("Trade fell. Exports rose 5%. Imports fell.", 14)
    'Exports rose 5%.'
    """
    end = start if end is None else end
    left = 0
    for m in _SENT_END.finditer(text, 0, start):
        left = m.end()
    right_m = _SENT_END.search(text, max(end, left))
    right = right_m.end() if right_m else len(text)
    return " ".join(text[left:right].split())


def _number_forms(value: float) -> list[str]:
    """How a value may be written: "222.1" (with its scale word), "222,100,000"."""
    forms: list[str] = []
    size = abs(value)
    for scale, _word in _SCALES:
        if size >= scale:
            forms.append(_plain(size / scale))
    forms.append(f"{size:,.2f}".rstrip("0").rstrip("."))
    forms.append(_plain(size))
    return list(dict.fromkeys(f for f in forms if f and f != "0"))


def _plain(x: float) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".")


def locate_value(text: str, value: float) -> str:
    """The sentence of ``text`` that writes ``value`` (e.g. "$222.1 million"),
    or "" if it cannot be found.

    >>> locate_value("Trade fell. Exports were $35.7 million in May. Fine.", 35_700_000.0)
    'Exports were $35.7 million in May.'
    """
    for form in _number_forms(value):
        pattern = re.compile(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)")
        m = pattern.search(text)
        if m:
            return sentence_at(text, m.start(), m.end())
    return ""


def locate_pct(text: str, pct: float) -> str:
    """The sentence giving ``pct`` as a percentage ("15%", "15 percent")."""
    form = _plain(abs(pct))
    m = re.search(r"(?<![\d.])" + re.escape(form) + r"(?:\.0+)?\s*(?:%|per\s?cent|pct)", text, re.I)
    return sentence_at(text, m.start(), m.end()) if m else ""


def locate_quote(text: str, quote: str) -> str:
    """The sentence(s) holding a quote's words (by its first few words)."""
    toks = words(quote)
    # The whole quote first; then its opening words, for a gold quote whose
    # wording differs a little from the article's.
    for n in dict.fromkeys((len(toks), min(6, len(toks)), min(3, len(toks)))):
        if n == 0:
            continue
        pattern = r"\W+".join(re.escape(t) for t in toks[:n])
        m = re.search(pattern, text, re.I)
        if m:
            return sentence_at(text, m.start(), m.end())
    return ""


# --------------------------------------------------------------------------- descriptions


def _fmt_value(value: object) -> str:
    v = _number(value)
    if v is None:
        return "?"
    for scale, word in _SCALES:
        if abs(v) >= scale:
            return f"{_plain(v / scale)} {word}"
    return _plain(v)


def _fmt_flow(row: dict) -> str:
    flow = _s(row.get("flow")).lower() or "?"
    eco, par = _code(row.get("economy")) or "?", _code(row.get("partner")) or "?"
    if flow == "export":
        return f"export {eco}->{par}"
    if flow == "import":
        return f"import {eco}<-{par}"
    if flow == "total":
        return f"total {eco}-{par}"
    return f"{flow} {eco}/{par}"


def _fmt_period(row: dict) -> str:
    label = _s(row.get("period_label"))
    start, end = _s(row.get("period_start")), _s(row.get("period_end"))
    if start or end:
        span = f"{start or '?'}..{end or '?'}"
        return f"{label} ({span})" if label else span
    return label or "no period"


def describe_fact(row: dict) -> str:
    return f"{_code(row.get('currency'))} {_fmt_value(row.get('value'))}, {_fmt_flow(row)}, {_fmt_period(row)}"


def describe_claim(row: dict) -> str:
    pct = _number(row.get("pct_change"))
    pct_s = f"{pct:+g}%" if pct is not None else "?%"
    return (
        f"{pct_s} {_fmt_flow(row)}, {_s(row.get('period_label')) or '?'} vs {_s(row.get('base_period_label')) or '?'}"
    )


def describe_quote(row: dict) -> str:
    text = " ".join(_s(row.get("text")).split())
    if len(text) > 80:
        text = text[:77] + "..."
    return f'{_s(row.get("speaker")) or "?"}: "{text}"'


_FACT_KEYS = (
    "value", "currency", "flow", "economy", "partner",
    "period_start", "period_end", "period_label",
)  # fmt: skip
_CLAIM_KEYS = ("pct_change", "flow", "economy", "partner", "period_label", "base_period_label")
_QUOTE_KEYS = ("speaker", "speaker_type", "text", "kind")


def _subset(row: dict, keys: Iterable[str]) -> dict:
    return {k: row.get(k) for k in keys}


# --------------------------------------------------------------------------- scoring


def score(gold: list[GoldArticle], predictions: dict[str, dict[str, list[dict]]]) -> EvalReport:
    """Score predictions (gold article id -> table -> rows) against gold.

    An article absent from ``predictions`` predicted nothing; predictions for
    ids not in ``gold`` are ignored.
    """
    report = EvalReport()
    for article in gold:
        tables = predictions.get(article.id) or {}
        report.merge(score_article(article, tables))
    return report


def score_article(article: GoldArticle, predicted: dict[str, list[dict]]) -> EvalReport:
    report = EvalReport(n_articles=1, article_id=article.id)
    _score_facts(article, article.gold.get("trade_facts") or [], predicted.get("trade_facts") or [], report)
    _score_claims(
        article,
        article.gold.get("change_claims") or [],
        predicted.get("change_claims") or [],
        report,
    )
    _score_quotes(article, article.gold.get("quotes") or [], predicted.get("quotes") or [], report)
    return report


def _fact_checks(g: dict, p: dict) -> dict[str, bool]:
    return {
        "flow": flow_right(g, p),
        "economies": economies_right(g, p),
        "period": period_right(g, p),
    }


def _score_facts(article: GoldArticle, gold: list[dict], pred: list[dict], report: EvalReport) -> None:
    candidates = []
    for gi, g in enumerate(gold):
        gv, gc = _number(g.get("value")), _code(g.get("currency"))
        for pi, p in enumerate(pred):
            pv = _number(p.get("value"))
            if gv is None or pv is None or gc != _code(p.get("currency")):
                continue
            rel = relative_difference(gv, pv)
            if rel <= VALUE_TOLERANCE + 1e-12:
                checks = _fact_checks(g, p)
                candidates.append((round(rel, 9), -sum(checks.values()), gi, pi, checks))
    candidates.sort(key=lambda c: c[:4])
    matched_g: dict[int, tuple[int, dict[str, bool]]] = {}
    matched_p: set[int] = set()
    for _rel, _agree, gi, pi, checks in candidates:
        if gi in matched_g or pi in matched_p:
            continue
        matched_g[gi] = (pi, checks)
        matched_p.add(pi)

    n_full = 0
    for gi, (pi, checks) in sorted(matched_g.items()):
        g, p = gold[gi], pred[pi]
        for name, ok in checks.items():
            report.field_accuracy[name].add(Accuracy(int(ok), 1))
            if not ok:
                report.errors.append(
                    EvalError(
                        article_id=article.id,
                        table="trade_facts",
                        kind="wrong_field",
                        field=name,
                        detail=f"{name}: gold {_field_text(name, g)}, predicted {_field_text(name, p)}",
                        sentence=_pred_sentence(article, p) or locate_value(article.text, _number(g["value"])),
                        gold=_subset(g, _FACT_KEYS),
                        predicted=_subset(p, _FACT_KEYS),
                    )
                )
        n_full += all(checks.values())
    n_match = len(matched_g)
    report.facts_value.add(PRF(n_match, len(pred) - n_match, len(gold) - n_match))
    report.facts_full.add(PRF(n_full, len(pred) - n_full, len(gold) - n_full))

    for gi, g in enumerate(gold):
        if gi not in matched_g:
            report.errors.append(
                _unmatched(
                    "miss",
                    article,
                    "trade_facts",
                    g,
                    describe_fact,
                    locate_value(article.text, _number(g["value"])),
                    _FACT_KEYS,
                )
            )
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            report.errors.append(
                _unmatched("extra", article, "trade_facts", p, describe_fact, _pred_sentence(article, p), _FACT_KEYS)
            )


def _unmatched(kind: str, article: GoldArticle, table: str, row: dict, describe, sentence: str, keys) -> EvalError:
    """A gold row nobody predicted (``miss``) or a prediction with no gold (``extra``)."""
    side = "gold" if kind == "miss" else "predicted"
    label = "missed" if kind == "miss" else "extra"
    return EvalError(
        article_id=article.id,
        table=table,
        kind=kind,
        detail=f"{label} {describe(row)}",
        sentence=sentence,
        **{side: _subset(row, keys)},
    )


def _field_text(name: str, row: dict) -> str:
    if name == "period":
        return _fmt_period(row)
    return _fmt_flow(row)


def _pred_sentence(article: GoldArticle, row: dict) -> str:
    """A predicted row's evidence: its ``sentence`` column, else its offsets,
    else the sentence writing its value."""
    sentence = _s(row.get("sentence"))
    if sentence:
        return " ".join(sentence.split())
    start, end = _number(row.get("start")), _number(row.get("end"))
    if start is not None and end and 0 <= start < end <= len(article.text):
        return sentence_at(article.text, int(start), int(end))
    value = _number(row.get("value"))
    if value is not None:
        return locate_value(article.text, value)
    pct = _number(row.get("pct_change"))
    if pct is not None:
        return locate_pct(article.text, pct)
    return ""


def _claim_key(row: dict) -> tuple:
    return (
        flow_key(row.get("flow"), row.get("economy"), row.get("partner")),
        _s(row.get("period_label")),
        _s(row.get("base_period_label")),
    )


def _claim_diff(g: dict, p: dict) -> list[str]:
    """Names of the parts on which two claims with close percentages differ."""
    diff = []
    if flow_key(g.get("flow"), g.get("economy"), g.get("partner")) != flow_key(
        p.get("flow"), p.get("economy"), p.get("partner")
    ):
        diff.append("flow/economies")
    for name in ("period_label", "base_period_label"):
        if _s(g.get(name)) != _s(p.get(name)):
            diff.append(name)
    return diff


def _score_claims(article: GoldArticle, gold: list[dict], pred: list[dict], report: EvalReport) -> None:
    def pct_pairs(require_key: bool):
        pairs = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                gp, pp = _number(g.get("pct_change")), _number(p.get("pct_change"))
                if gp is None or pp is None or abs(gp - pp) > PCT_TOLERANCE + 1e-9:
                    continue
                if require_key and _claim_key(g) != _claim_key(p):
                    continue
                pairs.append((abs(gp - pp), gi, pi))
        return sorted(pairs)

    matched_g: set[int] = set()
    matched_p: set[int] = set()
    for _d, gi, pi in pct_pairs(require_key=True):
        if gi not in matched_g and pi not in matched_p:
            matched_g.add(gi)
            matched_p.add(pi)
    n = len(matched_g)
    report.change_claims.add(PRF(n, len(pred) - n, len(gold) - n))

    # Leftovers with a close percentage are reported together, saying what
    # differed; they still count as one miss and one extra.
    near: dict[int, int] = {}
    used: set[int] = set()
    for _d, gi, pi in pct_pairs(require_key=False):
        if gi in matched_g or pi in matched_p or gi in near or pi in used:
            continue
        near[gi] = pi
        used.add(pi)
    for gi, g in enumerate(gold):
        if gi in matched_g:
            continue
        if gi in near:
            p = pred[near[gi]]
            fields_ = _claim_diff(g, p)
            report.errors.append(
                EvalError(
                    article_id=article.id,
                    table="change_claims",
                    kind="wrong_field",
                    field=",".join(fields_),
                    detail=f"gold {describe_claim(g)}; predicted {describe_claim(p)}",
                    sentence=_pred_sentence(article, p) or locate_pct(article.text, _number(g["pct_change"])),
                    gold=_subset(g, _CLAIM_KEYS),
                    predicted=_subset(p, _CLAIM_KEYS),
                )
            )
        else:
            report.errors.append(
                _unmatched(
                    "miss",
                    article,
                    "change_claims",
                    g,
                    describe_claim,
                    locate_pct(article.text, _number(g["pct_change"])),
                    _CLAIM_KEYS,
                )
            )
    for pi, p in enumerate(pred):
        if pi not in matched_p and pi not in used:
            report.errors.append(
                _unmatched(
                    "extra", article, "change_claims", p, describe_claim, _pred_sentence(article, p), _CLAIM_KEYS
                )
            )


def _is_media(row: dict) -> bool:
    return _s(row.get("speaker_type")).lower() == "media"


def _score_quotes(article: GoldArticle, gold: list[dict], pred: list[dict], report: EvalReport) -> None:
    report.media_quotes_ignored += sum(_is_media(p) for p in pred)
    gold = [g for g in gold if not _is_media(g)]
    pred = [p for p in pred if not _is_media(p)]

    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = word_overlap(g.get("text"), p.get("text"))
            if overlap >= QUOTE_OVERLAP:
                agree = speakers_agree(g.get("speaker"), p.get("speaker"))
                candidates.append((not agree, -overlap, gi, pi, agree))
    candidates.sort(key=lambda c: c[:4])
    paired_g: dict[int, tuple[int, bool]] = {}
    paired_p: set[int] = set()
    for *_key, gi, pi, agree in candidates:
        if gi in paired_g or pi in paired_p:
            continue
        paired_g[gi] = (pi, agree)
        paired_p.add(pi)

    n_match = sum(agree for _pi, agree in paired_g.values())
    report.quotes.add(PRF(n_match, len(pred) - n_match, len(gold) - n_match))
    report.attribution.add(Accuracy(n_match, len(paired_g)))

    for gi, g in enumerate(gold):
        sentence = locate_quote(article.text, _s(g.get("text")))
        if gi not in paired_g:
            report.errors.append(_unmatched("miss", article, "quotes", g, describe_quote, sentence, _QUOTE_KEYS))
            continue
        pi, agree = paired_g[gi]
        if not agree:
            p = pred[pi]
            report.errors.append(
                EvalError(
                    article_id=article.id,
                    table="quotes",
                    kind="wrong_speaker",
                    field="speaker",
                    detail=f"speaker: gold {_s(g.get('speaker'))!r}, predicted {_s(p.get('speaker'))!r}",
                    sentence=sentence,
                    gold=_subset(g, _QUOTE_KEYS),
                    predicted=_subset(p, _QUOTE_KEYS),
                )
            )
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            report.errors.append(
                _unmatched("extra", article, "quotes", p, describe_quote, _quote_sentence(article, p), _QUOTE_KEYS)
            )


def _quote_sentence(article: GoldArticle, row: dict) -> str:
    start, end = _number(row.get("start")), _number(row.get("end"))
    if start is not None and end and 0 <= start < end <= len(article.text):
        return sentence_at(article.text, int(start), int(end))
    return locate_quote(article.text, _s(row.get("text")))


# --------------------------------------------------------------------------- runner


def predict(
    gold: list[GoldArticle], *, source: str = "", nlp=None, model: str | None = None
) -> dict[str, dict[str, list[dict]]]:
    """Run the extractor over the gold articles' text; rows keyed by gold id."""
    from extractor.assemble import extract_articles
    from extractor.records import Article

    articles = [
        Article(
            text=g.text,
            source=source,
            source_id=g.id,
            title=g.title,
            published=g.published,
            published_source="metadata" if g.published else "",
        )
        for g in gold
    ]
    results = extract_articles(articles, nlp=nlp, model=model)
    return {g.id: result.rows() for g, result in zip(gold, results, strict=True)}


NO_GROUP = "(none)"


def group_reports(gold: list[GoldArticle], report: EvalReport, by: str) -> dict[str, EvalReport]:
    """The report split by the value of one field of the gold records
    (``batch``, ``kind``, ``outlet``, ``annotator`` ...): each group's counts
    summed over its articles, groups in name order. Articles without the field
    form the group ``(none)``.

    >>> gold = [GoldArticle("a", "", meta={"kind": "wire"}), GoldArticle("b", ""), GoldArticle("c", "", meta={"kind": "wire"})]
    >>> report = score(gold, {})
    >>> {k: v.n_articles for k, v in group_reports(gold, report, "kind").items()}
    {'(none)': 1, 'wire': 2}
    """
    group_of = {g.id: g.meta.get(by) or NO_GROUP for g in gold}
    groups: dict[str, EvalReport] = {}
    for one in report.articles:
        groups.setdefault(group_of.get(one.article_id, NO_GROUP), EvalReport()).merge(one)
    return dict(sorted(groups.items()))


def evaluate_file(path: str | Path, *, nlp=None, model: str | None = None, by: str | None = None) -> EvalReport:
    """Read a gold file, run the extractor over its articles and score it;
    with ``by`` (a field of the gold records), also per group of articles
    (``report.groups``)."""
    gold = load_gold(path)
    report = score(gold, predict(gold, source=str(path), nlp=nlp, model=model))
    if by:
        report.by, report.groups = by, group_reports(gold, report, by)
    return report
