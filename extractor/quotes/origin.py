"""Whether a reported clause is a statistic's origin rather than a quote:
"customs data showed", "the customs office said" with a figure, and anyone
who only states a trade figure ("trade surged 116%, the president said").
Such a clause gives the figure its source; it is not a view."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.quotes import _tables as T
from extractor.quotes.coreference import Speaker
from extractor.quotes.descriptions import role_families


def has_figure(toks: list[Token], dates: bool = False) -> bool:
    """A number, an amount, a percentage or a multiple ("ninefold", "doubled").
    A year or a day is no figure ("has grown every month since 2021") unless
    ``dates``."""
    return any(_is_figure(t, dates) for t in toks)


def _is_figure(t: Token, dates: bool = False) -> bool:
    if t.ent_type_ in ("MONEY", "PERCENT") or t.text in ("%", "$"):
        return True
    if t.ent_type_ in ("DATE", "TIME") and not dates:
        return False  # "since 2021", "the first half of 2011"
    if t.dep_ == "nummod" and any(c.dep_ == "det" and c.lower_ in T.DEFINITE_DETS for c in t.head.children):
        return False  # "the two countries": a known set counted, not a statistic
    return (
        (t.like_num and not t.is_alpha)
        or (t.like_num and t.is_alpha and t.ent_type_ == "CARDINAL")
        or t.lower_.endswith("fold")
        or t.lower_ in T.MULTIPLE_WORDS
        or (t.lower_ in T.FRACTION_WORDS and t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "one", "two", "three"))
    )


def looks_ahead(lemma: str, clause: list[Token]) -> bool:
    """A forecast, a hope or a plan: a modal or a word of the future in the
    clause, or a verb that only reports expectations ("expects", "predicted").
    "Estimated" looks back when its clause is in the past ("estimated that
    trade reached ... last year")."""
    # "worse than expected" compares with a past expectation: no forecast
    if any(t.tag_ == "MD" or (t.lower_ in T.FORECAST_WORDS and not _after_than(t)) for t in clause):
        return True
    if lemma == "estimate":
        return not any(t.tag_ in ("VBD", "VBN") for t in clause)
    return lemma in T.FORECAST_VERBS


def _after_than(t: Token) -> bool:
    return t.i > 0 and t.doc[t.i - 1].lower_ == "than"


def states_trade_standing(clause: list[Token]) -> bool:
    """The clause states where trade stands without a figure: a rank or a
    comparison ("X remained the largest trading partner", "the deficit was
    worse than expected", "continued to be the biggest trade partner") or a
    trend of a trade quantity ("the share of trade declined steadily"). Each
    main predicate is a verb of level or change, or a copula whose
    complement is superlative or comparative; a reason given with it ("fell
    because of ...", "as demand slowed") makes it an explanation."""
    if not clause or not any(t.lower_ in T.TRADE_NOUNS for t in clause):
        return False
    # "amid exports rising faster" sets a scene, it gives no reason (as in explains)
    if any(
        (t.dep_ == "advcl" and not _after_than(t) and not _circumstance(t))
        or (t.lower_ in T.REASON_WORDS and t.lower_ != "amid")
        for t in clause
    ):
        return False
    preds = _main_predicates(clause)
    return bool(preds) and all(_standing(p) for p in preds)


def _circumstance(t: Token) -> bool:
    """A subordinate clause of time or circumstance ("as demand kept
    booming", "while imports fell"): a scene beside the movement, no reason
    for it (a "because" clause is one)."""
    return any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "after", "before") for c in t.children)


def _main_predicates(clause: list[Token]) -> list[Token]:
    """The clause's verbs that head it (their head lies outside it), with the
    verbs coordinated with them."""
    ids = {t.i for t in clause}
    heads = [t for t in clause if t.head.i not in ids or t.head.i == t.i]
    preds = [h for h in heads if h.tag_.startswith("VB")]
    return preds + [c for p in preds for c in p.children if c.dep_ == "conj" and c.tag_.startswith("VB")]


