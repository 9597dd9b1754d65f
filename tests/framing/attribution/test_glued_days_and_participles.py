"""``Ruiz Monday dodged questions, telling reporters ...``: a name glued to a day is the subject of
the verb a participle hangs on, also when the recogniser labels the name part of the date."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, fragment", [
    ('Senator Ana Ruiz faced a hard week. Ruiz Monday dodged questions about the feud at a stop in Salem, '
     'telling reporters she was "focused on working families" before leaving.', "Ana Ruiz", "focused on working"),
    ('Mayor Tom Vail had a long day. Vail Tuesday toured the flooded streets, saying the city "will rebuild '
     'every house."', "Tom Vail", "will rebuild"),
    ('Governor Ida Lenz was in Boise. Lenz Friday signed the bill, telling aides it was "a good day for '
     'schools."', "Ida Lenz", "good day for schools"),
])
def test_a_participle_of_a_verb_with_a_glued_name(parsed, by_content, body: str, speaker: str, fragment: str) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker
