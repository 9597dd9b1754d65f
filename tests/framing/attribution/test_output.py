"""The attributions as output: offsets into the text, the JSON round trip."""

from __future__ import annotations

from framing.attribution import Attribution, extract_attributions


def test_offsets_point_at_content_and_cue(parsed) -> None:
    p = parsed('"Rents are too high," said Nina Park, a tenant.')
    (a,) = extract_attributions(p)
    assert p.text[a.content_start:a.content_end] == a.content
    assert p.text[a.cue_start:a.cue_end] == "said"
    assert p.text[a.speaker_start:a.speaker_end].startswith("Nina Park")


def test_attributions_round_trip_through_json(parsed) -> None:
    from framing.serialise import from_jsonable, to_jsonable

    items = extract_attributions(parsed('"Rents are too high," said Nina Park, a tenant. Officials said rents fell.'))
    assert from_jsonable(list[Attribution], to_jsonable(items)) == items
