"""Alerts: rules, message content, escaping per target format, and the exactly-once outbox
(a real Delta warehouse and a real webhook receiver on 127.0.0.1)."""
from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl
import pytest

from flows.alerts import (
    AlertRule,
    changed_plan_message,
    load_rules,
    new_plan_message,
    plan_candidates,
    rules_from_toml,
)
from flows.delivery import escape_markdown, render, send_apprise
from flows.exceptions import AlertConfigError
from flows.outbox import Outbox, outbox_rows, target_hash
from planwatch.settings import Settings
from testbed.webhook import WebhookReceiver
from warehouse.contract import conform

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _doc(doc_id: str, sha: str = "c1", is_plan: bool = True, **kw) -> dict:
    base = {"doc_id": doc_id, "source": f"http://127.0.0.1/art/{doc_id}.html", "source_id": "chengwu",
            "county": "成武县", "title": f"关于印发《{doc_id}三年行动计划》的通知",
            "plan_title": f"{doc_id}三年行动计划", "issuer": "成武县人民政府办公室",
            "publish_date": date(2023, 3, 1), "is_plan": is_plan, "body_text": "正文",
            "content_sha256": sha, "n_tasks": 2, "n_targets": 2, "parser_version": "t",
            "fetched_at": NOW}
    base.update(kw)
    return base


def _tables(docs: list[dict], targets: list[dict] = (), tasks: list[dict] = ()) -> dict:
    return {"documents": conform("documents", docs), "tasks": conform("tasks", list(tasks)),
            "task_units": conform("task_units", []), "targets": conform("targets", list(targets))}


def _target(doc_id: str, seq: int, text: str) -> dict:
    return {"target_id": f"{doc_id}#{seq}", "doc_id": doc_id, "seq": seq, "value": 1.0, "unit": "亿元",
            "comparator": ">=", "text": text, "ambiguous": False}


def _task(doc_id: str, seq: int, title: str) -> dict:
    return {"task_id": f"{doc_id}/{seq}", "doc_id": doc_id, "seq": seq, "path": [str(seq)],
            "title": title, "lead_units": [], "participating_units": [], "n_targets": 0}


def test_new_plan_message_has_the_facts_and_leading_targets_in_chinese():
    targets = [_target("d1", i, f"到2025年产值达到{i}亿元") for i in range(1, 9)]
    msg = new_plan_message(_doc("d1"), targets)
    assert msg.kind == "new_plan" and msg.doc_id == "d1" and msg.content_sha256 == "c1"
    assert msg.title == "新规划：成武县 d1三年行动计划"
    for fact in ("县市：成武县", "发布机构：成武县人民政府办公室", "发布日期：2023-03-01",
                 "链接：http://127.0.0.1/art/d1.html", "任务 2 项，目标 2 个", "主要目标："):
        assert fact in msg.body
    assert "County" not in msg.body and "New plan" not in msg.title
    assert "到2025年产值达到1亿元" in msg.body and "到2025年产值达到5亿元" in msg.body
    assert "到2025年产值达到6亿元" not in msg.body  # only the leading five
    top = msg.content["top_targets"]
    assert len(top) == 5 and top[0] == {**top[0], "value": 1, "unit": "亿元", "comparator": ">="}


def test_alert_language_en():
    msg = new_plan_message(_doc("d1"), [_target("d1", 1, "到2025年产值达到1亿元")], language="en")
    assert msg.title == "New plan: 成武县 d1三年行动计划"
    for fact in ("County: 成武县", "Published: 2023-03-01", "URL: http://127.0.0.1/art/d1.html",
                 "Tasks: 2, targets: 2", "Leading targets:"):
        assert fact in msg.body


def test_changed_plan_message_says_what_changed():
    msg = changed_plan_message(
        _doc("d1", "c2"), [_task("d1", 1, "任务甲"), _task("d1", 2, "任务乙")],
        [_task("d1", 1, "任务甲"), _task("d1", 2, "任务丙")],
        [_target("d1", 1, "目标一")], [_target("d1", 1, "目标一"), _target("d1", 2, "目标二")])
    assert msg.kind == "changed_plan" and msg.title.startswith("规划有变化：")
    assert "新增任务 (1)：\n- 任务丙" in msg.body
    assert "删除任务 (1)：\n- 任务乙" in msg.body
    assert "新增目标 (1)：\n- 目标二" in msg.body
    assert "删除目标" not in msg.body
    changes = msg.content["changes"]
    assert changes["tasks_added"] == ["任务丙"] and changes["tasks_removed"] == ["任务乙"]


