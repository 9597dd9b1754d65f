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
