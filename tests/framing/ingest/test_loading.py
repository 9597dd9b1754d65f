"""Loading articles from each supported format and encoding."""

from __future__ import annotations

import json
import pathlib
import zipfile

import pytest

from framing.ingest import IngestOptions, load_bytes, load_paths, load_text
from framing.ingest.common import limit_that_admits, normalise_date
from framing.ingest.loaders import read_page
from framing.ingest.outlets import outlet_from_filename, outlet_from_url
from framing.ingest.text_files import dateline_parts, is_navigation_line, strip_markdown

SEED = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds" / "kazakhstan-presstv-2022-01.txt"

BODY = ("Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
        "to close the main route between the two largest towns for most of the morning.\n\n"
        "\u201cWe have never seen the river rise this fast,\u201d said Maria Lopez, who runs a bakery near "
        "the bridge. Emergency crews pumped water from basements until noon.")
TITLE = "Floods close roads across the valley"


def only(report):
    assert not [p for p in report.problems if p.kind == "error"], [str(p) for p in report.problems]
    assert len(report.articles) == 1, [str(p) for p in report.problems]
    return report.articles[0]


# --- plain text -------------------------------------------------------------------------------

def test_seed_article_headline_skips_breadcrumb():
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    art = only(load_paths([SEED]))
    assert art.title == "Putin says Russia-led alliance will foil foreign plots to stoke unrest in Kazakhstan"
    assert "News" not in art.text.split("\n")[0]
    assert art.body.startswith("File photo of Kazakh security forces")
    assert art.outlet == "Press TV"


@pytest.mark.parametrize("line,nav", [
    ("News   /   More   /   Russia", True),
    ("Home > World > Europe", True),
    ("Home » Politics", True),
    ("World | Asia | Kazakhstan", True),
    ("Skip to content", True),
    ("Advertisement", True),
    ("Putin says Russia-led alliance will foil foreign plots to stoke unrest in Kazakhstan", False),
    ("Floods close roads | Valley Courier", False),
    ("AC/DC cancels tour", False),
    ("Biden / Putin summit ends without a deal on Ukraine", False),
])
def test_navigation_lines(line, nav):
    assert is_navigation_line(line) is nav


def test_txt_metadata_lines(tmp_path):
    f = tmp_path / "anything.txt"
    f.write_text(f"outlet: Valley Courier\nDATE: March 14, 2023\nURL: https://valley.example/floods\n"
                 f"By: Jane Smith\n\n{TITLE}\n\n{BODY}\n", encoding="utf-8")
    art = only(load_paths([f]))
    assert (art.outlet, art.published, art.url, art.byline) == (
        "Valley Courier", "2023-03-14", "https://valley.example/floods", "Jane Smith")
    assert art.title == TITLE
    assert art.body.startswith("Heavy rain overnight")
    assert art.source == str(f)


