"""How far a parenthetical attribution reaches: ``X, organisers said, gathered ...`` and ``X,
according to Y, reached ...`` claim the clause they are inserted in (subject, verb and the verb's
arguments), not what the narrator adds after it: a non-finite adverbial clause (``to hear ...``,
``..., sparing ...``), a non-restrictive relative clause (``..., which ...``, ``..., when ...``) or a
conjoined clause with a subject of its own (``..., and the mayor ...``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, claim, narrator", [
    ("Nearly 5,000 farmers, the organisers said, drove their tractors into the capital to watch the "
     "minister sign a deal that their grandparents had demanded for decades.",
     "Nearly 5,000 farmers, the organisers said, drove their tractors into the capital", "to watch"),
    ("About 300 volunteers, a spokeswoman for the charity said, turned up at dawn to clear the beach of "
     "the oil that had washed ashore overnight.",
     "About 300 volunteers, a spokeswoman for the charity said, turned up at dawn", "to clear"),
    ("Thousands of pensioners, police said, filled the square to cheer the president on a night that "
     "felt like a coronation.", "Thousands of pensioners, police said, filled the square", "coronation"),
])
def test_a_purpose_clause_after_the_claim_is_the_narrators(by_content, attrs, body, claim, narrator) -> None:
    a = by_content(attrs(body), claim.split(",")[0])
    assert a.rule == "parenthetical_cue"
    assert a.content == claim and narrator not in a.content


@pytest.mark.parametrize("body, claim", [
    ("The new line, engineers said, will carry 30,000 passengers a day, sparing commuters the crawl that "
     "has blighted the valley for years.", "The new line, engineers said, will carry 30,000 passengers a day"),
    ("The reservoir, officials said, is at a third of its capacity, which has alarmed farmers across the "
     "region.", "The reservoir, officials said, is at a third of its capacity"),
    ("The deficit, the treasury said, fell to 3 per cent in March, when the new tax took effect.",
     "The deficit, the treasury said, fell to 3 per cent in March"),
    ("Two officers, the police chief said, were injured in the scuffle, and the mayor has called for calm.",
     "Two officers, the police chief said, were injured in the scuffle"),
])
def test_a_clause_set_off_after_the_claim_is_the_narrators(by_content, attrs, body, claim) -> None:
    a = by_content(attrs(body), claim.split(",")[0])
    assert a.rule == "parenthetical_cue" and a.content == claim


def test_the_verbs_own_words_and_a_shared_subject_stay_in_the_claim(by_content, attrs) -> None:
    items = attrs("About 2,000 nurses, the union said, walked out on Monday and joined a picket line "
                  "outside the ministry. The plan, officials said, would cost more than expected.")
    assert by_content(items, "nurses").content == ("About 2,000 nurses, the union said, walked out on Monday and "
                                                   "joined a picket line outside the ministry")
    assert by_content(items, "The plan").content == "The plan, officials said, would cost more than expected"


@pytest.mark.parametrize("body, claim", [
    ("Turnout, according to the commission, reached 62 per cent in the capital, where the mayor had "
     "campaigned tirelessly for months.", "Turnout, according to the commission, reached 62 per cent in the capital"),
    ("Copper exports, according to the trade ministry, fell by a fifth last year, hitting the mining towns "
     "of the north hardest.", "Copper exports, according to the trade ministry, fell by a fifth last year"),
    ("Wages at the plant, according to the union, have not risen since 2019, when the new owners took over.",
     "Wages at the plant, according to the union, have not risen since 2019"),
])
def test_according_to_inside_its_clause_claims_that_clause_with_its_subject(by_content, attrs, body, claim) -> None:
    a = by_content(attrs(body), claim.split(",")[0])
    assert a.kind == "according_to" and a.content == claim


def test_according_to_at_either_end_keeps_the_rest_of_the_sentence(by_content, attrs) -> None:
    items = attrs("According to police, two men were arrested after the match. "
                  "Three shops were looted overnight, according to the mayor.")
    assert by_content(items, "two men").content == "two men were arrested after the match"
    assert by_content(items, "shops").content == "Three shops were looted overnight"


def test_the_narrators_praise_after_a_parenthetical_claim_stays_the_narrators(parsed) -> None:
    from framing.attribution import extract_attributions
    from framing.loaded_terms import builtin_lexicon, find_loaded_terms

    article = parsed("More than 60,000 supporters, organisers said, packed the stadium to hear the senator end her "
                     "campaign with a speech that celebrated the glorious record of her heroic government.")
    found = find_loaded_terms(article, builtin_lexicon(), extract_attributions(article), threshold=1.0)
    voices = {t.text: t.voice for t in found}
    assert voices.get("glorious") == "narrator" and voices.get("heroic") == "narrator"


@pytest.mark.parametrize("body, fragment, claim", [
    ("Storms hit the coast. The roads were cleared overnight, the ministry said, and several looters have been "
     "detained.", "roads were cleared", "The roads were cleared overnight"),
    ("Protests spread on Tuesday. Internet access was cut across much of the country, according to the monitoring "
     "group NetBlocks, and witnesses said they heard gunfire.", "access was cut",
     "Internet access was cut across much of the country"),
    ("The strike entered its second week. Output fell by half, union officials said, and the plant's managers "
     "have stopped talking to reporters.", "Output fell", "Output fell by half"),
])
def test_a_parenthesis_at_the_end_of_its_clause_claims_the_clause_before_it(by_content, attrs, body, fragment,
                                                                           claim) -> None:
    a = by_content(attrs(body), fragment)
    assert a.content == claim
