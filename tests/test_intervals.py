"""extractor.intervals: bootstrap intervals over articles, and the report's
use of them (`extractor evaluate` prints and returns them)."""

from __future__ import annotations

import pytest

from extractor.evaluate import EvalReport, GoldArticle, score
from extractor.intervals import accuracy_of, bootstrap_interval, f1_of


def test_f1_of_summed_counts_is_the_harmonic_mean():
    assert f1_of(6, 2, 2) == pytest.approx(0.75)
    assert f1_of(0, 0, 3) == 0.0


def test_interval_holds_the_point_estimate_and_narrows_with_more_articles():
    few = [(1, 0, 0), (0, 1, 1)] * 5
    many = few * 20
    point = f1_of(*map(sum, zip(*few, strict=True)))
    low_few, high_few = bootstrap_interval(few, f1_of)
    low_many, high_many = bootstrap_interval(many, f1_of)
    assert low_few <= point <= high_few
    assert low_many <= point <= high_many
    assert high_many - low_many < high_few - low_few


def test_same_seed_same_interval_other_seed_may_differ():
    arts = [(3, 1, 0), (0, 2, 2), (5, 0, 1), (1, 1, 1)] * 3
    assert bootstrap_interval(arts, f1_of, seed=7) == bootstrap_interval(arts, f1_of, seed=7)


def test_accuracy_with_nothing_judged_gives_no_interval():
    assert bootstrap_interval([(0, 0), (0, 0)], accuracy_of) is None
    assert bootstrap_interval([], accuracy_of) is None


def _article(i: int, right: bool) -> GoldArticle:
    fact = {"value": 5e6, "currency": "USD", "flow": "export", "economy": "KOR", "partner": "CHL",
            "period_label": "2024-03"}  # fmt: skip
    return GoldArticle(id=f"a{i}", text="Exports to Chile were $5 million in March.",
                       gold={"trade_facts": [fact], "change_claims": [], "quotes": []}), (
        fact if right else {**fact, "period_label": "2024-04"})  # fmt: skip


def test_report_intervals_come_from_its_articles():
    pairs = [_article(i, right=i % 2 == 0) for i in range(20)]
    report = score([g for g, _ in pairs], {g.id: {"trade_facts": [p]} for g, p in pairs})
    assert len(report.articles) == 20
    ci = report.intervals()
    low, high = ci["facts_fully_right_f1"]
    assert low < report.facts_full.f1 == 0.5 < high
    assert ci["facts_value_f1"] == (1.0, 1.0)
    assert ci["facts_period_accuracy"][0] < 0.5 < ci["facts_period_accuracy"][1]
    assert "ci95" in report.to_dict(intervals=True) and "ci95" not in report.to_dict()


def test_merging_reports_keeps_every_article():
    pairs = [_article(i, right=True) for i in range(4)]
    a = score([g for g, _ in pairs[:2]], {g.id: {"trade_facts": [p]} for g, p in pairs[:2]})
    b = score([g for g, _ in pairs[2:]], {g.id: {"trade_facts": [p]} for g, p in pairs[2:]})
    merged = EvalReport()
    merged.merge(a)
    merged.merge(b)
    assert len(merged.articles) == 4 and merged.n_articles == 4


def test_scores_and_intervals_name_the_same_measures():
    pairs = [_article(i, right=True) for i in range(3)]
    report = score([g for g, _ in pairs], {g.id: {"trade_facts": [p]} for g, p in pairs})
    assert report.scores().keys() == report.intervals().keys()
    assert report.scores()["facts_fully_right_f1"] == report.facts_full.f1 == 1.0
