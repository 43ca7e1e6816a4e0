"""A gap after an item marker: a tab, a space or an ideographic space, as Word's automatic numbering
prints when a document is saved or copied as text ("1.\t建设…", "（一）\u3000稳增长", "一、 总体要求"), and
as news and work reports print an enumeration ("一是 扛稳粮食安全重任；二是 …"). The marker reads as
without the gap, and the task title is the text after the gap. Prose that only holds 一是 inside a
word (唯一是, 统一是, 第一是), a spaced year and tab table rows are no items."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker
from transform.structure import parse_structure

GAPS = ["\t", " ", "\u3000", "  "]


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): t for t in doc.tasks}


def _targets(text: str) -> dict[float, str | None]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {t["value"]: (t["task_id"] or "").split("/", 1)[-1] or None for t in doc.targets}


@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("一、", "一"),
        ("（一）", "(一)"),
        ("(二)", "(二)"),
        ("（1）", "(1)"),
        ("1.", "1"),
        ("1、", "1"),
        ("1．", "1"),
        ("①", "①"),
        ("一是", "一是"),
        ("十一是", "十一是"),
        ("第一，", "第一"),
        ("第三条", "第三条"),
        ("第二章", "第二章"),
    ],
)
def test_every_marker_kind_reads_through_the_gap(marker, label, gap):
    line = f"{marker}{gap}扛稳粮食安全重任，新建高标准农田2万亩。"
    mk = match_marker(line)
    assert mk is not None and mk.label == label
    assert line[mk.end :].startswith("扛稳粮食安全重任")


@pytest.mark.parametrize("gap", GAPS)
def test_a_work_report_series_after_a_sentence(gap):
    text = (
        "某县2024年政府工作报告重点任务\n"
        "一、全力推进乡村振兴\n"
        f"今年重点抓好四项工作。一是{gap}扛稳粮食安全重任。新建高标准农田2.5万亩。二是{gap}抓好特色产业发展。"
        f"烟叶种植面积达到12万亩。三是{gap}培育新型农业经营主体。新增家庭农场50家。四是{gap}抓实农村人居环境治理。"
        "推进1.2万户农村户厕改造。\n"
        "二、持续保障改善民生\n"
        "1.新增城镇就业3000人。（牵头单位：县人社局）\n"
    )
    tasks = _tasks(text)
    assert [p for p in tasks if p[0] == "一"] == [("一", "一是"), ("一", "二是"), ("一", "三是"), ("一", "四是")]
    assert tasks[("一", "一是")]["title"] == "扛稳粮食安全重任"
    assert tasks[("一", "四是")]["title"] == "抓实农村人居环境治理"
    targets = _targets(text)
    assert targets[2.5] == "一/一是"
    assert targets[50] == "一/三是"
    assert targets[1.2] == "一/四是"


@pytest.mark.parametrize("gap", GAPS)
def test_a_news_series_of_lines(gap):
    text = (
        "我市召开民生实事推进会\n"
        "发布时间：2023-03-02\n"
        "会议明确了今年的民生实事项目。\n"
        f"一是{gap}改善农村生活环境，完成100个以上村庄生活污水处理设施建设。\n"
        f"二是{gap}提升社区建设水平，创建4个市级美丽社区。\n"
        f"三是{gap}完善农村养老服务，建设5所农村幸福院。\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == [("一是",), ("二是",), ("三是",)]
    assert tasks[("二是",)]["title"] == "提升社区建设水平，创建4个市级美丽社区"
    assert _targets(text)[5] == "三是"


@pytest.mark.parametrize("gap", GAPS)
def test_a_series_below_a_sub_heading_in_traditional_characters(gap):
    text = (
        "某鎮2021年工作計劃\n"
        "三、重點工作\n"
        f"（一）{gap}抓好農業生產\n"
        f"一是{gap}切實保障糧食安全，完成糧食播種面積2000畝；二是{gap}夯實鄉村振興基礎，建設示範村5個。\n"
        f"（二）{gap}推進項目建設\n"
        f"一是{gap}計劃投資2500萬元再建27公里農村道路。\n"
        f"二是{gap}加快工業園二期建設。\n"
    )
    paths = [t.path for t in parse_structure(text).tasks]
    assert paths == [
        ["三", "(一)", "一是"],
        ["三", "(一)", "二是"],
        ["三", "(二)", "一是"],
        ["三", "(二)", "二是"],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "唯一是 最重要的标准",
        "统一是 前提",
        "第一是 关键",
        "一 是",
        "一是 ",
        "一是\t，",
        "2024 年全县完成投资50亿元",
        "2024年3月 15日",
    ],
)
def test_near_misses_are_no_series_item(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "shi"
    assert mk is None or mk.label != "2024"


@pytest.mark.parametrize("gap", ["\t", " ", "\u3000"])
def test_a_series_word_inside_prose_is_no_item(gap):
    text = (
        "某区2024年工作要点\n"
        "一、优化营商环境\n"
        f"1.完善政务服务。企业满意度唯一是{gap}检验标准，统一是{gap}前提，办结率达到98%。（牵头单位：区政务服务中心）\n"
        "2.推进审批改革。（牵头单位：区发改局）\n"
    )
    assert list(_tasks(text)) == [("一", "1"), ("一", "2")]


def test_a_tab_table_row_reads_as_before():
    text = (
        "某县2024年重点项目表\n"
        "序号\t项目名称\t责任单位\t完成时限\n"
        "1\t建设城南产业园区\t县发改局\t2024年12月\n"
        "2\t改造城区供水管网\t县住建局\t2024年10月\n"
    )
    tasks = _tasks(text)
    assert [t["title"] for t in tasks.values()] == ["建设城南产业园区", "改造城区供水管网"]
    assert [t["lead_units"] for t in tasks.values()] == [["县发改局"], ["县住建局"]]
