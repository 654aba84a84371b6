"""Tests of extractor.evaluate (pure scoring) and `extractor evaluate` (CLI).

The gold examples are written here by hand; they follow the contract's gold
format but none comes from the seed corpus.
"""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate import (
    PRF,
    GoldArticle,
    GoldFormatError,
    evaluate_file,
    load_gold,
    score,
    speakers_agree,
    word_overlap,
)

TEXT = (
    "Mongolia's coal trade with Japan grew last year. "
    "Mongolia exported $412.5 million of coal to Japan in March 2024, up 12.5 percent "
    "from a year earlier. "
    "Imports from Japan were $98.2 million (about 130 billion KRW) in the same month. "
    '"Demand for coking coal will stay firm," said Anna Berg, an analyst at Steppe Research. '
    "Officials expect the rail link to open next year."
)

MARCH = {"period_start": "2024-03-01", "period_end": "2024-03-31", "period_label": "2024-03"}


def fact(value, flow="export", economy="MNG", partner="JPN", currency="USD", **period):
    return {
        "value": value,
        "currency": currency,
        "flow": flow,
        "economy": economy,
        "partner": partner,
        **(period or MARCH),
    }


def claim(pct, flow="export", economy="MNG", partner="JPN", period="2024-03", base="2023-03"):
    return {
        "flow": flow,
        "economy": economy,
        "partner": partner,
        "period_label": period,
        "base_period_label": base,
        "pct_change": pct,
    }


def quote(speaker, text, speaker_type="person"):
    return {"speaker": speaker, "speaker_type": speaker_type, "kind": "direct", "text": text}


GOLD_QUOTE = quote("Anna Berg", "Demand for coking coal will stay firm,")
OFFICIALS = quote("Officials", "expect the rail link to open next year", speaker_type="unnamed")


def article(facts=(), claims=(), quotes=(), id="mng-jpn", text=TEXT) -> GoldArticle:
    return GoldArticle(
        id=id,
        text=text,
        title="Coal trade",
        published="2024-04-15",
        gold={
            "trade_facts": list(facts),
            "change_claims": list(claims),
            "quotes": list(quotes),
        },
    )


def full_gold() -> GoldArticle:
    return article(
        facts=[fact(412_500_000.0), fact(98_200_000.0, flow="import")],
        claims=[claim(12.5)],
        quotes=[GOLD_QUOTE, OFFICIALS],
    )


def preds(a: GoldArticle, **tables) -> dict[str, dict[str, list[dict]]]:
    return {a.id: {name: list(rows) for name, rows in tables.items()}}


# --------------------------------------------------------------------------- the contract's scoring rules


def test_perfect_system_scores_one_everywhere():
    gold = [full_gold(), article(id="empty")]
    predictions = {a.id: copy.deepcopy(a.gold) for a in gold}
    report = score(gold, predictions)
    for m in (report.facts_value, report.facts_full, report.change_claims, report.quotes):
        assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    assert all(a.value == 1.0 for a in report.field_accuracy.values())
    assert report.attribution.value == 1.0
    assert report.errors == []
    assert report.n_articles == 2
    assert report.facts_value.tp == 2 and report.quotes.tp == 2


def test_empty_gold_and_no_predictions_is_perfect_without_division_by_zero():
    gold = article()
    report = score([gold], {})
    for m in (report.facts_value, report.facts_full, report.change_claims, report.quotes):
        assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    # nothing was matched, so there is nothing to judge accuracy on
    assert report.field_accuracy["flow"].value is None
    assert report.attribution.value is None
    assert report.to_dict()["trade_facts"]["value"]["f1"] == 1.0


def test_predictions_where_gold_is_empty_score_zero():
    gold = article()
    report = score([gold], preds(gold, trade_facts=[fact(5e6)]))
    assert report.facts_value == PRF(tp=0, fp=1, fn=0)
    assert report.facts_value.precision == 0.0
    assert report.facts_value.f1 == 0.0


