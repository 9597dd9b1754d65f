"""Loaded terms of a parsed article: lexicon matches, words the learned scorer flags, and
scare quotes, each with its voice.

:func:`find_loaded_terms` matches the lexicon (:mod:`.matcher`), scores every content word with
the learned scorer (:mod:`.word_scorer`), decides the voice of every term (:mod:`.voice`) and
adds the scare quotes in which no other term sits, emitted with category ``scare_quote``.

* A lexicon match is always a term (its entry and context rule say why); it carries the
  scorer's probability of its most loaded word as well.
* A word the lexicon does not know is a term of category ``evaluative`` when the scorer's
  probability reaches the threshold (the model's default, or the user's); neighbouring flagged
  words, and degree words right before them ("very, very dangerous"), make one term.
* Words inside a quoted title are not the writer's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from spacy.attrs import IS_ALPHA, LIKE_NUM
from spacy.tokens import Doc

from ..intervals import SpanIndex
from .lexicon import Lexicon
from .matcher import Matcher
from ..quotes import QuotationIndex
from .voice import voice_context, voice_of
from .literal_uses import LITERAL_VOCABULARY, literal_use
from .word_features import INTENSIFIERS
from .word_scorer import Contribution, WordScore, WordScorer, load_word_scorer, score_words

#: the category of words found by the learned scorer alone
EVALUATIVE = "evaluative"

#: the reader's budget, off (``None``). When set (a share, e.g. 0.04), in an article of at least
#: :data:`BUDGET_MIN_WORDS` words the words of lexicon and learned terms together cover at most this
#: share of its words, the least probable learned words left out (lexicon terms always stay).
#: Tried at 0.04 with threshold 0.30 and left off: it clipped exactly what the comparison exists
#: to show — the sample's state broadcaster fell from 8.77 to 6.27 narrator loaded terms per 1,000
#: words, a dense set's recall from 0.67 to 0.51 — while a loud text's share of flagged words is
#: its own, not a precision failure (docs/analysers/loaded_terms.md).
WORD_BUDGET: float | None = None
#: a share of words means nothing in a text of a few sentences (one word is 4 % of 25)
BUDGET_MIN_WORDS = 120

__all__ = ["BUDGET_MIN_WORDS", "EVALUATIVE", "LITERAL_VOCABULARY", "WORD_BUDGET", "LoadedTerm", "find_loaded_terms",
           "within_budget", "widen_over_degree_words"]


@dataclass
class LoadedTerm:
    """One occurrence of loaded language; ``text == article.text[start:end]``."""

    text: str
    lemma: str
    category: str
    direction: str
    voice: str
    speaker: str | None
    start: int
    end: int
    sentence_index: int | None
    position: str
    rule: str
    note: str
    term: str = ""
    voice_rule: str = ""
    speaker_id: str | None = None
    #: the learned scorer's probability that the term's most loaded word carries a judgement
    probability: float | None = None
    #: the features that raised that probability most (name and contribution to the log-odds)
    evidence: list[Contribution] = field(default_factory=list)


def _direction(features: dict[str, float]) -> str:
    if "vader_neg" in features:
        return "against"
    if "vader_pos" in features:
        return "toward"
    return ""


def widen_over_degree_words(doc: Doc, i: int, taken: set[int] = frozenset()) -> int:  # type: ignore[assignment]
    """The first token of a term starting at ``i`` once the degree words right before it join
    ("very, very dangerous", "so reckless", "extremely cruel"): an intensified judgement is one
    term. Tokens in ``taken`` (another term's) never join."""
    while i > 0 and not doc[i].is_sent_start and (i - 1) not in taken:
        prev = doc[i - 1]
        if prev.lower_ in INTENSIFIERS:
            i -= 1
        elif prev.text == "," and i > 1 and doc[i - 2].lower_ in INTENSIFIERS and (i - 2) not in taken:
            i -= 1
        else:
            break
    return i


def _learned_spans(doc: Doc, scores: dict[int, WordScore], threshold: float, taken: set[int],
                   never: frozenset[str] = frozenset()) -> list[tuple[int, int, WordScore]]:
    """Token ranges [i, j) of flagged words outside ``taken``: runs of neighbouring flagged
    words in one sentence, widened left over degree words ("very, very dangerous"), each
    with its most probable word. Words (or lemmas) in ``never`` and literal uses
    (:func:`.literal_uses.literal_use`: literal vocabulary, names, quantities, feelings) are
    not flagged."""
    flagged = sorted(i for i, s in scores.items() if s.probability >= threshold and i not in taken
                     and doc[i].lemma_.lower() not in never and doc[i].lower_ not in never
                     and literal_use(doc[i]) is None)
    out: list[tuple[int, int, WordScore]] = []
    k = 0
    while k < len(flagged):
        i = j = flagged[k]
        k += 1
        while k < len(flagged) and flagged[k] == j + 1 and not doc[flagged[k]].is_sent_start:
            j = flagged[k]
            k += 1
        i = widen_over_degree_words(doc, i, taken)
        best = max((scores[t] for t in range(i, j + 1) if t in scores), key=lambda s: s.probability)
        out.append((i, j + 1, best))
    return out


def within_budget(spans: list[tuple[int, int, WordScore]], words: int, used: int,
                  budget: float | None = WORD_BUDGET, min_words: int = BUDGET_MIN_WORDS) -> list[tuple[int, int, WordScore]]:
    """The learned spans [i, j) kept under the reader's budget: all of them with no budget or in a
    text of fewer than ``min_words`` words, else the most probable while the words of all terms
    (``used`` by the lexicon's, plus theirs) stay within ``budget`` of the text's ``words`` (in
    text order)."""
    if budget is None or words < min_words:
        return spans
    room = int(budget * words) - used
    keep: set[int] = set()
    for k in sorted(range(len(spans)), key=lambda k: (-spans[k][2].probability, k)):
        size = spans[k][1] - spans[k][0]
        if size <= room:
            keep.add(k)
            room -= size
    return [s for k, s in enumerate(spans) if k in keep]


def _cue_tokens(doc: Doc, attributions: Sequence[Any]) -> set[int]:
    """Token indices of the attributions' reporting verbs ("argued", "said", "warned"): how a
    verb weighs speech is the attribution's stance and the stance markers' analysis, so the
    learned scorer leaves every reporting verb alone; a charged one ("slammed", "fumed") is a
    loaded verb of the lexicon, which still flags it. A verb that only a colon made a cue
    (``gushed about the trip in a post: "..."``, rule ``colon_quote``) is no reporting verb of the
    word list and has no stance of its own: the scorer still weighs it."""
    out: set[int] = set()
    for a in attributions:
        if getattr(a, "rule", "") == "colon_quote":
            continue
        cs, ce = getattr(a, "cue_start", None), getattr(a, "cue_end", None)
        if cs is None or ce is None or ce <= cs:
            continue
        span = doc.char_span(cs, ce, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def find_loaded_terms(parsed: Any, lexicon: Lexicon, attributions: Sequence[Any] = (),
                      matcher: Matcher | None = None, scorer: WordScorer | None = None,
                      threshold: float | None = None) -> list[LoadedTerm]:
    """Every loaded term and scare quote of a parsed article, in text order.

    ``scorer``: the learned word scorer (the shipped one by default); ``threshold``: the
    probability from which a word the lexicon does not know is flagged (the model's default)."""
    doc: Doc = parsed.doc
    text = parsed.text
    matcher = matcher or Matcher(lexicon)
    scorer = scorer or load_word_scorer()
    cut = scorer.threshold if threshold is None else threshold
    matches = matcher.find(doc)
    scores = score_words(parsed, scorer, matches=matches)
    context = voice_context(parsed, attributions)
    index, quotes, cue_ranges = context.attributions, context.quotes, context.cue_ranges
    titles = QuotationIndex(q for q in quotes if q.kind == "title")
    out: list[LoadedTerm] = []

    def sentence_index(offset: int) -> int | None:
        s = parsed.sentence_at(offset)
        return s.index if s is not None else None

    taken: set[int] = set()
    for m in matches:
        taken.update(range(m.i, m.j))
        if any(titles.containing(m.start, m.end)):
            continue  # a word in a film or book title is not the writer's language
        first = widen_over_degree_words(doc, m.i, taken - set(range(m.i, m.j))) if m.j - m.i == 1 else m.i
        taken.update(range(first, m.i))
        start = doc[first].idx
        v = voice_of(doc, start, m.end, index, quotes, cue_ranges)
        span = doc[first:m.j]
        rule = f"lexicon:{m.entry.term}" + (f"+{m.entry.rule}" if m.entry.rule else "")
        word = max((scores[t] for t in range(m.i, m.j) if t in scores), key=lambda s: s.probability, default=None)
        out.append(LoadedTerm(
            text=text[start:m.end], lemma=" ".join(t.lemma_.lower() for t in span if not t.is_punct) or m.entry.term,
            category=m.entry.category, direction=m.entry.direction, voice=v.voice, speaker=v.speaker,
            start=start, end=m.end, sentence_index=sentence_index(start), position=parsed.position(start),
            rule=rule, note=m.entry.note, term=m.entry.term, voice_rule=v.rule, speaker_id=v.speaker_id,
            probability=round(word.probability, 3) if word else None,
            evidence=scorer.explain(word.features) if word else [],
        ))
    # a term the user disabled (alone or with its category) is never flagged, by the lexicon
    # or by the scorer
    never = lexicon.disabled_terms | {e.term.casefold() for e in lexicon.entries
                                      if e.category in lexicon.disabled_categories}
    # hedges and boosters ("reportedly", "of course") are the stance markers' analysis
    # and so are the reporting verbs that are stance markers ("stressed", "claimed")
    from ..stance_markers.markers import stance_verb_tokens, stance_word_tokens

    stance = stance_word_tokens(doc) | stance_verb_tokens(doc, attributions) | _cue_tokens(doc, attributions)
    learned = _learned_spans(doc, scores, cut, taken | stance, frozenset(never)) if lexicon.category_enabled(EVALUATIVE) else []
    if WORD_BUDGET is not None and learned and len(doc) >= BUDGET_MIN_WORDS:  # fewer tokens: fewer words too
        # the budget counts the words of lexicon terms and of the scare quotes that will stand alone
        counted = [(t.start, t.end) for t in out]
        if lexicon.category_enabled("scare_quote"):
            counted += [(q.inner_start, q.inner_end) for q in quotes if q.kind == "scare"
                        and not any(q.inner_start <= t.start and t.end <= q.inner_end for t in out)]
        flags = doc.to_array([IS_ALPHA, LIKE_NUM])  # one row per token
        is_word = [bool(alpha or num) for alpha, num in flags.tolist()]
        used = len({tok.i for a, b in counted for tok in doc.char_span(a, b, alignment_mode="expand") or ()
                    if is_word[tok.i]})
        learned = within_budget(learned, sum(is_word), used, WORD_BUDGET)
    for i, j, word in learned:
        span = doc[i:j]
        start, end = span.start_char, span.end_char
        if any(titles.containing(start, end)):
            continue
        v = voice_of(doc, start, end, index, quotes, cue_ranges)
        top = scorer.explain(word.features)
        out.append(LoadedTerm(
            text=text[start:end], lemma=" ".join(t.lemma_.lower() for t in span if not t.is_punct),
            category=EVALUATIVE, direction=_direction(word.features), voice=v.voice, speaker=v.speaker,
            start=start, end=end, sentence_index=sentence_index(start), position=parsed.position(start),
            rule=f"scorer:p={word.probability:.2f}>={cut:.2f}",
            note="flagged by the learned word scorer: " + ", ".join(c.feature for c in top),
            term="", voice_rule=v.rule, speaker_id=v.speaker_id,
            probability=round(word.probability, 3), evidence=top,
        ))
    if lexicon.category_enabled("scare_quote"):
        # terms filed by their start: a term inside a quotation starts inside it
        by_start: SpanIndex[LoadedTerm] = SpanIndex((t.start, t.start, t) for t in out)
        for q in quotes:
            if q.kind != "scare":
                continue
            if any(q.inner_start <= t.start and t.end <= q.inner_end
                   for t in by_start.candidates(q.inner_start, max(q.inner_start, q.inner_end))):
                continue
            s, e = q.inner_start, q.inner_end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " ,.;:":
                e -= 1
            inner = doc.char_span(s, e, alignment_mode="expand")
            lemma = " ".join(t.lemma_.lower() for t in inner if not t.is_punct) if inner is not None else text[s:e].lower()
            term = LoadedTerm(
                text=text[s:e], lemma=lemma, category="scare_quote", direction="against", voice="scare_quote",
                speaker=None, start=s, end=e, sentence_index=sentence_index(s), position=parsed.position(s),
                rule=f"scare_quote:{q.reason}", note="put in quotation marks without being anyone's speech",
                term="", voice_rule=f"scare quote: {q.reason}",
            )
            out.append(term)
            by_start.add(s, s, term)
    out.sort(key=lambda t: (t.start, t.end))
    return out
