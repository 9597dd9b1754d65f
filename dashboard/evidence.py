"""Linked evidence: the words behind a number, for any view's click (chart mark or table cell).

:func:`spans_for` turns a measure and an outlet ("loaded terms in its own voice" in Outlet A)
into the spans behind it, as :class:`framing.compare.common.Evidence` (the words and their
sentence); :func:`render` shows them with the words marked. Every measure of the scorecard has
its spans here, so each scorecard number and each Overview bar is one click from its words.
"""

from __future__ import annotations

import html
import re
from typing import Any, Callable, Iterable, Sequence

import streamlit as st

from framing.analysis import ArticleAnalysis, list_result_of, result_of
from framing.attribution import Attribution, content_spans
from framing.compare import EventComparison
from framing.compare.identity import speaker_types
from framing.compare.common import Evidence
from framing.compare.similarity import shared_sentences
from framing.attribution import SPEAKER_TYPES
from framing.frames import Frames
from framing.loaded_terms import LoadedTerm
from framing.readability import Readability, easy_words, syllables
from framing.tone.sentences import Tone

LIMIT = 40


def _sentence_of(a: ArticleAnalysis, start: int, end: int) -> tuple[int, int]:
    """The sentence (start, end) holding ``start``; the paragraph, else the span itself, without sentences."""
    text = a.article.text
    for s in _sentences(a):
        if s[0] <= start < s[1]:
            return s[0], max(s[1], min(end, len(text)))
    return start, end


def _sentences(a: ArticleAnalysis) -> list[tuple[int, int]]:
    tone = result_of(a, "tone", Tone)
    spans = [(s.start, s.end) for s in tone.sentences] if tone is not None else []
    return spans or [(p.start, p.end) for p in a.article.paragraphs]


def evidence(a: ArticleAnalysis, start: int, end: int) -> Evidence:
    s, e = _sentence_of(a, start, end)
    text = a.article.text
    return Evidence(a.article.id, a.article.outlet, start, end, text[start:end], s, e, text[s:e])


def _attributions(a: ArticleAnalysis, keep: Callable[[Attribution], bool]) -> Iterable[Evidence]:
    for x in list_result_of(a, "attributions", Attribution) or []:
        if keep(x):
            spans = content_spans(x)
            if spans:
                yield evidence(a, spans[0][0], spans[-1][1])


def _loaded(a: ArticleAnalysis, keep: Callable[[LoadedTerm], bool]) -> Iterable[Evidence]:
    for t in list_result_of(a, "loaded_terms", LoadedTerm) or []:
        if keep(t):
            yield evidence(a, t.start, t.end)


def _tone(a: ArticleAnalysis) -> Iterable[Evidence]:
    tone = result_of(a, "tone", Tone)
    for s in tone.sentences if tone is not None else []:
        if not s.in_headline and abs(s.compound) >= 0.05:
            yield evidence(a, s.start, s.end)


def _frame(a: ArticleAnalysis, frame: str | None) -> Iterable[Evidence]:
    f = result_of(a, "frames", Frames)
    for h in f.cues if f is not None else []:
        if h.counted and (frame is None or h.frame == frame):
            yield evidence(a, h.start, h.end)


#: a written word for the readability evidence (letters, inner hyphens and apostrophes)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: per article: the longest body sentences shown behind words per sentence
LONGEST = 5
#: readability measures whose score rises with long words: (what the spans are, the word test)
_LONG_WORD_MEASURES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog")


def _body_sentences(a: ArticleAnalysis) -> list[tuple[int, int]]:
    tone = result_of(a, "tone", Tone)
    if tone is not None and tone.sentences:
        return [(s.start, s.end) for s in tone.sentences if not s.in_headline]
    return [(p.start, p.end) for p in a.article.paragraphs if p.start >= a.article.body_start]


