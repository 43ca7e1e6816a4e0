"""Attachments: found on a fetched notice, fetched once through the one client into the raw
archive, carried in `FetchedPage`, not refetched when the notice is unchanged, parsed from the
archive into the notice's tasks (a crawl of the sample site over real HTTP on 127.0.0.1)."""

from __future__ import annotations

from collections import Counter

from extract import attachments
from extract.archive import RawArchive
from extract.crawl import crawl_source
from extract.http import HttpClient
from extract.sources import load_sources
from extract.state import CrawlState
from testbed.replay import ReplayServer
from testbed.sites import annexes, site_path, sources_toml
from warehouse.contract import conform

NAME = "hanweb_juancheng"
BASE = "http://gov.example:8080/art/2024/3/1/art_1_2.html"


def test_links_hanweb_trs_and_plain_file_links():
    html = (
        '<a href="/module/download/downfile.jsp?classid=0&amp;filename=abc.docx&showname=x">附件1：任务分解表.docx</a>'
        '<a href="./P020240301123456789012.pdf">附件2：实施方案</a>'
        '<a href="/files/plan.XLSX">任务表</a>'
        '<a href="/art/2024/3/2/art_1_3.html">下一篇</a>'
        '<a href="javascript:print()">打印.pdf</a>'
        '<a href="/download?id=7">鄄城县任务清单.wps</a>'
        '<a href="./P020240301123456789012.pdf">again</a>'
        "<a href='http://other.example/x.zip'>外部.zip</a>"
        '<a href="/common/getFile?fid=88">附件3：重点项目清单</a>'
        '<a href="/download/index.html">附件下载专区</a>'
    )
    found = attachments.links(html, BASE)
    assert [(a.url.rsplit("/", 1)[-1], a.name) for a in found] == [
        ("downfile.jsp?classid=0&filename=abc.docx&showname=x", "附件1：任务分解表.docx"),
        ("P020240301123456789012.pdf", "附件2：实施方案"),
        ("plan.XLSX", "任务表"),
        ("download?id=7", "鄄城县任务清单.wps"),
        ("x.zip", "外部.zip"),  # found here; the crawler's allowed hosts decide whether it is fetched
        ("getFile?fid=88", "附件3：重点项目清单"),
    ]
    assert found[1].url == "http://gov.example:8080/art/2024/3/1/P020240301123456789012.pdf"


def test_links_scan_is_linear_on_broken_html():
    html = "<a href='x.pdf'" * 20_000 + "<a href=/y.docx>y</a>"
    assert len(attachments.links(html, BASE)) == 1  # one anchor, read in one pass


def _crawl(srv, source, archive, state, run_id):
    client = HttpClient(backoff_s=0.01, timeout_s=5.0, retries=1, min_interval_s=0.0, max_bytes=2 << 20)
    return crawl_source(source, client=client, archive=archive, state=state, run_id=run_id)


