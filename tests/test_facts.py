"""Trade facts and change claims through the real pipeline, one wording per
test. Sentences are ours; published dates fix relative periods."""

import pytest

from extractor.assemble import extract_text

PUB = "2025-05-20"


def facts(nlp, text, published=PUB):
    return extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]


def claims(nlp, text, published=PUB):
    return extract_text(text, published=published, nlp=nlp).rows()["change_claims"]


def one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def shape(f):
    return (f["flow"], f["economy"], f["partner"], f["period_label"])


# ------------------------------------------------------------------ flow wordings
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trade between North Korea and China reached $222.1 million in April.",
            ("total", "PRK", "CHN", "2025-04"),
        ),
        (
            "Bilateral trade between Seoul and Tokyo came to $6.8 billion in March.",
            ("total", "KOR", "JPN", "2025-03"),
        ),
        ("China-Russia trade hit $21 billion in April.", ("total", "CHN", "RUS", "2025-04")),
        (
            "Japan's trade with the EU totaled $11 billion in the first quarter.",
            ("total", "JPN", "EUU", "2025-Q1"),
        ),
        (
            "China's exports to North Korea rose to $186.4 million in April.",
            ("export", "CHN", "PRK", "2025-04"),
        ),
        (
            "North Korea imported $186.4 million worth of goods from China in April.",
            ("import", "PRK", "CHN", "2025-04"),
        ),
        (
            "Shipments from China to North Korea totaled $150 million in March.",
            ("export", "CHN", "PRK", "2025-03"),
        ),
        (
            "Pyongyang's purchases from Beijing amounted to $90 million in March.",
            ("import", "PRK", "CHN", "2025-03"),
        ),
        (
            "Russia exported $5 billion worth of goods to China in 2024.",
            ("export", "RUS", "CHN", "2024"),
        ),
        (
            "Chinese imports from Russia stood at $10.2 billion in April.",
            ("import", "CHN", "RUS", "2025-04"),
        ),
        (
            "South Korea's exports to the US fell to $10.1 billion in April.",
            ("export", "KOR", "USA", "2025-04"),
        ),
    ],
)
def test_flow_wordings(nlp, text, expected):
    assert shape(one(facts(nlp, text))) == expected


def test_trade_deficit_is_negative_balance(nlp):
    f = one(facts(nlp, "South Korea's trade deficit with China reached $3 billion in the first quarter."))
    assert shape(f) == ("balance", "KOR", "CHN", "2025-Q1")
    assert f["value"] == -3e9


def test_surplus_without_partner_is_with_the_world(nlp):
    f = one(facts(nlp, "South Korea posted a trade surplus of $5.1 billion in April."))
    assert shape(f) == ("balance", "KOR", "W00", "2025-04")
    assert f["value"] == 5.1e9


def test_implicit_partner_comes_from_the_article(nlp):
    text = (
        "North Korea imported $100 million of goods from China in April. "
        "During the same period, North Korea's exports amounted to $20 million."
    )
    rows = facts(nlp, text)
    assert [shape(f) for f in rows] == [
        ("import", "PRK", "CHN", "2025-04"),
        ("export", "PRK", "CHN", "2025-04"),
    ]


def test_commodity_is_named(nlp):
    f = one(facts(nlp, "Russia exported $5 billion of crude oil to China in April."))
    assert f["commodity"] == "crude oil"


def test_source_org_is_kept(nlp):
    text = "According to China's General Administration of Customs, trade between China and North Korea reached $200 million in March."
    assert one(facts(nlp, text))["source_org"].endswith("General Administration of Customs")


# ------------------------------------------------------------------ conversions
def test_parenthetical_conversion_is_not_a_fact_of_its_own(nlp):
    f = one(
        facts(
            nlp,
            "Trade between North Korea and China reached $222.1 million (about 309 billion won) in April.",
        )
    )
    assert (f["value"], f["alt_value"], f["alt_currency"]) == (222.1e6, 309e9, "KRW")


# ------------------------------------------------------------------ not trade
@pytest.mark.parametrize(
    "text",
    [
        "Seoul pledged $8 million in humanitarian aid to North Korea in April.",
        "Chinese investment in North Korea reached $50 million last year.",
        "Coal prices at the border rose to $90 per tonne in April.",
        "Workers at the Kaesong complex earned salaries of about $150 a month.",
        "A Chinese firm was fined $2 million for breaching sanctions on North Korea.",
        "A subscription to the trade newsletter costs $500 a year.",
        "The new bridge between China and North Korea cost $350 million.",
    ],
)
def test_money_that_is_not_trade(nlp, text):
    assert facts(nlp, text) == []


def test_trade_talk_without_figures(nlp):
    assert facts(nlp, "Trade between China and North Korea is expected to recover as the border reopens.") == []