def _readability(a: ArticleAnalysis, measure: str) -> Iterable[Evidence]:
    """The spans behind one readability number of one article (the formulas read the body)."""
    text = a.article.text
    if measure in ("passive_share", "agentless_share"):
        r = result_of(a, "readability", Readability)
        for p in r.passives if r is not None else []:
            if p.start >= a.article.body_start and (measure == "passive_share" or p.agentless):
                yield evidence(a, p.start, p.end)
    elif measure == "mean_sentence_length":
        spans = _body_sentences(a)
        longest = sorted(spans, key=lambda s: -len(_WORD.findall(text[s[0]:s[1]])))[:LONGEST]
        for s0, s1 in sorted(longest):
            yield evidence(a, s0, s1)
    elif measure in _LONG_WORD_MEASURES or measure == "dale_chall":
        easy = easy_words() if measure == "dale_chall" else frozenset()
        for s0, s1 in _body_sentences(a):
            for m in _WORD.finditer(text, s0, s1):
                w = m.group(0)
                hard = w.lower() not in easy if measure == "dale_chall" else syllables(w) >= 3
                if measure == "gunning_fog" and w[:1].isupper() and m.start() != s0:
                    hard = False  # a capitalised word inside a sentence: a name, which Fog does not count
                if hard:
                    yield evidence(a, m.start(), m.end())


#: what the spans behind each readability number are
READABILITY_SPANS = {
    "passive_share": "passive clauses in the body",
    "agentless_share": "passive clauses that do not say who acted",
    "mean_sentence_length": f"the {LONGEST} longest sentences of each article",
    "flesch_reading_ease": "words of three or more syllables (more syllables per word lower the score)",
    "flesch_kincaid_grade": "words of three or more syllables (more syllables per word raise the grade)",
    "gunning_fog": "words of three or more syllables, names left out (Fog's complex words)",
    "smog": "words of three or more syllables (SMOG's polysyllables)",
    "dale_chall": "words not on the Dale–Chall list of familiar words (as written; the score also "
                  "accepts a word whose lemma is on it)",
}


def _shared(members: Sequence[ArticleAnalysis], cmp: EventComparison | None, article_id: str,
            part: str) -> Iterable[Evidence]:
    """An article's own sentences (``own``) or those said in another article too (``shared``, each
    followed by its closest counterpart), as the shared-sentences chart counts them."""
    if part == "own":
        overlap = next((o for o in (cmp.similarity.articles if cmp else []) if o.article_id == article_id), None)
        yield from overlap.unique_sentences if overlap is not None else []
    elif part == "shared":
        for pair in shared_sentences(members, article_id):
            yield pair.sentence
            yield pair.counterpart


def pair_evidence(members: Sequence[ArticleAnalysis], article_id: str, other_id: str) -> list[Evidence]:
    """The sentences behind a cell of the similarity heatmap: each sentence of one article said in
    the other too, followed by its counterpart there (on the diagonal: none)."""
    out: list[Evidence] = []
    for pair in shared_sentences(members, article_id, other_id):
        out.extend((pair.sentence, pair.counterpart))
    return out




def _event_types(members: Sequence[ArticleAnalysis], cmp: EventComparison | None) -> dict[str, dict[str, str]]:
    """Article id -> speaker id -> event type: the comparison's (what its scorecard counted), else
    computed from ``members`` (:func:`framing.compare.identity.speaker_types`, the one home)."""
    if cmp is not None and cmp.speaker_types:
        return cmp.speaker_types
    return speaker_types(members)


TYPES = "fr_speaker_types"   # session: (data key, article id -> speaker id -> event type)


def event_speaker_types(data: Any) -> dict[str, dict[str, str]]:
    """The shown articles' speaker types in the event (:func:`framing.compare.identity.speaker_types`),
    kept in the session while the articles shown are the same (a rerun does not type them again):
    what the Sources and Side-by-side highlights and legends use, as the charts count them."""
    from dashboard.chart_view import data_key

    key = data_key(data)
    kept = st.session_state.get(TYPES)
    if kept is None or kept[0] != key:
        kept = (key, speaker_types(data.analyses))
        st.session_state[TYPES] = kept
    types: dict[str, dict[str, str]] = kept[1]
    return types


