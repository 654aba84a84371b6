"""A clause equating one economy with another's market or source states the
direction of its figure (``facts.destinations``); and a figure read as a flow
with the world that repeats, to the unit, one already stated with a named
partner is that fact restated (issue 13, session 6). Sentences are our own."""

from extractor.assemble import extract_text


def roles(nlp, text, published="2018-04-10"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(r["value"], r["flow"], r["economy"], r["partner"], r["period_label"]) for r in rows]


def test_an_economy_called_anothers_top_export_market_was_no_trade_fact(nlp):
    # the bug: with no flow word but "export market", the figure was dropped or
    # read as an import; the ranking after it follows the head
    text = (
        "Canada is Peru's top export market in February with a 17.4% market share at $812.5 million "
        "followed by Spain's 11.2% ($523.1 million) and India's 9% ($420.75 million)."
    )
    assert roles(nlp, text) == [
        (812500000.0, "export", "PER", "CAN", "2018-02"),
        (523100000.0, "export", "PER", "ESP", "2018-02"),
        (420750000.0, "export", "PER", "IND", "2018-02"),
    ]


def test_the_destination_for_an_economys_goods_is_the_partner_of_its_exports(nlp):
    # the bug: "The top destination for Peruvian goods was Chile, with exports
    # worth …" gave Peru's exports to the world
    text = "In February, the top destination for Peruvian goods was Chile, with exports worth $1.5 billion."
    assert roles(nlp, text)[0][1:4] == ("export", "PER", "CHL")


def test_an_economy_called_anothers_largest_supplier_is_the_origin_of_its_imports(nlp):
    text = "China remained Peru's largest supplier, at $2.1 billion in March."
    assert roles(nlp, text) == [(2100000000.0, "import", "PER", "CHN", "2018-03")]


def test_a_restated_amount_with_a_named_partner_became_a_flow_with_the_world(nlp):
    # the bug: the same N512.3 billion, restated beside "total exports", was a
    # second fact of exports to the world
    text = (
        "Ghana was Nigeria's largest export market in the first quarter of 2019, with N512.3 billion. "
        "Nigeria's exports to Ghana made up 14 per cent of total exports, equivalent to N512.3 billion."
    )
    facts = roles(nlp, text, published="2019-06-20")
    assert [f[:4] for f in facts] == [(512300000000.0, "export", "NGA", "GHA")]
