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
    "UAE": "ARE", "U.A.E.": "ARE", "the Emirates": "ARE", "Emirati": "ARE", "Abu Dhabi": "ARE",
    "Thai": "THA", "Bangkok": "THA", "Malaysian": "MYS", "Kuala Lumpur": "MYS",
    "Singaporean": "SGP", "Philippine": "PHL", "Filipino": "PHL", "Manila": "PHL",
    "Jakarta": "IDN", "Kazakh": "KAZ", "Astana": "KAZ", "Ankara": "TUR", "Riyadh": "SAU",
    "Canberra": "AUS", "Ottawa": "CAN", "Brasilia": "BRA", "Brasília": "BRA",
    "Pakistani": "PAK", "Islamabad": "PAK", "Bangladeshi": "BGD", "Egyptian": "EGY",
    "Nigerian": "NGA", "South African": "ZAF", "Argentine": "ARG", "Argentinian": "ARG",
    "Chilean": "CHL", "Peruvian": "PER", "Colombian": "COL", "Qatari": "QAT", "Kuwaiti": "KWT",
    "Iraqi": "IRQ", "Israeli": "ISR", "Swiss": "CHE", "Belgian": "BEL", "Austrian": "AUT",
    "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Irish": "IRL",
    "Portuguese": "PRT", "Greek": "GRC", "Czech": "CZE", "Hungarian": "HUN", "Romanian": "ROU",
    "Uzbek": "UZB", "Burmese": "MMR", "Cambodian": "KHM", "Laotian": "LAO", "Sri Lankan": "LKA",
    "Belarusian": "BLR", "Tehran": "IRN", "Kyiv": "UKR", "Kiev": "UKR", "Minsk": "BLR",
    "Ulaanbaatar": "MNG", "Ha Noi": "VNM", "Taiwan's": "TWN", "Hongkong": "HKG",
    # Names held back as ambiguous in pycountry but a country when capitalised,
    # and the demonyms trade reporting writes for goods and buyers.
    "Chile": "CHL", "Peru": "PER", "Macau": "MAC", "Sino": "CHN",  # "Sino-Russian trade"
    "Polish": "POL", "Slovak": "SVK", "Slovenian": "SVN", "Estonian": "EST", "Latvian": "LVA",
    "Lithuanian": "LTU", "Bulgarian": "BGR", "Croatian": "HRV", "Serbian": "SRB",
    "Luxembourgish": "LUX", "Venezuelan": "VEN", "Ecuadorian": "ECU", "Bolivian": "BOL",
    "Uruguayan": "URY", "Paraguayan": "PRY", "Moroccan": "MAR", "Algerian": "DZA",
    "Ethiopian": "ETH", "Kenyan": "KEN", "Ghanaian": "GHA", "Angolan": "AGO",
    "Omani": "OMN", "Bahraini": "BHR", "Jordanian": "JOR", "Lebanese": "LBN", "Syrian": "SYR",
    "Nepalese": "NPL", "Azerbaijani": "AZE", "Armenian": "ARM", "Kyrgyz": "KGZ", "Tajik": "TJK",
    "Turkmen": "TKM", "New Zealander": "NZL",
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

# Contextual forms: the first of their economies the article names in full
# ("the kingdom" in a story about Thailand); "the mainland" is China in a story
# about Hong Kong or Taiwan too.
# Regions and groupings with no code of the contract: a figure with one of
# them as a side is not a fact we can state ("exports to ASEAN", "trade with
# Africa"). They are found like economies, with this placeholder code, so the
# roles machinery sees them and the facts engine drops what they take part in.
REGION = "XXR"
REGIONS = (
    "ASEAN", "Southeast Asia", "South-East Asia", "Southeast Asian countries", "Southeast Asian nations",
    "Africa", "African countries", "Latin America", "Latin American countries", "South America",
    "the Middle East", "Central Asia", "the Asia-Pacific", "the Asia Pacific", "the euro area", "the eurozone",
    "the euro zone", "the Eurozone", "RCEP", "the Belt and Road", "Belt and Road countries", "BRICS",
    "the Gulf states", "the Gulf Cooperation Council", "GCC", "Mercosur", "Eastern Europe", "the Commonwealth",
    # the euro area as a statistics release names it, article or none, any case
    "The euro area", "euro area", "Euro area", "The eurozone", "eurozone", "Eurozone", "euro zone", "Euro zone",
    # "exports to third countries outside the EU": all non-members, no code
    "third countries",
)  # fmt: skip

