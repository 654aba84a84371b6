"""Words of stated changes and their sign (private: use ``extractor.normalize.changes``)."""

# Change wording: verbs/nouns and their sign.
UP_WORDS = r"rose|rise|rising|risen|increased?|increasing|grew|grow(?:n|ing|th)?|jumped?|jump|surged?|climbed?|gained?|gains?|expanded?|expansion|up|higher|more|advanced|soared?|rebounded?|spiked?|added|leapt|leaped|hike|skyrocketed|rocketed|swelled|accelerated|widened|widening|rising|climbing|jumping|surging|growing|gaining|soaring|expanding|above|ahead"
DOWN_WORDS = r"fell|fall(?:en|ing)?|dropped|drops?|declined?|declining|decreased?|decreasing|slid|slipped|plunged?|plummeted|down|lower|less|shrank|shrunk|shrinking|contracted|contraction|tumbled?|sank|dipped|dips?|slumped?|eased|retreated|slowed|lost|collapsed|nosedived|crashed|sagged|dwindled|narrowed|narrowing|dropping|falling|sliding|slipping|plunging|sinking|tumbling|below|behind"
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
}
