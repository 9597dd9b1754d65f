"""dashboard.state and dashboard.loading helpers, on a plain dict as the session state."""

from __future__ import annotations

from dashboard import loading, state
from framing.ingest import LoadReport, Problem, load_bytes, load_paths
from framing.model import Article


NEW_ARTICLE = (b"A brand new headline about the flood\n\nVolunteers from three villages cleared mud from the "
               b"streets on Thursday while engineers inspected the damaged bridge over the river.\n")


def _fresh(use_sample) -> dict:
    s: dict = {}
    state.init(s)
    return s


def test_init_loads_the_sample_with_its_notice(use_sample, fixture_articles, fixture_notice):
    s = _fresh(use_sample)
    arts = state.articles(s)
    expected = load_paths([use_sample / n for n in fixture_articles]).articles
    assert [a.id for a in arts] == [a.id for a in expected]
    assert [a.outlet for a in arts] == ["Alpha Daily", "Beta Post", "Gamma Times"]
    assert state.sample_notice(s) == fixture_notice
    assert [e.status for e in state.last_batch(s)] == ["ok"] * 3
    assert state.last_batch(s)[0].line.startswith("✓ 01-alpha-daily.txt — Alpha Daily — River town floods")


def test_sample_files_follow_the_manifest_and_skip_non_articles(sample_folder, fixture_articles):
    (sample_folder / "README.md").write_text("# about", encoding="utf-8")
    assert [p.name for p in state.sample_files(sample_folder)] == list(fixture_articles)
    (sample_folder / "manifest.json").unlink()
    assert [p.name for p in state.sample_files(sample_folder)] == sorted(fixture_articles)


def test_missing_sample_folder_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(tmp_path / "nope"))
    s: dict = {}
    state.init(s)
    assert state.articles(s) == []
    assert state.last_batch(s)[0].status == "error"
    assert state.sample_notice(s) is None


def test_add_report_skips_duplicates_and_keeps_articles_on_errors(use_sample):
    s = _fresh(use_sample)
    before = [a.id for a in state.articles(s)]
    dup = load_bytes("again.txt", (use_sample / "02-beta-post.txt").read_bytes())
    bad = LoadReport(problems=[Problem("broken.csv row 3", "has no text")])
    new = load_bytes("new.txt", NEW_ARTICLE)
    entries = state.add_report(dup, s) + state.add_report(bad, s)
    assert [e.status for e in entries] == ["dup", "error"]
    assert entries[1].line == "✗ broken.csv row 3: has no text"
    # a duplicate of the sample and an error leave the sample as it is
    assert [a.id for a in state.articles(s)] == before and state.sample_notice(s)
    # the user's first new article replaces the sample event, and says so
    replaced = state.add_report(new, s)
    assert [e.status for e in replaced] == ["info", "ok"] and "Reset to the sample event" in replaced[0].line
    assert [a.id for a in state.articles(s)] == [new.articles[0].id]
    assert state.sample_notice(s) is None and state.sample_count(s) == 0
    assert state.log(s)[0] == replaced[0]  # newest first
    # later uploads add to the user's articles
    again = load_bytes("again.txt", (use_sample / "02-beta-post.txt").read_bytes())
    assert [e.status for e in state.add_report(again, s)] == ["ok"]
    assert [a.id for a in state.articles(s)] == [new.articles[0].id, again.articles[0].id]
    # and the sample is one click away
    state.reset_to_sample(s)
    assert [a.id for a in state.articles(s)] == before


def test_safe_load_turns_exceptions_into_problems():
    def boom() -> LoadReport:
        raise ValueError("bad bytes")

    report = state.safe_load(boom, "x.txt")
    assert report.articles == [] and "bad bytes" in report.problems[0].message


def test_outlet_rename_remove_clear_reset(use_sample):
    s = _fresh(use_sample)
    ids = [a.id for a in state.articles(s)]
    assert state.set_outlet(ids[0], "  Alpha Renamed ", s)
    assert not state.set_outlet(ids[0], "   ", s)
    assert not state.set_outlet("missing", "X", s)
    assert state.articles(s)[0].outlet == "Alpha Renamed" and state.articles(s)[0].id == ids[0]
    assert state.remove({ids[1]}, s) == 1
    assert [a.id for a in state.articles(s)] == [ids[0], ids[2]]
    state.clear(s)
    assert state.articles(s) == [] and state.sample_notice(s) is None
    state.reset_to_sample(s)
    assert [a.id for a in state.articles(s)] == ids and state.articles(s)[0].outlet == "Alpha Daily"


def test_apply_edits_from_the_data_editor(use_sample):
    s = _fresh(use_sample)
    ids = [a.id for a in state.articles(s)]
    edits = {"edited_rows": {0: {"outlet": "Alpha Weekly"}, 2: {"remove": True}, 9: {"outlet": "ignored"}},
             "added_rows": [], "deleted_rows": []}
    assert loading.apply_edits(edits, ids, s) == 2
    assert [(a.id, a.outlet) for a in state.articles(s)] == [(ids[0], "Alpha Weekly"), (ids[1], "Beta Post")]


def test_log_html_escapes_user_text():
    entry = state.LogEntry("ok", "<b>x</b>.txt", 'Out — "><script>alert(1)</script>')
    out = loading.log_html([entry])
    assert "<script>" not in out and "<b>" not in out and "&lt;script&gt;" in out


def test_display_source_drops_folders():
    assert state.display_source("/tmp/a/b/file.csv row 3") == "file.csv row 3"
    assert state.display_source("pasted text") == "pasted text"
    assert state.display_source("https://example.org/x") == "https://example.org/x"


def test_batch_summary_counts_warnings():
    report = load_bytes("stray.txt", NEW_ARTICLE.replace(b"mud", b"m\x81d"))
    assert [p.kind for p in report.problems] == ["warning"]
    s: dict = {}
    entries = state.add_report(report, s)
    assert loading.batch_summary(entries) == "Last load: 1 loaded, 1 warning (see ! below)"
    assert "1 byte could not be decoded as UTF-8" in loading.log_html(entries)
