"""Reporting verbs: stances, phrasal verbs, the word list."""

from __future__ import annotations

from framing.attribution import extract_attributions
from framing.attribution.verbs_and_roles import STANCES, verbs


def test_verb_stances(by_content, parsed) -> None:
    body = ("The mayor admitted the plan had failed. The council noted that costs had doubled. "
            "The firm denied that it had broken the law. The governor warned that floods were likely. "
            "Experts suggest the river may rise.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "plan had failed").verb_stance == "guilt_implying"
    assert by_content(items, "costs had doubled").verb_stance == "endorsing"
    assert by_content(items, "broken the law").verb_stance == "guilt_implying"
    assert by_content(items, "floods were likely").verb_stance == "emphatic"
    assert by_content(items, "river may rise").verb_stance == "hedged"


def test_phrasal_verb_point_out(parsed) -> None:
    a = extract_attributions(parsed("The auditor pointed out that the accounts were incomplete."))[0]
    assert a.verb == "point out" and a.verb_stance == "endorsing"


def test_verb_lexicon_is_large_and_well_formed() -> None:
    lex = verbs()
    assert len(lex.stance) + sum(len(v) for v in lex.phrasal.values()) >= 100
    assert set(lex.stance.values()) <= set(STANCES)
    for lemma in ("say", "claim", "admit", "stress", "suggest", "note", "acknowledge", "assert", "announce",
                  "argue", "accuse", "blame", "urge", "vow"):
        assert lemma in lex.stance
