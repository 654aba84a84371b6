"""A ranking continued after its first figure ("…, followed by France (25
billion) and Spain (22 billion)"): each item takes the first fact's flow,
with its economy on the side the ranking ranks (``facts.lists.list_item``).
Sentences are our own (issue 13)."""

from extractor.assemble import extract_text


def shapes(nlp, text, published="2024-06-01"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(f["value"], f["flow"], f["economy"], f["partner"], f["period_label"]) for f in rows]


def test_items_in_brackets_after_followed_by_replace_the_ranked_owner(nlp):
    # the bug: "Spain (22 billion)" was France's, the item before it
    text = "The Netherlands sold goods worth 58 billion euros to Japan in 2023, followed by Austria (19 billion) and Poland (14 billion)."
    assert shapes(nlp, text) == [
        (58e9, "export", "NLD", "JPN", "2023"),
        (19e9, "export", "AUT", "JPN", "2023"),
        (14e9, "export", "POL", "JPN", "2023"),
    ]


def test_items_with_a_share_before_the_bracket_replace_the_ranked_side(nlp):
    # the bug: "Canada's 13.7% ($636.0 million)" was Japan's, the item before it
    text = (
        "The United States bought $705.2 million of Chilean goods in May, "
        "followed by Japan's 14.6% ($680.8 million) and Canada's 13.7% ($636.0 million)."
    )
    assert shapes(nlp, text)[1:] == [
        (680.8e6, "import", "JPN", "CHL", "2024-05"),
        (636.0e6, "import", "CAN", "CHL", "2024-05"),
    ]


def test_a_second_economy_with_its_own_flow_word_is_no_list_item(nlp):
    # the stretch names a flow of its own: the figure is read on its own terms
    text = "Chile exported $5 billion of copper to China in 2023, while Peru's imports from Brazil were $2 billion."
    rows = shapes(nlp, text)
    assert (2e9, "import", "PER", "BRA", "2023") in rows


def test_a_ranking_whose_first_fact_misses_the_subject_is_left_alone(nlp):
    # the bug: with the head read as Peru's imports from the world, the items
    # became imports of Germany and China from the world
    text = "Mexico led the ranking of countries from which Peru imports, at $2.4 billion, followed by Italy with $1.3 billion."
    rows = shapes(nlp, text)
    assert all(r[2] == "PER" for r in rows if r[1] == "import")


def test_the_largest_importer_names_the_import_flow_of_its_subject(nlp):
    # the bug: "the largest importer of Peruvian goods" named no flow, so the ranking gave no facts
    text = (
        "Among EU members, Spain was the largest importer of Peruvian goods in 2023, worth 11 billion euros, "
        "followed by Italy (9 billion) and Belgium (4 billion)."
    )
    assert shapes(nlp, text) == [
        (11e9, "import", "ESP", "PER", "2023"),
        (9e9, "import", "ITA", "PER", "2023"),
        (4e9, "import", "BEL", "PER", "2023"),
    ]
