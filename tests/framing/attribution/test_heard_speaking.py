"""``was recorded telling donors that ...``, ``can be heard saying: "..."``: a speech participle on a
passive verb of hearing or recording is spoken by that verb's subject."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content", [
    ("Councillor Ed Lowe was filmed saying the bins would not be collected until March.",
     "Ed Lowe", "the bins would not be collected until March"),
    ("The coach, Amy Dunn, was overheard telling players that the referee had been bought.",
     "Amy Dunn", "the referee had been bought"),
    ("The landlord, Vic Parr, was recorded last week telling tenants that the repairs could wait until summer.",
     "Vic Parr", "the repairs could wait until summer"),
    ('On the tape, Mayor Lin Hobb can be heard telling aides: "Nobody reads the audit anyway."',
     "Lin Hobb", "Nobody reads the audit anyway."),
])
def test_the_one_heard_speaking_is_the_speaker(parsed, by_content, body, speaker, content) -> None:
    assert by_content(extract_attributions(parsed(body)), content).speaker == speaker
