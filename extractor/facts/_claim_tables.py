"""Wordings the change-claims reader keys on (private: used by ``extractor.facts.changes``)."""

import re

# A comparison with the period before ("from the previous month", "m/m").
PREVIOUS_PERIOD = re.compile(
    r"\b(?:month-on-month|month-over-month|on-month|m/m|mom|on the month|on a monthly basis"
    r"|(?:from|than|over|compared (?:with|to)|against)\s+(?:a|the)\s+(?:month\s+(?:earlier|before)|(?:previous|prior|preceding)\s+month)"
    r"|quarter-on-quarter|on-quarter|q/q|qoq|on the quarter|on a quarterly basis"
    r"|(?:from|than|over|compared (?:with|to)|against)\s+(?:a|the)\s+(?:quarter\s+(?:earlier|before)|(?:previous|prior|preceding)\s+quarter))\b",
    re.I,
)
# A comparison with the same period a year back.
YEAR_BACK = re.compile(
    r"\b(?:year-on-year|year-over-year|on-year|y/y|yoy|on an annual basis|in annual terms|by year"
    r"|(?:from|than|over|compared (?:with|to)|against)\s+(?:a|the)\s+(?:year\s+(?:earlier|before|ago)|previous year|prior year)"
    r"|(?:same|corresponding|comparable)\s+(?:period|month|quarter|time)\s+(?:of\s+|in\s+)?(?:last|the previous|a)\s+year"
    r"|a year (?:earlier|ago|before)|(?:compared (?:with|to)|from|than|over|against)\s+(?:[\w-]+\s+){0,2}last year)\b",
    re.I,
)
# Seasonally adjusted figures are compared with the period before.
SEASONALLY_ADJUSTED = re.compile(r"(?<!not )(?<!non-)\bseasonally[ -]adjusted\b", re.I)
# "All figures are … seasonally adjusted": a release's declaration for all it says.
ADJUSTED_DECLARED = re.compile(
    r"\b(?:all|the)\s+(?:figures|values|data|numbers|estimates)\b[^.\n]{0,80}?(?<!not )\bseasonally[ -]adjusted\b",
    re.I,
)
# "Movements compare October with September"
COMPARES_MONTHS = re.compile(
    r"\b(?i:movements|changes|figures|comparisons?)\s+(?:compare|are compared|are between)\s+"
    r"(?P<a>[A-Z][a-z]+)(?:\s+\d{4})?\s+(?:with|to|and)\s+(?P<b>[A-Z][a-z]+)",
)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_CHANGE_NOUNS = (
    r"(?:increase|rise|jump|gain|growth|surge|expansion|hike|climb|rebound|uptick|spike|leap|upturn"
    r"|decline|drop|fall|decrease|contraction|plunge|slump|slide|dip|reduction|downturn|slip|tumble|dive|loss)"
)
# A change stated as a noun ("a 5% increase", "a surge of 30 percent"), whose
# series may follow it ("… in exports").
CHANGE_NOUN_END = re.compile(rf"\b{_CHANGE_NOUNS}\Z", re.I)
CHANGE_NOUN_START = re.compile(rf"(?:an?\s+)?{_CHANGE_NOUNS}\s+of\b", re.I)
# Between a noun of change and its series: "in", "of", "for" and a few words ("in Japan's").
OF_SERIES = re.compile(r"\s+(?:in|of|for)\s+(?:[^\s,;()]+\s+){0,4}?", re.I)
# Between a change and the period it is stated for: "in", "during", a base word.
PERIOD_AFTER_CHANGE = re.compile(
    r"[ \t]*(?:(?:year-on-year|year-over-year|on-year|y/y|on the year|from a year (?:earlier|ago)|by year)[ \t]+)?"
    # a participle may hang the period on the change: "the 4.5% decline logged in May"
    r"(?:(?:(?:seen|[a-z]+ed)[ \t]+)?(?P<prep>in|during|for|through|throughout)[ \t]+)?",
    re.I,
)
# A fronted comparison adjunct up to a figure inside it: "Compared with the ".
OPENING_COMPARISON = re.compile(
    r"[\s\"“(—–-]*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|against|versus)\s+[^,;]*\Z",
    re.I,
)
# A sentence whose subject is a definite noun of change: "The fall …", "This sharp increase …".
CHANGE_ANAPHOR = re.compile(
    rf"\s*(?:the|this|that)\s+(?:[a-z-]+\s+)?{_CHANGE_NOUNS}\s+(?:was|is|has|had|came|followed|marked)\b", re.I
)
# "exports as a whole", "shipments overall": a flow's postmodifier taking in every partner.
AS_A_WHOLE = re.compile(r"\s+(?:as a whole|overall|in total|in all)\b", re.I)
# A sentence opening with a subject that refers back: a definite determiner or a possessive pronoun.
ANAPHORIC_OPENING = re.compile(r"\s*(?:the|these|those|this|that|their|its|such)\b", re.I)
# "the same period" and the words that hang it on a change ("… over the same period").
SAME_PERIOD = re.compile(r"(?:the\s+)?same\s+(?:period|time|months?|quarter)", re.I)
ANAPHOR_GAP = re.compile(r"[ \t]*,?[ \t]*(?:over|during|in|for)[ \t]+", re.I)
# "October's year-over-year growth of": a period owning a noun of change.
PERIOD_OWNS_CHANGE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:an?\s+)?", re.I)
# A key-points line: "• …", "- …", "* …".
BULLET = re.compile(r"[•\-*·▪]\s")
# A line that ends a sentence (a body line), quotes and brackets aside.
SENTENCE_END = re.compile(r"[.!?。][\"”’')\]]*\s*$")
# What marks a part of a series in the words before its change: a product or
# measure ("semiconductor exports", "exports of vessels", "per-day exports").
PART_MARK = re.compile(
    r"\b(?P<avg>per[- ]day|daily|average)\b"
    r"|\b(?:exports|imports|shipments|sales|purchases|those|trade)\s+of\s+(?:the\s+)?(?P<of>[A-Za-z][\w-]+)"
    r"|\b(?P<mod>[A-Za-z][\w-]+)\s+(?:exports|imports|shipments|sales|purchases)\b"
)
# Words before a flow word that do not make a part of the series.
NOT_A_PART = frozenset(
    """total overall outbound inbound global worldwide its their the bilateral annual monthly merchandise goods
    and of while as with whose cumulative yearly two-way foreign external country's nation's north's south's
    china-bound us-bound u.s.-bound japan-bound average whole combined overseas seaborne nominal""".split()
)
# A change of volume or in real terms, not of value: "rose 3.4 pct in volume",
# "By volume, …", "export volumes grew", "in real terms", "or 38 million tons".
# A bracketed aside may sit inside ("in real (volume) terms"); "real" before a
# flow word is the deflated series ("real goods exports").
VOLUME_BEFORE = re.compile(
    # "trade volumes" is the value of trade (its turnover), not a quantity
    r"\b(?:by|in)\s+volume\b|(?<!trade )\bvolumes\b|\bvolume terms\b"
    r"|\bin\s+(?:real|volume)\s*(?:\([^)]{0,20}\)\s*)?terms\b"
    r"|\breal\s+(?:[\w-]+\s+)?(?:exports|imports|trade|shipments)\b",
    re.I,
)
VOLUME_AFTER = re.compile(
    r"[\s,]*(?:(?:on-year|year-on-year|y/y)\s+)?(?:in\s+volume|by\s+volume|in\s+volume\s+terms|in\s+real\s+terms"
    r"|or\s+[\d.,]+\s+(?:million\s+|thousand\s+|billion\s+)?(?:tons|tonnes|barrels|units|vehicles|cars|head))\b",
    re.I,
)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# A verb of change with its series as object: "halve its monthly trade deficit".
TRANSITIVE_CHANGE = re.compile(
    r"(?:[a-z]+\s+)?(?:halve|halves|halving|halved|double|doubles|doubled|triple|tripled)\Z", re.I
)
# "boosted commerce between A and B by 8.8 percent": a transitive verb of
# change with its object before the size; the object is what changed.
TRANSITIVE_BY = re.compile(
    r"(?P<verb>boost(?:ed|s|ing)?|lift(?:ed|s|ing)?|rais(?:e|ed|es|ing)|cut(?:s|ting)?|reduc(?:e|ed|es|ing)"
    r"|lower(?:ed|s|ing)?|slash(?:ed|es|ing)?|trim(?:med|s|ming)?|curb(?:ed|s|ing)?)\s.*\sby\s",
    re.I | re.S,
)
# Between a transitive verb and its object's flow word: a determiner or a
# possessor and a few modifiers ("cut its crude imports", "boosted commerce").
OBJECT_GAP = re.compile(r"\s+(?:(?:its|their|the|this|that|[\w.-]+(?:'s|’s))\s+)?(?:[\w-]+\s+){0,3}", re.I)
OBJECT_SERIES = re.compile(r"\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# "between 2020 and 2023", "from 2019 to 2024": the two ends of a span.
SPAN_ENDS = re.compile(r"(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|through)\s+(?P<b>.+)", re.I)
# The flow words a coordinated subject lists ("exports and imports", "imports,
# exports and the trade balance"), each naming one flow.
FLOW_ITEM = re.compile(
    r"\b(?:(?P<export>exports|shipments|outbound shipments)|(?P<import>imports|purchases|inbound shipments)"
    r"|(?:trade\s+)?(?P<balance>surplus|deficit|balance))\b",
    re.I,
)
# Between two items of such a list: a comma or "and", a determiner or a modifier.
FLOW_ITEM_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:(?:the|its|their|merchandise|goods)\s+)?", re.I
)
# What opens a gapped conjunct whose remnant is a partner: ", to India 16%", "and from Chile 5%".
GAPPED_PARTNER = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:to|from|with)\s+(?:the\s+)?$", re.I)
# Between that partner and the size: nothing but "by".
REMNANT_GAP = re.compile(r"\s+(?:by\s+)?(?:(?:more than|over|about|nearly|almost|around|some)\s+)?", re.I)
# What opens a gapped clause before its subject: "… and South Korea rose 17%".
GAPPED_SUBJECT = re.compile(r"(?:,|\band)\s+(?:the\s+)?$", re.I)
# Between an owner and the flow noun it determines or modifies, within one
# noun phrase: a possessive ending and at most two lower-case modifiers
# ("Japan's exports", "Japanese exports", "Korea's total goods exports").
OWNER_DETERMINER = re.compile(
    r"(?:['’]s?)?\s+(?:(?!(?:as|and|or|but|while|with|to|from|in|of|for|by|on|at|than|that|which|the|its|their)\s)"
    r"(?-i:[a-z][a-z-]*)\s+){0,2}"
)
# A level counted in units of quantity, not money ("came to 3.6 million units",
# "to 450,000 tonnes"): a change stated of it is a change in volume.
_COUNTED_LEVEL = r"\d[\d,.]*\s*(?:million|thousand|billion|mn|bn)?\s+(?:metric\s+)?(?:units|tons|tonnes|barrels|vehicles|cars|head)\b"
UNIT_QUANTITY = re.compile(r"\b" + _COUNTED_LEVEL, re.I)
# The same level stated right after a change ("rose 2% to 40,000 units").
UNIT_QUANTITY_AFTER = re.compile(
    r"[\s,]*(?:(?:on-year|year-on-year|y/y)\s+)?(?:to|at)\s+(?:about\s+|nearly\s+|some\s+)?" + _COUNTED_LEVEL,
    re.I,
)
# A flow of the whole account, every good and service with every partner.
WHOLE_ACCOUNT = re.compile(r"\bgoods and services\b", re.I)
# An economy as the object of a preposition of trade, a few modifiers of a
# partner noun allowed ("exports to China", "between A and top partner B");
# "due to", "thanks to", "according to" name a cause or a source, not a partner.
PARTNER_PREP = re.compile(
    r"(?<!due )(?<!owing )(?<!thanks )(?<!according )(?<!compared )\b(?:to|from|with|between|and)\s+"
    r"(?:(?:its|their|the|top|largest|biggest|main|major|key|trading|trade|partner|neighbou?r|ally)\s+){0,4}$",
    re.I,
)
BOUND_FOR = re.compile(r"[-‐–]?bound\b", re.I)
# A list that exemplifies the object of a preposition of trade: "exports to
# its main markets — including Japan and India —", "imports from suppliers such as".
EXAMPLE_PARTNERS = re.compile(
    r"\b(?:to|from|with)\s+[^.;:()\d]{0,50}?(?:\s*[—–-]\s*|,\s*|\s+)"
    r"(?:including|such as|like|namely|notably|especially|led by)\s+(?:the\s+)?$",
    re.I,
)
