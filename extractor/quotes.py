"""Quotes, speakers, roles and affiliations from a parsed Doc.

Three steps, each a pure function over the text or the parsed Doc:

1. ``find_quote_spans`` pairs quotation marks paragraph by paragraph (plain
   text, no model): a mark left without a partner is dropped, and a quote that
   runs to the end of its paragraph and is picked up by an opening mark in
   the next one is kept as a portion of a continued quote.
2. Candidates: every quoted passage with the reporting verb that frames it
   ("X said, ..." before it, "..., X said" after it), and every reporting
   verb with a clausal complement outside quotation marks (reported speech),
   plus "according to X, ...".
3. Speakers are resolved in text order against an article-level memory of
   who was mentioned (``_Memory``), so "he", "the professor", "the outlet"
   and "Ward" find the person or outlet named earlier; roles and
   affiliations come from appositions and titles around each person's name.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from extractor import _quote_tables as T
from extractor.records import Quote

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


# ---------------------------------------------------------------------------
# 1. Quotation marks in plain text
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A passage between quotation marks.

    ``start``/``end`` bound the words inside the marks (whitespace trimmed);
    ``open_mark`` is the offset of the opening mark; ``continues`` is set when
    the passage runs to the end of its paragraph and the quote goes on in the
    next paragraph (the newswire convention of leaving the mark open).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    continues: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (blank-free lines or blocks).

    A text whose lines are hard-wrapped (many lines of similar, moderate
    length inside blank-line blocks) keeps a block as one paragraph; otherwise
    every non-empty line is a paragraph of its own.

    >>> paragraphs("One.\\n\\nTwo words.\\nThree.")
    [(0, 4), (6, 16), (17, 23)]
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start() : m.end()].strip()]
    if _hard_wrapped(text, lines):
        blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]
        return [_trim(text, s, e) for s, e in blocks]
    return [_trim(text, s, e) for s, e in lines]


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 5 or not re.search(r"\n[ \t]*\n", text):
        return False
    lengths = [e - s for s, e in lines]
    moderate = sum(1 for n in lengths if 40 <= n <= 100)
    return max(lengths) <= 120 and moderate >= 0.6 * len(lengths)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify_mark(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the quotation mark at ``i``.

    >>> [classify_mark('He said "yes" then.', i) for i in (8, 12)]
    ['open', 'close']
    >>> classify_mark("\\u201cNo\\u201d", 0), classify_mark("\\u201cNo\\u201d", 3)
    ('open', 'close')
    """
    ch = text[i]
    if ch in T.OPEN_MARKS:
        return "open"
    if ch in T.CLOSE_MARKS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_left = before.isspace() or before in "([{\u2014\u2013-:/"
    close_right = after.isspace() or after in ".,;:!?)]}\u2014\u2013-"
    if open_left and not after.isspace():
        return "open"
    if close_right and not before.isspace():
        return "close"
    return "either"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages, paired paragraph by paragraph.

    >>> t = 'Kim said "trade is up" and "more is coming."'
    >>> [t[q.start : q.end] for q in find_quote_spans(t)]
    ['trade is up', 'more is coming.']

    An unpaired mark is dropped without losing the quotes after it:

    >>> t = 'A "stray mark here. Then "a real quote" followed.'
    >>> [t[q.start : q.end] for q in find_quote_spans(t)]
    ['a real quote']

    A quote left open at a paragraph's end is continued by an opening mark
    at the start of the next paragraph:

    >>> t = '"First part.\\n"Second part," she said.'
    >>> [(t[q.start : q.end], q.continues) for q in find_quote_spans(t)]
    [('First part.', True), ('Second part,', False)]
    """
    paras = paragraphs(text)
    spans: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paras):
        marks = [
            i
            for i in range(p_start, p_end)
            if text[i] in T.OPEN_MARKS or text[i] in T.CLOSE_MARKS or text[i] in T.STRAIGHT_MARKS
        ]
        pending: int | None = None
        for i in marks:
            kind = classify_mark(text, i)
            if pending is None:
                if kind != "close":
                    pending = i
                # else: a closing mark with nothing open is dropped
            elif kind == "open":
                pending = i  # the earlier opening mark was never closed
            else:
                span = _span(text, pending, i, p_index)
                if span is not None:
                    spans.append(span)
                pending = None
        if pending is not None and p_index + 1 < len(paras):
            n_start = paras[p_index + 1][0]
            if text[n_start] in T.OPEN_MARKS or text[n_start] in T.STRAIGHT_MARKS:
                s, e = _trim(text, pending + 1, p_end)
                if e > s:
                    spans.append(QuoteSpan(s, e, pending, None, p_index, continues=True))
    return spans


def _span(text: str, open_mark: int, close_mark: int, p_index: int) -> QuoteSpan | None:
    s, e = _trim(text, open_mark + 1, close_mark)
    if e <= s:
        return None
    return QuoteSpan(s, e, open_mark, close_mark, p_index)


# ---------------------------------------------------------------------------
# 2. Speakers
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    name: str
    kind: str  # person | organization | media | unnamed | data
    role: str = ""
    affiliation: str = ""
    plural: bool = False


@dataclass(slots=True)
class _Person:
    name: str
    first: int = 0  # where the article first names this person
    role: str = ""
    affiliation: str = ""
    gender: str = ""  # "m", "f" or unknown

    @property
    def parts(self) -> list[str]:
        return [p.lower() for p in self.name.split()]


@dataclass(slots=True)
class _Mention:
    position: int
    speaker: Speaker
    person: _Person | None = None


@dataclass
class _Memory:
    """Who the article has mentioned so far, for resolving "he", "the
    outlet", "the professor" and surname-only names. Built per Doc."""

    people: list[_Person] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)

    def person_named(self, name: str, before: int | None = None) -> _Person | None:
        """The person a full or partial name refers to: the latest one named
        before ``before`` (else anywhere) whose name agrees."""
        parts = [p.lower() for p in name.split()]
        if not parts:
            return None
        people = sorted(self.people, key=lambda p: p.first, reverse=True)
        if before is not None:
            people = [p for p in people if p.first <= before] + [p for p in people if p.first > before]
        for person in people:
            if person.parts == parts:
                return person
        if len(parts) == 1:
            for person in people:
                if parts[0] in person.parts or any(parts[0] == x for p in person.parts for x in p.split("-")):
                    return person
        return None

    def add_person(self, name: str, role: str, affiliation: str, position: int) -> _Person:
        person = self.person_named(name, position)
        if person is None:
            person = _Person(name, position, role, affiliation)
            self.people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name  # a full name after a surname-first mention
        if not person.role and role:
            person.role = role
        if not person.affiliation and affiliation:
            person.affiliation = affiliation
        return person

    def remember(self, position: int, speaker: Speaker, person: _Person | None = None) -> None:
        self.mentions.append(_Mention(position, speaker, person))

    def nearest(self, position: int, accept) -> _Mention | None:
        best: _Mention | None = None
        for m in self.mentions:
            if m.position < position and accept(m) and (best is None or m.position >= best.position):
                best = m
        return best


