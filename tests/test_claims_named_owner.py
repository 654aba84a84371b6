"""Change claims whose subject names its owner itself (issue 13, session 6):
"Italian exports fell 3.1%" is the owner's trade with everyone, not the
article's pair, unless the discourse just gave that owner a partner. Every
sentence here is ours; none is copied from an article."""

from extractor.assemble import extract_text

PUB = "2025-07-20"

PAIR_STORY = (
    "Japan-China trade slowed in June, as Japan's exports to China fell 5 percent to 1.2 trillion yen.\n\n"
    "Machinery makers cut their orders for the third month.\n\n"
    "The ministry also said the trade surplus shrank 10% to 300 billion yen in June.\n\n"
)


def claims(nlp, text, published=PUB):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return {r["pct_change"]: (r["flow"], r["economy"], r["partner"]) for r in rows}


def test_regression_named_owner_subject_is_not_given_the_article_pair(nlp):
    text = (
        PAIR_STORY
        + "In the first half, Japanese exports fell 3.1% while imports dipped 0.8%, with the nation in deficit."
    )
    got = claims(nlp, text)
    assert got[-3.1] == ("export", "JPN", "W00")
    assert got[-0.8] == ("import", "JPN", "W00")


def test_named_owner_keeps_the_partner_the_sentence_before_gave_it(nlp):
    # the discourse, not the article's pair, carries a partner over
    text = (
        "Japan's exports to China fell 5 percent to 1.2 trillion yen in June.\n\n"
        "Japan's exports dropped 4% in June, weighed down by machinery."
    )
    assert claims(nlp, text)[-4.0] == ("export", "JPN", "CHN")


def test_unnamed_subject_still_continues_the_article_pair(nlp):
    text = PAIR_STORY + "Imports rose 2.5% in June, the ministry said."
    assert claims(nlp, text)[2.5][1:] == ("JPN", "CHN")
