"""The loaded-term lexicon: loading, validating and merging with a user's own lexicon.

The built-in lexicon lives in ``framing/data/loaded_terms/``: ``categories.toml`` names the
categories, and one ``<category>.csv`` per category lists its entries (``term,pos,direction,
rule,note``; ``#`` lines are comments). A user lexicon (CSV or TOML, see ``docs/lexicon.md``)
can add entries and new categories, or disable terms and whole categories. Every problem in
a file is reported as :class:`LexiconError` naming the file and line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import pathlib
import re
import tomllib
from dataclasses import dataclass, field
from typing import Iterable

from .rules import RULES
from ..safe_text import csv_safe, csv_unsafe
from ..word_lists import DATA_DIR as _DATA

#: the built-in lexicon: one CSV per category and ``categories.toml``
DATA_DIR = _DATA / "loaded_terms"

POS_VALUES = ("", "NOUN", "VERB", "ADJ", "ADV")
DIRECTIONS = ("", "against", "toward")
CSV_COLUMNS = ("term", "pos", "direction", "rule", "note")
USER_CSV_COLUMNS = ("term", "category", "pos", "direction", "rule", "note", "action")
ACTIONS = ("add", "disable")
_CATEGORY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TERM_RE = re.compile(r"^[\w][\w' .\-]*$", re.UNICODE)

#: categories not backed by a word list (found by other means)
SYNTHETIC_CATEGORIES = ("scare_quote", "evaluative")


class LexiconError(ValueError):
    """A lexicon file could not be used; the message names the file, the line and the fix."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source, self.line, self.detail = source, line, message
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class LexiconEntry:
    """One loaded term. ``term`` is written in base form; ``words`` is how it is matched."""

    term: str
    category: str
    direction: str = ""
    note: str = ""
    pos: str = ""
    rule: str = ""
    family: str = ""
    source: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return split_term(self.term)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.category, self.term.casefold(), self.pos)