def test_changed_plan_shows_old_and_new_values():
    def t(seq, value, year, text):
        return {**_target("d1", seq, text), "indicator": "新能源新材料产业产值", "value": value, "year": year,
                "task_id": "d1/1"}

    tasks = [_task("d1", 1, "壮大新能源产业")]
    msg = changed_plan_message(_doc("d1", "c2"), tasks, tasks,
                               [t(1, 418.0, 2025, "到2025年产值达到418亿元")],
                               [t(1, 450.0, 2026, "到2026年产值达到450亿元")])
    changes = msg.content["changes"]
    assert not changes["targets_added"] and not changes["targets_removed"]
    (change,) = changes["targets_changed"]
    assert change["old"]["value"] == 418 and change["new"]["value"] == 450
    assert change["old"]["year"] == 2025 and change["new"]["year"] == 2026
    assert "目标变化 (1)：\n- 新能源新材料产业产值: 418亿元（2025年） → 450亿元（2026年）" in msg.body
    en = changed_plan_message(_doc("d1", "c2"), tasks, tasks, [t(1, 418.0, 2025, "a")],
                              [t(1, 450.0, 2025, "b")], language="en")
    assert "Targets changed (1):\n- 新能源新材料产业产值: 418亿元 (by 2025) → 450亿元 (by 2025)" in en.body


def test_candidates_new_changed_unchanged_and_notices():
    docs = [_doc("new"), _doc("chg", "c2"), _doc("same", "c1"), _doc("notice", is_plan=False)]
    current = pl.DataFrame({"doc_id": ["chg", "same"], "content_sha256": ["c1", "c1"]})
    kinds = {m.doc_id: m.kind for m in plan_candidates(_tables(docs), current)}
    assert kinds == {"new": "new_plan", "chg": "changed_plan", "notice": "new_notice"}


def test_rules_filter_sources_notices_keywords():
    plan, notice = _doc("p"), _doc("n", is_plan=False)
    assert AlertRule(urls=("json://h",)).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",)).matches(notice, "new_notice")
    assert AlertRule(urls=("json://h",), notices="all").matches(notice, "new_notice")
    assert not AlertRule(urls=("json://h",), sources=("juancheng",)).matches(plan, "new_plan")
    assert AlertRule(urls=("json://h",), keywords=("行动计划",)).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",), keywords=("预算",)).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",), changes=False).matches(plan, "changed_plan")


def test_rules_from_config_file(tmp_path):
    cfg = tmp_path / "planwatch.toml"
    cfg.write_text('[planwatch]\nalert = ["json://127.0.0.1:9/a"]\n\n'
                   '[[alert]]\nname = "heze"\nurls = ["json://127.0.0.1:9/b"]\n'
                   'sources = ["chengwu"]\nnotices = "all"\nkeywords = ["计划"]\n', encoding="utf-8")
    rules = load_rules(Settings.of(config=str(cfg), alert=["json://127.0.0.1:9/a"]))
    assert [r.name for r in rules] == ["--alert", "heze"]
    assert rules[1].sources == ("chengwu",) and rules[1].notices == "all"
    cfg.write_text('[[alert]]\nurls = ["json://x/y"]\nnotices = "some"\n', encoding="utf-8")
    with pytest.raises(AlertConfigError, match="notices"):
        rules_from_toml(cfg)


def test_rules_filter_counties_indicator_groups_and_is_plan():
    plan = {**_doc("p"), "indicator_groups": ["agriculture"]}
    notice = _doc("n", is_plan=False)
    assert AlertRule(urls=("json://h",), counties=("成武县",)).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",), counties=("鄄城县",)).matches(plan, "new_plan")
    assert AlertRule(urls=("json://h",), indicator_groups=("agriculture", "economy")).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",), indicator_groups=("ecology",)).matches(plan, "new_plan")
    assert not AlertRule(urls=("json://h",), indicator_groups=("ecology",)).matches(notice, "new_notice")
    only_notices = AlertRule(urls=("json://h",), is_plan=False)
    assert only_notices.matches(notice, "new_notice") and not only_notices.matches(plan, "new_plan")
    assert AlertRule(urls=("json://h",), is_plan=True).matches(plan, "new_plan")


