"""How sure a score is: 95 % intervals by resampling articles.

A gold set of 55 articles is a sample of what a user's archive holds; a
score on it moves by several points with the sample. The interval here is
the percentile bootstrap over articles (the unit the gold was drawn in):
draw as many articles as the set has, with replacement, add up their counts,
recompute the measure; repeat, and keep the middle 95 % of the results. Two
scores whose intervals overlap widely are not told apart by that set.

Counts are plain tuples so the resampling stays cheap: ``(tp, fp, fn)`` for a
precision/recall/F1 measure and ``(correct, total)`` for an accuracy.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

N_RESAMPLES = 1000
LEVEL = 0.95


def f1_of(tp: int, fp: int, fn: int) -> float:
    """Micro F1 of summed counts, with evaluate's convention for empty sides.

    >>> f1_of(3, 1, 1)
    0.75
    >>> f1_of(0, 0, 0)
    1.0
    >>> f1_of(0, 2, 0)
    0.0
    """
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def accuracy_of(correct: int, total: int) -> float | None:
    """
    >>> accuracy_of(3, 4), accuracy_of(0, 0)
    (0.75, None)
    """
    return correct / total if total else None


def bootstrap_interval(
    per_article: Sequence[tuple[int, ...]],
    statistic: Callable[..., float | None],
    *,
    n_resamples: int = N_RESAMPLES,
    level: float = LEVEL,
    seed: int = 0,
) -> tuple[float, float] | None:
    """The percentile interval of ``statistic`` over article resamples.

    ``per_article`` holds each article's counts; ``statistic`` takes the
    summed counts. None when there is nothing to resample or the statistic
    is undefined on every resample. The same seed gives the same interval.

    >>> arts = [(1, 0, 0)] * 10            # every article fully right
    >>> bootstrap_interval(arts, f1_of)
    (1.0, 1.0)
    >>> low, high = bootstrap_interval([(1, 0, 0), (0, 1, 1)] * 10, f1_of)
    >>> low < 0.5 < high
    True
    """
    if not per_article:
        return None
    rng = random.Random(seed)
    n, width = len(per_article), len(per_article[0])
    values = []
    for _ in range(n_resamples):
        sums = [0] * width
        for _ in range(n):
            counts = per_article[rng.randrange(n)]
            for k in range(width):
                sums[k] += counts[k]
        value = statistic(*sums)
        if value is not None:
            values.append(value)
    if not values:
        return None
    values.sort()
    tail = (1 - level) / 2
    low = values[int(tail * (len(values) - 1))]
    high = values[int(round((1 - tail) * (len(values) - 1)))]
    return low, high
