"""The discourse state: what the reader remembers from one sentence to the
next (the focus period, who traded with whom lately, the last fact), and the
rules by which a sentence updates it.

An article talks about one period at a time (the *focus*), and a figure
without its own period ("During the same period …", "the previous month's
$238.1 million") is resolved against it. The state is a plain object the
engine creates per article and passes to each sentence — never global.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractor.facts import _tables as T
from extractor.facts.records import FoundFact
from extractor.normalize.periods import Period, PeriodMention


@dataclass
class DiscourseState:
    # How often each economy owned a fact so far: the article's protagonist.
    owners: Counter = field(default_factory=Counter)
    # Owner -> (partner, sentence index) of its latest fact with both sides named.
    recent_partner: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Owner -> sentence index of its latest fact with the world.
    recent_world: dict[str, int] = field(default_factory=dict)
    focus: Period | None = None
    prev_sentence_start: int | None = None
    last_fact: FoundFact | None = None
    last_fact_sentence: int = -10
    last_sentence_facts: list[FoundFact] = field(default_factory=list)
    source_org: str = ""
    # The partner a paragraph is about ("In trade with the United States, …"):
    # (code, offset where its paragraph starts).
    topic: tuple[str, int] | None = None
    # Every fact so far, for consistency checks between them.
    history: list[FoundFact] = field(default_factory=list)

    def topic_partner(self, paragraph: int, owner: str | None = None) -> str | None:
        """The partner framed for this paragraph, if any (never the owner itself)."""
        if self.topic is None or self.topic[1] != paragraph or self.topic[0] == owner:
            return None
        return self.topic[0]

    def protagonist(self, named_order: list[str], exclude: str | None = None) -> str | None:
        """The economy the article is mostly about: the most frequent owner
        of its flows so far, else its most named economy."""
        for owner, _ in self.owners.most_common():
            if owner not in (exclude, "W00"):
                return owner
        for code in named_order:
            if code != exclude:
                return code
        return None

    def focus_pair(self, index: int) -> tuple[str, str] | None:
        """The pair just spoken of ("the two countries"): the last fact's,
        when it names a partner and is at most two sentences back."""
        last = self.last_fact
        if last and last.partner not in (None, "W00") and self.last_fact_sentence >= index - 2:
            return last.economy, last.partner
        return None

    def note_fact(self, fact: FoundFact, index: int, *, partner_inferred: bool = False) -> None:
        """Remember a fact of sentence ``index``. A partner the engine inferred
        is not evidence of whom the owner trades with, so it is not kept."""
        if not partner_inferred:
            if fact.economy and fact.partner and fact.partner != "W00" and fact.flow != "balance":
                self.recent_partner[fact.economy] = (fact.partner, index)
                self.recent_partner[fact.partner] = (fact.economy, index)
            elif fact.partner == "W00":
                self.recent_world[fact.economy] = index
        self.owners[fact.economy] += 1
        self.history.append(fact)

    def too_large_for(self, fact: FoundFact, partner: str) -> bool:
        """Would ``fact`` with ``partner`` be more than half again the same
        flow with that partner over the same period already stated? Then it
        is not with that partner: a flow with the world is no smaller than
        any one partner's ("exports to the US fell to ¥9.7 trillion. Exports
        rose to ¥53.7 trillion.")."""
        return any(
            f.economy == fact.economy
            and f.partner == partner
            and f.flow == fact.flow
            and f.period == fact.period
            and f.currency == fact.currency
            and abs(fact.value) > abs(f.value) * 3 / 2
            for f in self.history
        )

    def end_sentence(
        self,
        start: int,
        index: int,
        raw: str,
        periods: list[tuple[PeriodMention, Period | None]],
        facts: list[FoundFact],
        *,
        about_trade: bool = True,
    ) -> None:
        """After sentence ``index`` (at ``start``): move the focus, keep its facts.
        ``about_trade`` says whether the sentence names a flow or a figure."""
        self.prev_sentence_start = start
        if facts:
            self.last_sentence_facts = facts
        self.focus = next_focus(self.focus, raw, periods, facts, about_trade=about_trade)
        if facts:
            self.last_fact = main_fact(facts)
            self.last_fact_sentence = index


