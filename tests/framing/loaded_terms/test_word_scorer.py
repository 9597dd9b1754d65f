"""The learned loaded-word scorer: shipped model, what it flags, why, and its threshold."""

from __future__ import annotations

import gzip
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from framing.analysers import AnalysisOptions, build_analysers
from framing.analysis import analyse_articles
from framing.loaded_terms import builtin_lexicon, find_loaded_terms, parse_user_lexicon
from framing.loaded_terms.terms import (
    BUDGET_MIN_WORDS, EVALUATIVE, LITERAL_VOCABULARY, WORD_BUDGET, within_budget,
)
from framing.loaded_terms.word_scorer import (
    DEFAULT_MODEL_PATH, ScorerModelError, WordScore, load_word_scorer, score_words,
)
from framing.model import Article
from framing.parse import parse_article

ROOT = Path(__file__).resolve().parents[3]


def terms_of(text: str, **kw):
    parsed = parse_article(Article.create(title="", body=text))
    return find_loaded_terms(parsed, kw.pop("lexicon", builtin_lexicon()), **kw)


def learned(text: str, **kw) -> list[str]:
    return [t.text for t in terms_of(text, **kw) if t.category == EVALUATIVE]


def test_shipped_model_is_json_with_its_cross_validated_figures():
    body = json.loads(gzip.decompress(DEFAULT_MODEL_PATH.read_bytes()))
    assert "MBIC" in body["about"] and "Spinde" in body["about"]
    cv = body["cross_validation"]
    assert cv["grouped_by"] == "url" and cv["folds"] == 5
    assert cv["threshold"] == body["threshold"]
    assert cv["f1"] >= 0.45  # the bar, at the shipped threshold
    scorer = load_word_scorer()
    assert 0.1 < scorer.threshold < 0.9 and len(scorer.weights) > 100 and len(scorer.lemmas) > 1000


def test_a_broken_model_file_names_the_training_script(tmp_path):
    bad = tmp_path / "m.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ScorerModelError, match="train_loaded_word_scorer.py"):
        load_word_scorer(bad)


@pytest.mark.parametrize("text, word", [
    ("The senator gave a bombastic, rambling speech to donors.", "bombastic"),
    ("Critics mocked the testy governor and his plan.", "testy"),
    ("The minister's wildly unpopular plan was shelved.", "wildly unpopular"),
])
def test_evaluative_words_the_lexicon_does_not_list_are_flagged(text, word):
    assert word in learned(text)


@pytest.mark.parametrize("text", [
    "The council approved the budget on Tuesday after a short debate.",
    "The company reported quarterly revenue of 2 billion dollars.",
    "Officials said the water supply would resume on Friday.",
])
def test_plain_reporting_is_not_flagged(text):
    assert learned(text) == []


@pytest.mark.parametrize("text", [
    "Police detained 40 people after the protest outside the ministry.",
    "A court sentenced the former mayor to three years for fraud.",
    "The storm destroyed two bridges and damaged the school roof.",
])
def test_literal_vocabulary_is_never_flagged_by_the_scorer_alone(text):
    assert learned(text) == []
    assert {"detain", "sentence", "destroy"} <= LITERAL_VOCABULARY


@pytest.mark.parametrize("text, phrase", [
    ("It was a very, very dangerous decision, the mayor said.", "very, very dangerous"),
    ("Residents called it an extremely cruel plan.", "extremely cruel"),
    ("The so reckless scheme collapsed within a week.", "so reckless"),
])
def test_degree_words_join_the_word_they_intensify(text, phrase):
    assert phrase in [t.text for t in terms_of(text)]


@pytest.mark.parametrize("text", [
    "The geothermal plant pumps brine from a depth of two kilometres below the valley.",
    "Technicians replaced the membranes at the coastal desalination works on Monday.",
    "Crews cleared the culvert under the county road after heavy rain.",
    "The cardiology unit will move to the new wing of the hospital next spring.",
])
def test_the_nouns_and_adjectives_of_a_field_are_not_judgements(text):
    assert learned(text) == []


@pytest.mark.parametrize("text", [
    # currencies and monetary units
    "Pensions will rise by 4,000 tenge a month from July, the labour ministry said.",
    "The bakery raised the price of a loaf to 90 roubles last week.",
    "Savers moved deposits into litecoin and gold after the devaluation.",
    # local institutions and offices, foreign or not
    "The hakimiyat said the ferry timetable would change in May.",
    "The Landtag's finance committee meets again on Thursday.",
])
def test_currencies_and_local_institutions_are_not_judgements(text):
    assert learned(text) == []


