"""Currency marks that real reports write in plain type: the naira as a
capital N glued to the number, "NZ dollars" after it, and exchange-rate
notes spelt with a verb instead of "=" (issue 13, session 6). Sentences are
our own."""

from decimal import Decimal

from extractor.assemble import extract_text
from extractor.normalize.money import find_money


def money(text):
    return [(m.text, m.value, m.currency) for m in find_money(text)]


def test_naira_written_as_a_capital_n_was_no_money():
    # the bug: "N512.3 billion" and "N4billion" were not read at all
    assert money("Exports to Ghana reached N512.3 billion, with cocoa at N4billion.") == [
        ("N512.3 billion", Decimal("512300000000.0"), "NGN"),
        ("N4billion", Decimal("4000000000"), "NGN"),
    ]


def test_a_capital_n_before_a_number_without_a_scale_is_a_label_not_naira():
    # "Form N 3", "N95 masks", "N2 category": the letter is part of a name
    assert money("Form N 3 lists N95 masks and N2 category goods.") == []


def test_nz_dollars_after_the_number_were_no_money():
    # the bug: "12.5 billion NZ dollars" was skipped and only its US conversion read
    assert money("Sales abroad were 12.5 billion NZ dollars (8.1 billion US dollars).") == [
        ("12.5 billion NZ dollars", Decimal("12500000000.0"), "NZD"),
        ("8.1 billion US dollars", Decimal("8100000000.0"), "USD"),
    ]
    assert money("Imports came to 3 billion New Zealand dollars.")[0][2] == "NZD"


def test_an_exchange_rate_note_spelt_with_equals_was_a_trade_figure(nlp):
    # the bug: an "(1 NZ dollar equals to N US dollar)" note became a fact of USD N
    text = (
        "New Zealand's exports to Japan rose to 5.5 billion NZ dollars in 2023. (1 NZ dollar equals to 0.61 US dollar)"
    )
    rows = extract_text(text, published="2024-02-10", nlp=nlp).rows()["trade_facts"]
    assert [(r["value"], r["currency"]) for r in rows] == [(5500000000.0, "NZD")]
