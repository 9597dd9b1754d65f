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
   ``undisclosed:<words>`` — unnamed people whose employer the text withholds (``people familiar
   with the talks``): other; ``cabinet_secretary:<title>`` — ``Secretary of Labor X``: official;
7. ``role:<phrase>`` — a role word with a type of its own in the speaker's title, noun phrase
   or apposition ("Prime Minister", "economist", "opposition leader"); the phrase's
   organisation word when it has no role word (``org:``); a researcher of a rights group or a
   former office speaks for the organisation (``org:``, ``linked:``);
   (``now:``, ``retired:``: a present post over a past one; a past trade and an age: a citizen);
   ``institution_head:<head> <institution>`` — the head of a hospital, prison, school, library: official;
   ``institution_staff:<department> <head> <institution>`` — the manager of a department of one
   (``a former IT manager at X Hospital``): staff, a citizen;
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
16. ``name:camel_case`` — a one-word name with an inner capital is a company; ``state_body:<words>`` —
    a body named by a state's reach (``National Crisis Response Centre``): official;
17. ``ner:ORG`` / 18. ``default`` — ``other``.

:func:`type_in_article` then reads the rest of the article where these decide weakly (a source close to
a person, a name's organisation, a definite organisation noun, the institution of the sentence, a past
seat, a campaign with no election).

Role words come from ``framing/data/speaker_roles.toml``. Entity labels are used late
because the small English model mislabels names in this domain.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

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
        kind = _kind_before_bare_head(words, head)
        if kind is not None:
            return kind[2], kind[1]
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


#: head nouns of organisations that say nothing of their kind ("group", "trust")
_BARE_HEADS = frozenset({"group", "organisation", "organization", "body", "institution", "trust"})


def _kind_before_bare_head(words: list[str], found: list[tuple[int, str, str]]) -> tuple[int, str, str] | None:
    """Family *a kind before a bare head*: ``human rights groups``, ``the Family Foundations Trust``,
    ``an opposition group``: a head noun of no kind (``group``, ``trust``, ``body``) right after an
    organisation word with a type takes that word's type."""
    if len(found) < 2 or found[-1][2] != "other" or found[-1][1] not in _BARE_HEADS:
        return None
    before = found[-2]
    if before[2] == "other" or before[0] + len(before[1].split()) != found[-1][0]:
        return None
    return before


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
    if any(w in lex.trade_workers for w in words):
        return ""                   # "Oil Workers Union": the people of the trade, a trade union
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
            if (k >= cut or sp.kind == "org") and _names_organisation(words, k, lex):
                continue           # "chairman of the Patients' Association", "Kaseni General Hospital": a name
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
            if _former(words, phrase):
                now = _present_post(sp, lex)
                if now is not None:
                    return now
                if typ in _OCCUPATIONS and any(_AGE.search(p) for p in pieces):
                    return "citizen", f"retired:{phrase}"
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


def _names_organisation(words: list[str], k: int, lex: RoleLexicon) -> bool:
    """Family *a role word inside an organisation's name*: ``chairman of the Kestorian Patients'
    Association``, ``policy director at the Patient Privacy Project``, ``head of the Farmers'
    Union``: a role word after the preposition with an organisation word after it in the same
    phrase names whom the body is for, not what the speaker is (the organisation decides); so does
    one inside an organisation's own name (``Kaseni General Hospital``)."""
    end = next((j for j in range(k + 1, len(words)) if words[j] in _DESCRIPTION_ENDS), len(words))
    return bool(_matches(words[k + 1:end], lex.orgs, lex.longest))


#: the types of trades and professions: one given up and an age say a private person speaks
_OCCUPATIONS = frozenset({"expert", "business", "media"})
_NOW = re.compile(r"\bnow\b(.*)$", re.I)


def _present_post(sp: Speaker, lex: RoleLexicon, clauses: list[str] | None = None) -> Decision | None:
    """Family *present post over a past one*: ``a retired ambassador who is now a senior fellow at
    the Hamilton Forum``, ``a former judge who now chairs the Bar Council``: the post a who-clause
    (of ``clauses``, else the speaker's own) says the person holds *now* is what they speak as (its
    role word, else its organisation)."""
    for ctx in (sp.context if clauses is None else clauses):
        m = _NOW.search(ctx)
        if m is None:
            continue
        words = _tokens(m.group(1))
        for _, phrase, typ in _matches(words, lex.roles, lex.longest):
            if phrase not in lex.generic and typ not in ("other",):
                return typ, f"now:{phrase}"
        hit = _org_match(words, lex)
        if hit and hit[0] != "other":
            return hit[0], f"now:{hit[1]}"
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


