"""Quote candidates: every quoted passage with the reporting verb that frames
it ("X said, ..." before it, "..., X said" after it), every reporting verb
with a clausal complement outside quotation marks (reported speech), and
"according to X, ..."."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from extractor.quotes import _tables as T
from extractor.quotes.clauses import (
    after_nested_attribution,
    after_parenthetical,
    clause_tokens,
    complement,
    contiguous_texts,
    strip_marks,
    trim_clause,
    without_speaker,
)

# triage (extractor.triage) relies on ``_reporting`` and ``_according`` matching
# verbs only by their surface form
from extractor.quotes.frames import Frame, adjacent_subject, cited, phrase_owner, subject_of
from extractor.quotes.frames import according_pobj as _according
from extractor.quotes.frames import reporting as _reporting
from extractor.quotes.spans import QuoteSpan
from extractor.quotes.tokens import coarse_pos, inside, tokens_between, tokens_text


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    frame: Frame | None
    span: QuoteSpan | None = None
    inherit: bool = False  # a quote standing alone after another quote
    clause: list[Token] = field(default_factory=list)
    # other verbs around a quote, tried in turn when ``frame``'s subject is
    # no speaker ("She said the numbers suggested "...""): "numbers" is not
    alternatives: list[Frame] = field(default_factory=list)


# a sentence's end; the dot of an abbreviation spelt with dots ("the U.N.
# humanitarian chief", "U.S.") ends none when a lower-case word follows
_SENT_END = re.compile(r"(?:(?<!\.[A-Z])\.|(?<=\.[A-Z])\.(?!\s+[a-z])|[!?])(?=[\"'\u201d\u2019)]?\s)")


def _before_region(text: str, span: QuoteSpan, floor: int) -> tuple[int, int]:
    start = floor
    for m in _SENT_END.finditer(text, floor, span.open_mark):
        start = m.end()
    return start, span.open_mark


def _after_region(text: str, span: QuoteSpan, ceiling: int) -> tuple[int, int]:
    assert span.close_mark is not None
    m = _SENT_END.search(text, span.close_mark + 1, ceiling)
    end = m.end() if m else ceiling
    return span.close_mark + 1, end


def _frame_in(
    tokens: list[Token], spans: list[QuoteSpan], side: str, region_text: str, opens_sentence: bool = True
) -> list[Frame]:
    """The reporting verbs of a quote among the tokens before or after it,
    nearest to the quote first."""
    toks = [t for t in tokens if not inside(t, spans)]
    ordered = list(reversed(toks)) if side == "before" else toks
    frames: list[Frame] = []
    for tok in ordered:
        pobj = _according(tok)
        if pobj is not None:
            frames.append(Frame("according to", pobj, tok))
            continue
        rep = _reporting(tok)
        if rep is None:
            continue
        subject = subject_of(tok) or adjacent_subject(tok, toks, side)
        if subject is not None:
            frames.append(Frame(rep[1], subject, tok))
    if not frames and side == "before" and region_text.rstrip().endswith((",", ":")) and opens_sentence:
        # Any verb introducing a quoted sentence: "He further elaborated:"
        # (not a phrase: "exchanges over chips, "rare earths" and visas").
        for tok in ordered:
            if tok.tag_.startswith("VB") and (subject := subject_of(tok)) is not None:
                return [Frame(tok.text, subject, tok)]
    return frames


def direct_candidates(doc: Doc, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[Candidate]:
    text = doc.text
    starts = [t.idx for t in doc]
    out: list[Candidate] = []
    for k, span in enumerate(spans):
        p_start, p_end = paras[span.paragraph]
        prev_close = max(
            (s.close_mark + 1 for s in spans[:k] if s.paragraph == span.paragraph and s.close_mark is not None),
            default=p_start,
        )
        b0, b1 = _before_region(text, span, prev_close)
        before_text = text[b0:b1]
        frame = None
        after_text = ""
        if span.close_mark is not None:
            next_open = min(
                (s.open_mark for s in spans[k + 1 :] if s.paragraph == span.paragraph),
                default=p_end,
            )
            a0, a1 = _after_region(text, span, next_open)
            after_text = text[a0:a1]
        quote_text = text[span.start : span.end]
        after_ok = bool(after_text) and (
            quote_text.rstrip().endswith((",", "?", "!", "\u2026", "-", "\u2014"))
            or re.match(r"\s*[,a-z]", after_text) is not None
        )
        before_ok = bool(before_text.strip()) and not re.search(r"[.!?]\s*$", before_text)
        after_frames = _frame_in(tokens_between(doc, starts, a0, a1), spans, "after", after_text) if after_ok else []
        before_frames = (
            _frame_in(tokens_between(doc, starts, b0, b1), spans, "before", before_text, quote_text[:1].isupper())
            if before_ok
            else []
        )
        # the verb introducing a quote wins over one after it: in 'Lee said:
        # "...," adding that ...' the cue is "said"
        frames = before_frames + after_frames
        if not frames and span.paragraph > 0 and not re.search(r"\w", before_text):
            frames = _intro_paragraph_frames(doc, text, starts, spans, paras[span.paragraph - 1])
        if not frames and span.close_mark is not None and not re.search(r"\w", after_text):
            frames = _outro_paragraph_frames(doc, text, starts, spans, paras, span, quote_text)
        frame = frames[0] if frames else None
        # the excerpt ends in the attribution ('...," n'): nobody named, the
        # quote goes on from the speaker before it
        cut = after_ok and not frames and len(after_text.split()) <= 2 and not text[a1:].strip()
        # a quoted sentence on its own; words after it that start a new
        # sentence are not its attribution
        standalone = not re.search(r"\w", before_text) and (cut or not (after_ok and re.search(r"\w", after_text)))
        inner = tokens_between(doc, starts, span.start, span.end)
        n_words = sum(1 for t in inner if t.is_alpha)
        complete = (
            bool(re.search(r"[,:]\s*$", before_text)) or standalone or (bool(after_frames) and frame is after_frames[0])
        )
        if n_words <= 4 and not standalone and not re.search(r"[.!?]\W*$", quote_text):
            # a phrase inside a sentence: whose words they are is who the
            # parse hangs them from ("Xi's preference for "small and
            # beautiful" schemes", "Kim urged a "fair" deal")
            owner = phrase_owner(inner)
            if owner is not None:
                # the frames around it stay as alternatives, should the owner's
                # subject be no speaker
                frame, frames, complete = owner, [owner, *frames], True
        if n_words < 3 and not (frame is not None and complete):
            continue  # a scare quote or a title, not speech
        if not standalone and _names_what_follows(inner):
            continue  # 'its "Made in China 2025" initiative': a name, not speech
        if frame is None and not standalone:
            continue  # quoted words nobody is said to have spoken
        out.append(
            Candidate(
                start=span.start,
                end=span.end,
                text=quote_text,
                kind="direct",
                frame=frame,
                span=span,
                inherit=frame is None,
                alternatives=frames[1:],
            )
        )
    _share_frames_in_chains(out)
    return out


def _names_what_follows(inner: list[Token]) -> bool:
    """Quoted words in title case that premodify a noun after the closing
    mark ('the "Made in China 2025" initiative', 'a "Buy Local" campaign')
    name it; they are no one's words (a lower-case phrase so placed, 'a
    "fair" deal', is still its owner's)."""
    ids = {t.i for t in inner}
    roots = [t for t in inner if t.head.i not in ids]
    words = [t for t in inner if t.is_alpha and len(t) > 3]
    return (
        len([t for t in inner if t.is_alpha]) >= 2
        and bool(words)
        and all(t.text[:1].isupper() for t in words)
        and len(roots) == 1
        and roots[0].dep_ in ("nmod", "compound", "amod")
        and roots[0].head.i > max(ids)
        and coarse_pos(roots[0].head) in ("NOUN", "PROPN")
    )


def _intro_paragraph_frames(
    doc: Doc, text: str, starts: list[int], spans: list[QuoteSpan], para: tuple[int, int]
) -> list[Frame]:
    """A paragraph ending in a colon introduces the quote of the next one
    ("Kim put it bluntly:")."""
    intro = text[para[0] : para[1]]
    if not intro.rstrip().endswith(":"):
        return []
    start = para[0]
    for m in _SENT_END.finditer(intro):
        start = para[0] + m.end()
    return _frame_in(tokens_between(doc, starts, start, para[1]), spans, "before", intro)


def _outro_paragraph_frames(
    doc: Doc,
    text: str,
    starts: list[int],
    spans: list[QuoteSpan],
    paras: list[tuple[int, int]],
    span: QuoteSpan,
    quote_text: str,
) -> list[Frame]:
    """A quote that ends its paragraph on a comma, attributed by a short
    next paragraph ('"...,"' then 'the Chinese envoy said'): a page that
    broke the line before the attribution."""
    if not quote_text.rstrip().endswith(",") or span.paragraph + 1 >= len(paras):
        return []
    n0, n1 = paras[span.paragraph + 1]
    outro = text[n0:n1]
    if len(outro.split()) > 8 or outro[:1] in T.OPEN_MARKS | T.STRAIGHT_MARKS:
        return []
    return _frame_in(tokens_between(doc, starts, n0, n1), spans, "after", outro)


def _share_frames_in_chains(cands: list[Candidate]) -> None:
    """Portions of a quote continued across paragraphs share one speaker."""
    chains: list[list[Candidate]] = []
    for c in cands:
        if chains and _continues(chains[-1][-1], c):
            chains[-1].append(c)
        else:
            chains.append([c])
    for chain in chains:
        framed = next((c for c in chain if c.frame is not None), None)
        if framed is None:
            continue
        for c in chain:
            if c.frame is None:
                c.frame = framed.frame
                c.alternatives = framed.alternatives
                c.inherit = False


def _continues(prev: Candidate, cur: Candidate) -> bool:
    return (
        prev.span is not None
        and cur.span is not None
        and prev.span.continues
        and cur.span.paragraph == prev.span.paragraph + 1
    )


def indirect_candidates(
    doc: Doc, spans: list[QuoteSpan], direct: list[Candidate], paras: list[tuple[int, int]]
) -> list[Candidate]:
    """Reported speech outside quotation marks. A reported clause holding a
    quoted phrase that is not a quote of its own yields that phrase as a
    direct quote instead (``said the trend was "a sign of health"``)."""
    kept = [(c.span.open_mark, c.span.close_mark or c.end) for c in direct if c.span is not None]
    para_starts = [s for s, _ in paras]

    def paragraph_of(char: int) -> int:
        return bisect_left(para_starts, char + 1) - 1

    def overlaps_direct(toks: list[Token]) -> bool:
        return any(a <= t.idx <= b for t in toks for a, b in kept)

    text = doc.text  # Doc.text joins every token anew on each call
    headlines = {k for k, (a, b) in enumerate(paras) if is_headline(text[a:b])}
    out: list[Candidate] = []
    for tok in doc:
        if inside(tok, spans) or (headlines and paragraph_of(tok.idx) in headlines):
            continue
        pobj = _according(tok)
        if pobj is not None:
            cand = _according_candidate(tok, pobj, paragraph_of)
            if cand is not None and not overlaps_direct(cand.clause):
                out.append(cand)
            continue
        rep = _reporting(tok)
        if rep is None or any(c.dep_ == "neg" for c in tok.children):
            continue
        if rep[0] == "cite" and cited(tok) is None:
            continue  # "citing data that ...": evidence given, not words reported
        if rep[0] in T.NEWS_VERBS:
            continue  # "announced that a deal was reached": news, not a view
        # a clause inside quotation marks is the direct quote's
        heads = [h for h in complement(tok, rep[0]) if not inside(h, spans)]
        if not heads:
            continue
        if any(m.lower_ in ("whether", "if") for h in heads for m in h.children if m.dep_ == "mark"):
            continue  # a question asked, not a statement
        clause = after_parenthetical(tok, after_nested_attribution(heads) or clause_tokens(heads))
        if len([t for t in clause if t.is_alpha]) < 3 or overlaps_direct(clause):
            continue
        if clause[0].lower_ in T.QUESTION_WORDS:
            continue  # "said how much they trade": a question left open, no statement
        if any(paragraph_of(h.idx) != paragraph_of(tok.idx) for h in heads):
            continue  # the parse ran across lines (menus, lists of links)
        # a headline or a dateline line the parser joined to the sentence is
        # not the speaker's: the reported clause ends at its paragraph
        clause = trim_clause([t for t in clause if paragraph_of(t.idx) == paragraph_of(tok.idx)])
        if len([t for t in clause if t.is_alpha]) < 3:
            continue
        subject = subject_of(tok)
        if subject is None or any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in subject.children):
            continue  # "neither government said": nobody says it
        clause = without_speaker(clause, subject)
        cue, cue_text = tok, rep[1]
        if clause and clause[0].tag_ == "VBG" and clause[0].head in heads and (lead := _reporting(clause[0])):
            # "Huang said, noting along with X, Y": the participle is the cue
            cue, cue_text = clause[0], lead[1]
            clause = trim_clause(clause[1:])
        if len([t for t in clause if t.is_alpha]) < 3:
            continue
        out.append(
            Candidate(
                start=clause[0].idx,
                end=clause[-1].idx + len(clause[-1]),
                text=strip_marks(tokens_text(clause)),
                kind="indirect",
                frame=Frame(cue_text, subject, cue),
                clause=clause,
            )
        )
    return _quoted_parts(doc.text, _drop_nested(out), spans, kept)


def is_headline(paragraph: str) -> bool:
    """A headline line: short, no closing punctuation, its words capitalised
    ("Peru Says Copper Exports Rose In 2nd Quarter"). The contract annotates
    the text, not the title, and pages repeat the title at the top.

    >>> is_headline("Peru Says Copper Exports Rose In 2nd Quarter"), is_headline("Exports fell, the ministry said.")
    (True, False)
    """
    if re.search(r"[.!?:;,\"\u201d']\s*$", paragraph) or len(paragraph.split()) > 16:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", paragraph) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _quoted_parts(
    text: str, cands: list[Candidate], spans: list[QuoteSpan], kept: list[tuple[int, int]]
) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        inner = [
            s
            for s in spans
            if s.close_mark is not None
            and c.start <= s.open_mark + 1
            and s.close_mark <= c.end + 1
            and (s.open_mark, s.close_mark) not in kept
        ]
        if not inner:
            out.append(c)
            continue
        for s in inner:
            out.append(Candidate(s.start, s.end, text[s.start : s.end], "direct", c.frame, span=s))
    return out


def _according_candidate(according: Token, pobj: Token, paragraph_of: Callable[[int], int]) -> Candidate | None:
    sent = according.sent
    phrase = {t.i for t in according.subtree}
    # the sentence as the parser cut it may run over a line break (a
    # headline, a byline): only the attribution's paragraph is reported
    here = paragraph_of(according.idx)
    toks = trim_clause([t for t in sent if t.i not in phrase and paragraph_of(t.idx) == here])
    # "X is on the rise, according to Y, as Z": a subordinate clause after
    # the attribution, on the verb before it that it attributes, is the
    # writer's
    end = max(phrase)
    verb = according.head
    later = {
        t.i
        for c in verb.children
        if verb.i < according.i and c.dep_ == "advcl" and c.left_edge.i > end
        for t in c.subtree
    }
    if later:
        toks = trim_clause([t for t in toks if t.i not in later])
    if len([t for t in toks if t.is_alpha]) < 3:
        return None
    text = strip_marks(" ".join(contiguous_texts(toks)))
    return Candidate(
        start=toks[0].idx,
        end=toks[-1].idx + len(toks[-1]),
        text=text,
        kind="indirect",
        frame=Frame("according to", pobj, according),
        clause=toks,
    )


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    """A reporting verb inside another's reported clause is not a quote of
    its own ("Kim said officials expect ..."); an "according to" clause that
    holds a reporting verb yields to it."""
    out = []
    for c in cands:
        assert c.frame is not None
        cue_i = c.frame.cue_token.i
        outer = [o for o in cands if o is not c and o.clause and o.clause[0].i <= cue_i <= o.clause[-1].i]
        if outer and not all(o.frame is not None and o.frame.cue == "according to" for o in outer):
            continue
        if c.frame.cue == "according to" and any(
            o is not c and o.frame is not None and c.clause[0].i <= o.frame.cue_token.i <= c.clause[-1].i for o in cands
        ):
            continue
        if any(o.start == c.start and o.end == c.end for o in out):
            continue  # "reported, citing data, that ...": one clause, one quote
        out.append(c)
    return out
