"""Small helpers over spaCy tokens shared by the quote modules: coarse part
of speech without the attribute ruler, token text, noun phrases."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from extractor.quotes.spans import QuoteSpan

# Coarse part of speech from the tagger's fine tags, so that the pipeline can
# leave out the attribute ruler (it only maps tag_ to pos_).
_COARSE_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "WP$": "PRON", "EX": "PRON", "DT": "DET", "PDT": "DET", "WDT": "DET",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "AFX": "ADJ", "CD": "NUM",
}  # fmt: skip


def coarse_pos(tok: Token) -> str:
    """``pos_`` when the pipeline set it, else the coarse class of ``tag_``.

    Only the classes this module asks about are mapped."""
    return tok.pos_ or _COARSE_POS.get(tok.tag_, "")


def tokens_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # a Span's text, not Doc.text: that joins the whole document on each call
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def np_left(tok: Token) -> list[Token]:
    """The head noun with its left modifiers ("a South Korean diplomatic
    source"), without leading punctuation or conjunctions."""
    toks = [t for t in tok.doc[tok.left_edge.i : tok.i + 1]]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "prep", "case") or toks[0].is_space):
        toks = toks[1:]
    return toks


def phrase_to_comma(tok: Token) -> list[Token]:
    out = []
    for t in tok.doc[tok.i : tok.right_edge.i + 1]:
        if t.text in (",", "(", ";", "\u2014", "--") or t.dep_ in ("relcl", "acl"):
            break
        out.append(t)
    return out


def inside(tok: Token, spans: list[QuoteSpan]) -> bool:
    for s in spans:
        end = s.close_mark if s.close_mark is not None else s.end
        if s.open_mark <= tok.idx < end + 1:
            return True
    return False


def tokens_between(doc: Doc, starts: list[int], start: int, end: int) -> list[Token]:
    i = bisect_left(starts, start)
    out = []
    while i < len(doc) and doc[i].idx < end:
        out.append(doc[i])
        i += 1
    return out
