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
    version = "12"  # 12: "Minister of Health Teodor Halvik" parsed as one object of "of": the field words are the title's, the name the holder's; cabinet secretaries by department are official; a capitalised office speaks through the name in apposition; a first name given after the describing clause ("One of them, a teacher who asked to be identified only by her first name, Ilse"); a speaker's own aside in a relative clause ("which he said could begin"); a quoted verdict inside a naming's object; "it" right after an organisation spoke is that organisation; a platform after "on"/"via" ("wrote on X") is a channel, no speaker or antecedent; a self-chosen name ("calling itself X") is no speech; a time is never the lost subject, a name whose dash-enclosed who-clause ends before the verb is; "the company" after an organisation of no stated kind that a sentence just before was about; 11: a title with its own preposition ends after the object of "of" where the recogniser spans no name ("Former Minister of Finance Ivo Sand"); a bare "side" after a generic head is no group ("Officials on both sides" -> official); 10: merged: a one-word name owning part of a place ("who runs Velm's ports") is a place, a full name or a name with a role after "from"/"to" is a person, a title in quotation marks is no one's name; a title with its own preposition ends where the name begins ("Minister of Internal Affairs Anton Hessel" -> Anton Hessel); a verbless fragment ending a quotation is never the speaker of the cue after it (the subject outside the quotation is); 9: a paragraph's first word stays in the speaker ("Ministry sources"); a quotation over paragraphs is one row per paragraph; a quotation inside a quotation has its own speaker (inner_quote); a who-clause post is a role ("who served as mayor" -> former mayor); candidates are political; a county, city or town and a country speaking are official; documents named by their issuing body speak as it, drafts and resolutions are documents; officer titles (Chair, Treasurer) are no part of a name; an office after a lone untitled person is theirs; "express/voice ... that"; no content across a semicolon; a subject inside the quotation is no speaker; a reporting verb conjoined after a thing is a second act; 8: merged: headline role nouns typed by their office ("election boss", "army chief"), law enforcement sources official, a quotation opening the object of "promise/vow/pledge" is a voice; former holders of elected executive offices are political; "her spokesman, Name" speaks for her; a speech verb's quoted direct object, single quotes included, is a partial quotation ("promises 'targeted support'"); an organisation after a preposition is the head of its phrase ("organisers from the Clean Water Coalition" -> coalition) unless a political word marks it a party; a field word types a generic role word ("election boss" -> official); law-enforcement sources are official; 6: a parenthetical attribution claims its host clause only (not the narrator's adjuncts after it), gender from pronouns that can only be one person's, "her spokesman" speaks for her, "One said" after a group is a member of it, "the PM's rally" gives the person named before the office, "the state party" is the party named with its state; 5: the one told is never a later "she said"; a day glued to a name and a dateline are no part of it; shares and prices yield to the subject that can speak; "X Federation" is one organisation, typed (trade body -> business); "Many" after a plural group opening the sentence; 4: a name given an age is a person's, a titled person "of the campaign group X" speaks however parsed, "X of the charity Y said" is X, party adjectives, own programme/column -> media, person linked to the org of "of/at" and whose-clauses; 3: polls, surveys and their respondents are findings, not attributions; 2: statements speak for their issuer, non-speakers dropped, type `unknown`, political/media roles
    result_type = list[Attribution]

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[Attribution]:
        return extract_attributions(parsed)


ANALYSER = AttributionsAnalyser()
