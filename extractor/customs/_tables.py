"""Lookup tables of the customs checker: country aliases, layout headers,
qualifier groups, number scale words, statistics offices. Data only, no logic."""

from __future__ import annotations

# Codes and names customs files use that pycountry does not resolve to the
# contract's codes. Keys are matched after strip() and casefold().
COUNTRY_ALIASES: dict[str, str] = {
    # UN Comtrade's world and groupings
    "wld": "W00",
    "w00": "W00",
    "world": "W00",
    "all": "W00",
    "euu": "EUU",
    "eu": "EUU",
    "eu-27": "EUU",
    "eu-28": "EUU",
    "european union": "EUU",
    # Comtrade's "Other Asia, nes" is Taiwan; keep Comtrade's code.
    "s19": "S19",
    "other asia, nes": "S19",
    # English forms pycountry's lookup misses
    "north korea": "PRK",
    "dprk": "PRK",
    "dem. people's rep. of korea": "PRK",
    "korea, dem. people's rep.": "PRK",
    "korea, dem. people's rep. of": "PRK",
    "south korea": "KOR",
    "rep. of korea": "KOR",
    "korea, rep.": "KOR",
    "korea": "KOR",
    "china, hong kong sar": "HKG",
    "china, macao sar": "MAC",
    "russia": "RUS",
    "usa": "USA",
    "united states": "USA",
    # Chinese names as China's customs (GAC) writes them
    "朝鲜": "PRK",
    "朝鮮": "PRK",
    "韩国": "KOR",
    "韓國": "KOR",
    "中国": "CHN",
    "日本": "JPN",
    "美国": "USA",
    "俄罗斯": "RUS",
    "俄罗斯联邦": "RUS",
    "蒙古": "MNG",
    "蒙古国": "MNG",
    "越南": "VNM",
    "中国香港": "HKG",
    "香港": "HKG",
    "中国澳门": "MAC",
    "中国台湾": "TWN",
    "德国": "DEU",
    "英国": "GBR",
    "法国": "FRA",
    "印度": "IND",
    "欧盟": "EUU",
    "欧洲联盟": "EUU",
    "总值": "W00",
    "全球": "W00",
    "世界": "W00",
    "合计": "W00",
    # UN M49 numeric codes with a special meaning in Comtrade
    "0": "W00",
    "97": "EUU",
    "490": "S19",
}

# Plain CSV: reporter,partner,flow,period,value[,currency][,release|vintage][,source_url]
PLAIN_REQUIRED = ("reporter", "partner", "flow", "period")
PLAIN_VALUE = ("value", "value_usd")
PLAIN_VINTAGE = ("release", "vintage", "release_date")
PLAIN_SOURCE = ("source_url", "source")
PLAIN_OPTIONAL = ("currency", *PLAIN_VINTAGE, *PLAIN_SOURCE)

COMTRADE_PLUS_COLUMNS = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
    "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,"
    "partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
    "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,"
    "mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,"
    "altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
    "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
    "isAggregate"
).split(",")
COMTRADE_PLUS_REQUIRED = (
    "freqCode",
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "reporterISO",
    "flowCode",
    "partnerCode",
    "partnerISO",
    "partner2Code",
    "cmdCode",
    "customsCode",
    "motCode",
    "primaryValue",
)

COMTRADE_LEGACY_COLUMNS = (
    "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,"
    "Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,"
    "2nd Partner Code,2nd Partner,2nd Partner ISO,Customs Proc. Code,Customs,"
    "Mode of Transport Code,Mode of Transport,Commodity Code,Commodity,Qty Unit Code,"
    "Qty Unit,Qty,Alt Qty Unit Code,Alt Qty Unit,Alt Qty,Netweight (kg),Gross weight (kg),"
    "Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag"
).split(",")
COMTRADE_LEGACY_SHORT_COLUMNS = (
    "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,"
    "Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,"
    "Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag"
).split(",")
COMTRADE_LEGACY_REQUIRED = (
    "Period",
    "Trade Flow Code",
    "Reporter Code",
    "Reporter ISO",
    "Partner Code",
    "Partner ISO",
    "Commodity Code",
    "Trade Value (US$)",
)
# Present only in the 35-column form; filtered on when present.
COMTRADE_LEGACY_TOTAL_FILTERS = {
    "2nd Partner Code": ("", "0"),
    "Customs Proc. Code": ("", "C00"),
    "Mode of Transport Code": ("", "0"),
}

