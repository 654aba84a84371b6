"""Money parsing, tested as pure functions. Cases grouped by where they come from."""

from decimal import Decimal

import pytest

from extractor.normalize.money import find_money


def only(text):
    found = find_money(text)
    assert len(found) == 1, found
    return found[0]


# Wire and newspaper styles
@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("$1.2bn", "1.2e9", "USD"),
        ("US$6.39 billion", "6.39e9", "USD"),
        ("USD 34.6 million", "34.6e6", "USD"),
        ("USD57.9 billion", "57.9e9", "USD"),
        ("₩1.2 trillion", "1.2e12", "KRW"),
        ("309 billion won", "309e9", "KRW"),
        ("309 billion KRW", "309e9", "KRW"),
        ("3.5 billion yuan", "3.5e9", "CNY"),
        ("RMB 3.2 billion", "3.2e9", "CNY"),
        ("€40m", "40e6", "EUR"),
        ("EUR 2 107 billion", "2107e9", "EUR"),
        ("12 billion rubles", "12e9", "RUB"),
        ("HK$5 million", "5e6", "HKD"),
        ("$222.1 million", "222.1e6", "USD"),
        ("1,234.5 million dollars", "1234.5e6", "USD"),
        ("a $5-billion deal", "5e9", "USD"),
        ("1.5 billion U.S. dollars", "1.5e9", "USD"),
        # Bernama, PTI, Anadolu, Jakarta and Bangkok styles
        ("RM243.8 billion", "243.8e9", "MYR"),
        ("R$ 12.4 billion", "12.4e9", "BRL"),
        ("Rp 120 trillion", "120e12", "IDR"),
        ("5.6 trillion rupiah", "5.6e12", "IDR"),
        ("120 billion baht", "120e9", "THB"),
        ("3 billion lira", "3e9", "TRY"),
        ("4.2 billion ringgit", "4.2e9", "MYR"),
    ],
)
def test_wire_forms(text, value, currency):
    m = only(text)
    assert m.value == Decimal(value)
    assert m.currency == currency


def test_yen_symbol_in_japanese_context_is_jpy():
    assert only("Japan's exports to China reached ¥12bn in May.").currency == "JPY"


def test_yen_symbol_in_yuan_context_is_cny():
    m = find_money("Imports were worth ¥8.1 billion, a yuan figure the customs office gave.")
    assert m[0].currency == "CNY"


# Broadcast transcripts spell numbers out
@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("one-and-a-half billion dollars", "1.5e9", "USD"),
        ("four-point-one trillion won", "4.1e12", "KRW"),
        ("half a billion dollars", "0.5e9", "USD"),
        ("twenty-five million euros", "25e6", "EUR"),
    ],
)
def test_spelled_out(text, value, currency):
    m = only(text)
    assert m.value == Decimal(value)
    assert m.currency == currency


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("about $500 million", "about"),
        ("approximately 309 billion KRW", "about"),
        ("more than $2 billion", "more than"),
        ("over $2 billion", "more than"),
        ("nearly $1 billion", "nearly"),
        ("less than $3 million", "less than"),
        ("up to 3 million euros", "up to"),
        ("$2 billion", ""),
    ],
)
def test_qualifiers(text, qualifier):
    assert only(text).qualifier == qualifier


def test_range_keeps_both_ends():
    m = only("$1-2 billion")
    assert (m.value, m.value_high) == (Decimal("1e9"), Decimal("2e9"))


def test_offsets_point_into_text():
    text = "Exports rose to $35.7 million in April."
    m = only(text)
    assert text[m.start : m.end] == m.text == "$35.7 million"


# Conversions
def test_parenthetical_conversion_links_to_the_figure_before_it():
    a, b = find_money("reached $222.1 million (approximately 309 billion KRW).")
    assert b.converts == 0 and a.converts is None


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("India's exports were USD 38.13 Billion in November.", "38.13e9", "USD"),
        ("Exports came to Rs 2.5 lakh crore.", "2.5e12", "INR"),
        ("Imports of Rs 500 crore.", "5e9", "INR"),
    ],
)
def test_indian_release_styles(text, value, currency):
    m = only(text)
    assert (m.value, m.currency) == (Decimal(value), currency)


def test_a_release_can_declare_its_dollars():
    text = "Goods exports rose to $45.1b. All figures are in Australian dollars and seasonally adjusted."
    assert [m.currency for m in find_money(text)] == ["AUD"]
    assert [m.currency for m in find_money("Goods exports rose to $45.1b.")] == ["USD"]


def test_conversion_equivalent_to_about():
    found = find_money("5.6 billion rubles, equivalent to about $68 million, according to customs")
    assert [m.converts for m in found] == [None, 0]


