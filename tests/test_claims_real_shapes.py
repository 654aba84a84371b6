"""Change claims in the shapes published articles give them (issue 13): the
wordings of a stated change, the base it is compared with, restatements.
Every sentence here is ours; none is copied from an article."""

import pytest

from extractor.assemble import extract_text
from extractor.facts.change_periods import article_compares_previous
from extractor.facts.changes import restates, settle_claims
from extractor.facts.records import FoundClaim
from extractor.normalize.changes import find_changes, read_number
from extractor.normalize.periods import Period

PUB = "2025-05-20"


def changes(sentence):
    return [(c.pct, sentence[c.start : c.end]) for c in find_changes(sentence)]


def claims(nlp, text, published=PUB):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [
        (r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"], r["base_period_label"])
        for r in rows
    ]


# ------------------------------------------------------------ stated changes
@pytest.mark.parametrize(
    "text, value",
    [("8.2", 8.2), ("eight-point-two", 8.2), ("13-point-five", 13.5), ("point-one", 0.1), ("twenty-one", 21.0)],
)
def test_numbers_in_digits_words_and_spoken_decimals(text, value):
    assert read_number(text) == value


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Outbound sales were down two percent.", [(-2.0, "down two percent")]),
        ("Steel sales dipped five-point-one percent.", [(-5.1, "dipped five-point-one percent")]),
        ("Shipments fell 12-point-four percent.", [(-12.4, "fell 12-point-four percent")]),
        ("Purchases were down point-one percent.", [(-0.1, "down point-one percent")]),
    ],
)
def test_regression_spoken_percentages_are_changes(sentence, expected):
    assert changes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, pct",
    [
        ("Exports skidded 4.2 percent.", -4.2),
        ("Car shipments tanked 19 percent.", -19.0),
        ("Imports shed 3.3 percent.", -3.3),
        ("Sales to Chile were plummeting 8 percent.", -8.0),
        ("Chip exports kept adding 6 percent a month.", 6.0),
        ("Purchases were ballooning 40 percent.", 40.0),
    ],
)
def test_regression_every_tense_of_a_change_verb(sentence, pct):
    assert [c[0] for c in changes(sentence)] == [pct]


def test_regression_an_article_between_the_verb_and_the_number():
    assert changes("Imports dropped an annual of 4.75 per cent.") == [(-4.75, "dropped an annual of 4.75 per cent")]


@pytest.mark.parametrize(
    "sentence, pcts",
    [
        ("Fuel exports rose $210m (3%) and metal exports fell $95m (11%).", [3.0, -11.0]),
        ("Debits grew on a $7.5b (4%) increase in goods.", [4.0]),
        ("Services debits decreased $1.2 billion or 0.6 percent.", [-0.6]),
        ("The deficit widened $9.1 billion, or 5.5 percent, from a year earlier.", [5.5]),
        ("Balance: $41.0 Billion -1.8% Exports: $190.2 Billion +0.7%", [-1.8, 0.7]),
    ],
)
def test_regression_a_change_given_as_an_amount_and_a_percentage(sentence, pcts):
    assert [c[0] for c in changes(sentence)] == pcts


@pytest.mark.parametrize(
    "sentence, pct",
    [
        ("Trade jumped by seven times to $12 million.", 600.0),
        ("Trade grew by a factor of four.", 300.0),
        ("Shipments soared more than 30 times to $80,000.", 2900.0),
        ("Iceland bought more (by 3.5 times, to $2 million).", 250.0),
        ("Imports almost triple in first half", 200.0),
        ("Shipments fell almost a quarter in May.", -25.0),
        ("Exports rose by a third.", 33.3),
    ],
)
def test_regression_multiples_and_fractions_as_the_verb_of_change(sentence, pct):
    assert [c[0] for c in changes(sentence)] == [pct]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cars sold 1.8 times more than the year before.",  # a ratio of two levels
        "The gap saw a reduction of more than fourfold.",  # an n-fold reduction
        "Private firms took up 31.5 percent of the total.",  # a share
        "Electronics made up about a third of shipments.",  # a share
    ],
)
def test_regression_level_ratios_shares_and_reductions_are_not_changes(sentence):
    assert changes(sentence) == []


def test_regression_a_comma_list_of_changes_keeps_the_first_ones_direction():
    assert [c[0] for c in changes("Trade with the three rose 18.2%, 9.4%, and 2.6% respectively.")] == [18.2, 9.4, 2.6]


