"""Context rules, one table per family: for every registered rule, a sentence of our own where
it lets its lexicon term through and one where it blocks it (the same entries match the blocked
sentence once the rule is taken off them, so it is the rule that blocks)."""

from __future__ import annotations

import pathlib
from collections import Counter

import pytest

from framing.loaded_terms import RULES, builtin_lexicon
from framing.loaded_terms.rules import FAMILIES

THROUGH, BLOCKED = True, False

SPEECH = [
    ("speech_verb", THROUGH, "The mayor grumbled that the budget was too small.", "grumbled"),
    ("speech_verb", BLOCKED, "The wind moaned through the empty streets.", "moaned"),
    ("attack_verb", THROUGH, "Teachers lambasted the new exam rules.", "lambasted"),
    ("attack_verb", BLOCKED, "The car slammed into the fence.", "slammed"),
    ("attack_verb", BLOCKED, "Miners blasted a tunnel through the hill.", "blasted"),
    ("speech_verb", THROUGH, "The striker bragged that nobody could stop him.", "bragged"),
]

TARGETS = [
    ("person_object", THROUGH, "Guards beat the prisoners until dawn.", "beat"),
    ("person_object", BLOCKED, "The farm will eliminate waste by next year.", "eliminate"),
    ("dissent_object", THROUGH, "The new law will muzzle the press.", "muzzle the press"),
    ("dissent_object", BLOCKED, "The court quashed the conviction.", "quashed"),
    ("person_modifier", THROUGH, "The police arrested radical students at the gate.", "radical"),
    ("person_modifier", THROUGH, "Officers detained several radical activists.", "radical"),
    ("person_modifier", BLOCKED, "It was an innocent mistake.", "innocent"),
    ("person_target", THROUGH, "These parasites live off the state.", "parasites"),
    ("person_target", BLOCKED, "The farm keeps animals in the barn.", "animals"),
    ("actor_subject", THROUGH, "Critics thundered against the plan.", "thundered"),
    ("actor_subject", BLOCKED, "Heavy lorries thundered through the village.", "thundered"),
    ("actor_subject", BLOCKED, "The trains thundered past the station.", "thundered"),
    ("praised_action", THROUGH, "The mayor praised the decisive response of firefighters.", "decisive"),
    ("praised_action", BLOCKED, "It was the decisive goal of the match.", "decisive"),
    ("alleged_label", THROUGH, "The alleged victims waited outside the court.", "alleged"),
    ("alleged_label", BLOCKED, "The alleged thief was released on bail.", "alleged"),
    ("dangerous_judgement", THROUGH, "The senator called it a dangerous ideology.", "dangerous"),
    ("dangerous_judgement", BLOCKED, "The river is dangerous after heavy rain.", "dangerous"),
    ("person_meltdown", THROUGH, "The coach had a meltdown after the defeat.", "meltdown"),
    ("person_meltdown", BLOCKED, "Investors feared a market meltdown.", "meltdown"),
    ("money_object", THROUGH, "The directors pocketed a £5m payout.", "pocketed"),
    ("money_object", BLOCKED, "She pocketed her keys and left.", "pocketed"),
    ("person_object", BLOCKED, "The new phone will eliminate the need for a charger.", "eliminate"),
    ("dissent_object", THROUGH, "The junta moved to crush the opposition.", "crush the opposition"),
    ("person_target", THROUGH, "He said the protesters were animals.", "animals"),
    ("praised_action", THROUGH, "Voters wanted decisive leadership after the floods.", "decisive"),
    ("alleged_label", THROUGH, "The minister dismissed the alleged abuses as rumours.", "alleged"),
    ("dangerous_judgement", THROUGH, "Critics warned of dangerous rhetoric from the podium.", "dangerous"),
    ("person_meltdown", THROUGH, "The singer's meltdown on stage went viral.", "meltdown"),
    ("money_object", THROUGH, "The bosses trousered millions in bonuses.", "trousered"),
    # offenders as the writer's label, not the law's category or a sentencing sentence
    ("offence_label", THROUGH, "Residents want the offenders who wrecked the playground named.", "offenders"),
    ("offence_label", THROUGH, "These offenders think the estate belongs to them.", "offenders"),
    ("offence_label", BLOCKED, "The scheme pairs first-time offenders with mentors.", "offenders"),
    ("offence_label", BLOCKED, "Young offenders will serve the rest of the term on probation.", "offenders"),
    ("offence_label", BLOCKED, "A repeat offender faces a longer prison term under the guidelines.", "offender"),
]

