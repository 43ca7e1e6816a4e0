"""One plan, one alert: a short 印发 notice and the plan page it links (`extract.linked`) are
one plan for the alerts (`flows.plan_alerts.fold_linked`).

The plan page's alert carries the notice (title, URL, 文号, date) and the notice gets none of its
own; a notice whose linked page is not a plan, or was not fetched, alerts as before; a plan page
that arrives a night after its notice alerted as a plan adds no second alert. The rules run on
real rows (`flows.alerts.plan_candidates`); the end-to-end test crawls the corpus harness's
linked mode from a real replay portal on 127.0.0.1 into a real Delta warehouse, two nights, the
plan page failing the first, with a real webhook receiver as the target.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extract.archive import RawArchive
from extract.linked import archived_plan_links
from flows.alert_render import render
from flows.alerts import plan_candidates
from flows.plan_alerts import fold_rows
from transform.document import make_doc_id
from warehouse.contract import conform

NOW = datetime(2026, 12, 5, tzinfo=UTC)
HOST = "http://www.example-county.gov.cn"
CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _url(n: int) -> str:
    return f"{HOST}/art/2024/3/5/art_51_{n}.html"


def _doc(n: int, *, is_plan: bool = True, links: tuple[int, ...] = (), **kw) -> dict:
    notice = bool(links)
    row = {
        "doc_id": make_doc_id(_url(n), _url(n)),
        "source": _url(n),
        "source_id": "shihe",
        "county": "石河县",
        "title": f"关于印发《石河县民生实事实施方案{n}》的通知" if notice else f"石河县民生实事实施方案{n}",
        "plan_title": f"石河县民生实事实施方案{n}",
        "doc_number": f"石政办发〔2024〕{n}号" if notice else None,
        "issuer": "石河县人民政府办公室",
        "publish_date": date(2024, 3, 5),
        "is_plan": is_plan,
        "content_sha256": f"c{n}",
        "n_tasks": 0 if notice else 3,
        "n_targets": 0,
        "parser_version": "t",
        "fetched_at": NOW,
        "plan_pages": [_url(p) for p in links] or None,
    }
    row.update(kw)
    return row


def _messages(run: list[dict], committed: list[dict] = ()):
    """This run's candidates (new documents against the committed ones), folded."""
    tables = {"documents": conform("documents", run)}
    current = conform("documents", list(committed)).select("doc_id", "content_sha256")
    return fold_rows(plan_candidates(tables, current), run, committed)


def _kinds(messages) -> dict[str, str]:
    return {m.doc["source"].rsplit("_", 1)[-1].removesuffix(".html"): m.kind for m in messages}


def test_the_plan_page_alert_carries_the_notice_and_the_notice_gets_none():
    notice, page = _doc(1, links=(2,)), _doc(2)
    (msg,) = _messages([notice, page])
    assert msg.kind == "new_plan" and msg.doc_id == page["doc_id"]
    assert msg.content["notice"] == {
        "doc_id": notice["doc_id"],
        "title": "关于印发《石河县民生实事实施方案1》的通知",
        "url": _url(1),
        "doc_number": "石政办发〔2024〕1号",
        "publish_date": "2024-03-05",
        "issuer": "石河县人民政府办公室",
    }
    assert f"印发通知：关于印发《石河县民生实事实施方案1》的通知（石政办发〔2024〕1号，2024-03-05） {_url(1)}" in msg.body
    assert msg.doc["notice_title"] == notice["title"]  # keyword rules see the notice's title too


def test_a_notice_whose_linked_page_is_not_a_plan_or_was_not_fetched_alerts_as_before():
    assert _kinds(_messages([_doc(1, links=(2,)), _doc(2, is_plan=False)])) == {"1": "new_plan", "2": "new_notice"}
    (msg,) = _messages([_doc(1, links=(2,))])  # the plan page failed: retried next run
    assert msg.kind == "new_plan" and "notice" not in msg.content


def test_a_plan_page_after_its_notice_alerted_on_its_own_adds_no_second_alert():
    notice, page = _doc(1, links=(2,)), _doc(2)
    assert _messages([page], committed=[notice]) == []  # the notice's alert stood for the plan
    # a notice that was not a plan alerted no plan: its plan page is the one plan alert
    (msg,) = _messages([page], committed=[{**notice, "is_plan": False}])
    assert msg.kind == "new_plan" and msg.content["notice"]["url"] == _url(1)


