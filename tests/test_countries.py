"""Economy names, short forms, metonyms and demonyms to ISO alpha-3."""

import pytest

from extractor.normalize.countries import country_code, find_economies


@pytest.mark.parametrize(
    "text, code",
    [
        ("North Korea", "PRK"),
        ("N. Korea", "PRK"),
        ("the DPRK", "PRK"),
        ("Pyongyang", "PRK"),
        ("South Korea", "KOR"),
        ("Seoul", "KOR"),
        ("Beijing", "CHN"),
        ("Chinese", "CHN"),
        ("the world", "W00"),
        ("the EU", "EUU"),
        ("the European Union", "EUU"),
        ("Moscow", "RUS"),
        ("Japanese", "JPN"),
        ("U.S.", "USA"),
        ("Germany", "DEU"),
        ("Viet Nam", "VNM"),
    ],
)
def test_names_and_aliases(text, code):
    found = find_economies(f"Trade with {text} grew.")
    assert [m.code for m in found] == [code]
    assert found[0].text == text


def test_the_north_needs_context():
    assert find_economies("the North exported coal") == []
    assert [m.code for m in find_economies("the North exported coal", context={"PRK"})] == ["PRK"]


def test_lowercase_words_are_not_countries():
    assert find_economies("fine china and us and turkey dinners") == []


def test_country_code_accepts_codes():
    assert country_code("PRK") == "PRK"
    assert country_code("W00") == "W00"
    assert country_code("Narnia") is None


def test_regression_us_dollar_symbol_is_not_the_united_states():
    assert find_economies("Exports reached US$52.6 billion.") == []


def test_capitalised_datelines_and_headlines():
    assert [m.code for m in find_economies("SEOUL, March 1 (Yonhap) -- KOREA CUSTOMS SERVICE")] == ["KOR", "KOR"]
