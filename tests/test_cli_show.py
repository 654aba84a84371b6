"""`extractor show` as a user reads it, in a narrow and a wide terminal."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.cli.show import choose_layout, record_lines

ARTICLE = (
    "SEOUL, April 18 -- North Korea's exports to China rose to $20.4 million in March 2025, "
    "customs data showed, up 12 percent from a year earlier. "
    '"Demand is rising," said Choi Hyun-woo, an analyst at the Korea Institute in Seoul.'
)


@pytest.fixture(scope="module")
def article_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _show(article_file, columns: int, *extra: str):
    runner = CliRunner()
    return runner.invoke(
        app, ["show", str(article_file), "--published", "2025-04-18", *extra], env={"COLUMNS": str(columns)}
    )


def test_narrow_terminal_prints_one_block_per_record(article_file):
    result = _show(article_file, 80)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.split() == ["period_label:", "2025-03"] for line in lines)
    assert any(line.split()[:2] == ["speaker:", "Choi"] for line in lines)
    # the sliver a ten-column table makes at this width
    assert "perio" not in [line.strip(" │|") for line in lines]


def test_wide_terminal_prints_tables(article_file):
    result = _show(article_file, 200)
    assert result.exit_code == 0, result.output
    assert "period_label" in result.output and "period_label:" not in result.output
    assert "2025-03" in result.output


def test_layout_option_overrides_the_width(article_file):
    result = _show(article_file, 200, "--layout", "records")
    assert result.exit_code == 0, result.output
    assert "period_label:" in result.output


def test_unknown_layout_is_a_clear_error(article_file):
    result = _show(article_file, 80, "--layout", "grid")
    assert result.exit_code != 0
    assert "--layout must be one of" in result.output
    assert "Traceback" not in result.output


def test_choose_layout_switches_at_the_threshold():
    assert choose_layout("auto", 119) == "records"
    assert choose_layout("auto", 120) == "table"
    with pytest.raises(ValueError):
        choose_layout("wide", 80)


def test_record_lines_leave_out_empty_fields_and_align_values():
    lines = record_lines({"flow": "export", "economy": "PRK", "commodity": ""}, ["flow", "economy", "commodity"])
    assert lines == ["flow:    export", "economy: PRK"]
