"""Human names for ids, from the data files that name them."""

from __future__ import annotations

import tomllib

from framing.export.labels import column_label, human_rows, value_label
from framing.frames import CUES_PATH


def test_frame_ids_get_the_cue_files_labels():
    cues = tomllib.loads(CUES_PATH.read_text(encoding="utf-8"))
    assert value_label("primary_frame", "public_opinion") == cues["public_opinion"]["label"] == "Public opinion"
    assert value_label("frame", "not_a_frame") == "not_a_frame"


def test_columns_are_named_and_ids_kept_beside_labels():
    headers, cells = human_rows([{"outlet": "A", "speaker_type": "civil_society", "per_1000": 1.5,
                                  "outlet:Beta Post": 2}])
    assert headers == ["Outlet", "Speaker type", "Speaker type (id)", "Per 1,000 words", "Beta Post"]
    assert cells == [["A", "Civil society", "civil_society", 1.5, 2]]
    assert column_label("Already Human") == "Already Human"
    assert column_label("narrator_loaded_per_1000") == "Loaded terms (narrator) /1,000 words"


def test_tables_for_people_leave_id_columns_out():
    rows = [{"item_id": "number-1", "kind": "number", "label": "1,200 people", "speaker_id": "dan-roe",
             "id": "x", "type": "official", "outlet:Alpha": "reports"}]
    headers, cells = human_rows(rows, with_ids=False)
    assert headers == ["Kind", "Label", "Type", "Alpha"]
    assert cells == [["number", "1,200 people", "Official", "reports"]]
    # files for programs keep them
    assert "Item id" in human_rows(rows, with_ids=True)[0]
