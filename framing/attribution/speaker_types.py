"""Speaker type (official, political, ... other) and the anonymous flag, with the rule that decided.

The type comes from words, in this order (the first that gives an answer wins):

1. ``role:<phrase>`` — a role word with a type of its own in the speaker's title, noun
   phrase or apposition ("Prime Minister", "economist", "nurse", "opposition leader");
2. ``org:<phrase>`` — an organisation word linked to the speaker ("a coordinator with the
   Fair Fares Coalition", "a senior official in the finance ministry", "police");
3. ``generic:<phrase>`` — a role word that usually takes its type from an organisation,
   used alone ("officials" -> official, "activists" -> civil_society);
4. ``ner:<label>`` — the entity label: a country (GPE) speaking is ``official``; a named
   person with no role is a ``citizen``;
5. ``default`` — ``other``.

Role words come from ``framing/data/speaker_roles.toml``. Entity labels are used last
because the small English model mislabels names in this domain.
"""

from __future__ import annotations

import re

from .verbs_and_roles import RoleLexicon, roles as load_roles
from .phrases import before_preposition, variants
from .speakers import Speaker


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("\u2019s ", " ").replace("'s ", " ")
    return [w.strip(".'\u2019") for w in text.replace(",", " ").replace("(", " ").replace(")", " ").split() if w.strip(".'\u2019")]


def _matches(words: list[str], table: dict[str, str], longest: int) -> list[tuple[int, str, str]]:
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
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out


_PREPS = frozenset({"of", "for", "at", "in", "on", "with", "from", "near", "to"})
#: where the description of an organisation ends: a preposition or a relative pronoun
_DESCRIPTION_ENDS = _PREPS | {"which", "that", "who"}


def _org_match(words: list[str], lex: RoleLexicon) -> tuple[str, str] | None:
    """The organisation word that heads the phrase: the last one before a preposition
    ("energy ministry" -> ministry), else the first after it ("Ministry of Energy")."""
    cut = next((k for k, w in enumerate(words) if w in _PREPS), len(words))
    head = _matches(words[:cut], lex.orgs, lex.longest)
    if head:
        return head[-1][2], head[-1][1]
    rest = _matches(words, lex.orgs, lex.longest)
    if rest:
        return rest[0][2], rest[0][1]
    return None


