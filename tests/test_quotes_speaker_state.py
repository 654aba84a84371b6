"""Speakers resolved through the article's state (extractor.quotes): an
organisation spelled out once with its acronym, descriptions and pronouns
that refer back to someone named before. Regression tests named after the
bug they pin; every sentence and name is written for the test."""

from __future__ import annotations

from extractor.quotes import find_quotes
from extractor.quotes.descriptions import acronyms, named_in_full


def quotes_of(parse, text):
    return find_quotes(parse(text))


# --- an acronym spelled out once names the organisation in full ------------------


def test_an_acronym_spelled_out_before_is_named_with_its_full_name(parse):
    # it gave "OCSA" alone where the text had spelled the office out
    text = (
        "The Office for Coastal Shipping Affairs (OCSA) published its outlook on Monday.\n\n"
        "Freight demand will weaken next year as ports raise their fees, the OCSA said."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Office for Coastal Shipping Affairs (OCSA)"
    assert q.speaker_type == "organization"


def test_an_or_acronym_after_the_full_name_is_spelled_out_too():
    assert acronyms("the Office for Coastal Shipping Affairs, or OCSA, said") == {
        "OCSA": "Office for Coastal Shipping Affairs"
    }


def test_the_words_before_the_acronyms_letters_stay_in_the_name(parse):
    # the letters stop at "Office": the recognizer's piece "Lakeland Union
    # Office" and the later acronym are both the whole name
    text = (
        "\u201cPorts will stay congested until spring,\u201d the Lakeland Union Office for Coastal Shipping "
        "Affairs, or OCSA, said on Monday.\n\n"
        "\u201cFees will rise again,\u201d OCSA said."
    )
    speakers = {q.speaker for q in quotes_of(parse, text)}
    assert speakers == {"Lakeland Union Office for Coastal Shipping Affairs (OCSA)"}


def test_an_organisation_without_an_acronym_keeps_its_name():
    assert named_in_full("Hanbit Steel", {"OCSA": "Office for Coastal Shipping Affairs"}) == "Hanbit Steel"


def test_an_acronym_the_recognizer_missed_is_the_organisation_it_spells(parse):
    # "the OCSA" was no entity, so the quote had no speaker and was dropped
    text = (
        "The Office for Coastal Shipping Affairs (OCSA) published its outlook on Monday.\n\n"
        "\u201cFreight demand will weaken next year,\u201d the OCSA said."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("Office for Coastal Shipping Affairs (OCSA)", "organization")


def test_a_trade_balance_that_improved_without_a_figure_is_the_statistics_origin(parse):
    # a verb of change without a size ("improved", "narrowed") is still a
    # movement of trade: an office stating it gives the figure's source
    text = (
        "The Lakeland Revenue Office (LRO) released its monthly data.\n\n"
        "Both exports and imports figures improved in May, the LRO said."
    )
    assert quotes_of(parse, text) == []