#: what an unnamed source is said to know, when the text withholds whom they work for ("two people
#: familiar with the investigation", "a person briefed on the talks")
_UNDISCLOSED = re.compile(r"\b(?:familiar with|briefed on|with (?:direct )?knowledge of|privy to|aware of)\b", re.I)
_UNDISCLOSED_HEADS = frozenset({"people", "person", "someone", "individuals", "individual"})


def _undisclosed(t: _Typing) -> Decision | None:
    """Family *undisclosed affiliation*: ``people familiar with the matter``, ``a person briefed on
    the talks``, ``someone with knowledge of the deal``: an unnamed source whose employer the text
    withholds is ``other`` (a source named by a body, ``officials familiar with ...``, keeps the
    body's type; ``people close to the minister`` is the minister's)."""
    sp = t.speaker
    if sp.kind == "person" and sp.named:
        return None
    words = _tokens(sp.text)
    if not any(v in _UNDISCLOSED_HEADS for w in words[:4] for v in variants(w)):
        return None
    m = _UNDISCLOSED.search(sp.text)
    return ("other", f"undisclosed:{m.group(0).lower()}") if m else None


#: ``Secretary of Labor``, ``Deputy Secretary of Homeland Security``, ``Secretary of the Treasury``: a
#: cabinet secretary titled by the department (a capital after "of"; "General Secretary of Unite",
#: "party secretary of the region" and "secretary of the union" are no department's)
_DEPARTMENTS = ("Labor|Labour|Defense|Defence|Commerce|Agriculture|Education|Energy|Transportation|Transport|"
                "Health|Homeland Security|Housing|Veterans Affairs|Interior|Treasury|Justice|War|Environment|"
                "Culture|Trade|Navy|Army|Air Force|Finance|Foreign Affairs|Home Affairs|Internal Affairs|Work|"
                "Works|Employment|Industry")
_CABINET_SECRETARY = re.compile(
    rf"(?<!General )(?<!general )(?<!Party )(?<!party )\bSecretary of (?:the )?(?:{_DEPARTMENTS})\b")


def _cabinet_secretary(t: _Typing) -> Decision | None:
    """Family *a secretary titled by a department*: ``Secretary of Labor Ana Ruiz``, ``Ana Ruiz, the
    Secretary of Labor``, ``the Secretary of the Treasury``: a cabinet secretary speaks for the state
    (``official``); ``secretary of state`` is a role of its own, and a secretary of an organisation
    (``the secretary of the union``) takes the organisation's type."""
    for piece in [*t.pieces, t.speaker.text]:
        m = _CABINET_SECRETARY.search(piece)
        if m is not None:
            return "official", f"cabinet_secretary:{m.group(0).lower()}"
    return None


def _institution_head(t: _Typing) -> Decision | None:
    """Family *head of a public institution*: ``the director of St Brigid's University Hospital``,
    ``the hospital's director``, ``prison governor Ann Moss``: the head of a hospital, prison,
    school or library runs it for the state and speaks for it as an ``official`` (its staff, ``a
    doctor at the hospital``, keep their own type). The head word and the institution word are in
    one of the speaker's phrases."""
    lex = t.lex
    if not lex.institution_heads:
        return None
    linked = t.speaker.linked.text if t.speaker.linked is not None else ""
    for piece in t.pieces:
        words = _tokens(piece)
        if linked and linked not in piece:
            # "a former IT manager at Eastfield Hospital" with the hospital parsed as linked
            words = [*words, "at", *_tokens(linked)]
        heads = [m for m in _matches(words, {h: "official" for h in lex.institution_heads}, 3)]
        if not heads:
            continue
        if any(p not in lex.generic and p not in lex.institution_heads and not _names_organisation(words, k, lex)
               for k, p, _ in _matches(words, lex.roles, lex.longest)):
            continue                    # a role of its own decides ("a surgeon and director of ...")
        found = _matches(words, {w: "official" for w in lex.institutions}, 3)
        if found and found[0][0] == heads[0][0] - 1 and words[found[0][0]] in lex.role_fields:
            continue                    # "Prison chairman": the field word types the head (step ``generic``)
        if found:
            dept = _department(words, heads[0][0], heads[0][1], lex)
            if dept:
                return "citizen", f"institution_staff:{dept} {heads[0][1]} {found[0][1]}"
            return "official", f"institution_head:{heads[0][1]} {found[0][1]}"
    return None


def _department(words: list[str], k: int, head: str, lex: RoleLexicon) -> str:
    """Family *a department's manager*: ``a former IT manager at Valmir Central Hospital``, ``the
    hospital payroll manager``, ``head of IT infrastructure at the school``: the head word ``head`` at
    ``k`` runs a department of the institution (the word before it, or the words after its ``of``,
    name one), not the institution: staff, who speak for themselves. The department word, else ``""``."""
    if k > 0 and words[k - 1] in lex.departments:
        return words[k - 1]
    after = k + len(head.split())
    if after + 1 < len(words) and words[after] == "of":
        for w in words[after + 1:after + 3]:
            if w in lex.departments:
                return w
    return ""


