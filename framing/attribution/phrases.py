"""The words that name a speaker, read from the dependency parse.

* :func:`noun_phrase` — the speaker's words: the head with its modifiers and prepositional
  phrases, up to the first comma (relative clauses, participles and appositions are kept
  apart: an apposition is the speaker's *role*, :func:`role_phrase`);
* :func:`given_name`, :func:`appositions`, :func:`who_clause`, :func:`owned_business`,
  :func:`anonymity_marker` — what the words around a speaker say about them;
* :func:`slug` — the ``speaker_id`` form of a name; :func:`variants` — a word and its naive
  singulars, the forms looked up in the word lists.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Doc, Token

from .verbs_and_roles import RoleLexicon

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
GENERIC_ORG_HEADS = {"group", "organisation", "organization", "body", "agency", "institution",
                     "company", "firm", "ministry", "office", "coalition", "union", "party",
                     "government", "department", "campaign", "movement", "charity", "network",
                     "alliance", "association", "council", "committee", "bank", "broadcaster",
                     "newspaper", "university", "institute", "kremlin", "trust", "hospital",
                     "syndicate", "foundation", "watchdog", "regulator", "service"}
LEFT_KEEP = {"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "predet", "case", "prep", "pobj",
             "advmod", "punct", "cc", "conj", "hmod", "hyph", "npadvmod"}


def slug(text: str) -> str:
    """``Kassym-Jomart Tokayev`` -> ``kassym-jomart-tokayev`` (ASCII, lower case, hyphens)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s\b", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@functools.lru_cache(maxsize=1 << 16)
def variants(word: str) -> tuple[str, ...]:
    """A word and its naive singulars (for lexicon look-up: ``witnesses`` -> ``witness``); kept
    for the words seen last (every look-up of every speaker reads it)."""
    w = word.lower()
    out = [w]
    if len(w) > 3 and w.endswith("ies"):
        out.append(w[:-3] + "y")
    if len(w) > 3 and w.endswith("es"):
        out.append(w[:-2])
    if len(w) > 2 and w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if w.endswith("men"):
        out.append(w[:-3] + "man")
    return tuple(out)


#: endings of nouns for people by what they do (auditor, inspector, pharmacist, librarian, auctioneer)
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")


#: common nouns with those endings that name things, not people ("the number suggests")
NOT_AGENTS = frozenset({
    "number", "paper", "letter", "order", "water", "border", "winter", "summer", "center", "centre", "chapter",
    "matter", "power", "sector", "factor", "error", "indicator", "meter", "poster", "computer", "weather",
    "character", "cancer", "corner", "tower", "river", "fever", "monitor", "barometer", "register", "filter",
    "trigger", "answer", "offer", "cluster", "disaster", "quarter", "counter", "parameter", "ledger",
    "agreement", "statement", "document", "argument", "moment", "element", "comment", "development",
    "government", "department", "movement", "investment", "payment", "percent", "event", "content",
    "incident", "accident", "extent", "talent", "component", "segment", "assessment", "settlement",
    "judgment", "judgement", "equipment", "environment", "treatment", "parliament", "management",
    "variant", "plant", "grant", "warrant", "restaurant", "instant", "constant", "amendment",
})


def agent_noun(word: str) -> bool:
    """A common noun for a person by what they do (``auditor``, ``pharmacists``): its ending says so."""
    vs = variants(word)
    return not any(v in NOT_AGENTS for v in vs) and any(len(v) > 4 and v.endswith(AGENT_SUFFIXES) for v in vs)


def is_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("NOUN", "X") and tok.i > 0 and not tok.is_sent_start)


def joined(tokens: list[Token]) -> str:
    """Tokens as written (keeps ``Kassym-Jomart`` together)."""
    if not tokens:
        return ""
    if contiguous(tokens):
        return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text   # a Span: no copy of the whole text
    return " ".join(t.text for t in tokens)


def contiguous(tokens: list[Token]) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:]))


def strip_det(text: str) -> str:
    parts = text.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in DETERMINERS:
        return parts[1]
    return text


def role_phrase(tok: Token, stop: int | None = None) -> str:
    """A noun phrase as a role: the subtree without relative clauses, participles, appositions."""
    toks = phrase_tokens(tok, drop=("relcl", "acl", "appos", "advcl"))
    if stop is not None:
        toks = [t for t in toks if t.i < stop]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return " ".join(t.text for t in toks).replace(" - ", "-").replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")


def _walk_phrase(t: Token, drop: tuple[str, ...], out: list[Token]) -> None:
    """The tokens of :func:`phrase_tokens` under ``t``, appended to ``out`` (a module function,
    not a nested one: a recursive closure is a reference cycle left to the cyclic collector)."""
    for c in t.lefts:
        if c.dep_ not in drop and c.dep_ in LEFT_KEEP:
            _walk_phrase(c, drop, out)
    out.append(t)
    for c in t.rights:
        if c.dep_ in drop:
            continue
        if c.is_punct and c.text in (",", ";", ":", "(", ")", "\u2014", "\u2013"):
            break
        _walk_phrase(c, drop, out)


def phrase_tokens(tok: Token, drop: tuple[str, ...] = ("relcl", "acl", "appos", "advcl")) -> list[Token]:
    out: list[Token] = []
    _walk_phrase(tok, drop, out)
    out.sort(key=lambda t: t.i)
    # cut at the first comma after the head (an apposition parsed as something else)
    res: list[Token] = []
    for t in out:
        if t.i > tok.i and t.text in (",", ";", "(", "\u2014", "\u2013"):
            break
        res.append(t)
    return res


_NOT_SPEAKER_PREPS = {"statement", "interview", "video", "post", "message", "email", "letter", "speech",
                      "briefing", "conference", "address", "tweet", "remarks", "comments", "report"}


def noun_phrase(head: Token) -> list[Token]:
    """The speaker's own words (modifiers and prepositional phrases; no clauses, no appositions)."""
    drop: set[int] = set()
    for c in head.rights:
        if c.dep_ == "prep":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs and (objs[0].lemma_.lower() in _NOT_SPEAKER_PREPS or objs[0].ent_type_ in ("DATE", "TIME")):
                drop.update(t.i for t in c.subtree)
    for c in head.rights:
        if c.dep_ in ("cc", "conj"):
            drop.update(t.i for t in c.subtree)
    toks = [t for t in phrase_tokens(head) if t.i not in drop]
    # a dateline glued to the phrase ("(Reuters) - Kazakhstan's authorities"): keep what follows the dash
    dashes = [k for k, t in enumerate(toks) if t.i < head.i and t.text in ("-", "--", "\u2014", "\u2013") and t.whitespace_]
    if dashes:
        toks = toks[dashes[-1] + 1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "case")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def anonymity_marker(head: Token, lex: RoleLexicon) -> str:
    """A phrase such as ``on condition of anonymity`` attached to the speaker (or its clause)."""
    lo = head.left_edge.i
    hi = head.right_edge.i
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        # "X, speaking on condition of anonymity, said": the participle hangs on the verb
        for c in verb.children:
            if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < verb.i + 12:
                lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
    span = head.doc[lo:hi + 1].text.lower()
    for m in lex.anonymous_markers:
        if m in span:
            return m
    return ""



_OWN_VERBS = {"own", "run", "found", "co-found", "operate", "manage", "open", "start"}
#: verbs of leading a body: they make its head a business only when the body is a company
_LEAD_VERBS = {"lead", "head", "chair", "helm"}
#: words for a company as a definite reference ("who has led the company since 2021")
COMPANY_WORDS = frozenset({"company", "firm", "business", "bank", "airline", "carrier", "chain", "retailer",
                           "insurer", "lender", "manufacturer", "group", "conglomerate", "operator"})


def owned_business(clause: Token) -> str:
    """``X, who owns Sweet Rise Bakery`` / ``who has run the hardware store for 31 years``: what
    the person owns or runs (a business they speak for), else ""."""
    lemma = clause.lemma_.lower()
    if lemma not in _OWN_VERBS | _LEAD_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return ""
    for c in clause.children:
        if c.dep_ != "dobj" or c.lower_ in ("it", "them", "this", "that"):
            continue
        if lemma in _LEAD_VERBS and c.lemma_.lower() not in COMPANY_WORDS:
            return ""                  # "who leads the union": no business
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return ""                  # "who runs a bakery on the square": a local, described
        keep = [t for t in c.subtree if not any(a.dep_ in ("relcl", "acl", "appos", "prep") and a.i != c.i
                                                  for a in [t, *t.ancestors] if a.i in range(c.left_edge.i, c.right_edge.i + 1))]
        return " ".join(t.text for t in keep)
    return ""


