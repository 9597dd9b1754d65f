"""Speaker type (official, political, ... other) and the anonymous flag, with the rule that decided.

:func:`classify` tries the steps of :data:`TYPE_STEPS` in order; the first that decides wins
and its name starts the ``type_rule`` it writes:

1. ``document:<word>`` — an unnamed document speaks for the body that issued it (``county documents``);
2. ``shares_of`` — ``Shares of X fell``: business;
3. ``armed:<phrase>`` — an armed group, or a person speaking for one: other;
4. ``described:<phrase>`` — what the article calls an organisation (``X, an activist group``);
5. ``trade_body:<sector>`` — a membership body whose name names an industry: business;
6. ``owner:<role>`` — an office, staff or campaign speaks with its owner's type (``the senator's office``);
6. ``org:<phrase>`` — an organisation's own name ends in its kind (``Miners' Syndicate``);
7. ``role:<phrase>`` — a role word with a type of its own in the speaker's title, noun phrase
   or apposition ("Prime Minister", "economist", "opposition leader"); the phrase's
   organisation word when it has no role word (``org:``); a researcher of a rights group or a
   former office speaks for the organisation (``org:``, ``linked:``);
8. ``org:<phrase>`` — an organisation word in the speaker's own name;
9. ``linked:<org>:<rule>`` — the type of the organisation the speaker speaks for;
10. ``generic:<phrase>`` — a role word that usually takes its type from an organisation, used
    alone ("officials" -> official, "activists" -> civil_society);
11. ``context:<phrase>`` — the relative clause of a group or organisation;
12. ``ner:GPE`` — a country speaking is ``official``; ``local_government:<word>`` — so is a
    county, city or town speaking (``the county said``);
13. ``context:<phrase>`` — an organisation in a person's who-clause;
14. ``described_person:<words>`` — a named person described by an age or a who-clause is a ``citizen``;
15. ``no_evidence`` — a named person with nothing else said of them is ``unknown``;
16. ``name:camel_case`` — a one-word name with an inner capital is a company;
17. ``ner:ORG`` / 18. ``default`` — ``other``.

Role words come from ``framing/data/speaker_roles.toml``. Entity labels are used late
because the small English model mislabels names in this domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .phrases import before_preposition, variants
from .speakers import Speaker
from .steps import Step, first_decision
from .verbs_and_roles import RoleLexicon, roles as load_roles


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("\u2019s ", " ").replace("'s ", " ")
    return [w.strip(".'\u2019") for w in text.replace(",", " ").replace("(", " ").replace(")", " ").split() if w.strip(".'\u2019")]


#: a party's adjective and the affiliation word it stands for before a role noun
_PARTY_ADJECTIVES = {"democratic": "democrat"}


def _party_adjectives(words: list[str], lex: RoleLexicon) -> list[str]:
    """``the Democratic chairwoman of Pike County``: a party's adjective right before a role word is
    that party's affiliation (``democrat``), as ``Republican`` already is; elsewhere (``the Democratic
    Republic of Congo``, ``democratic reforms``) the word stays as it is."""
    out = list(words)
    for k, w in enumerate(words[:-1]):
        if w in _PARTY_ADJECTIVES and any(v in lex.roles or v in lex.generic for v in variants(words[k + 1])):
            out[k] = _PARTY_ADJECTIVES[w]
    return out


def _matches(words: list[str], table: dict[str, str], longest: int,
             compounds: bool = False) -> list[tuple[int, str, str]]:
    """(position, phrase, type) for every lexicon phrase in ``words``, longest match first."""
    out: list[tuple[int, str, str]] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            chunk = words[i:i + n]
            heads = variants(chunk[-1])
            for h in heads:
                phrase = " ".join(chunk[:-1] + [h])
                if phrase in table:
                    hit = (i, phrase, table[phrase], n)
                    break
            if hit:
                break
        if hit is None and compounds:
            hit = _compound_hit(i, words[i], table)
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out


def _compound_hit(i: int, word: str, table: dict[str, str]) -> tuple[int, str, str, int] | None:
    """A compound written as one word or with hyphens whose last part is a role word:
    ``schoolteacher`` (teacher), ``steelworker`` (worker), ``ex-banker`` (banker)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) >= 3 and parts[1] == "of" and parts[0] in table:
        return (i, word, table[parts[0]], 1)    # "mum-of-three", "father-of-two": the parent
    last = parts[-1] if parts else word
    if last != word and last in table:
        return (i, word, table[last], 1)
    for k in range(1, len(last) - 4):
        tail = last[k:]
        if tail in table and " " not in tail:
            return (i, word, table[tail], 1)    # the compound names a specific occupation
    return None


