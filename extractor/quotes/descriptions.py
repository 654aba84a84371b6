"""What a description or a short name refers back to: "the diplomat" to the
ambassador named before, "the office" to the trade department that spoke,
"the report" to the institute that wrote it, "KDI" to the Korea Development
Institute the text spelled out once. Pure functions over text and tokens;
the ``Resolver`` keeps the article's state."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.normalize.countries import find_economies
from extractor.quotes import _tables as T
from extractor.quotes.coreference import Speaker
from extractor.quotes.roles import human_noun
from extractor.quotes.tokens import coarse_pos


def role_families(text: str) -> set[str]:
    """Kinds of person a role or a title names: "Russian Ambassador to China"
    and "the diplomat" are both ``official``.

    >>> sorted(role_families("Russian presidential aide"))
    ['official']
    >>> sorted(role_families("a senior economist"))
    ['expert']
    """
    return _families(text, T.ROLE_FAMILIES)


def org_families(text: str) -> set[str]:
    """Kinds of organisation a name or a noun names.

    >>> sorted(org_families("State Administration for Market Regulation"))
    ['public']
    >>> sorted(org_families("Hanbit Steel Co."))
    ['firm']
    """
    return _families(text, T.ORG_FAMILIES)


def _families(text: str, table: dict[str, frozenset[str]]) -> set[str]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return {family for family, nouns in table.items() if words & nouns}


# "Full Name (ACR)"; the name is cut to the words the letters stand for.
_ACRONYM = re.compile(
    r"((?:[A-Z][\w.'\u2019&-]*|of|and|for|on|the)(?:,?[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|and|for|on|the|&))*)"
    r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)"
)


# "Full Name, or ACR,": the same spelled out in a parenthetical "or"
_OR_ACRONYM = re.compile(
    _ACRONYM.pattern.replace(r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)", r",[ \t]+or[ \t]+([A-Z][A-Z&]{1,9})\b")
)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out once, to the name they stand for.

    >>> acronyms("the Korea Development Institute (KDI) said")
    {'KDI': 'Korea Development Institute'}
    >>> acronyms("the Treasury's Office of Foreign Assets Control (OFAC)")
    {'OFAC': 'Office of Foreign Assets Control'}
    >>> acronyms("Ministry of Trade, Industry and Energy (MOTIE)")
    {'MOTIE': 'Ministry of Trade, Industry and Energy'}
    >>> acronyms("the Office for Coastal Shipping Affairs, or OCSA, said")
    {'OCSA': 'Office for Coastal Shipping Affairs'}
    """
    out: dict[str, str] = {}
    for m in [*_ACRONYM.finditer(text), *_OR_ACRONYM.finditer(text)]:
        name = _name_for(m.group(1), m.group(2))
        if name and m.group(2) not in out:
            out[m.group(2)] = name
    return out


def _name_for(phrase: str, acronym: str) -> str:
    """The longest tail of ``phrase`` that starts with the acronym's first
    letter and holds its letters in order."""
    words = phrase.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if not words[k][:1].isupper() or words[k][0].lower() != acronym[0].lower():
            continue
        if len(words) - k >= 2 and _letters_in_order(acronym.lower(), tail.lower()):
            return re.sub(r"^(?:the|The)\s+", "", tail).strip(" ,")
    return ""


def _letters_in_order(letters: str, text: str) -> bool:
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def named_in_full(name: str, aliases: dict[str, str]) -> str:
    """An organisation the text spelled out with its acronym, named by both
    wherever either is used: the spelled-out name is what a reader knows it
    by, the acronym what the article calls it later (annotators keep one or
    the other).

    >>> named_in_full("KDI", {"KDI": "Korea Development Institute"})
    'Korea Development Institute (KDI)'
    >>> named_in_full("Korea Development Institute", {"KDI": "Korea Development Institute"})
    'Korea Development Institute (KDI)'
    >>> named_in_full("Hanbit Steel", {"KDI": "Korea Development Institute"})
    'Hanbit Steel'
    """
    if name in aliases:
        return f"{aliases[name]} ({name})"
    for short, full in aliases.items():
        if full.lower() == name.lower():
            return f"{name} ({short})"
    return name


