"""One sentence as the facts engine reads it: its money, periods, economies
and flow cues, in article offsets, with the article and the discourse state
it is read against."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from extractor.normalize.countries import EconomyMention
from extractor.normalize.money import MoneyMention
from extractor.normalize.periods import Period, PeriodMention

if TYPE_CHECKING:
    from extractor.facts.article import Article
    from extractor.facts.discourse import DiscourseState


@dataclass
class Cue:
    """A flow word ("exports", "trade surplus") and the flow it names."""

    start: int
    end: int
    flow: str


@dataclass
class Sentence:
    text: str  # the whole article: offsets are article offsets
    s0: int
    s1: int
    index: int
    money: list[tuple[int, MoneyMention]]  # (index in the article's money, mention)
    conversions: dict[int, MoneyMention]  # money index -> its stated conversion
    primary: list[tuple[int, MoneyMention]]  # the figures that are not conversions
    economies: list[EconomyMention]
    periods: list[tuple[PeriodMention, Period | None]]  # resolved; None for bases
    cues: list[Cue]
    article: Article
    state: DiscourseState
    # from the parse: is an economy (start) in a clause of its own after a figure (start, end)?
    detached: Callable[[int, int, int], bool] | None = None
    # from the parse: does the figure (start, end) hang on a verb of plan or possibility?
    hypothetical: Callable[[int, int], bool] | None = None
    # from the parse: is the figure (start, end) a levy's base or a change's size, not a level?
    not_level: Callable[[int, int], bool] | None = None
    # from the parse: is the change (start, end) a forecast rather than what happened?
    forecast: Callable[[int, int], bool] | None = None

    @cached_property
    def raw(self) -> str:
        return self.text[self.s0 : self.s1]


def cue_between(s: Sentence, a: int, b: int) -> bool:
    return any(a <= c.start and c.end <= b for c in s.cues)


def figure_end(s: Sentence, k: int) -> int:
    """End of the k-th primary figure and of its stated conversion."""
    i, m = s.primary[k]
    conv = s.conversions.get(i)
    return conv.end if conv is not None else m.end


def figure_between(s: Sentence, a: int, b: int) -> bool:
    return any(a <= x.start < b for _, x in s.primary)
