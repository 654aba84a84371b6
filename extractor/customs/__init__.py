"""Checking trade facts and change claims against customs statistics.

    from extractor.customs import check_dataset, write_checks
    checks = check_dataset("out/", ["corpus/customs/cn_prk_2015_2025.csv"])
    write_checks("out/", checks)

Loaders (one per layout, chosen by header) are in ``loaders``; which rows
give a figure in ``resolve``; which reporter judges it in ``reporters``; the
verdict bands in ``tolerance``; provable bounds in ``bounds``; the checking
of facts and claims in ``check``; the HTML report in ``report``.
"""

from __future__ import annotations

from extractor.customs.check import (
    check_claim,
    check_dataset,
    check_fact,
    check_facts,
    check_tables,
    summarize,
    write_checks,
)
from extractor.customs.loaders import load_customs, load_customs_files, load_rates
from extractor.customs.report import render_report, write_report
from extractor.customs.series import CustomsFormatError, CustomsRow, CustomsSeries, Span

__all__ = [
    "CustomsFormatError",
    "CustomsRow",
    "CustomsSeries",
    "Span",
    "check_claim",
    "check_dataset",
    "check_fact",
    "check_facts",
    "check_tables",
    "load_customs",
    "load_customs_files",
    "load_rates",
    "render_report",
    "summarize",
    "write_checks",
    "write_report",
]
