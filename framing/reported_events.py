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
from typing import Iterable, Mapping

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


#: how many leading characters of a word the opening check compares
_PREFIX_CHARS = 6
#: the runs of word characters of a lower-cased text whose word characters are all ASCII
_ASCII_WORDS = re.compile(r"[a-z0-9_]+")
#: a word character outside ASCII: case-insensitive matching of such a text is not plain ``str.lower``
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class WordOpenings:
    """What the first word of any match looks like: the word opens with one of ``prefixes``
    (lower-cased, at most :data:`_PREFIX_CHARS` characters) or is one of ``words`` (shorter
    than that, the whole word)."""

    prefixes: frozenset[str]
    words: frozenset[str]


def _word_openings(pattern: re.Pattern[str]) -> WordOpenings | None:
    """How every match of ``pattern`` (case-insensitive, opening with ``\\b`` and a word
    character) opens its first word; ``None`` where the pattern is not of that shape or its
    opening cannot be spelt out (a class or a repeat first): no sentence can then be skipped.

    Read from the pattern's parse (``re._parser``): literals are spelt, alternatives and
    optional groups give one opening per way through, a look-around adds nothing, a boundary or
    a character (or a class of characters) that is no word character ends the word there (a
    whole word), and anything else ends the opening there (a shorter prefix: a weaker, still
    necessary, condition)."""
    from re import _constants as sre, _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY) or not pattern.flags & re.IGNORECASE:
        return None
    prefixes: set[str] = set()
    words: set[str] = set()

    def walk(seq: list, cur: set[str]) -> set[str]:
        """The openings still growing after ``seq``, from those growing before it (``cur``)."""
        for op, av in seq:
            if not cur:
                break
            if op is sre.LITERAL and _WORD_CHAR.match(chr(av)):
                cur = {s + chr(av) for s in cur}
            elif op is sre.LITERAL or (op is sre.AT and av is sre.AT_BOUNDARY) or (
                    op is sre.IN and all(o is sre.LITERAL and not _WORD_CHAR.match(chr(c)) for o, c in av)):
                words.update(cur)  # the word ends here (an empty opening is caught below)
                return set()
            elif op is sre.SUBPATTERN:
                cur = walk(list(av[-1]), cur)
            elif op is sre.BRANCH:
                cur = set().union(*(walk(list(alt), set(cur)) for alt in av[1]))
            elif op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
                cur = cur | walk(list(av[2]), set(cur))
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                continue
            else:
                prefixes.update(cur)
                return set()
            full = {s for s in cur if len(s) >= _PREFIX_CHARS}
            prefixes.update(s[:_PREFIX_CHARS] for s in full)
            cur -= full
            if len(cur) > 256:  # too many ways through: what is spelt so far
                prefixes.update(cur)
                return set()
        return cur

    prefixes.update(walk(items[1:], {""}))
    for s in list(words):
        if len(s) >= _PREFIX_CHARS:  # a word this long is known by its opening only
            words.discard(s)
            prefixes.add(s[:_PREFIX_CHARS])
    found = prefixes | words
    if not found or "" in found or not all(s.isascii() for s in found):
        return None
    return WordOpenings(frozenset(s.lower() for s in prefixes), frozenset(s.lower() for s in words))


@dataclass(frozen=True)
class _PatternIndex:
    """Every entry pattern filed under the openings of its first word (:func:`_word_openings`),
    so that a sentence is searched only with the patterns its words could start."""

    patterns: tuple[re.Pattern[str], ...]
    #: the patterns (indices into ``patterns``) by a whole word they can start with
    by_word: Mapping[str, tuple[int, ...]]
    #: (length, the patterns by a prefix of that length of their first word), for each length
    by_prefix: tuple[tuple[int, Mapping[str, tuple[int, ...]]], ...]

    def candidates(self, sent: str) -> list[int] | None:
        """The patterns (indices, ascending) that may match ``sent``; ``None`` where the sentence
        has a word character outside ASCII (there only a search with every pattern tells)."""
        if not sent.isascii() and _NON_ASCII_WORD.search(sent) is not None:
            return None
        # the runs of word characters: with ASCII word characters only, those of [a-z0-9_]
        words = _ASCII_WORDS.findall(sent.lower())
        found: set[int] = set()
        by_word = self.by_word
        for w in words:
            hit = by_word.get(w)
            if hit is not None:
                found.update(hit)
        for length, by_prefix in self.by_prefix:
            for w in words:
                hit = by_prefix.get(w[:length])
                if hit is not None:
                    found.update(hit)
        return sorted(found)


@functools.lru_cache(maxsize=1)
def _pattern_index() -> _PatternIndex | None:
    """The entry patterns by the openings of their first word; ``None`` when some pattern's
    opening cannot be spelt out (every sentence is then searched with every pattern)."""
    patterns = tuple(p for e in load_event_entries() for p in e.patterns)
    by_word: dict[str, list[int]] = {}
    by_prefix: dict[int, dict[str, list[int]]] = {}
    for i, p in enumerate(patterns):
        try:
            openings = _word_openings(p)
        except Exception:  # re's parser is internal: another Python may shape it otherwise
            return None
        if openings is None:
            return None
        for w in openings.words:
            by_word.setdefault(w, []).append(i)
        for x in openings.prefixes:
            by_prefix.setdefault(len(x), {}).setdefault(x, []).append(i)
    return _PatternIndex(patterns, {w: tuple(ps) for w, ps in by_word.items()},
                         tuple((n, {x: tuple(ps) for x, ps in d.items()}) for n, d in sorted(by_prefix.items())))


def _pattern_matches(sent: str, index: _PatternIndex) -> dict[int, re.Match[str]]:
    """Each entry pattern's first match in ``sent`` (by index into ``index.patterns``; the
    patterns that match nowhere are left out): what searching with every pattern finds, searched
    with only those whose first word opens like one of the sentence's words (a few set look-ups
    and a search or two for a sentence where the alternation of every pattern costs some
    microseconds per character). Decided on the lower-cased text only where every word character
    is ASCII (there ``str.lower`` agrees with the patterns' case-insensitive matching); elsewhere
    the alternation of every pattern (:func:`_any_entry_pattern`) says first whether any does."""
    candidates = index.candidates(sent)
    if candidates is None:
        if _any_entry_pattern().search(sent) is None:
            return {}
        candidates = list(range(len(index.patterns)))
    found: dict[int, re.Match[str]] = {}
    for i in candidates:
        m = index.patterns[i].search(sent)
        if m is not None:
            found[i] = m
    return found


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
    index = _pattern_index()
    # each entry's patterns are a run of the index's patterns, in the entry's order
    ranges: list[tuple[int, int]] = []
    for entry in entries:
        lo = ranges[-1][1] if ranges else 0
        ranges.append((lo, lo + len(entry.patterns)))
    for sentence, start, end in sentences:
        sent = text[start:end]
        if index is None:
            if _any_entry_pattern().search(sent) is None:
                continue
            found = {i: m for i, p in enumerate(p for e in entries for p in e.patterns) for m in [p.search(sent)]
                     if m is not None}
        else:
            found = _pattern_matches(sent, index)
        if not found:
            continue
        for entry, (lo, hi) in zip(entries, ranges):
            # the entry's patterns' first matches, in the entry's order
            hits = [found[i] for i in range(lo, hi) if i in found]
            if not hits:
                continue
            if entry.needs is not None and not entry.needs.search(sent):
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
                                    start + m.end(), sentence, why))
    return out
