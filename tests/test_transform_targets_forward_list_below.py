"""A news report whose lead commits to this year's work and announces it below ("今年某市将重点
围绕以下六个方面开展工作", "明年全县将着力抓好以下几项工作") goes on in the paragraphs after the
lead: their commitments (确保…, 力争…) are forward lines too, though they repeat no 今年. Lines
above the lead, and a lead that announces no list, keep the rule that a line needs its own
forward time."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


NEWS = """记者 张某 通讯员 李某
1月18日上午，某市第八届人民代表大会第五次会议开幕，市长作政府工作报告。
{lead}
稳住投资基本盘，增强发展后劲。确保全年新开工项目120个、完成投资800亿元。
壮大主导产业，加快建设制造强市。力争新材料产业产值达到600亿元。
"""


@pytest.mark.parametrize("lead", [
    "记者从会上了解到，今年某市将重点围绕以下六个方面开展工作。",
    "今年，全市将着力抓好以下几项重点工作：",
    "2026年，某市将主要做好如下工作。",
])
def test_the_paragraphs_under_a_forward_lead_give_targets(lead):
    p = _parse(NEWS.format(lead=lead))
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert {(120.0, "个"), (800.0, "亿元"), (600.0, "亿元")} <= set(got)
    assert all(got[k]["task_id"] is None for k in got)


def test_a_county_report_of_next_years_work():
    text = (
        "明年某县这样干\n发布时间：2025-12-20 来源：县融媒体中心\n"
        "记者从县发改局获悉，明年全县将聚焦以下四个方面持续发力。\n"
        "做优特色农业。确保粮食播种面积稳定在45万亩以上。\n"
        "做强县域工业。力争规上工业企业新增15家。\n"
    )
    got = {(t["value"], t["unit"]): t for t in _parse(text).targets}
    assert {(45.0, "万亩"), (15.0, "家")} <= set(got)
    assert got[(15.0, "家")]["year"] == 2026


@pytest.mark.parametrize("lead", [
    "今年以来，全市围绕以下六个方面开展工作。",  # a review, not work ahead
    "记者从会上了解到，某市重点围绕以下六个方面开展工作。",  # no forward time
])
def test_a_lead_without_work_ahead_opens_no_list(lead):
    p = _parse(NEWS.format(lead=lead))
    assert not {(t["value"], t["unit"]) for t in p.targets} & {(120.0, "个"), (600.0, "亿元")}
