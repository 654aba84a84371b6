"""Words of stated changes and their sign (private: use ``extractor.normalize.changes``)."""

from extractor.normalize._regex import word_alternation


def _forms(*verbs: str) -> list[str]:
    """Every inflection of regular verbs: "plummet" gives plummet, plummets,
    plummeted, plummeting. Journalists pick any tense and any verb of a
    family, so the table lists lemmas, not the forms one corpus happened to use."""
    out = []
    for v in verbs:
        if v.endswith("e"):
            out += [v, v + "s", v + "d", v[:-1] + "ing"]
        elif v.endswith("y") and v[-2] not in "aeiou":
            out += [v, v[:-1] + "ies", v[:-1] + "ied", v + "ing"]
        elif v.endswith(("sh", "ch", "s", "x")):
            out += [v, v + "es", v + "ed", v + "ing"]
        elif v in _DOUBLED:
            out += [v, v + "s", v + v[-1] + "ed", v + v[-1] + "ing"]
        else:
            out += [v, v + "s", v + "ed", v + "ing"]
    return out


# Short verbs that double their last consonant: "slipped", "dipping".
_DOUBLED = {"slip", "dip", "drop", "skid", "slim", "top", "trim", "sag", "stop", "shed"}

_UP_VERBS = _forms(
    "increase", "jump", "surge", "climb", "gain", "expand", "advance", "soar", "rebound", "spike", "add",
    "leap", "skyrocket", "rocket", "swell", "accelerate", "widen", "balloon", "boom", "improve",
    "hike", "grow", "rise",
)  # fmt: skip
_UP_IRREGULAR = ["rose", "risen", "grew", "grown", "growth", "leapt", "swollen", "expansion"]
_DOWN_VERBS = _forms(
    "drop", "decline", "decrease", "slip", "plunge", "plummet", "contract", "tumble", "dip", "slump",
    "ease", "retreat", "slow", "collapse", "nosedive", "crash", "sag", "dwindle", "narrow", "skid",
    "tank", "shed", "dive", "fall", "shrink", "sink", "slide", "lose", "weaken", "slacken", "erode",
)  # fmt: skip
_DOWN_IRREGULAR = ["fell", "fallen", "shrank", "shrunk", "sank", "sunk", "slid", "lost", "dove", "contraction"]


def _alternation(words: list[str]) -> str:
    # longest first, so "increased" is not cut to "increase" (a prefix trie)
    return word_alternation(words, escape=False)


# Change wording: verbs/nouns and their sign.
UP_WORDS = _alternation(_UP_VERBS + _UP_IRREGULAR + ["up", "higher", "more", "above", "ahead"])
DOWN_WORDS = _alternation(_DOWN_VERBS + _DOWN_IRREGULAR + ["down", "lower", "less", "below", "behind"])
CHANGE_QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than",
    "at least": "more than", "nearly": "nearly", "almost": "nearly", "about": "about",
    "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "less than": "less than", "under": "less than", "just under": "nearly",
}  # fmt: skip
MULTIPLES = {
    "doubled": 100.0,
    "tripled": 200.0,
    "trebled": 200.0,
    "quadrupled": 300.0,
    "halved": -50.0,
    "halve": -50.0,
    "halves": -50.0,
    "halving": -50.0,
}
# Spelled-out numbers as broadcast copy writes them ("eight-point-two percent").
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
    r"|zero|one|two|three|four|five|six|seven|eight|nine)"
)
DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
