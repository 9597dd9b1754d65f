"""Streaming readers: every format read one row (member, file) at a time, as load_paths reads it."""

from __future__ import annotations

import itertools
import json
import zipfile

from framing.batch.readers import estimate_count, stream_inputs
from framing.ingest import IngestOptions, Problem, load_paths
from framing.ingest.bundles import PhysicalLines, iter_csv, iter_jsonl
from framing.model import Article

from .conftest import STORIES, records, write_csv, write_jsonl, write_parquet


def articles_of(items):
    return [x for x in items if isinstance(x, Article)]


def problems_of(items):
    return [x for x in items if isinstance(x, Problem)]


def same_as_load_paths(paths):
    streamed = list(stream_inputs([str(p) for p in paths]))
    report = load_paths([str(p) for p in paths])
    assert [(a.id, a.source, a.outlet, a.text) for a in articles_of(streamed)] == \
        [(a.id, a.source, a.outlet, a.text) for a in report.articles]
    assert sorted(map(str, problems_of(streamed))) == sorted(map(str, report.problems))
    return streamed


def test_jsonl_rows_stream_with_bad_lines_reported(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", records())
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"title": "No body here", "text": ""}) + "\n")
    streamed = same_as_load_paths([path])
    assert len(articles_of(streamed)) == 3
    assert [p.source for p in problems_of(streamed)] == [f"{path} line 4", f"{path} line 5"]


def test_csv_rows_stream_and_a_broken_quote_costs_one_row(tmp_path):
    path = write_csv(tmp_path / "export.csv", records())
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = lines[:2] + ['"Unclosed headline,Harbour Gazette,Some text that never closes its quote\n'] + lines[2:]
    path.write_text("".join(broken), encoding="utf-8")
    streamed = same_as_load_paths([path])
    assert len(articles_of(streamed)) == 3
    assert [p.source for p in problems_of(streamed)] == [f"{path} row 3"]


def test_csv_not_in_utf8_is_read_whole_with_its_encoding(tmp_path):
    rows = records()
    rows[0]["title"] = "Caf\u00e9 owners fear the ferry strike"
    path = write_csv(tmp_path / "latin.csv", rows, encoding="cp1252")
    streamed = same_as_load_paths([path])
    assert articles_of(streamed)[0].title == "Caf\u00e9 owners fear the ferry strike"


def test_parquet_rows_stream(tmp_path):
    rows = records(copies=2)
    rows[3]["text"] = ""
    path = write_parquet(tmp_path / "export.parquet", rows)
    streamed = same_as_load_paths([path])
    assert len(articles_of(streamed)) == 5
    assert [str(p) for p in problems_of(streamed)] == [f"{path} row 4: has no article text (its text column is empty)"]


def test_parquet_that_is_not_parquet_is_named(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not really a parquet file")
    (problem,) = list(stream_inputs([str(path)]))
    assert isinstance(problem, Problem) and problem.source == str(path)
    assert "not a readable Parquet file" in problem.message


def test_zip_members_and_folder_files(tmp_path, story_folder):
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("feed.jsonl", "".join(json.dumps(r) + "\n" for r in records(copies=2)))
        zf.writestr("notes/readme.pdf", b"%PDF-1.4")
    streamed = same_as_load_paths([archive, story_folder])
    assert [a.source for a in articles_of(streamed)][:7] == [f"{archive}:feed.jsonl line {n}" for n in range(1, 7)] \
        + [str(story_folder / "0.txt")]
    assert len(articles_of(streamed)) == 9
    assert [(p.source, p.kind) for p in problems_of(streamed)] == [(f"{archive}:notes/readme.pdf", "warning")]


def test_duplicates_across_inputs_are_skipped_once(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", records())
    b = write_jsonl(tmp_path / "b.jsonl", records()[:1])
    streamed = same_as_load_paths([a, b])
    assert [p.kind for p in problems_of(streamed)] == ["duplicate"]
    assert problems_of(streamed)[0].message == f"exact duplicate of {a} line 1; skipped"


def test_a_csv_is_read_a_few_lines_ahead_only():
    pulled = 0

    def lines():
        nonlocal pulled
        yield "title,outlet,text\n"
        for n in itertools.count():
            pulled += 1
            outlet, title, body = STORIES[n % 3]
            yield f'"{title} {n}",{outlet},"{body}"\n'

    rows = iter_csv(PhysicalLines(lines()), name="endless.csv", options=IngestOptions())
    first = list(itertools.islice(rows, 5))
    assert all(isinstance(a, Article) for a in first)
    assert pulled <= 6  # an endless file: only the rows asked for (and one more) were read


def test_jsonl_is_read_a_line_at_a_time():
    pulled = 0

    def lines():
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            outlet, title, body = STORIES[n % 3]
            yield json.dumps({"title": f"{title} {n}", "outlet": outlet, "text": body})

    first = list(itertools.islice(iter_jsonl(lines(), name="endless.jsonl", options=IngestOptions()), 4))
    assert len(first) == 4 and pulled == 4


def test_streamed_jsonl_with_bad_bytes_warns_and_keeps_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records()]
    good[1] = good[1].replace(b"Hundreds", b"Hundr\xffeds")
    path.write_bytes(b"\n".join(good) + b"\n")
    streamed = list(stream_inputs([str(path)]))
    assert len(articles_of(streamed)) == 3
    (warning,) = problems_of(streamed)
    assert warning.kind == "warning" and warning.source == str(path) and "1 byte could not be decoded" in warning.message


def test_estimate_counts_rows_files_and_members(tmp_path, story_folder):
    write_jsonl(tmp_path / "a.jsonl", records(copies=2))
    write_csv(tmp_path / "b.csv", records())
    write_parquet(tmp_path / "c.parquet", records(copies=3))
    paths = [str(tmp_path / n) for n in ("a.jsonl", "b.csv", "c.parquet")] + [str(story_folder)]
    assert estimate_count(paths) == 6 + 3 + 9 + 3


def test_a_file_that_is_not_a_zip_is_named_as_load_paths_names_it(tmp_path):
    path = tmp_path / "archive.zip"
    path.write_text("just some text, not an archive", encoding="utf-8")
    streamed = same_as_load_paths([path])
    assert "is named .zip but" in str(problems_of(streamed)[0])


def test_the_run_s_own_output_is_never_read_as_input(tmp_path, story_folder):
    out = story_folder / "results.jsonl"
    write_jsonl(out, records())
    streamed = list(stream_inputs([str(story_folder)], leave_out=[out]))
    assert [a.source for a in articles_of(streamed)] == [str(story_folder / f"{i}.txt") for i in range(3)]
    (note,) = problems_of(stream_inputs([str(out)], leave_out=[out]))
    assert note.kind == "warning" and "output file of this run" in note.message