def spans_for(measure: str, outlet: str, members: Sequence[ArticleAnalysis],
              cmp: EventComparison | None = None,
              types: dict[str, dict[str, str]] | None = None) -> tuple[str, list[Evidence]]:
    """(what the spans are, the spans) behind ``measure`` for ``outlet``.

    ``measure`` is a scorecard field (``narrator_loaded_per_1000``, ``official_share``, …), a
    voice of the voice chart (``voice:citizen``), a speaker type (``type:expert``), a loaded-term
    category and voice (``loaded:pejorative_label|narrator``), ``frame:<id>``, a readability number
    (``readability:gunning_fog``) or an article's own or shared sentences
    (``shared:<article id>|own``). Speaker types are the event's (``types``: article id -> speaker
    id -> type, else the comparison's, else computed), as the charts and the scorecard count them."""
    mine = [a for a in members if a.article.outlet == outlet]
    typed: dict[str, dict[str, str]] | None = types

    def type_of(a: ArticleAnalysis, x: Attribution) -> str:
        nonlocal typed
        if typed is None:
            typed = _event_types(members, cmp)
        return typed.get(a.article.id, {}).get(x.speaker_id) or x.speaker_type or "unknown"

    def of_type(a: ArticleAnalysis, t: str) -> Callable[[Attribution], bool]:
        return lambda x: type_of(a, x) == t

    out: list[Evidence] = []
    what = ""
    if measure in ("narrator_loaded_per_1000",):
        what = "loaded terms in the outlet's own voice"
        for a in mine:
            out.extend(_loaded(a, lambda t: t.voice in ("narrator", "scare_quote")))
    elif measure.startswith("loaded:"):
        cat, _, voice = measure[len("loaded:"):].partition("|")
        what = f"loaded terms ({cat.replace('_', ' ')}{', ' + voice.replace('_', ' ') if voice else ''})"
        for a in mine:
            out.extend(_loaded(a, lambda t: t.category == cat and (not voice or t.voice == voice)))
    elif measure in ("voices", "anonymous_share", "distancing_share") or measure.endswith("_share") and \
            measure[:-len("_share")] in SPEAKER_TYPES:
        group = measure[:-len("_share")] if measure.endswith("_share") else ""
        what = {"voices": "every attributed voice", "anonymous_share": "anonymous voices",
                "distancing_share": "speech introduced with a distancing verb"}.get(measure, f"{group.replace('_', ' ')} voices")

        for a in mine:
            if measure == "voices":
                out.extend(_attributions(a, lambda x: True))
            elif measure == "anonymous_share":
                out.extend(_attributions(a, lambda x: bool(x.anonymous)))
            elif measure == "distancing_share":
                out.extend(_attributions(a, lambda x: x.verb_stance == "distancing"))
            else:
                out.extend(_attributions(a, of_type(a, group)))
    elif measure.startswith("voice:"):
        chosen = measure[len("voice:"):]
        what = f"{chosen.replace('_', ' ')} voices"
        for a in mine:
            out.extend(_attributions(a, of_type(a, chosen)))
    elif measure.startswith("type:"):
        t = measure[len("type:"):]
        what = f"speech by {t.replace('_', ' ')} speakers"
        for a in mine:
            out.extend(_attributions(a, of_type(a, t)))
    elif measure == "tone":
        what = "sentences with a positive or negative tone"
        for a in mine:
            out.extend(_tone(a))
    elif measure == "primary_frame" or measure.startswith("frame:"):
        frame = measure[len("frame:"):] if measure.startswith("frame:") else None
        if frame is None:
            row = next((r for r in (cmp.scorecard if cmp else []) if r.outlet == outlet), None)
            frame = row.primary_frame if row else None
        what = "cue words of the frame"
        for a in mine:
            out.extend(_frame(a, frame))
    elif measure.startswith("readability:") or measure == "reading_grade":
        # the scorecard's reading grade is the Flesch–Kincaid grade (weighted by words)
        metric = "flesch_kincaid_grade" if measure == "reading_grade" else measure[len("readability:"):]
        what = READABILITY_SPANS.get(metric, "the outlet's articles (this number counts the whole text)")
        for a in mine:
            out.extend(_readability(a, metric))
    elif measure.startswith("shared:"):
        article_id, _, part = measure[len("shared:"):].partition("|")
        what = ("sentences said only in this article" if part == "own" else
                "sentences said in another article too, each followed by its closest counterpart")
        out.extend(_shared(members, cmp, article_id, part))
        return what, out  # kept in pairs (a sentence, then its counterpart)
    elif measure == "unique_share" and cmp is not None:
        what = "sentences of its articles said in no other article"
        for a in mine:
            out.extend(_shared(members, cmp, a.article.id, "own"))
    elif measure in ("numbers_reported", "numbers_only_here") and cmp is not None:
        what = "figures" if measure == "numbers_reported" else "figures only this outlet reports"
        for it in cmp.omissions.items:
            if it.kind != "number" or outlet not in it.reported_by:
                continue
            if measure == "numbers_only_here" and len(it.reported_by) != 1:
                continue
            out.extend(it.evidence.get(outlet, []))
    else:
        what = "the outlet's articles (this number counts the whole text)"
    out.sort(key=lambda e: (e.article_id, e.start))
    return what, out


