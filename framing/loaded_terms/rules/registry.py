"""The registry of context rules: each rule module registers its rules with :func:`rule`.

A rule gets the doc, the matched token range [i, j) and the lexicon entry; it returns None to
reject the match or the (possibly widened) token range to accept it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from spacy.tokens import Doc

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

RuleFn = Callable[[Doc, int, int, "LexiconEntry"], Optional[tuple[int, int]]]


@dataclass(frozen=True)
class Rule:
    """A context rule: its name (the lexicon's ``rule`` column), its family and what it checks."""

    name: str
    family: str
    covers: str
    check: RuleFn
    #: tried even where the tagger found a name ("MAGA Republicans" is tagged as one group name)
    inside_names: bool = False


#: every registered rule by name, in registration order
RULES: dict[str, Rule] = {}


def rule(name: str, *, family: str, covers: str, inside_names: bool = False) -> Callable[[RuleFn], RuleFn]:
    """Register the decorated function as the context rule ``name`` of ``family``."""

    def register(check: RuleFn) -> RuleFn:
        if name in RULES:
            raise ValueError(f"context rule {name!r} is registered twice")
        RULES[name] = Rule(name, family, covers, check, inside_names)
        return check

    return register
