"""Economy names, short forms, metonyms and demonyms to ISO alpha-3."""

import pytest

from extractor.normalize.countries import country_code, find_economies, find_statistics_offices


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
        ("UAE", "ARE"),
        ("the Emirates", "ARE"),
        ("Thai", "THA"),
        ("Malaysian", "MYS"),
        ("Kazakh", "KAZ"),
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


@pytest.mark.parametrize(
    "form, context, code",
    [
        ("the kingdom", {"THA", "USA"}, "THA"),
        ("the Kingdom", {"SAU"}, "SAU"),
        ("the island", {"TWN"}, "TWN"),
        ("the mainland", {"HKG"}, "CHN"),
        ("the Gulf nation", {"IND", "ARE"}, "ARE"),
    ],
)
def test_contextual_forms_take_the_economy_the_article_names(form, context, code):
    assert [m.code for m in find_economies(f"Exports to {form} rose.", context=context)] == [code]


@pytest.mark.parametrize("form", ["the kingdom", "the island", "the mainland", "the Gulf nation"])
def test_contextual_forms_without_a_licence_are_nothing(form):
    assert find_economies(f"Exports to {form} rose.", context={"USA"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "the Korea Customs Service said",
        "China Daily reported",
        "the Bank of Korea",
        "Korea University",
        "Chinese-owned smelters",
        "Korean-made SUVs",
    ],
)
def test_organisations_named_after_a_country_are_not_economies(text):
    assert find_economies(text) == []


def test_statistics_offices_say_whose_figures_are_reported():
    assert [m.code for m in find_statistics_offices("according to the Korea Customs Service")] == ["KOR"]
    assert find_statistics_offices("Korea University") == []


def test_regression_the_worlds_largest_economy_is_not_the_world():
    assert find_economies("imports from the world's second-largest economy") == []
    assert [m.code for m in find_economies("exports to the world rose")] == ["W00"]
