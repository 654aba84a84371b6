"""Lookup tables for money parsing (private: use ``normalize.money``)."""

from decimal import Decimal

# Prefix symbols and codes, longest first when compiled into the pattern.
SYMBOL_CURRENCY: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "Aus$": "AUD",
    "$A": "AUD",
    "NT$": "TWD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "S$": "SGD",
    "NZ$": "NZD",
    "$": "USD",
    "₩": "KRW",
    "KRW": "KRW",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",  # re-read as CNY where the text is about yuan (see money.py)
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₽": "RUB",
    "RUB": "RUB",
    "Rs": "INR",
    "₹": "INR",
    "INR": "INR",
    "RM": "MYR",
    "MYR": "MYR",
    "R$": "BRL",
    "BRL": "BRL",
    "CAD": "CAD",
    "AUD": "AUD",
    "HKD": "HKD",
    "TWD": "TWD",
    "SGD": "SGD",
    "₺": "TRY",
    "TRY": "TRY",
    "Rp": "IDR",
    "IDR": "IDR",
    "฿": "THB",
    "THB": "THB",
    "₫": "VND",
    "VND": "VND",
    "MXN": "MXN",
    "CHF": "CHF",
}

# Currency words that follow the number ("309 billion won").
WORD_CURRENCY: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "usd": "USD",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "north korean won": "KPW",
    "krw": "KRW",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "jpy": "JPY",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "rub": "RUB",
    "pounds sterling": "GBP",
    "gbp": "GBP",
    "hong kong dollars": "HKD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "taiwan dollars": "TWD",
    "rupees": "INR",
    "ringgit": "MYR",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "rupiah": "IDR",
    "baht": "THB",
    "dong": "VND",
    "pesos": "MXN",
    "mexican pesos": "MXN",
    "singapore dollars": "SGD",
    "swiss francs": "CHF",
    "tenge": "KZT",
    "dirhams": "AED",
    "riyals": "SAR",
    "tugriks": "MNT",
    "yuan renminbi": "CNY",
}

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tril": Decimal(10) ** 12,
    # Indian numbering: "Rs 2.5 lakh crore" is 2.5 trillion rupees
    "lakh crore": Decimal(10) ** 12,
    "crore": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
}

# Words before a figure that qualify it, mapped to the contract's qualifiers.
QUALIFIERS: dict[str, str] = {
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "almost": "nearly",
    "nearly": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "at least": "more than",
    "exceeding": "more than",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "fewer than": "less than",
    "up to": "up to",
    "as much as": "up to",
}

# Spelled-out numbers (broadcast transcripts write figures this way).
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip

# "All figures are in Australian dollars": the currency a bare "$" then means.
DOLLAR_DECLARATIONS: dict[str, str] = {
    "australian": "AUD",
    "canadian": "CAD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
}


# Who writes a bare "$" for a dollar of its own: a dollar economy's statistics
# office or trade department ("Australian Bureau of Statistics"), and writers
# who mark that dollar elsewhere in the text ("Aus$100 billion").
HOME_DOLLAR_SOURCES: dict[str, str] = {
    r"Australian Bureau of Statistics|\bABS\b|Department of Foreign Affairs and Trade|\bDFAT\b": "AUD",
    r"Statistics Canada|\bStatCan\b|Global Affairs Canada": "CAD",
    r"Stats NZ|Statistics New Zealand": "NZD",
    r"Census and Statistics Department": "HKD",
    r"Singapore Department of Statistics|Enterprise Singapore": "SGD",
}
HOME_DOLLAR_MARKS: dict[str, str] = {
    "A$": "AUD", "AU$": "AUD", "Aus$": "AUD", "$A": "AUD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD",
    "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "NT$": "TWD",
}  # fmt: skip
# The dollar of each economy that has one of its own: a report about that
# economy alone states its figures in it.
ECONOMY_DOLLAR: dict[str, str] = {
    "AUS": "AUD", "CAN": "CAD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD", "TWN": "TWD",
}  # fmt: skip