# ------------------------------------------------------------------ change claims
def test_rose_percent_to_figure(nlp):
    c = one(claims(nlp, "China's exports to Russia rose 29.1 percent to $1.67 billion in April."))
    assert (c["pct_change"], c["flow"], c["economy"], c["partner"]) == (
        29.1,
        "export",
        "CHN",
        "RUS",
    )
    assert (c["period_label"], c["base_period_label"]) == ("2025-04", "2024-04")
    assert c["fact_id"]


def test_down_on_year(nlp):
    c = one(claims(nlp, "South Korea's exports to China were $10 billion in April, down 3.1% on-year."))
    assert (c["pct_change"], c["period_label"], c["base_period_label"]) == (
        -3.1,
        "2025-04",
        "2024-04",
    )


def test_increase_compared_to_same_period_last_year(nlp):
    text = "Trade between North Korea and China reached $222.1 million in April, a 15% increase compared to the same period last year."
    c = one(claims(nlp, text))
    assert (c["pct_change"], c["period_label"], c["base_period_label"]) == (
        15.0,
        "2025-04",
        "2024-04",
    )


def test_more_than_doubled(nlp):
    c = one(claims(nlp, "North Korea's imports from China more than doubled to $180 million in March."))
    assert (c["pct_change"], c["qualifier"]) == (100.0, "more than")


def test_fell_from_a_month_earlier(nlp):
    c = one(
        claims(
            nlp,
            "China's exports to North Korea fell 24 percent from a month earlier to $120 million in March.",
        )
    )
    assert (c["pct_change"], c["period_label"], c["base_period_label"]) == (
        -24.0,
        "2025-03",
        "2025-02",
    )


def test_price_change_is_not_a_trade_claim(nlp):
    assert claims(nlp, "Rice prices in Pyongyang rose 12 percent in April.") == []


def test_parenthesised_signed_change(nlp):
    c = one(claims(nlp, "China's exports to Russia came to $9.1 billion (+4.2%) in April."))
    assert (c["pct_change"], c["flow"], c["economy"], c["partner"]) == (4.2, "export", "CHN", "RUS")


def test_n_fold_increase(nlp):
    c = one(claims(nlp, "Trade between Russia and North Korea grew ninefold to $34 million in 2023."))
    assert c["pct_change"] == 800.0


@pytest.mark.parametrize(
    "text",
    [
        "The trade ministry forecast that exports would rebound to $680 billion next year.",
        "Trade between China and Russia overshot a $200 billion goal set by their leaders.",
    ],
)
def test_forecasts_and_targets_are_not_facts(nlp, text):
    assert facts(nlp, text) == []


def test_pronoun_partner_from_the_same_sentence(nlp):
    text = "In 2023, the European Union exported goods worth €223.5 billion to China and imported goods worth €514.4 billion from it."
    rows = facts(nlp, text)
    assert [shape(f) for f in rows] == [("export", "EUU", "CHN", "2023"), ("import", "EUU", "CHN", "2023")]


def test_sentence_opening_flow_is_the_reporting_countrys(nlp):
    text = "SEOUL, March 1 (Yonhap) -- Exports reached US$52.6 billion last month. Imports rose to $48.3 billion."
    rows = facts(nlp, text, published="2025-03-01")
    assert [shape(f) for f in rows] == [("export", "KOR", "W00", "2025-02"), ("import", "KOR", "W00", "2025-02")]


def test_regression_far_period_in_another_clause_is_not_the_figures(nlp):
    text = (
        "South Korea's exports fell in 2023. South Korea posted a trade deficit of $18 billion with China, "
        "its first annual deficit with its neighbour since the two established diplomatic ties in 1992."
    )
    assert one(facts(nlp, text, published="2024-01-01"))["period_label"] == "2023"


def test_on_the_month_is_a_monthly_base(nlp):
    c = one(claims(nlp, "Germany's shipments to China slipped 4.4% on the month to €7.1 billion in March."))
    assert (c["period_label"], c["base_period_label"]) == ("2025-03", "2025-02")


def test_table_row_names_the_partner(nlp):
    text = "SEOUL, May 21 (Yonhap) -- Exports by country in April: China — Exports: $10.2 billion (+3.1%)."
    f = one(facts(nlp, text))
    assert (f["flow"], f["economy"], f["partner"]) == ("export", "KOR", "CHN")


def test_exchange_rates_are_not_trade(nlp):
    assert (
        facts(nlp, "In Sinuiju the U.S. dollar traded at 38,500 won, while one Chinese yuan bought about 5,300 won.")
        == []
    )


def test_respectively_pairs_figures_with_flows_in_order(nlp):
    text = (
        "China's exports to North Korea and its imports from it came to $2.29 billion and "
        "$370.4 million, respectively, in 2025."
    )
    rows = facts(nlp, text, published="2026-01-20")
    assert [(f["value"], *shape(f)) for f in rows] == [
        (2.29e9, "export", "CHN", "PRK", "2025"),
        (370.4e6, "import", "CHN", "PRK", "2025"),
    ]


