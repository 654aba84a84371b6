"""Our own aliases on top of pycountry: short forms, capitals used as
metonyms, demonyms, and the non-country economies of the contract."""

# Exact surface form -> ISO alpha-3 (or W00 for the world, EUU for the EU).
ALIASES: dict[str, str] = {
    # Koreas
    "North Korea": "PRK", "N. Korea": "PRK", "N.Korea": "PRK",
    "DPRK": "PRK", "the DPRK": "PRK", "D.P.R.K.": "PRK", "Pyongyang": "PRK",
    "North Korean": "PRK", "North Koreans": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "South Korea": "KOR", "S. Korea": "KOR", "ROK": "KOR", "Republic of Korea": "KOR",
    "Seoul": "KOR", "South Korean": "KOR", "South Koreans": "KOR", "Korea": "KOR",
    "Korean": "KOR",
    # China
    "China": "CHN", "PRC": "CHN", "Beijing": "CHN", "Chinese": "CHN",
    "People's Republic of China": "CHN", "mainland China": "CHN",
    "Hong Kong": "HKG", "Taiwan": "TWN", "Taipei": "TWN", "Taiwanese": "TWN",
    # Russia
    "Russia": "RUS", "Moscow": "RUS", "Russian": "RUS", "Russian Federation": "RUS",
    "the Kremlin": "RUS",
    # United States
    "United States": "USA", "the United States": "USA", "US": "USA", "U.S.": "USA",
    "USA": "USA", "America": "USA", "American": "USA", "Washington": "USA",
    "the States": "USA",
    # Japan
    "Japan": "JPN", "Tokyo": "JPN", "Japanese": "JPN",
    # Europe
    "EU": "EUU", "European Union": "EUU", "the EU": "EUU", "Brussels": "EUU",
    "the European Union": "EUU", "Germany": "DEU", "German": "DEU", "Berlin": "DEU",
    "France": "FRA", "French": "FRA", "Britain": "GBR", "UK": "GBR", "U.K.": "GBR",
    "British": "GBR", "United Kingdom": "GBR", "Italy": "ITA", "Italian": "ITA",
    "Netherlands": "NLD", "Dutch": "NLD", "Spain": "ESP", "Spanish": "ESP",
    "Poland": "POL", "Ukraine": "UKR", "Ukrainian": "UKR",
    # Others often in trade reporting
    "India": "IND", "Indian": "IND", "New Delhi": "IND", "Vietnam": "VNM",
    "Viet Nam": "VNM", "Vietnamese": "VNM", "Hanoi": "VNM", "Mongolia": "MNG",
    "Mongolian": "MNG", "Australia": "AUS", "Australian": "AUS", "Canada": "CAN",
    "Canadian": "CAN", "Mexico": "MEX", "Mexican": "MEX", "Brazil": "BRA",
    "Brazilian": "BRA", "Saudi Arabia": "SAU", "Saudi": "SAU", "Iran": "IRN",
    "Iranian": "IRN", "Turkey": "TUR", "Turkish": "TUR", "Türkiye": "TUR",
    "Indonesia": "IDN", "Indonesian": "IDN", "Singapore": "SGP", "Thailand": "THA",
    "Malaysia": "MYS", "Philippines": "PHL", "Kazakhstan": "KAZ", "Belarus": "BLR",
    # The world
    "the world": "W00", "the rest of the world": "W00", "all countries": "W00",
    "global": "W00", "worldwide": "W00", "overseas": "W00",
}  # fmt: skip

# Country names that are also common words or personal names: only taken
# from pycountry when our alias table lists them.
AMBIGUOUS_NAMES = frozenset(
    {"Jordan", "Chad", "Georgia", "Guinea", "Niger", "Turkey", "Jersey", "Iceland",
     "Cuba", "Peru", "Mali", "Oman", "Togo", "Dominica", "Grenada", "Chile"}
)  # fmt: skip

# Contextual forms: resolved only when the article names the country in full.
CONTEXTUAL: dict[str, str] = {"the North": "PRK", "the South": "KOR", "the bloc": "EUU"}
