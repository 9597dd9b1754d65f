"""Features of one word for the learned loaded-word scorer (:mod:`.word_scorer`).

One home for the features, read both by ``training/train_loaded_word_scorer.py`` and at run
time, so the shipped weights always mean the same thing. Every feature is a readable name
(``pos=ADJ``, ``vader_abs``, ``lexicon=pejorative_label``) so a flagged word can say which
features decided it. Features come from the shared spaCy parse, VADER's lexicon (MIT, ships in
``vaderSentiment``), the project's own lexicon (which family matched) and where the word sits
(inside a quotation, in reported speech, its place in the sentence).
"""

from __future__ import annotations

import functools
import math
from typing import Iterable, Mapping

from spacy.tokens import Doc, Token

from ..syntax import SPEECH_VERBS, is_actor
from .token_table import SyntaxTable, TokenTable, syntax_table, token_table

#: parts of speech that can carry an evaluation; other tokens are never candidates
CANDIDATE_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN", "PROPN", "INTJ"})

#: degree words that intensify the word they modify ("very dangerous", "so reckless")
INTENSIFIERS = frozenset({
    "very", "so", "too", "extremely", "incredibly", "utterly", "totally", "absolutely", "truly",
    "deeply", "highly", "hugely", "wildly", "most", "really", "completely", "particularly",
    "remarkably", "exceptionally", "terribly", "awfully", "insanely", "ridiculously",
})

#: combining forms of science, engineering and medicine ("hydroelectric", "geothermal",
#: "cardiology"): words built on them name things and processes of a field, they do not judge
TECHNICAL_FORMS = ("hydro", "electro", "thermo", "geo", "bio", "micro", "nano", "photo", "aero", "petro",
                   "radio", "cardio", "neuro", "pharma", "chemo", "seism", "volcan", "astro", "hemo", "haemo",
                   "gastro", "osteo", "immuno", "onco", "derm", "desalin", "sulf", "sulph", "nitr", "carbon")

#: reporting verbs that say only that something was said (the plain words of attribution)
PLAIN_SPEECH = frozenset({"say", "tell", "add", "write", "state", "note", "explain", "report", "announce", "ask",
                          "reply", "answer", "respond", "post", "tweet", "testify", "confirm", "describe",
                          "call", "think", "believe", "estimate", "predict", "recall", "repeat", "reiterate"})

#: suffixes of evaluative adjectives, adverbs and nouns; a word's suffix is a feature only
#: when it is one of these (a closed set keeps unseen words comparable)
SUFFIXES = ("ous", "ive", "ful", "less", "ic", "al", "ish", "ist", "ism", "ly", "ed", "ing",
            "able", "ible", "ant", "ent", "ary", "ory", "ity", "ness", "ment", "ion", "er", "y")


@functools.lru_cache(maxsize=1)
def vader_lexicon() -> Mapping[str, float]:
    """VADER's word valences (-4 .. 4), lower-cased words."""
    from ..tone.sentences import vader_analyzer

    return vader_analyzer().lexicon


def vader_valence(tok: Token) -> float:
    """The VADER valence of the word as written or of its lemma (0 when VADER has neither)."""
    return _valence(tok.lower_, tok.lemma_.lower())


def _valence(low: str, lemma: str) -> float:
    lex = vader_lexicon()
    v = lex.get(low)
    if v is None:
        v = lex.get(lemma)
    return float(v or 0.0)


@functools.lru_cache(maxsize=65536)
def zipf_frequency(word: str) -> float:
    """How common the word is in English: wordfreq's Zipf scale (about 1 = rare, 7 = "the";
    0 = unknown). wordfreq ships its data in the package (Apache-2.0 code, CC-BY-SA 4.0 data;
    R. Speer, "wordfreq", 2022): nothing is downloaded."""
    from wordfreq import zipf_frequency as zipf

    return float(zipf(word, "en"))


def frequency_band(word: str) -> str:
    """``rare`` (Zipf < 2.5), ``uncommon`` (< 3.5), ``common`` (< 4.5) or ``frequent``."""
    z = zipf_frequency(word)
    return "rare" if z < 2.5 else "uncommon" if z < 3.5 else "common" if z < 4.5 else "frequent"