def test_respective_changes_and_the_former(nlp):
    text = (
        "Japan bought $13.4 billion of Chinese goods in July, while China's exports to South Korea "
        "were worth $12.6 billion, up 3.3 percent and 1.5 percent, respectively."
    )
    rows = claims(nlp, text, published="2025-08-20")
    assert [(c["pct_change"], c["flow"], c["economy"], c["partner"]) for c in rows] == [
        (3.3, "import", "JPN", "CHN"),
        (1.5, "export", "CHN", "KOR"),
    ]


# ------------------------------------------------------------------ context across sentences
def test_the_two_countries_are_the_pair_just_spoken_of(nlp):
    text = (
        "China's exports to the United States fell to $31.2 billion in March. "
        "Shipments to North Korea rose to $197.95 million in March. "
        "In the first quarter, trade between the two countries totalled $509.3 million."
    )
    rows = facts(nlp, text)
    last = [f for f in rows if f["value"] == 509300000][0]
    assert {last["economy"], last["partner"]} == {"CHN", "PRK"}
    assert last["flow"] == "total"


@pytest.mark.parametrize(
    "second",
    [
        "while shipments in the opposite direction were valued at $136 million.",
        "and sold $22.58 million worth of its own products in return.",
    ],
)
def test_goods_going_the_other_way(nlp, second):
    text = f"In March, North Korea bought $894 million of goods from China, {second}"
    rows = facts(nlp, text)
    back = [f for f in rows if f["value"] in (136000000, 22580000)]
    assert [shape(f) for f in back] == [("export", "PRK", "CHN", "2025-03")]


def test_fiscal_year_figures(nlp):
    text = (
        "In the fiscal year that ended in March, India imported goods worth $61.4 billion from Russia, "
        "up 33 percent from $46.2 billion in 2022-23."
    )
    rows = facts(nlp, text, published="2024-05-20")
    assert sorted((f["value"], f["period_label"]) for f in rows) == [
        (46200000000, "2022-04/2023-03"),
        (61400000000, "2023-04/2024-03"),
    ]
    (claim,) = claims(nlp, text, published="2024-05-20")
    assert (claim["pct_change"], claim["period_label"], claim["base_period_label"]) == (
        33.0,
        "2023-04/2024-03",
        "2022-04/2023-03",
    )


# ------------------------------------------------------------------ bases of changes
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "China's exports to North Korea were $299.9 million in April, 8.3 percent below the $326.9 million "
            "shipped in March.",
            (-8.3, "2025-04", "2025-03"),
        ),
        (
            "China's exports to North Korea more than doubled to $197.95 million in April from $89.03 million "
            "in February.",
            (100.0, "2025-04", "2025-02"),
        ),
        (
            "China shipped $219.4 million of goods into North Korea in April, about 5.6% above March.",
            (5.6, "2025-04", "2025-03"),
        ),
    ],
)
def test_base_is_the_period_the_change_started_from(nlp, text, expected):
    (claim,) = claims(nlp, text)
    assert (claim["pct_change"], claim["period_label"], claim["base_period_label"]) == expected


def test_that_was_up_from_an_earlier_figure_is_the_last_sentences_change(nlp):
    text = (
        "Trade between China and North Korea came to $188.2 million in April. "
        "That was up 9.7 percent from $171.6 million in March."
    )
    (claim,) = claims(nlp, text)
    assert (claim["pct_change"], claim["period_label"], claim["base_period_label"]) == (9.7, "2025-04", "2025-03")


def test_regression_a_goal_set_for_next_year_does_not_move_the_focus(nlp):
    text = (
        "China's trade with Russia hit a record in 2023. "
        "Trade with Russia jumped 26.3 percent to $240.1 billion, surpassing a goal the two governments "
        "had set for 2024. China's exports to Russia were $110.97 billion."
    )
    rows = facts(nlp, text, published="2024-01-18")
    assert {f["period_label"] for f in rows} == {"2023"}


def test_trade_a_year_earlier_continues_the_articles_pair(nlp):
    text = (
        "North Korea's trade with China rose in October. Bilateral trade came to $283.2 million in October. "
        "China's exports to the North hit $252.6 million, while North Korea's exports reached $30.6 million. "
        "The monthly total was up 36.1 percent from a year earlier, when trade stood at $208.1 million."
    )
    rows = facts(nlp, text)
    earlier = one([f for f in rows if f["value"] == 208100000])
    assert (earlier["flow"], {earlier["economy"], earlier["partner"]}) == ("total", {"PRK", "CHN"})


