"""What each quotation is: someone's ``speech``, a ``title``, a ``mention`` of a word, or a
``scare`` quote (words put in quotation marks without being anyone's speech).

Decided once per article, after attribution, by :func:`classify_quotes`; the loaded-terms
voice reads the result through a :class:`~framing.quotes.QuotationIndex`. Each decision
carries its ``reason``: the test that decided it. The tests, in order:

* after ``so-called``: a scare quote;
* inside or overlapping an attribution, or a sentence or a long quotation: speech;
* a title or a name: after a title noun (``the film "X"``) or a naming word (``titled``,
  ``known as``), right after a name noun (``the bill "X"``), after a naming verb nobody is the
  subject of (``a group called "X"``, ``a plan dubbed "X"``), a nickname inside a name
  (``Jon "The Hammer" Reyes``), or title-case words (``"Once Upon a Time in Hollywood"``,
  ``"Fox News Sunday"``, ``"Parasite"`` inside a sentence);
* a mention of a word (``the word "X"``);
* speech: ``as X call it``, after a speech cue, the content of a speech verb with a subject;
* a speaker's own words in fragments: the quoted words are words of an attributed quotation
  elsewhere in the article (a headline quotation the body attributes; a single word within
  :data:`NEAR_SENTENCES` sentences), or the quotation is the content of a speech verb without a
  subject (``attacked Hale for calling it "X"``) or stands beside the name of a speaker
  attributed within :data:`NEAR_SENTENCES` sentences: speech, with that speaker;
* anything else: a scare quote.

Word lists: ``framing/data/quote_kinds.toml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import AbstractSet, Any, Sequence

from spacy.tokens import Doc, Span, Token

from ..quotes import QuotationIndex, QuoteSpan
from ..syntax import NAMING_VERBS, noun_phrase, speech_ancestor, subject_of
from ..word_lists import load_word_lists
from .index import AttributionIndex, as_index
from .phrases import variants
from .verbs_and_roles import roles as load_roles

_WORDS = load_word_lists("quote_kinds.toml")
TITLE_NOUNS = _WORDS["title_nouns"]
TITLE_CUES = _WORDS["title_cues"]
SPEECH_CUES = _WORDS["speech_cues"]
MENTION_NOUNS = _WORDS["mention_nouns"]
NAME_NOUNS = _WORDS["name_nouns"]
NAMING_PARTICIPLES = _WORDS["naming_participles"]
TITLE_SMALL_WORDS = _WORDS["title_small_words"]

#: how many sentences away a speaker's attribution may be for a fragment of their words
NEAR_SENTENCES = 2
_WORD_RE = re.compile(r"[\w][\w'\u2019\-]*")


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


def speaker_text(subj: Token | None, attributions: Sequence[Any] | AttributionIndex,
                 sent: Span | None) -> tuple[str | None, str | None]:
    """Who ``subj`` (the subject of a speech verb) names: a pronoun resolved by an attribution in
    the same sentence, a relative pronoun by its noun, otherwise its noun phrase."""
    if subj is None:
        return None, None
    if subj.pos_ == "PRON" or subj.lower_ in ("which", "who", "that"):
        # resolve with an attribution in the same sentence, if any names a speaker
        if sent is not None:
            for a in as_index(attributions).with_cue_in(sent.start_char, sent.end_char):
                if a.speaker:
                    return a.speaker, a.speaker_id
        if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
            return noun_phrase(subj.head.head), None
        return subj.text, None
    return noun_phrase(subj), None


def prev_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    """Up to ``n`` tokens before ``char``, nearest first, within its paragraph (a headline's last
    word is no cue for the body's first quotation)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return []
    i = span.start
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < n and "\n" not in doc[k].text_with_ws:
        if not doc[k].is_space:
            out.append(doc[k])
        k -= 1
    return out


def next_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in doc[span.end:span.end + n + 3] if not t.is_space][:n]


def _words_of(text: str) -> list[str]:
    """Lower-case words, without a closing single quotation mark ("talks'" is "talks")."""
    return [w.lower().replace("\u2019", "'").rstrip("'") for w in _WORD_RE.findall(text)]


