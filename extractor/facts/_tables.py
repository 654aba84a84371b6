"""Word lists and phrase patterns of trade-fact extraction (private: use
``extractor.facts``)."""

import re

# Flow cues: surface regex -> flow. Checked nearest to the figure first.
FLOW_CUES: list[tuple[str, str]] = [
    (r"trade (?:deficits?|surplus(?:es)?|balance|gap)", "balance"),
    (r"deficits?|surplus(?:es)?|shortfall", "balance"),
    # a table row or a release line: "balance 7.16", "Balance: 0.31 trillion yen"
    (r"balance(?=:?\s*[-+−]?(?:[$€£¥₩]|\d))", "balance"),
    # "Trade" inside an institution's name ("Korea International Trade Association") is no flow.
    # "Foreign trade volume rose" opens a sentence; "Foreign Trade" names a ministry or association
    # "export trade", "import trade": the flow word before names the flow, not "trade"
    (r"(?<!export )(?<!import )(?<!exports )(?<!imports )(?-i:(?<!Ministry of )(?<!Department of )(?<!International )(?<!of Foreign ))(?:two-way |bilateral |total |overall |cross-border |border )?(?:(?-i:t)rade|(?-i:(?<!Foreign ))(?-i:T)rade(?-i:(?! [A-Z][a-z]))|(?-i:(?<!Foreign ))TRADE)(?: volume| value| turnover)?", "total"),
    # both ways named at once: "imports and exports", "imported and exported", "import and export volume"
    (r"(?:imports?|imported|importing) and (?:exports?|exported|exporting)(?: volume| value)?|(?:exports?|exported|exporting) and (?:imports?|imported|importing)(?: volume| value)?", "total"),
    (r"(?:trade )?turnover|commerce|trading volume|traded|two-way flows?|flows? in both directions|goods (?:moved|crossed|changed hands|flowed)|crossed the border|changed hands|(?<!of )(?:the|its|their) (?:monthly |annual |combined |overall |two-way )?total(?! of)", "total"),
    # an agent noun names the flow of its economy ("the largest importer of Chinese products");
    # the plural names firms ("exporters face a stronger currency")
    (r"re-?exports?|exports?|exported|exporting|exporter|outbound shipments|shipments|shipped|sales|sold|sell|sent|deliveries|delivered|supplies|outbound", "export"),
    (r"imports?|imported|importing|importer|purchases|purchased|bought|buying|inbound shipments|inbound", "import"),
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
    r"(?:baht|ringgit|rupiah|rupee|lira|won|yen|yuan|ruble|rouble|real|peso) (?:has |had )?(?:gained|weakened|strengthened|fallen|risen|lost)|"
    # "the dollar averaged 130.77 yen", "a current account surplus", "per capita income"
    r"(?:dollar|yen|euro|yuan|won|pound|rupee|ruble|rouble) (?:averaged|traded|stood|was trading|hovered)|"
    r"current[- ]account|per capita|national income|incomes?)\b",
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
    r"foreign trade|external trade|total (?:exports|imports|shipments|outbound shipments)(?!\s+(?:to|from|with|of)\b))\b",
    re.IGNORECASE,
)
# Words that say "the world" only when the article is not about one pair.
WEAK_WORLD_CUES = re.compile(r"\b(?:total|outbound|overseas)\b", re.IGNORECASE)
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

# ---------------------------------------------------------------- phrase patterns