def test_crawl_fetches_each_attachment_once_and_not_on_an_unchanged_night(tmp_path):
    from flows.steps import parse_pages

    site = site_path(NAME)
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site) as srv:
        path = tmp_path / "sources.toml"
        path.write_text(sources_toml({NAME: srv.base_url}, site_dirs={NAME: site}), encoding="utf-8")
        source = load_sources(path)[0]
        state = CrawlState()
        first = _crawl(srv, source, archive, state, "r1")
        assert first.error is None
        downloads = Counter(r.path + "?" + r.query for r in srv.requests if "downfile" in r.path)
        rows = [r for r in first.pages if r["kind"] == "attachment"]
        assert rows and all(n == 1 for n in downloads.values())  # each file once
        assert len(downloads) == len(rows) and all(r["outcome"] == "ok" for r in rows)
        conform("pages", first.pages)
        by_show = {a.name: a for d in first.documents for a in d.attachments}
        for f in annexes.FILES:  # archived by hash, byte for byte (served as application/pdf)
            att = by_show[f["show"]]
            assert archive.get(att.sha256) == f["data"] and att.content_type == "application/pdf"
        assert {r["parent_url"] for r in rows} <= {d.url for d in first.documents}
        state.update(first.pages)

        srv.reset_log()
        second = _crawl(srv, source, archive, state, "r2")
        assert second.documents == [] and not [r for r in second.pages if r["kind"] == "attachment"]
        assert not [r for r in srv.requests if "downfile" in r.path]

    tables = parse_pages(first.documents, str(tmp_path / "wh")).tables
    docs = {d["title"]: d for d in tables["documents"].to_dicts()}
    files = {a["name"]: a for a in tables["attachments"].to_dicts()}
    tasks = tables["tasks"].to_dicts()
    for f in annexes.FILES:
        row = files[f["show"]]
        assert row["status"] == f.get("status", "parsed"), row
        doc = next(d for t, d in docs.items() if f["plan"] in t)
        assert doc["is_plan"]
        got = [(t["title"], t["lead_units"][0]) for t in tasks if t["doc_id"] == doc["doc_id"]]
        assert got == f["tasks"], f["show"]
        assert doc["n_tasks"] == len(f["tasks"])
        values = sorted(t["value"] for t in tables["targets"].to_dicts() if t["doc_id"] == doc["doc_id"])
        assert values == sorted(f["targets"]), f["show"]

    # the alert of a plan published as an attachment shows its tasks and targets (it reads the tables)
    from flows.alerts import new_plan_message

    xlsx = annexes.FILES[1]
    doc = next(d for t, d in docs.items() if xlsx["plan"] in t)
    own = [t for t in tasks if t["doc_id"] == doc["doc_id"]]
    goals = [t for t in tables["targets"].to_dicts() if t["doc_id"] == doc["doc_id"]]
    msg = new_plan_message(doc, goals, tasks=own)
    assert msg.doc["n_tasks"] == 4 and "4" in msg.body and "学位" in msg.body, msg.body


def test_a_file_two_notices_link_is_fetched_once_and_named_for_both(tmp_path):
    site = site_path(NAME)
    with ReplayServer(site) as srv:
        path = tmp_path / "sources.toml"
        path.write_text(sources_toml({NAME: srv.base_url}, site_dirs={NAME: site}), encoding="utf-8")
        source = load_sources(path)[0]
        client = HttpClient(backoff_s=0.01, timeout_s=5.0, retries=0, min_interval_s=0.0, respect_robots=False)
        f = annexes.FILES[0]
        link = attachments.AttachmentLink(
            f"{srv.base_url}/module/download/downfile.jsp?classid=0&filename={f['file']}", f["show"]
        )
        rows: list[tuple] = []
        done: dict = {}
        for notice in ("n1", "n2"):
            got = attachments.fetch(client, source, [link], f"{srv.base_url}/{notice}.html", allowed=lambda u: True,
                                    record=lambda r, name, parent: rows.append((r.outcome, r.sha256, parent)),
                                    deadline=float("inf"), done=done)
            assert got[0].sha256 == rows[0][1]
        assert len([r for r in srv.requests if "downfile" in r.path]) == 1
        assert [(o, p.rsplit("/", 1)[-1]) for o, _, p in rows] == [("ok", "n1.html"), ("skipped", "n2.html")]
        assert rows[0][1] == rows[1][1]


def test_a_file_that_failed_is_fetched_again_next_run_with_its_notice(tmp_path):
    from testbed.replay import FaultRule

    site = site_path(NAME)
    victim = annexes.FILES[1]
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site, faults=[FaultRule(victim["file"], "5xx")]) as srv:
        path = tmp_path / "sources.toml"
        path.write_text(sources_toml({NAME: srv.base_url}, site_dirs={NAME: site}), encoding="utf-8")
        source = load_sources(path)[0]
        state = CrawlState()
        first = _crawl(srv, source, archive, state, "r1")
        failed = [r for r in first.pages if r["kind"] == "attachment" and r["outcome"] == "error"]
        assert [r["title"] for r in failed] == [victim["show"]]
        state.update(first.pages)

        srv.set_faults([])
        srv.reset_log()
        second = _crawl(srv, source, archive, state, "r2")
        assert [d.url for d in second.documents] == [failed[0]["parent_url"]]  # the notice, again
        assert [a.name for a in second.documents[0].attachments] == [victim["show"]]
        assert archive.get(second.documents[0].attachments[0].sha256) == victim["data"]
        assert len([r for r in srv.requests if "downfile" in r.path]) == 1
        state.update(second.pages)

        srv.reset_log()
        third = _crawl(srv, source, archive, state, "r3")
        assert third.documents == [] and not [r for r in srv.requests if "downfile" in r.path]