def test_rule_keys_from_config_and_their_errors(tmp_path):
    cfg = tmp_path / "planwatch.toml"
    cfg.write_text('[[alert]]\nurls = ["json://127.0.0.1:9/b"]\ncounties = ["成武县"]\n'
                   'indicator_groups = ["agriculture"]\nis_plan = true\ndigest = "never"\n', encoding="utf-8")
    (rule,) = rules_from_toml(cfg)
    assert rule.counties == ("成武县",) and rule.indicator_groups == ("agriculture",)
    assert rule.is_plan is True and rule.digest == "never"
    for bad, word in (('indicator_groups = ["farming"]', "indicator_groups"), ('digest = "daily"', "digest"),
                      ('is_plan = "yes"', "is_plan"), ('counties = [1]', "counties")):
        cfg.write_text(f'[[alert]]\nurls = ["json://127.0.0.1:9/b"]\n{bad}\n', encoding="utf-8")
        with pytest.raises(AlertConfigError, match=word):
            rules_from_toml(cfg)
    with pytest.raises(AlertConfigError, match="alert_language"):
        load_rules(Settings.of(alert=["json://h/x"], alert_language="fr"))
    with pytest.raises(AlertConfigError, match="alert_digest"):
        load_rules(Settings.of(alert=["json://h/x"], alert_digest="weekly"))


def test_escaping_per_format():
    assert escape_markdown("a*b_[c]") == r"a\*b\_\[c\]"
    title, body = render("<b>成武</b>", "x & y\nz", "html")
    assert title == "&lt;b&gt;成武&lt;/b&gt;" and body == "x &amp; y<br>\nz"
    assert render("a*b", "c", "text") == ("a*b", "c")


def test_outbox_rows_never_store_secrets_and_dedupe_targets():
    secret = "json://127.0.0.1:9/hook?token=TOPSECRET"
    rules = [AlertRule(urls=(secret,)), AlertRule(urls=(secret,), name="again")]
    rows, urls = outbox_rows([new_plan_message(_doc("d1"), [])], rules, [], run_id="r1", now=NOW)
    assert len(rows) == 1 and urls == {target_hash(secret): secret}
    assert "TOPSECRET" not in str(rows)
    assert rows[0]["status"] == "pending" and rows[0]["target_hash"] == target_hash(secret)


@pytest.fixture()
def wh(tmp_path):
    from warehouse.store import Warehouse

    return Warehouse(tmp_path / "wh")


def test_outbox_exactly_once_with_retry_and_commit_gate(wh):
    with WebhookReceiver() as hook:
        url = hook.apprise_url
        rules = [AlertRule(urls=(url,))]
        msgs = [new_plan_message(_doc("d1"), []), new_plan_message(_doc("d2"), [])]
        rows, urls = outbox_rows(msgs, rules, [], run_id="r1", now=NOW)
        box = Outbox(wh)
        assert box.enqueue(rows) == 2
        assert box.enqueue(rows) == 0  # a re-run enqueues nothing twice

        # not committed yet: nothing is sent
        rep = box.deliver(urls, documents=pl.DataFrame({"doc_id": [], "content_sha256": []},
                                                        schema={"doc_id": pl.Utf8, "content_sha256": pl.Utf8}))
        assert rep.waiting and not hook.messages

        committed = pl.DataFrame({"doc_id": ["d1", "d2"], "content_sha256": ["c1", "c1"]})
        hook.fail_next(1)
        rep = box.deliver(urls, committed)
        assert len(rep.sent) == 1 and len(rep.failed) == 1
        rep = box.deliver(urls, committed)  # the failed one is retried, the sent one is not
        assert len(rep.sent) == 1 and not rep.failed
        assert box.deliver(urls, committed).sent == []
        assert sorted(m["title"] for m in hook.messages) == sorted(m.title for m in msgs)
        status = wh.read("alerts").sort("doc_id")
        assert status["status"].to_list() == ["sent", "sent"]
        assert status["attempts"].to_list() in ([2, 1], [1, 2])
        assert box.enqueue(rows) == 0 and box.deliver(urls, committed).sent == []


def test_superseded_alert_is_suppressed(wh):
    rows, urls = outbox_rows([new_plan_message(_doc("d1", "old"), [])],
                             [AlertRule(urls=("json://127.0.0.1:9/x",))], [], run_id="r1", now=NOW)
    box = Outbox(wh, sender=lambda *a, **k: pytest.fail("must not send"))
    box.enqueue(rows)
    rep = box.deliver(urls, pl.DataFrame({"doc_id": ["d1"], "content_sha256": ["new"]}))
    assert len(rep.suppressed) == 1
    assert wh.read("alerts")["status"].to_list() == ["suppressed"]


def test_failed_delivery_error_is_redacted():
    ok, err = send_apprise("json://127.0.0.1:1/hook?token=TOPSECRET", "t", "b")
    assert not ok and err and "TOPSECRET" not in err
