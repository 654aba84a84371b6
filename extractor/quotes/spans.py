"""Quotation marks in plain text (no model): paragraphs, and the passages
between paired marks, a quote left open at a paragraph's end continued in the
next."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.quotes import _tables as T


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
    lines = [_trim(text, s, e) for s, e in lines]
    width = _wrap_width(lines)
    if width:
        return _reflow(text, lines, width)
    return _join_broken_quotes(text, lines)


def _join_broken_quotes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line that leaves a quotation open and a next line that goes on in
    lower case or with the rest of a number ("$130.\\n4 billion") are one
    paragraph: the break is a stray line break inside the quote.

    >>> t = '"Trade reached $130.\\n4 billion," he said.\\nNew line.'
    >>> [t[s:e] for s, e in paragraphs(t)]
    ['"Trade reached $130.\\n4 billion," he said.', 'New line.']
    """
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out and _left_open(text, *out[-1]) and _runs_on(text, out[-1][1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _left_open(text: str, start: int, end: int) -> bool:
    pending = False
    for i in range(start, end):
        ch = text[i]
        if ch in T.OPEN_MARKS or ch in T.CLOSE_MARKS or ch in T.STRAIGHT_MARKS:
            kind = classify_mark(text, i)
            pending = kind == "open" or (kind == "either" and not pending)
    return pending


def _runs_on(text: str, prev_end: int, start: int) -> bool:
    first = text[start]
    if first.islower():
        return True
    return first.isdigit() and re.search(r"\d[.,]$", text[:prev_end]) is not None


def _wrap_width(lines: list[tuple[int, int]]) -> int:
    """The column a text without blank lines was wrapped at (a wire story
    or a mail archive that breaks every line near one width), else 0.

    Most lines then run close to one short maximum."""
    if len(lines) < 5:
        return 0
    lengths = [e - s for s, e in lines]
    width = max(lengths)
    if width > 100:
        return 0
    full = sum(1 for n in lengths if n >= 0.8 * width)
    return width if full >= 0.5 * len(lengths) else 0


def _reflow(text: str, lines: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Join wrapped lines into paragraphs: a line ends its paragraph when it
    ends a sentence and the next line's first word would have fitted on it
    (the writer broke it on purpose); any other break only wrapped the text."""
    out: list[tuple[int, int]] = [lines[0]]
    for s, e in lines[1:]:
        ps, pe = out[-1]
        last_line = text.rfind("\n", ps, pe) + 1 or ps
        first_word = len(text[s:e].split(None, 1)[0])
        ends_sentence = re.search(r"[.!?:][\"'\u201d\u2019)\]]*$", text[ps:pe]) is not None
        if not ends_sentence or (pe - max(last_line, ps)) + 1 + first_word > width - 2:
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


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
    >>> classify_mark("\\u201cNo.\\u201c Then", 4)
    'close'
    """
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in T.OPEN_MARKS:
        # a left mark set where only a closing one can stand, glued to the
        # words before it and followed by a space or a stop ('up.\u201c'): some
        # texts close a quotation with it
        if not before.isspace() and before not in "([{\u2014\u2013-:/" and (after.isspace() or after in ".,;:!?)]}"):
            return "close"
        return "open"
    if ch in T.CLOSE_MARKS:
        return "close"
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
        marks = _marks(text, p_start, p_end)
        double = [m for m in marks if text[m[0]] not in T.SINGLE_MARKS]
        single = [m for m in marks if text[m[0]] in T.SINGLE_MARKS]
        found = _pair(text, double, p_index)
        # single marks pair among themselves; inside double ones they are
        # quotes within the quote
        found += [
            q
            for q in _pair(text, single, p_index)
            if not any(d.open_mark < q.open_mark and q.close_mark < (d.close_mark or 0) for d in found)
        ]
        spans.extend(sorted(found, key=lambda q: q.open_mark))
        pending = _left_pending(text, double)
        if pending is not None and p_index + 1 < len(paras):
            n_start, n_end = paras[p_index + 1]
            if text[n_start] in T.OPEN_MARKS or text[n_start] in T.STRAIGHT_MARKS:
                s, e = _trim(text, pending[0] + pending[1], p_end)
                if e > s:
                    spans.append(QuoteSpan(s, e, pending[0], None, p_index, continues=True))
            elif (close := _first_close(text, n_start, n_end)) is not None:
                # no new opening mark, and the next paragraph's first mark
                # closes: one quotation runs over the break (the next
                # paragraph's pairing drops that unopened closing mark)
                span = _span(text, pending[0], close, p_index + 1, pending[1])
                if span is not None:
                    spans.append(span)
    return spans


def _first_close(text: str, start: int, end: int) -> int | None:
    """The offset of a paragraph's first double quotation mark when it
    closes, else None."""
    first = next((m for m in _marks(text, start, end) if text[m[0]] not in T.SINGLE_MARKS), None)
    return first[0] if first is not None and first[1] == 1 and _kind(text, first) == "close" else None


def _marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, length) of the quotation marks between ``start`` and ``end``:
    the double and single marks, and doubled apostrophes (``''``) that some
    reposts print for curly double quotes. A right single mark between
    letters ("China\u2019s") is an apostrophe."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "'" and text.startswith("''", i):
            out.append((i, 2))
            i += 2
            continue
        if ch in T.OPEN_MARKS or ch in T.CLOSE_MARKS or ch in T.STRAIGHT_MARKS:
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not (ch == "\u2019" and nxt.isalnum()):
                out.append((i, 1))
        i += 1
    return out


def _kind(text: str, mark: tuple[int, int]) -> str:
    i, n = mark
    if n == 1:
        return classify_mark(text, i)
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    if (before.isspace() or before in "([{\u2014\u2013-:/") and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return "either"


def _pair(text: str, marks: list[tuple[int, int]], p_index: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    pending: tuple[int, int] | None = None
    for mark in marks:
        kind = _kind(text, mark)
        if pending is None:
            if kind != "close":
                pending = mark
            # else: a closing mark with nothing open is dropped
        elif kind == "open":
            pending = mark  # the earlier opening mark was never closed
        else:
            span = _span(text, pending[0], mark[0], p_index, pending[1])
            if span is not None:
                out.append(span)
            pending = None
    return out


def _left_pending(text: str, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    pending: tuple[int, int] | None = None
    for mark in marks:
        kind = _kind(text, mark)
        if pending is None:
            pending = mark if kind != "close" else None
        elif kind == "open":
            pending = mark
        else:
            pending = None
    return pending


def _span(text: str, open_mark: int, close_mark: int, p_index: int, width: int = 1) -> QuoteSpan | None:
    s, e = _trim(text, open_mark + width, close_mark)
    if e <= s:
        return None
    return QuoteSpan(s, e, open_mark, close_mark, p_index)