# ------------------------------------------------------------ bases
def test_regression_a_story_that_opens_month_on_month_keeps_that_base():
    text = "Exports fell 3% from the previous month, the ministry said. Imports rose 1%."
    assert article_compares_previous(text)
    assert not article_compares_previous("Exports fell 3% on-year. Imports rose 1% from the previous month.")


def test_regression_a_headline_line_does_not_open_the_story():
    text = "Exports slip 3 pct in March\nTOKYO - Exports fell 3% from the previous month, data showed."
    assert article_compares_previous(text)


def test_regression_a_release_declaring_its_basis():
    assert article_compares_previous("All figures are in euros and seasonally adjusted. Exports rose 2.0%.")
    assert article_compares_previous("Movements compare March with February. Exports rose 2.0%.")
    assert not article_compares_previous("Partner data are not seasonally adjusted. Exports rose 2.0%.")


def test_regression_seasonally_adjusted_changes_compare_with_the_month_before(nlp):
    text = "In seasonally adjusted terms, South Korea's exports rose 2.4% to $9.1 billion in March."
    assert claims(nlp, text) == [(2.4, "export", "KOR", "W00", "2025-03", "2025-02")]


def test_regression_later_changes_of_a_month_on_month_story(nlp):
    text = (
        "South Korea's exports fell 4.0% from the previous month to $6.2 billion in March, the ministry said. "
        "Imports rose 1.5% to $5.9 billion."
    )
    bases = {c[1]: c[5] for c in claims(nlp, text)}
    assert bases == {"export": "2025-02", "import": "2025-02"}


# ------------------------------------------------------------ restatements
def claim(pct, period, economy="PER", partner="W00", flow="export", start=0):
    base = period.shift(years=-1) if period else None
    return FoundClaim(pct, None, flow, economy, partner, period, base, start=start)


HEADLINE = (
    "Peru exports slump 14 pct\nPeru's exports fell 14 percent in April, data showed. Copper exports fell 14 percent."
)


def test_regression_a_headline_change_restated_in_the_body_is_one_claim():
    april = Period.of_month(2025, 4)
    headline, body = claim(-14.0, None, start=19), claim(-14.0, april, start=40)
    assert settle_claims([headline, body], HEADLINE) == [body]


def test_regression_two_products_changing_alike_are_two_claims():
    april = Period.of_month(2025, 4)
    total, copper = claim(-14.0, april, start=40), claim(-14.0, april, start=HEADLINE.index("fell 14 percent."))
    assert settle_claims([total, copper], HEADLINE) == [total, copper]


def test_a_restatement_with_another_value_is_a_claim_of_its_own():
    april = Period.of_month(2025, 4)
    assert len(settle_claims([claim(-15.0, april), claim(-14.5, april)])) == 2
    assert not restates(claim(-14.0, april), claim(-14.0, april, partner="USA"))
    assert restates(claim(8.0, april, "PER", "CHL", "total"), claim(8.0, april, "CHL", "PER", "total"))


# ------------------------------------------------------------ the series a change is about
def test_regression_a_noun_of_change_names_its_series_after_it(nlp):
    text = (
        "South Korea's trade deficit with the world reached $2.1 billion in March. "
        "The shortfall came despite a 6.5 percent increase in exports."
    )
    assert (6.5, "export", "KOR", "W00", "2025-03", "2024-03") in claims(nlp, text)


def test_regression_a_change_is_its_own_flow_words_not_the_figure_beside_it(nlp):
    text = "In March, South Korea's imports fell 2.2% on-year, leaving a trade surplus of $4.1 billion."
    assert [c[:2] for c in claims(nlp, text)] == [(-2.2, "import")]


def test_regression_the_other_flow_of_an_elliptical_clause_keeps_the_partner(nlp):
    text = "In 2024, South Korea's exports to Vietnam dropped 12.5 percent, while imports grew 8.25 percent."
    assert {c[0]: c[1:4] for c in claims(nlp, text)} == {
        -12.5: ("export", "KOR", "VNM"),
        8.25: ("import", "KOR", "VNM"),
    }


def test_regression_overall_names_the_world_in_an_elliptical_clause(nlp):
    text = (
        "South Korea's exports to Vietnam dropped 12.5 percent in 2024. "
        "Overall exports fell 3.5% and imports 2.25% in 2024, the ministry said."
    )
    found = {c[0]: c[1:4] for c in claims(nlp, text)}
    assert found[-3.5] == ("export", "KOR", "W00")


