"""The context rules of stance-marker entries, each with sentences of our own where it lets its
word through and where it holds it back (the same word, another use)."""

from __future__ import annotations

import pytest

from framing.stance_markers import RULES, builtin_stance_lexicon

THROUGH, BLOCKED = True, False

CASES = [
    ("stance_adverb", THROUGH, "The minister clearly misled parliament.", "clearly"),
    ("stance_adverb", THROUGH, "Clearly, the plan has failed.", "clearly"),
    ("stance_adverb", THROUGH, "This is obviously a mistake by the council.", "obviously"),
    ("stance_adverb", THROUGH, "The report plainly contradicts the minister.", "plainly"),
    ("stance_adverb", BLOCKED, "She spoke clearly to the crowd in the square.", "clearly"),
    ("stance_adverb", BLOCKED, "The witness could not hear the driver clearly.", "clearly"),
    ("stance_adverb", BLOCKED, "The rules were written plainly so anyone could follow them.", "plainly"),
    ("hearsay_passive", THROUGH, "The chairman is said to be furious about the leak.", "is said"),
    ("hearsay_passive", THROUGH, "The two rivals are believed to have met in secret.", "are believed"),
    ("hearsay_passive", THROUGH, "It is alleged that the ballots were printed twice.", "is alleged"),
    ("hearsay_passive", THROUGH, "The singer is rumoured to be leaving the band.", "is rumoured"),
    ("hearsay_passive", BLOCKED, "The statement was said aloud at the start of the session.", "said"),
    ("hearsay_passive", BLOCKED, "His account was believed by the jury.", "believed"),
    ("hearsay_passive", BLOCKED, "The alleged attack happened near the station.", "alleged"),
    ("epistemic_modal", THROUGH, "The minister may have misled parliament.", "may"),
    ("epistemic_modal", THROUGH, "The new tax could cost thousands of jobs.", "could"),
    ("epistemic_modal", THROUGH, "There might be delays on the northern line.", "might"),
    ("epistemic_modal", THROUGH, "The rebels may well refuse the offer.", "may"),
    ("epistemic_modal", THROUGH, "The crash could have been avoided.", "could"),
    ("epistemic_modal", BLOCKED, "You may leave the hall once the vote is counted.", "may"),
    ("epistemic_modal", BLOCKED, "Visitors may not park on the grass.", "may"),
    ("epistemic_modal", BLOCKED, "Rescuers could not find the missing climbers.", "could"),
    ("epistemic_modal", BLOCKED, "From the roof she could see the smoke.", "could"),
    ("epistemic_modal", BLOCKED, "Could you send us the figures?", "could"),
    ("epistemic_modal", BLOCKED, "The signs were printed large so that drivers could read them.", "could"),
    ("epistemic_modal", THROUGH, "The case could eventually reach the Supreme Court.", "could"),
    ("epistemic_modal", BLOCKED, "Critics said the council might as well close the library.", "might"),
    ("epistemic_modal", BLOCKED, "Under the new rules, tenants may appeal within a month.", "may"),
    ("evidential_raising", THROUGH, "The minister appears to have misled parliament.", "appears"),
    ("evidential_raising", THROUGH, "The talks seem to be stalling.", "seem"),
    ("evidential_raising", THROUGH, "It seems that nobody read the report.", "seems"),
    ("evidential_raising", THROUGH, "The fire does not appear suspicious, the chief said.", "appear"),
    ("evidential_raising", BLOCKED, "The suspect appeared in court on Monday.", "appeared"),
    ("evidential_raising", BLOCKED, "The mayor appeared on television last night.", "appeared"),
    ("evidential_raising", BLOCKED, "A crack appeared in the wall.", "appeared"),
    ("evidential_suggest", THROUGH, "The figures suggest the scheme is failing.", "suggest"),
    ("evidential_suggest", THROUGH, "Early results indicate that turnout fell.", "indicate"),
    ("evidential_suggest", THROUGH, "The leaked emails suggest the deal was agreed in May.", "suggest"),
    ("evidential_suggest", THROUGH, "Auditors found evidence to suggest that the funds were moved.", "suggest"),
    ("evidential_suggest", BLOCKED, "She suggested a meeting on Friday.", "suggested"),
    ("claim_to_verb", THROUGH, "The group claims to represent every farmer.", "claims to"),
    ("claim_to_verb", THROUGH, "The website claims to expose corrupt officials.", "claims to"),
    ("claim_to_verb", THROUGH, "Police found a letter purporting to come from the minister.", "purporting to"),
    ("claim_to_verb", BLOCKED, "The families lodged a claim to the land.", "claim to"),
    ("claim_to_verb", BLOCKED, "The club has a strong claim to the title.", "claim to"),
    ("claim_to_verb", BLOCKED, "She claimed to the police that the door was open.", "claimed to"),
    ("evidential_suggest", BLOCKED, "The mayor suggested that residents wait indoors.", "suggested"),
    ("evidential_suggest", BLOCKED, "The signs indicate the way to the exit.", "indicate"),
    ("open_question", THROUGH, "Whether the aid will arrive in time is another question.", "whether"),
    ("open_question", THROUGH, "It is unclear whether the ceasefire will hold.", "whether"),
    ("open_question", THROUGH, "Whether anybody reads the report is doubtful.", "whether"),
    ("open_question", BLOCKED, "They asked whether the road was open.", "whether"),
    ("open_question", BLOCKED, "She will decide whether to stand for the council.", "whether"),
    ("open_question", BLOCKED, "Whether it rains or not, the market opens at eight.", "whether"),
]


@pytest.mark.parametrize("name,through,body,word", CASES)
def test_rule(markers, name, through, body, word):
    found = [m for m in markers(body) if m.text.lower() == word]
    if through:
        assert found and found[0].rule.endswith(f"+{name}"), [m.text for m in markers(body)]
    else:
        assert not found, found


def test_every_rule_is_used_tested_both_ways_and_says_what_it_covers():
    used = {e.rule for e in builtin_stance_lexicon().entries if e.rule}
    assert used == set(RULES)
    for name, rule in RULES.items():
        assert len(rule.covers) > 40, name
        assert sum(1 for n, t, _, _ in CASES if n == name and t) >= 3, name
        assert sum(1 for n, t, _, _ in CASES if n == name and not t) >= 3, name
