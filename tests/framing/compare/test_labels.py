"""The labels table over a small event of our own: three outlets name the same crowd differently."""

from __future__ import annotations

import pytest

from framing.analysis import analyse_articles
from framing.compare.labels import labels_table, load_label_families
from framing.loaded_terms import LexiconError
from framing.model import Article

ARTICLES = [
    ("Wire", "Protests spread in Holm", "Protesters marched in Holm on Friday. Police said 20 protesters were detained."),
    ("State TV", "Rioters attack police in Holm", "Rioters and thugs attacked police in Holm, and the mob burned cars."),
    ("Opposition", "Regime forces beat protesters",
     "Regime forces beat protesters in Holm. \"The regime fears its own people,\" said Anna Berg."),
]


@pytest.fixture(scope="module")
def analyses():
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in ARTICLES]
    return analyse_articles(arts)


def uses(table, actor, outlet):
    row = next(a for a in table.actors if a.actor == actor)
    return {u.label: u for u in row.by_outlet.get(outlet, [])}


def test_each_outlet_names_the_crowd(analyses):
    table = labels_table(analyses)
    assert table.outlets == ["Wire", "State TV", "Opposition"]
    assert uses(table, "crowds", "Wire")["protester"].count == 2
    state = uses(table, "crowds", "State TV")
    assert {"rioter", "thug", "mob"} <= set(state)
    assert state["rioter"].loaded and not uses(table, "crowds", "Wire")["protester"].loaded


def test_voice_and_examples(analyses):
    table = labels_table(analyses)
    gov = uses(table, "government", "Opposition")
    assert gov["regime"].voices["quoted"] == 1
    ex = gov["regime"].examples[0]
    art = analyses[2].article
    assert art.text[ex.start:ex.end].lower() == ex.text.lower() and ex.article_id == art.id
    forces = uses(table, "state_forces", "Opposition")
    assert "regime forces" in forces and "police" not in forces


def test_rows_are_flat(analyses):
    rows = labels_table(analyses).rows()
    assert rows and {"actor", "outlet", "label", "count", "narrator", "quoted", "example"} <= set(rows[0])


def test_user_families(analyses, tmp_path):
    f = tmp_path / "fam.toml"
    f.write_text('[vehicles]\nname = "Vehicles"\nlabels = ["car"]\n')
    table = labels_table(analyses, families=load_label_families(f))
    assert uses(table, "vehicles", "State TV")["car"].count == 1


def test_bad_families_file_names_line(tmp_path):
    f = tmp_path / "fam.toml"
    f.write_text('[crowds]\nname = "Crowds"\n')
    with pytest.raises(LexiconError) as info:
        load_label_families(f)
    assert info.value.line == 1 and "labels" in str(info.value)