#: the words that end the names of state bodies (``National Crisis Response Centre``) and the words
#: that open them
_STATE_BODY_ENDS = frozenset({"centre", "center", "committee", "service", "unit", "headquarters", "inspectorate",
                              "directorate", "command", "secretariat", "agency", "office", "bureau", "authority"})
_STATE_BODY_OPENS = frozenset({"national", "state", "federal", "government", "central", "republican", "royal"})
#: words that make a centre a place of research or a charity ("National Centre for Social Research")
_NOT_STATE = frozenset({"research", "studies", "study", "policy", "foundation", "charity", "rights", "institute",
                        "university", "trust", "society", "council", "union", "association", "sciences"})


def _state_body(t: _Typing) -> Decision | None:
    """Family *state body named by its reach*: ``the National Crisis Response Centre``, ``the
    State Emergency Committee``, ``the Federal Flood Service``: an organisation whose name opens
    with the reach of a state and ends in a word for an operating body speaks for the state
    (``official``), unless its name says research or a charity (``National Centre for Social
    Research`` is decided by ``centre for`` before this step; ``National Trust`` never ends so)."""
    sp = t.speaker
    if sp.kind != "org":
        return None
    words = _tokens(sp.text)
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2 or words[0] not in _STATE_BODY_OPENS or words[-1] not in _STATE_BODY_ENDS:
        return None
    if any(w in _NOT_STATE for w in words):
        return None
    return "official", f"state_body:{words[0]} {words[-1]}"


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
    Step("undisclosed", _undisclosed),
    Step("cabinet_secretary", _cabinet_secretary),
    Step("role", _role, also=("org", "linked", "former", "retired", "now")),
    Step("institution_head", _institution_head, also=("institution_staff",)),
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
    Step("state_body", _state_body),
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


# -- evidence elsewhere in the article -------------------------------------------------------------
#: decisions that say little: the article's other sentences may say more
_ARTICLE_WEAK = frozenset({"no_evidence", "default", "ner:ORG"})
#: a source described by the person they are close to ("a source close to Ms Thorley")
_CLOSE_TO = re.compile(
    r"\b(?i:close to|allies of|ally of|aides? to|friends? of|associates? of|confidants? of|people around)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?((?:[A-Z][\w'\u2019-]+\s?){1,3})")
#: the words of an election: without them a lower-case campaign is a cause, not a candidacy
_ELECTION = re.compile(
    r"\b(?:elections?|electoral|candidates?|candidacy|primar(?:y|ies)|ballots?|nominee|nomination|running mate|"
    r"campaign trail|re-?election|voters|caucus(?:es)?|incumbent|electorate|constituency|stump speech)\b", re.I)
_OWNED_CAMPAIGN = re.compile(r"['\u2019]s\s+(?:\w+\s+)?campaign\b|\bcampaign\s+(?:of|for)\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n")
#: the generic words a spokesperson is: the person or body named before them in the sentence is theirs
#: the heads of any organisation, a company's by default ("chief executive"): the organisation of the
#: sentence that gives the post is theirs
_HEADS = frozenset({"chief executive", "ceo", "managing director", "executive director", "chief operating officer",
                    "chief executive officer", "chairman", "chairwoman", "chair", "director", "boss", "head"})
_SPOKES_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
                           "press officer", "press secretary"})


