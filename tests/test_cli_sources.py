"""`planwatch fetch` end to end against the replay portal: archive, journal, incremental re-run."""
from __future__ import annotations

import json

from extract.archive import RawArchive
from extract.journal import journal_run_ids, read_journal
from planwatch.cli import main
from testbed.replay import ReplayServer
from testbed.sites import expected_documents, site_path, sources_toml
from warehouse.contract import conform

SITE = "hanweb_juancheng"


def test_fetch_writes_archive_and_journal_and_is_incremental(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = site_path(SITE)
    wh = tmp_path / "wh"
    with ReplayServer(site) as srv:
        (tmp_path / "s.toml").write_text(sources_toml({SITE: srv.base_url}), encoding="utf-8")
        args = ["fetch", "--sources", str(tmp_path / "s.toml"), "--warehouse", str(wh),
                "--http-backoff-s", "0.01", "--http-timeout-s", "2"]
        assert main(args) == 0
        out = capsys.readouterr().out
        assert "journal" in out and "juancheng" in out
        archive = RawArchive(wh)
        (run1,) = journal_run_ids(archive)
        pages, docs = read_journal(archive, run1)
        assert conform("pages", pages).height == len(pages)
        assert sorted(d.url.removeprefix(srv.base_url) for d in docs) == expected_documents(site)
        assert all(archive.has(d.sha256) for d in docs)
        first_line = json.loads((wh / "raw" / "journal" / f"{run1}.jsonl").read_text("utf-8").splitlines()[0])
        assert first_line["run_id"] == run1 and "fetched_at" in first_line

        srv.reset_log()
        assert main(args) == 0                                # state comes from the journals
        run2 = [r for r in journal_run_ids(archive) if r != run1][0]
        pages2, docs2 = read_journal(archive, run2)
        assert docs2 == []
        assert {p["outcome"] for p in pages2 if p["kind"] == "list"} == {"not_modified"}
        assert not [r for r in srv.requests if r.path.startswith("/art/")]


def test_fetch_exit_code_when_a_source_fails(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.toml").write_text(
        '[[source]]\nid = "down"\ncounty = "x"\nplatform = "trs"\n'
        'start_urls = ["http://127.0.0.1:9/zwgk/index.html"]\nallow_loopback = true\nmin_interval_s = 0\n',
        encoding="utf-8")
    code = main(["fetch", "--sources", str(tmp_path / "s.toml"), "--warehouse", str(tmp_path / "wh"),
                 "--http-retries", "0"])
    assert code == 1
    assert "FAILED" in capsys.readouterr().out
