"""Who an evaluation is about: the rules of framing.tone.directed, through target_tone.

Every sentence here is written for these tests (no evaluation-set text)."""

import pytest

from framing.tone.directed import DirectedRulesError, directed_rules
from framing.tone.target import TargetTone, target_tone


def tone(sentence: str, mention: str) -> TargetTone:
    a = sentence.index(mention)
    return target_tone(sentence, a, a + len(mention))


def left_out(t: TargetTone) -> dict[str, str]:
    return {e.text: e.reason for e in t.evidence if e.reason.startswith("not counted")}


def stance_of(t: TargetTone) -> list[str]:
    return [e.reason for e in t.evidence if e.reason.startswith(("support toward", "oppose toward"))]


# --- evaluative words in another actor's phrase -------------------------------------------

@pytest.mark.parametrize("sentence, mention, words", [
    ("Dr Ferreira listed the previous administration's terrible mistakes.", "Ferreira", {"terrible", "mistakes"}),
    ("Mayor Osei answered the failures of the opposition with a plan.", "Osei", {"failures"}),
    ("Brandt spoke for an hour about the council's incompetence.", "Brandt", {"incompetence"}),
    ("Kessler faced his dishonest rival in the final debate.", "Kessler", {"dishonest"}),
])
def test_words_in_another_actors_phrase_are_not_charged_to_the_mention(sentence, mention, words):
    t = tone(sentence, mention)
    assert words <= set(left_out(t)), left_out(t)
    assert all("another actor" in left_out(t)[w] for w in words)
    assert t.label != "negative"


@pytest.mark.parametrize("sentence, mention", [
    ("Kessler's dishonest campaign has angered many voters.", "Kessler"),  # the mention's own phrase
    ("Halvorsen defended his disastrous record.", "Halvorsen"),       # a pronoun possessor: often the mention
    ("The terrible failures of Mayor Osei cost the city dearly.", "Osei"),
])
def test_the_mentions_own_phrase_stays_charged(sentence, mention):
    t = tone(sentence, mention)
    assert not left_out(t)
    assert t.label == "negative"


def test_the_same_name_as_possessor_is_the_mention_itself():
    t = tone("Minister Tomas Berg answered Berg's own terrible mistakes with an apology.", "Tomas Berg")
    assert "terrible" not in left_out(t)


# --- evaluative words said of another subject ---------------------------------------------

@pytest.mark.parametrize("sentence, mention, words", [
    ("Senator Ruiz cited a study showing that the new dam had failed badly.", "Ruiz", {"failed", "badly"}),
    ("Okafor read out the letter in which the minister admitted terrible errors.", "Okafor", {"terrible", "errors"}),
    ("Ms Lund welcomed the report that the regulator had ignored dangerous warnings.", "Lund", {"ignored", "dangerous"}),
])
def test_a_clause_about_another_subject_is_not_charged_to_the_mention(sentence, mention, words):
    t = tone(sentence, mention)
    assert words <= set(left_out(t)), left_out(t)
    assert all("another subject" in left_out(t)[w] for w in words)
    assert t.label != "negative"


@pytest.mark.parametrize("sentence, mention", [
    ("Okafor admitted terrible errors in the letter.", "Okafor"),                    # the mention's own clause
    ("Minister Dahl said he had failed badly.", "Dahl"),                            # a pronoun: maybe the mention
    ("The regulator said that Ms Lund had ignored dangerous warnings.", "Lund"),    # the mention is the subject
])
def test_the_mentions_own_clause_stays_charged(sentence, mention):
    assert not any("another subject" in r for r in left_out(tone(sentence, mention)).values())


# --- evaluative words in a negated construction (not asserted) ----------------------------

@pytest.mark.parametrize("sentence, mention", [
    ("The governor did not need to dwell on the challenger's scandals.", "governor"),
    ("The coach never bothered to answer the vicious attacks.", "coach"),
    ("Halvorsen need not worry about angry threats.", "Halvorsen"),
    ("The chairwoman did not have to fight a painful battle this year.", "chairwoman"),
])
def test_a_complement_that_did_not_happen_is_not_said_of_the_subject(sentence, mention):
    t = tone(sentence, mention)
    reasons = left_out(t)
    assert any("not asserted" in r for r in reasons.values()), reasons
    assert t.label != "negative"