def is_candidate(tok: Token) -> bool:
    """A word the scorer judges: a content word with at least one letter."""
    return tok.pos_ in CANDIDATE_POS and (tok.is_alpha or any(c.isalpha() for c in tok.text)) and not tok.is_space


def candidate_indices(doc: Doc) -> list[int]:
    """The token indices of ``doc`` that :func:`is_candidate` accepts, read off the doc's
    :func:`.token_table.token_table` (no ``Token`` built for the others)."""
    t = token_table(doc)
    return [i for i, (pos, alpha, space) in enumerate(zip(t.pos, t.has_alpha, t.is_space))
            if pos in CANDIDATE_POS and alpha and not space]


@functools.lru_cache(maxsize=65536)
def _suffix(low: str) -> str | None:
    for s in SUFFIXES:
        if len(low) > len(s) + 2 and low.endswith(s):
            return s
    return None


#: (share of the sentence's words with a VADER valence, their mean absolute valence, the
#: sentence's first token index, its length in tokens)
SentenceContext = tuple[float, float, int, int]


def sentence_context(doc: Doc) -> dict[int, SentenceContext]:
    """Per token index: its sentence's :data:`SentenceContext` (the sentences as ``doc.sents``
    gives them, read off the token table's sentence starts)."""
    out: dict[int, SentenceContext] = {}
    table = token_table(doc)
    alpha, lower, lemma = table.is_alpha, table.lower, table.lemma
    starts = [k for k, first in enumerate(table.sent_start) if first]
    for start, end in zip(starts, starts[1:] + [len(doc)]):
        words = [k for k in range(start, end) if alpha[k]]
        vals = [abs(_valence(lower[k], lemma[k])) for k in words]
        hits = [v for v in vals if v]
        share = len(hits) / len(words) if words else 0.0
        mean = sum(hits) / len(hits) if hits else 0.0
        ctx = (share, mean, start, end - start)
        for k in range(start, end):
            out[k] = ctx
    return out


def reported_tokens(doc: Doc) -> set[int]:
    """Token indices inside the clause a speech verb governs ("officials said [that ...]")."""
    out: set[int] = set()
    table = token_table(doc)
    for i, (pos, lemma) in enumerate(zip(table.pos, table.lemma)):
        if pos in ("VERB", "AUX") and lemma in SPEECH_VERBS:
            for child in doc[i].children:
                if child.dep_ in ("ccomp", "xcomp", "parataxis"):
                    # the parse is projective: a subtree is the tokens from its left edge to its right
                    out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return out


@functools.lru_cache(maxsize=65536)
def _lexical_features(text: str, low: str, lemma: str, pos: str, tag: str, is_stop: bool) -> dict[str, float]:
    """The features of a word that do not depend on its context (cached per word form)."""
    f: dict[str, float] = {"pos=" + pos: 1.0, "tag=" + tag: 1.0}
    band = frequency_band(low)
    f[f"frequency={band}"] = 1.0
    f[f"frequency_pos={band}_{pos}"] = 1.0
    suf = _suffix(low)
    if suf:
        f[f"suffix={suf}_{pos}"] = 1.0
    lex = vader_lexicon()
    v = lex.get(low)
    if v is None:
        v = lex.get(lemma)
    if v:
        f["vader_abs"] = abs(v) / 4.0
        f["vader_neg" if v < 0 else "vader_pos"] = 1.0
        f[f"vader_pos_tag={'neg' if v < 0 else 'pos'}_{pos}"] = 1.0
        if abs(v) >= 1.5:
            f["vader_strong"] = 1.0
    if "-" in text.strip("-"):
        f["hyphenated"] = 1.0
    if is_stop:
        f["stopword"] = 1.0
    if text.isupper() and len(text) > 2:
        f["all_caps"] = 1.0
    if low in INTENSIFIERS:
        f["is_intensifier"] = 1.0
    if pos in ("NOUN", "ADJ") and low.startswith(TECHNICAL_FORMS):
        f["technical_form"] = 1.0
    return f


