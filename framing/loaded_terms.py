"""Find loaded terms in a parsed article, with the voice each occurrence is in.

Matching (:class:`Matcher`) works on the shared spaCy parse: a lexicon word matches a token's
lower-cased text or its lemma (so ``thug`` finds ``thugs`` and ``wreak havoc`` finds ``wreaked
havoc``); multi-word terms match in sequence; hyphen, space and joined spellings are the same
term (``foreign-backed`` / ``foreign backed`` / ``foreignbacked``). An entry may name a context
rule (:data:`RULES`) that must hold, e.g. ``regime`` only as a name for a government, ``claimed``
only when it introduces speech.

Voice (:func:`assign_voices`): ``quoted`` inside someone's direct speech, ``reported`` inside
indirect or according-to content, ``scare_quote`` inside quotation marks that are nobody's
speech, otherwise ``narrator``. Scare quotes are found in their own right (:func:`classify_quotes`)
and emitted with category ``scare_quote`` when no lexicon term sits inside them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from .attribution import content_spans
from .intervals import SpanIndex
from .lexicon import Lexicon, LexiconEntry, split_term
from .serialise import field_of as _attr

VOICES = ("narrator", "quoted", "reported", "scare_quote")
HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}


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


# --------------------------------------------------------------------------- word classes

#: nouns for people and groups of people (used by context rules that need a human target)
PERSON_NOUNS = frozenset("""
people person man woman men women child children kid boy girl teenager teen youth youngster baby
protester protestor demonstrator marcher student worker journalist reporter activist civilian resident
citizen villager prisoner detainee inmate supporter opponent critic dissident voter member family
victim refugee migrant immigrant farmer miner nurse doctor teacher pensioner commuter shopkeeper
officer policeman policewoman soldier guard crowd mob group gang participant organiser organizer
leader politician lawmaker minister official cleric priest worshipper fan spectator passer-by
bystander neighbour neighbor patient driver striker employee union unionist peasant native minority
agitator rioter looter thug hooligan extremist militant rebel fighter insurgent separatist islamist
movement faction party organisation organization element wing cell network community opposition
government regime authority leadership administration
builder developer homeowner landlord tenant renter parent mother father grandmother grandfather grandparent
taxpayer retiree resident shopper consumer customer owner landowner householder homebuyer buyer seller
trader merchant businessman businesswoman entrepreneur investor shareholder banker boss executive manager
director chairman chairwoman founder lawyer attorney judge prosecutor defendant plaintiff campaigner
conservationist environmentalist economist scientist expert analyst academic researcher professor
councillor councilor councilmember congressman congresswoman senator mp legislator delegate governor mayor
spokesman spokeswoman spokesperson commentator columnist blogger influencer celebrity athlete player
coach manager priest bishop imam rabbi monk nun veteran pilot engineer developer contractor labourer
laborer tradesman plumber electrician builder landlord lodger motorist cyclist pedestrian passenger
traveller traveler tourist visitor pupil graduate applicant recruit volunteer donor lobbyist insider
outsider newcomer settler colonist occupier invader conservative liberal progressive socialist communist
democrat republican nationalist loyalist royalist protester campaigners residents locals local elder
""".split())

#: agent-noun endings that almost always name people ("-ist", "-ian"): "environmentalists", "politicians"
_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians")
_NOT_PERSON_SUFFIXED = frozenset("""
list checklist playlist shortlist wishlist blacklist whitelist waitlist setlist hitlist wrist twist mist fist
gist exist assist insist persist resist consist median meridian amphibian
""".split())

#: objects that make "silence", "crush", "muzzle" a repression verb
DISSENT_OBJECTS = frozenset("""
dissent critic criticism opposition press media medium journalist reporter voice protest protester
demonstrator demonstration activist debate opponent dissident speech uprising rebellion revolt
movement union strike newspaper blogger whistleblower people population freedom
""".split())

TECHNICAL_REGIME = frozenset("""
tax sanction sanctions visa training fitness exercise trade tariff regulatory legal exchange currency
rate inspection ceasefire price monetary fiscal pension customs treatment drug diet dietary medication
dose dosing flow temperature wind climate water rainfall sleep work export import control verification
safeguard non-proliferation proliferation investment subsidy licensing permit quota storage pricing
compliance reporting disclosure privacy data protection free liquidity capital immigration asylum border
travel quarantine lockdown testing inflation targeting floating fixed peg feeding irrigation operating
flight fire firing ownership property copyright patent accounting audit insolvency bankruptcy sanitary
phytosanitary nuclear arms weapon weapons climate-change emissions carbon energy electricity market
regulation supervisory oversight security-of-supply transit
""".split())

LAND_STORY = frozenset("""
land garden burial grave vegetable allotment building housing residential farm cemetery story film movie
novel book show series main sub twist line summary device hole point scatter box bar graph chart data
acre hectare square soil ground earth empty vacant
""".split())

#: verbs whose subject is the speaker of a clause they govern (reported speech and its kin)
SPEECH_VERBS = frozenset("""
say tell claim insist admit concede confess allege argue warn reveal state declare announce add stress
note report explain assert maintain contend suggest acknowledge deny complain boast brag accuse blame
charge describe call label brand dub term write tweet post reply respond answer tell urge vow pledge
promise predict estimate believe think fear hope underline emphasise emphasize reiterate repeat
confirm indicate point caution threaten demand condemn denounce decry slam criticise criticize praise
hail insinuate imply testify recount recall
""".split())

#: verbs that name something with a following phrase: 'called it "X"', 'what he described as "X"'
NAMING_VERBS = frozenset("call describe term dub label brand characterise characterize denounce decry hail".split())

#: verbs whose prepositional complement is their content: accused X of ..., blamed it on ...
PREP_CONTENT_VERBS = frozenset("accuse blame warn complain speak talk boast charge".split())

#: verbs whose "as"-phrase is the subject's judgement: 'slammed the bosses as "greedy"',
#: 'dismissed the report as "lies"', 'hailed it as "historic"'
AS_JUDGEMENT_VERBS = frozenset("""
slam blast brand label describe condemn denounce decry criticise criticize attack dismiss ridicule mock
deride hail praise portray depict paint characterise characterize reject savage lambast lambaste welcome
""".split())

#: nouns that introduce a title or name in quotation marks (not a scare quote)
TITLE_NOUNS = frozenset("""
film movie book novel song album show series play poem documentary article report column op-ed
editorial programme program campaign operation slogan hashtag motto banner sign placard headline
newspaper magazine podcast episode exhibition website app game track single brand nickname codename
code name title
""".split())
TITLE_CUES = frozenset("titled entitled named nicknamed codenamed known".split())

#: verbs and nouns introducing words that are someone's speech or writing
SPEECH_CUES = frozenset("""
chant chanting shout shouting read reading write writing tweet post saying say says said tell told ask
asked urge urged cry crying scream yell sing singing sign chanted shouted wrote tweeted posted
""".split())

MENTION_NOUNS = frozenset("word words term phrase label expression name slogan".split())


def is_person(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ == "PRON":
        return low in {"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i", "whom", "who"}
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    if lemma in PERSON_NOUNS or low in PERSON_NOUNS:
        return True
    return (tok.pos_ == "NOUN" and len(lemma) > 6 and lemma.endswith(_PERSON_SUFFIXES)
            and lemma not in _NOT_PERSON_SUFFIXED and not lemma.endswith("list"))


def _with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        objs.append(verb.head)  # "the beaten protesters", "protesters beaten by police"
    if verb.dep_ == "conj":  # "arrested and beat them" shares nothing; but "were beaten and" passive subject
        objs.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
    return _with_conjuncts(objs)


# --------------------------------------------------------------------------- context rules
#
# A rule gets the doc, the matched token range [i, j) and the entry; it returns None to reject
# the match or the (possibly widened) token range to accept it.

RuleFn = Callable[[Doc, int, int, LexiconEntry], "tuple[int, int] | None"]


def _head_token(doc: Doc, i: int, j: int) -> Token:
    toks = [t for t in doc[i:j] if t.text not in HYPHENS]
    for t in toks:
        if not (i <= t.head.i < j) or t.head.i == t.i:
            return t
    return toks[-1]


def rule_regime_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = _head_token(doc, i, j)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    for m in mods:
        words = {m.lemma_.lower(), m.lower_} | {w for w in re.split(r"[-\s]", m.lower_) if w}
        if words & TECHNICAL_REGIME:
            return None
    # "regime of sanctions", "regime for visas"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "on"):
            for p in c.children:
                if p.lemma_.lower() in TECHNICAL_REGIME:
                    return None
    # "tax-free regime" parsed with a hyphenated compound to the left
    if i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in TECHNICAL_REGIME:
        return None
    return i, j


def rule_plot_scheme(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    near = {t.lemma_.lower() for t in doc[max(0, i - 3): min(len(doc), i + 4)]}
    if near & LAND_STORY:
        return None
    sent_words = {t.lemma_.lower() for t in tok.sent}
    if sent_words & {"film", "movie", "novel", "episode", "season", "character", "acre", "hectare", "graph", "chart"}:
        return None
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "prep")]
        if not objs:
            return None
        if any(c.lemma_.lower() in {"course", "route", "point", "curve", "result", "trend", "data", "line", "graph"} for c in objs):
            return None
        return i, j
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "compound":  # "plot twist", "plot line"
        return None
    return i, j


def rule_puppet_figurative(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    words = {t.lemma_.lower() for t in doc[i].sent}
    if words & {"puppetry", "marionette", "theatre", "theater", "muppet", "puppeteer", "show", "festival"}:
        return None
    return i, j


def _introduces_speech(verb: Token) -> bool:
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return True
    if verb.dep_ in ("parataxis",):
        return True
    # '"...," he claimed' / 'claimed: "..."' — a quotation mark right next to the clause
    sent = verb.sent
    window = doc_slice(verb.doc, max(sent.start, verb.i - 4), min(sent.end, verb.i + 3))
    if any(t.text in "\"\u201c\u201d\u2018\u2019\u00ab\u00bb" for t in window) and not any(c.dep_ == "dobj" for c in kids):
        return True
    # "it was claimed that" / "he claimed so" — a clause with 'that' marker attached elsewhere
    if any(c.dep_ == "mark" for c in kids):
        return True
    return _misattached_that_clause(verb)


#: nouns that take a that-clause of their own ("the news that", "reports that")
CLAUSE_NOUNS = frozenset("""
fact report reports news claim claims suggestion idea belief fear fears hope hopes evidence sign signs rumour
rumor allegation allegations word announcement notion assurance assurances view statement concern concerns
warning confirmation indication expectation speculation possibility chance risk theory impression sense
""".split())


TIME_PREPS = frozenset("after before during following at on".split())


def _misattached_that_clause(verb: Token) -> bool:
    """"bragged after the vote that the city was leading": the small parser hangs the that-clause
    on the noun of a time or place phrase. A clause with "that" as its marker and a subject of its
    own, under a prepositional phrase of the verb whose noun takes no clause, is the verb's."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in CLAUSE_NOUNS:
                continue
            for cl in noun.children:
                if cl.dep_ not in ("acl", "relcl", "ccomp") or cl.i < noun.i or \
                        not any(m.dep_ in ("nsubj", "nsubjpass") and m.lower_ != "that" for m in cl.children):
                    continue
                that = [m for m in cl.children if m.lower_ == "that" and m.i < cl.i]
                if any(m.dep_ == "mark" for m in that):
                    return True
                # "boasted after the hearing that he had won", read as a relative clause
                if that and prep.lower_ in TIME_PREPS:
                    return True
    return False


