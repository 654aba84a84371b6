"""Whose change a clause states when it names only the partner, or no
economy at all (issue 13, real-text shapes). Every sentence here is ours;
none is copied from an article."""

from extractor.assemble import extract_text

PUB = "2022-06-20"
# A headline and lead that make Peru and Chile the article's most named pair,
# so that the pair alone would give a partner-only clause the wrong owner.
LEAD = (
    "Peru and Chile buy less from Seoul\n\n"
    "Peru and Chile cut their purchases of South Korean goods this year, trade data showed.\n\n"
)


def claims(nlp, text, published=PUB):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [(r["pct_change"], r["flow"], r["economy"], r["partner"]) for r in rows]


def test_regression_partner_only_clause_keeps_the_owner_of_the_clause_before(nlp):
    text = LEAD + (
        "South Korea's exports to Peru fell 4.1 percent in the first five months, "
        "while shipments to Chile dropped 6 percent."
    )
    assert claims(nlp, text) == [(-4.1, "export", "KOR", "PER"), (-6.0, "export", "KOR", "CHL")]


def test_regression_partner_only_sentence_keeps_the_owner_of_the_sentence_before(nlp):
    text = LEAD + (
        "South Korea's exports to Peru fell 4.1 percent in the first five months. "
        "Shipments to Chile dropped 6 percent over the same period."
    )
    assert (-6.0, "export", "KOR", "CHL") in claims(nlp, text)


def test_partner_only_clause_with_no_series_before_takes_the_other_side_of_the_pair(nlp):
    text = "Peru and Chile signed a trade pact in 2019, and Peru sells Chile copper.\n\nShipments to Chile rose 6 percent in May."
    assert claims(nlp, text) == [(6.0, "export", "PER", "CHL")]


def test_regression_flow_as_a_whole_trades_with_the_world(nlp):
    text = "Japan's exports to Chile rose 12 percent in May, well above the 4 percent increase for Japanese exports as a whole."
    assert claims(nlp, text) == [(12.0, "export", "JPN", "CHL"), (4.0, "export", "JPN", "W00")]
