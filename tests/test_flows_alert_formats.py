"""Plan alerts as each kind of target receives them: through the outbox (a real Delta warehouse)
and real Apprise plugins, to real receivers on 127.0.0.1.

json:// posts to `testbed.webhook`; mailto:// talks SMTP to `testbed.smtp`. DingTalk, WeCom,
Feishu, Lark and Slack post to fixed https hosts, so their endpoint constant is pointed at the
loopback webhook receiver (the plugin code, the payload and the HTTP request are Apprise's own).
"""
from __future__ import annotations

import json
from datetime import UTC, date, datetime

import polars as pl
import pytest

from flows.alerts import AlertRule, new_plan_message
from flows.outbox import Outbox, outbox_rows
from testbed.smtp import SmtpReceiver
from testbed.webhook import WebhookReceiver
from warehouse.store import Warehouse

NOW = datetime(2026, 11, 23, tzinfo=UTC)
URL = "http://www.example.gov.cn/art/2023/3/1/art_1_9.html?a=1&b=(2)"
HOSTILE = "关于印发《成武县<b>粮食</b>*生产*_三年_行动计划》的通知"


def _doc() -> dict:
    return {"doc_id": "d1", "source": URL, "source_id": "chengwu", "county": "成武县", "title": HOSTILE,
            "plan_title": "成武县粮食生产三年行动计划", "issuer": "成武县人民政府办公室",
            "publish_date": date(2023, 3, 1), "plan_start_year": 2023, "plan_end_year": 2025,
            "is_plan": True, "body_text": "正文", "content_sha256": "c1", "n_tasks": 12, "n_targets": 2,
            "parser_version": "t", "fetched_at": NOW}


def _targets() -> list[dict]:
    base = {"doc_id": "d1", "comparator": ">=", "ambiguous": False, "task_id": "d1/1"}
    return [
        {**base, "target_id": "t1", "seq": 1, "indicator": "粮食产量", "value": 11.5, "unit": "亿斤",
         "year": 2025, "text": "到2025年粮食产量稳定在11.5亿斤以上", "indicator_code": "GRAIN_OUTPUT",
         "indicator_group": "agriculture"},
        {**base, "target_id": "t2", "seq": 2, "indicator": "高标准农田", "value": 9.0, "unit": "万亩",
         "year": 2025, "text": "建成高标准农田9万亩", "indicator_code": "HIGH_STANDARD_FARMLAND",
         "indicator_group": "agriculture"},
    ]


def _tasks() -> list[dict]:
    return [{"task_id": "d1/1", "doc_id": "d1", "seq": 1, "title": "稳定粮食生产", "lead_units": ["县农业农村局"],
             "deadline": date(2023, 6, 30), "deadline_text": "2023年6月底前"}]


def _deliver(tmp_path, url: str, language: str = "zh") -> dict:
    """Enqueue the plan alert for `url` in a real outbox and deliver it; returns the report."""
    msg = new_plan_message(_doc(), _targets(), tasks=_tasks(), language=language)
    rows, urls = outbox_rows([msg], [AlertRule(urls=(url,))], [], run_id="r1", now=NOW)
    box = Outbox(Warehouse(tmp_path / "wh"))
    assert box.enqueue(rows) == 1
    report = box.deliver(urls, pl.DataFrame({"doc_id": ["d1"], "content_sha256": ["c1"]}))
    assert report.sent, report
    return rows[0]


def test_json_webhook_gets_structured_fields(tmp_path):
    with WebhookReceiver() as hook:
        row = _deliver(tmp_path, hook.apprise_url)
        assert hook.wait_for(1)
    got = hook.messages[0]
    assert got["title"] == "新规划：成武县 成武县粮食生产三年行动计划"
    assert f"链接：{URL}" in got["message"] and row["body_format"] == "json"
    assert got["event"] == "new_plan"
    plan = got["plan"]
    assert plan["county"] == "成武县" and plan["url"] == URL and plan["title"] == "成武县粮食生产三年行动计划"
    assert plan["publish_date"] == "2023-03-01" and (plan["plan_start_year"], plan["plan_end_year"]) == (2023, 2025)
    assert plan["n_tasks"] == 12 and plan["n_targets"] == 2
    first = plan["top_targets"][0]
    assert first["indicator"] == "粮食产量" and first["value"] == 11.5 and first["unit"] == "亿斤"
    assert first["indicator_code"] == "GRAIN_OUTPUT" and first["year"] == 2025 and first["task"] == "稳定粮食生产"
    assert plan["deadlines"] == [{"task": "稳定粮食生产", "deadline": "2023-06-30", "deadline_text": "2023年6月底前",
                                  "lead_units": ["县农业农村局"]}]
    assert plan["indicator_groups"] == ["agriculture"]
    assert json.loads(row["payload_json"])["url"] == URL  # the outbox keeps what was sent


def test_json_webhook_in_english(tmp_path):
    with WebhookReceiver() as hook:
        _deliver(tmp_path, hook.apprise_url, language="en")
        assert hook.wait_for(1)
    assert hook.messages[0]["title"].startswith("New plan: ") and f"URL: {URL}" in hook.messages[0]["message"]


