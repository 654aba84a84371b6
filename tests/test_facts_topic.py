"""A paragraph framed by its partner ("In trade with the United States, …")
keeps that partner for figures that name none (extractor.facts.discourse).
Sentences are ours."""

from extractor.facts.discourse import DiscourseState, framed_partner, paragraph_start
from extractor.normalize.countries import find_economies


def roles(nlp, text):
    doc = nlp(text)
    return [(f.flow, f.economy, f.partner) for f in doc._.trade_facts]


def test_regression_framed_partner_holds_for_the_balance_and_the_next_sentence(nlp):
    """'In trade with the United States, Japan's surplus plunged …' gave the world as partner."""
    text = (
        "TOKYO, Aug. 17 -- Japan logged a trade deficit of 1.4 trillion yen in July.\n\n"
        "In trade with the United States, Japan's surplus fell 20.5 percent to 520.1 billion yen. "
        "Exports rose 11.2 percent to 1.62 trillion yen.\n\n"
        "Exports to the world rose 19 percent to 8.75 trillion yen."
    )
    assert roles(nlp, text) == [
        ("balance", "JPN", "W00"),
        ("balance", "JPN", "USA"),
        ("export", "JPN", "USA"),
        ("export", "JPN", "W00"),
    ]


def test_frame_with_an_apposition():
    text = "With its biggest trading partner, the UK, Ireland posted a deficit."
    assert framed_partner(text, 0, find_economies(text)) == "GBR"


def test_a_partner_inside_the_clause_is_not_a_frame():
    text = "Japan's trade with the United States grew, officials said."
    assert framed_partner(text, 0, find_economies(text)) is None


def test_the_frame_ends_with_its_paragraph():
    text = "In trade with China, exports fell.\n\nImports rose."
    state = DiscourseState(topic=("CHN", paragraph_start(text, 0)))
    assert state.topic_partner(paragraph_start(text, 0), owner="JPN") == "CHN"
    assert state.topic_partner(paragraph_start(text, text.index("Imports")), owner="JPN") is None
    assert state.topic_partner(paragraph_start(text, 0), owner="CHN") is None


# --- economies named by description, destination or the world's adjective (our sentences)


def test_regression_descriptions_name_the_economies_the_article_names(nlp):
    """'Asia's largest economy exported … to the pariah state' gave CHN->W00."""
    text = (
        "BEIJING, Oct. 24 -- China and North Korea traded less this year. From January to September, "
        "Asia's largest economy exported $1.9 billion worth of goods to the pariah state, customs data showed."
    )
    assert roles(nlp, text) == [("export", "CHN", "PRK")]


def test_description_without_the_economy_named_is_not_an_economy():
    from extractor.normalize.countries import find_economies

    assert find_economies("The pariah state sold coal.") == []
    assert [e.code for e in find_economies("The pariah state sold coal.", context=["PRK"])] == ["PRK"]


def test_regression_bound_names_the_destination(nlp):
    """'Japan's U.S.-bound exports' gave Japan's exports to the world."""
    text = "TOKYO, Oct. 22 -- Japan's U.S.-bound exports slumped 10.2 percent to 9,711.5 billion yen in the half."
    assert roles(nlp, text) == [("export", "JPN", "USA")]


def test_regression_global_exports_are_the_possessors_with_the_world(nlp):
    """'<economy>'s worldwide exports' gave the world as exporter."""
    text = (
        "HANOI, Oct. 13 -- Vietnam's worldwide exports came in 6.7% above the previous year's level, at $41.2 billion."
    )
    assert roles(nlp, text) == [("export", "VNM", "W00")]


def test_regression_a_region_without_a_code_is_no_side_of_a_fact(nlp):
    """'Exports to ASEAN grew N percent to N yuan' became China's exports to the world."""
    text = (
        "BEIJING, July 14 -- China's exports to ASEAN grew 5.6 percent to 1.32 trillion yuan in the first half, "
        "while exports to Japan slipped 3 percent to 455 billion yuan."
    )
    doc = nlp(text)
    assert [(f.flow, f.economy, f.partner) for f in doc._.trade_facts] == [("export", "CHN", "JPN")]
    assert all("XXR" not in (c.economy, c.partner) for c in doc._.change_claims)


def test_a_region_is_no_country_code():
    from extractor.normalize.countries import country_code

    assert country_code("ASEAN") is None
    assert country_code("Japan") == "JPN"


def test_regression_a_flow_too_large_for_the_partner_in_hand_is_with_the_world(nlp):
    """'Exports rose 0.2 pct to ¥53.7 trillion' after US-bound exports of ¥9.7
    trillion in the same half was read as exports to the US."""
    text = (
        "TOKYO, Oct. 22 -- Japan's exports to the United States in the April-September half fell 10.2 percent "
        "to 9,711.5 billion yen. Exports rose 0.2 percent to 53,653.3 billion yen in the half."
    )
    assert roles(nlp, text) == [("export", "JPN", "USA"), ("export", "JPN", "W00")]


def test_total_exports_are_with_the_world(nlp):
    text = (
        "SYDNEY, Feb. 2 -- Australia's exports to China rose 20 percent to A$98 billion in 2024. "
        "Australia's total exports grew 13.9 percent to A$284.6 billion."
    )
    assert roles(nlp, text) == [("export", "AUS", "CHN"), ("export", "AUS", "W00")]


def test_regression_imports_and_exports_together_are_total_trade(nlp):
    """'the total value of <economy>'s imports and exports … was N' was read as exports."""
    text = (
        "BANGKOK, April 20 -- In the first quarter, the total value of Thailand's imports and exports of goods "
        "reached $142 billion. Small firms imported and exported $38 billion of goods."
    )
    assert roles(nlp, text) == [("total", "THA", "W00"), ("total", "THA", "W00")]


def test_regression_each_possessor_owns_its_figure(nlp):
    """'South Korea's exports were $632 billion, … North Korea's $300 million' gave
    the second figure to South Korea, and a possessor after a cue became its partner."""
    both = "SEOUL, Jan. 5 -- South Korea's exports reached $632 billion in 2023, but North Korea's exports were only $300 million."
    assert roles(nlp, both) == [("export", "KOR", "W00"), ("export", "PRK", "W00")]
    compared = (
        "SEOUL, Jan. 5 -- South Korea's exports were worth $632 billion in 2023, far above North Korea's $300 million."
    )
    assert roles(nlp, compared) == [("export", "KOR", "W00"), ("export", "PRK", "W00")]


def test_regression_the_leads_pair_outweighs_a_pair_met_in_passing(nlp):
    """An article on North Korea-Russia trade that later names 'trade between
    North Korea and China' gave its unpartnered figures China as partner."""
    text = (
        "SEOUL, March 4 -- North Korea's exports to Russia rose 20 percent in 2014 to $12 million, a report showed.\n"
        "Bilateral trade fell 9 percent to $90 million as imports dropped 12 percent to $78 million.\n"
        "Trade between North Korea and China, by contrast, slipped 3.1 percent to $5.82 billion."
    )
    assert roles(nlp, text)[:3] == [("export", "PRK", "RUS"), ("total", "PRK", "RUS"), ("import", "PRK", "RUS")]
