"""framing.charts.layout and the outlet palette: sizes from the data, text contrast, colours
that stay apart for colour-blind readers, one colour per outlet across charts."""

from __future__ import annotations

import itertools
import math

import pytest

from framing.charts.layout import (
    MIN_HEIGHT, band_height, column_label_angle, contrast_ratio, interpolate, label_width, short_label,
    text_colour_on,
)
from framing.charts.theme import PALETTE, outlet_colours, outlet_scale

#: Machado et al. (2009) simulation matrices (severity 1.0), linear RGB
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))


def _lab(colour: str, matrix=None) -> tuple[float, float, float]:
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    c = colour.lstrip("#")
    rgb = [lin(int(c[i:i + 2], 16)) for i in (0, 2, 4)]
    if matrix:
        rgb = [min(1.0, max(0.0, sum(m * x for m, x in zip(row, rgb)))) for row in matrix]
    r, g, b = rgb
    x, y, z = 0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _min_distance(colours, matrix=None) -> float:
    return min(math.dist(_lab(a, matrix), _lab(b, matrix)) for a, b in itertools.combinations(colours, 2))


def test_palette_has_thirty_distinct_colours_that_stay_apart_for_colour_blind_readers():
    assert len(PALETTE) == len(set(PALETTE)) == 30
    for matrix in (None, DEUTERANOPIA, PROTANOPIA):
        assert _min_distance(PALETTE[:12], matrix) >= 17
        assert _min_distance(PALETTE, matrix) >= 7
    assert _min_distance(PALETTE) >= 9


def test_an_outlet_keeps_its_colour_whichever_outlets_a_chart_shows():
    colours = outlet_colours(["A", "B", "C", "A"])
    assert list(colours) == ["A", "B", "C"] and colours["C"] == PALETTE[2]
    scale = outlet_scale(["C", "A"], colours).to_dict()
    assert scale == {"domain": ["C", "A"], "range": [PALETTE[2], PALETTE[0]]}
    # an outlet the assignment does not know gets a colour no known outlet has
    extra = outlet_scale(["D"], colours).to_dict()["range"][0]
    assert extra not in colours.values()


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 12, 30])
def test_heights_never_fall_below_the_minimum_and_grow_with_rows(n):
    assert band_height(n) >= MIN_HEIGHT
    assert band_height(n + 1) >= band_height(n)
    assert band_height(30) == 30 * 26


def test_labels_are_cut_with_an_ellipsis_and_measured():
    assert short_label("  a   b ") == "a b"
    long = "The Evening Clarion: Kazakhstan's unrest in the words of those who lived it"
    cut = short_label(long, 30)
    assert len(cut) == 30 and cut.endswith("…") and long.startswith(cut[:-1])
    assert label_width(["x" * 100]) == label_width(["x" * 42])  # cut labels take the cut width
    assert label_width([]) == 0


def test_text_on_a_mark_always_reaches_wcag_aa_contrast():
    for colour in (*PALETTE, "#f7fbff", "#08306b", "#D55E00", "#f7f7f7", "#777777", "#808080"):
        text = text_colour_on(colour)
        assert contrast_ratio(colour, text) >= 4.5, (colour, text)
    assert text_colour_on("#000080") == "#ffffff" and text_colour_on("#EEDD88") == "#000000"


def test_interpolation_matches_the_scale_stops_and_clamps():
    stops = [-1, 0, 1]
    colours = ["#D55E00", "#f7f7f7", "#0072B2"]
    assert interpolate(-1, stops, colours).lower() == "#d55e00"
    assert interpolate(0, stops, colours).lower() == "#f7f7f7"
    assert interpolate(5, stops, colours).lower() == "#0072b2"
    with pytest.raises(ValueError):
        interpolate(0, [0], ["#000000"])


def test_column_labels_stay_level_and_wrap_up_to_four_columns_then_turn_upright():
    from framing.charts.layout import COLUMN_LINE_CHARS, LINE_BREAK, column_labels, wrap_label

    assert column_label_angle(1) == column_label_angle(4) == 0
    assert column_label_angle(5) == -90
    assert column_label_angle(4, ["A rather long outlet name here"] * 4) == 0  # wrapped, not turned
    names = ["Tavrian State Television", "The Tavrian Independent", "Global Press Wire",
             "The National Broadcasting Corporation of the Southern Provinces"]
    for n in (2, 3, 4):
        shown = column_labels(names[:n])
        for full, label in zip(names, shown):
            lines = label.split(LINE_BREAK)
            assert len(lines) <= 2 and all(len(x) <= COLUMN_LINE_CHARS for x in lines), label
            # the words kept are the name's first words
            assert full.replace(" ", "").startswith(label.replace(LINE_BREAK, "").replace(" ", "").rstrip("…"))
        assert len(set(shown)) == n
    assert wrap_label("Tavrian State Television") == "Tavrian State" + LINE_BREAK + "Television"
    upright = column_labels(names + ["Fifth Outlet"])
    assert all(LINE_BREAK not in x and len(x) <= 24 for x in upright)
    assert column_labels(["Same Name Daily", "Same Name Daily"]) == ["Same Name Daily", "Same Name Daily (2)"]


def test_legends_under_charts_fit_the_narrowest_chart():
    from framing.charts.layout import LEGEND_ENTRY_EXTRA, LEGEND_WIDTH, legend_args, legend_columns

    types = ["Official", "Political", "Civil society", "Expert", "Citizen", "Business", "Media", "Unknown", "Other"]
    for labels in (types, ["A", "B"], ["Tavrian State Television", "The Tavrian Independent", "Global Press Wire"],
                   [f"Outlet number {i}" for i in range(30)]):
        cols = legend_columns(labels)
        assert 1 <= cols <= len(labels)
        assert cols * (label_width(labels) + LEGEND_ENTRY_EXTRA) <= LEGEND_WIDTH or cols == 1
    assert legend_columns(["A", "B"]) == 2
    assert legend_args(types)["orient"] == "bottom"


