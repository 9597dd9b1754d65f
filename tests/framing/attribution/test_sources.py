"""Sources summary: shares of voice, anonymous share, stances, positions; JSON round trip."""

from __future__ import annotations

from framing.analysers.sources import ANALYSER, Sources, summarise
from framing.attribution import extract_attributions
from framing.serialise import from_jsonable, to_jsonable

BODY = ('"The fare rise is unavoidable," Transport Minister Daniel Roe said on Monday. '
        "He added that discounts would follow.\n\n"
        "Officials said the network lost money.\n\n"
        '"We cannot pay this," said Lena Fox, a nurse.')


def test_shares_by_type_and_speaker(parsed) -> None:
    items = extract_attributions(parsed(BODY, title="Minister says fares must rise"))
    s = summarise(items)
    assert s.attributions == len(items) == 5
    by_type = {t.speaker_type: t for t in s.by_type}
    assert by_type["official"].attributions == 4 and by_type["citizen"].attributions == 1
    assert abs(sum(t.share_words for t in s.by_type) - 1.0) < 0.01
    assert s.anonymous_attributions == 1 and s.anonymous_share == 0.2
    top = s.speakers[0]
    assert top.speaker == "Daniel Roe" and top.positions["headline"] == 1 and top.first_position == "headline"
    assert s.headline_speakers == ["Daniel Roe"]
    assert s.kinds == {"direct": 2, "indirect": 3, "according_to": 0}
    assert s.stance_counts["neutral"] == 5


def test_empty_article_has_zero_shares() -> None:
    s = summarise([])
    assert s.attributions == 0 and s.anonymous_share == 0.0 and all(t.share_words == 0.0 for t in s.by_type)


def test_summary_row_and_round_trip(parsed) -> None:
    s = ANALYSER.analyse(parsed(BODY), {"attributions": extract_attributions(parsed(BODY))})
    row = ANALYSER.summary_row(s)
    assert row["attributions"] == 4 and row["citizen_share"] > 0 and "anonymous_share" in row
    assert from_jsonable(Sources, to_jsonable(s)) == s


# -- charts (framing/charts/sources.py) -------------------------------------------------------
