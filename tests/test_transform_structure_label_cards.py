"""A list of projects printed as cards of labelled fields (WeChat reposts of 民生实事 lists, progress
briefings): each card a number ("01", "1", "02 项目名称：…"), then 项目名称 / 项目内容 / 责任单位 /
进展情况 fields, the value after the colon or on the next lines. Each card is a task: its
名称 the title, its units by their label, its progress left out (as a progress column)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str):
    return parse_document(text, source="t.txt", is_text=True).tasks


_INLINE = (
    "某县2025年十件民生实事项目清单\n"
    "01 项目名称：新建城区公办幼儿园\n项目内容：新建公办幼儿园3所，新增学位900个。\n"
    "牵头单位：县教育局\n配合单位：县住建局、县财政局\n完成时限：2025年10月底\n"
    "02 项目名称：改造农村公路\n项目内容：改造提升农村公路60公里。\n牵头单位：县交通运输局\n完成时限：2025年12月底\n"
)
_STACKED = (
    "全区为民办实事项目推进情况\n"
    "1\n项目名称：\n建设社区养老服务站\n项目内容：\n新建社区养老服务站12个。\n责任单位：\n区民政局\n"
    "进展情况：\n已建成8个，其余正在装修。\n"
    "2\n项目名称：\n实施背街小巷整治\n项目内容：\n整治背街小巷40条。\n责任单位\n区城管局、各街道\n"
    "进展情况：\n已完成25条。\n"
)


@pytest.mark.parametrize("text, titles, leads", [
    (_INLINE, ["新建城区公办幼儿园", "改造农村公路"], [["县教育局"], ["县交通运输局"]]),
    (_STACKED, ["建设社区养老服务站", "实施背街小巷整治"], [["区民政局"], ["区城管局", "各街道"]]),
])
def test_label_cards_are_tasks(text, titles, leads):
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["title"] for t in tasks] == titles
    assert [t["lead_units"] for t in tasks] == leads


def test_a_cards_participating_units_and_deadline():
    tasks = _tasks(_INLINE)
    assert tasks[0]["participating_units"] == ["县住建局", "县财政局"]
    assert tasks[0]["deadline_text"] == "2025年10月底"


def test_progress_fields_stay_out_of_the_task():
    tasks = _tasks(_STACKED)
    assert all("已建成" not in (t["body"] or "") and "已完成" not in (t["body"] or "") for t in tasks)


def test_a_single_labelled_block_is_no_card_list():
    text = "某镇2025年工作计划\n项目名称：新建文化广场\n项目内容：新建文化广场1个。\n责任单位：镇文化站\n"
    assert all(t["path"] != ["1"] for t in _tasks(text))


@pytest.mark.parametrize("first, second, paths", [
    ("一、", "二、", [["一"], ["二"]]),
    ("1.", "2.", [["1"], ["2"]]),
    ("（一）", "（二）", [["(一)"], ["(二)"]]),
])
def test_cards_numbered_with_any_marker(first, second, paths):
    text = (
        "某区2025年民生实事项目\n"
        f"{first}项目名称：新建城市书房\n项目内容：新建城市书房5个。\n牵头单位：区文旅局\n"
        f"{second}项目名称：改造农贸市场\n项目内容：改造农贸市场3个。\n牵头单位：区商务局\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == paths
    assert [t["title"] for t in tasks] == ["新建城市书房", "改造农贸市场"]
    assert [t["lead_units"] for t in tasks] == [["区文旅局"], ["区商务局"]]


def test_headings_that_end_in_project_are_no_cards():
    # "（一）工业项目" is a heading over numbered projects, not a card's name field
    text = ("某镇重点项目计划\n（一）工业项目\n1.新材料产业园项目，新建标准厂房5万平方米。\n2.食品加工项目，新增生产线3条。\n"
            "（二）农业项目\n1.高标准农田建设项目，建设高标准农田2000亩。\n")
    assert [t["path"] for t in _tasks(text)] == [["(一)", "1"], ["(一)", "2"], ["(二)", "1"]]