GRAMMAR = [
    ("attributive", THROUGH, "The punishing schedule exhausted the crew.", "punishing"),
    ("attributive", BLOCKED, "Punishing the workers was wrong.", "punishing"),
    ("not_compound", THROUGH, "Two terrorists were killed in the raid.", "terrorists"),
    ("not_compound", BLOCKED, "The elites debate dominated the show.", "elites"),
    ("not_modifier", THROUGH, "Promoters hyped the fight for months.", "hyped"),
    ("not_modifier", BLOCKED, "The over-hyped product failed in the shops.", "hyped"),
    ("restored_order", THROUGH, "Order was restored after midnight.", "order"),
    ("restored_order", BLOCKED, "The order came from the general.", "order"),
    ("attributive", THROUGH, "The bloody crackdown lasted a week.", "bloody"),
    ("not_compound", BLOCKED, "The elites club met in secret.", "elites"),
    ("not_modifier", BLOCKED, "Fans queued for the much-hyped sequel.", "hyped"),
    ("restored_order", THROUGH, "Calm returned to the streets after the troops moved in.", "calm returned"),
    ("restored_order", THROUGH, "The soldiers restored normality within hours.", "restored normality"),
    ("restored_order", BLOCKED, "The court returned the order to the clerk.", "order"),
]

FIGURATIVE = [
    ("puppet_figurative", THROUGH, "The council is a puppet of the developers.", "puppet"),
    ("puppet_figurative", BLOCKED, "Children watched a puppet show at the festival.", "puppet"),
    ("figurative_cut", THROUGH, "The council slashed the library budget.", "slashed"),
    ("figurative_cut", BLOCKED, "Vandals slashed the tyres of his car.", "slashed"),
    ("figurative_storm", THROUGH, "The remarks caused a firestorm of protest.", "firestorm"),
    ("figurative_storm", BLOCKED, "A firestorm swept through the dry hills.", "firestorm"),
    ("not_physical", THROUGH, "Shareholders approved massive pay rises.", "massive"),
    ("not_physical", BLOCKED, "A massive wave hit the harbour.", "massive"),
    ("figurative_place", THROUGH, "The beach has become an open sewer.", "open sewer"),
    ("figurative_place", BLOCKED, "Workers repaired an open sewer near the school.", "open sewer"),
    ("smear", THROUGH, "Rivals tried to smear his name before the vote.", "smear"),
    ("smear", BLOCKED, "He tried to smear the paint evenly.", "smear"),
    ("figurative_vandalism", THROUGH, "Critics called the new road an act of environmental vandalism.",
     "environmental vandalism"),
    ("figurative_vandalism", BLOCKED, "Vandalism at the bus station cost the council thousands.", "vandalism"),
    ("figurative_starve", THROUGH, "The cuts starve the libraries of staff.", "starve"),
    ("figurative_starve", BLOCKED, "Stray dogs starve in the winter.", "starve"),
    ("figurative_crusade", THROUGH, "The mayor's crusade against plastic bags has divided the town.", "crusade"),
    ("figurative_crusade", BLOCKED, "Historians wrote about the medieval crusade to Jerusalem.", "crusade"),
    ("puppet_figurative", THROUGH, "Critics called the prime minister a puppet of the banks.", "puppet"),
    ("figurative_cut", THROUGH, "Ministers slashed funding for youth clubs.", "slashed"),
    ("figurative_storm", BLOCKED, "The storm flooded the coastal road.", "storm"),
    ("not_physical", BLOCKED, "A massive earthquake struck the coast.", "massive"),
    ("figurative_place", THROUGH, "Locals say the river is like an open sewer.", "open sewer"),
    ("smear", THROUGH, "The leaflets were a smear against the candidate.", "smear"),
    ("figurative_vandalism", THROUGH, "Historians called the sale of the archive cultural vandalism.", "cultural vandalism"),
    ("figurative_starve", THROUGH, "The government is starving the hospitals of money.", "starving"),
    ("figurative_crusade", THROUGH, "The senator launched a crusade against the tech firms.", "crusade"),
    ("figurative_crowd", THROUGH, "A sea of umbrellas filled the plaza as the candidate spoke.", "sea of umbrellas"),
    ("figurative_crowd", THROUGH, "The governor looked out over an ocean of supporters.", "ocean of supporters"),
    ("figurative_crowd", THROUGH, "A forest of raised hands met every question.", "forest of raised hands"),
    ("figurative_crowd", BLOCKED, "Beyond the ridge lay a sea of sand.", "sea of"),
    ("figurative_crowd", BLOCKED, "After the storm the pitch was a sea of mud.", "sea of"),
    ("figurative_crowd", BLOCKED, "The park keeps a forest of oak on its northern edge.", "forest of"),
    ("collective_verdict", THROUGH, "The nation has delivered its verdict on the doubters.", "delivered its verdict"),
    ("collective_verdict", THROUGH, "Once again the voters delivered their verdict at the ballot box.", "delivered their verdict"),
    ("collective_verdict", THROUGH, "The capital delivered its verdict on the reform with a sea of red banners.",
     "delivered its verdict"),
    ("collective_verdict", BLOCKED, "The tribunal delivered its verdict on the appeal.", "delivered its verdict"),
    ("collective_verdict", BLOCKED, "The jury delivered its verdict after two days.", "delivered its verdict"),
    ("collective_verdict", BLOCKED, "The judges delivered their verdict in turn.", "delivered their verdict"),
]

