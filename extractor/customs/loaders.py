"""Customs files in the layouts users bring, recognised by their header.

Layouts (the header decides; the file name only tells a GAC file's flow):

- ``plain``: ``reporter,partner,flow,period,value[,currency]`` or the bundled
  file's ``reporter,partner,flow,period,value_usd,source_url``; optional
  ``release`` / ``vintage`` column. A ``value`` without a ``currency`` column
  is in US dollars. Periods: ``2025-04``, ``202504``, ``2025``, ``2025-Q1``,
  ``2025-H1``, ``2025-01/2025-02`` (a combined release). Flows: export,
  import, total.
- ``comtrade-plus`` (UN Comtrade Plus, 47 columns): only all-commodity totals
  are kept (cmdCode TOTAL, customsCode C00, motCode 0, partner2Code 0), flows
  X and M; refMonth 52 is the annual row; primaryValue is in USD.
- ``comtrade-legacy-35`` / ``comtrade-legacy-22`` (legacy UN Comtrade):
  Commodity Code TOTAL; in the 35-column form also 2nd Partner Code 0,
  Customs Proc. Code C00 and Mode of Transport Code 0 (or empty); Trade Flow
  Code 1 = import, 2 = export; ``WLD`` is the world (W00).
- ``gac`` (China customs online-query export): GBK or UTF-8, numbers with
  thousands separators, value column ``美元`` (USD) or ``人民币`` (CNY),
  ``数据年月`` as ``YYYYMM`` (or ``YYYYMM-MM`` for a combined release). The
  reporter is China. One file holds one flow: it is read from the file name
  (``出口``/``export``/``exp`` -> export, ``进口``/``import``/``imp`` -> import,
  e.g. ``cn_prk_export_2025.csv``) or given as a hint, on the command line
  as ``FILE:export`` / ``FILE:import``. Rows with an HS code in ``商品编码``
  are commodity detail and are left out; only all-commodity rows count.

A file that cannot be used raises :class:`CustomsFormatError` naming the file,
the line and the column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from extractor.customs._tables import (
    COMTRADE_LEGACY_COLUMNS,
    COMTRADE_LEGACY_REQUIRED,
    COMTRADE_LEGACY_TOTAL_FILTERS,
    COMTRADE_PLUS_COLUMNS,
    COMTRADE_PLUS_REQUIRED,
    FLOW_FILENAME_WORDS,
    FLOW_WORDS,
    GAC_COLUMNS,
    GAC_PERIOD_COLUMNS,
    GAC_REQUIRED,
    GAC_TOTAL_CODES,
    GAC_VALUE_COLUMNS,
    PLAIN_OPTIONAL,
    PLAIN_REQUIRED,
    PLAIN_SOURCE,
    PLAIN_VALUE,
    PLAIN_VINTAGE,
)
from extractor.customs.series import (
    CustomsFormatError,
    CustomsRow,
    CustomsSeries,
    PeriodError,
    Span,
    economy_code,
)

LAYOUTS = ("plain", "comtrade-plus", "comtrade-legacy-35", "comtrade-legacy-22", "gac")

EXPECTED = (
    "plain CSV (reporter, partner, flow, period, value or value_usd[, currency][, release]); "
    "UN Comtrade Plus (47 columns: typeCode, freqCode, ..., primaryValue, ...); "
    "legacy UN Comtrade (35 or 22 columns: Classification, Year, Period, ..., Trade Value (US$), Flag); "
    "China customs query export (数据年月, 商品编码, 商品名称, 贸易伙伴编码, 贸易伙伴名称, ..., 美元 or 人民币)"
)


def parse_number(text: str) -> Decimal:
    """A figure as a Decimal; thousands separators and spaces are dropped.

    >>> parse_number("186,400,000"), parse_number(" 1.2E+08 "), parse_number("-35.7")
    (Decimal('186400000'), Decimal('1.2E+8'), Decimal('-35.7'))
    >>> parse_number("n/a")
    Traceback (most recent call last):
    ...
    ValueError: 'n/a' is not a number
    """
    s = re.sub(r"[,\s\u00a0\u3000'_]", "", str(text))
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", s):
        raise ValueError(f"{text!r} is not a number" if str(text).strip() else "empty value")
    try:
        return Decimal(s).normalize() if "e" in s.lower() else Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex lets only numbers through
        raise ValueError(f"{text!r} is not a number") from None


def split_hint(arg: str) -> tuple[str, str | None]:
    """``FILE:export`` -> (FILE, "export"); a path that exists is taken as is.

    >>> split_hint("gac_2025.csv:import"), split_hint("plain.csv")
    (('gac_2025.csv', 'import'), ('plain.csv', None))
    """
    if Path(arg).exists():
        return arg, None
    head, sep, tail = arg.rpartition(":")
    if sep and tail.strip().lower() in ("export", "import"):
        return head, tail.strip().lower()
    return arg, None


def flow_from_filename(path: str | Path) -> str | None:
    """The flow a GAC file's name states, or None when it says neither or both.

    >>> flow_from_filename("cn_prk_export_2025.csv"), flow_from_filename("朝鲜进口2025.csv")
    ('export', 'import')
    >>> flow_from_filename("gac_2025.csv") is None
    True
    """
    name = Path(path).stem.lower()
    if "进出口" in name or "進出口" in name:  # "imports and exports": both flows
        return None
    tokens = set(re.split(r"[^a-z0-9\u4e00-\u9fff]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", name))
    found = set()
    for flow, words in FLOW_FILENAME_WORDS.items():
        for w in words:
            if (w.isascii() and w in tokens) or (not w.isascii() and w in name):
                found.add(flow)
    return found.pop() if len(found) == 1 else None


def _decode(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), ("gbk" if enc == "gb18030" else "utf-8")
        except UnicodeDecodeError:
            continue
    raise CustomsFormatError(str(path), "neither UTF-8 nor GBK text")  # pragma: no cover


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each non-blank CSV record."""
    reader = csv.reader(io.StringIO(text, newline=""))
    for cells in reader:
        if any(c.strip() for c in cells):
            yield reader.line_num, [c.strip() for c in cells]


