"""Voice: whose words a loaded term is in, and what each quotation is.

:func:`voice_of`: ``quoted`` inside someone's direct speech, ``reported`` inside indirect or
according-to content (or the clause a reporting verb governs), ``scare_quote`` inside
quotation marks that are nobody's speech, otherwise ``narrator``. :func:`classify_quotes`
decides for each quotation whether it is speech, a title, a mention or a scare quote.
:class:`AttributionIndex` and :class:`QuoteIndex` answer the position lookups of both.

Word lists come from ``framing/data/loaded_terms/voice.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..attribution import content_spans
from ..intervals import SpanIndex
from ..quotes import QuoteSpan, find_quotes
from ..serialise import field_of as _attr
from ..syntax import subject_of
from ..word_lists import load_word_lists

VOICES = ("narrator", "quoted", "reported", "scare_quote")

_WORDS = load_word_lists("loaded_terms/voice.toml")
SPEECH_VERBS = _WORDS["speech_verbs"]
NAMING_VERBS = _WORDS["naming_verbs"]
PREP_CONTENT_VERBS = _WORDS["prep_content_verbs"]
AS_JUDGEMENT_VERBS = _WORDS["as_judgement_verbs"]
TITLE_NOUNS = _WORDS["title_nouns"]
TITLE_CUES = _WORDS["title_cues"]
SPEECH_CUES = _WORDS["speech_cues"]
MENTION_NOUNS = _WORDS["mention_nouns"]
THOUGHT_VERBS = _WORDS["thought_verbs"]


@dataclass(frozen=True)
class QuoteInfo:
    """A quotation span and what it is: ``scare``, ``speech``, ``title`` or ``mention``."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    kind: str
    reason: str
    speaker: str | None = None
    speaker_id: str | None = None


class AttributionIndex:
    """An article's attributions with lookups by position (see :mod:`framing.intervals`).

    Every query gives the same answer, in the same order, as a scan of the whole list.
    """

    def __init__(self, attributions: Iterable[Any]) -> None:
        self.items: list[Any] = list(attributions)
        self.spans = [content_spans(a) for a in self.items]
        self.lengths = [sum(ce - cs for cs, ce in sp) for sp in self.spans]
        # content spans widened by the two characters a quotation mark may take
        self.content: SpanIndex[int] = SpanIndex((cs - 2, ce + 2, n) for n, sp in enumerate(self.spans) for cs, ce in sp)
        cues = sorted((cs, n) for n, a in enumerate(self.items) if (cs := _attr(a, "cue_start")) is not None)
        self.cue_starts = [c for c, _ in cues]
        self.cue_items = [n for _, n in cues]

    def __iter__(self) -> Any:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def near(self, start: int, end: int | None = None) -> list[int]:
        """Indexes (ascending, once each) of attributions whose content may meet [start, end]."""
        return list(dict.fromkeys(self.content.candidates(start, end)))

    def covering(self, start: int, end: int) -> list[Any]:
        hits = [n for n in self.near(start) if any(cs - 2 <= start and end <= ce + 2 for cs, ce in self.spans[n])]
        hits.sort(key=lambda n: self.lengths[n])
        return [self.items[n] for n in hits]

    def with_cue_in(self, lo: int, hi: int) -> list[Any]:
        """Attributions whose cue starts in [lo, hi), in list order."""
        i, j = bisect_left(self.cue_starts, lo), bisect_left(self.cue_starts, hi)
        return [self.items[n] for n in sorted(self.cue_items[i:j])]


def _index(attributions: Sequence[Any] | AttributionIndex) -> AttributionIndex:
    return attributions if isinstance(attributions, AttributionIndex) else AttributionIndex(attributions)


def _covering(attributions: Sequence[Any] | AttributionIndex, start: int, end: int) -> list[Any]:
    """Attributions whose content contains [start, end) (quotation marks at the edges allowed),
    shortest content first."""
    return _index(attributions).covering(start, end)


def _noun_phrase(tok: Token) -> str:
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "punct", "appos", "acl") or t.i == tok.i]
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod")]
    start = min([tok.i] + [t.i for t in left])
    return tok.doc[start:tok.i + 1].text if toks else tok.text


