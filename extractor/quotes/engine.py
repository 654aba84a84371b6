"""The whole article: candidates resolved in text order into ``Quote`` rows."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extractor.pipeline.extensions import doc_text
from extractor.quotes import _tables as T
from extractor.quotes.candidates import Candidate, direct_candidates, indirect_candidates
from extractor.quotes.coreference import Speaker
from extractor.quotes.frames import Frame
from extractor.quotes.origin import announces_a_plan, is_statistic_origin, relays_data
from extractor.quotes.spans import find_quote_spans, paragraphs
from extractor.quotes.speakers import Resolver
from extractor.records import Quote


def _join_hyphenated_names(doc: Doc) -> None:
    """The small model often cuts a Korean given name at its hyphen
    ("Park Hyun" | "-seok"): extend such PERSON entities over "-seok"."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        end = ent.end
        while (
            ent.label_ == "PERSON"
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_lower
            and doc[end + 1].is_alpha
        ):
            end += 2
        if end != ent.end and all(e.start >= end or e.end <= ent.start for e in ents if e is not ent):
            ents[n] = Span(doc, ent.start, end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents


def find_quotes(doc: Doc) -> list[Quote]:
    """Quotes of the Doc, with ``article_id`` and ``quote_id`` left empty
    (the assembler fills them)."""
    _join_hyphenated_names(doc)
    text = doc_text(doc)
    paras = paragraphs(text)
    para_starts = [s for s, _ in paras]
    spans = find_quote_spans(text)
    direct = direct_candidates(doc, spans, paras)
    indirect = indirect_candidates(doc, spans, direct, paras)
    # what each candidate quotes or reports: names met there are talked
    # about, not talking
    content = [(c.start, c.end) for c in direct + indirect]
    resolver = Resolver(doc, spans, content)
    quotes: list[Quote] = []
    last: _Said | None = None
    for cand in sorted(direct + indirect, key=lambda c: c.start):
        paragraph = max(0, bisect_left(para_starts, cand.start + 1) - 1)
        try:
            resolved = _resolve(cand, resolver, last, paragraph)
        except (ValueError, IndexError, AttributeError, KeyError):
            continue  # one malformed quote is skipped, never the article
        if resolved is None:
            continue
        speaker, cue = resolved
        if speaker.kind == "organization":
            at = cand.frame.subject.idx if cand.frame and cand.frame.subject is not None else -1
            speaker = replace(speaker, name=resolver.named_in_full(speaker.name, at))
        last = _Said(speaker, cue, paragraph)
        quotes.append(
            Quote(
                article_id="",
                quote_id="",
                speaker=_one_line(speaker.name),
                text=cand.text,
                kind=cand.kind,
                speaker_type=speaker.kind,
                role=_one_line(speaker.role),
                affiliation=_one_line(speaker.affiliation),
                cue=cue,
                start=cand.start,
                end=cand.end,
            )
        )
    return restated_once(quotes)


# who is better named, for a quote stated twice
_NAMED = {"person": 0, "organization": 1, "unnamed": 2, "media": 3}


def restated_once(quotes: list[Quote]) -> list[Quote]:
    """A quote stated twice in the same words (a sub-headline, then the body;
    a lede repeated) is one quote: the mention whose speaker is named best
    stays, the first of equals."""
    best: dict[tuple[str, ...], Quote] = {}
    for q in quotes:
        key = tuple(re.findall(r"\w+", q.text.lower()))
        kept = best.get(key)
        if kept is None or _NAMED.get(q.speaker_type, 4) < _NAMED.get(kept.speaker_type, 4):
            best[key] = q
    keep = {id(q) for q in best.values()}
    return [q for q in quotes if id(q) in keep]


def _one_line(text: str) -> str:
    """Names and roles lose the line breaks of a wrapped text (quote texts
    keep them: they are verbatim)."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class _Said:
    """The latest quote's speaker, for a quoted passage standing alone after
    it ("... ," he said. "More words.")."""

    speaker: Speaker
    cue: str
    paragraph: int


def _resolve(cand: Candidate, resolver: Resolver, last: _Said | None, paragraph: int) -> tuple[Speaker, str] | None:
    if cand.frame is None:
        # a passage with no words around it continues the latest speaker in
        # the same or the previous paragraph
        if not cand.inherit or last is None or paragraph - last.paragraph > 1:
            return None
        return last.speaker, last.cue
    for frame in [cand.frame, *cand.alternatives]:
        resolved = _resolve_frame(cand, frame, resolver)
        if resolved is not None:
            return resolved
    return None


def _resolve_frame(cand: Candidate, frame: Frame, resolver: Resolver) -> tuple[Speaker, str] | None:
    if frame.subject is None:
        return None
    speaker = resolver.speaker(frame.subject)
    if speaker is None or speaker.kind == "data" and cand.kind == "direct":
        return None
    person = resolver.memory.person_named(speaker.name, frame.subject.idx) if speaker.kind == "person" else None
    # a source of figures is still the one who spoke: "the office" or "it"
    # later refers to it
    resolver.memory.remember(frame.subject.idx, speaker, person, spoke=True)
    resolver.note_documents(frame.cue_token, speaker)
    if cand.kind == "indirect":
        lemma = T.VERB_INDEX.get(frame.cue_token.lower_, ("", ""))[0]
        if frame.cue == "according to":
            lemma = "according"
        if (
            is_statistic_origin(speaker, lemma, cand.clause)
            or announces_a_plan(speaker, cand.clause)
            or relays_data(frame.cue_token, cand.clause)
        ):
            return None
    return speaker, frame.cue
