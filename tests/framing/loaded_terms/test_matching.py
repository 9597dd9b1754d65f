"""Matching lexicon entries: word forms, spellings, spans, parts of speech, names, and the
lexicon's families in sentences of our own."""

from __future__ import annotations

import pytest

from framing.loaded_terms.matcher import pos_ok, word_forms
from framing.syntax import verb_stems


def test_lemmas_match_inflected_forms(parsed, terms, find):
    found = terms(parsed("The thugs smashed windows. Gangs wreaked havoc in the square."))
    assert find(found, "thugs").category == "pejorative_label"
    assert find(found, "wreaked havoc").category == "violence_intensifier"
    assert find(found, "thugs").term == "thug"


@pytest.mark.parametrize("spelling", ["foreign-backed", "foreign backed", "foreignbacked"])
def test_hyphen_space_and_joined_variants(parsed, spelling, terms):
    found = terms(parsed(f"Officials blamed {spelling} groups for the unrest."))
    assert [t.category for t in found] == ["conspiracy_framing"]
    assert found[0].text.lower() == spelling


def test_multiword_term_is_one_span(parsed, terms, find):
    found = terms(parsed("Troops launched a counter-terrorist operation in the north."))
    t = find(found, "counter-terrorist operation")
    assert t.category == "euphemism" and t.direction == "toward"


def test_offsets_point_into_article_text(parsed, terms, find):
    p = parsed("Rioters went on a rampage downtown.", title="Mob rule")
    for t in terms(p):
        assert p.text[t.start:t.end] == t.text
    assert find(terms(p), "mob").position == "headline"


def test_neutral_words_are_never_flagged(parsed, terms):
    body = ("Protesters and demonstrators held a rally. Police officers detained 40 people, the government said. "
            "The increase in fares was announced on Monday, and the authorities said the march was peaceful.")
    assert terms(parsed(body)) == []


def test_negation_does_not_break_spans(parsed, terms, texts):
    found = terms(parsed("It was not a massacre, and the police were not brutal, officials said."))
    assert "massacre" in texts(found) and "brutal" in texts(found)


def test_would_be_needs_its_hyphen(parsed, terms, texts):
    assert terms(parsed("Most of those detained would be released, she said.")) == []
    assert "would-be" in texts(terms(parsed("The would-be leader spoke.")))


def test_all_capitals_tabloid_adjective(parsed, terms, find):
    assert find(terms(parsed("SHAMELESS bosses have pocketed more than £2million in bonuses.")),
                "shameless").category == "emotional_appeal"


def test_a_name_can_start_a_longer_term(parsed, terms, find):
    found = terms(parsed("Analysts said it was Cold War mentality."))
    assert find(found, "cold war mentality").category == "delegitimising"
    assert terms(parsed("Historians study the Cold War in Berlin.")) == []


def test_verb_stems_guess_base_forms_the_lemmatiser_misses():
    assert {"slam"} <= verb_stems("slammed")
    assert {"bully"} <= verb_stems("bullied")
    assert {"trouser"} <= verb_stems("trousered")
    assert verb_stems("red") == set()


def test_word_forms_are_in_a_fixed_order(parsed):
    doc = parsed("Thieves stole it.").doc
    tok = next(t for t in doc if t.text == "Thieves")
    forms = word_forms(tok)
    assert forms[0] == "thieves" and len(forms) == len(set(forms))


def test_part_of_speech_of_an_entry_must_agree(parsed):
    doc = parsed("The brave officers will brave the storm.").doc
    adj, verb = [t for t in doc if t.lower_ == "brave"]
    assert pos_ok(adj, "ADJ") and not pos_ok(adj, "VERB")
    assert pos_ok(verb, "VERB") and not pos_ok(verb, "ADJ")
    assert pos_ok(verb, "")


# ---------------------------------------------------------------- lexicon families, in sentences of our own