def _speech_ancestor(tok: Token, limit: int = 12) -> tuple[Token, Token] | None:
    """The nearest ancestor verb of which ``tok`` is part of the said/claimed content.

    Returns (verb, child-on-the-path) or None. Content enters the verb as a clause
    (ccomp, xcomp, parataxis), through a preposition for accuse/blame verbs, or as the
    object of a naming verb ('called it "X"').
    """
    child, node = tok, tok.head
    steps = 0
    while node is not child and steps < limit:
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and lemma in AS_JUDGEMENT_VERBS and child.dep_ == "prep" and child.lower_ == "as":
            return node, child
        if node.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS:
            dep = child.dep_
            if dep == "advcl" and _describes_the_act(child):
                pass  # '"...," she said, repeating the arguments of X': the narrator describes the act
            elif dep in ("ccomp", "xcomp", "parataxis", "advcl") and lemma not in NAMING_VERBS - {"call", "describe"}:
                return node, child
            if dep in ("ccomp", "xcomp", "parataxis"):
                return node, child
            if dep == "prep" and lemma in PREP_CONTENT_VERBS | {"describe"}:
                return node, child
            if dep in ("dobj", "oprd", "attr", "prep") and lemma in NAMING_VERBS:
                return node, child
        # a clause reporting speech from its head: '... police admitted' (head verb with ccomp child)
        child, node = node, node.head
        steps += 1
    return None


def _describes_the_act(clause: Token) -> bool:
    """An adverbial clause of a speech verb that describes the act of speaking rather than giving
    its content: a participle without a subject of its own ("said, repeating the arguments of
    ...", "said, citing ...", "wrote, echoing ..."; a speech-verb participle only when it has no
    clause of its own, unlike "adding that ..."), or a clause of time or manner ("said as
    prices rose")."""
    kids = list(clause.children)
    if clause.lemma_.lower() in SPEECH_VERBS:
        # "adding that ...", "saying ..." give content; "repeating the arguments of X" does not
        return not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids)
    if any(c.dep_ == "mark" and c.lower_ in ("as", "while", "after", "before", "when", "since", "because") for c in kids):
        return True
    # set off by a comma: "said, repeating ..." (not '"a coup" coordinated from abroad', which the
    # small parser may hang on the speech verb too)
    edge = clause.left_edge.i
    comma = edge > 0 and clause.doc[edge - 1].text in (",", ";", "\u2014", "\u2013")
    return comma and clause.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)


def _speaker_text(subj: Token | None, attributions: Sequence[Any] | AttributionIndex,
                  sent: Span | None) -> tuple[str | None, str | None]:
    if subj is None:
        return None, None
    if subj.pos_ == "PRON" or subj.lower_ in ("which", "who", "that"):
        # resolve with an attribution in the same sentence, if any names a speaker
        if sent is not None:
            for a in _index(attributions).with_cue_in(sent.start_char, sent.end_char):
                if _attr(a, "speaker"):
                    return _attr(a, "speaker"), _attr(a, "speaker_id")
        if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
            return _noun_phrase(subj.head.head), None
        return subj.text, None
    return _noun_phrase(subj), None


def _prev_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return []
    i = span.start
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < n:
        if not doc[k].is_space:
            out.append(doc[k])
        k -= 1
    return out


def _next_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in doc[span.end:span.end + n + 3] if not t.is_space][:n]


