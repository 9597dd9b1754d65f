"""Attribution extraction: one small test per construction, on sentences of our own."""

from __future__ import annotations

import pytest

from framing.attribution import Attribution, extract_attributions


@pytest.fixture
def attrs(parsed):
    def _attrs(body: str, title: str = "Council meets on budget") -> list[Attribution]:
        return extract_attributions(parsed(body, title=title))

    return _attrs


def one(items: list[Attribution], fragment: str) -> Attribution:
    found = [a for a in items if fragment.lower() in a.content.lower()]
    assert found, f"no attribution with {fragment!r} in {[a.content for a in items]}"
    return found[0]


def test_direct_quote_then_cue(attrs) -> None:
    a = one(attrs('"We will rebuild the bridge by spring," Mayor Anna Kowalski said on Monday.'), "rebuild the bridge")
    assert (a.kind, a.speaker, a.verb, a.rule) == ("direct", "Anna Kowalski", "say", "quote_then_cue")
    assert a.content == "We will rebuild the bridge by spring,"


def test_direct_cue_then_quote_with_colon(attrs) -> None:
    a = one(attrs('The minister, Jonas Berg, told parliament: "There is no money left for this project."'), "no money left")
    assert a.kind == "direct" and a.speaker == "Jonas Berg" and a.rule == "cue_then_quote"


def test_split_quote_in_one_sentence_is_one_attribution(attrs) -> None:
    items = attrs('"The plan is dead," said Omar Haddad, a local shop owner, "and everybody knows it."')
    assert len(items) == 1
    a = items[0]
    assert a.speaker == "Omar Haddad" and a.kind == "direct" and a.rule == "split_quote"
    assert a.content == "The plan is dead, and everybody knows it."
    assert len(a.content_parts) == 2 and a.content_parts[0][0] == a.content_start


def test_multi_sentence_quote_is_one_attribution(attrs) -> None:
    items = attrs('"We waited for hours. Nobody came. Nobody called," said Ruth Amsel, a resident.')
    assert len(items) == 1 and items[0].content.startswith("We waited") and items[0].content.endswith("called,")


def test_floating_quote_takes_the_previous_speaker(attrs) -> None:
    items = attrs('"Prices went up twice this year," said Carla Mendes, a baker. "I cannot raise mine again."')
    a = one(items, "cannot raise mine")
    assert a.speaker == "Carla Mendes" and a.rule == "floating_quote" and a.kind == "direct"


def test_quote_over_paragraphs(attrs) -> None:
    body = ('"We have asked for talks for months," said union leader Petra Novak. "Nobody answered.\n\n'
            '"Now we will strike until they listen."')
    a = one(attrs(body), "strike until they listen")
    assert a.speaker == "Petra Novak" and a.kind == "direct" and "Nobody answered." in a.content


def test_indirect_said_that(attrs) -> None:
    a = one(attrs("Finance Minister Lena Roth said that the deficit would shrink next year."), "deficit would shrink")
    assert (a.kind, a.speaker, a.rule) == ("indirect", "Lena Roth", "verb_clause")
    assert a.content == "the deficit would shrink next year"


def test_indirect_told_someone_that(attrs) -> None:
    a = one(attrs("Police chief Mark Dale told reporters that two suspects had been arrested."), "two suspects")
    assert a.speaker == "Mark Dale" and a.verb == "tell" and a.speaker_type == "official"


def test_trailing_officials_said(attrs) -> None:
    a = one(attrs("The border crossing will reopen on Friday, officials said."), "border crossing")
    assert a.content == "The border crossing will reopen on Friday"
    assert (a.speaker, a.speaker_type, a.anonymous, a.rule) == ("officials", "official", True, "clause_before_cue")


def test_distancing_verb_and_participle(attrs) -> None:
    items = attrs("The company claimed the leak was minor, insisting that no one had been harmed.")
    claim, insist = one(items, "leak was minor"), one(items, "no one had been harmed")
    assert claim.verb_stance == "distancing" and insist.verb == "insist" and insist.rule == "participle"
    assert "insisting" not in claim.content
    assert insist.speaker == claim.speaker


def test_adding_that_after_a_quote(attrs) -> None:
    items = attrs('"We are ready," she said, adding that talks would resume. Anna Ek leads the team.',
                  title="Anna Ek says team is ready")
    a = one(items, "talks would resume")
    assert a.kind == "indirect" and a.verb == "add" and a.rule == "participle"


def test_according_to(attrs) -> None:
    a = one(attrs("Unemployment rose to 7 percent in March, according to the national statistics office."), "Unemployment")
    assert a.kind == "according_to" and a.content == "Unemployment rose to 7 percent in March"
    assert "statistics office" in a.speaker and a.speaker_type == "official"


def test_according_to_a_report_by_names_the_author(attrs) -> None:
    a = one(attrs("Water use doubled last year, according to a report by the Green River Foundation."), "Water use")
    assert "Green River Foundation" in a.speaker and a.speaker_type == "civil_society"


