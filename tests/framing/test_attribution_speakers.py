"""Speakers: pronouns, short forms, role references, speaker types, anonymity, verbs and stances."""

from __future__ import annotations

from framing.attribution import extract_attributions
from framing.attribution.verbs_and_roles import STANCES, verbs
from framing.attribution.phrases import slug


def by_content(items, fragment):
    return next(a for a in items if fragment.lower() in a.content.lower())


def test_pronoun_and_short_form_resolve_to_full_name(parsed) -> None:
    body = ("Kazakh President Kassym-Jomart Tokayev said order had been restored. "
            "He added that the curfew would stay. Tokayev said foreign fighters were involved.")
    items = extract_attributions(parsed(body))
    assert {a.speaker for a in items} == {"Kassym-Jomart Tokayev"}
    assert {a.speaker_id for a in items} == {"kassym-jomart-tokayev"}
    assert by_content(items, "curfew").resolved_from == "he"
    assert by_content(items, "curfew").speaker_type == "official"


def test_role_reference_resolves_to_the_person(parsed) -> None:
    body = ("Prime Minister Elena Varga defended the budget on Monday. "
            '"We cannot spend what we do not have," the prime minister said.')
    a = extract_attributions(parsed(body))[0]
    assert a.speaker == "Elena Varga" and a.resolved_from.lower() == "the prime minister"


def test_she_skips_a_man_already_resolved_as_he(parsed) -> None:
    body = ("Mr Adam Cole, the finance minister, said taxes would rise. Ms Ruth Bell, an economist, "
            "said growth would slow. She said exports were weak.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "exports were weak").speaker == "Ruth Bell"


def test_the_group_resolves_to_the_named_organisation(parsed) -> None:
    body = ('Human Rights Watch criticised the arrests. "Peaceful protest is not a crime," the group said.')
    a = by_content(extract_attributions(parsed(body)), "Peaceful protest")
    assert a.speaker == "Human Rights Watch" and a.speaker_type == "civil_society"


def test_speaker_types(parsed) -> None:
    body = ("Union organiser Ben Ortiz said the strike would continue. "
            "Lawmaker Ana Ruiz of the opposition Green Party said the plan was flawed. "
            "Ivan Novak, a professor at Dunmore University, said wages had stagnated. "
            "A spokesperson for Harbor Bank Inc said the branch would close. "
            "The Daily Courier reported that the mayor had resigned. "
            "Witnesses said the crowd was peaceful.")
    items = extract_attributions(parsed(body))
    got = {a.speaker_type for a in items}
    assert by_content(items, "strike would continue").speaker_type == "civil_society"
    assert by_content(items, "plan was flawed").speaker_type == "political"
    assert by_content(items, "wages had stagnated").speaker_type == "expert"
    assert by_content(items, "branch would close").speaker_type == "business"
    assert by_content(items, "mayor had resigned").speaker_type == "media"
    w = by_content(items, "crowd was peaceful")
    assert w.speaker_type == "citizen" and w.anonymous
    assert all(a.type_rule for a in items) and len(got) == 6


def test_named_person_without_role_is_a_citizen(parsed) -> None:
    a = extract_attributions(parsed('"I have lived here forty years," said Karl Ansby, who runs the corner bakery.'))[0]
    assert a.speaker_type == "citizen" and not a.anonymous


def test_anonymity_markers(parsed) -> None:
    body = ("A senior diplomat, speaking on condition of anonymity, said the talks had failed. "
            "A resident, who asked not to be named, said the water was cut.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "talks had failed").anonymous
    assert by_content(items, "talks had failed").speaker_type == "official"
    assert by_content(items, "water was cut").anonymous


def test_institution_is_not_anonymous(parsed) -> None:
    a = extract_attributions(parsed("Police said three people had been detained."))[0]
    assert a.speaker_type == "official" and not a.anonymous


def test_verb_stances(parsed) -> None:
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


def test_slug_is_comparable_across_articles() -> None:
    assert slug("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"
    assert slug("Tomás Reyes") == "tomas-reyes"