def test_regression_the_datelines_city_does_not_make_the_articles_pair(nlp):
    # "SEOUL" and one "South Korea" used to outnumber the two "North Korea"s.
    text = (
        "SEOUL, Nov. 20 (Yonhap) -- North Korea's trade with China rose in October, Chinese data showed. "
        "Bilateral trade amounted to $283.2 million. North Korea's imports of fabric led the rise. "
        "China's imports from South Korea came to $15.6 billion."
    )
    rows = facts(nlp, text, published="2025-11-20")
    bilateral = one([f for f in rows if f["value"] == 283200000])
    assert {bilateral["economy"], bilateral["partner"]} == {"PRK", "CHN"}


# ------------------------------------------------------------------ clauses of one sentence
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "China's trade with the United States fell 11.6 percent to $664.5 billion in April, "
            "and trade with the EU dropped 7.1 percent to $782.9 billion.",
            [("total", "CHN", "USA"), ("total", "CHN", "EUU")],
        ),
        (
            "China's trade with Japan, at $152.4 billion in April, was roughly flat, "
            "and exports to South Korea fell 2.8 percent to $70.1 billion.",
            [("total", "CHN", "JPN"), ("export", "CHN", "KOR")],
        ),
        (
            "China's exports to Russia and imports from it were $110.97 billion and $129.14 billion in April, "
            "respectively.",
            [("export", "CHN", "RUS"), ("import", "CHN", "RUS")],
        ),
        (
            "China's trade with Russia was worth $19.2 billion in April, and China's imports from Japan and "
            "South Korea came to $13.2 billion and $15.6 billion, respectively.",
            [("total", "CHN", "RUS"), ("import", "CHN", "JPN"), ("import", "CHN", "KOR")],
        ),
    ],
)
def test_each_clause_keeps_its_own_economies(nlp, text, expected):
    assert [(f["flow"], f["economy"], f["partner"]) for f in facts(nlp, text)] == expected


def test_list_rows_with_a_colon_name_the_partner(nlp):
    text = (
        "South Korea's exports for the first 20 days of May came to $32.3 billion, down 2.4% y/y.\n\n"
        "Exports by major destination:\n— China: $7.0 billion (-4.2%)\n— United States: $5.6 billion (-8.1%)\n"
    )
    rows = facts(nlp, text)
    assert [(f["flow"], f["economy"], f["partner"]) for f in rows] == [
        ("export", "KOR", "W00"),
        ("export", "KOR", "CHN"),
        ("export", "KOR", "USA"),
    ]
    changes = [(c["pct_change"], c["base_period_label"]) for c in claims(nlp, text)]
    assert changes == [
        (-2.4, "2024-05-01/2024-05-20"),
        (-4.2, "2024-05-01/2024-05-20"),
        (-8.1, "2024-05-01/2024-05-20"),
    ]


def test_regression_over_the_same_period_is_not_a_base(nlp):
    text = (
        "South Korea's exports came to $32.3 billion in April. "
        "Imports from China rose 5.0% to $8.9 billion over the same period."
    )
    claim = one(claims(nlp, text))
    assert (claim["period_label"], claim["base_period_label"]) == ("2025-04", "2024-04")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2023, the EU's exports to China fell by 3.1% and imports by 17.9%.",
            [(-3.1, "export"), (-17.9, "import")],
        ),
        (
            "China's exports to North Korea and its imports from it came to $2.29 billion and $370.4 million in "
            "2024, respectively; the former rose 22.5 percent on the year and the latter 21 percent.",
            [(22.5, "export"), (21.0, "import")],
        ),
    ],
)
def test_elliptical_second_change(nlp, text, expected):
    assert [(c["pct_change"], c["flow"]) for c in claims(nlp, text)] == expected


def test_regression_a_period_inside_a_clause_does_not_open_the_sentence(nlp):
    text = (
        "Trade between China and North Korea came to $2.66 billion in 2025. "
        "It remains below 2019's $2.79 billion. "
        "China's exports to the North came to $2.29 billion."
    )
    last = one([f for f in facts(nlp, text, published="2026-01-28") if f["value"] == 2290000000])
    assert last["period_label"] == "2025"


@pytest.mark.parametrize(
    "second",
    [
        "The monthly total was up 36.1 percent from a year earlier, when trade stood at $208.1 million.",
        "Compared with April last year, when bilateral trade stood at $208.1 million, the figure was up 36.1 percent.",
    ],
)
def test_a_when_clause_figure_is_the_base_not_the_change(nlp, second):
    text = f"Trade between North Korea and China came to $283.2 million in April. {second}"
    claim = one(claims(nlp, text))
    assert (claim["pct_change"], claim["flow"], claim["period_label"], claim["base_period_label"]) == (
        36.1,
        "total",
        "2025-04",
        "2024-04",
    )