def classify_quotes(doc: Doc, quotes: Sequence[Any], attributions: Sequence[Any] | AttributionIndex,
                    text: str | None = None) -> list[QuoteInfo]:
    """Decide for each quotation span whether it is speech, a title, a mention or a scare quote."""
    text = doc.text if text is None else text
    attributions = _index(attributions)
    out: list[QuoteInfo] = []
    for q in quotes:
        qs, qe = _attr(q, "start"), _attr(q, "end")
        s, e = _attr(q, "inner_start"), _attr(q, "inner_end")
        if _attr(q, "depth", 0):
            continue
        inner = text[s:e].strip()
        if not inner:
            continue
        words = re.findall(r"[\w][\w'\u2019\-]*", inner)
        before = _prev_tokens(doc, qs, 4)
        before_low = [t.lower_ for t in before]
        so_called = (len(before_low) >= 3 and before_low[:3] == ["called", "-", "so"]) or \
            (len(before_low) >= 2 and before_low[:2] == ["called", "so"]) or \
            (before_low[:1] == ["so-called"])
        if so_called and len(words) <= 8:
            out.append(QuoteInfo(qs, qe, s, e, "scare", "after so-called"))
            continue
        # someone's direct speech, or the speaker's own words inside reported speech
        cover = _covering(attributions, s, e)
        if cover:
            a = cover[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", f"inside {_attr(a, 'kind', 'an')} attribution",
                                 _attr(a, "speaker"), _attr(a, "speaker_id")))
            continue
        overlap = [attributions.items[n] for n in attributions.near(s, e)
                   if _attr(attributions.items[n], "kind") == "direct"
                   and any(cs < e and s < ce for cs, ce in attributions.spans[n])]
        if overlap:
            a = overlap[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", "overlaps a direct attribution",
                                 _attr(a, "speaker"), _attr(a, "speaker_id")))
            continue
        if len(words) > 6 or re.search(r"[.!?]\W*$", inner) or re.search(r"[.!?]\s+[A-Z]", inner):
            out.append(QuoteInfo(qs, qe, s, e, "speech", "a sentence or long quotation"))
            continue
        if any(t.lemma_.lower() in TITLE_NOUNS or t.lower_ in TITLE_CUES for t in before[:3]) and \
                not any(t.lower_ in ("so-called",) for t in before[:3]):
            out.append(QuoteInfo(qs, qe, s, e, "title", "after a title or naming word"))
            continue
        if before_low[:1] and before_low[0] in ("the", "a") and len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.append(QuoteInfo(qs, qe, s, e, "title", "a capitalised name"))
            continue
        if any(t.lemma_.lower() in MENTION_NOUNS for t in before[:2]):
            out.append(QuoteInfo(qs, qe, s, e, "mention", "after 'the word/term'"))
            continue
        after = _next_tokens(doc, qe, 7)
        after_low = [t.lower_ for t in after]
        if "as" in after_low[:3] and any(t.lemma_.lower() in NAMING_VERBS for t in after) and "it" in after_low:
            out.append(QuoteInfo(qs, qe, s, e, "speech", "named 'as X call it'"))
            continue
        if any(t.lower_ in SPEECH_CUES for t in before[:2]):
            out.append(QuoteInfo(qs, qe, s, e, "speech", "after a speech cue"))
            continue
        # the quote's words are part of the content of a speech or naming verb with a subject
        span = doc.char_span(s, e, alignment_mode="expand")
        found = None
        if span is not None and len(span):
            root = span.root
            anc = _speech_ancestor(root)
            if anc is not None:
                verb = anc[0]
                subj = subject_of(verb)
                if subj is not None and not (span.start <= subj.i < span.end):
                    spk, sid = _speaker_text(subj, attributions, verb.sent)
                    found = QuoteInfo(qs, qe, s, e, "speech", f"content of '{verb.text}'", spk, sid)
        if found is not None:
            out.append(found)
            continue
        out.append(QuoteInfo(qs, qe, s, e, "scare", f"{len(words)}-word quotation that is nobody's speech"))
    return out


def find_quote_spans(text: str, paragraphs: Sequence[Any]) -> list[QuoteSpan]:
    """The quotation spans of an article's text (see :mod:`framing.quotes`)."""
    return list(find_quotes(text, list(paragraphs)))


@dataclass(frozen=True)
class Voice:
    voice: str
    speaker: str | None
    speaker_id: str | None
    rule: str


def _names_the_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ not in ("amod", "compound", "npadvmod") and not any(t.dep_ == "relcl" for t in tok.ancestors):
        return False
    node = tok
    while node.head is not node and node.dep_ not in ("nsubj", "nsubjpass"):
        if node.dep_ in ("ccomp", "advcl", "conj", "xcomp", "pcomp", "pobj", "dobj"):
            return False
        node = node.head
    # only descriptors of a named subject ("the self-styled Fair Fares Coalition") are naming;
    # "foreign-funded groups organised it, according to officials" is the officials' claim
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.dep_ == "ROOT" and node.pos_ == "PROPN"


def _hearsay_passive(verb: Token, child: Token) -> bool:
    """"She is said to be livid", "he is reported to have left": a passive speech verb with no
    agent whose subject is the person talked about. Nobody is quoted; the outlet passes it on."""
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids) or child.dep_ != "xcomp":
        return False
    subj = [c for c in kids if c.dep_ == "nsubjpass"]
    return bool(subj) and subj[0].lower_ != "it"


def outlet_cites_itself(doc: Doc, attribution: Any) -> bool:
    """"..., the Beacon can reveal" / "CNN has learned": the outlet cites itself, so its words
    stay the narrator's."""
    cs = _attr(attribution, "cue_start")
    if cs is None:
        return False
    span = doc.char_span(cs, _attr(attribution, "cue_end") or cs + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _self_citing(span.root)


def _hypothetical(verb: Token) -> bool:
    """"Taxpayers can only hope the courts step in", "one might think ...": a thought verb under
    a modal reports nobody's actual thought; the words in its clause are the writer's."""
    if verb.lemma_.lower() not in THOUGHT_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might", "must", "should")
               for c in verb.children)


