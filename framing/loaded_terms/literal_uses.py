"""Literal uses: words the learned scorer never flags on its own, and why.

The scorer learned from MBIC, whose annotators marked words in partisan sentences; the same
words report plain facts elsewhere. A word the lexicon does not list is left alone when one of
these families covers it (the family is the reason, so a test or a reader can see which):

* ``literal_vocabulary:<family>`` — a lemma of ``literal_vocabulary.toml`` (court steps, civic
  events, prices and goods, what a disaster did, reporting verbs that weigh speech);
* ``name`` — part of a name: a word written with a capital that the tagger takes for a proper
  noun or puts inside a named entity (a person, place, organisation, nationality, work or law),
  or a rare word with a capital in mid-sentence, or an all-capitals dateline word; the project's conventions do not mark
  names, titles or numbers;
* ``quantity`` — a verb of rising or falling whose subject is a quantity ("fuel costs soared",
  "shares tumbled 4 %", "rents have risen, outpacing wages") or whose object is one ("wiping
  €2bn off its value", "squeezing margins"), or an adjective of size or strength said of one ("weaker growth",
  "elevated inflation");
* ``emotion_state`` — a feeling said of the person who has it ("I was frightened", "residents
  feel uneasy", "we are deeply alarmed", "left them shaken"): a report of a state, not a
  judgement of an actor;
* ``charge`` — an offence named as a charge ("charged with terrorism", "terrorism charges",
  "convicted of fraud", "found guilty of fraud", "one count of conspiracy") or as what a law, unit
  or measure is against ("the anti-terrorism law", "an anti-corruption unit"): the court's or the
  statute's word, reported;
* ``event_category`` — an abstract noun of a kind of event or state (crime, terrorism, failure,
  an obstacle, violence) that the sentence treats as a category: the object of a verb that
  tackles, counts or studies it ("fight crime", "overcome obstacles"), the object of a count,
  trend or response ("a rise in crime", "the risk of failure"), a noun's modifier ("crime
  figures"), the subject of a rise or fall ("violence fell"), or a predicate denied ("a right,
  not a crime"). It names the event; said of an actor or an act ("the plan is a failure") it
  judges, and the scorer decides;
* ``field_adverb`` — an adverb of a field or respect modifying a word ("socially important
  goods", "medically necessary", "structurally deficient"): it says in what respect, not how well;
* ``fixed_expression`` — a word of a lexicalised compound or set phrase (``fixed_expressions`` in
  ``literal_contexts.toml``: "low-lying districts", "intensive care", "out of pocket", "in good
  faith", "made landfall"): the phrase names a thing or says something plain, whatever its words
  mean alone;
* ``outage`` — a verb of a service or supply stopping or coming back whose subject or object is
  a service or supply ("internet access was disrupted", "the strike halted container traffic",
  "power was restored"); of people or of a plan ("disrupted the meeting", "halted the reform")
  the scorer decides;
* ``injury`` — an adjective of an injury describing a part of the body ("a broken wrist",
  "cracked ribs", "a dislocated shoulder"; not "broken promises");
* ``material`` — a modifier of a material or building stock ("reinforcing steel", "corrugated
  iron", "treated timber"): it says what kind of material, not how good;
* ``building_works`` — a verb of building or planning whose object or passive subject is a
  building, a site or land ("demolish the tower block", "the mill will be demolished",
  "redevelop the site"; not "demolished his rival's argument"); "bulldoze" and "raze" are left
  to the scorer, the tabloid's verbs for it;
* ``undergoing`` — a verb of undergoing whose object is an event, a harm or a loss ("suffered
  a defeat", "sustained head injuries", "incurred losses"); "the town suffers under the
  council" has no such object and the scorer decides;
* ``degree_of_literal`` — a degree adverb modifying a word of one of these families ("we are
  deeply alarmed", "prices rose sharply"): it grades a plain fact, it does not judge;
* ``event_onset`` — a verb of an event breaking out, spreading or easing whose subject is a kind
  of event ("protests erupted", "fighting flared", "the unrest subsided"); said of a person it
  judges ("the minister erupted");
* ``derived_form`` — a rare word built from a routine prefix and a plain stem ("rebook",
  "reimposed", "nonpartisan", "statewide"): English uses the stem often (Zipf ≥ 3), VADER gives
  neither the word nor its stem a valence, and the word is rare (Zipf < 3: a productive
  derivation, not a lexicalised word with its own sense); ``re-`` on verbs only, ``-wide`` on a
  noun of a place or an organisation (at any frequency); the exceptions of ``literal_contexts.toml`` (rehash, subhuman,
  resent) are never covered;
* ``social_standing`` — an adjective of economic or social standing, age or health naming a group
  of people or places ("make the poorest pay", "the poorest countries", "wealthy suburbs"); of a
  quality or an act ("poor judgement") the scorer decides.

The same function decides at run time (:mod:`.terms`) and in the training script's
cross-validation, so the figures measured are those of the analyser shipped. Lexicon entries are
not affected (their context rules decide).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import is_actor, is_person
from .token_table import token_table
from .word_features import INTENSIFIERS, vader_lexicon, zipf_frequency
from ..word_lists import DATA_DIR, load_word_lists

_VOCABULARY = load_word_lists("loaded_terms/literal_vocabulary.toml")


def _vocabulary_parts_of_speech() -> dict[str, frozenset[str]]:
    """The families of the literal vocabulary that hold for some parts of speech only (the
    table's ``parts_of_speech``, coarse parts of speech or fine tags such as ``VBN``: "bruise"
    names an injury, "a bruising defeat" does not)."""
    import tomllib

    data = tomllib.loads((DATA_DIR / "loaded_terms" / "literal_vocabulary.toml").read_text(encoding="utf-8"))
    return {k: frozenset(t["parts_of_speech"]) for k, t in data.items()
            if isinstance(t, dict) and isinstance(t.get("parts_of_speech"), list)}


_VOCABULARY_POS = _vocabulary_parts_of_speech()
_CONTEXTS = load_word_lists("loaded_terms/literal_contexts.toml")

#: lemmas that report what happened in their plain sense, by family
LITERAL_VOCABULARY_FAMILIES: dict[str, frozenset[str]] = dict(_VOCABULARY)
#: every lemma of the literal vocabulary
LITERAL_VOCABULARY: frozenset[str] = frozenset().union(*_VOCABULARY.values())

QUANTITY_VERBS = _CONTEXTS["quantity_verbs"]
QUANTITY_ADJECTIVES = _CONTEXTS["quantity_adjectives"]
QUANTITY_NOUNS = _CONTEXTS["quantity_nouns"]
EMOTION_STATES = _CONTEXTS["emotion_states"]
FEELING_LINKS = _CONTEXTS["feeling_links"]
EXPERIENCER_PRONOUNS = _CONTEXTS["experiencer_pronouns"]
COURT_VERBS = _CONTEXTS["court_verbs"]
LEGAL_NOUNS = _CONTEXTS["legal_nouns"]
EVENT_NOUNS = _CONTEXTS["event_nouns"]
EVENT_FRAME_VERBS = _CONTEXTS["event_frame_verbs"]
EVENT_MEASURE_NOUNS = _CONTEXTS["event_measure_nouns"]
FIELD_ADVERBS = _CONTEXTS["field_adverbs"]
STANDING_ADJECTIVES = _CONTEXTS["standing_adjectives"]
STANDING_HEADS = _CONTEXTS["standing_heads"]
BODY_PARTS = _CONTEXTS["body_parts"]
INJURY_ADJECTIVES = _CONTEXTS["injury_adjectives"]
MATERIALS = _CONTEXTS["materials"]
BUILDING_VERBS = _CONTEXTS["building_verbs"]
BUILDING_NOUNS = _CONTEXTS["building_nouns"]
UNDERGO_VERBS = _CONTEXTS["undergo_verbs"]
UNDERGO_OBJECTS = _CONTEXTS["undergo_objects"]
OUTAGE_VERBS = _CONTEXTS["outage_verbs"]
OUTAGE_OBJECTS = _CONTEXTS["outage_objects"]
ONSET_VERBS = _CONTEXTS["onset_verbs"]
ONSET_SUBJECTS = _CONTEXTS["onset_subjects"]
DERIVED_PREFIXES = tuple(sorted(_CONTEXTS["derived_prefixes"], key=len, reverse=True))
DERIVED_EXCEPTIONS = _CONTEXTS["derived_exceptions"]
#: nouns a "-wide" adjective is built on ("statewide", "industry-wide")
WIDE_STEMS = frozenset({"state", "nation", "city", "county", "country", "company", "system", "industry",
                        "region", "world", "campus", "district", "sector", "market", "europe", "continent"})
#: the set phrases, each as its words (split at spaces and hyphens)
FIXED_EXPRESSIONS: tuple[tuple[str, ...], ...] = tuple(sorted(
    {tuple(w for w in phrase.replace("-", " ").split()) for phrase in _CONTEXTS["fixed_expressions"]}))
#: verbs that make, let or help someone do something ("make the poorest pay")
_CAUSATIVES = frozenset({"make", "let", "have", "help", "force", "leave"})
#: words that deny a predicate ("not a crime"); "no" is left out: "it was no accident" insinuates
_DENIALS = frozenset({"not", "never", "n't"})

#: entity types that name something (a cardinal or a date is not a name)
NAME_ENTITIES = frozenset({"PERSON", "NORP", "GPE", "LOC", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART",
                           "LAW", "LANGUAGE"})


def _verb_forms(low: str) -> tuple[str, ...]:
    """The verbs a participle written as an adjective may come from ("disputed" -> dispute,
    "detained" -> detain, "shelled" -> shell): the tagger gives such adjectives their own lemma."""
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        forms = (low[:-1], stem) + ((stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ())
        return forms + ((stem[:-1] + "y",) if stem.endswith("i") else ())
    return ()


def _vocabulary_family(tok: Token) -> str | None:
    lemma, low = tok.lemma_.lower(), tok.lower_
    forms = (lemma, low) + (_verb_forms(low) if tok.pos_ in ("ADJ", "VERB") else ())
    for family, words in LITERAL_VOCABULARY_FAMILIES.items():
        allowed = _VOCABULARY_POS.get(family)
        if allowed is not None and tok.pos_ not in allowed and not (
                tok.tag_ in allowed and not any(c.dep_ == "dobj" for c in tok.children)):
            continue
        if any(f in words for f in forms):
            return family
    return None


def _title_case(tok: Token) -> bool:
    """Most words of the token's sentence start with a capital (a headline)."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def is_name_word(tok: Token) -> bool:
    """A word of a name: an all-capitals word at the start of a line (a dateline), or a word
    written with a capital where capitals mean something (not in a title-case headline) that
    the tagger takes for a proper noun or puts inside a named entity (first in a sentence:
    both), or, in mid-sentence, that English hardly uses otherwise (wordfreq Zipf < 2)."""
    if not tok.text[:1].isupper():
        return False  # a lower-case word tagged as a name is a tagging slip ("grievance")
    if tok.text.isupper() and len(tok.text) > 2 and tok.is_alpha:
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is None or "\n" in before.text or before.is_space or tok.is_sent_start:
            return True
    if _title_case(tok):
        return False  # in a title-case headline every word has a capital
    if tok.is_sent_start:  # so has the first word of a sentence: the tagger must agree twice,
        # or the text must name it elsewhere ("Halvorsen told reporters ..." with Halvorsen
        # tagged an adjective, where the article says "said Halvorsen" further on), or English
        # must hardly know the word (wordfreq Zipf < 1.5, no VADER valence: a surname or a
        # place, "Kerimbayev's office said ...")
        if tok.pos_ == "PROPN" and (tok.ent_type_ in NAME_ENTITIES or zipf_frequency(tok.lower_) < 3.0):
            return True
        if tok.lower_ in names_in_text(tok.doc):
            return True
        return (not tok.text.isupper() and zipf_frequency(tok.lower_) < 1.5
                and tok.lower_ not in vader_lexicon() and tok.lemma_.lower() not in vader_lexicon())
    if tok.ent_type_ in NAME_ENTITIES or tok.pos_ == "PROPN":
        return True
    # a capital in mid-sentence on a word English hardly uses otherwise ("Brastow")
    return zipf_frequency(tok.lower_) < 2.0


