"""The loaded-term lexicon: built-in data, user lexicons (CSV and TOML) and their errors."""

from __future__ import annotations

import pathlib

import pytest

from framing.analysers.loaded_terms import ANALYSER, LoadedTermsAnalyser
from framing.loaded_terms import (
    RULES, LexiconError, builtin_lexicon, find_loaded_terms, load_lexicon, load_user_lexicon, parse_user_lexicon,
    split_term, user_lexicon_to_csv,
)
from framing.loaded_terms.lexicon import DATA_DIR
from framing.word_lists import load_word_lists

NEUTRAL = ["protester", "police", "government", "say", "demonstrator", "officer", "detain", "increase", "rally",
           "march", "student", "worker", "authorities", "statement", "announce", "coalition", "riot"]


def test_builtin_has_hundreds_of_entries_in_every_category():
    lex = builtin_lexicon()
    assert len(lex.entries) >= 300
    cats = {e.category for e in lex.entries}
    for c in ("pejorative_label", "violence_intensifier", "conspiracy_framing", "delegitimising", "euphemism",
              "hyperbole", "emotional_appeal", "praise", "loaded_verb"):
        assert c in cats, c
    assert all(e.note for e in lex.entries)


def test_builtin_never_lists_neutral_words():
    terms = {e.term.casefold() for e in builtin_lexicon().entries}
    assert not terms & set(NEUTRAL)


def test_analyser_declares_attributions_and_lexicon_fingerprint():
    assert ANALYSER.depends_on == ("attributions",)
    user = parse_user_lexicon("term,category\njackbooted,repression_framing\n", "u.csv")
    other = LoadedTermsAnalyser(builtin_lexicon().merged(user))
    assert other.fingerprint() != ANALYSER.fingerprint()


def test_data_files_have_header_comment_and_families():
    for path in DATA_DIR.glob("*.csv"):
        lines = path.read_text().splitlines()
        assert lines[0].startswith("#"), path.name
        assert any(line.startswith("# family:") for line in lines), path.name


def test_split_term_treats_hyphen_and_space_alike():
    assert split_term("foreign-backed") == split_term("Foreign backed") == ("foreign", "backed")