def test_regression_a_later_clauses_period_is_not_the_figures(nlp):
    text = (
        "China's trade with Russia in September was weaker. Two-way trade with Russia fell 3.9 percent to "
        "$20.2 billion, bringing the total for the first nine months of 2024 to $181.2 billion."
    )
    assert [f["period_label"] for f in facts(nlp, text)] == ["2024-09", "2024-01/2024-09"]


@pytest.mark.parametrize(
    "partner_words",
    ["the Asian country", "the world's second-largest economy", "the country", "its biggest trading partner"],
)
def test_a_partner_named_by_description_is_the_one_in_hand(nlp, partner_words):
    text = (
        f"Brazil's exports to China rose 4% to $94.4 billion in 2024. "
        f"Imports from {partner_words} rose 18.1% to $63.6 billion."
    )
    rows = facts(nlp, text)
    assert [(f["flow"], f["economy"], f["partner"]) for f in rows] == [
        ("export", "BRA", "CHN"),
        ("import", "BRA", "CHN"),
    ]


def test_regression_a_figure_a_year_before_is_not_a_yearly_rate(nlp):
    text = (
        "South Korea's exports to Japan rose 3% to $14.6 billion in the first half, while imports from Japan fell "
        "to $23.0 billion. The deficit with Japan was $8.4 billion, compared with $9.2 billion a year before."
    )
    rows = facts(nlp, text)
    assert [(f["value"], f["flow"], f["period_label"]) for f in rows] == [
        (14600000000, "export", "2025-H1"),
        (23000000000, "import", "2025-H1"),
        (-8400000000, "balance", "2025-H1"),
        (-9200000000, "balance", "2024-H1"),
    ]


@pytest.mark.parametrize(
    "first, partner",
    [
        ("Turkish exports to Russia fell 21.6 percent to $8.6 billion in 2024", "RUS"),
        ("China's overall exports rose 1.6 percent to $300 billion in 2024", "W00"),
    ],
)
def test_the_other_flow_of_a_sentence_keeps_its_partner(nlp, first, partner):
    text = f"{first}, while imports dropped 6.5 percent to $43.6 billion."
    second = facts(nlp, text)[-1]
    assert (second["flow"], second["partner"]) == ("import", partner)


def test_a_balance_right_after_flows_with_a_partner_is_with_that_partner(nlp):
    text = (
        "South Korea's exports to Japan rose 3% to $14.6 billion in the first half, while imports from Japan fell "
        "to $23.0 billion. That left a deficit of $8.4 billion."
    )
    balance = facts(nlp, text)[-1]
    assert (balance["flow"], balance["economy"], balance["partner"], balance["value"]) == (
        "balance",
        "KOR",
        "JPN",
        -8400000000,
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Malaysia's exports came to RM128.6 billion in August. Compared with July, however, exports were "
            "down 3.1 per cent, while imports dropped 6.8 per cent.",
            [(-3.1, "2024-07"), (-6.8, "2024-07")],
        ),
        (
            "Japan's exports grew 3.6 percent from a year earlier to 9.26 trillion yen in April, up from "
            "9.06 trillion yen in March.",
            [(3.6, "2024-04")],
        ),
        (
            "Mongolia's exports came to $12 billion in April. Exports were down 9.8 percent, though they were "
            "still 38 percent higher than in April 2019.",
            [(-9.8, "2024-04"), (38.0, "2019-04")],
        ),
        (
            "Canada's exports came to $60.6 billion in April. Overall exports fell 2.5% and imports 2.8% in April "
            "from March.",
            [(-2.5, "2025-03"), (-2.8, "2025-03")],
        ),
    ],
)
def test_which_base_a_change_takes(nlp, text, expected):
    assert [(c["pct_change"], c["base_period_label"]) for c in claims(nlp, text)] == expected


def test_elliptical_change_after_a_figure(nlp):
    text = (
        "Malaysia's exports grew 1.9 per cent to RM128.6 billion in April and imports 3.0 per cent to RM115.2 billion."
    )
    assert [(c["pct_change"], c["flow"]) for c in claims(nlp, text)] == [(1.9, "export"), (3.0, "import")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Industrial production rose 9.9 percent in the quarter, and retail sales climbed 9.5 percent.",
        "The government wants exports to grow 12 percent this year.",
        "Exporters also face a stronger baht, which has gained about 7 percent against the dollar this year.",
        "The economy grew 7.1 percent in the first quarter, while GDP per head rose 6 percent.",
        "That beat the 6 percent growth forecast in a Reuters poll of economists.",
    ],
)
def test_changes_that_are_not_trade_claims(nlp, sentence):
    text = f"Thailand's exports to the United States rose to $6.1 billion in April. {sentence}"
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    "opening",
    [
        "SEJONG, Oct. 1 (Yonhap) -- Exports rose for a fourth straight month in September.",
        "WIESBADEN – Exports rose for a fourth straight month in September.",
        "South Korea's exports rose for a fourth straight month in September.",
    ],
)
def test_the_reporting_country_owns_flows_that_name_none(nlp, opening):
    text = (
        f"{opening}\n\nOutbound shipments climbed 12.7 percent on-year to $65.95 billion in September, "
        "as the U.S. tariff on cars weighed on automakers in the United States."
    )
    owner = "DEU" if opening.startswith("WIESBADEN") else "KOR"
    assert [(f["flow"], f["economy"]) for f in facts(nlp, text, published="2025-10-01")] == [("export", owner)]