def _clean_name(text: str) -> str:
    """A person's name without honorifics, possessive or stray punctuation.

    >>> _clean_name("Mr. Ward's")
    'Ward'
    >>> _clean_name("Lim Eul-chul")
    'Lim Eul-chul'
    """
    text = re.sub(r"(?:'s|\u2019s|')$", "", text.strip())
    words = text.split()
    while words and words[0].lower() in T.HONORIFICS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def _strip_the(text: str) -> str:
    """
    >>> _strip_the("the Sejong Institute")
    'Sejong Institute'
    """
    text = text.strip(" ,;:")
    return re.sub(r"^(?:the|The)\s+", "", text)


def _gender_of_honorific(text: str) -> str:
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    return {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "madam": "f"}.get(first, "")


def _tokens_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # a Span's text, not Doc.text: that joins the whole document on each call
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _np_left(tok: Token) -> list[Token]:
    """The head noun with its left modifiers ("a South Korean diplomatic
    source"), without leading punctuation or conjunctions."""
    toks = [t for t in tok.doc[tok.left_edge.i : tok.i + 1]]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "prep", "case") or toks[0].is_space):
        toks = toks[1:]
    return toks


def _affiliation_prep(tok: Token, ents_by_token: dict[int, Span]) -> Token | None:
    """The preposition that names where a person works: "at the Sejong
    Institute", "of Kyungnam University", also when it hangs from a noun of
    the role ("a professor of economics at SNU")."""
    frontier = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    while frontier:
        prep = frontier.pop(0)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.lower_ in ("at", "of", "with", "from", "for"):
            ent = ents_by_token.get(pobj.i)
            if (ent is not None and ent.label_ in ("ORG", "FAC")) or (
                coarse_pos(pobj) == "PROPN" and (ent is None or ent.label_ not in ("GPE", "NORP", "DATE"))
            ):
                return prep
        frontier.extend(c for c in pobj.children if c.dep_ == "prep")
    return None


