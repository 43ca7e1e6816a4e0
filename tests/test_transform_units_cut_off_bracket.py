"""A page cut off inside the bracket of unit names that ends a task's sentence ("…重点项目。〔省发展
改革委、省科技厅、省数据局（省营商局）" and nothing after) still names its units; a name cut off with
the page ("、省") is kept as printed, as a cut labelled list keeps it (dev gold: "市人"), once the
names before it make the bracket a list of units. A bracket that is not after a full stop, or
holds one name only, is not read (invented texts in several styles)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize("text,lead", [
    ("加快推进重大项目建设。〔省发展改革委、省科技厅、省数据局（省营商局）", ["省发展改革委", "省科技厅", "省数据局（省营商局）"]),
    ("完成老旧小区改造120个。（市住建局、市财政局、市", ["市住建局", "市财政局", "市"]),
    ("推進政務服務改革。(市政府辦公室、市行政審批局、縣", ["市政府辦公室", "市行政審批局", "縣"]),
    ("新建农村公路80公里；【县交通运输局、县财政局、县自然资", ["县交通运输局", "县财政局", "县自然资"]),
])
def test_units_of_a_bracket_cut_off_with_the_page(text, lead):
    u = extract_units(text)
    assert u.lead == lead


@pytest.mark.parametrize("text", [
    "加快推进重大项目建设（一期、二期",       # not after a full stop: a cut description
    "完成老旧小区改造120个。（市住建局",      # one name, no list
    "推进供水工程。（包括城区、乡镇",         # no unit names
    # the bracket runs on over a notice pasted below (lines, a colon): no list of units
    "抓好粮食生产。（县政府办公室关于印发工作任务的通知\n各乡镇人民政府、街道办事处，县政府各部门：",
])
def test_other_cut_brackets_name_no_units(text):
    u = extract_units(text)
    assert u.lead == [] and u.participating == []


def test_last_item_of_a_cut_division_plan_is_a_task():
    r = parse_document(
        "某省2025年重点工作分工方案\n"
        "一、全年地区生产总值增长5%以上。〔省发展改革委、省统计局〕\n"
        "二、深入实施重大工程，加快推进200个省级重大项目建设。〔省发展改革委、省交通运输厅、省水利厅、省",
        source="p.txt",
        is_text=True,
    )
    assert [t["path"] for t in r.tasks] == [["一"], ["二"]]
    assert r.tasks[1]["lead_units"] == ["省发展改革委", "省交通运输厅", "省水利厅", "省"]
