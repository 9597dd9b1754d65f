"""Tone toward a mention: the function, the shipped model file, the training script."""

import gzip
import json
import pathlib
import socket
import subprocess
import sys

import pytest

from framing.tone.sentences import tokenize
from framing.tone.target import (
    DEFAULT_MODEL_PATH,
    ModelFileError,
    TargetTone,
    features_for,
    load_model,
    read_model,
    target_token_range,
    target_tone,
    target_tones,
)

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_returns_label_string_with_score_and_evidence():
    s = "The senator praised the brave firefighters for their heroic work."
    t = target_tone(s, s.index("firefighters"), s.index("firefighters") + len("firefighters"))
    assert isinstance(t, TargetTone) and isinstance(t, str)
    assert t in ("negative", "neutral", "positive") and t == t.label
    assert -1.0 <= t.score <= 1.0 and abs(sum(t.probabilities) - 1) < 1e-3
    assert t == "positive"
    assert any(e.text == "heroic" or e.text == "brave" for e in t.evidence)
    for e in t.evidence:
        assert s[e.start:e.end] == e.text or e.reason.startswith("model feature")


def test_clearly_negative_and_neutral_targets():
    s = "Investigators said the company Vexor had lied to regulators and cheated thousands of customers."
    a = s.index("Vexor")
    assert target_tone(s, a, a + 5) == "negative"
    s2 = "The meeting with Ms Laine is scheduled for Tuesday afternoon in the town hall."
    b = s2.index("Laine")
    assert target_tone(s2, b, b + 5) == "neutral"


def test_two_targets_in_one_sentence_can_differ():
    s = "Rahimov brutally attacked the journalist, while Delacroix bravely rescued the injured children."
    spans = [(s.index("Rahimov"), s.index("Rahimov") + 7), (s.index("Delacroix"), s.index("Delacroix") + 9)]
    a, b = target_tones(s, spans)
    assert a.score < b.score


def test_bad_span_is_a_clear_error():
    with pytest.raises(ValueError, match="outside the sentence"):
        target_tone("Short sentence.", 5, 99)
    with pytest.raises(ValueError):
        target_tone("   ", 0, 1)


def test_features_are_target_aware():
    s = "Kim welcomed the deal but Ortiz condemned it."
    f1 = features_for(s, 0, 3).sparse
    f2 = features_for(s, s.index("Ortiz"), s.index("Ortiz") + 5).sparse
    assert "pw:<s>" in f1 and "pw:but" in f2
    assert "n:welcomed" in f1 and "n:condemned" in f2
    assert "c:condemned" not in f1  # another clause
    toks = tokenize(s)
    assert target_token_range(toks, s.index("Ortiz"), s.index("Ortiz") + 5) == (5, 6)


def test_model_file_is_small_json_and_loads_offline(monkeypatch):
    assert DEFAULT_MODEL_PATH.stat().st_size < 20 * 1024 * 1024
    with gzip.open(DEFAULT_MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)          # plain JSON, no pickle
    assert data["classes"] == ["negative", "neutral", "positive"]
    assert "NewsMTSC" in data["meta"]["data_citation"]

    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    model = read_model(DEFAULT_MODEL_PATH)
    assert len(model.weights) > 1000 and set(model.dense) == {"tv", "wv"}
    assert load_model() is load_model()


def test_broken_model_file_gives_a_clear_message(tmp_path):
    with pytest.raises(ModelFileError, match="train_target_tone.py"):
        read_model(tmp_path / "missing.json.gz")
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelFileError, match="not a readable"):
        read_model(bad)


SAMPLE = [
    ("The heroic nurse Amara saved three children from the fire.", "Amara", 6.0),
    ("Critics said Boris lied and stole from the charity.", "Boris", 2.0),
    ("Chen will visit the factory on Monday.", "Chen", 4.0),
    ("Fans cheered as Dalia won a brilliant victory.", "Dalia", 6.0),
    ("Police said Egon was arrested for a violent assault.", "Egon", 2.0),
    ("Farah spoke at the conference in Lyon.", "Farah", 4.0),
    ("The generous donor Gita funded a new library.", "Gita", 6.0),
    ("Hugo was condemned for his cruel, racist remarks.", "Hugo", 2.0),
    ("Ines lives in the capital with her family.", "Ines", 4.0),
]


def test_training_script_runs_on_a_tiny_sample(tmp_path):
    data = tmp_path / "tiny.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for k in range(2):
            for s, name, pol in SAMPLE:
                a = s.index(name)
                fh.write(json.dumps({"sentence_normalized": s + (" " * k),
                                     "targets": [{"from": a, "to": a + len(name), "mention": name, "polarity": pol}]}) + "\n")
    out = tmp_path / "m.json.gz"
    cmd = [sys.executable, str(ROOT / "training" / "train_target_tone.py"), "--data", str(data), "--out", str(out), "--min-df", "1"]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, timeout=600)
    model = read_model(out)
    assert model.meta["targets"] == 18 and model.meta["seed"] == 13
    first = out.read_bytes()
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, timeout=600)
    assert out.read_bytes() == first  # fixed seed: byte-identical model


def test_training_script_names_a_missing_data_file(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "training" / "train_target_tone.py"), "--data", str(tmp_path / "nope.jsonl")],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "nope.jsonl" in r.stderr


def _reference_valence(tok) -> float:
    """The definition the array-based valences must reproduce (a Token at a time)."""
    from framing.tone.sentences import vader_analyzer

    lexicon = vader_analyzer().lexicon
    v = lexicon.get(tok.lower_, lexicon.get(tok.lemma_.lower(), 0.0)) / 4.0
    if v and any(c.dep_ == "neg" for c in tok.children):
        v = -0.74 * v
    return v


def test_token_valences_and_phrase_sums_match_the_token_walk():
    from framing.tone.target import _subtree_valence, parse_sentence, token_valences

    sentences = [
        "The mayor did not praise the brave volunteers who bravely fought the terrible fire.",
        "Critics said the reckless minister had lied, and the angry unions never trusted his awful plan.",
        "A judge whom the furious senator attacked ruled that the corrupt deal was not legal.",
    ]
    for s in sentences:
        doc = parse_sentence(s)
        vals = token_valences(doc)
        assert vals.values == tuple(_reference_valence(t) for t in doc)
        assert vals.nonzero == tuple(t.i for t in doc if vals.values[t.i])
        assert len(vals.nonzero) >= 3
        negated = [t for t in doc if t.lower_ in ("praise", "trusted") or t.lemma_ == "be" and t.head.i == t.i]
        assert all(vals.values[t.i] <= 0 for t in negated if vals.values[t.i])  # "not praise": flipped
        for top in doc:
            want = sum(_reference_valence(t) for t in top.subtree if t.i != top.i)
            assert _subtree_valence(vals, top, lambda j, i=top.i: j == i) == want


@pytest.mark.parametrize("sentence", [
    "Kim welcomed the deal, but Ortiz condemned it.",
    "  The port's new crane — idle since May — was finally switched on!",
    "",
])
def test_the_bisected_token_range_is_the_scanned_one(sentence):
    """Every span of the sentence (empty ones, ones inside a word or a gap, the end) gets the
    same token range from :meth:`SentenceInfo.token_range` as from :func:`target_token_range`."""
    from framing.tone.target import sentence_info

    info = sentence_info(sentence, 0.0)
    for start in range(len(sentence) + 1):
        for end in range(start, len(sentence) + 1):
            assert info.token_range(start, end) == target_token_range(info.tokens, start, end), (start, end)