def type_in_article(speaker: Speaker, lex: RoleLexicon, text: str,
                    speakers: list[Speaker] | None = None) -> Decision:
    """(speaker_type, type_rule) of ``speaker`` from all the article gives: the roles the article gives
    the person anywhere (``Ms Holm ... the transport minister``), then :func:`classify`, then, when
    that decides only weakly, the evidence of the article's other sentences, in this order:

    * ``close_to:<name>`` — family *a source described by a person*: ``a source close to Ms
      Thorley`` speaks with the type of the person named (typed from their own mentions);
    * ``of_org:<org>`` — family *a name followed by its organisation*: ``fumed Dana Whitlock of the
      Calloway Taxpayers Union`` speaks for the organisation, wherever in the article it is said, as
      does ``Dr Mistry, whose Family Foundations Trust runs 40 nurseries``;
    * ``acronym:<org>`` — family *an organisation's initials*: ``SVRP director X`` after ``the Southwest
      Voting Rights Project``: the organisation whose initials the role word is; an organisation
      speaking by its initials (``according to the NCDC``) has the type of its full name;
    * ``back_reference:<org>`` — family *a definite organisation noun naming one named before*: ``the
      association's chief executive`` after ``the British International Hauliers' Association``,
      ``Board chair X`` after ``a review board of five appointees``: the organisation named before;
    * ``spokesperson_of:<name>:<rule>`` — family *a named person's spokesperson*: ``Renner spokesman
      Luke Harmon``, ``Quintero's spokeswoman X``: the type of the person named (a speaker of the
      article, else the title before their first mention: ``Republican Doug Renner``);
    * ``sentence:<phrase>`` — family *a generic head typed by the institution of its sentence*: a
      spokesperson after the person or body of their sentence (``Mayor Arroyo has yet to comment,
      though a spokeswoman said``), else of the sentence before (``Quintero's office signalled she
      would not budge. Spokesman X said``), a chief executive after the organisation of the sentence that
      gives the post (``the town hall ... chief executive Nigel Thorne``);
    * ``former:<body>`` — family *a past seat on an elected body*: ``Ruth Ahlgren, who served three
      terms on the county commission`` speaks as a politician, as a former mayor does (the
      who-clause's verb says the seat is past; the clause kept for typing has no verbs);
    * ``party_now:<word>`` — family *a past office, a party now*: ``Helen Voss, who served as secretary
      of state from 2011 to 2019 and is a Republican`` speaks as a politician;
    * ``now:<phrase>`` — family *present post over a past one* (as in :func:`classify`), where the
      who-clause hangs on the past post and not on the name (``Gail Sutter, a retired U.S.
      ambassador who is now a senior fellow at the Hamilton Forum``);
    * ``cause_name:<name>`` — family *an organisation named for its cause*: ``director of the
      Minneapolis-based Justice for Newcomers``, ``Parents for Safer Roads``: a name ``<X> for <Y>``
      with no word of its kind is an advocacy group (civil_society);
    * ``runs_elections:<words>`` — family *a person who runs elections*: ``Tilley has run elections
      out of the township hall``, ``Kowalczyk, who has run the county's elections for a decade``: an
      election official, over a party affiliation or no evidence;
    * ``candidate:<words>`` — family *a candidate*: ``Mara Quill, who ran for mayor in 2019``:
      a politician, where nothing stronger types the person;
    * ``campaign:no_election`` — family *a campaign for a cause*: a ``campaign`` typed political in an
      article with no word of an election (``Campaign organiser X`` of a residents' petition) is a
      civil-society campaign.
    """
    typed = speaker
    if speaker.entity is not None and any(x not in speaker.all_roles for x in speaker.entity.roles):
        # the roles the whole article gives the person ("Ms Holm ... the transport minister")
        typed = replace(speaker, all_roles=[*speaker.all_roles,
                                            *(x for x in speaker.entity.roles if x not in speaker.all_roles)])
        typed.role = typed.role or typed.all_roles[0]
    decision = classify(typed, lex)
    for step in (_close_to, _of_org, _acronym, _back_reference, _spokesperson_of, _sentence_institution, _cause_name,
                 _campaign_cause, _former_seat, _party_now, _present_post_in_text, _runs_elections,
                 _runs_for_office):
        better = step(typed, decision, lex, text, speakers or [])
        if better is not None:
            return better
    return decision


def _weak(decision: Decision) -> bool:
    return decision[1] in _ARTICLE_WEAK or decision[1].startswith("generic:")


def _close_to(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
              speakers: list[Speaker]) -> Decision | None:
    if sp.kind == "person" and sp.named or not (_weak(decision) or decision[0] == "other"
                                                 or decision[1] in ("role:people", "role:person")):
        return None
    m = _CLOSE_TO.search(sp.text)
    if m is None:
        return None
    found = _person_named(sp, m.group(1).split()[-1], lex, text, speakers)
    return (found[0], f"close_to:{found[1]}") if found is not None else None


def _person_named(sp: Speaker, surname: str, lex: RoleLexicon, text: str,
                  speakers: list[Speaker]) -> Decision | None:
    """The type of the person of the article with ``surname`` (a speaker typed from their own
    mentions, else the title before their first mention: ``Senator Hal Brenner``) and the words
    that say it; None for a private person or one the article does not type."""
    for other in speakers:
        if other is sp or other.kind != "person" or not other.text.split() or other.text.split()[-1] != surname:
            continue
        typ, rule = type_in_article(other, lex, text)
        running = candidacy(text, other.text)
        if running and typ in CANDIDATE_OVERRIDES:
            return "political", f"{other.text}:candidate:{running}"     # a candidate's spokeswoman
        if typ not in ("other", "unknown", "citizen"):
            return typ, f"{other.text}:{rule}"
    # a person who does not speak: the title before their first mention ("Senator Hal Brenner")
    for mention in re.finditer(rf"\b{re.escape(surname)}\b", text):
        title = _tokens(text[_sentence_start(text, mention.start()):mention.start()])[-4:]
        for _, phrase, typ in reversed(_matches(title, lex.roles, lex.longest)):
            if phrase not in lex.generic and typ not in ("other", "citizen"):
                return typ, f"{surname}:role:{phrase}"
        break
    return None


