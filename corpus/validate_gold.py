"""Check a gold corpus file (JSON Lines) against the conventions in corpus/README.md.

Stdlib only, so it runs without the project installed:

    python corpus/validate_gold.py corpus/dev.jsonl [more.jsonl ...]

Errors (exit status 1) are breaches of the format or the conventions; warnings
are things a person should look at (an article outside 120-450 words, a figure
whose digits cannot be found in the text, a cue that does not occur).
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date
from pathlib import Path

TOP_KEYS = {"id", "source", "published", "title", "text", "gold"}
GOLD_KEYS = {"trade_facts", "change_claims", "quotes"}
# `published` inside gold: the true date of an article whose top-level
# `published` is empty (the date is stated in the text).
GOLD_OPTIONAL = {"published"}

FACT_REQUIRED = {
    "value",
    "currency",
    "flow",
    "economy",
    "partner",
    "period_start",
    "period_end",
    "period_label",
}
FACT_OPTIONAL = {"alt_value", "alt_currency", "commodity", "qualifier", "measure"}
CLAIM_REQUIRED = {
    "flow",
    "economy",
    "partner",
    "period_label",
    "base_period_label",
    "pct_change",
}
CLAIM_OPTIONAL = {"qualifier"}
QUOTE_REQUIRED = {"speaker", "speaker_type", "affiliation", "kind", "cue", "text"}
QUOTE_OPTIONAL = {"role"}

FLOWS = {"export", "import", "total", "balance"}
QUALIFIERS = {"about", "more than", "less than", "nearly", "up to"}
SPEAKER_TYPES = {"person", "organization", "unnamed"}  # media is never gold
KINDS = {"direct", "indirect"}
# Currencies the corpus may use; a new one is added here on purpose.
CURRENCIES = {
    "USD", "KRW", "KPW", "CNY", "EUR", "JPY", "RUB", "GBP", "HKD", "TWD", "AUD", "INR", "BRL", "CAD", "TRY", "MYR",
}  # fmt: skip
# Economies the corpus uses (ISO 3166-1 alpha-3) plus the world and the EU.
ECONOMIES = {
    "PRK", "KOR", "CHN", "RUS", "USA", "JPN", "DEU", "FRA", "GBR", "IND", "VNM",
    "SGP", "TWN", "HKG", "SAU", "AUS", "CAN", "MEX", "BRA", "MNG", "ARE", "TUR", "KAZ", "THA",
    "IDN", "MYS", "W00", "EUU",
}  # fmt: skip
OPEN_QUOTES = '"\u201c'
CLOSE_QUOTES = '"\u201d'

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_SPAN = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_DAY_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def label_dates(label: str) -> tuple[date, date]:
    """The inclusive dates a period label stands for.

    >>> label_dates("2025-Q1")
    (datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
    >>> label_dates("2024-12-01/2024-12-20")
    (datetime.date(2024, 12, 1), datetime.date(2024, 12, 20))
    """
    if m := _YEAR.match(label):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _MONTH.match(label):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo)
    if m := _QUARTER.match(label):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m := _HALF.match(label):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m := _MONTH_SPAN.match(label):
        return date(int(m[1]), int(m[2]), 1), _month_end(int(m[3]), int(m[4]))
    if m := _DAY_SPAN.match(label):
        return date.fromisoformat(m[1]), date.fromisoformat(m[2])
    raise ValueError(f"not a period label: {label!r}")


def canonical_label(start: date, end: date) -> str:
    """The one label the conventions allow for an inclusive span of dates.

    >>> canonical_label(date(2025, 1, 1), date(2025, 6, 30))
    '2025-H1'
    >>> canonical_label(date(2025, 1, 1), date(2025, 5, 31))
    '2025-01/2025-05'
    >>> canonical_label(date(2024, 10, 1), date(2024, 10, 20))
    '2024-10-01/2024-10-20'
    """
    whole_months = start.day == 1 and end == _month_end(end.year, end.month)
    if not whole_months:
        return f"{start.isoformat()}/{end.isoformat()}"
    y = start.year
    if end.year == y:
        if (start.month, end.month) == (1, 12):
            return f"{y}"
        if start.month == end.month:
            return f"{y}-{start.month:02d}"
        if end.month - start.month == 2 and start.month % 3 == 1:
            return f"{y}-Q{(start.month + 2) // 3}"
        if end.month - start.month == 5 and start.month in (1, 7):
            return f"{y}-H{1 if start.month == 1 else 2}"
    return f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"


def _number_forms(value: float) -> set[str]:
    """Ways the digits of `value` may appear in a text (commas removed)."""
    forms = set()
    v = abs(value)
    for scale in (1, 1e3, 1e6, 1e9, 1e12):
        x = v / scale
        if 0.1 <= x < 1e7:
            for digits in range(0, 4):
                s = f"{x:.{digits}f}"
                if abs(float(s) - x) < 1e-9 * max(1.0, x):
                    forms.add(s)
                    if "." in s:
                        forms.add(s.rstrip("0").rstrip("."))
    return forms


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def _check_keys(rep: Report, where: str, obj: dict, required: set, optional: set) -> None:
    missing = required - obj.keys()
    extra = obj.keys() - required - optional
    if missing:
        rep.error(where, f"missing keys {sorted(missing)}")
    if extra:
        rep.error(where, f"unknown keys {sorted(extra)}")


def _check_label(rep: Report, where: str, label: object) -> tuple[date, date] | None:
    if not isinstance(label, str):
        rep.error(where, f"label {label!r} is not a string")
        return None
    try:
        start, end = label_dates(label)
    except ValueError as exc:
        rep.error(where, str(exc))
        return None
    if canonical_label(start, end) != label:
        rep.error(where, f"label {label!r} should be {canonical_label(start, end)!r}")
    if start > end:
        rep.error(where, f"label {label!r} ends before it starts")
    return start, end


def _check_economies(rep: Report, where: str, rec: dict) -> None:
    for key in ("economy", "partner"):
        code = rec.get(key)
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}|W00", code):
            rep.error(where, f"{key} {code!r} is not an alpha-3 code")
        elif code not in ECONOMIES:
            rep.warn(where, f"{key} {code!r} not in the known list")
    if rec.get("economy") == rec.get("partner"):
        rep.error(where, "economy equals partner")
    if rec.get("economy") == "W00":
        rep.error(where, "the world is only ever the partner")


def _norm_text(text: str) -> str:
    return text.replace(",", "")


def check_fact(rep: Report, where: str, f: dict, text: str, published: date | None) -> None:
    _check_keys(rep, where, f, FACT_REQUIRED, FACT_OPTIONAL)
    value = f.get("value")
    if not isinstance(value, float):
        rep.error(where, f"value {value!r} is not a float")
    elif f.get("flow") != "balance" and value <= 0:
        rep.error(where, "value must be positive unless flow is balance")
    if f.get("currency") not in CURRENCIES:
        rep.error(where, f"currency {f.get('currency')!r} not ISO 4217 / not in list")
    if f.get("flow") not in FLOWS:
        rep.error(where, f"flow {f.get('flow')!r}")
    _check_economies(rep, where, f)
    try:
        start = date.fromisoformat(f.get("period_start", ""))
        end = date.fromisoformat(f.get("period_end", ""))
    except (TypeError, ValueError):
        rep.error(where, "period_start/period_end are not ISO dates")
        return
    if start > end:
        rep.error(where, "period_start after period_end")
    dates = _check_label(rep, where, f.get("period_label"))
    if dates and dates != (start, end):
        rep.error(where, f"label {f.get('period_label')!r} does not match {start}..{end}")
    if published and start > published:
        rep.error(where, f"period starts after publication {published}")
    if ("alt_value" in f) != ("alt_currency" in f):
        rep.error(where, "alt_value and alt_currency go together")
    if "alt_value" in f:
        if not isinstance(f["alt_value"], float) or f["alt_value"] == 0:
            rep.error(where, "alt_value is not a non-zero float")
        if f["alt_currency"] not in CURRENCIES:
            rep.error(where, f"alt_currency {f['alt_currency']!r}")
        if f["alt_currency"] == f.get("currency"):
            rep.error(where, "alt_currency equals currency")
    if "qualifier" in f and f["qualifier"] not in QUALIFIERS:
        rep.error(where, f"qualifier {f['qualifier']!r}")
    if "commodity" in f and not (isinstance(f["commodity"], str) and f["commodity"]):
        rep.error(where, "commodity must be a non-empty string")
    flat = _norm_text(text)
    if isinstance(value, float) and not any(s in flat for s in _number_forms(value)):
        rep.warn(where, f"digits of value {value} not found in the text")
    alt = f.get("alt_value")
    if isinstance(alt, float) and not any(s in flat for s in _number_forms(alt)):
        rep.warn(where, f"digits of alt_value {alt} not found in the text")


def check_claim(rep: Report, where: str, c: dict) -> None:
    _check_keys(rep, where, c, CLAIM_REQUIRED, CLAIM_OPTIONAL)
    if c.get("flow") not in FLOWS:
        rep.error(where, f"flow {c.get('flow')!r}")
    _check_economies(rep, where, c)
    cur = _check_label(rep, where, c.get("period_label"))
    base = _check_label(rep, where, c.get("base_period_label"))
    if cur and base and base[1] >= cur[0]:
        rep.error(where, "base period does not end before the current period starts")
    pct = c.get("pct_change")
    if not isinstance(pct, float):
        rep.error(where, f"pct_change {pct!r} is not a float")
    if "qualifier" in c and c["qualifier"] not in QUALIFIERS:
        rep.error(where, f"qualifier {c['qualifier']!r}")


def check_quote(rep: Report, where: str, q: dict, text: str) -> None:
    _check_keys(rep, where, q, QUOTE_REQUIRED, QUOTE_OPTIONAL)
    if q.get("speaker_type") not in SPEAKER_TYPES:
        rep.error(where, f"speaker_type {q.get('speaker_type')!r}")
    if q.get("kind") not in KINDS:
        rep.error(where, f"kind {q.get('kind')!r}")
    for key in ("speaker", "cue", "text"):
        if not (isinstance(q.get(key), str) and q[key].strip()):
            rep.error(where, f"{key} must be a non-empty string")
            return
    aff = q.get("affiliation")
    if aff is not None and (not isinstance(aff, str) or aff.lower().startswith("the ")):
        rep.error(where, f"affiliation {aff!r} must be null or a name without 'the'")
    if "role" in q and not (isinstance(q["role"], str) and q["role"]):
        rep.error(where, "role, when present, is a non-empty string")
    quoted = q["text"]
    positions = [m.start() for m in re.finditer(re.escape(quoted), text)]
    if not positions:
        rep.error(where, f"quote text not verbatim in article: {quoted[:60]!r}")
        return
    if q["kind"] == "direct":
        ok = False
        for pos in positions:
            after = pos + len(quoted)
            opened = pos > 0 and text[pos - 1] in OPEN_QUOTES
            closed = after < len(text) and text[after] in CLOSE_QUOTES
            # A quote running on into the next paragraph has no closing mark.
            runs_on = text[after : after + 2] == "\n\n" or after == len(text)
            if opened and (closed or runs_on):
                ok = True
        if not ok:
            rep.error(where, f"direct quote is not the whole of a quoted span: {quoted[:60]!r}")
    else:
        if quoted.lower().startswith("that "):
            rep.error(where, "indirect text keeps a leading 'that'")
        if quoted.endswith("."):
            rep.error(where, "indirect text keeps the final period")
    if q["cue"].lower() not in text.lower():
        rep.warn(where, f"cue {q['cue']!r} does not occur in the text")
    speaker = q["speaker"]
    if q["speaker_type"] == "organization" and speaker.lower().startswith("the "):
        rep.error(where, f"organisation {speaker!r} is named without a leading 'the'")
    if q["speaker_type"] == "person":
        surname = speaker.split()[-1]
        if surname not in text:
            rep.error(where, f"speaker surname {surname!r} not in the text")
    elif speaker.lower() not in text.lower():
        rep.warn(where, f"speaker {speaker!r} not found verbatim in the text")
    if aff and aff not in text:
        rep.warn(where, f"affiliation {aff!r} not verbatim in the text")


def check_record(rep: Report, lineno: int, rec: dict, seen_ids: set) -> None:
    where = f"line {lineno}"
    if not isinstance(rec, dict):
        rep.error(where, "not a JSON object")
        return
    _check_keys(rep, where, rec, TOP_KEYS, set())
    rid = rec.get("id")
    where = f"line {lineno} ({rid})"
    if not isinstance(rid, str) or not rid:
        rep.error(where, "id must be a non-empty string")
    elif rid in seen_ids:
        rep.error(where, "duplicate id")
    seen_ids.add(rid)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        rep.error(where, "text must be a non-empty string")
        return
    if "\r" in text:
        rep.error(where, "text contains carriage returns")
    for key in ("source", "title", "published"):
        if not isinstance(rec.get(key), str):
            rep.error(where, f"{key} must be a string")
    words = len(text.split())
    if not 120 <= words <= 450:
        rep.warn(where, f"{words} words (aim: 120-450)")
    if "\n\n" not in text:
        rep.warn(where, "no blank line between paragraphs")
    gold = rec.get("gold")
    if not isinstance(gold, dict):
        rep.error(where, "gold must be an object")
        return
    _check_keys(rep, where + " gold", gold, GOLD_KEYS, GOLD_OPTIONAL)
    published: date | None = None
    pub = rec.get("published") or gold.get("published") or ""
    if pub:
        try:
            published = date.fromisoformat(pub)
        except ValueError:
            rep.error(where, f"published {pub!r} is not an ISO date")
    if rec.get("published") == "" and "published" not in gold:
        rep.warn(where, "empty published without gold.published")
    if rec.get("published") and "published" in gold:
        rep.error(where, "gold.published is only for articles whose published is empty")
    for name in GOLD_KEYS:
        if not isinstance(gold.get(name), list):
            rep.error(where, f"gold.{name} must be a list")
            gold[name] = []
    keys_seen = set()
    for i, f in enumerate(gold["trade_facts"]):
        w = f"{where} fact {i}"
        if not isinstance(f, dict):
            rep.error(w, "not an object")
            continue
        check_fact(rep, w, f, text, published)
        # Mirror-aware: compare exporter -> importer.
        flow, eco, par = f.get("flow"), f.get("economy"), f.get("partner")
        if flow == "import":
            flow, eco, par = "export", par, eco
        elif flow == "total":
            eco, par = sorted([eco or "", par or ""])
        key = (f.get("value"), f.get("currency"), flow, eco, par, f.get("period_label"))
        if key in keys_seen:
            rep.error(w, "duplicate fact (same figure, flow, economies, period)")
        keys_seen.add(key)
    for i, c in enumerate(gold["change_claims"]):
        w = f"{where} claim {i}"
        if isinstance(c, dict):
            check_claim(rep, w, c)
        else:
            rep.error(w, "not an object")
    quotes_seen = set()
    for i, q in enumerate(gold["quotes"]):
        w = f"{where} quote {i}"
        if not isinstance(q, dict):
            rep.error(w, "not an object")
            continue
        check_quote(rep, w, q, text)
        key = (q.get("kind"), q.get("text"))
        if key in quotes_seen:
            rep.error(w, "duplicate quote")
        quotes_seen.add(key)


def validate(path: Path) -> Report:
    rep = Report()
    seen: set = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                rep.error(f"line {lineno}", "blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                rep.error(f"line {lineno}", f"invalid JSON: {exc}")
                continue
            check_record(rep, lineno, rec, seen)
    return rep


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python corpus/validate_gold.py FILE.jsonl [...]", file=sys.stderr)
        return 2
    status = 0
    for name in argv:
        rep = validate(Path(name))
        for msg in rep.errors:
            print(f"{name}: ERROR {msg}")
        for msg in rep.warnings:
            print(f"{name}: warning {msg}")
        print(f"{name}: {len(rep.errors)} errors, {len(rep.warnings)} warnings")
        if rep.errors:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
