"""Trade facts in shapes that published articles have and our written corpus
lacked (issue 13): each test pins one mechanism, with sentences we wrote."""

from extractor.assemble import extract_text
from extractor.facts.engine import is_heading


def facts(nlp, text, published="2025-11-10"):
    return extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]


def shape(f):
    return (f["value"], f["flow"], f["economy"], f["partner"], f["period_label"])


# ------------------------------------------------------------------ headlines
def test_a_headline_figure_takes_the_period_the_lead_states(nlp):
    text = (
        "Chile's copper exports top $40 billion\n\n"
        "Chile's exports reached $41.5 billion in the first ten months of 2025, the central bank said."
    )
    rows = facts(nlp, text)
    assert (40e9, "export", "CHL", "W00", "2025-01/2025-10") in [shape(f) for f in rows]


def test_a_headline_restating_the_lead_figure_is_one_fact(nlp):
    text = (
        "Peru posts $2.5 billion trade surplus\n\n"
        "Peru posted a trade surplus of $2.5 billion in September, official data showed."
    )
    rows = facts(nlp, text)
    assert [shape(f) for f in rows] == [(2.5e9, "balance", "PER", "W00", "2025-09")]


def test_a_heading_is_a_line_that_does_not_end_as_a_sentence():
    assert is_heading("Peru posts $2.5 billion trade surplus")
    assert not is_heading("Peru posted a surplus of $2.5 billion.")


# ------------------------------------------------------------------ rankings of counterparts
RANKING = (
    "SANTIAGO (Wire) - In the first half of 2024, Chile exported copper worth $9 billion to the EU, "
    "customs data showed.\n"
    "Germany remained the largest buyer of Chilean copper in the period with its purchases reaching $3.1 billion. "
    "Spain took second place, buying copper for $1.2 billion, while Italy came third with $0.9 billion.\n"
    "Next came Poland with $497.4 million, Sweden with $283.2 million. "
    "Austria ($64.2 million) and Greece ($12.7 million) completed the top ten."
)


def test_its_before_a_flow_word_refers_to_the_sentence_subject_and_goods_name_the_origin(nlp):
    # the bug: "Germany … with its purchases" gave Chile's imports from the world
    rows = {f["value"]: f for f in facts(nlp, RANKING, published="2024-08-01")}
    assert shape(rows[3.1e9])[1:4] == ("import", "DEU", "CHL")


def test_a_buyer_named_alone_after_another_buyer_of_the_protagonists_goods_buys_them_too(nlp):
    # the bug: "Spain took second place, buying copper for $1.2 billion" was Spain's imports from the world
    rows = {f["value"]: f for f in facts(nlp, RANKING, published="2024-08-01")}
    assert shape(rows[1.2e9])[1:4] == ("import", "ESP", "CHL")


def test_items_of_a_ranking_take_the_side_the_ranked_economy_held(nlp):
    # the bug: "Italy came third with $0.9 billion", "Poland with …", "Austria ($… )"
    # kept the first buyer as owner and made each item its partner
    rows = {f["value"]: f for f in facts(nlp, RANKING, published="2024-08-01")}
    got = {v: shape(rows[v])[1:4] for v in (0.9e9, 497.4e6, 283.2e6, 64.2e6, 12.7e6)}
    assert got == {
        0.9e9: ("import", "ITA", "CHL"),
        497.4e6: ("import", "POL", "CHL"),
        283.2e6: ("import", "SWE", "CHL"),
        64.2e6: ("import", "AUT", "CHL"),
        12.7e6: ("import", "GRC", "CHL"),
    }


def test_a_ranking_of_partners_substitutes_the_partner(nlp):
    text = (
        "Peru's imports fell 12 percent to $4.1 billion in March.\n"
        "China topped the list of suppliers at $1.3 billion, followed by the United States with $0.8 billion "
        "and Brazil with $0.3 billion."
    )
    rows = {f["value"]: f for f in facts(nlp, text)}
    assert shape(rows[0.8e9])[1:4] == ("import", "PER", "USA")
    assert shape(rows[0.3e9])[1:4] == ("import", "PER", "BRA")


def test_a_possessor_after_a_figure_owns_a_figure_like_it(nlp):
    # the bug: "…, and Peru's was $0.6 billion" became Chile's exports to Peru
    text = "At the time, Chile's exports were $13.2 billion, and Peru's was $0.6 billion."
    rows = {f["value"]: f for f in facts(nlp, text)}
    assert shape(rows[0.6e9])[1:4] == ("export", "PER", "W00")


def test_foreign_trade_is_with_the_world_after_a_list_of_partners(nlp):
    # the bug: "The country ran a foreign trade deficit" took the last listed supplier as partner
    text = (
        "Peru's imports fell 12 percent to $4.1 billion in March.\n"
        "China topped the list of suppliers at $1.3 billion, followed by Brazil with $0.3 billion.\n"
        "The country ran a foreign trade deficit of $612 million in March."
    )
    rows = {f["value"]: f for f in facts(nlp, text)}
    assert shape(rows[-612e6])[1:4] == ("balance", "PER", "W00")


