"""Policy frames from the cue lexicon: matching, the two-cue rule, primary frame, evidence."""

import json

import pytest

from framing.analysers.frames import ANALYSER as FRAMES
from framing.frames import (
    FRAME_ORDER,
    MIN_DISTINCT_CUES,
    FrameLexiconError,
    Frames,
    find_cues,
    load_lexicon,
    parse_lexicon,
    score_frames,
)
from framing.serialise import from_jsonable, to_jsonable


def test_lexicon_covers_the_codebook_frames():
    lex = load_lexicon()
    assert set(lex.labels) == set(FRAME_ORDER)
    frames_with_cues = {c.frame for cues in lex.by_first.values() for c in cues}
    assert frames_with_cues == set(FRAME_ORDER) - {"other"}
    assert lex.size > 300
    assert all(c.family for cues in lex.by_first.values() for c in cues)  # every cue has a family comment


def test_lexicon_errors_are_clear():
    with pytest.raises(FrameLexiconError, match="unknown frame"):
        parse_lexicon({"weather": {"families": []}})
    with pytest.raises(FrameLexiconError, match="both"):
        parse_lexicon({"economic": {"families": [{"comment": "x", "cues": ["tax"]}]},
                       "political": {"families": [{"comment": "y", "cues": ["tax"]}]}})


def test_lemma_and_multiword_matching(parsed):
    p = parsed("The states of emergency were lifted. Fuel prices doubled.")
    hits = {(h.cue, p.text[h.start:h.end]) for h in find_cues(p)}
    assert ("state of emergency", "states of emergency") in hits   # multi-word, lemma
    assert ("price", "prices") in hits                             # lemma
    assert not any(h[1] == "emergency" for h in hits)              # longest match wins


def test_one_cue_is_not_enough(parsed):
    p = parsed("The price of bread rose on Monday.")
    f = score_frames(p)
    assert MIN_DISTINCT_CUES == 2
    assert f.primary == "other" and f.scores == []
    assert any(h.frame == "economic" and not h.counted for h in f.cues)


def test_primary_frame_and_evidence(parsed):
    body = ("Troops and armoured vehicles were deployed after officials warned of a terrorist threat.\n\n"
            "Soldiers manned checkpoints as the military alliance sent more troops.\n\n"
            "Fuel prices had doubled, and the economy was hit by inflation.")
    p = parsed(body, title="Troops deployed")
    f = score_frames(p)
    assert f.primary == "security" and f.primary_label == "Security and defense"
    assert f.secondary == "economic"
    sec = f.scores[0]
    assert sec.paragraphs == 3 and sec.score >= 6  # the headline counts as a paragraph too
    for h in f.cues:
        assert p.text[h.start:h.end] == h.text
    counted = [h for h in f.cues if h.counted and h.frame == "security"]
    assert {"troops", "military"} <= {h.cue for h in counted}
    para = next(pf for pf in f.paragraphs if "economic" in pf.frames)
    assert set(para.frames["economic"]) >= {"price", "economy"}


def test_round_trip_and_summary(parsed):
    p = parsed("Police arrested looters and prosecutors charged them with arson.")
    f = FRAMES.analyse(p, {})
    assert f.primary == "crime"
    assert from_jsonable(Frames, json.loads(json.dumps(to_jsonable(f)))) == f
    assert FRAMES.summary_row(f)["frame_primary"] == "crime"


def test_frame_labels_are_read_without_the_cue_tokenizer(tmp_path):
    """Labels for charts and tables come from the lexicon file alone: the same as the parsed
    lexicon's, for the built-in file and for one of our own (a frame without a label keeps its id)."""
    from framing.frames import load_labels

    assert load_labels() == load_lexicon().labels
    own = tmp_path / "cues.toml"
    own.write_text('[economic]\nlabel = "Money"\n[[economic.families]]\ncomment = "c"\ncues = ["cost", "price"]\n'
                   '[crime]\n[[crime.families]]\ncomment = "c"\ncues = ["theft", "robbery"]\n', encoding="utf-8")
    assert load_labels(str(own)) == load_lexicon(str(own)).labels == {"economic": "Money", "crime": "crime",
                                                                       "other": "Other"}
