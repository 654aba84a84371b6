"""Speakers resolved through the article's state (extractor.quotes): an
organisation spelled out once with its acronym, descriptions and pronouns
that refer back to someone named before. Regression tests named after the
bug they pin; every sentence and name is written for the test."""

from __future__ import annotations

from extractor.quotes import find_quotes
from extractor.quotes.descriptions import acronyms, named_in_full
from extractor.quotes.spans import find_quote_spans


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
        "Sales abroad and purchases from abroad both worsened in May, the LRO said."
    )
    assert quotes_of(parse, text) == []


# --- a description said alone refers back -----------------------------------------


def test_a_title_said_alone_is_the_person_who_spoke_last_whatever_their_title(parse):
    # "the expert" found no one titled an expert and stayed a description,
    # though the only person in the text, an institute's president, had
    # just spoken
    text = (
        "Mira Okafor, president of the Lakeland Institute for Port Studies, told reporters on Monday "
        "that the new terminal would shorten waiting times for ships.\n\n"
        "Delays in a single week are common because of storms, the expert said."
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["Mira Okafor", "Mira Okafor"]


def test_the_man_is_the_employee_the_text_introduced_without_a_name(parse):
    # "the man" stayed a description of its own: the employee the reporters
    # met (an indefinite object) is who it takes up
    text = (
        "Last week our reporters met with an employee of a shipping agency in Dalian.\n\n"
        "The man told us that \u201cthe fees for every container have doubled since spring.\u201d\n\n"
        "\u201cWe cannot pass the costs on,\u201d the source said."
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["an employee", "an employee"]


def test_an_apposition_introduces_no_new_person_for_a_later_pronoun(parse):
    # "a senior researcher" set beside the name is the same person: "she"
    # stays the named researcher
    text = (
        "\u201cThe quotas are too tight,\u201d said Dana Ilves, a senior researcher at the Lakeland Institute.\n\n"
        "\u201cMost mills will close by winter,\u201d she said."
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["Dana Ilves", "Dana Ilves"]


def test_a_firm_named_inside_a_speakers_own_description_is_no_one_new(parse):
    # "a manager at a freight forwarder": the forwarder is part of who
    # speaks, not a second person "he" could refer to
    text = (
        "\u201cThe crossing is the problem,\u201d a logistics manager at a freight forwarder told us.\n\n"
        "He said that ferries were still too few."
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["a logistics manager", "a logistics manager"]


# --- a trade development stated without a view is the statistic's origin ----------


def test_imports_that_went_down_by_a_figure_are_the_ministers_statistic(parse):
    # "went down" was no verb of change, so the figure stayed a quote
    text = (
        "Lakeland's rice imports went down by 7.5 percent to $1.4 billion last spring, farm minister Dana Ilves said."
    )
    assert quotes_of(parse, text) == []


def test_a_surplus_an_official_says_the_country_has_maintained_is_the_statistics_origin(parse):
    # the trade quantity is the object of "maintained" or "have seen", not
    # the subject, so the official's statistic was taken for a view
    texts = [
        "For a decade Ghana has kept a trade surplus with Togo, said Kofi Mensah, a senior statistics "
        "officer at the national bureau.",
        "The two neighbours have seen a steady rise in their trade this winter, Trade Minister Dana Ilves said.",
    ]
    assert [quotes_of(parse, t) for t in texts] == [[], []]


def test_a_deficit_that_decreased_amid_rising_exports_is_no_explanation(parse):
    # "amid" sets the scene of the change; it gives no reason that would
    # make the statistic a view
    text = (
        "Flooding had little impact on trade, the ministry said, adding that Lakeland's trade deficit "
        "with Norland narrowed in the second quarter amid exports growing more quickly than imports."
    )
    assert [q.text for q in quotes_of(parse, text)] == ["Flooding had little impact on trade"]


def test_a_reason_for_the_growth_keeps_the_ministers_words_a_quote(parse):
    text = "Lakeland's exports have grown because the currency weakened, trade minister Dana Ilves said."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Dana Ilves"


# --- datelines ------------------------------------------------------------------------


def test_a_dateline_the_parser_made_a_second_subject_is_not_the_speaker(parse):
    # "Accra:" hung as a subject of "said" beside the minister, and being
    # first it was taken for the speaker
    text = (
        "Accra: With commerce between Ghana and Togo climbing since the new agreement, Trade Minister Kofi Mensah "
        "on Tuesday said that both countries would reach their goal early, calling the partnership "
        "a \u201cmodel of trust\u201d for the region."
    )
    assert {q.speaker for q in quotes_of(parse, text)} == {"Kofi Mensah"}


def test_a_wire_dateline_with_only_the_agency_is_no_part_of_the_reported_clause(parse):
    # "LAGOS (AP) —" stayed in the clause, so it was no plain statement of
    # the ministry's figures; the "as" clause beside the rise is a scene,
    # not a reason
    text = (
        "LAGOS (AP) \u2014 Lakeland's exports declined in June as shipments of cocoa were held up at the "
        "border, the Finance Ministry reported Thursday."
    )
    assert quotes_of(parse, text) == []


# --- quotation marks --------------------------------------------------------------------


def test_a_left_curly_mark_closing_a_quotation_closes_it(parse):
    # the quotation closed with a second left mark ('ports.\u201c') was
    # never paired, so the quote was lost
    text = (
        "The panel said the navy had expanded its fleet.\n\n"
        "\u201cThe fleet now sails twice a week and the docks have new cranes.\u201c\n\n"
        "Officials did not comment."
    )
    assert find_quote_spans(text)[0].close_mark == text.index("new cranes.") + len("new cranes.")
    texts = [q.text for q in quotes_of(parse, text)]
    assert "The fleet now sails twice a week and the docks have new cranes." in texts


# --- "called X Y", "described X as Y" --------------------------------------------------


def test_calling_an_object_something_reports_a_view(parse):
    # "called X Y" had no reported clause, so the view was lost
    text = (
        "Meeting farmers in the north on Friday, Lakeland President Dana Ilves called the new grain "
        "corridor a lifeline for small growers during the drought."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.cue, q.kind) == ("Dana Ilves", "called", "indirect")
    assert q.text == "the new grain corridor a lifeline for small growers during the drought"


def test_describing_an_object_as_something_reports_a_view_without_the_next_verb(parse):
    text = (
        "Speaking at a business forum in Accra, Kofi Mensah described the growth in trade and investment as a "
        "mark of trust in the partnership and urged firms to invest more."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.cue) == ("Kofi Mensah", "described")
    assert q.text == "the growth in trade and investment as a mark of trust in the partnership"


def test_calling_for_talks_or_on_firms_reports_no_view(parse):
    texts = [
        "The union called for talks with the ministry over the new tariffs on steel.",
        "Trade Minister Kofi Mensah called on firms to invest in the port and the new rail line.",
        "The plan, called the Green Corridor, was approved by the ministry last week.",
    ]
    assert [quotes_of(parse, t) for t in texts] == [[], [], []]


# --- an attribution set off inside the sentence it reports -----------------------------


def test_an_attribution_set_off_by_commas_mid_sentence_reports_the_words_after_it(parse):
    # "the auditors wrote" hangs from the sentence's verb (parataxis) and had
    # no reported clause of its own
    text = (
        "A panel of auditors studied the railway. Over the winter, the auditors wrote, the operator has "
        "cut three routes and raised most fares."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.kind) == ("the auditors", "indirect")
    assert q.text == "the operator has cut three routes and raised most fares"


def test_an_adverbial_the_parser_hung_from_the_attribution_stays_out_of_the_quote(parse):
    text = (
        "Mira Okafor sells fish at the Lakeland market. On quiet days, she said, nobody wants to pay with "
        "the new coins."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.text) == ("Mira Okafor", "nobody wants to pay with the new coins")


def test_an_attribution_not_set_off_by_commas_is_no_parenthetical(parse):
    text = (
        "A rival bakery, Crumbs, said it would open six shops in Accra, plans to hire locally and expects "
        "to export bread."
    )
    (q,) = quotes_of(parse, text)
    assert q.text == "it would open six shops in Accra"


# --- a pronoun opening a report takes up the person the sentence before is about ----------


def test_he_after_a_sentence_about_a_person_named_in_passing_is_that_person(parse):
    # only subjects and titled people were remembered, so "he" went back
    # to the speaker of an earlier paragraph instead of the leader just named
    text = (
        "\u201cWe pay for every new road,\u201d a farmer from the valley told us.\n\n"
        "The new highways are a favourite project of Tomas Brandt. In a speech last winter, he declared "
        "that \u201cevery village will be an hour from the capital by the end of the decade.\u201d"
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["a farmer", "Tomas Brandt"]
