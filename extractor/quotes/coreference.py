"""The article's memory of who was mentioned (people, and every speaker met
so far), for resolving "he", "the outlet", "the professor" and surname-only
names; and the ``Speaker`` value object."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Speaker:
    name: str
    kind: str  # person | organization | media | unnamed | data
    role: str = ""
    affiliation: str = ""
    plural: bool = False
    described: bool = False  # "a civic group": an organisation described, not named


@dataclass(slots=True)
class Person:
    name: str
    first: int = 0  # where the article first names this person
    role: str = ""
    affiliation: str = ""
    gender: str = ""  # "m", "f" or unknown

    @property
    def parts(self) -> list[str]:
        return [p.lower() for p in self.name.split()]


@dataclass(slots=True)
class Mention:
    position: int
    speaker: Speaker
    person: Person | None = None
    spoke: bool = False  # the subject of a reporting verb, not only named


@dataclass
class Memory:
    """Who the article has mentioned so far, for resolving "he", "the
    outlet", "the professor" and surname-only names. Built per Doc."""

    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def person_named(self, name: str, before: int | None = None, aside=None) -> Person | None:
        """The person a full or partial name refers to: the latest one named
        before ``before`` (else anywhere) whose name agrees. People first
        named only in passing (``aside(position)`` is true: inside someone's
        quoted words) come after the others: in "... the statue of Kim
        Il-sung, Kim said" the speaker is the Kim who has been talking."""
        parts = [p.lower() for p in name.split()]
        if not parts:
            return None
        people = sorted(self.people, key=lambda p: p.first, reverse=True)
        if before is not None:
            people = [p for p in people if p.first <= before] + [p for p in people if p.first > before]
        if aside is not None:
            people = [p for p in people if not aside(p.first)] + [p for p in people if aside(p.first)]
        for person in people:
            if person.parts == parts:
                return person
        if len(parts) == 1:
            for person in people:
                if parts[0] in person.parts or any(parts[0] == x for p in person.parts for x in p.split("-")):
                    return person
            for person in people:
                if any(_misspelt(parts[0], p) for p in person.parts):
                    return person
        return None

    def add_person(self, name: str, role: str, affiliation: str, position: int) -> Person:
        person = self.person_named(name, position)
        if person is None:
            person = Person(name, position, role, affiliation)
            self.people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name  # a full name after a surname-first mention
        if not person.role and role:
            person.role = role
        if not person.affiliation and affiliation:
            person.affiliation = affiliation
        return person

    def remember(self, position: int, speaker: Speaker, person: Person | None = None, spoke: bool = False) -> None:
        self.mentions.append(Mention(position, speaker, person, spoke))

    def nearest(self, position: int, accept) -> Mention | None:
        best: Mention | None = None
        for m in self.mentions:
            if m.position < position and accept(m) and (best is None or m.position >= best.position):
                best = m
        return best


def _misspelt(word: str, name_part: str) -> bool:
    """A surname spelt differently later in the text ("Galushko" for
    "Galushka"): same length, same first three letters, one letter apart.

    >>> _misspelt("galushko", "galushka"), _misspelt("kim", "kin"), _misspelt("park", "pack")
    (True, False, False)
    """
    if len(word) < 5 or len(word) != len(name_part) or word[:3] != name_part[:3]:
        return False
    return sum(a != b for a, b in zip(word, name_part, strict=True)) == 1
