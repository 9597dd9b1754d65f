"""framing.safe_text: article text written to a terminal (no escape sequence, no control
character) and to a spreadsheet (no formula cell)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest

from framing.safe_text import FORMULA_START, csv_safe, csv_unsafe, json_controls_escaped, terminal_safe


def acted_on(text: str) -> list[str]:
    """The characters a terminal would act on: C0 (but tab and line feed), DEL, C1, bidi controls."""
    return [c for c in text if (unicodedata.category(c) == "Cc" and c not in "\t\n")
            or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"]


@pytest.mark.parametrize("hostile,shown", [
    ("Daily\x1b]0;You have been pwned\x07 News", "Daily News"),          # OSC: set the window title (BEL)
    ("Daily\x1b]2;title\x1b\\ News", "Daily News"),                     # OSC ended by ESC backslash (ST)
    ("Daily\x1b]8;;http://evil.invalid\x1b\\link\x1b]8;;\x1b\\", "Dailylink"),  # OSC 8 hyperlink
    ("before\x1b[2J\x1b[1;1Hafter", "beforeafter"),                      # CSI: erase screen, move cursor
    ("line\x1b[1A\x1b[2Kover", "lineover"),                              # CSI: cursor up, erase line
    ("red \x1b[31mtext\x1b[0m", "red text"),                             # CSI: colours
    ("c1\x9b2Jcsi", "c1csi"),                                            # 8-bit CSI (C1 U+009B)
    ("c1\x9d0;title\x9cosc", "c1osc"),                                   # 8-bit OSC ended by 8-bit ST
    ("dcs\x1bPq#0;2;0;0;0\x1b\\end", "dcsend"),                          # DCS (sixel) string
    ("esc\x1bcreset", "escreset"),                                       # ESC c: full terminal reset
    ("keypad\x1b=mode", "keypadmode"),                                   # ESC =
    ("charset\x1b(0set", "charsetset"),                                  # ESC ( 0: line-drawing charset
    ("bell\x07\x08\x7fdel", "belldel"),                                  # BEL, backspace, DEL
    ("nul\x00\x1a\x1fx", "nulx"),                                        # other C0
    ("trojan \u202egnp.exe\u202c", "trojan gnp.exe"),                    # bidi override
    ("isolate \u2066x\u2069", "isolate x"),                              # bidi isolate
])
def test_terminal_safe_removes_sequences_and_controls(hostile: str, shown: str) -> None:
    assert acted_on(hostile), "the case holds something a terminal acts on"
    assert terminal_safe(hostile) == shown
    assert terminal_safe(hostile, one_line=True) == shown


def test_an_unterminated_sequence_loses_its_introducer() -> None:
    out = terminal_safe("title\x1b]0;never ended")
    assert not acted_on(out) and out == "title0;never ended"
    out = terminal_safe("cut\x1b[")
    assert not acted_on(out) and out == "cut"


def test_terminal_safe_keeps_text_and_line_structure() -> None:
    text = "Ärzte warnen — “Krise” 危机\tcol\nnext line\r\nwindows line"
    assert terminal_safe(text) == text
    # a lone carriage return would print over the line: it becomes a line feed
    assert terminal_safe("shown\rhidden") == "shown\nhidden"


def test_one_line_turns_every_break_into_one_space() -> None:
    assert terminal_safe("a\n\nb\r\nc\td\x0be\x0cf\x85g\u2028h\u2029i\rj", one_line=True) == "a b c d e f g h i j"


def test_terminal_safe_on_every_control_character() -> None:
    every = "".join(chr(i) for i in range(0x00, 0xa0)) + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert not acted_on(terminal_safe(every))
    assert not acted_on(terminal_safe(every, one_line=True))
    assert "\n" not in terminal_safe(every, one_line=True)


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://evil.invalid\",\"x\")", "+cmd|' /C calc'!A0", "-2+3",
                                  "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=1+1"])
def test_csv_safe_neutralises_formula_cells(cell: str) -> None:
    assert cell.startswith(FORMULA_START)
    assert csv_safe(cell) == "'" + cell
    assert csv_unsafe(csv_safe(cell)) == cell


@pytest.mark.parametrize("value", [-2, -0.25, 0, 3.5, None, True, "plain text", "", "a=b", "'quoted", "Ärzte"])
def test_csv_safe_leaves_numbers_and_plain_text(value: object) -> None:
    assert csv_safe(value) is value
    if isinstance(value, str):
        assert csv_unsafe(value) == value


def test_csv_safe_cells_in_a_written_file() -> None:
    buf = io.StringIO()
    csv.writer(buf).writerows([[csv_safe(v) for v in ("=1+1", -3, "@x", "ok")]])
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == ["'=1+1", "-3", "'@x", "ok"]


def test_json_controls_escaped_is_the_same_json_with_nothing_raw() -> None:
    value = {"outlet": "a\x1b[2Jb\x9b2Jc\x7fd\u202ee\u2028f", "n": -1}
    raw = json.dumps(value, ensure_ascii=False)
    assert "\x9b" in raw and "\x7f" in raw and "\u202e" in raw  # what json.dumps leaves raw
    assert "\x1b" not in raw  # C0 is escaped by json.dumps itself
    escaped = json_controls_escaped(raw)
    assert not acted_on(escaped) and "\u2028" not in escaped
    assert "\\u009b" in escaped and "\\u007f" in escaped and "\\u202e" in escaped
    assert json.loads(escaped) == value
    plain = json.dumps({"t": "Ärzte — “x”"}, ensure_ascii=False)
    assert json_controls_escaped(plain) == plain
