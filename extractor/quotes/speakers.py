"""Speakers: the person, organisation, outlet or unnamed source a reporting
verb's subject stands for, resolved in text order against the article's
memory; and whether a "said" only gives a figure's source."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extractor.quotes import _tables as T
from extractor.quotes.coreference import Memory, Mention, Person, Speaker
from extractor.quotes.roles import (
    affiliation_from_preps,
    clean_name,
    clean_possessive,
    described_as_person,
    description,
    gender_of_honorific,
    human_noun,
    org_description,
    outlet_in,
    outlet_pattern,
    person_details,
    strip_the,
)
from extractor.quotes.spans import QuoteSpan
from extractor.quotes.tokens import coarse_pos, inside, np_left, tokens_text


class Resolver:
    def __init__(self, doc: Doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.spans = spans
        self.ents_by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for t in ent:
                self.ents_by_token[t.i] = ent
        self.memory = Memory()
        self._prescan()

    # -- what the article mentions --------------------------------------
    def _prescan(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if inside(ent[0], self.spans):
                continue
            if described_as_person(ent):
                name = clean_name(ent.text)
                if not name:
                    continue
                role, affiliation = person_details(ent, self.ents_by_token)
                person = self.memory.add_person(name, role, affiliation, ent.start_char)
                gender = gender_of_honorific(ent.text) or gender_of_honorific(
                    doc[max(0, ent.start - 1)].text if ent.start else ""
                )
                if gender and not person.gender:
                    person.gender = gender
                if ent.root.dep_ in ("nsubj", "nsubjpass") or role:
                    self.memory.remember(ent.start_char, self._person_speaker(person), person)
            elif ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                outlet = outlet_in(ent.text)
                if outlet is None:
                    self.memory.remember(ent.start_char, Speaker(strip_the(ent.text), "organization"))
        for tok in doc:
            # "Experts were cautious. They said ...": plural groups as antecedents
            if (
                tok.dep_ == "nsubj"
                and tok.tag_ == "NNS"
                and tok.lower_ in T.UNNAMED_NOUNS
                and not inside(tok, self.spans)
            ):
                self.memory.remember(tok.idx, Speaker(description(np_left(tok)), "unnamed", plural=True))
        for m in outlet_pattern().finditer(doc.text):
            if not any(s.open_mark <= m.start() < (s.close_mark or s.end) for s in self.spans):
                self.memory.remember(m.start(), Speaker(m.group(0), "media"))

    @staticmethod
    def _person_speaker(person: Person) -> Speaker:
        return Speaker(person.name, "person", person.role, person.affiliation)

    # -- a subject token to a speaker ------------------------------------
    def speaker(self, tok: Token) -> Speaker | None:
        """The speaker a subject token stands for, or None when it is no
        speaker at all ("trade", "it is expected")."""
        low = tok.lower_
        if coarse_pos(tok) == "PRON" or low in T.RELATIVE_PRONOUNS:
            return self._pronoun(tok)
        np = np_left(tok)
        np_text = description(np)
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
        if nounish and (low in T.UNNAMED_NOUNS or (ent is None and human_noun(tok))):
            affiliation = affiliation_from_preps(tok, self.ents_by_token)
            plural = tok.tag_ in ("NNS", "NNPS")
            return Speaker(np_text, "unnamed", "", affiliation, plural=plural)
        if ent is not None and described_as_person(ent):
            # the recognizer's ORG for a name it did not know: "Moon Chae-rin,
            # an analyst at ..." is a person by her apposition
            name = clean_name(ent.text)
            return self._person_speaker(
                self.memory.add_person(name, *person_details(ent, self.ents_by_token), ent.start_char)
            )
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
            return Speaker(strip_the(clean_possessive(ent.text)), "organization")
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
            return Speaker(org_description(tok), "organization")
        if coarse_pos(tok) == "PROPN":
            if re.fullmatch(r"[A-Z][A-Z&.\-]{1,9}", tok.text) and len(np) == 1:
                return Speaker(tok.text, "organization")  # an acronym: "KOTRA"
            words = [t for t in np if coarse_pos(t) == "PROPN"]
            if 2 <= len(words) <= 4 and all(t.text[:1].isupper() or t.text == "-" for t in words):
                name = clean_name(tokens_text(words))
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

            def accept(m: Mention) -> bool:
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

    def _person_at(self, tok: Token) -> Person | None:
        """The person named by the subject phrase, full or surname-only."""
        candidates = [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound")]
        for t in candidates:
            ent = self.ents_by_token.get(t.i)
            if ent is not None and ent.label_ == "PERSON":
                name = clean_name(ent.text)
                return self.memory.person_named(name, tok.idx) or self.memory.add_person(
                    name, *person_details(ent, self.ents_by_token), tok.idx
                )
        if coarse_pos(tok) == "PROPN":
            names = [t for t in np_left(tok) if coarse_pos(t) == "PROPN" or t.text == "-"]
            name = clean_name(tokens_text(names)) if names else tok.text
            ent = self.ents_by_token.get(tok.i)
            if ent is not None and ent.label_ in ("ORG", "GPE") and len(name.split()) > 1:
                return None
            return self.memory.person_named(name, tok.idx)
        return None

    def _outlet_near(self, tok: Token) -> str | None:
        """A news outlet named by the subject phrase or its apposition
        ("the U.S.-based media outlet 38 North")."""
        parts = np_left(tok) + [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        parts.sort(key=lambda t: t.i)
        return outlet_in(tokens_text(parts)) if parts else None


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


def is_statistic_origin(speaker: Speaker, lemma: str, clause: list[Token]) -> bool:
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