_NAMES_KEY = "framing.loaded_terms.names_in_text"


def names_in_text(doc: Doc) -> frozenset[str]:
    """The lower-cased words the text itself uses as names: written with a capital in
    mid-sentence (not in a title-case headline, not in all capitals) where the tagger takes them
    for a proper noun or puts them inside a named entity, and never written in lower case. A
    name at the start of a sentence (a headline, a paragraph's first word) is often tagged as an
    adjective or a common noun; the same word elsewhere in the text says what it is. Computed once
    per parse."""
    found = doc.user_data.get(_NAMES_KEY)
    if isinstance(found, frozenset):
        return found
    named: set[str] = set()
    lower_case: set[str] = set()
    for tok in doc:
        text = tok.text
        if not text[:1].isalpha():
            continue
        if text[:1].islower():
            lower_case.add(tok.lower_)
        elif (not tok.is_sent_start and not text.isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTITIES)
              and not _title_case(tok)):
            named.add(tok.lower_)
    out = doc.user_data[_NAMES_KEY] = frozenset(named - lower_case)
    return out


def _is_quantity(tok: Token) -> bool:
    if tok.like_num or tok.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
        return True
    return tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in QUANTITY_NOUNS


def is_quantity_movement(tok: Token) -> bool:
    """A verb of rising or falling with a quantity as subject ("costs soared"), or an adjective
    of size or strength said of a quantity ("weaker growth", "inflation stayed elevated")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma in QUANTITY_VERBS:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and tok.dep_ in ("conj", "xcomp"):
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and tok.dep_ in ("acl", "relcl", "amod"):
            subjects = [tok.head]  # "a price soaring past ..."
        if not subjects and tok.dep_ == "advcl":  # "rents have risen, outpacing wages"
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(_is_quantity(s) for s in subjects) or any(_is_quantity(o) for o in objects)
    if tok.pos_ == "ADJ" and (lemma in QUANTITY_ADJECTIVES or tok.lower_ in QUANTITY_ADJECTIVES):
        if tok.dep_ == "amod":
            return _is_quantity(tok.head)
        if tok.dep_ in ("acomp", "oprd"):
            return any(_is_quantity(c) for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return False


def _is_experiencer(tok: Token, predicate: bool = False) -> bool:
    """A person or group that can have a feeling. As the subject of a feeling predicated of it
    (``predicate``: "advocates were appalled", "analysts were more sanguine") a plural common
    noun that names no quantity counts too: things are not appalled, and the person nouns the
    project knows are not all nouns of people ("advocates", "commuters", "retailers")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in EXPERIENCER_PRONOUNS or tok.lower_ == "it"  # "the union said it was appalled"
    if is_person(tok) or is_actor(tok) or tok.lower_ in EXPERIENCER_PRONOUNS:
        return True
    return (predicate and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not _is_quantity(tok)
            and tok.lemma_.lower() not in EVENT_NOUNS)


