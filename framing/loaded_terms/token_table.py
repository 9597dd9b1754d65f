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

import numpy
from spacy.attrs import (
    DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_QUOTE, IS_SPACE, IS_STOP, LEMMA, LIKE_NUM, LOWER, ORTH, POS,
    SENT_START, TAG,
)
from spacy.strings import StringStore
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


def _strings(hashes: list[int], cache: dict[int, str], strings: StringStore, lowered: bool = False) -> list[str]:
    """The strings of ``hashes`` (lower-cased with ``lowered``), through ``cache``: each hash not
    met before is looked up once, then the column is read in one pass of ``map``."""
    for h in set(hashes).difference(cache):
        text = strings[h] if h else ""
        cache[h] = text.lower() if lowered else text
    return list(map(cache.__getitem__, hashes))


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc`` (computed once, then read from ``doc.user_data``)."""
    found = doc.user_data.get(_KEY)
    if isinstance(found, TokenTable) and len(found.lower) == len(doc):
        return found
    strings = doc.vocab.strings
    n = len(doc)
    if n:
        arr = doc.to_array([LOWER, LEMMA, POS, ORTH, IS_ALPHA, IS_PUNCT, IS_SPACE, SENT_START, IDX])
        low_h, lem_h, pos_h, orth_h = (arr[:, k].tolist() for k in range(4))
        flags = arr[:, 4:7].astype(bool)
        is_alpha, is_punct, is_space = (flags[:, k].tolist() for k in range(3))
        starts = arr[:, 7] == 1
        starts[0] = True
        sent_start, idx = starts.tolist(), arr[:, 8].tolist()
    else:
        low_h = lem_h = pos_h = orth_h = is_alpha = is_punct = is_space = sent_start = idx = []
    for h in set(orth_h).difference(_HAS_ALNUM):
        text = strings[h]
        _HAS_ALNUM[h] = any(c.isalnum() for c in text)
        _HAS_ALPHA[h] = any(c.isalpha() for c in text)
    alnum = list(map(_HAS_ALNUM.__getitem__, orth_h))
    table = TokenTable(
        lower=_strings(low_h, _STRINGS, strings), lemma=_strings(lem_h, _LOWER_LEMMAS, strings, lowered=True),
        pos=_strings(pos_h, _STRINGS, strings),
        is_alpha=is_alpha, is_punct=is_punct, is_space=is_space,
        has_alpha=list(map(_HAS_ALPHA.__getitem__, orth_h)),
        is_word=[not space and not punct and a for space, punct, a in zip(is_space, is_punct, alnum)],
        sent_start=sent_start, idx=idx,
    )
    doc.user_data[_KEY] = table
    return table


@dataclass(frozen=True)
class SyntaxTable:
    """Per token index, what the learned word scorer reads beyond the :class:`TokenTable`: the
    text as written, the fine tag, the dependency relation, the entity type (``""``: none),
    the head's index (its own for a root), the children's indices (:meth:`children_of`) and
    the lexical flags."""

    text: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]
    #: every token's children, grouped by head (a head's in text order), and where each head's
    #: group starts (one list for the document, not one per token)
    child_order: list[int]
    child_start: list[int]
    is_stop: list[bool]
    like_num: list[bool]
    is_quote: list[bool]

    def children_of(self, i: int) -> list[int]:
        """The indices of token ``i``'s children, in text order (as ``Token.children`` gives them)."""
        return self.child_order[self.child_start[i]:self.child_start[i + 1]]


def syntax_table(doc: Doc) -> SyntaxTable:
    """The :class:`SyntaxTable` of ``doc`` (computed once, then read from ``doc.user_data``)."""
    found = doc.user_data.get(_SYNTAX_KEY)
    if isinstance(found, SyntaxTable) and len(found.text) == len(doc):
        return found
    strings = doc.vocab.strings
    n = len(doc)
    if n:
        arr = doc.to_array([ORTH, TAG, DEP, ENT_TYPE, HEAD, IS_STOP, LIKE_NUM, IS_QUOTE])
        orth_h, tag_h, dep_h, ent_h = (arr[:, k].tolist() for k in range(4))
        # HEAD is the offset to the head (an unsigned 64-bit value in the array): wraps to signed
        at = numpy.arange(n, dtype=numpy.int64)
        heads = arr[:, 4].astype(numpy.int64) + at
        head = heads.tolist()
        # children grouped by head: a stable sort of the tokens by head keeps each group in text
        # order; a root (its own head) goes to a group of its own past the last token
        group = numpy.where(heads == at, n, heads)
        child_order = numpy.argsort(group, kind="stable")[: n - int((group == n).sum())].tolist()
        child_start = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(group, minlength=n + 1))[:n])).tolist()
        flags = arr[:, 5:8].astype(bool)
        is_stop, like_num, is_quote = (flags[:, k].tolist() for k in range(3))
    else:
        orth_h = tag_h = dep_h = ent_h = head = child_order = is_stop = like_num = is_quote = []
        child_start = [0]
    table = SyntaxTable(
        text=_strings(orth_h, _STRINGS, strings), tag=_strings(tag_h, _STRINGS, strings),
        dep=_strings(dep_h, _STRINGS, strings), ent_type=_strings(ent_h, _STRINGS, strings), head=head,
        child_order=child_order, child_start=child_start, is_stop=is_stop, like_num=like_num, is_quote=is_quote,
    )
    doc.user_data[_SYNTAX_KEY] = table
    return table