def test_ranking_sentences_name_the_partners_of_the_series(nlp):
    text = (
        "Turkey's exports rose to $20.1 billion in July. Germany was again the top market, taking $2.04 billion "
        "of Turkish goods. It was followed by the United Kingdom with $1.53 billion and the United States with "
        "$1.41 billion. Those to Iraq slipped to $1.1 billion."
    )
    rows = facts(nlp, text)
    assert [(f["flow"], f["economy"], f["partner"]) for f in rows] == [
        ("export", "TUR", "W00"),
        ("export", "TUR", "DEU"),
        ("export", "TUR", "GBR"),
        ("export", "TUR", "USA"),
        ("export", "TUR", "IRQ"),
    ]


def test_after_the_worlds_figures_a_balance_is_with_the_world(nlp):
    text = (
        "China's exports to Russia rose to $20 billion in September. "
        "China's overall exports grew 8.3 percent to $328.6 billion in September. "
        "The trade surplus narrowed to $90.5 billion."
    )
    balance = facts(nlp, text)[-1]
    assert (balance["flow"], balance["economy"], balance["partner"]) == ("balance", "CHN", "W00")


def test_regression_a_base_period_after_a_figure_is_not_its_period(nlp):
    text = (
        "Brazil sold $20.0 billion of goods to the United States in the first half of 2025, up 4.4 percent on "
        "the same period of 2024, and bought $21.7 billion from it."
    )
    assert [f["period_label"] for f in facts(nlp, text)] == ["2025-H1", "2025-H1"]


def test_regression_a_fine_on_a_trade_association_is_not_trade(nlp):
    text = (
        "China's exports to the EU rose to €40 billion in March. "
        "The European Commission in April fined 15 carmakers and their trade association a total of €458 million."
    )
    assert [f["value"] for f in facts(nlp, text)] == [40000000000]


def test_respective_changes_of_a_list_of_partners(nlp):
    text = (
        "South Korea's exports came to $43 billion in April. "
        "Shipments to the European Union and Vietnam gained 19.8 percent and 11.6 percent, respectively."
    )
    assert [(c["pct_change"], c["economy"], c["partner"]) for c in claims(nlp, text)] == [
        (19.8, "KOR", "EUU"),
        (11.6, "KOR", "VNM"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "China's imports from North Korea came to $19.6 million in April. The imports were up 19.1 percent "
            "from March's $16.46 million.",
            (19.1, "2025-04", "2025-03"),
        ),
        (
            "In the July-September quarter, trade between Russia and North Korea totaled 1.1 billion rubles, down "
            "about 26 percent from 1.48 billion rubles in the previous three months.",
            (-26.0, "2024-Q3", "2024-Q2"),
        ),
        (
            "Comparing March 2025 with March 2024, Hong Kong's exports to the mainland rose 14.6% to HK$240.5 billion.",
            (14.6, "2025-03", "2024-03"),
        ),
    ],
)
def test_more_bases(nlp, text, expected):
    claim = one(claims(nlp, text))
    assert (claim["pct_change"], claim["period_label"], claim["base_period_label"]) == expected


def test_elliptical_change_after_a_coded_figure(nlp):
    text = "In April, India's exports to China rose 17.2 per cent to USD 1.4 billion and imports 14.9 per cent to USD 10.1 billion."
    assert [(c["pct_change"], c["flow"]) for c in claims(nlp, text)] == [(17.2, "export"), (14.9, "import")]


def test_an_australian_financial_year_runs_from_july(nlp):
    text = "SYDNEY – Australia's goods exports to China fell 7.9 per cent to A$181.9 billion in the 2024-25 financial year."
    assert one(facts(nlp, text, published="2025-08-05"))["period_label"] == "2024-07/2025-06"


@pytest.mark.parametrize(
    "sentence, pct, qualifier",
    [
        ("North Korea's trade with China shrank by more than half in April.", -50.0, "more than"),
        ("North Korea's exports to China fell by roughly a third in April.", -33.3, "about"),
        (
            "North Korea's trade with China came to $1.03 billion in April, more than triple the $318.2 million of "
            "March.",
            200.0,
            "more than",
        ),
    ],
)
def test_fractions_and_multiples_are_changes(nlp, sentence, pct, qualifier):
    claim = claims(nlp, sentence)[0]
    assert (claim["pct_change"], claim["qualifier"]) == (pct, qualifier)