@pytest.mark.parametrize("body,word,category", [
    ("Union leaders slammed the pay offer on Monday.", "slammed", "loaded_verb"),
    # narrator praise: laudatory labels, crowd hyperbole, triumphal response
    ("Ten years of steady government have rebuilt the railways.", "steady government", "praise"),
    ("Voters trust the steady hand of the finance minister.", "steady hand", "praise"),
    ("The premier was greeted with thunderous applause in the shipyard.", "thunderous", "praise"),
    ("The hall rose with a roar of approval when the governor walked in.", "roar of approval", "praise"),
    ("An ocean of banners stretched down the avenue.", "ocean of banners", "hyperbole"),
    # crisis minimisers, exploitation verbs, offence labels
    ("The ministry blamed the empty shelves on temporary difficulties with deliveries.", "temporary difficulties", "euphemism"),
    ("Officials called the week without heating a minor inconvenience.", "minor inconvenience", "euphemism"),
    ("The landlord exploited the tenants' fear of eviction.", "exploited", "loaded_verb"),
    ("The mayor said offenders would be named on the town website.", "offenders", "pejorative_label"),
    # tabloid slang and register
    ("Cops sealed off the street after the match.", "Cops", "pejorative_label"),
    ("Three blokes from the pub pushed the van out of the ditch.", "blokes", "pejorative_label"),
    ("Punters queued round the block for the sale.", "Punters", "pejorative_label"),
    ("Police collared the driver at the lights.", "collared", "loaded_verb"),
    ("Officers nabbed a burglar on the roof.", "nabbed", "loaded_verb"),
    ("The mayor took a swipe at the bus company.", "took a swipe", "loaded_verb"),
    ("A punch-up broke out in the queue for tickets.", "punch-up", "violence_intensifier"),
    ("The row ended in a bust-up outside the chippy.", "bust-up", "violence_intensifier"),
    ("The champion threw everything at the final round.", "threw everything at", "hyperbole"),
    ("Sunday's vote is the party's last stand in the north.", "last stand", "hyperbole"),
    ("Campaigners blasted the plan as a disgrace.", "blasted", "loaded_verb"),
    ("The minister hit out at critics on Sunday.", "hit out", "loaded_verb"),
    ("The senator fumed over the delay.", "fumed", "loaded_verb"),
    ("Bank bosses raked in millions last year.", "raked in", "emotional_appeal"),
    ("The chief executive pocketed a £3m bonus.", "pocketed", "emotional_appeal"),
    ("The chairman trousered £900,000 on top of his salary.", "trousered", "emotional_appeal"),
    ("The fat cats on the board approved the deal.", "fat cats", "pejorative_label"),
    ("Shareholders enjoyed a dividend bonanza.", "bonanza", "emotional_appeal"),
    ("The price rise is a cash grab.", "cash grab", "emotional_appeal"),
    ("The decision sparked a storm of criticism.", "storm", "emotional_appeal"),
    ("The shameless move angered voters.", "shameless", "emotional_appeal"),
    ("Raw filth washed up on the sand.", "filth", "emotional_appeal"),
    ("The minister is livid about the leak.", "livid", "emotional_appeal"),
    ("Directors shared eye-watering payouts.", "eye-watering", "hyperbole"),
    ("Embattled chairman Jo Bell resigned on Friday.", "embattled", "hyperbole"),
    ("The report was a massive failure of oversight.", "massive", "hyperbole"),
    ("The protests were directed from abroad.", "directed from abroad", "conspiracy_framing"),
    ("Foreign handlers paid the organisers.", "foreign handlers", "conspiracy_framing"),
    ("Several embassies were meddling in the election.", "meddling", "conspiracy_framing"),
    ("He warned against interference in the country's internal affairs.", "interference", "conspiracy_framing"),
    ("The agency dismissed the reports as fabrications.", "fabrications", "delegitimising"),
    ("Weeks of provocations preceded the arrests.", "provocations", "delegitimising"),
    ("Residents welcomed the decisive measures of the police.", "decisive", "praise"),
    ("The troops showed great courage.", "courage", "praise"),
    ("The far-right party gained seats.", "far-right", "pejorative_label"),
    ("Police arrested three terrorists in the raid.", "terrorists", "pejorative_label"),
    ("The ministry was accused of abandoning patients.", "abandoning", "emotional_appeal"),
    ("The ruling is a slap in the face for families.", "slap in the face", "emotional_appeal"),
    ("The majority rammed through a tax on sugary drinks.", "rammed through", "repression_framing"),
    ("Ministers forced the bill through parliament in a single day.", "forced", "repression_framing"),
    ("The chairman railroaded the vote before critics could speak.", "railroaded", "repression_framing"),
    ("The governor steamrolled the opposition on the budget.", "steamrolled", "repression_framing"),
    ("Her anti-car crusade has closed half the streets in the centre.", "crusade", "hyperbole"),
    ("The self-described patriot led the march.", "self-described", "delegitimising"),
    ("The mayor bragged on Friday that the city was booming.", "bragged", "loaded_verb"),
    ("The senator boasted after the hearing that he had won.", "boasted", "loaded_verb"),
    ("The campaign is bankrolled by a handful of billionaires.", "bankrolled", "conspiracy_framing"),
    ("Angry parents slammed the school board on Monday.", "slammed", "loaded_verb"),
    ("Local residents blasted the new parking rules.", "blasted", "loaded_verb"),
    ("Conservationists slammed the decision.", "slammed", "loaded_verb"),
    ("Voters are tired of the woke agenda in the capital.", "woke agenda", "pejorative_label"),
    ("The group accused him of pushing a globalist agenda.", "globalist agenda", "pejorative_label"),
    ("The paper spread slanderous claims about the company.", "slanderous", "delegitimising"),
    ("The paper fabricated lies about our soldiers.", "fabricated lies", "delegitimising"),
    ("Such reports are pure political manipulation.", "political manipulation", "delegitimising"),
    ("Anti-Russian forces have staged the incident.", "anti-russian forces", "conspiracy_framing"),
    ("Certain media have hyped the so-called threat for years.", "hyped", "delegitimising"),
    ("The sanctions reflect a zero-sum mindset in Washington.", "zero-sum mindset", "delegitimising"),
    ("The move shows a Cold War mindset.", "cold war mindset", "delegitimising"),
    ("Occupation troops shelled the village overnight.", "occupation troops", "pejorative_label"),
    ("Russian occupiers shelled the town overnight.", "occupiers", "pejorative_label"),
    ("Closing the library would be an act of cultural vandalism.", "cultural vandalism", "emotional_appeal"),
    ("The cuts will starve hospitals of funds.", "starve", "hyperbole"),
    ("Several MAGA Republicans voted against the bill.", "maga", "pejorative_label"),
    ("The mainstream media ignored the report for a week.", "mainstream media", "pejorative_label"),
    ("Legacy media outlets were slow to cover the verdict.", "legacy media", "pejorative_label"),
    ("The governor's open-borders policy has cost the state billions.", "open-borders", "pejorative_label"),
    ("The councillor is a bigot who should resign.", "bigot", "pejorative_label"),
    ("The army said nationalist battalions had fired on the village.", "nationalist battalions", "pejorative_label"),
    ("The regime's militants shelled the suburb overnight.", "militants", "pejorative_label"),
    ("The minister said a handful of criminals had hijacked the protest.", "handful of criminals", "pejorative_label"),
    ("The ministry blamed saboteurs for the blackout.", "saboteurs", "pejorative_label"),
    ("The opposition acts on orders from its Western curators.", "western curators", "conspiracy_framing"),
    ("It was an orchestrated provocation against the government.", "orchestrated", "conspiracy_framing"),
    ("The country began its special security operation in the north in 2021.", "special security operation", "euphemism"),
    ("The troops were sent to protect residents from genocide.", "genocide", "euphemism"),
    ("The senator repeated his election lies at the rally.", "election lies", "delegitimising"),
    ("He insists the election was stolen.", "stolen", "delegitimising"),
    ("The governor doubled down on the plan.", "doubled down", "delegitimising"),
    ("Her dangerous rhetoric has consequences.", "dangerous", "emotional_appeal"),
    ("A bombshell report exposed the payments.", "bombshell", "emotional_appeal"),
    ("Students had a meltdown over the speaker's invitation.", "meltdown", "emotional_appeal"),
    ("The plan offers freebies to anyone who asks.", "freebies", "emotional_appeal"),
    ("Taxpayers are footing the bill for handouts to illegal immigrants.", "handouts", "emotional_appeal"),
    ("The town has become a magnet for illegal migrants.", "magnet", "emotional_appeal"),
    ("The state wants to roll out the red carpet for newcomers.", "roll out the red carpet", "emotional_appeal"),
    ("Activists warned of voter suppression in rural counties.", "voter suppression", "repression_framing"),
    # idioms of ordinary coverage: a measure, a body or a move dismissed as show, cover or evasion
    ("Critics said the fine was a slap on the wrist for a firm of its size.", "slap on the wrist", "delegitimising"),
    ("Opponents called the inquiry a whitewash.", "whitewash", "delegitimising"),
    ("The summit was little more than a photo op for the two leaders.", "photo op", "delegitimising"),
    ("The new ethics code is a fig leaf, a former official said.", "fig leaf", "delegitimising"),
    ("The council kicked the can down the road again on the pool repairs.", "kicked the can", "delegitimising"),
    ("Ministers were accused of trying to paper over the cracks in the plan.", "paper over", "delegitimising"),
    ("The grant is a sticking plaster for a service that needs surgery.", "sticking plaster", "delegitimising"),
    ("The do-nothing legislature adjourned without a budget.", "do-nothing", "delegitimising"),
    ("The airline's tone-deaf statement angered stranded passengers.", "tone-deaf", "delegitimising"),
    # figurative labels for a person's role in politics
    ("The press secretary, a veteran spin doctor, declined to comment.", "spin doctor", "pejorative_label"),
    ("The tax has made the mayor a lightning rod for the city's anger.", "lightning rod", "pejorative_label"),
    ("The chief of staff surrounded himself with yes-men.", "yes-men", "pejorative_label"),
    # favoured money: public or company money told as a reward for insiders
    ("The chief executive left with a golden parachute worth $40 million.", "golden parachute", "emotional_appeal"),
    ("Auditors found the grants had been used as a slush fund for allies.", "slush fund", "emotional_appeal"),
    ("The contract was a sweetheart deal for the mayor's brother-in-law.", "sweetheart deal", "emotional_appeal"),
    ("Both parties stuffed the bill with pork barrel projects.", "pork barrel", "emotional_appeal"),
    # idioms that judge how an actor acted
    ("Regulators turned a blind eye to the violations for years.", "blind eye", "loaded_verb"),
    ("Inspectors turned a blind eye while the mine expanded.", "blind eye", "loaded_verb"),
    ("The union conceded ground on overtime in the final hours.", "conceded ground", "loaded_verb"),
])
def test_lexicon_families_are_flagged(parsed, terms, find, body, word, category):
    assert find(terms(parsed(body)), word).category == category


