"""Literal uses: words the learned scorer never flags on its own (framing.loaded_terms.literal_uses).
Each family has sentences of our own where it holds and where it must not."""

from __future__ import annotations

import pytest

from framing.loaded_terms import builtin_lexicon, find_loaded_terms
from framing.loaded_terms.literal_uses import literal_use


def _token(parsed_article, word):
    doc = parsed_article.doc
    for tok in doc:
        if tok.text == word and not tok.sent.text.startswith("Test headline"):
            return tok
    raise AssertionError(f"{word!r} not in {doc.text!r}")


LITERAL = [
    # names: a nationality, a place or a person's name, a dateline
    ("name", "The Ardovian court adjourned the hearing until May.", "Ardovian"),
    ("name", "Lawyers for Mara Velkin asked for bail.", "Velkin"),
    ("name", "Floodwater reached the old quarter of Brastow by noon.", "Brastow"),
    ("name", "TALMOR\n\nThe river burst its banks on Sunday.", "TALMOR"),
    # a name first in a sentence or headline, tagged as another word: the text names it elsewhere,
    # or English does not know the word
    ("name", "Tennant rallies dockworkers in the harbour district, rivals stage march\n\nOn Friday the "
             "council said that Tennant had left the city.", "Tennant"),
    ("name", "Fenwright rallies ferry crews at the quay as the strike vote nears\n\nUnion leaders said "
             "Fenwright would return in May.", "Fenwright"),
    ("name", "Marsh rallies dockworkers in the old port, rivals stage march\n\nThe union said Marsh had "
             "won the vote.", "Marsh"),
    ("name", "Lindgart rallies dockworkers in the harbour district, rivals stage march", "Lindgart"),
    # quantities that moved, and adjectives of size said of a quantity
    ("quantity", "Fuel costs soared over the winter.", "soared"),
    ("quantity", "Shares in the airline tumbled 12 percent on Monday.", "tumbled"),
    ("quantity", "Analysts expect weaker growth next year.", "weaker"),
    ("quantity", "The bank said inflation remained elevated.", "elevated"),
    # feelings said of the person who has them
    ("emotion_state", '"I was frightened for my children," she said.', "frightened"),
    ("emotion_state", "Residents feel uneasy about the new tower.", "uneasy"),
    ("emotion_state", '"We are deeply disappointed by the ruling," the union said.', "disappointed"),
    ("emotion_state", "The noise left them shaken.", "shaken"),
    # an offence named as a charge
    ("charge", "The two men were charged with sedition.", "sedition"),
    ("charge", "Seven activists were jailed on terrorism charges.", "terrorism"),
    ("charge", "She was convicted of fraud and bribery.", "bribery"),
    # literal vocabulary: positions taken, what a disaster did
    ("literal_vocabulary:positions_taken", "The union condemned the detentions.", "condemned"),
    ("literal_vocabulary:positions_taken", "Officials blamed the outage on a faulty cable.", "blamed"),
    ("literal_vocabulary:positions_taken", "The mayor criticised the delay.", "criticised"),
    ("literal_vocabulary:disaster_and_damage", "Residents surveyed the destruction after the storm.", "destruction"),
    ("literal_vocabulary:disaster_and_damage", "An explosion shook the port at dawn.", "explosion"),
    ("literal_vocabulary:disaster_and_damage", "Crews restored power to the valley overnight.", "restored"),
    ("literal_vocabulary:military_action", "Artillery shelled the town overnight.", "shelled"),
    ("literal_vocabulary:military_action", "The airstrike hit a fuel depot.", "airstrike"),
    ("literal_vocabulary:military_action", "The army announced a withdrawal from the river.", "withdrawal"),
    # a participle written as an adjective belongs to its verb's family
    ("literal_vocabulary:epistemic_reporting_verbs", "The disputed ballots were counted again.", "disputed"),
    ("literal_vocabulary:legal_procedure", "The detained reporters were freed on Friday.", "detained"),
    ("literal_vocabulary:military_action", "Residents fled the shelled villages.", "shelled"),
    # an abstract noun of a kind of event treated as a category: tackled, counted, studied,
    # a noun's modifier, a rise or fall, a predicate denied
    ("event_category", "The new mayor pledged to fight corruption in the planning office.", "corruption"),
    ("event_category", "The survey found a sharp rise in burglary in the northern suburbs.", "burglary"),
    ("event_category", "Engineers overcame each obstacle on the mountain route.", "obstacle"),
    ("event_category", "The ministry will publish its crime figures every quarter.", "crime"),
    ("event_category", "Violence fell for the third year running in the port towns.", "Violence"),
    ("event_category", "Auditors studied the risk of failure at the old reservoir.", "failure"),
    ("event_category", '"Striking is a right, not a crime," the union said.', "crime"),
    ("event_category", "The mayor vowed to tackle theft and vandalism on the trams.", "vandalism"),
    # an adverb of a field or respect
    ("field_adverb", "The state caps the prices of socially important goods.", "socially"),
    ("field_adverb", "The board ruled that the operation was medically necessary.", "medically"),
    ("field_adverb", "Inspectors rated the footbridge structurally unsound.", "structurally"),
    # new literal vocabulary: injuries, the setting of a scene, a legal standing, feelings named
    ("literal_vocabulary:bodily_harm", "The driver was treated for bruises and a sprained wrist.", "bruises"),
    ("literal_vocabulary:bodily_harm", "She arrived at the clinic with a swollen knee.", "swollen"),
    ("literal_vocabulary:bodily_harm", "The climber suffered a fractured ankle in the fall.", "fractured"),
    ("literal_vocabulary:physical_setting", "Lorries queued on the snowy pass for hours.", "snowy"),
    ("literal_vocabulary:physical_setting", "The dusty road to the quarry was closed.", "dusty"),
    ("literal_vocabulary:physical_setting", "Firefighters walked through the blackened hall.", "blackened"),
    ("literal_vocabulary:legal_status", "Fishing without a permit is punishable by a fine.", "punishable"),
    ("literal_vocabulary:legal_status", "Police seized two unregistered boats at the marina.", "unregistered"),
    ("literal_vocabulary:legal_status", "The inspectors found the response proportionate.", "proportionate"),
    ("literal_vocabulary:feelings_named", "Anger among bus drivers has grown since the pay offer.", "Anger"),
    ("literal_vocabulary:feelings_named", "Their frustration with the delays is plain.", "frustration"),
    ("literal_vocabulary:feelings_named", "Grief for the lost crew filled the harbour town.", "Grief"),
    ("literal_vocabulary:routine_procedures", "The county will resurface the bypass in June.", "resurface"),
    ("literal_vocabulary:routine_procedures", "The jury deliberated for a full day.", "deliberated"),
    ("literal_vocabulary:routine_procedures", "The night train was diverted through the valley.", "diverted"),
    # an adjective of standing naming a group of people or places
    ("social_standing", "Finance ministers discussed debt relief for the poorest countries.", "poorest"),
    ("social_standing", "Wealthy suburbs voted for the transit levy.", "Wealthy"),
    ("social_standing", "Many residents of the estate are unemployed.", "unemployed"),
    ("social_standing", "The fare rise falls hardest on the elderly.", "elderly"),
    # plain feelings the emotion states now include, said of the person
    ("emotion_state", '"We are people who are tired," a nurse said.', "tired"),
    ("emotion_state", '"Drivers are angry about the rota," the union said.', "angry"),
    ("emotion_state", "The volunteers looked weary after the night shift.", "weary"),
    # a feeling or attitude predicated of people the project's person nouns do not list
    ("emotion_state", "Commuters were appalled by the new timetable.", "appalled"),
    ("emotion_state", "Retailers are cautious about the holiday season.", "cautious"),
    ("emotion_state", "Most economists were more optimistic than the bank.", "optimistic"),
    ("emotion_state", "Others were more sanguine about the merger.", "sanguine"),
    # regret and betrayal as feelings of the person who has them
    ("emotion_state", "The coach said he regretted the timing of his remarks.", "regretted"),
    ("emotion_state", "Season-ticket holders said they felt betrayed by the move.", "betrayed"),
    # a standing adjective used as a noun before a verb the parser takes for a noun
    ("social_standing", "The new levy will make the poorest pay the most.", "poorest"),
    ("social_standing", "The reform would let the wealthiest decide where the money goes.", "wealthiest"),
    # set phrases: the phrase names a thing or says something plain
    ("fixed_expression", "Flood barriers went up in the low-lying streets near the estuary.", "lying"),
    ("fixed_expression", "Two of the climbers were moved to intensive care overnight.", "intensive"),
    ("fixed_expression", "Parents paid for the school trip out of pocket.", "pocket"),
    ("fixed_expression", '"We came to the talks in good faith," the union negotiator said.', "faith"),
    ("fixed_expression", "The typhoon made landfall north of the port before dawn.", "landfall"),
    ("fixed_expression", '"If you do the math, the bus route loses money," the councillor said.', "math"),
    # offences after "anti-" and as the object of a verdict's or an indictment's words
    ("charge", "The government tabled an anti-corruption bill on Monday.", "corruption"),
    ("charge", "Officers from the anti-terrorism unit searched the flat.", "terrorism"),
    ("charge", "The jury found the treasurer guilty of fraud.", "fraud"),
    ("charge", "He faces two counts of theft and one count of conspiracy.", "conspiracy"),
    # quantity verbs with a quantity as object, or the subject of the clause they modify
    ("quantity", "The sell-off wiped 3 billion dollars off the group's value.", "wiped"),
    ("quantity", "Energy bills are squeezing margins at small bakeries.", "squeezing"),
    ("quantity", "House prices rose 9 percent last year, outpacing wage growth.", "outpacing"),
    # a degree adverb of a literal word grades a plain fact
    ("degree_of_literal", '"We are deeply worried about the water supply," the farmer said.', "deeply"),
    ("degree_of_literal", "The mayor said she was very disappointed by the turnout.", "very"),
    ("degree_of_literal", "Parents said they were extremely grateful to the lifeguards.", "extremely"),
    # a service or supply stopping or coming back
    ("outage", "Mobile coverage was disrupted across the valley after the storm.", "disrupted"),
    ("outage", "The walkout halted container traffic at both terminals.", "halted"),
    ("outage", "Ferry services resumed on Thursday after the gales.", "resumed"),
    ("degree_of_literal", "Rail services were badly disrupted by the snow.", "badly"),
    # injuries of a part of the body, materials, building works
    ("injury", "The goalkeeper played on with a broken finger.", "broken"),
    ("injury", "The cyclist was treated for cracked ribs.", "cracked"),
    ("injury", "The jockey has a dislocated shoulder and will miss the meeting.", "dislocated"),
    ("material", "Lorries delivered reinforcing steel to the bridge site.", "reinforcing"),
    ("material", "The sheds were roofed with corrugated iron.", "corrugated"),
    ("material", "The decking is made of treated timber.", "treated"),
    ("building_works", "The council plans to demolish the old bus depot.", "demolish"),
    ("building_works", "The mill will be demolished next spring.", "demolished"),
    ("building_works", "The firm wants to redevelop the site as flats.", "redevelop"),
    # undergoing an event, a harm or a loss
    ("undergoing", "The visitors suffered a narrow defeat in the final.", "suffered"),
    ("undergoing", "Two firefighters sustained minor burns.", "sustained"),
    ("undergoing", "The airline incurred heavy losses during the strike.", "incurred"),
    # verbs of supposing are stance, not loaded language
    ("literal_vocabulary:epistemic_reporting_verbs", "Organisers assumed the hall would be full.", "assumed"),
    # events breaking out, spreading or easing
    ("event_onset", "Protests erupted in the port city after the fare rise.", "erupted"),
    ("event_onset", "Fighting broke out again near the northern crossing.", "broke"),
    ("event_onset", "The wildfire spread quickly across the dry hills.", "spread"),
    ("event_onset", "Clashes flared in the suburbs overnight.", "flared"),
    # rare words built on a plain stem with a routine prefix, and -wide
    ("derived_form", "Passengers whose flights were cancelled can rebook online.", "rebook"),
    ("derived_form", "The nonpartisan research office published its estimate.", "nonpartisan"),
    ("derived_form", "The interagency task force met on Thursday.", "interagency"),
    ("derived_form", "The union called a statewide walkout for March.", "statewide"),
]