def test_nothing_predicted_where_gold_has_facts_scores_zero():
    gold = full_gold()
    report = score([gold], {})
    assert report.facts_value == PRF(tp=0, fp=0, fn=2)
    assert (report.facts_value.precision, report.facts_value.recall) == (0.0, 0.0)


def test_mirror_flow_is_the_same_fact():
    # Mongolia importing from Japan == Japan exporting to Mongolia
    gold = article(facts=[fact(98_200_000.0, flow="import", economy="MNG", partner="JPN")])
    mirror = fact(98_200_000.0, flow="export", economy="JPN", partner="MNG")
    report = score([gold], preds(gold, trade_facts=[mirror]))
    assert report.facts_full == PRF(tp=1)
    assert report.field_accuracy["flow"].value == 1.0
    assert report.field_accuracy["economies"].value == 1.0


def test_reversed_direction_is_a_wrong_flow_with_right_economies():
    gold = article(facts=[fact(98_200_000.0, flow="import", economy="MNG", partner="JPN")])
    reversed_ = fact(98_200_000.0, flow="export", economy="MNG", partner="JPN")
    report = score([gold], preds(gold, trade_facts=[reversed_]))
    assert report.facts_value == PRF(tp=1)
    assert report.facts_full == PRF(tp=0, fp=1, fn=1)
    assert report.field_accuracy["flow"].value == 0.0
    assert report.field_accuracy["economies"].value == 1.0
    [error] = report.errors
    assert (error.kind, error.field) == ("wrong_field", "flow")


def test_total_is_order_free_and_balance_is_not():
    gold = article(
        facts=[
            fact(510_000_000.0, flow="total", economy="MNG", partner="JPN"),
            fact(-80_000_000.0, flow="balance", economy="MNG", partner="JPN"),
        ]
    )
    predicted = [
        fact(510_000_000.0, flow="total", economy="JPN", partner="MNG"),
        fact(-80_000_000.0, flow="balance", economy="JPN", partner="MNG"),
    ]
    report = score([gold], preds(gold, trade_facts=predicted))
    assert report.facts_value.tp == 2
    assert report.field_accuracy["economies"].correct == 1  # the total only
    assert report.facts_full.tp == 1


def test_krw_conversion_predicted_as_a_fact_is_an_extra():
    gold = article(facts=[{**fact(98_200_000.0, flow="import"), "alt_value": 1.3e11, "alt_currency": "KRW"}])
    predicted = [
        fact(98_200_000.0, flow="import"),
        fact(130_000_000_000.0, flow="import", currency="KRW"),
    ]
    report = score([gold], preds(gold, trade_facts=predicted))
    assert report.facts_value == PRF(tp=1, fp=1, fn=0)
    assert report.facts_value.recall == 1.0
    assert report.facts_value.precision == 0.5
    assert [e.kind for e in report.errors] == ["extra"]


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        (412_500_000.0, True),
        (412_500_000.0 * 1.005, True),  # 0.5 % above
        (412_500_000.0 * 0.995, True),  # 0.5 % below
        (412_500_000.0 * 1.006, False),  # 0.6 % above
        (412_500_000.0 * 0.994, False),
    ],
)
def test_value_within_half_a_percent_matches(predicted, matches):
    gold = article(facts=[fact(412_500_000.0)])
    report = score([gold], preds(gold, trade_facts=[fact(predicted)]))
    assert report.facts_value.tp == int(matches)


def test_same_value_in_another_currency_does_not_match():
    gold = article(facts=[fact(412_500_000.0)])
    report = score([gold], preds(gold, trade_facts=[fact(412_500_000.0, currency="CNY")]))
    assert report.facts_value == PRF(tp=0, fp=1, fn=1)