@pytest.mark.parametrize("body", [
    "He slammed the door and left.",
    "The car slammed into a wall.",
    "A blast killed five people near the market.",
    "Police blasted the crowd with water cannon.",
    "The company will brand its new phones differently.",
    "A storm hit the coast on Monday.",
    "A massive earthquake struck the region.",
    "He pocketed the black ball to win the frame.",
    "Radio interference disrupted the signal.",
    "He was charged with fabrication of evidence.",
    "Women are invited for a smear test every three years.",
    "An open sewer runs behind the houses.",
    "Police found an abandoned car.",
    "The decisive vote came on Tuesday.",
    "She won the lottery jackpot on Saturday.",
    "A fire raged through the forest.",
    "Fighting raged for days in the north.",
    "The terrorist attack killed 12 people.",
    "Elite troops were deployed to the border.",
    "The firm wants to eliminate costs.",
    "The truck rammed the gate of the depot.",
    "Police forced their way through the crowd.",
    "Bulldozers flattened the homes on Monday.",
    "The council pushed through a new budget.",
    "The railroad company hired 200 workers.",
    "The Crusades began in the eleventh century.",
    "The studio bankrolled the film.",
    "He slammed the door of the house.",
    "The agenda for the meeting was published on Monday.",
    "The government set out its reform agenda.",
    "He sued the newspaper for slander.",
    "Anti-government forces took the town.",
    "Anti-aircraft forces shot down a drone.",
    "The much-hyped launch was delayed.",
    "Owner-occupiers pay less tax.",
    "Police are investigating vandalism at the school.",
    "The prisoners were starved to death.",
    "Thousands of people could starve this winter.",
    "He wore a MAGA hat to the game.",
    "The storm made the roads dangerous.",
    "Officials called the drug dangerous for children.",
    "The answer lies in better training.",
    "He passed a lie detector test.",
    "Thieves stole a car from the street.",
    "The stolen bicycle was found on Monday.",
    "The magnet holds the door shut.",
    "The city is a magnet for tourists.",
    "Stars walked the red carpet at the film premiere.",
    "The reactor suffered a meltdown in 1986.",
    "The museum curators chose the paintings.",
    "Baggage handlers went on strike on Monday.",
    "Hamas militants crossed the border.",
    "Five criminals were sentenced on Monday.",
    "The court heard charges of genocide against the former general.",
    "Special operations forces landed at dawn.",
    "The ceremony was carefully orchestrated.",
    "He begs for coins outside the station.",
    "The government announced cash handouts for households.",
])
def test_literal_uses_are_not_flagged(parsed, terms, body):
    assert terms(parsed(body)) == [], body

