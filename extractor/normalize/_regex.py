"""Regex building blocks shared by the text scanners (private)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["word_alternation"]


def word_alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A regex matching any of ``words``, factored on shared prefixes.

    It matches exactly what ``"|".join`` of the words sorted longest first
    matches, and backtracks through them in the same order (a word that is a
    prefix of another is tried after it), but the engine follows one branch
    per letter instead of trying every word at every position: the country
    names, month names and change verbs are scanned several times faster.

    >>> word_alternation(["rise", "rises", "risen", "rose"])
    'r(?:ise(?:n|s)?|ose)'
    >>> word_alternation(["U.S.", "UK"])
    'U(?:\\\\.S\\\\.|K)'
    >>> word_alternation([])
    '(?!)'
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"  # matches nothing, as an empty alternation should
    return _branches(trie, escape)


def _branches(node: dict[str, dict], escape: bool) -> str:
    ends = "" in node
    parts = [(re.escape(ch) if escape else ch) + _branches(child, escape) for ch, child in sorted(node.items()) if ch]
    if not parts:
        return ""
    if len(parts) == 1 and not ends:
        return parts[0]
    # a word ending here is tried after every longer word through this node
    return "(?:" + "|".join(parts) + ")" + ("?" if ends else "")