def _standing(pred: Token) -> bool:
    # "continued to be X": the predicate is the infinitive's
    inner = next((c for c in pred.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if pred.lower_ in T.CONTINUING_VERBS and inner is not None:
        pred = inner
    kids = list(pred.children)
    if pred.lower_ in T.COPULA_FORMS or pred.lower_ in T.CONTINUING_VERBS:
        complements = [c for c in kids if c.dep_ in ("attr", "acomp", "oprd")]
        return any(t.tag_ in ("JJS", "JJR", "RBS", "RBR") for c in complements for t in c.subtree)
    if pred.lower_ in T.HOLDING_VERBS:
        # "has maintained a trade surplus", "have seen massive growth in
        # trade": the object is the trade quantity
        return any(t.lower_ in T.TRADE_NOUNS for c in kids if c.dep_ == "dobj" for t in c.subtree)
    if pred.lower_ not in T.STATISTIC_VERB_FORMS:
        return False
    subject = [t for c in kids if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return any(t.lower_ in T.TRADE_NOUNS | T.SHARE_NOUNS for t in subject)


def states_trade_figures(clause: list[Token]) -> bool:
    """The clause only states trade figures: each of its main predicates is a
    verb of level or change ("rose", "reached", "surged") that carries a
    figure as its own argument, and trade is what it is about. "A surge of
    30% showed that firms ..." (an interpretation) and "trade grew while
    ..., as exports rose 7%" (the figure in a side clause) are not."""
    if not clause or not any(t.lower_ in T.TRADE_NOUNS for t in clause):
        return False
    preds = _main_predicates(clause)
    # "increased by 31% and surpassed the pre-pandemic level": one figure
    # carried, the other predicate a level of the same statistic
    return (
        bool(preds)
        and all(p.lower_ in T.STATISTIC_VERB_FORMS for p in preds)
        and any(_figure_argument(p) for p in preds)
    )


def reports_a_movement(clause: list[Token]) -> bool:
    """Each main predicate is a verb of change or level, none a copula:
    "exports rose 13%", "trade increased by 31% and surpassed $100bn"."""
    preds = _main_predicates(clause)
    return bool(preds) and not any(p.lower_ in T.COPULA_FORMS for p in preds)


_CLAUSAL = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "xcomp", "csubj", "parataxis"})


def _figure_argument(pred: Token) -> bool:
    """A figure hanging on the predicate through phrases only, not through a
    clause of its own."""
    stack = [c for c in pred.children if c.dep_ not in _CLAUSAL]
    while stack:
        t = stack.pop()
        if _is_figure(t):
            return True
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL)
    return False


def speaks_officially(speaker: Speaker) -> bool:
    """An organisation, or a person or source whose title makes them an
    official: the figures they give are official figures, passed on. An
    analyst who cites a figure is quoted."""
    if speaker.kind == "organization":
        return True
    words = set(re.findall(r"[a-z]+", f"{speaker.role} {speaker.name}".lower()))
    # a title that names a statistics office ("statistics bureau chief")
    return bool(words & T.OFFICIAL_TITLES) or bool(words & T.STATISTICS_WORDS)


def speaks_as_expert(speaker: Speaker) -> bool:
    """A person presented as an analyst, economist or researcher."""
    return "expert" in role_families(f"{speaker.role} {speaker.name}")