#: ``Renner spokesman``, ``Quintero's spokeswoman``: a capitalised word before a spokesperson word
_SPOKES_OF = re.compile(r"\b([A-Z][\w\u2019'-]*?)(?:['\u2019]s)?\s+(?:spokesman|spokeswoman|spokesperson|press secretary|aide)\b")


def _spokesperson_of(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                     speakers: list[Speaker]) -> Decision | None:
    # the person the role names beats an organisation linked from outside the role ("Renner spokesman")
    linked_elsewhere = decision[1].startswith("linked:") and sp.linked is not None and not any(
        sp.linked.text in p for p in [sp.role, *sp.all_roles])
    if sp.kind != "person" or not (_weak(decision) or linked_elsewhere):
        return None
    own = {w.lower() for w in sp.text.split()}
    for piece in [sp.role, *sp.all_roles]:
        for m in _SPOKES_OF.finditer(piece or ""):
            word = m.group(1)
            low = word.lower()
            if low in own or any(v in lex.roles or v in lex.orgs or v in lex.titles for v in variants(low)):
                continue           # "Ministry spokesman", "Police spokeswoman": the body's word
            found = _person_named(sp, word, lex, text, speakers)
            if found is not None:
                return found[0], f"spokesperson_of:{found[1]}"
    return None


def _named_org_type(name: str, lex: RoleLexicon) -> Decision | None:
    """The type an organisation's own name gives it (its kind, a trade body's sector, a state body; a
    name for a cause, ``Water for Velden``, is an advocacy group unless a state or research word
    before ``for`` says otherwise: ``Department for Education``, ``Centre for Cities``)."""
    cause = re.fullmatch(r"(?:The\s+)?(.+?)\s+for\s+\S.*", name)
    if cause is not None:
        before = _matches(_tokens(cause.group(1)), lex.orgs, lex.longest)
        if not any(t in ("official", "expert", "political", "media") for _, _, t in before):
            return "civil_society", f"cause_name:{name}"
    org = Speaker(name, name.lower(), "org", named=True)
    typ, rule = classify(org, lex)
    return None if typ in ("other", "unknown") else (typ, rule)


#: a proper name of an organisation: capitalised words and the small words inside names, on one line
_ORG_NAME = r"((?:[A-Z][\w'\u2019&.-]*[ \t]+|of[ \t]+|for[ \t]+|and[ \t]+)*[A-Z][\w'\u2019&.-]*)"


def _of_org(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
            speakers: list[Speaker]) -> Decision | None:
    if sp.kind != "person" or not sp.named or decision[1] not in _ARTICLE_WEAK:
        return None
    names = [re.escape(sp.text)]
    if len(sp.text.split()) > 1:
        names.append(re.escape(sp.text.split()[-1]))
    for name in names:
        for m in re.finditer(rf"\b{name}(?:,?\s+(?:of|at|from|with)\s+(?:the\s+)?|,\s+whose\s+){_ORG_NAME}(?:[ \t]+([a-z]+))?", text):
            org = m.group(1).strip().rstrip(".,;:")
            kind = m.group(2) or ""
            if kind in lex.orgs and lex.orgs[kind] != "other":
                # "of the Water for Velden coalition": the word after the name says its kind
                return lex.orgs[kind], f"of_org:{org} {kind}"
            hit = _named_org_type(org, lex)
            if hit is not None:
                return hit[0], f"of_org:{org}"
    return None


def _back_reference(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                    speakers: list[Speaker]) -> Decision | None:
    if not (_weak(decision) or decision[1].startswith("org:")):
        return None
    pieces = [p for p in [sp.role, *sp.all_roles, sp.text if sp.kind != "person" else ""] if p]
    for piece in pieces:
        raw = piece.replace("\u2019", "'").split()
        for k, w in enumerate(raw):
            word = w.lower().removesuffix("'s").strip(",.")
            if word not in lex.orgs and word not in lex.trade_bodies and word not in _ORG_NOUNS:
                continue
            if k + 1 < len(raw) and raw[k + 1][:1].isupper():
                continue               # "the Energy Regulatory Authority": a word inside a name
            before = [x for x in raw[max(0, k - 2):k] if x.lower() not in ("the", "a", "an", "its", "their")]
            if any(x[:1].isupper() for x in before):
                continue               # the phrase names its organisation ("Calloway Taxpayers Union")
            definite = k > 0 and raw[k - 1].lower() in ("the", "its", "their")
            if not definite and (before or decision[1].startswith("org:")):
                continue               # "a local union's president", "council spokesman": no reference back
            found = _last_named(word, text, sp.start if sp.start >= 0 else len(text), lex)
            if found is not None:
                return found[0], f"back_reference:{found[1]}"
    return None


