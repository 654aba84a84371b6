"""Names, roles and affiliations: a person's name cleaned of honorifics, the
role and organisation an apposition or title gives them, descriptions of
unnamed sources, and the news outlets the table knows."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from extractor.quotes import _tables as T
from extractor.quotes.tokens import coarse_pos, np_left, phrase_to_comma, tokens_text


def clean_name(text: str) -> str:
    """A person's name without honorifics, a title the recogniser took in,
    possessive or stray punctuation.

    >>> clean_name("Mr. Ward's")
    'Ward'
    >>> clean_name("Lim Eul-chul")
    'Lim Eul-chul'
    >>> clean_name("Governor Rhee Chang-yong")
    'Rhee Chang-yong'
    >>> clean_name("BPS chief Suhariyanto")
    'Suhariyanto'
    """
    text = re.sub(r"(?:'s|\u2019s|')$", "", text.strip())
    words = text.split()
    while words and words[0].lower() in T.HONORIFICS:
        words = words[1:]
    # a title glued to the name ("Governor Rhee"), not one with its own
    # phrase ("President of China Xi Jinping" stays whole)
    while len(words) > 1 and words[0].lower() in T.ROLE_NOUNS and words[1][:1].isupper():
        words = words[1:]
    # a title in lower case inside the span ("BPS chief Suhariyanto") is no
    # part of a name: the name is what follows it
    cut = [k for k, w in enumerate(words[:-1]) if w in T.ROLE_NOUNS and words[k + 1][:1].isupper()]
    if cut:
        words = words[cut[-1] + 1 :]
    return " ".join(words).strip(" ,.;:")


def strip_the(text: str) -> str:
    """
    >>> strip_the("the Sejong Institute")
    'Sejong Institute'
    """
    text = text.strip(" ,;:")
    return re.sub(r"^(?:the|The)\s+", "", text)


def gender_of_honorific(text: str) -> str:
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    return {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "madam": "f"}.get(first, "")


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


def affiliation_from_preps(tok: Token, ents_by_token: dict[int, Span]) -> str:
    """ "at the Sejong Institute" / "of Kyungnam University" → the pobj's text."""
    prep = _affiliation_prep(tok, ents_by_token)
    if prep is None:
        return ""
    pobj = next(c for c in prep.children if c.dep_ == "pobj")
    return strip_the(_np_text_to_comma(pobj))


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
    return tokens_text(out)


def describe_role(tok: Token, ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """(role, affiliation) of a description noun: "a North Korean economy
    expert at the Sejong Institute" → ("a North Korean economy expert",
    "Sejong Institute"); "a professor of economics at X" keeps "of
    economics" in the role."""
    left = np_left(tok)
    prep = _affiliation_prep(tok, ents_by_token)
    affiliation = ""
    if prep is not None:
        pobj = next(c for c in prep.children if c.dep_ == "pobj")
        affiliation = strip_the(_np_text_to_comma(pobj))
        role_toks = list(tok.doc[left[0].i if left else tok.i : prep.i]) if left else [tok]
    else:
        role_toks = left
        nxt = tok.i + 1
        if nxt < len(tok.doc) and tok.doc[nxt].dep_ == "prep" and tok.doc[nxt].head.i == tok.i:
            if tok.doc[nxt].lower_ in ("of", "on", "in"):
                role_toks = list(tok.doc[left[0].i if left else tok.i : tok.i + 1]) + phrase_to_comma(tok.doc[nxt])
    role_toks = [t for t in role_toks if not t.is_space]
    while role_toks and role_toks[-1].is_punct:
        role_toks.pop()
    # "a KITA analyst": an organisation named inside the role is the affiliation
    role, inner = _split_org_prefix(role_toks, ents_by_token)
    return role, affiliation or inner


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
                return description(rest), strip_the(first.text)
    return description(toks), ""


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
    if (
        not role
        and root.dep_ == "appos"
        and root.head.i < ent.start
        and coarse_pos(root.head) == "NOUN"
        and (root.head.lower_ in T.ROLE_NOUNS | T.UNNAMED_NOUNS or human_noun(root.head))
    ):  # "a professor, Lim"; not "the two countries, Minister Galushka" (a misparse)
        role, affiliation = describe_role(root.head, ents_by_token)
    if not role:
        prefix = [t for t in ent.doc[root.left_edge.i : ent.start] if not t.is_space]
        while prefix and (prefix[0].dep_ == "det" or prefix[0].is_punct):
            prefix = prefix[1:]
        if prefix and any(coarse_pos(t) in ("NOUN", "PROPN") and ents_by_token.get(t.i) is None for t in prefix):
            if (
                _title_with_prep(prefix)
                or prefix[-1].lower_ in T.ROLE_NOUNS | T.UNNAMED_NOUNS
                or coarse_pos(prefix[-1]) == "NOUN"
            ):
                if not any(t.is_punct and t.text not in ("-", ".", "'s") for t in prefix):
                    role, inner = _split_org_prefix(prefix, ents_by_token)
                    affiliation = affiliation or inner
    if not role:
        for child in root.children:
            if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in child.children):
                role, affiliation = _relcl_role(child, ents_by_token)
                break
    if not affiliation:
        affiliation = affiliation_from_preps(root, ents_by_token)
    return role, affiliation