CONTEXTUAL: dict[str, tuple[str, ...]] = {
    "the North": ("PRK",),
    "the South": ("KOR",),
    "the bloc": ("EUU",),
    "the kingdom": ("THA", "SAU", "GBR", "NLD", "ESP", "BEL", "SWE", "NOR", "DNK", "JOR", "MAR", "BHR", "KHM"),
    "the island": ("TWN",),
    "the mainland": ("CHN",),
    "the Gulf state": ("ARE", "SAU", "QAT", "KWT", "BHR", "OMN"),
    "the Gulf nation": ("ARE", "SAU", "QAT", "KWT", "BHR", "OMN"),
}
CONTEXT_LICENCE: dict[str, tuple[str, ...]] = {"the mainland": ("CHN", "HKG", "TWN", "MAC")}

# Descriptions journalists use for an economy the article names elsewhere
# ("the pariah state", "Asia's largest economy"): an economy mention only
# when the article names that economy in full (lower case, one space or
# hyphen between words).
DESCRIPTIONS: dict[str, str] = {
    **{
        f"the {adj} {noun}": "PRK"
        for adj in ("pariah", "reclusive", "isolated", "secretive", "hermit", "impoverished", "nuclear-armed")
        for noun in ("state", "regime", "nation", "country", "kingdom")
    },
    "asia's largest economy": "CHN", "asia's biggest economy": "CHN",
    "the world's second-largest economy": "CHN", "the world's second-biggest economy": "CHN",
    "the world's no. 2 economy": "CHN", "the world's largest economy": "USA", "the world's biggest economy": "USA",
    "asia's fourth-largest economy": "KOR", "the world's third-largest economy": "JPN",
    "the world's fourth-largest economy": "JPN", "europe's largest economy": "DEU", "europe's biggest economy": "DEU",
}  # fmt: skip

# Words after a country's name that make it part of an organisation's or an
# outlet's name ("Korea Customs Service", "China Daily"), and words before it
# ("the Bank of Korea"): these name no economy of a trade flow.
ORG_AFTER = (
    r"Customs|Institute|University|Development|Herald|Times|Daily|Post|Economic|International|Trade|"
    r"Statistical|Academy|Center|Centre|Foundation|Association|Federation|Chamber|Exim|Export|Energy|"
    r"Electric|Telecom|Airlines|Railways?|Shipbuilding|Steel|Motors?|Review|Broadcasting|News|Research"
)
# "Chinese-owned smelters", "Korean-made SUVs" are not a flow's economy.
COMPOUND_AFTER = r"-(?:owned|based|run|funded|backed|built|made|flagged|registered|linked)\b"
ORG_BEFORE = r"(?:Bank|University|Institute|Academy|Chamber|Federation|Association|Council|Embassy)\s+of\s+(?:the\s+)?"

# Cities that open datelines ("SEJONG, Oct. 1 (Yonhap) --"): the reporting
# country, a weak prior for flows that name no economy. Not economies in running
# text ("the port of Shanghai").
DATELINE_CITIES: dict[str, str] = {
    "Sejong": "KOR", "Daejeon": "KOR", "Busan": "KOR", "Incheon": "KOR", "Gwacheon": "KOR",
    "Shanghai": "CHN", "Shenzhen": "CHN", "Guangzhou": "CHN", "Dandong": "CHN", "Hunchun": "CHN",
    "Vladivostok": "RUS", "St Petersburg": "RUS", "St. Petersburg": "RUS", "Osaka": "JPN",
    "Yokohama": "JPN", "Wiesbaden": "DEU", "Frankfurt": "DEU", "Hamburg": "DEU", "Mumbai": "IND",
    "Ho Chi Minh City": "VNM", "Sao Paulo": "BRA", "São Paulo": "BRA", "Rio De Janeiro": "BRA",
    "Sydney": "AUS", "Melbourne": "AUS", "Toronto": "CAN", "Luxembourg": "EUU", "Istanbul": "TUR",
    "Almaty": "KAZ", "Dubai": "ARE", "Jeddah": "SAU", "Karachi": "PAK", "Geneva": "CHE",
}  # fmt: skip