#: head nouns of organisations with no type of their own ("the committee", "the group")
_ORG_NOUNS = frozenset({"committee", "group", "company", "firm", "organisation", "organization", "party",
                        "charity", "project", "network", "body", "trust", "institution"})


def _acronym(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
             speakers: list[Speaker]) -> Decision | None:
    if not (_weak(decision) or decision[1].startswith("field:")):
        return None                # the initials name the organisation: they beat a field word ("regional")
    # an organisation speaking by its initials ("According to the NCDC") after its full name, and a
    # person titled by a body's initials before their name ("Director of the NCDC Ruta Mensk")
    for piece in [sp.role, *sp.all_roles, sp.text if sp.kind != "person" else "", *_titles_by_initials(sp, lex, text)]:
        for w in piece.replace("\u2019", "'").split():
            acr = w.removesuffix("'s").strip(",.")
            if not (2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha()):
                continue
            for m in re.finditer(_ORG_NAME, text):
                for name in re.split(r"\.\s+", m.group(0).strip().rstrip(".,;:")):
                    initials = "".join(x[0] for x in name.split() if x[:1].isupper())
                    if initials == acr or initials.removeprefix("T") == acr and name.startswith("The "):
                        hit = _named_org_type(name, lex)
                        if hit is not None:
                            return hit[0], f"acronym:{name}"
    return None


def _titles_by_initials(sp: Speaker, lex: RoleLexicon, text: str) -> list[str]:
    """Family *a head titled by a body's initials*: ``Director of the NCDC Ruta Mensk``, ``Head of
    the KFA Ilse Brandt``: the titles ``<head> of the <initials>`` written right before the named
    person's surname anywhere in the article (a later ``Mrs Mensk`` is the same person)."""
    if sp.kind != "person" or not sp.named or not sp.text.split():
        return []
    surname = re.escape(sp.text.split()[-1])
    out = []
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?([A-Z]{{2,6}})\s+(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{surname}\b",
                         text):
        head = m.group(1).lower()
        if head in lex.institution_heads or head in _HEADS or head in lex.generic:
            out.append(f"{m.group(1)} of the {m.group(2)}")
    return out


def _last_named(word: str, text: str, before: int, lex: RoleLexicon) -> tuple[str, str] | None:
    """The type and name of the organisation of kind ``word`` named last before ``before``: a proper
    name ending in the word (``the British International Hauliers' Association``) or a typed phrase
    of the lexicon ending in it (``a review board``)."""
    best: tuple[int, str, str] | None = None
    head = rf"(?i:{re.escape(word)})\b"
    for m in re.finditer(rf"{_ORG_NAME}\s+{head}", text[:max(before, 0)]):
        if not text[m.end() - len(word)].isupper():
            continue
        name = m.group(0).strip().rstrip(".,;:")
        hit = _named_org_type(name, lex)
        if hit is not None:
            best = max(best or (-1, "", ""), (m.start(), hit[0], name))
    for m in re.finditer(rf"\b([A-Za-z]+)\s+{head}", text[:max(before, 0)]):
        phrase = f"{m.group(1).lower()} {word.lower()}"
        typ = lex.orgs.get(phrase)
        if typ is not None and typ != "other":
            best = max(best or (-1, "", ""), (m.start(), typ, phrase))
    if best is None and word.lower() in _ANY_ORG_NOUNS and before > 0:
        # "the group's executive director" after "The Southwest Voting Rights Project said": a word for
        # any organisation names the one named last, in this sentence or the one before
        start = _sentence_start(text, before)
        start = _sentence_start(text, start - 1) if start > 0 else 0
        for m in re.finditer(_ORG_NAME, text[start:before]):
            name = m.group(0).strip().rstrip(".,;:")
            hit = _named_org_type(name, lex)
            if hit is not None:
                best = (start + m.start(), hit[0], name)
    return (best[1], best[2]) if best else None


