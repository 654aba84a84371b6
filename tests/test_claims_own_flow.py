"""A change's own subject names its flow (issue 13, session 6): "Imports
recorded a rise of 21.5%, climbing from $4.1 billion … to $4.98 billion"
is a change of imports even when the figure it reached was read as another
flow's; that figure still gives the period and the pair. Every sentence
here is ours; none is copied from an article."""

from extractor.assemble import extract_text

PUB = "2025-06-20"
TEXT = (
    "Kenya's trade deficit widened in May 2025. Imports recorded a rise of 21.5%, climbing from $4.1 billion "
    "in May 2024 to $4.98 billion in May 2025, while exports registered 12.4% growth and increased from "
    "$1.9 billion in May 2024 to $2.1 billion in May 2025. The trade deficit grew 3.1% on a month-on-month "
    "basis from $2.80 billion in April 2025 to $2.89 billion in May 2025 and imports increased by 1.2%."
)


def test_regression_change_from_one_figure_to_another_keeps_its_subjects_flow(nlp):
    rows = extract_text(TEXT, published=PUB, nlp=nlp).rows()["change_claims"]
    got = {r["pct_change"]: (r["flow"], r["economy"], r["period_label"], r["base_period_label"]) for r in rows}
    assert got[21.5] == ("import", "KEN", "2025-05", "2024-05")
    assert got[12.4] == ("export", "KEN", "2025-05", "2024-05")
    assert got[3.1] == ("balance", "KEN", "2025-05", "2025-04")
