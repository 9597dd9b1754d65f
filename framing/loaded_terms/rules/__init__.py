"""Context rules: when a lexicon entry names a rule, the rule must hold for a match to count.

Each family of rules lives in its own module and registers its rules with
:func:`~.registry.rule`; their word lists are in ``framing/data/loaded_terms/rules/``.

* :mod:`.speech` — verbs that must introduce speech or criticism (``speech_verb``, ``attack_verb``);
* :mod:`.targets` — who or what a word is said of: people, dissent, money, actions;
* :mod:`.grammar` — the word's role in the sentence: modifier, noun, verb, a fixed construction;
* :mod:`.figurative` — the metaphor, not the literal thing (a storm of criticism, slashed budgets);
* :mod:`.literal_sense` — words of the sentence that show a plain sense (tax regime, lottery jackpot);
* :mod:`.hidden_hand` — events told as steered, paid for or staged from outside;
* :mod:`.partisan` — partisan labels and charges (MAGA, woke agenda, stolen election);
* :mod:`.conflict` — war and unrest told by one side (occupiers, the regime's militants).
"""

from __future__ import annotations

from . import conflict, figurative, grammar, hidden_hand, literal_sense, partisan, speech, targets
from .registry import RULES, Rule, RuleFn, rule

#: the family modules, in the order their rules are documented
FAMILIES = (speech, targets, grammar, figurative, literal_sense, hidden_hand, partisan, conflict)

__all__ = ["FAMILIES", "RULES", "Rule", "RuleFn", "rule"]
