"""A goals heading on a line of its own, with no colon ("建议全年经济社会发展预期目标"), heads the
bulleted lines under it ("●地区生产总值增长5%以上"): their figures are the year's targets. A bulleted
list of words without rates, a heading followed by prose, and a heading of results give none."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return sorted(t["value"] for t in parse_document(text, source="b.txt", is_text=True).targets)


@pytest.mark.parametrize(
    "text",
    [
        # a paper's digest of a provincial work report
        "2023年某省这样干\n\n某某晚报 2023年01月14日\n\n  1月13日上午，某省人代会开幕，省长作政府工作报告。\n\n"
        "  建议全年经济社会发展预期目标\n\n  ●地区生产总值增长5%以上\n\n  ●一般公共预算收入增长6%以上\n\n"
        "  ●城镇新增就业110万人以上\n\n  ●外贸外资促稳提质\n\n  重点抓好十个方面工作\n",
        # a plan excerpt, square bullets, no blank lines
        "某县2024年经济社会发展计划\n今年主要预期目标\n■地区生产总值增长5%左右\n"
        "■一般公共预算收入增长6%\n■城镇新增就业110万人\n",
        # traditional characters
        "2023年某省這樣幹\n\n建議全年經濟社會發展預期目標\n\n◆地區生產總值增長5%以上\n\n"
        "◆一般公共預算收入增長6%以上\n\n◆城鎮新增就業110萬人以上\n",
    ],
    ids=["digest", "plan-squares", "traditional"],
)
def test_bulleted_goals_under_a_heading(text: str) -> None:
    assert _values(text) == [5.0, 6.0, 110.0]


@pytest.mark.parametrize(
    "text",
    [
        # bullets without any rate: nothing to count
        "2023年某省这样干\n\n建议全年经济社会发展预期目标\n\n●外贸外资促稳提质\n\n●全面完成节能减排任务\n",
        # the heading then prose, no bullets
        "2023年某省这样干\n\n全年预期目标\n\n会议指出，要稳住经济大盘，推动高质量发展。\n",
        # a heading of results, not goals
        "2023年某县工作总结\n\n2023年主要目标完成情况\n\n●地区生产总值增长5.2%\n\n●一般公共预算收入增长6.1%\n",
    ],
    ids=["no-rates", "prose", "results-heading"],
)
def test_near_misses_give_no_targets(text: str) -> None:
    assert _values(text) == []
