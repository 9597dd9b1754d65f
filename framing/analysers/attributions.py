"""Attributions of speech: who is quoted or reported, with which verb, saying what.

JSON key ``attributions``: a list of :class:`~framing.attribution.Attribution` (see
``docs/analysers/attributions.md``). The work is done in :mod:`framing.attribution`.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..attribution import Attribution, extract_attributions
from ..parse import ParsedArticle
from .base import BaseAnalyser


class AttributionsAnalyser(BaseAnalyser):
    name = "attributions"
    version = "12"  # 12: speaker types from the whole article (a source close to a person, a name's organisation, a definite organisation noun, the institution of the sentence, a past seat on an elected body, a present post, a campaign with no election), heads of public institutions and state bodies official, people familiar with X / observers / defence lawyers other, a retired trade with an age a citizen, a union of firms a trade body; 11: a title with its own preposition ends after the object of "of" where the recogniser spans no name ("Former Minister of Finance Ivo Sand"); a bare "side" after a generic head is no group ("Officials on both sides" -> official); 10: merged: a one-word name owning part of a place ("who runs Velm's ports") is a place, a full name or a name with a role after "from"/"to" is a person, a title in quotation marks is no one's name; a title with its own preposition ends where the name begins ("Minister of Internal Affairs Anton Hessel" -> Anton Hessel); a verbless fragment ending a quotation is never the speaker of the cue after it (the subject outside the quotation is); 9: a paragraph's first word stays in the speaker ("Ministry sources"); a quotation over paragraphs is one row per paragraph; a quotation inside a quotation has its own speaker (inner_quote); a who-clause post is a role ("who served as mayor" -> former mayor); candidates are political; a county, city or town and a country speaking are official; documents named by their issuing body speak as it, drafts and resolutions are documents; officer titles (Chair, Treasurer) are no part of a name; an office after a lone untitled person is theirs; "express/voice ... that"; no content across a semicolon; a subject inside the quotation is no speaker; a reporting verb conjoined after a thing is a second act; 8: merged: headline role nouns typed by their office ("election boss", "army chief"), law enforcement sources official, a quotation opening the object of "promise/vow/pledge" is a voice; former holders of elected executive offices are political; "her spokesman, Name" speaks for her; a speech verb's quoted direct object, single quotes included, is a partial quotation ("promises 'targeted support'"); an organisation after a preposition is the head of its phrase ("organisers from the Clean Water Coalition" -> coalition) unless a political word marks it a party; a field word types a generic role word ("election boss" -> official); law-enforcement sources are official; 6: a parenthetical attribution claims its host clause only (not the narrator's adjuncts after it), gender from pronouns that can only be one person's, "her spokesman" speaks for her, "One said" after a group is a member of it, "the PM's rally" gives the person named before the office, "the state party" is the party named with its state; 5: the one told is never a later "she said"; a day glued to a name and a dateline are no part of it; shares and prices yield to the subject that can speak; "X Federation" is one organisation, typed (trade body -> business); "Many" after a plural group opening the sentence; 4: a name given an age is a person's, a titled person "of the campaign group X" speaks however parsed, "X of the charity Y said" is X, party adjectives, own programme/column -> media, person linked to the org of "of/at" and whose-clauses; 3: polls, surveys and their respondents are findings, not attributions; 2: statements speak for their issuer, non-speakers dropped, type `unknown`, political/media roles
    result_type = list[Attribution]

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[Attribution]:
        return extract_attributions(parsed)


ANALYSER = AttributionsAnalyser()