_PREPS = frozenset({"of", "for", "at", "in", "on", "with", "from", "near", "to"})
#: where the description of an organisation ends: a preposition or a relative pronoun
_DESCRIPTION_ENDS = _PREPS | {"which", "that", "who"}


def _org_match(words: list[str], lex: RoleLexicon) -> tuple[str, str] | None:
    """The organisation word that heads the phrase: the last one before a preposition
    ("energy ministry" -> ministry), else the last one of the first phrase after it that has one
    ("Ministry of Energy" -> ministry; "organisers from the Clean Water Coalition" -> coalition,
    not the "water" of a company's name inside it)."""
    cut = next((k for k, w in enumerate(words) if w in _PREPS), len(words))
    head = _matches(words[:cut], lex.orgs, lex.longest)
    if head:
        return head[-1][2], head[-1][1]
    start = cut + 1
    while start < len(words):
        end = next((k for k in range(start, len(words)) if words[k] in _DESCRIPTION_ENDS), len(words))
        found = _matches(words[start:end], lex.orgs, lex.longest)
        if found:
            # a political word before the head makes the organisation a party or camp ("the
            # opposition Movement for Renewal", "the ruling Unity Front"): it decides
            political = [m for m in found[:-1] if m[2] == "political"]
            pick = political[0] if political else found[-1]
            return pick[2], pick[1]
        start = end + 1
    return None


_CAMPAIGN_NAME = re.compile(r"\b([A-Z][\w'\u2019-]+) Campaign\b")

# bodies whose papers speak for the state ("city documents", "court filings", "a council report")
_STATE_ISSUERS = {"city", "county", "town", "municipal", "council", "court", "federal", "government",
                  "state", "police", "ministry", "parliamentary", "congressional", "official", "cabinet",
                  "legislative", "treasury"}


def _document_issuer(speaker: Speaker, lex: RoleLexicon) -> tuple[str, str] | None:
    """An unnamed document speaks for the body that issued it (its modifiers)."""
    if speaker.kind == "person" or speaker.named:
        return None
    words = _tokens(before_preposition(speaker.text, _DESCRIPTION_ENDS))
    if len(words) < 2 or not any(v in lex.documents for v in variants(words[-1])):
        return None
    mods = words[:-1]
    for w in reversed(mods):
        if w in _STATE_ISSUERS:
            return "official", f"document:{w}"
    hit = _org_match(mods, lex)
    if hit and hit[0] != "other":
        return hit[0], f"document:{hit[1]}"
    return None


def _former(words: list[str], phrase: str) -> bool:
    """The role is a past one ("a former prosecutor", "ex-minister")."""
    first = phrase.split()[0]
    for i, w in enumerate(words):
        if w == first or w.endswith("-" + first):
            return w.startswith("ex-") or any(x in ("former", "ex", "retired") for x in words[:i])
    return False


def _armed_group(speaker: Speaker, pieces: list[str], lex: RoleLexicon) -> str:
    """An armed group, or a person speaking for one (``Front spokesman X`` linked to the Front)."""
    if not lex.armed:
        return ""
    texts = list(pieces) + [speaker.text]
    if speaker.linked is not None:
        texts += [speaker.linked.text, speaker.linked.role, *speaker.linked.all_roles]
    table = {w: "other" for w in lex.armed}
    for text in texts:
        found = _matches(_tokens(text), table, 3)
        if found:
            return found[0][1]
    return ""


def _trade_body(words: list[str], lex: RoleLexicon) -> str:
    """``Mountain West Building Council`` / ``National Association of Manufacturers``: an
    organisation of companies (a membership body whose name names an industry)."""
    if not words or not lex.trade_bodies:
        return ""
    if not any(v in lex.trade_bodies for w in words for v in variants(w)):
        return ""
    for i, w in enumerate(words):
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in lex.trade_sectors:
            return pair
        if w in lex.trade_sectors and pair not in lex.orgs and pair not in lex.roles:
            return w
    return ""


def _camel_case(name: str) -> bool:
    words = name.split()
    return len(words) == 1 and len(name) > 4 and name[0].isupper() and any(c.isupper() for c in name[2:]) \
        and any(c.islower() for c in name) and name.isalpha()


