"""The methods paragraph cites the figures of the accuracy file the About tab lists (one home),
with no internal ids or history, and the BibTeX entry is well formed."""

from __future__ import annotations

import pathlib

from framing.analysers import default_analysers
import re

from framing.export.methods import ACCURACY_FILE, cited, load_accuracy, bibtex, methods_paragraph
from framing.loaded_terms import builtin_lexicon
from framing.version import __version__

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_the_accuracy_file_is_the_one_the_about_tab_reads():
    assert ACCURACY_FILE == ROOT / "framing" / "data" / "accuracy.toml"
    scores = load_accuracy()
    assert scores and cited(scores)


def test_paragraph_states_versions_lexicon_thresholds_and_figures():
    text = methods_paragraph("Fuel prices", ["Alpha Daily", "Beta Post"])
    assert text.startswith("We compared how 2 outlets (Alpha Daily, Beta Post) reported “Fuel prices”.")
    assert f"framing {__version__}" in text
    assert f"{len(builtin_lexicon().active_entries())} terms" in text
    assert "z ≥ 1.96" in text and "±0.05" in text
    for m in cited(load_accuracy()):                      # every cited figure, as the list writes it
        assert m.figure in text and m.data in text


def test_paragraph_figures_all_come_from_the_accuracy_file_and_no_ids_or_history():
    text = methods_paragraph()
    written = ACCURACY_FILE.read_text(encoding="utf-8")
    for number in re.findall(r"\b0\.\d{3}\b|\b\d{1,3}(?:\.\d)? %", text):
        assert number in written, number                 # no stale figure of its own
    assert not any(f"{a.name} {a.version}" in text for a in default_analysers())   # no analyser ids
    for internal in ("eval/", "holdout", "first run", " pass)", "pass;", "fourth", "loaded_terms", "actor_tone"):
        assert internal not in text, internal
    assert "Not evaluated against human annotation: policy frames" in text


def test_scores_the_file_marks_not_evaluated_and_a_missing_file():
    scores = [{"name": "Frames", "evaluated": False, "measured": []},
              {"name": "Tone", "measured": [{"data": "a test split", "figure": "macro-F1 0.5", "cite": True}]}]
    text = methods_paragraph(scores=scores)
    assert "Tone: on a test split, macro-F1 0.5." in text and "Not evaluated against human annotation: frames." in text
    assert "not found" in methods_paragraph(scores=[])


def test_bibtex_entry():
    entry = bibtex("2024-05-06")
    assert entry.startswith("@software{framing") and entry.rstrip().endswith("}")
    assert entry.count("{") == entry.count("}")
    assert f"version = {{{__version__}}}" in entry and "year = {2024}" in entry
