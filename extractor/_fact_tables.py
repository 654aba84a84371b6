"""Word lists for trade-fact extraction (private: use ``extractor.facts``)."""

import re

# Flow cues: surface regex -> flow. Checked nearest to the figure first.
FLOW_CUES: list[tuple[str, str]] = [
    (r"trade (?:deficits?|surplus(?:es)?|balance|gap)", "balance"),
    (r"deficits?|surplus(?:es)?|shortfall", "balance"),
    # a table row or a release line: "balance 7.16", "Balance: 0.31 trillion yen"
    (r"balance(?=:?\s*[-+−]?(?:[$€£¥₩]|\d))", "balance"),
    # "Trade" inside an institution's name ("Korea International Trade Association") is no flow.
    (r"(?-i:(?<!Ministry of )(?<!Department of )(?<!International )(?<!Foreign ))(?:two-way |bilateral |total |overall |cross-border |border )?(?:(?-i:t)rade|(?-i:T)rade(?-i:(?! [A-Z][a-z]))|TRADE)(?: volume| value| turnover)?", "total"),
    (r"(?:trade )?turnover|commerce|trading volume|traded|two-way flows?|flows? in both directions|goods (?:moved|crossed|changed hands|flowed)|crossed the border|changed hands|(?<!of )(?:the|its|their) (?:monthly |annual |combined |overall |two-way )?total(?! of)", "total"),
    (r"re-?exports?|exports?|exported|exporting|outbound shipments|shipments|shipped|sales|sold|sell|sent|deliveries|delivered|supplies|outbound", "export"),
    (r"imports?|imported|importing|purchases|purchased|bought|buying|inbound shipments|inbound", "import"),
]  # fmt: skip
# A cue word used as a modifier names no flow: "its biggest export destination",
# "trade talks", "import curbs".
NOT_A_FLOW_AFTER = (
    r"(?!\s+(?:destinations?|markets?|partners?|controls?|bans?|licen\w*|curbs?|restrictions?|polic\w+|"
    r"earners?|powerhouses?|hubs?|prices?|talks|wars?|tensions|deals?|agreements?|disputes?|zones?|fairs?|"
    r"ministers?|ministry|office|representatives?|body|routes?|barriers?|rules|sanctions|credit|financing|"
    r"associations?|unions?|groups?|commissioners?|envoys?|negotiators?|officials?|surplus(?:es)? targets?)\b)"
)
FLOW_CUE_RE = [(re.compile(rf"\b(?:{p})\b{NOT_A_FLOW_AFTER}", re.IGNORECASE), f) for p, f in FLOW_CUES]

# Money in a sentence with one of these near it is not a trade flow.
NON_TRADE_CUES = re.compile(
    r"\b(?:aid|humanitarian|assistance|donat\w*|grants?|invest\w*|FDI|capital|prices?|priced|"
    r"per (?:tonne|ton|barrel|kilogram|kg|unit|month|year|head|person)|a (?:tonne|ton|barrel|kilogram)|"
    r"salar\w*|wages?|fines?|fined|penalt\w*|subscriptions?|budgets?|loans?|"
    r"market (?:cap\w*|value)|valuation|revenues?|profits?|earnings|costs?|cost|spent|spending|"
    r"tuition|funds?|funding|pledged|bail|ransom|bribes?|reward|tariffs? revenue|deal worth|"
    r"contract|contracts|project|bridge|credit|debt|reserves?|bonds?|stake|acquisition|bought a|"
    r"sanctions relief|compensation|damages|estimated cost|sold for|sells for|selling for|fetch\w*|traded at|trading at|exchange rates?|to the dollar|per dollar|"
    r"(?:yuan|dollar|euro) (?:bought|buys|fetched)|retail sales|industrial (?:production|output)|GDP|"
    r"gross domestic product|economy grew|against the (?:dollar|yen|euro|yuan|won)|"
    r"(?:baht|ringgit|rupiah|rupee|lira|won|yen|yuan|ruble|rouble|real|peso) (?:has |had )?(?:gained|weakened|strengthened|fallen|risen|lost))\b",
    re.IGNORECASE,
)

# A figure after these words is a forecast or target, not trade that happened.
FORECAST_CUES = re.compile(
    r"\b(?:forecasts?|forecasted|projects?|projected|projections?|expects?|expected|targets?|targeted|"
    r"aims? (?:to|for)|goal of|would|will|could|might|predicts?|predicted|outlook|hopes? to|plans? to|"
    r"wants? \w+ to|seeks? to)\b",
    re.IGNORECASE,
)

