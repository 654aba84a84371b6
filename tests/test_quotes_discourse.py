"""Speakers found through the article's discourse (extractor.quotes): a title
alone that refers back, a described organisation, a document that speaks for
its author, names met inside someone's quoted words, wrapped lines, and the
figures an official passes on. Regression tests for the shapes of published
text; every sentence and name is written for the test."""

from __future__ import annotations

from extractor.quotes import find_quotes, paragraphs
from extractor.quotes.coreference import Memory
from extractor.quotes.descriptions import acronyms, role_families


def quotes_of(parse, text):
    return find_quotes(parse(text))


def speakers(parse, text):
    return [(q.speaker, q.text) for q in quotes_of(parse, text)]


# --- a title alone refers back -----------------------------------------------


def test_the_diplomat_is_the_ambassador_named_before(parse):
    text = (
        "Trade between the two countries may double by 2030, Russian Ambassador to Brazil Nikolai Petrov "
        "said on Monday.\n\n"
        '"Our ports are ready for far more cargo than they handle today," the diplomat said.'
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["Nikolai Petrov", "Nikolai Petrov"]


def test_a_title_that_heads_the_subject_gives_the_name_that_closes_it(parse):
    # the parser makes "Ambassador" the subject and hangs the name in "to ..."
    text = "Trade between the two countries may double by 2030, Russian Ambassador to Peru Andrei Sokolov said."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.role) == ("Andrei Sokolov", "Russian Ambassador to Peru")


