"""Shared helpers of the loaded-terms tests: find terms in small articles of our own."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable

import pytest

from framing.loaded_terms import Lexicon, LoadedTerm, Matcher, builtin_lexicon, find_loaded_terms, parse_user_lexicon
from framing.parse import ParsedArticle


@dataclass
class FakeAttribution:
    """The fields of an attribution that loaded_terms reads."""

    speaker: str
    kind: str
    content_start: int
    content_end: int
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_id: str | None = None
    content_parts: list[list[int]] = field(default_factory=list)


@pytest.fixture
def attribution() -> type[FakeAttribution]:
    """``attribution(speaker, kind, content_start, content_end, cue_start, cue_end)``."""
    return FakeAttribution


@pytest.fixture
def terms() -> Callable[..., list[LoadedTerm]]:
    """``terms(parsed_article, attributions=())``: its lexicon terms and scare quotes with the
    built-in lexicon (the learned scorer's own words are left out: at threshold 1 it flags none;
    tests/framing/loaded_terms/test_word_scorer.py tests those)."""

    def _terms(parsed_article: ParsedArticle, attributions: tuple = ()) -> list[LoadedTerm]:
        return find_loaded_terms(parsed_article, builtin_lexicon(), attributions, threshold=1.0)

    return _terms


def _texts(found: list[LoadedTerm]) -> list[str]:
    return [t.text.lower() for t in found]


@pytest.fixture
def texts() -> Callable[[list[LoadedTerm]], list[str]]:
    """``texts(found)``: the flagged words, lower case."""
    return _texts


@pytest.fixture
def find() -> Callable[[list[LoadedTerm], str], LoadedTerm]:
    """``find(found, text)``: the first term with that text (fails naming what was flagged)."""

    def _find(found: list[LoadedTerm], text: str) -> LoadedTerm:
        hits = [t for t in found if t.text.lower() == text.lower()]
        assert hits, f"{text!r} not flagged; flagged: {_texts(found)}"
        return hits[0]

    return _find


# ---------------------------------------------------------------- context rules

#: entries for rules the built-in lexicon does not exercise on both sides
#: (``actor_subject`` has no built-in entry; ``attributive``'s built-in entries are all ADJ, whose
#: part-of-speech check already refuses what the rule refuses)
RULE_TEST_ENTRIES = (
    "term,category,pos,direction,rule,note\n"
    "thunder,rule_test,VERB,against,actor_subject,test entry: a verb that needs an actor as subject\n"
    "punishing,rule_test,,,attributive,test entry: an adjective only as a modifier or predicate\n"
)


@pytest.fixture(scope="session")
def rule_lexicon() -> Lexicon:
    """The built-in lexicon with :data:`RULE_TEST_ENTRIES`."""
    return builtin_lexicon().merged(parse_user_lexicon(RULE_TEST_ENTRIES, "rule tests"))


def without_rule(lexicon: Lexicon, rule: str) -> Lexicon:
    """``lexicon`` with the entries of ``rule`` kept but the rule taken off them."""
    entries = [dataclasses.replace(e, rule="") if e.rule == rule else e for e in lexicon.entries]
    return Lexicon(lexicon.categories, entries, lexicon.disabled_terms, lexicon.disabled_categories)


@pytest.fixture
def rule_matches(rule_lexicon: Lexicon) -> Callable[[ParsedArticle, str, bool], list[str]]:
    """``rule_matches(parsed_article, rule, applied)``: the matched text (lower case) of the entries
    of ``rule``, with the rule applied, or with it taken off the same entries."""

    def _matches(parsed_article: ParsedArticle, rule: str, applied: bool = True) -> list[str]:
        keys = {e.key for e in rule_lexicon.entries if e.rule == rule}
        lexicon = rule_lexicon if applied else without_rule(rule_lexicon, rule)
        doc = parsed_article.doc
        return [doc.text[m.start:m.end].lower() for m in Matcher(lexicon).find(doc) if m.entry.key in keys]

    return _matches