@pytest.mark.parametrize("text, word", [
    ("The governor belatedly apologised for the remarks on Friday.", "belatedly"),
    ("Aides touted the package as a boost for small firms.", "touted"),
    ("The senator gave a testy reply when asked about the budget.", "testy"),
    ("Union leaders caved to the company's demands after a week.", "caved"),
])
def test_the_quiet_judgements_of_ordinary_coverage_are_flagged(text, word):
    assert word in learned(text)


def _span(i: int, p: float) -> tuple[int, int, WordScore]:
    return (i, i + 1, WordScore(i, p, {}))


def test_the_budget_keeps_the_most_probable_learned_words():
    spans = [_span(0, 0.4), _span(5, 0.9), _span(9, 0.35), _span(12, 0.7)]
    # 200 words, 4 % = 8 words, 6 taken by the lexicon: room for the two most probable
    assert [s[0] for s in within_budget(spans, 200, 6, 0.04)] == [5, 12]
    assert within_budget(spans, 200, 8, 0.04) == []  # the lexicon alone fills the budget
    assert within_budget(spans, 200, 0, 0.04) == spans
    assert within_budget(spans, BUDGET_MIN_WORDS - 1, 50, 0.04) == spans  # a short text has no budget
    assert within_budget(spans, 200, 8, None) == spans  # no budget


def test_by_default_a_dense_article_keeps_every_learned_judgement():
    """The budget is off: a loud text is shown as loud (a cap would hide the difference between
    outlets that the comparison exists to show)."""
    dense = ("The thugs gave a bombastic, rambling, testy, venomous, pompous and smug speech to a "
             "sneering, gloating, snide crowd. ")
    plain = ("The council met on Monday to discuss the new library, the budget for roads and the "
             "schedule of repairs to the bridge over the river. ")
    assert WORD_BUDGET is None
    alone = [t.text for t in terms_of(dense) if t.category == EVALUATIVE]
    within = [t.text for t in terms_of(dense + plain * 5) if t.category == EVALUATIVE]
    assert alone and within == alone


def test_a_dense_article_is_flagged_within_the_budget_and_keeps_its_lexicon_terms(monkeypatch):
    import framing.loaded_terms.terms as terms_module

    monkeypatch.setattr(terms_module, "WORD_BUDGET", 0.04)
    dense = ("The thugs gave a bombastic, rambling, testy, venomous, pompous and smug speech to a "
             "sneering, gloating, snide crowd. ")
    plain = ("The council met on Monday to discuss the new library, the budget for roads and the "
             "schedule of repairs to the bridge over the river. ")
    text = dense + plain * 5
    words = len(text.split())
    assert words >= BUDGET_MIN_WORDS
    found = terms_of(text)
    flagged = sum(len(t.text.split()) for t in found)
    assert flagged <= 0.04 * words
    assert any(t.text == "thugs" for t in found)  # a lexicon term always stays
    unbudgeted = [t for t in terms_of(dense) if t.category == EVALUATIVE]  # one sentence: no budget
    assert len([t for t in found if t.category == EVALUATIVE]) < len(unbudgeted)


def test_every_term_carries_its_probability_and_the_features_behind_it():
    scorer = load_word_scorer()
    terms = terms_of("The thugs gave a bombastic speech.")
    assert terms and all(t.probability is not None and 0 <= t.probability <= 1 for t in terms)
    bomb = next(t for t in terms if t.text == "bombastic")
    assert bomb.probability >= scorer.threshold and bomb.rule.startswith("scorer:p=")
    assert bomb.evidence and all(c.weight > 0 for c in bomb.evidence)
    assert [c.weight for c in bomb.evidence] == sorted((c.weight for c in bomb.evidence), reverse=True)
    # the probability is the logistic of the intercept plus every feature's contribution
    parsed = parse_article(Article.create(title="", body="The thugs gave a bombastic speech."))
    word = next(s for s in score_words(parsed, scorer).values() if parsed.doc[s.i].text == "bombastic")
    z = scorer.intercept + sum(v * scorer.weights.get(n, 0.0) for n, v in word.features.items())
    assert math.isclose(word.probability, 1 / (1 + math.exp(-z)))
    assert round(word.probability, 3) == bomb.probability