def test_fingerprint_changes_with_user_lexicon(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("term,category,direction,note\njackbooted,repression_framing,against,evokes fascist policing\n")
    assert load_lexicon(f).fingerprint() != builtin_lexicon().fingerprint()


def test_user_csv_adds_and_disables(tmp_path, parsed):
    f = tmp_path / "mine.csv"
    f.write_text(
        "# my lexicon\n"
        "term,category,pos,direction,rule,note,action\n"
        "stand firm,resolve_framing,,toward,,frames refusal as resolve,add\n"
        "thug,,,,,,disable\n"
        "*,praise,,,,,disable\n"
    )
    lex = load_lexicon(f)
    assert "resolve_framing" in lex.categories
    found = find_loaded_terms(parsed("The government stood firm as thugs and brave officers clashed."), lex)
    cats = {t.category for t in found}
    assert "resolve_framing" in cats
    assert not any(t.text == "thugs" for t in found)
    assert "praise" not in cats


def test_user_toml(tmp_path, parsed):
    f = tmp_path / "mine.toml"
    f.write_text(
        '[categories.resolve_framing]\nlabel = "Resolve"\n\n'
        '[[term]]\nterm = "stand firm"\ncategory = "resolve_framing"\ndirection = "toward"\nnote = "resolve"\n\n'
        '[disable]\nterms = ["regime"]\ncategories = ["emotional_appeal"]\n'
    )
    lex = load_lexicon(f)
    assert lex.categories["resolve_framing"].label == "Resolve"
    found = find_loaded_terms(parsed("The regime stood firm and made a shameless offer."), lex)
    assert [t.category for t in found] == ["resolve_framing"]


@pytest.mark.parametrize("content, line, words", [
    ("term,category\nthug\n", 2, "no category"),
    ("term,category,direction\nthug,pejorative_label,sideways\n", 2, "direction"),
    ("term,category,pos\nthug,pejorative_label,NOUNISH\n", 2, "pos"),
    ("term,category,rule\nthug,pejorative_label,no_such_rule\n", 2, "unknown rule"),
    ("term,category\nthug,Bad Category\n", 2, "category"),
    ("term,category\n\"unclosed,pejorative_label\n", 2, "malformed"),
    ("word,kind\nthug,pejorative_label\n", 1, "header"),
    ("term,category,colour\nthug,pejorative_label,red\n", 1, "unknown column"),
    ("term,category,action\nthug,pejorative_label,delete\n", 2, "action"),
    ("term,category\n# comment\n\nthug;pejorative_label\n", 4, "no category"),
])
def test_csv_errors_name_file_and_line(tmp_path, content, line, words):
    f = tmp_path / "broken.csv"
    f.write_text(content)
    with pytest.raises(LexiconError) as info:
        load_user_lexicon(f)
    assert info.value.line == line
    assert str(f) in str(info.value) and f"line {line}" in str(info.value)
    assert words in str(info.value)


def test_toml_syntax_error_names_line(tmp_path):
    f = tmp_path / "broken.toml"
    f.write_text('[[term]]\nterm = "x"\ncategory = \n')
    with pytest.raises(LexiconError) as info:
        load_user_lexicon(f)
    assert info.value.line == 3 and "broken.toml" in str(info.value)


def test_toml_bad_entry_names_line(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text('[[term]]\nterm = "stand firm"\ncategory = "praise"\ndirection = "up"\n')
    with pytest.raises(LexiconError) as info:
        load_user_lexicon(f)
    assert info.value.line == 2 and "direction" in str(info.value)


def test_scare_quote_category_takes_no_terms():
    with pytest.raises(LexiconError, match="quotation marks"):
        parse_user_lexicon("term,category\nfoo,scare_quote\n", "x.csv")


def test_missing_and_unknown_format(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_user_lexicon(tmp_path / "nope.csv")
    with pytest.raises(LexiconError, match=r"\.csv or \.toml"):
        parse_user_lexicon("x", "lexicon.xlsx")


def test_user_lexicon_csv_round_trip():
    user = parse_user_lexicon("term,category,direction,note,action\nstand firm,praise,toward,resolve,add\n"
                              "regime,,,,disable\n*,hedge,,,disable\n", "a.csv")
    again = parse_user_lexicon(user_lexicon_to_csv(user), "b.csv")
    assert [e.term for e in again.entries] == ["stand firm"]
    assert again.disabled_terms == {"regime"} and again.disabled_categories == {"hedge"}


def test_user_lexicon_csv_is_formula_safe_and_round_trips():
    note = '=HYPERLINK("http://evil.invalid","why")'
    user = parse_user_lexicon(f'term,category,note,action\nstand firm,praise,"{note.replace(chr(34), chr(34) * 2)}",add\n'
                              "-regime,,,disable\n", "a.csv")
    text = user_lexicon_to_csv(user)
    assert "'=HYPERLINK" in text and "'-regime" in text and ",=HYPERLINK" not in text
    again = parse_user_lexicon(text, "b.csv")
    assert again.entries[0].note == note and again.disabled_terms == {"-regime"}


def test_cli_reports_malformed_lexicon(tmp_path, capsys):
    from framing.cli import main

    art = tmp_path / "a.txt"
    art.write_text("Headline\n\nThugs hurled stones.\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("term,category\nthug,Not Valid\n")
    assert main(["analyze", str(art), "--lexicon", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv, line 2" in err


def test_every_context_rule_is_documented():
    doc = (pathlib.Path(__file__).resolve().parents[3] / "docs" / "lexicon.md").read_text()
    missing = [r for r in RULES if f"`{r}`" not in doc]
    assert not missing, f"rules missing from docs/lexicon.md: {missing}"


def test_every_word_list_file_has_notes_and_words():
    files = ["word_classes.toml", "loaded_terms/voice.toml"] + [
        f"loaded_terms/rules/{p.name}" for p in sorted((DATA_DIR / "rules").glob("*.toml"))]
    assert len(files) >= 3
    for name in files:
        lists = load_word_lists(name)
        assert lists and all(words for words in lists.values()), name


def test_a_word_list_without_a_note_is_refused(tmp_path):
    (tmp_path / "bad.toml").write_text('[colours]\nwords = ["red"]\n')
    with pytest.raises(ValueError, match="note"):
        load_word_lists("bad.toml", tmp_path)