LITERAL_SENSE = [
    ("regime_label", THROUGH, "The regime arrested the editors.", "regime"),
    ("regime_label", BLOCKED, "Under the new training regime, players run daily.", "regime"),
    ("plot_scheme", THROUGH, "Police uncovered a plot to bomb the station.", "plot"),
    ("plot_scheme", BLOCKED, "They bought a plot of land near the river.", "plot"),
    ("lie_claim", THROUGH, "The ministry called the article a fabrication.", "fabrication"),
    ("lie_claim", BLOCKED, "The plant does steel fabrication for ships.", "fabrication"),
    ("not_lottery", THROUGH, "The consultants hit the jackpot with the new contract.", "jackpot"),
    ("not_lottery", BLOCKED, "The casino jackpot reached a record sum.", "jackpot"),
    ("not_legal", THROUGH, "Their claims are pure slander.", "slander"),
    ("not_legal", BLOCKED, "The judge dismissed the slander case.", "slander"),
    ("not_survey", THROUGH, "A self-declared prophet led the group.", "self-declared"),
    ("not_survey", BLOCKED, "In the survey, self-declared independents favoured the plan.", "self-declared"),
    ("regime_label", THROUGH, "The regime banned the opposition paper.", "regime"),
    ("plot_scheme", BLOCKED, "The novel's plot is hard to follow.", "plot"),
    ("lie_claim", THROUGH, "The embassy dismissed the report as a fabrication.", "fabrication"),
    ("not_lottery", THROUGH, "Landlords hit the jackpot with the new rent rules.", "jackpot"),
    ("not_legal", BLOCKED, "The actor sued the magazine for slander.", "slander"),
    ("not_survey", THROUGH, "A self-described patriot led the march.", "self-described"),
]

