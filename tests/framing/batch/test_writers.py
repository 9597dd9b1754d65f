"""Result files: written line by line, resumed after a cut-off last line, refused when they would mix runs."""

from __future__ import annotations

import json

import pytest

from framing.analysers import AnalysisOptions, build_analysers
from framing.batch.writers import JsonlWriter, ParquetResultWriter, ResumeRefused, open_writer, parquet_lines
from framing.loaded_terms import load_lexicon


def line(article_id: str, words: int = 3) -> tuple[str, str]:
    return article_id, json.dumps({"id": article_id, "outlet": "O", "title": "T", "word_count": words,
                                   "text": f"text of {article_id}", "content": {}})


def test_lines_are_appended_and_flushed_per_batch(tmp_path):
    path = tmp_path / "out.jsonl"
    writer = JsonlWriter(path)
    writer.write([line("a"), line("b")])
    # flushed: another reader sees both lines before the writer is closed
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["a", "b"]
    writer.close()
    again = JsonlWriter(path)
    assert again.done == {"a", "b"} and again.notes == []
    again.write([line("c")])
    again.close()
    assert path.read_text().count("\n") == 3


def test_a_last_line_cut_by_a_kill_is_removed_and_redone(tmp_path):
    path = tmp_path / "out.jsonl"
    whole = "".join(x + "\n" for _, x in (line("a"), line("b"), line("c")))
    path.write_text(whole[: len(whole) - 25])  # killed in the middle of writing "c"
    writer = JsonlWriter(path)
    assert writer.done == {"a", "b"}
    assert len(writer.notes) == 1 and "last line was cut short" in writer.notes[0] and str(path) in writer.notes[0]
    writer.write([line("c")])
    writer.close()
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["a", "b", "c"]


def test_a_last_line_without_its_line_break_is_redone(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(line("a")[1] + "\n" + line("b")[1])  # the kill came between the line and its "\n"
    writer = JsonlWriter(path)
    writer.close()
    assert writer.done == {"a"} and path.read_text() == line("a")[1] + "\n"


def test_a_file_that_is_not_results_is_refused(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"title": "A headline", "text": "Some article text"}) + "\n")
    with pytest.raises(ResumeRefused, match="not an article result"):
        JsonlWriter(path)
    path.write_text("not json at all\n" + line("a")[1] + "\n")
    with pytest.raises(ResumeRefused, match="line 1 is not a result line"):
        JsonlWriter(path)


def test_resuming_with_other_analysers_is_refused(tmp_path):
    path = tmp_path / "out.jsonl"
    writer = JsonlWriter(path, build_analysers())
    writer.write([line("a")])
    writer.close()
    JsonlWriter(path, build_analysers()).close()  # the same analysers: resumes
    other = build_analysers(AnalysisOptions(lexicon=load_lexicon("docs/examples/user_lexicon.csv")))
    with pytest.raises(ResumeRefused, match="another run"):
        JsonlWriter(path, other)


def test_parquet_goes_through_a_journal_and_resumes(tmp_path):
    path = tmp_path / "out.parquet"
    writer = ParquetResultWriter(path)
    writer.write([line("a"), line("b")])
    writer.close(complete=False)  # interrupted: no Parquet yet, the journal keeps the results
    assert not path.exists() and (tmp_path / "out.parquet.partial.jsonl").exists()
    writer = ParquetResultWriter(path)
    assert writer.done == {"a", "b"}
    writer.write([line("c", words=7)])
    writer.close()
    assert not (tmp_path / "out.parquet.partial.jsonl").exists()
    assert [json.loads(x)["id"] for x in parquet_lines(path)] == ["a", "b", "c"]
    # a later run adds to the complete file
    writer = open_writer(path)
    assert isinstance(writer, ParquetResultWriter) and writer.done == {"a", "b", "c"}
    writer.write([line("d")])
    writer.close()
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.column("id").to_pylist() == ["a", "b", "c", "d"]
    assert table.column("word_count").to_pylist() == [3, 3, 7, 3]


def test_open_writer_picks_jsonl_for_other_names(tmp_path):
    writer = open_writer(tmp_path / "results.ndjson")
    assert isinstance(writer, JsonlWriter)
    writer.close()
