"""Quote candidates: every quoted passage with the reporting verb that frames
it ("X said, ..." before it, "..., X said" after it), every reporting verb
with a clausal complement outside quotation marks (reported speech), and
"according to X, ..."."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from extractor.quotes import _tables as T
from extractor.quotes.spans import QuoteSpan
from extractor.quotes.tokens import coarse_pos, inside, tokens_between, tokens_text


@dataclass(slots=True)
class Frame:
    """The reporting verb (or "according to") and its subject."""

    cue: str
    subject: Token | None
    cue_token: Token


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


def _reporting(tok: Token) -> tuple[str, str] | None:
    """(lemma, cue text) when ``tok`` is a reporting verb in the parse.
    A verb the tagger took for a noun still counts when it has a subject
    ("The ministry forecast that ...")."""
    if not tok.tag_.startswith("VB") and not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    entry = T.VERB_INDEX.get(tok.lower_)
    if entry is None:
        return None
    lemma, particle = entry
    if particle:
        if not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return None
        return lemma, f"{tok.text} {particle}"
    return lemma, tok.text


def _subject(cue: Token) -> Token | None:
    """The speaker token of a reporting verb: its subject, or the subject of
    the verb it hangs from ("..., adding that" / "was quoted as saying")."""
    verb = cue
    for depth in range(4):
        for child in verb.children:
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and depth > 0):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return None


def _according(tok: Token) -> Token | None:
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    return next((c for c in to.children if c.dep_ == "pobj"), None)


_SENT_END = re.compile(r"[.!?](?=[\"'\u201d\u2019)]?\s)")


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


def _frame_in(tokens: list[Token], spans: list[QuoteSpan], side: str, region_text: str) -> list[Frame]:
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
        subject = _subject(tok) or _adjacent_subject(tok, toks, side)
        if subject is not None:
            frames.append(Frame(rep[1], subject, tok))
    if not frames and side == "before" and region_text.rstrip().endswith((",", ":")):
        # Any verb introducing the quote: "He further elaborated:".
        for tok in ordered:
            if tok.tag_.startswith("VB") and (subject := _subject(tok)) is not None:
                return [Frame(tok.text, subject, tok)]
    return frames


def _adjacent_subject(cue: Token, toks: list[Token], side: str) -> Token | None:
    """Inverted attribution the parser did not label ("said Kim")."""
    nxt = cue.i + 1
    if side == "after" and nxt < len(cue.doc):
        t = cue.doc[nxt]
        if t in toks and coarse_pos(t) in ("PROPN", "PRON", "NOUN"):
            # the head of a name: "said Lim Eul-chul" → the last name token
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            return t
    return None


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
            _frame_in(tokens_between(doc, starts, b0, b1), spans, "before", before_text) if before_ok else []
        )
        # the verb introducing a quote wins over one after it: in 'Lee said:
        # "...," adding that ...' the cue is "said"
        frames = before_frames + after_frames
        if not frames and span.paragraph > 0 and not re.search(r"\w", before_text):
            frames = _intro_paragraph_frames(doc, text, starts, spans, paras[span.paragraph - 1])
        frame = frames[0] if frames else None
        # a quoted sentence on its own; words after it that start a new
        # sentence are not its attribution
        standalone = not re.search(r"\w", before_text) and not (after_ok and re.search(r"\w", after_text))
        n_words = sum(1 for t in tokens_between(doc, starts, span.start, span.end) if t.is_alpha)
        complete = (
            bool(re.search(r"[,:]\s*$", before_text)) or standalone or (bool(after_frames) and frame is after_frames[0])
        )
        if n_words < 3 and not (frame is not None and complete):
            continue  # a scare quote or a title, not speech
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


def _complement(cue: Token, lemma: str) -> list[Token]:
    """Heads of the reported clause of a reporting verb."""
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if comps:
        return comps
    if lemma in T.FORECAST_VERBS:
        objs = [c for c in cue.children if c.dep_ in ("dobj", "xcomp")]
        if objs:
            return objs
    # "reported, citing data ..., that X" / "said in a statement that X":
    # a that-clause hanging from a subjectless participle or a prepositional
    # phrase between the verb and the clause.
    frontier = [c for c in cue.children if c.dep_ in ("advcl", "xcomp", "prep")]
    while frontier:
        node = frontier.pop(0)
        if node.dep_ in ("ccomp", "acl", "advcl") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in node.children
        ):
            return [node]
        if any(c.dep_.startswith("nsubj") for c in node.children):
            continue  # a clause of its own, with its own subject
        frontier.extend(c for c in node.children if c.dep_ in ("ccomp", "acl", "advcl", "pobj", "prep"))
    return []


def _clause_tokens(heads: list[Token]) -> list[Token]:
    """The reported clause, ending before a reporting verb of its own that
    hangs from it ("..., though he pointed out that Y" is a second quote)."""
    doc = heads[0].doc
    lo = min(h.left_edge.i for h in heads)
    hi = max(h.right_edge.i for h in heads)
    head_ids = {h.i for h in heads}
    for t in doc[lo : hi + 1]:
        if (
            t.i not in head_ids
            and t.dep_ in ("advcl", "conj")
            and t.left_edge.i > lo
            and any(c.dep_ == "nsubj" for c in t.children)
            and _reporting(t) is not None
        ):
            hi = min(hi, t.left_edge.i - 1)
    toks = list(doc[lo : hi + 1])
    return _trim_clause(toks)


# A wire dateline opening the first sentence: "DANDONG, China, Dec 18 -",
# "SEOUL, June 21 (Yonhap) --".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'\-]+,(?:\s+[A-Z][\w.]*)*,?\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?(?:\s+\([^)]*\))?\s+(?:-{1,2}|\u2014|\u2013)\s*"
)


def _trim_clause(toks: list[Token]) -> list[Token]:
    """Drop a dateline, the leading "that" and punctuation at both ends, but
    keep a closing bracket whose opening one is inside."""
    if toks:
        first = toks[0]
        m = _DATELINE.match(first.doc[first.i : first.i + 25].text)
        if m:
            toks = [t for t in toks if t.idx >= first.idx + m.end()]
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        if toks[-1].text in _CLOSERS and _CLOSERS[toks[-1].text] in {t.text for t in toks[:-1]}:
            break
        toks = toks[:-1]
    return toks


_CLOSERS = {")": "(", "]": "[", "}": "{"}


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

    out: list[Candidate] = []
    for tok in doc:
        if inside(tok, spans):
            continue
        pobj = _according(tok)
        if pobj is not None:
            cand = _according_candidate(tok, pobj)
            if cand is not None and not overlaps_direct(cand.clause):
                out.append(cand)
            continue
        rep = _reporting(tok)
        if rep is None or any(c.dep_ == "neg" for c in tok.children):
            continue
        heads = _complement(tok, rep[0])
        if not heads:
            continue
        if any(m.lower_ in ("whether", "if") for h in heads for m in h.children if m.dep_ == "mark"):
            continue  # a question asked, not a statement
        clause = _clause_tokens(heads)
        if len([t for t in clause if t.is_alpha]) < 3 or overlaps_direct(clause):
            continue
        if not paragraph_of(tok.idx) == paragraph_of(clause[0].idx) == paragraph_of(clause[-1].idx):
            continue  # the parse ran across lines (menus, lists of links)
        subject = _subject(tok)
        if subject is None:
            continue
        out.append(
            Candidate(
                start=clause[0].idx,
                end=clause[-1].idx + len(clause[-1]),
                text=_strip_marks(tokens_text(clause)),
                kind="indirect",
                frame=Frame(rep[1], subject, tok),
                clause=clause,
            )
        )
    return _quoted_parts(doc.text, _drop_nested(out), spans, kept)


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


def _according_candidate(according: Token, pobj: Token) -> Candidate | None:
    sent = according.sent
    phrase = {t.i for t in according.subtree}
    toks = _trim_clause([t for t in sent if t.i not in phrase])
    if len([t for t in toks if t.is_alpha]) < 3:
        return None
    text = _strip_marks(" ".join(_contiguous_texts(toks)))
    return Candidate(
        start=toks[0].idx,
        end=toks[-1].idx + len(toks[-1]),
        text=text,
        kind="indirect",
        frame=Frame("according to", pobj, according),
        clause=toks,
    )


def _contiguous_texts(toks: list[Token]) -> list[str]:
    """Text of runs of consecutive tokens, dropping a comma left dangling
    where a phrase was cut out."""
    runs: list[list[Token]] = []
    for t in toks:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    texts = []
    for run in runs:
        while run and run[-1].is_punct:
            run = run[:-1]
        while run and run[0].is_punct:
            run = run[1:]
        if run:
            texts.append(tokens_text(run))
    return texts


def _strip_marks(text: str) -> str:
    return re.sub(r"[\"\u201c\u201d\u201e]", "", text).strip()


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