@pytest.fixture()
def loopback_plugins(monkeypatch):
    """DingTalk, WeCom, Feishu, Lark and Slack endpoints pointed at a webhook receiver on 127.0.0.1."""
    from apprise.plugins.dingtalk import NotifyDingTalk
    from apprise.plugins.feishu import NotifyFeishu
    from apprise.plugins.lark import NotifyLark
    from apprise.plugins.slack import NotifySlack
    from apprise.plugins.wecombot import NotifyWeComBot

    with WebhookReceiver() as hook:
        base = f"http://127.0.0.1:{hook.port}"
        monkeypatch.setattr(NotifyDingTalk, "notify_url", base + "/robot/send?access_token={token}")
        monkeypatch.setattr(NotifyWeComBot, "notify_url", base + "/cgi-bin/webhook/send?key={key}")
        monkeypatch.setattr(NotifyFeishu, "notify_url", base + "/open-apis/bot/v2/hook/{token}/")
        monkeypatch.setattr(NotifyLark, "notify_url", base + "/open-apis/bot/v2/hook/")
        monkeypatch.setattr(NotifySlack, "webhook_url", base + "/services")
        yield hook


@pytest.mark.parametrize("url, text_of", [
    ("dingtalk://abc123token/", lambda p: (p["msgtype"], p["text"]["content"])),
    ("wecombot://wecomkey-1", lambda p: (p["msgtype"], p["text"]["content"])),
    ("feishu://feishutoken1", lambda p: (p["msg_type"], p["content"]["text"])),
    ("lark://larktoken-1", lambda p: (p["msg_type"], p["content"]["text"])),
])
def test_chinese_chat_bots_get_clean_text(tmp_path, loopback_plugins, url, text_of):
    row = _deliver(tmp_path, url)
    assert loopback_plugins.wait_for(1)
    kind, text = text_of(loopback_plugins.messages[0])
    assert kind == "text" and row["body_format"] == "text"
    assert "县市：成武县" in text and f"链接：{URL}" in text  # the URL exactly, nothing escaped
    assert "粮食产量 ≥ 11.5亿斤（2025年）" in text and "2023年6月底前：稳定粮食生产" in text
    assert "\\" not in text and "&lt;" not in text  # plain text: no Markdown or HTML escapes
    assert HOSTILE in text


def test_slack_gets_mrkdwn_with_real_links(tmp_path, loopback_plugins):
    loopback_plugins.reply = b"ok"  # what Slack's webhooks answer
    row = _deliver(tmp_path, "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7/")
    assert loopback_plugins.wait_for(1)
    payload = loopback_plugins.messages[0]
    text = payload["attachments"][0]["text"]
    assert payload["mrkdwn"] is True and row["body_format"] == "slack"
    assert f"<{URL}>" in text or f"<{URL.replace('&', '&amp;')}>" in text  # a link Slack opens
    assert "*县市*：成武县" in text
    assert "\\." not in text and "www\\.example" not in text  # URLs never backslash-escaped
    assert "*生产*" not in text and "＊生产＊" in text  # document text cannot turn bold


def test_teams_gets_markdown_with_links_not_escaped(tmp_path):
    """Teams (Power Automate workflows) only speaks https: a TLS receiver on 127.0.0.1."""
    with WebhookReceiver(tls=True) as hook:
        row = _deliver(tmp_path, f"workflows://127.0.0.1:{hook.port}/planwatch1/sig-1/?verify=no")
        assert hook.wait_for(1)
    card = json.dumps(hook.messages[0], ensure_ascii=False)
    assert row["body_format"] == "markdown"
    assert "**县市**：成武县" in card and f"<{URL}>" in card  # the URL exactly as it is
    assert f"]({URL.replace('(', '%28').replace(')', '%29')})" in card  # the title links to the page
    assert "www\\\\.example" not in card  # no backslash inside a URL
    assert "\\\\*生产\\\\*" in card  # document text escaped for Markdown (JSON doubles the \\)


def test_email_gets_html_with_escaped_text(tmp_path):
    with SmtpReceiver() as smtp:
        row = _deliver(tmp_path, smtp.apprise_url())
        assert smtp.wait_for(1)
    mail = smtp.messages[0]
    assert mail["Subject"] == "新规划：成武县 成武县粮食生产三年行动计划" and row["body_format"] == "html"
    html = next(p.get_content() for p in mail.walk() if p.get_content_type() == "text/html")
    assert f'<a href="{URL.replace("&", "&amp;")}">' in html
    assert "&lt;b&gt;粮食&lt;/b&gt;" in html and "<b>粮食</b>" not in html  # document text escaped
    assert "<b>县市</b>：成武县" in html and "<li>粮食产量 ≥ 11.5亿斤（2025年）</li>" in html


def test_an_invalid_target_url_fails_its_delivery_not_the_run(tmp_path):
    msg = new_plan_message(_doc(), _targets())
    rows, urls = outbox_rows([msg], [AlertRule(urls=("dingtalk://not a token!/",))], [], run_id="r1", now=NOW)
    assert rows[0]["body_format"] == "text"
    box = Outbox(Warehouse(tmp_path / "wh"))
    box.enqueue(rows)
    report = box.deliver(urls, pl.DataFrame({"doc_id": ["d1"], "content_sha256": ["c1"]}))
    assert report.failed and "invalid Apprise URL" in Warehouse(tmp_path / "wh").read("alerts")["last_error"][0]
