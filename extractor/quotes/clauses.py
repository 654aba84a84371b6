"""Reported clauses: the complement of a reporting verb, cut where the
speaker's own words end, and trimmed of datelines and punctuation."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.quotes import _tables as T
from extractor.quotes.frames import reporting
from extractor.quotes.roles import human_noun
from extractor.quotes.tokens import tokens_text


def complement(cue: Token, lemma: str) -> list[Token]:
    """Heads of the reported clause of a reporting verb."""
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if comps:
        return comps + _stranded_before(cue, comps)
    head = _attributed_sentence(cue) or _parenthetical(cue)
    if head is not None:
        return [head]
    proposition = _object_and_infinitive(cue, lemma)
    if proposition:
        return proposition
    if lemma in ("call", "describe"):
        return _object_and_complement(cue)
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


def _object_and_complement(cue: Token) -> list[Token]:
    """ "called the visit symbolic", "described the rise as a sign of X":
    the object with what it is called is a view reported (the object and
    its complement); "called for talks", "called on firms", "called it off"
    name no view."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    said = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i]
    as_ = [c for t in (cue, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
    if not (said if cue.lower_.startswith("call") else as_):
        return []
    # the phrases and clauses after the object that say in what way or why
    # belong to the view ("... valuable in a time of weak demand")
    rest = [c for c in cue.children if c.i > obj.i and c.dep_ in ("prep", "advcl", "npadvmod")]
    return [obj, *said, *rest]


def _object_and_infinitive(cue: Token, lemma: str) -> list[Token]:
    """ "While experts expected the surplus to narrow, ...", "analysts, who
    expected exports to fall, ...": a verb of forecast of people (a described
    group or a person) in a concessive or relative clause with an object and
    an infinitive reports a proposition,
    the object and the infinitive together (there the parser hangs the
    infinitive as an adverbial clause or tags it an adjective, "to narrow",
    instead of making one clausal complement)."""
    if lemma not in T.FORECAST_VERBS or cue.dep_ not in ("advcl", "relcl"):
        return []
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in T.RELATIVE_PRONOUNS:
        subject = cue.head  # "analysts, who expected ..."
    if subject is None or not (subject.lower_ in T.UNNAMED_NOUNS or human_noun(subject)):
        return []  # a group of people expects; an organisation's forecast is read from its clause
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    for c in cue.children:
        if c.i > obj.i and c.dep_ in ("xcomp", "advcl", "ccomp", "oprd"):
            if any(g.lower_ == "to" and g.dep_ == "aux" and g.i < c.i for g in c.children):
                return [obj, c]
    return []


def _attributed_sentence(cue: Token) -> Token | None:
    """ "A surge of 30% showed that ..., Zhang Jifeng, a former director,
    told the Global Times": the parser made the attribution a conjunct of
    the sentence it attributes. Joined by a comma, not "and", with its own
    subject, the reporting verb reports the sentence before it."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or reporting(head) is not None:
        return None
    if not any(c.dep_ == "nsubj" for c in cue.children) or not head.tag_.startswith("VB"):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return None
    return head


def _parenthetical(cue: Token) -> Token | None:
    """ "In its review, the experts said, the navy has grown": an attribution
    set off by commas inside the sentence it reports, which the parser hangs
    from that sentence's verb (parataxis). Only the words after it are
    reported when no subject of the sentence stands before it."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.i <= cue.i or not head.tag_.startswith("VB") or reporting(head) is not None:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    # the parser may hang the adverbial before it from the attribution
    # ("And even then, she said, ..."): the attribution starts at its subject
    subject = next(c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass"))
    words = [t for t in cue.subtree if not t.is_punct and t.i >= subject.left_edge.i]
    doc, left, right = cue.doc, words[0].i, words[-1].i
    if left == 0 or right + 1 >= len(doc) or doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None  # set off by commas on both sides
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < cue.i for c in head.children):
        return None
    return head


def after_parenthetical(cue: Token, clause: list[Token]) -> list[Token]:
    """The reported words after a parenthetical attribution (see above):
    the adverbial before it sets the scene of the report."""
    if _parenthetical(cue) is None:
        return clause
    return trim_clause([t for t in clause if t.i > cue.right_edge.i])


def _stranded_before(cue: Token, comps: list[Token]) -> list[Token]:
    """Clauses of a reported sentence that the parser hung from the reporting
    verb instead of from the clause: in "X, although Y, the spokesman told
    reporters" the although-clause lies between the clause and the speaker,
    so it is reported too."""
    first = min(c.left_edge.i for c in comps)
    if first > cue.i:
        return []
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    limit = min((c.left_edge.i for c in subj), default=cue.i)
    last = max(c.right_edge.i for c in comps)
    return [
        c
        for c in cue.children
        if c.dep_ in ("advcl", "conj") and last < c.left_edge.i and c.right_edge.i < limit and c.tag_.startswith("VB")
    ]


def after_nested_attribution(heads: list[Token]) -> list[Token] | None:
    """ "X rose 11%, customs said on Friday, a result of Y, observers said":
    the clause of "observers said" is headed by another attribution; its
    words are what follows that attribution ("a result of Y"), the figure
    before it is the customs office's."""
    if len(heads) != 1:
        return None
    head = heads[0]
    if reporting(head) is None or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < head.i for c in head.children):
        return None
    after = [
        c
        for c in head.children
        if c.i > head.i
        and c.dep_ not in ("punct", "prep", "ccomp")
        and c.ent_type_ not in ("DATE", "TIME")
        and c.right_edge.i - c.left_edge.i >= 2
    ]
    if not after:
        return None
    doc = head.doc
    return trim_clause(list(doc[min(c.left_edge.i for c in after) : max(c.right_edge.i for c in after) + 1]))


def clause_tokens(heads: list[Token]) -> list[Token]:
    """The reported clause, ending before a reporting verb of its own that
    hangs from it ("..., though he pointed out that Y" is a second quote;
    "..., citing Y" is another verb, not the reported words)."""
    doc = heads[0].doc
    lo = min(h.left_edge.i for h in heads)
    hi = max(h.right_edge.i for h in heads)
    head_ids = {h.i for h in heads}
    for t in doc[lo : hi + 1]:
        if t.i in head_ids or t.left_edge.i <= lo or t.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        if _second_speech(t) or _trailing_participle(t):
            hi = min(hi, t.left_edge.i - 1)
    toks = list(doc[lo : hi + 1])
    return trim_clause(toks)


def _second_speech(t: Token) -> bool:
    """A reporting verb with its own speaker and its own reported clause:
    "..., though he pointed out that Y". Not a second that-clause of the
    same verb ("said that X and that he hopes Y" is one quote), nor a verb
    with a plain object ("it would be hard for Peru to win new buyers")."""
    rep = reporting(t)
    if rep is None or t.dep_ == "xcomp" or not any(c.dep_ == "nsubj" for c in t.children):
        return False
    if any(c.dep_ == "neg" for c in t.children):
        return False  # "..., but he could not confirm if Y": no second statement
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
        return False
    return bool(complement(t, rep[0]))


def _trailing_participle(t: Token) -> bool:
    """ "..., citing Y" / "..., adding Y" set off by a comma: another verb of
    the speaker's, not part of the reported words."""
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    return (
        t.tag_ == "VBG"
        and t.left_edge.i == t.i
        and before is not None
        and before.text == ","
        and (rep := reporting(t)) is not None
        and rep[0] not in T.FORECAST_VERBS  # "..., anticipating a tariff war": the subject's, not the speaker's
        and rep[0] not in T.EVIDENTIAL_VERBS  # "..., suggesting X": what the event before it suggests
    )


# A wire dateline opening the first sentence: "DANDONG, China, Dec 18 -",
# "SEOUL, June 21 (Yonhap) --".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'\-]+,(?:\s+[A-Z][\w.]*)*,?\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?(?:\s+\([^)]*\))?\s+(?:-{1,2}|\u2014|\u2013)\s*"
    # "TOKYO (AP) —", or the day and agency left of a date the sentence
    # splitter cut after "Oct.": "9 (CNA) —"
    r"|(?:[A-Z][A-Z .'\-]+|\d{1,2})\s+\([A-Z][\w .-]{0,20}\)\s+(?:-{1,2}|\u2014|\u2013)\s*"
)


def trim_clause(toks: list[Token]) -> list[Token]:
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


def contiguous_texts(toks: list[Token]) -> list[str]:
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


def strip_marks(text: str) -> str:
    return re.sub(r"[\"\u201c\u201d\u201e]", "", text).strip()


def without_speaker(clause: list[Token], speaker: Token) -> list[Token]:
    """A reported clause before its attribution ends where the speaker's
    title starts: the parser often hangs "Chinese Ambassador to Moscow" (or
    the whole "Minister Alexander Galushka") inside the clause, as an
    apposition of its last noun. Cut at the last comma when all after it is
    that title: no verb, a title noun, and it runs on into the speaker."""
    if not clause or speaker.i < clause[0].i:
        return clause
    commas = [t for t in clause if t.text == ","]
    if not commas:
        return clause
    tail = [t for t in clause if t.i > commas[-1].i]
    between = speaker.doc[clause[-1].i + 1 : speaker.i]
    if (
        tail
        and not any(t.tag_.startswith("VB") for t in tail)
        and any(t.lower_ in T.ROLE_NOUNS for t in tail)
        and not any(t.text in (",", ";", ".") for t in between)
    ):
        return trim_clause([t for t in clause if t.i < commas[-1].i])
    return clause
