"""The facts engine's discourse state (extractor.facts.discourse): its update
rules called directly, no model. Sentences are ours."""

from decimal import Decimal

from extractor.facts.discourse import DiscourseState, main_fact, next_focus
from extractor.facts.records import FoundFact
from extractor.normalize.periods import Period, find_period_mentions

APRIL = Period.of_month(2025, 4)
MARCH = Period.of_month(2025, 3)
Y2025 = Period.of_year(2025)


def fact(economy="KOR", partner="CHN", flow="export", period=APRIL) -> FoundFact:
    return FoundFact(0, Decimal(1), "USD", flow, economy, partner, period)


def periods_of(raw: str, *resolved: Period | None):
    """The sentence's period mentions, paired with the periods we say they resolve to."""
    mentions = find_period_mentions(raw)
    assert len(mentions) == len(resolved), mentions
    return list(zip(mentions, resolved, strict=True))


# ------------------------------------------------------------------ focus
def test_a_sentence_opening_with_its_period_sets_the_focus():
    raw = "In March 2025, exports rose to $5 billion."
    assert next_focus(APRIL, raw, periods_of(raw, MARCH), [fact(period=MARCH)]) == MARCH


def test_a_period_later_in_a_sentence_moves_the_focus_only_forward():
    raw = "Exports are still below the $6 billion recorded in March 2025."
    assert next_focus(APRIL, raw, periods_of(raw, MARCH), [fact(period=APRIL)]) == APRIL


def test_a_period_no_figure_took_does_not_move_the_focus():
    raw = "Exports reached $5 billion, ahead of a goal set for 2025."
    assert next_focus(MARCH, raw, periods_of(raw, Y2025), [fact(period=MARCH)]) == MARCH


def test_a_look_back_in_the_past_perfect_keeps_the_focus():
    raw = "In March 2025 they had amounted to only $194 million."
    assert next_focus(APRIL, raw, periods_of(raw, MARCH), [fact(period=MARCH)]) == APRIL


def test_a_month_alone_inside_the_year_in_focus_is_an_aside():
    raw = "In April 2025 alone, exports came to $2 billion."
    assert next_focus(Y2025, raw, periods_of(raw, APRIL), [fact(period=APRIL)]) == Y2025


def test_without_a_period_the_first_facts_period_becomes_the_focus():
    raw = "Exports came to $2 billion."
    assert next_focus(None, raw, [], [fact(period=APRIL)]) == APRIL
    assert next_focus(MARCH, raw, [], [fact(period=APRIL)]) == MARCH


def test_a_later_period_in_a_sentence_about_no_flow_keeps_the_focus():
    # the bug: a background sentence (no flow word, no figure) moved the focus
    # to its month, and the next bare "Exports rose …" took that month
    raw = "The new tariffs on steel took effect in April 2025 after long talks."
    assert next_focus(MARCH, raw, periods_of(raw, APRIL), [], about_trade=False) == MARCH
    assert next_focus(MARCH, raw, periods_of(raw, APRIL), [], about_trade=True) == APRIL


def test_a_sentence_about_no_flow_that_opens_with_its_period_moves_the_focus():
    raw = "April 2025 itself was quiet."
    assert next_focus(MARCH, raw, periods_of(raw, APRIL), [], about_trade=False) == APRIL


def test_an_anaphoric_or_base_period_leaves_the_focus():
    raw = "Exports rose 3 percent from a year earlier."
    pairs = [(pm, None) for pm in find_period_mentions(raw)]
    assert next_focus(APRIL, raw, pairs, []) == APRIL


# ------------------------------------------------------------------ memory
def test_the_main_fact_is_the_last_unless_it_has_no_owner():
    a, b = fact(economy="KOR"), fact(economy="")
    assert main_fact([a, b]) is a
    assert main_fact([b, a]) is a
    assert main_fact([fact(), b := fact(economy="JPN")]) is b


def test_end_sentence_keeps_the_facts_and_the_sentence():
    state = DiscourseState()
    facts = [fact()]
    state.end_sentence(120, 3, "Exports came to $2 billion.", [], facts)
    assert state.prev_sentence_start == 120
    assert state.last_fact is facts[0] and state.last_fact_sentence == 3
    assert state.last_sentence_facts == facts and state.focus == APRIL


def test_a_sentence_without_facts_keeps_the_last_fact():
    state = DiscourseState()
    first = fact()
    state.end_sentence(0, 0, "Exports came to $2 billion.", [], [first])
    state.end_sentence(30, 1, "Officials welcomed the news.", [], [])
    assert state.last_fact is first and state.last_fact_sentence == 0
    assert state.last_sentence_facts == [first] and state.prev_sentence_start == 30


def test_note_fact_remembers_both_sides_of_a_named_pair():
    state = DiscourseState()
    state.note_fact(fact("KOR", "CHN"), 4)
    assert state.recent_partner == {"KOR": ("CHN", 4), "CHN": ("KOR", 4)}
    assert state.owners["KOR"] == 1


def test_note_fact_keeps_trade_with_the_world_apart():
    state = DiscourseState()
    state.note_fact(fact("KOR", "W00"), 5)
    assert state.recent_world == {"KOR": 5} and state.recent_partner == {}


def test_note_fact_does_not_learn_from_a_balance_or_an_inferred_partner():
    state = DiscourseState()
    state.note_fact(fact("KOR", "CHN", flow="balance"), 1)
    state.note_fact(fact("JPN", "USA"), 2, partner_inferred=True)
    assert state.recent_partner == {} and state.recent_world == {}
    assert state.owners == {"KOR": 1, "JPN": 1}


def test_the_protagonist_is_the_most_frequent_owner_else_the_most_named():
    state = DiscourseState()
    assert state.protagonist(["CHN", "KOR"]) == "CHN"
    assert state.protagonist(["CHN", "KOR"], exclude="CHN") == "KOR"
    state.owners.update({"KOR": 2, "W00": 5})
    assert state.protagonist(["CHN"]) == "KOR"
    assert state.protagonist(["CHN"], exclude="KOR") == "CHN"


def test_the_focus_pair_is_the_last_facts_for_two_sentences():
    state = DiscourseState()
    assert state.focus_pair(0) is None
    state.end_sentence(0, 2, "Exports to China came to $2 billion.", [], [fact("KOR", "CHN")])
    assert state.focus_pair(4) == ("KOR", "CHN")
    assert state.focus_pair(5) is None
    state.end_sentence(40, 5, "Overall exports came to $9 billion.", [], [fact("KOR", "W00")])
    assert state.focus_pair(5) is None