HIDDEN_HAND = [
    ("steered_from_abroad", THROUGH, "The riots were financed from abroad.", "financed from abroad"),
    ("steered_from_abroad", BLOCKED, "Students from abroad joined the course.", "from abroad"),
    ("affairs_interference", THROUGH, "Beijing condemned interference in its internal affairs.", "interference"),
    ("affairs_interference", BLOCKED, "Mobile phones cause interference with the radio.", "interference"),
    ("funded_by", THROUGH, "Wealthy donors bankrolled the activists.", "bankrolled"),
    ("funded_by", BLOCKED, "A bank bankrolled the new stadium.", "bankrolled"),
    ("anti_country_forces", THROUGH, "Anti-Chinese elements spread the rumours.", "anti-chinese elements"),
    ("anti_country_forces", BLOCKED, "Pro-Russian forces held the city.", "forces"),
    ("foreign_curator", THROUGH, "The activists met their American handlers in Vienna.", "american handlers"),
    ("foreign_curator", BLOCKED, "The gallery curators hung the new paintings.", "curators"),
    ("orchestrated_campaign", THROUGH, "Opponents orchestrated the riots in the capital.", "orchestrated"),
    ("orchestrated_campaign", BLOCKED, "The band orchestrated the song for strings.", "orchestrated"),
    ("steered_from_abroad", THROUGH, "The unrest was orchestrated from abroad, the ministry said.", "orchestrated from abroad"),
    ("affairs_interference", THROUGH, "The ministry denounced foreign interference in domestic affairs.", "interference"),
    ("funded_by", THROUGH, "The campaign was bankrolled by foreign donors.", "bankrolled"),
    ("anti_country_forces", THROUGH, "Officials blamed anti-Russian forces for the protests.", "anti-russian forces"),
    ("foreign_curator", THROUGH, "State television said the bloggers took orders from Western curators.", "western curators"),
    ("orchestrated_campaign", THROUGH, "The government says rivals orchestrated the protests.", "orchestrated"),
]

PARTISAN = [
    ("forced_passage", THROUGH, "The majority jammed through a new voting law.", "jammed through"),
    ("forced_passage", BLOCKED, "Cars jammed the road into town.", "jammed"),
    ("smear_agenda", THROUGH, "He warned of a radical agenda in the schools.", "radical agenda"),
    ("smear_agenda", BLOCKED, "The committee set the agenda for Monday.", "agenda"),
    ("maga_label", THROUGH, "A MAGA senator blocked the bill.", "maga"),
    ("maga_label", BLOCKED, "Fans bought maga hats at the rally.", "maga"),
    ("maga_label", BLOCKED, "The shop sold maga caps and flags.", "maga"),
    ("lie_accusation", THROUGH, "Voters are tired of his lies.", "lies"),
    ("lie_accusation", BLOCKED, "The village lies in a valley.", "lies"),
    ("stolen_election", THROUGH, "They claimed the vote was stolen.", "stolen"),
    ("stolen_election", BLOCKED, "Thieves had stolen the painting.", "stolen"),
    ("migration_magnet", THROUGH, "Critics say the benefits make the country a magnet for asylum seekers.", "magnet"),
    ("migration_magnet", BLOCKED, "The new park is a magnet for families.", "magnet"),
    ("welfare_handout", THROUGH, "The party promised to end handouts to illegal migrants.", "handouts"),
    ("welfare_handout", BLOCKED, "Reporters got a press handout at the door.", "handout"),
    ("forced_passage", THROUGH, "The party rammed the bill through parliament overnight.", "rammed"),
    ("smear_agenda", THROUGH, "The governor attacked the woke agenda of the universities.", "woke agenda"),
    ("lie_accusation", THROUGH, "Voters have had enough of the mayor's lies about the budget.", "lies"),
    ("stolen_election", THROUGH, "Protesters chanted that the election was stolen.", "stolen"),
    ("migration_magnet", THROUGH, "The mayor said free housing is a magnet for illegal immigrants.", "magnet"),
    ("welfare_handout", THROUGH, "The candidate mocked government handouts to the unemployed.", "handouts"),
]