def test_txt_title_line_and_source_alias(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(f"Title: {TITLE}\nSource: Valley Courier\nAuthor: Jane Smith\n\n{BODY}\n", encoding="utf-8")
    art = only(load_paths([f]))
    assert art.title == TITLE and art.outlet == "Valley Courier" and art.byline == "Jane Smith"
    assert art.body.startswith("Heavy rain")


def test_txt_yaml_front_matter(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(f"---\ntitle: \"{TITLE}\"\noutlet: Valley Courier\ndate: 2023-03-14\n"
                 f"authors: [Jane Smith, Tom Lee]\nsection: Weather\n---\n\n{BODY}\n", encoding="utf-8")
    art = only(load_paths([f]))
    assert art.title == TITLE
    assert art.outlet == "Valley Courier"
    assert art.published == "2023-03-14"
    assert art.byline == "Jane Smith, Tom Lee"
    assert art.metadata["section"] == "Weather"
    assert "---" not in art.text


def test_txt_broken_front_matter_is_a_warning(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(f"---\ntitle: [unclosed\n---\n{TITLE}\n\n{BODY}\n", encoding="utf-8")
    report = load_paths([f])
    art = only(report)
    assert art.title == TITLE
    assert any(p.kind == "warning" and "front matter" in p.message for p in report.problems)


def test_txt_byline_line_after_headline(tmp_path):
    f = tmp_path / "valley-courier.txt"
    f.write_text(f"{TITLE}\nBy Jane Smith, Valley Courier\n\n{BODY}\n", encoding="utf-8")
    art = only(load_paths([f]))
    assert art.byline == "Jane Smith"
    assert art.body.startswith("Heavy rain")


def test_txt_one_paragraph_per_line_becomes_paragraphs():
    text = TITLE + "\n" + BODY.replace("\n\n", "\n")
    art = only(load_text(text))
    assert len([p for p in art.paragraphs if p.kind == "body"]) == 2


def test_outlet_from_file_name():
    assert outlet_from_filename("presstv-kazakhstan.txt") == "Press TV"
    assert outlet_from_filename("rt-kazakhstan-2022-01.txt") == "RT"
    assert outlet_from_filename("kazakhstan-presstv-2022-01.txt") == "Press TV"
    assert outlet_from_filename("valley-courier-2023-03-14.txt") == "Valley Courier"
    assert outlet_from_url("https://www.presstv.ir/Detail/2022/01/10/x") == "Press TV"
    assert outlet_from_url("https://news.bbc.co.uk/2/hi/x.stm") == "BBC"
    assert outlet_from_url("https://valley.example/floods") == "valley.example"


@pytest.mark.parametrize("raw,iso", [
    ("2022-01-10", "2022-01-10"),
    ("2022-01-10T08:30:00Z", "2022-01-10"),
    ("January 10, 2022", "2022-01-10"),
    ("Mon, 10 Jan 2022 08:30:00 GMT", "2022-01-10"),
    ("10 January 2022", "2022-01-10"),
    ("January 2022", "2022-01"),
    ("last Tuesday", "last Tuesday"),
    ("2022-13-45", "2022-13-45"),
])
def test_dates_normalised(raw, iso):
    assert normalise_date(raw) == iso


@pytest.mark.parametrize("line,parts", [
    ("Valley Courier | 14 March 2023", (None, "14 March 2023", "Valley Courier")),
    ("By Jane Smith | March 14, 2023", ("Jane Smith", "March 14, 2023", None)),
    ("By Jane Smith | Updated March 14, 2023 | 5 min read", ("Jane Smith", "Updated March 14, 2023", None)),
    ("By Jane Smith and Tom Lee | Valley Courier | 2023-03-14", ("Jane Smith and Tom Lee", "2023-03-14", "Valley Courier")),
    ("Reuters · Jan 10, 2022 · 3:04 PM", (None, "Jan 10, 2022", "Reuters")),
    ("By Cody Marsh | American Dispatch", ("Cody Marsh", None, "American Dispatch")),
    ("News | World", None),                                    # navigation, no date or byline
    ("The Liberty Ledger | Staff Report | March 19, 2025", None),  # two names: not sure which is the outlet
    ("Prices rose | 2023 was a hard year.", None),
])
def test_dateline_parts(line, parts):
    assert dateline_parts(line) == parts


def test_dateline_under_headline_gives_outlet_and_date():
    art = only(load_text(f"{TITLE}\nValley Courier | 14 March 2023\n\n{BODY}\n"))
    assert (art.outlet, art.published, art.byline) == ("Valley Courier", "2023-03-14", None)
    assert art.body.startswith("Heavy rain") and "Valley Courier" in art.metadata["skipped_lines"]
    art = only(load_text(f"{TITLE}\n\nBy Jane Smith | March 14, 2023\n\n{BODY}\n", outlet="Given Outlet"))
    assert (art.outlet, art.published, art.byline) == ("Given Outlet", "2023-03-14", "Jane Smith")


# --- markdown ---------------------------------------------------------------------------------

def test_markdown_file(tmp_path):
    f = tmp_path / "valley-courier.md"
    f.write_text(f"# {TITLE}\n\n*By Jane Smith*\n\nHeavy **rain** overnight flooded several roads in the "
                 "[northern valley](https://maps.example/valley) on Tuesday, forcing the county to close the "
                 "main route between the _two_ largest towns.\n\n![a flooded road](road.jpg)\n\n"
                 "## Crews at work\n\nEmergency crews pumped water from basements until noon, said the "
                 "county\u2019s snake_case_name spokesperson.\n", encoding="utf-8")
    art = only(load_paths([f]))
    assert art.title == TITLE
    assert art.byline == "Jane Smith"
    assert "Heavy rain overnight" in art.body
    assert "northern valley on Tuesday" in art.body
    assert "two largest" in art.body
    for mark in ("#", "*", "](", "!["):
        assert mark not in art.text
    assert "Crews at work" in art.body
    assert "snake_case_name" in art.body
    assert art.metadata["format"] == "markdown"


def test_strip_markdown_keeps_plain_text():
    assert strip_markdown("A *b* and **c** [d](http://x) `e`") == "A b and c d e"


def test_pasted_text_with_outlet():
    art = only(load_text(f"{TITLE}\n\n{BODY}", outlet="Valley Courier"))
    assert art.outlet == "Valley Courier" and art.title == TITLE and art.source == "pasted text"
    assert only(load_text(f"{TITLE}\n\n{BODY}")).outlet == "Unknown outlet"


def test_pasted_text_is_plain_text_unless_said_to_be_markdown():
    body = BODY.replace("Heavy rain", "Heavy **rain** (see window.__x and window.__y)", 1)
    assert "**rain** (see window.__x and window.__y)" in only(load_text(f"{TITLE}\n\n{body}")).body
    assert "Heavy rain (see window.x and window.y)" in only(load_text(f"{TITLE}\n\n{body}", markdown=True)).body


def test_copied_page_lines_around_the_headline():
    text = ("Home | World | Asia\n"
            f"{TITLE}\n"
            "By Jane Smith and Tom Lee, Valley Courier\n"
            "Updated 3:45 PM EST, Mon March 14, 2023\n"
            "5 min read\n"
            "Share\n\n"
            f"{BODY}")
    art = only(load_text(text))
    assert art.title == TITLE
    assert art.byline == "Jane Smith and Tom Lee"
    assert art.published == "2023-03-14"
    assert art.body.startswith("Heavy rain overnight")
    assert "5 min read" in art.metadata["skipped_lines"]


@pytest.mark.parametrize("line,is_date", [
    ("Published 10 Jan 2022", True), ("January 10, 2022", True), ("10/01/2022 14:05", True),
    ("Protests erupt on January 5, 2022", False), ("2022 in review: protests", False),
])
def test_date_lines(line, is_date):
    from framing.ingest.text_files import _is_date_line

    assert _is_date_line(line) is is_date


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Floods close roads across the valley | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="og:title" content="Floods close roads across the valley">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2023-03-14T08:30:00Z">
<link rel="canonical" href="https://valley.example/news/floods">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><div class="logo">Valley Courier</div></header>
<main><article>
<h1>Floods close roads across the valley</h1>
<p class="byline">By Jane Smith, March 14, 2023</p>
<p>Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county to close
the main route between the two largest towns for most of the morning.</p>
<p>&ldquo;We have never seen the river rise this fast,&rdquo; said Maria Lopez, who runs a bakery near the
bridge. Emergency crews pumped water from basements until noon.</p>
<p>The county engineer said the road would reopen once inspectors had checked the bridge supports, which
could take until Thursday.</p>
</article></main>
<footer><p>&copy; 2023 Valley Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_html_saved_page(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    art = only(load_paths([f]))
    assert art.title == TITLE
    assert art.outlet == "Valley Courier"
    assert art.published == "2023-03-14"
    assert art.byline == "Jane Smith"
    assert art.url == "https://valley.example/news/floods"
    assert art.body.startswith("Heavy rain overnight")
    assert "\u201cWe have never seen" in art.body
    assert len([p for p in art.paragraphs if p.kind == "body"]) == 3
    for furniture in ("Privacy policy", "All rights reserved", "Sport"):
        assert furniture not in art.text


def test_html_cp1252_meta_charset(tmp_path):
    f = tmp_path / "page.htm"
    f.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
                  .replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d").encode("cp1252"))
    art = only(load_paths([f]))
    assert "\u201cWe have never seen the river rise this fast,\u201d" in art.body


def test_html_without_article_text_is_a_problem(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    report = load_paths([f])
    assert not report.articles
    assert "no article text" in report.problems[0].message


def test_txt_holding_html_is_read_as_a_page(tmp_path):
    f = tmp_path / "saved.txt"
    f.write_text(PAGE, encoding="utf-8")
    assert only(load_paths([f])).title == TITLE


def test_html_answer_sent_as_plain_text_is_read_as_a_page():
    report = read_page("https://valley.example/floods", PAGE.encode(), content_type="text/plain", charset=None,
                       final_url="https://valley.example/floods", options=IngestOptions())
    art = only(report)
    assert art.title == TITLE and "<p>" not in art.text
    (warning,) = report.warnings
    assert "the server called the page text/plain (or gave no content type), but it is an HTML page" in warning.message


def test_text_answer_stays_text():
    art = only(read_page("https://valley.example/floods.txt", f"{TITLE}\n\n{BODY}".encode(), content_type="text/plain",
                         charset="utf-8", final_url="https://valley.example/floods.txt", options=IngestOptions()))
    assert art.title == TITLE and art.metadata["format"] == "text"


# --- bundles ----------------------------------------------------------------------------------

def _articles(n: int) -> list[dict]:
    return [{"title": f"Story number {i} about the valley floods", "text": f"Paragraph {i}. " + BODY,
             "outlet": "Valley Courier", "url": f"https://valley.example/{i}", "date": "2023-03-14",
             "author": "Jane Smith"} for i in range(1, n + 1)]


def test_csv_bundle(tmp_path):
    import csv

    f = tmp_path / "bundle.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["Title", "Content", "Source", "Link", "Published", "Authors", "Section"])
        w.writeheader()
        for a in _articles(3):
            w.writerow({"Title": a["title"], "Content": a["text"], "Source": a["outlet"], "Link": a["url"],
                        "Published": "14/03/2023", "Authors": a["author"], "Section": "Weather"})
    report = load_paths([f])
    assert not report.problems
    assert [a.source for a in report.articles] == [f"{f} row 2", f"{f} row 3", f"{f} row 4"]
    a = report.articles[0]
    assert a.title == "Story number 1 about the valley floods"
    assert (a.outlet, a.url, a.published, a.byline) == ("Valley Courier", "https://valley.example/1",
                                                       "2023-03-14", "Jane Smith")
    assert a.metadata["Section"] == "Weather"
    assert "\n\n" in a.body  # paragraph breaks inside a quoted field are kept


def test_media_cloud_csv_columns(tmp_path):
    f = tmp_path / "mc-export.csv"
    f.write_text(
        "id,indexed_date,language,media_name,media_url,publish_date,title,url,text\n"
        f"101,2022-01-11,en,presstv.ir,presstv.ir,2022-01-10 12:00:00,Putin vows alliance will foil plots,"
        f"https://www.presstv.ir/Detail/1,\"{BODY.replace(chr(34), chr(34) * 2)}\"\n"
        f"102,2022-01-11,en,Valley Courier,valley.example,2022-01-09,Second story on the floods,"
        f"https://valley.example/2,\"Other words. {BODY.replace(chr(34), chr(34) * 2)}\"\n",
        encoding="utf-8")
    report = load_paths([f])
    assert not report.problems, [str(p) for p in report.problems]
    a, b = report.articles
    assert (a.outlet, a.published, a.title) == ("Press TV", "2022-01-10", "Putin vows alliance will foil plots")
    assert b.outlet == "Valley Courier"
    assert a.metadata["id"] == "101" and a.metadata["language"] == "en"


def test_media_cloud_csv_without_text_says_texts_missing(tmp_path):
    f = tmp_path / "mc-urls.csv"
    f.write_text("id,publish_date,title,url,media_name,media_url,language\n"
                 "1,2022-01-10,A title,https://x.example/1,x.example,x.example,en\n", encoding="utf-8")
    report = load_paths([f])
    assert not report.articles
    (problem,) = report.problems
    assert problem.source == str(f)
    assert "no article texts" in problem.message and "Media Cloud" in problem.message


def test_semicolon_csv(tmp_path):
    f = tmp_path / "b.csv"
    f.write_text(f"title;body;outlet\n{TITLE};{BODY.replace(chr(10), ' ')};Valley Courier\n", encoding="utf-8")
    assert only(load_paths([f])).title == TITLE


def test_jsonl_bundle(tmp_path):
    f = tmp_path / "b.jsonl"
    rows = _articles(2)
    rows[1] = {"headline": rows[1]["title"], "content": rows[1]["text"],
               "source": {"id": "vc", "name": "Valley Courier"}, "publishedAt": "2023-03-14T10:00:00Z",
               "authors": ["Jane Smith", "Tom Lee"]}
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = load_paths([f])
    assert not report.problems
    assert [a.source for a in report.articles] == [f"{f} line 1", f"{f} line 2"]
    b = report.articles[1]
    assert (b.outlet, b.published, b.byline) == ("Valley Courier", "2023-03-14", "Jane Smith, Tom Lee")


def test_json_array_object_and_wrapper(tmp_path):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps(_articles(2)), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps(_articles(3)[2]), encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"status": "ok", "results": _articles(5)[3:]}), encoding="utf-8")
    report = load_paths([arr, one, wrapped])
    assert not report.problems, [str(p) for p in report.problems]
    assert [a.source for a in report.articles] == [
        f"{arr} item 1", f"{arr} item 2", str(one), f"{wrapped} results item 1", f"{wrapped} results item 2"]


def test_bundle_without_title_column_takes_first_line(tmp_path):
    f = tmp_path / "texts.csv"
    f.write_text('text,date\n"News / World\n' + TITLE + '\n\n' + BODY.replace('"', '""') + '",2023-03-14\n',
                 encoding="utf-8")
    art = only(load_paths([f]))
    assert art.title == TITLE and art.published == "2023-03-14" and art.source == f"{f} row 2"


def test_newsapi_truncated_content_is_explained():
    data = {"status": "ok", "articles": [{"source": {"id": None, "name": "Valley Courier"}, "title": TITLE,
                                          "content": "Heavy rain overnight flooded several roads in the northern "
                                                     "valley on Tuesday, forcing the county\u2026 [+2311 chars]"}]}
    report = load_bytes("newsapi.json", json.dumps(data).encode())
    assert not report.articles
    assert report.problems[0].source == "newsapi.json articles item 1"
    assert "only the start of the article" in report.problems[0].message


def test_json_without_articles_is_a_problem(tmp_path):
    f = tmp_path / "config.json"
    f.write_text('{"colour": "blue"}')
    report = load_paths([f])
    assert not report.articles and "no articles" in report.problems[0].message


def test_bundle_text_with_html_markup():
    data = json.dumps({"title": TITLE, "text": "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"}).encode()
    art = only(load_bytes("one.json", data))
    assert "<p>" not in art.text and len([p for p in art.paragraphs if p.kind == "body"]) == 2


# --- zip --------------------------------------------------------------------------------------

def test_zip_with_folders(tmp_path):
    z = tmp_path / "articles.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("valley/2023/floods.txt", f"{TITLE}\n\n{BODY}")
        zf.writestr("valley/page.html", PAGE.replace("Floods close", "Rains close"))
        zf.writestr("bundle.jsonl", json.dumps(_articles(1)[0]))
        zf.writestr("__MACOSX/valley/._floods.txt", b"\x00\x05\x16\x07junk")
        zf.writestr(".hidden/notes.txt", "secret")
        zf.writestr("valley/", "")
    report = load_paths([z])
    (skipped,) = report.problems  # hidden and macOS members: skipped, and named
    assert skipped.kind == "warning" and skipped.source == str(z)
    assert skipped.message == ("skipped 2 hidden or macOS metadata members (__MACOSX/, names starting with '.'): "
                               ".hidden/notes.txt, __MACOSX/valley/._floods.txt")
    assert sorted(a.source for a in report.articles) == [
        f"{z}:bundle.jsonl line 1", f"{z}:valley/2023/floods.txt", f"{z}:valley/page.html"]


def test_zip_upload_bytes(tmp_path):
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("floods.md", f"# {TITLE}\n\n{BODY}")
    report = load_bytes("upload.zip", z.read_bytes())
    assert [a.source for a in report.articles] == ["upload.zip:floods.md"]


# --- encodings --------------------------------------------------------------------------------

CP_TEXT = (f"{TITLE}\n\nThe caf\u00e9 owner\u2019s \u201creform\u201d plan \u2014 praised by the mayor \u2014 "
           "was debated for hours by residents of the valley, who said the river had never risen so fast.")


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8-sig", b""),
    ("utf-16", b""),          # Python writes a BOM (little-endian here)
    ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b"\xff\xfe"),
    ("cp1252", b""),
])
def test_encodings(tmp_path, encoding, prefix):
    f = tmp_path / f"enc-{encoding}.txt"
    f.write_bytes(prefix + CP_TEXT.encode(encoding))
    art = only(load_paths([f]))
    assert "caf\u00e9 owner\u2019s \u201creform\u201d plan \u2014 praised" in art.body
    assert "\u00e2\u20ac" not in art.text  # no "â€" mojibake
    assert art.title == TITLE


