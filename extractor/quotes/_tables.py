"""Lookup tables for quote extraction: reporting verbs, news outlets, and the
nouns that tell a speaker's kind. Lower-case unless said otherwise.

The pipeline runs without a lemmatizer, so verbs are matched by their surface
forms; ``verb_forms`` spells the inflections out once, here.
"""

from __future__ import annotations

# Verbs that introduce what someone said or thinks. Particle verbs are written
# "point out"; the particle is checked in the parse.
REPORTING_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "note", "state", "claim", "argue", "explain", "warn",
    "predict", "forecast", "expect", "estimate", "assess", "analyze", "analyse",
    "believe", "think", "suggest", "point out", "stress", "emphasize",
    "emphasise", "insist", "report", "reveal", "announce", "acknowledge",
    "admit", "observe", "comment", "remark", "interpret", "conclude", "contend",
    "maintain", "write", "speculate", "caution", "anticipate", "project",
    "mention", "highlight", "indicate", "underline", "underscore", "assert",
    "allege", "deny", "confirm", "recall", "reckon", "judge", "diagnose",
    "evaluate", "foresee", "opine", "posit", "agree", "worry", "fear", "hope",
    "ask", "answer", "reply", "respond", "cite", "describe", "attribute",
    "explain", "elaborate", "continue", "affirm", "declare", "forewarn",
    "calculate", "surmise", "guess", "doubt", "question", "urge", "counter",
    "clarify", "recommend", "propose", "observe", "notice", "find",
    "complain", "lament", "concede", "reiterate", "boast", "charge", "tweet",
    "predict", "signal", "testify", "brief", "inform", "assure", "vow",
    "pledge", "promise", "threaten", "criticize", "criticise", "welcome",
    "dismiss", "rebut", "retort", "recount", "acknowledge", "attest",
    "forecast", "figure", "wonder", "stress", "summarize", "summarise",
    "quote", "post", "specify", "read", "call",
)  # fmt: skip

# Verbs whose plain object is itself the reported content: "the IMF forecast
# 3% growth" is a forecast even without a clause.
FORECAST_VERBS: frozenset[str] = frozenset(
    {"predict", "forecast", "expect", "estimate", "project", "anticipate", "foresee"}
)

# Words that make a clause with a figure a forecast, not a statistic.
FORECAST_WORDS: frozenset[str] = frozenset(
    {
        "will", "expect", "expects",
        "expected", "forecast", "projected", "likely", "unlikely", "next",
        "target", "goal", "aim",
    }
)  # fmt: skip

# Words of a multiple, a figure without digits.
MULTIPLE_WORDS: frozenset[str] = frozenset({"doubled", "tripled", "quadrupled", "halved", "double", "triple", "half"})
# Fractions after "a"/"one": "rose by a third", "two fifths of".
FRACTION_WORDS: frozenset[str] = frozenset({"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth"})

# Unnamed sources who pass on official figures ("officials said" + figure).
OFFICIAL_NOUNS: frozenset[str] = frozenset(
    {"official", "officials", "authorities", "spokesman", "spokeswoman", "spokesperson", "ministry"}
)

# Verbs that pass a figure on rather than judge it; with an organisation as
# subject and a number in the clause they mark a statistic's origin.
NEUTRAL_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "report",
        "announce",
        "reveal",
        "state",
        "note",
        "confirm",
        "show",
        "add",
        "indicate",
        "cite",
    }
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "think": ("think", "thinks", "thought", "thinking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    "forewarn": ("forewarn", "forewarns", "forewarned", "forewarning"),
    "find": ("find", "finds", "found", "finding"),
}
# Verbs ending in a stressed consonant-vowel-consonant double it.
_DOUBLING = {"admit", "regret", "refer", "omit", "top", "drop", "dip", "slip"}