def document_author(tok: Token, ents_by_token: dict[int, Span]) -> Token | None:
    """The token naming who wrote a document: "OFAC's web notice", "the KOTRA
    report", "a report by the Korea Development Institute", "the outlook
    report from the Department of Industry", "a statement from the ministry"."""
    for child in tok.children:
        if child.dep_ == "poss" and coarse_pos(child) == "PROPN":
            return child
    for child in tok.children:
        ent = ents_by_token.get(child.i)
        if child.dep_ == "compound" and ent is not None and ent.label_ == "ORG":
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ent = ents_by_token.get(pobj.i)
            if (
                (ent is not None and ent.label_ == "ORG")
                or (coarse_pos(pobj) == "PROPN" and (ent is None or ent.label_ not in ("GPE", "NORP", "DATE")))
                or pobj.lower_ in T.ORG_NOUNS  # "a statement from Peru's foreign ministry"
            ):
                return pobj
    return None


def is_definite(tok: Token) -> bool:
    """ "the office", "this agency", "the Chinese leader"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def description_countries(tok: Token) -> set[str]:
    """Countries a description names around its head noun: "the Chinese
    leader", "the President of China" (its phrase up to a clause)."""
    toks = [t for t in tok.subtree if t.i < tok.i or not t.tag_.startswith("VB")]
    end = next((t.i for t in toks if t.i > tok.i and (t.is_punct or t.dep_ in ("relcl", "acl"))), None)
    words = " ".join(t.text for t in toks if end is None or t.i < end)
    return {m.code for m in find_economies(words)}


def same_country(countries: set[str], speaker: Speaker) -> bool:
    """Whether a person may be the one a description of ``countries`` refers
    to: their title names none of those countries only when it names others.

    >>> same_country({"CHN"}, Speaker("Vladimir Putin", "person", "Russian President"))
    False
    >>> same_country({"CHN"}, Speaker("Xi Jinping", "person", "President")), same_country(set(), Speaker("A", "person"))
    (True, True)
    """
    if not countries:
        return True
    theirs = {m.code for m in find_economies(f"{speaker.role} {speaker.affiliation}")}
    return not theirs or bool(theirs & countries)


def title_noun(noun: str) -> bool:
    """A title, also with a prefix of rank: "undersecretary", "vice-minister".

    >>> title_noun("undersecretary"), title_noun("vice-minister"), title_noun("statistics")
    (True, True, False)
    """
    return re.sub(r"^(?:under|vice-?|deputy-|co-)", "", noun) in T.ROLE_NOUNS


def noun_before_participle(tok: Token) -> Token | None:
    """ "A legal professional specializing in trade said": the tagger took
    the noun for an adjective, so the participle heads the subject; the
    speaker is the word before it."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "det" for c in tok.children) or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.head.i != tok.i or before.dep_ not in ("amod", "compound"):
        return None
    return before if before.lower_ in T.UNNAMED_NOUNS or human_noun(before) else None


def title_words(toks: list[Token]) -> set[str]:
    """The words of a title said alone, abbreviations spelt out: "the Deputy
    PM" gives {"deputy", "prime", "minister"}."""
    return title_words_of(" ".join(t.text for t in toks if t.dep_ != "det" and not t.is_punct))


def title_words_of(text: str) -> set[str]:
    """
    >>> sorted(title_words_of("Russia's Deputy PM"))
    ['deputy', 'minister', 'prime', 'russia']
    """
    words = re.findall(r"[a-z]+", text.lower().replace("\u2019s", "").replace("'s", ""))
    return {w for word in words for w in T.TITLE_ABBREVIATIONS.get(word, (word,))}


def bare(tok: Token) -> bool:
    """A description with nothing but its article (and plain adjectives):
    "the office", "the antitrust regulator"; not "the Australian treasury"."""
    return all(
        t.dep_ == "det" or (t.dep_ == "amod" and not t.ent_type_)
        for t in tok.doc[tok.left_edge.i : tok.i]
        if not t.is_punct
    )


def after_hyphen(tok: Token) -> bool:
    """The lower-case part of a hyphenated given name: "won" in "Seo Jae-won"."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def singular(noun: str) -> str:
    """
    >>> singular("bodies"), singular("agencies"), singular("firms"), singular("ministries")
    ('body', 'agency', 'firm', 'ministry')
    """
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def title_before(tok: Token) -> Token | None:
    """A capitalised title compounded before a name ("FIEO President A Sakthivel")."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper() and title_noun(c.lower_)
        ),
        None,
    )