@pytest.mark.parametrize("sentence, mention", [
    ("The governor needed to apologise for the terrible scandal.", "governor"),     # not negated
    ("The coach did not answer the vicious attacks.", "coach"),                    # not a verb of necessity
    ("Clark said Ortiz had not missed a single terrible storm.", "Ortiz"),         # 'had' is an auxiliary
])
def test_other_negations_and_plain_necessity_stay_read(sentence, mention):
    t = tone(sentence, mention)
    assert not any("not asserted" in r for r in left_out(t).values())


# --- support and opposition toward the mention ---------------------------------------------

@pytest.mark.parametrize("sentence, mention", [
    ("The whole of Norland stands with Prime Minister Aalto.", "Aalto"),
    ("Farmers from every valley rallied behind Governor Ruiz on Sunday.", "Ruiz"),
    ("Thousands came to hear Senator Obi speak in the park.", "Obi"),
    ("Residents queued for hours to see Mayor Lindqvist open the bridge.", "Lindqvist"),
    ("The crowd cheered Ms Varga as she took the stage.", "Varga"),
])
def test_support_toward_the_mention(sentence, mention):
    t = tone(sentence, mention)
    assert stance_of(t) and stance_of(t)[0].startswith("support")
    assert t.label == "positive"


@pytest.mark.parametrize("sentence, mention", [
    ("Fans booed Coach Delaney when the team walked out.", "Delaney"),
    ("Students jeered the chancellor outside the library.", "chancellor"),
    ("Many voters have turned against President Castell.", "Castell"),
    ("Protesters shouted down the minister at the town hall.", "minister"),
    ("Castell was booed by the crowd at the stadium.", "Castell"),
])
def test_opposition_toward_the_mention(sentence, mention):
    t = tone(sentence, mention)
    assert stance_of(t) and stance_of(t)[0].startswith("oppose")
    assert t.label == "negative"


def test_a_negated_stance_turns_round():
    t = tone("The party would not stand with Mr Haddad after the vote.", "Haddad")
    assert stance_of(t) and stance_of(t)[0].startswith("oppose") and "negated" in stance_of(t)[0]


@pytest.mark.parametrize("sentence, mention", [
    ("Aalto stands with the farmers of the north.", "Aalto"),        # the mention supports, is not supported
    ("Ruiz rallied his supporters in the square.", "Ruiz"),
    ("Senator Obi came to hear the complaints of the miners.", "Obi"),
])
def test_the_one_who_supports_gets_no_stance(sentence, mention):
    assert not stance_of(tone(sentence, mention))


# --- the rules file -------------------------------------------------------------------------

def test_shipped_rules_have_a_category_and_note_per_entry():
    import tomllib

    from framing.tone.directed import DATA_PATH

    data = tomllib.loads(DATA_PATH.read_text(encoding="utf-8"))
    entries = [e for key in ("actor_noun", "not_asserted", "stance") for e in data[key]]
    assert entries and all(e.get("category") and e.get("note") for e in entries)
    rules = directed_rules()
    assert "rival" in rules.actor_nouns and "protester" in rules.actor_nouns   # referents count as actors
    assert "need" in rules.modals and "have" not in rules.modals


def test_a_broken_rules_file_names_the_file(tmp_path):
    bad = tmp_path / "rules.toml"
    bad.write_text('[[stance]]\nlemmas = ["cheer"]\nstance = "maybe"\nobject = true\n', encoding="utf-8")
    with pytest.raises(DirectedRulesError, match="rules.toml stance #1"):
        directed_rules(str(bad))
    bad.write_text("[[stance]\n", encoding="utf-8")
    with pytest.raises(DirectedRulesError, match="could not be read"):
        directed_rules(str(bad))
