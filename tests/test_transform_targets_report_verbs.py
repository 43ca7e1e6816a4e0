"""A news report quotes a plan's figures after a reporting verb ("提出全社会研发经费投入年均增长7%以上",
"纲要草案明确，…"): the verb is no part of the indicator, and a draft (草案) cited is the plan."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str):
    return {t["value"]: t for t in parse_document(text, source="n.txt", is_text=True).targets}


@pytest.mark.parametrize("verb", ["提出", "明确提出"])
def test_a_reporting_verb_is_no_part_of_the_indicator(verb):
    text = ("某县今后五年发展目标出炉\n发布时间：2026-01-12\n"
            f"根据规划纲要，创新驱动方面，{verb}全社会研发经费投入年均增长8%以上，规模以上工业企业达到300家。\n")
    got = _targets(text)
    assert got[8.0]["indicator"] == "全社会研发经费投入"
    assert got[300.0]["indicator"] == "规模以上工业企业"


@pytest.mark.parametrize("cue", ["规划纲要草案明确", "纲要草案提出", "规划草案提及"])
def test_a_cited_draft_plan_gives_its_figures(cue):
    text = ("两会聚焦：我市未来五年主要目标\n发布时间：2026-01-25\n"
            f"市十七届人大五次会议开幕。{cue}，到2030年，全市森林覆盖率达到48%，城镇新增就业每年保持在3万人以上。\n"
            "会议期间，代表们围绕报告展开讨论。\n")
    got = _targets(text)
    assert got[48.0]["year"] == 2030 and got[48.0]["indicator"] == "森林覆盖率"
    assert 3.0 in got


@pytest.mark.parametrize("line,value,indicator", [
    ("比如，甲市提出今年的预期目标是进出口总值增长6%左右。", 6.0, "进出口总值"),
    ("全县今年的主要目标为地区生产总值增长7%。", 7.0, "地区生产总值"),
    ("乙县确定的年度目标值为粮食总产量稳定在25万吨以上。", 25.0, "粮食总产量"),
])
def test_a_goal_frame_before_the_indicator_is_no_part_of_it(line, value, indicator):
    text = "某县2026年工作要点\n发布时间：2026-01-10\n" + line + "\n"
    assert _targets(text)[value]["indicator"] == indicator


@pytest.mark.parametrize("cue", ["报告指出", "报告提出", "报告当中提到"])
def test_a_news_report_citing_a_work_report_gives_its_figures(cue):
    text = ("今年政府工作报告聚焦城市建设\n发布时间：2026-01-21 来源：某市融媒体中心\n"
            f"{cue}，要实施6个城中村改造项目，建成1.5万套安置房；建设2000套保障性租赁住房。\n")
    got = _targets(text)
    assert {6.0, 1.5, 2000.0} <= set(got)
    assert got[1.5]["year"] == 2026