def test_latin1_declared_as_such_is_read_as_cp1252():
    data = f"{TITLE}\n\nA na\u00efve r\u00e9sum\u00e9 of the caf\u00e9 debate, which ran for hours as residents of the valley asked why the roads closed.".encode("latin-1")
    art = only(load_bytes("x.txt", data))
    assert "na\u00efve r\u00e9sum\u00e9 of the caf\u00e9" in art.body


def test_utf8_with_one_broken_byte_stays_utf8():
    data = CP_TEXT.encode("utf-8") + " More \u201cquoted\u201d words \u2014 and more.".encode("utf-8") + b" \xff end"
    art = only(load_bytes("x.txt", data))
    assert "caf\u00e9 owner\u2019s \u201creform\u201d" in art.body and art.body.endswith("\ufffd end")
    assert art.metadata["encoding"] == "utf-8 (1 invalid byte replaced)"


def test_utf16_without_bom(tmp_path):
    f = tmp_path / "nobom.txt"
    f.write_bytes(CP_TEXT.encode("utf-16-le"))
    assert only(load_paths([f])).title == TITLE


def test_existing_mojibake_is_repaired():
    # what a Windows tool shows for UTF-8 read as Windows-1252 (undefined bytes kept as C1 controls)
    broken = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                     for b in CP_TEXT.encode("utf-8"))
    assert "\u00e2\u20ac\u2122" in broken  # "â€™"
    art = only(load_text(broken))
    assert "caf\u00e9 owner\u2019s \u201creform\u201d" in art.body


