"""The quote engine's memory of who was mentioned (extractor.quotes.coreference),
called directly, no model. Names are invented."""

from extractor.quotes.coreference import Memory, Speaker


def test_a_surname_finds_the_person_named_in_full():
    memory = Memory()
    memory.add_person("Mira Okafor", "economist", "Hanseo Institute", 10)
    person = memory.person_named("Okafor", before=200)
    assert person is not None and person.name == "Mira Okafor"
    assert person.role == "economist" and person.affiliation == "Hanseo Institute"


def test_a_hyphenated_given_name_part_finds_its_person():
    memory = Memory()
    memory.add_person("Lee Tae-won", "", "", 5)
    assert memory.person_named("won").name == "Lee Tae-won"


def test_the_latest_person_named_before_wins():
    memory = Memory()
    memory.add_person("Anna Berg", "", "", 10)
    memory.add_person("Lars Berg", "", "", 300)
    assert memory.person_named("Berg", before=100).name == "Anna Berg"
    assert memory.person_named("Berg", before=400).name == "Lars Berg"


def test_a_later_mention_completes_the_role_it_lacked():
    memory = Memory()
    memory.add_person("Mira Okafor", "", "", 10)
    person = memory.add_person("Okafor", "director", "Hanseo Institute", 50)
    assert len(memory.people) == 1 and person.name == "Mira Okafor"
    assert (person.role, person.affiliation) == ("director", "Hanseo Institute")
    memory.add_person("Okafor", "adviser", "", 90)
    assert person.role == "director"  # the first role stated stays


def test_nearest_mention_before_a_position():
    memory = Memory()
    a, b = Speaker("Anna Berg", "person"), Speaker("Customs office", "organization")
    memory.remember(10, a)
    memory.remember(50, b)
    assert memory.nearest(60, lambda m: True).speaker is b
    assert memory.nearest(60, lambda m: m.speaker.kind == "person").speaker is a
    assert memory.nearest(10, lambda m: True) is None
