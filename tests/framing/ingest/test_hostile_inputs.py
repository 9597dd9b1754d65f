"""Hostile and misleading inputs: each ends decoded correctly or named precisely.

One table: each case writes its files next to a good article, loads the folder in one call and
checks the message the user sees (its source and a fragment), whether the case's own input still
gave an article, and that the good article loaded too.
"""

from __future__ import annotations

import json
import random
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Callable

import pytest

from framing.ingest import IngestOptions, load_paths
from framing.model import Article

TITLE = "Floods close roads across the valley"
BODY = ("Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
        "to close the main route between the two largest towns for most of the morning.\n\n"
        "Emergency crews pumped water from basements until noon, the county engineer said.")
GOOD = f"Bridge reopens after the storm\n\nThe old bridge reopened on Friday. {BODY}\n"
RUSSIAN = ("Наводнение закрыло дороги в долине\n\nСильный дождь ночью затопил несколько дорог в северной части "
           "долины во вторник, и власти закрыли главную трассу между двумя крупнейшими городами.\n\n"
           "Спасатели откачивали воду из подвалов до полудня, сообщил инженер округа.\n")
GERMAN = ("Hochwasser sperrt Straßen im Tal\n\nStarker Regen hat in der Nacht mehrere Straßen im nördlichen Tal "
          "überflutet. Der Landkreis musste am Dienstag die Hauptstraße zwischen den beiden größten Städten "
          "für den größten Teil des Vormittags sperren.\n\nEinsatzkräfte pumpten bis zum Mittag Wasser aus den "
          "Kellern, sagte der Kreisingenieur.\n")
PARAGRAPH = ("<p>Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
             "to close the main route between the two largest towns.</p><p>Emergency crews pumped water from "
             "basements until noon, the county engineer said on Tuesday afternoon.</p>")


def _stray_bytes() -> bytes:
    data = bytearray(f"{TITLE}\n\n{BODY}\n\nResidents were told to stay home until the water went down.\n".encode())
    for i, b in zip(range(60, 390, 45), (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x81, 0xFF)):
        data[i] = b
    return bytes(data)


def _random_high_bytes() -> bytes:
    rng = random.Random(15)
    return bytes(rng.randrange(0x80, 0x100) if rng.random() > 0.15 else 0x20 for _ in range(6000))


def _csv_unclosed_quote() -> bytes:
    return ("title,text,outlet\n"
            f'First story,"{BODY.replace(chr(10), " ")} One.,Valley Courier\n'
            f'Second story,"{BODY.replace(chr(10), " ")} Two.",Valley Courier\n'
            f"Third story,{BODY.replace(chr(10), ' ').replace(',', '')} Three.,Valley Courier\n").encode()


