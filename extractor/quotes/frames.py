"""Reporting verbs in the parse: which token is a reporting verb ("said",
"pointed out", "according to"), and who its speaker token is."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractor.quotes import _tables as T
from extractor.quotes.tokens import coarse_pos


@dataclass(slots=True)
class Frame:
    """The reporting verb (or "according to") and its subject."""

    cue: str
    subject: Token | None
    cue_token: Token


def reporting(tok: Token) -> tuple[str, str] | None:
    """(lemma, cue text) when ``tok`` is a reporting verb in the parse.
    A verb the tagger took for a noun still counts when it has a subject
    ("The ministry forecast that ...")."""
    if not tok.tag_.startswith("VB") and not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    entry = T.VERB_INDEX.get(tok.lower_)
    if entry is None:
        return None
    lemma, particle = entry
    if lemma == "call" and not _calls_something(tok):
        return None  # "called for talks", "call it a 'new normal'": naming, no view
    if particle:
        if not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return None
        return lemma, f"{tok.text} {particle}"
    return lemma, tok.text


def _calls_something(tok: Token) -> bool:
    """ "called the visit symbolic": a noun-phrase object (not a pronoun)
    and what it is called."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or coarse_pos(obj) == "PRON":
        return False
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i for c in tok.children)


def subject_of(cue: Token) -> Token | None:
    """The speaker token of a reporting verb: its subject, or the subject of
    the verb it hangs from ("..., adding that" / "was quoted as saying")."""
    speaker_verb = _speaker_of_participle(cue)
    if speaker_verb is not None:
        return subject_of(speaker_verb)
    verb = cue
    for depth in range(4):
        source = cited(verb)
        if source is not None:
            return source
        # a verb has one subject: when the parser gives two ("Accra: ...,
        # Minister Kofi Mensah said"), the first is a dateline or a
        # fragment, and the one nearest the verb is its subject
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0)]
        if subjects:
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return _name_before(cue)


def _speaker_of_participle(cue: Token) -> Token | None:
    """ "Kim said X was Y, adding that Z": the participle hangs, in the
    parse, from a verb inside the reported clause, but it is the speaker's.
    The nearest reporting verb above that verb is the one with the speaker."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    for anc in cue.head.ancestors:
        if reporting(anc) is not None:
            return anc
    return None


def _name_before(cue: Token) -> Token | None:
    """A name right before a verb the parser left without a subject: in
    "..., Far East Development Minister Alexander Galushka said" the name
    was hung inside the clause as an apposition."""
    if cue.i == 0:
        return None
    t = cue.doc[cue.i - 1]
    return t if t.ent_type_ == "PERSON" and coarse_pos(t) == "PROPN" else None


def cited(verb: Token) -> Token | None:
    """The person a source is said to quote: "RIA cited Galushka as saying",
    "the paper quoted an official as saying" - the object, not the subject;
    "Galushka was quoted as saying" - the passive's subject."""
    if T.VERB_INDEX.get(verb.lower_, ("",))[0] not in ("cite", "quote"):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    # "X was quoted as saying by RIA": in the passive the one quoted is the
    # subject ("X was cited as the cause" quotes nobody)
    saying = any(g.tag_ == "VBG" and g.lower_ in T.VERB_INDEX for g in as_.children)
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if saying else None


def according_pobj(tok: Token) -> Token | None:
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    return next((c for c in to.children if c.dep_ == "pobj"), None)


def adjacent_subject(cue: Token, toks: list[Token], side: str) -> Token | None:
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


def phrase_owner(inner: list[Token]) -> Frame | None:
    """Who a short quoted phrase inside a sentence belongs to, by the parse.
    Up from the phrase: a person's possessive ("Xi's avowed preference for
    "small and beautiful" schemes") or the nearest reporting verb above it
    ("Beijing announced the "indefinite suspension"", "said China would
    "fully and strictly" carry out": the speaker of "said", not "China");
    failing both, a verb whose subject is a person ("Trump has advocated a
    "big deal""). A label in someone else's sentence ("the United States
    purchased $2bn in "computer accessories"", "Officials call it a "new
    normal"") belongs to nobody."""
    ids = {t.i for t in inner}
    roots = [t for t in inner if t.head.i not in ids and t.head.i != t.i]
    if not roots:
        return None
    node = roots[0].head
    fallback: Frame | None = None
    for _ in range(12):
        for child in node.children:
            if child.dep_ == "poss" and child.i not in ids and child.ent_type_ == "PERSON":
                # the cue is the participle that says it ("avowed"), if any
                said = next((c for c in node.children if c.dep_ == "amod" and c.tag_ == "VBN"), node)
                return Frame(said.text, child, said)
        if reporting(node) is not None:
            subject = subject_of(node)
            return Frame(node.text, subject, node) if subject is not None and subject.i not in ids else None
        if fallback is None and node.tag_.startswith("VB"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i not in ids and subject.ent_type_ == "PERSON":
                fallback = Frame(node.text, subject, node)
        if node.head.i == node.i:
            break
        node = node.head
    return fallback
