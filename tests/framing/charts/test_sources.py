"""Sources charts and tables: shares by type, the speaker x outlet table, stances, highlights of attributed words."""

from __future__ import annotations

import re



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
        assert set(fox) == {"speaker", "speaker_id", "type", "type_evidence", "aliases", "anonymous", "role", "counts",
                            "outlets", "total"}


def test_type_evidence_says_the_reason_in_words_not_rule_ids() -> None:
    from framing.charts.sources import speaker_table, type_reason

    rows = speaker_table(_analyses())
    roe = next(r for r in rows if r["speaker"] == "Dan Roe")
    assert roe["type_evidence"] == "Alpha: Transport Minister (role “transport minister”)"
    assert not re.search(r"\((?:role|org|described|linked|ner):", " ".join(r["type_evidence"] for r in rows))
    assert type_reason("role:prime minister") == "role “prime minister”"
    assert type_reason("described:operator") == "described as “operator”"
    assert type_reason("org:government") == "organisation word “government”"
    assert type_reason("linked:Orsa Council:role:mayor") == "speaks for Orsa Council"
    assert type_reason("no_evidence") == "nothing in the text says who they are"
    assert type_reason("some_new_step:x") == "some new step: x"  # a rule not known yet is spelled out
    assert type_reason("") == ""


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
