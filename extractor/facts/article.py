"""What the engine knows of an article before reading its sentences: the
economies it names, the pair it is about, its flow cues, and the priors on
whose flows it reports (dateline, lead, statistics office, currency)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from extractor.facts import _tables as T
from extractor.facts.discourse import DiscourseState
from extractor.facts.sentence import Cue
from extractor.normalize._country_tables import DATELINE_CITIES
from extractor.normalize.countries import (
    NOT_A_COUNTRY,
    EconomyMention,
    country_code,
    find_economies,
    find_statistics_offices,
)
from extractor.normalize.money import MoneyMention


@dataclass(frozen=True)
class Article:
    """The article-level facts that do not change while reading."""

    published: date | None
    article_codes: set[str]
    # The pair the article is about: its two most named economies, when they
    # dominate it (None for an article about one economy and many partners).
    pair: tuple[str, str] | None = None
    # The two most named economies, dominant or not ("bilateral trade" with
    # nothing else to go on), and the most named one (the article's subject).
    top_pair: tuple[str, str] | None = None
    subject: str | None = None
    named_order: list[str] = field(default_factory=list)
    economies: list[EconomyMention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)  # flow cues of the whole text, in pattern order
    fiscal_start: int = 4  # the month the protagonist's fiscal year starts in
    # The economy whose own flows the text says it reports: its lead's subject
    # ("South Korea's exports rose …") or the statistics office it cites; not
    # the dateline, which says only where the reporter sits.
    reports_on: str | None = None


def read_article(text: str, money: list[MoneyMention], published: date | None) -> tuple[Article, DiscourseState]:
    """The article's settings and the discourse state it starts from."""
    dateline = T.DATELINE.match(text)
    codes = {e.code for e in find_economies(text) if e.code not in NOT_A_COUNTRY}
    # Once per article, with "the North"/"the South" licensed by full names.
    economies = find_economies(text, codes)
    # The dateline's city says where the reporter sits, not what the story is about.
    mentions = Counter(
        e.code for e in economies if e.code not in NOT_A_COUNTRY and not (dateline and e.start < dateline.end())
    )
    top = [code for code, _ in mentions.most_common(2)]
    state = DiscourseState()
    if dateline:
        # "SEOUL, March 1 (Yonhap) --": the reporting country is the likely
        # protagonist of flows that name no economy.
        city = dateline.group(1).strip().title()
        code = country_code(city) or DATELINE_CITIES.get(city)
        if code:
            state.owners[code] += 1
    lead = lead_owner(text, economies)
    if lead:
        # "South Korea's exports rose for a fourth month …": the lead's subject
        state.owners[lead] += 1
    offices = find_statistics_offices(text)
    reports_on = lead or (offices[0].code if offices else None) or flow_possessor(text, economies)
    if offices:
        # "… the Korea Customs Service said": the same prior for the office's country
        state.owners[offices[0].code] += 1
    # Figures stated in a national currency (¥, won, yuan, rubles) are most
    # likely that country's own: a weak prior for flows that name no economy.
    home = Counter(T.CURRENCY_HOME[m.currency] for m in money if m.converts is None and m.currency in T.CURRENCY_HOME)
    if home:
        code, n = home.most_common(1)[0]
        if n * 2 > sum(1 for m in money if m.converts is None):
            state.owners[code] += 1
    subject = top[0] if top else None
    reporter = state.owners.most_common(1)[0][0] if state.owners else subject
    article = Article(
        published=published,
        article_codes=codes,
        pair=article_pair(text, economies, mentions),
        top_pair=(top[0], top[1]) if len(top) == 2 else None,
        subject=subject,
        named_order=[code for code, _ in mentions.most_common()],
        economies=economies,
        cues=flow_cues(text),
        fiscal_start=7 if reporter in T.FISCAL_START_JULY else 4,
        reports_on=reports_on,
    )
    return article, state


def flow_possessor(text: str, economies: list[EconomyMention]) -> str | None:
    """The economy the text most often writes as the possessor of a flow
    ("South Korea's trade deficit", "Korea's exports"), when one leads."""
    owners = Counter(
        e.code for e in economies if e.code not in NOT_A_COUNTRY and T.POSSESSIVE_FLOW.match(text, e.end)
    ).most_common(2)
    if not owners or (len(owners) == 2 and owners[0][1] == owners[1][1]):
        return None
    return owners[0][0]


def lead_end(text: str) -> int:
    """Where the lead sentence ends (within its first 600 characters)."""
    end = T.LEAD_END.search(text, 0, 600)
    return end.end() if end else min(len(text), 600)


def lead_owner(text: str, economies: list[EconomyMention]) -> str | None:
    """The economy whose flow the lead sentence is about ("South Korea's
    exports rose …", "China's trade with Russia hit a record …")."""
    end = lead_end(text)
    for e in economies:
        if e.start >= end:
            break
        if e.code not in NOT_A_COUNTRY and T.POSSESSIVE_FLOW.match(text, e.end):
            return e.code
    return None


def article_pair(text: str, economies: list[EconomyMention], mentions: Counter) -> tuple[str, str] | None:
    """The pair an article is about: one it names as a pair ("North
    Korea-China trade", "between Seoul and Tokyo") and whose two economies
    make up most of its economy mentions. An article about one economy's
    trade with many partners has none."""
    named = Counter()
    for a, b in zip(economies, economies[1:], strict=False):
        if a.code != b.code and a.code not in NOT_A_COUNTRY and b.code not in NOT_A_COUNTRY:
            if re.fullmatch(r"\s*(?:[-–—/]|and|&)\s*", text[a.end : b.start]):
                named[tuple(sorted((a.code, b.code)))] += 1
    # The lead's "North Korea's exports to Russia" names the story's pair more
    # surely than a pair met in passing further down.
    end = lead_end(text)
    for a, b in zip(economies, economies[1:], strict=False):
        if b.start >= end:
            break
        if a.code != b.code and a.code not in NOT_A_COUNTRY and b.code not in NOT_A_COUNTRY:
            if T.LEAD_PAIR_GAP.fullmatch(text, a.end, b.start):
                named[tuple(sorted((a.code, b.code)))] += 2
    if not named:
        return None
    (x, y), _ = named.most_common(1)[0]
    if (mentions[x] + mentions[y]) / sum(mentions.values()) < 0.6:
        return None
    return (x, y) if mentions[x] >= mentions[y] else (y, x)


def flow_cues(text: str) -> list[Cue]:
    """The flow words of ``text``, without those inside a longer one ("exports"
    inside "imports and exports" is the total's, not a flow of its own).

    >>> [(c.start, c.flow) for c in flow_cues("Its imports and exports rose; exports fell.")]
    [(4, 'total'), (30, 'export')]
    """
    found = [Cue(m.start(), m.end(), flow) for rx, flow in T.FLOW_CUE_RE for m in rx.finditer(text)]
    return [
        c
        for c in found
        if not any(
            o is not c and o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in found
        )
    ]
