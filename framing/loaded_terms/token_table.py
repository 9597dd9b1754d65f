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

from spacy.attrs import (
    DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_QUOTE, IS_SPACE, IS_STOP, LEMMA, LIKE_NUM, LOWER, ORTH, POS,
    SENT_START, TAG,
)
from spacy.tokens import Doc

_KEY = "framing.loaded_terms.token_table"
_SYNTAX_KEY = "framing.loaded_terms.syntax_table"

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


@dataclass(frozen=True)
class SyntaxTable:
    """Per token index, what the learned word scorer reads beyond the :class:`TokenTable`: the
    text as written, the fine tag, the dependency relation, the entity type (``""``: none),
    the head's index (its own for a root), the children's indices (in text order, as
    ``Token.children`` gives them) and the lexical flags."""

    text: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]
    children: list[list[int]]
    is_stop: list[bool]
    like_num: list[bool]
    is_quote: list[bool]


def syntax_table(doc: Doc) -> SyntaxTable:
    """The :class:`SyntaxTable` of ``doc`` (computed once, then read from ``doc.user_data``)."""
    found = doc.user_data.get(_SYNTAX_KEY)
    if isinstance(found, SyntaxTable) and len(found.text) == len(doc):
        return found
    strings = doc.vocab.strings
    n = len(doc)
    rows = doc.to_array([ORTH, TAG, DEP, ENT_TYPE, HEAD, IS_STOP, LIKE_NUM, IS_QUOTE]).tolist() if n else []
    text: list[str] = []
    tag: list[str] = []
    dep: list[str] = []
    ent_type: list[str] = []
    head: list[int] = []
    children: list[list[int]] = [[] for _ in range(n)]
    cache = _STRINGS
    for i, (orth_h, tag_h, dep_h, ent_h, rel, _stop, _num, _quote) in enumerate(rows):
        for h, column in ((orth_h, text), (tag_h, tag), (dep_h, dep), (ent_h, ent_type)):
            s = cache.get(h)
            if s is None:
                s = cache[h] = strings[h] if h else ""
            column.append(s)
        # HEAD is the offset to the head, an unsigned 64-bit value in the array: back to signed
        if rel >= 1 << 63:
            rel -= 1 << 64
        h_i = i + rel
        head.append(h_i)
        if h_i != i:
            children[h_i].append(i)
    table = SyntaxTable(
        text=text, tag=tag, dep=dep, ent_type=ent_type, head=head, children=children,
        is_stop=[bool(r[5]) for r in rows], like_num=[bool(r[6]) for r in rows], is_quote=[bool(r[7]) for r in rows],
    )
    doc.user_data[_SYNTAX_KEY] = table
    return table
