"""Article text made safe for the places it is written to: a terminal and a spreadsheet.

Article text, outlet names and file names come from users' files and web pages, so they may
hold terminal escape sequences (``ESC ] 0 ; title BEL`` retitles the terminal, ``ESC [ 2 J``
erases it) and CSV cells a spreadsheet runs as formulas (``=HYPERLINK(...)``, ``+cmd|...``).
Every writer of those formats uses these helpers:

* :func:`terminal_safe` — text for a terminal: escape sequences (7-bit ``ESC …`` and 8-bit C1
  forms) removed whole, every other C0/C1 control character and bidirectional override removed;
* :func:`csv_safe` — one CSV cell a spreadsheet will not run as a formula;
* :func:`json_controls_escaped` — JSON text (from ``json.dumps(..., ensure_ascii=False)``, which
  escapes only U+0000–U+001F) with DEL, the C1 controls, the bidirectional controls and the
  line/paragraph separators written as ``\\uXXXX`` as well: the same JSON value, nothing raw.
"""

from __future__ import annotations

import re
from typing import TypeVar

#: a cell starting with one of these is read as a formula by spreadsheets
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: string sequences (OSC, DCS, SOS, PM, APC) up to their terminator (BEL, ``ESC \\`` or ST)
_STRING_SEQUENCE = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
#: control sequences (CSI): ``ESC [`` or C1 ``CSI``, parameters, intermediates, a final byte
_CONTROL_SEQUENCE = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
#: other escape sequences: ``ESC``, intermediates, a final byte
_ESCAPE_SEQUENCE = r"\x1b[ -/]*[0-~]"
_SEQUENCES = re.compile(f"{_STRING_SEQUENCE}|{_CONTROL_SEQUENCE}|{_ESCAPE_SEQUENCE}")
#: bidirectional embeddings, overrides and isolates (they reorder what the terminal shows)
_BIDI = "\u202a-\u202e\u2066-\u2069"
#: controls left after the sequences: C0 except tab, line feed and CR (handled apart), DEL,
#: C1, bidi controls
_CONTROLS = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_BIDI}]")
#: everything that breaks a line or jumps across it, for one-line cells
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_LONE_CR = re.compile("\r(?!\n)")
_JSON_RAW = re.compile(f"[\\x7f-\\x9f\u2028\u2029{_BIDI}]")

_Cell = TypeVar("_Cell")


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    """``text`` with nothing a terminal acts on: escape sequences and control characters go.

    Tab, line feed and CR LF are kept unless ``one_line`` (then every run of line breaks and
    tabs becomes one space, for a table cell or a message line); a lone CR (which returns
    to the start of the line, over what was printed) becomes a line feed.

    >>> terminal_safe("Daily\\x1b]0;pwned\\x07 News\\x1b[2J")
    'Daily News'
    >>> terminal_safe("two\\nlines\\r\\n", one_line=True)
    'two lines '
    """
    text = _SEQUENCES.sub("", text)
    text = _LINE_BREAKS.sub(" ", text) if one_line else _LONE_CR.sub("\n", text)
    return _CONTROLS.sub("", text)


def csv_safe(cell: _Cell) -> _Cell | str:
    """A CSV cell a spreadsheet will not run: text starting with ``= + - @``, tab or CR gets a
    leading apostrophe. Numbers stay numbers (a negative number is not a formula).

    >>> csv_safe("=HYPERLINK(\\"http://x\\")"), csv_safe(-2.5), csv_safe("plain")
    ('\\'=HYPERLINK("http://x")', -2.5, 'plain')
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def csv_unsafe(cell: str) -> str:
    """The cell :func:`csv_safe` was made from (for files this tool reads back, e.g. a lexicon)."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_START):
        return cell[1:]
    return cell


def json_controls_escaped(json_text: str) -> str:
    """JSON text with DEL, C1, bidi controls and U+2028/U+2029 written as ``\\uXXXX`` escapes.

    These characters can only stand inside JSON strings, so the escaped text is the same JSON
    value. ``json.dumps(..., ensure_ascii=False)`` leaves them raw.

    >>> json_controls_escaped('["\\x9b2J"]')
    '["\\\\u009b2J"]'
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
