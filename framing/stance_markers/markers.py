"""Stance markers of a parsed article: hedges, boosters and the reporting verbs that weigh speech.

:func:`find_stance_markers` finds

* the entries of the word-list categories (:mod:`.lexicon`: ``reportedly``, ``clearly``,
  ``of course``, ``is said to``), matched on the shared parse by word form or lemma, with the
  entry's part of speech and context rule (:mod:`.rules`);
* the reporting verbs of the article's attributions whose stance family
  (:data:`framing.attribution.verbs_and_roles.STANCES`, decided by the attribution analyser
  from ``framing/data/reporting_verbs.toml``) is one of the lexicon's verb categories
  (``claimed``: distancing, ``revealed``: endorsing, ``admitted``: concession).

Every marker keeps its voice (whose words it is in: :func:`framing.loaded_terms.voice.voice_of`
over the article's one :func:`~framing.loaded_terms.voice.voice_context`), speaker, position,
offsets and the entry or verb stance that produced it. A word that is a loaded term
(``boasted``, ``slammed``: the loaded-terms lexicon judges the speaker's manner) is counted
there, once, not again here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from ..loaded_terms.token_table import token_table
from ..loaded_terms.voice import voice_context
from .lexicon import StanceEntry, StanceLexicon, builtin_stance_lexicon
from .rules import RULES


@dataclass
class StanceMarker:
    """One stance marker; ``text == article.text[start:end]``.

    ``speaker`` is whose words the marker is in (``None`` for the narrator); for a reporting verb,
    ``about_speaker`` is the speaker whose words it introduces ("the minister" of "the minister
    claimed").
    """

    text: str
    lemma: str
    category: str
    voice: str
    speaker: str | None
    start: int
    end: int
    sentence_index: int | None
    position: str
    rule: str
    note: str
    term: str = ""
    family: str = ""
    voice_rule: str = ""
    speaker_id: str | None = None
    about_speaker: str | None = None
    about_speaker_id: str | None = None


@dataclass
class _Candidate:
    i: int
    j: int
    category: str
    term: str
    rule: str
    note: str
    family: str
    about: Any = None


def _pos_ok(tok: Token, pos: str) -> bool:
    if not pos:
        return True
    if pos == "VERB":
        return tok.pos_ in ("VERB", "AUX")
    return tok.pos_ == pos


class WordMatcher:
    """The word-list entries of a stance lexicon, indexed by first word."""

    def __init__(self, lexicon: StanceLexicon) -> None:
        self.index: dict[str, list[StanceEntry]] = {}
        for e in lexicon.entries:
            if e.words:
                self.index.setdefault(e.words[0], []).append(e)

    def find(self, doc: Doc) -> list[_Candidate]:
        out: list[_Candidate] = []
        n = len(doc)
        table = token_table(doc)
        index = self.index
        lower, lemma, punct, space = table.lower, table.lemma, table.is_punct, table.is_space
        for i in range(n):
            if punct[i] or space[i]:
                continue
            low, lem = lower[i], lemma[i]
            if low not in index and lem not in index:
                continue  # most tokens: no Token object built
            tok = doc[i]
            forms = dict.fromkeys((low, lem))
            for form in forms:
                for e in index.get(form, ()):
                    words = e.words
                    j = tok.i + len(words)
                    if j > n or any(lower[tok.i + k] != w for k, w in enumerate(words[1:], start=1)):
                        continue
                    if len(words) == 1 and not _pos_ok(tok, e.pos):
                        continue
                    span: tuple[int, int] | None = (tok.i, j)
                    if e.rule:
                        span = RULES[e.rule].check(doc, tok.i, j)
                    if span is None:
                        continue
                    rule = f"stance:{e.term}" + (f"+{e.rule}" if e.rule else "")
                    out.append(_Candidate(span[0], span[1], e.category, e.term, rule, e.note, e.family))
        return out


_MATCHERS: dict[str, WordMatcher] = {}


def word_candidates(doc: Doc, lexicon: StanceLexicon) -> list[_Candidate]:
    """The lexicon's word and phrase entries found in ``doc``, found once per doc and lexicon
    (loaded terms read them to leave these words alone, then the stance analysis uses them)."""
    key = f"framing.stance_word_candidates:{lexicon.fingerprint()}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _matcher(lexicon).find(doc)
    return list(found)


def _matcher(lexicon: StanceLexicon) -> WordMatcher:
    key = lexicon.fingerprint()
    if key not in _MATCHERS:
        _MATCHERS[key] = WordMatcher(lexicon)
    return _MATCHERS[key]


def _verb_candidates(doc: Doc, lexicon: StanceLexicon, attributions: Sequence[Any]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for a in attributions:
        category = lexicon.verb_category(getattr(a, "verb_stance", "") or "", getattr(a, "verb", "") or "")
        cs, ce = a.cue_start, a.cue_end
        if category is None or cs is None or ce is None or ce <= cs or a.kind == "according_to":
            continue
        span = doc.char_span(cs, ce, alignment_mode="expand")
        if span is None or not len(span):
            continue
        c = lexicon.categories[category]
        out.append(_Candidate(span.start, span.end, category, a.verb, f"reporting_verb:{a.verb_stance}",
                              f"'{a.verb}' is a {a.verb_stance.replace('_', '-')} reporting verb: "
                              f"{c.description[0].lower()}{c.description[1:]}",
                              f"{a.verb_stance} reporting verbs", a))
    return out


def find_stance_markers(parsed: Any, attributions: Sequence[Any] = (), loaded_terms: Sequence[Any] = (),
                        lexicon: StanceLexicon | None = None) -> list[StanceMarker]:
    """Every stance marker of a parsed article, in text order (see the module docstring)."""
    lexicon = lexicon or builtin_stance_lexicon()
    doc: Doc = parsed.doc
    text: str = parsed.text
    context = voice_context(parsed, attributions)
    verbs = _verb_candidates(doc, lexicon, attributions)
    words = word_candidates(doc, lexicon)
    taken = {k for c in verbs for k in range(c.i, c.j)}
    loaded = [(t.start, t.end) for t in loaded_terms]
    out: list[StanceMarker] = []
    # reporting verbs first: a word entry on the same words ("it is alleged") is the same marker
    for c in verbs + [w for w in words if not any(k in taken for k in range(w.i, w.j))]:
        span = doc[c.i:c.j]
        start, end = span.start_char, span.end_char
        if any(s < end and start < e for s, e in loaded):
            continue  # a loaded term already counts these words
        v = context.voice(doc, start, end)
        sentence = parsed.sentence_at(start)
        about = c.about  # the attribution a reporting verb introduces (None for a word entry)
        out.append(StanceMarker(
            text=text[start:end], lemma=" ".join(t.lemma_.lower() for t in span if not t.is_punct) or c.term,
            category=c.category, voice=v.voice, speaker=v.speaker, start=start, end=end,
            sentence_index=sentence.index if sentence is not None else None, position=parsed.position(start),
            rule=c.rule, note=c.note, term=c.term, family=c.family, voice_rule=v.rule, speaker_id=v.speaker_id,
            about_speaker=(getattr(about, "speaker", None) or None) if about is not None else None,
            about_speaker_id=(getattr(about, "speaker_id", None) or None) if about is not None else None,
        ))
    out.sort(key=lambda m: (m.start, m.end))
    # one marker per place: the first (longest) at each start, no overlaps
    kept: list[StanceMarker] = []
    for m in sorted(out, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def stance_word_tokens(doc: Doc, lexicon: StanceLexicon | None = None) -> set[int]:
    """Token indices of the stance lexicon's word and phrase entries in ``doc`` ("of course",
    "needless to say", "reportedly"): the learned loaded-word scorer leaves them to this
    analysis."""
    found = word_candidates(doc, lexicon or builtin_stance_lexicon())
    return {k for c in found for k in range(c.i, c.j)}


def stance_verb_tokens(doc: Doc, attributions: Sequence[Any], lexicon: StanceLexicon | None = None) -> set[int]:
    """Token indices of the reporting verbs that are stance markers ("stressed", "claimed",
    "admitted"): the learned loaded-word scorer leaves them to this analysis (a loaded verb of the
    loaded-terms lexicon, "slammed", is a loaded term all the same)."""
    found = _verb_candidates(doc, lexicon or builtin_stance_lexicon(), attributions)
    return {k for c in found for k in range(c.i, c.j)}
