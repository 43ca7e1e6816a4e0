"""Round 42e: metadata and plan judging on new renderings.

- an app's share prompt over the headline ("打开APP，阅读体验更佳", "打开客户端阅读全文") is no part of
  the title or of the plan's heading (`lexicons/site_app_prompts.txt`, `metadata_tags._account_chrome`);
- a PDF / OFD viewer's page counter with its toolbar ("第 2 页 / 共 2 页　　100%　　适合宽度") is a page
  mark, no first half of the plan's heading (`lexicons/page_viewer_tools.txt`, `page_marks._viewer_bar`);
- a 政务服务 guide (办事指南, 服务指南, 办理指南) is no plan: its numbered 申请材料 and 办理流程 are no
  tasks (`lexicons/non_plan_kinds.txt`); a field line whose value is a code or a count ("事项编码：
  1143…", "浏览次数：86") is no headline (`metadata._code_field`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page_marks import page_mark

ITEMS = "一、开展排查整治。（牵头单位：县应急管理局）\n二、加强宣传引导。（牵头单位：县委宣传部）\n"


def _doc(text: str, source: str = "n.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- an app's share prompt


@pytest.mark.parametrize(
    "prompt",
    ["打开APP，阅读体验更佳", "打开App 阅读全文", "在APP内打开", "打开客户端，查看全文"],
)
def test_app_prompt_is_no_part_of_the_headline(prompt):
    text = f"{prompt}\n云台县2026年重点项目建设攻坚行动方案\n来源：云台县人民政府　2026年3月2日\n" + ITEMS
    doc = _doc(text)
    assert doc["title"] == "云台县2026年重点项目建设攻坚行动方案"
    assert doc["plan_title"] == "云台县2026年重点项目建设攻坚行动方案"


def test_app_prompt_in_a_notice_page():
    text = (
        "打开APP，查看更多精彩内容\n关于印发《白沙镇2026年防汛工作方案》的通知\n发布时间：2026-04-01\n"
        "现将《白沙镇2026年防汛工作方案》印发给你们。\n白沙镇2026年防汛工作方案\n" + ITEMS
    )
    doc = _doc(text)
    assert doc["title"] == "关于印发《白沙镇2026年防汛工作方案》的通知"
    assert doc["plan_title"] == "白沙镇2026年防汛工作方案"


@pytest.mark.parametrize(
    "line",
    ["打开APP，领取新人红包后参加活动的说明", "打开客户端后扫码登记的操作指引"],
)
def test_a_line_that_only_starts_like_a_prompt_is_kept(line):
    from transform.metadata_tags import without_account_chrome

    assert without_account_chrome([line]) == [line]


# ---- a viewer's page counter with its toolbar


@pytest.mark.parametrize(
    "line",
    [
        "第 2 页 / 共 2 页　　100%　　适合宽度",
        "100%  适合页面  第3页",
        "第3页 共12页　　放大　缩小　　125%",
        "第 1 页，共 5 页    实际大小    打印",
    ],
)
def test_viewer_counter_is_a_page_mark(line):
    assert page_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "第2页　　临湘市2026年城区停车秩序整治方案",
        "100%　　适合宽度",
        "第二页的内容适合宽度",
        "完成率100%　　第3页　适合宽度的设计",
    ],
)
def test_not_a_viewer_counter(line):
    assert not page_mark(line)


def test_viewer_counter_over_the_plan_heading():
    text = (
        "某县人民政府办公室\n关于印发某县2026年城区停车秩序整治方案的通知\n"
        "现将《某县2026年城区停车秩序整治方案》印发给你们。\n某县人民政府办公室\n2026年2月27日\n"
        "第 2 页 / 共 2 页　　100%　　适合宽度\n某县2026年城区停车秩序整治方案\n" + ITEMS
    )
    assert _doc(text)["plan_title"] == "某县2026年城区停车秩序整治方案"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_viewer_bar_scale(n):
    lines = ["第 2 页 / 共 2 页　　100%　　适合宽度", "第2页　　100%　适合宽度的设计"] * n
    assert sum(page_mark(ln) for ln in lines) == n


# ---- a 政务服务 guide


_GUIDE_BODY = (
    "一、受理条件\n申请人具有完全民事行为能力。\n二、申请材料\n1.登记申请书。\n2.身份证明。\n3.场所证明。\n"
    "三、办理流程\n1.申请。\n2.受理。\n3.审核决定。\n"
)


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("个体工商户设立登记办事指南", "事项编码：11430921MB0000000X4000117001"),
        ("城镇职工基本养老保险关系转移服务指南", "实施编码：11430100006178203P3430219002"),
        ("建筑工程施工许可证核发办理指南", "浏览次数：86"),
    ],
)
def test_service_guide_is_no_plan(title, field):
    text = f"当前位置：首页 > 办事服务 > 办事指南\n{title}\n{field}\n发布日期：2026-03-03\n" + _GUIDE_BODY
    parsed = parse_document(text, source="g.txt", is_text=True)
    assert parsed.document["title"] == title
    assert str(parsed.document["publish_date"]) == "2026-03-03"
    assert parsed.tasks == []


def test_a_plan_about_guides_keeps_its_tasks():
    text = "某县政务服务事项办事指南标准化工作方案\n发布日期：2026-03-03\n" + ITEMS
    parsed = parse_document(text, source="g.txt", is_text=True)
    assert parsed.document["title"] == "某县政务服务事项办事指南标准化工作方案"
    assert len(parsed.tasks) == 2


def test_a_labelled_headline_in_words_stays():
    text = "政策解读：《某县2026年促进消费若干措施》\n发布日期：2026-03-03\n一、出台背景\n为激发消费活力。\n"
    assert _doc(text)["title"] == "政策解读：《某县2026年促进消费若干措施》"
