"""Where a reported clause starts and ends (extractor.quotes.clauses), on
sentence shapes of published text the parser gets half right. Every sentence
is written for the test."""

from __future__ import annotations

from extractor.quotes import find_quotes


def quotes_of(parse, text):
    return [(q.speaker, q.cue, q.text) for q in find_quotes(parse(text))]


def test_two_that_clauses_under_one_verb_stay_one_quote(parse):
    text = (
        "Varenko also said that bilateral commerce had expanded rapidly this season, "
        "and that he expects it to keep expanding."
    )
    (quote,) = quotes_of(parse, text)
    assert quote[2].endswith("and that he expects it to keep expanding")


def test_a_verb_with_a_plain_object_inside_the_clause_does_not_cut_it(parse):
    # "find" can report ("the study found that"), not with a plain object
    text = "But experts said that unlike copper, it would be hard for Peru to find new buyers of fish meal soon."
    (quote,) = quotes_of(parse, text)
    assert quote[2] == "unlike copper, it would be hard for Peru to find new buyers of fish meal soon"


def test_citing_evidence_after_the_clause_is_not_reported_words(parse):
    text = (
        "Quiroga noted Chile has made progress toward more balanced trade, citing a surplus that has "
        "shrunk for six quarters in a row."
    )
    assert quotes_of(parse, text) == [
        ("Quiroga", "noted", "Chile has made progress toward more balanced trade"),
    ]


def test_adding_after_a_reported_clause_is_the_speakers_not_the_clause_subjects(parse):
    text = (
        "Park said Korean shipyards were the exception, noting that orders from European lines "
        "had held up better than expected."
    )
    quotes = quotes_of(parse, text)
    assert [s for s, _, _ in quotes] == ["Park", "Park"]
    assert quotes[0][2] == "Korean shipyards were the exception"


def test_a_participle_of_the_clause_subject_stays_in_the_clause(parse):
    text = (
        "Maria Lopez, a metals broker, said Peruvian mills had bought more copper in the autumn, "
        "anticipating a rise in prices."
    )
    (quote,) = quotes_of(parse, text)
    assert quote[2].endswith("anticipating a rise in prices")


def test_a_side_clause_the_parser_hung_on_the_reporting_verb_is_reported_too(parse):
    text = (
        "Port fees have put pressure on Chilean exporters, although the latest talks with shipping lines "
        "have brought some relief, customs spokesman Jorge Ibarra told reporters."
    )
    ((speaker, _, quote),) = quotes_of(parse, text)
    assert speaker == "Jorge Ibarra"
    assert quote.endswith("have brought some relief")


def test_an_organisations_ranking_of_trade_by_years_is_a_statistic(parse):
    text = (
        "According to the Korea Shipping Association, Chile had the largest trade deficit with Peru from 1998 to 2010."
    )
    assert quotes_of(parse, text) == []


def test_a_forecast_given_only_as_a_noun_object_is_not_a_quote(parse):
    text = "The Chilean government forecasts copper export prices to fall by the end of the fiscal year."
    assert quotes_of(parse, text) == []


def test_a_forecast_with_a_clause_stays_a_quote(parse):
    text = "The Chilean government forecasts that copper export prices will fall by the end of the fiscal year."
    assert [s for s, _, _ in quotes_of(parse, text)] == ["Chilean government"]


def test_the_first_half_of_a_year_is_not_a_figure(parse):
    text = (
        "The Hanseo Institute said in a report that the rise was due to a weak first half of 2021.\n\n"
        "The report noted the strong rebound was due to a deep slump recorded in the first half of 2021."
    )
    assert [s for s, _, _ in quotes_of(parse, text)] == ["Hanseo Institute", "Hanseo Institute"]


def test_an_interpretation_after_another_attribution_is_the_second_speakers_alone(parse):
    text = (
        "Trade between Chile and Peru fell 11 percent in 2023, Chilean customs said on Friday, "
        "a result largely due to weak demand for copper, observers said."
    )
    assert quotes_of(parse, text) == [("observers", "said", "a result largely due to weak demand for copper")]


def test_a_title_case_headline_is_not_reported_speech(parse):
    text = "Chile Says Copper Exports Fell In First Half\n\nCopper shipments from Chile fell in the first half."
    assert quotes_of(parse, text) == []


def test_a_participle_opening_the_reported_clause_is_its_cue(parse):
    text = (
        '"Chile\'s surplus reflects its mines," Quiroga said, noting along with new ports, '
        "Chile's trade will become more balanced."
    )
    indirect = [q for q in find_quotes(parse(text)) if q.kind == "indirect"]
    assert [(q.cue, q.text) for q in indirect] == [
        ("noting", "along with new ports, Chile's trade will become more balanced")
    ]


def test_an_attribution_parsed_as_a_second_sentence_still_reports_the_first(parse):
    text = (
        "A surge of 30 percent in Chile's exports to Peru showed that firms are not willing to leave the market, "
        "Lena Hartmann, a former director of the Baltic Policy Forum, told the newspaper on Wednesday."
    )
    ((speaker, cue, quote),) = quotes_of(parse, text)
    assert (speaker, cue) == ("Lena Hartmann", "told")
    assert quote.startswith("A surge of 30 percent") and quote.endswith("leave the market")
