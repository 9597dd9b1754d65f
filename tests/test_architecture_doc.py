"""docs/architecture.md stays true: every analyser's JSON key is mapped, every path it names exists."""

import pathlib
import re

from framing.analysers import default_analysers

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_every_json_key_of_an_analyser_is_mapped():
    keys = {a.name for a in default_analysers() if not a.flatten}
    missing = [k for k in sorted(keys) if f"`{k}`" not in DOC]
    assert not missing, f"docs/architecture.md does not map: {missing}"


def test_every_path_named_exists():
    paths = set(re.findall(r"`((?:framing|dashboard|tests)/[\w/.]+)`", DOC))
    assert len(paths) > 20
    missing = sorted(p for p in paths if not (ROOT / p).exists())
    assert not missing, f"docs/architecture.md names missing paths: {missing}"
