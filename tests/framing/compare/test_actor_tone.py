"""The actor × outlet table of tone toward each actor."""

from framing.analysers.attributions import ANALYSER as ATTRIBUTIONS
from framing.compare.actor_tone import actor_outlet_matrix
from framing.tone.actors import ActorMention, ActorTone, actor_tones
from framing.tone.sentences import Distribution, article_tone


def _mention(start: int, label: str, score: float) -> ActorMention:
    return ActorMention(start, start + 6, "Police", 0, 0, 20, label, score, "narrator")


def _actor(name: str, *mentions: ActorMention) -> ActorTone:
    return ActorTone(name, "police", "referent", len(mentions), 0.0, "neutral", Distribution(), list(mentions))


def test_actor_outlet_matrix(parsed):
    a = parsed("Police attacked peaceful marchers with batons.", outlet="Outlet A")
    b = parsed("Police bravely protected the town and helped families.", outlet="Outlet B")
    rows = [(x.article.id, x.article.outlet, x.text, actor_tones(x, article_tone(x, ATTRIBUTIONS.analyse(x, {}))))
            for x in (a, b)]
    cells = {(c.actor_id, c.outlet): c for c in actor_outlet_matrix(rows)}
    ca, cb = cells[("police", "Outlet A")], cells[("police", "Outlet B")]
    assert ca.mentions == 1 and cb.mentions == 1
    assert ca.mean_score < cb.mean_score
    assert ca.sentences[0]["text"].startswith("Police attacked")


def test_cells_pool_an_outlets_articles_and_drop_rare_actors():
    text = "Police did things here." * 2
    rows = [
        ("a1", "Beta", text, [_actor("police", _mention(0, "negative", -0.6))]),
        ("a2", "Beta", text, [_actor("the police", _mention(0, "negative", -0.2), _mention(4, "neutral", 0.1))]),
        ("a3", "Alpha", text, [_actor("police", _mention(0, "positive", 0.5))]),
    ]
    cells = actor_outlet_matrix(rows)
    # outlets in the order the articles come (the palette's order), not alphabetically
    assert [(c.actor_id, c.outlet) for c in cells] == [("police", "Beta"), ("police", "Alpha")]
    beta = cells[0]
    assert beta.mentions == 3 and beta.mean_score == round((-0.6 - 0.2 + 0.1) / 3, 4)
    assert beta.actor == "the police"  # the longest name seen
    assert (beta.label, beta.negative, beta.neutral, beta.positive) == ("negative", 0.6667, 0.3333, 0.0)
    assert [s["article_id"] for s in beta.sentences] == ["a1", "a2", "a2"]
    assert beta.sentences[0]["text"] == text[0:20]
    assert [(c.outlet, c.mentions) for c in actor_outlet_matrix(rows, min_mentions=2)] == [("Beta", 3)]