def test_a_name_left_inside_the_clause_is_the_speaker_not_reported_words(parse):
    # the parser hangs the minister inside the reported clause and leaves
    # "said" without a subject
    text = (
        "The decision will help to ease and expand commerce between the two nations, "
        "Peru's Foreign Trade Minister Lucia Montero said in a statement Monday."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Lucia Montero"
    assert q.text == "The decision will help to ease and expand commerce between the two nations"


def test_the_leader_is_the_president_named_before(parse):
    text = (
        "President Tomas Delgado spoke at the summit in Lima on Friday.\n\n"
        "The leader said that his government would cut tariffs on farm machinery next year."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Tomas Delgado"


def test_a_title_of_another_kind_does_not_refer_back(parse):
    text = (
        "Trade Minister Tomas Delgado said that tariffs on machinery would be cut.\n\n"
        "The analyst said that the new port would open in March."
    )
    qs = quotes_of(parse, text)
    assert [q.speaker for q in qs] == ["Tomas Delgado", "the analyst"]


# --- a described organisation refers back ------------------------------------


def test_the_office_is_the_department_that_spoke_before(parse):
    text = (
        "The trade department said the harbour was too small for the new container ships.\n\n"
        '"Shipping lines have asked for longer opening hours," the office said.'
    )
    qs = quotes_of(parse, text)
    assert [q.speaker for q in qs] == ["trade department", "trade department"]


def test_the_company_is_the_firm_named_before_not_the_regulator(parse):
    text = (
        "The Fair Trade Commission imposed a fine on Hanbit Steel Co. on Monday.\n\n"
        "The penalty was the largest this year, the regulator said.\n\n"
        '"We accept the ruling and will change our pricing," the company said.'
    )
    qs = quotes_of(parse, text)
    assert [q.speaker for q in qs] == ["Fair Trade Commission", "Hanbit Steel Co."]


def test_a_described_organisation_with_its_own_modifier_names_itself(parse):
    text = (
        "The Chilean government has a new budget.\n\n"
        '"Prices could stay high for longer than markets think," the Chilean treasury said.'
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Chilean treasury"


# --- documents speak for their authors ---------------------------------------


def test_a_report_by_an_institute_is_the_institutes_quote(parse):
    text = "The report by the Hanseo Institute said the new tariffs will hurt small exporters most."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("Hanseo Institute", "organization")


def test_the_report_later_is_the_same_authors(parse):
    text = (
        "The Hanseo Institute said in a report that small exporters would suffer most.\n\n"
        '"Many firms have no buffer left for another shock," the report read.'
    )
    qs = quotes_of(parse, text)
    assert [q.speaker for q in qs] == ["Hanseo Institute", "Hanseo Institute"]


def test_according_to_an_agencys_notice_is_the_agencys_quote(parse):
    text = "According to the Maritime Office's notice, the carrier ignored repeated warnings about unsafe loading."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maritime Office"


def test_a_report_without_an_author_stays_media(parse):
    text = "A report said the new tariffs would hurt small exporters most."
    assert [q.speaker_type for q in quotes_of(parse, text)] == ["media"]


# --- who is talked about is not who talks ------------------------------------


def test_a_name_inside_the_quoted_words_does_not_take_the_pronoun(parse):
    text = (
        "Park Ji-hoon, a former factory manager, said the workers were paid little.\n\n"
        "Part of their pay went to a fund named after Park Chung-ryol, the factory's founder, Park said.\n\n"
        "Most of them saved almost nothing, he said."
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["Park Ji-hoon"] * 3


def test_they_after_an_unnamed_source_is_the_source(parse):
    text = (
        "A Harbor Watch source in the port city reported that traders are hoarding fuel. "
        "They speculated that this might push prices up."
    )
    qs = quotes_of(parse, text)
    # a description that opens the sentence loses its capital
    assert [q.speaker for q in qs] == ["a Harbor Watch source", "a Harbor Watch source"]


def test_an_outlet_before_a_source_noun_is_not_the_speaker(parse):
    text = "A Daily NK source said that rice prices fell in the border towns last week."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("a Daily NK source", "unnamed")


def test_a_company_before_officials_is_not_a_person(parse):
    text = "Hanbit Steel officials say the plant will reopen after the summer."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("Hanbit Steel officials", "unnamed")


def test_a_misspelt_later_surname_finds_the_person():
    memory = Memory()
    memory.add_person("Oleg Varenko", "minister", "", 10)
    assert memory.person_named("Varenka", before=100).name == "Oleg Varenko"
    assert memory.person_named("Verenki", before=100) is None


def test_the_speaker_named_in_passing_comes_after_the_one_talking():
    memory = Memory()
    memory.add_person("Park Ji-hoon", "", "", 10)
    memory.add_person("Park Chung-ryol", "", "", 80)
    aside = lambda position: 60 <= position < 120  # noqa: E731
    assert memory.person_named("Park", before=150, aside=aside).name == "Park Ji-hoon"
    assert memory.person_named("Park", before=150).name == "Park Chung-ryol"


# --- wrapped lines and quoted sources ----------------------------------------


WRAPPED = (
    "SANTIAGO, May 4 Chile and Peru will settle part of their\n"
    "trade in local currencies from next month, officials from both\n"
    "countries said on Thursday after talks in the capital.\n"
    "The plan covers copper, fish meal and fruit, which make up\n"
    "most of the goods that cross the border every year.\n"
    '"The ability to pay in pesos and soles will make small\n'
    'exporters far less exposed to the dollar," the news agency cited\n'
    "Marta Quiroga, the deputy trade minister, as saying.\n"
    "Quiroga said the first payments would be made in June.\n"
)


def test_wrapped_lines_without_blank_lines_are_joined_into_paragraphs():
    paras = [WRAPPED[s:e] for s, e in paragraphs(WRAPPED)]
    assert len(paras) == 4
    assert paras[2].startswith('"The ability') and paras[2].endswith("as saying.")


def test_a_quote_across_wrapped_lines_is_found_with_its_speaker(parse):
    qs = quotes_of(parse, WRAPPED)
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Marta Quiroga"]
    assert direct[0].text.startswith("The ability to pay in pesos") and "\n" in direct[0].text
    assert ("Marta Quiroga", "the first payments would be made in June") in [(q.speaker, q.text) for q in qs]


def test_cited_as_saying_gives_the_person_cited(parse):
    text = "The port will reopen in May, the agency cited Irina Volkova, a deputy minister, as saying."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Irina Volkova"


# --- figures an official passes on are their source --------------------------


def test_an_officials_trade_figure_is_its_source_not_a_quote(parse):
    text = "Trade between Chile and Peru surged 48 percent last year, Deputy Minister Marta Quiroga told reporters."
    assert quotes_of(parse, text) == []


def test_an_officials_estimate_of_last_years_trade_is_its_source(parse):
    text = "A Chilean customs official has estimated that trade with Peru reached a record $3 billion last year."
    assert quotes_of(parse, text) == []


def test_an_officials_forecast_with_a_figure_stays_a_quote(parse):
    text = "Trade between Chile and Peru may exceed $5 billion next year, Deputy Minister Marta Quiroga said."
    assert [q.speaker for q in quotes_of(parse, text)] == ["Marta Quiroga"]


def test_an_officials_view_with_a_figure_in_a_side_clause_stays_a_quote(parse):
    text = (
        "Deputy Minister Marta Quiroga said trade showed steady growth, as exports in the second "
        "quarter rose 7 percent."
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["Marta Quiroga"]


def test_an_analysts_trade_figure_stays_a_quote(parse):
    text = "Lena Hartmann, an economist at the Baltic Policy Forum, said exports to Chile rose 12 percent."
    assert [q.speaker for q in quotes_of(parse, text)] == ["Lena Hartmann"]


def test_a_year_is_not_a_figure(parse):
    text = "Officials said the harbour has been busier every month since 2021."
    assert [q.speaker for q in quotes_of(parse, text)] == ["officials"]


# --- small pure helpers ------------------------------------------------------


def test_acronym_spelled_out_once_is_known():
    text = "the Baltic Policy Forum (BPF) and the Korea Trade-Investment Promotion Agency (KOTRA)"
    assert acronyms(text) == {"BPF": "Baltic Policy Forum", "KOTRA": "Korea Trade-Investment Promotion Agency"}


def test_titles_of_one_kind_share_a_family():
    assert role_families("the diplomat") == role_families("Ambassador to Chile") == {"official"}
    assert role_families("a research fellow") == {"expert"}


# --- quotes broken by the page ------------------------------------------------


def test_a_quote_restated_word_for_word_is_one_quote_with_the_better_named_speaker(parse):
    text = (
        "Ports will reopen next week, the minister said\n\n"
        "Trade Minister Tomas Delgado spoke after talks with Peru on Friday.\n\n"
        "Ports will reopen next week, Delgado said."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Tomas Delgado"


def test_a_stray_line_break_inside_a_quote_does_not_drop_it(parse):
    text = (
        'Trade Minister Tomas Delgado spoke on Friday.\n"Trade with Peru reached $130.\n'
        '4 billion in ten months and will set a record this year," Delgado said.'
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Tomas Delgado" and q.text.startswith("Trade with Peru reached $130.\n4 billion")


def test_an_attribution_broken_onto_its_own_line_is_found(parse):
    text = (
        "Chile's ambassador to Peru, Rosa Ibanez, spoke at a forum on Tuesday.\n\n"
        '"This is a direct result of the new port fees. Many small exporters have stopped shipping,"\n\n'
        " the Chilean envoy said"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Rosa Ibanez"


def test_a_quote_whose_attribution_the_excerpt_cut_goes_on_from_the_last_speaker(parse):
    text = (
        "Analysts noted that the gap between the two exporters was still wide.\n\n"
        "\u201cChilean firms are far ahead in investing abroad, so they earn a surplus on income,\u201d n"
    )
    qs = quotes_of(parse, text)
    assert [q.speaker for q in qs] == ["analysts", "analysts"]


# --- short quoted phrases belong to whom the parse hangs them from ----------


def test_a_persons_quoted_phrase_without_a_reporting_verb_is_their_quote(parse):
    text = 'President Tomas Delgado has advocated a "grand bargain" under which Peru would drop its tariffs.'
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.kind, q.text) == ("Tomas Delgado", "direct", "grand bargain")


def test_a_quoted_phrase_under_a_reporting_verb_is_its_speakers_not_the_clause_subjects(parse):
    text = 'Commerce ministry spokesman Sun Wei said Peru would "fully and strictly" apply the new rules.'
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.text) == ("Sun Wei", "fully and strictly")


def test_a_quoted_phrase_after_a_persons_possessive_is_that_persons(parse):
    text = (
        "Chile promised to build more ports despite President Tomas Delgado's stated preference for "
        '"small and smart" projects.'
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Tomas Delgado"


def test_a_category_in_quotation_marks_is_nobodys_quote(parse):
    text = 'Chile also bought $2 billion in "machine parts" from Peru last year.'
    assert quotes_of(parse, text) == []


# --- described sources and what counts -----------------------------------------


def test_an_announced_outcome_is_news_not_a_quote(parse):
    text = "President Tomas Delgado announced on Tuesday that his government had reached a deal with Peru."
    assert quotes_of(parse, text) == []


def test_a_plural_of_organisations_is_a_described_group(parse):
    text = "In a joint assessment, U.N. bodies said that most of the harvest had been lost to floods."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("U.N. bodies", "unnamed")


def test_news_agencies_in_the_plural_are_the_media(parse):
    text = "Chile and Peru will settle their trade in pesos from next month, Russian news agencies said on Thursday."
    assert [q.speaker_type for q in quotes_of(parse, text)] == ["media"]


def test_a_described_organisations_figure_that_is_not_trade_stays_a_quote(parse):
    # "a civic group" keeps no statistics: its figures are testimony
    text = "Workers sent abroad earn a meager $50 to $100 a month, a Chilean civic group said Thursday."
    assert [q.speaker for q in quotes_of(parse, text)] == ["Chilean civic group"]


def test_officials_giving_a_firms_output_figure_are_quoted(parse):
    text = "Hanbit Steel officials say output in Peru has increased by about 10 percent."
    assert [q.speaker for q in quotes_of(parse, text)] == ["Hanbit Steel officials"]


def test_officials_passing_on_a_trade_figure_give_its_source(parse):
    text = "Officials said exports to Peru rose 12 percent in March."
    assert quotes_of(parse, text) == []


def test_a_description_with_its_own_nationality_does_not_take_another_countrys_name(parse):
    text = (
        "Chile mined more copper than ever last year, according to the Chilean government.\n\n"
        'The Peruvian government said the new port fees were "plain protectionism," and it would appeal.'
    )
    direct = [q for q in quotes_of(parse, text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Peruvian government"]


def test_a_misparsed_apposition_gives_no_role(parse):
    text = (
        "The decision will help commerce between the two nations, Foreign Trade Minister "
        "Lucia Montero said in a statement Monday."
    )
    (q,) = quotes_of(parse, text)
    assert q.role != "the two nations"


def test_an_organisations_announced_arrangement_is_not_a_quote(parse):
    text = "The trade ministry said that $2.8 million would be sent to the customs agency for new scanners."
    assert quotes_of(parse, text) == []


def test_an_organisations_own_pledge_and_its_forecast_stay_quotes(parse):
    text = (
        "The trade ministry said it would expand export insurance for small firms.\n\n"
        "The trade ministry said exports would slow in the second half."
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["trade ministry", "trade ministry"]


def test_according_to_a_statement_from_a_ministry_is_the_ministrys(parse):
    text = "According to a statement from Peru's foreign ministry, the new fees violate the trade agreement."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.cue) == ("Peru's foreign ministry", "according to")


def test_quoted_by_an_outlet_as_saying_is_the_person_quoted(parse):
    text = (
        "Trade Minister Tomas Delgado was quoted by the news agency as saying that the new tariffs "
        "would be lifted soon."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Tomas Delgado"


def test_a_title_with_a_country_skips_the_leader_of_another_country(parse):
    text = (
        "Chinese President Xi Jinping said trade would keep growing after talks with Russian President "
        "Vladimir Putin.\n\n"
        '"Our cooperation has a solid basis and a bright future," the President of China said.'
    )
    direct = [q for q in quotes_of(parse, text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Xi Jinping"]


def test_citing_customs_data_the_speaker_relays_a_statistic(parse):
    text = (
        "Citing Chile's customs data, Ambassador Rosa Ibanez highlighted that trade between the two "
        "nations declined notably in the first half."
    )
    assert quotes_of(parse, text) == []


def test_citing_data_does_not_silence_a_view_on_something_else(parse):
    text = "Citing Chile's customs data, Ambassador Rosa Ibanez said the new port fees were unfair to small firms."
    assert [q.speaker for q in quotes_of(parse, text)] == ["Rosa Ibanez"]