def test_spread_positions_keeps_labels_apart_in_order_and_in_bounds():
    from framing.charts.layout import spread_positions

    cases = [[0.0, 0.0], [0.0, 0.0, 0.0, 0.02], [1.0, 1.0, 0.98], [-1.0, -1.0], [0.3, -0.5, 0.9], [0.1]]
    for values in cases:
        out = spread_positions(values, 0.08, -1.0, 1.0)
        ranked = sorted(out)
        assert all(b - a >= 0.08 - 1e-6 for a, b in zip(ranked, ranked[1:])), (values, out)
        assert all(-1.0 <= x <= 1.0 for x in out)
        order = sorted(range(len(values)), key=lambda i: (values[i], i))
        assert [out[i] for i in order] == ranked
    assert spread_positions([0.3, -0.5, 0.9], 0.08, -1, 1) == [0.3, -0.5, 0.9]  # far apart: unmoved


def test_table_columns_fit_their_header_and_values_up_to_a_cap():
    from framing.charts.layout import TABLE_MAX_COLUMN, table_column_widths

    rows = [{"Term": "regime", "Uses": 3, "Example": "x " * 400, "Tone": 0.123456, "Missing": None}]
    w = table_column_widths(["Term", "Uses", "Example", "Tone", "Missing"], rows)
    assert w["Uses"] > w["Term"] - 20 and w["Uses"] >= 4 * 7  # a short header is never squeezed to "Us"
    assert w["Example"] == TABLE_MAX_COLUMN                     # long text is capped (cut in its cell)
    assert w["Tone"] == table_column_widths(["Tone"], [["0.12"]])["Tone"]
    assert table_column_widths(["Negative sentences"], [])["Negative sentences"] > table_column_widths(["Neg"], [])["Neg"]
    # rows as sequences in column order give the same widths
    assert table_column_widths(["Term", "Uses"], [["regime", 3]]) == {k: w[k] for k in ("Term", "Uses")}


def test_columns_cut_at_the_cap_share_the_room_the_others_leave():
    from framing.charts.layout import TABLE_MAX_COLUMN, table_column_widths

    long_words = "terrorist (20), bandit (12), criminal (8), militant (8), mob (8), attacker (4), crowd (2)"
    rows = [["A News", long_words, "terrorist, criminal"]]
    cut = table_column_widths(["Outlet", "Words used", "Own voice"], rows)
    assert cut["Words used"] == TABLE_MAX_COLUMN  # without room: cut at the cap
    roomy = table_column_widths(["Outlet", "Words used", "Own voice"], rows, room=1100)
    assert roomy["Words used"] > TABLE_MAX_COLUMN and sum(roomy.values()) <= 1100
    assert roomy["Outlet"] == cut["Outlet"] and roomy["Own voice"] == cut["Own voice"]  # the others as they were
    full = table_column_widths(["Words used"], rows[:1] and [[long_words]], max_width=10_000)["Words used"]
    assert roomy["Words used"] <= full  # never wider than its longest value
    # a table already wider than the room is left as it was
    many = [f"Column {i}" for i in range(12)]
    assert table_column_widths(many, [[long_words] * 12], room=1100) == table_column_widths(many, [[long_words] * 12])


def test_fit_table_narrows_the_widest_columns_to_the_page_and_wraps_their_text():
    from framing.charts.layout import TABLE_FIT_HEADER, TABLE_FIT_ROOM, TABLE_MIN_COLUMN, fit_table, table_column_widths, table_row_height

    columns = ["Speaker", "Type", "Harbour Herald", "Inland Gazette", "Outlets", "Anonymous", "Role", "Also named",
               "Type from"]
    rows = [["Marta Quill", "Citizen", 3, 0, 1, False, "a retired teacher who chairs the Elm Street readers' group",
             "Quill, Ms Quill, the chair", "Harbour Herald: a retired teacher (role 'teacher'); Inland Gazette: the chair"]]
    natural = table_column_widths(columns, rows)
    assert sum(natural.values()) > TABLE_FIT_ROOM             # the table as it was: wider than the page
    widths, lines = fit_table(columns, rows)
    assert sum(widths.values()) <= TABLE_FIT_ROOM
    assert all(w >= min(natural[c], TABLE_MIN_COLUMN) for c, w in widths.items())
    assert widths["Type"] == natural["Type"]                  # a short column is kept
    assert widths["Harbour Herald"] >= TABLE_FIT_HEADER       # a header is cut no shorter than this
    assert widths["Type from"] < natural["Type from"] and 1 < lines <= 3
    assert (table_row_height(lines) or 0) > 64                # Streamlit wraps cells only in rows over 4 rem
    assert fit_table(["Term", "Uses"], [["regime", 3]]) == ({"Term": 69, "Uses": 55}, 1)  # small tables untouched
    fixed, _ = fit_table(columns, rows, fixed={"Role": 120})
    assert fixed["Role"] == 120 and sum(fixed.values()) <= TABLE_FIT_ROOM


def test_chart_title_wraps_its_subtitle():
    from framing.charts.layout import SUBTITLE_CHARS, chart_title

    t = chart_title("Tone arc", "Each sentence's tone, article by article, in the order of the body · click a point")
    assert t["text"] == "Tone arc" and len(t["subtitle"]) == 2
    assert all(len(line) <= SUBTITLE_CHARS for line in t["subtitle"])
    assert chart_title("Who speaks") == {"text": "Who speaks"}
