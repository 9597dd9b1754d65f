"""The token attributes the loaded-term and stance-marker passes read for every token, as plain
lists computed once per parse.

Iterating a spaCy ``Doc`` builds a new Python ``Token`` object for every token each time, and
the analysers walk every token several times (lexicon matching, stance words, candidate words,
sentence context, word counts). :func:`token_table` reads the attributes once with
``Doc.to_array`` and keeps them in ``doc.user_data`` (lists of strings and booleans, which hold
no reference back to the doc), so those passes look a token up by index and build a ``Token``
only where something may match. The word counts (``counts``, ``language``), the frame cues and
the readability pass read it too: one table per parse, whichever analyser asks first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc

_KEY = "framing.loaded_terms.token_table"

#: hash -> string of the shared string store, lower-cased where it is a lemma
_STRINGS: dict[int, str] = {}
_LOWER_LEMMAS: dict[int, str] = {}
_HAS_ALNUM: dict[int, bool] = {}
_HAS_ALPHA: dict[int, bool] = {}


@dataclass(frozen=True)
class TokenTable:
    """Per token index: lower-cased text, lower-cased lemma, coarse part of speech, and flags."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    is_alpha: list[bool]
    is_punct: list[bool]
    is_space: list[bool]
    #: a letter anywhere in the token's text ("F-16", "2022-style")
    has_alpha: list[bool]
    #: :func:`framing.syntax.is_word`: not space, not punctuation, a letter or digit in it
    is_word: list[bool]
    sent_start: list[bool]
    #: the token's start in the document's text (``Token.idx``)
    idx: list[int]


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc`` (computed once, then read from ``doc.user_data``)."""
    found = doc.user_data.get(_KEY)
    if isinstance(found, TokenTable) and len(found.lower) == len(doc):
        return found
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA, POS, ORTH, IS_ALPHA, IS_PUNCT, IS_SPACE, SENT_START, IDX]).tolist() if len(doc) else []
    lower: list[str] = []
    lemma: list[str] = []
    pos: list[str] = []
    has_alpha: list[bool] = []
    is_word: list[bool] = []
    for low_h, lem_h, pos_h, orth_h, _alpha, punct, space, _start, _idx in rows:
        low = _STRINGS.get(low_h)
        if low is None:
            low = _STRINGS[low_h] = strings[low_h]
        lem = _LOWER_LEMMAS.get(lem_h)
        if lem is None:
            lem = _LOWER_LEMMAS[lem_h] = strings[lem_h].lower()
        p = _STRINGS.get(pos_h)
        if p is None:
            p = _STRINGS[pos_h] = strings[pos_h] if pos_h else ""
        alnum = _HAS_ALNUM.get(orth_h)
        if alnum is None:
            text = strings[orth_h]
            alnum = _HAS_ALNUM[orth_h] = any(c.isalnum() for c in text)
            _HAS_ALPHA[orth_h] = any(c.isalpha() for c in text)
        lower.append(low)
        lemma.append(lem)
        pos.append(p)
        has_alpha.append(_HAS_ALPHA[orth_h])
        is_word.append(not space and not punct and alnum)
    table = TokenTable(
        lower=lower, lemma=lemma, pos=pos,
        is_alpha=[bool(r[4]) for r in rows], is_punct=[bool(r[5]) for r in rows],
        is_space=[bool(r[6]) for r in rows], has_alpha=has_alpha, is_word=is_word,
        sent_start=[k == 0 or r[7] == 1 for k, r in enumerate(rows)],
        idx=[r[8] for r in rows],
    )
    doc.user_data[_KEY] = table
    return table