#: words for an organisation of any kind ("the group", "the organisation")
_ANY_ORG_NOUNS = frozenset({"group", "organisation", "organization", "body", "outfit"})
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def _sentence_institution(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                          speakers: list[Speaker]) -> Decision | None:
    if sp.linked is not None or re.search(r"\b(?:for|of|to)\s+(?:the\s+)?[A-Z]", sp.text):
        return None                # "a spokesman for Nazarbayev": the phrase names whose, not the sentence
    if decision[1].startswith("generic:"):
        word = decision[1].split(":", 1)[1]
    elif decision[1] == "no_evidence":
        # "Its director, Meg Olsen": a head word with no type of its own
        heads = [p for _, p, _ in _matches(_tokens(sp.role), {h: "" for h in _HEADS}, 3)]
        if not heads:
            return None
        word = heads[0]
    else:
        return None
    spokes = word in _SPOKES_WORDS
    if not spokes and word not in lex.institution_heads and word not in _HEADS:
        return None                # "officials": the generic word's own type
    pos = sp.start
    if sp.kind == "person" and sp.named and not spokes:
        where = [m.start() for m in re.finditer(
            rf"\b{re.escape(word)},?\s+(?:[A-Z][\w'\u2019-]+\s+)*{re.escape(sp.text.split()[-1])}\b", text, re.I)]
        if not where:
            return None
        pos = where[0]
    if pos < 0:
        return None
    start = _sentence_start(text, pos)
    spans = [(start, pos)]
    own = re.match(r"\s*(?:its|their)\b", sp.role or "", re.I) is not None
    if (spokes or own) and start > 0:   # "Its chief executive": the organisation of the sentence before
        spans.append((_sentence_start(text, start - 1), start))    # the sentence before
    for a, b in spans:
        narrator = _QUOTED.sub(" ", text[a:b])          # the words of the narrator, not of a quotation
        for m in re.finditer(_ORG_NAME, narrator):
            # an organisation named in full decides by its whole name ("The Home Builders Federation
            # welcomed the plans. Its chief executive, X": a trade body, not any federation)
            name = m.group(0).strip().rstrip(".,;:")
            if len(name.split()) >= 2 and not name.split()[0].lower() in ("mayor", "governor", "senator"):
                hit = _named_org_type(name, lex)
                if hit is not None and m.group(0)[:1].isupper():
                    return hit[0], f"sentence:{name}"
        prefix = _tokens(narrator)
        found = [(k, p, t) for k, p, t in _matches(prefix, lex.orgs, lex.longest) if t not in ("other", "citizen")]
        if spokes:
            found += [(k, p, t) for k, p, t in _matches(prefix, lex.roles, lex.longest)
                      if t not in ("other", "citizen") and p not in lex.generic]
        if found:
            _, phrase, typ = min(found)    # the first: the subject of the sentence, not a later object
            return typ, f"sentence:{phrase}"
    return None


def _campaign_cause(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                    speakers: list[Speaker]) -> Decision | None:
    typ, rule = decision
    if typ != "political" or rule not in ("org:campaign", "field:campaign organiser", "field:campaign organizer"):
        return None
    if sp.kind != "person" and any(w[:1].isupper() for w in sp.text.split()
                                   if w.lower() not in ("the", "a", "campaign")):
        return None                # "the Harlow campaign": a campaign named after a person is a candidacy
    phrases = " ".join([sp.role, *sp.all_roles, sp.text])
    if _CAMPAIGN_NAME.search(" ".join([sp.role, *sp.all_roles])) or _OWNED_CAMPAIGN.search(phrases):
        return None                # "the governor's campaign", "the campaign of Ana Ruiz": a candidacy
    if _ELECTION.search(text) or (sp.kind == "person" and candidacy(text, sp.text)):
        return None
    return "civil_society", "campaign:no_election"


#: bodies whose members are elected: a past seat on one is a political career
_ELECTED_BODIES = frozenset({"commission", "county commission", "council", "city council", "county council",
                             "parliament", "congress", "senate", "assembly", "legislature", "board of supervisors",
                             "county board", "school board"})
_PAST_SEAT = r",?\s+who\s+(?:had\s+)?(?:served|sat|spent|was elected|was a member)\b"


def _former_seat(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                 speakers: list[Speaker]) -> Decision | None:
    typ, rule = decision
    if sp.kind != "person" or typ != "official" or not rule.startswith("context:"):
        return None
    body = rule.split(":", 1)[1]
    if body not in _ELECTED_BODIES:
        return None
    names = {re.escape(sp.text), re.escape(sp.text.split()[-1])}
    if any(re.search(rf"\b{n}{_PAST_SEAT}", text) for n in names):
        return "political", f"former:{body}"
    return None


#: a character of the same sentence: no semicolon or line break, a full stop only where no capital or
#: quotation mark opens a next sentence after it ("a retired U.S. ambassador")
_IN_SENTENCE = r"(?:[^.;\n]|\.(?!\s+[A-Z\"\u201c]|$))"
_PAST_WORDS = re.compile(r"\b(?:former|retired|ex-|onetime|one-time)", re.I)


def _present_post_in_text(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                          speakers: list[Speaker]) -> Decision | None:
    if sp.kind != "person" or not sp.named or not any(_PAST_WORDS.search(p) for p in [sp.role, *sp.all_roles]):
        return None
    clauses = [m.group(0) for m in re.finditer(
        rf"\b{re.escape(sp.text)},{_IN_SENTENCE}*?\bwho\s+(?:is\s+|has\s+)?now\b{_IN_SENTENCE}*", text)]
    return _present_post(sp, lex, clauses) if clauses else None


