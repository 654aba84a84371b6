"""Figures that are what a verb of forecasting takes as its object ("analysts
projected a surplus of …") are guesses, not trade facts; figures beside the
forecast that state what happened stay (issue 13, session 6). The rule reads
the dependency parse (``facts.clauses.in_forecast``). Sentences are our own."""

from extractor.assemble import extract_text
from extractor.facts.clauses import in_forecast


def values(nlp, text, published="2024-04-20"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return sorted(r["value"] for r in rows)


# ------------------------------------------------------------------ pure function
def test_a_figure_in_the_object_of_projected_is_in_a_forecast():
    # "brokers projected a surplus of $ 2 billion"
    words = ["brokers", "projected", "a", "surplus", "of", "$", "2"]
    heads = [1, 1, 3, 1, 3, 6, 4]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "$", "CD"]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "quantmod", "pobj"]
    assert in_forecast(5, heads, tags, deps, words)


def test_a_figure_after_a_base_preposition_of_the_forecast_verb_is_not_in_it():
    # "analysts forecast exports , after $ 11 billion": the base is what happened
    words = ["analysts", "forecast", "exports", ",", "after", "$", "11"]
    heads = [1, 1, 1, 1, 1, 6, 4]
    tags = ["NNS", "VBD", "NNS", ",", "IN", "$", "CD"]
    deps = ["nsubj", "ROOT", "dobj", "punct", "prep", "quantmod", "pobj"]
    assert not in_forecast(5, heads, tags, deps, words)


# ------------------------------------------------------------------ through the pipeline
def test_a_brokers_projected_surplus_was_a_trade_fact(nlp):
    # the bug: "<someone> projected a surplus of $X to $Y" gave a balance fact
    assert values(nlp, "An investment bank had projected a Malaysian surplus of $1.9 billion to $2.45 billion.") == []


def test_a_consensus_pencilled_at_a_figure_was_a_trade_fact(nlp):
    assert values(nlp, "The market consensus pencilled Chile's March surplus at $1.4 billion.") == []


def test_exports_spelt_out_in_a_with_clause_of_an_expectation_were_trade_facts(nlp):
    # the bug: the with-clause spelling out a yearly forecast gave export and import facts
    text = (
        "For the whole year, Peru's statistics agency expects a surplus of $9 billion, "
        "with exports rising by 12 percent to $71 billion and imports falling 4 percent to $62 billion."
    )
    assert values(nlp, text) == []


def test_the_previous_month_beside_an_expected_figure_stays_a_fact(nlp):
    # what happened, named beside the forecast, is still a fact
    text = (
        "A survey of economists had expected a Malaysian trade surplus of $2.8 billion for June, "
        "following a $3.65 billion surplus the month before."
    )
    assert values(nlp, text) == [3650000000.0]


def test_what_happened_after_but_stays_a_fact(nlp):
    text = "Analysts had expected Indonesia's exports to rise to $5 billion, but they rose to $6 billion in March."
    assert values(nlp, text) == [6000000000.0]