#: feeling verbs whose object is what the feeling is about ("she regretted the delay")
_FEELING_WITH_TOPIC = frozenset({"regret"})


def is_emotion_state(tok: Token) -> bool:
    """A feeling said of the person (or group) who has it: with its own subject ("we were
    shocked", "the union said it was appalled") or as the predicate of a linking verb ("I was
    frightened", "residents feel uneasy", "they are deeply alarmed", "it left them shaken")."""
    lemma = tok.lemma_.lower()
    if lemma not in EMOTION_STATES and tok.lower_ not in EMOTION_STATES:
        return False
    if lemma not in _FEELING_WITH_TOPIC and any(c.dep_ == "dobj" for c in tok.children):
        return False  # an act done to someone ("those who betrayed their country"), not a state
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        # "advocates were appalled" (a passive participle with its own subject): predicated
        return any(_is_experiencer(c, predicate=tok.tag_ == "VBN") for c in own)
    if tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and tok.head.lemma_.lower() in FEELING_LINKS:
        people = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        return any(_is_experiencer(p, predicate=True) for p in people)
    return False


def _after_anti(tok: Token) -> bool:
    """``tok`` follows "anti-" ("anti-terrorism", "anticorruption" is one word and not here)."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011") and doc[tok.i - 2].lower_ == "anti"


def is_charge_name(tok: Token) -> bool:
    """The name of an offence as a charge: the object of a court verb or of a verdict's or an
    indictment's words ("charged with terrorism", "convicted of fraud", "found guilty of fraud",
    "one count of conspiracy") or the modifier of a legal noun ("terrorism charges", "the
    sedition law", "a fraud trial"); or an offence or kind of event after "anti-" ("the
    anti-terrorism law", "an anti-corruption drive"): what a measure is against. The tagger
    sometimes takes the offence in "the anti-terrorism law" for an adjective: an event noun of
    ``literal_contexts.toml`` counts as a noun there."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" and not (tok.pos_ in ("ADJ", "PROPN") and (lemma in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS)
                                   and tok.dep_ in ("amod", "compound")):
        return False
    if (lemma in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS) and _after_anti(tok):
        return True
    head = tok.head
    if tok.dep_ == "conj":
        tok, head = head, head.head  # "charged with terrorism and fraud"
    if tok.dep_ == "pobj" and head.lower_ in ("with", "of", "for") and head.head.lemma_.lower() in COURT_VERBS:
        return True
    return tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in LEGAL_NOUNS


def _event_frame(tok: Token) -> bool:
    """``tok`` (a noun) sits where a kind of event is treated as a category (see
    :func:`is_event_category`)."""
    head, dep = tok.head, tok.dep_
    if dep == "compound" and head.pos_ in ("NOUN", "PROPN"):
        return True  # "crime figures", "the violence prevention unit"
    if dep in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in EVENT_FRAME_VERBS:
        return True  # "fight crime", "obstacles were removed"
    if dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in QUANTITY_VERBS:
        return True  # "violence fell", "crime has risen"
    if dep == "pobj" and head.lower_ in ("of", "in", "against", "on", "for", "from", "about"):
        owner = head.head
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in EVENT_MEASURE_NOUNS:
            return True  # "a rise in crime", "the risk of failure", "the fight against terrorism"
        if owner.pos_ == "VERB" and owner.lemma_.lower() in EVENT_FRAME_VERBS:
            return True  # "reported on abuse"
    if dep in ("attr", "appos", "conj") and any(c.lower_ in _DENIALS or c.dep_ == "neg" for c in tok.children):
        return True  # "a right, not a crime"
    if dep == "attr" and any(c.dep_ == "neg" for c in head.children):
        return True  # "protest is not a crime"
    if dep in ("appos", "conj") and any(c.dep_ == "neg" and head.i < c.i < tok.i for c in head.children):
        return True  # "a right, not a crime" (the "not" parsed under "right")
    return False


def is_event_category(tok: Token) -> bool:
    """An abstract noun of a kind of event or state (crime, terrorism, failure, obstacle, a
    list in ``literal_contexts.toml``) where the sentence treats it as a category: the object of
    a verb that tackles, counts or studies it, the object of a count, trend or response noun, a
    noun's modifier, the subject of a rise or fall, or a predicate denied. A conjunct shares its
    first conjunct's place ("fight crime and corruption")."""
    if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start)):
        return False  # (first in a sentence the tagger sometimes takes "Violence" for a name)
    if tok.lemma_.lower() not in EVENT_NOUNS and tok.lower_ not in EVENT_NOUNS:
        return False
    if _event_frame(tok):
        return True
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first is not tok and first.pos_ == "NOUN" and _event_frame(first)


