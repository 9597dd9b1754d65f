"""The ordered step tables: each is the order documented in docs/analysers/attributions.md, and each
step that writes a rule is named by a rule the code writes (shown by a sentence or speaker that it decides)."""

from __future__ import annotations

import pathlib
import re

import pytest

from framing.attribution import extract_attributions
from framing.attribution.cues import CONTENT_RULES
from framing.attribution.extract import DIRECT_STEPS, PASSES
from framing.attribution.mentions import NAME_STEPS
from framing.attribution.speaker_types import TYPE_STEPS, _typing
from framing.attribution.speakers import PHRASE_STEPS, Speaker
from framing.attribution.steps import decided_by
from framing.attribution.verbs_and_roles import roles

DOCS = pathlib.Path(__file__).resolve().parents[3] / "docs" / "analysers" / "attributions.md"
TABLES = {"PASSES": PASSES, "DIRECT_STEPS": DIRECT_STEPS, "PHRASE_STEPS": PHRASE_STEPS,
          "NAME_STEPS": NAME_STEPS, "TYPE_STEPS": TYPE_STEPS}


def _documented_order(table: str) -> list[str]:
    line = next(x for x in DOCS.read_text().splitlines() if x.startswith(f"* `{table}` ("))
    return re.findall(r"`([^`]+)`", line.split("):", 1)[1])


@pytest.mark.parametrize("table", sorted(TABLES))
def test_each_table_is_in_the_documented_order(table: str) -> None:
    assert [s.name for s in TABLES[table]] == _documented_order(table)


def test_steps_that_write_no_rule_have_distinct_names() -> None:
    for table in (PHRASE_STEPS, NAME_STEPS, PASSES):
        names = [s.name for s in table]
        assert len(names) == len(set(names)), names


def test_a_pass_that_writes_one_rule_is_named_by_it() -> None:
    direct = next(p for p in PASSES if p.name == "direct")
    assert [s.name for s in DIRECT_STEPS] == list(direct.writes[:2])
    assert set(CONTENT_RULES) <= set(next(p for p in PASSES if p.name == "indirect").writes)
    for p in PASSES:
        if len(p.writes) == 1:
            assert p.writes == (p.name,), p


# -- every rule a pass writes, written by a sentence of our own ---------------------------------
RULE_EXAMPLES = {
    "quote_then_cue": '"We will rebuild the bridge by spring," Mayor Anna Kowalski said on Monday.',
    "cue_then_quote": 'The minister, Jonas Berg, told parliament: "There is no money left for this project."',
    "colon_quote": 'The mayor, Tom Gale, put it bluntly: "We cannot pay for this."',
    "headline_colon": "Heavy rain hit the city on Monday.",
    "verb_clause": "Finance Minister Lena Roth said that the deficit would shrink next year.",
    "clause_before_cue": "The border crossing will reopen on Friday, officials said.",
    "parenthetical_cue": "The plan, officials said, would cost more than expected.",
    "infinitive_frame": "Amnesty International urged the police to release the detainees.",
    "preposition_frame": "Opposition leader Sara Lund accused the government of hiding the figures.",
    "naming_frame": "Councillor Rob Hale called the plan a crutch for failing landlords.",
    "object_frame": "Residents describe brutal raid on miners\u2019 camp in Tesh",
    "participle": "The company claimed the leak was minor, insisting that no one had been harmed.",
    "relative_clause": "A spokesman who said the talks had failed left early.",
    "quoted_clause": 'Mayor Jo Park said "we will win the vote in May."',
    "according_to": "Unemployment rose to 7 percent in March, according to the national statistics office.",
    "split_quote": '"The plan is dead," said Omar Haddad, a local shop owner, "and everybody knows it."',
    "+conjoined": ("The transport ministry said it was disappointed by the decision, but insisted the union "
                   "would return to the negotiating table."),
    "floating_quote": '"Prices went up twice this year," said Carla Mendes, a baker. "I cannot raise mine again."',
    "inner_quote": "\"My grandmother told me, 'Never waste bread,'\" said Ana Reyes, a farm worker.",
}
TITLES = {"headline_colon": 'Mayor Ana Ruiz: "We will rebuild"'}


def test_every_rule_a_pass_writes_has_an_example() -> None:
    assert set(RULE_EXAMPLES) == {r for p in PASSES for r in p.writes}


@pytest.mark.parametrize("rule", sorted(RULE_EXAMPLES))
def test_the_pass_rules_are_written(parsed, rule: str) -> None:
    items = extract_attributions(parsed(RULE_EXAMPLES[rule], title=TITLES.get(rule, "Council meets on budget")))
    written = {a.rule for a in items}
    assert any(w == rule or w.endswith(rule) for w in written), written
    known = {r for p in PASSES for r in p.writes}
    assert all(w.removesuffix("+conjoined") in known for w in written), written


# -- every speaker-type step decides a speaker of its own ---------------------------------------
def _sp(text: str, kind: str, **kw) -> Speaker:
    return Speaker(text, text.lower().replace(" ", "-"), kind, **kw)


TYPE_EXAMPLES = [
    _sp("county documents", "group"),
    _sp("Shares of Halvorsen AG", "org"),
    _sp("Eastern Liberation Army", "org"),
    _sp("Lindell Institute", "org", role="an advocacy group funded by donors"),
    _sp("Prairie Home Builders Council", "org"),
    _sp("senator's office", "org"),
    _sp("Tesh Miners' Syndicate", "org"),
    _sp("two people familiar with the sale", "group"),
    _sp("Ana Ruiz", "person", role="the Secretary of Labor"),
    _sp("Ana Ruiz", "person", role="Mayor"),
    _sp("Ines Koll", "person", role="the director of Vale Hospital"),
    _sp("International organisations", "org"),
    _sp("Omar Kade", "person", linked=_sp("Harbor Bank Inc", "org")),
    _sp("officials", "group"),
    _sp("Fair Track", "org", context=["which represents the train companies"]),
    _sp("Kazakhstan", "org", ner="GPE"),
    _sp("the township", "group"),
    _sp("Nino Beridze", "person", context=["who leads the United Movement party"]),
    _sp("Lara Meyer", "person", role="54", ner="PERSON"),
    _sp("Lara Meyer", "person", ner="PERSON"),
    _sp("MarketScope", "org"),
    _sp("National Flood Warning Centre", "org"),
    _sp("World Food Programme", "org", ner="ORG"),
    _sp("regional akimat", "group"),
]


def test_every_type_step_has_an_example() -> None:
    assert len(TYPE_EXAMPLES) == len(TYPE_STEPS)


@pytest.mark.parametrize("index", range(len(TYPE_STEPS)), ids=[f"{i}-{s.name}" for i, s in enumerate(TYPE_STEPS)])
def test_each_type_step_writes_its_name(index: int) -> None:
    step, decision = decided_by(TYPE_STEPS, _typing(TYPE_EXAMPLES[index], roles()))
    assert step is TYPE_STEPS[index] and decision is not None, (step, decision)
    rule = decision[1]
    assert any(rule == w or rule.startswith(w + ":") for w in step.writes), (step.name, rule)