def detect_layout(header: Sequence[str]) -> str | None:
    """The layout whose columns the header carries, or None.

    >>> detect_layout(["reporter", "partner", "flow", "period", "value_usd", "source_url"])
    'plain'
    >>> detect_layout(["数据年月", "商品编码", "贸易伙伴名称", "美元"])
    'gac'
    >>> detect_layout(["a", "b"]) is None
    True
    """
    cols = {h.strip() for h in header}
    low = {h.lower() for h in cols}
    scores = {
        "comtrade-plus": len(cols & set(COMTRADE_PLUS_COLUMNS)),
        "comtrade-legacy": len(cols & set(COMTRADE_LEGACY_COLUMNS)),
        "gac": len(cols & (set(GAC_COLUMNS) | set(GAC_VALUE_COLUMNS))),
        "plain": len(low & {*PLAIN_REQUIRED, *PLAIN_VALUE, *PLAIN_OPTIONAL}),
    }
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 3:
        return None
    if best == "comtrade-legacy":
        return "comtrade-legacy-35" if "2nd Partner Code" in cols else "comtrade-legacy-22"
    return best


class _Reader:
    """Shared checks of one file's rows: where an error is, and conflicts."""

    def __init__(self, path: str, header: list[str]):
        self.path = path
        self.header = header
        self.rows: list[CustomsRow] = []
        self._seen: dict[tuple, CustomsRow] = {}

    def col(self, names: Sequence[str], *, case: bool = True) -> int | None:
        for name in names:
            for i, h in enumerate(self.header):
                if (h == name) if case else (h.lower() == name.lower()):
                    return i
        return None

    def need(self, names: Sequence[str], layout: str, *, case: bool = True) -> dict[str, int]:
        out = {}
        for name in names:
            i = self.col([name], case=case)
            if i is None:
                raise CustomsFormatError(
                    self.path,
                    f"missing column {name!r} for the {layout} layout "
                    f"(needs {', '.join(names)}; header has {', '.join(self.header)})",
                    line=1,
                    column=name,
                )
            out[name] = i
        return out

    def error(self, line: int, column: str, message: str) -> CustomsFormatError:
        return CustomsFormatError(self.path, message, line=line, column=column)

    def cell(self, cells: list[str], i: int) -> str:
        return cells[i] if i < len(cells) else ""

    def number(self, cells: list[str], i: int, line: int) -> Decimal:
        try:
            return parse_number(self.cell(cells, i))
        except ValueError as e:
            raise self.error(line, self.header[i], str(e)) from None

    def economy(self, cells: list[str], i: int, line: int, fallback: int | None = None) -> str:
        raw = self.cell(cells, i)
        code = economy_code(raw) if raw else None
        if code is None and fallback is not None and self.cell(cells, fallback):
            code = economy_code(self.cell(cells, fallback))
        if code is None:
            raise self.error(line, self.header[i], f"unknown country code {raw!r}")
        return code

    def span(self, text: str, line: int, column: str) -> Span:
        try:
            return Span.parse(_compact_period(text))
        except (PeriodError, ValueError) as e:
            raise self.error(line, column, str(e)) from None

    def add(self, row: CustomsRow, value_column: str) -> None:
        old = self._seen.get(row.key)
        if old is None:
            self._seen[row.key] = row
            self.rows.append(row)
        elif old.value != row.value:
            raise self.error(
                row.line,
                value_column,
                f"{row.reporter}->{row.partner} {row.flow} {row.span.label}"
                f"{' (' + row.vintage + ')' if row.vintage else ''} is {row.value} here "
                f"but {old.value} on line {old.line}; give the rows a release column "
                "if both are official",
            )


