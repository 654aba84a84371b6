"""Change claims read from the dependency parse (issue 13): which stated
changes are claims at all, and of which series. Every sentence here is
ours; none is copied from an article."""

from extractor.assemble import extract_text
from extractor.facts.change_mood import forecast_path

PUB = "2022-05-20"


def claims(nlp, text, published=PUB):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [
        (r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"], r["base_period_label"])
        for r in rows
    ]


# ------------------------------------------------------------ forecasts
def test_regression_change_under_likely_is_a_forecast(nlp):
    text = "Peruvian exports are likely to see a 31 percent increase in June, the exporters' head said."
    assert claims(nlp, text) == []


def test_regression_change_under_noun_of_prediction_is_not_a_claim(nlp):
    text = (
        "Japan's exports rose 12.5% in April, well above the survey's prediction of a 4.4% increase, "
        "the central bank said."
    )
    assert [c[0] for c in claims(nlp, text)] == [12.5]


def test_regression_change_with_participle_of_expectation_is_not_a_claim(nlp):
    text = "Japan's imports rose 6.1% in April to $7.2 billion, short of the 9.3% gain predicted by economists."
    assert [c[0] for c in claims(nlp, text)] == [6.1]


def test_regression_modal_change_is_a_forecast(nlp):
    assert claims(nlp, "Japan's exports to Peru will climb 8 percent in 2023, the ministry said.") == []


def test_change_that_happened_stays_a_claim_beside_expectations(nlp):
    rows = claims(nlp, "Japan's exports rose 4 percent in April, more than analysts had expected.")
    assert [c[:2] for c in rows] == [(4.0, "export")]


def test_estimated_past_change_stays_a_claim(nlp):
    text = "Japan's exports rose 4 percent in April, slowing from an estimated 7.5 percent rise in March."
    assert sorted(c[0] for c in claims(nlp, text)) == [4.0, 7.5]


def test_forecast_path_reads_a_verb_under_a_word_of_guessing():
    # "imports are expected to rise 3 percent": the change hangs on "rise" under "expected"
    words = ["imports", "are", "expected", "to", "rise", "3", "percent"]
    heads = [2, 2, 2, 4, 2, 6, 4]
    tags = ["NNS", "VBP", "VBN", "TO", "VB", "CD", "NN"]
    deps = ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "nummod", "npadvmod"]
    assert forecast_path(4, heads, tags, deps, words)
    words[2] = "said"
    assert not forecast_path(4, heads, tags, deps, words)


# ------------------------------------------------------------ coordinated flows
def test_regression_exports_and_imports_distribute_over_a_list_of_changes(nlp):
    text = "Peru's merchandise exports and imports both posted steep drops in 2021, down 10.5% and 8.5%, respectively."
    assert [c[:4] for c in claims(nlp, text)] == [(-10.5, "export", "PER", "W00"), (-8.5, "import", "PER", "W00")]


def test_coordinated_flows_without_respectively(nlp):
    rows = claims(nlp, "Peru's imports and exports fell 6% and 4% in 2021.")
    assert [c[:2] for c in rows] == [(-6.0, "import"), (-4.0, "export")]


def test_one_flow_with_a_list_of_changes_keeps_its_flow(nlp):
    rows = claims(nlp, "Peru's exports of copper and zinc fell 6% and 4% in 2021, respectively.")
    assert [c[:2] for c in rows] == [(-6.0, "export"), (-4.0, "export")]


# ------------------------------------------------------------ real terms
def test_regression_real_terms_with_a_bracketed_aside_are_no_claims(nlp):
    text = "In real (volume) terms, Peru's exports and imports fell by 4.5% and 7.2% in 2021, respectively."
    assert claims(nlp, text) == []


def test_regression_real_goods_exports_are_no_claim(nlp):
    text = "Peru's real goods exports, excluding gold, were 6.5 per cent lower in May than a year earlier."
    assert claims(nlp, text) == []


# ------------------------------------------------------------ the series of a change
def test_regression_a_new_subject_with_its_own_partner_takes_the_change_from_the_figure(nlp):
    text = (
        "Peru's exports in the first half grew 6.1 per cent to US$19.8 billion on the year "
        "while shipments to Japan jumped 23.6 per cent."
    )
    rows = claims(nlp, text)
    assert [c[:4] for c in rows] == [(6.1, "export", "PER", "W00"), (23.6, "export", "PER", "JPN")]


def test_regression_gapped_clause_with_a_bare_economy_is_the_next_partner(nlp):
    text = "Peru's exports in the second half grew as shipments to Japan climbed 19.3 per cent and Canada rose 12.6 per cent."
    assert [c[:4] for c in claims(nlp, text)] == [(19.3, "export", "PER", "JPN"), (12.6, "export", "PER", "CAN")]


def test_a_second_owner_with_its_own_flow_word_is_not_a_gapped_partner(nlp):
    text = "Peru's exports to Chile rose 5 per cent and Brazil's exports to Chile fell 3 percent in May."
    assert [c[:4] for c in claims(nlp, text)] == [(5.0, "export", "PER", "CHL"), (-3.0, "export", "BRA", "CHL")]


# ------------------------------------------------------------ the period of a change
def test_regression_period_of_the_changes_subject_not_of_a_preposed_phrase(nlp):
    text = "Despite a rebound from the deep slide in March, Peru's exports in June were still 8 percent lower year-on-year."
    assert [c[4] for c in claims(nlp, text, published="2021-09-01")] == ["2021-06"]


def test_period_after_a_base_word_is_no_subjects_period(nlp):
    text = "Peru's exports were worth $5.1 billion in May. In the first half, exports were 5.4% down on last year."
    rows = claims(nlp, text, published="2021-09-01")
    assert [c[4] for c in rows] == ["2021-H1"]


def test_period_in_brackets_before_the_change_is_no_subjects_period(nlp):
    text = (
        "Peru's exports were worth $5.1 billion in May. Exports to Chile (a market that grew fast in 2019) "
        "rose 2.2% in the first half."
    )
    assert [c[4] for c in claims(nlp, text, published="2021-09-01")] == ["2021-H1"]


# ------------------------------------------------------------ elliptical twins
def test_regression_elliptical_twin_after_a_base_with_its_abbreviation():
    from extractor.normalize.changes import find_changes

    text = "In May, exports grew by 5.3 percent year-on-year (yoy) to $9.1 billion and imports by 6.7 percent yoy."
    assert [c.pct for c in find_changes(text)] == [5.3, 6.7]