def is_country(tok: Token, countries: frozenset[str]) -> bool:
    """A one-word proper name that names a country: labelled a place (GPE) here or at any other
    mention of the article (the small recogniser labels the same name PERSON in one sentence and
    GPE in the next), or a country of the list (``[countries]`` in speaker_roles.toml)."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    if tok.ent_type_ == "GPE" or tok.lower_ in countries:
        return True
    return tok.text in _place_names(tok.doc)


_PLACE_NAMES_KEY = "framing.attribution.place_names"


def _place_names(doc: Doc) -> frozenset[str]:
    """The texts the recogniser labels a place (GPE) anywhere in ``doc``, computed once per
    document (``doc.ents`` builds its spans anew at each access, and this is asked per name)."""
    found = doc.user_data.get(_PLACE_NAMES_KEY)
    if not isinstance(found, frozenset):
        found = doc.user_data[_PLACE_NAMES_KEY] = frozenset(e.text for e in doc.ents if e.label_ == "GPE")
    return found


#: verbs by which a who-clause says what post a person holds or held ("who served as mayor",
#: "who was state treasurer", "who had been police chief")
_HOLD_VERBS = {"be", "serve", "work", "act", "remain"}


def office_in_clause(clause: Token) -> str:
    """``X, who served as mayor from 2010 to 2018`` -> ``former mayor``; ``who is county clerk``
    -> ``county clerk``: the post a who-clause says the person holds, ``former`` when the clause
    is in the past (a past tense, or a past auxiliary: "had been"); else ``""``."""
    if clause.lemma_.lower() not in _HOLD_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return ""
    post = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if post is None:
        # "served as mayor", "served two terms as governor" (the "as" hung on "terms")
        near = [c for c in clause.children] + [g for c in clause.children if c.dep_ in ("dobj", "npadvmod")
                                                for g in c.children]
        post = next((o for c in near if c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if post is None:
        return ""
    words = [t.text for t in post.subtree if t.i <= post.i and t.dep_ in ("compound", "amod") or t.i == post.i]
    past = clause.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in clause.children)
    phrase = " ".join(words)
    return f"former {phrase}" if past and "former" not in phrase.lower() else phrase


#: the prepositions after which a role phrase names where the person works, not what they are
ROLE_PREPS = frozenset({"at", "of", "for", "with", "from", "in", "on", "to", "by"})


def before_preposition(phrase: str, stop: frozenset[str] = ROLE_PREPS) -> str:
    """The words of ``phrase`` before the first word of ``stop`` (in lower case):
    ``a forest ecologist at the University of Exeter`` -> ``a forest ecologist``."""
    out: list[str] = []
    for w in phrase.split():
        if w.lower() in stop:
            break
        out.append(w)
    return " ".join(out)


def who_clause(tok: Token) -> bool:
    """``X, who ...``: a relative clause introduced by *who* marks a person."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whose", "whom") and w.i < c.i for w in c.children)
               for c in tok.children)


#: titles only people carry ("Dr Petra Kline of the campaign group X", however the name is labelled)
PERSONAL_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev",
                                  "reverend"})


def aged(tok: Token) -> bool:
    """``Megan Folau, 31, a midwife``: a name followed by an age between commas is a person's
    (news style gives an age only to people), whatever the entity recogniser labelled it."""
    doc = tok.doc
    if tok.i + 3 >= len(doc):
        return False
    comma, age, close = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    return comma.text == "," and close.text in (",", ".") and age.text.isdigit() and 1 <= int(age.text) <= 120


_NAMING_WORDS = {"name", "names", "identify", "identified", "call", "called", "known"}


def given_name(head: Token) -> Token | None:
    """``a woman who gave only her first name, Amina`` / ``a man identified only as Yusuf``:
    the proper name given inside the clause that describes an unnamed person."""
    if head.pos_ not in ("NOUN", "NUM", "PRON", "DET"):
        return None
    doc = head.doc
    # "One of them, a teacher who asked to be identified only by her first name, Ilse, said",
    # "Another, a nurse known only as Petra, said": the described person may be an apposition of
    # the subject
    described = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.pos_ == "NOUN":
        described.insert(0, head)
    for h in described:
        for c in h.children:
            if c.dep_ not in ("relcl", "acl"):
                continue
            sub = list(c.subtree)
            if not any(t.lower_ in _NAMING_WORDS or t.lemma_.lower() in _NAMING_WORDS for t in sub):
                continue
            for t in sub:
                if t.pos_ == "PROPN" and t.dep_ in ("appos", "pobj", "oprd", "attr", "npadvmod", "dobj") \
                        and (t.head.lower_ in _NAMING_WORDS or t.head.lemma_.lower() in _NAMING_WORDS or t.head.lower_ == "as"):
                    return t
            # "... identified only by her first name, Ilse, said": the name right after the clause,
            # which the parser hung on the subject
            after = c.right_edge.i + 1
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN" \
                    and doc[after + 1].dep_ == "appos" and doc[after + 1].head.i in (head.i, h.i):
                return doc[after + 1]
    return None


def appositions(head: Token) -> list[Token]:
    """Proper names in apposition to the phrase headed by ``head`` (also inside its prepositional
    phrases: "The United Nations envoy for Darvik, Sofia Lindqvist, said")."""
    out: list[Token] = []
    stack = [(head, 0)]
    while stack:
        t, d = stack.pop()
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                out.append(c)
            elif c.dep_ in ("prep", "pobj", "compound") and d < 3 and c.i > head.i - 1:
                stack.append((c, d + 1))
    return sorted(out, key=lambda t: t.i)