def test_the_threshold_moves_learned_words_and_keeps_lexicon_terms():
    text = "The thugs gave a bombastic, rambling speech to the testy crowd."
    low, default, high = (terms_of(text, threshold=t) for t in (0.15, None, 0.99))
    assert len([t for t in low if t.category == EVALUATIVE]) >= len([t for t in default if t.category == EVALUATIVE])
    assert [t for t in high if t.category == EVALUATIVE] == []
    assert any(t.text == "thugs" for t in high)  # a lexicon entry is a term at any threshold


def test_the_learned_category_can_be_disabled_in_a_user_lexicon():
    user = parse_user_lexicon("term,category,pos,direction,rule,note,action\n*,evaluative,,,,,disable\n", "mine.csv", "csv")
    assert learned("The senator gave a bombastic speech.", lexicon=builtin_lexicon().merged(user)) == []


def test_the_threshold_option_reaches_the_analyser_and_its_fingerprint():
    article = Article.create(title="", body="The senator gave a bombastic, rambling speech.")
    default = analyse_articles([article], build_analysers())[0].results["loaded_terms"]
    strict = build_analysers(AnalysisOptions(loaded_threshold=0.99))
    by_name = {a.name: a for a in strict}
    assert by_name["loaded_terms"].fingerprint() != {a.name: a for a in build_analysers()}["loaded_terms"].fingerprint()
    high = analyse_articles([article], strict)[0].results["loaded_terms"]
    assert len(high) < len(default)
    with pytest.raises(ValueError, match="between 0 and 1"):
        build_analysers(AnalysisOptions(loaded_threshold=1.5))


def test_cli_threshold_must_be_a_probability(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("A headline\n\nThe senator gave a bombastic speech.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "framing", "analyze", str(f), "--loaded-threshold", "7"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "between 0 and 1" in r.stderr and "Traceback" not in r.stderr


OWN_SENTENCES = [  # (sentence, words an annotator would mark): written for this test
    ("The reckless mayor wasted millions on a vanity project.", ["reckless", "wasted", "vanity"]),
    ("The council met on Monday to discuss the new library.", []),
    ("Critics slammed the disastrous plan as a shameful giveaway.", ["slammed", "disastrous", "shameful"]),
    ("The bridge will close for repairs next month.", []),
    ("Her brilliant, tireless campaign won over sceptical voters.", ["brilliant", "tireless"]),
    ("The report lists twelve schools in the district.", []),
]


def test_training_script_is_reproducible_on_a_tiny_sample(tmp_path):
    data = tmp_path / "tiny.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for k in range(5):
            for n, (s, words) in enumerate(OWN_SENTENCES):
                fh.write(json.dumps({"sentence": s, "biased_words": words, "outlet": "x",
                                     "url": f"https://example.org/{k}/{n % 3}"}) + "\n")
    out = tmp_path / "m.json.gz"
    cmd = [sys.executable, str(ROOT / "training" / "train_loaded_word_scorer.py"), "--data", str(data), "--own", "", "--out", str(out)]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, timeout=600)
    first = out.read_bytes()
    model = load_word_scorer(out)
    assert model.lemmas["reckless"] == (5, 5) and model.lemmas["council"] == (0, 5)
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, timeout=600)
    assert out.read_bytes() == first  # byte-identical


def test_training_script_names_a_missing_data_file(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "training" / "train_loaded_word_scorer.py"),
                        "--data", str(tmp_path / "nope.jsonl")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "nope.jsonl" in r.stderr


@pytest.mark.parametrize("text, word, feature", [
    ('The mayor called the plan "reckless" on Monday.', "reckless", "in_short_quote"),
    ('"We will rebuild every single bridge in this county by spring," the engineer said.', "rebuild",
     "in_long_quote"),
    ('The union\'s "so-called reforms" drew a sharp reply from the harbour board.', "reforms", "in_short_quote"),
])
def test_scored_words_inside_a_quotation_know_its_length(text, word, feature):
    parsed = parse_article(Article.create(title="", body=text))
    scores = score_words(parsed, load_word_scorer())
    i = next(t.i for t in parsed.doc if t.text == word)
    assert scores[i].features.get(feature) == 1.0
    q = parsed.quotes[0]
    outside = [t.i for t in parsed.doc if t.i in scores and not q.start <= t.idx < q.end]
    assert outside and not any({"in_short_quote", "in_long_quote"} & set(scores[k].features) for k in outside)
