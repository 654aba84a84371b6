"""The discourse focus (``facts.discourse.next_focus``) moves to a period met
late in a sentence when every figure of the sentence is stated in it and it
holds the focus or runs past it: the text now reports on that period, and
the next sentence's figures without a period of their own take it (issue
13, session 6). An earlier period is a look back and leaves the focus.
Sentences are our own."""

from datetime import date
from decimal import Decimal

from extractor.assemble import extract_text
from extractor.facts.discourse import next_focus
from extractor.facts.records import FoundFact
from extractor.normalize.periods import Period, find_period_mentions


def periods_of(nlp, text, published="2018-09-18"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(r["value"], r["period_label"]) for r in rows]


def fact(period):
    return FoundFact(0, Decimal(1), "USD", "export", "PER", "W00", period=period)


def test_a_twelve_month_span_holding_the_focus_month_becomes_the_focus():
    raw = "Peru's exports in the past 12 months rose to $62.4 billion."
    span = Period(date(2017, 9, 1), date(2018, 8, 31))
    mentions = [(pm, span) for pm in find_period_mentions(raw)]
    august = Period(date(2018, 8, 1), date(2018, 8, 31))
    assert next_focus(august, raw, mentions, [fact(span)]) == span


def test_an_earlier_period_every_figure_takes_is_a_look_back():
    raw = "Peru's exports rose to $40.1 billion in 2016."
    year = Period(date(2016, 1, 1), date(2016, 12, 31))
    mentions = [(pm, year) for pm in find_period_mentions(raw)]
    august = Period(date(2018, 8, 1), date(2018, 8, 31))
    assert next_focus(august, raw, mentions, [fact(year)]) == august


def test_a_total_after_twelve_month_flows_took_the_earlier_month(nlp):
    # the bug: "Total trade rose … to reach $117.5 billion" after the past 12
    # months' exports and imports was given August, the month named before them
    text = (
        "Peru's exports reached $5.2 billion in August, the trade ministry said. Imports totaled $4.6 billion.\n\n"
        "Peru's exports in the past 12 months rose 6.5 percent to $62.4 billion, while imports rose to "
        "$55.1 billion. Total trade rose 9.8 percent to reach $117.5 billion."
    )
    assert (117500000000.0, "2017-09/2018-08") in periods_of(nlp, text)
