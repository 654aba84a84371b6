"""Figures that are not levels (``extractor.facts.amounts``): a levy's base
and a change's size, read from the dependency parse; and a trade "gap" is a
deficit. Sentences are our own (issue 13)."""

from extractor.assemble import extract_text
from extractor.facts.amounts import amount_kind, phrase_head


def facts(nlp, text, published="2025-11-10"):
    return extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]


def values(nlp, text, published="2025-11-10"):
    return sorted(f["value"] for f in facts(nlp, text, published))


# ------------------------------------------------------------------ pure functions
def test_phrase_head_is_the_token_whose_head_lies_outside_the_figure():
    # "to $ 5 billion rand": "rand" heads the figure, "to" is outside it
    heads = [0, 4, 3, 4, 0]
    assert phrase_head(1, 4, heads) == 4


def test_the_object_of_by_under_a_change_verb_is_a_change():
    # "deficit widened by $ 3 billion"
    words = ["deficit", "widened", "by", "$", "billion"]
    heads = [1, 1, 1, 4, 2]
    tags = ["NN", "VBD", "IN", "$", "CD"]
    deps = ["nsubj", "ROOT", "prep", "quantmod", "pobj"]
    assert amount_kind(3, 4, heads, tags, deps, words) == "change"


def test_a_percentage_and_to_under_by_mean_the_figure_is_the_level_reached():
    # "exports fell by 3 % to $ 5 billion" parsed as one range under "by"
    words = ["exports", "fell", "by", "3", "%", "to", "$", "billion"]
    heads = [1, 1, 1, 4, 7, 7, 7, 2]
    tags = ["NNS", "VBD", "IN", "CD", "NN", "TO", "$", "CD"]
    deps = ["nsubj", "ROOT", "prep", "nummod", "quantmod", "quantmod", "quantmod", "pobj"]
    assert amount_kind(6, 7, heads, tags, deps, words) is None


def test_a_figure_measuring_a_comparative_is_a_change():
    # "$ 4 billion lower"
    words = ["was", "$", "billion", "lower"]
    heads = [0, 2, 3, 0]
    tags = ["VBD", "$", "CD", "JJR"]
    deps = ["ROOT", "quantmod", "npadvmod", "acomp"]
    assert amount_kind(1, 2, heads, tags, deps, words) == "change"


# ------------------------------------------------------------------ through the pipeline
LEVY = (
    "Canada's exports to Brazil reached $4.2 billion in 2024, Statistics Canada said. "
    "Brazil then imposed 15% tariffs on $1.1 billion of Canadian goods. "
    "Canada answered by taxing $900 million of Brazilian products."
)


def test_the_amount_a_tariff_applies_to_was_a_trade_figure(nlp):
    # the bug: "tariffs on $1.1 billion of goods" and "taxing $900 million of products" became imports
    assert values(nlp, LEVY, "2025-03-01") == [4.2e9]


def test_a_change_by_an_amount_in_a_coordinated_by_phrase_was_a_balance(nlp):
    # the bug: the second "by $0.8 billion" of a coordination became the deficit with Chile
    text = (
        "Peru's trade deficit with Chile stood at $2.5 billion in April. "
        "The deficit grew by $120 million with Chile and by $0.8 billion with Bolivia from March to April."
    )
    assert values(nlp, text, "2025-06-01") == [-2.5e9]


def test_an_amount_measuring_lower_was_a_level(nlp):
    # the bug: "€12 billion lower" became a second balance of the year
    text = "In 2024 Norway's trade surplus with the EU stood at €80 billion, which was €12 billion lower than in 2023."
    assert values(nlp, text, "2025-03-01") == [80e9]


def test_a_trade_gap_keeps_the_sign_of_a_deficit(nlp):
    # the bug: "the trade gap with Chile" gave a positive balance
    text = "Peru's trade gap with Chile widened 12% to $3.4 billion in 2024, official data showed."
    rows = facts(nlp, text, "2025-03-01")
    assert [(f["value"], f["flow"], f["economy"], f["partner"]) for f in rows] == [(-3.4e9, "balance", "PER", "CHL")]


def test_a_rand_figure_is_the_fact_and_its_dollar_conversion_is_not(nlp):
    # the bug: "52.1 billion rand (3.1 billion dollar)" gave the dollar figure as a fact of its own
    text = "South Africa's trade surplus widened to 52.1 billion rand (3.1 billion dollar) in May, SARS said."
    rows = facts(nlp, text, "2025-07-01")
    assert [(f["value"], f["currency"], f["flow"], f["economy"]) for f in rows] == [(52.1e9, "ZAR", "balance", "ZAF")]
