"""Voice: whose words a loaded term is in.

:func:`voice_of`: ``quoted`` inside someone's direct speech, ``reported`` inside indirect or
according-to content (or the clause a reporting verb governs), ``scare_quote`` inside
quotation marks that are nobody's speech, otherwise ``narrator``. What each quotation is
comes from :func:`framing.attribution.quote_kinds.classify_quotes`; positions are looked up
in a :class:`~framing.attribution.index.AttributionIndex` and a
:class:`~framing.quotes.QuotationIndex`.

:func:`voice_context` builds, once per parsed article, what :func:`voice_of` looks positions up
in (the attributions the outlet does not make about itself, the classified quotations, the
cue ranges); the loaded-terms and stance-marker analysers read the same one.

Word lists come from ``framing/data/loaded_terms/voice.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from ..attribution.index import AttributionIndex, as_index
from ..attribution.quote_kinds import QuoteInfo, classify_quotes, speaker_text
from ..quotes import QuotationIndex
from ..syntax import speech_ancestor, subject_of
from ..word_lists import load_word_lists

VOICES = ("narrator", "quoted", "reported", "scare_quote")

_WORDS = load_word_lists("loaded_terms/voice.toml")
THOUGHT_VERBS = _WORDS["thought_verbs"]


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
    # up from the word to the subject it describes, through no clause boundary (``ancestors`` ends
    # at the root: a spaCy root's ``head`` is itself, as a new Token object each time, so a walk
    # testing ``node.head is not node`` never ended on a sentence with no subject on the way)
    for node in (tok, *tok.ancestors):
        if node.dep_ in ("nsubj", "nsubjpass"):
            # only descriptors of a named subject ("the self-styled Fair Fares Coalition") are naming;
            # "foreign-funded groups organised it, according to officials" is the officials' claim
            return node.head.dep_ == "ROOT" and node.pos_ == "PROPN"
        if node.dep_ in ("ccomp", "advcl", "conj", "xcomp", "pcomp", "pobj", "dobj"):
            return False
    return False


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
    cs = attribution.cue_start
    if cs is None:
        return False
    span = doc.char_span(cs, attribution.cue_end or cs + 1, alignment_mode="expand")
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


def cue_map(cue_ranges: Sequence[tuple[int, int]] | dict[int, list[Any]]) -> dict[int, list[Any]]:
    if isinstance(cue_ranges, dict):
        return cue_ranges
    out: dict[Any, list[Any]] = {}
    for cs, ce in cue_ranges:
        out.setdefault(cs, []).append(ce)
    return out


@dataclass(frozen=True)
class VoiceContext:
    """What :func:`voice_of` looks up for one parsed article (see :func:`voice_context`)."""

    attributions: AttributionIndex
    quotes: QuotationIndex[QuoteInfo]
    cue_ranges: dict[int, list[Any]]

    def voice(self, doc: Doc | None, start: int, end: int) -> Voice:
        return voice_of(doc, start, end, self.attributions, self.quotes, self.cue_ranges)


_CONTEXT_ATTR = "_voice_contexts"


def voice_context(parsed: Any, attributions: Sequence[Any] = ()) -> VoiceContext:
    """The voice context of a parsed article with its attributions: what every quotation is
    (:func:`~framing.attribution.quote_kinds.classify_quotes`) decided once, kept on ``parsed``
    for the next analyser that asks with the same attributions."""
    attributions = list(attributions or ())
    key = tuple((a.cue_start, a.cue_end, a.content_start, a.content_end, a.speaker, a.kind) for a in attributions)
    cache: dict[tuple[Any, ...], VoiceContext] = parsed.__dict__.setdefault(_CONTEXT_ATTR, {})
    found = cache.get(key)
    if found is None:
        index = AttributionIndex(a for a in attributions if not outlet_cites_itself(parsed.doc, a))
        quotes = QuotationIndex(classify_quotes(parsed.doc, parsed.quotes, index, parsed.text))
        cues = cue_map([(a.cue_start, a.cue_end) for a in index if a.cue_start is not None])
        found = cache[key] = VoiceContext(index, quotes, cues)
    return found


def voice_of(doc: Doc | None, start: int, end: int, attributions: Sequence[Any] | AttributionIndex,
             quotes: Sequence[QuoteInfo] | QuotationIndex[QuoteInfo],
             cue_ranges: Sequence[tuple[int, int]] | dict[int, list[Any]] = ()) -> Voice:
    """The voice of the words at [start, end) (see the module docstring).

    ``cue_ranges``: (cue start, cue end) pairs, or a map cue start -> cue ends.
    """
    attributions = as_index(attributions)
    quotes = quotes if isinstance(quotes, QuotationIndex) else QuotationIndex(quotes)
    cue_ends = cue_map(cue_ranges)
    for q in quotes.containing(start, end):
        if q.kind == "scare":
            return Voice("scare_quote", None, None, f"scare quote: {q.reason}")
        if q.kind == "speech":
            return Voice("quoted", q.speaker, q.speaker_id, f"quotation: {q.reason}")
        if q.kind in ("title", "mention"):
            return Voice("quoted", None, None, f"quotation ({q.kind})")
    for a in attributions.covering(start, end):
        kind = a.kind
        cs = a.cue_start
        if any(cs <= start < ce for ce in cue_ends.get(cs, ())):
            continue
        if kind == "direct":
            return Voice("quoted", a.speaker, a.speaker_id, "inside a direct attribution")
        if kind == "according_to" and doc is not None and _names_the_subject(doc, start, end):
            # "The self-styled X ..., according to officials": the source vouches for the claim,
            # the words naming its subject are the writer's
            return Voice("narrator", None, None, "names the subject of an according-to claim")
        return Voice("reported", a.speaker, a.speaker_id, f"inside {kind} attribution")
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            anc = speech_ancestor(span.root)
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
                    spk, sid = speaker_text(subj, attributions, verb.sent)
                    return Voice("reported", spk, sid, f"content of the reporting verb '{verb.text}'")
    return Voice("narrator", None, None, "the outlet's own words")
