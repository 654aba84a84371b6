"""Quotes, speakers, roles and affiliations (extractor.quotes).

Every text here is written for the test; none comes from the seed article.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.quotes import find_quote_spans, find_quotes, paragraphs


def quotes_of(parse, text):
    return find_quotes(parse(text))


def by_speaker(quotes, name):
    return [q for q in quotes if q.speaker == name]


# --- quotation marks in plain text ------------------------------------------


class TestQuoteSpans:
    def test_straight_and_curly_marks_pair(self):
        text = 'A "first quote here" and \u201ca second one\u201d.'
        assert [text[q.start : q.end] for q in find_quote_spans(text)] == [
            "first quote here",
            "a second one",
        ]

    def test_unpaired_mark_is_dropped_and_later_quotes_survive(self):
        text = 'He called it "a mess. Later "the real words came" out.'
        assert [text[q.start : q.end] for q in find_quote_spans(text)] == ["the real words came"]

    def test_closing_mark_without_opening_is_dropped(self):
        text = 'A 5" screen. Then "quoted words here" followed.'
        assert [text[q.start : q.end] for q in find_quote_spans(text)] == ["quoted words here"]

    def test_quote_open_at_paragraph_end_continues_in_next(self):
        text = '"Part one runs on.\n\n"Part two ends," she said.'
        spans = find_quote_spans(text)
        assert [(text[q.start : q.end], q.continues) for q in spans] == [
            ("Part one runs on.", True),
            ("Part two ends,", False),
        ]

    def test_open_mark_at_paragraph_end_without_continuation_is_dropped(self):
        text = 'He said "this never closes.\n\nA new paragraph starts here.'
        assert find_quote_spans(text) == []

    def test_each_line_is_a_paragraph_unless_hard_wrapped(self):
        assert len(paragraphs("Title line\nFirst paragraph.\n\nSecond.")) == 3
        wrapped = "\n".join(["word " * 12] * 3) + "\n\n" + "\n".join(["text " * 12] * 3)
        assert len(paragraphs(wrapped)) == 2


# --- direct quotes ----------------------------------------------------------


class TestDirectQuotes:
    def test_quote_split_by_attribution_gives_two_quotes_same_speaker(self, parse):
        text = (
            '"Coal barges have stopped moving," said Choi Min-soo, a consultant at Harbor Metrics. '
            '"No one in the port expects a change before winter."'
        )
        qs = quotes_of(parse, text)
        assert [q.text for q in qs] == [
            "Coal barges have stopped moving,",
            "No one in the port expects a change before winter.",
        ]
        assert {q.speaker for q in qs} == {"Choi Min-soo"}
        assert all(q.kind == "direct" and q.speaker_type == "person" for q in qs)

    def test_comma_inside_the_marks_is_kept_verbatim(self, parse):
        text = '"Demand is soft," said Ana Ruiz, a buyer at Costa Foods.'
        (q,) = quotes_of(parse, text)
        assert q.text == "Demand is soft,"

    def test_quote_text_is_inside_the_marks_and_offsets_point_at_it(self, parse):
        text = "Wendy Park, an economist at Tidewater Research, said, \u201cExports are holding up.\u201d"
        (q,) = quotes_of(parse, text)
        assert q.text == "Exports are holding up."
        assert text[q.start : q.end] == q.text
        assert q.cue == "said"

    def test_multi_sentence_quote_is_one_quote(self, parse):
        text = (
            'Omar Haddad, a trade lawyer at Quill Partners, told reporters: "The rules changed. '
            'Nobody was warned. Shippers are paying for it."'
        )
        (q,) = quotes_of(parse, text)
        assert q.text == "The rules changed. Nobody was warned. Shippers are paying for it."
        assert q.speaker == "Omar Haddad"

    def test_quote_continued_into_next_paragraph_one_quote_per_portion(self, parse):
        text = (
            "Julia Brandt, a researcher at the Nordic Trade Council, was blunt.\n\n"
            '"The volumes look healthy on paper but the margins are thin.\n\n'
            '"Most firms are simply waiting," she said.'
        )
        qs = quotes_of(parse, text)
        assert [q.text for q in qs] == [
            "The volumes look healthy on paper but the margins are thin.",
            "Most firms are simply waiting,",
        ]
        assert {q.speaker for q in qs} == {"Julia Brandt"}

    def test_mixed_quote_keeps_only_the_quoted_words(self, parse):
        text = (
            "Ines Moreau, a senior fellow at the Baltic Policy Forum, argued that even if tariffs rise, "
            '"the shipping lanes will stay busy for a long while."'
        )
        (q,) = quotes_of(parse, text)
        assert q.text == "the shipping lanes will stay busy for a long while."
        assert q.kind == "direct"
        assert q.cue == "argued"
        assert q.speaker == "Ines Moreau"

    def test_attribution_in_middle_of_sentence(self, parse):
        text = (
            'Rafael Ortiz, a broker at Meridian Freight, spoke to us. "Rates have doubled," he said, '
            '"and nobody is complaining yet."'
        )
        qs = quotes_of(parse, text)
        assert [q.text for q in qs] == ["Rates have doubled,", "and nobody is complaining yet."]
        assert {q.speaker for q in qs} == {"Rafael Ortiz"}

    def test_standalone_quote_paragraph_follows_previous_speaker(self, parse):
        text = (
            "Greg Mallory, an analyst at Pacific Insight, said that border traffic had picked up.\n\n"
            '"Trucks are crossing every day now."'
        )
        qs = quotes_of(parse, text)
        assert [q.kind for q in qs] == ["indirect", "direct"]
        assert qs[1].speaker == "Greg Mallory"

    def test_short_quoted_phrase_in_reported_clause_is_the_direct_quote(self, parse):
        text = 'Erik Dahl, an analyst at Nordkapp Research, said the rebound showed "remarkable resilience".'
        (q,) = quotes_of(parse, text)
        assert (q.kind, q.text, q.speaker, q.cue) == (
            "direct",
            "remarkable resilience",
            "Erik Dahl",
            "said",
        )

    def test_mixed_quote_skips_a_verb_whose_subject_is_no_speaker(self, parse):
        text = (
            "Hana Sato, a fellow at the Kyoto Trade Forum, studied the figures.\n\n"
            'She said the figures suggested "a slow thaw rather than a real recovery."'
        )
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.cue) == ("Hana Sato", "said")

    def test_quoted_sentence_between_two_attributed_quotes(self, parse):
        text = (
            '"The data are clear," said Ann Lee, an economist. "Exports are falling." Lee added: "This will continue."'
        )
        qs = quotes_of(parse, text)
        assert [(q.text, q.speaker, q.cue) for q in qs] == [
            ("The data are clear,", "Ann Lee", "said"),
            ("Exports are falling.", "Ann Lee", "said"),
            ("This will continue.", "Ann Lee", "added"),
        ]

    def test_introducing_verb_is_the_cue_not_the_one_after(self, parse):
        text = "Lee Sang-min said: \u201cBarter trade is coming back,\u201d adding that cash was scarce."
        qs = quotes_of(parse, text)
        assert [(q.kind, q.cue) for q in qs] == [("direct", "said"), ("indirect", "adding")]

    def test_paragraph_ending_in_colon_introduces_next_paragraph_quote(self, parse):
        text = 'Mara Olsen, a broker at Kestrel Shipping, explained:\n\n"Nobody wants to carry this cargo any more."'
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.cue) == ("Mara Olsen", "explained")

    def test_quote_paragraph_with_nobody_before_it_is_skipped(self, parse):
        text = 'The market was quiet.\n\n"Nobody wants to carry this cargo any more."'
        assert quotes_of(parse, text) == []

    def test_scare_quotes_are_not_quotes(self, parse):
        text = 'The so-called "quiet period" ended. Officials call it a "new normal" now.'
        assert quotes_of(parse, text) == []

    def test_quoted_headline_without_speaker_is_not_a_quote(self, parse):
        text = 'Market Notes\n"A Slow Season on the River Docks"\n\nPrices rose in June.'
        assert quotes_of(parse, text) == []


class TestUnbalancedMarks:
    def test_unbalanced_mark_skips_that_quote_and_keeps_the_rest(self, parse):
        text = (
            'The plan was described as "a first step. Economists warned that tariffs could rise again. '
            '"We are watching every shipment," said Han Seo-yeon, a researcher at the Lighthouse Institute.'
        )
        qs = quotes_of(parse, text)
        assert [(q.kind, q.speaker) for q in qs] == [
            ("indirect", "economists"),
            ("direct", "Han Seo-yeon"),
        ]
        assert qs[1].text == "We are watching every shipment,"

    def test_unbalanced_mark_at_article_start_keeps_later_quotes(self, parse):
        text = (
            '"Broken opening line without an end\n\n'
            "A plain paragraph follows.\n\n"
            "Nadia Rahman, an economist at Crescent Bank, said that inflation had eased."
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["Nadia Rahman"]


# --- reported speech --------------------------------------------------------


class TestIndirectQuotes:
    def test_said_that_drops_that_and_final_period(self, parse):
        text = "Leo Fischer, an economist at Alder Bank, said that grain imports would rise next year."
        (q,) = quotes_of(parse, text)
        assert q.kind == "indirect"
        assert q.text == "grain imports would rise next year"
        assert q.cue == "said"

    def test_predicted_by_unnamed_experts(self, parse):
        text = "Earlier, analysts predicted that the new bridge would shift most freight away from the ferries."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type, q.cue) == ("analysts", "unnamed", "predicted")
        assert q.text == "the new bridge would shift most freight away from the ferries"

    def test_pointed_out_keeps_particle_in_cue(self, parse):
        text = "Maria Lopez, a historian at Lakeside University, pointed out that the port was built in 1910."
        (q,) = quotes_of(parse, text)
        assert q.cue == "pointed out"

    def test_expects_with_object_and_infinitive(self, parse):
        text = "KITA analyst Park Ji-hoon expects shipments to recover in the second half."
        (q,) = quotes_of(parse, text)
        assert q.speaker == "Park Ji-hoon"
        assert q.text == "shipments to recover in the second half"

    def test_according_to_an_unnamed_source(self, parse):
        text = "According to a South Korean government official, Pyongyang has asked for more fertilizer this year."
        (q,) = quotes_of(parse, text)
        assert q.speaker == "a South Korean government official"
        assert q.speaker_type == "unnamed"
        assert q.cue == "according to"
        assert q.text == "Pyongyang has asked for more fertilizer this year"

    def test_reported_clause_before_the_verb(self, parse):
        text = "Selma Varga, a banker at Danube Capital, spoke on Monday. Lending will slow, she warned."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.text, q.cue) == ("Selma Varga", "Lending will slow", "warned")

    def test_nested_reporting_verb_is_one_quote(self, parse):
        text = "Theo Lind, a professor at Fjord University, said officials expect the quota to be lifted."
        (q,) = quotes_of(parse, text)
        assert q.cue == "said"
        assert q.text == "officials expect the quota to be lifted"

    def test_said_in_a_statement_that(self, parse):
        text = "A union of ferry operators said in a statement that the new fees would ruin them."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("union of ferry operators", "organization")
        assert q.text == "the new fees would ruin them"

    def test_second_reporting_verb_in_the_clause_is_a_quote_of_its_own(self, parse):
        text = (
            "A port official said the harbour expected more ships in the autumn, though he "
            "pointed out that dredging had fallen behind schedule."
        )
        qs = quotes_of(parse, text)
        assert [(q.speaker, q.cue, q.text) for q in qs] == [
            ("a port official", "said", "the harbour expected more ships in the autumn"),
            ("a port official", "pointed out", "dredging had fallen behind schedule"),
        ]

    def test_dateline_is_not_part_of_the_reported_clause(self, parse):
        text = "GENEVA, May 4 - Talks on fishing subsidies stalled again this week, according to delegates."
        (q,) = quotes_of(parse, text)
        assert q.text == "Talks on fishing subsidies stalled again this week"
        assert q.speaker == "delegates"

    def test_verb_tagged_as_noun_still_reports(self, parse):
        text = "The Ministry of Fisheries forecast that catches would rebound to a record next year."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.cue) == ("Ministry of Fisheries", "forecast")

    def test_question_is_not_reported_speech(self, parse):
        text = "Reporters asked whether the border would reopen soon."
        assert quotes_of(parse, text) == []

    def test_organisation_forecast_is_a_quote(self, parse):
        text = "The Bank of Korea estimated that the economy grew 3.1 percent last year."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type, q.cue) == ("Bank of Korea", "organization", "estimated")


class TestStatisticOrigin:
    def test_customs_data_showed_is_not_a_quote(self, parse):
        text = "Customs data showed that imports rose 12 percent to $45 million in March."
        assert quotes_of(parse, text) == []

    def test_according_to_customs_data_is_not_a_quote(self, parse):
        text = "Exports of wigs rose sharply to $80 million, according to customs data."
        assert quotes_of(parse, text) == []

    def test_customs_office_said_with_a_figure_is_not_a_quote(self, parse):
        text = "The customs office said that exports fell 3 percent to $8 million in May."
        assert quotes_of(parse, text) == []

    def test_officials_passing_on_a_multiple_is_not_a_quote(self, parse):
        text = "Trade with the island grew roughly ninefold last year, Danish officials said."
        assert quotes_of(parse, text) == []

    def test_forecast_with_a_figure_stays_a_quote(self, parse):
        text = "The trade ministry said exports would climb 5 percent next year."
        (q,) = quotes_of(parse, text)
        assert q.speaker_type == "organization"

    def test_organisation_reporting_a_figure_is_not_a_quote(self, parse):
        text = "Exports to Japan fell 24 percent in April, the Korea International Trade Association said."
        assert quotes_of(parse, text) == []


# --- speakers ---------------------------------------------------------------


class TestSpeakerResolution:
    def test_pronoun_resolved_across_paragraphs(self, parse):
        text = (
            "Tom Brenner, an economist at Capital Analytics, said that the rebound in fertilizer imports "
            "was seasonal.\n\n"
            "The figures for May will be released next week.\n\n"
            "He added that the grain trade had been unusually volatile this spring."
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["Tom Brenner", "Tom Brenner"]
        assert qs[1].cue == "added"
        assert (qs[1].role, qs[1].affiliation) == ("an economist", "Capital Analytics")

    def test_he_and_she_pick_the_compatible_person(self, parse):
        text = (
            "Mr. Lee, who runs a trading firm in Dandong, said business had slowed. "
            "Anna Fischer, a historian at Leiden University, disagreed. "
            "She said that the slowdown was temporary. He said that he would wait."
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["Lee", "Anna Fischer", "Lee"]

    def test_surname_only_gets_full_name_role_and_affiliation(self, parse):
        text = (
            "Yoon Jae-sung, who heads the trade research team at the Korea Development Institute, "
            "warned that the data may overstate trade.\n\n"
            "Yoon said that smuggling is not captured in official figures."
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["Yoon Jae-sung", "Yoon Jae-sung"]
        assert qs[1].affiliation == "Korea Development Institute"
        assert qs[1].role == "head of the trade research team"

    def test_definite_title_refers_back_to_the_person(self, parse):
        text = (
            "Kim Tae-hee, a professor of economics at Seoul National University, noted that prices "
            "had stabilized. The professor argued that markets were adapting to the sanctions."
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["Kim Tae-hee", "Kim Tae-hee"]
        assert qs[1].cue == "argued"

    def test_they_refers_to_earlier_group(self, parse):
        text = "Experts in Seoul were cautious. They said the rebound might not last."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("experts", "unnamed")

    def test_it_refers_to_earlier_organisation(self, parse):
        text = "The Ministry of Unification released a statement on Monday. It said that the talks had stalled."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("Ministry of Unification", "organization")

    def test_he_can_refer_to_an_unnamed_source(self, parse):
        text = (
            'A shipyard owner in Nampo said orders had dried up.\n\n"We have not launched a hull since March," he said.'
        )
        qs = quotes_of(parse, text)
        assert [q.speaker for q in qs] == ["a shipyard owner", "a shipyard owner"]
        assert qs[0].speaker_type == "unnamed"

    def test_acronym_subject_is_an_organisation(self, parse):
        text = "KIEP assessed that the recovery was led by imports of food and fuel."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("KIEP", "organization")

    def test_unresolvable_pronoun_is_skipped(self, parse):
        text = "He said that the market would recover."
        assert quotes_of(parse, text) == []

    def test_unnamed_title_without_antecedent_kept_as_described(self, parse):
        text = '"We cannot confirm the shipment," the spokesman said.'
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("the spokesman", "unnamed")

    def test_name_tagged_as_org_with_person_apposition_is_a_person(self, parse):
        text = (
            "Moon Chae-rin, an analyst at the Hyundai Research Institute, assessed that even if the "
            'border reopens, "the volume of trade will stay below earlier levels for years."'
        )
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("Moon Chae-rin", "person")
        assert q.affiliation == "Hyundai Research Institute"


class TestMedia:
    def test_outlet_reporting_news_is_media(self, parse):
        text = "Reuters reported that a tanker had unloaded oil at the port."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type, q.cue) == ("Reuters", "media", "reported")

    def test_the_outlet_refers_to_the_named_outlet(self, parse):
        text = (
            "Daily NK pointed out that rice prices in Hyesan had doubled. "
            "The outlet analyzed that the harvest had been poor."
        )
        qs = quotes_of(parse, text)
        assert [(q.speaker, q.speaker_type) for q in qs] == [
            ("Daily NK", "media"),
            ("Daily NK", "media"),
        ]

    def test_outlet_named_in_apposition(self, parse):
        text = "The Seoul-based news website NK Pro reported that two ships had docked in Nampo."
        (q,) = quotes_of(parse, text)
        assert (q.speaker, q.speaker_type) == ("NK Pro", "media")

    def test_the_report_is_media(self, parse):
        text = "The report noted that enforcement had weakened along the coast."
        (q,) = quotes_of(parse, text)
        assert q.speaker_type == "media"

    def test_person_is_not_media(self, parse):
        text = "Sara Holm, an editor at Baltic Freight Weekly, said that the port fees had tripled."
        (q,) = quotes_of(parse, text)
        assert q.speaker_type == "person"


class TestRoleAndAffiliation:
    def test_apposition_gives_role_and_affiliation(self, parse):
        text = "Peter Nolan, a shipping expert at the Harbor Policy Institute, said that rates had fallen."
        (q,) = quotes_of(parse, text)
        assert (q.role, q.affiliation) == ("a shipping expert", "Harbor Policy Institute")

    def test_title_before_name_is_the_role(self, parse):
        text = "Chinese commerce ministry spokeswoman Liu Fang said that the two sides would keep trading."
        (q,) = quotes_of(parse, text)
        assert q.speaker == "Liu Fang"
        assert q.role == "Chinese commerce ministry spokeswoman"

    def test_organisation_in_title_is_the_affiliation(self, parse):
        text = "KITA analyst Ryu Ji-won said that wig exports would keep growing."
        (q,) = quotes_of(parse, text)
        assert (q.role, q.affiliation) == ("analyst", "KITA")

    def test_possessive_affiliation_kept_whole(self, parse):
        text = (
            '"The border is still mostly closed," said Lim Hae-won, a professor at Dongguk '
            "University's Institute for Trade Studies."
        )
        (q,) = quotes_of(parse, text)
        assert (q.role, q.affiliation) == (
            "a professor",
            "Dongguk University's Institute for Trade Studies",
        )

    def test_relative_clause_who_leads(self, parse):
        text = (
            '"The corridor is busier than last year," said Song Ha-jin, who leads the logistics desk '
            "at the Korea Maritime Institute."
        )
        (q,) = quotes_of(parse, text)
        assert (q.role, q.affiliation) == ("head of the logistics desk", "Korea Maritime Institute")

    def test_city_after_the_institution_is_not_affiliation(self, parse):
        text = "Zhang Wei, a professor at Renmin University in Beijing, said that the figures were inflated."
        (q,) = quotes_of(parse, text)
        assert q.affiliation == "Renmin University"

    def test_sentence_start_capital_undone_in_role_and_description(self, parse):
        text = (
            "The foreign ministry spokesman, Wang Lin, said Beijing strictly implemented the rules. "
            "Chinese traders in Dandong say business has slowed since the spring."
        )
        qs = quotes_of(parse, text)
        assert qs[0].role == "the foreign ministry spokesman"
        assert qs[1].speaker == "Chinese traders"

    def test_role_keeps_of_phrase_regression_token_identity(self, parse):
        # spaCy makes a new Token object on each access, so `head is tok` was
        # always False and the "of ..." part of the role was lost.
        text = "Kim Jin-ho, the head of the Seoul-based trade council, said the outlook remains unclear."
        (q,) = quotes_of(parse, text)
        assert q.role == "the head of the Seoul-based trade council"


# --- robustness -------------------------------------------------------------

QUOTY_TEXT = st.text(alphabet=st.sampled_from(list("ab .,:\n\"\u201c\u201d\u201e\u00ab\u00bb'-")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(QUOTY_TEXT)
def test_quote_spans_are_in_bounds_ordered_and_disjoint(text):
    spans = find_quote_spans(text)
    for q in spans:
        assert 0 <= q.open_mark < q.start < q.end <= len(text)
        assert text[q.start : q.end] == text[q.start : q.end].strip()
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.open_mark


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""""""',
        "\u201c\u201d\u201c",
        '"\n\n"\n\n"',
        'He said "',
        '" he said',
        "said said said that that that.",
        "According to, .",
        '"A, b," said. "C."',
        "\n\n\n",
        "Mr. said that Mr. said.",
    ],
)
def test_odd_texts_never_raise(parse, text):
    for q in find_quotes(parse(text)):
        assert 0 <= q.start <= q.end <= len(text)


def test_regression_hyphenated_korean_given_name_is_kept_whole(nlp):
    from extractor.assemble import extract_text

    text = '"Exports are still weak," said Park Hyun-seok, a research fellow at the Korea Institute.'
    quotes = extract_text(text, published="2025-01-01", nlp=nlp).rows()["quotes"]
    assert [q["speaker"] for q in quotes] == ["Park Hyun-seok"]
