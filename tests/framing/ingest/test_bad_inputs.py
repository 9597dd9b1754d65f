"""Bad input: every problem names its input and says what is wrong; nothing raises."""

from __future__ import annotations

import csv
import json
import zipfile

import pytest

from framing.ingest import IngestOptions, load_bytes, load_paths, load_text

TITLE = "Floods close roads across the valley"
BODY = ("Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
        "to close the main route between the two largest towns for most of the morning.\n\n"
        "Emergency crews pumped water from basements until noon, the county engineer said.")
GOOD = f"{TITLE}\n\n{BODY}\n"


def problem_for(report, name):
    hits = [p for p in report.problems if p.source == str(name)]
    assert hits, f"no problem for {name}: {[str(p) for p in report.problems]}"
    return hits[0]


@pytest.mark.parametrize("data,expected", [
    (b"", "is empty"),
    (b"   \n\n\t  \n", "is empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "looks like a PDF file: save the article as .txt or .html"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image"),
    (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x10" * 50, "binary data"),
    (bytes(range(1, 9)) * 200, "binary data"),
    (b"Hello world \x81\x8d\x8f this is text \x90\x9d more words and then \x81 again \x8d",
     "could not be decoded as text (tried UTF-8, UTF-16, Windows-1252): 7 of its 61 bytes are not valid UTF-8 "
     "and it is not Windows-1252 either; save it as UTF-8 and load it again"),
    (b"Just a headline", "has a headline but no body"),
    (b"A headline\n\nand a body of six words.", "too short to be an article: 8 words (at least 20 are needed)"),
    (b"News / More / Russia\n\nShort bit", "has a headline but no body"),
])
def test_bad_text_file(tmp_path, data, expected):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    report = load_paths([f])
    assert not report.articles
    p = problem_for(report, f)
    assert expected in p.message
    assert p.kind == "error"
    assert str(p).startswith(str(f) + ": ")


def test_docx_named_txt_is_named(tmp_path):
    f = tmp_path / "story.txt"
    with zipfile.ZipFile(f, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    p = problem_for(load_paths([f]), f)
    assert "looks like a Word document (.docx)" in p.message


def test_too_large_text_is_rejected_with_size_and_cap(tmp_path):
    f = tmp_path / "huge.txt"
    line = ("word " * 19 + "end.\n").encode()
    with f.open("wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    report = load_paths([f])
    assert not report.articles
    msg = problem_for(report, f).message
    assert "too large" in msg and "5,000,000 characters" in msg and "--max-chars" in msg
    assert "MB" in msg


def test_too_large_between_bounds_is_counted(tmp_path):
    # 1,500 characters of text, cap 1,000: the byte size alone cannot decide, the decoded length does
    f = tmp_path / "long.txt"
    f.write_text(TITLE + "\n\n" + "abcd " * 300, encoding="utf-8")
    msg = problem_for(load_paths([f], options=IngestOptions(max_chars=1000)), f).message
    assert "too large" in msg and "1,000 characters" in msg and "--max-chars 1600" in msg
    assert load_paths([f], options=IngestOptions(max_chars=1600)).articles  # the value suggested helps


def test_file_over_max_bytes_is_not_read(tmp_path):
    f = tmp_path / "big.html"
    f.write_bytes(b"<html>" + b" " * 2000 + b"</html>")
    msg = problem_for(load_paths([f], options=IngestOptions(max_bytes=1000)), f).message
    assert "too large to read" in msg and "1,000 bytes" in msg


def test_missing_path_and_unknown_types(tmp_path):
    missing = tmp_path / "nope.txt"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n...")
    prose = tmp_path / "notes.article"
    prose.write_text(GOOD, encoding="utf-8")
    data = tmp_path / "table.dat"
    data.write_text("1,2,3\n4,5,6\n" * 20)
    report = load_paths([missing, pdf, prose, data, "www.example.com/story"])
    assert "does not exist" in problem_for(report, missing).message
    assert "looks like a PDF file" in problem_for(report, pdf).message
    assert [a.source for a in report.articles] == [str(prose)]
    assert "does not look like article text" in problem_for(report, data).message
    assert "http://" in problem_for(report, "www.example.com/story").message


def test_bad_csv_row_named_others_load(tmp_path):
    f = tmp_path / "bundle.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text", "outlet"])
        w.writerow(["First story about the floods", BODY, "Valley Courier"])
        w.writerow(["Broken row", "too", "many", "fields"])
        w.writerow(["Third story about the floods", "", "Valley Courier"])
        w.writerow(["Fourth story about the floods", "Other words. " + BODY, "Valley Courier"])
    report = load_paths([f])
    assert [a.source for a in report.articles] == [f"{f} row 2", f"{f} row 5"]
    assert "has 4 fields but the header has 3" in problem_for(report, f"{f} row 3").message
    assert "no article text" in problem_for(report, f"{f} row 4").message


def test_bad_jsonl_line_named(tmp_path):
    f = tmp_path / "b.jsonl"
    f.write_text(json.dumps({"title": TITLE, "text": BODY}) + "\n{broken json\n[1, 2]\n", encoding="utf-8")
    report = load_paths([f])
    assert len(report.articles) == 1
    assert "not valid JSON" in problem_for(report, f"{f} line 2").message
    assert "not an article object" in problem_for(report, f"{f} line 3").message


def test_invalid_json_file(tmp_path):
    f = tmp_path / "b.json"
    f.write_text('{"title": "x", ')
    assert "not valid JSON" in problem_for(load_paths([f]), f).message


def test_deeply_nested_json_is_a_problem_not_a_crash():
    report = load_bytes("deep.json", b"[" * 100_000 + b"]" * 100_000)
    assert not report.articles and report.problems and report.problems[0].source == "deep.json"
    assert report.problems[0].message == "is not valid JSON (lists or objects are nested too deeply to read)"


def test_deeply_nested_jsonl_value_is_named_by_line_and_field():
    deep = {"title": TITLE, "text": BODY, "tags": json.loads("[" * 30 + "]" * 30)}
    lines = [json.dumps(deep), json.dumps({"title": "Rains close schools", "text": "Two. " + BODY})]
    report = load_bytes("feed.jsonl", "\n".join(lines).encode())
    assert [a.source for a in report.articles] == ["feed.jsonl line 2"]
    assert problem_for(report, "feed.jsonl line 1").message.startswith(
        "has its 'tags' field nested more than 20 levels deep")


def test_csv_quote_slip_within_one_line_is_read_leniently():
    body = BODY.replace("\n", " ").replace(",", "")
    text = f'title,text\n"Floods close roads" again,{body}\nRains close schools,Two. {body}\n'
    report = load_bytes("sloppy.csv", text.encode())
    assert [a.title for a in report.articles] == ["Floods close roads again", "Rains close schools"]
    assert not report.problems


def test_csv_quote_left_open_to_the_end_is_named_and_the_rest_loads():
    body = BODY.replace("\n", " ").replace(",", "")
    text = f'title,text\nFirst story,{body}\nSecond story,"{body}\nThird story,{body}\n'
    report = load_bytes("open.csv", text.encode())
    assert [a.source for a in report.articles] == ["open.csv row 2", "open.csv row 4"]
    assert "opens a field on line 3 of the file" in problem_for(report, "open.csv row 3").message


def test_zip_bad_member_named_others_load(tmp_path):
    z = tmp_path / "archive.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("good/one.txt", GOOD)
        zf.writestr("good/two.txt", GOOD.replace("Floods", "Rains"))
        zf.writestr("bad/empty.txt", "")
        zf.writestr("bad/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
        zf.writestr("bad/picture.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    report = load_paths([z])
    assert sorted(a.source for a in report.articles) == [f"{z}:good/one.txt", f"{z}:good/two.txt"]
    assert "is empty" in problem_for(report, f"{z}:bad/empty.txt").message
    assert "PNG image" in problem_for(report, f"{z}:bad/image.txt").message
    assert problem_for(report, f"{z}:bad/picture.png").kind == "warning"


def test_zip_bomb_guard(tmp_path):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"part{i}.txt", f"Part {i}. " + GOOD + " " * 400_000)
    options = IngestOptions(max_archive_bytes=1_000_000)
    report = load_paths([z], options=options)
    assert len(report.articles) == 2
    assert any("zip bomb guard" in p.message for p in report.problems)
    options = IngestOptions(max_members=1)
    report = load_paths([z], options=options)
    assert len(report.articles) == 1
    assert "more than 1 article files" in problem_for(report, z).message


def test_member_lying_about_its_size_is_capped(tmp_path):
    z = tmp_path / "liar.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", GOOD + "x" * 5000)
    raw = bytearray(z.read_bytes())
    # rewrite the declared uncompressed size (local header and central directory) to 10 bytes
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = raw.index(sig)
        raw[i + off:i + off + 4] = (10).to_bytes(4, "little")
    report = load_bytes("liar.zip", bytes(raw), options=IngestOptions(max_bytes=1000))
    assert not report.articles
    assert report.problems and report.problems[0].source.startswith("liar.zip")


def test_not_a_zip_and_nested_zip(tmp_path):
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"%PDF-1.4 not a zip")
    outer = tmp_path / "outer.zip"
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.txt", GOOD)
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "inner.zip")
    report = load_paths([fake, outer])
    assert "named .zip but looks like a PDF file" in problem_for(report, fake).message
    assert "inside a zip archive" in problem_for(report, f"{outer}:inner.zip").message