def doc_slice(doc: Doc, a: int, b: int) -> Span:
    return doc[a:b]


def rule_speech_verb(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("amod",):  # "the alleged attack" is not a reporting verb
        return None
    # "claims to speak for", "claimed to be" are the delegitimising "claim to" (its own entry)
    if any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children) \
            and tok.lemma_.lower() == "claim":
        return None
    return (i, j) if _introduces_speech(tok) else None


def rule_claim_to(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ != "VERB" or j >= len(doc) + 1:
        return None
    to = doc[j - 1]
    if to.lower_ != "to" or to.pos_ != "PART":
        return None
    return (i, j) if to.head.dep_ == "xcomp" and to.head.head.i == verb.i else None


def rule_person_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    objs = _objects(verb)
    if any(is_person(o) for o in objs):
        return i, j
    # "beaten to death", "beat up"
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return i, j
    if any(c.dep_ == "prep" and any(g.lower_ == "death" for g in c.children) for c in verb.children):
        return i, j
    return None


def rule_dissent_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    for o in _objects(verb):
        if o.lemma_.lower() in DISSENT_OBJECTS or o.lower_ in DISSENT_OBJECTS:
            return i, max(j, o.i + 1) if o.i - j <= 2 and o.i >= j else (i, j)
    return None


def rule_attributive(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = _head_token(doc, i, j)
    if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "acomp"):
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acomp"):
            return None
        return i, j
    return None


def _group_head(tok: Token) -> Token | None:
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ in ("acomp", "attr"):
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subj[0] if subj else None
    if tok.dep_ == "conj":
        return _group_head(tok.head)
    return None


def rule_person_modifier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    head = _group_head(_head_token(doc, i, j))
    return (i, j) if head is not None and is_person(head) else None


def rule_person_target(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = _head_token(doc, i, j)
    if tok.dep_ == "attr":
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (i, j) if subj and is_person(subj[0]) else None
    if tok.dep_ == "appos" and is_person(tok.head):
        return i, j
    if any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in tok.children) and tok.dep_ in ("nsubj", "dobj"):
        return i, j
    return None


VICTIM_HARM = frozenset("""
victim survivor abuse torture massacre atrocity discrimination mistreatment persecution genocide crime
violation killing harassment racism refugee protester activist dissident journalist prisoner hostage
famine starvation rape expulsion deportation bombing shelling
""".split())


def rule_alleged_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.dep_ != "amod" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return (i, j) if tok.head.lemma_.lower() in VICTIM_HARM else None


def rule_restored_order(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and head.lemma_.lower() == "restore":
        if any(c.lower_ in ("law", "public", "constitutional") or c.dep_ == "det" and c.lower_ == "an" for c in tok.children):
            pass
        return min(i, head.i), max(j, head.i + 1)
    return None


def rule_figurative_cut(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return None
    body = {"tyre", "tire", "wrist", "throat", "face", "arm", "neck", "canvas", "painting", "seat", "leg", "hand"}
    if any(o.lemma_.lower() in body for o in _objects(verb)):
        return None
    return i, j



#: verbs that make criticism sound like an assault (slam, blast, savage ...): objects that show a
#: literal use instead ("slammed the door", "blasted a hole")
PHYSICAL_OBJECTS = frozenset("""
door lid gate window brake brakes phone receiver fist hand ball puck shot goal net wall hole rock tunnel
way path music horn siren car vehicle truck bus boat plane drawer book table desk rocket missile bomb
shell building bridge boulder mountain road water air sand paint cannon hose
""".split())

#: subjects that cannot be a critic: "fighting raged", "the fire raged", "the bomb blasted"
NON_CRITIC_SUBJECTS = frozenset("""
fire wildfire blaze flame storm wind rain sea wave water fighting battle war conflict violence clash debate
controversy row argument epidemic pandemic virus disease bomb explosion explosive blast engine music
speaker siren gun rifle artillery shell rocket missile cannon
""".split())


def _is_actor(tok: Token) -> bool:
    """A person, group or organisation that can speak or act."""
    if is_person(tok):
        return True
    if tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return tok.lemma_.lower() not in NON_CRITIC_SUBJECTS
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in {"union", "company", "firm", "campaigner", "boss", "mp", "senator",
                                   "spokesman", "spokeswoman", "spokesperson", "chief", "executive",
                                   "chairman", "chair", "president", "governor", "mayor", "group", "party",
                                   "charity", "ngo", "watchdog", "regulator", "council", "minister", "critic"}


def rule_attack_verb(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb of physical assault used for criticism: "slammed the plan", "blasted the bosses as
    greedy", "fumed: ...". Rejected for literal uses: a physical object ("slammed the door"), a
    motion ("slammed into a wall"), an instrument ("blasted them with water cannon") or a subject
    that is not an actor ("fighting raged")."""
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ in ("shut", "open", "down", "off", "away") for c in kids):
        return None
    if j - i == 1 and any(c.dep_ == "prep" and c.lower_ in ("into", "through", "across", "onto") for c in kids):
        return None
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in PHYSICAL_OBJECTS for g in c.children) for c in kids):
        return None  # "slammed on the brakes", "blasted them with water cannon"
    if any(o.lemma_.lower() in PHYSICAL_OBJECTS for o in _objects(verb)):
        return None
    subj = _subject_of(verb)
    if subj is not None and subj.dep_ != "nsubjpass":
        return (i, j) if _is_actor(subj) else None
    if subj is not None:  # passive: "the plan was slammed by unions"
        agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return (i, j) if agent and _is_actor(agent[0]) else None
    # a headline or a clause without a subject: only with speech or an "as"-judgement
    if _introduces_speech(verb) or any(c.dep_ == "prep" and c.lower_ in ("as", "for", "over") for c in kids):
        return i, j
    return None


MONEY_WORDS = frozenset("""
money cash fortune bonus bonuses payout payment pay salary wage fee fees profit profits million millions
billion billions thousand thousands pound pounds dollar dollars euro euros sum windfall dividend dividends
reward rewards share shares stake commission kickback bribe bribes taxpayer difference jackpot payday revenue
revenues earnings income
""".split())


def _is_money(tok: Token) -> bool:
    if tok.ent_type_ == "MONEY" or tok.lemma_.lower() in MONEY_WORDS or tok.lower_ in MONEY_WORDS:
        return True
    if any(c.text in "£$€¥" or c.ent_type_ == "MONEY" for c in tok.subtree):
        return True
    return bool(re.match(r"^[£$€]?\d[\d,.]*(m|bn|k|million|billion)?$", tok.lower_)) and \
        any(t.text in "£$€" for t in tok.doc[max(0, tok.i - 2):tok.i + 1])


def rule_money_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Taking money: "pocketed £2m", "raked in millions", not "pocketed the ball"."""
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    objs = _objects(verb) + [c for c in verb.children if c.dep_ in ("npadvmod", "attr", "oprd")] + \
        [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return (i, j) if any(_is_money(o) for o in objs) else None


STEERING_VERBS = frozenset("""
direct control orchestrate fund finance instigate steer pay coordinate guide mastermind sponsor incite
manipulate run order organise organize command instruct plan manage bankroll
""".split())


def rule_steered_from_abroad(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"directed from abroad", "funded from abroad": the span is widened to take in the verb."""
    for k in range(i - 1, max(-1, i - 3), -1):
        tok = doc[k]
        if tok.lemma_.lower() in STEERING_VERBS or _verb_stems(tok.lower_) & STEERING_VERBS:
            return k, j
        if tok.pos_ not in ("ADV", "AUX", "PART"):
            break
    return None


PRAISED_ACTIONS = frozenset("""
measure action leadership leader step response intervention handling approach manner guidance decision
steps measures actions
""".split())


def rule_praised_action(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"decisive measures", "decisive leadership" (not "a decisive vote", "the decisive factor")."""
    tok = _head_token(doc, i, j)
    head = _group_head(tok)
    return (i, j) if head is not None and head.lemma_.lower() in PRAISED_ACTIONS else None


def rule_lie_claim(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"fabrications" as a name for someone's report, not "fabrication of evidence" (a charge) or
    "metal fabrication" (an industry)."""
    tok = _head_token(doc, i, j)
    if tok.dep_ == "compound":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in
           {"metal", "steel", "chip", "wafer", "semiconductor", "device", "sheet", "custom", "precision", "welding"}
           for c in tok.children):
        return None
    return i, j


STORM_CONTENT = frozenset("""
criticism protest protests anger outrage controversy complaint complaints abuse condemnation derision
ridicule fury indignation opposition disapproval
""".split())


def rule_figurative_storm(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"a storm of criticism", "a political storm", "the storm over X", not the weather."""
    tok = _head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in STORM_CONTENT for g in c.children):
            return i, j
        if c.dep_ == "prep" and c.lower_ in ("over", "about", "surrounding"):
            return i, j
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in {"political", "diplomatic", "media", "twitter",
                                                                 "social", "online", "pr", "public"}:
            return i, j
    return None


PHYSICAL_NOUNS = frozenset("""
explosion blast earthquake quake fire wildfire blaze storm hurricane typhoon cyclone flood flooding tsunami
wave star planet galaxy hole object rock boulder asteroid meteor iceberg glacier stroke attack haemorrhage
hemorrhage bleeding tumour tumor dose overdose structure building ship vessel machine telescope dinosaur
whale animal creature body mass landslide avalanche eruption volcano heart
""".split())


def rule_not_physical(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """An intensifier of evaluation ("a massive failure", "massive bonuses"), not of physical size
    ("a massive explosion", "a massive star", "a massive heart attack")."""
    tok = _head_token(doc, i, j)
    if tok.dep_ not in ("amod", "acomp"):
        return None
    head = _group_head(tok)
    if head is None:
        return None
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    return None if words & PHYSICAL_NOUNS else (i, j)


def rule_not_compound(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A noun naming people or things in its own right, not a modifier of another noun
    ("terrorists", not "terrorist attack"; "the elites", not "elite forces")."""
    tok = _head_token(doc, i, j)
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN") and doc[tok.i + 1].head.i != tok.i:
        return None
    return i, j


def rule_affairs_interference(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"interference in (a country's internal) affairs", not radio interference."""
    tok = _head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "into"):
            if any(g.lemma_.lower() in {"affair", "affairs", "politics"} for g in c.subtree):
                return i, j
    return None


def rule_figurative_place(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A place likened to a sewer or toilet: "like an open toilet", "turned into a cesspit",
    "the river is an open sewer", not a literal sewer ("an open sewer runs behind the houses")."""
    tok = _head_token(doc, i, j)
    prev = [t.lower_ for t in doc[max(0, i - 3):i]]
    if any(w in ("like", "into", "as") for w in prev):
        return i, j
    return (i, j) if tok.dep_ in ("attr", "oprd") else None


def rule_smear(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"smear" as an attack on a reputation, not a medical smear test or a smear of paint."""
    tok = _head_token(doc, i, j)
    sent = {t.lemma_.lower() for t in tok.sent}
    if sent & {"cervical", "cancer", "screening", "test", "sample", "slide", "microscope", "paint", "blood", "mud", "oil",
               "lipstick", "ink", "grease", "butter", "cream"}:
        return None
    if tok.pos_ == "VERB":
        objs = _objects(tok)
        return (i, j) if any(_is_actor(o) or o.lemma_.lower() in {"name", "reputation", "character", "record"}
                             for o in objs) else None
    return i, j


def rule_actor_subject(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb whose subject is a person or group ("bosses raked in", "critics seethed")."""
    verb = _head_token(doc, i, j)
    subj = _subject_of(verb)
    return (i, j) if subj is not None and _is_actor(subj) else None


LOTTERY = frozenset("lottery lotto powerball euromillions draw ticket casino slot jackpot-winning bingo raffle".split())


def rule_not_lottery(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"jackpot" as a figurative windfall, not a lottery prize."""
    words = {t.lemma_.lower() for t in doc[i].sent}
    return None if words & LOTTERY else (i, j)


#: things a legislature passes: "rammed through a ban", "railroaded the bill"
LEGISLATIVE = frozenset("""
bill law legislation ban measure ordinance reform reforms plan proposal policy budget rule rules regulation
amendment change changes vote motion deal package act tax cap mandate decree resolution treaty appointment
nomination nominee agenda scheme levy hike increase cut cuts constitution charter code project
""".split())

#: bodies a measure passes through: "forced through parliament"
LEGISLATURES = frozenset("""
parliament congress senate house council committee legislature assembly commons lords chamber
""".split())

#: verbs that need "through" to mean forced passage ("rammed through", not "rammed the gate")
_THROUGH_ONLY = frozenset("ram force jam rush bulldoze push".split())


def rule_forced_passage(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A measure pushed through without debate: "rammed through a ban", "forced the bill through
    parliament", "railroaded the vote", "steamrolled the opposition". Not "rammed the gate",
    "forced their way through the crowd", "bulldozed the homes". The span takes in an adjacent
    "through"."""
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    objs = _objects(verb)
    through_prt = [c for c in kids if c.dep_ == "prt" and c.lower_ == "through"]
    through_prep = [c for c in kids if c.dep_ == "prep" and c.lower_ == "through"]
    legislative = any(o.lemma_.lower() in LEGISLATIVE for o in objs) or \
        any(g.lemma_.lower() in LEGISLATIVE for c in through_prep for g in c.children if g.dep_ == "pobj")
    via_body = any(g.lemma_.lower() in LEGISLATURES for c in through_prep for g in c.children if g.dep_ == "pobj")
    if any(o.lemma_.lower() in PHYSICAL_OBJECTS or o.lemma_.lower() == "way" for o in objs):
        return None
    ok = ((through_prt and (legislative or not objs)) or via_body or (through_prep and legislative))
    if not ok and verb.lemma_.lower() not in _THROUGH_ONLY and not _verb_stems(verb.lower_) & _THROUGH_ONLY:
        ok = legislative or any(_is_actor(o) for o in objs)
    if not ok:
        return None
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.lower_ == "through" and nxt.head.i == verb.i:
        return i, j + 1
    return i, j


def rule_funded_by(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Money told as a hidden string: "a group bankrolled by donors", "bankrolling the protesters"
    (a paying agent or a person or group paid), not "the studio bankrolled the film"."""
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return i, j
    return (i, j) if any(_is_actor(o) for o in _objects(verb)) else None


#: modifiers that make "agenda" a partisan smear: "socialist agenda", "woke agenda", "hidden agenda"
AGENDA_SMEARS = frozenset("""
radical woke globalist socialist communist marxist leftist far-left far-right hard-left hard-right extremist
gay homosexual trans transgender hidden secret sinister anti-american anti-family anti-growth anti-business
anti-car anti-british anti-christian anti-israel anti-white separatist totalitarian
""".split())


def rule_smear_agenda(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"agenda" with a partisan modifier ("the socialist agenda", "a woke agenda", "their hidden
    agenda"); the span takes in the modifier. Not "the meeting's agenda", "a reform agenda"."""
    tok = _head_token(doc, i, j)
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    best = None
    for m in mods:
        words = {m.lower_, m.lemma_.lower()}
        start = m.i
        # hyphenated modifiers are several tokens: "far - left", "anti - growth"
        if m.i >= 2 and doc[m.i - 1].text in HYPHENS:
            words.add(f"{doc[m.i - 2].lower_}-{m.lower_}")
            start = m.i - 2
        for c in m.children:
            if c.i < m.i and c.dep_ in ("amod", "advmod", "compound", "npadvmod") and \
                    m.i - c.i <= 2 and doc[m.i - 1].text in HYPHENS:
                words.add(f"{c.lower_}-{m.lower_}")
                start = min(start, c.i)
        if words & AGENDA_SMEARS:
            best = start if best is None else min(best, start)
    return (best, j) if best is not None else None


def rule_anti_country_forces(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"anti-China forces", "anti-Russian elements": unnamed enemies of a country or people
    (state-media register). The span starts at "anti". Not "anti-government forces" (a neutral
    name for rebels) or "anti-aircraft forces"."""
    k = i - 1
    if k < 1:
        return None
    name = doc[k]
    if not (name.text[:1].isupper() and (name.ent_type_ in ("GPE", "NORP", "LOC") or name.pos_ == "PROPN")):
        return None
    if doc[k - 1].text in HYPHENS and k >= 2 and doc[k - 2].lower_ == "anti":
        return k - 2, j
    if doc[k - 1].lower_ == "anti-" or name.lower_.startswith("anti"):
        return k - 1, j
    return None


#: modifiers that make "vandalism" a metaphor: "ecological vandalism", "cultural vandalism"
VANDALISM_KINDS = frozenset("""
ecological environmental cultural architectural economic constitutional democratic political educational
legislative fiscal intellectual historical heritage planning corporate institutional social moral
""".split())
VANDALISM_TARGETS = frozenset("""
democracy constitution countryside landscape heritage nature environment planet history culture
institution institutions tradition economy
""".split())


def rule_figurative_vandalism(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Harm to something abstract told as vandalism ("ecological vandalism", "an act of cultural
    vandalism", "vandalism of our democracy"), not graffiti or smashed windows."""
    tok = _head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in VANDALISM_KINDS:
            return min(i, c.i), j
        if c.dep_ == "prep" and c.lower_ in ("of", "against", "on") and \
                any(g.lemma_.lower() in VANDALISM_TARGETS for g in c.children):
            return i, j
    return None


#: what "starve" deprives of when it is a metaphor: "starve schools of money"
STARVE_OF = frozenset("""
money fund funds funding cash resource resources investment capital revenue revenues staff support oxygen
credit finance investment liquidity
""".split())
INSTITUTIONS = frozenset("""
school schools hospital hospitals service services council councils budget program programme sector economy
industry business businesses university universities nhs department agency court courts police library
libraries college colleges district districts system infrastructure city cities town towns region regions
""".split())


def rule_figurative_starve(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"starve public schools of money", "services starved of funds": cutting money told as
    starving; not people starving (a literal harm, told by other entries)."""
    verb = _head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in STARVE_OF for g in c.children):
            return i, j
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return None
    return (i, j) if any(o.lemma_.lower() in INSTITUTIONS or o.lower_ in INSTITUTIONS
                         for o in _objects(verb)) else None


LEGAL_WORDS = frozenset("""
sue sued suing lawsuit court trial judge jury libel defamation damages plaintiff defendant statute tort
""".split())


def rule_not_legal(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"slander" as a name for criticism, not the legal wrong in a lawsuit ("sued for slander")."""
    words = {t.lemma_.lower() for t in doc[i].sent} | {t.lower_ for t in doc[i].sent}
    return None if words & LEGAL_WORDS else (i, j)


def rule_not_modifier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb used as a verb ("they hyped up the issue"), not a participle modifying a noun
    ("the much-hyped launch")."""
    tok = _head_token(doc, i, j)
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
        return None
    if i >= 1 and doc[i - 1].text in HYPHENS:
        return None
    return i, j


def rule_figurative_crusade(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A political campaign told as a holy war ("a climate crusade", "his crusade against"), not
    the medieval Crusades."""
    tok = _head_token(doc, i, j)
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return None
    words = {t.lemma_.lower() for t in tok.sent}
    if words & {"medieval", "jerusalem", "knight", "templar", "saladin", "crusader", "century", "holy", "pope"}:
        return None
    return i, j


WAR_WORDS = frozenset("""
troops troop army military soldier soldiers war front frontline shelling shell attack offensive forces force
invasion invade occupied occupation missile drone artillery battle combat territory territories checkpoint
""".split())


def rule_military_occupier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"occupiers" for an enemy's troops ("Russian occupiers", "the occupiers shelled the town"),
    not owner-occupiers or the occupiers of a building."""
    tok = _head_token(doc, i, j)
    if i >= 1 and (doc[i - 1].lower_ == "owner" or (doc[i - 1].text in HYPHENS and i >= 2 and doc[i - 2].lower_ == "owner")):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the occupiers of the building"
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return i, j
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return (i, j) if words & WAR_WORDS else None


SURVEY_WORDS = frozenset("poll polls polling survey surveys respondent respondents percent percentage among".split())


def rule_not_survey(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"a self-described democratic socialist" distances the writer from a name, but "self-described
    liberals" in a poll is survey language."""
    words = {t.lower_ for t in doc[i].sent}
    return None if words & SURVEY_WORDS or "%" in words else (i, j)


# --------------------------------------------------------------------------- fourth round: partisan and
# state-media registers

def _sent_words(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}


#: nouns a "MAGA" label attaches to ("MAGA Republicans", "the MAGA crowd")
MAGA_HEADS = frozenset("""
republican republicans gop crowd base movement wing faction extremist extremists candidate senator lawmaker
congressman congresswoman governor judge loyalist loyalists supporter supporters world mob cult acolyte
politician candidate agenda activist voter voters right
""".split())


def rule_maga_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"MAGA" as a label for people ("MAGA Republicans", "a MAGA senator", "the MAGA crowd"),
    not the slogan on a hat or a rally name."""
    k = j
    while k < len(doc) and doc[k].text in HYPHENS:
        k += 1
    if k >= len(doc):
        return None
    nxt = doc[k]
    words = {nxt.lower_, nxt.lemma_.lower()}
    if words & {"hat", "hats", "cap", "caps", "slogan", "rally", "rallies", "merchandise"}:
        return None
    return (i, j) if words & MAGA_HEADS or is_person(nxt) else None


#: nouns "dangerous" judges when said of people's words and ideas
DANGEROUS_TARGETS = frozenset("""
rhetoric lie lies idea ideas ideology conspiracy theory theories agenda extremist extremists demagogue language
falsehood falsehoods misinformation disinformation narrative narratives movement propaganda talk claims claim
views view beliefs belief policies fantasy fantasies nonsense radical radicals zealot zealots cult lunatic
""".split())
#: people "dangerous" describes literally (risk, not a political judgement)
DANGEROUS_LITERAL_PEOPLE = frozenset("""
offender offenders criminal criminals prisoner prisoners inmate inmates driver drivers suspect suspects patient
patients fugitive fugitives gunman animal dog dogs
""".split())


def rule_dangerous_judgement(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"dangerous" as a judgement of people, rhetoric or ideas ("dangerous rhetoric", "a dangerous
    extremist", "his dangerous lies"), not of roads, storms, drugs or a "dangerous offender"."""
    head = _group_head(_head_token(doc, i, j))
    if head is None:
        return None
    words = {head.lower_, head.lemma_.lower()}
    if words & DANGEROUS_LITERAL_PEOPLE:
        return None
    if words & DANGEROUS_TARGETS:
        return i, j
    return (i, j) if head.pos_ != "PRON" and is_person(head) and head.ent_type_ != "NORP" else None


LIE_MODIFIERS = frozenset("""
election big dangerous outright blatant brazen shameless baseless bald-faced barefaced repeated endless racist
vicious
""".split())


def rule_lie_accusation(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"lies" as an accusation: someone's lies ("his lies", "Trump's lies"), lies with a judging
    modifier ("election lies", "dangerous lies", "the Big Lie") or the object of telling/spreading;
    not the verb ("the truth lies in"), a "white lie" or a lie-detector test."""
    tok = _head_token(doc, i, j)
    if tok.pos_ in ("VERB", "AUX"):
        # the small parser reads "his election lies at" as a clause with the verb "lies"
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1]
        if tok.lower_ == "lies" and subj and subj[0].lower_ in LIE_MODIFIERS and \
                any(c.dep_ == "poss" for c in subj[0].children):
            return subj[0].i, j
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "compound":  # "lie detector"
        return None
    if any(w in {"detector", "polygraph", "white"} for w in _sent_words(tok)):
        return None
    for c in tok.children:
        if c.dep_ == "poss":
            return i, j
        if c.dep_ in ("amod", "compound") and c.lower_ in LIE_MODIFIERS:
            return min(i, c.i), j
    if tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() in {"spread", "peddle", "push", "repeat", "tell", "amplify"}:
        return i, j
    return None


def rule_stolen_election(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """An election told as stolen ("the stolen election", "the election was stolen", "steal the
    vote"), not a stolen car or stolen data."""
    tok = _head_token(doc, i, j)
    cands = [tok.head] if tok.dep_ in ("amod", "acl") else []
    cands += _objects(tok) if tok.pos_ in ("VERB", "AUX") else []
    if tok.dep_ in ("acomp",):
        cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (i, j) if any(c.lemma_.lower() in {"election", "vote", "ballot", "presidency", "race", "mandate"}
                         for c in cands) else None


MIGRATION_WORDS = frozenset("""
migrant migrants migration immigrant immigrants immigration asylum asylum-seeker refugee refugees illegal
illegals alien aliens border crossers newcomer newcomers
""".split())


def rule_migration_magnet(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A place called a "magnet" for migrants ("a magnet for illegal immigration"); not a magnet
    for tourists or talent, nor a physical magnet."""
    tok = _head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return (i, j) if any(t.lemma_.lower() in MIGRATION_WORDS or t.lower_ in MIGRATION_WORDS
                                 for t in c.subtree) else None
    return None


PREMIERE_WORDS = frozenset("""
film films movie premiere festival oscar oscars award awards gala celebrity celebrities star stars actor actress
cannes bafta emmy emmys grammy grammys fashion
""".split())


def rule_not_premiere(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"roll out the red carpet" as a lavish welcome (for migrants, investors, an autocrat), not
    the carpet at a premiere or awards night."""
    return None if _sent_words(doc[i]) & PREMIERE_WORDS else (i, j)


MELTDOWN_LITERAL = frozenset("""
nuclear reactor reactors plant core fuel market markets stock stocks financial bank banks banking economic
economy crypto currency price prices bond bonds housing fukushima chernobyl uranium
""".split())


def rule_person_meltdown(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A person's or group's "meltdown" ("activists had a meltdown", "his meltdown on air"), not
    a reactor or a market meltdown."""
    tok = _head_token(doc, i, j)
    if _sent_words(tok) & MELTDOWN_LITERAL:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return i, j
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"have", "suffer", "throw", "stage", "go"}:
        subj = _subject_of(tok.head)
        return (i, j) if subj is not None and _is_actor(subj) else None
    return (i, j) if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in {"online", "on-air", "social", "public", "total", "epic", "full"}) for c in tok.children) else None


WELFARE_WORDS = frozenset("""
welfare taxpayer taxpayers taxpayer-funded benefit benefits migrant migrants immigrant immigrants illegal
illegals alien aliens freeloader freeloaders scrounger scroungers government state federal
""".split())


def rule_welfare_handout(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"handouts" for public spending told as charity to the undeserving ("government handouts",
    "handouts for illegal immigrants"); not a press handout, a charity's food handout or "cash
    handouts" in economic copy."""
    tok = _head_token(doc, i, j)
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & {"cash", "press", "food", "media"}:
        return None
    if mods & WELFARE_WORDS:
        return i, j
    return (i, j) if _sent_words(tok) & (WELFARE_WORDS - {"government", "state", "federal"}) else None


INSTITUTION_NOUNS = frozenset("""
department police force agency school schools hospital hospitals service services council city town county
university universities library libraries museum charity charities nhs army military fire brigade court courts
""".split())


def rule_institution_beg(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """An institution said to "beg" for money ("her own police department begs for funding"):
    the narrator casts a budget request as pleading. Not a person begging (literal or reported)."""
    verb = _head_token(doc, i, j)
    if j >= len(doc) or doc[j].lower_ != "for":
        return None
    if verb.pos_ == "NOUN":  # the small parser reads "department begs for" as a compound noun
        if verb.lower_ != "begs":
            return None
        subj = next((c for c in verb.children if c.dep_ == "compound"), None)
    elif verb.pos_ == "VERB":
        subj = _subject_of(verb)
    else:
        return None
    if subj is None or is_person(subj):
        return None
    if subj.lemma_.lower() not in INSTITUTION_NOUNS and subj.lower_ not in INSTITUTION_NOUNS:
        return None
    return i, j


def rule_crowd_criminals(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"criminals" said of protesters, activists or opponents ("a handful of criminals", in a
    sentence about protest or unrest), not police news about convicted criminals."""
    tok = _head_token(doc, i, j)
    if tok.dep_ in ("compound", "amod"):
        return None
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in {"handful", "bunch", "band", "gang", "group", "clique"}:
        return i - 2 if doc[i - 2].lower_ == "handful" else i, j
    words = _sent_words(tok)
    if words & {"court", "convicted", "sentenced", "prison", "jail", "parole", "police-recorded"}:
        return None
    return (i, j) if words & {"protest", "protests", "protester", "protesters", "demonstrator", "demonstrators", "rally",
                              "activist", "activists", "opposition", "unrest", "riot", "riots", "crowd", "crowds"} else None


def rule_state_militants(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"militants" for a state's soldiers ("the Kyiv regime's militants", "militants of the
    regime"): state media denying an army the name of army. Neutral wire copy's "Hamas militants"
    or "Islamist militants" is not flagged."""
    tok = _head_token(doc, i, j)
    state = {"regime", "government", "junta", "kyiv", "state", "army"}
    for c in tok.children:
        if c.dep_ == "poss":
            if c.lemma_.lower() in state or c.ent_type_ == "GPE" or any(g.lemma_.lower() in {"regime", "junta"} for g in c.subtree):
                return i, j
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.lemma_.lower() in {"regime", "junta"} for g in c.subtree):
                return i, j
    return None


def rule_foreign_curator(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"curators"/"handlers" as foreign controllers ("its Western curators", "their Washington
    handlers"), not museum curators or baggage handlers."""
    tok = _head_token(doc, i, j)
    words = _sent_words(tok)
    if words & {"museum", "gallery", "exhibition", "art", "artist", "collection", "festival", "baggage", "dog",
                "airport", "luggage", "animal", "food"}:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss"):
            if c.lower_ in {"western", "foreign", "overseas", "american", "us", "nato", "washington", "british",
                            "european", "u.s."} or c.ent_type_ in ("GPE", "NORP"):
                return min(i, c.i), j
    return None


ORCHESTRATED_EVENTS = frozenset("""
campaign provocation protest riot riots unrest hysteria smear coup revolution uprising disturbance disturbances
attack stunt incident outrage leak operation
""".split())


def rule_orchestrated_campaign(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"orchestrated" as a modifier of protest, provocation or a campaign ("an orchestrated
    information campaign", "orchestrated provocations"): events told as staged by a hidden hand;
    not "a well-orchestrated ceremony"."""
    tok = _head_token(doc, i, j)
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod",):
        return (i, j) if any(o.lemma_.lower() in ORCHESTRATED_EVENTS for o in _objects(tok)) else None
    head = _group_head(tok)
    if head is None:
        return None
    if i >= 2 and doc[i - 1].text in HYPHENS:
        return None  # "well-orchestrated", "carefully-orchestrated"
    return (i, j) if head.lemma_.lower() in ORCHESTRATED_EVENTS else None


def rule_genocide_pretext(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"genocide" as the pretext of a military action: "protect/save residents from genocide".
    The legal and historical term ("charged with genocide", "the Rwandan genocide", "genocide
    against the Rohingya" in a court report) is not flagged."""
    tok = _head_token(doc, i, j)
    if tok.head.lower_ != "from" or tok.dep_ != "pobj":
        return None
    verb = tok.head.head
    return (i, j) if verb.lemma_.lower() in {"protect", "save", "shield", "defend", "rescue", "liberate", "guard"} else None


def rule_not_special_forces(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"special operation" naming a war or crackdown, not "special operations forces/command" or
    a hospital's or police unit's special operation."""
    if j < len(doc) and doc[j].lemma_.lower() in {"force", "forces", "command", "unit", "units", "team", "squad", "executive"}:
        return None
    if doc[j - 1].lower_ == "operations":
        return None
    return i, j


def rule_not_schengen(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"open borders" as a partisan charge, not the EU's Schengen area of open internal borders."""
    return None if _sent_words(doc[i]) & {"schengen", "eu", "european", "internal", "union", "single"} else (i, j)


def rule_not_blonde(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"bombshell" of news (a bombshell report, recording, revelation), not a "blonde bombshell"."""
    return None if _sent_words(doc[i]) & {"blonde", "blond", "actress", "starlet", "sexy"} else (i, j)


#: rules that judge a capitalised name themselves, so a term with one of them is tried even where the
#: tagger found a name ("MAGA Republicans" is tagged as one group name)
NAME_RULES = frozenset({"maga_label"})

RULES: dict[str, RuleFn] = {
    "regime_label": rule_regime_label,
    "plot_scheme": rule_plot_scheme,
    "puppet_figurative": rule_puppet_figurative,
    "speech_verb": rule_speech_verb,
    "claim_to": rule_claim_to,
    "person_object": rule_person_object,
    "dissent_object": rule_dissent_object,
    "attributive": rule_attributive,
    "person_modifier": rule_person_modifier,
    "person_target": rule_person_target,
    "alleged_label": rule_alleged_label,
    "restored_order": rule_restored_order,
    "figurative_cut": rule_figurative_cut,
    "attack_verb": rule_attack_verb,
    "money_object": rule_money_object,
    "steered_from_abroad": rule_steered_from_abroad,
    "praised_action": rule_praised_action,
    "lie_claim": rule_lie_claim,
    "figurative_storm": rule_figurative_storm,
    "not_physical": rule_not_physical,
    "not_compound": rule_not_compound,
    "affairs_interference": rule_affairs_interference,
    "figurative_place": rule_figurative_place,
    "smear": rule_smear,
    "actor_subject": rule_actor_subject,
    "not_lottery": rule_not_lottery,
    "forced_passage": rule_forced_passage,
    "funded_by": rule_funded_by,
    "smear_agenda": rule_smear_agenda,
    "anti_country_forces": rule_anti_country_forces,
    "figurative_vandalism": rule_figurative_vandalism,
    "figurative_starve": rule_figurative_starve,
    "not_legal": rule_not_legal,
    "not_modifier": rule_not_modifier,
    "figurative_crusade": rule_figurative_crusade,
    "military_occupier": rule_military_occupier,
    "not_survey": rule_not_survey,
    "maga_label": rule_maga_label,
    "dangerous_judgement": rule_dangerous_judgement,
    "lie_accusation": rule_lie_accusation,
    "stolen_election": rule_stolen_election,
    "migration_magnet": rule_migration_magnet,
    "not_premiere": rule_not_premiere,
    "person_meltdown": rule_person_meltdown,
    "welfare_handout": rule_welfare_handout,
    "institution_beg": rule_institution_beg,
    "crowd_criminals": rule_crowd_criminals,
    "state_militants": rule_state_militants,
    "foreign_curator": rule_foreign_curator,
    "orchestrated_campaign": rule_orchestrated_campaign,
    "genocide_pretext": rule_genocide_pretext,
    "not_special_forces": rule_not_special_forces,
    "not_schengen": rule_not_schengen,
    "not_blonde": rule_not_blonde,
}


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    entry: LexiconEntry
    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int


def _pos_ok(tok: Token, pos: str) -> bool:
    if not pos:
        return True
    if tok.pos_ == "PROPN" and tok.is_upper and len(tok.text) > 2 and pos in ("ADJ", "NOUN"):
        return True  # an all-capitals tabloid word ("SHAMELESS water bosses") is tagged as a name
    if pos == "NOUN":
        return tok.pos_ in ("NOUN", "PROPN")
    if pos == "ADJ":
        return tok.pos_ == "ADJ" or (tok.pos_ in ("VERB", "NOUN", "PROPN") and tok.dep_ in ("amod", "acomp"))
    if pos == "VERB":
        return tok.pos_ == "VERB"
    if pos == "ADV":
        return tok.pos_ == "ADV"
    return True


def _verb_stems(low: str) -> set[str]:
    """Base forms guessed from an -ed/-ing ending (the small parser's lemmatiser misses some:
    "trousered" -> "trousere", "raged" -> "rag")."""
    out: set[str] = set()
    for suf in ("ed", "ing"):
        if low.endswith(suf) and len(low) > len(suf) + 2:
            stem = low[: -len(suf)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # slammed -> slam
            if suf == "ed" and stem.endswith("i"):
                out.add(stem[:-1] + "y")  # bullied -> bully
    return out


def _forms(tok: Token) -> list[str]:
    """The forms a lexicon word may match at ``tok``, in a fixed order of preference: the word
    as written, its lemma, without hyphens, then guessed stems (so that ties between two
    entries resolve the same way in every run, whatever the string hash seed)."""
    low = tok.lower_.replace("\u2019", "'")
    forms = [low, tok.lemma_.lower(), low.replace("-", "")]
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and low.endswith("ed")):
        forms += sorted(_verb_stems(low))
    if tok.pos_ == "PROPN" and len(low) > 3 and low.endswith("s"):
        # a capitalised plural the tagger took for a name ("Thugs hurled stones")
        forms += [low[:-1], low[:-2] if low.endswith("es") else low, low[:-3] + "y" if low.endswith("ies") else low]
    return list(dict.fromkeys(forms))


class Matcher:
    """Compiled lexicon: index entries by their first word (and joined prefixes)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.index: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
        for e in lexicon.active_entries():
            words = split_term(e.term)
            if not words:
                continue
            keys = {words[0]} | {"".join(words[:n]) for n in range(2, len(words) + 1)}
            for k in keys:
                self.index.setdefault(k, []).append((words, e))

    def _match_words(self, doc: Doc, i: int, words: tuple[str, ...]) -> int | None:
        """Token index one past the match of ``words`` starting at token ``i`` (None: no match)."""
        k, t = 0, i
        n = len(doc)
        while k < len(words):
            if t >= n:
                return None
            tok = doc[t]
            if k > 0 and tok.text in HYPHENS and not doc[t - 1].whitespace_:
                t += 1
                continue
            if k > 0 and tok.is_space:
                return None
            forms = _forms(tok)
            if words[k] in forms:
                k += 1
                t += 1
                continue
            for m in range(len(words) - k, 1, -1):
                if "".join(words[k:k + m]) in forms:
                    k += m
                    t += 1
                    break
            else:
                return None
        return t

    def find(self, doc: Doc) -> list[Match]:
        found: list[Match] = []
        for tok in doc:
            if tok.is_space or tok.is_punct:
                continue
            # a capitalised proper noun inside a sentence is a name ("Brave", "Noble Energy");
            # only a multi-word term reaching past the name may start there ("Cold War mentality")
            name_end = -1
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_:
                name_end = tok.i + 1
                while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
                    name_end += 1
            cands: list[tuple[tuple[str, ...], LexiconEntry]] = []
            for f in _forms(tok):
                cands.extend(self.index.get(f, ()))
            if name_end >= 0:
                cands = [c for c in cands if len(c[0]) > 1 or c[1].rule in NAME_RULES]
            seen: set[int] = set()
            for words, e in cands:
                if id(e) in seen:
                    continue
                seen.add(id(e))
                j = self._match_words(doc, tok.i, words)
                if j is None or (j <= name_end and e.rule not in NAME_RULES):
                    continue
                if len(words) == 1 or j - tok.i == 1:
                    if not _pos_ok(doc[tok.i] if j - tok.i == 1 else _head_token(doc, tok.i, j), e.pos):
                        continue
                i2, j2 = tok.i, j
                if e.rule:
                    res = RULES[e.rule](doc, tok.i, j, e)
                    if res is None:
                        continue
                    i2, j2 = res
                span = doc[i2:j2]
                if ("-" in e.term and len(span) > 1 and not any(t.text in HYPHENS for t in span)
                        and all(t.is_stop for t in span)):
                    continue  # "would be" is not "would-be", "all out" is not "all-out"
                found.append(Match(e, i2, j2, span.start_char, span.end_char))
        # keep the longest match at each place; no overlaps
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Match] = []
        last_end = -1
        for m in found:
            if m.start >= last_end:
                out.append(m)
                last_end = m.end
            elif out and out[-1].start == m.start:
                continue
        return out


# --------------------------------------------------------------------------- quotes and voice


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


def _subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl":
            if c.dep_ == "nsubjpass" and any(x.dep_ == "agent" for x in verb.children):
                agent = next(x for x in verb.children if x.dep_ == "agent")
                objs = [g for g in agent.children if g.dep_ == "pobj"]
                return objs[0] if objs else None
            return c
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject_of(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None


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
    out = []
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
                subj = _subject_of(verb)
                if subj is not None and not (span.start <= subj.i < span.end):
                    spk, sid = _speaker_text(subj, attributions, verb.sent)
                    found = QuoteInfo(qs, qe, s, e, "speech", f"content of '{verb.text}'", spk, sid)
        if found is not None:
            out.append(found)
            continue
        out.append(QuoteInfo(qs, qe, s, e, "scare", f"{len(words)}-word quotation that is nobody's speech"))
    return out


def _fallback_quotes(text: str) -> list[Any]:
    spans = []
    for m in re.finditer(r"[\"\u201c]([^\"\u201c\u201d\n]{1,400})[\"\u201d]", text):
        spans.append({"start": m.start(), "end": m.end(), "inner_start": m.start(1), "inner_end": m.end(1), "depth": 0})
    return spans


def find_quote_spans(text: str, paragraphs: Sequence[Any]) -> list[Any]:
    try:
        from .quotes import find_quotes
    except ImportError:  # pragma: no cover - quotes module is part of the project
        return _fallback_quotes(text)
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


def _outlet_self(doc: Doc, attribution: Any) -> bool:
    """"..., the Beacon can reveal" / "CNN has learned": the outlet cites itself, so its words
    stay the narrator's."""
    cs = _attr(attribution, "cue_start")
    if cs is None:
        return False
    span = doc.char_span(cs, _attr(attribution, "cue_end") or cs + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _self_citing(span.root)


#: verbs of thinking and hoping: under a modal they are the writer's rhetoric, not a report
THOUGHT_VERBS = frozenset("hope fear believe think wonder imagine wish suspect expect".split())


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


def _cue_map(cue_ranges: Sequence[tuple[int, int]] | dict[int, list[Any]]) -> dict[int, list[Any]]:
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
    cue_ends = _cue_map(cue_ranges)
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
                subj = _subject_of(verb)
                if subj is not None and subj.dep_ == "nsubjpass" and not (span.start <= verb.i < span.end):
                    # "the government was accused of abandoning ...": the accusers are unnamed
                    return Voice("reported", None, None, f"content of the agentless passive '{verb.text}'")
                if subj is not None and not (span.start <= subj.i < span.end) and not (span.start <= verb.i < span.end):
                    spk, sid = _speaker_text(subj, attributions, verb.sent)
                    return Voice("reported", spk, sid, f"content of the reporting verb '{verb.text}'")
    return Voice("narrator", None, None, "the outlet's own words")


# --------------------------------------------------------------------------- whole article


def find_loaded_terms(parsed: Any, lexicon: Lexicon, attributions: Sequence[Any] = (),
                      matcher: Matcher | None = None) -> list[LoadedTerm]:
    """Every loaded term and scare quote of a parsed article, in text order."""
    doc: Doc = parsed.doc
    text = parsed.text
    matcher = matcher or Matcher(lexicon)
    attributions = AttributionIndex(a for a in (attributions or ()) if not _outlet_self(doc, a))
    quotes = QuoteIndex(classify_quotes(doc, find_quote_spans(text, parsed.article.paragraphs), attributions, text))
    titles = QuoteIndex(q for q in quotes if q.kind == "title")
    cue_ranges = _cue_map([(_attr(a, "cue_start"), _attr(a, "cue_end")) for a in attributions
                           if _attr(a, "cue_start") is not None])
    out: list[LoadedTerm] = []

    def sentence_index(offset: int) -> int | None:
        s = parsed.sentence_at(offset)
        return s.index if s is not None else None

    for m in matcher.find(doc):
        if any(titles.containing(m.start, m.end)):
            continue  # a word in a film or book title is not the writer's language
        v = voice_of(doc, m.start, m.end, attributions, quotes, cue_ranges)
        span = doc[m.i:m.j]
        rule = f"lexicon:{m.entry.term}" + (f"+{m.entry.rule}" if m.entry.rule else "")
        out.append(LoadedTerm(
            text=text[m.start:m.end], lemma=" ".join(t.lemma_.lower() for t in span if not t.is_punct) or m.entry.term,
            category=m.entry.category, direction=m.entry.direction, voice=v.voice, speaker=v.speaker,
            start=m.start, end=m.end, sentence_index=sentence_index(m.start), position=parsed.position(m.start),
            rule=rule, note=m.entry.note, term=m.entry.term, voice_rule=v.rule, speaker_id=v.speaker_id,
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
            span = doc.char_span(s, e, alignment_mode="expand")
            lemma = " ".join(t.lemma_.lower() for t in span if not t.is_punct) if span is not None else text[s:e].lower()
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
