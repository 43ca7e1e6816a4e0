"""A list of work a report commits to after a cue ("集中力量办好10件实事：A；B；C", "今年将实施
十大民生工程，分别是：…") carries targets wherever it stands, in a page whose title names no plan
(a news report of a meeting) too (lexicon targets_goals.toml, work_list_cues)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="news.txt", is_text=True)


@pytest.mark.parametrize(
    "cue",
    [
        "集中力量办好10件实事：",
        "今年将着力办好十件民生实事，分别是：",
        "重点实施8项惠民工程：",
        "确定2026年民生实事项目如下：",
    ],
)
def test_a_cue_opens_a_list_of_work_with_targets(cue):
    text = (
        "某市第五届人民代表大会第三次会议开幕\n"
        "来源：某市融媒体中心 时间：2026-01-16\n"
        "1月16日上午，某市第五届人民代表大会第三次会议开幕。市长代表市政府作《政府工作报告》。"
        f"报告提出，2026年，{cue}新增城区停车位3000个以上；新建城区公共厕所20座；"
        "改造老旧小区45个；打通城区断头路4条。\n"
        "大会应到代表300名，实到代表286名。\n"
    )
    doc = _doc(text)
    got = sorted((t["value"], t["unit"]) for t in doc.targets)
    assert got == [(4, "条"), (20, "座"), (45, "个"), (3000, "个")]
    assert all(t["year"] == 2026 for t in doc.targets)
    assert doc.document["is_plan"]


def test_a_meeting_report_without_a_work_list_gives_no_targets():
    text = (
        "某市第五届人民代表大会第三次会议开幕\n"
        "来源：某市融媒体中心 时间：2026-01-16\n"
        "1月16日上午，某市第五届人民代表大会第三次会议开幕。大会应到代表300名，实到代表286名。"
        "去年全市新增城镇就业3.2万人，完成投资120亿元。\n"
    )
    assert _doc(text).targets == []
