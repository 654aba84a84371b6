"""From parsed Docs to records: ids, offsets and rows for every table.

``extract_articles`` is the one place where articles meet the pipeline; the
CLI, the batch runner and ``evaluate`` all go through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractor.pipeline.extensions import doc_text
from extractor.records import (
    Amount,
    Article,
    ArticleResult,
    ChangeClaim,
    Quote,
    TradeFact,
)


def extract_text(
    text: str,
    published: str | None = None,
    *,
    title: str = "",
    source: str = "<text>",
    nlp=None,
    model: str | None = None,
    triage: bool = True,
) -> ArticleResult:
    """Extract everything from one text.

    ``published`` is an ISO date ("2025-05-20"); without it the date is taken
    from the text where it can be. ``triage=False`` parses the text even when
    it holds no cue of anything to extract (the rows are the same).
    """
    article = Article(
        text=text,
        source=source,
        title=title,
        published=published or "",
        published_source="option" if published else "",
    )
    return next(extract_articles([article], nlp=nlp, model=model, triage=triage))


def extract_articles(
    articles: Iterable[Article],
    *,
    nlp=None,
    model: str | None = None,
    batch_size: int = 16,
    triage: bool = True,
) -> Iterator[ArticleResult]:
    """Stream articles through the pipeline in batches, one result each, in
    input order. Articles that ingest marked as errors pass straight through.

    With ``triage`` (the default) an article whose text holds no cue of a
    money mention, a change or a quote is not parsed, and a parsed one skips
    the components none of its rows can need (``extractor.triage``): the rows
    are exactly those of ``triage=False``, which parses everything."""
    if nlp is None:
        from extractor.pipeline import load_pipeline

        nlp = load_pipeline(model)
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _run_batch(nlp, pending, batch_size, triage)
            pending = []
    if pending:
        yield from _run_batch(nlp, pending, batch_size, triage)


def _run_batch(nlp, batch: list[Article], batch_size: int, triage: bool = True) -> Iterator[ArticleResult]:
    from extractor import triage as tr

    results: list[ArticleResult | None] = [None] * len(batch)
    # Parsed articles grouped by the components they can leave out, each
    # group one nlp.pipe stream (tested: a Doc's annotations do not depend on
    # the other Docs of its batch).
    groups: dict[tuple[str, ...], list[tuple[int, Article, tr.Triage | None]]] = {}
    for i, article in enumerate(batch):
        if article.error:
            results[i] = ArticleResult(article=article)
        elif not article.text.strip():
            results[i] = ArticleResult(article=article, error="empty article: no text to extract from")
        elif not triage:
            groups.setdefault((), []).append((i, article, None))
        else:
            try:
                decision = tr.triage_text(article.text)
                if not decision.parse:
                    results[i] = _skipped_result(article, decision)
                    continue
            except Exception as exc:  # noqa: BLE001  (the same error row a failed parse gives)
                results[i] = ArticleResult(article=article, error=f"extraction failed: {exc!r}")
                continue
            off = tuple(c for c in tr.unneeded_components(decision) if c in nlp.pipe_names)
            groups.setdefault(off, []).append((i, article, decision))
    for off, members in groups.items():
        docs = iter(nlp.pipe((_make_doc(nlp, a) for _, a, _ in members), batch_size=batch_size, disable=list(off)))
        for i, article, decision in members:
            try:
                doc = next(docs)
                if "trade_extractor" in off:
                    _set_published_from_text(doc)
                result = result_from_doc(article, doc)
            except Exception as exc:  # one bad article must not end the run
                result = ArticleResult(article=article, error=f"extraction failed: {exc!r}")
            result.triage = decision.label if decision else tr.OFF
            result.triage_reason = decision.reason if decision else ""
            results[i] = result
    for result in results:
        assert result is not None
        yield result


def _skipped_result(article: Article, decision) -> ArticleResult:
    """The result of an article triage ruled out: no rows but its
    ``articles`` row, with the publication date a parse would have found."""
    published = article.published
    published_source = article.published_source if article.published else ""
    if not published:
        published, published_source = _published_from_text(article.text)
    return ArticleResult(
        article=article,
        published=published,
        published_source=published_source,
        triage=decision.label,
        triage_reason=decision.reason,
    )


def _published_from_text(text: str) -> tuple[str, str]:
    """The date the text states and where it came from, ("", "") for none:
    the rule the trade component applies to an article without a date
    (``facts.engine.extract_facts``), for articles that do not run it."""
    from extractor.normalize.published import infer_published

    inferred, source = infer_published(text)
    if inferred is None:
        return "", ""
    return inferred.isoformat(), source or "text"


def _set_published_from_text(doc) -> None:
    if not doc._.published:
        published, source = _published_from_text(doc_text(doc))
        if published:
            doc._.published, doc._.published_source = published, source


def _make_doc(nlp, article: Article):
    doc = nlp.make_doc(article.text)
    doc._.text = article.text  # spaCy keeps the text verbatim: no need to rebuild it
    doc._.published = article.published or ""
    return doc


def result_from_doc(article: Article, doc) -> ArticleResult:
    from extractor.triage import in_scope

    aid = article.article_id
    money = doc._.money or []
    amount_ids = [f"{aid}-a{i + 1}" for i in range(len(money))]
    sent_starts = [s.start_char for s in doc.sents]
    found_facts = doc._.trade_facts or []
    trade_amounts = {f.money_index for f in found_facts}

    amounts = []
    for i, m in enumerate(money):
        amounts.append(
            Amount(
                article_id=aid,
                amount_id=amount_ids[i],
                sentence_id=_sentence_index(sent_starts, m.start),
                start=m.start,
                end=m.end,
                text=m.text,
                value=float(m.value),
                currency=m.currency,
                qualifier=m.qualifier,
                value_high=float(m.value_high) if m.value_high is not None else None,
                converts_amount_id=amount_ids[m.converts] if m.converts is not None else "",
                is_trade=i in trade_amounts,
            )
        )

    facts = []
    fact_ids = []
    for j, f in enumerate(found_facts):
        fid = f"{aid}-f{j + 1}"
        fact_ids.append(fid)
        facts.append(TradeFact(article_id=aid, fact_id=fid, amount_id=amount_ids[f.money_index], **f.fields()))

    claims = []
    for k, c in enumerate(doc._.change_claims or []):
        fid = fact_ids[c.fact_index] if c.fact_index is not None else ""
        claims.append(ChangeClaim(article_id=aid, claim_id=f"{aid}-c{k + 1}", fact_id=fid, **c.fields()))

    quotes: list[Quote] = []
    for n, q in enumerate(doc._.quotes or []):
        q.article_id = aid
        q.quote_id = f"{aid}-q{n + 1}"
        quotes.append(q)

    if not in_scope(article.text):
        # the dataset's scope, the same with and without triage (extractor.triage)
        amounts, facts, claims, quotes = [], [], [], []
    published = doc._.published or ""
    published_source = article.published_source if article.published else ""
    if not article.published and published:
        published_source = getattr(doc._, "published_source", "") or "text"
    return ArticleResult(
        article=article,
        published=published,
        published_source=published_source,
        amounts=amounts,
        trade_facts=facts,
        change_claims=claims,
        quotes=quotes,
    )


def _sentence_index(sent_starts: list[int], char: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(sent_starts, char) - 1)