# ------------------------------------------------------------ a change's own period
def test_regression_a_change_named_with_its_own_earlier_month(nlp):
    text = "South Korea's exports rose 4.75% to $52 billion in April, slowing from a 9.25% increase in March."
    found = {c[0]: c[4:] for c in claims(nlp, text)}
    assert found == {4.75: ("2025-04", "2024-04"), 9.25: ("2025-03", "2024-03")}


def test_regression_a_decline_the_previous_month(nlp):
    text = "South Korea's exports slid 6.5 percent in April following a 12.75 percent decline the previous month."
    found = {c[0]: c[4:] for c in claims(nlp, text)}
    assert found == {-6.5: ("2025-04", "2024-04"), -12.75: ("2025-03", "2024-03")}


def test_regression_a_months_own_growth_before_the_change(nlp):
    text = "In April, South Korea's exports to Vietnam rose 5.5 percent after March's growth of 3.25 percent."
    assert {c[0]: c[4] for c in claims(nlp, text)} == {5.5: "2025-04", 3.25: "2025-03"}


def test_a_period_after_a_comparison_word_is_its_base_not_its_period(nlp):
    text = "South Korea's exports reached $50 billion in April, about 5.5% above March."
    assert {c[0]: c[4:] for c in claims(nlp, text)} == {5.5: ("2025-04", "2025-03")}


def test_regression_a_figure_past_the_next_change_is_that_changes(nlp):
    text = "In December, South Korea's exports went up 5.5 percent, though they fell 7.25 percent to $600 billion for 2024."
    found = {c[0]: c[4] for c in claims(nlp, text)}
    assert found[5.5] == "2024-12"


def test_regression_a_headline_change_takes_the_period_its_series_is_given_for():
    april = Period.of_month(2025, 4)
    headline, body = claim(-15.0, None, start=19), claim(-14.5, april, start=40)
    assert [c.period for c in settle_claims([headline, body], HEADLINE)] == [april, april]


def test_regression_a_noun_of_change_after_this_names_its_own_series(nlp):
    text = (
        "South Korea's trade deficit widened to $3.1 billion in 2024. This outpaced a 7.25 percent increase in exports."
    )
    assert [c[:2] for c in claims(nlp, text) if c[0] == 7.25] == [(7.25, "export")]


def test_regression_a_surge_of_n_percent_in_a_named_flow(nlp):
    text = (
        "South Korea's trade deficit narrowed to $1.2 billion in March. "
        "A surge of nearly 30 percent in South Korea's exports to Vietnam helped."
    )
    assert [c[:4] for c in claims(nlp, text)] == [(30.0, "export", "KOR", "VNM")]


# ------------------------------------------------------------ changes that are not of a trade value
@pytest.mark.parametrize(
    "text",
    [
        "South Korea's car exports to Vietnam fell 6.5% in value but rose 3.25% in volume in March.",
        "By volume, South Korea's car exports to Vietnam shrank 3.25 percent in March.",
        "South Korea's export volumes grew 3.25 percent in March while their value fell 6.5 percent.",
        "South Korea's rice imports dropped by 3.25 percent or 12 million tons in March.",
        "South Korea's current account surplus rose to a high in March, up 3.25 percent.",
    ],
)
def test_regression_volume_real_terms_and_non_trade_changes_are_not_claims(nlp, text):
    assert 3.25 not in [c[0] for c in claims(nlp, text)]


@pytest.mark.parametrize(
    "sentence, pcts",
    [
        ("It was far below the 7.5 percent and 9.25 percent contractions of spring.", [-7.5, -9.25]),
        ("Imports from Chile went up only 4.75 percent.", [4.75]),
        ("Strong sales helped the country halve its deficit.", [-50.0]),
    ],
)
def test_regression_lists_before_a_shared_noun_adverbs_and_halve(sentence, pcts):
    assert [c[0] for c in changes(sentence)] == pcts


def test_regression_periods_listed_with_respectively(nlp):
    text = (
        "South Korea's exports fell 2.5 percent in April, less than the 7.25 percent and "
        "9.75 percent contractions seen in March and February, respectively."
    )
    found = {c[0]: c[4] for c in claims(nlp, text)}
    assert found == {-2.5: "2025-04", -7.25: "2025-03", -9.75: "2025-02"}


def test_regression_halving_a_deficit_is_a_change_of_the_balance(nlp):
    text = "In April, strong exports helped South Korea halve its trade deficit with Vietnam to $1.1 billion."
    assert [c[:2] for c in claims(nlp, text)] == [(-50.0, "balance")]


