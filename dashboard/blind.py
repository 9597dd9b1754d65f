"""Classroom blind-read mode: outlets become letters on every page, and their names leave the texts.

With the sidebar's toggle on, the set every view gets (:class:`dashboard.analysis.AnalysedSet`)
is the masked one: each outlet is "Outlet A", "Outlet B", … (in load order), and every string of
every article's analysis JSON — headline, text, byline, speakers, loaded terms, labels — has the
outlet names in every form (the full name, the name without "The", its file-name or domain
spelling ``northline-wire``/``northlinewire``, its initialism "NW" in capitals or as a domain, the
site names of the articles' addresses, and the agency code of a dateline "MERROW, May 4 (NW) -")
replaced by the letter, padded with spaces to the same length so every character
offset still points at the same words. Addresses and file names are dropped. Students write a
guess per letter (:func:`render_guesses`) and then reveal the real names.

Pure functions here (:func:`letters`, :func:`masker`, :func:`mask_json`) are tested without
Streamlit; the widgets read and write only this session's state.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from dashboard.text import md_escape

TOGGLE = "fr_blind"
GUESSES = "fr_blind_guesses"     # {letter label: guess}
REVEALED = "fr_blind_revealed"
#: words too common to stand for an outlet on their own (a name is matched without them)
_LEADING = ("the ",)


def active() -> bool:
    return bool(st.session_state.get(TOGGLE))


def letters(outlets: Iterable[str]) -> dict[str, str]:
    """Outlet -> "Outlet A", "Outlet B", … in first-seen order (then "Outlet AA", "Outlet AB", …).

    >>> letters(["Daily", "Post", "Daily"])
    {'Daily': 'Outlet A', 'Post': 'Outlet B'}
    """
    out: dict[str, str] = {}
    for i, o in enumerate(dict.fromkeys(outlets)):
        n, code = i, ""
        while True:
            code = string.ascii_uppercase[n % 26] + code
            n = n // 26 - 1
            if n < 0:
                break
        out[o] = f"Outlet {code}"
    return out


def _site_names(url: str | None) -> list[str]:
    """The host of an address and its distinctive first part (``www.northline.example`` ->
    ``northline.example``, ``northline``)."""
    if not url:
        return []
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return []
    host = host[4:] if host.startswith("www.") else host
    names = [host] if host else []
    first = host.split(".")[0] if host else ""
    if len(first) >= 4 and first != host:
        names.append(first)
    return names


def _name_pattern(name: str) -> str | None:
    """A regex for an outlet name written as words or as a file-name slug (separators free)."""
    words = re.findall(r"[^\W_]+", name)
    if not words:
        return None
    # apostrophes too: "Nation's Voice", "Nation’s Voice", "nations-voice"
    sep = r"[\s\-_.'\u2019]*"
    return sep.join(re.escape(w) for w in words)


#: final words of outlet names too generic to stand for one outlet after "the" ("the Agency",
#: "the News" name many bodies), so they are not masked as a short form
_GENERIC_FINAL_WORDS = frozenset({"news", "agency", "service", "network", "group", "media", "company",
                                  "corporation", "channel", "online", "today", "daily", "weekly"})


def short_form(name: str) -> str | None:
    """The short form a paper is called by in running text: "the" and its name's last word
    ("Daily Blitz" -> "the Blitz", "The New York Times" -> "the Times", "Nation's Voice" ->
    "the Voice"), for names of two or more words whose last word is not a generic one
    ("Transcontinental News Agency" has none: "the Agency" names many bodies).

    >>> short_form("Daily Blitz"), short_form("The New York Times"), short_form("Global News Agency")
    ('the Blitz', 'the Times', None)
    """
    words = [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in ("the", "s")]
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() in _GENERIC_FINAL_WORDS:
        return None
    return f"the {words[-1]}"


def _short_form_pattern(short: str) -> str:
    """ "the Blitz" in any case for "the", the name's word capitalised as written ("the blitz" of a
    storm is left alone)."""
    word = short.split(" ", 1)[1]
    return f"the\\s+(?-i:{re.escape(word)})"


#: small words a name's initialism skips ("Bank of Tavria" -> "BT", as "BBC" skips nothing)
_MINOR_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "a", "an", "&"})


def initialism(name: str) -> str | None:
    """The initials an outlet goes by, from the capitalised words of its name (a leading "The"
    and small words skipped); ``None`` for a one-word name.

    >>> initialism("Global Press Wire"), initialism("The Harbour Times"), initialism("Reuters")
    ('GPW', 'HT', None)
    """
    words = [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0].upper() for w in words)


#: a dateline opening a text: a place in capitals, then (after a comma, a region or a date) the
#: agency's code in brackets and a dash or colon: "VELDEN, Tavria, Aug 3 (GPW) -", "OSLO (NTB) —"
_DATELINE = re.compile(r"\A\s*(?:[^\n]{0,300}\n\s*){0,4}?[A-Z][A-Z.'\- ]{1,40}(?:,[^\n()]{1,60})?"
                       r"\s\((?P<code>[A-Za-z][\w.&\- ]{0,24}?)\)\s*[-\u2013\u2014:]")


def dateline_codes(text: str) -> list[str]:
    """The agency code in the text's dateline ("VELDEN, Tavria, Aug 3 (GPW) - ..." -> ``["GPW"]``),
    looked for in its first few lines only; empty when the text has no dateline."""
    m = _DATELINE.match(text or "")
    return [m.group("code").strip()] if m else []


def _initialism_pattern(initials: str) -> str:
    """Initials written in capitals, with or without dots ("GPW", "G.P.W"), or in any case as the
    first part of a domain ("gpw.example")."""
    dotted = r"\.?".join(re.escape(c) for c in initials)
    return f"(?-i:{dotted})|{re.escape(initials)}(?=\\.[a-z]{{2,}})"


def masker(names: Mapping[str, str], sites: Mapping[str, Sequence[str]] = {},
           codes: Mapping[str, Sequence[str]] = {}) -> Callable[[str], str]:
    """A function masking every outlet name in a string with the outlet's letter, padded with
    spaces to the length of what it replaces (or cut to it).

    Every form of a name is masked: the full name and the name without "The", written as words or
    as a file-name or domain slug (apostrophes free); its short form in running text ("told the
    Blitz" for "Daily Blitz", :func:`short_form`); its initialism ("Global Press Wire" -> "GPW", in capitals, or
    as a domain "gpw.example"); the site names of its addresses; and the agency codes found in its
    datelines. ``names``: outlet -> letter label; ``sites``: outlet -> site names from its
    addresses; ``codes``: outlet -> codes from the datelines of its texts.

    >>> mask = masker({"Northline Wire": "Outlet B"})
    >>> mask("Northline Wire said; see northline-wire.txt")
    'Outlet B       said; see Outlet B      .txt'
    >>> masker({"Global Press Wire": "Outlet A"})("VELDEN, Aug 3 (GPW) - see gpw.example")
    'VELDEN, Aug 3 (A  ) - see A  .example'
    """
    alternatives: list[tuple[str, str]] = []
    for outlet, label in names.items():
        variants = [outlet]
        low = outlet.lower()
        for lead in _LEADING:
            if low.startswith(lead) and len(outlet) > len(lead) + 3:
                variants.append(outlet[len(lead):])
        for v in variants:
            p = _name_pattern(v)
            if p:
                alternatives.append((p, label))
        initials = initialism(outlet)
        if initials:
            alternatives.append((_initialism_pattern(initials), label))
        short = short_form(outlet)
        if short:
            alternatives.append((_short_form_pattern(short), label))
        for site in sites.get(outlet, ()):
            alternatives.append((re.escape(site), label))
        for code in codes.get(outlet, ()):
            p = _name_pattern(code)
            if p:
                alternatives.append((p, label))
    if not alternatives:
        return lambda s: s
    # longest first, so "The Rights Ledger" is masked whole before "Rights Ledger"
    alternatives.sort(key=lambda pl: -len(pl[0]))
    groups = [f"(?P<g{i}>{p})" for i, (p, _) in enumerate(alternatives)]
    regex = re.compile(r"(?<![^\W_])(?:" + "|".join(groups) + r")(?![^\W_])", re.IGNORECASE)
    label_of = {f"g{i}": label for i, (_, label) in enumerate(alternatives)}

    def fill(m: re.Match[str]) -> str:
        label = label_of[str(m.lastgroup)]
        n = len(m.group(0))
        short = label if len(label) <= n else label.replace("Outlet ", "")
        return short[:n].ljust(n)

    def mask(s: str) -> str:
        return regex.sub(fill, s) if s else s
    return mask


def mask_json(value: Any, mask: Callable[[str], str]) -> Any:
    """``value`` with every string in it (keys kept) passed through ``mask``."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, list):
        return [mask_json(v, mask) for v in value]
    if isinstance(value, tuple):
        return tuple(mask_json(v, mask) for v in value)
    if isinstance(value, dict):
        return {k: mask_json(v, mask) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Mask:
    """The masking of one loaded set: outlet -> letter, and the string masker."""

    labels: dict[str, str]
    mask: Callable[[str], str]

    @classmethod
    def of(cls, articles: Sequence[Any]) -> "Mask":
        labels = letters(a.outlet for a in articles)
        sites: dict[str, list[str]] = {}
        codes: dict[str, list[str]] = {}
        for a in articles:
            sites.setdefault(a.outlet, []).extend(s for s in _site_names(a.url) if s not in sites.get(a.outlet, []))
            for code in dateline_codes(a.text):
                # a code is the outlet's own unless it is another loaded outlet's initials (a
                # paper running a wire's story): then it stands for that wire
                owner = next((o for o in labels if initialism(o) == code.upper().replace(".", "")), a.outlet)
                if code not in codes.setdefault(owner, []):
                    codes[owner].append(code)
        return cls(labels, masker(labels, sites, codes))


def mask_row(row: Mapping[str, Any], m: Mask, index: int) -> dict[str, Any]:
    """One article's analysis JSON, masked: outlet a letter, strings masked, address and file name gone."""
    out = mask_json(dict(row), m.mask)
    out["outlet"] = m.labels.get(str(row.get("outlet")), "Outlet ?")
    out["url"] = None
    out["source"] = f"article {index + 1}"
    out["metadata"] = {}
    return out


def mask_article(article: Any, m: Mask, index: int) -> Any:
    """An :class:`~framing.model.Article` with the same id and offsets, names masked."""
    return replace(article, outlet=m.labels.get(article.outlet, "Outlet ?"), title=m.mask(article.title),
                   text=m.mask(article.text), byline=m.mask(article.byline) if article.byline else None,
                   url=None, source=f"article {index + 1}", metadata={})


# --- widgets ---------------------------------------------------------------------------

def render_toggle(sidebar: Any) -> None:
    sidebar.toggle("Blind reading (classroom)", key=TOGGLE,
                   help="Outlets become letters on every page, chart, table and export, and their names are "
                        "masked in the texts. Guess each outlet's slant, then reveal.")


def render_guesses(outlets: Sequence[str], labels: Mapping[str, str]) -> None:
    """Students' guesses per letter, and the reveal (real names only after the click)."""
    guesses: dict[str, str] = st.session_state.setdefault(GUESSES, {})
    with st.expander("Blind reading: write your guess of each outlet's slant, then reveal", expanded=False):
        letter_of = {o: labels[o] for o in outlets if o in labels}
        cols = st.columns(min(4, max(1, len(letter_of))))
        for i, (outlet, label) in enumerate(letter_of.items()):
            key = f"fr_blind_guess_{label}"
            if key not in st.session_state:
                st.session_state[key] = guesses.get(label, "")
            value = cols[i % len(cols)].text_input(label, key=key, placeholder="e.g. state media, pro-government")
            guesses[label] = value
        if st.session_state.get(REVEALED):
            rows = [{"Letter": label, "Your guess": guesses.get(label, "") or "—", "Outlet": outlet}
                    for outlet, label in letter_of.items()]
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
            st.button("Hide the names again", key="fr_blind_hide", on_click=_set_revealed, args=(False,))
        else:
            st.button("Reveal the outlets", key="fr_blind_reveal", type="primary", on_click=_set_revealed, args=(True,))
            st.caption(md_escape("The names stay hidden on every page until you reveal them here."))


def _set_revealed(value: bool) -> None:
    st.session_state[REVEALED] = value


#: this session's masked set: (key, AnalysedSet), rebuilt only when the loaded set changes
MASKED = "fr_blind_set"


def masked_set(data: Any) -> Any:
    """The blind-mode version of an :class:`~dashboard.analysis.AnalysedSet` (same ids and offsets;
    outlets letters; every string of the analyses masked), kept in the session."""
    from dashboard.analysis import AnalysedSet
    from framing.analysis import ArticleAnalysis

    key = tuple((a.id, a.outlet) for a in data.articles) + tuple(len(r) for r in data.rows)
    kept = st.session_state.get(MASKED)
    if kept is not None and kept[0] == key:
        return kept[1]
    m = Mask.of(data.articles)
    index = {a.id: i for i, a in enumerate(data.articles)}
    articles = [mask_article(a, m, index[a.id]) for a in data.articles]
    by_id = {a.id: a for a in articles}
    rows, analyses = [], []
    for row in data.rows:
        masked = mask_row(row, m, index.get(str(row.get("id")), 0))
        analysis = ArticleAnalysis.from_json(masked)
        analysis.article = by_id.get(str(row.get("id")), analysis.article)
        rows.append(masked)
        analyses.append(analysis)
    colours = {m.labels[o]: c for o, c in data.colours.items() if o in m.labels}
    out = AnalysedSet(articles, analyses, rows, colours, None, data.loaded, True)
    st.session_state[MASKED] = (key, out)
    return out


def session_mask(articles: Sequence[Any]) -> Mask:
    """The mask of the loaded articles (for what is shown outside the views: the load log)."""
    return Mask.of(articles)
