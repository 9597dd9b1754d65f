"""Analysis results in the workspace: a hit after a restart (no parse), a miss when an analyser's
version changes, the same results as a fresh analysis."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

import pytest

import framing.analysis as analysis_module
from framing.analysers import default_analysers
from framing.analysers.base import BaseAnalyser
from framing.analysis import analyse_articles
from framing.parse import ParsedArticle
from framing.workspace import ResultStore, Workspace

from .conftest import article


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles spaCy parsed (every parse goes through parse_articles)."""
    seen: list[str] = []
    real = analysis_module.parse_articles

    def counting(articles, *args, **kwargs):
        for parsed in real(articles, *args, **kwargs):
            seen.append(parsed.article.id)
            yield parsed

    monkeypatch.setattr(analysis_module, "parse_articles", counting)
    return seen


@dataclass
class TokenTally:
    tokens: int
    version: str


def tally_analyser(version: str) -> BaseAnalyser:
    class Tally(BaseAnalyser):
        name: ClassVar[str] = "token_tally"
        result_type: ClassVar[type] = TokenTally

        def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> TokenTally:
            return TokenTally(len(parsed.doc), self.version)

    Tally.version = version
    return Tally()


def test_results_survive_a_restart_and_the_article_is_not_parsed_again(tmp_path, parses) -> None:
    arts = [article(1), article(2, "Beta Post")]
    with Workspace(tmp_path) as ws, ResultStore(ws) as store:
        fresh = analyse_articles(arts, cache=store)
    assert parses == [a.id for a in arts]
    with Workspace(tmp_path) as ws:  # a new process, as after a restart
        store = ResultStore(ws)
        again = analyse_articles(arts, cache=store)
        assert len(store) == len(arts) * len(default_analysers())
    assert parses == [a.id for a in arts], "no article was parsed again"
    assert [x.to_json() for x in again] == [x.to_json() for x in fresh]


def test_a_new_analyser_version_is_a_miss_and_the_old_result_is_not_returned(tmp_path, parses) -> None:
    a = article(3)
    with Workspace(tmp_path) as ws:
        for version, expect_parses in (("1", 1), ("1", 1), ("2", 2), ("1", 2)):
            v = tally_analyser(version)
            with ResultStore(ws, [v]) as store:
                (result,) = analyse_articles([a], [v], cache=store)
            assert result.results["token_tally"].version == version
            assert len(parses) == expect_parses, f"version {version}"
        assert {k[3] for k in ws.result_keys()} == {"1", "2"}


def test_an_outlet_rename_is_a_miss(tmp_path, parses) -> None:
    """Attribution reads the outlet (an outlet citing itself), so results are kept per outlet."""
    v = tally_analyser("1")
    a = article(4)
    with Workspace(tmp_path) as ws, ResultStore(ws, [v]) as store:
        analyse_articles([a], [v], cache=store)
        store.flush()
        analyse_articles([a.with_outlet("Another Outlet")], [v], cache=store)
    assert len(parses) == 2


def test_results_are_written_in_one_go_on_flush(tmp_path) -> None:
    v = tally_analyser("1")
    a = article(5)
    with Workspace(tmp_path) as ws:
        store = ResultStore(ws, [v])
        key = (a.id, a.outlet, "token_tally", "1")
        store[key] = TokenTally(7, "1")
        assert key in store and ws.result_keys() == []  # pending, not yet written
        assert store.flush() == 1 and ws.result_keys() == [key]
        assert ResultStore(ws, [v])[key] == TokenTally(7, "1")
        del store[key]
        assert key not in store and ws.result_keys() == []
        assert ("x", "y", "no_such_analyser", "1") not in store


def test_an_articles_json_from_a_worker_is_kept_as_its_results_would_be(tmp_path) -> None:
    """``put_article_json`` stores each analyser's part of an article's JSON (a worker process's
    answer) under the same keys and as the same values as storing the results themselves."""
    from framing.analysers import default_analysers
    from framing.analysers.base import cache_fingerprints
    from framing.analysis import analyse_articles
    from framing.workspace import ResultStore, Workspace

    from .conftest import article

    analysed = analyse_articles([article(7)])[0]
    with Workspace(tmp_path / "a") as one, Workspace(tmp_path / "b") as two:
        by_results, by_json = ResultStore(one), ResultStore(two)
        a = analysed.article
        fingerprints = cache_fingerprints(default_analysers())
        for an in default_analysers():
            by_results[(a.id, a.outlet, an.name, fingerprints[an.name])] = analysed.results[an.name]
        assert by_json.put_article_json(analysed.to_json()) == len(default_analysers())
        by_results.flush(), by_json.flush()
        keys = sorted(by_results)
        assert keys == sorted(by_json)
        for key in keys:
            assert by_json[key] == by_results[key], key
