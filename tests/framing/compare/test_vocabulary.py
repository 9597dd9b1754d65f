"""Distinctive vocabulary: Fightin' Words log-odds and its evidence sentences."""

from __future__ import annotations

from collections import Counter

from framing.compare.vocabulary import log_odds_z


def test_log_odds_prefers_words_one_side_uses_more() -> None:
    a, b = Counter({"rioter": 6, "police": 5, "city": 5}), Counter({"protester": 6, "police": 5, "city": 5})
    res = log_odds_z(a, b, a + b, alpha0=0.2 * 32)
    assert res["rioter"][1] > 1.96 > abs(res["police"][1])


def test_distinctive_terms_with_evidence(fuel) -> None:
    vocab = {v.outlet: v for v in fuel.vocabulary}
    assert set(vocab) == {"Daily Courier", "State Herald", "Citizen Voice"}
    herald = [t.term for t in vocab["State Herald"].distinctive]
    assert herald[0] == "rioter"
    assert "demonstrator" in [t.term for t in vocab["Citizen Voice"].distinctive]
    for v in fuel.vocabulary:
        assert len(v.distinctive) >= 3
        for t in v.distinctive:
            assert t.significant == (t.z >= 1.96) and t.count >= 2 and t.evidence
            for ev in t.evidence:
                assert ev.outlet == v.outlet
                assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end + 1
                assert ev.sentence[ev.start - ev.sentence_start:ev.end - ev.sentence_start] == ev.text
                assert len(ev.text.split()) == t.ngram or "-" in ev.text


def test_an_outlets_own_name_is_never_among_its_distinctive_terms() -> None:
    from framing.analysis import analyse_articles
    from framing.compare.vocabulary import distinctive_terms, is_own_name
    from framing.model import Article

    # texts written for this test: each outlet names itself in its byline and its sign-off
    harbour = ("Harbour Beacon reporters saw the pier close. The Harbour Beacon learned the ferry stopped. "
               "Fishermen blamed the storm, the Harbour Beacon was told, and the Harbour Beacon counted boats.")
    valley = ("Valley Chronicle staff heard the council. Officials said repairs begin soon, Valley Chronicle "
              "learned. Valley Chronicle readers asked about the ferry, and Valley Chronicle asked officials.")
    arts = [Article.create(title="Pier closes", body=harbour, outlet="Harbour Beacon", source="t"),
            Article.create(title="Repairs soon", body=valley, outlet="Valley Chronicle", source="t")]
    vocab = {v.outlet: [t.term for t in v.distinctive] for v in distinctive_terms(analyse_articles(arts), min_count=2)}
    assert vocab["Harbour Beacon"] and vocab["Valley Chronicle"]
    for outlet, terms in vocab.items():
        assert not any(is_own_name(t, outlet) for t in terms), (outlet, terms)
    assert not {"harbour", "beacon", "harbour beacon"} & set(vocab["Harbour Beacon"])
    assert is_own_name("right ledger", "The Rights Ledger") and is_own_name("national steppe", "National Steppe Broadcasting")
    assert not is_own_name("ledger entry", "The Rights Ledger") and not is_own_name("the", "The Rights Ledger")
