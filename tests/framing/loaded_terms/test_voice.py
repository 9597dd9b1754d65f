"""Voice of loaded terms (narrator, quoted, reported, scare quote) and the kinds of quotations."""

from __future__ import annotations

import threading

import pytest

from framing.attribution.quote_kinds import QuoteInfo
from framing.loaded_terms.voice import voice_of
from framing.quotes import QuotationIndex


def test_narrator_voice(parsed, terms, find):
    assert find(terms(parsed("Thugs hurled stones at police.")), "thugs").voice == "narrator"


def test_quoted_voice_from_direct_attribution(parsed, terms, find, attribution):
    body = '"These hooligans have ruined our square," said one shopkeeper.'
    p = parsed(body)
    s = p.text.index("These")
    e = p.text.index('square') + len("square,")
    a = attribution("one shopkeeper", "direct", s, e)
    t = find(terms(p, [a]), "hooligans")
    assert t.voice == "quoted" and t.speaker == "one shopkeeper"


def test_reported_voice_from_indirect_attribution(parsed, terms, find, attribution):
    body = "The government has slashed subsidies for the poor, critics say."
    p = parsed(body)
    s = p.text.index("The government")
    e = p.text.index(", critics")
    t = find(terms(p, [attribution("critics", "indirect", s, e)]), "slashed")
    assert t.voice == "reported" and t.speaker == "critics"


def test_according_to_is_reported(parsed, terms, attribution):
    body = "Foreign-funded groups organised the march, according to officials."
    p = parsed(body)
    a = attribution("officials", "according_to", p.text.index("Foreign"), p.text.index(", according"))
    assert terms(p, [a])[0].voice == "reported"


def test_reported_voice_without_attributions_from_the_parse(parsed, terms, find):
    t = find(terms(parsed("The opposition leader accused the government of trying to silence dissent.")),
             "silence dissent")
    assert t.voice == "reported" and "leader" in t.speaker


def test_scare_quote_found_without_lexicon_term(parsed, terms, find):
    found = terms(parsed('Anger grows over "unaffordable" transit fares in the capital.'))
    t = find(found, "unaffordable")
    assert t.category == "scare_quote" and t.voice == "scare_quote"


def test_so_called_marks_scare_quote_and_lexicon_term_inside(parsed, terms, find):
    found = terms(parsed('Some of the so-called "peaceful protesters" had links to thugs.'))
    assert find(found, "so-called").category == "delegitimising"
    sq = find(found, "peaceful protesters")
    assert sq.voice == "scare_quote"


def test_lexicon_term_inside_scare_quote_has_scare_quote_voice(parsed, terms, find):
    found = terms(parsed('Troops were sent in to "restore order" in the city.'))
    t = find(found, "restore order")
    assert t.category == "euphemism" and t.voice == "scare_quote"
    assert not [x for x in found if x.category == "scare_quote"]  # no double count


def test_quoted_speech_is_not_a_scare_quote(parsed, terms):
    p = parsed('The police chief said officers had shown "remarkable restraint" on Thursday.')
    assert [t for t in terms(p) if t.category == "scare_quote"] == []


def test_naming_verb_quote_is_speech(parsed, terms, find):
    found = terms(parsed('Amnesty urged an inquiry into what it called "excessive use of force" by police.'))
    t = find(found, "excessive use of force")
    assert t.voice == "quoted"


def test_film_title_is_not_a_scare_quote(parsed, terms, texts):
    found = terms(parsed('Critics praised the film "Brutal Silence" at the festival.'))
    assert [t for t in found if t.voice == "scare_quote"] == []
    assert "brutal" not in texts(found)


def test_long_quotation_is_speech_not_scare_quote(parsed, terms, find):
    found = terms(parsed('"We will not let the mob decide our future," the mayor said on Friday.'))
    assert find(found, "mob").voice == "quoted"
    assert [t for t in found if t.category == "scare_quote"] == []


def test_naming_the_subject_of_an_according_to_claim_is_narrator(parsed, terms, find, attribution):
    body = "The self-styled Workers Front has refused repeated offers of talks with thugs, according to officials."
    p = parsed(body)
    a = attribution("officials", "according_to", p.text.index("The self"), p.text.index(", according"))
    found = terms(p, [a])
    assert find(found, "self-styled").voice == "narrator"
    assert find(found, "thugs").voice == "reported"