CONFLICT = [
    ("military_occupier", THROUGH, "The occupiers shelled the bridge with artillery.", "occupiers"),
    ("military_occupier", BLOCKED, "The occupiers of the factory went home.", "occupiers"),
    ("crowd_criminals", THROUGH, "A gang of criminals attacked the rally.", "criminals"),
    ("crowd_criminals", BLOCKED, "The criminals were sentenced to ten years.", "criminals"),
    ("state_militants", THROUGH, "Militants of the Kyiv regime fired on the town.", "militants"),
    ("state_militants", BLOCKED, "Militants attacked a checkpoint near the border.", "militants"),
    ("genocide_pretext", THROUGH, "The army said it acted to save civilians from genocide.", "genocide"),
    ("genocide_pretext", BLOCKED, "The tribunal convicted him of genocide.", "genocide"),
    ("not_special_forces", THROUGH, "The president announced a special operation in the east.", "special operation"),
    ("not_special_forces", BLOCKED, "Special operation units raided the house.", "special operation"),
    ("military_occupier", THROUGH, "The Russian occupiers shelled the village overnight.", "occupiers"),
    ("crowd_criminals", THROUGH, "The minister said a handful of criminals had hijacked the protest.", "handful of criminals"),
    ("state_militants", THROUGH, "The agency said militants of the Kyiv regime shelled a school.", "militants"),
    ("genocide_pretext", THROUGH, "Troops were sent to protect the people from genocide.", "genocide"),
    ("not_special_forces", BLOCKED, "The special operation forces secured the airport.", "special operation"),
]

#: family name -> its table
TABLES = {
    "speech": SPEECH, "targets": TARGETS, "grammar": GRAMMAR, "figurative": FIGURATIVE,
    "literal_sense": LITERAL_SENSE, "hidden_hand": HIDDEN_HAND, "partisan": PARTISAN, "conflict": CONFLICT,
}


def check_rule(parsed, rule_matches, family, rule, through, sentence, word):
    assert RULES[rule].family == family, f"{rule} is registered in family {RULES[rule].family!r}"
    p = parsed(sentence)
    if through:
        assert word in rule_matches(p, rule), f"{rule} should let {word!r} through: {rule_matches(p, rule)}"
    else:
        assert word in rule_matches(p, rule, applied=False), f"without {rule} the lexicon should match {word!r}"
        assert rule_matches(p, rule) == [], f"{rule} should block {word!r}"


def _params(table):
    return [pytest.param(*row, id=f"{row[0]}-{'through' if row[1] else 'blocked'}-{n}") for n, row in enumerate(table)]


@pytest.mark.parametrize("rule,through,sentence,word", _params(SPEECH))
def test_speech_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "speech", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(TARGETS))
def test_target_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "targets", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(GRAMMAR))
def test_grammar_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "grammar", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(FIGURATIVE))
def test_figurative_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "figurative", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(LITERAL_SENSE))
def test_literal_sense_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "literal_sense", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(HIDDEN_HAND))
def test_hidden_hand_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "hidden_hand", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(PARTISAN))
def test_partisan_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "partisan", rule, through, sentence, word)


@pytest.mark.parametrize("rule,through,sentence,word", _params(CONFLICT))
def test_conflict_rules(parsed, rule_matches, rule, through, sentence, word):
    check_rule(parsed, rule_matches, "conflict", rule, through, sentence, word)


# ---------------------------------------------------------------- the registry


def test_every_registered_rule_has_a_row_each_way():
    rows = [row for table in TABLES.values() for row in table]
    through = {rule for rule, ok, _, _ in rows if ok}
    blocked = {rule for rule, ok, _, _ in rows if not ok}
    assert not set(RULES) - through, f"rules with no sentence they let through: {sorted(set(RULES) - through)}"
    assert not set(RULES) - blocked, f"rules with no sentence they block: {sorted(set(RULES) - blocked)}"
    assert not (through | blocked) - set(RULES), "the tables name rules that are not registered"


def test_every_rule_has_three_sentences_of_its_own_both_ways():
    # the issue: a rule names the family it covers, with at least three test sentences of our
    # own (at least one it lets through and one it blocks)
    rows = [row for table in TABLES.values() for row in table]
    count = Counter(rule for rule, _, _, _ in rows)
    short = sorted(rule for rule in RULES if count[rule] < 3)
    assert not short, f"rules with fewer than three test sentences: {short}"