def split_term(term: str) -> tuple[str, ...]:
    """Words of a term, lower-cased; hyphens and spaces both separate words."""
    return tuple(w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", term.casefold().strip()) if w)


@dataclass
class Lexicon:
    categories: dict[str, Category]
    entries: list[LexiconEntry]
    disabled_terms: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()

    def active_entries(self) -> list[LexiconEntry]:
        return [e for e in self.entries
                if e.category not in self.disabled_categories and e.term.casefold() not in self.disabled_terms]

    def category_enabled(self, category: str) -> bool:
        return category not in self.disabled_categories

    def label(self, category: str) -> str:
        c = self.categories.get(category)
        return c.label if c else category.replace("_", " ").capitalize()

    def fingerprint(self) -> str:
        """A short hash of everything that changes matching (for analysis caches)."""
        payload = {
            "entries": sorted([e.category, e.term.casefold(), e.pos, e.direction, e.rule, e.note] for e in self.entries),
            "disabled_terms": sorted(self.disabled_terms),
            "disabled_categories": sorted(self.disabled_categories),
            "categories": sorted(self.categories),
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]

    def merged(self, user: "UserLexicon") -> "Lexicon":
        """This lexicon with a user lexicon applied (user entries replace same term+category+pos)."""
        categories = dict(self.categories)
        for c in user.categories:
            categories[c.id] = c
        for e in user.entries:
            if e.category not in categories:
                categories[e.category] = Category(e.category, e.category.replace("_", " ").capitalize())
        by_key = {e.key: e for e in self.entries}
        for e in user.entries:
            by_key[e.key] = e
        return Lexicon(
            categories=categories,
            entries=list(by_key.values()),
            disabled_terms=self.disabled_terms | user.disabled_terms,
            disabled_categories=self.disabled_categories | user.disabled_categories,
            sources=self.sources + (user.source,),
        )


@dataclass
class UserLexicon:
    source: str
    entries: list[LexiconEntry] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    disabled_terms: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- validation


def _check_entry(source: str, line: int | None, term: str, category: str, pos: str, direction: str,
                 rule: str, known_rules: Iterable[str] | None) -> None:
    if not term.strip():
        raise LexiconError(source, line, "the term is empty; write the word or phrase in the 'term' column")
    if not _TERM_RE.match(term.strip()):
        raise LexiconError(source, line, f"term {term!r} has characters other than letters, digits, spaces, "
                                         "hyphens and apostrophes")
    if not _CATEGORY_RE.match(category):
        raise LexiconError(source, line, f"category {category!r} must be lower-case letters, digits and "
                                         "underscores (e.g. 'pejorative_label')")
    if category in SYNTHETIC_CATEGORIES:
        raise LexiconError(source, line, f"category {category!r} is found from quotation marks and takes no terms")
    if pos not in POS_VALUES:
        raise LexiconError(source, line, f"pos {pos!r} is not one of NOUN, VERB, ADJ, ADV (or empty)")
    if direction not in DIRECTIONS:
        raise LexiconError(source, line, f"direction {direction!r} must be 'against', 'toward' or empty")
    if rule and known_rules is not None and rule not in set(known_rules):
        raise LexiconError(source, line, f"unknown rule {rule!r}; known rules: {', '.join(sorted(known_rules))}")


def _known_rules() -> tuple[str, ...]:
    return tuple(RULES)


# --------------------------------------------------------------------------- built-in lexicon


def _read_category_csv(path: pathlib.Path, category: str, rules: tuple[str, ...]) -> list[LexiconEntry]:
    source = f"framing/data/loaded_terms/{path.name}"
    entries: list[LexiconEntry] = []
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
        row = next(csv.reader([raw]))
        if not header_seen:
            if tuple(c.strip() for c in row) != CSV_COLUMNS:
                raise LexiconError(source, lineno, f"header must be {','.join(CSV_COLUMNS)}")
            header_seen = True
            continue
        if len(row) != len(CSV_COLUMNS):
            raise LexiconError(source, lineno, f"expected {len(CSV_COLUMNS)} columns ({','.join(CSV_COLUMNS)}), got {len(row)}")
        term, pos, direction, rule, note = (c.strip() for c in row)
        _check_entry(source, lineno, term, category, pos, direction, rule, rules)
        entries.append(LexiconEntry(term, category, direction, note, pos, rule, family, f"{source}:{lineno}"))
    return entries


def load_builtin(data_dir: pathlib.Path = DATA_DIR) -> Lexicon:
    """The lexicon shipped with the project."""
    meta_path = data_dir / "categories.toml"
    meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    categories = {cid: Category(cid, v.get("label", cid), v.get("description", "")) for cid, v in meta.items()}
    rules = _known_rules()
    entries: list[LexiconEntry] = []
    for cid in categories:
        path = data_dir / f"{cid}.csv"
        if cid in SYNTHETIC_CATEGORIES:
            continue
        if not path.exists():
            raise LexiconError(str(path), None, f"category {cid!r} has no word list")
        entries.extend(_read_category_csv(path, cid, rules))
    return Lexicon(categories, entries, sources=("builtin",))


_BUILTIN: Lexicon | None = None


def builtin_lexicon() -> Lexicon:
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = load_builtin()
    return _BUILTIN


# --------------------------------------------------------------------------- user lexicons


def parse_user_lexicon(text: str, source: str = "user lexicon", fmt: str | None = None) -> UserLexicon:
    """Parse a user lexicon from text. ``fmt`` is ``"csv"`` or ``"toml"`` (guessed from ``source``)."""
    fmt = (fmt or pathlib.Path(source).suffix.lstrip(".") or "csv").lower()
    if fmt == "toml":
        return _parse_user_toml(text, source)
    if fmt in ("csv", "txt"):
        return _parse_user_csv(text, source)
    raise LexiconError(source, None, f"unknown lexicon format {fmt!r}: use a .csv or .toml file")


def load_user_lexicon(path: str | pathlib.Path) -> UserLexicon:
    p = pathlib.Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(str(path), None, "file not found") from None
    except UnicodeDecodeError:
        raise LexiconError(str(path), None, "not UTF-8 text; save the lexicon as UTF-8 CSV or TOML") from None
    except OSError as exc:
        raise LexiconError(str(path), None, f"cannot read the file ({exc.strerror})") from None
    return parse_user_lexicon(text, str(path))


def load_lexicon(user_path: str | pathlib.Path | None = None) -> Lexicon:
    """The built-in lexicon, with the user lexicon at ``user_path`` applied when given."""
    base = builtin_lexicon()
    return base.merged(load_user_lexicon(user_path)) if user_path else base


def _parse_user_csv(text: str, source: str) -> UserLexicon:
    rules = _known_rules()
    lines = [(i, line) for i, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise LexiconError(source, None, "the file has no entries")
    header_line, header_text = lines[0]
    header = [h.strip().lower() for h in next(csv.reader([header_text]))]
    if "term" not in header or "category" not in header:
        raise LexiconError(source, header_line, "the first row must be a header with at least 'term' and "
                                                f"'category' (columns: {','.join(USER_CSV_COLUMNS)})")
    unknown = [h for h in header if h not in USER_CSV_COLUMNS]
    if unknown:
        raise LexiconError(source, header_line, f"unknown column(s) {', '.join(unknown)}; "
                                                f"allowed: {','.join(USER_CSV_COLUMNS)}")
    out = UserLexicon(source)
    dis_terms: set[str] = set()
    dis_cats: set[str] = set()
    family = ""
    for lineno, raw in lines[1:]:
        try:
            row = next(csv.reader([raw], strict=True))
        except csv.Error as exc:
            raise LexiconError(source, lineno, f"malformed CSV ({exc})") from None
        if len(row) > len(header):
            raise LexiconError(source, lineno, f"{len(row)} columns but the header has {len(header)}")
        rec = {h: (csv_unsafe(row[i].strip()) if i < len(row) else "") for i, h in enumerate(header)}
        action = (rec.get("action") or "add").lower()
        if action not in ACTIONS:
            raise LexiconError(source, lineno, f"action {action!r} must be 'add' or 'disable'")
        if action == "disable":
            if rec["term"] in ("", "*"):
                if not rec["category"]:
                    raise LexiconError(source, lineno, "to disable, give a term, or a category with term '*'")
                dis_cats.add(rec["category"])
            else:
                dis_terms.add(rec["term"].casefold())
            continue
        entry = _user_entry(source, lineno, rec, rules, family)
        out.entries.append(entry)
    out.disabled_terms = frozenset(dis_terms)
    out.disabled_categories = frozenset(dis_cats)
    return out


def _user_entry(source: str, lineno: int | None, rec: dict, rules: tuple[str, ...], family: str) -> LexiconEntry:
    def s(key: str) -> str:
        v = rec.get(key, "")
        if v is None:
            return ""
        if not isinstance(v, str):
            raise LexiconError(source, lineno, f"{key!r} must be text, got {type(v).__name__}")
        return v.strip()

    term, category, pos, direction, rule, note = (s(k) for k in ("term", "category", "pos", "direction", "rule", "note"))
    pos = pos.upper()
    direction = direction.lower()
    if not category:
        raise LexiconError(source, lineno, f"term {term!r} has no category")
    _check_entry(source, lineno, term, category, pos, direction, rule, rules)
    where = f"{source}:{lineno}" if lineno else source
    return LexiconEntry(term, category, direction, note or "user lexicon entry", pos, rule, s("family") or family, where)


def _line_of(text: str, needle: str) -> int | None:
    for i, line in enumerate(text.splitlines(), start=1):
        if needle and needle in line:
            return i
    return None


def _parse_user_toml(text: str, source: str) -> UserLexicon:
    """TOML form::

        [categories.my_category]            # optional: a new category
        label = "My category"
        [[term]]                            # one table per added term
        term = "jackbooted"
        category = "repression_framing"
        direction = "against"
        note = "..."
        [disable]
        terms = ["regime"]
        categories = ["hedge"]
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise LexiconError(source, int(m.group(1)) if m else None, f"invalid TOML ({exc})") from None
    rules = _known_rules()
    allowed = {"categories", "term", "disable"}
    extra = [k for k in data if k not in allowed]
    if extra:
        raise LexiconError(source, _line_of(text, extra[0]),
                           f"unknown section {extra[0]!r}; use [[term]], [categories.<id>] and [disable]")
    out = UserLexicon(source)
    cats = data.get("categories", {})
    if not isinstance(cats, dict):
        raise LexiconError(source, _line_of(text, "categories"), "'categories' must be a table of tables")
    for cid, v in cats.items():
        line = _line_of(text, f"categories.{cid}")
        if not _CATEGORY_RE.match(cid):
            raise LexiconError(source, line, f"category {cid!r} must be lower-case letters, digits and underscores")
        if not isinstance(v, dict):
            raise LexiconError(source, line, f"[categories.{cid}] must be a table with 'label' and 'description'")
        out.categories.append(Category(cid, str(v.get("label", cid)), str(v.get("description", ""))))
    terms = data.get("term", [])
    if not isinstance(terms, list):
        raise LexiconError(source, _line_of(text, "term"), "terms are written as [[term]] tables")
    for item in terms:
        if not isinstance(item, dict):
            raise LexiconError(source, _line_of(text, "term"), "each [[term]] must be a table")
        unknown = [k for k in item if k not in USER_CSV_COLUMNS + ("family",) or k == "action"]
        term_txt = str(item.get("term", ""))
        line = _line_of(text, f'"{term_txt}"') if term_txt else _line_of(text, "[[term]]")
        if unknown:
            raise LexiconError(source, line, f"unknown key(s) {', '.join(unknown)} in [[term]] "
                                             "(allowed: term, category, pos, direction, rule, note, family)")
        out.entries.append(_user_entry(source, line, item, rules, ""))
    disable = data.get("disable", {})
    if not isinstance(disable, dict):
        raise LexiconError(source, _line_of(text, "disable"), "[disable] must be a table with 'terms' and 'categories'")
    for key in disable:
        if key not in ("terms", "categories"):
            raise LexiconError(source, _line_of(text, key), f"unknown key {key!r} in [disable]; use terms and categories")
    for key in ("terms", "categories"):
        vals = disable.get(key, [])
        if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
            raise LexiconError(source, _line_of(text, key), f"[disable] {key} must be a list of strings")
    out.disabled_terms = frozenset(v.casefold() for v in disable.get("terms", []))
    out.disabled_categories = frozenset(disable.get("categories", []))
    return out


def user_lexicon_to_csv(user: UserLexicon) -> str:
    """Write a user lexicon back as CSV (for the dashboard's download/edit), formula-safe
    (:func:`~framing.safe_text.csv_safe`; reading it back undoes that)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(USER_CSV_COLUMNS)
    for e in user.entries:
        w.writerow([csv_safe(v) for v in (e.term, e.category, e.pos, e.direction, e.rule, e.note, "add")])
    for t in sorted(user.disabled_terms):
        w.writerow([csv_safe(t), "", "", "", "", "", "disable"])
    for c in sorted(user.disabled_categories):
        w.writerow(["*", csv_safe(c), "", "", "", "", "disable"])
    return buf.getvalue()


__all__ = [
    "Category", "Lexicon", "LexiconEntry", "LexiconError", "UserLexicon", "builtin_lexicon", "load_builtin",
    "load_lexicon", "load_user_lexicon", "parse_user_lexicon", "split_term", "user_lexicon_to_csv",
]