# ------------------------------------------------------------------ money that is no trade
def test_an_exchange_rate_note_is_no_trade_fact(nlp):
    # the bug: a wire's closing "($1 = 7.13 yuan)" gave two facts of the pair in hand
    text = (
        "Chile's exports to China rose to $4.2 billion in September, customs data showed.\n"
        "($1 = 7.1310 Chinese yuan renminbi)"
    )
    assert [f["value"] for f in facts(nlp, text)] == [4.2e9]


# ------------------------------------------------------------------ balances and amounts of change
RELEASE = (
    "WASHINGTON - The U.S. goods and services deficit narrowed in April. The April narrowing "
    "came from a decrease in the goods deficit of $2.3 billion to $81.4 billion and a decrease in the "
    "services surplus of $0.4 billion to $22.6 billion."
)


def test_the_amount_of_a_change_nouns_of_phrase_is_no_level(nlp):
    # the bug: "a decrease in the goods deficit of $2.3 billion" gave a deficit of $2.3 billion
    values = [f["value"] for f in facts(nlp, RELEASE, published="2023-09-06")]
    assert -2.3e9 not in values and 0.4e9 not in values


def test_a_balance_word_heading_the_next_figure_does_not_sign_this_one(nlp):
    # the bug: "$81.4 billion" took the sign of "services surplus of $0.4 billion" after it
    values = [f["value"] for f in facts(nlp, RELEASE, published="2023-09-06")]
    assert -81.4e9 in values and 22.6e9 in values


def test_an_amount_modifying_a_change_noun_is_no_level(nlp):
    text = "Chile's surplus was $6.1 billion in 2024, after a $1.2 billion (8%) increase in exports."
    assert [f["value"] for f in facts(nlp, text)] == [6.1e9]


def test_a_figure_whose_clause_names_only_a_region_is_no_fact(nlp):
    # the bug: "euro area balance showed a surplus" took the article's EU as owner
    text = (
        "EU exports to Chile rose to €20 billion in 2024.\n"
        "Preliminary euro area balance figures showed a €17.3 bn surplus in May 2025."
    )
    assert [f["value"] for f in facts(nlp, text)] == [20e9]


# ------------------------------------------------------------------ the article's pair and owners named alone
PAIR_STORY = (
    "Chile's exports to Peru rose 12 percent to $1.1 billion in March, data showed.\n\n"
    "Chilean shipments to Peru have grown for six months. Peru buys Chilean fruit and copper wire.\n\n"
    "Chile logged a trade surplus of $2.3 billion in March."
)


def test_an_owner_named_alone_in_a_story_about_a_pair_trades_with_the_world(nlp):
    # the bug: "Chile logged a trade surplus" took Peru, the other side of the story's pair
    rows = {f["value"]: f for f in facts(nlp, PAIR_STORY, published="2025-04-10")}
    assert shape(rows[2.3e9])[1:4] == ("balance", "CHL", "W00")


def test_an_owner_named_with_bilateral_trade_keeps_the_pair(nlp):
    text = PAIR_STORY.replace("Chile logged a trade surplus of", "Chile logged a bilateral surplus of")
    rows = {f["value"]: f for f in facts(nlp, text, published="2025-04-10")}
    assert shape(rows[2.3e9])[1:4] == ("balance", "CHL", "PER")


def test_sino_in_a_compound_names_china():
    from extractor.normalize.countries import find_economies

    assert [m.code for m in find_economies("Sino-Russian trade grew.")] == ["CHN", "RUS"]


def test_money_spent_on_imports_is_the_import_flow(nlp):
    # the bug: "spent" marked the figure as spending, not trade, though its object is imports
    text = "In the first quarter of this year, Peru spent $8.2 billion on imports from Chile."
    assert [shape(f)[:4] for f in facts(nlp, text, published="2025-05-10")] == [(8.2e9, "import", "PER", "CHL")]


def test_money_spent_on_other_things_stays_no_trade(nlp):
    text = "Chile's exports rose to $9 billion in April. The miner spent $5 million on new trucks."
    assert [f["value"] for f in facts(nlp, text, published="2025-05-10")] == [9e9]


def test_foreign_trade_opening_a_sentence_is_a_flow_word_and_foreign_trade_capitalised_an_office():
    from extractor.facts.article import flow_cues

    # the bug: "Foreign trade volume rose …" at a sentence's start had no flow word
    text = "Foreign trade volume rose 9.8 percent. The Ministry of Foreign Trade said so."
    assert [(text[c.start : c.end], c.flow) for c in flow_cues(text)] == [("trade volume", "total")]


def test_a_figure_that_drops_its_scale_takes_its_siblings(nlp):
    # the bug: "imports rose to $242.72" beside "$162.41 billion" was a fact of $242.72
    text = "Peru's exports rose to $162.41 billion in 2024, while imports increased to $142.72, customs said."
    assert sorted(f["value"] for f in facts(nlp, text, published="2025-02-01")) == [142.72e9, 162.41e9]
