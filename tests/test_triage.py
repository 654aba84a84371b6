"""Triage before the model (issue 15): the cues, the components each kind of
row needs, and the contract that a run with triage writes exactly the
dataset of a run without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.quotes import _tables as QT
from extractor.triage import (
    OFF,
    OUT_OF_SCOPE_REASON,
    PARSED,
    SKIP_REASON,
    SKIPPED,
    Triage,
    change_cue,
    in_scope,
    money_cue,
    quote_cue,
    trade_cue,
    triage_text,
    unneeded_components,
)

REPO = Path(__file__).resolve().parent.parent
CORPUS = [REPO / "corpus" / "dev.jsonl", REPO / "corpus" / "test.jsonl"]
EVERYDAY = REPO / "benchmarks" / "everyday_news.jsonl"
TRIAGE_COLUMNS = ["triage", "triage_reason"]


# --------------------------------------------------------------------------
# The cues, on sentences of our own


def test_money_cue_is_the_first_mention_the_money_component_finds():
    assert money_cue("Tickets were sold for 45 euros each, or $49.") == "45 euros"
    assert money_cue("The home side won 3-1 in front of 41,200 fans.") == ""


def test_change_cue_matches_the_gate_words_in_any_case():
    assert change_cue("Turnout ROSE TO 64 PERCENT.") == "PERCENT"
    assert change_cue("She scored in the second half.") == "half"
    assert change_cue("Rain is expected to clear by noon.") == ""


def test_quote_cue_finds_quotation_marks_or_a_reporting_verb_form():
    assert quote_cue('"We never gave up," the captain told us.').startswith("\u201cWe never gave up")
    assert quote_cue("The council announced a new library.") == "announced"
    assert quote_cue("According to the timetable, the train is late.") == "according"
    assert quote_cue("A new library opens on Monday.") == ""


def test_a_stray_quotation_mark_is_no_quote_cue():
    # one unpaired mark pairs with nothing, so the quote extractor finds no span
    assert quote_cue('A 12" screen and a light case.') == ""


def test_verb_forms_count_whatever_their_part_of_speech():
    # conservative: "warning" is a noun here, but it is a form of "warn"
    assert quote_cue("A weather warning is in force.") == "warning"


def test_verb_forms_inside_longer_words_are_not_cues():
    assert quote_cue("The saidian mountains were snowy.") == ""


def test_an_article_with_no_cue_is_skipped_and_says_why():
    t = triage_text("Trade talks resume in Geneva on Tuesday after a week's pause.")
    assert t.in_scope and not t.parse and t.label == SKIPPED and t.reason == SKIP_REASON


def test_an_article_without_money_or_trade_is_out_of_scope_whatever_its_other_cues():
    t = triage_text('Turnout rose 4 percent. "A fine day for democracy," the mayor said.')
    assert not t.in_scope and t.label == SKIPPED and t.reason == OUT_OF_SCOPE_REASON


def test_scope_is_money_or_a_word_of_trade():
    assert trade_cue("Rice imports doubled.") == "imports"
    assert trade_cue("The trader's tradecraft") == ""  # whole words only
    assert in_scope("Fines of 3 billion won were imposed.")
    assert in_scope("Customs officers seized the cargo.")
    assert not in_scope("The striker scored twice, the coach said.")


def test_the_reason_of_a_parsed_article_names_its_first_cues():
    t = triage_text("Exports rose 3% after the chief executive said sales were strong.")
    assert t.label == PARSED
    assert t.reason == "change '%'; quote 'said'"


def test_unneeded_components_follow_what_each_row_reads():
    assert unneeded_components(Triage(quote="said")) == ("money_finder", "trade_extractor")
    assert unneeded_components(Triage(money="$5")) == ("ner", "quote_extractor")
    assert unneeded_components(Triage(money="$5", change="%", quote="said")) == ()
    assert set(unneeded_components(Triage())) == {"money_finder", "trade_extractor", "ner", "quote_extractor"}


# --------------------------------------------------------------------------
# The cues stay in step with the extractors they stand in for


def test_no_change_cue_means_find_changes_finds_nothing():
    from extractor.normalize.changes import find_changes

    for text in _texts(CORPUS[1]) + _texts(EVERYDAY):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            if not change_cue(sentence):
                assert find_changes(sentence) == [], sentence


def test_quote_words_cover_every_reporting_verb_form_and_according():
    from extractor import triage

    assert set(QT.VERB_INDEX) | {"according"} <= triage._QUOTE_WORDS
    # each is a run of ASCII letters, which is what the scan compares
    assert all(re.fullmatch(r"[a-z]+", w) for w in triage._QUOTE_WORDS)


def test_no_tokenizer_special_case_cuts_a_verb_form_out_of_a_longer_word(nlp):
    # the scan sees letter runs; a special case splitting "xxsaid" into
    # "xx" + "said" would hide a token the quote extractor matches
    from extractor import triage

    for key, pieces in nlp.tokenizer.rules.items():
        for piece in pieces:
            orth = piece.get(65, piece.get("ORTH", ""))  # attrs.ORTH == 65
            if str(orth).lower() in triage._QUOTE_WORDS:
                assert quote_cue(key), key


def test_paragraphs_without_a_quote_cue_give_no_quote(nlp):
    """The quote extractor, run on every paragraph of the test split and the
    everyday news that has no quote cue, finds nothing there."""
    paragraphs = [p for text in _texts(CORPUS[1]) + _texts(EVERYDAY) for p in re.split(r"\n\s*\n", text) if p.strip()]
    quiet = [p for p in paragraphs if not quote_cue(p)]
    assert len(quiet) > 50
    for doc in nlp.pipe(quiet, batch_size=32):
        assert not doc._.quotes, doc.text


# --------------------------------------------------------------------------
# Leaving components out changes no row


def _texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _rows(article, doc):
    from extractor.assemble import result_from_doc

    rows = result_from_doc(article, doc).rows()
    return {k: v for k, v in rows.items() if k != "articles"}


def test_trade_rows_need_no_ner_or_quote_component(nlp):
    """On every corpus text, whatever its cues: amounts, facts and claims are
    the same when the entity recogniser and the quote component are left out
    (triage leaves them out for articles with no quote cue). The trade
    component reads tags (hypothetical clauses), so the tagger stays."""
    from extractor.assemble import _make_doc
    from extractor.records import Article

    texts = _texts(CORPUS[0]) + _texts(CORPUS[1])
    articles = [Article(text=t, source=f"c{i}") for i, t in enumerate(texts)]
    full = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=32)
    lean = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=32, disable=["ner", "quote_extractor"])
    for article, a, b in zip(articles, full, lean, strict=True):
        ra, rb = _rows(article, a), _rows(article, b)
        for table in ("amounts", "trade_facts", "change_claims"):
            assert ra[table] == rb[table], (article.source, table)


def test_quotes_need_no_trade_component(nlp):
    """Quotes are the same when the money and trade components are left out
    (triage leaves them out for articles with no money or change cue)."""
    from extractor.assemble import _make_doc
    from extractor.records import Article

    texts = _texts(CORPUS[1]) + _texts(EVERYDAY)
    articles = [Article(text=t, source=f"c{i}") for i, t in enumerate(texts)]
    full = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=32)
    lean = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=32, disable=["money_finder", "trade_extractor"])
    for article, a, b in zip(articles, full, lean, strict=True):
        assert _rows(article, a)["quotes"] == _rows(article, b)["quotes"], article.source


def test_skipped_article_keeps_the_publication_date_its_text_states(nlp):
    from extractor.assemble import extract_text

    text = "LONDON, March 4, 2025 -- Light rain at first, then sunny spells. Highs of 14C."
    on = extract_text(text, nlp=nlp).article_row()
    off = extract_text(text, nlp=nlp, triage=False).article_row()
    assert on["triage"] == SKIPPED and off["triage"] == OFF
    assert on["published"] == off["published"] == "2025-03-04"
    assert on["published_source"] == off["published_source"] == "text"


def test_article_without_money_keeps_the_publication_date_its_text_states(nlp):
    # the trade component, which infers the date, is left out here
    from extractor.assemble import extract_text

    text = 'LONDON, March 4, 2025 -- "We are delighted," said Jean Porter, chair of the exporters\' group.'
    on = extract_text(text, nlp=nlp).article_row()
    off = extract_text(text, nlp=nlp, triage=False).article_row()
    assert on["triage"] == PARSED
    assert on["published"] == off["published"] == "2025-03-04"


def test_regression_a_match_report_gave_the_coach_as_a_quoted_expert(nlp):
    """Out of scope (no money, no trade): no rows, parsed or not."""
    from extractor.assemble import extract_text

    text = 'The home side won 3-1. "We were sharper after the break," the coach, Ana Ruiz, said.'
    for triage in (True, False):
        result = extract_text(text, nlp=nlp, triage=triage)
        assert result.quotes == [] and result.change_claims == [], triage
    assert extract_text(text, nlp=nlp).triage_reason == OUT_OF_SCOPE_REASON


def test_quotes_stay_in_an_article_that_names_money_but_not_trade(nlp):
    from extractor.assemble import extract_text

    text = 'Workers earn about $120 a month. "Most of it goes to the state," said Min-ji Park, a labour researcher.'
    for triage in (True, False):
        quotes = extract_text(text, nlp=nlp, triage=triage).quotes
        assert [q.speaker for q in quotes] == ["Min-ji Park"], triage


def test_error_articles_are_not_triaged(nlp):
    from extractor.assemble import extract_articles
    from extractor.records import Article

    bad = Article(text="", source="x.bin", error="cannot read")
    empty = Article(text="   ", source="e.txt")
    rows = [r.article_row() for r in extract_articles([bad, empty], nlp=nlp)]
    assert [r["triage"] for r in rows] == ["", ""]
    assert [r["status"] for r in rows] == ["error", "error"]


# --------------------------------------------------------------------------
# The contract: the same dataset with and without triage


@pytest.fixture(scope="module")
def both_ways(tmp_path_factory):
    from extractor.dataset import read_dataset
    from extractor.run import run_extract

    out = tmp_path_factory.mktemp("triage")
    inputs = [*CORPUS, EVERYDAY]
    tables = {}
    for name, triage in (("on", True), ("off", False)):
        summary = run_extract(inputs, out / name, fmt="parquet", triage=triage)
        tables[name] = (summary, read_dataset(out / name))
    return tables


def test_triage_writes_exactly_the_dataset_of_no_triage(both_ways):
    """Every table, every row, every column but the triage columns, on the
    written corpus and the everyday news of the benchmark."""
    import pandas as pd

    (_, on), (_, off) = both_ways["on"], both_ways["off"]
    assert set(on) == set(off)
    for table in off:
        a = on[table].drop(columns=[c for c in TRIAGE_COLUMNS if c in on[table].columns])
        b = off[table].drop(columns=[c for c in TRIAGE_COLUMNS if c in off[table].columns])
        assert len(a) == len(b), table
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=True, obj=table)


def test_the_corpus_run_skipped_everyday_news_and_says_so(both_ways):
    (s_on, on), (s_off, off) = both_ways["on"], both_ways["off"]
    arts = on["articles"]
    skipped = arts[arts["triage"] == SKIPPED]
    assert len(skipped) == s_on.articles_triaged_out > 0
    assert skipped["triage_reason"].isin([SKIP_REASON, OUT_OF_SCOPE_REASON]).all()
    assert (skipped["status"] == "ok").all()
    # the everyday news of sport, courts, weather and the like is out of scope
    assert (skipped["triage_reason"] == OUT_OF_SCOPE_REASON).sum() >= 40
    assert set(off["articles"]["triage"]) == {OFF} and s_off.articles_triaged_out == 0
    # every article triage ruled out holds no row in any table of the full run
    for table in ("amounts", "trade_facts", "change_claims", "quotes"):
        assert not set(skipped["article_id"]) & set(off[table]["article_id"]), table


def test_no_triage_option_parses_every_article(tmp_path):
    from extractor.cli import app
    from extractor.dataset import read_dataset

    src = tmp_path / "news.jsonl"
    records = [
        {"id": "w", "text": "Rain at first, then sunny spells. Highs of 14C on Tuesday."},
        {"id": "t", "text": "Exports to China rose 5% to $20.4 million in March 2025, customs data showed."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    runner = CliRunner()
    for flag, expected in (([], [SKIPPED, PARSED]), (["--no-triage"], [OFF, OFF])):
        out = tmp_path / f"out{len(flag)}"
        result = runner.invoke(app, ["extract", str(src), "--out", str(out), "-q", *flag])
        assert result.exit_code == 0, result.output
        assert list(read_dataset(out)["articles"]["triage"]) == expected
    assert (
        "not parsed (triage: no cue)"
        in runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "again"), "-q"]).output
    )
