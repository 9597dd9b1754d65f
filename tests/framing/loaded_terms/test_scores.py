"""Density of loaded language (the ``language`` analyser): counts per 1,000 words."""

from __future__ import annotations

from framing.analysers.base import AnalysisOptions, build_analysers, default_analysers
from framing.analysers.loaded_term_density import ANALYSER as DENSITY, LoadedTermDensityAnalyser
from framing.analysers.loaded_terms import ANALYSER as LOADED_TERMS, LoadedTermsAnalyser
from framing.loaded_terms import LoadedTerm, builtin_lexicon, parse_user_lexicon, per_1000, score_terms


def term(category: str, voice: str, position: str) -> LoadedTerm:
    return LoadedTerm(text="x", lemma="x", category=category, direction="", voice=voice, speaker=None, start=0,
                      end=1, sentence_index=0, position=position, rule="", note="")


def test_per_1000_rounds_and_handles_no_words():
    assert per_1000(3, 400) == 7.5
    assert per_1000(1, 3) == 333.33
    assert per_1000(5, 0) == 0.0


def test_scores_count_by_category_voice_and_position():
    terms = [term("hyperbole", "narrator", "headline"), term("hyperbole", "quoted", "body"),
             term("praise", "narrator", "lede"), term("scare_quote", "scare_quote", "body")]
    s = score_terms(terms, 200)
    assert (s.words, s.total, s.per_1000) == (200, 4, 20.0)
    assert (s.narrator_total, s.narrator_per_1000) == (2, 10.0)
    assert s.by_category == {"hyperbole": 2, "praise": 1, "scare_quote": 1}
    assert list(s.by_category) == sorted(s.by_category)
    assert s.by_voice == {"narrator": 2, "quoted": 1, "reported": 0, "scare_quote": 1}
    assert s.by_category_voice["hyperbole"] == {"narrator": 1, "quoted": 1, "reported": 0, "scare_quote": 0}
    assert s.by_position == {"headline": 1, "lede": 1, "body": 2}
    assert s.narrator_by_position == {"headline": 1, "lede": 1, "body": 0}


def test_no_terms_score_zero_in_every_voice_and_position():
    s = score_terms([], 120)
    assert s.total == 0 and s.per_1000 == 0.0
    assert set(s.by_voice.values()) == {0} and set(s.by_position.values()) == {0}


def test_density_analyser_keeps_its_name_and_reads_loaded_terms():
    assert DENSITY.name == "language" and DENSITY.depends_on == ("loaded_terms",)
    assert DENSITY.loaded_terms is LOADED_TERMS
    assert DENSITY in default_analysers()


def test_density_analyser_scores_the_prior_loaded_terms(parsed):
    p = parsed("Thugs wreaked havoc in the square.")
    s = DENSITY.analyse(p, {"loaded_terms": [term("pejorative_label", "narrator", "body")]})
    assert s.total == 1 and s.words == 8  # "Test headline" and six body words


def test_options_configure_loaded_terms_and_its_density():
    lex = builtin_lexicon().merged(parse_user_lexicon("term,category\njackbooted,repression_framing\n", "u.csv"))
    out = build_analysers(AnalysisOptions(lexicon=lex))
    by_name = {a.name: a for a in out}
    assert [a.name for a in out] == [a.name for a in default_analysers()]
    loaded, density = by_name["loaded_terms"], by_name["language"]
    assert isinstance(loaded, LoadedTermsAnalyser) and loaded.lexicon is lex
    assert isinstance(density, LoadedTermDensityAnalyser) and density.loaded_terms.lexicon is lex
    assert density.loaded_terms.fingerprint() == loaded.fingerprint()
    assert density.fingerprint() != DENSITY.fingerprint()
    others = [a for a in out if a.name not in ("loaded_terms", "language", "stance_markers")]
    assert all(a in default_analysers() for a in others)


def test_default_options_are_the_default_analysers():
    assert build_analysers() is default_analysers()
    assert build_analysers(AnalysisOptions()) is default_analysers()


def test_a_user_lexicon_file_reaches_the_analysis(tmp_path, parsed):
    import framing

    f = tmp_path / "mine.csv"
    f.write_text("term,category\njackbooted,repression_framing\n")
    [analysis] = framing.analyse([parsed("Jackbooted guards stood at the gate.").article], lexicon=f)
    assert [t.text for t in analysis.results["loaded_terms"]] == ["Jackbooted"]
    assert analysis.results["language"].by_category == {"repression_framing": 1}
