"""Property-based tests: money and number parsing never raise, and figures
written the way the press writes them parse back to their value."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize.money import find_money
from extractor.normalize.numbers import parse_number, parse_number_words

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SYMBOLS = {"$": "USD", "€": "EUR", "₩": "KRW", "US$": "USD", "RMB ": "CNY"}
WORDS = {"won": "KRW", "yuan": "CNY", "euros": "EUR", "rubles": "RUB", "yen": "JPY"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_money_never_raises_and_offsets_hold(text):
    for m in find_money(text):
        assert text[m.start : m.end] == m.text
        assert m.value >= 0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_number_parsers_never_raise(text):
    parse_number(text)
    parse_number_words(text)


amounts = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("9999.9"), places=1)


@settings(max_examples=200, deadline=None)
@given(amounts, st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(SYMBOLS)))
def test_symbol_figures_round_trip(amount, scale, symbol):
    found = find_money(f"Trade reached {symbol}{amount} {scale} last year.")
    assert len(found) == 1
    assert found[0].value == amount * SCALES[scale]
    assert found[0].currency == SYMBOLS[symbol]


@settings(max_examples=200, deadline=None)
@given(amounts, st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(WORDS)))
def test_currency_word_figures_round_trip(amount, scale, word):
    found = find_money(f"Exports came to {amount} {scale} {word} in May.")
    assert len(found) == 1
    assert (found[0].value, found[0].currency) == (amount * SCALES[scale], WORDS[word])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999_999))
def test_grouped_digits_round_trip(n):
    assert parse_number(f"{n:,}") == Decimal(n)