def _by_sentence(evs: Sequence[Evidence]) -> list[list[Evidence]]:
    """Consecutive spans of the same sentence of the same article, together (one block each)."""
    groups: list[list[Evidence]] = []
    for ev in evs:
        last = groups[-1][0] if groups else None
        if last is not None and (last.article_id, last.sentence_start, last.sentence_end) == \
                (ev.article_id, ev.sentence_start, ev.sentence_end):
            groups[-1].append(ev)
        else:
            groups.append([ev])
    return groups


def _marked(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` escaped, with each (start, end) span (sentence offsets; overlaps merged) marked."""
    out, at = [], 0
    for a, b in sorted(spans):
        a, b = max(at, min(len(sentence), a)), max(0, min(len(sentence), b))
        if b <= a:
            continue
        out.append(html.escape(sentence[at:a]))
        out.append(f'<mark style="background:#ffe08a">{html.escape(sentence[a:b])}</mark>')
        at = b
    out.append(html.escape(sentence[at:]))
    return "".join(out)


def snippets_html(evs: Sequence[Evidence], limit: int = LIMIT, colour: str = "#0072B2") -> str:
    """Sentences with the evidence words marked (spans of one sentence in one block); every piece
    of text escaped. ``limit``: blocks shown."""
    groups = _by_sentence(evs)
    parts = []
    for group in groups[:limit]:
        ev = group[0]
        spans = [(e.start - ev.sentence_start, e.end - ev.sentence_start) for e in group]
        parts.append(
            f'<div class="fr-evidence" style="margin:0.3em 0;padding:0.3em 0.5em;border-left:3px solid {colour}">'
            f'<span style="font-size:0.8rem;opacity:0.75">{html.escape(ev.outlet)}</span><br>'
            f'{_marked(ev.sentence, spans)}</div>'
        )
    more = len(groups) - limit
    tail = f"<p><em>… and {more} more sentence{'s' if more != 1 else ''}.</em></p>" if more > 0 else ""
    return ("".join(parts) + tail) or "<em>No words to show for this number.</em>"


def render(title: str, evs: Sequence[Evidence], limit: int = LIMIT) -> None:
    """A heading line and the marked sentences (``limit``: sentences shown, the rest counted)."""
    from dashboard.text import md_escape

    sentences = len(_by_sentence(evs))
    where = f" in {sentences} sentence{'s' if sentences != 1 else ''}" if sentences != len(evs) else ""
    st.markdown(f"**{md_escape(title)}** — {len(evs)} passage{'s' if len(evs) != 1 else ''}{where}")
    st.html(snippets_html(evs, limit))


def first_pick(event_state: Any, name: str = "pick") -> str | None:
    """The ``key`` of the clicked mark in an ``st.altair_chart(on_select="rerun")`` result."""
    from dashboard.views.compare_common import picked

    return picked(event_state, name)


def fresh(key: str, value: Any) -> Any:
    """``value`` when it differs from what ``key`` gave on the previous run, else None.

    A chart or table keeps its selection across reruns; with several on a page, only the one
    the user just clicked should decide what is shown."""
    memo = f"{key}__last_pick"
    if st.session_state.get(memo) == value:
        return None
    st.session_state[memo] = value
    return value


def outlet_pick(chart_key: str, clicked: Any, pick_key: str, outlets: set[str],
                value_bars: int = 0) -> tuple[str, str] | None:
    """The (outlet, value) a chart mark keyed ``"outlet|value"`` gives: the mark clicked on this
    run (:func:`fresh`), else the one remembered under ``pick_key``; None when nothing was picked
    or its outlet is no longer loaded. ``value_bars``: how many ``|`` the value itself holds."""
    hit = fresh(chart_key, clicked)
    if hit:
        parts = str(hit).rsplit("|", 1 + value_bars)
        if len(parts) == 2 + value_bars:
            st.session_state[pick_key] = (parts[0], "|".join(parts[1:]))
    pick = st.session_state.get(pick_key)
    return (pick[0], pick[1]) if pick and pick[0] in outlets else None

