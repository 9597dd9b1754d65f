"""Loaded-term matching, context rules, voice and scare quotes, on small articles of our own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from framing.loaded_terms import builtin_lexicon
from framing.loaded_terms import find_loaded_terms


@dataclass
class FakeAttribution:
    speaker: str
    kind: str
    content_start: int
    content_end: int
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_id: str | None = None


def terms(parsed_article, attributions=()):
    return find_loaded_terms(parsed_article, builtin_lexicon(), attributions)


def texts(found):
    return [t.text.lower() for t in found]


def find(found, text):
    hits = [t for t in found if t.text.lower() == text.lower()]
    assert hits, f"{text!r} not flagged; flagged: {texts(found)}"
    return hits[0]


# ---------------------------------------------------------------- matching


def test_lemmas_match_inflected_forms(parsed):
    found = terms(parsed("The thugs smashed windows. Gangs wreaked havoc in the square."))
    assert find(found, "thugs").category == "pejorative_label"
    assert find(found, "wreaked havoc").category == "violence_intensifier"
    assert find(found, "thugs").term == "thug"


@pytest.mark.parametrize("spelling", ["foreign-backed", "foreign backed", "foreignbacked"])
def test_hyphen_space_and_joined_variants(parsed, spelling):
    found = terms(parsed(f"Officials blamed {spelling} groups for the unrest."))
    assert [t.category for t in found] == ["conspiracy_framing"]
    assert found[0].text.lower() == spelling


def test_multiword_term_is_one_span(parsed):
    found = terms(parsed("Troops launched a counter-terrorist operation in the north."))
    t = find(found, "counter-terrorist operation")
    assert t.category == "euphemism" and t.direction == "toward"


def test_offsets_point_into_article_text(parsed):
    p = parsed("Rioters went on a rampage downtown.", title="Mob rule")
    for t in terms(p):
        assert p.text[t.start:t.end] == t.text
    assert find(terms(p), "mob").position == "headline"


def test_neutral_words_are_never_flagged(parsed):
    body = ("Protesters and demonstrators held a rally. Police officers detained 40 people, the government said. "
            "The increase in fares was announced on Monday, and the authorities said the march was peaceful.")
    assert terms(parsed(body)) == []


def test_negation_does_not_break_spans(parsed):
    found = terms(parsed("It was not a massacre, and the police were not brutal, officials said."))
    assert "massacre" in texts(found) and "brutal" in texts(found)


def test_would_be_needs_its_hyphen(parsed):
    assert terms(parsed("Most of those detained would be released, she said.")) == []
    assert "would-be" in texts(terms(parsed("The would-be leader spoke.")))


# ---------------------------------------------------------------- context rules


def test_regime_only_as_a_name_for_a_government(parsed):
    assert "regime" in texts(terms(parsed("The regime jailed its critics.")))
    assert terms(parsed("The new sanctions regime takes effect today. A strict tax regime applies to imports.")) == []


def test_plot_not_as_land_or_story(parsed):
    assert "plot" in texts(terms(parsed("Officials said they foiled a plot to overthrow the president.")))
    assert terms(parsed("The family farmed a small plot of land.")) == []
    assert terms(parsed("The film's plot follows two brothers.")) == []


def test_claimed_only_as_a_reporting_verb(parsed):
    found = terms(parsed("The minister claimed the network was losing money."))
    assert find(found, "claimed").category == "reporting_verb"
    assert terms(parsed("The blast claimed the lives of 12 people.")) == []
    assert terms(parsed("She was admitted to hospital on Monday.")) == []


def test_admitted_after_the_clause(parsed):
    found = terms(parsed("At least 64 people were arrested, police admitted."))
    assert find(found, "admitted").voice == "narrator"


def test_brave_only_as_praise(parsed):
    assert find(terms(parsed("Eleven brave officers were hurt.")), "brave").category == "praise"
    assert terms(parsed("Thousands will brave the cold to march.")) == []


def test_beat_only_when_people_are_beaten(parsed):
    assert "beat" in texts(terms(parsed("Police beat demonstrators with batons.")))
    assert terms(parsed("The company beat expectations and the team beat its rivals.")) == []


def test_silence_needs_dissent_as_object(parsed):
    assert terms(parsed("The government tried to silence dissent.")) != []
    assert terms(parsed("A minute's silence was held, and the crowd fell silent.")) == []


def test_radical_only_for_people(parsed):
    assert "radical" in texts(terms(parsed("A group of radical agitators was blamed.")))
    assert terms(parsed("The plan is a radical reform of pensions.")) == []


def test_order_restored_passive(parsed):
    t = terms(parsed("Order has now been fully restored in the capital."))[0]
    assert t.category == "euphemism" and t.text.startswith("Order") and t.text.endswith("restored")


# ---------------------------------------------------------------- voice


def test_narrator_voice(parsed):
    assert find(terms(parsed("Thugs hurled stones at police.")), "thugs").voice == "narrator"


def test_quoted_voice_from_direct_attribution(parsed):
    body = '"These hooligans have ruined our square," said one shopkeeper.'
    p = parsed(body)
    s = p.text.index("These")
    e = p.text.index('square') + len("square,")
    a = FakeAttribution("one shopkeeper", "direct", s, e)
    t = find(terms(p, [a]), "hooligans")
    assert t.voice == "quoted" and t.speaker == "one shopkeeper"


def test_reported_voice_from_indirect_attribution(parsed):
    body = "The government has slashed subsidies for the poor, critics say."
    p = parsed(body)
    s = p.text.index("The government")
    e = p.text.index(", critics")
    t = find(terms(p, [FakeAttribution("critics", "indirect", s, e)]), "slashed")
    assert t.voice == "reported" and t.speaker == "critics"


def test_according_to_is_reported(parsed):
    body = "Foreign-funded groups organised the march, according to officials."
    p = parsed(body)
    a = FakeAttribution("officials", "according_to", p.text.index("Foreign"), p.text.index(", according"))
    assert terms(p, [a])[0].voice == "reported"


def test_reported_voice_without_attributions_from_the_parse(parsed):
    t = find(terms(parsed("The opposition leader accused the government of trying to silence dissent.")),
             "silence dissent")
    assert t.voice == "reported" and "leader" in t.speaker


def test_scare_quote_found_without_lexicon_term(parsed):
    found = terms(parsed('Anger grows over "unaffordable" transit fares in the capital.'))
    t = find(found, "unaffordable")
    assert t.category == "scare_quote" and t.voice == "scare_quote"


def test_so_called_marks_scare_quote_and_lexicon_term_inside(parsed):
    found = terms(parsed('Some of the so-called "peaceful protesters" had links to thugs.'))
    assert find(found, "so-called").category == "delegitimising"
    sq = find(found, "peaceful protesters")
    assert sq.voice == "scare_quote"


def test_lexicon_term_inside_scare_quote_has_scare_quote_voice(parsed):
    found = terms(parsed('Troops were sent in to "restore order" in the city.'))
    t = find(found, "restore order")
    assert t.category == "euphemism" and t.voice == "scare_quote"
    assert not [x for x in found if x.category == "scare_quote"]  # no double count


def test_quoted_speech_is_not_a_scare_quote(parsed):
    p = parsed('The police chief said officers had shown "remarkable restraint" on Thursday.')
    assert [t for t in terms(p) if t.category == "scare_quote"] == []


def test_naming_verb_quote_is_speech(parsed):
    found = terms(parsed('Amnesty urged an inquiry into what it called "excessive use of force" by police.'))
    t = find(found, "excessive use of force")
    assert t.voice == "quoted"


def test_film_title_is_not_a_scare_quote(parsed):
    found = terms(parsed('Critics praised the film "Brutal Silence" at the festival.'))
    assert [t for t in found if t.voice == "scare_quote"] == []
    assert "brutal" not in texts(found)


def test_long_quotation_is_speech_not_scare_quote(parsed):
    found = terms(parsed('"We will not let the mob decide our future," the mayor said on Friday.'))
    assert find(found, "mob").voice == "quoted"
    assert [t for t in found if t.category == "scare_quote"] == []


def test_naming_the_subject_of_an_according_to_claim_is_narrator(parsed):
    body = "The self-styled Workers Front has refused repeated offers of talks with thugs, according to officials."
    p = parsed(body)
    a = FakeAttribution("officials", "according_to", p.text.index("The self"), p.text.index(", according"))
    found = terms(p, [a])
    assert find(found, "self-styled").voice == "narrator"
    assert find(found, "thugs").voice == "reported"


def test_analyser_declares_attributions_and_lexicon_fingerprint():
    from framing.analysers.loaded_terms import ANALYSER, LoadedTermsAnalyser
    from framing.loaded_terms import parse_user_lexicon

    assert ANALYSER.depends_on == ("attributions",)
    user = parse_user_lexicon("term,category\njackbooted,repression_framing\n", "u.csv")
    other = LoadedTermsAnalyser(builtin_lexicon().merged(user))
    assert other.fingerprint() != ANALYSER.fingerprint()


# ---------------------------------------------------------------- wider families (own sentences)


@pytest.mark.parametrize("body,word,category", [
    ("Union leaders slammed the pay offer on Monday.", "slammed", "reporting_verb"),
    ("Campaigners blasted the plan as a disgrace.", "blasted", "reporting_verb"),
    ("The minister hit out at critics on Sunday.", "hit out", "reporting_verb"),
    ("The senator fumed over the delay.", "fumed", "reporting_verb"),
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
])
def test_wider_families_are_flagged(parsed, body, word, category):
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
])
def test_literal_uses_are_not_flagged(parsed, body):
    assert terms(parsed(body)) == [], body


def test_judgement_in_quotes_after_as_is_the_subjects_word(parsed):
    found = terms(parsed('Local campaigners slammed the owners as "greedy".'))
    t = find(found, "greedy")
    assert t.voice == "quoted" and "campaigners" in (t.speaker or "")


def test_is_said_to_be_is_the_outlets_hearsay(parsed):
    t = find(terms(parsed("The minister is said to be livid about the leak.")), "livid")
    assert t.voice == "narrator"


def test_agentless_accusation_has_no_speaker(parsed):
    t = find(terms(parsed("The ministry was accused of abandoning patients.")), "abandoning")
    assert t.voice == "reported" and t.speaker is None


def test_outlet_that_can_reveal_is_the_narrator(parsed):
    body = "Fat cats at the firm shared eye-watering payouts last year, the Herald can reveal."
    p = parsed(body)
    start = p.text.index("Fat cats")
    a = FakeAttribution("Herald", "indirect", start, p.text.index(", the Herald"),
                        p.text.index("reveal"), p.text.index("reveal") + 6)
    found = terms(p, [a])
    assert find(found, "fat cats").voice == "narrator"
    assert find(found, "eye-watering").voice == "narrator"


def test_all_capitals_tabloid_adjective(parsed):
    assert find(terms(parsed("SHAMELESS bosses have pocketed more than £2million in bonuses.")),
                "shameless").category == "emotional_appeal"


def test_can_reveal_without_attribution_is_the_narrator(parsed):
    t = find(terms(parsed("Directors shared eye-watering payouts, the Herald can reveal.")), "eye-watering")
    assert t.voice == "narrator"


def test_split_quote_cue_is_the_narrators_words_and_the_parts_are_quoted(parsed):
    """`"X," she claimed, "Y."`: the verb between the parts is the outlet's choice, the parts are quoted."""
    from framing.analysis import analyse_articles
    from framing.model import Article

    def make_article(body):
        return Article.create(title="Test headline", body=body, outlet="Test Outlet")

    [r] = analyse_articles([make_article('"We won this fight," union leader Ana Ruiz claimed, '
                                         '"and the greedy bosses know it."\n\nThe strike ended on Monday.')])
    voices = {t.text: (t.voice, t.speaker) for t in r.results["loaded_terms"]}
    assert voices["claimed"] == ("narrator", None)
    assert voices["greedy"] == ("quoted", "Ana Ruiz")