NOT_LITERAL = [
    # a judgement is not a name because it is capitalised first in a sentence or headline
    ("Reckless spending has emptied the fund.", "Reckless"),
    ("Cynical Ploy By Council Bosses Leaves Towns Without Bins", "Cynical"),
    ("Shameless bosses pocketed the cash. Staff called the deal shameless.", "Shameless"),
    ("Spineless councillors caved in again.", "Spineless"),
    # rising and falling said of people or of what they do is not a quantity
    ("Her popularity aside, the senator's career soared after the scandal.", "soared"),
    ("Weak leaders make bad deals.", "Weak"),
    ("The minister's weak excuse convinced nobody.", "weak"),
    # a feeling word said of an actor, not of the person feeling it, is a judgement
    ("The frightened government banned the march.", "frightened"),
    ("It was a desperate attempt to save face.", "desperate"),
    ("The plan is reckless.", "reckless"),
    # an extreme feeling is emotional appeal, not a plain state
    ('"We were terrified," a neighbour said.', "terrified"),
    # an offence word used as a judgement, not as a charge
    ("Critics called the raid terrorism.", "terrorism"),
    ("The minister accused them of treachery.", "treachery"),
    # an event noun said of an actor or an act judges it
    ("The new housing law is a failure, the senator said.", "failure"),
    ("The minister called the strike a crime against the nation.", "crime"),
    ("His budget was a disaster for the coastal towns.", "disaster"),
    ("It was no accident that the files went missing.", "accident"),
    # a manner adverb of conduct, and "politically" (often a charge of motive), are not fields
    ("The politically motivated charges were dropped.", "politically"),
    ("The firm cynically exploited the loophole.", "cynically"),
    ("The council recklessly approved the loan.", "recklessly"),
    # the figurative senses of injury and scene words: a participle, a verb
    ("The party suffered a bruising defeat in the north.", "bruising"),
    ("The leak blackened the minister's name.", "blackened"),
    ("The envoy got a frosty reception in the capital.", "frosty"),
    # an adjective of standing said of a quality or an act judges it
    ("The minister showed poor judgement over the contract.", "poor"),
    ("It was a poor performance by the home side.", "poor"),
    ("The report is rich in irony.", "rich"),
    # an anger word said of an actor, not of the person feeling it
    ("The angry mob stormed the town hall.", "angry"),
    # an attitude word said of a thing or as a modifier judges or describes it: the scorer decides
    ("The budget rests on optimistic forecasts.", "optimistic"),
    ("Her cautious plan disappointed the unions.", "cautious"),
    # a judging idiom is not a set phrase; the words of a set phrase used apart are judged
    ("The minister's lying has cost him the party's trust.", "lying"),
    ("The board acted in bad faith, the tenants said.", "bad"),
    # an offence word after "accused of" is the accuser's word, not a charge
    ("The opposition accused the ministers of a cover-up and of treachery.", "treachery"),
    # a degree adverb of a judgement is part of the judgement
    ("The plan is deeply cynical.", "deeply"),
    # a feeling word with an object names an act done to someone, not a state
    ("Those who betrayed the club will not be forgiven, the fans said.", "betrayed"),
    # presenting a thing anew as something else is a charge of spin, not a routine step
    ("The cuts were recast as an investment in efficiency.", "recast"),
    # the same words of something that is not a body, a material or a building
    ("The minister was accused of broken promises on rail.", "broken"),
    ("The barrister demolished the witness's account.", "demolished"),
    # suffering with no event as object is the scorer's to judge
    ("The town has suffered for years under the council.", "suffered"),
    # disrupting people or a plan is judged by the scorer, not an outage
    ("Hecklers disrupted the minister's speech.", "disrupted"),
    ("The new premier halted the reform of the courts.", "halted"),
    # a person erupting is judged
    ("The minister erupted at the reporters.", "erupted"),
    # words that look built on a plain stem but judge, or are euphemisms of displacement
    ("The campaign tried to rehash the old scandal.", "rehash"),
    ("Thousands of villagers were resettled to make way for the reservoir.", "resettled"),
]


