"""Writing and reading datasets (minimal: one file per table; the scale issue
adds part files, a manifest and resume)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extractor.records import ALL_TABLES, arrow_schema

FORMATS = ("parquet", "csv", "jsonl")


def rows_to_table(name: str, rows: list[dict]) -> pa.Table:
    schema = arrow_schema(name)
    cols = {c: [r.get(c) for r in rows] for c in schema.names}
    return pa.table(cols, schema=schema)


def write_table(out_dir: Path, name: str, rows: list[dict], fmt: str = "parquet") -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    table = rows_to_table(name, rows)
    path = out_dir / f"{name}.{fmt}"
    if fmt == "parquet":
        pq.write_table(table, path)
    elif fmt == "csv":
        table.to_pandas().to_csv(path, index=False)
    elif fmt == "jsonl":
        table.to_pandas().to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return path


def read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix
    if suffix == ".parquet":
        return pd.read_parquet(path)
    if suffix == ".csv":
        return pd.read_csv(path, keep_default_na=False)
    if suffix == ".jsonl":
        return pd.read_json(path, orient="records", lines=True)
    raise ValueError(f"not a dataset file: {path}")


def read_dataset(path: str | Path) -> dict[str, pd.DataFrame]:
    """Every table found in the dataset folder, as DataFrames keyed by name."""
    root = Path(path)
    if not root.is_dir():
        raise FileNotFoundError(f"no dataset folder at {root}")
    tables: dict[str, pd.DataFrame] = {}
    for name in ALL_TABLES:
        for fmt in FORMATS:
            f = root / f"{name}.{fmt}"
            if f.exists():
                tables[name] = read_table(f)
                break
    return tables
