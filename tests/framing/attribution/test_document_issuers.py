"""Documents named by the kind of body that issued them, drafts, and texts a body adopted.

``according to a legislative budget analysis`` / ``government estimates`` / ``company filings``:
a modifier naming the issuing kind of body keeps the document as the speaker, typed by that body;
``a draft of the treaty`` is a draft (the treaty is what it drafts, not its author); a resolution
or letter "calls for" as its issuer would, and speaks for the body that adopted or signed it.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, expected", [
    ("According to a legislative budget analysis, the plan would cost $9 million a year.",
     "legislative budget analysis", "official"),
    ("The tunnel will cost 2 billion crowns, according to government estimates.", "government estimates", "official"),
    ("According to company filings, the mine lost money for a third year.", "company filings", "business"),
])
def test_a_document_named_by_its_issuing_body(parsed, body: str, speaker: str, expected: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker, a.speaker_type) == (speaker, expected) and not a.anonymous


def test_a_document_with_no_issuer_named_is_no_speaker(parsed) -> None:
    assert extract_attributions(parsed("According to a recent analysis, prices will rise.")) == []


@pytest.mark.parametrize("body", [
    "According to a draft of the treaty seen by reporters, the troops would withdraw within a month.",
    "According to a draft of the deal, the fees would be halved.",
    "A draft of the budget, seen by the Herald, says the tax would rise in April.",
])
def test_a_draft_speaks_as_itself(parsed, body: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker.startswith("draft of the")


@pytest.mark.parametrize("body, speaker", [
    ("The European Parliament adopted a resolution on Thursday. The resolution calls for the release of the "
     "two journalists.", "European Parliament"),
    ("Forty councillors signed a letter on Friday. The letter calls for an inquiry into the contract.",
     "Forty councillors"),
    ("The city council passed a motion on Monday. The motion calls for an audit of the contract.", "city council"),
])
def test_an_adopted_text_speaks_for_who_adopted_it(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker == speaker


@pytest.mark.parametrize("body", [
    "Ivo Marsh, an economist at Hale University, said spending had tripled since 2014, according to his "
    "analysis of federal filings.",
    "Lena Ott said fares had doubled, according to her study of city records.",
    "Costs rose by half, according to a review of county documents.",
])
def test_documents_analysed_are_no_author(parsed, body: str) -> None:
    assert not any("filings" in a.speaker or "records" in a.speaker or "documents" in a.speaker
                   for a in extract_attributions(parsed(body)))