def _affiliation_from_preps(tok: Token, ents_by_token: dict[int, Span]) -> str:
    """ "at the Sejong Institute" / "of Kyungnam University" → the pobj's text."""
    prep = _affiliation_prep(tok, ents_by_token)
    if prep is None:
        return ""
    pobj = next(c for c in prep.children if c.dep_ == "pobj")
    return _strip_the(_np_text_to_comma(pobj))


def _np_text_to_comma(tok: Token) -> str:
    """The phrase of ``tok`` up to its right edge, cut before a comma or
    parenthesis that opens a clause or an aside."""
    toks = list(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])
    out: list[Token] = []
    for t in toks:
        if t.i > tok.i and t.text in (",", "(", ";", "\u2014", "--"):
            break
        if t.i > tok.i and t.dep_ == "prep" and t.lower_ in ("in", "based"):
            break  # "Renmin University in Beijing": the city is not the institution
        out.append(t)
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    return _tokens_text(out)


def describe_role(tok: Token, ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """(role, affiliation) of a description noun: "a North Korean economy
    expert at the Sejong Institute" → ("a North Korean economy expert",
    "Sejong Institute"); "a professor of economics at X" keeps "of
    economics" in the role."""
    left = _np_left(tok)
    prep = _affiliation_prep(tok, ents_by_token)
    affiliation = ""
    if prep is not None:
        pobj = next(c for c in prep.children if c.dep_ == "pobj")
        affiliation = _strip_the(_np_text_to_comma(pobj))
        role_toks = list(tok.doc[left[0].i if left else tok.i : prep.i]) if left else [tok]
    else:
        role_toks = left
        nxt = tok.i + 1
        if nxt < len(tok.doc) and tok.doc[nxt].dep_ == "prep" and tok.doc[nxt].head.i == tok.i:
            if tok.doc[nxt].lower_ in ("of", "on", "in"):
                role_toks = list(tok.doc[left[0].i if left else tok.i : tok.i + 1]) + _phrase_to_comma(tok.doc[nxt])
    role_toks = [t for t in role_toks if not t.is_space]
    while role_toks and role_toks[-1].is_punct:
        role_toks.pop()
    # "a KITA analyst": an organisation named inside the role is the affiliation
    role, inner = _split_org_prefix(role_toks, ents_by_token)
    return role, affiliation or inner


def _phrase_to_comma(tok: Token) -> list[Token]:
    out = []
    for t in tok.doc[tok.i : tok.right_edge.i + 1]:
        if t.text in (",", "(", ";", "\u2014", "--") or t.dep_ in ("relcl", "acl"):
            break
        out.append(t)
    return out


def _split_org_prefix(toks: list[Token], ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """Split a leading organisation off a title: "KITA analyst" →
    ("analyst", "KITA"); "Chinese customs spokesman" stays whole."""
    body = [t for t in toks if t.dep_ != "det"]
    if len(body) >= 2:
        first = ents_by_token.get(body[0].i)
        if first is not None and first.label_ == "ORG":
            org_end = first.end
            rest = [t for t in body if t.i >= org_end]
            if rest and rest[-1].lower_ in T.ROLE_NOUNS | T.UNNAMED_NOUNS:
                return _description(rest), _strip_the(first.text)
    return _description(toks), ""


def person_details(ent: Span, ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """Role and affiliation stated around a person's name in the parse:
    apposition ("Ward, an expert at X"), title before the name ("customs
    spokesman Huang"), the name as apposition of a title ("a professor, Lim"),
    a relative clause ("Kim, who heads X at Y") or "of Y" after the name."""
    root = ent.root
    role, affiliation = "", ""
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and ents_by_token.get(child.i) is None:
            role, affiliation = describe_role(child, ents_by_token)
            break
    if not role and root.dep_ == "appos" and root.head.i < ent.start and coarse_pos(root.head) == "NOUN":
        role, affiliation = describe_role(root.head, ents_by_token)
    if not role:
        prefix = [t for t in ent.doc[root.left_edge.i : ent.start] if not t.is_space]
        while prefix and (prefix[0].dep_ == "det" or prefix[0].is_punct):
            prefix = prefix[1:]
        if prefix and any(coarse_pos(t) in ("NOUN", "PROPN") and ents_by_token.get(t.i) is None for t in prefix):
            if prefix[-1].lower_ in T.ROLE_NOUNS | T.UNNAMED_NOUNS or coarse_pos(prefix[-1]) == "NOUN":
                if not any(t.is_punct and t.text not in ("-", ".", "'s") for t in prefix):
                    role, inner = _split_org_prefix(prefix, ents_by_token)
                    affiliation = affiliation or inner
    if not role:
        for child in root.children:
            if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in child.children):
                role, affiliation = _relcl_role(child, ents_by_token)
                break
    if not affiliation:
        affiliation = _affiliation_from_preps(root, ents_by_token)
    return role, affiliation


def _relcl_role(verb: Token, ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """ "who heads the research team at KDI" → ("head of the research team",
    "KDI"); "who is a fellow at X" → ("a fellow", "X")."""
    if verb.lower_ in T.HEADING_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            affiliation = _affiliation_from_preps(obj, ents_by_token) or _affiliation_from_preps(verb, ents_by_token)
            obj_toks = _np_left(obj)
            return f"{T.HEADING_VERBS[verb.lower_]} of {_tokens_text(obj_toks)}", affiliation
    if verb.lower_ in ("is", "was", "'s"):
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None:
            return describe_role(attr, ents_by_token)
    return "", _affiliation_from_preps(verb, ents_by_token)


# ---------------------------------------------------------------------------
# 3. Candidates
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Frame:
    """The reporting verb (or "according to") and its subject."""

    cue: str
    subject: Token | None
    cue_token: Token


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    frame: _Frame | None
    span: QuoteSpan | None = None
    inherit: bool = False  # a quote standing alone after another quote
    clause: list[Token] = field(default_factory=list)
    # other verbs around a quote, tried in turn when ``frame``'s subject is
    # no speaker ("She said the numbers suggested "...""): "numbers" is not
    alternatives: list[_Frame] = field(default_factory=list)


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


def _inside(tok: Token, spans: list[QuoteSpan]) -> bool:
    for s in spans:
        end = s.close_mark if s.close_mark is not None else s.end
        if s.open_mark <= tok.idx < end + 1:
            return True
    return False


def _tokens_between(doc: Doc, starts: list[int], start: int, end: int) -> list[Token]:
    i = bisect_left(starts, start)
    out = []
    while i < len(doc) and doc[i].idx < end:
        out.append(doc[i])
        i += 1
    return out


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


def _frame_in(tokens: list[Token], spans: list[QuoteSpan], side: str, region_text: str) -> list[_Frame]:
    """The reporting verbs of a quote among the tokens before or after it,
    nearest to the quote first."""
    toks = [t for t in tokens if not _inside(t, spans)]
    ordered = list(reversed(toks)) if side == "before" else toks
    frames: list[_Frame] = []
    for tok in ordered:
        pobj = _according(tok)
        if pobj is not None:
            frames.append(_Frame("according to", pobj, tok))
            continue
        rep = _reporting(tok)
        if rep is None:
            continue
        subject = _subject(tok) or _adjacent_subject(tok, toks, side)
        if subject is not None:
            frames.append(_Frame(rep[1], subject, tok))
    if not frames and side == "before" and region_text.rstrip().endswith((",", ":")):
        # Any verb introducing the quote: "He further elaborated:".
        for tok in ordered:
            if tok.tag_.startswith("VB") and (subject := _subject(tok)) is not None:
                return [_Frame(tok.text, subject, tok)]
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


def _direct_candidates(doc: Doc, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[_Candidate]:
    text = doc.text
    starts = [t.idx for t in doc]
    out: list[_Candidate] = []
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
        after_frames = _frame_in(_tokens_between(doc, starts, a0, a1), spans, "after", after_text) if after_ok else []
        before_frames = (
            _frame_in(_tokens_between(doc, starts, b0, b1), spans, "before", before_text) if before_ok else []
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
        n_words = sum(1 for t in _tokens_between(doc, starts, span.start, span.end) if t.is_alpha)
        complete = (
            bool(re.search(r"[,:]\s*$", before_text)) or standalone or (bool(after_frames) and frame is after_frames[0])
        )
        if n_words < 3 and not (frame is not None and complete):
            continue  # a scare quote or a title, not speech
        if frame is None and not standalone:
            continue  # quoted words nobody is said to have spoken
        out.append(
            _Candidate(
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
) -> list[_Frame]:
    """A paragraph ending in a colon introduces the quote of the next one
    ("Kim put it bluntly:")."""
    intro = text[para[0] : para[1]]
    if not intro.rstrip().endswith(":"):
        return []
    start = para[0]
    for m in _SENT_END.finditer(intro):
        start = para[0] + m.end()
    return _frame_in(_tokens_between(doc, starts, start, para[1]), spans, "before", intro)


def _share_frames_in_chains(cands: list[_Candidate]) -> None:
    """Portions of a quote continued across paragraphs share one speaker."""
    chains: list[list[_Candidate]] = []
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


def _continues(prev: _Candidate, cur: _Candidate) -> bool:
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


def _indirect_candidates(
    doc: Doc, spans: list[QuoteSpan], direct: list[_Candidate], paras: list[tuple[int, int]]
) -> list[_Candidate]:
    """Reported speech outside quotation marks. A reported clause holding a
    quoted phrase that is not a quote of its own yields that phrase as a
    direct quote instead (``said the trend was "a sign of health"``)."""
    kept = [(c.span.open_mark, c.span.close_mark or c.end) for c in direct if c.span is not None]
    para_starts = [s for s, _ in paras]

    def paragraph_of(char: int) -> int:
        return bisect_left(para_starts, char + 1) - 1

    def overlaps_direct(toks: list[Token]) -> bool:
        return any(a <= t.idx <= b for t in toks for a, b in kept)

    out: list[_Candidate] = []
    for tok in doc:
        if _inside(tok, spans):
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
            _Candidate(
                start=clause[0].idx,
                end=clause[-1].idx + len(clause[-1]),
                text=_strip_marks(_tokens_text(clause)),
                kind="indirect",
                frame=_Frame(rep[1], subject, tok),
                clause=clause,
            )
        )
    return _quoted_parts(doc.text, _drop_nested(out), spans, kept)


def _quoted_parts(
    text: str, cands: list[_Candidate], spans: list[QuoteSpan], kept: list[tuple[int, int]]
) -> list[_Candidate]:
    out: list[_Candidate] = []
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
            out.append(_Candidate(s.start, s.end, text[s.start : s.end], "direct", c.frame, span=s))
    return out


def _according_candidate(according: Token, pobj: Token) -> _Candidate | None:
    sent = according.sent
    phrase = {t.i for t in according.subtree}
    toks = _trim_clause([t for t in sent if t.i not in phrase])
    if len([t for t in toks if t.is_alpha]) < 3:
        return None
    text = _strip_marks(" ".join(_contiguous_texts(toks)))
    return _Candidate(
        start=toks[0].idx,
        end=toks[-1].idx + len(toks[-1]),
        text=text,
        kind="indirect",
        frame=_Frame("according to", pobj, according),
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
            texts.append(_tokens_text(run))
    return texts


def _strip_marks(text: str) -> str:
    return re.sub(r"[\"\u201c\u201d\u201e]", "", text).strip()


def _drop_nested(cands: list[_Candidate]) -> list[_Candidate]:
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


# ---------------------------------------------------------------------------
# 4. Resolving speakers in text order
# ---------------------------------------------------------------------------


class _Resolver:
    def __init__(self, doc: Doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.spans = spans
        self.ents_by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for t in ent:
                self.ents_by_token[t.i] = ent
        self.memory = _Memory()
        self._prescan()

    # -- what the article mentions --------------------------------------
    def _prescan(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if _inside(ent[0], self.spans):
                continue
            if _described_as_person(ent):
                name = _clean_name(ent.text)
                if not name:
                    continue
                role, affiliation = person_details(ent, self.ents_by_token)
                person = self.memory.add_person(name, role, affiliation, ent.start_char)
                gender = _gender_of_honorific(ent.text) or _gender_of_honorific(
                    doc[max(0, ent.start - 1)].text if ent.start else ""
                )
                if gender and not person.gender:
                    person.gender = gender
                if ent.root.dep_ in ("nsubj", "nsubjpass") or role:
                    self.memory.remember(ent.start_char, self._person_speaker(person), person)
            elif ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                outlet = _outlet_in(ent.text)
                if outlet is None:
                    self.memory.remember(ent.start_char, Speaker(_strip_the(ent.text), "organization"))
        for tok in doc:
            # "Experts were cautious. They said ...": plural groups as antecedents
            if (
                tok.dep_ == "nsubj"
                and tok.tag_ == "NNS"
                and tok.lower_ in T.UNNAMED_NOUNS
                and not _inside(tok, self.spans)
            ):
                self.memory.remember(tok.idx, Speaker(_description(_np_left(tok)), "unnamed", plural=True))
        for m in _outlet_pattern().finditer(doc.text):
            if not any(s.open_mark <= m.start() < (s.close_mark or s.end) for s in self.spans):
                self.memory.remember(m.start(), Speaker(m.group(0), "media"))

    @staticmethod
    def _person_speaker(person: _Person) -> Speaker:
        return Speaker(person.name, "person", person.role, person.affiliation)

    # -- a subject token to a speaker ------------------------------------
    def speaker(self, tok: Token) -> Speaker | None:
        """The speaker a subject token stands for, or None when it is no
        speaker at all ("trade", "it is expected")."""
        low = tok.lower_
        if coarse_pos(tok) == "PRON" or low in T.RELATIVE_PRONOUNS:
            return self._pronoun(tok)
        np = _np_left(tok)
        np_text = _description(np)
        if low in T.DATA_NOUNS or np_text.lower() in T.DATA_NOUNS:
            return Speaker(np_text, "data")
        outlet = self._outlet_near(tok)
        if outlet is not None:
            return Speaker(outlet, "media")
        person = self._person_at(tok)
        if person is not None:
            return self._person_speaker(person)
        nounish = coarse_pos(tok) in ("NOUN", "PROPN")
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in tok.children)
        if low in T.MEDIA_NOUNS and tok.tag_ in ("NN", "NNS"):
            if definite:
                m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind == "media")
                if m is not None:
                    return Speaker(m.speaker.name, "media")
            return Speaker(np_text, "media")
        if definite and low in T.ROLE_NOUNS | T.UNNAMED_NOUNS and tok.tag_ in ("NN", "NNP"):
            # "the professor", "the source": the person or source named before
            m = self.memory.nearest(
                tok.idx,
                lambda m: (
                    m.speaker.kind in ("person", "unnamed") and low in (m.speaker.role + " " + m.speaker.name).lower()
                ),
            )
            if m is not None:
                return replace(m.speaker)
        ent = self.ents_by_token.get(tok.i)
        if nounish and (low in T.UNNAMED_NOUNS or (ent is None and _human_noun(tok))):
            affiliation = _affiliation_from_preps(tok, self.ents_by_token)
            plural = tok.tag_ in ("NNS", "NNPS")
            return Speaker(np_text, "unnamed", "", affiliation, plural=plural)
        if ent is not None and _described_as_person(ent):
            # the recognizer's ORG for a name it did not know: "Moon Chae-rin,
            # an analyst at ..." is a person by her apposition
            name = _clean_name(ent.text)
            return self._person_speaker(
                self.memory.add_person(name, *person_details(ent, self.ents_by_token), ent.start_char)
            )
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
            return Speaker(_strip_the(_clean_possessive(ent.text)), "organization")
        if nounish and low in T.ORG_NOUNS:
            if definite and low in ("agency", "service"):
                # "the agency" after "Reuters reported": the news agency
                m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind in ("media", "organization"))
                if m is not None:
                    return replace(m.speaker)
            if definite:
                m = self.memory.nearest(
                    tok.idx,
                    lambda m: m.speaker.kind == "organization" and low in m.speaker.name.lower(),
                )
                if m is not None:
                    return replace(m.speaker)
            return Speaker(_org_description(tok), "organization")
        if coarse_pos(tok) == "PROPN":
            if re.fullmatch(r"[A-Z][A-Z&.\-]{1,9}", tok.text) and len(np) == 1:
                return Speaker(tok.text, "organization")  # an acronym: "KOTRA"
            words = [t for t in np if coarse_pos(t) == "PROPN"]
            if 2 <= len(words) <= 4 and all(t.text[:1].isupper() or t.text == "-" for t in words):
                name = _clean_name(_tokens_text(words))
                return self._person_speaker(self.memory.add_person(name, "", "", tok.idx))
        return None

    def _pronoun(self, tok: Token) -> Speaker | None:
        low = tok.lower_
        if low in T.RELATIVE_PRONOUNS:
            # "Kim, who said ...": the noun the relative clause hangs from
            verb = tok.head
            if verb.dep_ == "relcl" and verb.head.i != verb.i:
                return self.speaker(verb.head)
            return None
        if low in T.MALE_PRONOUNS | T.FEMALE_PRONOUNS:
            gender = "m" if low in T.MALE_PRONOUNS else "f"

            def accept(m: _Mention) -> bool:
                if m.speaker.kind == "unnamed":
                    return not m.speaker.plural  # "a ministry official ... he"
                return m.speaker.kind == "person" and (m.person is None or m.person.gender in ("", gender))

            m = self.memory.nearest(tok.idx, accept)
            if m is None:
                return None
            if m.person is not None:
                m.person.gender = gender
                return self._person_speaker(m.person)
            return replace(m.speaker)
        if low in T.PLURAL_PRONOUNS:
            m = self.memory.nearest(tok.idx, lambda m: m.speaker.plural)
            return replace(m.speaker) if m else None
        if low in T.THING_PRONOUNS:
            if any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.head.children) and tok.dep_ == "nsubjpass":
                return None  # "it is expected that": nobody speaks
            m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind in ("organization", "media"))
            return replace(m.speaker) if m else None
        return None

    def _person_at(self, tok: Token) -> _Person | None:
        """The person named by the subject phrase, full or surname-only."""
        candidates = [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound")]
        for t in candidates:
            ent = self.ents_by_token.get(t.i)
            if ent is not None and ent.label_ == "PERSON":
                name = _clean_name(ent.text)
                return self.memory.person_named(name, tok.idx) or self.memory.add_person(
                    name, *person_details(ent, self.ents_by_token), tok.idx
                )
        if coarse_pos(tok) == "PROPN":
            names = [t for t in _np_left(tok) if coarse_pos(t) == "PROPN" or t.text == "-"]
            name = _clean_name(_tokens_text(names)) if names else tok.text
            ent = self.ents_by_token.get(tok.i)
            if ent is not None and ent.label_ in ("ORG", "GPE") and len(name.split()) > 1:
                return None
            return self.memory.person_named(name, tok.idx)
        return None

    def _outlet_near(self, tok: Token) -> str | None:
        """A news outlet named by the subject phrase or its apposition
        ("the U.S.-based media outlet 38 North")."""
        parts = _np_left(tok) + [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        parts.sort(key=lambda t: t.i)
        return _outlet_in(_tokens_text(parts)) if parts else None


_PERSON_NOUNS = T.ROLE_NOUNS - {
    "leader",
    "head",
    "chief",
    "general",
    "representative",
    "associate",
    "chair",
    "body",
}


def _described_as_person(ent: Span) -> bool:
    """A name the recognizer did not tag PERSON but the text describes as a
    person: an apposition with a person's title, or "who ..."."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"):
        return False
    if not all(coarse_pos(t) == "PROPN" or t.text == "-" for t in ent):
        return False
    for child in ent.root.children:
        if child.dep_ == "appos" and child.lower_ in _PERSON_NOUNS and child.tag_ == "NN":
            return True
        if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in child.children):
            return True
    return False


def _description(toks: list[Token]) -> str:
    """A description (an unnamed source, a role) as written, with a capital
    the sentence start gave it undone: "A ministry official" → "a ministry
    official", "Customs spokesman" → "customs spokesman"; "Chinese traders"
    keeps its capital."""
    text = _tokens_text(toks)
    if not toks or not toks[0].is_sent_start:
        return text
    head = toks[0]
    common = coarse_pos(head) in ("DET", "ADJ", "NUM", "NOUN") and not head.ent_type_
    if common or head.lower_ in T.ORG_NOUNS | T.ROLE_NOUNS:
        first = head.text
        if first[:1].isupper() and (len(first) == 1 or first[1:].islower()):
            text = text[0].lower() + text[1:]
    return text


def _human_noun(tok: Token) -> bool:
    """A common noun for people by its ending ("developer", "exhibitor",
    "economist"), for sources the tables do not list.

    Checked only for a reporting verb's subject, so documents and things
    ("paper", "order") are the only endings to rule out.
    """
    low = tok.lower_
    if coarse_pos(tok) != "NOUN" or low in T.NOT_HUMAN_NOUNS:
        return False
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return singular.endswith(T.HUMAN_SUFFIXES)


def _org_description(tok: Token) -> str:
    """An organisation described rather than named, without a leading
    article, with its "of" phrase: "An association of Kaesong tenant firms"
    → "association of Kaesong tenant firms"."""
    toks = _np_left(tok)
    while toks and toks[0].dep_ == "det" and toks[0].lower_ in ("a", "an", "the"):
        toks = toks[1:]
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "of" and tok.doc[nxt].head.i == tok.i:
        toks = toks + _phrase_to_comma(tok.doc[nxt])
    return _tokens_text(toks) if toks else tok.text


def _clean_possessive(text: str) -> str:
    return re.sub(r"(?:'s|\u2019s)$", "", text)


@functools.lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    names = sorted(T.NEWS_OUTLETS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def find_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every news outlet the table knows in ``text``.

    >>> find_outlets("NK News and Reuters reported it.")
    [(0, 7, 'NK News'), (12, 19, 'Reuters')]
    """
    return [(m.start(), m.end(), m.group(0)) for m in _outlet_pattern().finditer(text)]


def _outlet_in(text: str) -> str | None:
    """
    >>> _outlet_in("the U.S.-based media outlet 38 North")
    '38 North'
    >>> _outlet_in("Yonhap News Agency") , _outlet_in("an expert")
    ('Yonhap News Agency', None)
    """
    m = _outlet_pattern().search(text)
    return m.group(0) if m else None


def _has_figure(toks: list[Token]) -> bool:
    """A number, an amount, a percentage or a multiple ("ninefold", "doubled")."""
    return any(
        t.like_num
        or t.ent_type_ in ("MONEY", "PERCENT")
        or t.text in ("%", "$")
        or t.lower_.endswith("fold")
        or t.lower_ in T.MULTIPLE_WORDS
        for t in toks
    )


def _is_statistic_origin(speaker: Speaker, lemma: str, clause: list[Token]) -> bool:
    """ "customs data showed", "the customs office said" or "officials said"
    with a figure: the figure's source, not a quote. A forecast with a
    figure ("the ministry expects exports to rise 5 percent") stays a quote.
    """
    if speaker.kind == "data":
        return True
    if speaker.kind not in ("organization", "unnamed") or not _has_figure(clause):
        return False
    if lemma in T.FORECAST_VERBS or any(t.tag_ == "MD" or t.lower_ in T.FORECAST_WORDS for t in clause):
        return False
    if lemma == "according":
        return True  # "..., according to traders / the ministry": a figure's source
    words = set(re.findall(r"[a-z]+", speaker.name.lower()))
    if speaker.kind == "unnamed":
        return bool(words & T.OFFICIAL_NOUNS) and lemma in T.NEUTRAL_VERBS
    return bool(words & T.STATISTICS_WORDS) or lemma in T.NEUTRAL_VERBS


# ---------------------------------------------------------------------------
# 5. The whole article
# ---------------------------------------------------------------------------


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
    text = doc.text
    paras = paragraphs(text)
    para_starts = [s for s, _ in paras]
    spans = find_quote_spans(text)
    direct = _direct_candidates(doc, spans, paras)
    indirect = _indirect_candidates(doc, spans, direct, paras)
    resolver = _Resolver(doc, spans)
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
        last = _Said(speaker, cue, paragraph)
        quotes.append(
            Quote(
                article_id="",
                quote_id="",
                speaker=speaker.name,
                text=cand.text,
                kind=cand.kind,
                speaker_type=speaker.kind,
                role=speaker.role,
                affiliation=speaker.affiliation,
                cue=cue,
                start=cand.start,
                end=cand.end,
            )
        )
    return quotes


@dataclass(frozen=True, slots=True)
class _Said:
    """The latest quote's speaker, for a quoted passage standing alone after
    it ("... ," he said. "More words.")."""

    speaker: Speaker
    cue: str
    paragraph: int


def _resolve(cand: _Candidate, resolver: _Resolver, last: _Said | None, paragraph: int) -> tuple[Speaker, str] | None:
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


def _resolve_frame(cand: _Candidate, frame: _Frame, resolver: _Resolver) -> tuple[Speaker, str] | None:
    if frame.subject is None:
        return None
    speaker = resolver.speaker(frame.subject)
    if speaker is None or speaker.kind == "data" and cand.kind == "direct":
        return None
    if cand.kind == "indirect":
        lemma = T.VERB_INDEX.get(frame.cue_token.lower_, ("", ""))[0]
        if frame.cue == "according to":
            lemma = "according"
        if _is_statistic_origin(speaker, lemma, cand.clause):
            return None
    person = resolver.memory.person_named(speaker.name, frame.subject.idx) if speaker.kind == "person" else None
    resolver.memory.remember(frame.subject.idx, speaker, person)
    return speaker, frame.cue
