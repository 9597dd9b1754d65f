"""Find every attribution of speech in a parsed article.

Quotation spans come from :func:`framing.quotes.find_quotes` (quotation marks that are
nobody's speech, scare quotes and titles, simply never get a cue); reporting verbs outside
quotations from :mod:`.cues`. Then the passes of :data:`PASSES` run in order; each is named
by the ``rule`` it writes on the attributions it makes:

1. ``direct`` — a quotation next to a cue, by the steps of :data:`DIRECT_STEPS`:
   ``"...," she said`` / ``"...," said X`` (``quote_then_cue``), else ``X said: "..."`` and the
   second half of a split quote (``cue_then_quote``); a verb before a colon that is no
   reporting verb of the word list makes it ``colon_quote``;
2. ``headline_colon`` — headline ``Mayor Ana Ruiz: "We will rebuild"``;
3. ``indirect`` — the cue's content clause or frame (``verb_clause``, ``clause_before_cue``,
   ``parenthetical_cue``, ``infinitive_frame``, ``preposition_frame``, ``object_frame`` from
   :func:`.cues.indirect_content`; ``participle`` for ``..., adding that``,
   ``relative_clause``); a content that is nearly all quotation is direct (``quoted_clause``);
4. ``according_to`` — ``according to X``: the content is the rest of the sentence;
5. ``quotes_in_content`` — a quotation inside reported content is part of it;
6. ``after_dateline`` — a content that starts in a dateline starts after it;
7. ``split_quote`` — ``"X," she said, "Y."`` in one sentence: one attribution, two parts;
8. ``+conjoined`` — ``said ... but insisted ...`` with one subject: the first extends (a second
   act joined by ``and`` after the first content is its own attribution);
9. ``drop_nested`` — a cue inside another attribution's content or speaker is part of it;
10. ``speakers`` — speakers resolved in text order (:mod:`.speakers`); no speaker, no attribution;
11. ``floating_quote`` — a quoted sentence with no cue of its own takes the speaker of the
    nearest attribution in its paragraph, or of the previous paragraph's closing one.

Speakers are typed by :mod:`.speaker_types`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from ..intervals import SpanIndex
from ..loaded_terms.token_table import token_table
from ..parse import ParsedArticle
from ..syntax import word_count
from ..quotes import QuotationIndex, QuoteSpan
from .cues import CONTENT_RULES, VERB_POS, VerbCue, according_to, host_clause_end, indirect_content, relative_naming, \
    speaker_token, verb_cue
from .datelines import dateline_tokens, token_starts
from .findings import REASONS as FINDING_REASONS, Finding, instrument_in_sentence, measure_population, measure_source, \
    opinion_measure
from .phrases import agent_noun, joined, noun_phrase, variants
from .speaker_types import CANDIDATE_OVERRIDES, WEAK_TYPE_RULES, candidacy, is_anonymous, own_outlet, type_in_article
from .speakers import Speaker, SpeakerResolver, people_noun
from .steps import Pass, Step, decided_by, run_passes
from .subjects import glued_name_subject, speaking_subject
from .verbs_and_roles import VerbLexicon, roles as load_roles, verbs as load_verbs

DIRECT, INDIRECT, ACCORDING = "direct", "indirect", "according_to"
CLOSE_MARKS = "\u201d\u2019\"'\u00bb"
_QUOTE_END_PUNCT = set(",?!\u2014\u2013-\u2026")
_SENTENCE_END = set(".?!\u2026")
_PARENTHESIS = (",", "\u2014", "\u2013")
#: where ``according to`` may start (a token whose lower-case text is ``according``)
_ACCORDING = re.compile(r"(?i)(?<![^\W_])according(?![^\W_])")
_GAP_DEPS = {"advmod", "aux", "auxpass", "npadvmod", "neg", "prt"}
_AFTER_CUE_DEPS = {"dative", "dobj", "prep", "npadvmod", "advmod", "prt", "nsubj", "agent", "punct", "mark", "pobj"}


@dataclass
class Attribution:
    """One attribution of speech; every offset is a character offset into ``article.text``.

    ``content`` is the quoted or reported words (``content_start``/``content_end``);
    ``cue_start``/``cue_end`` the reporting verb or ``according to``; ``speaker_start``/
    ``speaker_end`` the words naming the speaker where this attribution names them.
    """

    speaker: str
    speaker_id: str
    speaker_type: str
    anonymous: bool
    role: str
    kind: str
    verb: str
    verb_stance: str
    content: str
    content_start: int
    content_end: int
    cue_start: int
    cue_end: int
    sentence_index: int
    position: str
    rule: str
    type_rule: str
    speaker_start: int = -1
    speaker_end: int = -1
    resolved_from: str = ""
    quoted_words: int = 0
    content_words: int = 0
    #: a quotation interrupted by its attribution (``"X," she said, "Y."``) is one attribution:
    #: one [start, end] per part; ``content`` is the parts joined by a space
    content_parts: list[list[int]] = field(default_factory=list)


def content_spans(attribution: "Attribution") -> list[tuple[int, int]]:
    """The character spans of an attribution's content.

    One span, or one per part of a quotation interrupted by its attribution; the words in
    between (``she said``) are the cue, not the speaker's words.
    """
    if attribution.content_parts:
        return [(int(a), int(b)) for a, b in attribution.content_parts]
    start, end = attribution.content_start, attribution.content_end
    return [] if start is None or end is None else [(int(start), int(end))]


@dataclass
class _Raw:
    kind: str
    verb: str
    stance: str
    cue_start: int
    cue_end: int
    subj: Token | None
    content: tuple[int, int]          # character span
    rule: str
    cue_token: Token | None = None
    quote: QuoteSpan | None = None
    anchor: "_Raw | None" = None      # floating quotes: the attribution they follow
    speaker: Speaker | None = None
    dropped: bool = False
    extra_ends: list[int] = field(default_factory=list)
    parent: Token | None = None       # participles: the reporting verb they hang on
    parts: list[tuple[int, int]] = field(default_factory=list)


class _Extractor:
    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text = parsed.text
        self.vlex = load_verbs()
        self.rlex = load_roles()
        self.paragraphs = parsed.article.paragraphs
        self.para_starts = [p.start for p in self.paragraphs]
        quotes = [q for q in parsed.quotes if q.depth == 0]
        self.qi = QuotationIndex(quotes)
        self.tok_starts = token_starts(self.doc)
        #: token indices of datelines ("COLUMBUS, Ohio (AP) —"): never speakers
        self.dateline_tokens = dateline_tokens(self.doc, self.text, self.paragraphs, self.tok_starts)
        # what the passes of PASSES read and write
        self.cues: dict[int, VerbCue] = {}
        self.colon_cues: set[int] = set()
        self.raws: list[_Raw] = []
        #: token indices of the cues that introduce a quotation (direct speech)
        self.quote_cue: set[int] = set()
        #: start offsets of the quotations that are part of an attribution
        self.used_quotes: set[int] = set()
        #: the reported polls, surveys and ballots (no voices): each with its family and instrument
        self.measures: list[tuple[_Raw, tuple[str, str]]] = []
        self._measures: dict[int, tuple[str, str] | None] = {}

    # -- helpers ---------------------------------------------------------------------------
    def measure_of(self, head: Token) -> tuple[str, str] | None:
        """:func:`~.findings.opinion_measure` of ``head``, decided once per token (several passes ask)."""
        if head.i not in self._measures:
            self._measures[head.i] = opinion_measure(head)
        return self._measures[head.i]

    def para_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.tok_starts, offset)

    def chars(self, lo: int, hi: int) -> tuple[int, int]:
        return self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])

    def _prev_char(self, offset: int) -> str:
        i = offset - 1
        while i >= 0 and self.text[i] in " \t":
            i -= 1
        return self.text[i] if i >= 0 else "\n"

    def clause_initial(self, q: QuoteSpan) -> bool:
        p = self.paragraphs[self.para_of(q.start)] if self.paragraphs else None
        if p is not None and q.start <= p.start:
            return True
        c = self._prev_char(q.start)
        return c in "\n.!?:;\u2026" or c in CLOSE_MARKS or c in "\u2014\u2013("

    def ends_clause(self, q: QuoteSpan) -> bool:
        # a quotation inside the quotation may close with it ("He told me, 'Never again,'" she said)
        inner = self.text[q.inner_start:q.inner_end].rstrip().rstrip(CLOSE_MARKS).rstrip()
        after = self.text[q.end:q.end + 2].lstrip()
        return (bool(inner) and inner[-1] in _QUOTE_END_PUNCT) or after[:1] == ","

    def sentence_like(self, q: QuoteSpan) -> bool:
        inner = self.text[q.inner_start:q.inner_end].strip()
        # a two-word sentence of its own ('"Something stinks."', '"Nobody listened."') is one too
        if not self.clause_initial(q) or word_count(inner) < (2 if self._short_sentence(q, inner) else 3):
            return False
        after = self.text[q.end:q.end + 3].lstrip(" \t")
        return (inner[-1] in _SENTENCE_END or inner[-1] in _QUOTE_END_PUNCT or after[:1] in (".", "")
                or after[:1] == "\n" or not q.closed)

    def _short_sentence(self, q: QuoteSpan, inner: str) -> bool:
        """``"Nobody listened."`` / ``"Nobody came."``: two words that make a sentence of their own
        (a capital, a finite verb, the full stop inside the marks) are a quoted sentence, not a
        scare-quoted word pair."""
        if not inner or not inner[0].isupper() or inner[-1] not in _SENTENCE_END:
            return False
        toks = [t for t in self.doc[self.tok_at(q.inner_start):self.tok_at(q.inner_end)] if not t.is_punct]
        return any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in toks)

    def _speaker_token(self, verb: Token) -> tuple[Token | None, str]:
        """:func:`~framing.attribution.cues.speaker_token`, past a dateline the parser made the subject
        (``COLUMBUS, Ohio (AP) — Ohio Gov. Richard Calloway ... saying``: Calloway)."""
        subj, how = speaker_token(verb)
        if subj is None and how in ("infinitive", "no_subject") and _purpose_infinitive(verb, self.vlex):
            subj, _ = speaker_token(verb.head)     # "used a forum in Oslo to call for sanctions"
            how = "purpose"
        if subj is None or how == "conjoined":
            glued = glued_name_subject(verb)          # "Mr. Haddon Monday told reporters"
            if glued is None and subj is None and how == "participle" and verb.head is not verb:
                glued = glued_name_subject(verb.head)  # "Ruiz Monday dodged questions, telling reporters"
            if glued is not None:
                subj, how = glued, "subject"
        if how == "conjoined" and subj is not None and verb.head.dep_ == "ccomp" and not self._animate(subj):
            # "said the real figure was higher and accused the authorities of ...": no figure accuses;
            # the speaker of the clause's reporting verb does
            outer = verb.head.head
            if outer.i != verb.head.i and outer.pos_ in ("VERB", "AUX"):
                found, _ = speaker_token(outer)
                if found is not None:
                    subj = found
        subj = speaking_subject(verb, subj)           # "Shares of X fell after the chipmaker ... and said"
        if subj is not None and self.qi.inside(subj.idx) is not None:
            # a verbless fragment ending a quotation parsed as a second subject of the cue after
            # it ('"... Not a call, nothing," said Ann Field': "call" and "Field"): the speaker is
            # the subject outside the quotation
            outside = [c for c in verb.children
                       if c.dep_ in ("nsubj", "nsubjpass") and self.qi.inside(c.idx) is None]
            if outside:
                subj = outside[0]
            elif verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and verb.head.i < subj.i \
                    and self.qi.inside(verb.idx) is None:
                # 'claimed the detainees were "journalists doing their job" and demanded their
                # release': a quoted word the parser made the subject of the second verb belongs
                # to the first verb's quotation; the second verb shares the first one's speaker
                first, _ = speaker_token(verb.head)
                if first is not None and self.qi.inside(first.idx) is None:
                    subj, how = first, "conjoined"
        if subj is None or subj.i not in self.dateline_tokens:
            return subj, how
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.dateline_tokens:
                return c, how            # "ALMATY, Jan 16 - Kazakhstan's president said"
        best: Token | None = None
        for t in subj.subtree:
            if t.i in self.dateline_tokens or t.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            if t.head.i in self.dateline_tokens and (best is None or t.i > best.i):
                best = t
        return best, how

    def run(self) -> list[_Raw]:
        """Every attribution of the article with its speaker, in text order: the passes of
        :data:`PASSES`, in order, over the reporting verbs found outside quotations."""
        for tok in self._cue_candidates():
            if tok.is_space or tok.is_punct:
                continue
            c = verb_cue(tok, self.vlex)
            if c is None or self.qi.inside(tok.idx) is not None:
                continue
            if any(ch.dep_ == "neg" for ch in tok.children):
                continue
            self.cues[tok.i] = c
        self.colon_cues = self._colon_cues(self.cues)
        run_passes(PASSES, self)
        self.raws.sort(key=lambda r: r.content[0])
        return self.raws

    # -- passes (in the order of PASSES) ---------------------------------------------------
    def _direct(self) -> None:
        """A quotation next to a cue: the first step of :data:`DIRECT_STEPS` that finds the cue;
        a colon cue (``X fumed: "..."``) makes it ``colon_quote``."""
        for q in self.qi.items:
            step, tok_i = decided_by(DIRECT_STEPS, _AtQuote(self, q))
            if step is None or tok_i is None:
                continue
            self.quote_cue.add(tok_i)
            self.used_quotes.add(q.start)
            cue = self.cues[tok_i]
            rule = "colon_quote" if tok_i in self.colon_cues else step.name
            subj, how = self._speaker_token(cue.token)
            if subj is None and how == "no_subject":
                subj = self._fallback_subject(cue.token)
            if subj is None:
                continue
            self.raws.append(_Raw(DIRECT, cue.verb, cue.stance, cue.start, cue.end, subj,
                                  (q.inner_start, q.inner_end), rule, cue.token, q))

    def _headline_colons(self) -> None:
        for q in self.qi.items:
            if q.start not in self.used_quotes:
                raw = self._headline_colon(q)
                if raw is not None:
                    self.raws.append(raw)
                    self.used_quotes.add(q.start)

    def _indirect(self) -> None:
        """The content clause or frame of every cue that introduces no quotation."""
        cues = self.cues
        for i in self.colon_cues:
            if i not in self.quote_cue:
                del cues[i]                 # a colon cue only introduces the quotation after it
        for i, cue in cues.items():
            if i in self.quote_cue:
                continue
            subj, how = self._speaker_token(cue.token)
            if subj is None and how == "no_subject":
                subj = self._fallback_subject(cue.token)
                how = "appositive_subject" if subj is not None else how
            parent = None
            if how == "participle":
                parent = self._reporting_ancestor(cue.token, cues)
                if parent is not None:
                    subj, _ = self._speaker_token(parent)
            if subj is None or subj.lower_ in ("it", "there") and how == "subject" and self._expletive(cue.token):
                continue
            if self._outlet_itself(subj, cue.token):
                continue
            if cue.verb in self.vlex.animate_only and not self._animate(subj) and not (
                    cue.verb in self.vlex.document_subject
                    and any(v in self.rlex.documents_kept for v in variants(subj.lower_))) \
                    and self.measure_of(subj) is None:
                continue
            found = indirect_content(cue, self.vlex, subj)
            if found is None:
                continue
            lo, hi, rule = found
            if how == "participle" and cue.token.dep_ in ("advcl", "xcomp", "acl"):
                rule = "participle"
            elif how == "relative" and rule == "verb_clause":
                rule = "relative_clause"
            start, end = self.chars(lo, hi)
            kind, content, q = self._classify_content(start, end)
            if q is not None and ((rule == "naming_frame" and relative_naming(cue.token))
                                  or (rule == "object_frame" and self.doc[lo].dep_ == "det")):
                # "which one shopkeeper branded a "total joke"": what the antecedent is called,
                # a partial quotation like every naming's complement; "thanked the "heroes of
                # labour"": a noun phrase that quotes its noun, a partial quotation too
                kind, content, q = INDIRECT, (start, end), None
            if q is not None:
                self.used_quotes.add(q.start)
                rule = "quoted_clause"
            stance = self.vlex.naming_frame.get(cue.verb, cue.stance) if found[2] == "naming_frame" else cue.stance
            raw = _Raw(kind, cue.verb, stance, cue.start, cue.end, subj, content, rule, cue.token, q)
            raw.parent = parent
            self.raws.append(raw)
        self._cut_participles(self.raws)

    def _cue_candidates(self) -> list[Token]:
        """The tokens whose lemma is a reporting verb's (:func:`.cues.verb_cue` says no to every
        other token): found from the lemma array, so that no other token object is made."""
        doc = self.doc
        is_cue = self.vlex.is_cue_lemma
        frame_only = self.vlex.frame_only
        # the lower-cased lemmas of the parse's shared token table
        return [doc[i] for i, lemma in enumerate(token_table(doc).lemma) if is_cue(lemma) or lemma in frame_only]

    def _according_to(self) -> None:
        for m in _ACCORDING.finditer(self.text):
            j = self.tok_at(m.start())
            if j >= len(self.doc) or self.tok_starts[j] != m.start():
                continue
            tok = self.doc[j]
            if tok.lower_ != "according":
                continue
            at = according_to(tok)
            if at is None or self.qi.inside(tok.idx) is not None:
                continue
            to, pobj = at
            owner = next((c for c in pobj.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")), None)
            if owner is not None and not self._animate(pobj) and self._animate(owner):
                pobj = owner                   # "according to the city clerk's sign-up sheet": the clerk
            if not (self._animate(pobj) or any(v in self.rlex.documents for v in variants(pobj.lower_))
                    or self.measure_of(pobj) is not None):
                continue                       # "according to law", "according to plan": no source
            content = self._according_content(tok, pobj)
            if content is None:
                continue
            self.raws.append(_Raw(ACCORDING, "according to", self.vlex.according_to, tok.idx, to.idx + len(to), pobj,
                                  content, "according_to", tok))

    def _quotes_in_content(self) -> None:
        """Quotations inside reported content are part of it (no floating quotes); a quotation
        that opens inside the content runs to its end (``told her followers that ballots "get
        hidden, or they get made."``: the parser hung the second half on the main verb), within
        its sentence."""
        for r in self.raws:
            if r.kind != DIRECT:
                for q in self.qi.items:
                    if r.content[0] < q.start < r.content[1] < q.inner_end and q.closed and q.depth == 0 \
                            and "\n" not in self.text[r.content[1]:q.inner_end] \
                            and any(ch.isalnum() for ch in self.text[r.content[1]:q.inner_end]) \
                            and self.parsed.sentence_at(q.start) is self.parsed.sentence_at(q.inner_end - 1):
                        r.content = (r.content[0], q.inner_end)
                    if r.content[0] <= q.inner_start and q.inner_end <= r.content[1] + 1:
                        self.used_quotes.add(q.start)

    def _after_dateline(self) -> None:
        """``LONDON — Britain will ..., X said``: the content starts after the dateline."""
        doc = self.doc
        if not self.dateline_tokens:
            return
        for r in self.raws:
            j = self.tok_at(r.content[0])
            if j not in self.dateline_tokens:
                continue
            while j < len(doc) and (j in self.dateline_tokens or doc[j].is_space or doc[j].is_punct):
                j += 1
            if j < len(doc) and doc[j].idx < r.content[1]:
                r.content = (doc[j].idx, r.content[1])

    def _split_quotes(self) -> None:
        self._merge_split_quotes(self.raws)

    def _conjoined(self) -> None:
        self._merge_conjoined(self.raws)

    def _nested(self) -> None:
        self.raws = self._drop_nested(self.raws)

    def _findings(self) -> None:
        """Polls, surveys, ballots and their respondents are nobody's voice: their sentences
        leave the attributions for :attr:`findings` (:mod:`.findings`)."""
        used = {r.cue_token.i for r in self.raws if r.cue_token is not None}
        for i, cue in self.cues.items():
            # "A poll showed the mayor ahead by four points": no clause, the verb's object is the content
            if i in used or i in self.quote_cue or any(r.content[0] <= cue.start < r.content[1] for r in self.raws):
                continue               # a poll someone cites is part of their attribution
            subj, _ = self._speaker_token(cue.token)
            if subj is None or self.measure_of(subj) is None:
                continue
            right = [t for t in cue.token.subtree if t.i > cue.token.i and not t.is_space]
            while right and right[-1].is_punct:
                right.pop()
            if len(right) < 2:
                continue
            self.raws.append(_Raw(INDIRECT, cue.verb, cue.stance, cue.start, cue.end, subj,
                                  self.chars(right[0].i, right[-1].i), "poll_object", cue.token))
        keep: list[_Raw] = []
        for r in self.raws:
            measure = self.measure_of(r.subj) if r.subj is not None else None
            if measure is None:
                keep.append(r)
            else:
                self.measures.append((r, measure))
        self.raws = keep

    def _speakers(self) -> None:
        """Speakers resolved in text order (of their subjects); attributions without one go."""
        self.raws.sort(key=lambda r: (r.subj.i if r.subj is not None else 0, r.content[0]))
        self._resolve(self.raws)
        self.raws = [r for r in self.raws if r.speaker is not None]

    def _floating_quotes(self) -> None:
        self.raws.extend(self._floating(self.raws, self.used_quotes))

    def _inner_quotes(self) -> None:
        """``"When I was young, my mother told me, 'Work hard.' I did," she said``: a quotation
        inside a quotation, introduced by a speech verb whose subject is a third party the quote
        names (not the speaker's own "I"/"we", nor a pronoun), is that party's own direct
        attribution; the outer attribution keeps the whole quotation."""
        outer = {r.quote.start: r for r in self.raws if r.kind == DIRECT and r.quote is not None}
        if not outer:
            return
        for q in self.parsed.quotes:
            if q.depth != 1:
                continue
            host = self.qi.inside(q.start)
            if host is None or host.start not in outer:
                continue
            verb = self._verb_before(q, host)
            if verb is None:
                continue
            subj = self._inner_subject(verb)
            if subj is None or subj.lower_ in FIRST_PERSON | THIRD_PERSON or subj.pos_ == "PRON":
                continue
            if subj.pos_ == "NOUN" and not people_noun(subj, self.rlex):
                continue                   # "the sign said 'Closed'": no voice
            speaker = self.resolver.resolve(subj)
            if speaker is None:
                continue
            r = _Raw(DIRECT, verb.lemma_.lower(), self.vlex.stance.get(verb.lemma_.lower(), "neutral"),
                     verb.idx, verb.idx + len(verb), subj, (q.inner_start, q.inner_end), "inner_quote",
                     verb, q, speaker=speaker)
            self.raws.append(r)

    def _verb_before(self, q: QuoteSpan, host: QuoteSpan) -> Token | None:
        """The speech verb right before an inner quotation (``told me, '``, ``asking, '``, ``said, '``):
        at most three words back, inside the host quotation."""
        i = self.tok_at(q.start) - 1
        seen = 0
        while i >= 0 and self.doc[i].idx >= host.inner_start and seen < 4:
            t = self.doc[i]
            if t.lemma_.lower() in INNER_SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
                return t
            if not t.is_punct and not t.is_space:
                seen += 1
            i -= 1
        return None

    def _inner_subject(self, verb: Token) -> Token | None:
        """Who speaks by ``verb``: its subject; a participle's noun (``people calling us ... asking``)
        or the subject of the verb it hangs on (``came to our cellar and said``)."""
        v: Token | None = verb
        for _ in range(3):
            assert v is not None
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
                return None                # "every demonstrator is called a 'terrorist'": the one named
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            if v.dep_ in ("conj", "advcl", "xcomp") and v.head is not v:
                v = v.head
                continue
            break
        return None

    # -- helpers of the passes -------------------------------------------------------------
    def _colon_before(self, q: QuoteSpan) -> int | None:
        """Offset of the colon that introduces ``q`` (``X fumed: "..."``), also at the end of the
        previous paragraph (``A spokesperson said:`` / new paragraph with the quotation)."""
        i = q.start - 1
        newlines = 0
        while i >= 0 and self.text[i].isspace():
            newlines += self.text[i] == "\n"
            i -= 1
        if i < 0 or self.text[i] != ":" or newlines > 2:
            return None
        return i

    def _headline_colon(self, q: QuoteSpan) -> _Raw | None:
        """Headline ``Mayor Ana Ruiz: "We will rebuild"``: a bare noun phrase, a colon, a quotation."""
        para = self.paragraphs[self.para_of(q.start)] if self.paragraphs else None
        if para is None or para.kind != "headline":
            return None
        c = self._colon_before(q)
        if c is None or c < para.start:
            return None
        k = self.tok_at(c)
        lo = self.tok_at(para.start)
        if k <= lo or k >= len(self.doc):
            return None
        before = [t for t in self.doc[lo:k] if not t.is_space]
        head = self.doc[k - 1]
        if not before or head.pos_ not in ("PROPN", "NOUN") or len(before) > 6 \
                or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'", "’") for t in before):
            return None
        if self.qi.inside(head.idx) is not None or not self._animate(head):
            return None
        return _Raw(DIRECT, "say", self.vlex.stance.get("say", "neutral"), c, c + 1, head,
                    (q.inner_start, q.inner_end), "headline_colon", None, q)

    def _colon_cues(self, cues: dict[int, VerbCue]) -> set[int]:
        """``He fumed: "..."`` / ``She put it bluntly: "..."``: a verb whose clause ends in a colon
        before a quotation introduces it even when it is no reporting verb of the word list; its
        subject must be a person, group or institution. Only used for that quotation."""
        added: set[int] = set()
        for q in self.qi.items:
            c = self._colon_before(q)
            if c is None:
                continue
            k = self.tok_at(c)
            if k >= len(self.doc) or self.doc[k].text != ":":
                continue
            v = self.doc[k].head
            if v.i > k:                        # the parser hung the colon on the quotation's verb
                lo = self.doc[k].sent.start
                v = next((self.doc[j] for j in range(k - 1, max(lo, k - 8) - 1, -1) if self.doc[j].pos_ == "VERB"),
                         self.doc[k])
            v = _verb_of_channel(v)
            if v.i in cues or v.i >= k or v.pos_ != "VERB" or not v.tag_.startswith("VB"):
                continue
            if any(ch.dep_ == "neg" for ch in v.children) or self.qi.inside(v.idx) is not None:
                continue
            subj, _ = self._speaker_token(v)
            if subj is None or not self._animate(subj) or self._outlet_itself(subj, v):
                continue
            lemma = v.lemma_.lower()
            stance = self.vlex.stance.get(lemma, "neutral")
            cues[v.i] = VerbCue(v, lemma, stance, v.idx, v.idx + len(v))
            added.add(v.i)
        return added

    def _outlet_itself(self, subj: Token, verb: Token) -> bool:
        """``the Beacon can reveal`` / ``The Daily Beacon has learned``: the outlet narrating is no source."""
        if any(c.lower_ == "can" and c.dep_ == "aux" for c in verb.children) and verb.lemma_.lower() in (
                "reveal", "confirm", "disclose", "report"):
            return True
        outlet = {w.strip(".,").lower() for w in (self.parsed.article.outlet or "").split()} - {"the", "a", "of"}
        names = [t.lower_ for t in subj.subtree if t.pos_ == "PROPN"]
        return bool(outlet) and bool(names) and all(n in outlet for n in names) and subj.pos_ == "PROPN"

    def _fallback_subject(self, verb: Token) -> Token | None:
        """``In an interview, Dr X, a scientist at Y, said ...`` when the parser lost the subject:
        the nearest noun to the left whose own phrase (with its apposition) reaches the verb."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        start = verb.sent.start
        for j in range(verb.i - 1, max(start - 1, verb.i - 25), -1):
            t = self.doc[j]
            if t.pos_ not in ("PROPN", "NOUN") or t.dep_ not in ("conj", "appos", "dep", "ROOT", "npadvmod", "nsubj"):
                continue
            if t.ent_type_ in ("DATE", "TIME"):
                continue                   # "... in March last year - told": a time is no speaker
            if not all(x.is_punct or t.left_edge.i <= x.i <= t.right_edge.i for x in self.doc[j + 1:verb.i]):
                continue
            while t.dep_ == "appos" and t.head.i < t.i and t.head.pos_ in ("PROPN", "NOUN"):
                t = t.head
            return t
        # "Tom Reed, 72, who has lived here for years, said": the parser made the name the subject
        # of the relative clause's verb (and that verb a clause of ours)
        for t in self.doc[start:verb.i]:
            if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.i < t.head.i < verb.i \
                    and t.head.head.i == verb.i \
                    and any(c.lower_ in ("who", "which") and c.dep_ == "nsubj" for c in self.doc[t.i + 1:t.head.i]):
                return t
        # "Sanna Koivel - who warned officials in March last year - told the Beacon ...": a name
        # whose relative clause, set off by dashes or commas, ends just before the verb is its
        # subject, wherever the parser hung the name
        for t in self.doc[start:verb.i]:
            if t.dep_ != "relcl" or t.head.pos_ not in ("PROPN", "NOUN") or t.head.i >= t.i:
                continue
            if not any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue
            gap = self.doc[t.right_edge.i + 1:verb.i]
            if len(gap) and all(x.text in (",", "-", "\u2013", "\u2014") for x in gap):
                return t.head
        return None

    def _reporting_ancestor(self, tok: Token, cues: dict[int, VerbCue]) -> Token | None:
        """``X said ..., adding/insisting that ...``: the reporting verb the participle belongs to."""
        t = tok.head
        for _ in range(6):
            if t.i in cues:
                return t
            if t.head.i == t.i:
                break
            t = t.head
        return None

    def _cut_participles(self, raws: list[_Raw]) -> None:
        """The content of ``said X, adding that Y`` ends before ``adding``."""
        by_tok = {r.cue_token.i: r for r in raws if r.cue_token is not None}
        for p in raws:
            if p.parent is None:
                continue
            r = by_tok.get(p.parent.i)
            if r is None or not (r.content[0] < p.cue_start < r.content[1]):
                continue
            end = p.cue_start
            while end > r.content[0] and self.text[end - 1] in " ,;\u2014\u2013":
                end -= 1
            if end > r.content[0]:
                r.content = (r.content[0], end)

    def _expletive(self, verb: Token) -> bool:
        return any(c.dep_ == "expl" for c in verb.children) or verb.tag_ == "VBN"

    def _organisation_spoke_before(self, subj: Token) -> bool:
        """The sentence before ``subj``'s has an organisation as the subject of a verb of speech
        (``The Ministry of Foreign Affairs said ... It called on ...``): "it" is that body."""
        sent = subj.sent
        if sent.start == 0:
            return False
        prev = self.doc[sent.start - 1].sent
        lex = self.rlex
        for t in prev:
            if t.dep_ != "nsubj" or t.head.i not in self.cues:
                continue
            if t.ent_type_ == "ORG" or any(v in lex.orgs for w in (t.lower_, *(c.lower_ for c in t.lefts))
                                           for v in variants(w)):
                return True
        return False

    def _animate(self, subj: Token) -> bool:
        low = subj.lower_
        if low in ("he", "she", "they", "we", "i") or subj.pos_ == "PROPN":
            return True
        if low == "it" and self._organisation_spoke_before(subj):
            return True                # "The ministry said ... It called on the world to condemn ..."
        if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
            return True                # "Reed's girlfriend, fitness influencer Ana Vale, gushed"
        lex = self.rlex
        if subj.pos_ == "NOUN" and agent_noun(low):
            return True                # "a pharmacist suggested": a word for a person
        return any(v in lex.roles or v in lex.orgs or v in lex.anonymous_people for v in variants(low))

    def _classify_content(self, start: int, end: int) -> tuple[str, tuple[int, int], QuoteSpan | None]:
        """A content that is nearly all one quotation is direct speech."""
        for q in self.qi.outer.candidates(start, end):
            if q.end < start or q.start > end:
                continue
            if q.inner_start >= start - 1 and q.inner_end <= end + 1:
                outside = word_count(self.text[start:q.start]) + word_count(self.text[q.end:end])
                if outside <= 1 and word_count(self.text[q.inner_start:q.inner_end]) >= 2:
                    return DIRECT, (q.inner_start, q.inner_end), q
        return INDIRECT, (start, end), None

    def _gap_ok_before_cue(self, lo: int, cue: Token, subj: Token | None) -> bool:
        for t in self.doc[lo:cue.i]:
            if t.is_punct or t.is_space:
                continue
            if subj is not None and subj.left_edge.i <= t.i <= subj.right_edge.i:
                continue
            if t.head.i == cue.i and t.dep_ in _GAP_DEPS:
                continue
            return False
        return True

    def _quote_then_cue(self, q: QuoteSpan, cues: dict[int, VerbCue]) -> int | None:
        """``"...," she said`` / ``"...," said X`` / ``"...," the group said in a statement``."""
        if not q.closed or not self.ends_clause(q) or not self.clause_initial(q):
            return None
        lo = self.tok_at(q.end)
        para = self.para_of(q.start)
        for j in range(lo, min(lo + 14, len(self.doc))):
            t = self.doc[j]
            if self.para_of(t.idx) != para and self.para_of(t.idx) != self.para_of(q.end - 1):
                return None
            if t.text in CLOSE_MARKS or t.text in ("\u201c", "\u2018") or self.qi.inside(t.idx) is not None:
                if j > lo:
                    return None
                continue
            if t.text in (".", "!", "?") and j > lo:
                return None
            if j in cues:
                subj, _ = self._speaker_token(t)
                if self._gap_ok_before_cue(lo, t, subj):
                    return j
                return None
        return None

    def _cue_then_quote(self, q: QuoteSpan, cues: dict[int, VerbCue]) -> int | None:
        """``X said: "..."`` / ``X said, "..."`` / the second half of a split quote."""
        hi = self.tok_at(q.start) - 1
        if hi < 0:
            return None
        prev = self._prev_char(q.start)
        if prev == "\n" and self._colon_before(q) is not None:
            prev = ":"
        para = self.para_of(q.start)
        for j in range(hi, max(hi - 14, -1), -1):
            t = self.doc[j]
            if t.is_space:
                continue
            if t.text in (".", "!", "?", ";") or self.qi.inside(t.idx) is not None:
                return None
            if self.para_of(t.idx) != para and not (prev == ":" and self.para_of(t.idx) == para - 1):
                return None
            if j in cues:
                if prev not in (":", ",", "\u2014", "\u2013") and not (self.doc[hi].lower_ == "that" and self.doc[hi].dep_ == "mark"):
                    return None
                for g in self.doc[j + 1:hi + 1]:
                    if g.is_space or g.is_punct:
                        continue
                    anc = g
                    ok = False
                    while anc.i != j and anc.head.i != anc.i:
                        if anc.head.i == j:
                            ok = anc.dep_ in _AFTER_CUE_DEPS
                            break
                        anc = anc.head
                    if not ok and not (g.lower_ == "that" and g.dep_ == "mark"):
                        return None
                return j
        return None

    def _according_content(self, tok: Token, pobj: Token) -> tuple[int, int] | None:
        sent = tok.sent
        lo_phrase = tok.i
        hi_phrase = max(pobj.right_edge.i, tok.right_edge.i)
        s_lo, s_hi = sent.start, sent.end - 1
        before = [t for t in self.doc[s_lo:lo_phrase] if not (t.is_punct or t.is_space)]
        after = [t for t in self.doc[hi_phrase + 1:s_hi + 1] if not (t.is_punct or t.is_space)]
        host = tok.head
        while host.pos_ not in VERB_POS and host.head.i != host.i:
            host = host.head
        if before and after and lo_phrase > s_lo and self.doc[lo_phrase - 1].text in _PARENTHESIS \
                and hi_phrase + 1 <= s_hi and self.doc[hi_phrase + 1].text in _PARENTHESIS and host.pos_ in VERB_POS:
            # "Turnout, according to the commission, reached ...": a parenthesis inside its host
            # clause claims that clause (:func:`.cues.host_clause_end`)
            lo, hi = s_lo, host_clause_end(host, hi_phrase + 1)
            while hi > hi_phrase and (self.doc[hi].is_punct or self.doc[hi].is_space or self.doc[hi].dep_ == "cc"):
                hi -= 1
            if hi <= hi_phrase:
                hi = lo_phrase - 1         # "X was cut, according to Y, and Z ...": the clause ends before it
        elif len(before) >= 3 and len(after) < 3:
            lo, hi = s_lo, lo_phrase - 1
        elif len(after) >= 3 and len(before) < 3:
            lo, hi = hi_phrase + 1, s_hi
        elif before and after:
            lo, hi = s_lo, s_hi
        else:
            return None
        while lo <= hi and (self.doc[lo].is_punct or self.doc[lo].is_space):
            lo += 1
        while hi >= lo and (self.doc[hi].is_punct or self.doc[hi].is_space):
            hi -= 1
        if hi < lo:
            return None
        return self.chars(lo, hi)

    def _merge_split_quotes(self, raws: list[_Raw]) -> None:
        """``"This is not about one contract," she said, "it is about jobs."``: one sentence of
        quotation interrupted by its attribution is one attribution with two parts."""
        after: dict[int, _Raw] = {}
        for r in raws:
            if r.kind == DIRECT and r.rule in ("cue_then_quote", "colon_quote") and r.cue_token is not None:
                after.setdefault(r.cue_token.i, r)
        for r in raws:
            if r.kind != DIRECT or r.rule != "quote_then_cue" or r.cue_token is None or r.quote is None:
                continue
            b = after.get(r.cue_token.i)
            if b is None or b.dropped or b.quote is None or b.quote.start < r.quote.end:
                continue
            first = self.text[r.quote.inner_start:r.quote.inner_end].rstrip()
            between = self.text[r.quote.end:b.quote.start]
            if not first or first[-1] in _SENTENCE_END or any(c in between for c in ".!?\n") or ":" in between:
                continue
            r.parts = [(r.quote.inner_start, r.quote.inner_end), (b.quote.inner_start, b.quote.inner_end)]
            r.content = (r.quote.inner_start, b.quote.inner_end)
            r.rule = "split_quote"
            b.dropped = True

    def _merge_conjoined(self, raws: list[_Raw]) -> None:
        """``said X but insisted Y`` with one subject: one attribution, the first content extended
        over the second and its rule marked ``+conjoined``. A second verb joined by ``and`` alone
        whose act starts after the first content (``said the plan was flawed and warned that ...``,
        :func:`_joined_by_and`) is a second act of speech and keeps its own attribution."""
        by_tok = {r.cue_token.i: r for r in raws if r.cue_token is not None and r.kind != ACCORDING}
        for r in raws:
            t = r.cue_token
            if t is None or r.kind != INDIRECT or t.dep_ != "conj":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue
            first = by_tok.get(t.head.i)
            if first is None or first.kind != INDIRECT or first.dropped or "naming_frame" in (first.rule, r.rule):
                continue               # "called the verdict a blow and said it would appeal": two speech acts
            if _joined_by_and(t) and first.content[1] <= t.idx:
                continue               # "said the plan was flawed and warned that ...": two speech acts
            first.content = (first.content[0], max(first.content[1], r.content[1]))
            first.rule = first.rule + "+conjoined"
            r.dropped = True

    @staticmethod
    def _own_aside(r: _Raw) -> bool:
        """``Belic told the Chronicle his party would force an inquiry, which he said could begin
        next week``: a reporting verb in a relative clause whose subject is a pronoun is the
        speaker's own further statement about a thing just named, kept even inside another
        attribution's content (not a report within a report, ``X said Y had told him``; not a
        frame, ``officials it accused of abuses``: only a reported clause)."""
        cue, subj = r.cue_token, r.subj
        return r.rule == "verb_clause" and cue is not None and subj is not None and cue.dep_ == "relcl" \
            and subj.head.i == cue.i \
            and subj.lower_ in ("he", "she", "it", "they") and cue.head.pos_ in ("NOUN", "PROPN")

    def _drop_nested(self, raws: list[_Raw]) -> list[_Raw]:
        keep = [r for r in raws if not r.dropped]
        # each attribution's subject span, computed once; both spans filed by position so
        # that only the attributions around a cue are tested (not every pair)
        subj_span = [(o.subj.left_edge.idx, o.subj.right_edge.idx + len(o.subj.right_edge))
                     if o.subj is not None else None for o in keep]
        near: SpanIndex[int] = SpanIndex()
        for n, o in enumerate(keep):
            near.add(o.content[0], o.content[1], n)
            span = subj_span[n]
            if span is not None:
                near.add(span[0], span[1], n)
        out: list[_Raw] = []
        for r in keep:
            nested = False
            if self._own_aside(r):
                out.append(r)
                continue
            aside = _set_off_relative(r)
            if aside is not None:
                # "urged residents to use the centres - which one shopkeeper branded a "total joke"":
                # a relative clause set off by a comma or dash with a speaker of its own is the
                # writer's addition, not the outer speaker's words: the outer content ends before it
                last = r.cue_token.right_edge if r.cue_token is not None else aside
                tail = last.idx + len(last)
                for n in dict.fromkeys(near.candidates(r.cue_start)):
                    o = keep[n]
                    # a clause in the middle ("the park, which residents called ..., would open")
                    # leaves the outer content whole
                    if o is not r and o.kind == INDIRECT and o.content[0] < aside.idx < o.content[1] <= tail + 1:
                        end = aside.idx
                        while end > o.content[0] and self.text[end - 1].isspace():
                            end -= 1
                        o.content = (o.content[0], end)
                out.append(r)
                continue
            for n in dict.fromkeys(near.candidates(r.cue_start)):
                o = keep[n]
                if o is r or (ACCORDING in (o.kind, r.kind) and o.kind != r.kind):
                    continue
                if o.content[0] <= r.cue_start < o.content[1]:
                    if r.content[0] <= o.cue_start < r.content[1] and (r.content[1] - r.content[0]) > (o.content[1] - o.content[0]):
                        continue
                    nested = True
                    break
                span = subj_span[n]
                if span is not None and span[0] <= r.cue_start < span[1] and not (
                        r.rule == "relative_clause" and r.cue_token is not None and r.cue_token.head.dep_ == "appos"):
                    # (a who-clause of the speaker's apposition, "said Didier Lukusa, a mechanic who said
                    # he had joined the march", is the described person's own attribution)
                    nested = True
                    break
            if not nested:
                out.append(r)
        # the same content twice (a quote reached from two cues): keep the first
        seen: set[tuple[int, int]] = set()
        uniq: list[_Raw] = []
        for r in out:
            if r.content in seen:
                continue
            seen.add(r.content)
            uniq.append(r)
        return uniq

    def _resolve(self, raws: list[_Raw]) -> None:
        resolver = SpeakerResolver(self.doc, self.rlex, self.dateline_tokens)
        self.resolver = resolver
        for r in raws:
            if r.subj is not None:
                r.speaker = resolver.resolve(r.subj, r.content if r.kind == DIRECT else None, r.content)

    def _floating(self, raws: list[_Raw], used: set[int]) -> list[_Raw]:
        out: list[_Raw] = []
        anchored = sorted((r for r in raws if r.speaker is not None), key=lambda r: r.content[0])
        contents: SpanIndex[_Raw] = SpanIndex((r.content[0], r.content[1], r) for r in raws)
        # the anchored attributions of each paragraph (by content start or cue), and those whose
        # content starts in it, each sorted by content start like ``anchored`` (equal starts
        # in the order they were added): a quote reads only its own paragraph's attributions
        same_para: dict[int, tuple[list[int], list[_Raw]]] = {}
        start_para: dict[int, tuple[list[int], list[_Raw]]] = {}
        reversed_spans: list[bool] = [False]  # a content ending before it starts: scan, as before

        def file(r: _Raw) -> None:
            reversed_spans[0] = reversed_spans[0] or r.content[1] < r.content[0]
            c = self.para_of(r.content[0])
            for table, paras in ((same_para, {c, self.para_of(r.cue_start)}), (start_para, {c})):
                for p in paras:
                    keys, items = table.setdefault(p, ([], []))
                    k = bisect.bisect_right(keys, r.content[0])
                    keys.insert(k, r.content[0])
                    items.insert(k, r)

        for r in anchored:
            file(r)
        for q in self.qi.items:
            if q.start in used or not self.sentence_like(q):
                continue
            if any(r.content[0] <= q.start < r.content[1] for r in contents.candidates(q.start)):
                continue
            para = self.para_of(q.start)
            if self.paragraphs and self.paragraphs[para].kind == "headline":
                continue
            keys, same = same_para.get(para, ([], []))
            # the last (in content-start order) that ends before the quote, else the first after it
            anchor = None
            if reversed_spans[0]:
                before = [r for r in same if r.content[1] <= q.start]
                anchor = before[-1] if before else None
            else:
                for k in range(bisect.bisect_right(keys, q.start) - 1, -1, -1):
                    if same[k].content[1] <= q.start:
                        anchor = same[k]
                        break
            if anchor is None:
                k = bisect.bisect_left(keys, q.end)
                anchor = same[k] if k < len(same) else None
            if anchor is None and para > 0 and q.start <= self.paragraphs[para].start + 1:
                prev = start_para.get(para - 1, ([], []))[1]
                if prev and (self._near_paragraph_end(prev[-1], para - 1)
                             or self._nobody_else_after(prev[-1], para - 1)):
                    anchor = prev[-1]
            if anchor is None:
                continue
            r = _Raw(DIRECT, anchor.verb, anchor.stance, anchor.cue_start, anchor.cue_end, anchor.subj,
                     (q.inner_start, q.inner_end), "floating_quote", anchor.cue_token, q, anchor, anchor.speaker)
            out.append(r)
            file(r)
        return out

    def _nobody_else_after(self, r: _Raw, para: int) -> bool:
        """``Kristol wrote that Steele must go. The letter was posted on Friday.`` / new paragraph
        ``"It is an affront."``: the last speaker of the previous paragraph still speaks when no
        other person or organisation is named after their attribution in that paragraph (and the
        paragraph ends no more than two sentences later)."""
        sp = r.speaker
        if sp is None or sp.kind != "person":
            return False
        p = self.paragraphs[para]
        end_of = max(r.content[1], r.cue_end)
        last = self.parsed.sentence_at(max(p.start, p.end - 1))
        s = self.parsed.sentence_at(end_of - 1)
        if last is None or s is None or last.index - s.index > 2:
            return False
        lo, hi = self.tok_at(end_of), self.tok_at(p.end)
        for j, ent in self.resolver.mentions.timeline:
            if lo <= j < hi and ent is not sp.entity:
                return False
        return True

    def _near_paragraph_end(self, r: _Raw, para: int) -> bool:
        p = self.paragraphs[para]
        last = self.parsed.sentence_at(max(p.start, p.end - 1))
        s = self.parsed.sentence_at(max(r.content[1] - 1, r.cue_start))
        return last is not None and s is not None and s.index == last.index


@dataclass
class _AtQuote:
    """What the steps of :data:`DIRECT_STEPS` read: the extractor and one quotation."""

    ex: _Extractor
    quote: QuoteSpan


#: the cue of a quotation, in order of precedence (the first that finds one wins): the token
#: index of the reporting verb
DIRECT_STEPS: tuple[Step[_AtQuote, int], ...] = (
    Step("quote_then_cue", lambda at: at.ex._quote_then_cue(at.quote, at.ex.cues)),
    Step("cue_then_quote", lambda at: at.ex._cue_then_quote(at.quote, at.ex.cues)),
)

#: the passes of :meth:`_Extractor.run`, in order; each is named by the rule it writes (the
#: clean-up passes write none)
PASSES: tuple[Pass[_Extractor], ...] = (
    Pass("direct", _Extractor._direct, writes=("quote_then_cue", "cue_then_quote", "colon_quote")),
    Pass("headline_colon", _Extractor._headline_colons, writes=("headline_colon",)),
    Pass("indirect", _Extractor._indirect, writes=(*CONTENT_RULES, "participle", "relative_clause", "quoted_clause")),
    Pass("according_to", _Extractor._according_to, writes=("according_to",)),
    Pass("quotes_in_content", _Extractor._quotes_in_content),
    Pass("after_dateline", _Extractor._after_dateline),
    Pass("split_quote", _Extractor._split_quotes, writes=("split_quote",)),
    Pass("+conjoined", _Extractor._conjoined, writes=("+conjoined",)),
    Pass("drop_nested", _Extractor._nested),
    Pass("findings", _Extractor._findings),
    Pass("speakers", _Extractor._speakers),
    Pass("floating_quote", _Extractor._floating_quotes, writes=("floating_quote",)),
    Pass("inner_quote", _Extractor._inner_quotes, writes=("inner_quote",)),
)

#: verbs that introduce a quotation inside a quotation (``my mother told me, '...'``)
INNER_SPEECH_VERBS = frozenset({"say", "tell", "ask", "shout", "yell", "scream", "whisper", "reply", "answer",
                                "write", "text", "add", "warn", "insist", "cry"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
THIRD_PERSON = frozenset({"he", "she", "they", "it", "him", "her", "them"})


#: where :func:`extract_attributions` leaves the findings of the same pass (``Doc.user_data``)
_FINDINGS_KEY = "framing.attribution.findings"


def extract_findings(parsed: ParsedArticle) -> list[Finding]:
    """The polls, surveys and ballots ``parsed`` reports (:mod:`.findings`), in text order:
    found by the same pass as the attributions (read from it when it has run on ``parsed``)."""
    found = parsed.doc.user_data.get(_FINDINGS_KEY)
    if found is None:
        extract_attributions(parsed)
        found = parsed.doc.user_data[_FINDINGS_KEY]
    return list(found)


def _make_findings(ex: _Extractor) -> list[Finding]:
    """One :class:`~.findings.Finding` per sentence that reports a poll: who ran it (named with
    it, elsewhere in the sentence, or, for ``the same survey`` / ``respondents``, by the poll
    reported before), whom it asked, what it found."""
    parsed, text, mentions = ex.parsed, ex.text, ex.resolver.mentions
    out: list[Finding] = []
    for r, (family, instrument) in sorted(ex.measures, key=lambda m: m[0].content[0]):
        subj = r.subj
        assert subj is not None
        toks = noun_phrase(subj) or [subj]
        source, s_start, s_end = "", -1, -1
        population = measure_population(subj) if family != "respondents" else ""
        if family == "share" and not population and subj.pos_ == "NOUN":
            population = subj.text                  # "Three in four nurses"
        if family == "instrument":
            source, s_start, s_end = measure_source(subj, mentions)
            rule = "poll_according_to" if r.kind == ACCORDING else "poll_subject"
        else:
            rule = "respondents" if family == "respondents" else "share_of_people"
            other = instrument_in_sentence(subj)
            if other is not None:
                source, s_start, s_end = measure_source(other, mentions)
                instrument = other.lemma_.lower()
        definite = any(t.lower_ in ("the", "this", "that", "same") for t in toks if t.i < subj.i)
        if not source and (definite or family != "instrument"):
            earlier = next((f for f in reversed(out) if f.source), None)
            if earlier is not None:
                source = earlier.source             # "The same survey found", "Respondents said"
        s, e = r.content
        sent = parsed.sentence_at(s)
        finding = Finding(
            measure=joined(toks), measure_start=toks[0].idx, measure_end=toks[-1].idx + len(toks[-1]),
            instrument=instrument, source=source, population=population, verb=r.verb, content=text[s:e],
            content_start=s, content_end=e, cue_start=r.cue_start, cue_end=r.cue_end,
            sentence_index=sent.index if sent is not None else -1, position=parsed.position(s),
            rule=rule, reason=FINDING_REASONS[rule], source_start=s_start, source_end=s_end)
        # "A majority of Britons said X, according to a poll": one finding, the poll's
        prev = out[-1] if out else None
        if prev is not None and prev.sentence_index == finding.sentence_index and (
                prev.content_start <= s < prev.content_end or s <= prev.content_start < e):
            outer, inner = (prev, finding) if prev.content_end - prev.content_start >= e - s else (finding, prev)
            keep = outer if outer.rule.startswith("poll") or not inner.rule.startswith("poll") else inner
            other_f = inner if keep is outer else outer
            keep.source = keep.source or other_f.source
            keep.population = keep.population or other_f.population
            out[-1] = keep
            continue
        out.append(finding)
    return out


def extract_attributions(parsed: ParsedArticle) -> list[Attribution]:
    """Every attribution of speech in ``parsed``, in text order (the polls it reports are
    findings, not attributions: :func:`extract_findings`)."""
    ex = _Extractor(parsed)
    raws = ex.run()
    parsed.doc.user_data[_FINDINGS_KEY] = _make_findings(ex)
    text = parsed.text
    lex = ex.rlex
    out: list[Attribution] = []
    types: dict[str, tuple[str, str]] = {}
    # a person who speaks "on his program" / "in her column" anywhere in the article is media
    # when nothing else says who they are
    outlet_of: dict[str, str] = {}
    for r in raws:
        if r.cue_token is not None and r.speaker is not None and r.speaker.kind == "person":
            phrase = own_outlet(r.cue_token)
            if phrase:
                outlet_of.setdefault(r.speaker.id, phrase)
    speakers = [r.speaker for r in raws if r.speaker is not None]
    for r in raws:
        sp = r.speaker
        assert sp is not None
        if sp.id not in types:
            # the roles the article gives the person anywhere, then the evidence of its other sentences
            types[sp.id] = type_in_article(sp, lex, text, speakers)
            running = candidacy(text, sp.text) if sp.kind == "person" else ""
            if running and types[sp.id][0] in CANDIDATE_OVERRIDES:
                types[sp.id] = ("political", f"candidate:{running}")
            if sp.id in outlet_of and types[sp.id][1] in WEAK_TYPE_RULES:
                types[sp.id] = ("media", f"own_outlet:{outlet_of[sp.id]}")
        typ, type_rule = types[sp.id]
        for s, e in _paragraph_spans(r, text):
            content = text[s:e]
            if len(r.parts) > 1:
                content = " ".join(text[a:b].strip() for a, b in r.parts)
            sent = parsed.sentence_at(s)
            quoted = 0
            if r.kind == DIRECT:
                quoted = word_count(content)
            else:
                for q in ex.qi.inner.candidates(s, e + 1):
                    if s <= q.inner_start and q.inner_end <= e + 1:
                        quoted += word_count(text[q.inner_start:q.inner_end])
            out.append(Attribution(
                speaker=sp.text, speaker_id=sp.id, speaker_type=typ, anonymous=is_anonymous(sp, lex),
                role=sp.role, kind=r.kind, verb=r.verb, verb_stance=r.stance, content=content,
                content_start=s, content_end=e, cue_start=r.cue_start, cue_end=r.cue_end,
                sentence_index=sent.index if sent is not None else -1, position=parsed.position(s),
                rule=r.rule, type_rule=type_rule, speaker_start=sp.start, speaker_end=sp.end,
                resolved_from=sp.resolved_from, quoted_words=quoted, content_words=word_count(content),
                content_parts=[[a, b] for a, b in r.parts] if len(r.parts) > 1 else [],
            ))
    return out


def _verb_of_channel(tok: Token) -> Token:
    """``gushed about the getaway in a since-deleted post: "..."``, ``said in a recorded message:
    "..."``: a colon the parser hung on the channel noun (or a noun of the verb's prepositional
    phrases) introduces the quotation for the verb those phrases hang on."""
    v = tok
    for _ in range(6):
        if v.pos_ in ("NOUN", "PROPN") and v.dep_ == "pobj" and v.head.dep_ == "prep" and v.head.head.i != v.head.i:
            v = v.head.head
        elif v.pos_ == "VERB" and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
            v = v.head                 # "in a video posted on his channel:"
        else:
            break
    return v if v.pos_ == "VERB" else tok


#: verbs whose infinitive is what someone (their subject or object) wants, plans or is made to do, not
#: the purpose of an act: "refused to say", "wants to say", "asked the minister to say"
CONTROL_VERBS = frozenset({
    "refuse", "decline", "want", "wish", "plan", "hope", "expect", "intend", "try", "attempt", "fail",
    "agree", "promise", "vow", "threaten", "seek", "need", "have", "decide", "prepare", "be", "get",
    "ask", "tell", "order", "force", "persuade", "allow", "invite", "encourage", "pressure", "push",
    "compel", "lead", "cause", "prompt", "require", "help", "enable", "challenge", "dare", "urge",
    "press", "call", "beg", "appear", "seem", "continue", "begin", "start", "like", "love", "hate",
    "prefer", "choose", "offer", "pledge", "swear", "struggle", "hesitate", "forget", "remember",
    "manage", "neglect", "mean", "aim", "wait", "long", "tend", "happen", "deserve", "learn",
})


def _purpose_infinitive(verb: Token, lex: VerbLexicon) -> bool:
    """``took to the stage to say that ...``, ``wrote to the council to warn that ...``, ``used a
    forum in Oslo to call for ...``: a reporting verb in an infinitive of purpose after an act the
    subject did (a phrase of that act between them) is the subject's speech. Not after a verb of
    wanting, trying or making someone do (:data:`CONTROL_VERBS`: ``refused to say``, ``asked X to
    say``), a reporting verb, a negated or passive act."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or head.pos_ != "VERB" or head.i > verb.i:
        return False
    if not any(c.tag_ == "TO" and c.i < verb.i for c in verb.children):
        return False
    low = head.lemma_.lower()
    if low in CONTROL_VERBS or low in lex.infinitive_frame or any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in head.children):
        return False
    return any(c.dep_ in ("dobj", "prep") and head.i < c.i < verb.i for c in head.children)


def _set_off_relative(r: _Raw) -> Token | None:
    """The comma or dash before a relative clause that carries its own speaker (``..., which one
    shopkeeper branded a "total joke"``, ``- which critics called ...``): the cue is the clause's
    verb, its subject a noun (not the relative pronoun, not a pronoun standing for the outer
    speaker). None otherwise."""
    cue, subj = r.cue_token, r.subj
    if cue is None or subj is None or cue.dep_ not in ("relcl", "ccomp") or r.kind == ACCORDING:
        return None
    if subj.pos_ not in ("NOUN", "PROPN") or subj.head.i != cue.i:
        return None
    rel = cue.left_edge                  # the parser may make the clause a complement ("use the centres - which")
    if rel.lower_ not in ("which", "who", "whom") or rel.head.i != cue.i or rel.i == 0:
        return None
    mark = cue.doc[rel.i - 1]
    return mark if mark.text in (",", "-", "\u2013", "\u2014") else None


def _joined_by_and(second: Token) -> bool:
    """``insisted the schedule was "working well" and blamed residents for ...``: a second verb of
    speech joined to the first by ``and`` alone is a second act of speech, its own attribution;
    ``said ... but insisted ...`` (a contrast) stays one."""
    first = second.head
    ccs = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i]
    return bool(ccs) and all(c.lower_ == "and" for c in ccs)


def _paragraph_spans(r: _Raw, text: str) -> list[tuple[int, int]]:
    """The content spans of one attribution's output rows: a direct quotation that runs over
    paragraphs (a paragraph opens it without closing it, the next re-opens it) gives one row per
    paragraph, each with that paragraph's words, as a reader counts a voice quoted at length; any
    other content is one row."""
    q = r.quote
    s, e = r.content
    if r.kind != DIRECT or q is None or not q.multi_paragraph or len(r.parts) > 1:
        return [(s, e)]
    spans = [(max(a, s), min(b, e)) for a, b in q.parts if min(b, e) > max(a, s)]
    spans = [(a, b) for a, b in spans if text[a:b].strip()]
    return spans or [(s, e)]