@dataclass
class _Typing:
    """What the steps of :data:`TYPE_STEPS` read: the speaker and the phrases that describe it."""

    speaker: Speaker
    lex: RoleLexicon
    #: the speaker's role, its own words (not a person's name) and its other roles
    pieces: list[str]


Decision = tuple[str, str]          # (speaker_type, type_rule)


def classify(speaker: Speaker, lex: RoleLexicon | None = None) -> Decision:
    """(speaker_type, type_rule) for a resolved speaker: the first step of :data:`TYPE_STEPS`
    that decides."""
    typing = _typing(speaker, lex or load_roles())
    decision = first_decision(TYPE_STEPS, typing)
    assert decision is not None     # the last step, ``default``, always decides
    return decision


def _typing(speaker: Speaker, lex: RoleLexicon) -> _Typing:
    pieces: list[str] = []
    if speaker.role:
        pieces.append(speaker.role)
    if speaker.kind != "person":
        pieces.append(speaker.text)
    pieces.extend(r for r in speaker.all_roles if r != speaker.role)
    # "the Fair Vote Campaign" is an organisation's name; a lower-case "campaign" is a candidate's
    pieces = [_CAMPAIGN_NAME.sub(r"\1 campaign group", p) for p in pieces]
    return _Typing(speaker, lex, pieces)


def _shares_of(t: _Typing) -> Decision | None:
    """``Shares of Halvorsen Semiconductor AG fell``: the company's."""
    sp = t.speaker
    if sp.kind != "person" and sp.text.lower().startswith(("shares of ", "stock of ", "shares in ")):
        return "business", "shares_of"
    return None


def _armed(t: _Typing) -> Decision | None:
    armed = _armed_group(t.speaker, t.pieces, t.lex)
    return ("other", f"armed:{armed}") if armed else None


def _described(t: _Typing) -> Decision | None:
    """What the article says an organisation is decides before the words of its name ("the
    Greenway Institute, an activist group" -> civil_society; "X, the consortium that will build
    the road" -> business)."""
    sp, lex = t.speaker, t.lex
    if sp.kind != "org":
        return None
    name = sp.text.lower()
    for piece in [sp.role, *sp.all_roles]:
        bare = piece.lower().split(" ", 1)[-1] if piece.lower().startswith(("the ", "a ", "an ")) else piece.lower()
        if not bare or bare in name or name in bare:
            continue               # the name itself, parsed as a title
        words = _tokens(before_preposition(piece, _DESCRIPTION_ENDS))
        hit = _org_match(words, lex)
        if hit and hit[0] != "other":
            return hit[0], f"described:{hit[1]}"
        if words and any(v in lex.orgs for v in variants(words[-1])):
            for _, phrase, typ in reversed(_matches(words, lex.roles, lex.longest)):
                if typ != "other":
                    return typ, f"described:{phrase}"
    return None


def _trade(t: _Typing) -> Decision | None:
    if t.speaker.kind != "org":
        return None
    trade = _trade_body(_tokens(t.speaker.text), t.lex)
    return ("business", f"trade_body:{trade}") if trade else None