def test_regression_a_flow_after_a_world_figure_stays_with_the_world(nlp):
    text = (
        "South Korea's exports to Vietnam fell 12.5% in April. "
        "South Korea's worldwide exports were 4.75% higher than a year earlier in April. "
        "Imports grew 2.25% in April."
    )
    found = {c[0]: c[1:4] for c in claims(nlp, text)}
    assert found[2.25] == ("import", "KOR", "W00")


def test_regression_a_seasonally_adjusted_paragraph_compares_with_the_month_before(nlp):
    text = (
        "In seasonally adjusted terms, South Korea's exports rose 2.5% to $50 billion in April. "
        "South Korea's imports fell 1.25% to $45 billion in April."
    )
    assert {c[1]: c[5] for c in claims(nlp, text)} == {"export": "2025-03", "import": "2025-03"}


def test_regression_a_tariff_earlier_in_the_sentence_does_not_make_a_change_a_price(nlp):
    text = (
        "South Korea's exports to Vietnam fell 12.5 percent in April as tariffs began to bite, "
        "with data showing car shipments were down more than a quarter."
    )
    assert -25.0 in [c[0] for c in claims(nlp, text)]


def test_regression_a_change_over_a_named_span(nlp):
    text = "South Korea's exports to Vietnam roughly tripled between 2019 and 2023, the ministry said."
    assert [c[4:] for c in claims(nlp, text)] == [("2023", "2019")]


def test_regression_a_change_about_a_bloc_without_a_code_is_not_a_claim(nlp):
    text = (
        "In 2023, South Korea's trade with Mexico came to $30 billion, a gain of 4.5 percent, "
        "and trade with the ASEAN bloc grew by 2.75 percent."
    )
    assert [c[0] for c in claims(nlp, text)] == [4.5]


def test_regression_a_whereas_clause_names_its_own_figure(nlp):
    text = (
        "In 2024, South Korea's trade with Japan increased by 2.5 percent year-on-year, hitting $70 billion, "
        "whereas that trade with Vietnam fell 4.25 percent year-on-year to $60 billion."
    )
    assert {c[0]: c[2:4] for c in claims(nlp, text)} == {2.5: ("KOR", "JPN"), -4.25: ("KOR", "VNM")}


def test_regression_a_span_the_sentence_before_spoke_of_holds_for_the_next_changes(nlp):
    text = (
        "South Korea's exports rose 2.5% in November. "
        "In the first 11 months of this year, South Korea's exports to Japan fell 9.25%. "
        "South Korea's exports to Vietnam increased by 4.75%."
    )
    found = {c[0]: c[4] for c in claims(nlp, text, published="2025-12-10")}
    assert found[4.75] == "2025-01/2025-11"


def test_regression_the_last_item_of_a_list_may_drop_its_unit():
    sentence = "Their surpluses shrank 9.5 percent, 4.25 percent and 2.75 in the first half."
    assert [c[0] for c in changes(sentence)] == [-9.5, -4.25, -2.75]
    assert [c[0] for c in changes("Exports rose 5% and 2 firms closed.")] == [5.0]


def test_regression_a_list_of_economies_and_a_list_of_changes_pair_up(nlp):
    text = (
        "In 2024, Japan, Vietnam and India saw their trade surpluses with South Korea "
        "decrease 9.5 percent, 4.25 percent and 2.75 percent."
    )
    found = {c[0]: c[1:4] for c in claims(nlp, text)}
    assert found == {
        -9.5: ("balance", "JPN", "KOR"),
        -4.25: ("balance", "VNM", "KOR"),
        -2.75: ("balance", "IND", "KOR"),
    }


def test_regression_listed_partners_of_an_economy_named_beside_the_list(nlp):
    text = (
        "In 2024, Vietnam, Japan, and India were South Korea's top trade partners, "
        "with turnover up 12.5%, 6.25%, and 3.75% respectively."
    )
    found = {c[0]: {c[2], c[3]} for c in claims(nlp, text)}
    assert found == {12.5: {"VNM", "KOR"}, 6.25: {"JPN", "KOR"}, 3.75: {"IND", "KOR"}}


def test_regression_the_world_is_never_the_owner_of_a_change(nlp):
    text = (
        "South Korea's exports fell 2.5 percent in 2024. Exports of steel contracted 7.25 percent "
        "on the decline in global steel prices."
    )
    found = {c[0]: c[2] for c in claims(nlp, text)}
    assert found[-7.25] == "KOR"
