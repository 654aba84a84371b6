"""The ``experts`` table: one row per quoted person across a dataset.

Built from the ``quotes`` and ``articles`` tables. Within one article a
surname-only speaker ("Ward") is the full name quoted there ("Peter Ward");
across articles people are joined by name, ignoring case and spacing.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from extractor.records import DERIVED_TABLES

COLUMNS: list[str] = list(DERIVED_TABLES["experts"])


def empty_experts() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c.startswith("n_") else "object") for c in COLUMNS})


def name_key(name: str) -> str:
    """How two spellings of one name are joined.

    >>> name_key("  Peter   WARD ")
    'peter ward'
    """
    return " ".join(str(name).split()).casefold()


def merge_surnames(names: list[str]) -> dict[str, str]:
    """Map each name of one article to the full name it stands for: a
    one-word name joins the longer name that contains it (also a part of a
    hyphenated name), when exactly one does.

    >>> merge_surnames(["Peter Ward", "Ward", "Lim Eul-chul", "Lim", "Kim"])
    {'Peter Ward': 'Peter Ward', 'Ward': 'Peter Ward', 'Lim Eul-chul': 'Lim Eul-chul', 'Lim': 'Lim Eul-chul', 'Kim': 'Kim'}
    >>> merge_surnames(["Kim", "Kim Jin-ho", "Kim Tae-hee"])["Kim"]
    'Kim'
    """
    full = [n for n in dict.fromkeys(names) if len(n.split()) > 1]
    mapping: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) != 1:
            mapping[name] = name
            continue
        word = words[0].casefold()
        owners = [f for f in full if any(word == p.casefold() or word in p.casefold().split("-") for p in f.split())]
        mapping[name] = owners[0] if len(owners) == 1 else name
    return mapping


class ExpertsAccumulator:
    """Builds the experts table part by part, so that a run over a large
    archive needs memory for the people, not for every quote.

    Each ``add`` must hold whole articles (a batch's part files do): surnames
    are merged within an article and articles are counted per part.
    """

    def __init__(self) -> None:
        # name key -> running aggregate
        self._people: dict[str, dict] = {}

    def add(self, quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> None:
        needed = {"article_id", "speaker", "speaker_type"}
        if quotes is None or quotes.empty or not needed <= set(quotes.columns):
            return
        people = quotes[quotes["speaker_type"].fillna("").astype(str) == "person"].copy()
        people = people[people["speaker"].fillna("").astype(str).str.strip() != ""]
        if people.empty:
            return
        for col in ("role", "affiliation"):
            if col not in people.columns:
                people[col] = ""
        people["speaker"] = people["speaker"].astype(str).map(lambda s: " ".join(s.split()))
        people["article_id"] = people["article_id"].astype(str)
        # surname-only mentions join the full name within their article
        merged = []
        for _aid, group in people.groupby("article_id", sort=False):
            mapping = merge_surnames(list(group["speaker"]))
            merged.append(group.assign(speaker=group["speaker"].map(mapping)))
        people = pd.concat(merged)
        people["key"] = people["speaker"].map(name_key)

        dates: dict[str, str] = {}
        if articles is not None and {"article_id", "published"} <= set(articles.columns):
            for aid, pub in zip(articles["article_id"].astype(str), articles["published"], strict=True):
                if isinstance(pub, str) and pub.strip():
                    dates[aid] = pub.strip()[:10]

        for key, group in people.groupby("key", sort=False):
            agg = self._people.setdefault(
                key,
                {"speaker": Counter(), "role": Counter(), "affiliation": Counter(), "n_quotes": 0, "n_articles": 0,
                 "first": "", "last": "", "order": {}},
            )  # fmt: skip
            for col in ("speaker", "role", "affiliation"):
                for v in group[col]:
                    if isinstance(v, str) and v.strip():
                        v = v.strip()
                        agg[col][v] += 1
                        agg["order"].setdefault((col, v), len(agg["order"]))
            agg["n_quotes"] += len(group)
            agg["n_articles"] += group["article_id"].nunique()
            published = sorted(d for d in (dates.get(a, "") for a in group["article_id"]) if d)
            if published:
                agg["first"] = min(filter(None, (agg["first"], published[0])))
                agg["last"] = max(agg["last"], published[-1])

    def table(self) -> pd.DataFrame:
        if not self._people:
            return empty_experts()
        rows = [
            {
                "speaker": _most_common_counted(agg, "speaker"),
                "role": _most_common_counted(agg, "role"),
                "affiliation": _most_common_counted(agg, "affiliation"),
                "n_quotes": agg["n_quotes"],
                "n_articles": agg["n_articles"],
                "first_published": agg["first"],
                "last_published": agg["last"],
            }
            for agg in self._people.values()
        ]
        table = pd.DataFrame(rows, columns=COLUMNS)
        table = table.sort_values(["n_quotes", "n_articles", "speaker"], ascending=[False, False, True], kind="stable")
        return table.astype({"n_quotes": "int64", "n_articles": "int64"}).reset_index(drop=True)


def _most_common_counted(agg: dict, col: str) -> str:
    """The most frequent non-empty value; on a tie, the one seen first."""
    counts: Counter = agg[col]
    if not counts:
        return ""
    best = max(counts.values())
    return min((v for v, n in counts.items() if n == best), key=lambda v: agg["order"][(col, v)])


def build_experts(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quoted person, most-quoted first.

    ``quotes`` needs ``article_id``, ``speaker`` and ``speaker_type`` (role
    and affiliation are used when present); ``articles`` gives the
    publication dates (``article_id``, ``published``) and may be None.
    """
    acc = ExpertsAccumulator()
    acc.add(quotes, articles)
    return acc.table()


def filter_experts(
    experts: pd.DataFrame,
    *,
    name: str | None = None,
    affiliation: str | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Rows whose speaker / affiliation contain the given text (any case),
    the first ``limit`` of them."""
    out = experts
    if name:
        out = out[out["speaker"].fillna("").str.contains(name, case=False, regex=False)]
    if affiliation:
        out = out[out["affiliation"].fillna("").str.contains(affiliation, case=False, regex=False)]
    if limit is not None:
        out = out.head(limit)
    return out.reset_index(drop=True)


def experts_of_dataset(
    tables: dict[str, pd.DataFrame],
    *,
    name: str | None = None,
    affiliation: str | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """The dataset's ``experts`` table if it has one, else built from its
    ``quotes`` and ``articles``; then filtered.

    Raises KeyError when the dataset has neither experts nor quotes.
    """
    if "experts" in tables:
        experts = tables["experts"].copy()
        for col in COLUMNS:
            if col not in experts.columns:
                experts[col] = 0 if col.startswith("n_") else ""
        experts = experts[COLUMNS]
    elif "quotes" in tables:
        experts = build_experts(tables["quotes"], tables.get("articles"))
    else:
        raise KeyError("the dataset has no quotes table and no experts table")
    return filter_experts(experts, name=name, affiliation=affiliation, limit=limit)
