"""The learned word scorer's features in plain words, for what a reader sees (hover texts, the
words behind a number): ``narrator_ADJ`` -> "adjective in the narrator's voice",
``vader_strong`` -> "strongly negative or positive in VADER", ``lemma_unseen_VERB`` -> "a verb
the training data never saw". The ids stay in the JSON (``LoadedTerm.evidence``).

Every feature family of :mod:`framing.loaded_terms.word_features` has a phrase here; a feature
this module does not know is spelled out ("some_new_feature" -> "some new feature"), never shown
as an id with ``=`` or a part-of-speech tag.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

#: universal parts of speech (spaCy's ``pos_``)
POS_WORDS = {"ADJ": "adjective", "ADV": "adverb", "VERB": "verb", "NOUN": "noun", "PROPN": "name",
             "INTJ": "interjection", "ADP": "preposition", "AUX": "auxiliary verb", "CCONJ": "conjunction",
             "SCONJ": "conjunction", "DET": "determiner", "NUM": "number", "PART": "particle",
             "PRON": "pronoun", "PUNCT": "punctuation", "SYM": "symbol", "X": "word"}
#: Penn Treebank tags (spaCy's ``tag_``)
TAG_WORDS = {"JJ": "an adjective", "JJR": "a comparative adjective (\u201charsher\u201d)",
             "JJS": "a superlative adjective (\u201charshest\u201d)", "RB": "an adverb",
             "RBR": "a comparative adverb", "RBS": "a superlative adverb", "VB": "a verb",
             "VBD": "a verb in the past tense", "VBG": "an -ing form", "VBN": "a past participle",
             "VBP": "a verb in the present tense", "VBZ": "a verb in the present tense", "NN": "a noun",
             "NNS": "a plural noun", "NNP": "a name", "NNPS": "a plural name", "UH": "an interjection"}
#: dependency relations (spaCy's ``dep_``): the word's place in its clause
DEP_WORDS = {"ROOT": "the main word of its sentence", "amod": "describing a noun", "advmod": "modifying a verb or adjective",
             "acomp": "after \u201cis\u201d or \u201cseems\u201d", "attr": "after \u201cis\u201d",
             "dobj": "the object of a verb", "nsubj": "the subject of a verb", "nsubjpass": "the subject of a passive verb",
             "pobj": "after a preposition", "compound": "part of a compound (\u201chousing estate\u201d)",
             "conj": "in a list joined by \u201cand\u201d or \u201cor\u201d", "appos": "a description beside a name",
             "relcl": "in a relative clause", "acl": "a clause describing a noun", "advcl": "in an adverbial clause",
             "ccomp": "in a clause after a verb", "xcomp": "in a clause after a verb", "prep": "a preposition's head",
             "npadvmod": "a noun used as an adverb", "nmod": "modifying a noun", "nummod": "a number before a noun",
             "poss": "a possessive", "neg": "a negation", "oprd": "a complement (\u201ccalled it X\u201d)",
             "pcomp": "after a preposition", "parataxis": "a clause set beside another",
             "csubj": "a clause as subject", "dative": "an indirect object", "intj": "an interjection",
             "mark": "a clause marker", "case": "a possessive ending", "dep": "loosely attached",
             "preconj": "before a list", "prt": "a verb particle", "punct": "punctuation",
             "quantmod": "modifying a number"}
FREQUENCY_WORDS = {"frequent": "a very frequent word", "common": "a common word", "uncommon": "an uncommon word",
                   "rare": "a rare word"}
ENTITY_WORDS = {"PERSON": "a person's name", "ORG": "an organisation's name", "GPE": "a country or city",
                "LOC": "a place", "NORP": "a nationality or group", "FAC": "a building or facility",
                "DATE": "a date", "TIME": "a time", "MONEY": "an amount of money", "PERCENT": "a percentage",
                "CARDINAL": "a number", "ORDINAL": "an ordinal (\u201cthird\u201d)", "QUANTITY": "a quantity",
                "EVENT": "an event's name", "LAW": "a law's name", "PRODUCT": "a product's name",
                "WORK_OF_ART": "a title"}
#: features without a value: id -> plain words
PLAIN = {
    "all_caps": "written in capitals",
    "capitalised": "capitalised inside a sentence",
    "counted_noun": "a noun with a number (\u201c480 flats\u201d)",
    "hyphenated": "a hyphenated word",
    "in_long_quote": "inside a long quotation",
    "in_short_quote": "inside a short quotation (a scare quote or title?)",
    "intensified": "with an intensifier (\u201cvery\u201d, \u201cso\u201d)",
    "is_intensifier": "an intensifier (\u201cvery\u201d, \u201cutterly\u201d)",
    "lemma_evidence": "a word seen often in the training data",
    "lemma_prior": "a word annotators often marked as biased in the training data",
    "lexicon_any": "listed in the project lexicon",
    "manner_adverb_narrator": "an -ly adverb of manner in the narrator's voice",
    "manner_adverb_of_verb": "an -ly adverb describing how something was done",
    "negated": "negated (\u201cnot\u201d)",
    "noun_compound_head": "the last noun of a compound",
    "noun_compound_modifier": "a noun inside a compound (\u201chousing estate\u201d)",
    "participle_modifier": "a participle describing a thing (\u201cbroken wrist\u201d)",
    "position_in_sentence": "its place in the sentence",
    "reported": "inside reported speech",
    "sentence_subjectivity": "in a sentence with many emotive words",
    "sentence_valence": "in a strongly emotive sentence",
    "stopword": "a very common function word",
    "technical_form": "a technical word",
    "vader_abs": "emotive in the VADER sentiment lexicon",
    "vader_neg": "negative in VADER",
    "vader_pos": "positive in VADER",
    "vader_strong": "strongly negative or positive in VADER",
    "verb_actor_object": "a verb done to a person or group",
    "verb_actor_subject": "a verb whose subject is a person or group",
    "verb_as_complement": "a verb followed by \u201cas\u201d (\u201chailed it as\u201d)",
    "verb_attribution_position": "a verb where a speech verb would be (\u201cscoffed\u201d)",
    "verb_thing_subject": "a verb whose subject is a thing (\u201cthe storm toppled\u201d)",
}

_POS_SUFFIX = re.compile(r"^(?P<family>.+?)_(?P<pos>[A-Z]+)$")


def _pos(p: str) -> str:
    return POS_WORDS.get(p, p.lower())


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def feature_words(feature: str, category_labels: dict[str, str] | None = None) -> str:
    """A scorer feature id in plain words (``category_labels``: lexicon category id -> its label).

    >>> feature_words("narrator_ADJ"), feature_words("vader_strong"), feature_words("lemma_unseen_VERB")
    ("adjective in the narrator's voice", 'strongly negative or positive in VADER', 'a verb the training data never saw')
    >>> feature_words("tag=JJ"), feature_words("dep=amod"), feature_words("suffix=ous_ADJ")
    ('an adjective', 'describing a noun', 'an adjective ending in -ous')
    """
    f = str(feature or "").strip()
    if f in PLAIN:
        return PLAIN[f]
    name, sep, value = f.partition("=")
    if sep:
        if name == "pos":
            return _article(_pos(value))
        if name == "tag":
            return TAG_WORDS.get(value, "a word tagged " + value.lower())
        if name == "dep":
            return DEP_WORDS.get(value, "its place in the clause")
        if name == "head_pos":
            return f"attached to {_article(_pos(value))}"
        if name == "pos_dep":
            p, _, d = value.partition("_")
            return f"{_article(_pos(p))}, {DEP_WORDS.get(d, 'in its clause')}"
        if name == "frequency":
            return FREQUENCY_WORDS.get(value, "how common the word is")
        if name == "frequency_pos":
            band, _, p = value.partition("_")
            return f"{FREQUENCY_WORDS.get(band, 'a word')} as {_article(_pos(p))}".replace("a word as ", "")
        if name == "suffix":
            suf, _, p = value.partition("_")
            return f"{_article(_pos(p))} ending in -{suf}"
        if name == "vader_pos_tag":
            sign, _, p = value.partition("_")
            return f"{_article(_pos(p))} {'negative' if sign == 'neg' else 'positive'} in VADER"
        if name == "lexicon":
            label = (category_labels or {}).get(value, value.replace("_", " "))
            return f"in the project lexicon ({label})"
        if name == "entity":
            return "part of " + ENTITY_WORDS.get(value, "a name")
        return f"{name.replace('_', ' ')}: {value.replace('_', ' ').lower()}"
    m = _POS_SUFFIX.match(f)
    if m:
        family, pos = m.group("family"), _pos(m.group("pos"))
        if family == "narrator":
            return f"{pos} in the narrator's voice"
        if family == "lemma_unseen":
            return f"{_article(pos)} the training data never saw"
        if family == "lemma_unseen_no_valence":
            return f"{_article(pos)} neither the training data nor VADER know"
        if family == "lemma_prior":
            return f"{_article(pos)} annotators often marked as biased in the training data"
    return f.replace("_", " ")


def features_in_words(features: Iterable[str], limit: int = 3, category_labels: dict[str, str] | None = None) -> str:
    """The first ``limit`` features in plain words, joined ("; "), repeated phrases once."""
    words = list(dict.fromkeys(feature_words(f, category_labels) for f in features))
    return "; ".join(words[:limit])


def scorer_reason(probability: float | None, features: Sequence[str], limit: int = 3) -> str:
    """Why the learned scorer flagged a word, in words: its probability and what raised it most.

    >>> scorer_reason(0.62, ["narrator_ADJ", "vader_strong"])
    "flagged by the learned word scorer (62 % likely to carry a judgement): adjective in the narrator's voice; strongly negative or positive in VADER"
    """
    head = "flagged by the learned word scorer"
    if probability is not None:
        head += f" ({round(100 * probability)} % likely to carry a judgement)"
    words = features_in_words(features, limit)
    return f"{head}: {words}" if words else head