def _self_citing(verb: Token) -> bool:
    """"can reveal", "has learned": the verbs an outlet uses to cite itself."""
    lemma = verb.lemma_.lower()
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (lemma == "reveal" and "can" in auxes) or (lemma in ("learn", "establish") and bool(auxes & {"has", "have"}))


class QuoteIndex:
    """Classified quotations with lookup by position (same answers as a scan of the list)."""

    def __init__(self, quotes: Iterable[QuoteInfo]) -> None:
        self.items = list(quotes)
        self.inner: SpanIndex[QuoteInfo] = SpanIndex((q.inner_start, q.inner_end, q) for q in self.items)

    def __iter__(self) -> Any:
        return iter(self.items)

    def containing(self, start: int, end: int) -> Iterator[QuoteInfo]:
        """Quotations whose inner span contains [start, end), in list order."""
        return (q for q in self.inner.candidates(start) if q.inner_start <= start and end <= q.inner_end)


def cue_map(cue_ranges: Sequence[tuple[int, int]] | dict[int, list[Any]]) -> dict[int, list[Any]]:
    if isinstance(cue_ranges, dict):
        return cue_ranges
    out: dict[Any, list[Any]] = {}
    for cs, ce in cue_ranges:
        out.setdefault(cs, []).append(ce)
    return out


def voice_of(doc: Doc | None, start: int, end: int, attributions: Sequence[Any] | AttributionIndex,
             quotes: Sequence[QuoteInfo] | QuoteIndex,
             cue_ranges: Sequence[tuple[int, int]] | dict[int, list[Any]] = ()) -> Voice:
    """The voice of the words at [start, end) (see the module docstring).

    ``cue_ranges``: (cue start, cue end) pairs, or a map cue start -> cue ends.
    """
    attributions = _index(attributions)
    quotes = quotes if isinstance(quotes, QuoteIndex) else QuoteIndex(quotes)
    cue_ends = cue_map(cue_ranges)
    for q in quotes.containing(start, end):
        if q.kind == "scare":
            return Voice("scare_quote", None, None, f"scare quote: {q.reason}")
        if q.kind == "speech":
            return Voice("quoted", q.speaker, q.speaker_id, f"quotation: {q.reason}")
        if q.kind in ("title", "mention"):
            return Voice("quoted", None, None, f"quotation ({q.kind})")
    for a in attributions.covering(start, end):
        kind = _attr(a, "kind")
        cs = _attr(a, "cue_start")
        if any(cs <= start < ce for ce in cue_ends.get(cs, ())):
            continue
        if kind == "direct":
            return Voice("quoted", _attr(a, "speaker"), _attr(a, "speaker_id"), "inside a direct attribution")
        if kind == "according_to" and doc is not None and _names_the_subject(doc, start, end):
            # "The self-styled X ..., according to officials": the source vouches for the claim,
            # the words naming its subject are the writer's
            return Voice("narrator", None, None, "names the subject of an according-to claim")
        return Voice("reported", _attr(a, "speaker"), _attr(a, "speaker_id"), f"inside {kind} attribution")
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            anc = _speech_ancestor(span.root)
            if anc is not None:
                verb, child = anc
                if _self_citing(verb):
                    return Voice("narrator", None, None, f"the outlet cites itself ('{verb.text}')")
                if _hearsay_passive(verb, child):
                    return Voice("narrator", None, None, f"agentless hearsay '{verb.text}' (nobody speaks)")
                if _hypothetical(verb):
                    return Voice("narrator", None, None, f"hypothetical '{verb.text}' (nobody says it)")
                subj = subject_of(verb)
                if subj is not None and subj.dep_ == "nsubjpass" and not (span.start <= verb.i < span.end):
                    # "the government was accused of abandoning ...": the accusers are unnamed
                    return Voice("reported", None, None, f"content of the agentless passive '{verb.text}'")
                if subj is not None and not (span.start <= subj.i < span.end) and not (span.start <= verb.i < span.end):
                    spk, sid = _speaker_text(subj, attributions, verb.sent)
                    return Voice("reported", spk, sid, f"content of the reporting verb '{verb.text}'")
    return Voice("narrator", None, None, "the outlet's own words")