def test_judgement_in_quotes_after_as_is_the_subjects_word(parsed, terms, find):
    found = terms(parsed('Local campaigners slammed the owners as "greedy".'))
    t = find(found, "greedy")
    assert t.voice == "quoted" and "campaigners" in (t.speaker or "")


def test_is_said_to_be_is_the_outlets_hearsay(parsed, terms, find):
    t = find(terms(parsed("The minister is said to be livid about the leak.")), "livid")
    assert t.voice == "narrator"


def test_agentless_accusation_has_no_speaker(parsed, terms, find):
    t = find(terms(parsed("The ministry was accused of abandoning patients.")), "abandoning")
    assert t.voice == "reported" and t.speaker is None


def test_outlet_that_can_reveal_is_the_narrator(parsed, terms, find, attribution):
    body = "Fat cats at the firm shared eye-watering payouts last year, the Herald can reveal."
    p = parsed(body)
    start = p.text.index("Fat cats")
    a = attribution("Herald", "indirect", start, p.text.index(", the Herald"),
                        p.text.index("reveal"), p.text.index("reveal") + 6)
    found = terms(p, [a])
    assert find(found, "fat cats").voice == "narrator"
    assert find(found, "eye-watering").voice == "narrator"


def test_can_reveal_without_attribution_is_the_narrator(parsed, terms, find):
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
    assert voices["greedy"] == ("quoted", "Ana Ruiz")
    stance = {m.text: (m.voice, m.speaker) for m in r.results["stance_markers"].markers}
    assert stance["claimed"] == ("narrator", None)  # a stance marker now, with the same voice


def test_participle_after_said_is_the_narrators(parsed, terms, find):
    found = terms(parsed('"We will not stop," the mayor said, repeating the claims of so-called experts.'))
    assert find(found, "so-called").voice == "narrator"


def test_adding_that_is_still_reported(parsed, terms, find):
    found = terms(parsed("The minister spoke on Monday, adding that the thugs would be punished."))
    assert find(found, "thugs").voice == "reported"


def test_hypothetical_thought_is_the_narrators(parsed, terms, find):
    found = terms(parsed("Taxpayers can only hope the courts stop the disastrous plan."))
    assert find(found, "disastrous").voice == "narrator"
    found = terms(parsed("Residents hope the courts stop the disastrous plan."))
    assert find(found, "disastrous").voice == "reported"


# ---------------------------------------------------------------- quotation kinds


def test_voice_of_a_word_inside_a_title_quote_is_quoted_without_speaker():
    title = QuoteInfo(10, 22, 11, 21, "title", "after a title or naming word")
    v = voice_of(None, 12, 18, [], QuotationIndex([title]))
    assert (v.voice, v.speaker) == ("quoted", None)
    assert voice_of(None, 30, 35, [], [title]).voice == "narrator"


# Family: an according-to claim with a word whose way up to the root meets no subject and no clause
# boundary ("..., according to X, far outpacing wages": the participle hangs off the root). The walk
# up must end at the root (it once looped for ever there) and call such a word the source's.
ROOT_WITHOUT_SUBJECT = [
    "Rents in the city have risen about 30 percent since 2019, according to a university study, far outpacing wages.",
    "Fares climbed 12 percent last year, according to the transit board, sharply outstripping inflation.",
    "Sales fell by a third over the winter, according to the trade group, badly denting hopes of a recovery.",
]


@pytest.mark.parametrize("body", ROOT_WITHOUT_SUBJECT)
def test_according_to_claim_reaching_the_root_without_a_subject(parsed, terms, attribution, body):
    from framing.loaded_terms.voice import _names_the_subject

    p = parsed(body)
    doc = p.doc
    # the case the family names is present: some word's way up ends at the root with no subject on it
    assert any(t.dep_ != "ROOT" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in (t, *t.ancestors))
               for t in doc if t.is_alpha)
    results: list[bool] = []

    def every_word() -> None:
        results.extend(_names_the_subject(doc, t.idx, t.idx + len(t.text)) for t in doc)

    worker = threading.Thread(target=every_word, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "the walk up to the subject did not end"
    assert len(results) == len(doc) and not any(results)  # no named subject: nothing is the narrator's naming
    a = attribution("a source", "according_to", 0, p.text.index(", according"))
    terms(p, [a])  # the whole loaded-term pass over the claim ends too
