"""The article page (extractor.highlight)."""

from __future__ import annotations

import re

from extractor.assemble import extract_text
from extractor.highlight import Mark, article_html, article_marks, highlight_text
from extractor.records import Amount, Article, ArticleResult, ChangeClaim, Quote, TradeFact

TEXT = (
    "Norway's exports to Japan reached $12.5 million in March, up 8 percent.\n\n"
    '"Salmon is <still> king," said Ola Berg, an analyst at Fjord Bank. '
    "A ticket costs $40."
)


def built_result() -> ArticleResult:
    """A result written by hand, so the page is tested without the model."""
    article = Article(text=TEXT, source="test.txt", title="Salmon & trade", published="2024-04-10")
    money = TEXT.index("$12.5 million")
    ticket = TEXT.index("$40")
    q0 = TEXT.index("Salmon is")
    q1 = TEXT.index("king,") + len("king,")
    aid = article.article_id
    return ArticleResult(
        article=article,
        published="2024-04-10",
        amounts=[
            Amount(aid, "a1", 0, money, money + 13, "$12.5 million", 12.5e6, "USD", is_trade=True),
            Amount(aid, "a2", 1, ticket, ticket + 3, "$40", 40.0, "USD"),
        ],
        trade_facts=[
            TradeFact(
                aid,
                "f1",
                "a1",
                12.5e6,
                "USD",
                "export",
                "NOR",
                "JPN",
                period_start="2024-03-01",
                period_end="2024-03-31",
                period_label="2024-03",
                start=money,
                end=money + 13,
            )  # fmt: skip
        ],
        change_claims=[ChangeClaim(aid, "c1", 8.0, flow="export", economy="NOR", partner="JPN")],
        quotes=[
            Quote(
                aid,
                "q1",
                "Ola Berg",
                TEXT[q0:q1],
                "direct",
                "person",
                role="an analyst",
                affiliation="Fjord Bank",
                cue="said",
                start=q0,
                end=q1,
            )  # fmt: skip
        ],
    )


class TestHighlightText:
    def test_overlapping_marks_give_pieces_with_both_classes(self):
        html = highlight_text("abcdef", [Mark(0, 4, "quote"), Mark(2, 6, "period")])
        assert html == (
            '<mark class="quote">ab</mark><mark class="quote period">cd</mark><mark class="period">ef</mark>'
        )

    def test_text_is_escaped_and_kept_whole(self):
        text = "a <b>&</b> c\n\nnext"
        html = highlight_text(text, [Mark(2, 10, "amount", 'say "x"')])
        assert "<b>" not in html and "&lt;b&gt;&amp;&lt;/b&gt;" in html
        assert 'title="say &quot;x&quot;"' in html
        assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text

    def test_marks_outside_the_text_are_ignored(self):
        assert highlight_text("abc", [Mark(2, 9, "amount"), Mark(-1, 1, "quote")]) == "abc"


class TestArticlePage:
    def test_trade_figure_other_amount_and_quote_are_marked(self):
        html = article_html(built_result())
        assert '<mark class="trade" title="export NOR→JPN · 2024-03 · 12,500,000 USD">$12.5 million</mark>' in html
        assert '<mark class="amount" title="40 USD">$40</mark>' in html
        assert re.search(r'<mark class="quote"[^>]*title="direct quote: Ola Berg, an analyst, Fjord Bank', html)

    def test_periods_and_economies_are_marked(self):
        marks = article_marks(built_result())
        labels = {(m.label, TEXT[m.start : m.end]) for m in marks}
        assert ("period", "March") in labels
        assert ("economy", "Norway") in labels and ("economy", "Japan") in labels

    def test_rows_are_tables_beneath_the_text(self):
        html = article_html(built_result())
        assert html.index('<div class="text">') < html.index("<h2>Trade facts (1)</h2>")
        assert "<h2>Change claims (1)</h2>" in html and "<h2>Quotes (1)</h2>" in html
        assert "<td>Fjord Bank</td>" in html and "<td>NOR</td>" in html

    def test_page_is_self_contained_and_escaped(self):
        html = article_html(built_result())
        assert html.startswith("<!DOCTYPE html>")
        assert not re.search(r"(src|href)=", html)
        assert "<still>" not in html and "&lt;still&gt;" in html
        assert "<title>Salmon &amp; trade</title>" in html

    def test_article_without_text_still_renders(self):
        result = ArticleResult(article=Article(text="", source="broken.html", error="unreadable"))
        html = article_html(result)
        assert "unreadable" in html and '<div class="text"></div>' in html
        assert "<h2>Quotes (0)</h2>" in html


def test_page_from_the_real_pipeline_marks_quote_and_money(nlp):
    text = (
        "Chile's copper exports to China rose to $950 million in May.\n\n"
        '"Demand is holding up well," said Rosa Vidal, an economist at Andes Capital.'
    )
    result = extract_text(text, published="2024-06-15", nlp=nlp)
    html = article_html(result)
    assert re.search(r'<mark class="[^"]*quote[^"]*"[^>]*>Demand is holding up well,', html)
    assert re.search(r'<mark class="(trade|amount)"[^>]*>\$950 million</mark>', html)