def test_wrong_period_is_a_value_match_but_not_fully_right():
    gold = article(facts=[fact(412_500_000.0)])
    april = {"period_start": "2024-04-01", "period_end": "2024-04-30", "period_label": "2024-04"}
    report = score([gold], preds(gold, trade_facts=[fact(412_500_000.0, **april)]))
    assert report.facts_value == PRF(tp=1)
    assert report.facts_full == PRF(tp=0, fp=1, fn=1)
    assert report.field_accuracy["period"].value == 0.0
    assert report.field_accuracy["flow"].value == 1.0
    [error] = report.errors
    assert error.field == "period"
    assert "2024-04" in error.detail and "2024-03" in error.detail


def test_period_label_alone_is_enough():
    gold = article(facts=[fact(412_500_000.0)])
    predicted = fact(412_500_000.0, period_label="2024-03")
    report = score([gold], preds(gold, trade_facts=[predicted]))
    assert report.facts_full.tp == 1


def test_one_to_one_matching_prefers_the_fact_that_agrees():
    # two gold facts with the same value: each prediction goes to the one it agrees with
    gold = article(facts=[fact(50_000_000.0, flow="export"), fact(50_000_000.0, flow="import")])
    predicted = [fact(50_000_000.0, flow="import"), fact(50_000_000.0, flow="export")]
    report = score([gold], preds(gold, trade_facts=predicted))
    assert report.facts_full == PRF(tp=2)


def test_one_prediction_matches_one_gold_fact_only():
    gold = article(facts=[fact(50_000_000.0), fact(50_000_000.0, **{"period_label": "2024-02"})])
    report = score([gold], preds(gold, trade_facts=[fact(50_000_000.0)]))
    assert report.facts_value == PRF(tp=1, fp=0, fn=1)


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [(12.5, True), (12.0, True), (13.0, True), (11.9, False), (-12.5, False)],
)
def test_change_claim_pct_within_half_a_point(predicted, matches):
    gold = article(claims=[claim(12.5)])
    report = score([gold], preds(gold, change_claims=[claim(predicted)]))
    assert report.change_claims.tp == int(matches)


def test_change_claim_mirror_flow_matches_and_wrong_base_period_does_not():
    gold = article(claims=[claim(-8.0, flow="import", economy="MNG", partner="JPN")])
    mirror = claim(-8.0, flow="export", economy="JPN", partner="MNG")
    assert score([gold], preds(gold, change_claims=[mirror])).change_claims == PRF(tp=1)
    wrong_base = claim(-8.0, flow="import", base="2024-02")
    report = score([gold], preds(gold, change_claims=[wrong_base]))
    assert report.change_claims == PRF(tp=0, fp=1, fn=1)
    [error] = report.errors
    assert error.kind == "wrong_field" and error.field == "base_period_label"


def test_quote_with_right_words_and_wrong_speaker_is_an_attribution_error():
    gold = article(quotes=[GOLD_QUOTE])
    wrong = quote("Steppe Research", "Demand for coking coal will stay firm", "organization")
    report = score([gold], preds(gold, quotes=[wrong]))
    assert report.quotes == PRF(tp=0, fp=1, fn=1)
    assert (report.attribution.correct, report.attribution.total) == (0, 1)
    [error] = report.errors
    assert error.kind == "wrong_speaker"
    assert "Anna Berg" in error.detail and "Steppe Research" in error.detail


def test_quote_attribution_counts_only_text_matches():
    gold = article(quotes=[GOLD_QUOTE, OFFICIALS])
    predicted = [
        quote("Berg", "demand for coking coal will stay firm"),  # right
        quote("Anna Berg", "officials expect the rail link to open next year"),  # wrong speaker
        quote("Anna Berg", "something she never said at all"),  # extra, not judged
    ]
    report = score([gold], preds(gold, quotes=predicted))
    assert report.quotes == PRF(tp=1, fp=2, fn=1)
    assert (report.attribution.correct, report.attribution.total) == (1, 2)