def title_case(words: Sequence[str], opens_sentence: bool) -> bool:
    """Words written as a title or a name: the first and every other word capitalised except short
    function words ("Once Upon a Time in Hollywood"); a single word only inside a sentence (at its
    start every word is capitalised); all capitals is shouting, not a title."""
    if not words or not words[0][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS) for w in words):
        return False
    if all(w.isupper() and len(w) > 1 for w in words):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 2 or not opens_sentence


def _opens_sentence(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return True
    tok = span[0]
    k = tok.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote or doc[k].text in "([{"):
        k -= 1
    return tok.is_sent_start or k < 0 or doc[k].text in (".", "!", "?", ":") or doc[k].is_sent_end is True


def _title_case_headline(text: str, end: int) -> bool:
    words = _WORD_RE.findall(text[:end])
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return len(big) >= 3 and sum(1 for w in big if w[:1].isupper()) >= 0.7 * len(big)


def _naming_participle(before: Sequence[Token]) -> Token | None:
    """'a group called "X"', 'dubbed simply "X"', 'what is termed "X"', 'referred to as "X"': a
    naming verb right before the quotation with no active subject and no agent of its own."""
    for t in before[:3]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in NAMING_PARTICIPLES:
            kids = list(t.children)
            if any(c.dep_ in ("nsubj", "agent", "dobj") for c in kids) or t.dep_ == "relcl":
                return None  # "critics called it X", "for calling it X": someone names it
            if t.dep_ == "acl" or t.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in kids):
                return t
            return None
    return None


class _Speakers:
    """The article's attributed speech, for the fragment tests: each attribution with a named
    speaker, its words and its sentence."""

    def __init__(self, doc: Doc, attributions: AttributionIndex, text: str, headline_end: int,
                 nested: AbstractSet[tuple[str, ...]] = frozenset()) -> None:
        self.doc = doc
        self.nested = nested
        self.starts = [s.start_char for s in doc.sents]
        self.headline_end = headline_end
        self.items: list[tuple[Any, list[str], int]] = []
        for a in attributions:
            if not a.speaker or getattr(a, "anonymous", False):
                continue
            start = a.content_start if a.content_start is not None else a.cue_start
            if start is None:
                continue
            self.items.append((a, _words_of(getattr(a, "content", None) or text[a.content_start:a.content_end]),
                               self.sentence(start)))

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _near(self, s: int) -> list[tuple[int, Any]]:
        here = self.sentence(s)
        near = [(abs(k - here), a) for a, _, k in self.items if abs(k - here) <= NEAR_SENTENCES]
        return sorted(near, key=lambda x: x[0])

    def quoting(self, s: int, e: int, words: list[str]) -> tuple[Any, str] | None:
        """The attribution whose words hold the quoted ``words`` in sequence."""
        if not words or (len(words) == 1 and len(words[0]) < 4) or tuple(words) in self.nested:
            return None  # too short to tell, or the speaker's own scare quote repeated
        here = self.sentence(s)
        in_headline = s < self.headline_end
        n = len(words)
        # a direct quotation is where the words were said; then the nearest
        for a, content, k in sorted(self.items, key=lambda x: (x[0].kind != "direct", abs(x[2] - here))):
            if a.content_start is not None and a.content_start < e and s < a.content_end:
                continue  # the attribution that holds this very quotation
            if n == 1 and not in_headline and abs(k - here) > NEAR_SENTENCES:
                continue
            if any(content[i:i + n] == words for i in range(len(content) - n + 1)):
                if in_headline and k > here:
                    return a, f"headline quotation of {a.speaker}'s words in the body"
                return a, f"the words of {a.speaker}'s quotation {abs(k - here)} sentence(s) away"
        return None

    def nearest(self, s: int) -> tuple[Any, int] | None:
        near = self._near(s)
        return (near[0][1], near[0][0]) if near else None

    def named_beside(self, s: int, before: Sequence[Token]) -> tuple[Any, int] | None:
        """A speaker attributed nearby whose name stands right before the quotation ("Hale's 'X'
        remark", "Brandt and her 'X'"); a name elsewhere in the sentence is no evidence."""
        names = {t.text for t in before[:3] if t.text[:1].isupper()}
        for dist, a in self._near(s):
            if any(w in names for w in a.speaker.split() if len(w) > 2 and w[:1].isupper()):
                return a, dist
        return None