def _title_with_prep(prefix: list[Token]) -> bool:
    """A title before a name that ends in its own prepositional phrase:
    "Russian Ambassador to China (Andrey Denisov)", "President of China (Xi
    Jinping)"."""
    for k in range(len(prefix) - 2, -1, -1):
        title = prefix[k]
        if title.lower_ in T.ROLE_NOUNS and prefix[k + 1].dep_ == "prep" and prefix[k + 1].head.i == title.i:
            prep_span = {t.i for t in prefix[k + 1].subtree}
            return all(t.i in prep_span for t in prefix[k + 1 :])
    return False


def _relcl_role(verb: Token, ents_by_token: dict[int, Span]) -> tuple[str, str]:
    """ "who heads the research team at KDI" → ("head of the research team",
    "KDI"); "who is a fellow at X" → ("a fellow", "X")."""
    if verb.lower_ in T.HEADING_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            affiliation = affiliation_from_preps(obj, ents_by_token) or affiliation_from_preps(verb, ents_by_token)
            obj_toks = np_left(obj)
            return f"{T.HEADING_VERBS[verb.lower_]} of {tokens_text(obj_toks)}", affiliation
    if verb.lower_ in ("is", "was", "'s"):
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None:
            return describe_role(attr, ents_by_token)
    return "", affiliation_from_preps(verb, ents_by_token)


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


def described_as_person(ent: Span) -> bool:
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


def description(toks: list[Token]) -> str:
    """A description (an unnamed source, a role) as written, with a capital
    the sentence start gave it undone: "A ministry official" → "a ministry
    official", "Customs spokesman" → "customs spokesman"; "Chinese traders"
    keeps its capital."""
    text = tokens_text(toks)
    if not toks or not toks[0].is_sent_start:
        return text
    head = toks[0]
    common = coarse_pos(head) in ("DET", "ADJ", "NUM", "NOUN") and not head.ent_type_
    if common or head.lower_ in T.ORG_NOUNS | T.ROLE_NOUNS:
        first = head.text
        if first[:1].isupper() and (len(first) == 1 or first[1:].islower()):
            text = text[0].lower() + text[1:]
    return text


def human_noun(tok: Token) -> bool:
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


def org_description(tok: Token) -> str:
    """An organisation described rather than named, without a leading
    article, with its "of" phrase: "An association of Kaesong tenant firms"
    → "association of Kaesong tenant firms"."""
    toks = np_left(tok)
    while toks and toks[0].dep_ == "det" and toks[0].lower_ in ("a", "an", "the"):
        toks = toks[1:]
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "of" and tok.doc[nxt].head.i == tok.i:
        toks = toks + phrase_to_comma(tok.doc[nxt])
    return tokens_text(toks) if toks else tok.text


def clean_possessive(text: str) -> str:
    return re.sub(r"(?:'s|\u2019s)$", "", text)


@functools.lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    names = sorted(T.NEWS_OUTLETS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def find_outlets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every news outlet the table knows in ``text``.

    >>> find_outlets("NK News and Reuters reported it.")
    [(0, 7, 'NK News'), (12, 19, 'Reuters')]
    """
    return [(m.start(), m.end(), m.group(0)) for m in outlet_pattern().finditer(text)]


def outlet_in(text: str) -> str | None:
    """
    >>> outlet_in("the U.S.-based media outlet 38 North")
    '38 North'
    >>> outlet_in("Yonhap News Agency") , outlet_in("an expert")
    ('Yonhap News Agency', None)
    """
    m = outlet_pattern().search(text)
    return m.group(0) if m else None