def test_unnamed_speakers_compare_the_last_word_of_the_description():
    gold = article(quotes=[quote("experts", "coal prices will fall", "unnamed")])
    predicted = [quote("mining experts", "Coal prices will fall.", "unnamed")]
    assert score([gold], preds(gold, quotes=predicted)).quotes == PRF(tp=1)


def test_media_quotes_are_left_out():
    gold = article(quotes=[GOLD_QUOTE])
    predicted = [
        quote("Anna Berg", "Demand for coking coal will stay firm,"),
        quote("Montsame", "the rail link will open next year", "media"),
    ]
    report = score([gold], preds(gold, quotes=predicted))
    assert report.quotes == PRF(tp=1)
    assert report.media_quotes_ignored == 1
    assert report.errors == []


def test_quote_texts_must_share_half_their_words():
    # 4 of 8 words shared: exactly half of the longer text
    assert word_overlap("a b c d", "a b c d e f g h") == 0.5
    gold = article(quotes=[quote("Anna Berg", "a b c d e f g h")])
    half = quote("Anna Berg", "a b c d x y z w")
    less = quote("Anna Berg", "a b c x y z w v")
    assert score([gold], preds(gold, quotes=[half])).quotes.tp == 1
    assert score([gold], preds(gold, quotes=[less])).quotes.tp == 0


def test_a_short_fragment_of_a_long_quote_does_not_match():
    gold = article(quotes=[quote("Anna Berg", "Demand for coking coal will stay firm this year")])
    fragment = quote("Anna Berg", "coking coal")
    assert score([gold], preds(gold, quotes=[fragment])).quotes.tp == 0


def test_speaker_agreement():
    assert speakers_agree("Anna Berg", "Dr. Anna Berg")
    assert speakers_agree("Anna Berg", "berg")
    assert speakers_agree("Choi Min-ho", "Choi")  # Korean surname first
    assert speakers_agree("analysts", "an analyst")
    assert not speakers_agree("Anna Berg", "Anna Lind")
    assert not speakers_agree("Anna Berg", "")


def test_predictions_for_unknown_ids_are_ignored_and_missing_ids_predict_nothing():
    gold = full_gold()
    report = score([gold], {"elsewhere": {"trade_facts": [fact(1.0)]}})
    assert report.facts_value == PRF(tp=0, fp=0, fn=2)


def test_pipeline_rows_with_none_and_extra_columns_are_scored():
    gold = article(facts=[fact(98_200_000.0, flow="import")])
    row = {
        **fact(98_200_000.0, flow="import"),
        "article_id": "x",
        "fact_id": "x-f1",
        "alt_value": None,
        "alt_currency": "",
        "sentence": "",
        "start": 0,
        "end": 0,
    }
    assert score([gold], preds(gold, trade_facts=[row])).facts_full == PRF(tp=1)


# --------------------------------------------------------------------------- error list


def test_missed_fact_error_carries_the_sentence_with_the_figure():
    gold = full_gold()
    report = score([gold], {})
    misses = {e.gold["value"]: e for e in report.errors if e.table == "trade_facts"}
    assert misses[98_200_000.0].sentence.startswith("Imports from Japan were $98.2 million")
    assert misses[412_500_000.0].sentence.startswith("Mongolia exported $412.5 million")
    [claim_miss] = [e for e in report.errors if e.table == "change_claims"]
    assert "12.5 percent" in claim_miss.sentence
    quote_sentences = [e.sentence for e in report.errors if e.table == "quotes"]
    assert any("said Anna Berg" in s for s in quote_sentences)


def test_extra_fact_error_uses_the_predicted_sentence():
    gold = article()
    row = {**fact(7e6), "sentence": "A made-up sentence about $7 million."}
    [error] = score([gold], preds(gold, trade_facts=[row])).errors
    assert (error.kind, error.sentence) == ("extra", "A made-up sentence about $7 million.")