def _compact_period(text: str) -> str:
    """GAC/Comtrade period spellings to labels: ``202501-02`` -> ``2025-01/2025-02``.

    >>> _compact_period("202501-02"), _compact_period("202501-202503"), _compact_period("2025-04")
    ('2025-01/2025-02', '2025-01/2025-03', '2025-04')
    """
    t = text.strip()
    if m := re.fullmatch(r"(\d{4})(\d{2})\s*[-~–]\s*(\d{2})", t):
        return f"{m[1]}-{m[2]}/{m[1]}-{m[3]}"
    if m := re.fullmatch(r"(\d{4})(\d{2})\s*[-~–/]\s*(\d{4})(\d{2})", t):
        return f"{m[1]}-{m[2]}/{m[3]}-{m[4]}"
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月", t):
        return f"{m[1]}-{int(m[2]):02d}"
    if re.fullmatch(r"\d{4}\.0", t):  # a year read as a float by a spreadsheet
        return t[:4]
    return t


def _load_plain(r: _Reader, records: Iterator[tuple[int, list[str]]]) -> None:
    cols = r.need(PLAIN_REQUIRED, "plain", case=False)
    value_i = r.col(PLAIN_VALUE, case=False)
    if value_i is None:
        raise r.error(
            1,
            "value",
            f"missing column 'value' (or 'value_usd') for the plain layout; header has {', '.join(r.header)}",
        )
    value_col = r.header[value_i]
    usd_only = value_col.lower() == "value_usd"
    cur_i = r.col(["currency"], case=False)
    vin_i = r.col(PLAIN_VINTAGE, case=False)
    src_i = r.col(PLAIN_SOURCE, case=False)
    for line, cells in records:
        flow_raw = r.cell(cells, cols["flow"])
        flow = FLOW_WORDS.get(flow_raw.lower())
        if flow is None:
            raise r.error(line, r.header[cols["flow"]], f"unknown flow {flow_raw!r} (export, import or total)")
        currency = "USD"
        if cur_i is not None and r.cell(cells, cur_i):
            currency = r.cell(cells, cur_i).upper()
            if not re.fullmatch(r"[A-Z]{3}", currency):
                raise r.error(line, r.header[cur_i], f"{currency!r} is not an ISO 4217 currency code")
            if usd_only and currency != "USD":
                raise r.error(line, r.header[cur_i], f"{currency} in a value_usd column")
        r.add(
            CustomsRow(
                reporter=r.economy(cells, cols["reporter"], line),
                partner=r.economy(cells, cols["partner"], line),
                flow=flow,
                span=r.span(r.cell(cells, cols["period"]), line, r.header[cols["period"]]),
                value=r.number(cells, value_i, line),
                currency=currency,
                vintage=r.cell(cells, vin_i) if vin_i is not None else "",
                file=r.path,
                line=line,
                source=r.cell(cells, src_i) if src_i is not None else "",
            ),
            value_col,
        )