def test_a_partner_alone_is_named_the_owner_is_the_last_possessor(nlp):
    text = (
        "Trade between North Korea and China fell to $251.2 million in November. North Korea's imports from China "
        "came to $220 million. China's country tables painted a broader picture of Beijing's trade last month. "
        "Exports to the United States fell 28.6 percent on-year to $33.8 billion."
    )
    last = facts(nlp, text)[-1]
    assert (last["flow"], last["economy"], last["partner"]) == ("export", "CHN", "USA")


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Japan logged a trade surplus of 322.3 billion yen in April after three straight months of deficits.",
            322.3e9,
        ),
        (
            "Mexico's surplus with the United States reached $171.8 billion in 2024, the second-largest U.S. deficit.",
            171.8e9,
        ),
        (
            "Japan's trade deficit narrowed to 100 billion yen in April despite a surplus with the United States.",
            -100e9,
        ),
    ],
)
def test_the_balance_word_nearest_the_figure_gives_its_sign(nlp, text, value):
    assert one(facts(nlp, text))["value"] == value


def test_inter_korean_trade_is_between_the_two_koreas(nlp):
    text = "Inter-Korean trade totaled $3.9 million in 2020, according to the Ministry of Unification."
    fact = one(facts(nlp, text))
    assert (fact["flow"], {fact["economy"], fact["partner"]}) == ("total", {"KOR", "PRK"})


def test_regression_a_year_compared_with_is_not_the_figures(nlp):
    text = (
        "North Korea's trade with China fell in 2018. Bilateral trade came to about $2.43 billion, roughly half "
        "the 2017 total."
    )
    assert one(facts(nlp, text, published="2019-01-20"))["period_label"] == "2018"


def test_a_look_back_in_the_past_perfect_does_not_move_the_focus(nlp):
    text = (
        "China's exports to North Korea rose to $240 million in August. In July they had amounted to only "
        "$194 million. Chinese imports from North Korea climbed 24.3 percent on the month to $291.34 million."
    )
    rows = facts(nlp, text, published="2016-09-20")
    assert [f["period_label"] for f in rows] == ["2016-08", "2016-07", "2016-08"]


def test_regression_the_last_full_year_before_is_not_a_period_of_its_own(nlp):
    text = "In 2021, the last full year before the invasion, bilateral trade between South Korea and Russia had reached $27.3 billion."
    assert one(facts(nlp, text, published="2025-10-20"))["period_label"] == "2021"


def test_on_the_quarter_is_a_quarterly_base(nlp):
    text = "In the third quarter, Britain's imports from the United States rose 2.1% on the quarter to £14.6 billion."
    claim = one(claims(nlp, text, published="2025-11-20"))
    assert (claim["period_label"], claim["base_period_label"]) == ("2025-Q3", "2025-Q2")


def test_a_month_alone_is_an_aside_in_a_story_about_the_year(nlp):
    text = (
        "South Korea's exports rose 8.2 percent to $683.8 billion in 2024. In December alone, exports were "
        "$61.4 billion. Semiconductor exports soared 43.9 percent to $141.9 billion."
    )
    rows = facts(nlp, text, published="2025-01-01")
    assert [f["period_label"] for f in rows] == ["2024", "2024-12", "2024"]


def test_regression_a_later_clauses_annual_total_is_not_the_figures_period(nlp):
    text = (
        "For the first 11 months of 2024, trade between North Korea and China came to $1.95 billion, putting "
        "the annual total on course to fall short of last year's level."
    )
    assert one(facts(nlp, text, published="2024-12-20"))["period_label"] == "2024-01/2024-11"


def test_a_change_in_a_later_clause_takes_that_clauses_partner(nlp):
    text = (
        "Hong Kong's exports came to HK$420 billion in April. "
        "Total exports to Taiwan increased by 21.4%, while those to the United States decreased by 7.2%."
    )
    assert [(c["pct_change"], c["partner"]) for c in claims(nlp, text)] == [(21.4, "TWN"), (-7.2, "USA")]


def test_a_figure_by_a_future_year_is_a_target(nlp):
    text = "The two governments aim to lift two-way trade between Vietnam and South Korea to $100 billion by 2025 and $150 billion by 2030."
    assert facts(nlp, text) == []


def test_a_half_that_has_not_ended_is_last_years(nlp):
    text = (
        "North Korea's trade with China picked up in the second half of last year. Trade between the two "
        "countries amounted to $1.16 billion in the second half of 2024, 13.7 percent more than in the first "
        "half, when it totaled $1.02 billion. In the October-December quarter, trade reached $640.0 million."
    )
    rows = facts(nlp, text, published="2025-02-12")
    assert [(f["period_label"], {f["economy"], f["partner"]}) for f in rows] == [
        ("2024-H2", {"CHN", "PRK"}),
        ("2024-H1", {"CHN", "PRK"}),
        ("2024-Q4", {"CHN", "PRK"}),
    ]


