"""The analyser registry: dependency order, cycles and unknown dependencies refused; options passed in."""

from __future__ import annotations

import pytest

from framing.analysers import BaseAnalyser, order_by_dependencies


def test_registry_orders_dependencies_and_rejects_cycles():
    def make(n, deps):
        return type(n, (BaseAnalyser,), {"name": n, "depends_on": deps})()

    order = [a.name for a in order_by_dependencies([make("b", ("a",)), make("a", ()), make("c", ("b",))])]
    assert order == ["a", "b", "c"]
    with pytest.raises(ValueError, match="cycle"):
        order_by_dependencies([make("x", ("y",)), make("y", ("x",))])
    with pytest.raises(ValueError, match="unknown"):
        order_by_dependencies([make("x", ("nope",))])


def test_a_dependencys_new_version_retires_the_cached_results_built_on_it():
    from framing.analysers.base import cache_fingerprints

    def make(n, deps, version="1"):
        return type(n, (BaseAnalyser,), {"name": n, "depends_on": deps, "version": version})()

    old = cache_fingerprints([make("a", ()), make("b", ("a",)), make("c", ("b",)), make("d", ())])
    new = cache_fingerprints([make("a", (), "2"), make("b", ("a",)), make("c", ("b",)), make("d", ())])
    assert old["a"] == "1" and new["a"] == "2"
    assert old["b"] != new["b"] and old["c"] != new["c"]   # b reads a; c reads b, which reads a
    assert old["d"] == new["d"] == "1"                      # no dependency: its own version only
    assert old["b"].startswith("1+")


def test_cached_results_of_a_dependent_analyser_are_not_reused_after_its_dependency_changes():
    from framing.analysis import analyse_articles
    from framing.model import Article

    calls: list[str] = []

    def make(n, deps, version="1"):
        def analyse(self, parsed, prior):
            calls.append(n)
            return [len(prior.get("a", [])), version]
        return type(n, (BaseAnalyser,), {"name": n, "depends_on": deps, "version": version, "analyse": analyse})()

    article = Article(id="x1", outlet="Wire", title="T", text="The council met on Monday.")
    cache: dict = {}
    analyse_articles([article], analysers=[make("a", ()), make("b", ("a",))], cache=cache)
    calls.clear()
    analyse_articles([article], analysers=[make("a", ()), make("b", ("a",))], cache=cache)
    assert calls == []                                   # both cached
    analyse_articles([article], analysers=[make("a", (), "2"), make("b", ("a",))], cache=cache)
    assert sorted(calls) == ["a", "b"]                   # b is built again on the new a
