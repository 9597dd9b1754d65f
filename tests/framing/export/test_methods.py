"""The methods paragraph cites what the docs measured, and the BibTeX entry is well formed."""

from __future__ import annotations

import pathlib

from framing.analysers import default_analysers
from framing.export.methods import MEASURED, bibtex, methods_paragraph
from framing.loaded_terms import builtin_lexicon
from framing.version import __version__

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_every_figure_is_the_one_its_doc_reports():
    for m in MEASURED:
        doc = (ROOT / m.source).read_text(encoding="utf-8")
        for measure, value in m.figures:
            assert value in doc, (m.source, measure, value)


def test_paragraph_states_versions_lexicon_thresholds_and_figures():
    text = methods_paragraph("Fuel prices", ["Alpha Daily", "Beta Post"])
    assert text.startswith("We compared how 2 outlets (Alpha Daily, Beta Post) reported “Fuel prices”.")
    assert f"framing {__version__}" in text
    assert all(f"{a.name} {a.version}" in text for a in default_analysers())
    assert f"{len(builtin_lexicon().active_entries())} terms" in text
    assert "z ≥ 1.96" in text and "±0.05" in text
    assert all(v in text for m in MEASURED for _, v in m.figures)


def test_bibtex_entry():
    entry = bibtex("2024-05-06")
    assert entry.startswith("@software{framing") and entry.rstrip().endswith("}")
    assert entry.count("{") == entry.count("}")
    assert f"version = {{{__version__}}}" in entry and "year = {2024}" in entry
