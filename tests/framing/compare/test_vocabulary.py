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
