"""Matching lexicon entries on the shared spaCy parse.

A lexicon word matches a token's lower-cased text or its lemma (so ``thug`` finds ``thugs``
and ``wreak havoc`` finds ``wreaked havoc``), or a base form guessed from an -ed/-ing ending;
multi-word terms match in sequence; hyphen, space and joined spellings are the same term
(``foreign-backed`` / ``foreign backed`` / ``foreignbacked``). An entry's part of speech must
agree with the token's (:func:`pos_ok`), and an entry may name a context rule
(:mod:`.rules`) that must hold. Overlapping matches are resolved to the longest at each place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, LexiconEntry, split_term
from .rules import RULES
from .token_table import TokenTable, token_table
from ..syntax import HYPHENS, head_token, verb_stems

#: rules that judge a capitalised name themselves, so a term with one of them is tried even where
#: the tagger found a name ("MAGA Republicans" is tagged as one group name)
_INSIDE_NAMES = frozenset(name for name, r in RULES.items() if r.inside_names)


@dataclass(frozen=True)
class Match:
    entry: LexiconEntry
    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int


def pos_ok(tok: Token, pos: str) -> bool:
    if not pos:
        return True
    if tok.pos_ == "PROPN" and tok.is_upper and len(tok.text) > 2 and pos in ("ADJ", "NOUN"):
        return True  # an all-capitals tabloid word ("SHAMELESS water bosses") is tagged as a name
    if pos == "NOUN":
        return tok.pos_ in ("NOUN", "PROPN")
    if pos == "ADJ":
        return tok.pos_ == "ADJ" or (tok.pos_ in ("VERB", "NOUN", "PROPN") and tok.dep_ in ("amod", "acomp"))
    if pos == "VERB":
        return tok.pos_ == "VERB"
    if pos == "ADV":
        return tok.pos_ == "ADV"
    return True




def word_forms(tok: Token) -> list[str]:
    """The forms a lexicon word may match at ``tok``, in a fixed order of preference: the word
    as written, its lemma, without hyphens, then guessed stems (so that ties between two
    entries resolve the same way in every run, whatever the string hash seed)."""
    return list(_word_forms(tok.lower_, tok.lemma_.lower(), tok.pos_))


@functools.lru_cache(maxsize=65536)
def _word_forms(lower: str, lemma: str, pos: str) -> tuple[str, ...]:
    """:func:`word_forms` of a token with this lower-cased text, lemma and part of speech."""
    low = lower.replace("\u2019", "'")
    forms = [low, lemma, low.replace("-", "")]
    if pos in ("VERB", "AUX") or (pos == "ADJ" and low.endswith("ed")):
        forms += sorted(verb_stems(low))
    if pos == "PROPN" and len(low) > 3 and low.endswith("s"):
        # a capitalised plural the tagger took for a name ("Thugs hurled stones")
        forms += [low[:-1], low[:-2] if low.endswith("es") else low, low[:-3] + "y" if low.endswith("ies") else low]
    return tuple(dict.fromkeys(forms))


class Matcher:
    """Compiled lexicon: index entries by their first word (and joined prefixes)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.index: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
        for e in lexicon.active_entries():
            words = split_term(e.term)
            if not words:
                continue
            keys = {words[0]} | {"".join(words[:n]) for n in range(2, len(words) + 1)}
            for k in keys:
                self.index.setdefault(k, []).append((words, e))

    def _match_words(self, doc: Doc, i: int, words: tuple[str, ...], table: TokenTable | None = None) -> int | None:
        """Token index one past the match of ``words`` starting at token ``i`` (None: no match);
        ``table``: the doc's :func:`.token_table.token_table` (looked up when None)."""
        k, t = 0, i
        n = len(doc)
        table = table or token_table(doc)
        while k < len(words):
            if t >= n:
                return None
            tok = doc[t]
            if k > 0 and tok.text in HYPHENS and not doc[t - 1].whitespace_:
                t += 1
                continue
            if k > 0 and tok.is_space:
                return None
            forms = _word_forms(table.lower[t], table.lemma[t], table.pos[t])
            if words[k] in forms:
                k += 1
                t += 1
                continue
            for m in range(len(words) - k, 1, -1):
                if "".join(words[k:k + m]) in forms:
                    k += m
                    t += 1
                    break
            else:
                return None
        return t

    def find(self, doc: Doc) -> list[Match]:
        found: list[Match] = []
        table = token_table(doc)
        index = self.index
        for i in range(len(doc)):
            if table.is_space[i] or table.is_punct[i]:
                continue
            forms = _word_forms(table.lower[i], table.lemma[i], table.pos[i])
            if not any(f in index for f in forms):
                continue  # most tokens: no Token object built
            tok = doc[i]
            # a capitalised proper noun inside a sentence is a name ("Brave", "Noble Energy");
            # only a multi-word term reaching past the name may start there ("Cold War mentality")
            name_end = -1
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_:
                name_end = tok.i + 1
                while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
                    name_end += 1
            cands: list[tuple[tuple[str, ...], LexiconEntry]] = []
            for f in forms:
                cands.extend(index.get(f, ()))
            if name_end >= 0:
                cands = [c for c in cands if len(c[0]) > 1 or c[1].rule in _INSIDE_NAMES]
            seen: set[int] = set()
            for words, e in cands:
                if id(e) in seen:
                    continue
                seen.add(id(e))
                j = self._match_words(doc, tok.i, words, table)
                if j is None or (j <= name_end and e.rule not in _INSIDE_NAMES):
                    continue
                if len(words) == 1 or j - tok.i == 1:
                    if not pos_ok(doc[tok.i] if j - tok.i == 1 else head_token(doc, tok.i, j), e.pos):
                        continue
                i2, j2 = tok.i, j
                if e.rule:
                    res = RULES[e.rule].check(doc, tok.i, j, e)
                    if res is None:
                        continue
                    i2, j2 = res
                span = doc[i2:j2]
                if ("-" in e.term and len(span) > 1 and not any(t.text in HYPHENS for t in span)
                        and all(t.is_stop for t in span)):
                    continue  # "would be" is not "would-be", "all out" is not "all-out"
                found.append(Match(e, i2, j2, span.start_char, span.end_char))
        # keep the longest match at each place; no overlaps
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Match] = []
        last_end = -1
        for m in found:
            if m.start >= last_end:
                out.append(m)
                last_end = m.end
            elif out and out[-1].start == m.start:
                continue
        return out