def _load_comtrade_plus(r: _Reader, records: Iterator[tuple[int, list[str]]]) -> None:
    c = r.need(COMTRADE_PLUS_REQUIRED, "UN Comtrade Plus")
    type_i = r.col(["typeCode"])

    def is_zero(cells, name):
        v = r.cell(cells, c[name])
        return v in ("0", "0.0", "")

    for line, cells in records:
        if type_i is not None and r.cell(cells, type_i) not in ("C", ""):
            continue  # services
        flow = {"X": "export", "M": "import"}.get(r.cell(cells, c["flowCode"]).upper())
        if flow is None:  # re-exports, re-imports and the like
            continue
        # Only the all-commodity, all-procedure, all-mode, no-2nd-partner row
        # is the total; the others are breakdowns of it.
        if (
            r.cell(cells, c["cmdCode"]).upper() != "TOTAL"
            or r.cell(cells, c["customsCode"]).upper() != "C00"
            or not is_zero(cells, "motCode")
            or not is_zero(cells, "partner2Code")
        ):
            continue
        freq = r.cell(cells, c["freqCode"]).upper()
        if freq == "A" or r.cell(cells, c["refMonth"]) == "52":
            period = r.cell(cells, c["refYear"]) or r.cell(cells, c["period"])[:4]
            span = r.span(period, line, "refYear")
        else:
            span = r.span(r.cell(cells, c["period"]), line, "period")
        r.add(
            CustomsRow(
                reporter=r.economy(cells, c["reporterISO"], line, fallback=c["reporterCode"]),
                partner=r.economy(cells, c["partnerISO"], line, fallback=c["partnerCode"]),
                flow=flow,
                span=span,
                value=r.number(cells, c["primaryValue"], line),
                currency="USD",
                file=r.path,
                line=line,
            ),
            "primaryValue",
        )


def _load_comtrade_legacy(r: _Reader, records: Iterator[tuple[int, list[str]]]) -> None:
    c = r.need(COMTRADE_LEGACY_REQUIRED, "legacy UN Comtrade")
    filters = {r.col([name]): ok for name, ok in COMTRADE_LEGACY_TOTAL_FILTERS.items()}
    filters.pop(None, None)
    for line, cells in records:
        flow = {"1": "import", "2": "export"}.get(r.cell(cells, c["Trade Flow Code"]))
        if flow is None:
            continue
        if r.cell(cells, c["Commodity Code"]).upper() != "TOTAL":
            continue
        if any(r.cell(cells, i).upper().removesuffix(".0") not in ok for i, ok in filters.items()):
            continue
        r.add(
            CustomsRow(
                reporter=r.economy(cells, c["Reporter ISO"], line, fallback=c["Reporter Code"]),
                partner=r.economy(cells, c["Partner ISO"], line, fallback=c["Partner Code"]),
                flow=flow,
                span=r.span(r.cell(cells, c["Period"]), line, "Period"),
                value=r.number(cells, c["Trade Value (US$)"], line),
                currency="USD",
                file=r.path,
                line=line,
            ),
            "Trade Value (US$)",
        )


def _load_gac(r: _Reader, records: Iterator[tuple[int, list[str]]], flow: str | None) -> None:
    c = r.need(GAC_REQUIRED, "China customs query")
    period_i = r.col(GAC_PERIOD_COLUMNS)
    if period_i is None:
        raise r.error(
            1,
            "数据年月",
            "missing month column '数据年月' for the China customs query layout "
            "(tick 分月展示, by month, when querying)",
        )
    value_i = r.col(list(GAC_VALUE_COLUMNS))
    if value_i is None:
        raise r.error(
            1,
            "美元",
            "missing value column '美元' (USD) or '人民币' (CNY) for the China customs query layout",
        )
    currency = GAC_VALUE_COLUMNS[r.header[value_i]]
    flow = flow or flow_from_filename(r.path)
    if flow is None:
        raise CustomsFormatError(
            r.path,
            "a China customs query export holds one flow, and this file's name says neither "
            "export (出口) nor import (进口); name the file so, or pass it as FILE:export or FILE:import",
        )
    code_i = r.col(["商品编码"])
    name_i = r.col(["商品名称"])
    partner_code_i = r.col(["贸易伙伴编码"])
    n_detail = 0
    for line, cells in records:
        code = r.cell(cells, code_i).lower() if code_i is not None else ""
        name = r.cell(cells, name_i) if name_i is not None else ""
        if code not in GAC_TOTAL_CODES and name not in ("总值", "合计"):
            n_detail += 1  # one commodity's figure, not the total
            continue
        partner = economy_code(r.cell(cells, c["贸易伙伴名称"]))
        if partner is None:
            raise r.error(line, "贸易伙伴名称", f"unknown trade partner {r.cell(cells, c['贸易伙伴名称'])!r}")
        r.add(
            CustomsRow(
                reporter="CHN",
                partner=partner,
                flow=flow,
                span=r.span(r.cell(cells, period_i), line, r.header[period_i]),
                value=r.number(cells, value_i, line),
                currency=currency,
                file=r.path,
                line=line,
                source="" if partner_code_i is None else f"GAC partner code {r.cell(cells, partner_code_i)}",
            ),
            r.header[value_i],
        )
    if n_detail and not r.rows:
        raise CustomsFormatError(
            r.path,
            f"all {n_detail} rows are single commodities (商品编码 set); query all commodities for totals",
        )