def _structural_features(f: dict[str, float], doc: Doc, i: int, table: TokenTable, syn: SyntaxTable,
                         children: list[int], narrator: bool) -> None:
    """Add to ``f`` the features of the word's place in its clause: a noun with a number ("480
    dinars": a unit or a thing counted), a noun inside a noun compound ("spillway gates", "the
    desalination plant": a name for a thing of a field), a manner adverb of an action, and a
    verb in the position of an attribution or of a judgement of an actor ("mocked that",
    "hailed it as", "ripped the governor"); ``narrator``: neither inside a quotation nor inside
    reported speech (the outlet's own words); ``children``: the word's
    (:meth:`.SyntaxTable.children_of`). Read off the doc's token tables (a ``Token`` is
    built only for a verb's subject or object, for :func:`~framing.syntax.is_actor`)."""
    pos_of, dep_of = table.pos, syn.dep
    pos, dep = pos_of[i], dep_of[i]
    head_pos = pos_of[syn.head[i]]
    if narrator and pos in ("ADJ", "ADV", "VERB", "NOUN"):
        f["narrator_" + pos] = 1.0
    if pos == "NOUN":
        like_num = syn.like_num
        if any(dep_of[c] == "nummod" or like_num[c] for c in children):
            f["counted_noun"] = 1.0  # "480 dinars", "two akimats", "300 apartment blocks": a unit or a thing counted
        if dep == "compound" and head_pos in ("NOUN", "PROPN"):
            f["noun_compound_modifier"] = 1.0
        elif any(dep_of[c] == "compound" and pos_of[c] == "NOUN" for c in children):
            f["noun_compound_head"] = 1.0
    elif pos == "ADV":
        if table.lower[i].endswith("ly") and dep == "advmod" and head_pos == "VERB":
            f["manner_adverb_of_verb"] = 1.0
            if narrator:
                f["manner_adverb_narrator"] = 1.0
    if dep == "amod" and head_pos == "NOUN" and (syn.tag[i] == "VBN" or table.lower[i].endswith(("ed", "en"))):
        f["participle_modifier"] = 1.0  # "the fallen log", "diluted sewage": a state of a thing
    if pos == "VERB":
        lemma = table.lemma[i]
        subject = next((c for c in children if dep_of[c] == "nsubj"), None)
        if subject is not None:
            actor = is_actor(doc[subject])
            if pos_of[subject] == "NOUN" and not actor:
                f["verb_thing_subject"] = 1.0  # "the storm toppled trees", "a fire gutted the mill"
            if actor:
                f["verb_actor_subject"] = 1.0
                if lemma not in PLAIN_SPEECH:
                    if any(dep_of[c] in ("ccomp", "parataxis") for c in children):
                        f["verb_attribution_position"] = 1.0
                    if any(dep_of[c] == "prep" and table.lower[c] == "as" for c in children):
                        f["verb_as_complement"] = 1.0
                    if any(dep_of[c] == "dobj" and is_actor(doc[c]) for c in children):
                        f["verb_actor_object"] = 1.0
        before = range(max(0, i - 3), i)
        text, is_quote = syn.text, syn.is_quote
        if lemma not in PLAIN_SPEECH and any(is_quote[t] or text[t] in ("\u201d", "\u2019") for t in before) \
                and any(text[t] == "," for t in before):
            f["verb_attribution_position"] = 1.0  # '"...," Smith scoffed'


def word_features(tok: Token, *, lexicon_categories: Iterable[str] = (), in_quote: int = 0,
                  reported: bool = False, context: SentenceContext | None = None) -> dict[str, float]:
    """The named features of ``tok``. ``lexicon_categories``: the project-lexicon categories of
    the matches covering it; ``in_quote``: the number of words of the quotation it is in (0:
    none; a quotation of up to four words is a short one, often a scare quote or a title);
    ``reported``: inside reported speech (:func:`reported_tokens`); ``context``:
    :func:`sentence_context` of its sentence (found from the token when None)."""
    if context is None:
        sent = tok.sent
        context = (0.0, 0.0, sent.start, len(sent))
    doc = tok.doc
    return word_features_at(doc, tok.i, token_table(doc), syntax_table(doc), lexicon_categories=lexicon_categories,
                            in_quote=in_quote, reported=reported, context=context)


