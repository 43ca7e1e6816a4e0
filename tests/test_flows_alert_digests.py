"""Digests: a first crawl or a backfill of a source sends one message per source and target,
not one per historical notice; exactly-once ids; rules still apply to each plan."""
from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl

from flows.alerts import AlertRule, changed_plan_message, new_plan_message
from flows.outbox import Outbox, outbox_rows
from flows.plan_alerts import digest_reason, first_crawl_sources, route
from testbed.webhook import WebhookReceiver
from warehouse.store import Warehouse

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _msg(doc_id: str, source: str = "chengwu", county: str = "成武县", is_plan: bool = True, day: int = 1,
         groups: tuple[str, ...] = ()):
    doc = {"doc_id": doc_id, "source": f"http://127.0.0.1/art/{doc_id}.html", "source_id": source,
           "county": county, "title": f"关于印发《{doc_id}行动计划》的通知", "plan_title": f"{doc_id}行动计划",
           "publish_date": date(2023, 3, day), "is_plan": is_plan, "content_sha256": f"sha-{doc_id}",
           "n_tasks": 3, "n_targets": len(groups)}
    targets = [{"target_id": f"{doc_id}#{i}", "doc_id": doc_id, "seq": i, "indicator": "粮食产量", "value": 1.0,
                "unit": "亿斤", "comparator": ">=", "text": f"目标{i}", "indicator_group": g}
               for i, g in enumerate(groups, 1)]
    return new_plan_message(doc, targets, "new_plan" if is_plan else "new_notice")


RULE = AlertRule(urls=("json://127.0.0.1:9/a",))


def test_first_crawl_gives_one_digest_per_source():
    msgs = [_msg("a1"), _msg("a2", day=5), _msg("b1", "juancheng", "鄄城县"), _msg("b2", "juancheng", "鄄城县")]
    out = route(msgs, [RULE], flow="nightly", first_crawl={"chengwu", "juancheng"})
    assert sorted((m.kind, m.source_id) for m in out) == [("digest", "chengwu"), ("digest", "juancheng")]
    chengwu = next(m for m in out if m.source_id == "chengwu")
    assert chengwu.targets == RULE.urls
    assert [p["doc_id"] for p in chengwu.content["plans"]] == ["a2", "a1"]  # newest first
    assert chengwu.content["n_plans"] == 2 and chengwu.content["reason"] == "first_crawl"
    assert chengwu.title == "新规划：成武县首次抓取发现 2 个规划（共 2 篇公告，任务 6 项，目标 0 个）"
    assert "http://127.0.0.1/art/a1.html" in chengwu.body and "http://127.0.0.1/art/a2.html" in chengwu.body


def test_known_sources_and_single_plans_go_one_by_one():
    msgs = [_msg("a1"), _msg("a2"), _msg("c1", "heze", "菏泽市")]
    out = route(msgs, [RULE], flow="nightly", first_crawl={"heze"})  # heze's first crawl has one plan
    assert sorted((m.kind, m.doc_id) for m in out) == [("new_plan", "a1"), ("new_plan", "a2"), ("new_plan", "c1")]
    assert all(m.targets == RULE.urls for m in out)


def test_backfill_always_and_never():
    msgs = [_msg("a1"), _msg("a2")]
    assert [m.kind for m in route(msgs, [RULE], flow="backfill")] == ["digest"]
    assert [m.content["reason"] for m in route(msgs, [RULE], default_mode="always")] == ["always"]
    assert [m.kind for m in route(msgs, [RULE], flow="backfill", default_mode="never")] == ["new_plan"] * 2
    rule_never = AlertRule(urls=("json://127.0.0.1:9/b",), digest="never")
    kinds = sorted(m.kind for m in route(msgs, [RULE, rule_never], flow="backfill"))
    assert kinds == ["digest", "new_plan", "new_plan"]  # a rule's own `digest` wins over the setting
    assert digest_reason("auto", "x", "reparse", set()) is None


def test_rules_apply_to_each_plan_before_the_digest():
    msgs = [_msg("a1", groups=("agriculture",)), _msg("a2", groups=("ecology",)), _msg("a3", groups=("agriculture",)),
            _msg("n1", is_plan=False)]
    farm = AlertRule(urls=("json://127.0.0.1:9/farm",), indicator_groups=("agriculture",))
    (digest,) = route(msgs, [farm], flow="backfill")
    assert sorted(p["doc_id"] for p in digest.content["plans"]) == ["a1", "a3"]


def test_changed_plans_are_never_digested():
    doc = {"doc_id": "a1", "source_id": "chengwu", "county": "成武县", "is_plan": True, "content_sha256": "x"}
    changed = changed_plan_message(doc, [], [], [], [])
    out = route([changed, _msg("a2"), _msg("a3")], [RULE], flow="backfill")
    assert sorted(m.kind for m in out) == ["changed_plan", "digest"]


def test_digest_is_exactly_once_and_waits_for_the_commit(tmp_path):
    msgs = [_msg("a1"), _msg("a2")]
    with WebhookReceiver() as hook:
        rule = AlertRule(urls=(hook.apprise_url,))
        rows, urls = outbox_rows(route(msgs, [rule], flow="backfill"), [rule], [], run_id="r1", now=NOW)
        again, _ = outbox_rows(route(list(reversed(msgs)), [rule], flow="backfill"), [rule], [], run_id="r2", now=NOW)
        assert [r["alert_id"] for r in rows] == [r["alert_id"] for r in again]  # same plans, same id
        box = Outbox(Warehouse(tmp_path / "wh"))
        assert box.enqueue(rows) == 1 and box.enqueue(again) == 0
        nothing = pl.DataFrame({"doc_id": [], "content_sha256": []}, schema={"doc_id": pl.Utf8, "content_sha256": pl.Utf8})
        assert box.deliver(urls, nothing).waiting  # not committed: held back
        committed = pl.DataFrame({"doc_id": ["a1", "a2"], "content_sha256": ["sha-a1", "sha-a2"]})
        assert len(box.deliver(urls, committed).sent) == 1 and not box.deliver(urls, committed).sent
        assert hook.wait_for(1)
    (got,) = hook.messages
    assert got["event"] == "digest" and got["digest"]["source_id"] == "chengwu"
    assert sorted(p["url"] for p in got["digest"]["plans"]) == ["http://127.0.0.1/art/a1.html",
                                                                 "http://127.0.0.1/art/a2.html"]


def test_first_crawl_sources_are_those_without_committed_documents():
    committed = pl.DataFrame({"source_id": ["chengwu"]})
    assert first_crawl_sources(["chengwu", "juancheng", ""], committed) == {"juancheng"}
    assert first_crawl_sources(["chengwu"], pl.DataFrame({"source_id": []}, schema={"source_id": pl.Utf8})) == {"chengwu"}