def _open_csv(path: str | Path):
    """The rows of a CSV file (decoded whatever its encoding) and its header,
    or a CustomsFormatError saying why not."""
    p = Path(path)
    if not p.is_file():
        raise CustomsFormatError(str(path), "no such file")
    text, _encoding = _decode(p)
    records = _records(text)
    try:
        _line, header = next(records)
    except StopIteration:
        raise CustomsFormatError(str(path), "empty file") from None
    except csv.Error as e:
        raise CustomsFormatError(str(path), f"not a CSV file ({e})", line=1) from None
    return records, header


def load_customs(path: str | Path, flow: str | None = None) -> CustomsSeries:
    """Read one customs file in any known layout.

    ``flow`` ("export"/"import") is the hint a China customs query export
    needs when its file name does not say the flow; other layouts ignore it.
    """
    records, header = _open_csv(path)
    layout = detect_layout(header)
    if layout is None:
        raise CustomsFormatError(
            str(path),
            f"unknown customs layout; the header has columns {', '.join(header)}; expected {EXPECTED}",
            line=1,
        )
    r = _Reader(str(path), header)
    try:
        if layout == "plain":
            _load_plain(r, records)
        elif layout == "comtrade-plus":
            _load_comtrade_plus(r, records)
        elif layout.startswith("comtrade-legacy"):
            _load_comtrade_legacy(r, records)
        else:
            _load_gac(r, records, flow)
    except csv.Error as e:
        raise CustomsFormatError(str(path), f"broken CSV ({e})") from None
    return CustomsSeries(r.rows)


def load_customs_files(paths: Sequence[str | Path]) -> CustomsSeries:
    """Several customs files as one series. Each entry is a path, a folder
    (its ``*.csv`` files, in name order), or ``path:export`` /
    ``path:import`` for a China customs query export."""
    parts = []
    for p in paths:
        path, flow = split_hint(str(p))
        if Path(path).is_dir():
            files = sorted(Path(path).glob("*.csv"))
            if not files:
                raise CustomsFormatError(str(path), "a folder with no .csv files")
            parts.extend(load_customs(f) for f in files)
            continue
        parts.append(load_customs(path, flow=flow))
    return CustomsSeries.combine(parts)


def load_rates(path: str | Path) -> dict[tuple[str, str], Decimal]:
    """A rates CSV (``period,currency,per_usd``) -> {(period label, currency): units per USD}.

    Periods are normalised to labels (``202504`` -> ``2025-04``)."""
    records, header = _open_csv(path)
    r = _Reader(str(path), header)
    c = r.need(("period", "currency", "per_usd"), "rates", case=False)
    rates: dict[tuple[str, str], tuple[Decimal, int]] = {}
    for line, cells in records:
        span = r.span(r.cell(cells, c["period"]), line, r.header[c["period"]])
        cur = r.cell(cells, c["currency"]).upper()
        if not re.fullmatch(r"[A-Z]{3}", cur):
            raise r.error(line, r.header[c["currency"]], f"{cur!r} is not an ISO 4217 currency code")
        rate = r.number(cells, c["per_usd"], line)
        if rate <= 0:
            raise r.error(line, r.header[c["per_usd"]], "a rate must be above zero")
        key = (span.label, cur)
        if key in rates and rates[key][0] != rate:
            raise r.error(
                line,
                r.header[c["per_usd"]],
                f"{cur} {span.label} is {rate} here but {rates[key][0]} on line {rates[key][1]}",
            )
        rates[key] = (rate, line)
    return {k: v for k, (v, _line) in rates.items()}