def classify(speaker: Speaker, lex: RoleLexicon | None = None) -> tuple[str, str]:
    """(speaker_type, type_rule) for a resolved speaker."""
    lex = lex or load_roles()
    pieces: list[str] = []
    if speaker.role:
        pieces.append(speaker.role)
    if speaker.kind != "person":
        pieces.append(speaker.text)
    pieces.extend(r for r in speaker.all_roles if r != speaker.role)
    # "the Fair Vote Campaign" is an organisation's name; a lower-case "campaign" is a candidate's
    pieces = [_CAMPAIGN_NAME.sub(r"\1 campaign group", p) for p in pieces]
    generic_hit: tuple[str, str] | None = None
    org_hit: tuple[str, str] | None = None
    doc = _document_issuer(speaker, lex)
    if doc:
        return doc
    if speaker.kind != "person" and speaker.text.lower().startswith(("shares of ", "stock of ", "shares in ")):
        # "Shares of Halvorsen Semiconductor AG fell": the company's
        return "business", "shares_of"
    armed = _armed(speaker, pieces, lex)
    if armed:
        return "other", f"armed:{armed}"
    if speaker.kind == "org":
        # what the article says the organisation is decides before the words of its name
        # ("the Greenway Institute, an activist group" -> civil_society; "X, the consortium
        # that will build the road" -> business)
        name = speaker.text.lower()
        for piece in [speaker.role, *speaker.all_roles]:
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
        trade = _trade_body(_tokens(speaker.text), lex)
        if trade:
            return "business", f"trade_body:{trade}"
        # an organisation's own name ends in its kind: "Miners' Syndicate", "Nurses Union"
        hit = _org_match(_tokens(_CAMPAIGN_NAME.sub(r"\1 campaign group", speaker.text)), lex)
        if hit and hit[0] != "other":
            return hit[0], f"org:{hit[1]}"
    affiliation_hit: tuple[str, str] | None = None
    for piece in pieces:
        words = _tokens(piece)
        found_roles = _matches(words, lex.roles, lex.longest)
        # an office or occupation wins over a party affiliation ("Mayor X, a Democrat")
        offices = any(p not in lex.generic and p not in lex.affiliation for _, p, _ in found_roles)
        # the role word nearest the head noun decides ("local councillor", "Police Inspector")
        for _, phrase, typ in reversed(found_roles):
            if phrase in lex.generic:
                generic_hit = generic_hit or (typ, phrase)
                continue
            if phrase in lex.affiliation and (offices or any(
                    p not in lex.generic and p not in lex.affiliation
                    for other in pieces for _, p, _ in _matches(_tokens(other), lex.roles, lex.longest))):
                affiliation_hit = affiliation_hit or (typ, phrase)
                continue
            if phrase in ("researcher", "analyst", "expert", "specialist"):
                # "a researcher at Human Rights Watch" speaks for the rights group
                found = {t for _, _, t in _matches(words, lex.orgs, lex.longest)}
                if found == {"civil_society"}:
                    hit = _org_match(words, lex)
                    assert hit is not None
                    return hit[0], f"org:{hit[1]}"
                if speaker.linked is not None and classify(speaker.linked, lex)[0] == "civil_society":
                    return "civil_society", f"linked:{speaker.linked.text}"
            if speaker.linked is not None and _former(words, phrase):
                # "a former prosecutor who now teaches at Ridgefield Law School": the present post
                ltyp, lrule = classify(speaker.linked, lex)
                if ltyp not in ("other", "citizen"):
                    return ltyp, f"linked:{speaker.linked.text}:{lrule}"
            return typ, f"role:{phrase}"
        hit = _org_match(words, lex)
        if hit and hit[0] == "other":
            continue                   # "the trust's chief executive": no type from a bare "trust"
        org_hit = org_hit or hit
        if org_hit:
            return org_hit[0], f"org:{org_hit[1]}"
    if speaker.kind == "person" or speaker.kind == "org":
        hit = _org_match(_tokens(speaker.text), lex)
        if hit:
            return hit[0], f"org:{hit[1]}"
    if speaker.linked is not None:
        typ, rule = classify(speaker.linked, lex)
        if typ != "other":
            return typ, f"linked:{speaker.linked.text}:{rule}"
    if generic_hit:
        return generic_hit[0], f"generic:{generic_hit[1]}"
    if speaker.kind in ("org", "group"):
        for ctx in speaker.context:
            words = _tokens(ctx)
            for _, phrase, typ in _matches(words, lex.orgs, lex.longest) + _matches(words, lex.roles, lex.longest):
                if phrase not in lex.generic:
                    return typ, f"context:{phrase}"
    if speaker.ner == "GPE":
        return "official", "ner:GPE"
    if speaker.kind == "person":
        # "X, who leads the United Movement party": an organisation in the who-clause
        for ctx in speaker.context:
            hit = _org_match(_tokens(ctx), lex)
            # owning a business is decided by the "owner of" role ("who runs a bakery" is a local)
            if hit and hit[0] not in ("other", "citizen", "business"):
                return hit[0], f"context:{hit[1]}"
        return "citizen", "ner:PERSON" if speaker.ner == "PERSON" else "named_person"
    if speaker.kind == "org" and _camel_case(speaker.text):
        # "MarketScope", "BlackRock": a one-word name with an inner capital is a company's
        return "business", "name:camel_case"
    if speaker.kind == "org" and speaker.ner == "ORG":
        return "other", "ner:ORG"
    return "other", "default"


_CAMPAIGN_NAME = re.compile(r"\b([A-Z][\w'\u2019-]+) Campaign\b")

# bodies whose papers speak for the state ("city documents", "court filings", "a council report")
_STATE_ISSUERS = {"city", "county", "town", "municipal", "council", "court", "federal", "government",
                  "state", "police", "ministry", "parliamentary", "congressional", "official", "cabinet"}


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


def _armed(speaker: Speaker, pieces: list[str], lex: RoleLexicon) -> str:
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
