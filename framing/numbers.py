"""Numbers in news text: parse what is written, find what it counts, tell close figures apart.

* :func:`parse_number` reads one written figure: digits with thousands separators
  (``"2,030"``), decimals with scale words or suffixes (``"1.5 million"``, ``"3bn"``),
  number words (``"two thousand"``, ``"twenty-one"``), vague amounts (``"dozens"``,
  ``"tens of thousands"``), percentages and money (``"$5m"``, ``"60 tenge"``).
* :func:`extract_numbers` finds figures in a parsed spaCy ``Doc``, with their hedge
  (``"about"``, ``"nearly"``), the counted noun from the dependency parse and a category
  (deaths, arrests, troops, prices, ... from ``framing/data/compare/number_categories.yaml``).
* :func:`close` says whether two figures can be the same fact (``"2,030"`` ≈ ``"about 2,000"``).

Dates, times, ages, durations, years (:func:`written_year`: "the 1972 towers", "by 2040") and
identifiers (``"Article 32"``) are not counted; a tally (``"voted 7-4"``) is one figure of kind
``tally``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

import yaml
from spacy.attrs import LIKE_NUM

from .loaded_terms.token_table import token_table

CATEGORY_FILE = Path(__file__).resolve().parent / "data" / "compare" / "number_categories.yaml"

_T = TypeVar("_T")

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "half": 0.5,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000}
#: vague plurals: (low, high)
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
         "millions": (2_000_000, 9_999_999), "billions": (2e9, 9.999e9)}
#: hedges before a figure -> normalised qualifier
QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "circa": "about", "an estimated": "about", "estimated": "about", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "just under": "nearly", "more than": "more than", "over": "more than",
    "upwards of": "more than", "at least": "at least", "no fewer than": "at least", "up to": "up to",
    "as many as": "up to", "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "just over": "more than",
}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR",
                    "₸": "KZT", "₴": "UAH", "₺": "TRY", "₩": "KRW"}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "rupee": "INR", "tenge": "KZT", "hryvnia": "UAH",
    "lira": "TRY", "won": "KRW", "peso": "MXN", "real": "BRL", "rand": "ZAR", "naira": "NGN",
    "franc": "CHF", "shekel": "ILS", "dinar": "DINAR", "riyal": "SAR", "dirham": "AED",
    "som": "KGS", "manat": "MANAT", "lari": "GEL", "dram": "AMD", "zloty": "PLN", "krona": "SEK",
    "krone": "NOK", "usd": "USD", "eur": "EUR", "gbp": "GBP", "kzt": "KZT", "rub": "RUB",
}
PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage point", "percentage points")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday"}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "am",
              "pm", "a.m.", "p.m.", "o'clock", "night", "old", "yr", "min", "sec", "time", "th", "st",
              "nd", "rd", "bc", "ad", "bce", "ce"}
#: nouns that only contain the counted thing: "250 pieces of hardware" counts hardware
CONTAINER_NOUNS = {"piece", "member", "number", "group", "total", "dozen", "hundred", "thousand", "million",
                   "unit", "lot", "batch", "score", "tens", "hundreds", "thousands", "millions", "dozens"}
#: words before a bare scale word that make it a vague amount: "a few hundred" (2-5 hundred),
#: "several thousand", "a couple of hundred", "many thousands": (low, high) multipliers
VAGUE_MULTIPLIERS = {"a few": (2, 5), "few": (2, 5), "several": (3, 9), "a couple of": (2, 3), "a couple": (2, 3),
                     "many": (3, 20)}
#: nouns that count people though written singular ("2,000 staff"): a figure before them counts them
PLURAL_AS_IS = frozenset({"people", "police", "staff", "personnel", "cattle", "livestock", "military", "crew",
                          "youth", "folk", "clergy", "infantry", "cavalry"})
#: verbs whose subject gives a figure and whose object is what it counts: "Police estimated the
#: crowd at 60,000", "organisers put the figure at 100,000"
ESTIMATE_VERBS = frozenset({"estimate", "put", "count", "number", "reckon", "place", "gauge", "calculate", "peg"})
#: reporting verbs of a parenthetical source: "100,000 people, organisers said, gathered"
SOURCE_VERBS = frozenset({"say", "estimate", "claim", "report", "tell", "according", "reckon", "count", "insist"})
#: verbs of a crowd gathering written right after a bare figure, as headlines do ("60,000 pack
#: square", "Thousands throng capital"); the parser often reads them as nouns
CROWD_VERB_FORMS = frozenset({"pack", "packs", "packed", "cram", "crams", "crammed", "throng", "throngs",
                              "thronged", "flood", "flooded", "gather", "gathered", "rally", "rallied",
                              "protest", "protested", "marched", "swamp", "swamped", "fill", "filled"})
#: objects of light verbs that say what the counted did ("took part")
LIGHT_VERB_OBJECTS = frozenset({"part"})
#: nouns of a crowd event: a head count of people in a sentence about one is the crowd's size
#: ("at least 15,000 people, the organisers said" in a sentence about "the crowd")
CROWD_EVENT_NOUNS = frozenset({"crowd", "protest", "rally", "march", "demonstration", "gathering", "vigil"})
#: nouns that stand for a figure given just before ("put the figure at", "the number was higher")
FIGURE_NOUNS = frozenset({"figure", "number", "estimate", "total", "count", "tally", "turnout", "attendance"})


@dataclass(frozen=True)
class ParsedValue:
    """A written figure: ``value`` (best guess), ``low``..``high`` (a range for vague amounts)."""

    value: float
    low: float
    high: float
    approx: bool = False
    kind: str = "count"   # count | percent | money
    unit: str = ""        # currency code, or "%"


_DIGITS = re.compile(r"^(?P<sym>US\$|[$€£¥₽₹₸₴₺₩])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                     r"\s*(?P<suf>k|m|mn|mln|bn|b|tn)?\s*(?P<pct>%)?$", re.IGNORECASE)


def _word_value(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in ("and", "-", ""):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?", w):
            current += float(w.replace(",", ""))
            seen = True
        elif w in UNITS:
            if w in ("a", "an") and current:
                return None
            current += UNITS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> ParsedValue | None:
    """Parse one written figure (without hedges); ``None`` when it is not a number.

    >>> parse_number("2,030").value
    2030.0
    >>> parse_number("two thousand").value
    2000.0
    >>> parse_number("dozens").low
    24
    """
    raw = text.strip()
    if not raw:
        return None
    low = raw.lower().replace("\u2009", "").replace("\u202f", "")
    kind, unit = "count", ""
    for hedge in sorted(QUALIFIERS, key=len, reverse=True):
        if low.startswith(hedge + " "):
            pv = parse_number(raw[len(hedge) + 1:])
            if pv is None:
                return None
            return ParsedValue(pv.value, min(pv.low, pv.value), pv.high, True, pv.kind, pv.unit)
    for word in sorted(PERCENT_WORDS, key=len, reverse=True):
        if word != "%" and low.endswith(" " + word):
            low, kind, unit = low[: -len(word) - 1].strip(), "percent", "%"
            break
    m = _DIGITS.match(low)
    if m:
        v = float(m["num"].replace(",", ""))
        if m["suf"]:
            v *= SUFFIX_SCALES[m["suf"].lower()]
        if m["pct"]:
            kind, unit = "percent", "%"
        if m["sym"]:
            kind, unit = "money", CURRENCY_SYMBOLS.get(m["sym"].upper() if m["sym"].upper() == "US$" else m["sym"], "")
        return ParsedValue(v, v, v, False, kind, unit)
    sym = ""
    for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if low.startswith(s.lower()):
            sym, low = CURRENCY_SYMBOLS[s], low[len(s):].strip()
            break
    if low.endswith("%"):
        kind, unit, low = "percent", "%", low[:-1].strip()
    if sym:
        kind, unit = "money", sym
    words = [w for w in re.split(r"[\s-]+", low) if w]
    if not words:
        return None
    # vague amounts: "dozens", "hundreds", "tens of thousands", "hundreds of thousands"
    if words[0] in VAGUE or (words[0] == "tens" and len(words) >= 3 and words[1] == "of"):
        lo: float
        hi: float
        if words[0] == "tens":
            rest = words[2:]
            scale = SCALES.get(rest[0].rstrip("s")) if rest else None
            if scale is None:
                return None
            lo, hi = 20 * scale, 99 * scale
        else:
            lo, hi = VAGUE[words[0]]
            if len(words) >= 3 and words[1] == "of" and words[2].rstrip("s") in SCALES:
                scale = SCALES[words[2].rstrip("s")]  # "hundreds of thousands"
                lo, hi = lo * scale, hi * scale
            elif len(words) > 1:
                return None
        mid = float(round((lo * hi) ** 0.5, -int(len(str(int(lo))) - 1)))
        return ParsedValue(mid, lo, hi, True, kind, unit)
    if len(words) >= 2 and words[-1] in ("k", "m", "bn", "mn") and re.fullmatch(r"[\d.,]+", words[-2]):
        words = words[:-2] + [words[-2] + words[-1]]
    if len(words) == 1:
        m = _DIGITS.match(words[0])
        if m and (m["suf"] or m["pct"]):
            pv = parse_number(words[0])
            if pv and sym:
                return ParsedValue(pv.value, pv.low, pv.high, pv.approx, "money", sym)
            return pv
    spelled = _word_value(words)
    if spelled is None:
        return None
    return ParsedValue(spelled, spelled, spelled, False, kind, unit)


def close(a: ParsedValue | Any, b: ParsedValue | Any, tolerance: float = 0.05, hedged_tolerance: float = 0.12) -> bool:
    """Can two figures be the same fact? Same kind and unit, and ranges overlap or values are near.

    Exact figures must be within ``tolerance`` (relative); when either is hedged ("about",
    "nearly") or vague ("dozens"), within ``hedged_tolerance`` or overlapping ranges.
    """
    if a.kind != b.kind or (a.unit or "") != (b.unit or ""):
        return False
    if a.low <= b.high and b.low <= a.high and (a.low != a.high or b.low != b.high):
        return True
    big = max(abs(a.value), abs(b.value))
    if big == 0:
        return True
    tol = hedged_tolerance if (a.approx or b.approx) else tolerance
    return abs(a.value - b.value) / big <= tol


# -- finding figures in a parsed document ---------------------------------------------------------

@dataclass
class NumberMention:
    """A figure in the text, with what it counts. ``start``..``end`` covers hedge and unit."""

    text: str
    value: float
    low: float
    high: float
    approx: bool
    qualifier: str
    kind: str
    unit: str
    noun: str
    category: str
    start: int
    end: int
    sentence: int
    reason: str
    #: who gives the figure, where the sentence says so ("Police estimated ...", "..., organisers said,")
    source: str = ""
    #: start offset of the figure this one is another estimate of ("Organisers put the figure at
    #: 100,000" after "Police estimated the crowd at 60,000"); -1: none
    restates: int = -1


@functools.lru_cache(maxsize=1)
def load_categories(path: str | None = None) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(key, label, lemmas) per category, in priority order."""
    data = yaml.safe_load(Path(path or CATEGORY_FILE).read_text(encoding="utf-8"))
    return tuple((key, str(v.get("label", key)), frozenset(str(x).lower() for x in v.get("lemmas", [])))
                 for key, v in data.items())