# ---------------------------------------------------------------- third round (own sentences)


@pytest.mark.parametrize("body,word,category", [
    ("The majority rammed through a tax on sugary drinks.", "rammed through", "repression_framing"),
    ("Ministers forced the bill through parliament in a single day.", "forced", "repression_framing"),
    ("The chairman railroaded the vote before critics could speak.", "railroaded", "repression_framing"),
    ("The governor steamrolled the opposition on the budget.", "steamrolled", "repression_framing"),
    ("Her anti-car crusade has closed half the streets in the centre.", "crusade", "hyperbole"),
    ("The self-described patriot led the march.", "self-described", "delegitimising"),
    ("The mayor bragged on Friday that the city was booming.", "bragged", "reporting_verb"),
    ("The senator boasted after the hearing that he had won.", "boasted", "reporting_verb"),
    ("The campaign is bankrolled by a handful of billionaires.", "bankrolled", "conspiracy_framing"),
    ("Angry parents slammed the school board on Monday.", "slammed", "reporting_verb"),
    ("Local residents blasted the new parking rules.", "blasted", "reporting_verb"),
    ("Conservationists slammed the decision.", "slammed", "reporting_verb"),
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
])
def test_third_round_families_are_flagged(parsed, body, word, category):
    assert find(terms(parsed(body)), word).category == category


