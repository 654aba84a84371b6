"""Country-table coverage that published trade news needs (issue 13): names
pycountry holds back as ambiguous and demonyms of buyers and goods."""

import pytest

from extractor.normalize.countries import find_economies


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
