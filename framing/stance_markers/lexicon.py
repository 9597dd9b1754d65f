"""The stance-marker lexicon: categories and word lists, loaded once from ``framing/data/stance_markers/``.

``categories.toml`` names the categories. A word-list category points at a CSV beside it
(``term,pos,rule,note``; ``#`` lines are comments, ``# family: ...`` lines name the family of
the entries below them). A reporting-verb category names a stance family of the attribution
package's reporting verbs (``verb_stance``): the verbs themselves are listed once, in
``framing/data/reporting_verbs.toml`` (:mod:`framing.attribution.verbs_and_roles`).

The files ship with the package: a missing or malformed file is a broken install
(:class:`RuntimeError` naming the file and line), not a user error.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import pathlib
import re
import tomllib
from dataclasses import dataclass

from ..attribution.verbs_and_roles import STANCES
from ..word_lists import DATA_DIR as _DATA
from .rules import RULES

#: the built-in stance lexicon
DATA_DIR = _DATA / "stance_markers"
CSV_COLUMNS = ("term", "pos", "rule", "note")
POS_VALUES = ("", "ADV", "VERB", "ADJ")


@dataclass(frozen=True)
class StanceCategory:
    id: str
    label: str
    description: str
    #: the CSV file of a word-list category ("" for a reporting-verb category)
    words: str = ""
    #: the attribution stance family of a reporting-verb category ("" for a word list)
    verb_stance: str = ""
    #: the verb lemmas of that family this category takes (empty: all of them); a family can be
    #: wider than one stance ("emphatic" holds "stress" and also "slam", "urge", "call")
    verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StanceEntry:
    """One word or phrase of a word-list category; ``words`` is how it is matched."""

    term: str
    category: str
    note: str
    pos: str = ""
    rule: str = ""
    family: str = ""
    source: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.term.casefold().split())


@dataclass(frozen=True)
class StanceLexicon:
    categories: dict[str, StanceCategory]
    entries: tuple[StanceEntry, ...]

    def label(self, category: str) -> str:
        c = self.categories.get(category)
        return c.label if c else category.replace("_", " ").capitalize()

    def verb_categories(self) -> dict[str, str]:
        """Attribution stance family -> stance-marker category."""
        return {c.verb_stance: c.id for c in self.categories.values() if c.verb_stance}

    def verb_category(self, stance: str, verb: str) -> str | None:
        """The category of a reporting verb of stance family ``stance`` (lemma ``verb``), if any."""
        for c in self.categories.values():
            if c.verb_stance and c.verb_stance == stance and (not c.verbs or verb.lower() in c.verbs):
                return c.id
        return None

    def fingerprint(self) -> str:
        """A short hash of everything that changes the markers found (for analysis caches)."""
        return self._fingerprint

    @functools.cached_property
    def _fingerprint(self) -> str:
        # computed once per lexicon (a JSON dump of every entry: it was computed several times per
        # article, to key the per-document candidates); a lexicon is not changed once built
        payload = {"entries": sorted([e.category, e.term, e.pos, e.rule, e.note] for e in self.entries),
                   "categories": sorted([c.id, c.verb_stance, sorted(c.verbs)] for c in self.categories.values())}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


def _broken(source: str, line: int | None, message: str) -> RuntimeError:
    where = f"{source}, line {line}" if line else source
    return RuntimeError(f"stance-marker data {where}: {message} (reinstall the framing package)")


def _read_csv(path: pathlib.Path, category: str) -> list[StanceEntry]:
    source = f"framing/data/stance_markers/{path.name}"
    if not path.exists():
        raise _broken(source, None, "file missing")
    entries: list[StanceEntry] = []
    family = ""
    header_seen = False
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        if raw.lstrip().startswith("#"):
            m = re.match(r"#\s*family:\s*(.+)", raw.strip())
            if m:
                family = m.group(1).strip()
            continue
        row = [c.strip() for c in next(csv.reader([raw]))]
        if not header_seen:
            if tuple(row) != CSV_COLUMNS:
                raise _broken(source, lineno, f"header must be {','.join(CSV_COLUMNS)}")
            header_seen = True
            continue
        if len(row) != len(CSV_COLUMNS):
            raise _broken(source, lineno, f"expected {len(CSV_COLUMNS)} columns, got {len(row)}")
        term, pos, rule, note = row
        if not term or not note:
            raise _broken(source, lineno, "every entry needs a term and a note")
        if pos not in POS_VALUES:
            raise _broken(source, lineno, f"pos {pos!r} is not one of {', '.join(p for p in POS_VALUES if p)}")
        if rule and rule not in RULES:
            raise _broken(source, lineno, f"unknown rule {rule!r} (known: {', '.join(sorted(RULES))})")
        entries.append(StanceEntry(term, category, note, pos, rule, family, f"{source}:{lineno}"))
    return entries


def load_stance_lexicon(data_dir: pathlib.Path = DATA_DIR) -> StanceLexicon:
    """The stance lexicon in ``data_dir`` (the built-in one by default)."""
    meta_path = data_dir / "categories.toml"
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise _broken("framing/data/stance_markers/categories.toml", None, str(exc)) from exc
    categories: dict[str, StanceCategory] = {}
    entries: list[StanceEntry] = []
    for cid, v in meta.items():
        words, stance = str(v.get("words", "")), str(v.get("verb_stance", ""))
        if bool(words) == bool(stance):
            raise _broken("categories.toml", None, f"[{cid}] needs either 'words' or 'verb_stance'")
        if stance and stance not in STANCES:
            raise _broken("categories.toml", None, f"[{cid}] verb_stance {stance!r} is not a reporting-verb "
                                                   f"stance ({', '.join(STANCES)})")
        verbs = v.get("verbs", [])
        if verbs and (not stance or not isinstance(verbs, list)):
            raise _broken("categories.toml", None, f"[{cid}] 'verbs' is a list, and only for a verb_stance category")
        categories[cid] = StanceCategory(cid, str(v.get("label", cid)), str(v.get("description", "")), words, stance,
                                         frozenset(str(x).lower() for x in verbs))
        if words:
            entries.extend(_read_csv(data_dir / words, cid))
    return StanceLexicon(categories, tuple(entries))


@functools.lru_cache(maxsize=1)
def builtin_stance_lexicon() -> StanceLexicon:
    """The stance lexicon shipped with the project (loaded once)."""
    return load_stance_lexicon()
