"""The pair the discourse is about (issue 13, session 6): a change whose
subject names no economy ("Wheat shipments dropped 30%") continues the pair
of the change stated last, when that change was stated of two economies in
a sentence that tells, and no figure has moved the focus since. Every
sentence here is ours; none is copied from an article."""

from extractor.assemble import extract_text
from extractor.facts.change_series import names_partner

PUB = "2025-10-01"


def claims(nlp, text):
    rows = extract_text(text, published=PUB, nlp=nlp).rows()["change_claims"]
    return {r["pct_change"]: (r["flow"], r["economy"], r["partner"]) for r in rows}


def test_regression_unnamed_subject_continues_the_pair_of_the_last_change(nlp):
    text = (
        "Canada's farm exports to Japan fell 12 percent in the first half of 2025.\n\n"
        "Brazil and Argentina gained share in Asia as Australia and Brazil cut their prices.\n\n"
        "Wheat shipments dropped 30 percent, while canola exports declined 8 percent."
    )
    got = claims(nlp, text)
    assert got[-30.0] == ("export", "CAN", "JPN")
    assert got[-8.0] == ("export", "CAN", "JPN")


def test_list_items_set_no_focus(nlp):
    # an enumeration by market gives each line its partner; after it, a
    # subject naming no economy is the owner's trade with everyone again
    text = (
        "Canada's exports rose 4 percent to $40 billion in August.\n\n"
        "Exports by market:\n"
        "- Japan: $2.1 billion (+6.0% y/y)\n"
        "- Mexico: $1.4 billion (-3.0% y/y)\n\n"
        "Lumber exports fell 11 percent in value as US builders paused."
    )
    assert claims(nlp, text)[-11.0] == ("export", "CAN", "W00")


def test_goods_and_services_account_breaks_the_pair_focus(nlp):
    text = (
        "So far this year, the US trade deficit with Vietnam rose 3.5 percent.\n\n"
        "Over the first four months, the deficit on goods and services grew by 6.5 percent against "
        "a year earlier. Exports went up 5.9 percent."
    )
    got = claims(nlp, text)
    assert got[6.5] == ("balance", "USA", "W00")
    assert got[5.9] == ("export", "USA", "W00")


def test_names_partner_reads_prepositions_of_trade_not_of_cause():
    assert names_partner("Exports to China fell 5 percent.", "CHN")
    assert names_partner("Trade between Chile and top trading partner China rose 8%.", "CHN")
    assert names_partner("China-bound shipments rose 3 percent.", "CHN")
    assert not names_partner("Exports fell 5 percent, largely due to U.S. tariffs.", "USA")
    assert not names_partner("Exports fell 5 percent, according to China's customs office.", "CHN")


def test_regression_partner_named_in_passing_sets_no_focus(nlp):
    text = (
        "Chile's exports rose 6 percent to $9 billion in May.\n\n"
        "Per-day shipments slid 2.5 percent in the month, largely due to U.S. tariffs.\n\n"
        "Copper and fruit exports grew 7 percent and 12 percent, respectively."
    )
    got = claims(nlp, text)
    assert got[7.0][2] != "USA" and got[12.0][2] != "USA"
