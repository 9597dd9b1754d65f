"""Datelines (``COLUMBUS, Ohio (AP) —``) are never speakers; a content starts after one."""

from __future__ import annotations

from framing.attribution import extract_attributions


def test_ap_dateline_is_no_speaker(by_content, parsed) -> None:
    body = ("DAYTON, Ohio (AP) \u2014 Ohio Gov. Mark Fenwick on Monday signed a budget that cuts road money, "
            "saying it would keep taxes flat.")
    a = by_content(extract_attributions(parsed(body)), "keep taxes flat")
    assert a.speaker == "Mark Fenwick" and a.speaker_type == "official"


def test_dateline_with_date_and_agency(by_content, parsed) -> None:
    body = ("TARSK, June 3 (Reuters) - Kivonia's president said on Tuesday that the border would reopen.\n\n"
            "BRANMOOR \u2014 Rates will rise again, central bank governor Ana Pell said on Monday.")
    items = extract_attributions(parsed(body))
    assert "president" in by_content(items, "border would reopen").speaker
    a = by_content(items, "rates will rise")
    assert a.speaker == "Ana Pell" and not a.content.startswith("BRANMOOR")


def test_dateline_pattern() -> None:
    import re

    from framing.attribution.datelines import DATELINE
    for line in ("COLUMBUS, Ohio (AP) \u2014 x", "SORN, May 12 (Reuters) - x", "LONDON \u2014 x",
                 "ALMATY, Jan 16 - x", "Beijing (Xinhua) -- x", "NEW YORK (AP) \u2014 x"):
        assert DATELINE.match(line), line
    for line in ("Police said - x", "The mayor \u2014 x", "A - b"):
        assert not DATELINE.match(line) or re.match(r"[A-Z]{1,2} ", line), line


def test_local_dateline_with_spaced_hyphen_is_no_part_of_the_name(by_content, parsed) -> None:
    # a local paper's "PLACE - Name ..." opening: the parser hangs the place on the name
    for body, name in (
        ("MAPLE GROVE - Dana Whitcomb has coached the school team for a decade.\n\n"
         "\"We lost more than a game,\" Whitcomb said on Saturday.", "Dana Whitcomb"),
        ("PELL TOWNSHIP - Ron Tilley has run elections out of the township hall for 14 years.\n\n"
         "\"My stomach just dropped,\" Tilley, 67, said Sunday.", "Ron Tilley"),
        ("NORTH BEND - Priya Raman opened her bakery before dawn on Friday.\n\n"
         "\"Flour went up again,\" Raman said.", "Priya Raman"),
    ):
        items = extract_attributions(parsed(body))
        assert [a.speaker for a in items] == [name], body