def _zip(members: dict[str, str]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in members.items():
            zf.writestr(zipfile.ZipInfo(name), text)
    return buf.getvalue()


def _js_page() -> bytes:
    return ("<html><head><title>Big story</title><script>" + "var state = {};" * 12000 + "</script></head>"
            "<body><div id='root'></div><figure><img src='flood.jpg'><figcaption>Flood water covers the main "
            "road in the northern valley on Tuesday morning, seen from the bridge by our photographer as crews "
            "arrived to pump out the basements of the houses.</figcaption></figure></body></html>").encode()


def _deep_author() -> bytes:
    author: object = "Jane Smith"
    for _ in range(900):
        author = [author]
    record = {"title": TITLE, "text": BODY, "author": author}
    return json.dumps([record, {"title": "Second story on the floods", "text": "Two. " + BODY}]).encode()


@dataclass
class Case:
    files: dict[str, bytes]
    #: the input the message names, relative to the folder ("a.csv row 2", "a.zip:../x.txt")
    source: str
    kind: str
    fragment: str
    #: whether the case's own input still gave an article (with a warning, say)
    loads: bool
    options: IngestOptions = field(default_factory=IngestOptions)
    #: a further check of the article the input gave
    check: Callable[[Article], bool] | None = None
    #: other articles of the case's input that must load
    also_loaded: tuple[str, ...] = ()


CASES = {
    "utf-16-le without BOM, Cyrillic": Case(
        {"ru-le.txt": RUSSIAN.encode("utf-16-le")}, "ru-le.txt", "warning", "is in Russian (ru), not English", True,
        check=lambda a: a.title.startswith("Наводнение") and a.metadata["encoding"] == "utf-16-le"),
    "utf-16-be without BOM, Cyrillic": Case(
        {"ru-be.txt": RUSSIAN.encode("utf-16-be")}, "ru-be.txt", "warning", "is in Russian (ru), not English", True,
        check=lambda a: a.metadata["encoding"] == "utf-16-be" and a.metadata["language"] == "ru"),
    "stray bytes in ASCII": Case(
        {"stray.txt": _stray_bytes()}, "stray.txt", "warning",
        "7 bytes could not be decoded as UTF-8 and were replaced by \ufffd; the rest of the text was kept", True,
        check=lambda a: a.text.count("\ufffd") == 7 and a.title == TITLE),
    "random high bytes": Case(
        {"noise.txt": _random_high_bytes()}, "noise.txt", "error",
        "does not look like text: in every encoding tried", False),
    "unclosed CSV quote": Case(
        {"bundle.csv": _csv_unclosed_quote()}, "bundle.csv row 2", "error",
        'has a quote (") that opens a field on line 2 of the file and is not closed where the field ends', False,
        also_loaded=("bundle.csv row 3", "bundle.csv row 4")),
    "zip member climbing out": Case(
        {"archive.zip": _zip({"../evil.txt": GOOD.replace("Bridge", "Evil bridge"), "ok.txt": f"{TITLE}\n\n{BODY}"})},
        "archive.zip:../evil.txt", "error", "was not read: its path climbs out of the archive's folder (..)", False,
        also_loaded=("archive.zip:ok.txt",)),
    "zip member with absolute path": Case(
        {"archive.zip": _zip({"/etc/evil.txt": GOOD.replace("Bridge", "Evil bridge"), "ok.txt": f"{TITLE}\n\n{BODY}"})},
        "archive.zip:/etc/evil.txt", "error", "was not read: its path is absolute", False,
        also_loaded=("archive.zip:ok.txt",)),
    "hidden zip members": Case(
        {"archive.zip": _zip({"__MACOSX/._ok.txt": "junk", ".secret.txt": GOOD, "ok.txt": f"{TITLE}\n\n{BODY}"})},
        "archive.zip", "warning", "skipped 2 hidden or macOS metadata members (__MACOSX/, names starting with '.'): "
        ".secret.txt, __MACOSX/._ok.txt", False, also_loaded=("archive.zip:ok.txt",)),
    "script in an HTML headline": Case(
        {"page.html": (f"<html><head><title>Floods close roads&lt;script&gt;alert(1)&lt;/script&gt;</title></head>"
                       f"<body><article><h1>Floods close roads<script>document.write('pwned')</script></h1>"
                       f"{PARAGRAPH}</article></body></html>").encode()},
        "page.html", "", "", True,
        check=lambda a: a.title == "Floods close roads" and "pwned" not in a.text and "alert" not in a.text),
    "page built by JavaScript": Case(
        {"app.html": _js_page()}, "app.html", "warning",
        "the article text found is very short for the page: 31 words in a page of 180,338 characters", True),
    "German article": Case(
        {"de.txt": GERMAN.encode()}, "de.txt", "warning",
        "is in German (de), not English: it was loaded, but the analyses are built for English only", True,
        check=lambda a: a.metadata["language"] == "de" and "English only" in a.metadata["language_warning"]),
    "site boilerplate": Case(
        {"wire.txt": (f"{TITLE}\n\n{BODY}\n\nSubmit your letter to the editor\n\n"
                      "This article originally appeared on VICE US.\n\n"
                      "Our Standards: The Thomson Reuters Trust Principles.\n").encode()},
        "wire.txt", "warning", "removed 3 lines of site boilerplate (call for letters or tips, syndication note, "
        "editorial standards notice): “Submit your letter to the editor”", True,
        check=lambda a: "Standards" not in a.text and "VICE" not in a.text and "letter" not in a.text
        and a.text.endswith("the county engineer said.")),
    "file over max_bytes": Case(
        {"huge.txt": (f"{TITLE}\n\n" + "word " * 3000).encode()}, "huge.txt", "error",
        "no --max-chars value can help", False, options=IngestOptions(max_chars=1000, max_bytes=12_000)),
    "article over max_chars": Case(
        {"long.txt": (f"{TITLE}\n\n" + "word " * 3000).encode()}, "long.txt", "error",
        "raise the limit (command line: --max-chars 16000;", False, options=IngestOptions(max_chars=1000)),
    "900-deep author field": Case(
        {"bundle.json": _deep_author()}, "bundle.json item 1", "error",
        "has its 'author' field nested more than 20 levels deep", False, also_loaded=("bundle.json item 2",)),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_hostile_input(tmp_path: Path, case: Case) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in case.files.items():
        (folder / name).write_bytes(data)

    report = load_paths([folder], options=case.options)

    by_source = {a.source: a for a in report.articles}
    assert str(folder / "good.txt") in by_source, [str(p) for p in report.problems]
    for other in case.also_loaded:
        assert f"{folder}/{other}" in by_source, [str(p) for p in report.problems]
    source = f"{folder}/{case.source}"
    if case.fragment:
        hits = [p for p in report.problems if p.source == source and case.fragment in p.message]
        assert hits, [str(p) for p in report.problems]
        assert all(p.kind == case.kind for p in hits)
        assert str(hits[0]).startswith(source + ": ")
        assert (hits[0] in report.warnings) == (case.kind == "warning")
        assert (hits[0] in report.errors) == (case.kind == "error")
    else:
        assert not report.problems, [str(p) for p in report.problems]
    assert (source in by_source) == case.loads
    if case.check is not None:
        assert case.check(by_source[source])