@pytest.mark.parametrize("body", [
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
])
def test_third_round_literal_uses_are_not_flagged(parsed, body):
    assert terms(parsed(body)) == [], body


def test_participle_after_said_is_the_narrators(parsed):
    found = terms(parsed('"We will not stop," the mayor said, repeating the claims of so-called experts.'))
    assert find(found, "so-called").voice == "narrator"


def test_adding_that_is_still_reported(parsed):
    found = terms(parsed("The minister spoke on Monday, adding that the thugs would be punished."))
    assert find(found, "thugs").voice == "reported"


def test_hypothetical_thought_is_the_narrators(parsed):
    found = terms(parsed("Taxpayers can only hope the courts stop the disastrous plan."))
    assert find(found, "disastrous").voice == "narrator"
    found = terms(parsed("Residents hope the courts stop the disastrous plan."))
    assert find(found, "disastrous").voice == "reported"


def test_that_clause_after_a_time_phrase_is_the_verbs(parsed):
    found = terms(parsed("The mayor boasted after the meeting that the plan was working."))
    assert find(found, "boasted").category == "reporting_verb"


def test_a_name_can_start_a_longer_term(parsed):
    found = terms(parsed("Analysts said it was Cold War mentality."))
    assert find(found, "cold war mentality").category == "delegitimising"
    assert terms(parsed("Historians study the Cold War in Berlin.")) == []


def test_self_described_in_a_poll_is_survey_language(parsed):
    assert terms(parsed("She leads among self-described liberals by 5 points in the poll.")) == []


@pytest.mark.parametrize("body,word,category", [
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
    ("Meanwhile the city fire department begs for new trucks.", "begs", "emotional_appeal"),
    ("The town has become a magnet for illegal migrants.", "magnet", "emotional_appeal"),
    ("The state wants to roll out the red carpet for newcomers.", "roll out the red carpet", "emotional_appeal"),
    ("Activists warned of voter suppression in rural counties.", "voter suppression", "repression_framing"),
])
def test_fourth_round_families_are_flagged(parsed, body, word, category):
    assert find(terms(parsed(body)), word).category == category


@pytest.mark.parametrize("body", [
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
    "Schengen rules allow open borders inside the EU.",
    "The ceremony was carefully orchestrated.",
    "He begs for coins outside the station.",
    "The government announced cash handouts for households.",
])
def test_fourth_round_literal_uses_are_not_flagged(parsed, body):
    assert terms(parsed(body)) == [], body
