"""A flow word modifying "trade" ("export trade", "import trade") names the
flow, and the compound's "with" object is the partner (issue 13, session 6).
Sentences are our own."""

from extractor.assemble import extract_text


def roles(nlp, text, published="2019-06-26"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(r["flow"], r["economy"], r["partner"]) for r in rows]


def test_export_trade_with_a_partner_was_read_as_total_trade(nlp):
    # the bug: "export trade with Ghana" gave a total of trade between the two
    text = "Nigeria's export trade with Ghana in the first quarter was dominated by crude oil valued at N88.6 billion."
    assert roles(nlp, text) == [("export", "NGA", "GHA")]


def test_import_trade_with_a_partner_is_an_import_from_it(nlp):
    assert roles(nlp, "Peru's import trade with Chile reached $3 billion in 2019.") == [("import", "PER", "CHL")]


def test_trade_with_a_partner_stays_total_trade(nlp):
    assert roles(nlp, "Peru's trade with Chile reached $3 billion in 2019.") == [("total", "PER", "CHL")]
