"""Period wordings of published articles (issue 13). Sentences are ours."""

from extractor.normalize.periods import find_period_mentions


def test_the_same_month_previous_year_without_the_article_is_one_base():
    # the bug: "the same month previous year" split into a base and a plain
    # "previous year", which a later figure of the sentence took as its period
    text = "Exports dropped 4 percent in August compared to the same month previous year; imports, however, climbed."
    got = [(pm.text, pm.is_base) for pm in find_period_mentions(text)]
    assert got == [("August", False), ("the same month previous year", True)]
