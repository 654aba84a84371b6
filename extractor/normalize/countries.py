"""Economies named in text, to ISO 3166-1 alpha-3 (plus W00 and EUU).

>>> [(m.text, m.code) for m in find_economies("Trade between N. Korea and China rose.")]
[('N. Korea', 'PRK'), ('China', 'CHN')]
>>> [(m.text, m.code) for m in find_economies("The North sold coal to Beijing.", context={"PRK"})]
[('The North', 'PRK'), ('Beijing', 'CHN')]
>>> country_code("Viet Nam"), country_code("Atlantis")
('VNM', None)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractor.normalize._country_tables import (
    ALIASES,
    AMBIGUOUS_NAMES,
    COMPOUND_AFTER,
    CONTEXT_LICENCE,
    CONTEXTUAL,
    DESCRIPTIONS,
    ORG_AFTER,
    ORG_BEFORE,
    REGION,
    REGIONS,
)
from extractor.normalize._regex import word_alternation


@dataclass(frozen=True, slots=True)
class EconomyMention:
    text: str
    start: int
    end: int
    code: str


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            # Skip "Korea, Republic of"-style names: never written so in prose.
            if name and "," not in name and name not in AMBIGUOUS_NAMES:
                names[name] = c.alpha_3
    names.update(ALIASES)
    names.update(dict.fromkeys(REGIONS, REGION))
    # Headlines and datelines shout: "SEOUL, March 1", "KOREA CUSTOMS SERVICE".
    for name, code in list(names.items()):
        if len(name) >= 4 and name[0].isupper() and not name.startswith("the "):
            names.setdefault(name.upper(), code)
    return names


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternation = word_alternation(_names())
    # Lower-case aliases ("the world", "global") match in any case; names are
    # capitalised in English, so "china" (porcelain) or "us" (pronoun) do not match.
    # "US$5 billion" is money, not the United States.
    # "U.S. dollar terms" names a currency, not the United States.
    return re.compile(
        rf"(?<![\w.])(?:{alternation})(?![\w$])(?!\s+(?:dollars?|currency|yuan|won|yen|rubles?|euros?)\b)"
    )


_CONTEXTUAL = re.compile(
    r"(?<!\w)[Tt]he (?:North|South|bloc|[Kk]ingdom|island|mainland|Gulf (?:state|nation))(?![\w-])"
)
_CONTEXT_FORMS = {form.lower(): form for form in CONTEXTUAL}
_ORG_AFTER = re.compile(rf"\s+(?:{ORG_AFTER})\b")
_COMPOUND_AFTER = re.compile(COMPOUND_AFTER)
_ORG_BEFORE = re.compile(rf"\b{ORG_BEFORE}$")
_STATISTICS_AFTER = re.compile(r"\s+(?:Customs|Statistical|Statistics|National Statistics)\b")
_DESCRIPTION = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(d).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]").replace("'", "['’]")
        for d in sorted(DESCRIPTIONS, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _description_key(text: str) -> str:
    """A description in the form the table's keys are compared in.

    >>> _description_key("Asia’s  largest-economy")
    "asia's largest economy"
    """
    return re.sub(r"[\s-]+", " ", text.lower().replace("’", "'"))


_DESCRIPTION_CODES = {_description_key(d): code for d, code in DESCRIPTIONS.items()}


# Codes that are sides of a flow but no country: the world, and a region without a code.
NOT_A_COUNTRY = frozenset({"W00", REGION})


def country_code(name: str) -> str | None:
    """ISO alpha-3 for a name, alias or code, or None."""
    name = name.strip()
    if name in _names():
        code = _names()[name]
        return None if code == REGION else code
    if len(name) == 3 and name.isupper():
        import pycountry

        if pycountry.countries.get(alpha_3=name) or name in ("W00", "EUU"):
            return name
    return None


def find_statistics_offices(text: str) -> list[EconomyMention]:
    """Economies named in the name of a customs or statistics office ("the
    Korea Customs Service"): whose figures the article reports, not a side
    of a flow.

    >>> [m.code for m in find_statistics_offices("data from the Korea Customs Service")]
    ['KOR']
    """
    return [m for m, _ in _scan_names(text) if _STATISTICS_AFTER.match(text, m.end)]


@functools.lru_cache(maxsize=64)
def _scan_names(text: str) -> tuple[tuple[EconomyMention, bool], ...]:
    """Every name the big alternation matches, once per text (an article is
    scanned several times), with whether it names an economy of a flow."""
    out = []
    for m in _pattern().finditer(text):
        mention = EconomyMention(m.group(0), m.start(), m.end(), _names()[m.group(0)])
        kept = (
            not _ORG_AFTER.match(text, m.end())
            and not _COMPOUND_AFTER.match(text, m.end())
            and not _ORG_BEFORE.search(text, max(0, m.start() - 40), m.start())
            # "the world's second-largest economy" describes a country
            and not (mention.code == "W00" and text.startswith(("'s", "’s"), m.end()))
        )
        out.append((mention, kept))
    return tuple(out)


def find_economies(text: str, context: Iterable[str] = ()) -> list[EconomyMention]:
    """Economies named in ``text``, in order. ``context`` holds the codes the
    article names in full, which licenses "the North" / "the South"."""
    found = [m for m, kept in _scan_names(text) if kept]
    ctx = set(context)
    for m in _CONTEXTUAL.finditer(text):
        form = _CONTEXT_FORMS[m.group(0).lower()]
        codes = CONTEXTUAL[form]
        licensed = [c for c in codes if c in ctx]  # licensed by the full name
        if not licensed and ctx & set(CONTEXT_LICENCE.get(form, ())):
            licensed = list(codes)
        if licensed:
            found.append(EconomyMention(m.group(0), m.start(), m.end(), licensed[0]))
    for m in _DESCRIPTION.finditer(text):
        code = _DESCRIPTION_CODES.get(_description_key(m.group(0)))
        if code in ctx and not any(f.start <= m.start() < f.end for f in found):
            found.append(EconomyMention(m.group(0), m.start(), m.end(), code))
    return sorted(found, key=lambda e: e.start)
