"""Chart sizes and labels derived from the data: rows, label lengths, text on coloured marks.

Pure functions (no Altair objects needed to call them), shared by every chart module so that
each chart is readable from 1 to 30 outlets or articles:

* :func:`band_height` — the height of a chart with ``n`` bands (bars, heatmap rows): never
  below :data:`MIN_HEIGHT`, one :data:`BAND_STEP` per row otherwise;
* :func:`label_width` — the width the labels of an axis take at the theme's font size (a
  chart reserves it so labels are neither cut nor overlapping);
* :func:`short_label` — a label truncated to a character limit (the full text goes in the
  tooltip);
* :func:`text_colour_on` — black or white, whichever contrasts more with a mark's colour
  (WCAG 2 contrast ratio; with pure black and white the better of the two is always at least 4.58:1);
* :func:`table_column_widths` — the width each column of a table needs so that its header is
  never cut and its values show in full up to a cap (long free text is cut, with the cell's
  tooltip);
* :func:`fit_table` — column widths that fit a table in the page (:data:`TABLE_FIT_ROOM`), the
  widest columns narrowed first, and how many lines their wrapped text then takes
  (:func:`table_row_height`, :func:`table_height`);
* :func:`legend_columns` — how many columns a legend under a chart can have so that every entry
  fits in the narrowest width the chart is drawn at (none is clipped at the right);
* :func:`spread_positions` — label positions pushed apart so that no two overlap (end labels of
  lines that finish close together);
* :func:`interpolate` — the colour a two- or three-stop linear RGB scale gives a value, the
  same as Vega's ``interpolate: "rgb"`` (so text on heatmap cells can be coloured for contrast).
"""

from __future__ import annotations

from typing import Any, Sequence

#: no chart is drawn less tall than this (px), whatever its number of rows
MIN_HEIGHT = 150
#: no panel of a faceted or concatenated chart is less tall than this (px): its cell, measured in
#: the page, stays over :data:`MIN_HEIGHT` once its stroke and rounding are taken off
FACET_MIN_HEIGHT = MIN_HEIGHT + 12
#: height per band (bar or heatmap row) in px: one line of 12 px text with room around it
BAND_STEP = 26
#: axis label font size of the theme (px) and the mean advance of a character at that size
LABEL_FONT_SIZE = 12
CHAR_WIDTH = 6.6
#: longest label shown in full (characters); longer ones end in "…"
LABEL_CHARS = 42
#: tick values of a share axis (0–100 %): five labels fit the narrowest chart
SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1]
#: the axis of a count: whole-number ticks only (1, 2, 3 — never 0.5 of a figure)
COUNT_AXIS: dict[str, Any] = {"format": "d", "tickMinStep": 1}
DARK_TEXT = "#000000"
LIGHT_TEXT = "#ffffff"


