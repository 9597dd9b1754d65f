"""Events and claims of the reported-event families: our own sentences, one family per case."""

from __future__ import annotations

import re

import pytest

from framing.reported_events import find_reported_events, load_event_entries


def _keys(text: str) -> list[str]:
    sents = [(i, m.start(), m.end()) for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]", text))]
    return [m.key for m in find_reported_events(text, sents)]


@pytest.mark.parametrize("sentence, key", [
    # use of force, however written
    ("Riot police fired tear gas into the market.", "tear_gas"),
    ("Students said they were pepper-sprayed at the gate.", "pepper_spray"),
    ("Officers swung batons at the crowd outside the court.", "batons"),
    ("Water cannon cleared the bridge before dawn.", "water_cannon"),
    ("Guards fired rubber bullets at the strikers.", "rubber_bullets"),
    # economic causes
    ("Bus fares rose by a third in March.", "price_rise"),
    ("The protest began after a sharp increase in bread prices.", "price_rise"),
    ("Heating bills have doubled since autumn.", "energy_price"),
    ("Teachers say their wages had not been paid for months.", "unpaid_wages"),
    # demands
    ("Marchers demanded that the governor resign.", "resignation"),
    ("The opposition called for early elections.", "early_elections"),
    ("Relatives want the release of the detainees.", "release_detainees"),
    # restrictions
    ("A curfew was imposed on the port district.", "curfew"),
    ("Mobile internet was cut across the region on Friday.", "internet_shutdown"),
])
def test_each_family_is_found_however_it_is_written(sentence: str, key: str) -> None:
    assert key in _keys(sentence)


@pytest.mark.parametrize("sentence, key", [
    ("The coach passed the baton to his deputy.", "batons"),   # a baton with no force in the sentence
    ("The minister resigned on Monday.", "resignation"),         # a resignation that no one demands
])
def test_an_entry_that_needs_a_second_word_does_not_fire_without_it(sentence: str, key: str) -> None:
    assert key not in _keys(sentence)


def test_every_entry_has_a_label_a_note_and_patterns() -> None:
    for e in load_event_entries():
        assert e.label and e.note and e.patterns, e.key


def test_a_mention_is_one_per_entry_and_sentence_with_its_span() -> None:
    text = "Police used tear gas, then more tear gas. Later tear gas was fired again."
    sents = [(i, m.start(), m.end()) for i, m in enumerate(re.finditer(r"[^.]+\.", text))]
    found = find_reported_events(text, sents)
    assert [(m.sentence, text[m.start:m.end].lower()) for m in found] == [(0, "tear gas"), (1, "tear gas")]


def test_the_one_search_a_sentence_prefilter_keeps_every_entry_pattern() -> None:
    """A sentence is only looked at entry by entry when the alternation of all patterns matches it:
    that is exact only while no pattern refers to a numbered group (the numbers shift when joined)."""
    import re

    from framing.reported_events import _any_entry_pattern, load_event_entries

    patterns = [p.pattern for e in load_event_entries() for p in e.patterns]
    assert not [p for p in patterns if re.search(r"\\[1-9]|\(\?P=", p)]
    assert _any_entry_pattern().pattern.count("(?:") >= len(patterns)


# Family removal: people cleared, dragged or removed from a place by force, however written — the
# agent's act ("cleared the hall"), the place's ("the square was cleared"), the people's ("were
# carried out").
@pytest.mark.parametrize("sentence", [
    "Stewards cleared the chamber within minutes.",
    "By midnight the square had been cleared.",
    "Guards dragged two pensioners away from the door.",
    "Officers forcibly removed the campaigners from the lobby.",
    "Several tenants were carried out by riot police.",
])
def test_people_cleared_or_removed_is_one_entry(sentence: str) -> None:
    assert "removal" in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The vote cleared the way for the tower.",
    "The ministry removed the bread subsidy.",
    "The hearing dragged on until dusk.",
    "Builders cleared the site last spring.",
])
def test_a_cleared_way_or_a_removed_subsidy_is_no_removal(sentence: str) -> None:
    assert "removal" not in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "No tear gas was used at the rally, the interior ministry said.",
    "Officers did not use batons on the marchers.",
    "Water cannon were never deployed on the bridge.",
    "The crowd dispersed without rubber bullets being fired.",
])
def test_a_clause_that_denies_the_event_reports_none(sentence: str) -> None:
    assert _keys(sentence) == []


@pytest.mark.parametrize("sentence, keys", [
    ("The police denied using tear gas on the students.", ["tear_gas"]),      # a denial by a verb: the claim
    ("There were no water cannon on the square, but officers fired tear gas.", ["tear_gas"]),
    ("Guards fired rubber bullets, though no one was killed.", ["rubber_bullets"]),
])
def test_a_denial_elsewhere_in_the_sentence_leaves_the_event(sentence: str, keys: list[str]) -> None:
    assert _keys(sentence) == keys


# The word-opening index (speed only): a sentence is searched with only the entry patterns whose
# first word opens like one of its words; what it finds must be what every pattern finds.
@pytest.mark.parametrize("pattern, prefixes, words", [
    (r"\bsand(?:bag|bags)? wall\b", {"sandba"}, {"sand"}),           # optional tail: both ways through
    (r"\b(?:kettl|corral)(?:ed|ing)\b", {"kettle", "kettli", "corral"}, set()),  # alternatives, cut at six
    (r"\bgo(?:ne)?\b(?= home\b)", set(), {"go", "gone"}),             # a boundary ends the word
    (r"\bfence[- ]line\b", set(), {"fence"}),                         # a class of separators ends it too
    (r"\bcar\w*", {"car"}, set()),                                    # a repeat: what is spelt so far
])
def test_word_openings_spell_every_way_into_a_pattern(pattern: str, prefixes: set[str], words: set[str]) -> None:
    from framing.reported_events import _word_openings

    found = _word_openings(re.compile(pattern, re.IGNORECASE))
    assert found is not None and set(found.prefixes) == prefixes and set(found.words) == words


@pytest.mark.parametrize("pattern", [r"sandbag", r"\b\w+ wall", r"\b(?:x|\d+) wall"])
def test_word_openings_give_up_where_no_opening_can_be_spelt(pattern: str) -> None:
    from framing.reported_events import _word_openings

    assert _word_openings(re.compile(pattern, re.IGNORECASE)) is None


@pytest.mark.parametrize("sentence", [
    "WATER CANNON WERE TURNED ON THE MARCHERS AT DUSK.",           # upper case
    "A curfew-breaking crowd met the Water-Cannon trucks.",        # hyphens inside the words
    "The café owners said “tear gas” drifted into the kitchen.",   # a word character outside ASCII
    "The ſtate of emergency was lifted on Monday.",               # long s: the case rules of re, not lower()
    "Officials discussed the governor's plan to go now or never.",
    "Nothing here reports anything at all, said the clerk.",
    "Fares rose again and the council blamed higher fuel bills.",
])
def test_the_word_opening_index_finds_what_every_pattern_finds(sentence: str) -> None:
    from framing.reported_events import _pattern_index, _pattern_matches

    index = _pattern_index()
    assert index is not None  # every shipped pattern opens with a word that can be spelt
    expected = {i: m.span() for i, p in enumerate(index.patterns) for m in [p.search(sentence)] if m is not None}
    assert {i: m.span() for i, m in _pattern_matches(sentence, index).items()} == expected