def classify_quotes(doc: Doc, quotes: Sequence[Any], attributions: Sequence[Any] | AttributionIndex,
                    text: str | None = None) -> list[QuoteInfo]:
    """Decide for each quotation span whether it is speech, a title, a mention or a scare quote."""
    text = doc.text if text is None else text
    attributions = as_index(attributions)
    headline_end = max(0, text.find("\n\n"))
    headline_titled = _title_case_headline(text, headline_end)
    # words a speaker put in quotation marks inside their own quotation ('its sponsors discover a
    # "chemical attack"'): the speaker's scare quote; repeated elsewhere they stay a scare quote
    nested = {tuple(_words_of(text[q.inner_start:q.inner_end])) for q in quotes if getattr(q, "depth", 0)}
    speakers = _Speakers(doc, attributions, text, headline_end, nested)
    out: list[QuoteInfo] = []
    for q in quotes:
        qs, qe = q.start, q.end
        s, e = q.inner_start, q.inner_end
        if getattr(q, "depth", 0):
            continue
        inner = text[s:e].strip()
        if not inner:
            continue
        words = re.findall(r"[\w][\w'\u2019\-]*", inner)
        before = prev_tokens(doc, qs, 4)
        before_low = [t.lower_ for t in before]
        so_called = (len(before_low) >= 3 and before_low[:3] == ["called", "-", "so"]) or \
            (len(before_low) >= 2 and before_low[:2] == ["called", "so"]) or \
            (before_low[:1] == ["so-called"])
        if so_called and len(words) <= 8:
            out.append(QuoteInfo(qs, qe, s, e, "scare", "after so-called"))
            continue
        # someone's direct speech, or the speaker's own words inside reported speech
        cover = attributions.covering(s, e)
        if cover:
            a = cover[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", f"inside {a.kind or 'an'} attribution",
                                 a.speaker, a.speaker_id))
            continue
        overlap = [attributions.items[n] for n in attributions.near(s, e)
                   if attributions.items[n].kind == "direct"
                   and any(cs < e and s < ce for cs, ce in attributions.spans[n])]
        if overlap:
            a = overlap[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", "overlaps a direct attribution",
                                 a.speaker, a.speaker_id))
            continue
        low_words = _words_of(inner)
        if len(words) > 6 or re.search(r"[.!?]\W*$", inner) or re.search(r"[.!?]\s+[A-Z]", inner):
            out.append(_with_speaker(QuoteInfo(qs, qe, s, e, "speech", "a sentence or long quotation"),
                                     speakers.quoting(s, e, low_words)))
            continue
        if any((t.lemma_.lower() in TITLE_NOUNS and t.pos_ in ("NOUN", "PROPN")) or t.lower_ in TITLE_CUES
               for t in before[:3]) and \
                not any(t.lower_ in ("so-called",) for t in before[:3]):
            out.append(QuoteInfo(qs, qe, s, e, "title", "after a title or naming word"))
            continue
        noun = before[1] if before[:1] and before[0].text in (",", ":") and len(before) > 1 else \
            (before[0] if before else None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in NAME_NOUNS and \
                noun.head.lemma_.lower() not in NAMING_VERBS:  # "dubbed the scheme X": someone's words
            out.append(QuoteInfo(qs, qe, s, e, "title", f"a name right after '{noun.text}'"))
            continue
        naming = _naming_participle(before)
        if naming is not None:
            out.append(QuoteInfo(qs, qe, s, e, "title", f"a name after '{naming.text}' with no subject"))
            continue
        after = next_tokens(doc, qe, 7)
        if before and after and "PROPN" in (before[0].pos_, after[0].pos_) and \
                before[0].text[:1].isupper() and after[0].text[:1].isupper() and after[0].is_alpha:
            out.append(QuoteInfo(qs, qe, s, e, "title", "a nickname inside a name"))
            continue
        in_headline = qs < headline_end
        if not (in_headline and headline_titled) and title_case(words, _opens_sentence(doc, qs)):
            out.append(QuoteInfo(qs, qe, s, e, "title", "title-case words (a title or a name)"))
            continue
        if any(t.lemma_.lower() in MENTION_NOUNS for t in before[:2]):
            out.append(QuoteInfo(qs, qe, s, e, "mention", "after 'the word/term'"))
            continue
        after_low = [t.lower_ for t in after]
        if "as" in after_low[:3] and any(t.lemma_.lower() in NAMING_VERBS for t in after) and "it" in after_low:
            out.append(QuoteInfo(qs, qe, s, e, "speech", "named 'as X call it'"))
            continue
        if any(t.lower_ in SPEECH_CUES and t.pos_ != "PROPN" for t in before[:2]):  # not "Said's X"
            out.append(_with_speaker(QuoteInfo(qs, qe, s, e, "speech", "after a speech cue"),
                                     speakers.quoting(s, e, low_words)))
            continue
        # the quote's words are part of the content of a speech or naming verb with a subject
        span = doc.char_span(s, e, alignment_mode="expand")
        found = None
        subjectless = None
        if span is not None and len(span):
            root = span.root
            anc = speech_ancestor(root)
            if anc is not None:
                verb = anc[0]
                subj = subject_of(verb)
                if subj is not None and not (span.start <= subj.i < span.end):
                    spk, sid = speaker_text(subj, attributions, verb.sent)
                    found = QuoteInfo(qs, qe, s, e, "speech", f"content of '{verb.text}'", spk, sid)
                elif subj is None:
                    subjectless = verb
        if found is not None:
            out.append(found)
            continue
        if subjectless is None:
            # "condemned her for branding it 'X'" read with X as the object of "condemned": the
            # naming verb right before the quotation, with no subject, still names the act
            subjectless = next((t for t in before[:3] if t.pos_ == "VERB" and t.lemma_.lower() in NAMING_VERBS
                                and subject_of(t) is None), None)
        # a speaker's own words in fragments
        quoting = speakers.quoting(s, e, low_words)
        if quoting is not None:
            a, reason = quoting
            out.append(QuoteInfo(qs, qe, s, e, "speech", reason, a.speaker, a.speaker_id))
            continue
        if subjectless is not None and subjectless.dep_ == "acl" \
                and any(v in load_roles().documents for v in variants(subjectless.head.lower_)):
            # "a statement calling the incident 'X'": the words of the statement (its author unnamed)
            out.append(QuoteInfo(qs, qe, s, e, "speech", f"content of '{subjectless.text}' of a "
                                 f"{subjectless.head.lower_}: its words"))
            continue
        if subjectless is not None:
            near = speakers.nearest(s)
            if near is not None:
                a, dist = near
                out.append(QuoteInfo(qs, qe, s, e, "speech", f"content of '{subjectless.text}' with no subject: "
                                     f"{a.speaker}'s words, attributed {dist} sentence(s) away", a.speaker, a.speaker_id))
                continue
        if len(words) >= 2:
            beside = speakers.named_beside(s, before)
            if beside is not None:
                a, dist = beside
                out.append(QuoteInfo(qs, qe, s, e, "speech", f"a fragment beside {a.speaker}'s name, "
                                     f"attributed {dist} sentence(s) away", a.speaker, a.speaker_id))
                continue
        out.append(QuoteInfo(qs, qe, s, e, "scare", f"{len(words)}-word quotation that is nobody's speech: no "
                             f"title, name or naming cue, no speaker's words or name within {NEAR_SENTENCES} sentences"))
    return out


def _with_speaker(info: QuoteInfo, quoting: tuple[Any, str] | None) -> QuoteInfo:
    """Speech with no speaker of its own takes the speaker whose attributed words it repeats."""
    if quoting is None or info.speaker:
        return info
    a, reason = quoting
    return QuoteInfo(info.start, info.end, info.inner_start, info.inner_end, info.kind,
                     f"{info.reason}; {reason}", a.speaker, a.speaker_id)