def _is_group_or_place(tok: Token) -> bool:
    return (is_person(tok) or is_actor(tok) or tok.lemma_.lower() in STANDING_HEADS
            or tok.ent_type_ in ("GPE", "LOC", "NORP"))


def is_social_standing(tok: Token) -> bool:
    """An adjective of economic or social standing, age or health (poor, wealthy, elderly,
    unemployed) naming a group of people or places: used as a noun ("make the poorest pay"),
    modifying a people or place noun ("the poorest countries", "wealthy suburbs"), or said of
    people ("residents who are unemployed"). Said of a quality or an act ("poor judgement")
    it is not."""
    if tok.lower_ not in STANDING_ADJECTIVES and tok.lemma_.lower() not in STANDING_ADJECTIVES:
        return False
    dep, head = tok.dep_, tok.head
    if tok.pos_ in ("NOUN", "PROPN") or dep in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True  # a group named by its standing: "the poor", "make the poorest pay"
    if tok.pos_ != "ADJ":
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True  # "the poorest" with no noun after it, however the parser attached it
    if dep == "amod" and head.pos_ in ("VERB", "AUX"):
        return True  # "make the poorest pay": an adjective "modifying" a verb is one used as a noun
    if (dep == "amod" and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and head.dep_ in ("dobj", "ccomp", "xcomp")
            and head.head.lemma_.lower() in _CAUSATIVES):
        return True  # "make the poorest pay", "let the wealthiest decide": the verb parsed as a noun
    if dep == "amod":
        return _is_group_or_place(head)
    if dep == "conj":  # "poor and elderly residents"
        return head.dep_ == "amod" and _is_group_or_place(head.head)
    if dep in ("acomp", "attr", "oprd"):
        return any(_is_group_or_place(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return False


def is_field_adverb(tok: Token) -> bool:
    """An adverb of a field or respect ("socially important", "medically necessary") modifying
    an adjective, a verb or an adverb."""
    return (tok.pos_ == "ADV" and tok.lower_ in FIELD_ADVERBS and tok.dep_ == "advmod"
            and tok.head.pos_ in ("ADJ", "VERB", "ADV"))


def _service_noun(tok: Token) -> bool:
    low = tok.lower_
    forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
    if forms & OUTAGE_OBJECTS:
        return True
    # "internet access", "container traffic": the noun's compound modifier names the service
    return any(c.dep_ == "compound" and c.lemma_.lower() in OUTAGE_OBJECTS for c in tok.children)


def _noun_forms(tok: Token) -> set[str]:
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}


def is_injury(tok: Token) -> bool:
    """An injury adjective or participle describing a part of the body ("a broken wrist")."""
    if tok.lower_ not in INJURY_ADJECTIVES or tok.dep_ not in ("amod", "conj", "acomp"):
        return False
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "amod":
        head = head.head  # "cracked and swollen ribs"
    if tok.dep_ == "acomp":  # "his wrist was broken"
        return any(_noun_forms(c) & BODY_PARTS for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return bool(_noun_forms(head) & BODY_PARTS)


def is_material(tok: Token) -> bool:
    """A modifier (adjective, participle or noun) of a material noun ("reinforcing steel")."""
    return (tok.dep_ in ("amod", "compound") and tok.pos_ in ("ADJ", "VERB", "NOUN")
            and bool(_noun_forms(tok.head) & MATERIALS))


def is_building_works(tok: Token) -> bool:
    """A verb of building or planning with a building, site or land as object or passive
    subject ("demolish the tower block", "the mill will be demolished")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in BUILDING_VERBS:
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not args and tok.dep_ == "conj":  # "demolish the block and redevelop the site"
        args = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "amod"):
        args.append(tok.head)  # "the demolished mill"
    return any(_noun_forms(a) & BUILDING_NOUNS for a in args)


def is_undergoing(tok: Token) -> bool:
    """A verb of undergoing ("suffer", "sustain", "incur") with an event, a harm or a loss as
    object ("suffers defeats", "sustained injuries", "incurred heavy losses")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in UNDERGO_VERBS:
        return False
    for c in tok.children:
        if c.dep_ == "dobj":
            low = c.lower_
            forms = {c.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
            if forms & (UNDERGO_OBJECTS | EVENT_NOUNS) or _is_quantity(c):
                return True
    return False


def is_outage(tok: Token) -> bool:
    """A verb of a service or supply stopping or coming back ("disrupted", "halted",
    "restored") whose subject (or passive subject) or object is a service or supply."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in OUTAGE_VERBS:
        return False
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if tok.dep_ in ("acl", "amod"):
        args.append(tok.head)  # "the disrupted service"
    return any(_service_noun(a) for a in args)


def is_event_onset(tok: Token) -> bool:
    """A verb of an event breaking out, spreading or easing ("erupt", "flare", "break out")
    whose subject is a kind of event ("protests erupted after the vote", "fighting broke out")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ONSET_VERBS:
        return False
    if tok.lemma_.lower() == "break" and not any(c.lower_ == "out" for c in tok.children):
        return False  # "broke out", not "broke the window"
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("conj", "xcomp", "advcl"):
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("acl", "relcl"):
        subjects = [tok.head]  # "Clashes flared ..." parsed as a noun with a clause
    civic = LITERAL_VOCABULARY_FAMILIES["civic_events"]
    for s in subjects:
        low = s.lower_
        # a capitalised plural first in a sentence keeps its "s" in the lemma ("Protests")
        forms = {s.lemma_.lower(), low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
        if forms & (ONSET_SUBJECTS | EVENT_NOUNS | civic):
            return True
    return False


def _plain_stem(stem: str) -> bool:
    vader = vader_lexicon()
    return len(stem) >= 3 and zipf_frequency(stem) >= 3.0 and abs(vader.get(stem, 0.0)) < 1.0


def is_derived_form(tok: Token) -> bool:
    """A rare word built from a routine prefix (re-, non-, inter-, post-, ...) or the suffix
    -wide and a plain stem ("rebook", "reimposed", "nonpartisan", "statewide"): see the family
    ``derived_form`` above."""
    low = tok.lower_
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "ADJ", "NOUN", "ADV") or not low.isalpha() and "-" not in low:
        return False
    if lemma in DERIVED_EXCEPTIONS or low in DERIVED_EXCEPTIONS:
        return False
    vader = vader_lexicon()
    if low in vader or lemma in vader:
        return False
    word = lemma if tok.pos_ == "VERB" else low
    plain = word.replace("-", "")
    if plain.endswith("wide") and tok.pos_ in ("ADJ", "ADV"):
        return plain[:-4] in WIDE_STEMS  # "statewide", "industry-wide": how far, at any frequency
    if zipf_frequency(word) >= 3.0:
        return False
    for prefix in DERIVED_PREFIXES:
        if plain.startswith(prefix) and len(plain) > len(prefix) + 2:
            if prefix == "re" and tok.pos_ != "VERB" and not tok.tag_ == "VBN":
                continue
            stem = plain[len(prefix):]
            if prefix == "re" and tok.tag_ == "VBN" and tok.pos_ != "VERB":
                stem = (_verb_forms(low) or (stem,))[0][len(prefix):]
            return _plain_stem(stem)
    return False


_FIXED_KEY = "framing.loaded_terms.fixed_expressions"

#: the set phrases by their first word
_FIXED_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in FIXED_EXPRESSIONS:
    _FIXED_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def fixed_expression_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside a set phrase of ``fixed_expressions`` (words matched as
    written or by lemma, lower case; hyphens between words skipped). Computed once per parse."""
    found = doc.user_data.get(_FIXED_KEY)
    if isinstance(found, frozenset):
        return found
    # the forms from the token table (no Token objects); a hyphen's lower case is its text
    table = token_table(doc)
    words = [i for i, low in enumerate(table.lower) if low not in ("-", "\u2010", "\u2011")]
    lowers, lemmas = table.lower, table.lemma
    forms = [(lowers[i], lemmas[i]) for i in words]
    firsts = _FIXED_BY_FIRST
    inside: set[int] = set()
    for k, (low, lemma) in enumerate(forms):
        if low not in firsts and lemma not in firsts:
            continue
        for phrase in firsts.get(low, []) + (firsts.get(lemma, []) if lemma != low else []):
            n = len(phrase)
            if k + n <= len(forms) and all(phrase[m] in forms[k + m] for m in range(n)):
                inside.update(words[k + m] for m in range(n))
    out = doc.user_data[_FIXED_KEY] = frozenset(inside)
    return out


def is_fixed_expression(tok: Token) -> bool:
    """``tok`` is a word of a set phrase ("low-lying", "intensive care", "in good faith")."""
    return tok.i in fixed_expression_tokens(tok.doc)


def literal_use(tok: Token) -> str | None:
    """Why the scorer alone never flags ``tok`` (its family), or None."""
    family = _literal_use(tok)
    if family is None and tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.lower_ in INTENSIFIERS | DEGREE_ADVERBS:
        head = tok.head
        if head is not tok and head.pos_ in ("ADJ", "VERB", "ADV") and _literal_use(head):
            return "degree_of_literal"
    return family


#: adverbs of degree besides the intensifiers of the word features ("sharply", "badly", "slightly")
DEGREE_ADVERBS = frozenset({"sharply", "steeply", "slightly", "badly", "severely", "greatly", "seriously",
                            "strongly", "somewhat", "fairly", "rather", "quite", "largely", "partly",
                            "heavily", "significantly", "considerably", "substantially", "markedly"})


def _literal_use(tok: Token) -> str | None:
    family = _vocabulary_family(tok)
    if family:
        return f"literal_vocabulary:{family}"
    if is_name_word(tok):
        return "name"
    if is_quantity_movement(tok):
        return "quantity"
    if is_emotion_state(tok):
        return "emotion_state"
    if is_charge_name(tok):
        return "charge"
    if is_event_category(tok):
        return "event_category"
    if is_field_adverb(tok):
        return "field_adverb"
    if is_fixed_expression(tok):
        return "fixed_expression"
    if is_event_onset(tok):
        return "event_onset"
    if is_outage(tok):
        return "outage"
    if is_undergoing(tok):
        return "undergoing"
    if is_injury(tok):
        return "injury"
    if is_material(tok):
        return "material"
    if is_building_works(tok):
        return "building_works"
    if is_derived_form(tok):
        return "derived_form"
    if is_social_standing(tok):
        return "social_standing"
    return None