def test_report_to_dict_is_json():
    gold = full_gold()
    report = score([gold], preds(gold, trade_facts=[fact(412_500_000.0, flow="import")]))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["trade_facts"]["value"]["tp"] == 1
    assert data["trade_facts"]["field_accuracy"]["flow"]["accuracy"] == 0.0
    assert data["quotes"]["attribution"]["accuracy"] is None
    assert {e["kind"] for e in data["errors"]} >= {"miss", "wrong_field"}


# --------------------------------------------------------------------------- gold files


def write_gold(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def gold_record(a: GoldArticle) -> dict:
    return {
        "id": a.id,
        "source": f"{a.id}.txt",
        "published": a.published,
        "title": a.title,
        "text": a.text,
        "gold": a.gold,
    }


def test_load_gold_reads_articles(tmp_path):
    path = tmp_path / "gold.jsonl"
    write_gold(path, [gold_record(full_gold()), {"id": "b", "text": "Nothing here.", "gold": {}}])
    articles = load_gold(path)
    assert [a.id for a in articles] == ["mng-jpn", "b"]
    assert articles[0].gold["trade_facts"][0]["value"] == 412_500_000.0
    assert articles[1].gold == {"trade_facts": [], "change_claims": [], "quotes": []}
    assert articles[1].published == ""


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"text": "t", "gold": {}}', "'id'"),
        ('{"id": "a", "text": "t"}', "'gold'"),
        (
            '{"id": "a", "text": "t", "gold": {"trade_facts": [{"value": "x", "currency": "USD"}]}}',
            "value",
        ),
        ('{"id": "a", "text": "t", "gold": {"quotes": "nope"}}', "gold.quotes"),
    ],
)
def test_load_gold_rejects_malformed_lines_with_their_line_number(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "t", "gold": {}}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as info:
        load_gold(path)
    assert ":2:" in str(info.value)


def test_load_gold_rejects_duplicate_ids(tmp_path):
    path = tmp_path / "gold.jsonl"
    write_gold(path, [{"id": "a", "text": "t", "gold": {}}] * 2)
    with pytest.raises(GoldFormatError, match="duplicate"):
        load_gold(path)


# --------------------------------------------------------------------------- real pipeline and CLI


def test_evaluate_file_runs_the_pipeline(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    write_gold(
        path,
        [gold_record(full_gold()), gold_record(article(id="quiet", text="The weather was mild."))],
    )
    report = evaluate_file(path, nlp=nlp)
    assert report.n_articles == 2
    assert report.facts_value.tp + report.facts_value.fn == 2
    assert report.quotes.tp + report.quotes.fn == 2


def invoke(*args: str):
    """Run `extractor evaluate ARGS` in-process."""
    return CliRunner().invoke(app, ["evaluate", *args])


def test_cli_prints_the_figures_and_json(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    write_gold(path, [gold_record(full_gold())])

    result = invoke(str(path), "--errors")
    assert result.exit_code == 0, result.output
    for heading in ("Precision / recall / F1", "trade facts (value)", "trade facts (fully",
                    "change claims", "quotes", "flow", "economies", "period",
                    "speaker attribution", "Errors"):  # fmt: skip
        assert heading in result.output

    result = invoke(str(path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n_articles"] == 1
    assert data["trade_facts"]["value"]["n_gold"] == 2
    assert "errors" not in data
    # one article: every resample is that article, so each interval is its score
    assert data["ci95"]["facts_value_f1"] == [data["trade_facts"]["value"]["f1"]] * 2


def test_cli_prints_how_sure_each_score_is(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    write_gold(path, [gold_record(full_gold())])
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    assert "95% intervals" in result.output and "resamples of the 1 article." in result.output


def test_cli_missing_gold_file_exits_2(tmp_path):
    result = invoke(str(tmp_path / "absent.jsonl"))
    assert result.exit_code == 2
    assert "not found" in result.output


def test_cli_malformed_gold_file_exits_2(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "t"}\n', encoding="utf-8")
    result = invoke(str(path))
    assert result.exit_code == 2
    assert "malformed gold file" in result.output and ":1:" in result.output