def main_fact(facts: list[FoundFact]) -> FoundFact:
    """The fact a sentence leaves in hand: its last, unless that one has no
    owner and another has."""
    return facts[-1] if all(f.economy for f in facts) else next((f for f in facts if f.economy), facts[-1])


def next_focus(
    focus: Period | None,
    raw: str,
    periods: list[tuple[PeriodMention, Period | None]],
    facts: list[FoundFact],
    *,
    about_trade: bool = True,
) -> Period | None:
    """The focus after a sentence with these periods (offsets into ``raw``) and
    facts. A sentence that names no flow and no figure and does not open with
    its period ("The tariffs were lowered in September") is an aside on the
    story's background: its period is not what the next figures are about."""
    explicit = [(pm, p) for pm, p in periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
    if explicit:
        pm, p = explicit[0]
        # A sentence that opens with its period ("In April 2023, …") sets
        # the focus; a period met later in a sentence moves it only
        # forward, so "below the $2.79 billion recorded in 2019" does not.
        contains_focus = focus is not None and p.start <= focus.start and focus.end <= p.end and p != focus
        # "…, surpassing a goal set for 2024": a later period no figure of
        # the sentence took is not what the text goes on to talk about.
        unused = facts and not any(f.period == p for f in facts)
        opens = T.OPENING.match(raw[: pm.start]) is not None and not re.match(r"['’]s\b", raw[pm.end :])
        # "In July they had amounted to only $194 million": a look back
        looking_back = focus is not None and p.end < focus.start and T.PAST_PERFECT.search(raw)
        # "In December alone, …" in a story about the year: an aside
        looking_back = looking_back or (
            focus is not None and p.start >= focus.start and p.end <= focus.end and T.ALONE.match(raw, pm.end)
        )
        # a heading ("EU trade by main partner, January-October 2025") names the table's period
        heading = not facts and not any(
            re.search(r"[.!?][\"”’)]?\s*$", line) for line in raw.strip().split("\n") if line.strip()
        )
        if not about_trade and not heading and not opens and focus is not None:
            return focus
        # every figure of the sentence is stated in a period that holds the focus
        # or runs past it ("exports in the past 12 months" after a month's): what
        # the text now reports on; an earlier one is a look back
        all_in_it = bool(facts) and all(f.period == p for f in facts) and focus is not None and p.end >= focus.end
        if not looking_back and (
            focus is None or opens or heading or all_in_it or (p.end >= focus.end and not contains_focus and not unused)
        ):
            return p
        return focus
    if facts and facts[0].period is not None and focus is None:
        return facts[0].period
    return focus


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` starts (after the last blank line).

    >>> paragraph_start("One.\\n\\nTwo. Three.", 11)
    6
    """
    return text.rfind("\n\n", 0, offset) + 2 if "\n\n" in text[:offset] else 0


def framed_partner(text: str, s0: int, economies) -> str | None:
    """The partner a sentence at ``s0`` opens with a frame for ("With Japan, …").

    >>> from extractor.normalize.countries import find_economies
    >>> t = "In trade with the United States, Japan's surplus fell."
    >>> framed_partner(t, 0, find_economies(t))
    'USA'
    >>> t = "Japan's trade with the United States grew."
    >>> framed_partner(t, 0, find_economies(t)) is None
    True
    """
    for e in economies:
        if e.start < s0 or e.start - s0 > 90:
            continue
        if T.TOPIC_FRAME.fullmatch(text, s0, e.start) and re.match(r"\s*(?:\([^)]*\)\s*)?,", text[e.end : e.end + 20]):
            return e.code if e.code != "W00" else None
    return None
