"""Clause scope from the parse (extractor.facts.clauses): an economy named in a
clause that opens after a figure does not take a role in it. Sentences are
ours, written after shapes seen in published wire copy."""

from datetime import date

import pytest

from extractor.facts.clauses import opens_clause, trailing_clause_head

PUB = date(2025, 7, 15)


def shapes(nlp, text):
    doc = nlp(text)
    return [(float(f.value), f.flow, f.economy, f.partner) for f in doc._.trade_facts]


def test_trailing_clause_head_is_found_only_after_the_figure():
    # "Exports , driven by Japan , rose to $5 bn": the clause opens before the figure
    heads = [7, 0, 3, 1, 3, 4, 1, 7, 7, 10, 8]
    clause = [False, False, False, True, False, False, False, False, False, False, False]
    left = [0, 1, 2, 3, 4, 5, 6, 0, 8, 9, 9]
    assert trailing_clause_head(10, 5, heads, clause, left) is None


@pytest.mark.parametrize(
    "dep, tag, expected",
    [
        ("advcl", "VBD", True),
        ("acl", "VBN", True),
        ("relcl", "VBZ", True),
        ("conj", "NNP", False),
        ("pobj", "NNP", False),
        ("conj", "VBD", True),
        ("pcomp", "VBG", True),
        ("pcomp", "IN", False),
    ],
)
def test_which_labels_open_a_clause(dep, tag, expected):
    assert opens_clause(dep, tag) is expected


def test_regression_a_driving_clause_does_not_lend_its_partner(nlp):
    """'…imports rose to X, driven by purchases of medicines from Ireland' was
    read as imports from Ireland."""
    text = (
        "TOKYO, July 15 -- Japan's exports fell 2.1 percent in June. The country's imports edged up 0.4 percent "
        "to 8,950 billion yen, driven by higher purchases of medicines from Ireland and phones from Vietnam."
    )
    doc = nlp(text)
    imports = [f for f in doc._.trade_facts if f.flow == "import"]
    assert [(f.economy, f.partner) for f in imports] == [("JPN", "W00")]


def test_regression_a_with_clause_after_the_figure_keeps_its_own_partner(nlp):
    """'…to $30 billion, with shipments to the US plummeting 16.6 percent' gave
    the overall figure the US as partner."""
    text = (
        "SEOUL, June 1 -- South Korea's car exports dropped 2.5 percent on-year to $30 billion in the first "
        "five months, with shipments to the United States plunging 16.6 percent."
    )
    doc = nlp(text)
    assert [(f.economy, f.partner) for f in doc._.trade_facts] == [("KOR", "W00")]


def test_a_compound_partner_is_not_a_clause(nlp):
    text = "Goods worth a total of 80.5 billion euros were traded between Germany and France in 2024."
    assert shapes(nlp, text) == [(80.5e9, "total", "DEU", "FRA")]


# --- a figure given as the size of a change is not a level (real release wording, our sentences)


def test_regression_change_amounts_are_not_facts(nlp):
    """'credits rose $557m (1%) to $41,293m' gave two export facts; only the level is one."""
    text = (
        "CANBERRA, Feb. 6 -- In December 2019, Australia's exports of goods rose $612m (2%) to $38,150m, "
        "while imports were $310m less than in November."
    )
    doc = nlp(text)
    assert sorted(float(f.value) for f in doc._.trade_facts) == [38_150_000_000.0]


def test_made_up_is_a_share_not_a_change(nlp):
    text = "SEOUL, May 20 -- China's imports from North Korea reached $30 million in April. Wigs made up $16 million of that."
    doc = nlp(text)
    assert 16_000_000.0 in [float(f.value) for f in doc._.trade_facts]


# --- a figure of a plan or possibility is not a fact (the verb's modal or governing word, from the parse)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Russia and China may exceed $90 billion this year, the ambassador said.",
        "Vietnam's surplus with Australia is likely to reach $8 billion this year.",
        "The two sides set a goal to raise trade between Vietnam and Japan to $60 billion by 2030.",
        "Officials said exports to Canada would top $12 billion in 2026.",
    ],
)
def test_regression_plans_and_possibilities_are_not_facts(nlp, sentence):
    doc = nlp("MOSCOW, Oct. 2 -- " + sentence)
    assert doc._.trade_facts == []


def test_a_figure_that_happened_next_to_a_forecast_is_kept(nlp):
    doc = nlp(
        "MOSCOW, Oct. 2 -- Trade between Russia and China reached $64 billion in the first half, and it may grow."
    )
    assert [float(f.value) for f in doc._.trade_facts] == [64e9]
