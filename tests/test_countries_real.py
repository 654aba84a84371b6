"""Country-table coverage that published trade news needs (issue 13): names
pycountry holds back as ambiguous and demonyms of buyers and goods."""

import pytest

from extractor.normalize.countries import REGION, find_economies


@pytest.mark.parametrize(
    "text, codes",
    [
        # the bug: "Chile" and "Peru" were held back as ambiguous words and never listed
        ("Copper shipments from Chile and Peru rose.", ["CHL", "PER"]),
        ("Polish and Slovenian buyers took more cars.", ["POL", "SVN"]),
        ("Exports to Macau fell.", ["MAC"]),
    ],
)
def test_country_names_and_demonyms_that_trade_news_uses(text, codes):
    assert [m.code for m in find_economies(text)] == codes


def test_a_chile_pepper_in_lower_case_is_no_country():
    assert find_economies("a sauce of green chile and lime") == []


@pytest.mark.parametrize(
    "text",
    [
        # the bug: "The euro area" (capital T) and "euro area" without an article
        # were no region, so a release's euro-area figures became facts of the world
        "The euro area exports of goods rose.",
        "Preliminary euro area balance figures pointed to a surplus.",
        "Intra-euro area trade fell.",
        "Exports to third countries fell.",
    ],
)
def test_the_euro_area_and_third_countries_are_regions_without_a_code(text):
    assert [m.code for m in find_economies(text)][:1] == [REGION]
