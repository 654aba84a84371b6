"""Speakers: the person, organisation, outlet or unnamed source a reporting
verb's subject stands for, resolved in text order against the article's
memory."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extractor.pipeline.extensions import doc_text
from extractor.quotes import _tables as T
from extractor.quotes.coreference import Memory, Mention, Person, Speaker
from extractor.quotes.descriptions import (
    acronyms,
    after_hyphen,
    bare,
    description_countries,
    document_author,
    indefinite,
    is_definite,
    named_in_full,
    noun_before_participle,
    org_families,
    role_families,
    same_country,
    singular,
    title_before,
    title_noun,
    title_words,
    title_words_of,
)
from extractor.quotes.roles import (
    affiliation_from_preps,
    clean_name,
    clean_possessive,
    describe_role,
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
    """The article's discourse state for speakers: who was mentioned and who
    spoke (``memory``), the organisations it names (``orgs``), the acronyms it
    spells out (``aliases``), the documents whose authors it gives
    (``documents``) and the stretches that are someone's quoted or reported
    words (``content``): a name met there is talked about, not talking."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], content: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.spans = spans
        self.ents_by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for t in ent:
                self.ents_by_token[t.i] = ent
        self.memory = Memory()
        self.content = sorted(content or [])
        self._content_starts = [s for s, _ in self.content]
        self.aliases = acronyms(doc_text(doc))
        self.orgs: list[tuple[int, str]] = []
        self.documents: list[tuple[int, str, Speaker]] = []
        self._spell_out()
        self._prescan()

    def aside(self, position: int) -> bool:
        """Whether ``position`` lies inside someone's quoted or reported words."""
        k = bisect_right(self._content_starts, position) - 1
        return any(s <= position < e for s, e in self.content[max(0, k - 3) : k + 1])

    def org_name(self, text: str) -> str:
        """An organisation's name as the text gives it, without "the" or a
        possessive ("KOTRA" stays "KOTRA": speakers are named as written)."""
        return strip_the(clean_possessive(text))

    def full_name(self, name: str) -> str:
        """The name an acronym stands for, where the text spelled it out."""
        return self.aliases.get(name, name)

    def named_in_full(self, name: str, position: int) -> str:
        """An organisation's name with the acronym the text gave it ("Korea
        Development Institute (KDI)"), wherever either is used, also when
        the subject at ``position`` is only a piece of the spelled-out name
        the recognizer cut."""
        for short, full in self._spelled.items():
            if name in (short, full) or any(s <= position < e for s, e in self._spelled_at[short]):
                return f"{full} ({short})"
        return named_in_full(name, self.aliases)

    def _spell_out(self) -> None:
        """Each acronym's name as the article spells it, with the capitalised
        words before the part its letters stand for ("United Nations" before
        "Office for X, or OX"), and where it is spelled."""
        text = doc_text(self.doc)
        self._spelled: dict[str, str] = {}
        self._spelled_at: dict[str, list[tuple[int, int]]] = {}
        for short, full in self.aliases.items():
            found = [m.start() for m in re.finditer(re.escape(full), text)]
            longest = full
            for at in found:
                ahead = re.search(r"((?:[A-Z][a-z]+[ \t]+)*)$", text[max(0, at - 80) : at]).group(1)
                words = ahead.split()
                while words and words[0] in ("The", "A", "An"):
                    words.pop(0)
                longest = max(longest, " ".join([*words, full]), key=len)
            self._spelled[short] = longest
            self._spelled_at[short] = [(m.start(), m.end()) for m in re.finditer(re.escape(longest), text)]

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
            elif ent.label_ == "ORG" and outlet_in(ent.text) is None:
                self.orgs.append((ent.start_char, self.org_name(ent.text)))
                if ent.root.dep_ in ("nsubj", "nsubjpass"):
                    self.memory.remember(ent.start_char, Speaker(self.org_name(ent.text), "organization"))
        for tok in doc:
            if inside(tok, self.spans):
                continue
            # "Experts were cautious. They said ...": plural groups as antecedents
            if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and (tok.lower_ in T.UNNAMED_NOUNS or human_noun(tok)):
                self.memory.remember(tok.idx, Speaker(description(np_left(tok)), "unnamed", plural=True))
            elif tok.lower_ in T.DOCUMENT_NOUNS and coarse_pos(tok) == "NOUN":
                self._document(tok)
            elif (
                tok.tag_ == "NN"
                and tok.dep_ in ("dobj", "pobj")  # not an apposition or a predicate: someone new
                and indefinite(tok)
                and (tok.lower_ in T.UNNAMED_NOUNS or human_noun(tok))
                and not any(c.dep_ == "appos" for c in tok.children)
                and not any(a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors)  # "a manager at a firm"
            ):
                # "met with an employee of a restaurant": someone the text
                # introduces without a name, whom "the man" may take up
                self.memory.remember(tok.idx, Speaker(description(np_left(tok)), "unnamed"))
        for m in outlet_pattern().finditer(doc_text(doc)):
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
        missed = noun_before_participle(tok)
        if missed is not None:
            phrase = list(tok.doc[tok.left_edge.i : missed.i + 1])
            return Speaker(description(phrase), "unnamed", "", affiliation_from_preps(tok, self.ents_by_token))
        np = np_left(tok)
        np_text = description(np)
        if low in T.DATA_NOUNS or np_text.lower() in T.DATA_NOUNS:
            return Speaker(np_text, "data")
        if low in T.DOCUMENT_NOUNS and coarse_pos(tok) == "NOUN":
            written = self._document(tok)
            if written is not None:
                return written
        # "a Daily NK source": a person the outlet reached, not the outlet
        human = coarse_pos(tok) == "NOUN" and (low in T.UNNAMED_NOUNS or human_noun(tok))
        outlet = None if human else self._outlet_near(tok)
        if outlet is not None:
            return Speaker(outlet, "media")
        named_outlet = None if human else self._outlet_in_apposition(tok)
        if named_outlet is not None:
            return named_outlet
        person = self._person_at(tok) or self._person_after_title(tok)
        if person is not None:
            return self._person_speaker(person)
        named = self._named_in_apposition(tok)
        if named is not None:
            return named
        nounish = coarse_pos(tok) in ("NOUN", "PROPN")
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in tok.children)
        if low in T.MEDIA_NOUNS and tok.tag_ in ("NN", "NNS"):
            if definite:
                m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind == "media")
                if m is not None:
                    return Speaker(m.speaker.name, "media")
            return Speaker(np_text, "media")
        if definite and (low in T.ROLE_NOUNS | T.UNNAMED_NOUNS or human_noun(tok)) and tok.tag_ in ("NN", "NNP"):
            # "the professor", "the source": the person or source named before
            # (not one of another country: "the President of China" is not
            # the Russian president named last)
            countries = description_countries(tok)
            title = title_words(np)
            m = (
                self.memory.nearest(
                    tok.idx,
                    lambda m: (
                        m.speaker.kind in ("person", "unnamed")
                        and (
                            low in (m.speaker.role + " " + m.speaker.name).lower()
                            or title <= title_words_of(m.speaker.role + " " + m.speaker.name)
                        )
                        and same_country(countries, m.speaker)
                    ),
                )
                or self._person_by_title(tok, countries)
                or self._untitled_person(tok, countries)
                or self._last_speaker(tok, countries)
            )
            if m is not None:
                return replace(m.speaker)
            if tok.tag_ == "NNP" and not self.ents_by_token.get(tok.i):
                # "according to the Indian Minister of External Affairs": a
                # title without a name is no name ("Indian Minister")
                ahead = self._person_named_next(tok)
                if ahead is not None:
                    return self._person_speaker(ahead)
                return Speaker(description(np), "unnamed")
        if tok.text in self.aliases and not [c for c in tok.children if c.dep_ not in ("det", "punct")]:
            return Speaker(tok.text, "organization")  # spelled out before, whatever the recognizer says
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
            return Speaker(self.org_name(ent.text), "organization")
        if nounish and low in T.ORG_NOUNS:
            if definite and low in ("agency", "service"):
                # "the agency" after "Reuters reported": the news agency
                m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind in ("media", "organization"))
                if m is not None:
                    return replace(m.speaker)
            if definite:
                named = self._org_by_description(tok.idx, low if bare(tok) else org_description(tok).lower(), bare(tok))
                if named is not None:
                    return named
            # "a South Korean civic group": described, not named, so no
            # keeper of statistics whatever figure it gives
            return Speaker(org_description(tok), "organization", described=indefinite(tok))
        if nounish and tok.tag_ == "NNS" and singular(low) in T.ORG_NOUNS:
            # "U.N. bodies", "state agencies": described groups ("news
            # agencies" are the media)
            kind = "media" if any(t.lower_ in T.MEDIA_NOUNS for t in np) else "unnamed"
            return Speaker(np_text, kind, "", affiliation_from_preps(tok, self.ents_by_token), plural=True)
        if coarse_pos(tok) == "PROPN":
            if re.fullmatch(r"[A-Z][A-Z&.\-]{1,9}", tok.text) and len(np) == 1:
                return Speaker(self.org_name(tok.text), "organization")  # an acronym: "KOTRA"
            words = [t for t in np if coarse_pos(t) == "PROPN"]
            if 2 <= len(words) <= 4 and all(t.text[:1].isupper() or t.text == "-" or after_hyphen(t) for t in words):
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
                if self.aside(m.position):
                    return False  # named inside someone's words
                if m.speaker.kind == "unnamed":
                    return not m.speaker.plural  # "a ministry official ... he"
                return m.speaker.kind == "person" and (m.person is None or m.person.gender in ("", gender))

            centre = self._centre(tok, gender)
            if centre is not None:
                centre.gender = gender
                return self._person_speaker(centre)
            m = self.memory.nearest(tok.idx, accept)
            if m is None:
                return None
            if m.person is not None:
                m.person.gender = gender
                return self._person_speaker(m.person)
            return replace(m.speaker)
        if low in T.PLURAL_PRONOUNS:
            m = self.memory.nearest(tok.idx, lambda m: m.speaker.plural and not self.aside(m.position))
            if m is None:
                # "A source reported that ... They speculated ...": the source
                m = self.memory.nearest(tok.idx, lambda m: m.spoke and m.speaker.kind in ("unnamed", "organization"))
            return replace(m.speaker) if m else None
        if low in T.THING_PRONOUNS:
            if any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.head.children) and tok.dep_ == "nsubjpass":
                return None  # "it is expected that": nobody speaks
            m = self.memory.nearest(
                tok.idx, lambda m: m.speaker.kind in ("organization", "media") and not self.aside(m.position)
            )
            return replace(m.speaker) if m else None
        return None

    def _centre(self, tok: Token, gender: str) -> Person | None:
        """ "... projects of Kim Jong Un. In his address, he stated": a
        pronoun opening a report takes up the person the sentence before it
        is about when that sentence quotes no one: its main subject if a
        person, else the one person it names (outside anyone's words)."""
        if tok.sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass") and not inside(t, self.spans) for t in tok.sent if t.i < tok.i
        ):
            return None
        prev = self.doc[tok.sent.start - 1].sent
        lo, hi = prev.start_char, prev.end_char
        if any(lo <= m.position < hi and m.spoke for m in self.memory.mentions):
            return None  # someone spoke there: the usual memory decides
        named = [
            e
            for e in prev.ents
            if e.label_ == "PERSON" and not inside(e[0], self.spans) and not self.aside(e.start_char)
        ]
        main = [e for e in named if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"]
        chosen = main[:1] or (named if len(named) == 1 else [])
        if not chosen:
            return None
        person = self.memory.person_named(clean_name(chosen[0].text), tok.idx, self.aside)
        return person if person is not None and person.gender in ("", gender) else None

    def _person_at(self, tok: Token) -> Person | None:
        """The person named by the subject phrase, full or surname-only."""
        # a noun for people is modified by its compounds ("Ricoh officials",
        # "a Trump aide"), it is not the person they name
        people_noun = coarse_pos(tok) == "NOUN" and (tok.lower_ in T.UNNAMED_NOUNS or human_noun(tok))
        kids = ("appos",) if people_noun else ("appos", "compound")
        candidates = [tok] + [c for c in tok.children if c.dep_ in kids]
        if coarse_pos(tok) == "NOUN":
            # "Chun Hae-sung,\nspokesman for the ministry": a name set off by a
            # comma before its title, which a line break made the parser
            # hang below the title
            left = tok.doc[tok.left_edge.i : tok.i]
            commas = [t for t in left if t.text == ","]
            if commas:
                candidates += [t for t in left if t.i < commas[-1].i and t.ent_type_ == "PERSON"][-1:]
        if tok.lower_ in T.ROLE_NOUNS and tok.tag_ == "NNP":
            # "Ambassador to Peru Andrei Sokolov": the capitalised title heads
            # the phrase, the name closes it ("an official in Vladivostok" is
            # no title of Vladivostok)
            last = self.ents_by_token.get(tok.right_edge.i)
            if last is not None and last.end - 1 == tok.right_edge.i:
                candidates.append(tok.right_edge)
        for t in candidates:
            ent = self.ents_by_token.get(t.i)
            if ent is not None and ent.label_ == "PERSON":
                name = clean_name(ent.text)
                person = self.memory.person_named(name, tok.idx, self.aside) or self.memory.add_person(
                    name, *person_details(ent, self.ents_by_token), tok.idx
                )
                if t is not tok and ent.start > tok.left_edge.i and tok.i < ent.start and not person.role:
                    person.role = description(list(tok.doc[tok.left_edge.i : ent.start]))
                return person
        if coarse_pos(tok) == "PROPN":
            names = [t for t in np_left(tok) if coarse_pos(t) == "PROPN" or t.text == "-" or after_hyphen(t)]
            name = clean_name(tokens_text(names)) if names else tok.text
            ent = self.ents_by_token.get(tok.i)
            if ent is not None and ent.label_ in ("ORG", "GPE") and len(name.split()) > 1:
                return None
            return self.memory.person_named(name, tok.idx, self.aside)
        return None

    def _person_after_title(self, tok: Token) -> Person | None:
        """ "FIEO President A Sakthivel said": a proper name after a
        capitalised title is a person, whatever label the recognizer gave
        the name (an initial included)."""
        if coarse_pos(tok) != "PROPN" or title_noun(tok.lower_) or title_before(tok) is None:
            return None  # "the Deputy PM" is a title, not a name
        ent = self.ents_by_token.get(tok.i)
        title = title_before(tok)
        assert title is not None
        if ent is not None and (ent.label_ == "PERSON" or ent.start <= title.i):
            return None  # a title inside a name is the name's ("General Administration")
        names = list(tok.doc[title.i + 1 : tok.i + 1])
        if not names or not all(t.text[:1].isupper() for t in names):
            return None
        name = clean_name(tokens_text(names))
        return self.memory.person_named(name, tok.idx, self.aside) or self.memory.add_person(
            name, title.text, "", tok.idx
        )

    def _outlet_in_apposition(self, tok: Token) -> Speaker | None:
        """ "the state-run news agency, Agencia X, reports": a name set beside a
        description of a news outlet is that outlet, whatever the recognizer
        took the name for."""
        if coarse_pos(tok) != "NOUN" or not any(t.lower_ in T.MEDIA_NOUNS for t in np_left(tok)):
            return None
        for c in tok.children:
            if c.dep_ == "appos" and coarse_pos(c) == "PROPN":
                names = [t for t in c.subtree if coarse_pos(t) == "PROPN"]
                return Speaker(tokens_text(names), "media")
        return None

    def _named_in_apposition(self, tok: Token) -> Speaker | None:
        """A speaker described and named side by side speaks under its name:
        "another carmaker, Kia, said" is Kia (a description heading the
        subject with a proper name as its apposition); "Lee, deputy head of
        the agency, said" is a person even when the recognizer missed the
        single name (a proper noun whose apposition is headed by a title)."""
        if coarse_pos(tok) == "NOUN" and (title_noun(tok.lower_) or human_noun(tok)):
            # "Lee, undersecretary for X, said" parsed with the title as the
            # subject and the name hung before it
            left = [t for t in tok.doc[tok.left_edge.i : tok.i] if not t.is_space and not t.is_quote]
            comma = next((k for k, t in enumerate(left) if t.text == ","), None)
            names = left[:comma] if comma else []
            if names and all(coarse_pos(t) == "PROPN" and t.ent_type_ in ("", "PERSON") for t in names):
                if all(t.dep_ in ("det", "amod", "compound", "punct") for t in left[comma + 1 :]):
                    name = clean_name(tokens_text(names))
                    role, affiliation = describe_role(tok, self.ents_by_token)
                    role = role.split(", ")[-1]  # the title, not the name before it
                    person = self.memory.person_named(name, tok.idx, self.aside) or self.memory.add_person(
                        name, role, affiliation, tok.idx
                    )
                    return self._person_speaker(person)
        if coarse_pos(tok) == "NOUN":
            for c in tok.children:
                ent = self.ents_by_token.get(c.i)
                if c.dep_ == "appos" and ent is not None and ent.label_ == "ORG" and c.i == ent.end - 1:
                    if outlet_in(ent.text) is not None:
                        return Speaker(self.org_name(ent.text), "media")
                    return Speaker(self.org_name(ent.text), "organization")
            return None
        if coarse_pos(tok) != "PROPN" or tok.ent_type_ or len(np_left(tok)) != 1:
            return None
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and coarse_pos(c) == "NOUN" and not c.ent_type_:
                if title_noun(c.lower_) or human_noun(c):
                    role, affiliation = describe_role(c, self.ents_by_token)
                    person = self.memory.person_named(tok.text, tok.idx, self.aside) or self.memory.add_person(
                        tok.text, role, affiliation, tok.idx
                    )
                    return self._person_speaker(person)
        return None

    def _outlet_near(self, tok: Token) -> str | None:
        """A news outlet named by the subject phrase or its apposition
        ("the U.S.-based media outlet 38 North")."""
        parts = np_left(tok) + [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        parts.sort(key=lambda t: t.i)
        return outlet_in(tokens_text(parts)) if parts else None

    # -- descriptions that refer back -----------------------------------
    def _person_by_title(self, tok: Token, countries: set[str]) -> Mention | None:
        """ "the diplomat" after "Ambassador Andrey Denisov", "the Chinese
        leader" after "President Xi Jinping": the latest person, not named
        only inside someone's words, whose title is of the same kind and of
        no other country."""
        families = role_families(tok.lower_)
        if not families:
            return None
        return self.memory.nearest(
            tok.idx,
            lambda m: (
                m.speaker.kind == "person"
                and not self.aside(m.position)
                and bool(role_families(m.speaker.role) & families)
                and same_country(countries, m.speaker)
            ),
        )

    def _untitled_person(self, tok: Token, countries: set[str]) -> Mention | None:
        """ "The official highlighted ...", "the foreign minister said" where
        no one was given that title: the person last named, when the article
        has given no title for them (it gives one only now). A person last
        named with another title ("analyst Kim") is not "the minister"."""
        if tok.lower_ not in T.ROLE_NOUNS:
            return None  # "the sources", "the two countries" are no one person
        m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind == "person" and not self.aside(m.position))
        if m is None or m.speaker.role or not same_country(countries, m.speaker):
            return None
        return m

    def _last_speaker(self, tok: Token, countries: set[str]) -> Mention | None:
        """ "The expert said" after "Mira Okafor, president of an institute,
        said": a singular title said alone refers to the person who spoke
        last, when no other person was named since; "the source", "the man"
        (no title: someone the text does not name) to the latest unnamed
        one, introduced by an indefinite description ("an employee")."""
        if tok.tag_ != "NN":
            return None
        if tok.lower_ in T.ROLE_NOUNS:
            m = self.memory.nearest(tok.idx, lambda m: m.speaker.kind == "person" and not self.aside(m.position))
            if m is None or not m.spoke or not same_country(countries, m.speaker):
                return None
            # a title of another kind is someone else ("the analyst" after a
            # minister); whoever heads a body speaks as one of its kind ("the
            # expert" after the president of a research institute)
            held = f"{m.speaker.role} {m.speaker.affiliation}"
            theirs = role_families(held) | {_BODY_KIND[k] for k in org_families(held) if k in _BODY_KIND}
            ours = role_families(tok.lower_)
            return m if not theirs or not ours or theirs & ours else None
        return self.memory.nearest(
            tok.idx,
            lambda m: m.speaker.kind == "unnamed" and not m.speaker.plural and not self.aside(m.position),
        )

    def _person_named_next(self, tok: Token) -> Person | None:
        """A title in the lead ("the Indian Minister of External Affairs")
        whose holder the next paragraph names: the first person named after
        it, no further than the next paragraph, with no title of their own."""
        text = self.doc.text
        later = sorted((p for p in self.memory.people if p.first > tok.idx), key=lambda p: p.first)
        for person in later[:1]:
            if len(re.findall(r"\n\s*", text[tok.idx : person.first])) <= 1 and not person.role:
                return person
        return None

    def _org_by_description(self, position: int, noun: str, bare: bool) -> Speaker | None:
        """ "the ministry" to the ministry that spoke or was named before;
        else a bare "the office", "the regulator" or "the company" to the
        latest organisation of that kind, one that spoke first. A description
        with its own modifiers ("the Chinese government", "the Australian
        treasury") refers back only to a name that holds all its words."""
        spoke = [
            (m.position, m.speaker.name)
            for m in self.memory.mentions
            if m.speaker.kind == "organization" and m.position < position and not self.aside(m.position)
        ]
        named = [(p, n) for p, n in self.orgs if p < position and not self.aside(p)]
        for pool in (spoke, named):
            found = [(p, n) for p, n in pool if noun in self.full_name(n).lower()]
            if found:
                return Speaker(max(found)[1], "organization")
        families = org_families(noun)
        if not families or not bare:
            return None
        for pool in (spoke, named):
            found = [(p, n) for p, n in pool if org_families(self.full_name(n)) & families]
            if found:
                return Speaker(max(found)[1], "organization")
        return None

    def _document(self, tok: Token) -> Speaker | None:
        """The author a document speaks for: "OFAC's web notice", "a report by
        the KDI"; "the report" to the latest report whose author was given."""
        author = document_author(tok, self.ents_by_token)
        if author is not None and author.lower_ not in T.DOCUMENT_NOUNS:
            speaker = self.speaker(author)
            if speaker is not None and speaker.kind in ("organization", "person", "media"):
                self.documents.append((tok.idx, tok.lower_, speaker))
                return replace(speaker)
        if is_definite(tok):
            found = [(p, n, s) for p, n, s in self.documents if p < tok.idx and n == tok.lower_]
            if found:
                return replace(max(found, key=lambda d: d[0])[2])
        return None

    def note_documents(self, cue: Token, speaker: Speaker) -> None:
        """ "the KDI said in a report": the report is the KDI's, for a later
        "the report read"."""
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.lower_ in T.DOCUMENT_NOUNS:
                        self.documents.append((pobj.idx, pobj.lower_, speaker))


# the kind of person who heads or works for a kind of body
_BODY_KIND = {"public": "official", "research": "expert", "firm": "business"}