def word_features_at(doc: Doc, i: int, table: TokenTable, syn: SyntaxTable, *,
                     lexicon_categories: Iterable[str] = (), in_quote: int = 0, reported: bool = False,
                     context: SentenceContext) -> dict[str, float]:
    """:func:`word_features` of the token at index ``i`` of ``doc``, read off its
    :func:`.token_table.token_table` and :func:`.token_table.syntax_table` (``table``, ``syn``)."""
    low = table.lower[i]
    pos, dep = table.pos[i], syn.dep[i]
    text = syn.text[i]
    children = syn.children_of(i)
    f: dict[str, float] = dict(_lexical_features(text, low, table.lemma[i], pos, syn.tag[i], syn.is_stop[i]))
    f["dep=" + dep] = 1.0
    f[f"pos_dep={pos}_{dep}"] = 1.0
    f["head_pos=" + table.pos[syn.head[i]]] = 1.0
    if lexicon_categories:
        for c in sorted(set(lexicon_categories)):
            f[f"lexicon={c}"] = 1.0
            f["lexicon_any"] = 1.0
    if pos == "PROPN" or (text[:1].isupper() and not table.sent_start[i]):
        f["capitalised"] = 1.0
    ent = syn.ent_type[i]
    if ent:
        f[f"entity={ent}"] = 1.0
    lower = table.lower
    if any(lower[c] in INTENSIFIERS for c in children) or (i > 0 and lower[i - 1] in INTENSIFIERS):
        f["intensified"] = 1.0
    dep_of = syn.dep
    if any(dep_of[c] == "neg" for c in children):
        f["negated"] = 1.0
    if in_quote:
        f["in_short_quote" if in_quote <= 4 else "in_long_quote"] = 1.0
    if reported:
        f["reported"] = 1.0
    _structural_features(f, doc, i, table, syn, children, narrator=not in_quote and not reported)
    share, mean, start, length = context
    f["sentence_subjectivity"] = share
    f["sentence_valence"] = mean / 4.0
    f["position_in_sentence"] = (i - start) / max(1, length)
    return f


def lemma_key(tok: Token) -> str:
    """The key of a word in the learned lemma table: its lower-cased lemma."""
    return tok.lemma_.lower()


def lemma_prior_features(marked: int, seen: int, base_rate: float, smoothing: float,
                         pos: str = "", has_valence: bool = False) -> dict[str, float]:
    """The features of :func:`shared_lemma_prior_features`, in a dict of the caller's own."""
    return dict(shared_lemma_prior_features(marked, seen, base_rate, smoothing, pos, has_valence))


@functools.lru_cache(maxsize=65536)
def shared_lemma_prior_features(marked: int, seen: int, base_rate: float, smoothing: float,
                                pos: str = "", has_valence: bool = False) -> dict[str, float]:
    """How often annotators marked this lemma in the training data, as features (cached: one
    dict shared by every caller with these arguments, never to be changed): the smoothed
    rate's log-odds (``lemma_prior``, and again per part of speech), how much evidence there
    is (``lemma_evidence``, saturating at 20 occurrences) and, for a lemma never seen,
    ``lemma_unseen_<pos>`` (and ``lemma_unseen_no_valence_<pos>`` when VADER does not know it
    either: ``has_valence`` false)."""
    rate = (marked + smoothing * base_rate) / (seen + smoothing)
    rate = min(max(rate, 1e-6), 1 - 1e-6)
    logit = math.log(rate / (1 - rate))
    f = {"lemma_prior": logit, "lemma_evidence": min(seen, 20) / 20}
    if pos:
        f[f"lemma_prior_{pos}"] = logit
    if seen <= 0 and pos:
        # never seen: by part of speech only. A weight for "never seen" as such, and again by
        # frequency band, read every rare word as loaded: in training an unseen lemma is one
        # seen once, and MBIC's once-seen words are mostly its annotators' evaluative
        # vocabulary; in ordinary news they are mostly a field's nouns ("spillway", "aquifer")
        f[f"lemma_unseen_{pos}"] = 1.0
        if not has_valence:  # neither the training data nor VADER know it: a domain word?
            f[f"lemma_unseen_no_valence_{pos}"] = 1.0
    return f