def test_conversion_with_or():
    a, b = find_money("worth 1.6 trillion won, or about $1.2 billion, in 2024")
    assert b.converts == 0


def test_same_currency_is_not_a_conversion():
    a, b = find_money("up from $1.1 billion ($0.9 billion a year before)")
    assert b.converts is None


def test_distant_figures_are_not_conversions():
    a, b = find_money("Exports were $2 billion. Separately, imports stood at 900 billion won.")
    assert b.converts is None


# Things that are not money
@pytest.mark.parametrize(
    "text",
    [
        "The ruling party won 150 seats.",
        "The film that in 2019 won the prize.",
        "Korea won the match 3-1.",
        "See page 12 of the 2024 report.",
        "In 2023, trade rose 15 percent.",
        "The ship carried 30,000 tonnes of coal.",
        "The real rose against the dollar.",
        "Floods hit the Dong Nai province.",
    ],
)
def test_not_money(text):
    assert find_money(text) == []


def test_regression_won_after_plain_small_number_is_not_money():
    # "won" after a bare digit reads as the verb, not the currency
    assert find_money("Seoul's team 3 won against Tokyo") == []


def test_table_rows_take_the_unit_line_of_their_table():
    text = (
        "Trade by major country, calendar year 2025\n(trillion yen; % change from previous year)\n\n"
        "United States: exports 20.19 (-5.0%); imports 13.03 (+3.0%); balance 7.16\n"
        "China: exports 18.45 (-2.2%); imports 25.71 (+1.7%); balance -7.26\n\nNotes: 2025 figures are preliminary."
    )
    values = [(m.value, m.currency) for m in find_money(text)]
    assert values == [
        (Decimal("20.19e12"), "JPY"),
        (Decimal("13.03e12"), "JPY"),
        (Decimal("7.16e12"), "JPY"),
        (Decimal("18.45e12"), "JPY"),
        (Decimal("25.71e12"), "JPY"),
        (Decimal("-7.26e12"), "JPY"),
    ]


def test_numbers_without_a_unit_line_are_not_money():
    assert find_money("United States: exports 20.19 (-5.0%); imports 13.03 (+3.0%)") == []


# --- shapes seen in real published text (sentences written by us) ---


def test_spoken_decimal_of_a_broadcast_transcript_is_one_number():
    """Regression: '48-point-86 billion dollars' was read as 86 billion."""
    found = find_money("Shipments came to 12-point-4 billion U.S. dollars, and imports to 9 point 05 billion dollars.")
    assert [(m.value, m.currency) for m in found] == [
        (Decimal("12.4e9"), "USD"),
        (Decimal("9.05e9"), "USD"),
    ]


def test_regression_a_dollar_economys_release_writes_its_own_dollar_bare():
    """An Australian statistics release's '$41,293m' was read as US dollars."""
    text = "Goods and services credits rose 1% to $41,293m, the Australian Bureau of Statistics said."
    assert [m.currency for m in find_money(text)] == ["AUD"]


def test_a_writer_who_marks_the_home_dollar_means_it_when_bare():
    text = "Two-way trade topped Aus$120 billion ($US80 billion) last year. Exports to Japan were $60 billion."
    assert [(m.currency, m.converts) for m in find_money(text)] == [("AUD", None), ("USD", 0), ("AUD", None)]


def test_a_home_dollar_in_brackets_is_a_conversion_and_bare_dollars_stay_usd():
    text = "Exports rose to $41.2 billion (about NT$1.3 trillion). Imports were $30 billion."
    assert [m.currency for m in find_money(text)] == ["USD", "TWD", "USD"]


def test_us_dollars_declared_beat_the_source():
    text = (
        "Statistics Canada reported the data. U.S. figures, measured in U.S. dollars, showed imports at $30.6 billion."
    )
    assert [m.currency for m in find_money(text)] == ["USD"]


def test_regression_spoken_decimals_mixing_words_and_digits():
    """'three-point-93 billion dollars' was read as 93 billion."""
    found = find_money("a deficit of four-point-57 billion dollars, after a surplus of 21-point-six billion dollars")
    assert [m.value for m in found] == [Decimal("4.57e9"), Decimal("21.6e9")]


def test_exchange_rate_and_per_tonne_prices_are_money_but_not_trade(nlp):
    doc = nlp(
        "TOKYO, Jan. 20 -- Japan's exports to China rose 5 percent to 19 trillion yen in 2022. "
        "The dollar averaged 131.2 yen in 2022. Iron ore delivered to China was assessed at $118.40/t."
    )
    assert [float(f.value) for f in doc._.trade_facts] == [19e12]
