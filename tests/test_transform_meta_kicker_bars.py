"""A news headline after a short kicker and a bar ("一图读懂｜…", "聚焦两会|…") is the page's title as
printed; the plan it names drops the kicker. A table row ("序号|工作任务|牵头单位") is never a
headline."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like

BODY = "\n发布时间：2026-02-18 来源：某区融媒体中心\n近日，区政府办公室印发实施了本行动方案，明确了全年工作重点。\n"


@pytest.mark.parametrize("kicker,bar", [("一图读懂", "｜"), ("聚焦两会", "|"), ("权威发布", " | "), ("两会2026", "｜")])
def test_a_headline_after_a_kicker_bar_is_the_title(kicker, bar):
    name = "2026年某区优化营商环境行动方案"
    doc = parse_document(kicker + bar + name + BODY, source="n.txt", is_text=True).document
    assert doc["title"] == kicker + bar + name
    assert doc["plan_title"] == name
    assert doc["plan_start_year"] == 2026


@pytest.mark.parametrize("row", [
    "序号|工作任务|牵头单位",
    "1 | 新建城区停车场3处 | 县住建局",
    "工作任务｜牵头单位｜完成时限",
])
def test_a_table_row_is_no_headline(row):
    assert heading_like(row) is False


@pytest.mark.parametrize("chrome", ["退出登录", "返回顶部", "无障碍浏览"])
def test_a_line_of_page_chrome_above_the_byline_is_no_title(chrome):
    text = (f"{chrome}\n时间:2026/3/30 9:43:25\n来源:某县新闻办\n"
            "某县召开新闻发布会，介绍全县今年重点工作安排有关情况，县发展改革局负责人回答记者提问。\n")
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["title"] != chrome


@pytest.mark.parametrize("toolbar", ["无障碍版 长者助手 登录", "无障碍 | 长者模式 | 登录 | 注册"])
def test_a_toolbar_line_is_not_glued_to_the_plans_heading(toolbar):
    text = (f"{toolbar}\n您当前的位置: > >\n某街道2026年工作计划\n信息来源:本网 发布日期:2026-02-09\n"
            "一、稳增长\n（一）稳住基本盘。力争实现地区生产总值增长5%左右。\n")
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["plan_title"] == "某街道2026年工作计划"


@pytest.mark.parametrize("menu", ["首页 走进某区 新闻中心 政府信息公开 政务服务 互动交流", "首   頁 走進某區 新聞中心 政府信息公開"])
def test_the_sites_menu_is_not_glued_to_the_heading(menu):
    text = (f"{menu}\n2026年某区政府工作报告\n——2026年1月8日在某区第十八届人民代表大会第五次会议上\n各位代表：\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["title"].endswith("2026年某区政府工作报告") and not doc["title"].startswith("首")


def test_a_kicker_with_digits_before_the_bar_opens_the_headline_too():
    """One definition of a column's kicker serves the three kicker rules of `headings`: a kicker
    with digits after its first character ("两会2026｜…") is read like "聚焦两会｜…"."""
    from transform import headings as H

    for line in ("两会2026｜某县2026年重点工作任务清单", "聚焦两会｜某县2026年重点工作任务清单"):
        assert H.heading_like(line)
        assert H.without_kicker(line) == "某县2026年重点工作任务清单"