def test_a_notice_after_its_plan_page_was_alerted_gets_none():
    assert _messages([_doc(1, links=(2,))], committed=[_doc(2)]) == []


def test_a_notice_linking_two_plan_pages_folds_into_both_and_a_later_one_still_alerts():
    msgs = _messages([_doc(1, links=(2, 3)), _doc(2)])  # page 3 failed tonight
    assert _kinds(msgs) == {"2": "new_plan"}
    # next night page 3 arrives: the notice's alert was folded into page 2's, so page 3 alerts
    (msg,) = _messages([_doc(3)], committed=[_doc(1, links=(2, 3)), _doc(2)])
    assert msg.kind == "new_plan" and msg.content["notice"]["url"] == _url(1)


def test_two_plans_that_link_each_other_keep_one_alert_never_none():
    a = _doc(1, links=(2,), publish_date=date(2024, 3, 1))
    b = _doc(2, links=(1,), publish_date=date(2024, 3, 2))
    (msg,) = _messages([a, b])
    assert msg.doc_id == b["doc_id"] and msg.content["notice"]["url"] == _url(1)


def test_a_changed_plan_page_names_its_notice_too():
    notice, page = _doc(1, links=(2,)), _doc(2)
    (msg,) = _messages([{**page, "content_sha256": "c2-new"}], committed=[notice, page])
    assert msg.kind == "changed_plan" and msg.content["notice"]["doc_number"] == "石政办发〔2024〕1号"


@pytest.mark.parametrize(
    ("family", "shown"),
    [
        ("html", f'<a href="{_url(1)}">关于印发《石河县民生实事实施方案1》的通知</a>（石政办发〔2024〕1号，2024-03-05）'),
        ("markdown", f"[关于印发《石河县民生实事实施方案1》的通知]({_url(1)})"),
        ("slack", f"<{_url(1)}|关于印发《石河县民生实事实施方案1》的通知>"),
    ],
)
def test_each_format_links_the_notice(family, shown):
    (msg,) = _messages([_doc(1, links=(2,)), _doc(2)])
    assert shown in render(msg.content, family, "zh")[1]
    assert f"Notice: 关于印发《石河县民生实事实施方案1》的通知 (石政办发〔2024〕1号, 2024-03-05) {_url(1)}" in (
        render(msg.content, "text", "en")[1]
    )


def test_the_links_are_read_from_the_archived_bytes_in_their_charset():
    html = "<html><body><p>现将方案印发给你们。</p><p>附件：<a href='art_51_2.html'>《石河县民生实事实施方案》</a></p>"
    for charset in ("utf-8", "gbk"):
        body = html.encode(charset)
        assert archived_plan_links(body, _url(1), f"text/html; charset={charset}") == [_url(2)]
    assert archived_plan_links(b"%PDF-1.7 " + html.encode(), _url(1), None) == []
    assert archived_plan_links(html.encode(), _url(1), "application/pdf") == []


# ------------------------------------------------------------------ end to end, two nights
def _night(settings, run_id: str) -> None:
    """One night through the plain steps, no Prefect: crawl → parse → validate → enqueue →
    load → deliver (what `flows.pipeline` wires)."""
    from extract.sources import load_sources
    from flows import steps
    from warehouse.store import Warehouse

    wh = Warehouse.open(settings.store)
    (source,) = load_sources(settings.crawl.sources)
    crawl = steps.crawl_one(source, settings, wh, run_id=run_id)
    assert crawl.error is None, crawl.error
    archive = RawArchive(settings.store.root)
    for page in crawl.documents:  # the crawler's scan is the one a re-parse makes of the bytes
        again = archived_plan_links(archive.get(page.sha256), page.final_url or page.url, page.content_type_hint())
        assert page.plan_pages == tuple(again)
    run = steps.validate(steps.parse_pages(crawl.documents, settings.store).tables, run_id=run_id, previous_counts=None)
    steps.enqueue_alerts(wh, run.tables, settings, run_id=run_id)
    steps.load_chunk(wh, run_id=run_id, run=run, pages=conform("pages", crawl.pages))
    steps.deliver_alerts(wh, settings)