def test_according_to_law_is_not_a_source(attrs) -> None:
    assert not attrs("Shops must close at ten, according to the law.")


def test_headline_says(attrs) -> None:
    items = attrs("The vote is on Tuesday.", title="Kowalski says bridge will reopen in spring")
    a = one(items, "bridge will reopen")
    assert a.position == "headline" and a.kind == "indirect"


def test_relative_clause_cue(attrs) -> None:
    a = one(attrs("Fires broke out in the port, damage that the authorities blamed on faulty wiring."), "faulty wiring")
    assert a.speaker == "authorities" and a.verb == "blame" and a.verb_stance == "distancing"


def test_reduced_clause_analysts_say(attrs) -> None:
    a = one(attrs("The bank cut rates again, a move that analysts say reflects a weak economy."), "weak economy")
    assert a.speaker == "analysts" and a.speaker_type == "expert" and a.anonymous


def test_accused_of_and_urged_to(attrs) -> None:
    items = attrs("Opposition leader Sara Lund accused the government of hiding the figures. "
                  "Amnesty International urged the police to release the detainees.")
    acc = one(items, "hiding the figures")
    assert acc.speaker == "Sara Lund" and acc.speaker_type == "political" and acc.rule == "preposition_frame"
    urge = one(items, "release the detainees")
    assert urge.speaker_type == "civil_society" and urge.rule == "infinitive_frame"


def test_scare_quotes_and_titles_are_not_attributions(attrs) -> None:
    items = attrs('The so-called "reform" was discussed on the talk show "Morning Live" yesterday.')
    assert items == []


def test_partial_quote_inside_reported_speech_is_indirect(attrs) -> None:
    items = attrs('Inspector Mara Holt said officers had shown "great restraint" during the march.')
    assert len(items) == 1 and items[0].kind == "indirect" and "great restraint" in items[0].content
    assert items[0].quoted_words == 2


def test_passive_it_was_reported_has_no_speaker(attrs) -> None:
    assert attrs("It was reported that the factory would close.") == []


def test_negated_cue_is_not_an_attribution(attrs) -> None:
    assert attrs("The minister did not say whether the plan would change.") == []


def test_apostrophes_do_not_make_quotes(attrs) -> None:
    items = attrs("Kazakhstan's president said the country's protesters' demands were heard in the '90s too.")
    assert len(items) == 1 and items[0].kind == "indirect"


def test_unbalanced_quote_marks_do_not_crash(attrs) -> None:
    items = attrs('"We will not leave, said Tom Reed, a student.\n\nThe police waited.')
    assert all(isinstance(a, Attribution) for a in items)
    attrs('\u201d stray closing mark, said the mayor \u201c and an opener')


def test_offsets_point_at_content_and_cue(parsed) -> None:
    p = parsed('"Rents are too high," said Nina Park, a tenant.')
    (a,) = extract_attributions(p)
    assert p.text[a.content_start:a.content_end] == a.content
    assert p.text[a.cue_start:a.cue_end] == "said"
    assert p.text[a.speaker_start:a.speaker_end].startswith("Nina Park")


def test_own_annotated_articles_reach_the_accuracy_bar() -> None:
    """Our annotated articles in several styles (tests/framing/attribution_articles): F1 and type
    accuracy >= 0.9 with the evaluation's matching rules (content contains evidence, speaker alias)."""
    import json
    import pathlib
    import re

    from framing.ingest import load_paths
    from framing.parse import parse_articles

    def norm(s: str) -> str:
        s = "".join(" " if c in "\"'\u201c\u201d\u2018\u2019" else c for c in (s or "").lower())
        return re.sub(r"\s+", " ", s).strip(" ,.;:")

    folder = pathlib.Path(__file__).parent / "attribution_articles"
    golds = [json.loads(p.read_text()) for p in sorted(folder.glob("*.gold.json"))]
    arts = load_paths([folder / g["file"] for g in golds]).articles
    n_gold = n_pred = hit = type_hit = 0
    for g, p in zip(golds, parse_articles(arts)):
        preds = extract_attributions(p)
        n_gold += len(g["attributions"])
        n_pred += len(preds)
        used: set[int] = set()
        for ga in g["attributions"]:
            ev = norm(ga["evidence"])
            cands = [i for i, a in enumerate(preds) if i not in used and ev in norm(a.content)
                     and any(norm(x) in norm(a.speaker) for x in ga["speaker"])]
            if cands:
                used.add(cands[0])
                hit += 1
                type_hit += ga["type"] is None or preds[cands[0]].speaker_type == ga["type"]
    precision, recall = hit / n_pred, hit / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9 and type_hit / hit >= 0.9, (f1, type_hit / hit)


def test_attributions_round_trip_through_json(parsed) -> None:
    from framing.serialise import from_jsonable, to_jsonable

    items = extract_attributions(parsed('"Rents are too high," said Nina Park, a tenant. Officials said rents fell.'))
    assert from_jsonable(list[Attribution], to_jsonable(items)) == items
