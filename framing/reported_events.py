"""Events and claims a report may give or leave out: use of force, economic causes, demands, restrictions.

The families and their patterns are data (``framing/data/compare/reported_events.yaml``,
written for this project, a label and a note per entry). :func:`find_reported_events` matches
them sentence by sentence: each match is an :class:`EventMention` with its span, sentence and
the pattern that found it, so the omission matrix can say "pepper spray: reported by A, B; not by
C" with the sentences one click away. An entry with ``needs`` only counts in a sentence where
that pattern also matches (a demand word for "demand for resignation"). One mention per entry
and sentence; a match its clause denies (``no tear gas was used``: :func:`negated`) is none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

EVENT_FILE = Path(__file__).resolve().parent / "data" / "compare" / "reported_events.yaml"


@dataclass(frozen=True)
class EventEntry:
    key: str
    label: str
    family: str
    family_label: str
    note: str
    patterns: tuple[re.Pattern[str], ...]
    needs: re.Pattern[str] | None


@dataclass
class EventMention:
    """One report of an entry: ``start``..``end`` is the matched words; ``reason`` names the entry."""

    key: str
    label: str
    family: str
    text: str
    start: int
    end: int
    sentence: int
    reason: str


@functools.lru_cache(maxsize=1)
def load_event_entries(path: str | None = None) -> tuple[EventEntry, ...]:
    data = yaml.safe_load(Path(path or EVENT_FILE).read_text(encoding="utf-8"))
    out = []
    for family, fam in data.items():
        for key, e in (fam.get("entries") or {}).items():
            out.append(EventEntry(key, str(e["label"]), family, str(fam.get("label", family)), str(e.get("note", "")),
                                  tuple(re.compile(p, re.IGNORECASE) for p in e["patterns"]),
                                  re.compile(e["needs"], re.IGNORECASE) if e.get("needs") else None))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _any_entry_pattern() -> re.Pattern[str]:
    """Every entry's patterns as one alternation: a sentence it does not match reports no entry
    (one search a sentence instead of one a pattern; the patterns use no numbered back-references)."""
    return re.compile("|".join(f"(?:{p.pattern})" for e in load_event_entries() for p in e.patterns), re.IGNORECASE)


def family_label(family: str) -> str:
    return next((e.family_label for e in load_event_entries() if e.family == family), family)


#: words that deny what follows them in their clause ("no tear gas was used", "did not use batons")
_NEGATOR = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor|without)\b|n[\u2019']t\b", re.IGNORECASE)
#: a negator right after the match denies it too ("water cannon were never deployed")
_NEGATED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:was|were|is|are|had|has|have|been|be)\s+)?"
                            r"(?:not|never|n[\u2019']t)\b", re.IGNORECASE)
#: where a clause ends: a negator beyond one denies something else
_CLAUSE_END = re.compile(r"[,;:\u2014\u2013()]|\b(?:but|and|while|although|though|after|before|when)\b", re.IGNORECASE)


def negated(sent: str, start: int, end: int) -> bool:
    """Whether the words of ``sent`` at ``start``..``end`` are denied in their clause: a negator
    among the four words before them (``no one was pepper-sprayed`` has none before the match, but
    ``there was no tear gas`` and ``police did not use batons`` do) or right after them (``water
    cannon were never deployed``). A denial by a verb (``denied using tear gas``) is a report of the
    claim and is kept."""
    before = sent[:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    window = before[cut:].split()[-4:]
    if _NEGATOR.search(" ".join(window)):
        return True
    after = sent[end:]
    stop = _CLAUSE_END.search(after)
    return _NEGATED_AFTER.match(after[:stop.start()] if stop else after) is not None


def find_reported_events(text: str, sentences: Iterable[tuple[int, int, int]]) -> list[EventMention]:
    """Mentions in ``text``; ``sentences``: (index, start, end) of each sentence."""
    out: list[EventMention] = []
    entries = load_event_entries()
    any_entry = _any_entry_pattern()
    for index, start, end in sentences:
        sent = text[start:end]
        if any_entry.search(sent) is None:
            continue
        for entry in entries:
            if entry.needs is not None and not entry.needs.search(sent):
                continue
            hits = [m for p in entry.patterns for m in [p.search(sent)] if m is not None]
            if not hits:
                continue
            hits = [h for h in hits if not negated(sent, h.start(), h.end())]
            if not hits:
                continue                   # "no tear gas was used": the sentence denies the entry
            m = min(hits, key=lambda h: h.start())
            why = f"'{m.group(0)}' matches {entry.family_label}: {entry.label}"
            if entry.needs is not None:
                need = entry.needs.search(sent)
                why += f" (with '{need.group(0) if need else ''}')"
            out.append(EventMention(entry.key, entry.label, entry.family, m.group(0), start + m.start(),
                                    start + m.end(), index, why))
    return out