def test_rule_sentences_are_not_from_an_evaluation_file():
    root = pathlib.Path(__file__).resolve().parents[3]
    folders = [root / "eval", root.parent / "shared" / "eval"]
    texts = [" ".join(p.read_text(encoding="utf-8").split()) for d in folders if d.is_dir() for p in d.rglob("*.txt")]
    assert texts, "no evaluation texts found to compare with"
    copied = [s for table in TABLES.values() for _, _, s, _ in table if any(s in t for t in texts)]
    assert not copied, f"test sentences found in an evaluation file: {copied}"


def test_every_family_has_its_table():
    families = {r.family for r in RULES.values()}
    assert families == set(TABLES)
    assert {m.__name__.rsplit(".", 1)[-1] for m in FAMILIES} == families


def test_every_rule_used_by_the_lexicon_is_registered():
    used = {e.rule for e in builtin_lexicon().entries if e.rule}
    assert used <= set(RULES), f"lexicon entries name unregistered rules: {sorted(used - set(RULES))}"


def test_every_rule_says_what_it_covers():
    assert all(r.covers.strip() and r.name == name for name, r in RULES.items())


def test_a_rule_name_is_registered_once():
    from framing.loaded_terms.rules.registry import rule

    with pytest.raises(ValueError, match="registered twice"):
        rule("regime_label", family="literal_sense", covers="a second regime rule")(RULES["regime_label"].check)
    assert RULES["regime_label"].covers != "a second regime rule"


# ---------------------------------------------------------------- more cases of single rules


def test_regime_only_as_a_name_for_a_government(parsed, terms, texts):
    assert "regime" in texts(terms(parsed("The regime jailed its critics.")))
    assert terms(parsed("The new sanctions regime takes effect today. A strict tax regime applies to imports.")) == []


def test_plot_not_as_land_or_story(parsed, terms, texts):
    assert "plot" in texts(terms(parsed("Officials said they foiled a plot to overthrow the president.")))
    assert terms(parsed("The family farmed a small plot of land.")) == []
    assert terms(parsed("The film's plot follows two brothers.")) == []


def test_verbs_that_weigh_speech_are_stance_markers_not_loaded_terms(parsed, terms):
    # claimed, admitted, insisted, revealed: framing.stance_markers (tests/framing/stance_markers)
    assert terms(parsed("The minister claimed the network was losing money.")) == []
    assert terms(parsed("Officials admitted that the count was wrong.")) == []


def test_that_clause_after_a_time_phrase_is_the_verbs(parsed, terms, find):
    found = terms(parsed("The mayor boasted after the meeting that the plan was working."))
    assert find(found, "boasted").category == "loaded_verb"


def test_brave_only_as_praise(parsed, terms, find):
    assert find(terms(parsed("Eleven brave officers were hurt.")), "brave").category == "praise"
    assert terms(parsed("Thousands will brave the cold to march.")) == []


def test_beat_only_when_people_are_beaten(parsed, terms, texts):
    assert "beat" in texts(terms(parsed("Police beat demonstrators with batons.")))
    assert terms(parsed("The company beat expectations and the team beat its rivals.")) == []


def test_silence_needs_dissent_as_object(parsed, terms):
    assert terms(parsed("The government tried to silence dissent.")) != []
    assert terms(parsed("A minute's silence was held, and the crowd fell silent.")) == []


def test_radical_only_for_people(parsed, terms, texts):
    assert "radical" in texts(terms(parsed("A group of radical agitators was blamed.")))
    assert terms(parsed("The plan is a radical reform of pensions.")) == []


def test_order_restored_split_is_the_order_word_alone(parsed, terms):
    # the judgement is the word "order"; the auxiliaries and adverbs between it and the verb
    # carry none, so they are not counted as loaded words
    found = terms(parsed("Order has now been fully restored in the capital."))
    assert [(t.text, t.category) for t in found] == [("Order", "euphemism")]
    assert [t.text for t in terms(parsed("Officers restored order in the square."))] == ["restored order"]
    assert terms(parsed("The clerk returned the order to the shop.")) == []


def test_self_described_in_a_poll_is_survey_language(parsed, terms):
    assert terms(parsed("She leads among self-described liberals by 5 points in the poll.")) == []