# What may stand before a period that opens its sentence ("In April 2023, …",
# "Over January-July, …"); "It remains below 2019's …" does not open with it.
OPENING = re.compile(
    r"^[\s\"“(—–-]*(?:(?:in|for|during|over|across|through|throughout|at|as\s+of|by|from|between|and|but|so"
    r"|meanwhile|then|also|still|yet|the|whole|entire|all|of|full|calendar)[\s,]+)*$",
    re.I,
)
LEAD_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n\n")
POSSESSIVE_FLOW = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|trade|shipments|purchases|sales|trade (?:surplus|deficit))\b",
    re.I,
)
DATELINE = re.compile(r"\s*([A-Z][A-Z .'-]{2,24}?)(?:,\s|\s+[–—-]+\s)")
# The words between a change and the figure it started from ("up 9.7 percent
# from $171.6 million", "8.3 percent below the $326.85 million").
CHANGE_FROM_FIGURE = re.compile(
    r"\b(?:from|below|above|on|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
    # "up 19.1 percent from October's $16.46 million"
    r"(?:(?:[A-Z][a-z]+|last\s+year|a\s+year\s+earlier|the\s+previous\s+month)['’]s?\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?\W{0,3}$",
    re.I,
)
THAN_FIGURE = re.compile(r"\s*than\s+(?:in\s+|that of\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:about\s+|some\s+)?")
SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:late|early|mid|end of|start of|beginning of)?-?\s*$", re.I)
PCT_ON = re.compile(r"%\s*(?:on|from|over|vs\.?|compared with)\s+$", re.I)
COMPARED_TO = re.compile(
    r"\b(?:than|level of|compared|against|versus|vs\.?|since|(?:up|down) (?:from|on)"
    r"|(?:half|double|twice|triple|a (?:third|quarter|fraction)(?: of)?) the)\b",
    re.I,
)
PRICE_TALK = re.compile(
    r"\b(?:prices?|sold for|sells for|fetch\w*|exchange rate|per (?:kilogram|tonne|ton|barrel)|duty|duties|tariffs?)\b",
    re.I,
)
ANNUAL = re.compile(r"\b(?:annual|full-year|yearly|for the year as a whole)\b", re.I)
BASE_WORDS = re.compile(
    r"\b(?:above|below|over|on|from|than|compared (?:with|to)|(?:as )?against|versus|vs\.?|the level of|that of)\s+(?:in\s+|the\s+)?$",
    re.I,
)
ROW_LABEL = re.compile(
    r"[ \t]*(?:\n|[—–]|:\s*\n|:[ \t]*(?=[-+−]?(?:[$€£¥₩]|[A-Z]{1,3}\$|\d))"
    r"|:[ \t]*(?=(?:exports?|imports?|shipments|trade|turnover)\b))",  # "China: exports 18.45 (-2.2%); …"
    re.I,
)
CURRENCY_HOME = {
    "JPY": "JPN", "KRW": "KOR", "CNY": "CHN", "RUB": "RUS", "GBP": "GBR", "AUD": "AUS",
    "INR": "IND", "TWD": "TWN", "HKD": "HKG", "CAD": "CAN",
}  # fmt: skip
THAT_FIGURE = re.compile(r"\s*(?:That|This|It|The (?:\w+ )?(?:figure|total|tally|number|amount))\b(?! of)")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.I)
LIST_PREP = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)
WHEN_CLAUSE = re.compile(r",?\s*when\b[^.;$€£¥₩]{0,70}", re.I)
UP_FROM = re.compile(
    r"\b(?:up|down|rising|falling|higher|lower)(?:\s+(?:about\s+)?[\d.]+\s*(?:%|percent|per cent))? from\s+"
    r"(?:about |some |roughly |nearly |just )?$",
    re.I,
)
# A date the release verb governs, its agent or a part of the month between
# ("issued by the customs office in late July"): when the data came out, not what they cover.
RELEASED = re.compile(
    r"\b(?:released|published|announced|reported|issued|updated)\s+(?:by\s+[^,.;:!?]{1,60}?\s+)?"
    r"(?:on\s+|in\s+(?:(?:late|early|mid)[\s-]+)?)?$",
    re.I,
)
ORIGIN = re.compile(r"\b(?:originating|originated|made|produced|sourced)\s+(?:in|from)\s+(?:the\s+)?$", re.I)
FROM_FIGURE = re.compile(
    # "… to $197.95 million in March from $89.03 million"
    # "… to $78.3 billion in 2022-23 as against $76.2 billion": a fiscal year's label too
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?(?:[A-Za-z-]+(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?))?"
    r"[\s),]*(?:(?:up |down |rising |falling )?from|compared (?:with|to)|(?:as )?against|versus|vs\.?)\s+"
    r"(?:about |some |roughly |nearly |just )?",
    re.I,
)
FIGURE_PERIOD_GAP = re.compile(r"\s*(?:in|for|during|of)?\s*(?:the\s+)?")
BOTH_SIDES = re.compile(r"\b(?:two countries|two sides|both countries|bilateral|the pair|two neighbou?rs)\b", re.I)
TWO_SIDES = re.compile(
    r"\b(?:two countries|two sides|both countries|the pair|two neighbou?rs|both sides|between the two)\b", re.I
)
OPPOSITE = re.compile(
    r"\b(?:in|going)\s+the\s+(?:opposite|other|reverse)\s+direction\b|\b(?:going\s+)?the\s+other\s+way\b"
    r"|\bin\s+return\b|\bthe\s+reverse\s+flow\b",
    re.I,
)
BILATERAL = re.compile(r"\b(?:two-way|bilateral|cross-border|border)\b", re.I)
# A partner named by description: "imports from the Asian country", "exports to
# the world's second-largest economy", "a surplus with the country".
DESCRIBED = re.compile(
    r"\b(?:to|from|with|into)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:country|nation|economy|neighbou?r|partner|republic|ally|giant|superpower|powerhouse)\b",
    re.I,
)
NEIGHBOUR = re.compile(
    r"\b(?:its|their) (?:[\w-]+ ){0,2}(?:neighbou?r|ally|partner|market|customer|supplier)\b"
    r"|\b(?:across|over) the border\b",
    re.I,
)
COMPARISON = re.compile(
    r"\b(?:than|compared|compares|previous|this figure|the figure|it was|up from|down from|a year earlier)\b",
    re.I,
)
ANY_CUE = re.compile("|".join(rx.pattern for rx, _ in FLOW_CUE_RE), re.I)
CLAUSE_PARTNER = re.compile(r"\b(?:with|to|from|for)\s+(?:the\s+)?$", re.I)
WHEN_BASE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|over|against|on)\b[^.;$€£¥₩]{0,40},?\s*when\b[^.;$€£¥₩]{0,70}$", re.I
)
BARE_CHANGE = re.compile(r"(?:[a-z]+\s+)?[\d.,]+\s*(?:%|percent|per cent|pct)", re.I)
OPENING_BASE = re.compile(
    r"^[\s\"“(—–-]*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|against|versus|from)\s+(?:the\s+)?$",
    re.I,
)
NEXT_CLAUSE = re.compile(
    r",\s*(?:bringing|taking|pushing|lifting|leaving|putting|raising|lowering|and|but|while|whereas)\b|;", re.I
)
CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b|;|\bwhile\b|\bwhereas\b")
TOPIC_BEFORE = re.compile(r"\b(?:[Ww]ith|[Ii]n the case of|[Aa]s for|[Rr]egarding)\s+(?:the\s+)?$")
GOODS_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:goods|products|items|commodities|wares|merchandise|"
    + "|".join(sorted(map(re.escape, COMMODITIES), key=len, reverse=True))
    + r")\b",
    re.I,
)
# The economy as an adjective of what is traded, right before it ("Chinese goods", "Chilean copper").
GOODS_NEXT = re.compile(
    r"\s+(?:goods|products|items|commodities|wares|merchandise|"
    + "|".join(sorted(map(re.escape, COMMODITIES), key=len, reverse=True))
    + r")\b",
    re.I,
)
POSSESSIVE_GAP = re.compile(r"^(?:'s|’s|')?(?:\s+(?!to\b|from\b|with\b|and\b|by\b|of\b)[\w-]+){0,3}\s*$")
SUBJECT_GAP = re.compile(r"^(?:'s|’s)?(?:\s+(?!to\b|from\b|with\b|and\b)[\w,-]+){0,7}\s*$")
VERB_CUE = re.compile(
    r"exported|imported|sold|bought|shipped|purchased|delivered|sell|buying|importing|exporting",
    re.I,
)
FORECAST_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:forecasts?|estimates?|expectations?|projections?|consensus|target)\b", re.I
)
ALONE = re.compile(r"\s+alone\b", re.I)
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:already\s+|only\s+)?(?:been|reached|amounted|stood|totall?ed|come|fallen|risen|grown|dropped|hit|climbed)\b",
    re.I,
)
COLUMN_FLOWS = [
    (re.compile(r"\bexports?\b", re.I), "export"),
    (re.compile(r"\bimports?\b", re.I), "import"),
    (re.compile(r"\b(?:balance|surplus|deficit)\b", re.I), "balance"),
    (re.compile(r"\b(?:total|trade|turnover)\b", re.I), "total"),
]
GOODS_MOVED = re.compile(r"\bgoods\b[^.;]{0,40}?\b(?:crossed|crossing|moved|moving|flowed|went)\b", re.I)
INTER_KOREAN = re.compile(r"\binter-Korean\b", re.I)
# The words that give a balance its sign; a "gap" is a deficit ("the trade gap
# with Mexico widened to $7 billion").
BALANCE_WORD = re.compile(r"\b(?:deficits?|shortfalls?|gaps?|surplus(?:es)?)\b", re.I)


