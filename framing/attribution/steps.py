"""Ordered tables of named steps: the order of precedence of a decision as one visible list.

* :class:`Step` — one step of a decision table (:func:`first_decision`): the steps are tried in
  order and the first that decides wins. A step returns ``None`` when it does not apply and
  :data:`NOTHING` when it decides that there is no result (no speaker, no entity).
* :class:`Pass` — one pass of a pipeline (:func:`run_passes`): every pass runs, in order.

A step or pass that writes a ``rule`` or ``type_rule`` is named by it (``role`` writes
``role:<phrase>``); :attr:`Step.writes` / :attr:`Pass.writes` list every rule it can write.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

C = TypeVar("C")
R = TypeVar("R")


class Nothing(enum.Enum):
    """The decision that there is no result (``None`` means: this step does not apply)."""

    NOTHING = "nothing"


NOTHING = Nothing.NOTHING


@dataclass(frozen=True)
class Step(Generic[C, R]):
    name: str
    decide: Callable[[C], R | Nothing | None]
    #: further rules the step writes besides its name (a role word deferring to its organisation)
    also: tuple[str, ...] = ()

    @property
    def writes(self) -> tuple[str, ...]:
        return (self.name, *self.also)


def decided_by(steps: tuple[Step[C, R], ...], context: C) -> tuple[Step[C, R] | None, R | None]:
    """(the first step that decides, its result); (None, None) when none does."""
    for step in steps:
        out = step.decide(context)
        if out is None:
            continue
        return step, (None if isinstance(out, Nothing) else out)
    return None, None


def first_decision(steps: tuple[Step[C, R], ...], context: C) -> R | None:
    """The result of the first step that decides (None when none does, or it decides NOTHING)."""
    return decided_by(steps, context)[1]


@dataclass(frozen=True)
class Pass(Generic[C]):
    name: str
    run: Callable[[C], None]
    #: the rules the pass writes on the attributions it makes or changes (none for clean-ups)
    writes: tuple[str, ...] = ()


def run_passes(passes: tuple[Pass[C], ...], context: C) -> None:
    for p in passes:
        p.run(context)