def test_two_nights_one_alert_per_plan_though_a_plan_page_failed_the_first(tmp_path):
    """x1's notice and plan page arrive together: one alert, the plan page's, carrying the
    notice. x3's plan page fails the first night (its notice alerts as before if it is a plan)
    and arrives the next: one alert for x3 over both nights."""
    from planwatch.settings import Settings
    from testbed.faults import FaultRule
    from testbed.replay import ReplayServer
    from testbed.sites import sources_toml
    from testbed.sites.corpus import build_corpus
    from testbed.webhook import WebhookReceiver

    built = build_corpus(CORPUS, tmp_path / "sites", mode="linked")
    site = built.sites["corpus_hanweb"]
    plans = {name: path for path, name in built.pages.items() if name in ("x1", "x3")}
    notices = {name: path for path, name in built.notices.items() if name in ("x1", "x3")}
    assert set(plans) == set(notices) == {"x1", "x3"}
    names = {**{p: n for n, p in plans.items()}, **{p: n for n, p in notices.items()}}

    def named(message: dict) -> set[str]:
        plan = message.get("plan") or {}
        urls = [plan.get("url"), (plan.get("notice") or {}).get("url")]
        return {names[re.sub(r"^https?://[^/]+", "", u)] for u in urls if u}

    fail = FaultRule(re.escape(plans["x3"]), "5xx")
    with WebhookReceiver() as hook, ReplayServer(site, faults=[fail]) as srv:
        (tmp_path / "sources.toml").write_text(
            sources_toml({"corpus_hanweb": srv.base_url}, site_dirs={"corpus_hanweb": site}), encoding="utf-8"
        )
        settings = Settings.of(
            warehouse=str(tmp_path / "wh"),
            sources=str(tmp_path / "sources.toml"),
            alert=[hook.apprise_url],
            alert_digest="never",  # one message per plan, so each is counted as itself
            min_interval_s=0.0,
            http_timeout_s=5.0,
            http_retries=0,
        )
        _night(settings, "r1")
        first = list(hook.messages)
        srv.faults.clear()
        _night(settings, "r2")
        second = hook.messages[len(first) :]
        asked = [r.path for r in srv.requests]

    from warehouse.store import Warehouse

    docs = Warehouse.open(settings.store).read("documents")
    x3_notice = docs.filter(docs["source"].str.ends_with(notices["x3"])).row(0, named=True)
    assert x3_notice["plan_pages"] == [f"{srv.base_url}{plans['x3']}"]  # the link, as stored
    assert asked.count(plans["x3"]) == 2  # failed the first night, fetched the second

    by_name = [named(m) for m in first]
    (x1,) = [m for m, n in zip(first, by_name, strict=True) if "x1" in n]
    assert x1["event"] == "new_plan" and x1["plan"]["url"].endswith(plans["x1"])
    assert x1["plan"]["notice"]["url"].endswith(notices["x1"])
    x3_alerts = [m for m in first + second if "x3" in named(m)]
    assert len(x3_alerts) == 1, [m["title"] for m in x3_alerts]
    if x3_notice["is_plan"]:  # the notice alerted as a plan the first night: it stands for x3
        assert x3_alerts[0] in first and x3_alerts[0]["plan"]["url"].endswith(notices["x3"])
    else:  # the plan page is the plan alert, carrying its notice
        assert x3_alerts[0] in second and x3_alerts[0]["plan"]["notice"]["url"].endswith(notices["x3"])
    assert all("x1" not in named(m) for m in second)


def test_a_reparse_reads_the_links_from_the_archived_notice(tmp_path):
    """`parse_pages` stores the crawler's `plan_pages`; a page rebuilt from `pages` rows (a
    re-parse: plan_pages None) gets them from its archived bytes, in its charset."""
    from flows.steps import parse_pages
    from planwatch.records import FetchedPage

    html = (
        "<html><head><title>关于印发《石河县民生实事实施方案》的通知</title></head><body>"
        "<p>现将《石河县民生实事实施方案》印发给你们，请认真贯彻落实。</p>"
        "<p>附件：<a href='art_51_2.html'>《石河县民生实事实施方案》</a></p></body></html>"
    ).encode("gbk")
    sha = RawArchive(tmp_path / "wh").put(html)
    page = FetchedPage(url=_url(1), source_id="shihe", county="石河县", sha256=sha, encoding="gbk")
    crawled = FetchedPage.from_dict({**page.to_dict(), "plan_pages": [_url(7)]})
    docs = parse_pages([page], str(tmp_path / "wh")).tables["documents"]
    assert docs["plan_pages"].to_list() == [[_url(2)]]
    assert parse_pages([crawled], str(tmp_path / "wh")).tables["documents"]["plan_pages"].to_list() == [[_url(7)]]
