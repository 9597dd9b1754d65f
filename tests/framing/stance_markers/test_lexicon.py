"""The stance lexicon as data: every entry has a category and a note, every category is found by
one means (a word list or a reporting-verb stance of the attribution package), none is empty."""

from __future__ import annotations

import pytest

from framing.attribution.verbs_and_roles import STANCES, verbs
from framing.loaded_terms import builtin_lexicon
from framing.stance_markers import builtin_stance_lexicon, load_stance_lexicon


def test_every_entry_has_a_category_note_and_family():
    lex = builtin_stance_lexicon()
    assert {e.category for e in lex.entries} == {c for c, v in lex.categories.items() if v.words}
    for e in lex.entries:
        assert e.note and e.family and e.category in lex.categories, e


def test_verb_categories_read_the_attribution_stances_and_keep_no_verb_list():
    lex = builtin_stance_lexicon()
    families = lex.verb_categories()
    assert set(families) <= set(STANCES)
    assert families == {"distancing": "distancing_verb", "endorsing": "endorsing_verb",
                        "guilt_implying": "concession_verb", "emphatic": "emphatic_verb"}
    # a category may take only some verbs of its family; they are the family's own verbs
    for c in lex.categories.values():
        assert all(verbs().stance.get(v) == c.verb_stance for v in c.verbs), c
    # the verbs are the attribution package's: each family has some, and no stance entry repeats one
    for family in families:
        assert any(s == family for s in verbs().stance.values()), family
    assert not {e.term for e in lex.entries if e.pos == "VERB" and not e.rule} & set(verbs().stance)


def test_loaded_terms_no_longer_hold_stance_categories():
    cats = set(builtin_lexicon().categories)
    assert not cats & {"hedge", "booster", "reporting_verb"}
    terms = {e.term for e in builtin_lexicon().entries}
    assert not terms & {"claim", "admit", "insist", "reveal", "reportedly", "allegedly", "clearly", "of course"}


def test_a_broken_data_file_names_the_file_and_line(tmp_path):
    (tmp_path / "categories.toml").write_text('[hedge]\nlabel = "Hedge"\nwords = "hedge.csv"\n')
    (tmp_path / "hedge.csv").write_text("term,pos,rule,note\nreportedly,ADV,no_such_rule,hearsay\n")
    with pytest.raises(RuntimeError, match=r"hedge.csv, line 2.*unknown rule"):
        load_stance_lexicon(tmp_path)
    (tmp_path / "categories.toml").write_text('[odd]\nlabel = "Odd"\nverb_stance = "sarcastic"\n')
    with pytest.raises(RuntimeError, match="sarcastic"):
        load_stance_lexicon(tmp_path)