@pytest.mark.parametrize("family,sentence,word", LITERAL, ids=[f"{f}-{w}" for f, _, w in LITERAL])
def test_literal_use_found(parsed, family, sentence, word):
    assert literal_use(_token(parsed(sentence), word)) == family


@pytest.mark.parametrize("sentence,word", NOT_LITERAL, ids=[w for _, w in NOT_LITERAL])
def test_not_a_literal_use(parsed, sentence, word):
    assert literal_use(_token(parsed(sentence), word)) is None


def test_every_family_has_three_sentences():
    from collections import Counter

    count = Counter(f.split(":")[0] for f, _, _ in LITERAL)
    assert all(count[f] >= 3 for f in ("name", "quantity", "emotion_state", "charge", "literal_vocabulary",
                                       "event_category", "field_adverb", "social_standing", "fixed_expression",
                                       "degree_of_literal", "event_onset", "derived_form", "outage", "undergoing", "injury",
                                       "material", "building_works")), count
    families = Counter(f for f, _, _ in LITERAL if f.startswith("literal_vocabulary:"))
    for family in ("bodily_harm", "physical_setting", "legal_status", "feelings_named", "routine_procedures"):
        assert families["literal_vocabulary:" + family] >= 3, family


def test_the_scorer_alone_never_flags_a_literal_use(parsed):
    found = find_loaded_terms(parsed("Fuel costs soared. \"I was frightened,\" she said. The union condemned it."),
                              builtin_lexicon(), threshold=0.0)
    flagged = {t.text.lower() for t in found}
    assert not flagged & {"soared", "frightened", "condemned"}, flagged
    assert "fuel" in flagged or "costs" in flagged  # at threshold 0 every other content word is flagged


def test_a_lexicon_entry_is_not_a_literal_use_matter(parsed):
    # literal uses concern the scorer alone: a lexicon term in the same place is still a term
    found = find_loaded_terms(parsed('"I was livid," she said.'), builtin_lexicon(), threshold=1.0)
    assert [t.text for t in found] == ["livid"]