def test_cyrillic_legacy_encoding():
    text = ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b\n\n" +
            " ".join(["\u0421\u0438\u0442\u0443\u0430\u0446\u0438\u044f \u0432 \u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d\u0435 \u0441\u0442\u0430\u0431\u0438\u043b\u0438\u0437\u0438\u0440\u043e\u0432\u0430\u043b\u0430\u0441\u044c \u043f\u043e\u0441\u043b\u0435 \u043f\u0440\u043e\u0442\u0435\u0441\u0442\u043e\u0432."] * 6))
    art = only(load_bytes("ru.txt", text.encode("cp1251")))
    assert art.title == "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b"
    assert art.metadata["encoding"] == "cp1251"


def test_duplicates_reported_and_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{TITLE}\n\n  {BODY}\n", encoding="utf-8")
    report = load_paths([tmp_path])
    assert len(report.articles) == 1
    (dup,) = report.problems
    assert dup.kind == "duplicate" and dup.source.endswith("b.txt") and "a.txt" in dup.message
    again = report.drop_duplicates({report.articles[0].id})
    assert not again.articles


@pytest.mark.parametrize("size,limit", [(7, 7), (1538, 1600), (1600, 1600), (22_020_096, 23_000_000),
                                        (5_000_001, 5_100_000)])
def test_limit_that_admits_rounds_up(size, limit):
    assert limit_that_admits(size) == limit


def test_larger_max_chars_option_accepts_long_article():
    text = TITLE + "\n\n" + ("word " * 3000)
    assert load_text(text, options=IngestOptions(max_chars=10_000)).problems
    assert load_text(text, options=IngestOptions(max_chars=20_000)).articles


def test_folder_documentation_files_are_skipped_but_load_when_named(tmp_path):
    (tmp_path / "story.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "README.md").write_text(f"# About this folder\n\n{BODY}", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"articles": [{"file": "story.txt"}]}', encoding="utf-8")
    report = load_paths([tmp_path])
    assert [a.source for a in report.articles] == [str(tmp_path / "story.txt")]
    assert not report.problems
    assert only(load_paths([tmp_path / "README.md"])).title == "About this folder"
