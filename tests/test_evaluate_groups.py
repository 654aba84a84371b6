"""Scores per group of articles: `extractor evaluate GOLD --by FIELD`.

A gold set drawn from several batches, outlets or kinds of page scores as one
figure; split by a field of its records, it shows which part the extractor
reads worse (the real set's batches were scored this way to see whether a rule
fitted to one batch moved the others). Texts are ours.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate import NO_GROUP, GoldArticle, evaluate_file, group_reports, load_gold, score

EXPORT = {
    "value": 41_000_000.0,
    "currency": "USD",
    "flow": "export",
    "economy": "MNG",
    "partner": "JPN",
    "period_start": "2024-03-01",
    "period_end": "2024-03-31",
    "period_label": "2024-03",
}


def gold(id: str, facts: list[dict], **meta: str) -> GoldArticle:
    return GoldArticle(id=id, text="", gold={"trade_facts": facts, "change_claims": [], "quotes": []}, meta=meta)


def test_each_group_sums_only_its_own_articles():
    arts = [
        gold("a", [EXPORT], batch="first"),
        gold("b", [EXPORT], batch="second"),
        gold("c", [EXPORT], batch="first"),
    ]
    # "a" found its figure, "b" and "c" found nothing
    report = score(arts, {"a": {"trade_facts": [EXPORT]}})
    groups = group_reports(arts, report, "batch")
    assert list(groups) == ["first", "second"]
    assert (groups["first"].n_articles, groups["first"].facts_value.tp, groups["first"].facts_value.fn) == (2, 1, 1)
    assert (groups["second"].facts_value.tp, groups["second"].facts_value.fn) == (0, 1)
    # the groups add up to the whole
    assert sum(g.facts_value.fn for g in groups.values()) == report.facts_value.fn


def test_articles_without_the_field_are_their_own_group():
    arts = [gold("a", [EXPORT], kind="wire"), gold("b", [EXPORT])]
    groups = group_reports(arts, score(arts, {}), "kind")
    assert {k: v.n_articles for k, v in groups.items()} == {NO_GROUP: 1, "wire": 1}


def test_load_gold_keeps_the_records_plain_fields_for_grouping(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {
        "id": "x",
        "text": "Nothing here.",
        "batch": "b1",
        "rank": 3,
        "pair": ["MNG", "JPN"],  # not a plain value: no group of it
        "gold": {"trade_facts": [], "change_claims": [], "quotes": []},
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = load_gold(path)
    assert article.meta == {"id": "x", "batch": "b1", "rank": "3"}


TEXT_A = "Mongolia exported $41 million of coal to Japan in March 2024, customs data showed."
TEXT_B = "The council approved a new bus route on Tuesday."


def _write(path) -> None:
    records = [
        {"id": "a", "text": TEXT_A, "published": "2024-04-10", "outlet": "Steppe Daily",
         "gold": {"trade_facts": [EXPORT], "change_claims": [], "quotes": []}},
        {"id": "b", "text": TEXT_B, "published": "2024-04-10", "outlet": "Town Crier",
         "gold": {"trade_facts": [dict(EXPORT, value=9_000_000.0)], "change_claims": [], "quotes": []}},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_evaluate_file_by_field_with_the_real_pipeline(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    _write(path)
    report = evaluate_file(path, nlp=nlp, by="outlet")
    assert report.by == "outlet"
    assert report.groups["Steppe Daily"].facts_value.tp == 1
    assert report.groups["Town Crier"].facts_value.fn == 1
    data = report.to_dict()
    assert data["groups"]["Steppe Daily"]["scores"]["facts_value_f1"] == 1.0
    assert data["groups"]["Town Crier"]["scores"]["facts_value_f1"] == 0.0


def test_cli_by_prints_a_row_per_group(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    _write(path)
    result = CliRunner().invoke(app, ["evaluate", str(path), "--by", "outlet"])
    assert result.exit_code == 0, result.output
    assert "By outlet" in result.output
    rows = [line for line in result.output.splitlines() if "Steppe Daily" in line or "Town Crier" in line]
    assert len(rows) == 2
    assert "1.000" in rows[0] and "0.000" in rows[1]

    result = CliRunner().invoke(app, ["evaluate", str(path), "--by", "annotator"])
    assert result.exit_code == 0, result.output
    assert "No gold record has a 'annotator' field." in result.output

    result = CliRunner().invoke(app, ["evaluate", str(path), "--by", "outlet", "--json"])
    data = json.loads(result.output)
    assert data["by"] == "outlet" and set(data["groups"]) == {"Steppe Daily", "Town Crier"}