_PARTY_NOW = re.compile(r"\b(?:is|remains|has been)\s+an?\s+(?:lifelong\s+|longtime\s+|registered\s+)?(\w+)\b", re.I)


def _party_now(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
               speakers: list[Speaker]) -> Decision | None:
    if sp.kind != "person" or not sp.named or decision[0] != "official":
        return None
    for m in re.finditer(rf"\b{re.escape(sp.text)},\s+who\s+(?:had\s+)?(?:served|was)\b{_IN_SENTENCE}*", text):
        now = _PARTY_NOW.search(m.group(0))
        if now is not None and now.group(1).lower() in lex.affiliation:
            return "political", f"party_now:{now.group(1).lower()}"
    return None


#: "has run elections out of the township hall for 14 years", "who runs the county's elections",
#: "oversees voting in the district": the public administration of an election
_RUNS_ELECTIONS = re.compile(
    r"\b(?:has\s+run|runs|ran|had\s+run|oversees|has\s+overseen|oversaw|administers|has\s+administered)\s+"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:elections|election|voting|the\s+vote)\b", re.IGNORECASE)


def _runs_elections(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                    speakers: list[Speaker]) -> Decision | None:
    """Family *a person who runs elections*: ``Ron Tilley has run elections out of the township
    hall for 14 years``, ``X, who runs the county's elections``: an election official, over a
    party affiliation ("a Democrat first elected in 2012") or no evidence (an office beats a party,
    as in :func:`classify`). The person's surname is the subject of the verb in the same sentence."""
    if sp.kind != "person" or not sp.named or not (
            _weak(decision) or decision[1].startswith("described_person:")
            or decision[0] == "political" and decision[1].split(":", 1)[-1] in lex.affiliation):
        return None
    return _described_by(sp, text, _RUNS_ELECTIONS, "official", "runs_elections")


@functools.lru_cache(maxsize=8)
def _phrase_starts(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, str], ...]:
    """(start, words) of every match of ``pattern`` in ``text`` (searched once per article)."""
    return tuple((m.start(), m.group(0)) for m in pattern.finditer(text))


def _described_by(sp: Speaker, text: str, pattern: re.Pattern[str], typ: str, label: str) -> Decision | None:
    """``<surname>[, ...,| , who] <phrase of pattern>``: the person's surname right before a phrase
    that types them (``Tilley has run elections``, ``Quill, who ran for mayor``)."""
    surname = sp.text.split()[-1]
    before = re.compile(rf"\b{re.escape(surname)}\b(?:,[^.,]{{0,80}},|,\s+who)?\s+$", re.IGNORECASE)
    for start, words in _phrase_starts(pattern, text):
        if before.search(text, max(0, start - 120), start):
            return typ, f"{label}:{words[:40]}"
    return None


#: "who ran for mayor in 2019", "is running for the state Senate": a candidate for an elected office
_RUNS_FOR_OFFICE = re.compile(
    r"\b(?:ran|runs|is\s+running|was\s+running|has\s+run|will\s+run|running)\s+for\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:mayor|governor|senate|senator|congress|office|president|presidency|"
    r"council|seat|parliament|assembly|legislature|house|sheriff|re-election|reelection)\b", re.IGNORECASE)


def _runs_for_office(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                     speakers: list[Speaker]) -> Decision | None:
    """Family *a candidate*: ``Mara Quill, who ran for mayor in 2019``, ``Vale, who is running for
    the state Senate``: a politician, where the article gives the person no stronger type. (A
    present candidacy in :func:`candidacy`'s words also outweighs a stronger type, in
    :func:`~framing.attribution.extract.extract_attributions`; a run named here, past ones included,
    types only a person nothing else types: a governor who ran for president stays official.)"""
    if sp.kind != "person" or not sp.named or not (_weak(decision) or decision[1].startswith("described_person:")):
        return None
    return _described_by(sp, text, _RUNS_FOR_OFFICE, "political", "candidate")


_CAUSE_NAME = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+)*[A-Z][\w'\u2019-]+\s+for\s+(?:[A-Z][\w'\u2019-]+\s*)+)")


def _cause_name(sp: Speaker, decision: Decision, lex: RoleLexicon, text: str,
                speakers: list[Speaker]) -> Decision | None:
    if not _weak(decision):
        return None
    for piece in [sp.role, *sp.all_roles, sp.text if sp.kind == "org" else ""]:
        m = _CAUSE_NAME.search(piece)
        if m is None:
            continue
        name = m.group(1).strip()
        words = _tokens(name)
        if _matches(words, lex.orgs, lex.longest) or _matches(words, lex.roles, lex.longest):
            continue               # "Department for Education", "Centre for ...": their own word decides
        return "civil_society", f"cause_name:{name}"
    return None