_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['\u2019]s\s+(.+)$", re.IGNORECASE)
#: what a person has that speaks for them (a campaign or a party has a type of its own)
_OWNED = frozenset({"office", "staff", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "team",
                    "camp", "representative", "press office", "press secretary", "lawyer", "lawyers"})


def _owner(t: _Typing) -> Decision | None:
    """``the senator's office``, ``the mayor's spokesman``, ``the governor's campaign``: an office,
    staff or campaign speaks with its owner's type (a role word before the possessive)."""
    sp, lex = t.speaker, t.lex
    if sp.kind == "person":
        return None
    m = _POSSESSIVE.match(sp.text)
    if m is None or m.group(2).lower().strip() not in _OWNED:
        return None
    found = _matches(_tokens(m.group(1)), lex.roles, lex.longest)
    for _, phrase, typ in reversed(found):
        if phrase not in lex.generic and typ not in ("other", "citizen"):
            return typ, f"owner:{phrase}"
    return None


def _org_name_kind(t: _Typing) -> Decision | None:
    """An organisation's own name ends in its kind: "Miners' Syndicate", "Nurses Union"."""
    if t.speaker.kind != "org":
        return None
    hit = _org_match(_tokens(_CAMPAIGN_NAME.sub(r"\1 campaign group", t.speaker.text)), t.lex)
    if hit and hit[0] != "other":
        return hit[0], f"org:{hit[1]}"
    return None


def _role(t: _Typing) -> Decision | None:
    """A typed role word in the speaker's phrases, else an organisation word of the same phrase
    (phrase by phrase, in the order of :attr:`_Typing.pieces`)."""
    sp, lex, pieces = t.speaker, t.lex, t.pieces
    party = _party_over_former_office(pieces, lex)
    if party:
        return "political", f"role:{party}"
    for piece in pieces:
        words = _tokens(piece)
        found_roles = _matches(_party_adjectives(words, lex), lex.roles, lex.longest, compounds=True)
        # an office or occupation wins over a party affiliation ("Mayor X, a Democrat")
        offices = any(p not in lex.generic and p not in lex.affiliation for _, p, _ in found_roles)
        # the role word nearest the head noun decides ("local councillor", "Police Inspector"),
        # a present role before a former one ("a former senator and Fox News contributor")
        # and a role before a preposition before one after it ("a steelworker from the east side")
        cut = next((k for k, w in enumerate(words) if w in _PREPS), len(words))
        ordered = sorted(reversed(found_roles), key=lambda m: (m[0] >= cut, _former(words, m[1])))
        # "Officials on both sides": a generic head before the preposition is not typed by a bare
        # "side" after it (a position, no group: the step ``generic`` types the head); "on the
        # rebel side" is still typed by its "rebel"
        generic_head = any(k < cut and p in lex.generic for k, p, _ in found_roles)
        for k, phrase, typ in ordered:
            if phrase in lex.generic:
                continue           # step ``generic``, when nothing else decides
            if generic_head and k >= cut and phrase in ("side", "sides"):
                continue
            if phrase == "fellow" and k + 1 < len(words) and any(
                    v in lex.roles or v in lex.affiliation for v in variants(words[k + 1])):
                continue           # "fellow Democrat", "fellow senator": an adjective, no research post
            if typ == "official" and "shadow" in words[max(0, k - 3):k]:
                return "political", f"role:shadow {phrase}"    # the opposition's spokesperson for the post
            if phrase in lex.affiliation and (offices or any(
                    p not in lex.generic and p not in lex.affiliation
                    for other in pieces for _, p, _ in _matches(_tokens(other), lex.roles, lex.longest))):
                continue
            if phrase in ("researcher", "analyst", "expert", "specialist"):
                # "a researcher at Human Rights Watch" speaks for the rights group
                found = {t for _, _, t in _matches(words, lex.orgs, lex.longest)}
                if found == {"civil_society"}:
                    hit = _org_match(words, lex)
                    assert hit is not None
                    return hit[0], f"org:{hit[1]}"
                if sp.linked is not None and classify(sp.linked, lex)[0] == "civil_society":
                    return "civil_society", f"linked:{sp.linked.text}"
            if sp.linked is not None and _former(words, phrase):
                # "a former prosecutor who now teaches at Ridgefield Law School": the present post
                ltyp, lrule = classify(sp.linked, lex)
                if ltyp not in ("other", "citizen"):
                    return ltyp, f"linked:{sp.linked.text}:{lrule}"
            if (typ == "official" and phrase.removeprefix("ex-") in lex.former_political
                    and (phrase.startswith("ex-") or _former(words, phrase))):
                # "a former governor of Wisconsin": no longer speaks for a government
                return "political", f"former:{phrase}"
            return typ, f"role:{phrase}"
        hit = _org_match(words, lex)
        if hit and hit[0] == "other":
            continue                   # "the trust's chief executive": no type from a bare "trust"
        if hit:
            trade = _trade_body(words, lex)
            if trade and hit[0] == "civil_society":
                # "chief executive of the National Nurseries Federation": a body of businesses
                return "business", f"trade_body:{trade}"
            return hit[0], f"org:{hit[1]}"
    return None


def _party_over_former_office(pieces: list[str], lex: RoleLexicon) -> str:
    """``Former Secretary of State Helen Voss, a Republican``: when every office the speaker's
    phrases name is a past one, a party affiliation is what they speak as now (the affiliation
    word, else ``""``)."""
    offices, party = [], ""
    for piece in pieces:
        words = _tokens(piece)
        for _, phrase, typ in _matches(_party_adjectives(words, lex), lex.roles, lex.longest):
            if phrase in lex.affiliation:
                party = party or phrase
            elif phrase not in lex.generic and typ not in ("citizen", "other"):
                offices.append(_former(words, phrase))
    return party if party and offices and all(offices) else ""


def _org_in_name(t: _Typing) -> Decision | None:
    """An organisation word in the speaker's own name, of any type."""
    if t.speaker.kind not in ("person", "org"):
        return None
    hit = _org_match(_tokens(t.speaker.text), t.lex)
    return (hit[0], f"org:{hit[1]}") if hit else None


def _linked(t: _Typing) -> Decision | None:
    """The organisation the speaker speaks for ("a Rail Partners spokesman")."""
    linked = t.speaker.linked
    if linked is None:
        return None
    typ, rule = classify(linked, t.lex)
    return (typ, f"linked:{linked.text}:{rule}") if typ != "other" else None


def _generic(t: _Typing) -> Decision | None:
    """A role word that usually takes its type from an organisation, used alone ("officials")."""
    for piece in t.pieces:
        words = _tokens(piece)
        for k, phrase, typ in reversed(_matches(words, t.lex.roles, t.lex.longest)):
            if phrase in t.lex.generic:
                # "election boss", "prisons chief": the field the word before it names decides
                field = t.lex.role_fields.get(words[k - 1]) if k > 0 else None
                if field is not None:
                    return field, f"field:{words[k - 1]} {phrase}"
                return typ, f"generic:{phrase}"
        # a generic word with no type of its own ("chairman", "director") after a field word
        for k in range(1, len(words)):
            field = t.lex.role_fields.get(words[k - 1])
            if field is not None and any(v in t.lex.generic for v in variants(words[k])):
                return field, f"field:{words[k - 1]} {words[k]}"
    return None


def _group_context(t: _Typing) -> Decision | None:
    """The relative clause of a group or organisation ("X, which represents the train companies")."""
    if t.speaker.kind not in ("org", "group"):
        return None
    lex = t.lex
    for ctx in t.speaker.context:
        words = _tokens(ctx)
        for _, phrase, typ in _matches(words, lex.orgs, lex.longest) + _matches(words, lex.roles, lex.longest):
            if phrase not in lex.generic:
                return typ, f"context:{phrase}"
    return None


def _country(t: _Typing) -> Decision | None:
    """A country speaking (``Russia said``) is its state; a person the recogniser labelled a place
    (``Megan Folau, 31,`` tagged GPE) is no country."""
    return ("official", "ner:GPE") if t.speaker.ner == "GPE" and t.speaker.kind != "person" else None


def _local_government(t: _Typing) -> Decision | None:
    """``the county said``, ``Pike County says``: a place below the nation speaking is its
    government (the last word of the speaker's own phrase)."""
    sp = t.speaker
    if sp.kind not in ("org", "group"):
        return None
    words = _tokens(sp.text)
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in t.lex.local_governments:
            return "official", f"local_government:{' '.join(words[-n:])}"
    return None


def _person_context(t: _Typing) -> Decision | None:
    """``X, who leads the United Movement party``: an organisation in the who-clause."""
    if t.speaker.kind != "person":
        return None
    for ctx in t.speaker.context:
        hit = _org_match(_tokens(ctx), t.lex)
        # owning a business is decided by the "owner of" role ("who runs a bakery" is a local)
        if hit and hit[0] not in ("other", "citizen", "business"):
            return hit[0], f"context:{hit[1]}"
    return None


_AGE = re.compile(r"^\d{1,3}$|\b\d{1,3}\b|year-old")


def _described_person(t: _Typing) -> Decision | None:
    """A named person described only as people are in everyday life — an age (``Gene Voss, 68``),
    a who-clause about where they live or what they do (``who runs a guest house``) — is a
    citizen; the words that say so are the evidence."""
    sp = t.speaker
    if sp.kind != "person":
        return None
    for piece in [sp.role, *sp.all_roles]:
        if piece and _AGE.search(piece):
            return "citizen", f"described_person:{piece.strip()}"
    for ctx in sp.context:
        if ctx.strip():
            return "citizen", f"described_person:{ctx.strip()}"
    return None


def _unknown_person(t: _Typing) -> Decision | None:
    """A named person with no role, title, organisation or description is ``unknown``, never a
    citizen by default (the event may type them from another article: :mod:`framing.compare.identity`)."""
    return ("unknown", "no_evidence") if t.speaker.kind == "person" else None


def _camel_case_name(t: _Typing) -> Decision | None:
    """``MarketScope``, ``BlackRock``: a one-word name with an inner capital is a company's."""
    return ("business", "name:camel_case") if t.speaker.kind == "org" and _camel_case(t.speaker.text) else None


def _org_label(t: _Typing) -> Decision | None:
    return ("other", "ner:ORG") if t.speaker.kind == "org" and t.speaker.ner == "ORG" else None


def _default(t: _Typing) -> Decision | None:
    return "other", "default"


def _by_document(t: _Typing) -> Decision | None:
    return _document_issuer(t.speaker, t.lex)


#: the order of precedence of speaker types: the first step that decides wins; each step is
#: named by the ``type_rule`` it writes (``role`` writes ``role:<phrase>``)
TYPE_STEPS: tuple[Step[_Typing, Decision], ...] = (
    Step("document", _by_document),
    Step("shares_of", _shares_of),
    Step("armed", _armed),
    Step("described", _described),
    Step("trade_body", _trade),
    Step("owner", _owner),
    Step("org", _org_name_kind),
    Step("role", _role, also=("org", "linked")),
    Step("org", _org_in_name),
    Step("linked", _linked),
    Step("generic", _generic),
    Step("context", _group_context),
    Step("ner:GPE", _country),
    Step("local_government", _local_government),
    Step("context", _person_context),
    Step("described_person", _described_person),
    Step("no_evidence", _unknown_person),
    Step("name:camel_case", _camel_case_name),
    Step("ner:ORG", _org_label),
    Step("default", _default),
)


def candidacy(text: str, name: str) -> str:
    """The words of ``text`` that say the person ``name`` runs for office (``the Whitfield campaign``,
    ``Kessler's campaign``, ``who endorsed Kessler``, ``Ruiz's running mate``), else ``""``: a
    candidate speaks as a politician (``political``), whatever office or trade they hold now."""
    words = name.split()
    if len(words) < 2:
        return ""
    surname = re.escape(words[-1])
    full = re.escape(name)
    pattern = re.compile(
        rf"\bthe {surname} campaign\b|\b{surname}['\u2019]s (?:re-?election |presidential |senate )?campaign\b"
        rf"|\bendorsed (?:{full}|{surname})\b|\b{surname}['\u2019]s (?:main |chief |nearest )?(?:rival|opponent|running mate)\b"
        rf"|\b(?:{full}|{surname}) (?:is|was) running for\b")
    m = pattern.search(text)
    return m.group(0) if m else ""


#: types a candidacy outweighs: a sitting official or a businessman running speaks as a candidate
CANDIDATE_OVERRIDES = frozenset({"official", "business", "citizen", "unknown", "other", "expert"})


#: what a person speaking through their own programme or column speaks on/in ("on his show")
MEDIA_FORMATS = frozenset({"program", "programme", "show", "podcast", "column", "broadcast", "newscast",
                           "newsletter", "blog", "radio", "channel", "segment", "editorial"})
#: an audience only a broadcaster addresses ("told viewers"; "told reporters" is no evidence)
MEDIA_AUDIENCES = frozenset({"viewers", "listeners", "audience"})
_OWN = frozenset({"his", "her", "their"})
#: the decisions an own programme or column outweighs: no evidence at all
WEAK_TYPE_RULES = frozenset({"no_evidence", "default"})


def own_outlet(cue: Token) -> str:
    """``said on his Sunday night program``, ``wrote in her column``, ``told viewers``: the words by
    which a reporting verb says its speaker speaks through their own programme or column (the
    evidence of a ``media`` type), else ``""``."""
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in"):
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in MEDIA_FORMATS and any(
                        g.dep_ == "poss" and g.lower_ in _OWN for g in obj.children):
                    return " ".join(t.text for t in c.subtree)
        if c.dep_ in ("dobj", "dative") and c.lower_ in MEDIA_AUDIENCES and cue.lemma_.lower() == "tell":
            return f"{cue.text} {c.text}"
    return ""


def is_anonymous(speaker: Speaker, lex: RoleLexicon | None = None) -> bool:
    """Unnamed people ("officials", "a senior official", "witnesses"), or an anonymity phrase."""
    lex = lex or load_roles()
    if speaker.kind == "person" and speaker.named:
        return False
    if speaker.anonymous_marker:
        return True
    if speaker.kind == "org":
        return False
    head = speaker.head.lower()
    if head in lex.on_record:
        return False
    # unnamed people: the listed head nouns, or any person role word ("a father of four")
    return any(v in lex.anonymous_people or v in lex.roles for v in variants(head))
