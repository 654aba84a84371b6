"""Stated percentage changes, as a pure function: wordings grouped by where they come from."""

import pytest

from extractor.normalize.changes import find_changes


def changes(sentence):
    return [(c.pct, c.qualifier, sentence[c.start : c.end]) for c in find_changes(sentence)]


# Wire reports
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Exports rose 29.1 percent to $1.67 billion.", [(29.1, "", "rose 29.1 percent")]),
        ("Trade was down 3.1% on-year.", [(-3.1, "", "down 3.1%")]),
        ("It was a 15% increase compared to last year.", [(15.0, "", "a 15% increase")]),
        ("Imports more than doubled.", [(100.0, "more than", "more than doubled")]),
        ("Trade shrank by more than half.", [(-50.0, "more than", "shrank by more than half")]),
        ("Exports fell by roughly a third.", [(-33.3, "about", "fell by roughly a third")]),
        ("Trade was more than triple the $318 million of 2021.", [(200.0, "more than", "more than triple the")]),
        ("A nearly fivefold jump.", [(400.0, "nearly", "nearly fivefold")]),
    ],
)
def test_wire_wordings(sentence, expected):
    assert changes(sentence) == expected


# Statistics releases and tables
@pytest.mark.parametrize(
    "sentence, pcts",
    [
        ("Exports: 10.43 trillion yen (+5.1% year on year)", [5.1]),
        ("United States | 460.3 | +5.0% | 286.5 | -3.1% | 173.8", [5.0, -3.1]),
        ("Exports $199.6 million (+4.9% m/m)", [4.9]),
    ],
)
def test_release_wordings(sentence, pcts):
    assert [c[0] for c in changes(sentence)] == pcts


# Elliptical second clauses keep the first one's direction
@pytest.mark.parametrize(
    "sentence, pcts",
    [
        ("Exports fell by 3.1% and imports by 17.9%.", [-3.1, -17.9]),
        ("Exports grew 1.9 per cent to RM128.6 billion and imports 3.0 per cent.", [1.9, 3.0]),
        ("The former rose 22.5 percent on the year and the latter 21 percent.", [22.5, 21.0]),
    ],
)
def test_elliptical_twins(sentence, pcts):
    assert [c[0] for c in changes(sentence)] == pcts


@pytest.mark.parametrize(
    "sentence",
    ["Chips made up 57 percent of exports.", "Tariffs of 25 percent apply.", "Trade held steady."],
)
def test_not_changes(sentence):
    assert changes(sentence) == []
