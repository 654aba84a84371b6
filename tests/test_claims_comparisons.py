"""A change compared with an earlier change of the same series (issue 13,
real-text shapes): "rose 9.1%, slowing from 12.5% in April", "faster than
the 11.3% seen in the previous month", "since the 7.4% decline logged in
March 2019". The earlier change is a claim of its own, in the period its own
words give; that period is not the later change's. Every sentence here is
ours; none is copied from an article."""

from extractor.assemble import extract_text
from extractor.normalize.changes import find_changes


def claims(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [(r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"]) for r in rows]


def bare(text):
    return [(c.pct, text[c.start : c.end]) for c in find_changes(text)]


# ------------------------------------------------------------ candidates
def test_regression_bare_size_after_a_verb_of_pace_is_an_earlier_change():
    text = "Exports rose 9.1 percent on-year, slowing from 12.5 percent in April."
    assert bare(text) == [(9.1, "rose 9.1 percent"), (12.5, "12.5 percent")]


def test_earlier_change_takes_the_direction_of_the_change_it_is_compared_with():
    text = "Imports fell 4% in June, slower than the 6% of May and easing from a revised 7.5% in April."
    assert [c[0] for c in bare(text)] == [-4.0, -7.5]  # "the 6% of May" may be a share: not read


def test_bare_size_after_a_verb_of_pace_with_no_change_before_is_no_change():
    assert bare("The jobless rate is 5%, slowing from 7% a year ago.") == []


# ------------------------------------------------------------ periods
def test_regression_earlier_change_is_a_claim_in_its_own_period(nlp):
    text = (
        "Peru's exports rose in May, the agency said. Peru's exports to Chile rose 9.1 percent "
        "year-on-year, slowing from 12.5 percent in April, the agency said."
    )
    assert claims(nlp, text, "2022-06-20") == [
        (9.1, "export", "PER", "CHL", "2022-05"),
        (12.5, "export", "PER", "CHL", "2022-04"),
    ]


def test_regression_period_of_a_trailing_clause_is_not_the_change_before_it(nlp):
    # the parse puts "in April" in the clause of "helped", which opens after the change
    text = (
        "Peru's exports rose in May, the agency said. Peru's exports to Chile rose 9.1 percent "
        "year-on-year, helped by copper sales that peaked in April."
    )
    assert claims(nlp, text, "2022-06-20") == [(9.1, "export", "PER", "CHL", "2022-05")]


def test_regression_period_hung_on_a_change_by_a_participle_is_its_own(nlp):
    text = "Peru's imports rose 18.2% to $4.1 billion in June, faster than the 11.3% seen in the previous month."
    assert claims(nlp, text, "2022-07-20") == [
        (18.2, "import", "PER", "W00", "2022-06"),
        (11.3, "import", "PER", "W00", "2022-05"),
    ]


def test_regression_noun_change_logged_in_a_period_is_of_that_period(nlp):
    text = (
        "Peru's exports fell 6.1% to $4.1 billion in June from a year earlier. "
        "It was the worst drop since the 7.4% decline logged in March 2019."
    )
    assert (-7.4, "export", "PER", "W00", "2019-03") in claims(nlp, text, "2022-07-20")


# ------------------------------------------------------------ fronted comparisons
def test_regression_figure_in_a_fronted_comparison_is_the_base_not_the_changed_figure(nlp):
    text = (
        "Peru's trade balance improved in March. Compared with the $1.2-billion trade gap in February, "
        "the March balance contracted by 30.2 percent."
    )
    rows = extract_text(text, published="2017-05-10", nlp=nlp).rows()["change_claims"]
    assert [(r["pct_change"], r["flow"], r["period_label"], r["base_period_label"]) for r in rows] == [
        (-30.2, "balance", "2017-03", "2017-02")
    ]


def test_regression_list_item_after_a_participle_hung_period_is_a_change_too():
    text = (
        "The fuel bill climbed 21.3% in August, faster than the 9.8% seen in the prior month and 13.5% in August 2020."
    )
    assert [c.pct for c in find_changes(text)] == [21.3, 9.8, 13.5]