def test_a_from_figure_after_the_changed_figures_period_continues_its_series(nlp):
    text = (
        "China's exports to the United States fell in March. Shipments to North Korea more than doubled to "
        "$197.95 million in March from $89.03 million in February."
    )
    rows = facts(nlp, text, published="2019-04-20")
    assert [(f["flow"], f["period_label"]) for f in rows] == [("export", "2019-03"), ("export", "2019-02")]


def test_demonym_goods_with_a_named_origin(nlp):
    text = "For January through October, Chinese coal imports from North Korea totalled $938.2 million."
    fact = one(facts(nlp, text, published="2016-11-20"))
    assert (fact["flow"], fact["economy"], fact["partner"]) == ("import", "CHN", "PRK")


def test_a_pipe_table_takes_flows_from_its_header_and_partners_from_its_rows(nlp):
    text = (
        "In October 2025, EU exports rose. All growth rates compare with a year earlier.\n\n"
        "EU trade by main partner, January-October 2025\n(€ billion; growth rates compared with January-October 2024)\n\n"
        "Partner | Exports | Growth | Imports | Growth | Balance\n"
        "United States | 460.3 | +5.0% | 286.5 | +3.1% | 173.8\n"
        "China | 172.0 | -4.1% | 469.4 | +6.8% | -297.4\n"
    )
    rows = [
        (f["flow"], f["economy"], f["partner"], f["value"], f["period_label"])
        for f in facts(nlp, text, published="2025-12-16")
    ]
    assert rows == [
        ("export", "EUU", "USA", 460.3e9, "2025-01/2025-10"),
        ("import", "EUU", "USA", 286.5e9, "2025-01/2025-10"),
        ("balance", "EUU", "USA", 173.8e9, "2025-01/2025-10"),
        ("export", "EUU", "CHN", 172.0e9, "2025-01/2025-10"),
        ("import", "EUU", "CHN", 469.4e9, "2025-01/2025-10"),
        ("balance", "EUU", "CHN", -297.4e9, "2025-01/2025-10"),
    ]


def test_signed_table_cells_are_changes_of_their_row(nlp):
    text = (
        "EU trade by main partner, January-October 2025\n(€ billion; growth rates compared with January-October 2024)\n\n"
        "Partner | Exports | Growth | Imports | Growth | Balance\n"
        "United States | 460.3 | +5.0% | 286.5 | +3.1% | 173.8\n"
    )
    got = [(c["pct_change"], c["flow"], c["partner"]) for c in claims(nlp, text, published="2025-12-16")]
    assert got == [(5.0, "export", "USA"), (3.1, "import", "USA")]


def test_a_figure_in_brackets_after_a_base_period_is_the_bases(nlp):
    text = (
        "In October 2025, exports of goods from the EU to the rest of the world were valued at €238.4 billion, "
        "an increase of 2.9% compared with October 2024 (€231.7 bn)."
    )
    rows = facts(nlp, text, published="2025-12-16")
    assert [(f["value"], f["period_label"]) for f in rows] == [(238.4e9, "2025-10"), (231.7e9, "2024-10")]


def test_its_flow_after_a_sentence_about_an_owner(nlp):
    text = (
        "SEOUL, Feb. 25 (Yonhap) -- China imported $184.85 million worth of North Korean goods in January. "
        "Its exports to the North dropped 11.2 percent to $209.4 million."
    )
    rows = facts(nlp, text, published="2015-02-25")
    assert [(f["flow"], f["economy"], f["partner"]) for f in rows] == [
        ("import", "CHN", "PRK"),
        ("export", "CHN", "PRK"),
    ]


def test_a_countrys_goods_crossing_the_border_are_its_exports(nlp):
    text = (
        "North Korea's trade with China rose in January. Chinese goods worth $240 million crossed the border "
        "last month, up 14.3 percent from $210 million in January 2016."
    )
    rows = facts(nlp, text, published="2017-02-23")
    assert [(f["flow"], f["economy"], f["partner"], f["period_label"]) for f in rows] == [
        ("export", "CHN", "PRK", "2017-01"),
        ("export", "CHN", "PRK", "2016-01"),
    ]


def test_regression_commodity_named_early_in_a_long_sentence(nlp):
    text = (
        "China's trade with North Korea fell in September. Chinese purchases of North Korean textiles, now also "
        "banned under a resolution adopted on Sept. 11 by the Security Council, were still running at $61.5 million "
        "in September."
    )
    assert one(facts(nlp, text, published="2017-10-20"))["commodity"] == "textiles"
