"""Owner and partner from the wording around a flow cue, and the article's
pair (extractor.facts.cue_roles, extractor.facts.article): pure functions
called directly, no model. Sentences are ours."""

from collections import Counter

import pytest

from extractor.facts import _tables as T
from extractor.facts.article import article_pair, lead_owner
from extractor.facts.cue_roles import across, assign_roles, pair_in
from extractor.facts.periods import months, months_between
from extractor.facts.sentence import Cue
from extractor.normalize.countries import find_economies
from extractor.normalize.periods import Period


def roles_in(text: str, cue_word: str):
    """assign_roles for the first cue the tables find at ``cue_word``."""
    at = text.index(cue_word)
    cues = [Cue(m.start(), m.end(), flow) for rx, flow in T.FLOW_CUE_RE for m in rx.finditer(text) if m.start() == at]
    assert cues, f"no cue at {cue_word!r}"
    cue = max(cues, key=lambda c: c.end - c.start)
    return assign_roles(text, cue, find_economies(text), 0, len(text))


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("South Korea's exports to China rose to $10 billion.", "exports", ("KOR", "CHN")),
        ("Japan's imports from Australia came to $4 billion.", "imports", ("JPN", "AUS")),
        ("Trade between Vietnam and Thailand reached $2 billion.", "Trade", ("VNM", "THA")),
        ("Imports originating in Brazil were worth $1 billion.", "Imports", (None, "BRA")),
        ("With Japan, trade slid to $3 billion.", "trade", (None, "JPN")),
    ],
)
def test_roles_from_the_wording_around_the_cue(text, cue, expected):
    assert roles_in(text, cue) == expected


def test_an_explicit_pair_is_found_only_when_joined():
    text = "Germany-France trade, and Spain in Italy"
    econs = find_economies(text)
    assert pair_in(text, econs) == ("DEU", "FRA")
    assert pair_in("Spain in Italy", find_economies("Spain in Italy")) == (None, None)


def test_across_gives_the_other_side():
    assert across(("KOR", "CHN"), "KOR") == "CHN"
    assert across(("KOR", "CHN"), "CHN") == "KOR"


def test_the_lead_names_the_owner_of_its_flow():
    text = "Canada's exports rose for a third month. Mexico and Canada signed a deal."
    assert lead_owner(text, find_economies(text)) == "CAN"
    text = "Officials met on Monday. Canada's exports rose."
    assert lead_owner(text, find_economies(text)) is None


def test_the_articles_pair_must_dominate_its_mentions():
    text = "Vietnam-Thailand trade grew. Vietnam sold rice to Thailand. Thailand bought more."
    econs = find_economies(text)
    mentions = Counter(e.code for e in econs)
    assert article_pair(text, econs, mentions) == ("THA", "VNM")
    many = text + " Japan, China, India, Brazil, Canada and Germany also traded."
    econs = find_economies(many)
    assert article_pair(many, econs, Counter(e.code for e in econs)) is None


def test_months_of_a_period_and_between_periods():
    assert months(Period.of_quarter(2025, 2)) == 3
    assert months(Period.of_year(2024)) == 12
    assert months_between(Period.of_month(2024, 11), Period.of_month(2025, 2)) == 3
