"""Check a gold corpus file (JSON Lines) against the conventions in corpus/README.md.

Stdlib only, so it runs without the project installed:

    python corpus/validate_gold.py corpus/dev.jsonl [more.jsonl ...]
    python corpus/validate_gold.py corpus/real/gold/*.jsonl [--cache DIR]

Errors (exit status 1) are breaches of the format or the conventions; warnings
are things a person should look at (an article outside 120-450 words, a figure
whose digits cannot be found in the text, a cue that does not occur).

Records of real published articles (corpus/real/gold) carry no `text`: they
carry `text_sha256`, `query` and the other keys of REAL_KEYS, and the text is
read from the cache folder through corpus/real/join.py, which checks the hash
(`--cache DIR`; default: the `cache` folder beside the gold file's folder). A
missing or changed text is an error naming the query that refills it; the
record's other checks still run. `--no-text` checks the records without their
texts (a clone with an empty cache).
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

TOP_KEYS = {"id", "source", "published", "title", "text", "gold"}
# A real published article's record: no text (it is not ours to commit), where
# it was found and the hash of the cached text instead (corpus/README.md).
REAL_KEYS = {
    "id", "split", "batch", "annotator", "source", "query", "rank", "title", "published",
    "outlet", "kind", "pair", "text_sha256", "gold",
}  # fmt: skip
REAL_OPTIONAL = {"published_note"}
REAL_SPLITS = {"real-dev", "real-test", "real-fresh", "real-fresh-2", "real-fresh-3", "real-fresh-4", "real-fresh-5"}
REAL_KINDS = {
    "wire", "repost", "analysis", "feature", "blog", "release", "table", "chrome-page", "non-trade-money",
}  # fmt: skip
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
    "NZD", "SGD", "IDR", "VND", "ZAR", "PHP", "CLP", "MXN", "SAR", "CHF", "NGN",
    "KES",
}  # fmt: skip
# Economies the corpus uses (ISO 3166-1 alpha-3) plus the world and the EU.
ECONOMIES = {
    "PRK", "KOR", "CHN", "RUS", "USA", "JPN", "DEU", "FRA", "GBR", "IND", "VNM",
    "SGP", "TWN", "HKG", "SAU", "AUS", "CAN", "MEX", "BRA", "MNG", "ARE", "TUR", "KAZ", "THA",
    "IDN", "MYS", "W00", "EUU", "ZAF", "PHL", "CHL", "PER", "ARG", "NGA", "EGY", "ISR", "IRN", "PAK", "BGD",
    # EU members the real articles name beside the EU total
    "NLD", "IRL", "ITA", "CYP", "LUX", "EST", "BEL", "ESP", "SVN", "SWE", "POL", "ROU",
    "AUT", "FIN", "PRT", "CZE",
    "NZL", "KEN", "UGA", "GRC", "KGZ",
}  # fmt: skip
OPEN_QUOTES = '"\u201c'
CLOSE_QUOTES = '"\u201d'
# Some reposts render curly quotation marks as two apostrophes.
DOUBLE_APOSTROPHE = "''"

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
    if v == int(v) and v >= 1e7:  # written out in full ("$14,101,179,144")
        forms.add(str(int(v)))
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


_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
# Broadcast copy spells decimals out: "48-point-86", "49-point-seven", "two-point-97".
_NUMERAL = r"(?:\d+|" + "|".join(_DIGIT_WORDS) + ")"
_SPOKEN_DECIMAL = re.compile(rf"({_NUMERAL})-point-({_NUMERAL}(?:-{_NUMERAL})*)", re.I)


def _digits(word: str) -> str:
    return "".join(_DIGIT_WORDS.get(part.lower(), part) for part in word.split("-"))


def _norm_text(text: str) -> str:
    """
    >>> _norm_text("48-point-86 billion and 49-point-seven and 1,234")
    '48.86 billion and 49.7 and 1234'
    """
    text = _SPOKEN_DECIMAL.sub(lambda m: f"{_digits(m[1])}.{_digits(m[2])}", text)
    return text.replace(",", "")


def check_fact(rep: Report, where: str, f: dict, text: str | None, published: date | None) -> None:
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
    if text is None:  # a real article whose text is not in the cache
        return
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


def _opens(text: str, pos: int) -> bool:
    return (pos > 0 and text[pos - 1] in OPEN_QUOTES) or text[max(0, pos - 2) : pos] == DOUBLE_APOSTROPHE


def _closes(text: str, after: int) -> bool:
    return (after < len(text) and text[after] in CLOSE_QUOTES) or text[after : after + 2] == DOUBLE_APOSTROPHE


def check_quote(rep: Report, where: str, q: dict, text: str | None) -> None:
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
    if text is None:  # a real article whose text is not in the cache
        return
    quoted = q["text"]
    positions = [m.start() for m in re.finditer(re.escape(quoted), text)]
    if not positions:
        rep.error(where, f"quote text not verbatim in article: {quoted[:60]!r}")
        return
    if q["kind"] == "direct":
        ok = False
        for pos in positions:
            after = pos + len(quoted)
            # A quote running on into the next paragraph has no closing mark,
            # nor has one that the end of a real article's excerpt cuts off.
            runs_on = text[after : after + 2] == "\n\n" or not text[after:].strip()
            if _opens(text, pos) and (_closes(text, after) or runs_on):
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


# Given a real record, its cached text, or None and why not.
TextSource = Callable[[dict], tuple[str | None, str]]


def is_real(rec: dict) -> bool:
    """A real published article's record: it names its text by hash instead of holding it."""
    return "text_sha256" in rec and "text" not in rec


