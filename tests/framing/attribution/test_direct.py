"""Direct speech: a quotation next to its cue (quote_then_cue, cue_then_quote, colon_quote,
split_quote, headline_colon) and floating quotations; quotation marks that are nobody's speech."""

from __future__ import annotations

import pytest

from framing.attribution import Attribution, extract_attributions


def test_direct_quote_then_cue(by_content, attrs) -> None:
    a = by_content(attrs('"We will rebuild the bridge by spring," Mayor Anna Kowalski said on Monday.'), "rebuild the bridge")
    assert (a.kind, a.speaker, a.verb, a.rule) == ("direct", "Anna Kowalski", "say", "quote_then_cue")
    assert a.content == "We will rebuild the bridge by spring,"


def test_direct_cue_then_quote_with_colon(by_content, attrs) -> None:
    a = by_content(attrs('The minister, Jonas Berg, told parliament: "There is no money left for this project."'), "no money left")
    assert a.kind == "direct" and a.speaker == "Jonas Berg" and a.rule == "cue_then_quote"


def test_split_quote_in_one_sentence_is_one_attribution(attrs) -> None:
    items = attrs('"The plan is dead," said Omar Haddad, a local shop owner, "and everybody knows it."')
    assert len(items) == 1
    a = items[0]
    assert a.speaker == "Omar Haddad" and a.kind == "direct" and a.rule == "split_quote"
    assert a.content == "The plan is dead, and everybody knows it."
    assert len(a.content_parts) == 2 and a.content_parts[0][0] == a.content_start


def test_split_quote_across_a_full_stop_stays_two(parsed) -> None:
    body = ('Mayor Ana Ruiz opened the shop. "Prices went up," she said. "We cannot raise ours again."')
    items = extract_attributions(parsed(body))
    assert len(items) == 2 and all(a.speaker == "Ana Ruiz" for a in items)


def test_multi_sentence_quote_is_one_attribution(attrs) -> None:
    items = attrs('"We waited for hours. Nobody came. Nobody called," said Ruth Amsel, a resident.')
    assert len(items) == 1 and items[0].content.startswith("We waited") and items[0].content.endswith("called,")


def test_floating_quote_takes_the_previous_speaker(by_content, attrs) -> None:
    items = attrs('"Prices went up twice this year," said Carla Mendes, a baker. "I cannot raise mine again."')
    a = by_content(items, "cannot raise mine")
    assert a.speaker == "Carla Mendes" and a.rule == "floating_quote" and a.kind == "direct"


def test_quote_over_paragraphs(by_content, attrs) -> None:
    body = ('"We have asked for talks for months," said union leader Petra Novak. "Nobody answered.\n\n'
            '"Now we will strike until they listen."')
    items = attrs(body)
    a = by_content(items, "strike until they listen")
    assert a.speaker == "Petra Novak" and a.kind == "direct"
    # one row per paragraph of the quotation, each with its paragraph's words and the same speaker
    first = by_content(items, "Nobody answered.")
    assert first is not a and first.speaker == "Petra Novak" and "strike" not in first.content


def test_quote_after_colon_and_unlisted_verb(by_content, parsed) -> None:
    items = extract_attributions(parsed('Senator Jill Hart fumed: "This is a disgrace."'))
    a = by_content(items, "disgrace")
    assert a.speaker == "Jill Hart" and a.kind == "direct" and a.verb == "fume"


def test_put_it_bluntly_colon(by_content, parsed) -> None:
    items = extract_attributions(parsed('The mayor, Tom Gale, put it bluntly: "We cannot pay for this."'))
    a = by_content(items, "cannot pay")
    assert a.speaker == "Tom Gale" and a.rule == "colon_quote" and a.verb == "put"


def test_no_colon_quote_for_things(parsed) -> None:
    assert extract_attributions(parsed('The sign read: "No entry after dark."')) == []


def test_quote_in_paragraph_after_colon(by_content, parsed) -> None:
    body = 'A government spokesperson said:\n\n"We are reviewing the decision carefully."'
    a = by_content(extract_attributions(parsed(body)), "reviewing the decision")
    assert a.kind == "direct" and "spokesperson" in a.speaker


def test_said_colon_after_relative_clause(by_content, parsed) -> None:
    body = ("Pensioner Tom Reed, 72, who has swum off the beach for 50 years, said: "
            "\u201cI won\u2019t go in the water any more. It\u2019s not safe.\u201d")
    a = by_content(extract_attributions(parsed(body)), "go in the water")
    assert a.speaker == "Tom Reed"


def test_headline_name_colon_quote(by_content, parsed) -> None:
    items = extract_attributions(parsed("Heavy rain hit the city on Monday.", title='Mayor Ana Ruiz: "We will rebuild"'))
    a = by_content(items, "we will rebuild")
    assert a.speaker == "Ana Ruiz" and a.kind == "direct" and a.rule == "headline_colon" and a.position == "headline"


def test_headline_topic_colon_is_no_speaker(parsed) -> None:
    items = extract_attributions(parsed("Heavy rain hit the city on Monday.", title='Floods: "the worst in a century"'))
    assert items == []


def test_scare_quotes_and_titles_are_not_attributions(attrs) -> None:
    items = attrs('The so-called "reform" was discussed on the talk show "Morning Live" yesterday.')
    assert items == []


def test_apostrophes_do_not_make_quotes(attrs) -> None:
    items = attrs("Kazakhstan's president said the country's protesters' demands were heard in the '90s too.")
    assert len(items) == 1 and items[0].kind == "indirect"


def test_unbalanced_quote_marks_do_not_crash(attrs) -> None:
    items = attrs('"We will not leave, said Tom Reed, a student.\n\nThe police waited.')
    assert all(isinstance(a, Attribution) for a in items)
    attrs('\u201d stray closing mark, said the mayor \u201c and an opener')


@pytest.mark.parametrize("body, speaker", [
    ("The march ended. Energy Minister Lina Varga promises 'targeted help' for the worst-hit towns.",
     "Lina Varga"),
    ("The vote was close. The treasurer promises 'real relief' for renters.", "treasurer"),
    ("Shares fell. The chief executive, Omar Field, denied 'any wrongdoing' at the meeting.", "Omar Field"),
])
def test_a_quoted_object_of_a_speech_verb_is_the_speakers_words(parsed, body: str, speaker: str) -> None:
    """A speech verb's direct object in quotation marks, single quotes included, is a partial quotation."""
    items = extract_attributions(parsed(body, title="Ministers respond"))
    assert [a.speaker for a in items] == [speaker], [(a.speaker, a.rule) for a in items]


def test_a_quoted_object_after_another_object_is_not_the_subjects_words(parsed) -> None:
    body = ("Senator Ann Cole told the rally that the bill was unfair. Landlords condemned her for branding "
            "it 'a licence to evict' on Friday.")
    assert "Landlords" not in {a.speaker for a in extract_attributions(parsed(body, title="Rent bill"))}


@pytest.mark.parametrize("body, speaker", [
    ('"I heard it on the radio. Not a call, not a letter, nothing," said mum-of-two Ada Pell, from Dunmore.',
     "Ada Pell"),
    ('"Not a word, not a penny," said Rita Lund, a tenant of the block.', "Rita Lund"),
    ('"No call, no visit," said pensioner Omar Tate.', "Omar Tate"),
])
def test_a_subject_inside_the_quotation_is_no_speaker(parsed, body: str, speaker: str) -> None:
    assert [a.speaker for a in extract_attributions(parsed(body))] == [speaker]