def is_statistic_origin(speaker: Speaker, lemma: str, clause: list[Token]) -> bool:
    """ "customs data showed", "the customs office said" or "officials said"
    with a figure, or anyone stating trade figures and nothing else: the
    figure's source, not a quote. A forecast with a figure ("the ministry
    expects exports to rise 5 percent") stays a quote."""
    if speaker.kind == "data":
        return True
    if speaker.kind == "media" or looks_ahead(lemma, clause) or explains(clause):
        return False
    # an organisation's years and ranks of trade ("had the largest deficit
    # from 1983 to 2010", "fell for the 12th month") are statistics too
    words = set(re.findall(r"[a-z]+", speaker.name.lower()))
    about_trade = speaker.kind == "organization" and any(t.lower_ in T.TRADE_NOUNS for t in clause)
    if (
        speaks_officially(speaker)
        and (lemma in T.NEUTRAL_VERBS or lemma == "according")
        and states_trade_standing(clause)
    ):
        return True  # "X remained the largest trading partner, the office said"
    if not has_figure(clause, dates=about_trade):
        return False
    if states_trade_figures(clause) and (
        speaks_officially(speaker) or (reports_a_movement(clause) and not speaks_as_expert(speaker))
    ):
        # an official's trade figures, or a movement of trade anyone but an
        # expert reports ("exports rose 13%, X said"); an analyst's figure,
        # and a level stated in an argument ("shipments were worth $86bn"),
        # are part of their analysis
        return True
    if speaker.kind not in ("organization", "unnamed"):
        return False
    if lemma == "according":
        # "..., according to traders / the ministry": a figure's source
        return True
    if speaker.kind == "unnamed" or speaker.described:
        # officials passing on trade figures; a firm's officials on its output
        # are giving their account
        trade = any(t.lower_ in T.TRADE_NOUNS for t in clause)
        return bool(words & T.OFFICIAL_NOUNS) and lemma in T.NEUTRAL_VERBS and trade
    return bool(words & T.STATISTICS_WORDS) or lemma in T.NEUTRAL_VERBS


def explains(clause: list[Token]) -> bool:
    """The clause gives a reason for what it states: a causal phrase on its
    main verb ("mainly due to firms moving", "because demand slowed") or a main
    predicate that names a cause of a movement ("growing demand helped to
    push exports"). Statistics joined with an explanation are a quote."""
    preds = _main_predicates(clause)
    if any(t.lower_ in T.REASON_WORDS and t.lower_ != "amid" and _verb_above(t) in preds for t in clause):
        return True
    return any(p.lower_ in T.CAUSE_VERB_FORMS for p in preds)


def _verb_above(t: Token) -> Token | None:
    """The verb a phrase or a subordinate clause modifies; None when it
    modifies a noun first ("a slump due to the crisis", "a rise led by
    oil": a detail of the figure, not a reason for the statement)."""
    node = t.head.head if t.dep_ == "mark" else t.head
    while not node.tag_.startswith("VB"):
        if node.tag_.startswith("NN") or node.head.i == node.i:
            return None
        node = node.head
    return node


def announces_a_plan(speaker: Speaker, clause: list[Token]) -> bool:
    """An organisation announcing what will be done ("$4.5 million would be
    sent to the WFP", "goods will have to be approved by the minister"): an
    announcement, not a view or a forecast. A future of the economy
    ("exports will slow") stays a forecast, and so does what the organisation
    says it will do itself ("it would expand support"), a pledge."""
    if speaker.kind != "organization" or speaker.described or not clause:
        return False
    ids = {t.i for t in clause}
    preds = [t for t in clause if (t.head.i not in ids or t.head.i == t.i) and t.tag_.startswith("VB")]
    if not preds:
        return False
    for pred in preds:
        kids = list(pred.children)
        future = any(c.tag_ == "MD" and c.lower_ in ("will", "would", "shall") for c in kids) or any(
            c.lower_ == "have" and c.dep_ == "aux" for c in kids
        )
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
        if not (future and passive) or pred.lower_ in T.FORECAST_WORDS:
            return False
    return True


def relays_data(cue: Token, clause: list[Token]) -> bool:
    """ "Citing customs data, the envoy highlighted that trade declined
    notably": the speaker relays what the data show about trade, a
    statistic's origin even without a figure."""
    citing = [c for c in cue.children if c.lower_ == "citing" and c.dep_ in ("advcl", "xcomp", "prep", "pcomp")]
    cites_data = any(t.lower_ in T.DATA_NOUNS for c in citing for t in c.subtree)
    return cites_data and any(t.lower_ in T.TRADE_NOUNS for t in clause)