def _check_real_keys(rep: Report, where: str, rec: dict) -> None:
    _check_keys(rep, where, rec, REAL_KEYS, REAL_OPTIONAL)
    if rec.get("split") not in REAL_SPLITS:
        rep.error(where, f"split {rec.get('split')!r} is not one of {sorted(REAL_SPLITS)}")
    if rec.get("kind") not in REAL_KINDS:
        rep.error(where, f"kind {rec.get('kind')!r} is not one of {sorted(REAL_KINDS)}")
    for key in ("query", "outlet", "batch", "annotator"):
        if not (isinstance(rec.get(key), str) and rec[key].strip()):
            rep.error(where, f"{key} must be a non-empty string")
    rank = rec.get("rank")
    if not (isinstance(rank, int) and not isinstance(rank, bool) and rank >= 1):
        rep.error(where, f"rank {rank!r} is not a positive integer")
    if not (isinstance(rec.get("text_sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", rec["text_sha256"])):
        rep.error(where, "text_sha256 is not 64 lowercase hex digits")
    pair = rec.get("pair")
    if not (isinstance(pair, list) and all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3}|W00", c) for c in pair)):
        rep.error(where, f"pair {pair!r} is not a list of alpha-3 codes")
    if not rec.get("published"):
        rep.error(where, "a real article needs a published date (published_note says how it was found)")
    if "published_note" in rec and not (isinstance(rec["published_note"], str) and rec["published_note"]):
        rep.error(where, "published_note, when present, is a non-empty string")


def check_record(rep: Report, lineno: int, rec: dict, seen_ids: set, real_text: TextSource | None = None) -> None:
    """Check one record. `real_text` fetches a real article's text; without it
    (or when it finds none) the checks that need the text are skipped."""
    where = f"line {lineno}"
    if not isinstance(rec, dict):
        rep.error(where, "not a JSON object")
        return
    real = is_real(rec)
    rid = rec.get("id")
    where = f"line {lineno} ({rid})"
    if real:
        _check_real_keys(rep, where, rec)
    else:
        _check_keys(rep, f"line {lineno}", rec, TOP_KEYS, set())
    if not isinstance(rid, str) or not rid:
        rep.error(where, "id must be a non-empty string")
    elif rid in seen_ids:
        rep.error(where, "duplicate id")
    seen_ids.add(rid)
    text: str | None
    if real:
        text, why = real_text(rec) if real_text else (None, "")
        if why:
            rep.error(where, why)
    else:
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            rep.error(where, "text must be a non-empty string")
            return
    for key in ("source", "title", "published"):
        if not isinstance(rec.get(key), str):
            rep.error(where, f"{key} must be a string")
    if text is not None:
        if "\r" in text:
            rep.error(where, "text contains carriage returns")
        # Real texts are as published: their length and layout are not ours to set.
        words = len(text.split())
        if not real and not 120 <= words <= 450:
            rep.warn(where, f"{words} words (aim: 120-450)")
        if not real and "\n\n" not in text:
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


def cache_texts(cache: Path) -> TextSource:
    """Real texts from a cache folder, hash-checked by corpus/real/join.py."""
    spec = importlib.util.spec_from_file_location("real_join", Path(__file__).resolve().parent / "real" / "join.py")
    assert spec and spec.loader
    join = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(join)

    def real_text(rec: dict) -> tuple[str | None, str]:
        text, why = join.cached_text(rec, cache)
        if text is None:
            return (
                None,
                f"text {why} (refill: search pages for {rec.get('query')!r}, save {rec.get('source')}); text checks skipped",
            )
        return text, ""

    return real_text


def default_cache(path: Path) -> Path:
    """corpus/real/gold/x.jsonl -> corpus/real/cache."""
    return path.resolve().parent.parent / "cache"


def validate(path: Path, real_text: TextSource | None = None) -> Report:
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
            check_record(rep, lineno, rec, seen, real_text)
    return rep


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check gold corpus files (JSON Lines) against corpus/README.md.")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.jsonl")
    parser.add_argument("--cache", type=Path, help="folder of cached real texts (default: the gold folder's ../cache)")
    parser.add_argument("--no-text", action="store_true", help="check real records without their texts")
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        if not path.is_file():
            print(f"{path}: ERROR no such file")
            status = 1
            continue
        real_text = None if args.no_text else cache_texts(args.cache or default_cache(path))
        rep = validate(path, real_text)
        for msg in rep.errors:
            print(f"{path}: ERROR {msg}")
        for msg in rep.warnings:
            print(f"{path}: warning {msg}")
        print(f"{path}: {len(rep.errors)} errors, {len(rep.warnings)} warnings")
        if rep.errors:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
