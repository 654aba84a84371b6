"""A paragraph framed by its partner ("In trade with the United States, …")
keeps that partner for figures that name none (extractor.facts.discourse).
Sentences are ours."""

from extractor.facts.discourse import DiscourseState, framed_partner, paragraph_start
from extractor.normalize.countries import find_economies


def roles(nlp, text):
    doc = nlp(text)
    return [(f.flow, f.economy, f.partner) for f in doc._.trade_facts]


def test_regression_framed_partner_holds_for_the_balance_and_the_next_sentence(nlp):
    """'In trade with the United States, Japan's surplus plunged …' gave the world as partner."""
    text = (
        "TOKYO, Aug. 17 -- Japan logged a trade deficit of 1.4 trillion yen in July.\n\n"
        "In trade with the United States, Japan's surplus fell 20.5 percent to 520.1 billion yen. "
        "Exports rose 11.2 percent to 1.62 trillion yen.\n\n"
        "Exports to the world rose 19 percent to 8.75 trillion yen."
    )
    assert roles(nlp, text) == [
        ("balance", "JPN", "W00"),
        ("balance", "JPN", "USA"),
        ("export", "JPN", "USA"),
        ("export", "JPN", "W00"),
    ]


def test_frame_with_an_apposition():
    text = "With its second-largest trading partner, the US, Japan recorded a surplus."
    assert framed_partner(text, 0, find_economies(text)) == "USA"


def test_a_partner_inside_the_clause_is_not_a_frame():
    text = "Japan's trade with the United States grew, officials said."
    assert framed_partner(text, 0, find_economies(text)) is None


def test_the_frame_ends_with_its_paragraph():
    text = "In trade with China, exports fell.\n\nImports rose."
    state = DiscourseState(topic=("CHN", paragraph_start(text, 0)))
    assert state.topic_partner(paragraph_start(text, 0), owner="JPN") == "CHN"
    assert state.topic_partner(paragraph_start(text, text.index("Imports")), owner="JPN") is None
    assert state.topic_partner(paragraph_start(text, 0), owner="CHN") is None