@functools.lru_cache(maxsize=1)
def load_phrases(path: str | None = None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """category key -> its verb phrases (a verb lemma and the words that hang on it)."""
    data = yaml.safe_load(Path(path or CATEGORY_FILE).read_text(encoding="utf-8"))
    return {key: tuple(tuple(str(w).lower() for w in ph) for ph in v.get("phrases", []) or [])
            for key, v in data.items() if v.get("phrases")}


@functools.lru_cache(maxsize=1)
def counted_noun_categories(path: str | None = None) -> frozenset[str]:
    """``counted_noun``: the categories only the counted noun itself signals ("212 flats" is
    housing; "home to 480 people" is not), tried before every other category."""
    data = yaml.safe_load(Path(path or CATEGORY_FILE).read_text(encoding="utf-8"))
    return frozenset(key for key, v in data.items() if v.get("counted_noun"))


PASSIVE = "(passive)"


def phrase_matches(verb: Any, phrase: tuple[str, ...], counted: frozenset[int] = frozenset()) -> bool:
    """Is ``verb`` the verb phrase ``phrase`` ("take away", "take into custody", "hold
    (passive)")? The first word is the verb's lemma; each further word is a particle,
    preposition or adverb on the verb, or the lemma of a preposition's object; ``(passive)``:
    what is counted (token indices ``counted``, or a bare figure) is the verb's passive subject,
    or the verb is a participle after it ("the 14 people held") — "the rally was held with
    5,000 people" holds the rally, not the people."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != phrase[0]:
        return False
    children = list(verb.children)
    near = {c.lower_ for c in children} | {g.lemma_.lower() for c in children if c.dep_ == "prep" for g in c.children}
    for word in phrase[1:]:
        if word == PASSIVE:
            subject = any(c.dep_ == "nsubjpass" and c.i in counted for c in children)
            participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i in counted
            if not (subject or participle):
                return False
        elif word not in near:
            return False
    return True


#: words of change that govern a percentage: "up 18%", "a 15% increase", "fell 9%", "12% more"
CHANGE_WORDS = frozenset({"rise", "increase", "hike", "jump", "surge", "soar", "climb", "grow", "growth", "gain",
                          "fall", "drop", "decline", "decrease", "cut", "slump", "plunge", "slide", "dip", "shrink",
                          "reduce", "reduction", "raise", "up", "down", "higher", "lower", "rally", "spike",
                          # comparatives: "pay 12 percent more", "30% cheaper"
                          "more", "less", "cheaper", "dearer", "costlier"})


def category_label(key: str) -> str:
    for k, label, _ in load_categories():
        if k == key:
            return label
    return key


@functools.lru_cache(maxsize=65536)
def _numberish_form(low: str, like_num: bool) -> bool:
    """:func:`_numberish` of a token from its lower-cased text and ``like_num`` flag."""
    if low in VAGUE or low in SCALES or low in ("dozen", "tens"):
        return True
    if like_num:
        return True
    return bool(re.fullmatch(r"\d+(?:\.\d+)?(?:k|m|mn|bn|tn)", low) or _TALLY.fullmatch(low))


def _numberish_flags(doc: Any) -> list[bool]:
    """Per token of ``doc``: :func:`_numberish` (read from the token arrays, no ``Token`` built),
    so :func:`extract_numbers` builds a token only where a figure may start."""
    if not len(doc):
        return []
    like = doc.to_array(LIKE_NUM).tolist()
    return [_numberish_form(low, bool(k)) for low, k in zip(token_table(doc).lower, like)]


def _numberish(tok: Any) -> bool:
    low = tok.lower_
    if low in VAGUE or low in SCALES or low in ("dozen", "tens"):
        return True
    if tok.like_num:
        return True
    return bool(re.fullmatch(r"\d+(?:\.\d+)?(?:k|m|mn|bn|tn)", low) or _TALLY.fullmatch(low))


#: a tally: two counts joined by a hyphen or dash with no space ("voted 7-4", "a 7–4 vote", "lost
#: 3-1"), the first no smaller than the second (a range is written low to high: "10-15 people")
_TALLY = re.compile(r"(\d{1,3})[-–—](\d{1,3})")
TALLY = "tally"


def _tally_at(doc: Any, i: int) -> tuple[int, int, int] | None:
    """``tally``: (last token, the count for, the count against) of a tally written from token
    ``i`` — one token ("7–4") or three ("7", "-", "4" with no space between); None if none."""
    found = _TALLY.fullmatch(doc[i].text)
    last = i
    if found is None and i + 2 < len(doc) and doc[i + 1].text in ("-", "–", "—") \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        found = _TALLY.fullmatch(doc[i].text + "-" + doc[i + 2].text)
        last = i + 2
    if found is None:
        return None
    yes, no = int(found.group(1)), int(found.group(2))
    return (last, yes, no) if yes >= no else None


def _is_date_like(tokens: list[Any], doc: Any) -> bool:
    first, last = tokens[0], tokens[-1]
    around = [doc[i] for i in range(max(0, first.i - 2), min(len(doc), last.i + 3)) if not (first.i <= i <= last.i)]
    for t in around:
        if t.lower_.rstrip(".") in MONTHS and abs(t.i - first.i) <= 2:
            return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc):
        nxt = doc[last.i + 2]
    if nxt is not None and (nxt.lemma_.lower() in TIME_UNITS or nxt.lower_ in TIME_UNITS):
        return True
    if nxt is not None and nxt.text == ":" and last.i + 2 < len(doc) and doc[last.i + 2].like_num:
        return True  # a clock time 10:30
    if len(tokens) == 1 and written_year(first, doc):
        return True
    if len(tokens) == 1 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", first.lower_):
        return True
    return False


#: units of measure written after a figure: "1850 kg", "2000 km" are amounts, not years
MEASURE_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m2", "sq", "square", "foot",
                           "feet", "kg", "kilogram", "gram", "tonne", "ton", "pound", "lb", "litre", "liter",
                           "gallon", "barrel", "hectare", "acre", "mw", "megawatt", "kwh", "gw", "calorie"})


def written_year(tok: Any, doc: Any) -> bool:
    """``written_year``: four digits 1800-2199 written without a thousands separator are a year
    ("the decaying 1972 towers", "her 2016 campaign", "since 1985", "by 2040"), unless the text
    marks them an amount: a currency ("$1900", "1900 dollars"), a percentage or a unit of measure
    after them ("1850 kg"), a hedge before them ("about 2000 people": nobody hedges a year), or a
    bare count opening its noun phrase before a plural noun ("1999 ballots were spoiled": nothing
    of the noun phrase before the digits; "the 1972 towers" has a determiner before them)."""
    if not re.fullmatch(r"(1[89]|20|21)\d\d", tok.text):
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and before.text in CURRENCY_SYMBOLS:
        return False
    if after is not None and (after.text == "%" or after.lower_ in ("percent", "pct", "per")
                              or after.lemma_.lower() in CURRENCY_WORDS or after.lower_ in CURRENCY_WORDS
                              or after.lemma_.lower() in MEASURE_UNITS or after.lower_ in MEASURE_UNITS):
        return False
    for width in (3, 2, 1):
        if tok.i - width >= 0 and " ".join(t.lower_ for t in doc[tok.i - width:tok.i]) in QUALIFIERS:
            return False
    head = tok.head
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in PLURAL_AS_IS
    if tok.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > tok.i and plural:
        return any(c.i < tok.i for c in head.children)  # "the 1972 towers": a year; "1999 ballots": a count
    return True


MODIFIER_DEPS = ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "appos")


def _of_object(tok: Any) -> Any | None:
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def singular_noun_after_count(root: Any) -> bool:
    """``singular_noun``: "60,000 pack square" (a headline), "a 5,000 capacity": a figure of two or
    more before a singular common noun does not count that noun (it would be written plural),
    but for nouns plural as they are ("2,000 staff", "people")."""
    head = root.head
    if head.tag_ != "NN" or head.lemma_.lower() in PLURAL_AS_IS or head.lower_ in PLURAL_AS_IS:
        return False
    if head.lemma_.lower() in CONTAINER_NOUNS or head.lower_ in VAGUE:
        return False  # "two dozen", "a group of"
    if head.lower_ in ("percent", "pct", "cent") or head.lemma_.lower() in CURRENCY_WORDS:
        return False  # a unit, read by UNIT_AFTER
    if re.fullmatch(r"(1[89]|20|21)\d\d", root.text):
        return False  # "the 2003 invasion": a year naming its noun (left out of the matrix as a year)
    value = parse_number(root.text)
    return value is not None and value.kind == "count" and value.value >= 2


def _estimate_parts(verb: Any) -> tuple[Any | None, Any | None]:
    """(what is counted, who counts) of an estimating verb: "Police estimated the crowd at ..."."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return obj, subj


def _phrase_text(tok: Any) -> str:
    """A noun with its compounds and adjectives: "the city's police" → "city's police"."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "case")]
    start = min([tok.i] + [c.i for c in left])
    return tok.doc[start:tok.i + 1].text


def figure_source(noun: Any | None, root: Any) -> str:
    """Who gives the figure: the subject of an estimating verb governing it ("Police estimated the
    crowd at 60,000" → "Police"), a parenthetical source ("100,000 people, organisers said,
    gathered" → "organisers"), or the object of "according to"; "" when the sentence does not say."""
    tok = noun if noun is not None else root
    cur = tok
    for _ in range(4):  # up through prepositions to the verb
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    verbs = [cur] if cur.pos_ in ("VERB", "AUX") else []
    verbs += [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]  # "miners, X said, gathered"
    for verb in verbs:
        if verb.lemma_.lower() in ESTIMATE_VERBS:
            _obj, subj = _estimate_parts(verb)
            if subj is not None and subj.i != tok.i and subj.pos_ in ("NOUN", "PROPN"):
                return _phrase_text(subj)
        for c in verb.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in SOURCE_VERBS:
                subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
                if subj is not None and subj.i != tok.i:
                    return _phrase_text(subj)
            if c.dep_ == "prep" and c.lower_ == "according":
                pobj = next((g for x in c.children for g in ([x] if x.dep_ == "pobj" else list(x.children))
                             if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return _phrase_text(pobj)
    if verbs and cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SOURCE_VERBS \
            and cur.lemma_.lower() not in ESTIMATE_VERBS:
        subj = next((g for g in cur.head.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None and subj.i != tok.i:
            return _phrase_text(subj)  # "organisers said 15,000 took part"
    return ""


def _governing(root: Any) -> tuple[Any | None, list[Any]]:
    """The counted noun (or None) and the words that say what is counted, nearest first."""
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i \
            and not singular_noun_after_count(root):
        phrase = root.head  # "2,030 troops"
    else:
        phrase = root       # "225 died", "Dozens of protesters"
    noun = phrase if phrase is not root else None
    cur = phrase
    for _ in range(3):  # "250 pieces of hardware", "tens of thousands of people"
        low = cur.lemma_.lower()
        if cur is root or low in CONTAINER_NOUNS or cur.lower_ in VAGUE:
            pobj = _of_object(cur)
            if pobj is not None and not pobj.like_num:
                noun = cur = pobj
                continue
            if pobj is not None:
                cur = pobj
                continue
        break
    cues: list[Any] = []
    if noun is not None:
        cues.append(noun)
        cues.extend(c for c in noun.children if c.dep_ in ("amod", "compound"))
        if noun.dep_ in ("acl", "relcl") or any(c.dep_ in ("acl", "relcl") for c in noun.children):
            cues.extend(c for c in noun.children if c.dep_ in ("acl", "relcl"))
    base, head = phrase, phrase.head
    for _ in range(4):  # climb through prepositions to the governing verb or noun
        if head.i == base.i:
            break
        cues.append(head)
        if head.pos_ in ("VERB", "ADJ", "AUX"):
            cues.extend(c for c in head.children if c.dep_ in ("acomp", "xcomp", "attr", "oprd") and c.i != base.i)
            # "4,000 people took part": the object of a light verb says what they did
            cues.extend(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_VERB_OBJECTS)
            if head.lemma_.lower() in ESTIMATE_VERBS and noun is None:
                obj, _subj = _estimate_parts(head)
                if obj is not None and obj.i != base.i:
                    cues.append(obj)  # "estimated the crowd at 60,000": the crowd is counted, not the police
                    cues.extend(c for c in obj.children if c.dep_ in ("amod", "compound"))
                    of = _of_object(obj)
                    if of is not None:
                        cues.append(of)
                break
            # "the number was closer to 1,400": the subject of the verb an adjective completes
            clause = head.head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") else head
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != base.i):
                cues.append(subj)  # "the death toll rose to 164"
                cues.extend(c for c in subj.children if c.dep_ in ("amod", "compound"))
                of = _of_object(subj)
                if of is not None:
                    cues.append(of)  # "the number of dead reached 164"
            break
        if head.dep_ in ("prep", "pobj", "agent") or head.pos_ == "ADP":
            base, head = head, head.head
            continue
        break
    return noun, cues


def _category(cues: list[Any], kind: str, sentence_lemmas: set[str], counted: frozenset[int] = frozenset()) -> tuple[str, str]:
    """The category of a figure from its governing words ``cues``; ``counted``: the token
    indices of the figure and its counted noun (a passive verb phrase must be said of them)."""
    lemmas = [(c.lemma_.lower(), c.lower_) for c in cues]
    phrases = load_phrases()
    by_noun = counted_noun_categories()
    noun = cues[0] if cues and cues[0].i in counted and kind == "count" else None
    for key, _label, words in load_categories():
        if key in by_noun and noun is not None and (noun.lemma_.lower() in words or noun.lower_ in words):
            return key, f"the counted noun '{noun.lower_}' signals {key}"
    for key, _label, words in load_categories():
        if key in by_noun:
            continue
        for cue in cues:
            phrase = next((ph for ph in phrases.get(key, ()) if phrase_matches(cue, ph, counted)), None)
            if phrase is not None and not (key == "prices" and kind == "count"):
                return key, f"'{' '.join(w for w in phrase if w != PASSIVE)}' signals {key}"
        for lemma, low in lemmas:
            if lemma in words or low in words:
                if key == "prices" and kind == "count":
                    continue  # "prices" needs a money amount or percentage
                if key == "population" and kind != "count":
                    continue  # "40% of residents" is a share, not a head count
                if key == "population" and sentence_lemmas & CROWD_EVENT_NOUNS:
                    return "participants", f"'{low}' in a sentence about a '{sorted(sentence_lemmas & CROWD_EVENT_NOUNS)[0]}'"
                return key, f"'{low}' signals {key}"
    if kind == "count" and cues and cues[0].ent_type_ == "NORP" and cues[0].tag_ in ("NNPS", "NNS", "NNP"):
        return "population", f"'{cues[0].lower_}' names a people"  # "100,000 Calderians"
    if kind in ("money", "percent"):
        price_words = next((w for k, _l, w in load_categories() if k == "prices"), frozenset())
        hit = sorted(sentence_lemmas & price_words)
        if hit:
            return "prices", f"{kind} in a sentence about '{hit[0]}'"
        change = next((low for lemma, low in lemmas if lemma in CHANGE_WORDS or low in CHANGE_WORDS), None)
        if kind == "percent" and change is not None:
            return "changes", f"'{change}' governs the percentage: a change, not a share"
        return ("money" if kind == "money" else "share"), f"{kind} with no category cue"
    return "other", "no category cue near the figure"


@dataclass
class _Figure:
    """A figure being read: its tokens ``doc[start_i:end_i + 1]`` and what is known so far."""

    doc: Any
    tokens: list[Any]
    start_i: int  # first token, currency symbol and hedge included once found
    end_i: int  # last token, unit included once found
    number_end: int  # last token of the number itself
    sym: str = ""
    kind: str = ""
    unit: str = ""


def _extend_number(doc: Any, i: int) -> int:
    """Index of the last token of the written number starting at ``i``:
    "two hundred and fifty", "twenty-one", "tens of thousands", "3.5 million"."""
    j, n = i, len(doc)
    while j + 1 < n:
        nxt = doc[j + 1]
        if _numberish(nxt) and not doc[j].whitespace_ == "" and nxt.text[:1].isdigit() and doc[j].text[:1].isdigit():
            break  # two separate digit groups
        if _numberish(nxt):
            j += 1
        elif nxt.lower_ in ("-", "and") and j + 2 < n and _numberish(doc[j + 2]) and doc[j].lower_ not in VAGUE \
                and not doc[j + 2].text[:1].isdigit() and not doc[j].text[:1].isdigit():
            j += 2
        elif nxt.lower_ == "of" and doc[j].lower_ in ("tens", "hundreds", "thousands", "dozens") and j + 2 < n \
                and doc[j + 2].lower_ in ("thousands", "millions", "hundreds"):
            j += 2
        else:
            break
    return j


def _take_article(f: _Figure) -> None:
    """ "a dozen", "a hundred", "half a million": the article belongs to the figure."""
    doc = f.doc
    if f.start_i > 0 and doc[f.start_i - 1].lower_ in ("a", "an") \
            and f.tokens[0].lower_ in ("dozen", "hundred", "thousand", "million", "billion"):
        f.start_i -= 1


def _take_vague_quantifier(f: _Figure) -> tuple[float, float] | None:
    """ "a few hundred", "several thousand", "a couple of hundred": the words before a bare scale
    word make it a vague amount; they join the span and give the (low, high) multipliers."""
    if len(f.tokens) != 1 or f.tokens[0].lower_ not in ("hundred", "thousand", "million", "billion", "dozen"):
        return None
    return _take_words_before(f, VAGUE_MULTIPLIERS)


def _take_currency_before(f: _Figure) -> None:
    """A currency symbol ("$5m") or an upper-case currency code ("USD 5m") just before."""
    doc = f.doc
    if f.start_i > 0 and doc[f.start_i - 1].text in CURRENCY_SYMBOLS:
        f.start_i -= 1
        f.sym = CURRENCY_SYMBOLS[doc[f.start_i].text]
    elif f.start_i > 0 and doc[f.start_i - 1].lower_ in CURRENCY_WORDS and doc[f.start_i - 1].is_upper:
        f.start_i -= 1
        f.sym = CURRENCY_WORDS[doc[f.start_i].lower_]


def _date_or_address(f: _Figure) -> bool:
    doc = f.doc
    return _is_date_like(f.tokens, doc) or any(
        t.like_url or "/" in t.text for t in doc[max(0, f.start_i - 1):f.end_i + 2])


def _identifier_after_title_word(f: _Figure) -> bool:
    """ "Article 32", "Boeing 737": a capitalised noun right before the digits names a thing."""
    prev = f.doc[f.start_i - 1] if f.start_i > 0 else None
    first = f.tokens[0]
    return (prev is not None and not f.sym and prev.is_title and prev.pos_ in ("PROPN", "NOUN")
            and first.text[:1].isdigit() and not (first.dep_ == "nummod" and first.head.i > f.tokens[-1].i))


def _identifier_of_a_name(f: _Figure) -> bool:
    """The parser attaches the figure to a proper noun before it: an identifier as well."""
    first = f.tokens[0]
    return (first.head.pos_ == "PROPN" and first.head.i < first.i and not f.sym
            and first.dep_ in ("nummod", "appos", "compound", "npadvmod"))


def _capitalised_one(f: _Figure) -> bool:
    """A lone capitalised "One" that counts nothing ("One resident said ...")."""
    return (any(t.is_alpha and t.is_title and t.lower_ in ("one",) for t in f.tokens) and len(f.tokens) == 1
            and f.tokens[0].dep_ not in ("nummod",))


#: what is not a reported figure, tested in this order before the number is read
NOT_A_FIGURE: tuple[tuple[str, Callable[[_Figure], bool]], ...] = (
    ("date_or_address", _date_or_address),
    ("identifier_after_title_word", _identifier_after_title_word),
    ("identifier_of_a_name", _identifier_of_a_name),
    ("capitalised_one", _capitalised_one),
)


def _percent_sign(f: _Figure, k: int) -> tuple[str, str, int] | None:
    return ("percent", "%", k) if k < len(f.doc) and f.doc[k].text == "%" else None


def _percent_word(f: _Figure, k: int) -> tuple[str, str, int] | None:
    return ("percent", "%", k) if k < len(f.doc) and f.doc[k].lower_ in ("percent", "pct") else None


def _per_cent(f: _Figure, k: int) -> tuple[str, str, int] | None:
    doc = f.doc
    if k + 1 < len(doc) and doc[k].lower_ == "per" and doc[k + 1].lower_ == "cent":
        return "percent", "%", k + 1
    return None


def _currency_word_after(f: _Figure, k: int) -> tuple[str, str, int] | None:
    doc = f.doc
    if k < len(doc) and (doc[k].lemma_.lower() in CURRENCY_WORDS or doc[k].lower_ in CURRENCY_WORDS):
        return "money", CURRENCY_WORDS.get(doc[k].lemma_.lower(), CURRENCY_WORDS.get(doc[k].lower_, "")), k
    return None


#: units written after the number, tried in this order; the first that matches sets (kind, unit, last token)
UNIT_AFTER: tuple[tuple[str, Callable[[_Figure, int], tuple[str, str, int] | None]], ...] = (
    ("percent_sign", _percent_sign),
    ("percent_word", _percent_word),
    ("per_cent", _per_cent),
    ("currency_word", _currency_word_after),
)


def _take_hedge_before(f: _Figure) -> str:
    """The widest hedge ("about", "more than", "up to") right before the figure; it joins the span."""
    return _take_words_before(f, QUALIFIERS) or ""


def _take_words_before(f: _Figure, table: Mapping[str, _T]) -> _T | None:
    """The value of the widest entry of ``table`` (up to three words) written right before the
    figure; those words join the figure's span."""
    for width in (3, 2, 1):
        if f.start_i - width < 0:
            continue
        words = " ".join(t.lower_ for t in f.doc[f.start_i - width:f.start_i])
        if words in table:
            f.start_i -= width
            return table[words]
    return None


def _counted_root(f: _Figure) -> Any:
    """The token whose head says what the figure counts."""
    doc, tokens = f.doc, f.tokens
    root = next((t for t in tokens if t.head.i < tokens[0].i or t.head.i > tokens[-1].i or t.head.i == t.i), tokens[-1])
    if f.kind == "money" and f.end_i > f.number_end and doc[f.end_i].lemma_.lower() in CURRENCY_WORDS:
        root = doc[f.end_i] if doc[f.end_i].head.i != doc[f.end_i].i else root
    if f.kind == "percent" and doc[f.end_i].text == "%":
        root = doc[f.end_i]
    return root


def extract_numbers(doc: Any, sentence_of: Callable[[int], int], text: str | None = None) -> list[NumberMention]:
    """Figures in a spaCy ``Doc`` (character offsets of ``doc.text``); ``sentence_of(offset)`` -> sentence index;
    ``text``: ``doc.text`` when the caller has it (a parsed article's text is its doc's).

    Each figure is read in these steps: the written number (:func:`_extend_number`), an
    article and a currency before it, the tests of :data:`NOT_A_FIGURE`, the value
    (:func:`parse_number`), a unit after it (:data:`UNIT_AFTER`), a hedge before it, and what
    it counts (the governing noun and its category).
    """
    out: list[NumberMention] = []
    if text is None:
        text = doc.text  # built once: ``Doc.text`` joins every token on each access
    i, n = 0, len(doc)
    maybe = _numberish_flags(doc)
    while i < n:
        if not maybe[i]:
            i += 1
            continue
        tok = doc[i]
        if not _numberish(tok) or tok.ent_type_ == "ORDINAL":
            i += 1
            continue
        tally = _tally_at(doc, i)
        j = tally[0] if tally is not None else _extend_number(doc, i)
        f = _Figure(doc, [doc[k] for k in range(i, j + 1)], i, j, j)
        i = j + 1
        vague = _take_vague_quantifier(f) if tally is None else None
        if vague is None and tally is None:
            _take_article(f)
        if tally is None:
            _take_currency_before(f)
        if any(test(f) for _name, test in NOT_A_FIGURE):
            continue
        num_text = doc[f.number_end - len(f.tokens) + 1 if vague else f.start_i + (1 if f.sym else 0):f.end_i + 1].text
        # a tally is one figure, "7-4" (unit): the count for is its value
        pv = ParsedValue(tally[1], tally[1], tally[1], False, TALLY, f"{tally[1]}-{tally[2]}") if tally \
            else parse_number(num_text)
        if pv is None:
            continue
        if vague is not None:
            lo, hi = vague[0] * pv.value, vague[1] * pv.value
            pv = ParsedValue(float(round((lo * hi) ** 0.5, -int(len(str(int(lo))) - 1))), lo, hi, True, pv.kind, pv.unit)
        if pv.value < 2 and f.tokens[0].is_alpha and not pv.approx:
            continue  # "one", "a": not a reported figure
        f.kind, f.unit = ("money", f.sym) if f.sym else (pv.kind, pv.unit)
        for _name, unit_after in UNIT_AFTER if tally is None else ():
            found = unit_after(f, f.end_i + 1)
            if found is not None:
                f.kind, f.unit, f.end_i = found
                break
        qualifier = _take_hedge_before(f)
        root = _counted_root(f)
        noun, cues = _governing(root)
        sent = doc[f.start_i].sent
        sentence_lemmas = set(token_table(doc).lemma[sent.start:sent.end])
        counted = frozenset(t.i for t in f.tokens) | (frozenset({noun.i}) if noun is not None else frozenset())
        category, why = _category(cues, f.kind, sentence_lemmas, counted)
        if tally is not None and category == "other":
            category, why = "votes", "a tally (counts for and against) with no other cue"
        start, end = doc[f.start_i].idx, doc[f.end_i].idx + len(doc[f.end_i])
        noun_lemma = noun.lemma_.lower() if noun is not None and noun.lemma_.lower() not in CURRENCY_WORDS else ""
        mention = NumberMention(
            text=text[start:end], value=pv.value, low=pv.low if not qualifier else min(pv.low, pv.value),
            high=pv.high, approx=bool(pv.approx or qualifier), qualifier=qualifier, kind=f.kind, unit=f.unit,
            noun=noun_lemma, category=category, start=start, end=end, sentence=sentence_of(start), reason=why,
            source=figure_source(noun, root),
        )
        if category == "other" and noun is None and f.kind == "count" and f.end_i + 1 < n \
                and doc[f.end_i + 1].lower_ in CROWD_VERB_FORMS:
            mention.category = "participants"  # "60,000 pack square": a headline's crowd, its verb misread
            mention.reason = f"'{doc[f.end_i + 1].lower_}' right after the figure: a crowd gathering"
        elif category == "other":
            _restated(mention, cues, out)
        elif mention.source:
            _other_source(mention, out)
        out.append(mention)
    return out


def _other_source(m: NumberMention, earlier: list[NumberMention]) -> None:
    """``restates``: "Police estimated the crowd at 4,000; organisers said 15,000 took part" — two
    figures of one category in one sentence, given by different sources, are two estimates of one
    quantity."""
    prev = next((e for e in reversed(earlier) if e.sentence == m.sentence and e.category == m.category
                 and e.kind == m.kind and e.source and e.source.lower() != m.source.lower()), None)
    if prev is not None:
        m.restates = prev.start


#: how many sentences back "the figure" may point
RESTATES_WITHIN = 2


def _restated(m: NumberMention, cues: list[Any], earlier: list[NumberMention]) -> None:
    """``restates``: "Organisers put the figure at more than 100,000" right after "Police estimated
    the crowd at about 60,000": a figure whose governing words are only "the figure" (or "the
    number", "the estimate", ...) is another estimate of the last categorised figure of the same
    kind within ``RESTATES_WITHIN`` sentences; it takes that figure's category and counted noun."""
    anaphor = next((c for c in cues if c.lemma_.lower() in FIGURE_NOUNS
                    and any(d.lower_ in ("the", "that", "this", "their", "its", "his", "her") for d in c.children)), None)
    if anaphor is None:
        return
    prev = next((e for e in reversed(earlier) if e.category != "other" and e.kind == m.kind
                 and 0 <= m.sentence - e.sentence <= RESTATES_WITHIN), None)
    if prev is None:
        return
    m.category, m.noun, m.restates = prev.category, prev.noun or m.noun, prev.start
    m.reason = f"'{anaphor.lower_}' restates the figure at {prev.start} ({prev.category})"