def band_height(n: int, *, step: int = BAND_STEP, minimum: int = MIN_HEIGHT, extra: int = 0) -> int:
    """Height (px) of a chart drawing ``n`` bands: ``step`` px per band, at least ``minimum``.

    ``extra`` is added for what sits outside the bands (a legend row, a second axis).

    >>> band_height(2), band_height(12), band_height(30)
    (150, 312, 780)
    """
    return max(minimum, step * max(0, n)) + extra


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…" (whitespace collapsed).

    >>> short_label("Northline Wire: Kazakhstan unrest leaves 225 dead", 24)
    'Northline Wire: Kazakhs…'
    """
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: characters of the outlet's name in an article's label (the title gets the rest)
OUTLET_CHARS = 22


def article_labels(articles: Sequence[tuple[str, str]], limit: int = 48) -> list[str]:
    """One label per (outlet, title): "Outlet: short title", at most ``limit`` characters (the
    outlet's name cut to :data:`OUTLET_CHARS`, the title to what is left), never an id; labels that
    are still the same (an outlet's same headline twice, titles that start alike) are told apart
    by a number, "(1)", "(2)", and only those.

    >>> article_labels([("Northline Wire", "Unrest leaves 225 dead"), ("Northline Wire", "Unrest leaves 225 dead"),
    ...                 ("The Rights Ledger", "")])
    ['Northline Wire: Unrest leaves 225 dead (1)', 'Northline Wire: Unrest leaves 225 dead (2)', 'The Rights Ledger']
    """
    base: list[str] = []
    for outlet, title in articles:
        name = short_label(outlet or "Unknown outlet", OUTLET_CHARS)
        title = " ".join((title or "").split())
        base.append(short_label(f"{name}: {title}", limit) if title else name)
    return numbered(base)


def numbered(labels: Sequence[str]) -> list[str]:
    """``labels`` with those that occur more than once told apart: "(1)", "(2)" … added.

    >>> numbered(["A: x", "B: y", "A: x"])
    ['A: x (1)', 'B: y', 'A: x (2)']
    """
    counts: dict[str, int] = {}
    for b in labels:
        counts[b] = counts.get(b, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for b in labels:
        if counts[b] == 1:
            out.append(b)
            continue
        seen[b] = seen.get(b, 0) + 1
        out.append(f"{b} ({seen[b]})")
    return out


def label_width(labels: Sequence[str], *, font_size: int = LABEL_FONT_SIZE, limit: int = LABEL_CHARS) -> int:
    """Pixels the longest of ``labels`` (cut to ``limit`` characters) takes at ``font_size``.

    >>> label_width(["Alpha", "Gamma Times"])
    73
    """
    longest = max((min(len(str(x)), limit) for x in labels), default=0)
    return int(round(longest * CHAR_WIDTH * font_size / LABEL_FONT_SIZE))


#: up to this many columns, column labels are written level (wrapped onto two lines); past it,
#: upright (-90°), so that neighbouring labels never overlap however narrow the columns get
LEVEL_COLUMNS = 4


#: the narrowest width (px) a heatmap's columns share on a page (half a laptop screen)
LEVEL_WIDTH = 560


#: characters on one line of a level column label: a column of :data:`LEVEL_WIDTH` shared by
#: :data:`LEVEL_COLUMNS` columns, less a 12 px gap
COLUMN_LINE_CHARS = int((LEVEL_WIDTH / LEVEL_COLUMNS - 12) // CHAR_WIDTH)
#: a level column label takes at most this many lines (the rest is cut with "…", full text on hover)
COLUMN_LINES = 2
#: the line break of a wrapped label (split by the axis' ``labelExpr``: :data:`WRAPPED_LABEL_EXPR`)
LINE_BREAK = "\n"
WRAPPED_LABEL_EXPR = "split(datum.label, '\\n')"


def wrap_label(text: str, chars: int = COLUMN_LINE_CHARS, lines: int = COLUMN_LINES) -> str:
    """``text`` in at most ``lines`` lines of ``chars`` characters, broken between words (a word
    longer than a line is cut), the last line ending in "…" when something is left out; lines
    joined by :data:`LINE_BREAK`.

    >>> wrap_label("Tavrian State Television", 19)
    'Tavrian State\\nTelevision'
    >>> wrap_label("The National Steppe Broadcasting Corporation", 19)
    'The National Steppe\\nBroadcasting Corpo…'
    """
    words = " ".join((text or "").split()).split(" ")
    out: list[str] = []
    current = ""
    for i, w in enumerate(words):
        candidate = f"{current} {w}".strip()
        if len(candidate) <= chars:
            current = candidate
            continue
        if current:
            out.append(current)
        current = w
        if len(out) == lines - 1:
            current = " ".join(words[i:])
            break
    out.append(current)
    if len(out) > lines:
        out = out[:lines - 1] + [" ".join(out[lines - 1:])]
    out = [line if len(line) <= chars else line[: chars - 1].rstrip() + "…" for line in out[:lines]]
    return LINE_BREAK.join(x for x in out if x)


def column_label_angle(n: int, labels: Sequence[str] = ()) -> int:
    """The angle of the column labels of a heatmap with ``n`` columns: level up to
    :data:`LEVEL_COLUMNS` columns (long labels wrapped onto two lines: :func:`column_labels`),
    upright (-90°) past it, so that neighbouring labels never overlap however narrow the columns.

    >>> column_label_angle(3), column_label_angle(12), column_label_angle(4, ["x" * 36] * 4)
    (0, -90, 0)
    """
    return 0 if n <= LEVEL_COLUMNS else -90


#: line height (px) of a wrapped column label
COLUMN_LINE_HEIGHT = 14


def top_column_axis(shown: Sequence[str]) -> dict[str, Any]:
    """Keyword arguments of an ``alt.Axis(orient="top")`` drawing the :func:`column_labels`
    ``shown``: level and wrapped up to :data:`LEVEL_COLUMNS` columns (the padding lifts the first
    line so the last one ends above the axis: Vega writes extra lines downwards), else upright."""
    n = len(shown)
    lines = max((x.count(LINE_BREAK) + 1 for x in shown), default=1)
    longest = max((label_width(x.split(LINE_BREAK), limit=40) for x in shown), default=0)
    return {"orient": "top", "labelAngle": column_label_angle(n), "labelExpr": WRAPPED_LABEL_EXPR,
            "labelLineHeight": COLUMN_LINE_HEIGHT, "labelPadding": 2 + COLUMN_LINE_HEIGHT * (lines - 1),
            "labelLimit": longest + 8}


def column_labels(labels: Sequence[str], *, upright_chars: int = 24) -> list[str]:
    """The labels a heatmap's columns show: wrapped onto at most two level lines while there are
    at most :data:`LEVEL_COLUMNS` columns (draw them with ``labelExpr=WRAPPED_LABEL_EXPR``), else
    cut to ``upright_chars`` for upright labels. Equal results stay apart (a number is added).

    >>> column_labels(["Tavrian State Television", "GPW"])
    ['Tavrian State\\nTelevision', 'GPW']
    """
    n = len(labels)
    out: list[str] = []
    for x in labels:
        shown = wrap_label(x) if n <= LEVEL_COLUMNS else short_label(x, upright_chars)
        base, k = shown, 2
        while shown in out:
            shown, k = f"{base} ({k})", k + 1
        out.append(shown)
    return out


#: the narrowest width (px) a chart with a legend under it is drawn at (half of a laptop's page)
LEGEND_WIDTH = 400
#: a legend entry's symbol, the gap to its label and the padding between columns (px)
LEGEND_ENTRY_EXTRA = 34


def legend_columns(labels: Sequence[str], *, width: int = LEGEND_WIDTH, limit: int = LABEL_CHARS) -> int:
    """Columns of a legend of ``labels`` under a chart: as many as fit side by side in ``width``
    (every column as wide as the longest label), at least 1, at most one per label. Set the
    legend's ``columnPadding`` and ``labelLimit`` to match (:func:`legend_args`).

    >>> legend_columns(["Official", "Political", "Civil society", "Expert", "Citizen", "Business",
    ...                 "Media", "Unknown", "Other"])
    3
    >>> legend_columns(["A", "B"]), legend_columns(["x" * 60] * 3)
    (2, 1)
    """
    if not labels:
        return 1
    entry = label_width(labels, limit=limit) + LEGEND_ENTRY_EXTRA
    return max(1, min(len(labels), width // entry))


def legend_args(labels: Sequence[str], *, width: int = LEGEND_WIDTH) -> dict[str, Any]:
    """Keyword arguments of an ``alt.Legend`` under a chart that never spills past ``width``."""
    return {"orient": "bottom", "columns": legend_columns(labels, width=width), "columnPadding": 12,
            "labelLimit": int(round(LABEL_CHARS * CHAR_WIDTH)), "symbolLimit": 0}


def spread_positions(values: Sequence[float], gap: float, lo: float, hi: float) -> list[float]:
    """``values`` moved as little as needed so that any two are at least ``gap`` apart, all within
    ``lo``–``hi`` (when they fit); the order of the values is kept and the result is in input order.

    >>> spread_positions([0.0, 0.0, 0.5], 0.1, -1, 1)
    [-0.05, 0.05, 0.5]
    """
    order = sorted(range(len(values)), key=lambda i: (values[i], i))
    pos = [float(values[i]) for i in order]
    # clusters of labels closer than the gap are spread evenly around their mean, then merged
    # with a neighbour cluster they now touch, until none touch
    clusters: list[list[int]] = []
    for k in range(len(pos)):
        clusters.append([k])
        while len(clusters) > 1:
            a, b = clusters[-2], clusters[-1]
            top_a = _cluster_centre(a, values, order) + gap * (len(a) - 1) / 2
            bottom_b = _cluster_centre(b, values, order) - gap * (len(b) - 1) / 2
            if bottom_b - top_a >= gap - 1e-12:
                break
            clusters[-2:] = [a + b]
    out = [0.0] * len(values)
    for c in clusters:
        centre = _cluster_centre(c, values, order)
        span = gap * (len(c) - 1)
        start = centre - span / 2
        start = min(max(start, lo), hi - span) if span <= hi - lo else lo
        for j, k in enumerate(c):
            out[order[k]] = start + j * gap
    # a cluster held in by an edge may now touch its neighbour: one sweep up, one down
    ranked = [out[i] for i in order]
    for k in range(1, len(ranked)):
        ranked[k] = max(ranked[k], ranked[k - 1] + gap)
    if ranked and ranked[-1] > hi:
        ranked[-1] = hi
        for k in range(len(ranked) - 2, -1, -1):
            ranked[k] = min(ranked[k], ranked[k + 1] - gap)
    for k, i in enumerate(order):
        out[i] = round(ranked[k], 6)
    return out


def _cluster_centre(cluster: Sequence[int], values: Sequence[float], order: Sequence[int]) -> float:
    return sum(values[order[k]] for k in cluster) / len(cluster)


#: a data table's text (14 px) advances about this many px per character; each cell adds padding
#: (and a header its sort arrow)
TABLE_CHAR_WIDTH = 7.2
TABLE_PADDING = 26
#: no column is sized past this (px): longer values are cut in the cell (full text on hover)
TABLE_MAX_COLUMN = 340
#: the width (px) a full-width table has in the main area of a 1,600 px window (the sidebar open):
#: columns cut at :data:`TABLE_MAX_COLUMN` share what the others leave of it
TABLE_ROOM = 1100


def table_column_widths(columns: Sequence[str], rows: Sequence[Sequence[object]] | Sequence[dict[str, object]],
                        *, max_width: int = TABLE_MAX_COLUMN, room: int = 0) -> dict[str, int]:
    """Width (px) of each column of a table: its header always in full; its longest value in full
    up to ``max_width``. ``rows`` are dicts by column, or sequences in column order. With ``room``
    (the table's width), what the columns leave of it goes to the columns that were cut, each up to
    its longest value, so a table of few columns shows its long values in full instead of cutting
    them beside empty space.

    >>> table_column_widths(["Uses", "Term"], [{"Uses": 12, "Term": "regime"}])
    {'Uses': 55, 'Term': 69}
    """
    out: dict[str, int] = {}
    wanted: dict[str, int] = {}
    for i, c in enumerate(columns):
        values = [(r.get(c) if isinstance(r, dict) else r[i]) for r in rows]
        longest_value = max((len(_cell_text(v)) for v in values), default=0)
        header = int(round(len(str(c)) * TABLE_CHAR_WIDTH)) + TABLE_PADDING
        full = int(round(longest_value * TABLE_CHAR_WIDTH)) + TABLE_PADDING
        out[str(c)] = max(header, min(max_width, full))
        if full > out[str(c)]:
            wanted[str(c)] = full - out[str(c)]
    spare = room - sum(out.values())
    while spare > 0 and wanted:  # share the spare room evenly; a column that is full gives back the rest
        share = max(1, spare // len(wanted))
        for c in list(wanted):
            extra = min(share, wanted[c], spare)
            out[c] += extra
            spare -= extra
            wanted[c] -= extra
            if not wanted[c]:
                del wanted[c]
            if spare <= 0:
                break
    return out


#: the width (px) every data table must fit in: the main area of a 1,100 px window with the
#: sidebar closed is about 940 px (a wider page stretches the columns to fill it)
TABLE_FIT_ROOM = 900
#: the narrowest a text column is made to fit the page (px), and the most a header takes when
#: the page is short of room (a longer header, an outlet's name, is cut, in full on hover)
TABLE_MIN_COLUMN = 80
TABLE_FIT_HEADER = 110
#: lines a wrapped cell shows at most (its full text on hover), and the px each line takes
TABLE_MAX_LINES = 3
TABLE_LINE_HEIGHT = 20
#: Streamlit wraps cell text only in rows taller than 4 rem (64 px): a wrapped table's rows are
TABLE_WRAP_ROW = 66
TABLE_ROW = 35


def fit_table(columns: Sequence[str], rows: Sequence[Sequence[object]] | Sequence[dict[str, object]],
              *, room: int = TABLE_FIT_ROOM, fixed: dict[str, int] | None = None,
              max_lines: int = TABLE_MAX_LINES) -> tuple[dict[str, int], int]:
    """(width of each column in px, lines per row) of a table that fits ``room``: the widths of
    :func:`table_column_widths` (``fixed``: widths the caller sets), and, when they add up to more
    than ``room``, the widest columns narrowed first (down to :data:`TABLE_MIN_COLUMN`, a header to
    :data:`TABLE_FIT_HEADER`) until the table fits; ``lines`` is how many lines the longest value
    of a narrowed column then needs (up to ``max_lines``; 1 when nothing wraps).

    >>> fit_table(["Speaker", "Role"], [["Dolores Vega", "chair of the Carrow Court Tenants' Association " * 3]],
    ...           room=500)
    ({'Speaker': 112, 'Role': 340}, 3)
    >>> fit_table(["Term", "Uses"], [["regime", 3]])
    ({'Term': 69, 'Uses': 55}, 1)
    """
    fixed = dict(fixed or {})
    natural = table_column_widths(columns, rows)
    full: dict[str, int] = {}
    header: dict[str, int] = {}
    word: dict[str, int] = {}
    for i, c in enumerate(columns):
        c = str(c)
        values = [(r.get(c) if isinstance(r, dict) else r[i]) for r in rows]
        longest = max((len(_cell_text(v)) for v in values), default=0)
        longest_word = max((len(w) for v in values for w in _cell_text(v).split()), default=0)
        full[c] = int(round(longest * TABLE_CHAR_WIDTH)) + TABLE_PADDING
        header[c] = int(round(len(c) * TABLE_CHAR_WIDTH)) + TABLE_PADDING
        word[c] = int(round(longest_word * TABLE_CHAR_WIDTH)) + TABLE_PADDING
    # the narrowest each column may become: its header up to a cap, its longest word up to 160 px;
    # a table of many columns lowers the caps (more headers cut, in full on hover) until it fits
    floor: dict[str, int] = {}
    for header_cap, least in ((TABLE_FIT_HEADER, TABLE_MIN_COLUMN), (90, 70), (70, 60), (56, 48)):
        floor = {c: fixed.get(c) or min(natural[c], max(least, min(header[c], header_cap), min(word[c], 160, header_cap + 50)))
                 for c in map(str, columns)}
        if sum(floor.values()) <= room:
            break
    widths = {str(c): fixed.get(str(c)) or natural[str(c)] for c in columns}
    if sum(widths.values()) > room:
        # the largest cap at which the narrowed widths fit: the widest columns give way first
        lo, hi = 0, max(widths.values())
        while lo < hi:
            cap = (lo + hi + 1) // 2
            if sum(max(floor[c], min(w, cap)) for c, w in widths.items()) <= room:
                lo = cap
            else:
                hi = cap - 1
        widths = {c: max(floor[c], min(w, lo)) for c, w in widths.items()}
    # a column may end up wider than its natural width (room to spare): never narrower than its floor
    lines = 1
    for c, w in widths.items():
        text_room = max(1, w - TABLE_PADDING)
        need = -(-(full[c] - TABLE_PADDING) // text_room) if full[c] > w else 1
        lines = max(lines, min(max_lines, need))
    return widths, lines


def table_row_height(lines: int) -> int | None:
    """The row height (px) a table whose cells take ``lines`` lines needs; None: the default one-line row.

    >>> table_row_height(1), table_row_height(2), table_row_height(3)
    (None, 66, 70)
    """
    if lines <= 1:
        return None
    return max(TABLE_WRAP_ROW, 10 + TABLE_LINE_HEIGHT * lines)


def table_height(n_rows: int, lines: int = 1, *, header: int = 38, row: int | None = None) -> int:
    """Height (px) of a table that shows all its ``n_rows`` rows (no scrolling inside it), rows
    of ``lines`` lines (or ``row`` px each).

    >>> table_height(22), table_height(3, 2), table_height(3, row=70)
    (810, 238, 250)
    """
    return header + (row or table_row_height(lines) or TABLE_ROW) * max(0, n_rows) + 2


#: a chart title's longest line (characters at 14 px, about 420 px: half the page at a 1,100 px
#: window) and a subtitle line's (12 px)
TITLE_CHARS = 48
SUBTITLE_CHARS = 64


def chart_title(text: str, subtitle: str = "") -> dict[str, Any]:
    """The arguments of ``alt.TitleParams`` for a short title and its subtitle (what it counts,
    how to click it) wrapped in lines of :data:`SUBTITLE_CHARS`, so neither is cut in a chart half
    the page wide.

    >>> chart_title("Who gets to speak", "Share of attributed voices by type · click a bar for its words")
    {'text': 'Who gets to speak', 'subtitle': ['Share of attributed voices by type · click a bar for its words'], 'subtitleFontSize': 12, 'subtitleColor': '#4b4f56'}
    """
    lines: list[str] = []
    for word in subtitle.split():
        if lines and len(lines[-1]) + 1 + len(word) <= SUBTITLE_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    out: dict[str, Any] = {"text": text}
    if lines:
        out.update(subtitle=lines, subtitleFontSize=12, subtitleColor="#4b4f56")
    return out


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}"
    return " ".join(str(v).split())


def _rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    if len(c) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in rgb)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb`` (0 black, 1 white)."""
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour_on(background: str) -> str:
    """:data:`DARK_TEXT` or :data:`LIGHT_TEXT`, whichever contrasts more with ``background``.

    >>> text_colour_on("#08306b"), text_colour_on("#f7fbff")
    ('#ffffff', '#000000')
    """
    return LIGHT_TEXT if contrast_ratio(background, LIGHT_TEXT) > contrast_ratio(background, DARK_TEXT) else DARK_TEXT


def interpolate(value: float, domain: Sequence[float], colours: Sequence[str]) -> str:
    """The colour of ``value`` on a piecewise-linear RGB scale (``domain`` and ``colours`` of equal
    length, ascending domain; values outside are clamped).

    >>> interpolate(0.5, [0, 1], ["#000000", "#ffffff"])
    '#808080'
    """
    if len(domain) != len(colours) or len(domain) < 2:
        raise ValueError("domain and colours must have the same length, at least 2")
    v = min(max(value, domain[0]), domain[-1])
    for i in range(len(domain) - 1):
        lo, hi = domain[i], domain[i + 1]
        if v <= hi or i == len(domain) - 2:
            t = 0.0 if hi == lo else (v - lo) / (hi - lo)
            a, b = _rgb(colours[i]), _rgb(colours[i + 1])
            return _hex([x + (y - x) * t for x, y in zip(a, b)])
    return colours[-1]  # pragma: no cover - the loop always returns