def verb_forms(lemma: str) -> tuple[str, ...]:
    """Surface forms of a verb.

    >>> verb_forms("note")
    ('note', 'notes', 'noted', 'noting')
    >>> verb_forms("deny")
    ('deny', 'denies', 'denied', 'denying')
    >>> verb_forms("admit")
    ('admit', 'admits', 'admitted', 'admitting')
    >>> verb_forms("stress")
    ('stress', 'stresses', 'stressed', 'stressing')
    >>> verb_forms("say")
    ('say', 'says', 'said', 'saying')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLING:
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _verb_index() -> dict[str, tuple[str, str]]:
    """surface form -> (lemma, particle or "")."""
    index: dict[str, tuple[str, str]] = {}
    for entry in REPORTING_VERBS:
        verb, _, particle = entry.partition(" ")
        for form in verb_forms(verb):
            # A plain verb wins over a particle verb of the same form ("point"
            # alone is not reporting; "point out" is).
            if form not in index or not particle:
                index.setdefault(form, (verb, particle))
    return index


VERB_INDEX: dict[str, tuple[str, str]] = _verb_index()

# News outlets, as written in articles. Matched case-sensitively on word
# boundaries, longest first ("Yonhap News Agency" before "Yonhap").
NEWS_OUTLETS: tuple[str, ...] = (
    "Yonhap News Agency", "Yonhap News", "Yonhap", "NK News", "NK Pro",
    "Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP",
    "KCNA", "Korean Central News Agency", "Rodong Sinmun", "Minju Choson",
    "Choson Sinbo", "Chosun Sinbo", "Uriminzokkiri", "Xinhua",
    "Xinhua News Agency", "38 North", "Daily NK", "Bloomberg", "Nikkei Asia",
    "Nikkei", "Kyodo News", "Kyodo", "The Korea Herald", "Korea Herald",
    "The Korea Times", "Korea Times", "Korea JoongAng Daily", "JoongAng Daily",
    "JoongAng Ilbo", "Chosun Ilbo", "Dong-A Ilbo", "Hankyoreh", "Hankook Ilbo",
    "Kyunghyang Shinmun", "Korea Economic Daily", "Maeil Business Newspaper",
    "Maeil Business", "Asia Business Daily", "Asia Economy", "Global Times",
    "People's Daily", "South China Morning Post", "SCMP", "Caixin",
    "China Daily", "Financial Times", "The Wall Street Journal",
    "Wall Street Journal", "The New York Times", "New York Times",
    "The Washington Post", "Washington Post", "CNN", "CNBC", "BBC", "NHK",
    "KBS", "MBC", "SBS", "YTN", "Arirang", "Radio Free Asia", "RFA",
    "Voice of America", "VOA", "TASS", "RIA Novosti", "Interfax", "Sputnik",
    "Asahi Shimbun", "Yomiuri Shimbun", "Mainichi Shimbun", "The Diplomat",
    "Asia Times", "The Economist", "The Guardian", "Axios", "Politico",
    "Asia Press", "NK Economy", "Nodong Sinmun",
)  # fmt: skip

# Head nouns of a description that stands for a news outlet or its output.
MEDIA_NOUNS: frozenset[str] = frozenset(
    {
        "outlet", "newspaper", "paper", "report", "daily", "broadcaster",
        "magazine", "website", "publication", "media", "tabloid", "channel",
        "journal", "newswire", "wire", "article", "news",
    }
)  # fmt: skip

# Head nouns of an unnamed human source, kept as its description.
UNNAMED_NOUNS: frozenset[str] = frozenset(
    {
        "source", "sources", "expert", "experts", "analyst", "analysts",
        "official", "officials", "observer", "observers", "diplomat",
        "diplomats", "researcher", "researchers", "economist", "economists",
        "insider", "insiders", "scholar", "scholars", "specialist",
        "specialists", "watcher", "watchers", "critic", "critics", "people",
        "person", "resident", "residents", "trader", "traders", "businessman",
        "businessmen", "businesspeople", "merchant", "merchants", "defector",
        "defectors", "executive", "executives",
        "lawmaker", "lawmakers", "academic", "academics", "professor",
        "professors", "spokesman", "spokeswoman", "spokesperson", "authorities",
        "investor", "investors", "dealer", "dealers", "exporter", "exporters",
        "importer", "importers", "manager", "managers", "worker", "workers",
        "participant", "participants", "commentator",
        "commentators", "pundit", "pundits", "forecaster", "forecasters",
        "strategist", "strategists", "broker", "brokers",
        "delegate", "delegates", "staff", "citizen", "citizens", "locals",
        "witness", "witnesses", "colleague", "colleagues", "police", "aide",
        "aides", "envoy", "envoys", "owner", "owners", "professional", "professionals",
        # states speaking together ("the two countries said"): a described group
        "countries", "nations", "governments",
    }
)  # fmt: skip

# Nouns that can head a person's role ("the professor" refers back to one).
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "professor", "expert",
        "analyst", "researcher", "economist", "official", "minister",
        "director", "president", "chairman", "chairwoman", "chair", "head",
        "fellow", "scholar", "diplomat", "lawmaker", "ambassador", "secretary",
        "chief", "manager", "editor", "commentator", "adviser", "advisor",
        "specialist", "lecturer", "dean", "ceo", "executive", "governor",
        "strategist", "envoy", "representative", "premier", "leader",
        "founder", "associate", "consultant", "vice-president", "deputy", "general", "officer", "staffer",
        "pm",
    }
)  # fmt: skip

# Abbreviated titles, spelt out to compare a title said alone ("the Deputy
# PM") with the one a person was given ("Deputy Prime Minister").
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "pm": ("prime", "minister"), "fm": ("foreign", "minister"), "ceo": ("chief", "executive"),
    "gov": ("governor",), "sec": ("secretary",),
}  # fmt: skip

# Head nouns of an organisation described rather than named.
ORG_NOUNS: frozenset[str] = frozenset(
    {
        "ministry", "government", "bank", "institute", "agency", "office",
        "administration", "department", "bureau", "commission", "committee",
        "association", "council", "company", "firm", "center", "centre",
        "corporation", "organization", "organisation", "fund", "authority",
        "service", "secretariat", "regime", "cabinet", "parliament",
        "assembly", "party", "union", "group", "think tank", "tank",
        "foundation", "federation", "chamber", "embassy", "consulate",
        "military", "army", "command", "court", "board", "body", "institution",
        "university", "lab", "laboratory", "team", "exchange", "customs",
        "panel", "side", "delegation", "mission", "network", "coalition",
        "alliance", "forum", "society", "league", "consortium", "operator",
        "treasury", "regulator", "watchdog",
    }
)  # fmt: skip

# Endings of nouns for people ("developer", "exhibitor", "economist"), and
# nouns with those endings that are not people.
HUMAN_SUFFIXES: tuple[str, ...] = (
    "er", "or", "ist", "ian", "ant", "ent", "eur", "ee", "man", "woman", "person",
)  # fmt: skip
NOT_HUMAN_NOUNS: frozenset[str] = frozenset(
    {
        "paper", "papers", "letter", "letters", "order", "orders", "number",
        "numbers", "register", "center", "centre", "chapter", "poster",
        "border", "filer", "document", "statement", "statements", "agreement",
        "government", "department", "parliament", "component", "movement",
        "investment", "shipment", "shipments", "comment", "comments",
        "element", "equipment", "payment", "settlement", "percent", "report",
        "minister", "quarter", "sector", "factor", "monitor", "indicator",
        "calculator", "tracker", "counter", "cluster", "filter", "fertilizer",
        "container", "computer", "transistor", "semiconductor", "motor",
        "error", "mirror", "plan", "weather", "water", "power", "answer",
        "matter", "summer", "winter", "december", "november", "october",
        "september", "ban", "plant", "restaurant", "content", "event",
        "accident", "incident", "amount", "account", "extent", "intent",
        "silver", "rubber", "timber", "lumber", "newsletter",
        "chamber", "member", "members", "regulator", "watchdog", "rancor",
        "favor", "labor", "honor", "vigor", "floor", "door", "corridor",
        "tractor", "reactor", "terror", "horror", "humor", "rumor", "vapor",
        "armor", "harbor", "flavor", "behavior", "behaviour", "labour",
    }
)  # fmt: skip

# Head nouns that make the "speaker" a body of numbers: "customs data showed".
DATA_NOUNS: frozenset[str] = frozenset(
    {
        "data", "statistics", "statistic", "figures", "figure", "numbers",
        "records", "record", "tally", "tallies", "survey", "census", "index",
        "estimates", "chart", "table", "database", "trade data", "breakdown",
    }
)  # fmt: skip

# Words in an organisation's name that make it a keeper of statistics.
STATISTICS_WORDS: frozenset[str] = frozenset(
    {"customs", "statistics", "statistical", "census", "gac", "kcs", "comtrade", "kotra", "stat"}
)

# Honorifics dropped from a name ("Mr. Ward" is "Ward").
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "madam",
        "mx",
        "mx.",
    }
)

# Verbs in "who heads X at Y" that give a role ("head of X").
HEADING_VERBS: dict[str, str] = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "directs": "director",
    "directed": "director",
    "chairs": "chair",
    "chaired": "chair",
    "runs": "head",
    "ran": "head",
    "manages": "manager",
    "oversees": "head",
}

MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "them"})
THING_PRONOUNS: frozenset[str] = frozenset({"it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

# Quotation marks: opening, closing, and the ambiguous straight mark.
OPEN_MARKS: frozenset[str] = frozenset({"\u201c", "\u201e", "\u00ab", "\u2018"})
CLOSE_MARKS: frozenset[str] = frozenset({"\u201d", "\u00bb", "\u2019"})
# Single marks pair only with each other (a quote within a quote, or the
# British style); the right one is also the apostrophe.
SINGLE_MARKS: frozenset[str] = frozenset({"\u2018", "\u2019"})
STRAIGHT_MARKS: frozenset[str] = frozenset({'"', "\u201f", "\uff02"})

# Nouns of trade: a clause about these with a figure states a trade statistic.
TRADE_NOUNS: frozenset[str] = frozenset(
    {
        "trade", "trading", "exports", "export", "imports", "import", "turnover",
        "surplus", "deficit", "shipments", "shipment", "volume", "sales",
    }
)  # fmt: skip

# Verbs that state a level or a change of a figure ("rose 5%", "reached $2bn").
STATISTIC_VERBS: tuple[str, ...] = (
    "rise", "fall", "increase", "decrease", "reach", "total", "amount",
    "stand", "surge", "jump", "drop", "decline", "grow", "slump", "climb",
    "plunge", "soar", "expand", "shrink", "hit", "top", "exceed", "record",
    "post", "register", "double", "triple", "halve", "tumble", "slide",
    "gain", "shed", "dip", "edge", "contract", "come", "be", "surpass",
    # a change of a balance or a flow without a size
    "improve", "worsen", "narrow", "widen", "rebound", "recover", "slow",
    "go",  # "went down by 5%", "has gone up"
)  # fmt: skip
_STAT_IRREGULAR = {
    "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "grow": ("grew", "grown"),
    "stand": ("stood",), "hit": ("hit",), "shrink": ("shrank", "shrunk"),
    "come": ("came",), "shed": ("shed",), "be": ("is", "are", "was", "were", "been"),
    "go": ("went", "gone"),
}  # fmt: skip
STATISTIC_VERB_FORMS: frozenset[str] = frozenset(
    form for verb in STATISTIC_VERBS for form in verb_forms(verb) + _STAT_IRREGULAR.get(verb, ())
)

# Words a statistic's standing is said with: copulas and verbs of staying
# ("remained the largest partner", "continued to be"), nouns of a share,
# and words that give a reason (an explanation is a view, not a statistic).
COPULA_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "became", "become"})
CONTINUING_VERBS: frozenset[str] = frozenset(
    {"remain", "remains", "remained", "continue", "continues", "continued", "stay", "stays", "stayed"}
)
SHARE_NOUNS: frozenset[str] = frozenset({"share", "proportion", "portion", "percentage"})
# Verbs whose object is the trade quantity a subject has or sees ("has
# maintained a surplus", "have seen massive growth in trade").
HOLDING_VERBS: frozenset[str] = frozenset(
    form
    for verb in ("see", "witness", "experience", "maintain", "keep", "run", "record", "post", "register", "log")
    for form in verb_forms(verb)
    + {"see": ("saw", "seen"), "keep": ("kept",), "run": ("ran",), "log": ("logged",)}.get(verb, ())
)
REASON_WORDS: frozenset[str] = frozenset({"because", "due", "thanks", "owing", "amid"})

# Verbs that name a cause of a trade movement ("demand helped push exports
# up", "the war drove imports"): a clause so headed explains, it is a view.
CAUSE_VERBS: tuple[str, ...] = (
    "help", "push", "drive", "boost", "spur", "fuel", "cause", "lead", "weigh",
    "hurt", "dampen", "lift", "support", "contribute", "prompt", "curb",
)  # fmt: skip
_CAUSE_IRREGULAR = {
    "lead": ("led",), "drive": ("drove", "driven"), "spur": ("spurred", "spurring"), "fuel": ("fuelled",),
}  # fmt: skip
CAUSE_VERB_FORMS: frozenset[str] = frozenset(
    form for verb in CAUSE_VERBS for form in verb_forms(verb) + _CAUSE_IRREGULAR.get(verb, ())
)

# Words that open an indirect question ("did not say how much", "asked what
# ..."): no statement is reported.
QUESTION_WORDS: frozenset[str] = frozenset({"how", "what", "why"})

# Determiners of a set already known: "the two countries" counts no statistic.
DEFINITE_DETS: frozenset[str] = frozenset({"the", "these", "those"})

# Verbs whose subject is as often a fact as a person: a participle of these
# after a reported clause ("..., suggesting the deficit was larger") tells
# what that clause's event suggests, and stays in the reported words.
EVIDENTIAL_VERBS: frozenset[str] = frozenset({"suggest", "indicate", "signal"})

# Titles of people who speak for a state or an agency: trade figures they
# give are official figures passed on, not their views.
OFFICIAL_TITLES: frozenset[str] = frozenset(
    {
        "president", "premier", "minister", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "aide", "official", "officials",
        "secretary", "governor", "chancellor", "envoy", "diplomat",
        "commissioner", "authorities", "ministry", "customs",
    }
)  # fmt: skip

# Kinds of person a title names, so that "the diplomat" finds the ambassador
# named before and "the Chinese leader" the president.
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "official": frozenset(
        {
            "official", "diplomat", "ambassador", "envoy", "aide", "minister", "pm",
            "president", "premier", "leader", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "governor", "chancellor",
            "commissioner", "deputy", "lawmaker", "politician", "mayor",
            "chairman", "chairwoman", "chair", "representative",
        }
    ),
    "expert": frozenset(
        {
            "expert", "analyst", "researcher", "professor", "economist",
            "scholar", "fellow", "academic", "specialist", "lecturer",
            "strategist", "observer", "scientist",
        }
    ),
    "business": frozenset(
        {
            "executive", "chairman", "chairwoman", "ceo", "director", "manager",
            "founder", "head", "chief", "businessman", "entrepreneur", "trader",
            "president", "owner",
        }
    ),
}  # fmt: skip

# Kinds of organisation a name or a noun names, so that "the office" finds
# the trade department that spoke and "the company" the firm named before.
ORG_FAMILIES: dict[str, frozenset[str]] = {
    "public": frozenset(
        {
            "ministry", "department", "office", "agency", "administration",
            "bureau", "commission", "council", "regulator", "government",
            "treasury", "authority", "authorities", "service", "customs",
            "cabinet", "secretariat", "embassy", "consulate", "watchdog",
            "court", "parliament", "assembly", "committee", "house",
        }
    ),
    "firm": frozenset(
        {
            "company", "firm", "group", "corporation", "corp", "conglomerate",
            "maker", "manufacturer", "producer", "retailer", "carrier",
            "operator", "giant", "bank", "lender", "insurer", "ltd", "inc",
            "co", "holdings", "plc",
        }
    ),
    "research": frozenset(
        {
            "institute", "center", "centre", "tank", "university", "foundation",
            "academy", "institution", "school",
        }
    ),
    "civic": frozenset(
        {
            "group", "organization", "organisation", "association",
            "federation", "union", "society", "chamber", "alliance",
            "coalition", "network", "center", "centre",
        }
    ),
}  # fmt: skip

# Head nouns of a document that speaks for its author ("the report said",
# "according to OFAC's web notice").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "report", "notice", "study", "statement", "paper", "papers",
        "outlook", "analysis", "document", "review", "bulletin", "release",
        "assessment", "filing", "memo", "letter",
    }
)  # fmt: skip

# Verbs that announce news (an outcome, a decision) rather than report a view:
# their that-clause is no quote (quoted words under them still are).
NEWS_VERBS: frozenset[str] = frozenset({"announce"})