# A figure given as the size of a change, not a level: "credits rose $557m (1%)
# to $41,293m", "down $4.69 billion from", "an increase of $44.7b on the
# surplus", "$0.4 billion less than June imports". Only the level is a fact.
_CHANGE_VERB = (
    r"rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|climbed|jumped|slipped|"
    r"widened|narrowed|shrank|shrunk|gained|plunged|plummeted|surged|soared|tumbled|expanded|contracted|"
    r"slid|sank|dipped|eased|up|down"
)
_CHANGE_NOUN = (
    r"increase|decrease|rise|drop|fall|decline|gain|jump|reduction|contraction|expansion|growth|widening|narrowing"
)
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|a further|another|an additional)\s+)?"
CHANGE_AMOUNT_BEFORE = re.compile(
    rf"(?:\b(?<!made )(?<!make )(?<!makes )(?<!making )(?:{_CHANGE_VERB})\s+(?:by\s+)?|\b(?:{_CHANGE_NOUN})s?\s+"
    # "a fall in the goods deficit of $2 billion": the change noun's own amount
    rf"(?:in\s+(?:the\s+)?(?:[\w-]+\s+){{1,4}}?)?(?:of|by)\s+){_ABOUT}$",
    re.IGNORECASE,
)
CHANGE_AMOUNT_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:more|less|higher|lower|greater|smaller)\s+than\b"
    # "a $54.7b (12%) increase in credits": an amount modifying a change noun
    rf"|(?:{_CHANGE_NOUN})\b(?!\s+(?:rate|target|forecast)))",
    re.IGNORECASE,
)

# A sentence that opens by naming the partner it is about: "In trade with the
# United States, …", "With its second-largest partner, the US, …", "As for
# trade with China, …". The frame holds for the rest of the paragraph.
TOPIC_FRAME = re.compile(
    r"\s*(?:(?:In|As for|As to|For|Regarding|Turning to)\s+)?(?:(?:its|their|the|bilateral|[A-Z][\w.]*['’]s)\s+)?"
    r"(?:(?:trade|commerce|dealings|business)\s+)?with\s+(?:[^,.;:!?]{0,60},\s*)?(?:the\s+)?$",
    re.IGNORECASE,
)

# "U.S.-bound", "China–bound": an economy as a destination.
BOUND_AFTER = re.compile(r"\s*[-–]\s*bound\b", re.IGNORECASE)
# The world named by an adjective before a flow word ("global exports").
WORLD_ADJECTIVE = re.compile(r"global|worldwide|overseas", re.IGNORECASE)

# Between two economies of a lead: "North Korea's exports to Russia", "China's trade with Japan".
LEAD_PAIR_GAP = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:exports?|imports?|trade|shipments|sales|purchases|deliveries)\s+"
    r"(?:to|from|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