def test_unexpected_error_becomes_a_one_line_problem(monkeypatch, tmp_path):
    from framing.ingest import loaders

    def boom(*a, **k):
        raise ValueError("something\ninternal")

    monkeypatch.setattr(loaders, "parse_text_article", boom)
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    report = load_paths([f])
    p = problem_for(report, f)
    assert p.message == "could not be read: ValueError: something"
    assert "Traceback" not in str(p)


def test_pasted_text_problems():
    assert "is empty" in load_text("   ").problems[0].message
    assert load_text("   ").problems[0].source == "pasted text"
    assert "too short" in load_text("Headline\n\nbody", name="box").problems[0].message


# --- the folder from the issue ------------------------------------------------------------------

def test_folder_of_bad_files_loads_exactly_the_good_ones(tmp_path):
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "good-one.txt").write_text(GOOD, encoding="utf-8")
    (d / "sub" / "good-two.md").write_text(f"# Rains close schools\n\n{BODY}\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "undecodable.txt").write_bytes(b"Words and more words \x81\x8d\x90 here \x9d and there \x8f end")
    with (d / "huge.txt").open("wb") as fh:
        block = b"all work and no play makes a dull article. " * 1000
        for _ in range(20 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    with (d / "bundle.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text"])
        w.writerow(["Bundle story one on the floods", "One. " + BODY])
        w.writerow(["broken", "row", "with", "extra", "fields"])
        w.writerow(["Bundle story two on the floods", "Two. " + BODY])
    with zipfile.ZipFile(d / "archive.zip", "w") as zf:
        zf.writestr("ok/zip-good.txt", f"Zipped story on the floods\n\nZipped. {BODY}")
        zf.writestr("ok/zip-bad.txt", b"%PDF-1.5 this is a pdf")
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (d / "scan.pdf").write_bytes(b"%PDF-1.4")

    report = load_paths([d])

    assert sorted(a.source for a in report.articles) == sorted([
        str(d / "good-one.txt"), str(d / "sub" / "good-two.md"),
        f"{d / 'bundle.csv'} row 2", f"{d / 'bundle.csv'} row 4",
        f"{d / 'archive.zip'}:ok/zip-good.txt",
    ])
    errors = {p.source: p.message for p in report.problems if p.kind == "error"}
    assert set(errors) == {
        str(d / "empty.txt"), str(d / "binary.txt"), str(d / "undecodable.txt"), str(d / "huge.txt"),
        f"{d / 'bundle.csv'} row 3", f"{d / 'archive.zip'}:ok/zip-bad.txt",
    }
    assert "is empty" in errors[str(d / "empty.txt")]
    assert "binary" in errors[str(d / "binary.txt")]
    assert "could not be decoded" in errors[str(d / "undecodable.txt")]
    assert "too large" in errors[str(d / "huge.txt")]
    assert "fields" in errors[f"{d / 'bundle.csv'} row 3"]
    assert "PDF" in errors[f"{d / 'archive.zip'}:ok/zip-bad.txt"]
    warnings = {p.source: p.message for p in report.problems if p.kind == "warning"}
    assert set(warnings) == {str(d / "photo.jpg"), str(d / "scan.pdf")}  # hidden files are skipped silently
    assert "PDF files are not read; save the article as .txt or .html" in warnings[str(d / "scan.pdf")]
    assert "not an article file type" in warnings[str(d / "photo.jpg")]


def test_empty_folder(tmp_path):
    report = load_paths([tmp_path])
    assert "holds no article files" in problem_for(report, tmp_path).message
