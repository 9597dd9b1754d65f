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

def _analyses(alpha: str = "Alpha", beta: str = "Beta"):
    from framing.analysis import analyse_articles
    from framing.model import Article

    arts = [
        Article.create(title="Fares rise", body='"Fares must rise," said Transport Minister Dan Roe. '
                       "Officials said the network lost money.", outlet=alpha, source="t"),
        Article.create(title="Fare protest", body='"We cannot pay," said Lena Fox, a nurse. '
                       "The minister claimed the rise was fair.", outlet=beta, source="t"),
    ]
    return analyse_articles(arts)


def test_type_share_rows_and_chart() -> None:
    from framing.charts.sources import type_share_chart, type_share_rows

    rows = type_share_rows(_analyses())
    alpha = {r["speaker_type"]: r for r in rows if r["outlet"] == "Alpha"}
    assert alpha["official"]["share_words"] == 1.0 and alpha["citizen"]["attributions"] == 0
    beta = {r["speaker_type"]: r for r in rows if r["outlet"] == "Beta"}
    assert beta["citizen"]["attributions"] == 1
    spec = type_share_chart(rows).to_dict()
    assert spec["encoding"]["x"]["field"] == "share_words"


def test_speaker_table_marks_absent_speakers() -> None:
    from framing.charts.sources import speaker_table

    rows = speaker_table(_analyses())
    fox = next(r for r in rows if r["speaker"] == "Lena Fox")
    assert fox["counts"] == {"Alpha": 0, "Beta": 1} and fox["outlets"] == 1 and fox["total"] == 1


def test_speaker_table_keeps_outlets_apart_from_its_own_keys() -> None:
    """Outlets named like the row's keys (speaker, total, type, ...) do not overwrite them."""
    from framing.charts.sources import speaker_table

    for alpha, beta in (("speaker", "total"), ("type", "outlets"), ("counts", "speaker_id")):
        rows = speaker_table(_analyses(alpha, beta))
        fox = next(r for r in rows if r["speaker"] == "Lena Fox")
        assert fox["counts"] == {alpha: 0, beta: 1}, (alpha, beta)
        assert fox["speaker_id"] == "lena-fox" and fox["type"] == "citizen"
        assert fox["outlets"] == 1 and fox["total"] == 1
        assert set(fox) == {"speaker", "speaker_id", "type", "anonymous", "role", "counts", "outlets", "total"}


def test_stance_rows_and_highlights() -> None:
    from framing.charts.sources import attribution_highlights, stance_chart, stance_rows

    analyses = _analyses()
    rows = stance_rows(analyses)
    beta = {r["stance"]: r for r in rows if r["outlet"] == "Beta"}
    assert beta["distancing"]["count"] == 1
    stance_chart(rows).to_dict()
    items = analyses[1].results["attributions"]
    hs = attribution_highlights(items)
    assert any("Lena Fox" in h.title for h in hs)
    only = attribution_highlights(items, speaker_ids=["lena-fox"])
    assert only and all("Lena Fox" in h.title for h in only)


def test_split_quote_highlights_each_part_not_the_cue_between():
    from framing.analysis import analyse_articles
    from framing.charts.sources import attribution_highlights
    from framing.model import Article

    def make_article(body):
        return Article.create(title="Test headline", body=body, outlet="Test Outlet")

    [r] = analyse_articles([make_article('"We won this fight," union leader Ana Ruiz said, "and we will win again."')])
    text = r.article.text
    quoted = [text[h.start:h.end] for h in attribution_highlights(r.results["attributions"]) if "hl-quote" in h.css_class]
    assert quoted == ["We won this fight,", "and we will win again."]