GAC_COLUMNS = (
    "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,第二数量,第二计量单位"
).split(",")
GAC_REQUIRED = ("贸易伙伴名称",)
# The month column; "月份" in some exports. Without "分月展示" (by month)
# ticked, the query has no month column at all, and the file cannot be used.
GAC_PERIOD_COLUMNS = ("数据年月", "月份")
GAC_VALUE_COLUMNS = {
    "美元": "USD",
    "美元值": "USD",
    "人民币": "CNY",
    "人民币元": "CNY",
    "人民币值": "CNY",
}
# 商品编码 values that mean "all commodities" in an online-query export.
GAC_TOTAL_CODES = ("", "-", "--", "总值", "合计", "total")

# Filename words that tell the flow of a one-flow-per-file GAC export.
FLOW_FILENAME_WORDS = {
    "export": ("export", "exports", "exp", "ex", "x", "出口"),
    "import": ("import", "imports", "imp", "im", "m", "进口", "進口"),
}

FLOW_WORDS = {
    "export": "export",
    "exports": "export",
    "x": "export",
    "exp": "export",
    "import": "import",
    "imports": "import",
    "m": "import",
    "imp": "import",
    "total": "total",
    "trade": "total",
}

# Qualifier groups (the amounts table's qualifier, plus common synonyms).
QUALIFIERS = {
    "": "exact",
    "exactly": "exact",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "estimated": "about",
    "an estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just over": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "exceeding": "more than",
    "in excess of": "more than",
    "at least": "at least",
    "no less than": "at least",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "fewer than": "less than",
    "up to": "up to",
    "at most": "up to",
    "no more than": "up to",
}

# Scale words after the last number of a stated amount ("222.1 million").
SCALE_WORDS = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "万": 10**4,
    "萬": 10**4,
    "만": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "억": 10**8,
    "조": 10**12,
}

VERDICT_RANK = {"match": 0, "rounding": 1, "near": 2, "mismatch": 3, "not_covered": 4}
VERDICTS = tuple(VERDICT_RANK)

# Statistics offices whose names carry no country name, and the economy whose
# figures they publish. Keys are matched as whole words in the lower-cased
# source_org; a country named in source_org ("China's customs") is read first.
SOURCE_REPORTERS = {
    "general administration of customs": "CHN",
    "gac": "CHN",
    "korea international trade association": "KOR",
    "kita": "KOR",
    "korea customs service": "KOR",
    "commerce department": "USA",
    "department of commerce": "USA",
    "census bureau": "USA",
    "eurostat": "EUU",
    "federal customs service": "RUS",
    "fcs": "RUS",
    "rosstat": "RUS",
    "destatis": "DEU",
    "bps": "IDN",
    "statistics indonesia": "IDN",
    "statistics canada": "CAN",
    "office for national statistics": "GBR",
    "australian bureau of statistics": "AUS",
    "turkish statistical institute": "TUR",
    "turkstat": "TUR",
    "general department of vietnam customs": "VNM",
}

# Named sources whose figures are no economy's national customs statistics:
# why, for the reason column. Matched before any country name they carry.
NOT_REPORTERS = {
    "korea trade-investment promotion agency": "KOTRA estimates North Korea's trade from its partners' figures",
    "kotra": "KOTRA estimates North Korea's trade from its partners' figures",
    "ministry of unification": "the Unification Ministry relays other reporters' figures",
    "unification ministry": "the Unification Ministry relays other reporters' figures",
    "bank of korea": "the Bank of Korea estimates North Korea's economy, it does not report its trade",
    "far eastern customs administration": "a regional customs office reports a part of its country's trade",
}
