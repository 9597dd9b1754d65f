"""One person, one row: the voices table, the labels table, actor tone and the omission matrix all
take identity from framing.compare.identity (three articles of our own, three outlets)."""

from __future__ import annotations

import pytest

from framing.analysis import analyse_articles, list_result_of
from framing.charts.sources import speaker_table
from framing.compare import compare_event
from framing.compare.actor_tone import actor_outlet_matrix
from framing.compare.identity import event_identities
from framing.model import Article
from framing.tone.actors import ActorTone

ARTICLES = [
    ("Capitol Wire", "Editor presses party chief to quit",
     "Bill Kristol, the editor of a conservative weekly, said on Monday that the party chairman should resign. "
     "He argued that President Obama had gained from the chairman's remarks on the war.\n\n"
     '"The party cannot wait another month," Kristol said.'),
    ("Evening Ledger", "Calls grow for chairman to go",
     "William Kristol wrote in a column on Monday that the chairman had lost the trust of donors. "
     "Barack Obama did not comment on the dispute.\n\n"
     '"This is about leadership," Kristol said in an interview.'),
    ("Daily Current", "Chairman defiant as critics circle",
     "Kristol said the chairman had handed Obama an easy victory. "
     "The chairman told reporters he would stay. Obama was travelling on Monday."),
]


@pytest.fixture(scope="module")
def analyses():
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in ARTICLES]
    return analyse_articles(arts)


def test_one_person_is_one_row_of_the_voices_table(analyses) -> None:
    rows = speaker_table(analyses, event_identities(analyses))
    kristol = [r for r in rows if "Kristol" in r["speaker"]]
    assert len(kristol) == 1, [(r["speaker"], r["counts"]) for r in rows]
    assert all(kristol[0]["counts"][o] >= 1 for o, _, _ in ARTICLES)


def test_one_person_is_one_row_of_the_omission_matrix(analyses) -> None:
    items = compare_event(analyses).omissions.items
    for kind, surname in (("voice", "Kristol"), ("entity", "Kristol"), ("entity", "Obama")):
        rows = [it for it in items if it.kind == kind and surname in it.label]
        assert len(rows) == 1, (kind, surname, [(it.label, it.reported_by) for it in items if it.kind == kind])
        assert set(rows[0].reported_by) == {o for o, _, _ in ARTICLES}, (kind, surname, rows[0].reported_by)


def test_one_person_is_one_actor_of_the_labels_table(analyses) -> None:
    table = compare_event(analyses).labels
    assert table is not None
    for surname in ("Kristol", "Obama"):
        rows = [a for a in table.actors if a.kind == "entity" and surname in a.name]
        assert len(rows) == 1, (surname, [(a.name, list(a.by_outlet)) for a in table.actors])
        assert set(rows[0].by_outlet) == {o for o, _, _ in ARTICLES}


def test_one_person_is_one_actor_of_actor_tone(analyses) -> None:
    rows = [(a.article.id, a.article.outlet, a.article.text, list_result_of(a, "actor_tone", ActorTone) or [])
            for a in analyses]
    cells = actor_outlet_matrix(rows, identities=event_identities(analyses))    # as the tone chart does
    for surname in ("Kristol", "Obama"):
        ids = {c.actor_id for c in cells if surname in c.actor}
        assert len(ids) == 1, (surname, [(c.actor, c.actor_id, c.outlet) for c in cells])
        assert {c.outlet for c in cells if surname in c.actor} == {o for o, _, _ in ARTICLES}