# The figure's own period wording that marks a measure other than a total.
DAILY = re.compile(r"\b(?:a|per) day\b|\bdaily(?: average)?\b", re.IGNORECASE)

# Words that say "the world" as partner when no partner is named.
WORLD_CUES = re.compile(
    r"\b(?:overall|global|worldwide|all (?:countries|partners)|to the world(?!['’]s)|from the world(?!['’]s)|"
    r"foreign trade|external trade)\b",
    re.IGNORECASE,
)
# Words that say "the world" only when the article is not about one pair.
WEAK_WORLD_CUES = re.compile(r"\b(?:total|outbound|overseas)\b", re.IGNORECASE)

# Change wording: verbs/nouns and their sign.
UP_WORDS = r"rose|rise|rising|risen|increased?|increasing|grew|grow(?:n|ing|th)?|jumped?|jump|surged?|climbed?|gained?|gains?|expanded?|expansion|up|higher|more|advanced|soared?|rebounded?|spiked?|added|leapt|leaped|hike|skyrocketed|rocketed|swelled|accelerated|widened|widening|rising|climbing|jumping|surging|growing|gaining|soaring|expanding|above|ahead"
DOWN_WORDS = r"fell|fall(?:en|ing)?|dropped|drops?|declined?|declining|decreased?|decreasing|slid|slipped|plunged?|plummeted|down|lower|less|shrank|shrunk|shrinking|contracted|contraction|tumbled?|sank|dipped|dips?|slumped?|eased|retreated|slowed|lost|collapsed|nosedived|crashed|sagged|dwindled|narrowed|narrowing|dropping|falling|sliding|slipping|plunging|sinking|tumbling|below|behind"
CHANGE_QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than",
    "at least": "more than", "nearly": "nearly", "almost": "nearly", "about": "about",
    "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "less than": "less than", "under": "less than", "just under": "nearly",
}  # fmt: skip
MULTIPLES = {
    "doubled": 100.0,
    "tripled": 200.0,
    "trebled": 200.0,
    "quadrupled": 300.0,
    "halved": -50.0,
}

# Commodities worth naming on a fact (free text in the table).
COMMODITIES = [
    "crude oil", "refined petroleum products", "refined petroleum", "petroleum products", "oil",
    "coal", "anthracite", "iron ore", "steel", "textiles", "garments", "clothing", "apparel",
    "seafood", "fish", "rice", "soybeans", "corn", "wheat", "fertilizer", "fertilisers",
    "wigs and eyelashes", "wigs", "hair products", "electricity", "natural gas", "LNG",
    "semiconductors", "chips", "memory chips", "cars", "automobiles", "vehicles",
    "machinery", "electronics", "smartphones", "ginseng", "silk", "zinc", "molybdenum",
    "ferroalloys", "tungsten", "sugar", "flour", "soybean oil", "plastics", "tires",
    "palm oil", "copper", "refined copper", "gold", "beef", "pork", "wine", "timber", "lumber",
    "solar panels", "electric vehicles", "aluminium", "aluminum", "nickel", "rubber", "coffee",
    "cotton", "potash", "uranium", "lithium", "crude",
]  # fmt: skip
COMMODITY_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, COMMODITIES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

# Where statistics come from: "according to X", "data from X", "X data showed".
SOURCE_RE = re.compile(
    r"(?:[Aa]ccording to|[Dd]ata (?:from|released by|compiled by|published by|issued by)|"
    r"citing(?: data from)?|figures (?:from|released by|compiled by|published by)|"
    r"statistics (?:from|released by|compiled by|published by)|compiled by|released by)\s+"
    r"(?:the\s+)?(?P<org>(?:[A-Z][\w.&'’-]*)(?:\s+(?:of|and|for|the|on|[A-Z][\w.&'’-]*|\([A-Z]+\)))*)"
)
SOURCE_BEFORE_RE = re.compile(
    r"(?:the\s+)?(?P<org>(?:[A-Z][\w.&'’-]*)(?:\s+(?:of|and|for|[A-Z][\w.&'’-]*))*)(?:'s)?\s+"
    r"(?:data|figures|statistics)\s+(?:showed|show|shows|indicated|revealed)"
)

# Economies whose fiscal year starts in July, not April ("the 2024-25 financial
# year" in an Australian story runs July 2024 to June 2025).
FISCAL_START_JULY = frozenset({"AUS", "NZL", "PAK", "EGY", "BGD", "KEN"})
